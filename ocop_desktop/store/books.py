"""The cooperative's books, read from the ``ledger_entries`` view (issue 5 item 4).

Books (columns as in the standard forms, COOPERATIVE.md "Books"): cash book (sổ quỹ tiền
mặt, account 111), bank book (sổ tiền gửi ngân hàng, 112), general journal (nhật ký chung),
ledger per account (sổ cái), subsidiary ledgers per member / customer / supplier (sổ chi
tiết), trial balance (bảng cân đối tài khoản).

Paging: every book returns at most *limit* rows after a **key** — the tuple
``(date, k1, entry_key)`` of the last row already shown (``row["key"]``), ``None`` for the
first page — so a book of 1,000,000 vouchers is read a page at a time through the indexes
(keyset pagination). Running balances are computed in SQL with a window
function (``SUM(...) OVER (ORDER BY date, k1, entry_key)``) on top of the balance carried
in before the page (one indexed SUM).

Jumping (issue 7: Ctrl+End on a million-voucher book): a page may also be read **backward**
(``descending=True``: the rows before the key *before*, latest first, ``ORDER BY … DESC`` on
the same indexes), each row's balance being the closing balance minus the movements after
it; and from a position (``offset``: the skipped rows' keys are walked on the covering
indexes, their movements summed, no voucher row read). Counts (``ledger_count``,
``subsidiary_count``, ``journal_count(sums=False)``) are COUNTs over the same index ranges
and never sum the opening balance.

Balances are signed debit-positive (``debit - credit``) in đồng; for credit-normal
accounts the UI shows ``-balance`` on the credit side.

Functions:
    ``opening_balance(store, account, date_from, member_id=None, party_id=None) -> int``
    ``ledger_page(store, account, date_from, date_to, after=None, limit=500, member_id=None,
    party_id=None) -> list[dict]`` — rows: ``key``, ``entry_key``, ``voucher_id``,
    ``contribution_id``, ``number``, ``vtype``, ``date``, ``category``, ``description``,
    ``account``, ``contra``, ``debit``, ``credit``, ``member_id``, ``party_id``, ``balance``.
    ``ledger_count(...) -> int``; ``ledger_totals(...) -> {"opening", "debit", "credit", "closing", "count"}``.
    Every ``*_page`` also takes ``before=key, descending=True`` (backward, latest first) and
    ``offset`` (skip rows from the edge); see :func:`ledger_page`.
    ``cash_book_page`` / ``bank_book_page`` — ledger rows of 111 / 112 plus ``receipt_no``,
    ``payment_no``, ``received``, ``paid`` (cash) or ``deposited``, ``withdrawn`` (bank).
    ``journal_page(store, date_from, date_to, after=None, limit=500)`` — every line in book order.
    ``subsidiary_page(store, kind, counterparty_id, date_from, date_to, account=None, after=None,
    limit=500)`` — *kind* "member", "customer" or "supplier"; without *account*, the
    counterparty's lines on every account except cash and bank (what was bought, sold,
    paid in wages…); with it, that account only (e.g. 131 for a customer).
    ``trial_balance(store, date_from, date_to, level=None) -> list[dict]`` — per account with
    entries: ``account``, ``name``, ``opening_debit``, ``opening_credit``, ``debit``,
    ``credit``, ``closing_debit``, ``closing_credit``; *level* 3 rolls details up to the
    3-digit accounts. The sum of all rows balances (debit = credit in every column pair).
"""

from __future__ import annotations

import datetime as dt

from ocop_desktop.domain.formats import iso
from ocop_desktop.store import ledger_sums
from ocop_desktop.store.db import Store

__all__ = [
    "opening_balance", "ledger_page", "ledger_count", "ledger_totals", "cash_book_page", "bank_book_page",
    "journal_page", "journal_count", "subsidiary_page", "subsidiary_count", "subsidiary_totals", "trial_balance", "trial_balance_totals",
    "ORDER",
]

#: Book order of ``ledger_entries``.
ORDER = "date, k1, entry_key"

