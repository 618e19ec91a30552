"""Schema step for province scale (issue 7): monthly totals of the books per account, kept
exact by triggers, so opening balances, period totals, the trial balance, B02-HTX and the
Home page read a few hundred rows instead of ten years of journal lines.

``ledger_month_totals`` — one row per ``(account, month 'YYYY-MM', internal, b02_excluded)``
with ``debit`` and ``credit`` (đồng) and ``lines`` (number of entries) of the
``ledger_entries`` view (schema_income): posted voucher lines plus the capital
contributions of the member register (or their snapshot for a locked month).
``b02_excluded`` is 1 for the categories B02-HTX leaves out (``year_end_closing``,
``surplus_distribution``: :data:`B02_EXCLUDED`). Rows whose ``lines`` fall to 0 are
deleted, so the table always equals::

    SELECT account, substr(date, 1, 7), internal,
           category IN ('year_end_closing', 'surplus_distribution'),
           SUM(debit), SUM(credit), COUNT(*)
      FROM ledger_entries GROUP BY 1, 2, 3, 4

Triggers (so raw SQL cannot make the table wrong either):

- **vouchers**: lines are written while ``posted = 0`` and cannot change while ``posted =
  1`` (``schema_income``), so a voucher's lines count from the moment it is set posted
  until it is set unposted or deleted. ``ledger_totals_voucher_update`` (AFTER UPDATE OF
  posted, category) takes the old lines out when the old row was posted and puts them back
  when the new row is posted — which also follows a change of category while posted (its
  B02 flag). A posted voucher's date cannot change (the balance trigger refuses lines dated
  otherwise). ``ledger_totals_voucher_delete`` (BEFORE DELETE, posted) takes its lines out.
- **voucher_lines**: ``lines_update_into_posted`` refuses moving a line into a posted
  voucher (``ocop:posted``; schema_income refused changes of a posted voucher's own lines
  only).
- **contributions** (insert/update/delete) count while their month is not locked;
  **locked_contributions** (the snapshots of locked months) always count; **locked_months**
  insert takes the month's live contributions out (``lock_month`` then inserts the
  snapshot, which adds them back as frozen), delete puts them back (the snapshots leave by
  ``ON DELETE CASCADE`` and their trigger takes them out).

``locked_contributions_date`` indexes the snapshots by date (partial months read them).

Known limit: a contribution dated with text that is not an ISO date (``YYYY-MM-DD``) is
found by month through a range on ``contributions_date`` and may be missed when its month
is locked or unlocked; the app writes ISO dates only.
"""

from __future__ import annotations

import sqlite_utils

__all__ = ["ledger_month_totals_step", "B02_EXCLUDED", "TOTALS_FILL_SQL"]

#: Voucher categories B02-HTX leaves out (``store.income_reports``).
B02_EXCLUDED = ("year_end_closing", "surplus_distribution")

_EXCL = "('" + "', '".join(B02_EXCLUDED) + "')"
_UPSERT = ("ON CONFLICT (account, month, internal, b02_excluded) DO UPDATE SET "
           "debit = debit + excluded.debit, credit = credit + excluded.credit, lines = lines + excluded.lines")
_COLS = "ledger_month_totals (account, month, internal, b02_excluded, debit, credit, lines)"
_CONTRIB_ACCOUNT = "CASE {r}.asset_type WHEN 'cash' THEN '1111' WHEN 'gold' THEN '242' ELSE '211' END"

#: The table's definition as a query over ``ledger_entries`` (used to fill it and by tests).
TOTALS_FILL_SQL = f"""SELECT account, substr(date, 1, 7) AS month, internal, category IN {_EXCL} AS b02_excluded,
       SUM(debit) AS debit, SUM(credit) AS credit, COUNT(*) AS lines
  FROM ledger_entries GROUP BY account, substr(date, 1, 7), internal, category IN {_EXCL}"""


