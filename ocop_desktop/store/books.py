"""The cooperative's books, read from the ``ledger_entries`` view (issue 5 item 4).

Books (columns as in the standard forms, COOPERATIVE.md "Books"): cash book (sổ quỹ tiền
mặt, account 111), bank book (sổ tiền gửi ngân hàng, 112), general journal (nhật ký chung),
ledger per account (sổ cái), subsidiary ledgers per member / customer / supplier (sổ chi
tiết), trial balance (bảng cân đối tài khoản).

Paging: every book returns at most *limit* rows after a **key** — the tuple
``(date, k1, entry_key)`` of the last row already shown (``row["key"]``), ``None`` for the
first page — so a book of 1,000,000 vouchers is read a page at a time through the indexes
(keyset pagination; never OFFSET). Running balances are computed in SQL with a window
function (``SUM(...) OVER (ORDER BY date, k1, entry_key)``) on top of the balance carried
in before the page (one indexed SUM).

Balances are signed debit-positive (``debit - credit``) in đồng; for credit-normal
accounts the UI shows ``-balance`` on the credit side.

Functions:
    ``opening_balance(store, account, date_from, member_id=None, party_id=None) -> int``
    ``ledger_page(store, account, date_from, date_to, after=None, limit=500, member_id=None,
    party_id=None) -> list[dict]`` — rows: ``key``, ``entry_key``, ``voucher_id``,
    ``contribution_id``, ``number``, ``vtype``, ``date``, ``category``, ``description``,
    ``account``, ``contra``, ``debit``, ``credit``, ``member_id``, ``party_id``, ``balance``.
    ``ledger_count(...) -> int``; ``ledger_totals(...) -> {"opening", "debit", "credit", "closing", "count"}``.
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
    "journal_page", "journal_count", "subsidiary_page", "subsidiary_totals", "trial_balance", "trial_balance_totals",
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


def _range(date_from, date_to, after, col: str = "l.", key: str = "l.date, l.voucher_id, l.id") -> tuple[str, list]:
    cl, pa = [], []
    if date_from:
        cl.append(f"{col}date >= ?")
        pa.append(date_from)
    if date_to:
        cl.append(f"{col}date <= ?")
        pa.append(date_to)
    if after is not None:
        cl.append(f"({key}) > (?, ?, ?)")
        pa += list(after)
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


def _page(store: Store, f: _Filter, date_from, date_to, after, limit: int, carried: int | None = None,
          balances: bool = True) -> list[dict]:
    date_from, date_to = _d(date_from), _d(date_to)
    after = tuple(after) if after is not None else None
    if not balances:
        base = 0
    elif carried is not None and after is not None:
        base = carried
    else:
        base = _sum_before(store, f, date_from, after)
    parts, params = [], []
    for where, p in f.branches:
        rng, rp = _range(date_from, date_to, after)
        parts.append(f"SELECT * FROM (SELECT {_LINE_COLS} FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id "
                     f"WHERE {where} AND v.posted = 1{rng} ORDER BY l.date, l.voucher_id, l.id LIMIT ?)")
        params += [*p, *rp, limit]
    if f.contrib:
        where, p = f.contrib
        rng, rp = _range(date_from, date_to, after, col="", key=ORDER)
        parts.append(f"SELECT * FROM (SELECT * FROM contribution_entries WHERE {where}{rng} ORDER BY {ORDER} LIMIT ?)")
        params += [*p, *rp, limit]
    if not parts:
        return []
    sql = (f"SELECT *, ? + SUM(debit - credit) OVER (ORDER BY {ORDER} ROWS UNBOUNDED PRECEDING) AS balance "
           f"FROM ({' UNION ALL '.join(parts)}) ORDER BY {ORDER} LIMIT ?")
    rows = store.query(sql, [base, *params, limit])
    for r in rows:
        r["key"] = (r["date"], r["k1"], r["entry_key"])
    return rows


def opening_balance(store: Store, account: str, date_from: dt.date | str | None,
                    member_id: int | None = None, party_id: int | None = None) -> int:
    """Balance of *account* (with its details) before *date_from*, debit-positive đồng."""
    return _sum_before(store, _Filter(store, account, member_id, party_id), _d(date_from))


def ledger_page(store: Store, account: str, date_from=None, date_to=None, after: tuple | None = None,
                limit: int = 500, member_id: int | None = None, party_id: int | None = None,
                carried: int | None = None) -> list[dict]:
    """One page of the ledger of *account* (sổ cái) with running ``balance``; see module doc.
    *carried*: the ``balance`` of the row *after* (saves one SUM when scrolling on)."""
    return _page(store, _Filter(store, account, member_id, party_id), date_from, date_to, after, limit, carried)


def _count_totals(store: Store, f: _Filter, date_from, date_to) -> dict:
    date_from, date_to = _d(date_from), _d(date_to)
    if f.accounts is not None:  # whole accounts: monthly totals (store.ledger_sums)
        debit, credit, count = ledger_sums.total(store, date_from, date_to, f.accounts)
        row = {"count": count, "debit": debit, "credit": credit}
    else:
        row = _scan_totals(store, f, date_from, date_to)
    row["opening"] = _sum_before(store, f, date_from)
    row["closing"] = row["opening"] + row["debit"] - row["credit"]
    return row


def _scan_totals(store: Store, f: _Filter, date_from: str | None, date_to: str | None) -> dict:
    """Count and sums of a counterparty's entries in the period, read through its index."""
    row = {"count": 0, "debit": 0, "credit": 0}
    for where, params in f.branches:
        rng, rp = _range(date_from, date_to, None)
        c, d, k = store.db.execute(
            f"SELECT COUNT(*), COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0) FROM voucher_lines l "
            f"WHERE {where}{rng} AND l.voucher_id NOT IN (SELECT id FROM vouchers WHERE posted = 0)", [*params, *rp]).fetchone()
        row["count"] += c
        row["debit"] += d
        row["credit"] += k
    if f.contrib:
        where, params = f.contrib
        rng, rp = _range(date_from, date_to, None, col="", key=ORDER)
        c, d, k = store.db.execute(f"SELECT COUNT(*), COALESCE(SUM(debit), 0), COALESCE(SUM(credit), 0) "
                                   f"FROM contribution_entries WHERE {where}{rng}", [*params, *rp]).fetchone()
        row["count"] += c
        row["debit"] += d
        row["credit"] += k
    return row


