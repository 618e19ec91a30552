"""The books model reads any part of a book without reading the rest (issue 7: Ctrl+End and
scrollbar drags on a million-line book), through a QTableView.

Data: conftest.month, hand computation in test_books.py / test_books_backward.py — cash book
of March 2026, 13 lines, closing balance 10.700.000.
"""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ocop_desktop.store import books
from ocop_desktop.ui.models import book_table
from ocop_desktop.ui.models.book_table import LazyBookModel
from ocop_desktop.ui.models.books import BookQuery, make_source, totals_rows

U = Qt.ItemDataRole.UserRole
A, B = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
FEB = dt.date(2026, 2, 1)
CASH = [10_000_000, 13_000_000, 10_600_000, 11_800_000, 10_900_000, 10_450_000, 10_650_000,
        10_550_000, 7_550_000, 12_550_000, 10_750_000, 10_850_000, 10_700_000]


class Spy:
    """Records which reads the model asks of its source."""

    def __init__(self, source):
        self.source, self.calls = source, []
        self.columns = source.columns

    def count(self):
        return self.source.count()

    def fetch(self, after, limit):
        self.calls.append(("forward", after is None))
        return self.source.fetch(after, limit)

    def cursor(self, row):
        return self.source.cursor(row)

    def fetch_before(self, row, limit):
        self.calls.append(("backward", row is None))
        return self.source.fetch_before(row, limit)

    def fetch_at(self, position, limit, total):
        self.calls.append(("at", position))
        return self.source.fetch_at(position, limit, total)


def _col(model, key):
    return [c.key for c in model.columns].index(key)


def _rows(model, order):
    """The model's rows read in *order*, returned in row order (key and every shown cell)."""
    got = {}
    for r in order:
        got[r] = (model.row_dict(r)["key"], tuple(model.index(r, c).data() for c in range(model.columnCount())))
    return [got[r] for r in sorted(got)]


def test_scroll_to_bottom_shows_the_last_line_reading_one_page(qtbot, qtmodeltester, month):
    s = month["store"]
    q = BookQuery("cash", A, B)
    spy = Spy(make_source(s, q))
    model = LazyBookModel(spy, page=3)
    assert model.rowCount() == 13 and model.fetched == 0  # counted, nothing read yet
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 4 * 30 + 40)  # a few lines visible
    view.verticalHeader().setDefaultSectionSize(30)
    view.show()
    qtbot.waitExposed(view)
    spy.calls.clear()
    view.scrollToBottom()
    qtbot.wait(10)
    last = view.rowAt(view.viewport().height() - 1)
    assert last == 12
    bal = _col(model, "balance")
    assert model.index(12, bal).data(U) == 10_700_000 and model.index(12, bal).data() == "10.700.000 ₫"
    assert model.index(12, _col(model, "payment_no")).data() == "PC-2026-0008"
    # only the pages on screen were read (the first of them counted from the end, the
    # others by keyset from it), none from the start of the book
    top = view.rowAt(0)
    assert top > 0 and len(spy.calls) == 12 // 3 - top // 3 + 1
    assert ("forward", True) not in spy.calls and spy.calls[0][0] in ("at", "backward")
    assert [model.index(r, bal).data(U) for r in range(view.rowAt(0), 13)] == CASH[view.rowAt(0):]
    qtmodeltester.check(model)
    # Ctrl+End on a fresh model: the current line is the last one, with the closing balance
    model.refresh()
    view.scrollToTop()
    view.setCurrentIndex(model.index(0, 0))  # what clicking the first line does
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == 12
    assert model.index(12, bal).data(U) == 10_700_000
    assert view.rowAt(view.viewport().height() - 1) == 12


@pytest.mark.parametrize("page", [2, 3])
def test_backward_middle_and_forward_reads_equal_the_whole_book(month, page):
    s, a = month["store"], month["a"]
    queries = [BookQuery("cash", A, B), BookQuery("ledger", FEB, B, account="111"),
               BookQuery("subsidiary", FEB, B, kind="member", counterparty_id=a), BookQuery("journal", A, B),
               BookQuery("bank", A, B)]
    for q in queries:
        n = make_source(s, q).count()
        orders = {
            "forward": range(n),
            "backward": range(n - 1, -1, -1),
            "middle out": sorted(range(n), key=lambda r: (abs(r - n // 2), r)),
            "jumps": [r for k in (7, 3, 11, 1, 9, 5, 0, 12, 2, 10, 4, 8, 6) for r in (k * n // 13,)] + list(range(n)),
        }
        reads = {}
        for name, order in orders.items():
            for figures in (None, totals_rows(s, q)[2]):  # with the page's totals, and without
                model = LazyBookModel(make_source(s, q, figures), page=page)
                assert model.rowCount() == n
                reads[name, figures is None] = _rows(model, order)
        first = reads["forward", True]
        assert len(first) == n and all(v == first for v in reads.values()), q
    # hand values: the cash book's balances and the ledger of 111 with the contributions
    model = LazyBookModel(make_source(s, BookQuery("cash", A, B)), page=page)
    bal = _col(model, "balance")
    assert [model.index(r, bal).data(U) for r in range(12, -1, -1)] == CASH[::-1]
    model = LazyBookModel(make_source(s, BookQuery("ledger", FEB, B, account="111")), page=page)
    d = _col(model, "bal_debit")
    assert [model.index(r, d).data(U) for r in (14, 7, 1, 0)] == [10_700_000, CASH[5], 30_000_000, 10_000_000]
    # the member's subsidiary ledger on the credit side: 20.000.000, 17.600.000, 14.600.000
    model = LazyBookModel(make_source(s, BookQuery("subsidiary", FEB, B, kind="member", counterparty_id=a)), page=page)
    c = _col(model, "bal_credit")
    assert [model.index(r, c).data(U) for r in (2, 0, 1)] == [14_600_000, 20_000_000, 17_600_000]


def test_pages_kept_in_memory_are_bounded(month, monkeypatch):
    monkeypatch.setattr(book_table, "MAX_PAGES", 2)
    s = month["store"]
    model = LazyBookModel(make_source(s, BookQuery("journal", A, B)), page=3)
    assert model.rowCount() == 40  # 20 vouchers, 2 lines each (test_books.py)
    for r in range(40):
        assert model.row_dict(r)["key"]
        assert model.fetched <= 2 * 3
    assert model.row_dict(40) == {} and model.index(40, 0).data() is None


def test_printing_and_counts_use_the_same_rows(month):
    s = month["store"]
    q = BookQuery("cash", A, B)
    rows = list(book_table.iter_rows(make_source(s, q), page=4))
    assert [r["balance"] for r in rows] == CASH
    assert [r["number"] for r in rows] == [r["number"] for r in books.cash_book_page(s, A, B)]
    before, after, figures = totals_rows(s, q)
    assert figures["count"] == make_source(s, q).count() == 13
    assert (figures["opening"], figures["closing"]) == (30_000_000, 10_700_000)
