"""Schema step for income records and the books (issue 5): accounts, parties, vouchers,
journal lines, locked months, the voucher audit trail, and the ``ledger_entries`` view.

Integrity the store guarantees by itself (so raw SQL cannot break it either):

- **Balance.** A voucher is written with ``posted = 0``, its lines added, then set to
  ``posted = 1``; the trigger ``vouchers_post_balanced`` refuses posting unless there are ≥ 2
  lines, total debit = total credit = ``amount``. Lines of a posted voucher cannot be
  inserted, changed or deleted (``ocop:posted``); its amount cannot change while posted.
  Books read posted vouchers only. Error text: ``ocop:unbalanced``.
- **Locked months.** Rows of ``locked_months`` (``'YYYY-MM'``) make inserts, updates and
  deletes of vouchers (old or new date) and their lines fail with ``ocop:period_closed``.
- **Chart.** Built-in accounts cannot be changed or deleted (``ocop:builtin_account``);
  only detail accounts may be added; an account in use cannot be deleted (foreign key).
- **Money** columns are INTEGER with CHECKs (``typeof(...) = 'integer'``).

``ledger_entries`` (view) unions posted voucher lines with capital contributions from the
member register (``contributions``), which post Dr 1111 (cash; 242 gold; 211 land-use rights
and other assets) / Cr 4111 without being typed twice. Columns: ``entry_key`` (lines: the line
id; contributions: ``-2*id`` and ``-2*id-1``), ``voucher_id`` (NULL for contributions),
``contribution_id``, ``number``, ``vtype``, ``date``, ``category``, ``description``,
``account``, ``contra``, ``debit``, ``credit``, ``member_id``, ``party_id``, ``internal``
(B02 column flag), ``k1`` (voucher id or ``-contribution id``): book order is
``(date, k1, entry_key)``. ``contribution_entries`` (view) is the contribution part alone
(the books page through ``voucher_lines`` by index and merge it in, see ``store/books.py``).
Contributions dated in a **locked month** are read from the snapshot ``locked_contributions``
taken when the month was locked (``store.vouchers.lock_month``), so later edits in the member
register cannot change closed books; ``store.vouchers.contribution_differences`` lists such
edits so an adjusting voucher can be entered in an open month.

Trigger messages start with ``ocop:`` and avoid the words that
:func:`~ocop_desktop.store.errors.classify_sqlite_error` maps to file errors ("locked",
"readonly", "busy", "full", "corrupt").
"""

from __future__ import annotations

import json

import sqlite_utils

from ocop_desktop.domain.income.accounts import CHART_FILE

__all__ = ["income_schema"]

_MONEY_TYPES = "('cash_receipt', 'cash_payment', 'bank_receipt', 'bank_payment', 'journal')"


