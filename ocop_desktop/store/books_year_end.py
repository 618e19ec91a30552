"""Year-end closing (kết chuyển cuối năm, TT 71/2024 account 911): revenue and expense
accounts are closed to 911 and the result to undistributed profit — 4211 for the external
result (B02-HTX column a), 4212 for the internal result (column b).

``closing_lines(store, year) -> list[Line]`` computes the entry; ``post_year_end_closing(store,
year, user=None) -> Voucher`` posts it as a general journal voucher dated 31/12 (category
``year_end_closing``, reference ``KC-<year>``), refused when already posted
(:class:`StoreError`) or when the month is locked (:class:`PeriodClosedError`).
``posted_closing(store, year) -> int | None``.

B02-HTX and the distribution read the revenue and expense accounts *without* this entry, so
closing a year does not change them; the trial balance of the year shows the closing
movements as the standard form does.
"""

from __future__ import annotations

import datetime as dt

from ocop_desktop.domain.income.vouchers import Line, Voucher, check_balanced, finish_lines
from ocop_desktop.i18n import tr
from ocop_desktop.store import ledger_sums
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError

__all__ = ["closing_lines", "post_year_end_closing", "posted_closing"]


def posted_closing(store: Store, year: int) -> int | None:
    """Id of the closing voucher of *year* (None when not posted)."""
    return store.scalar("SELECT id FROM vouchers WHERE category = 'year_end_closing' AND reference = ?", [f"KC-{year}"])


def closing_lines(store: Store, year: int) -> list[Line]:
    """Lines closing every revenue/expense account of *year* (per B02 column) to 911, and
    911 to 4211 (external) / 4212 (internal). Empty when there is nothing to close."""
    # the year's movements of 5xx–6xx (monthly totals, store.ledger_sums) less the lines of
    # closing vouchers already in the year (found by category, a few rows)
    start, end = f"{year}-01-01", f"{year}-12-31"
    sums = ledger_sums.sums(store, start, end, ("5", "7"), by_internal=True)
    for account, internal, debit, credit in store.db.execute(
            """SELECT l.account, l.internal, SUM(l.debit), SUM(l.credit) FROM vouchers v
                 JOIN voucher_lines l ON l.voucher_id = v.id
                WHERE v.category = 'year_end_closing' AND v.posted = 1 AND v.date >= ? AND v.date <= ?
                  AND l.account >= '5' AND l.account < '7' GROUP BY 1, 2""", [start, end]).fetchall():
        acc = sums[(account, internal)]
        acc[0] -= debit
        acc[1] -= credit
    rows = sorted((account, internal, d - c) for (account, internal), (d, c, _n) in sums.items())
    lines: list[Line] = []
    result = {False: 0, True: 0}  # profit per column (credit − debit)
    for account, internal, balance in rows:
        if not balance:
            continue
        flag = bool(internal)
        result[flag] -= balance
        if balance > 0:  # debit balance (expense, deduction): Dr 911 / Cr account
            lines += [Line("911", debit=balance), Line(account, credit=balance)]
        else:
            lines += [Line(account, debit=-balance), Line("911", credit=-balance)]
        lines[-1].internal = lines[-2].internal = flag
    for flag, account in ((False, "4211"), (True, "4212")):
        profit = result[flag]
        if profit > 0:
            lines += [Line("911", debit=profit), Line(account, credit=profit)]
        elif profit < 0:
            lines += [Line(account, debit=-profit), Line("911", credit=-profit)]
        if profit:
            lines[-1].internal = lines[-2].internal = flag
    flags = [ln.internal for ln in lines]
    finish_lines(lines, None)  # contra accounts
    for ln, flag in zip(lines, flags):
        ln.internal = flag
    return lines


def post_year_end_closing(store: Store, year: int, user: str | None = None,
                          today: dt.date | None = None) -> Voucher:
    """Post the closing entry of *year* dated 31/12; see module doc. A year that has not
    ended yet (*today* ≤ 31/12 of it) is refused: its results are not final."""
    if (today or dt.date.today()) <= dt.date(year, 12, 31):
        raise StoreError(tr("The year {year} has not ended yet: close it after 31/12/{year}.", year=year))
    if posted_closing(store, year) is not None:
        raise StoreError(tr("The year {year} is already closed", year=year))
    lines = closing_lines(store, year)
    if not lines:
        raise StoreError(tr("Nothing to close in {year}", year=year))
    problems = check_balanced(lines)
    if problems:
        raise ValidationError(problems)
    date = dt.date(year, 12, 31)
    if vstore.is_locked(store, date):
        raise vstore.PeriodClosedError(tr("This month is locked: vouchers in it cannot be added, changed or deleted. Enter an adjusting voucher in an open month."))
    v = Voucher(vtype="journal", date=date, amount=sum(ln.debit for ln in lines), category="year_end_closing",
                description=tr("Year-end closing {year}", year=year), reference=f"KC-{year}", source="closing")
    with vstore._guard(store):
        return vstore.write_voucher(store, v, user, lines=lines)