_LINE_COLS = (
    "l.id AS entry_key, l.voucher_id AS voucher_id, NULL AS contribution_id, v.number AS number, "
    "v.vtype AS vtype, l.date AS date, v.category AS category, "
    "CASE WHEN l.description <> '' THEN l.description ELSE v.description END AS description, "
    "l.account AS account, l.contra AS contra, l.debit AS debit, l.credit AS credit, "
    "l.member_id AS member_id, l.party_id AS party_id, l.internal AS internal, l.voucher_id AS k1"
)
_MONEY_RANGE = "NOT ({a} >= '111' AND {a} < '113')"
#: The key, account, counterparty and amount columns of the ``contribution_entries`` view
#: (schema_income.py), without its voucher-like text (number, description: a member join and
#: string building per row, ~3× the cost): for counts, positions and sums.
_CONTRIB_KEYS = (
    "(SELECT -2 * c.cid AS entry_key, c.date AS date, -c.cid AS k1, "
    "CASE c.asset_type WHEN 'cash' THEN '1111' WHEN 'gold' THEN '242' ELSE '211' END AS account, "
    "c.member_id AS member_id, c.amount AS debit, 0 AS credit FROM contribution_source c "
    "UNION ALL SELECT -2 * c.cid - 1, c.date, -c.cid, '4111', c.member_id, 0, c.amount FROM contribution_source c)"
)


def _d(value: dt.date | str | None) -> str | None:
    return iso(value) if isinstance(value, dt.date) else value


class _Filter:
    """Which entries a book shows, as index-friendly SQL.

    ``branches``: ``[(where on voucher_lines l, params)]`` — each one an ordered index range
    (one per account code actually used, so ``account = ?`` keeps the index order);
    ``contrib``: ``(where on contribution_entries, params)`` or None."""

    def __init__(self, store: Store, account: str | None = None, member_id: int | None = None,
                 party_id: int | None = None, exclude_money: bool = False):
        self.branches: list[tuple[str, list]] = []
        self.contrib: tuple[str, list] | None = None
        #: account range ``(low, high)`` when the book is whole accounts (no counterparty):
        #: its sums can come from the monthly totals (store.ledger_sums)
        self.accounts: tuple[str, str] | None = None
        if member_id is None and party_id is None and not exclude_money:
            self.accounts = (account, account + ":") if account else ledger_sums.ALL_ACCOUNTS
        extra_l, extra_c, extra_p = [], [], []
        if account and (member_id is not None or party_id is not None):
            extra_l.append("l.account >= ? AND l.account < ?")
            extra_c.append("account >= ? AND account < ?")
            extra_p += [account, account + ":"]
        if exclude_money:
            extra_l.append(_MONEY_RANGE.format(a="l.account"))
            extra_c.append(_MONEY_RANGE.format(a="account"))
        tail_l = "".join(" AND " + x for x in extra_l)
        tail_c = "".join(" AND " + x for x in extra_c)
        if member_id is not None:
            self.branches.append(("l.member_id = ?" + tail_l, [member_id, *extra_p]))
            self.contrib = ("member_id = ?" + tail_c, [member_id, *extra_p])
        elif party_id is not None:
            self.branches.append(("l.party_id = ?" + tail_l, [party_id, *extra_p]))
        elif account:
            codes = [r[0] for r in store.db.execute(
                "SELECT code FROM accounts WHERE code >= ? AND code < ? ORDER BY code", [account, account + ":"]).fetchall()]
            for code in codes:
                if store.db.execute("SELECT 1 FROM voucher_lines WHERE account = ? LIMIT 1", [code]).fetchone():
                    self.branches.append(("l.account = ?", [code]))
            self.contrib = ("account >= ? AND account < ?", [account, account + ":"])
        else:
            self.branches.append(("1", []))
            self.contrib = ("1", [])


