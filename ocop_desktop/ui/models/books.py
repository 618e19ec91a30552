"""The cooperative's books as lazily-fetched sources for :class:`LazyBookModel`.

Each :class:`BookSpec` names a book, its columns (the standard forms' columns, COOPERATIVE.md
"Books"), what it needs chosen (an account, a member/customer/supplier), how to read a page
(:mod:`ocop_desktop.store.books`, keyset pages with running balances from SQL), its totals
(opening, movements, closing) and its XLSX writer (:mod:`ocop_desktop.exports.books_xlsx`).
:class:`BookQuerySource` reads a book from any position (its row count known, the last page
read backward from the closing balance), so Ctrl+End on a year of a million-voucher file
reads one page (issue 7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ocop_desktop.exports import books_xlsx
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import books
from ocop_desktop.store.db import Store
from ocop_desktop.ui.models.book_table import BookColumn, FunctionSource

__all__ = ["BookSpec", "BOOKS", "BookQuery", "BookQuerySource", "make_source", "totals_rows", "split_balance"]


def split_balance(balance: int | None) -> tuple[int | None, int | None]:
    """A debit-positive balance as ``(debit side, credit side)`` (the other side ``None``)."""
    if balance is None:
        return None, None
    return (balance if balance > 0 else None, -balance if balance < 0 else None)


@dataclass(frozen=True)
class BookSpec:
    """One book: *key*, English *title* (``N_``), *columns*, *needs* ``None`` /
    ``"account"`` / ``"counterparty"``, *paged* (False: the trial balance, read whole —
    one row per account)."""

    key: str
    title: str
    columns: list[BookColumn] = field(default_factory=list)
    needs: str | None = None
    paged: bool = True


_DATE = BookColumn("date", N_("Entry date"), "date", 85)
_NO = BookColumn("number", N_("Voucher no."), "text", 110)
_DESC = BookColumn("description", N_("Particulars"), "text", 420)
_CONTRA = BookColumn("contra", N_("Contra account"), "text", 85)
_ACCOUNT = BookColumn("account", N_("Account"), "text", 125)
_DEBIT = BookColumn("debit", N_("Debit"), "money", 120)
_CREDIT = BookColumn("credit", N_("Credit"), "money", 120)
_BAL_D = BookColumn("bal_debit", N_("Balance (debit)"), "money", 125)
_BAL_C = BookColumn("bal_credit", N_("Balance (credit)"), "money", 125)

BOOKS: dict[str, BookSpec] = {b.key: b for b in [
    BookSpec("cash", N_("Cash book"), [
        _DATE, BookColumn("receipt_no", N_("Receipt no."), "text", 110), BookColumn("payment_no", N_("Payment no."), "text", 110),
        _DESC, BookColumn("received", N_("Received"), "money", 120), BookColumn("paid", N_("Paid out"), "money", 120),
        BookColumn("balance", N_("Cash balance"), "money", 130)]),
    BookSpec("bank", N_("Bank book"), [
        _DATE, _NO, _DESC, _CONTRA, BookColumn("deposited", N_("Deposited"), "money", 120),
        BookColumn("withdrawn", N_("Withdrawn"), "money", 120), BookColumn("balance", N_("Balance"), "money", 130)]),
    BookSpec("journal", N_("General journal"), [_DATE, _NO, _DESC, _ACCOUNT, _CONTRA, _DEBIT, _CREDIT]),
    BookSpec("ledger", N_("Ledger of an account"), [_DATE, _NO, _DESC, _CONTRA, _DEBIT, _CREDIT, _BAL_D, _BAL_C],
             needs="account"),
    BookSpec("trial", N_("Trial balance"), [
        BookColumn("account", N_("Account"), "text", 70), BookColumn("name", N_("Account name"), "text", 260),
        BookColumn("opening_debit", N_("Opening debit"), "money", 120), BookColumn("opening_credit", N_("Opening credit"), "money", 120),
        BookColumn("debit", N_("Debit in period"), "money", 120), BookColumn("credit", N_("Credit in period"), "money", 120),
        BookColumn("closing_debit", N_("Closing debit"), "money", 120), BookColumn("closing_credit", N_("Closing credit"), "money", 120)],
        paged=False),
    BookSpec("subsidiary", N_("Subsidiary ledger of a member, customer or supplier"),
             [_DATE, _NO, _DESC, _ACCOUNT, _CONTRA, _DEBIT, _CREDIT, _BAL_D, _BAL_C], needs="counterparty"),
]}


@dataclass(frozen=True)
class BookQuery:
    """What to show: *book* key, period *date_from*–*date_to*, *account* (ledger; optional
    for subsidiary ledgers), *kind* and *counterparty_id* (subsidiary ledgers)."""

    book: str
    date_from: dt.date
    date_to: dt.date
    account: str | None = None
    kind: str | None = None
    counterparty_id: int | None = None


def _blank_zero(row: dict, keys: tuple[str, ...]) -> dict:
    for k in keys:
        if row.get(k) == 0:
            row[k] = None
    return row


def _finish(book: str, rows: list[dict]) -> list[dict]:
    """Screen values of the store's rows: zero amounts blank, balances split by side."""
    for r in rows:
        r["_move"] = r["debit"] - r["credit"]  # kept raw: the blanked columns are for display
        if book == "cash":
            _blank_zero(r, ("received", "paid"))
        elif book == "bank":
            _blank_zero(r, ("deposited", "withdrawn"))
        else:
            if book in ("ledger", "subsidiary"):
                r["bal_debit"], r["bal_credit"] = split_balance(r["balance"])
            _blank_zero(r, ("debit", "credit"))
    return rows


