"""Schema step for province scale (issue 7): search and sort the member register in SQL
without scanning it.

- ``members.capital_paid`` (đồng): the sum of the member's ``contributions.amount``, kept
  by triggers on ``contributions`` so sorting and totals need no correlated subquery;
- ``members_fts``: an FTS5 table with the ``trigram`` tokenizer over ``name_folded``,
  ``id_number`` and ``phone`` (searched), ``status`` and ``member_type`` (filters), with
  external content = ``members`` kept by triggers, so a search for any substring of three
  characters or more, and its count, are index lookups (SQLite ≥ 3.34);
- ``member_totals``: members, committed and paid capital per status and type, kept by
  triggers, so the page summary and the "at least 5 official members" check read a
  handful of rows instead of the register;
- an index per sortable column, led by ``status`` (the page shows active members by
  default) and ending in ``sort_key, id`` so ``ORDER BY column, sort_key, id`` reads the
  index in order and a page at any offset needs no sort.
"""

from __future__ import annotations

import sqlite_utils

__all__ = ["scale_search_and_sort", "SORT_INDEX_COLUMNS", "SORT_INDEX_EXPRESSIONS"]

#: Columns with a ``(status, column, sort_key, id)`` index (``sort_key`` itself: name order).
SORT_INDEX_COLUMNS = ("sex", "birth_date", "id_number", "phone", "join_date",
                      "capital_committed", "capital_paid")
#: Sort expressions of ``store.members.SORT_COLUMNS`` that are not plain columns, indexed
#: as expressions (SQLite uses an expression index when ORDER BY repeats the expression).
SORT_INDEX_EXPRESSIONS = {
    "type_order": "CASE member_type WHEN 'official' THEN 0 WHEN 'associate_capital' THEN 1 ELSE 2 END",
    "paid_share": "CAST(capital_paid AS REAL) / NULLIF(capital_committed, 0)",
}


def scale_search_and_sort(db: sqlite_utils.Database) -> None:
    """Add ``members.capital_paid``, the ``members_fts`` trigram index and the
    ``member_totals`` table, each with its triggers, and the sort indexes (see the module
    docstring). Fills them from the existing rows."""
    db.execute("ALTER TABLE members ADD COLUMN capital_paid INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE members SET capital_paid = "
               "(SELECT COALESCE(SUM(c.amount), 0) FROM contributions c WHERE c.member_id = members.id)")
    db.execute("""CREATE TRIGGER contributions_paid_ai AFTER INSERT ON contributions BEGIN
        UPDATE members SET capital_paid = capital_paid + new.amount WHERE id = new.member_id;
    END""")
    db.execute("""CREATE TRIGGER contributions_paid_ad AFTER DELETE ON contributions BEGIN
        UPDATE members SET capital_paid = capital_paid - old.amount WHERE id = old.member_id;
    END""")
    db.execute("""CREATE TRIGGER contributions_paid_au AFTER UPDATE OF amount, member_id ON contributions BEGIN
        UPDATE members SET capital_paid = capital_paid - old.amount WHERE id = old.member_id;
        UPDATE members SET capital_paid = capital_paid + new.amount WHERE id = new.member_id;
    END""")

    db.execute("""CREATE VIRTUAL TABLE members_fts USING fts5(
        name_folded, id_number, phone, status, member_type,
        content='members', content_rowid='id', tokenize='trigram')""")
    db.execute("INSERT INTO members_fts(members_fts) VALUES ('rebuild')")
    db.execute("""CREATE TRIGGER members_fts_ai AFTER INSERT ON members BEGIN
        INSERT INTO members_fts(rowid, name_folded, id_number, phone, status, member_type)
        VALUES (new.id, new.name_folded, new.id_number, new.phone, new.status, new.member_type);
    END""")
    db.execute("""CREATE TRIGGER members_fts_ad AFTER DELETE ON members BEGIN
        INSERT INTO members_fts(members_fts, rowid, name_folded, id_number, phone, status, member_type)
        VALUES ('delete', old.id, old.name_folded, old.id_number, old.phone, old.status, old.member_type);
    END""")
    db.execute("""CREATE TRIGGER members_fts_au AFTER UPDATE OF name_folded, id_number, phone, status, member_type ON members BEGIN
        INSERT INTO members_fts(members_fts, rowid, name_folded, id_number, phone, status, member_type)
        VALUES ('delete', old.id, old.name_folded, old.id_number, old.phone, old.status, old.member_type);
        INSERT INTO members_fts(rowid, name_folded, id_number, phone, status, member_type)
        VALUES (new.id, new.name_folded, new.id_number, new.phone, new.status, new.member_type);
    END""")

    # Name order, covering the searched columns: a 1–2 letter search (no trigram) and its
    # count read this index alone.
    db.execute("CREATE INDEX members_status_sort ON members (status, sort_key, id, name_folded, id_number, phone)")
    # A 1–2 letter search and its count (names only) read this narrow index alone.
    db.execute("CREATE INDEX members_status_folded ON members (status, name_folded)")
    for column in SORT_INDEX_COLUMNS:
        db.execute(f"CREATE INDEX members_status_{column} ON members (status, {column}, sort_key, id)")
    for name, expression in SORT_INDEX_EXPRESSIONS.items():
        db.execute(f"CREATE INDEX members_status_{name} ON members (status, ({expression}), sort_key, id)")
    for column in ("capital_committed", "capital_paid"):
        db.execute(f"CREATE INDEX members_{column} ON members ({column}, sort_key, id)")
    db.execute("""CREATE TABLE member_totals (
        status TEXT NOT NULL,
        member_type TEXT NOT NULL,
        members INTEGER NOT NULL DEFAULT 0,
        committed INTEGER NOT NULL DEFAULT 0,
        paid INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (status, member_type)
    )""")
    db.execute("""INSERT INTO member_totals (status, member_type, members, committed, paid)
        SELECT status, member_type, COUNT(*), SUM(capital_committed), SUM(capital_paid)
        FROM members GROUP BY status, member_type""")
    add = """INSERT INTO member_totals (status, member_type, members, committed, paid)
        VALUES (new.status, new.member_type, 1, new.capital_committed, new.capital_paid)
        ON CONFLICT (status, member_type) DO UPDATE SET members = members + 1,
            committed = committed + excluded.committed, paid = paid + excluded.paid;"""
    remove = """UPDATE member_totals SET members = members - 1, committed = committed - old.capital_committed,
            paid = paid - old.capital_paid WHERE status = old.status AND member_type = old.member_type;"""
    db.execute(f"CREATE TRIGGER member_totals_ai AFTER INSERT ON members BEGIN {add} END")
    db.execute(f"CREATE TRIGGER member_totals_ad AFTER DELETE ON members BEGIN {remove} END")
    db.execute("CREATE TRIGGER member_totals_au AFTER UPDATE OF status, member_type, capital_committed, "
               f"capital_paid ON members BEGIN {remove} {add} END")
    db.execute("ANALYZE members")