def _range(date_from, date_to, after, col: str = "l.", key: str = "l.date, l.voucher_id, l.id",
           before=None, inclusive: bool = False, after_incl: bool | None = None,
           before_incl: bool | None = None) -> tuple[str, list]:
    """SQL conditions (each preceded by `` AND ``) and parameters for the period and the
    keyset edges: entries after *after* and before *before* (keys ``(date, k1, entry_key)``);
    *inclusive* includes the edge entries themselves. One lower and one upper date bound
    (the nearer of the period's and the edge's), so SQLite starts its index range there."""
    lo = max(x for x in (date_from, after[0] if after is not None else None) if x) if (date_from or after) else None
    hi = min(x for x in (date_to, before[0] if before is not None else None) if x) if (date_to or before) else None
    cl, pa = [], []
    if lo:
        cl.append(f"{col}date >= ?")
        pa.append(lo)
    if hi:
        cl.append(f"{col}date <= ?")
        pa.append(hi)
    if after is not None:
        cl.append(f"({key}) {'>=' if (inclusive if after_incl is None else after_incl) else '>'} (?, ?, ?)")
        pa += list(after)
    if before is not None:
        cl.append(f"({key}) {'<=' if (inclusive if before_incl is None else before_incl) else '<'} (?, ?, ?)")
        pa += list(before)
    return "".join(" AND " + c for c in cl), pa


def _sum_before(store: Store, f: _Filter, date_from: str | None, after: tuple | None = None) -> int:
    """Balance (debit − credit) of the entries before *date_from*, or up to and including
    the entry *after*. Whole accounts read the months before from the monthly totals
    (store.ledger_sums) and the lines of the last month through the index."""
    if after is None and date_from is None:
        return 0
    total, month_start = 0, None
    if f.accounts is not None:
        if after is None:
            debit, credit, _n = ledger_sums.total_before(store, date_from, f.accounts)
            return debit - credit
        month_start = ledger_sums.month_start(after[0])
        if month_start is not None:  # whole months before the entry's month, then its month
            debit, credit, _n = ledger_sums.total_before(store, month_start, f.accounts)
            total = debit - credit
    for where, params in f.branches:
        if after is None:
            cond, extra = "l.date < ?", [date_from]
        else:
            cond, extra = "(l.date, l.voucher_id, l.id) <= (?, ?, ?)", list(after)
        if month_start is not None:
            cond, extra = cond + " AND l.date >= ?", [*extra, month_start]
        total += store.scalar(
            f"SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM voucher_lines l WHERE {where} AND {cond} "
            "AND l.voucher_id NOT IN (SELECT id FROM vouchers WHERE posted = 0)", [*params, *extra]) or 0
    if f.contrib:
        where, params = f.contrib
        if after is None:
            cond, extra = "date < ?", [date_from]
        else:
            cond, extra = "(date, k1, entry_key) <= (?, ?, ?)", list(after)
        if month_start is not None:
            cond, extra = cond + " AND date >= ?", [*extra, month_start]
        total += store.scalar(f"SELECT COALESCE(SUM(debit - credit), 0) FROM contribution_entries WHERE {where} AND {cond}",
                              [*params, *extra]) or 0
    return total


_UNPOSTED = "l.voucher_id NOT IN (SELECT id FROM vouchers WHERE posted = 0)"
_LINE_KEY = "l.date, l.voucher_id, l.id"


def _order(descending: bool, key: str = ORDER) -> str:
    return ", ".join(f"{k.strip()} DESC" for k in key.split(",")) if descending else key


def _line_bound(store: Store, f: _Filter, date_from, date_to, after, before, descending: bool, limit: int) -> str | None:
    """The date the first *limit* entries from the edge cannot pass: the nearest, over the
    voucher-line ranges that hold *limit* entries past the edge, of the date of their
    *limit*-th entry (a walk on a covering index). ``None`` when no range is that long.
    Capital contributions further than it cannot be among those entries, so their (costly)
    view is read over a few days instead of the whole period."""
    bound = None
    for where, p in f.branches:
        rng, rp = _range(date_from, date_to, after, before=before)
        row = store.db.execute(f"SELECT l.date FROM voucher_lines l WHERE {where} AND {_UNPOSTED}{rng} "
                               f"ORDER BY {_order(descending, _LINE_KEY)} LIMIT 1 OFFSET ?", [*p, *rp, limit - 1]).fetchone()
        if row is not None:
            bound = row[0] if bound is None else (max(bound, row[0]) if descending else min(bound, row[0]))
    return bound