class BookQuerySource:
    """The book *q* as a :class:`~ocop_desktop.ui.models.book_table.RandomAccessSource`
    over :mod:`ocop_desktop.store.books` (keyset pages forward and backward, positions).

    *figures*: the book's ``count``, ``opening`` and ``closing`` when the caller already has
    them (:func:`totals_rows`); otherwise the count is a COUNT over the book's index ranges and
    the opening/closing balances are asked of the store (``ledger_totals``) the first time a
    page needs them. Cursor: ``(key, balance)`` of a row."""

    def __init__(self, store: Store, q: BookQuery, figures: dict | None = None):
        self.store, self.q = store, q
        self.columns = list(BOOKS[q.book].columns)
        self._figures = dict(figures or {})
        self._read = self._reader()

    def _reader(self):
        store, q = self.store, self.q
        if q.book == "cash":
            return lambda **k: books.cash_book_page(store, q.date_from, q.date_to, **k)
        if q.book == "bank":
            return lambda **k: books.bank_book_page(store, q.date_from, q.date_to, **k)
        if q.book == "journal":
            return lambda carried=None, **k: books.journal_page(store, q.date_from, q.date_to, **k)
        if q.book == "ledger":
            return lambda **k: books.ledger_page(store, q.account or "111", q.date_from, q.date_to, **k)
        if q.book == "subsidiary":
            if q.counterparty_id is None:
                return None
            return lambda **k: books.subsidiary_page(store, q.kind or "member", q.counterparty_id, q.date_from,
                                                     q.date_to, q.account, **k)
        raise KeyError(q.book)

    # --- figures ------------------------------------------------------------------
    def count(self) -> int:
        """Rows of the book in the period."""
        if "count" not in self._figures:
            store, q = self.store, self.q
            if self._read is None:
                n = 0
            elif q.book in ("cash", "bank", "ledger"):
                account = {"cash": "111", "bank": "112"}.get(q.book, q.account or "111")
                n = books.ledger_count(store, account, q.date_from, q.date_to)
            elif q.book == "journal":
                n = books.journal_count(store, q.date_from, q.date_to, sums=False)["count"]
            else:
                n = books.subsidiary_count(store, q.kind or "member", q.counterparty_id, q.date_from, q.date_to, q.account)
            self._figures["count"] = n
        return self._figures["count"]

    def _balance(self, which: str) -> int | None:
        """The period's ``opening`` or ``closing`` balance (None for the journal, which has none)."""
        if self.q.book == "journal" or self._read is None:
            return None
        if which not in self._figures:
            t = _totals(self.store, self.q) or {}
            self._figures.update({k: t[k] for k in ("opening", "closing") if k in t})
        return self._figures.get(which)

    # --- pages --------------------------------------------------------------------
    def fetch(self, after, limit):
        if self._read is None:
            return []
        if after is None:
            return _finish(self.q.book, self._read(limit=limit, carried=self._balance("opening")))
        key, carried = after
        return _finish(self.q.book, self._read(after=key, limit=limit, carried=carried))

    def cursor(self, row):
        return (row["key"], row.get("balance"))

    def fetch_before(self, row, limit):
        if self._read is None:
            return []
        if row is None:
            rows = self._read(limit=limit, descending=True, carried=self._balance("closing"))
        else:
            rows = self._read(before=row["key"], limit=limit, descending=True, carried=row["balance"] - row["_move"])
        return _finish(self.q.book, rows[::-1])

    def fetch_at(self, position, limit, total):
        if self._read is None:
            return []
        if position >= total // 2:  # the last half: counted from the end, backward
            n = max(0, min(limit, total - position))
            rows = self._read(limit=n, offset=total - position - n, descending=True, carried=self._balance("closing"))
            return _finish(self.q.book, rows[::-1])
        return _finish(self.q.book, self._read(limit=limit, offset=position, carried=self._balance("opening")))