def _voucher_lines(ref: str, sign: str) -> str:
    """Add (*sign* "+") or take out ("-") the lines of voucher *ref* (``OLD``/``NEW``)
    when that row is posted."""
    return (f"INSERT INTO {_COLS} "
            f"SELECT account, substr(date, 1, 7), internal, {ref}.category IN {_EXCL}, "
            f"{sign}SUM(debit), {sign}SUM(credit), {sign}COUNT(*) FROM voucher_lines "
            f"WHERE voucher_id = {ref}.id AND {ref}.posted = 1 GROUP BY account, substr(date, 1, 7), internal "
            f"{_UPSERT};")


def _one_contribution(ref: str, sign: str, when: str) -> str:
    """Add/take out the two entries (Dr 1111/242/211, Cr 4111) of contribution row *ref*."""
    acct = _CONTRIB_ACCOUNT.format(r=ref)
    return (f"INSERT INTO {_COLS} "
            f"SELECT e.account, substr({ref}.date, 1, 7), 1, 0, {sign}e.debit, {sign}e.credit, {sign}1 "
            f"FROM (SELECT {acct} AS account, {ref}.amount AS debit, 0 AS credit "
            f"      UNION ALL SELECT '4111', 0, {ref}.amount) e WHERE {when} {_UPSERT};")


def _month_contributions(month: str, sign: str) -> str:
    """Add/take out the live contributions of *month* (an SQL expression 'YYYY-MM')."""
    acct = _CONTRIB_ACCOUNT.format(r="c")
    src = (f"FROM contributions c WHERE c.date >= {month} AND c.date < {month} || '.' "
           f"AND substr(c.date, 1, 7) = {month}")
    return (f"INSERT INTO {_COLS} "
            f"SELECT e.account, {month}, 1, 0, {sign}SUM(e.debit), {sign}SUM(e.credit), {sign}COUNT(*) "
            f"FROM (SELECT {acct} AS account, c.amount AS debit, 0 AS credit {src} "
            f"      UNION ALL SELECT '4111', 0, c.amount {src}) e WHERE 1 GROUP BY e.account {_UPSERT};")


def _prune(month: str) -> str:
    return f"DELETE FROM ledger_month_totals WHERE month = {month} AND lines = 0;"


def _not_locked(date: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM locked_months WHERE month = substr({date}, 1, 7))"