def _line_keys(store: Store, f: _Filter, date_from, date_to, after, before, descending: bool, limit: int,
               offset: int = 0) -> list[tuple]:
    """Keys of the voucher lines past the edge in book order (or reverse), merged over the
    line ranges without a sort (compound ``ORDER BY`` on covering indexes)."""
    parts, params = [], []
    for where, p in f.branches:
        rng, rp = _range(date_from, date_to, after, before=before)
        parts.append(f"SELECT l.date, l.voucher_id, l.id FROM voucher_lines l WHERE {where} AND {_UNPOSTED}{rng}")
        params += [*p, *rp]
    if not parts:
        return []
    d = " DESC" if descending else ""
    return [tuple(r) for r in store.db.execute(
        f"{' UNION ALL '.join(parts)} ORDER BY 1{d}, 2{d}, 3{d} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()]


def _contrib_keys(store: Store, f: _Filter, date_from, date_to, lo, hi, lo_incl: bool, hi_incl: bool,
                  descending: bool, count: bool = False, limit: int = -1, offset: int = 0):
    """The capital contributions' keys between *lo* and *hi* (book-order bounds, None = the
    period's edge; *_incl*: the bound itself included), in book order or reverse; with
    *count* only their number."""
    where, p = f.contrib
    rng, rp = _range(date_from, date_to, lo, col="", key=ORDER, before=hi, after_incl=lo_incl, before_incl=hi_incl)
    sql = f"FROM {_CONTRIB_KEYS} WHERE {where}{rng}"
    if count:
        return store.scalar(f"SELECT COUNT(*) {sql}", [*p, *rp])
    d = " DESC" if descending else ""
    return [tuple(r) for r in store.db.execute(f"SELECT date, k1, entry_key {sql} ORDER BY 1{d}, 2{d}, 3{d} LIMIT ? OFFSET ?",
                                                [*p, *rp, limit, offset]).fetchall()]


def _key_at(store: Store, f: _Filter, date_from, date_to, after, before, descending: bool, offset: int) -> tuple | None:
    """The key of the *offset*-th entry (1-based) from the edge, or None past the end.

    The voucher lines are walked on their covering indexes to their *offset*-th key ``KL``;
    the entry sought is at or before ``KL``. The capital contributions up to ``KL`` are
    counted (``c``, a tenth of a year's entries at most); the entry is then among the last
    ``c + 1`` lines up to ``KL`` and the contributions between them, which are merged — so
    the contributions are never sorted together with half a year of lines."""
    lines = _line_keys(store, f, date_from, date_to, after, before, descending, 1, offset - 1)
    if not f.contrib:
        return lines[0] if lines else None
    if not lines:
        # fewer lines than *offset* past the edge: every line and contribution, merged
        every = _line_keys(store, f, date_from, date_to, after, before, descending, offset)
        lo, hi = (after, before)
        contrib = _contrib_keys(store, f, date_from, date_to, lo, hi, False, False, descending, limit=offset)
        merged = sorted(every + contrib, reverse=descending)
        return merged[offset - 1] if len(merged) >= offset else None
    kl = lines[0]

    def between(near, far, count=False, limit=-1, offset_=0):
        """Contributions from *near* to *far* in walking order (near exclusive when it is the edge)."""
        if descending:
            return _contrib_keys(store, f, date_from, date_to, far, near, True, near is not before,
                                 True, count, limit, offset_)
        return _contrib_keys(store, f, date_from, date_to, near, far, near is not after, True,
                             False, count, limit, offset_)

    edge = before if descending else after
    c = between(edge, kl, count=True)
    if c == 0:
        return kl
    t = min(c + 1, offset)
    if descending:
        rest = _line_keys(store, f, date_from, date_to, kl, before, False, t - 1)
    else:
        rest = _line_keys(store, f, date_from, date_to, after, kl, True, t - 1)
    tail = rest[::-1] + [kl]  # in walking order, ending at KL
    near = between(tail[0], kl)  # the contributions among the tail's lines
    pos = t - (c - len(near))  # 1-based, in the merge of the tail and those contributions
    if pos <= 0:
        return between(edge, kl, limit=1, offset_=offset - 1)[0]
    return sorted(tail + near, reverse=descending)[pos - 1]


def _skip(store: Store, f: _Filter, date_from, date_to, after, before, descending: bool, offset: int,
          movement: bool) -> tuple[tuple | None, int]:
    """``(key, moved)``: the key of the *offset*-th entry counted from the edge (*after* going
    forward, *before* going backward; the period's start or end when None) and the sum of
    debit − credit of the *offset* entries skipped (0 when not *movement*). ``(None, 0)`` when
    the book has fewer entries. Reads the covering indexes only (no voucher columns)."""
    key = _key_at(store, f, date_from, date_to, after, before, descending, offset)
    if key is None:
        return None, 0
    if not movement:
        return key, 0
    # the skipped entries are those between the edge and *key* (inclusive): one SUM per range
    lo, hi = (after, key) if not descending else (key, before)
    incl = {"after_incl": descending, "before_incl": not descending}
    moved = 0
    for where, p in f.branches:
        rng, rp = _range(date_from, date_to, lo, before=hi, **incl)
        moved += store.scalar(f"SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM voucher_lines l WHERE {where} "
                              f"AND {_UNPOSTED}{rng}", [*p, *rp]) or 0
    if f.contrib:
        where, p = f.contrib
        rng, rp = _range(date_from, date_to, lo, col="", key=ORDER, before=hi, **incl)
        moved += store.scalar(f"SELECT COALESCE(SUM(debit - credit), 0) FROM {_CONTRIB_KEYS} WHERE {where}{rng}",
                              [*p, *rp]) or 0
    return key, moved


def _movement_at(store: Store, f: _Filter, key: tuple) -> int:
    """debit − credit of the entry *key* (0 when it is not in the book)."""
    total = 0
    for where, p in f.branches:
        total += store.scalar(f"SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM voucher_lines l WHERE {where} "
                              f"AND {_UNPOSTED} AND ({_LINE_KEY}) = (?, ?, ?)", [*p, *key]) or 0
    if f.contrib:
        where, p = f.contrib
        total += store.scalar(f"SELECT COALESCE(SUM(debit - credit), 0) FROM {_CONTRIB_KEYS} WHERE {where} "
                              f"AND date = ? AND ({ORDER}) = (?, ?, ?)", [*p, key[0], *key]) or 0
    return total


def _page(store: Store, f: _Filter, date_from, date_to, after, limit: int, carried: int | None = None,
          balances: bool = True, before: tuple | None = None, descending: bool = False, offset: int = 0) -> list[dict]:
    """One page of the book *f*; see :func:`ledger_page` for the arguments."""
    date_from, date_to = _d(date_from), _d(date_to)
    after = tuple(after) if after is not None else None
    before = tuple(before) if before is not None else None
    if limit <= 0:
        return []
    # base: the running balance at the page's edge (forward: after the entries up to and
    # including *after*; backward: after every entry before *before*)
    if not balances:
        base = 0
    elif carried is not None:
        base = carried
    elif not descending:
        base = _sum_before(store, f, date_from, after)
    elif before is None:
        base = _count_totals(store, f, date_from, date_to)["closing"]
    else:
        base = _sum_before(store, f, date_from, before) - _movement_at(store, f, before)
    if offset > 0:
        edge, moved = _skip(store, f, date_from, date_to, after, before, descending, offset, balances)
        if edge is None:
            return []
        if descending:
            before, base = edge, base - moved
        else:
            after, base = edge, base + moved
    parts, params = [], []
    for where, p in f.branches:
        rng, rp = _range(date_from, date_to, after, before=before)
        parts.append(f"SELECT * FROM (SELECT {_LINE_COLS} FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id "
                     f"WHERE {where} AND v.posted = 1{rng} ORDER BY {_order(descending, _LINE_KEY)} LIMIT ?)")
        params += [*p, *rp, limit]
    if f.contrib:
        where, p = f.contrib
        bound = _line_bound(store, f, date_from, date_to, after, before, descending, limit)
        lo_date, hi_date = date_from, date_to
        if bound is not None and descending:
            lo_date = max(x for x in (date_from, bound) if x)
        elif bound is not None:
            hi_date = min(x for x in (date_to, bound) if x)
        rng, rp = _range(lo_date, hi_date, after, col="", key=ORDER, before=before)
        parts.append(f"SELECT * FROM (SELECT * FROM contribution_entries WHERE {where}{rng} ORDER BY {_order(descending)} LIMIT ?)")
        params += [*p, *rp, limit]
    if not parts:
        return []
    if descending:
        # balance of a row = the balance at the edge minus the movements of the rows after it
        window = (f"? - COALESCE(SUM(debit - credit) OVER (ORDER BY {_order(True)} "
                  "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)")
    else:
        window = f"? + SUM(debit - credit) OVER (ORDER BY {ORDER} ROWS UNBOUNDED PRECEDING)"
    sql = (f"SELECT *, {window} AS balance "
           f"FROM ({' UNION ALL '.join(parts)}) ORDER BY {_order(descending)} LIMIT ?")
    rows = store.query(sql, [base, *params, limit])
    for r in rows:
        r["key"] = (r["date"], r["k1"], r["entry_key"])
        if not balances:
            r["balance"] = 0
    return rows


def opening_balance(store: Store, account: str, date_from: dt.date | str | None,
                    member_id: int | None = None, party_id: int | None = None) -> int:
    """Balance of *account* (with its details) before *date_from*, debit-positive đồng."""
    return _sum_before(store, _Filter(store, account, member_id, party_id), _d(date_from))


def ledger_page(store: Store, account: str, date_from=None, date_to=None, after: tuple | None = None,
                limit: int = 500, member_id: int | None = None, party_id: int | None = None,
                carried: int | None = None, before: tuple | None = None, descending: bool = False,
                offset: int = 0) -> list[dict]:
    """One page of the ledger of *account* (sổ cái) with running ``balance``; see module doc.

    Forward (default): at most *limit* rows after the key *after* (``None``: from the period's
    start), in book order. *carried*: the ``balance`` of the row *after* (the opening balance
    when *after* is None) — saves one SUM over every earlier entry when scrolling on.

    Backward (*descending*): at most *limit* rows before the key *before* (``None``: from the
    period's end), **latest first** (``ORDER BY date DESC, k1 DESC, entry_key DESC`` on the
    same indexes); a row's balance is the balance at the edge minus the movements after it.
    *carried*: the running balance after every entry before *before* (the ``balance`` of the
    row just before it; with *before* None the period's closing balance, as
    :func:`ledger_totals` gives it); without it the closing balance is computed.

    *offset*: first skip that many rows from the edge (a jump to a position: the skipped keys
    are read from the covering indexes and their movements summed, no voucher is read).
    Returns ``[]`` past the end."""
    return _page(store, _Filter(store, account, member_id, party_id), date_from, date_to, after, limit, carried,
                 before=before, descending=descending, offset=offset)


def _count_totals(store: Store, f: _Filter, date_from, date_to, sums: bool = True, opening: bool = True) -> dict:
    """``count`` of the entries of *f* in the period; with *sums* also ``debit``, ``credit``;
    with *opening* also ``opening`` (the balance before the period) and ``closing``. Whole
    accounts read whole months from the monthly totals (store.ledger_sums), counterparties
    their index ranges."""
    date_from, date_to = _d(date_from), _d(date_to)
    if f.accounts is not None:
        debit, credit, count = ledger_sums.total(store, date_from, date_to, f.accounts)
        row = {"count": count, "debit": debit, "credit": credit}
    else:
        row = _scan_totals(store, f, date_from, date_to, sums)
    if not sums:
        return {"count": row["count"]}
    if opening:
        row["opening"] = _sum_before(store, f, date_from)
        row["closing"] = row["opening"] + row["debit"] - row["credit"]
    return row


def _scan_totals(store: Store, f: _Filter, date_from: str | None, date_to: str | None, sums: bool = True) -> dict:
    """Count (and with *sums* debit and credit) of a counterparty's entries in the period,
    read through its index."""
    row = {"count": 0, "debit": 0, "credit": 0}
    what = "COUNT(*), COALESCE(SUM({p}debit), 0), COALESCE(SUM({p}credit), 0)" if sums else "COUNT(*), 0, 0"
    for where, params in f.branches:
        rng, rp = _range(date_from, date_to, None)
        c, d, k = store.db.execute(
            f"SELECT {what.format(p='l.')} FROM voucher_lines l "
            f"WHERE {where}{rng} AND {_UNPOSTED}", [*params, *rp]).fetchone()
        row["count"] += c
        row["debit"] += d
        row["credit"] += k
    if f.contrib:
        where, params = f.contrib
        rng, rp = _range(date_from, date_to, None, col="", key=ORDER)
        c, d, k = store.db.execute(f"SELECT {what.format(p='')} "
                                   f"FROM {_CONTRIB_KEYS} WHERE {where}{rng}", [*params, *rp]).fetchone()
        row["count"] += c
        row["debit"] += d
        row["credit"] += k
    return row


def ledger_count(store: Store, account: str, date_from=None, date_to=None, member_id=None, party_id=None) -> int:
    """Number of entries of *account* in the period (a COUNT over the index ranges the pages
    read; no balance is computed)."""
    return _count_totals(store, _Filter(store, account, member_id, party_id), date_from, date_to, sums=False)["count"]


def ledger_totals(store: Store, account: str, date_from=None, date_to=None, member_id=None, party_id=None) -> dict:
    """``{"opening", "debit", "credit", "closing", "count"}`` of *account* for the period (đồng,
    balances debit-positive)."""
    return _count_totals(store, _Filter(store, account, member_id, party_id), date_from, date_to)


def cash_book_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500,
                   carried: int | None = None, before: tuple | None = None, descending: bool = False,
                   offset: int = 0) -> list[dict]:
    """Cash book (sổ quỹ tiền mặt) rows: ledger of 111 with ``receipt_no`` (debit rows),
    ``payment_no`` (credit rows), ``received``, ``paid`` and running ``balance`` (tồn quỹ).
    Paging arguments as :func:`ledger_page` (backward pages come latest first)."""
    rows = ledger_page(store, "111", date_from, date_to, after, limit, carried=carried, before=before,
                       descending=descending, offset=offset)
    for r in rows:
        r["receipt_no"] = r["number"] if r["debit"] else ""
        r["payment_no"] = r["number"] if r["credit"] else ""
        r["received"], r["paid"] = r["debit"], r["credit"]
    return rows


def bank_book_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500,
                   carried: int | None = None, before: tuple | None = None, descending: bool = False,
                   offset: int = 0) -> list[dict]:
    """Bank book (sổ tiền gửi ngân hàng) rows: ledger of 112 with ``deposited`` (gửi vào),
    ``withdrawn`` (rút ra) and running ``balance`` (còn lại). Paging as :func:`ledger_page`."""
    rows = ledger_page(store, "112", date_from, date_to, after, limit, carried=carried, before=before,
                       descending=descending, offset=offset)
    for r in rows:
        r["deposited"], r["withdrawn"] = r["debit"], r["credit"]
    return rows