def income_schema(db: sqlite_utils.Database) -> None:
    """Schema step: income records and books (issue 5)."""
    db.execute(
        """CREATE TABLE accounts (
            code TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9]*' AND length(code) <= 8),
            name TEXT NOT NULL,
            parent TEXT REFERENCES accounts(code),
            kind TEXT NOT NULL CHECK (kind IN ('asset','liability','equity','revenue','expense','result')),
            normal TEXT NOT NULL CHECK (normal IN ('D','C')),
            builtin INTEGER NOT NULL DEFAULT 0
        )"""
    )
    data = json.loads(CHART_FILE.read_text(encoding="utf-8"))
    for code, name, parent, kind, normal in data["accounts"]:
        db.execute("INSERT INTO accounts (code, name, parent, kind, normal, builtin) VALUES (?,?,?,?,?,1)",
                   [code, name, parent, kind, normal])
    db.execute(
        """CREATE TRIGGER accounts_builtin_update BEFORE UPDATE ON accounts WHEN OLD.builtin = 1
           BEGIN SELECT RAISE(ABORT, 'ocop:builtin_account'); END"""
    )
    db.execute(
        """CREATE TRIGGER accounts_builtin_delete BEFORE DELETE ON accounts WHEN OLD.builtin = 1
           BEGIN SELECT RAISE(ABORT, 'ocop:builtin_account'); END"""
    )
    db.execute(
        """CREATE TABLE parties (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('customer', 'supplier')),
            name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            tax_code TEXT,
            phone TEXT,
            address TEXT,
            notes TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        )"""
    )
    db.execute("CREATE INDEX parties_sort ON parties (kind, sort_key, id)")
    db.execute(
        f"""CREATE TABLE vouchers (
            id INTEGER PRIMARY KEY,
            vtype TEXT NOT NULL CHECK (vtype IN {_MONEY_TYPES}),
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            number TEXT NOT NULL UNIQUE,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            category TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
            member_id INTEGER REFERENCES members(id) ON DELETE RESTRICT,
            party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
            internal INTEGER CHECK (internal IN (0, 1) OR internal IS NULL),
            product TEXT,
            product_id INTEGER,
            quantity REAL,
            unit TEXT,
            channel TEXT CHECK (channel IN ('supermarket','ecommerce','shop_market','export') OR channel IS NULL),
            reference TEXT,
            adjusts_id INTEGER REFERENCES vouchers(id) ON DELETE SET NULL,
            source TEXT NOT NULL DEFAULT 'manual',
            posted INTEGER NOT NULL DEFAULT 0 CHECK (posted IN (0, 1)),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            created_by TEXT,
            updated_at TEXT NOT NULL DEFAULT (datetime('now')),
            CHECK (member_id IS NULL OR party_id IS NULL),
            UNIQUE (vtype, year, seq)
        )"""
    )
    db.execute("CREATE INDEX vouchers_date ON vouchers (date, id)")
    db.execute("CREATE INDEX vouchers_member ON vouchers (member_id, date) WHERE member_id IS NOT NULL")
    db.execute("CREATE INDEX vouchers_party ON vouchers (party_id, date) WHERE party_id IS NOT NULL")
    db.execute("CREATE INDEX vouchers_category ON vouchers (category, date)")
    db.execute("CREATE INDEX vouchers_dup ON vouchers (date, amount)")
    db.execute(
        """CREATE TABLE voucher_lines (
            id INTEGER PRIMARY KEY,
            voucher_id INTEGER NOT NULL REFERENCES vouchers(id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL,
            date TEXT NOT NULL,
            account TEXT NOT NULL REFERENCES accounts(code),
            contra TEXT NOT NULL DEFAULT '',
            debit INTEGER NOT NULL DEFAULT 0 CHECK (typeof(debit) = 'integer' AND debit >= 0),
            credit INTEGER NOT NULL DEFAULT 0 CHECK (typeof(credit) = 'integer' AND credit >= 0),
            member_id INTEGER REFERENCES members(id) ON DELETE RESTRICT,
            party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
            internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
            description TEXT NOT NULL DEFAULT '',
            CHECK ((debit > 0) <> (credit > 0)),
            UNIQUE (voucher_id, line_no)
        )"""
    )
    db.execute("CREATE INDEX lines_account ON voucher_lines (account, date, voucher_id, id, debit, credit)")
    db.execute("CREATE INDEX lines_member ON voucher_lines (member_id, date, voucher_id, id) WHERE member_id IS NOT NULL")
    db.execute("CREATE INDEX lines_party ON voucher_lines (party_id, date, voucher_id, id) WHERE party_id IS NOT NULL")
    db.execute("CREATE INDEX lines_date ON voucher_lines (date, voucher_id, id)")
    db.execute("CREATE INDEX vouchers_unposted ON vouchers (id) WHERE posted = 0")
    db.execute(
        """CREATE TABLE voucher_sequences (
            vtype TEXT NOT NULL,
            year INTEGER NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (vtype, year)
        )"""
    )
    db.execute(
        """CREATE TABLE locked_months (
            month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
            locked_at TEXT NOT NULL DEFAULT (datetime('now')),
            locked_by TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE voucher_audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
            who TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL CHECK (action IN ('insert','update','delete','lock','unlock','account')),
            voucher_id INTEGER,
            number TEXT,
            old_json TEXT,
            new_json TEXT
        )"""
    )
    db.execute("CREATE INDEX voucher_audit_voucher ON voucher_audit (voucher_id, id)")
    db.execute("CREATE TRIGGER voucher_audit_no_update BEFORE UPDATE ON voucher_audit "
               "BEGIN SELECT RAISE(ABORT, 'ocop:audit_immutable'); END")
    db.execute("CREATE TRIGGER voucher_audit_no_delete BEFORE DELETE ON voucher_audit "
               "BEGIN SELECT RAISE(ABORT, 'ocop:audit_immutable'); END")
    # --- balance -----------------------------------------------------------------
    db.execute(
        """CREATE TRIGGER vouchers_insert_unposted BEFORE INSERT ON vouchers WHEN NEW.posted = 1
           BEGIN SELECT RAISE(ABORT, 'ocop:unbalanced'); END"""
    )
    db.execute(
        """CREATE TRIGGER vouchers_post_balanced BEFORE UPDATE ON vouchers WHEN NEW.posted = 1 AND (
              (SELECT COUNT(*) FROM voucher_lines WHERE voucher_id = NEW.id) < 2
              OR (SELECT SUM(debit) FROM voucher_lines WHERE voucher_id = NEW.id) IS NOT NEW.amount
              OR (SELECT SUM(credit) FROM voucher_lines WHERE voucher_id = NEW.id) IS NOT NEW.amount
              OR EXISTS (SELECT 1 FROM voucher_lines WHERE voucher_id = NEW.id AND date <> NEW.date))
           BEGIN SELECT RAISE(ABORT, 'ocop:unbalanced'); END"""
    )
    for op, ref in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        db.execute(
            f"""CREATE TRIGGER lines_{op.lower()}_posted BEFORE {op} ON voucher_lines
               WHEN (SELECT posted FROM vouchers WHERE id = {ref}.voucher_id) = 1
               BEGIN SELECT RAISE(ABORT, 'ocop:posted'); END"""
        )
    # --- locked months -------------------------------------------------------------
    closed = "EXISTS (SELECT 1 FROM locked_months WHERE month = substr({d}, 1, 7))"
    db.execute(f"CREATE TRIGGER vouchers_lock_insert BEFORE INSERT ON vouchers WHEN {closed.format(d='NEW.date')} "
               "BEGIN SELECT RAISE(ABORT, 'ocop:period_closed'); END")
    db.execute(f"CREATE TRIGGER vouchers_lock_update BEFORE UPDATE ON vouchers WHEN "
               f"{closed.format(d='OLD.date')} OR {closed.format(d='NEW.date')} "
               "BEGIN SELECT RAISE(ABORT, 'ocop:period_closed'); END")
    db.execute(f"CREATE TRIGGER vouchers_lock_delete BEFORE DELETE ON vouchers WHEN {closed.format(d='OLD.date')} "
               "BEGIN SELECT RAISE(ABORT, 'ocop:period_closed'); END")
    for op, ref in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        db.execute(f"CREATE TRIGGER lines_lock_{op.lower()} BEFORE {op} ON voucher_lines WHEN "
                   f"{closed.format(d=ref + '.date')} BEGIN SELECT RAISE(ABORT, 'ocop:period_closed'); END")
    # --- the books' one source -------------------------------------------------------
    contribution_debit = ("CASE c.asset_type WHEN 'cash' THEN '1111' WHEN 'gold' THEN '242' ELSE '211' END")
    number = "'GV-' || c.member_id || '-' || replace(c.date, '-', '')"
    desc = "'Góp vốn: ' || COALESCE(m.full_name, '')"
    db.execute(
        """CREATE TABLE locked_contributions (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL REFERENCES locked_months(month) ON DELETE CASCADE,
            member_id INTEGER NOT NULL,
            date TEXT NOT NULL,
            amount INTEGER NOT NULL,
            asset_type TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX locked_contributions_month ON locked_contributions (month)")
    db.execute(
        """CREATE VIEW contribution_source (cid, snapshot, member_id, date, amount, asset_type) AS
        SELECT c.id, 0, c.member_id, c.date, c.amount, c.asset_type FROM contributions c
         WHERE substr(c.date, 1, 7) NOT IN (SELECT month FROM locked_months)
        UNION ALL
        SELECT 1000000000 + s.id, 1, s.member_id, s.date, s.amount, s.asset_type FROM locked_contributions s"""
    )
    cols = ("entry_key, voucher_id, contribution_id, number, vtype, date, category, description, account, "
            "contra, debit, credit, member_id, party_id, internal, k1")
    src = "contribution_source c LEFT JOIN members m ON m.id = c.member_id"
    cid = "CASE WHEN c.snapshot = 0 THEN c.cid END"
    db.execute(
        f"""CREATE VIEW contribution_entries ({cols}) AS
        SELECT -2 * c.cid, NULL, {cid}, {number}, 'cash_receipt', c.date, 'capital_contribution', {desc},
               {contribution_debit}, '4111', c.amount, 0, c.member_id, NULL, 1, -c.cid
          FROM {src}
        UNION ALL
        SELECT -2 * c.cid - 1, NULL, {cid}, {number}, 'cash_receipt', c.date, 'capital_contribution', {desc},
               '4111', {contribution_debit}, 0, c.amount, c.member_id, NULL, 1, -c.cid
          FROM {src}"""
    )
    db.execute(
        f"""CREATE VIEW ledger_entries ({cols}) AS
        SELECT l.id, l.voucher_id, NULL, v.number, v.vtype, l.date, v.category,
               CASE WHEN l.description <> '' THEN l.description ELSE v.description END,
               l.account, l.contra, l.debit, l.credit, l.member_id, l.party_id, l.internal, l.voucher_id
          FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
         WHERE v.posted = 1
        UNION ALL
        SELECT {cols} FROM contribution_entries"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS contributions_date ON contributions (date, id)")
