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
from ocop_desktop.store.db import Store

__all__ = [
    "opening_balance", "ledger_page", "ledger_count", "ledger_totals", "cash_book_page", "bank_book_page",
    "journal_page", "journal_count", "subsidiary_page", "subsidiary_totals", "trial_balance", "trial_balance_totals",
    "ORDER",
]

#: Book order of ``ledger_entries``.
ORDER = "date, k1, entry_key"

_COLS = ("entry_key, voucher_id, contribution_id, number, vtype, date, category, description, account, "
         "contra, debit, credit, member_id, party_id, internal, k1")


def _d(value: dt.date | str | None) -> str | None:
    return iso(value) if isinstance(value, dt.date) else value


def _filter(account: str | None = None, member_id: int | None = None, party_id: int | None = None,
            exclude_money: bool = False) -> tuple[list[str], list]:
    clauses, params = [], []
    if account:
        clauses.append("account >= ? AND account < ?")
        params += [account, account + ":"]
    if member_id is not None:
        clauses.append("member_id = ?")
        params.append(member_id)
    if party_id is not None:
        clauses.append("party_id = ?")
        params.append(party_id)
    if exclude_money:
        clauses.append("NOT (account >= '111' AND account < '113')")
    return clauses, params


def _sum_before(store: Store, clauses: list[str], params: list, date_from: str | None,
                after: tuple | None = None, period_from: str | None = None) -> int:
    cl, pa = list(clauses), list(params)
    if after is None:
        if date_from is None:
            return 0
        cl.append("date < ?")
        pa.append(date_from)
    else:
        cl.append(_after_clause(inclusive=True))
        pa += [after[0], after[0], after[1], after[1], after[2]]
    where = " AND ".join(cl) if cl else "1"
    return store.scalar(f"SELECT COALESCE(SUM(debit - credit), 0) FROM ledger_entries WHERE {where}", pa) or 0


def _after_clause(inclusive: bool = False) -> str:
    op = "<=" if inclusive else ">"
    return f"(date {op[0]} ? OR (date = ? AND (k1 {op[0]} ? OR (k1 = ? AND entry_key {op} ?))))"


def _page(store: Store, clauses: list[str], params: list, date_from, date_to, after, limit: int) -> list[dict]:
    date_from, date_to = _d(date_from), _d(date_to)
    base = _sum_before(store, clauses, params, date_from, after)
    cl, pa = list(clauses), list(params)
    if date_from:
        cl.append("date >= ?")
        pa.append(date_from)
    if date_to:
        cl.append("date <= ?")
        pa.append(date_to)
    if after is not None:
        cl.append(_after_clause())
        pa += [after[0], after[0], after[1], after[1], after[2]]
    where = " AND ".join(cl) if cl else "1"
    sql = (f"SELECT *, ? + SUM(debit - credit) OVER (ORDER BY {ORDER} ROWS UNBOUNDED PRECEDING) AS balance "
           f"FROM (SELECT {_COLS} FROM ledger_entries WHERE {where} ORDER BY {ORDER} LIMIT ?) ORDER BY {ORDER}")
    rows = store.query(sql, [base, *pa, limit])
    for r in rows:
        r["key"] = (r["date"], r["k1"], r["entry_key"])
    return rows


def opening_balance(store: Store, account: str, date_from: dt.date | str | None,
                    member_id: int | None = None, party_id: int | None = None) -> int:
    """Balance of *account* (with its details) before *date_from*, debit-positive đồng."""
    clauses, params = _filter(account, member_id, party_id)
    return _sum_before(store, clauses, params, _d(date_from))


def ledger_page(store: Store, account: str, date_from=None, date_to=None, after: tuple | None = None,
                limit: int = 500, member_id: int | None = None, party_id: int | None = None) -> list[dict]:
    """One page of the ledger of *account* (sổ cái) with running ``balance``; see module doc."""
    clauses, params = _filter(account, member_id, party_id)
    return _page(store, clauses, params, date_from, date_to, after, limit)


def _count_totals(store: Store, clauses: list[str], params: list, date_from, date_to) -> dict:
    date_from, date_to = _d(date_from), _d(date_to)
    cl, pa = list(clauses), list(params)
    if date_from:
        cl.append("date >= ?")
        pa.append(date_from)
    if date_to:
        cl.append("date <= ?")
        pa.append(date_to)
    where = " AND ".join(cl) if cl else "1"
    row = store.query(f"SELECT COUNT(*) AS count, COALESCE(SUM(debit), 0) AS debit, COALESCE(SUM(credit), 0) AS credit "
                      f"FROM ledger_entries WHERE {where}", pa)[0]
    row["opening"] = _sum_before(store, clauses, params, date_from)
    row["closing"] = row["opening"] + row["debit"] - row["credit"]
    return row