def journal_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500,
                 before: tuple | None = None, descending: bool = False, offset: int = 0) -> list[dict]:
    """General journal (nhật ký chung): every line in book order (``balance`` is 0 here).
    Paging as :func:`ledger_page` (backward pages come latest first)."""
    return _page(store, _Filter(store), date_from, date_to, after, limit, balances=False,
                 before=before, descending=descending, offset=offset)


def journal_count(store: Store, date_from=None, date_to=None, sums: bool = True) -> dict:
    """``{"count", "debit", "credit", "opening", "closing"}`` of the general journal in the
    period (debit = credit). ``opening`` and ``closing`` are 0 without being summed: every
    posted voucher balances (trigger ``vouchers_post_balanced``) and every capital
    contribution posts a debit and a credit of the same amount on the same day. Without
    *sums* only ``{"count"}`` (a COUNT over the date index)."""
    t = _count_totals(store, _Filter(store), date_from, date_to, sums=sums, opening=False)
    if sums:
        t["opening"] = t["closing"] = 0
    return t


def _party_filter(store: Store, kind: str, counterparty_id: int, account: str | None) -> _Filter:
    if kind == "member":
        return _Filter(store, account, member_id=counterparty_id, exclude_money=account is None)
    if kind in ("customer", "supplier"):
        return _Filter(store, account, party_id=counterparty_id, exclude_money=account is None)
    raise ValueError(f"unknown counterparty kind {kind!r}")


