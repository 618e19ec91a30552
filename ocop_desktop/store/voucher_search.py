"""Voucher text search over an index (issue 7: a LIKE scan of 1,000,000 vouchers took
~3,7 s for a rare text).

``vouchers_search`` is an FTS5 table with the ``trigram`` tokenizer (SQLite ≥ 3.34); its
rowid is the voucher id, its one column ``text`` the voucher's number, reference and
description folded by :func:`ocop_desktop.domain.text.fold` (accents, case and đ do not
matter). Folding is Python, so the row is written by :func:`index_voucher`, which
:func:`ocop_desktop.store.vouchers.write_voucher` calls for every insert and edit; a
trigger removes it when a voucher is deleted. A search of three folded characters or
more is then a trigram lookup (:func:`match_query`); shorter ones still scan.
"""

from __future__ import annotations

from ocop_desktop.domain.text import fold

__all__ = ["MIN_CHARS", "search_text", "index_voucher", "match_query", "create_voucher_search"]

#: Shortest folded search the trigram index answers.
MIN_CHARS = 3


def search_text(number: str | None, reference: str | None, description: str | None) -> str:
    """The folded text a voucher is found by: number, reference, description, one line
    each (a search never spans two of them)."""
    return "\n".join(fold(x or "") for x in (number, reference, description))


def index_voucher(db, voucher_id: int, number: str | None, reference: str | None, description: str | None) -> None:
    """(Re)write the search row of one voucher, inside the caller's transaction."""
    db.execute("DELETE FROM vouchers_search WHERE rowid = ?", [voucher_id])
    db.execute("INSERT INTO vouchers_search (rowid, text) VALUES (?, ?)",
               [voucher_id, search_text(number, reference, description)])


def match_query(search: str) -> str | None:
    """The FTS5 query finding *search* as a substring (a quoted phrase of the folded
    text), or None when it is shorter than :data:`MIN_CHARS` (the index cannot answer)."""
    q = fold((search or "").strip())
    if len(q) < MIN_CHARS:
        return None
    return '"' + q.replace('"', '""') + '"'


def create_voucher_search(db) -> None:
    """Create ``vouchers_search`` and its delete trigger, and fill it from every voucher
    (a schema step's part; *db*: a sqlite-utils Database inside the step's transaction)."""
    db.execute("CREATE VIRTUAL TABLE vouchers_search USING fts5(text, tokenize='trigram')")
    db.execute("CREATE TRIGGER vouchers_search_ad AFTER DELETE ON vouchers BEGIN "
               "DELETE FROM vouchers_search WHERE rowid = OLD.id; END")
    conn = db.conn
    last = 0
    while True:
        rows = conn.execute("SELECT id, number, reference, description FROM vouchers WHERE id > ? "
                            "ORDER BY id LIMIT 20000", [last]).fetchall()
        if not rows:
            break
        conn.executemany("INSERT INTO vouchers_search (rowid, text) VALUES (?, ?)",
                         [(r[0], search_text(r[1], r[2], r[3])) for r in rows])
        last = rows[-1][0]
