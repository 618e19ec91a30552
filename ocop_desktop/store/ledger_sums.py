"""Sums of the books over a period, from the monthly totals (issue 7).

A period ``[date_from, date_to]`` (inclusive ISO dates, ``None`` = open end) is split into
whole months, read from ``ledger_month_totals`` (:mod:`ocop_desktop.store.schema_totals`,
a few hundred rows for ten years), and at most two partial months at its ends, read from
the journal lines through the ``(account, date …)`` / ``(date …)`` indexes and from the
contribution entries. The result equals the same sums over the ``ledger_entries`` view.

Functions (money int đồng):
    ``month_split(date_from, date_to) -> (first_month, last_month, partials)`` — whole
    months ``'YYYY-MM'`` (``None`` = open end; ``first_month > last_month`` = none) and the
    partial ranges ``[(from, to)]`` (ISO dates, inclusive).
    ``sums(store, date_from, date_to, accounts=None, b02=False, by_internal=False)
    -> {key: [debit, credit, count]}`` — per account (key ``account``) or per
    ``(account, internal)`` when *by_internal*; *accounts* ``(low, high)`` limits the
    account codes to ``low <= code < high`` (a prefix *p* is ``(p, p + ":")``); *b02* leaves
    out the categories B02-HTX does not count (:data:`~ocop_desktop.store.schema_totals.B02_EXCLUDED`).
    ``total(...) -> (debit, credit, count)`` — the same summed over every key.
    ``sums_before(store, date, accounts=None, by_internal=False)`` / ``total_before(...)`` —
    the same for every entry dated before *date* (opening balances).
    ``day_before(date) -> str | None``; ``month_start(date) -> str | None`` (first of its month).
"""

from __future__ import annotations

import datetime as dt

from ocop_desktop.domain.formats import iso
from ocop_desktop.store.db import Store
from ocop_desktop.store.schema_totals import B02_EXCLUDED

__all__ = ["month_split", "month_start", "sums", "total", "sums_before", "total_before", "day_before", "ALL_ACCOUNTS"]

#: ``(low, high)`` covering every account code (codes are digits).
ALL_ACCOUNTS = ("", "~")

#: Debit account of a capital contribution by asset type (schema_income; else 211).
_CONTRIBUTION_DEBIT = {"cash": "1111", "gold": "242"}

_UNPOSTED = "l.voucher_id NOT IN (SELECT id FROM vouchers WHERE posted = 0)"


def _iso(value) -> str | None:
    return iso(value) if isinstance(value, dt.date) else value


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except (TypeError, ValueError):
        return None


def _month_end(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1)


def day_before(date) -> str | None:
    """The ISO day before *date* (``None`` stays ``None``; text that is not a date is
    returned as it is, to be compared as text)."""
    date = _iso(date)
    d = _date(date) if date else None
    if d is None or d == dt.date.min:
        return date
    return iso(d - dt.timedelta(days=1))


def month_start(date) -> str | None:
    """The first day (ISO) of the month of *date*, or None when *date* is not an ISO date."""
    date = _iso(date)
    d = _date(date) if isinstance(date, str) else None
    return iso(d.replace(day=1)) if d is not None else None


def month_split(date_from, date_to) -> tuple[str | None, str | None, list[tuple[str | None, str | None]]]:
    """Split ``[date_from, date_to]`` into whole months and partial ranges; see module doc.
    Text that is not an ISO date makes the whole range partial (read from the lines)."""
    a, b = _iso(date_from), _iso(date_to)
    da = _date(a) if a is not None else None
    db_ = _date(b) if b is not None else None
    if (a is not None and da is None) or (b is not None and db_ is None):
        return "9999-99", "0000-00", [(a, b)]
    if da is not None and db_ is not None and da > db_:
        return "9999-99", "0000-00", []
    partials: list[tuple[str | None, str | None]] = []
    first = last = None
    if da is not None:
        if da.day == 1:
            first = a[:7]
        else:
            end = _month_end(da)
            if db_ is not None and db_ <= end:
                return "9999-99", "0000-00", [(a, b)]
            partials.append((a, iso(end)))
            nxt = end + dt.timedelta(days=1)
            first = iso(nxt)[:7]
    if db_ is not None:
        if db_ == _month_end(db_):
            last = b[:7]
        else:
            start = db_.replace(day=1)
            partials.append((iso(start), b))
            prev = start - dt.timedelta(days=1)
            last = iso(prev)[:7]
    return first, last, partials


def _add(out: dict, key, debit: int, credit: int, count: int) -> None:
    acc = out.get(key)
    if acc is None:
        out[key] = [debit or 0, credit or 0, count or 0]
    else:
        acc[0] += debit or 0
        acc[1] += credit or 0
        acc[2] += count or 0


def _range(col: str, a: str | None, b: str | None, end_op: str = "<=") -> tuple[str, list]:
    cl, pa = [], []
    if a is not None:
        cl.append(f"{col} >= ?")
        pa.append(a)
    if b is not None:
        cl.append(f"{col} {end_op} ?")
        pa.append(b)
    return "".join(" AND " + c for c in cl), pa