def subsidiary_page(store: Store, kind: str, counterparty_id: int, date_from=None, date_to=None,
                    account: str | None = None, after: tuple | None = None, limit: int = 500,
                    carried: int | None = None, before: tuple | None = None, descending: bool = False,
                    offset: int = 0) -> list[dict]:
    """Subsidiary ledger (sổ chi tiết) of a member / customer / supplier; see module doc.
    Paging as :func:`ledger_page` (backward pages come latest first)."""
    return _page(store, _party_filter(store, kind, counterparty_id, account), date_from, date_to, after, limit, carried,
                 before=before, descending=descending, offset=offset)


def subsidiary_count(store: Store, kind: str, counterparty_id: int, date_from=None, date_to=None,
                     account: str | None = None) -> int:
    """Number of rows of :func:`subsidiary_page` in the period (no balance computed)."""
    return _count_totals(store, _party_filter(store, kind, counterparty_id, account), date_from, date_to,
                         sums=False)["count"]


def subsidiary_totals(store: Store, kind: str, counterparty_id: int, date_from=None, date_to=None,
                      account: str | None = None) -> dict:
    """Totals of :func:`subsidiary_page` for the period."""
    return _count_totals(store, _party_filter(store, kind, counterparty_id, account), date_from, date_to)


def trial_balance(store: Store, date_from, date_to, level: int | None = None) -> list[dict]:
    """Trial balance (bảng cân đối tài khoản) for the period; see module doc. Accounts with
    neither a balance nor movements are left out."""
    date_from, date_to = _d(date_from), _d(date_to)
    sums: dict[str, list[int]] = {}
    # opening: everything before date_from; movements: the period (store.ledger_sums)
    before = ledger_sums.sums_before(store, date_from) if date_from is not None else {}
    for column, part in ((0, before), (1, ledger_sums.sums(store, date_from, date_to))):
        for acct, (debit, credit, _n) in part.items():
            acc = sums.setdefault(acct[:int(level)] if level else acct, [0, 0, 0])
            if column == 0:
                acc[0] += debit - credit
            else:
                acc[1] += debit
                acc[2] += credit
    rows = [{"account": a, "opening": v[0], "debit": v[1], "credit": v[2]} for a, v in sorted(sums.items())]
    names = {r["code"]: r["name"] for r in store.query("SELECT code, name FROM accounts")}
    out = []
    for r in rows:
        opening, closing = r["opening"], r["opening"] + r["debit"] - r["credit"]
        if not (opening or r["debit"] or r["credit"] or closing):
            continue
        out.append({
            "account": r["account"], "name": names.get(r["account"], ""),
            "opening_debit": max(opening, 0), "opening_credit": max(-opening, 0),
            "debit": r["debit"], "credit": r["credit"],
            "closing_debit": max(closing, 0), "closing_credit": max(-closing, 0),
        })
    return out


def trial_balance_totals(rows: list[dict]) -> dict:
    """Column totals of :func:`trial_balance` rows (each debit column equals its credit column)."""
    keys = ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit")
    return {k: sum(r[k] for r in rows) for k in keys}