def ledger_count(store: Store, account: str, date_from=None, date_to=None, member_id=None, party_id=None) -> int:
    """Number of entries of *account* in the period."""
    return _count_totals(store, _Filter(store, account, member_id, party_id), date_from, date_to)["count"]


def ledger_totals(store: Store, account: str, date_from=None, date_to=None, member_id=None, party_id=None) -> dict:
    """``{"opening", "debit", "credit", "closing", "count"}`` of *account* for the period (đồng,
    balances debit-positive)."""
    return _count_totals(store, _Filter(store, account, member_id, party_id), date_from, date_to)


def cash_book_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500,
                   carried: int | None = None) -> list[dict]:
    """Cash book (sổ quỹ tiền mặt) rows: ledger of 111 with ``receipt_no`` (debit rows),
    ``payment_no`` (credit rows), ``received``, ``paid`` and running ``balance`` (tồn quỹ)."""
    rows = ledger_page(store, "111", date_from, date_to, after, limit, carried=carried)
    for r in rows:
        r["receipt_no"] = r["number"] if r["debit"] else ""
        r["payment_no"] = r["number"] if r["credit"] else ""
        r["received"], r["paid"] = r["debit"], r["credit"]
    return rows


def bank_book_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500,
                   carried: int | None = None) -> list[dict]:
    """Bank book (sổ tiền gửi ngân hàng) rows: ledger of 112 with ``deposited`` (gửi vào),
    ``withdrawn`` (rút ra) and running ``balance`` (còn lại)."""
    rows = ledger_page(store, "112", date_from, date_to, after, limit, carried=carried)
    for r in rows:
        r["deposited"], r["withdrawn"] = r["debit"], r["credit"]
    return rows


def journal_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500) -> list[dict]:
    """General journal (nhật ký chung): every line in book order (``balance`` is 0 here)."""
    return _page(store, _Filter(store), date_from, date_to, after, limit, balances=False)


def journal_count(store: Store, date_from=None, date_to=None) -> dict:
    """``{"count", "debit", "credit", ...}`` of the general journal in the period (debit = credit)."""
    return _count_totals(store, _Filter(store), date_from, date_to)


def _party_filter(store: Store, kind: str, counterparty_id: int, account: str | None) -> _Filter:
    if kind == "member":
        return _Filter(store, account, member_id=counterparty_id, exclude_money=account is None)
    if kind in ("customer", "supplier"):
        return _Filter(store, account, party_id=counterparty_id, exclude_money=account is None)
    raise ValueError(f"unknown counterparty kind {kind!r}")


def subsidiary_page(store: Store, kind: str, counterparty_id: int, date_from=None, date_to=None,
                    account: str | None = None, after: tuple | None = None, limit: int = 500,
                    carried: int | None = None) -> list[dict]:
    """Subsidiary ledger (sổ chi tiết) of a member / customer / supplier; see module doc."""
    return _page(store, _party_filter(store, kind, counterparty_id, account), date_from, date_to, after, limit, carried)


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