class _TrialSource(FunctionSource):
    """The trial balance (one row per account, read whole)."""

    def __init__(self, store: Store, q: BookQuery):
        rows_all = books.trial_balance(store, q.date_from, q.date_to)
        for r in rows_all:
            _blank_zero(r, ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit"))

        def fetch(after, limit):
            start = 0 if after is None else after
            return [dict(r, _index=start + i + 1) for i, r in enumerate(rows_all[start:start + limit])]
        super().__init__(BOOKS["trial"].columns, fetch, lambda r: r["_index"])


def make_source(store: Store, q: BookQuery, figures: dict | None = None) -> BookQuerySource | FunctionSource:
    """The lazily-read source of the book *q*: a :class:`BookQuerySource` (random access) for
    every book but the trial balance (a list read whole). *figures*: see
    :class:`BookQuerySource`."""
    if not BOOKS[q.book].paged:
        return _TrialSource(store, q)
    return BookQuerySource(store, q, figures)


def _totals(store: Store, q: BookQuery) -> dict | None:
    if q.book == "cash":
        return books.ledger_totals(store, "111", q.date_from, q.date_to)
    if q.book == "bank":
        return books.ledger_totals(store, "112", q.date_from, q.date_to)
    if q.book == "ledger":
        return books.ledger_totals(store, q.account or "111", q.date_from, q.date_to)
    if q.book == "subsidiary" and q.counterparty_id is not None:
        return books.subsidiary_totals(store, q.kind or "member", q.counterparty_id, q.date_from, q.date_to, q.account)
    if q.book == "journal":
        return books.journal_count(store, q.date_from, q.date_to)
    return None


def totals_rows(store: Store, q: BookQuery) -> tuple[list[dict], list[dict], dict]:
    """``(rows before the body, rows after it, figures)`` for screen and paper: opening
    balance; movements in the period; closing balance (keys as the book's columns, the
    label in ``description`` or ``name``). *figures*: ``opening``, ``debit``, ``credit``,
    ``closing``, ``count`` (đồng, balances debit-positive) where the book has them."""
    spec = BOOKS[q.book]
    if q.book == "trial":
        rows = books.trial_balance(store, q.date_from, q.date_to)
        t = books.trial_balance_totals(rows)
        return [], [dict(t, name=tr("Total"))], dict(t, count=len(rows))
    t = _totals(store, q)
    if t is None:
        return [], [], {}
    label = "description"
    if q.book == "journal":
        return [], [{label: tr("Total movements in the period"), "debit": t["debit"], "credit": t["credit"]}], t
    keys = {c.key for c in spec.columns}
    opening = {label: tr("Opening balance")}
    closing = {label: tr("Closing balance")}
    moves = {label: tr("Total movements in the period")}
    if "balance" in keys:
        opening["balance"], closing["balance"] = t["opening"], t["closing"]
        d_key, c_key = ("received", "paid") if q.book == "cash" else ("deposited", "withdrawn")
        moves[d_key], moves[c_key] = t["debit"], t["credit"]
    else:
        opening["bal_debit"], opening["bal_credit"] = split_balance(t["opening"])
        closing["bal_debit"], closing["bal_credit"] = split_balance(t["closing"])
        moves["debit"], moves["credit"] = t["debit"], t["credit"]
    return [opening], [moves, closing], t


def write_xlsx(store: Store, q: BookQuery, path) -> None:
    """Export the book *q* to *path* with the income exporter (:mod:`books_xlsx`)."""
    if q.book == "cash":
        books_xlsx.write_cash_book(store, path, q.date_from, q.date_to)
    elif q.book == "bank":
        books_xlsx.write_bank_book(store, path, q.date_from, q.date_to)
    elif q.book == "journal":
        books_xlsx.write_journal(store, path, q.date_from, q.date_to)
    elif q.book == "ledger":
        books_xlsx.write_ledger(store, path, q.account or "111", q.date_from, q.date_to)
    elif q.book == "trial":
        books_xlsx.write_trial_balance(store, path, q.date_from, q.date_to)
    elif q.book == "subsidiary":
        books_xlsx.write_subsidiary(store, path, q.kind or "member", q.counterparty_id, q.date_from, q.date_to, q.account)