def ledger_count(store: Store, account: str, date_from=None, date_to=None, member_id=None, party_id=None) -> int:
    """Number of entries of *account* in the period."""
    clauses, params = _filter(account, member_id, party_id)
    return _count_totals(store, clauses, params, date_from, date_to)["count"]


def ledger_totals(store: Store, account: str, date_from=None, date_to=None, member_id=None, party_id=None) -> dict:
    """``{"opening", "debit", "credit", "closing", "count"}`` of *account* for the period (đồng,
    balances debit-positive)."""
    clauses, params = _filter(account, member_id, party_id)
    return _count_totals(store, clauses, params, date_from, date_to)


def cash_book_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500) -> list[dict]:
    """Cash book (sổ quỹ tiền mặt) rows: ledger of 111 with ``receipt_no`` (debit rows),
    ``payment_no`` (credit rows), ``received``, ``paid`` and running ``balance`` (tồn quỹ)."""
    rows = ledger_page(store, "111", date_from, date_to, after, limit)
    for r in rows:
        r["receipt_no"] = r["number"] if r["debit"] else ""
        r["payment_no"] = r["number"] if r["credit"] else ""
        r["received"], r["paid"] = r["debit"], r["credit"]
    return rows


def bank_book_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500) -> list[dict]:
    """Bank book (sổ tiền gửi ngân hàng) rows: ledger of 112 with ``deposited`` (gửi vào),
    ``withdrawn`` (rút ra) and running ``balance`` (còn lại)."""
    rows = ledger_page(store, "112", date_from, date_to, after, limit)
    for r in rows:
        r["deposited"], r["withdrawn"] = r["debit"], r["credit"]
    return rows


def journal_page(store: Store, date_from=None, date_to=None, after: tuple | None = None, limit: int = 500) -> list[dict]:
    """General journal (nhật ký chung): every line in book order (``balance`` is meaningless here)."""
    return _page(store, [], [], date_from, date_to, after, limit)


def journal_count(store: Store, date_from=None, date_to=None) -> dict:
    """``{"count", "debit", "credit", ...}`` of the general journal in the period (debit = credit)."""
    return _count_totals(store, [], [], date_from, date_to)


def _party_filter(kind: str, counterparty_id: int, account: str | None) -> tuple[list[str], list]:
    if kind == "member":
        return _filter(account, member_id=counterparty_id, exclude_money=account is None)
    if kind in ("customer", "supplier"):
        return _filter(account, party_id=counterparty_id, exclude_money=account is None)
    raise ValueError(f"unknown counterparty kind {kind!r}")


def subsidiary_page(store: Store, kind: str, counterparty_id: int, date_from=None, date_to=None,
                    account: str | None = None, after: tuple | None = None, limit: int = 500) -> list[dict]:
    """Subsidiary ledger (sổ chi tiết) of a member / customer / supplier; see module doc."""
    clauses, params = _party_filter(kind, counterparty_id, account)
    return _page(store, clauses, params, date_from, date_to, after, limit)


def subsidiary_totals(store: Store, kind: str, counterparty_id: int, date_from=None, date_to=None,
                      account: str | None = None) -> dict:
    """Totals of :func:`subsidiary_page` for the period."""
    clauses, params = _party_filter(kind, counterparty_id, account)
    return _count_totals(store, clauses, params, date_from, date_to)


def trial_balance(store: Store, date_from, date_to, level: int | None = None) -> list[dict]:
    """Trial balance (bảng cân đối tài khoản) for the period; see module doc. Accounts with
    neither a balance nor movements are left out."""
    date_from, date_to = _d(date_from), _d(date_to)
    key = f"substr(account, 1, {int(level)})" if level else "account"
    rows = store.query(
        f"""SELECT {key} AS account,
                   SUM(CASE WHEN date < ? THEN debit - credit ELSE 0 END) AS opening,
                   SUM(CASE WHEN date >= ? THEN debit ELSE 0 END) AS debit,
                   SUM(CASE WHEN date >= ? THEN credit ELSE 0 END) AS credit
              FROM ledger_entries WHERE date <= ?
             GROUP BY {key} ORDER BY {key}""",
        [date_from, date_from, date_from, date_to],
    )
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