def ledger_month_totals_step(db: sqlite_utils.Database) -> None:
    """Create ``ledger_month_totals`` with its triggers and fill it from the existing books
    (see the module docstring)."""
    db.execute(
        """CREATE TABLE ledger_month_totals (
            account TEXT NOT NULL,
            month TEXT NOT NULL,
            internal INTEGER NOT NULL,
            b02_excluded INTEGER NOT NULL,
            debit INTEGER NOT NULL,
            credit INTEGER NOT NULL,
            lines INTEGER NOT NULL,
            PRIMARY KEY (account, month, internal, b02_excluded)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX ledger_month_totals_month ON ledger_month_totals (month, account)")
    # partial months read the snapshots of locked months by date (store.ledger_sums)
    db.execute("CREATE INDEX IF NOT EXISTS locked_contributions_date ON locked_contributions (date)")
    # fill: the same rows as TOTALS_FILL_SQL, read without the view (2.5× faster at
    # 1,000,000 vouchers: no description/number columns, no member join)
    db.execute(
        f"""INSERT INTO {_COLS}
            SELECT l.account, substr(l.date, 1, 7), l.internal, v.category IN {_EXCL},
                   SUM(l.debit), SUM(l.credit), COUNT(*)
              FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
             WHERE v.posted = 1 GROUP BY 1, 2, 3, 4"""
    )
    acct = _CONTRIB_ACCOUNT.format(r="c")
    db.execute(
        f"""INSERT INTO {_COLS}
            SELECT e.account, e.month, 1, 0, SUM(e.debit), SUM(e.credit), SUM(e.n)
              FROM (SELECT {acct} AS account, substr(c.date, 1, 7) AS month, SUM(c.amount) AS debit, 0 AS credit,
                           COUNT(*) AS n FROM contribution_source c GROUP BY 1, 2
                    UNION ALL
                    SELECT '4111', substr(c.date, 1, 7), 0, SUM(c.amount), COUNT(*) FROM contribution_source c
                     GROUP BY 2) e
             WHERE 1 GROUP BY e.account, e.month {_UPSERT}"""
    )
    # --- vouchers ----------------------------------------------------------------------
    lines_months = "(SELECT DISTINCT substr(date, 1, 7) FROM voucher_lines WHERE voucher_id = {r}.id)"
    db.execute(
        f"""CREATE TRIGGER ledger_totals_voucher_update AFTER UPDATE OF posted, category ON vouchers
           WHEN (OLD.posted = 1 OR NEW.posted = 1)
            AND (OLD.posted IS NOT NEW.posted OR (OLD.category IN {_EXCL}) IS NOT (NEW.category IN {_EXCL}))
           BEGIN
             {_voucher_lines('OLD', '-')}
             {_voucher_lines('NEW', '')}
             DELETE FROM ledger_month_totals WHERE month IN {lines_months.format(r='OLD')} AND lines = 0;
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_voucher_delete BEFORE DELETE ON vouchers WHEN OLD.posted = 1
           BEGIN
             {_voucher_lines('OLD', '-')}
             DELETE FROM ledger_month_totals WHERE month IN {lines_months.format(r='OLD')} AND lines = 0;
           END"""
    )
    db.execute(
        """CREATE TRIGGER lines_update_into_posted BEFORE UPDATE OF voucher_id ON voucher_lines
           WHEN (SELECT posted FROM vouchers WHERE id = NEW.voucher_id) = 1
           BEGIN SELECT RAISE(ABORT, 'ocop:posted'); END"""
    )
    # --- contributions and their snapshots ------------------------------------------------
    db.execute(
        f"""CREATE TRIGGER ledger_totals_contribution_insert AFTER INSERT ON contributions
           WHEN {_not_locked('NEW.date')}
           BEGIN {_one_contribution('NEW', '', '1')} END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_contribution_delete AFTER DELETE ON contributions
           WHEN {_not_locked('OLD.date')}
           BEGIN {_one_contribution('OLD', '-', '1')} {_prune('substr(OLD.date, 1, 7)')} END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_contribution_update AFTER UPDATE OF date, amount, asset_type ON contributions
           BEGIN
             {_one_contribution('OLD', '-', _not_locked('OLD.date'))}
             {_one_contribution('NEW', '', _not_locked('NEW.date'))}
             {_prune('substr(OLD.date, 1, 7)')}
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_snapshot_insert AFTER INSERT ON locked_contributions
           BEGIN {_one_contribution('NEW', '', '1')} END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_snapshot_delete AFTER DELETE ON locked_contributions
           BEGIN {_one_contribution('OLD', '-', '1')} {_prune('substr(OLD.date, 1, 7)')} END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_snapshot_update AFTER UPDATE OF date, amount, asset_type ON locked_contributions
           BEGIN
             {_one_contribution('OLD', '-', '1')}
             {_one_contribution('NEW', '', '1')}
             {_prune('substr(OLD.date, 1, 7)')}
           END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_lock_insert AFTER INSERT ON locked_months
           BEGIN {_month_contributions('NEW.month', '-')} {_prune('NEW.month')} END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_lock_delete AFTER DELETE ON locked_months
           BEGIN {_month_contributions('OLD.month', '')} END"""
    )
    db.execute(
        f"""CREATE TRIGGER ledger_totals_lock_update AFTER UPDATE OF month ON locked_months
           BEGIN
             {_month_contributions('OLD.month', '')}
             {_month_contributions('NEW.month', '-')}
             {_prune('NEW.month')}
           END"""
    )