def _partial(store: Store, out: dict, a: str | None, b: str | None, accounts: tuple[str, str],
             b02: bool, by_internal: bool, end_op: str = "<=") -> None:
    """Add the entries of ``[a, b]`` (``[a, b)`` with *end_op* "<") read from the lines and
    contributions."""
    db = store.db
    low, high = accounts
    rng, rp = _range("l.date", a, b, end_op)
    key = "l.account, l.internal" if by_internal else "l.account, 0"
    if b02:
        # the date range of lines_date (a month at most), not the account range: "+account"
        marks = ",".join("?" * len(B02_EXCLUDED))
        sql = (f"SELECT {key}, SUM(l.debit), SUM(l.credit), COUNT(*) FROM voucher_lines l "
               f"JOIN vouchers v ON v.id = l.voucher_id WHERE v.posted = 1{rng} "
               f"AND +l.account >= ? AND +l.account < ? AND v.category NOT IN ({marks}) GROUP BY 1, 2")
        params = [*rp, low, high, *B02_EXCLUDED]
        for acct, internal, d, c, n in db.execute(sql, params).fetchall():
            _add(out, (acct, internal) if by_internal else acct, d, c, n)
    elif accounts == ALL_ACCOUNTS:
        sql = (f"SELECT {key}, SUM(l.debit), SUM(l.credit), COUNT(*) FROM voucher_lines l "
               f"WHERE {_UNPOSTED}{rng} GROUP BY 1, 2")
        for acct, internal, d, c, n in db.execute(sql, rp).fetchall():
            _add(out, (acct, internal) if by_internal else acct, d, c, n)
    else:
        # one ordered index range per account code: (account, date, ...) of lines_account
        codes = [r[0] for r in db.execute(
            "SELECT code FROM accounts WHERE code >= ? AND code < ? ORDER BY code", [low, high]).fetchall()]
        for code in codes:
            sql = (f"SELECT {key}, SUM(l.debit), SUM(l.credit), COUNT(*) FROM voucher_lines l "
                   f"WHERE l.account = ?{rng} AND {_UNPOSTED} GROUP BY 1, 2")
            for acct, internal, d, c, n in db.execute(sql, [code, *rp]).fetchall():
                _add(out, (acct, internal) if by_internal else acct, d, c, n)
    if b02:
        # contributions post to 1111/242/211 and 4111 only: never in B02-HTX
        if not (low < "5" or high > "7"):
            return
    # contributions (schema_income's contribution_source: the register, or the snapshot of a
    # locked month): Dr 1111 / 242 / 211 by asset type, Cr 4111, internal
    rng, rp = _range("date", a, b, end_op)
    for asset, amount, n in db.execute(
            f"SELECT asset_type, SUM(amount), COUNT(*) FROM contribution_source WHERE 1{rng} GROUP BY asset_type",
            rp).fetchall():
        for acct, d, c in ((_CONTRIBUTION_DEBIT.get(asset, "211"), amount, 0), ("4111", 0, amount)):
            if low <= acct < high:
                _add(out, (acct, 1) if by_internal else acct, d, c, n)


def sums(store: Store, date_from, date_to, accounts: tuple[str, str] | None = None, b02: bool = False,
         by_internal: bool = False) -> dict:
    """Debit, credit and number of entries per account in the period; see module doc."""
    accounts = accounts or ALL_ACCOUNTS
    first, last, partials = month_split(date_from, date_to)
    out: dict = {}
    if first is None or last is None or first <= last:
        cl, pa = ["account >= ?", "account < ?"], list(accounts)
        if first is not None:
            cl.append("month >= ?")
            pa.append(first)
        if last is not None:
            cl.append("month <= ?")
            pa.append(last)
        if b02:
            cl.append("b02_excluded = 0")
        key = "account, internal" if by_internal else "account, 0"
        for acct, internal, d, c, n in store.db.execute(
                f"SELECT {key}, SUM(debit), SUM(credit), SUM(lines) FROM ledger_month_totals "
                f"WHERE {' AND '.join(cl)} GROUP BY 1, 2", pa).fetchall():
            _add(out, (acct, internal) if by_internal else acct, d, c, n)
    for a, b in partials:
        _partial(store, out, a, b, accounts, b02, by_internal)
    return out


def total(store: Store, date_from, date_to, accounts: tuple[str, str] | None = None) -> tuple[int, int, int]:
    """``(debit, credit, count)`` of every entry of *accounts* in the period (đồng)."""
    return _fold(sums(store, date_from, date_to, accounts))


def _fold(per_key: dict) -> tuple[int, int, int]:
    d = c = n = 0
    for dd, cc, nn in per_key.values():
        d += dd
        c += cc
        n += nn
    return d, c, n


def sums_before(store: Store, date, accounts: tuple[str, str] | None = None, by_internal: bool = False) -> dict:
    """Like :func:`sums` for every entry dated before *date* (opening balances)."""
    date = _iso(date)
    if month_start(date) is not None:
        return sums(store, None, day_before(date), accounts, by_internal=by_internal)
    out: dict = {}  # not an ISO date: compare as text, as the books do
    _partial(store, out, None, date, accounts or ALL_ACCOUNTS, False, by_internal, end_op="<")
    return out


def total_before(store: Store, date, accounts: tuple[str, str] | None = None) -> tuple[int, int, int]:
    """``(debit, credit, count)`` of every entry of *accounts* dated before *date*."""
    return _fold(sums_before(store, date, accounts))
