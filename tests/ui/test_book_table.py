"""The lazily-fetching book model: Qt's model tester, paging, a million-line ledger."""

import sqlite3

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ocop_desktop.ui.models.book_table import (
    BookColumn, FunctionSource, LazyBookModel, format_cell, iter_rows, mapped_source,
)

COLUMNS = [
    BookColumn("date", "Date", "date"), BookColumn("no", "Voucher no."), BookColumn("amount", "Amount", "money"),
    BookColumn("balance", "Balance", "money"),
]


def _sql_source(conn, opening=0):
    """Keyset pages over table t(id, date, amount) with the running balance from SQL."""
    def fetch(after, limit):
        carry, d, i = after if after else (opening, "", 0)
        sql = ("SELECT id, date, 'PT-' || id AS no, amount, "
               "? + SUM(amount) OVER (ORDER BY date, id ROWS UNBOUNDED PRECEDING) AS balance "
               "FROM t WHERE (date, id) > (?, ?) ORDER BY date, id LIMIT ?")
        cur = conn.execute(sql, [carry, d, i, limit])
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    return FunctionSource(COLUMNS, fetch, lambda r: (r["balance"], r["date"], r["id"]))


@pytest.fixture
def small():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, date TEXT, amount INTEGER)")
    # 450 lines: +1.000 ₫ each day-line, every 10th a payment of 5.000 ₫
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)",
                     [(i, f"2025-01-{1 + i % 28:02d}", -5000 if i % 10 == 0 else 1000) for i in range(1, 451)])
    yield conn
    conn.close()


def test_model_tester_on_paged_book(qtmodeltester, small):
    model = LazyBookModel(_sql_source(small), page=100)
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetch_all()
    qtmodeltester.check(model)
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())


def test_running_balance_carries_across_pages(small):
    model = LazyBookModel(_sql_source(small, opening=2_000_000), page=100)
    model.fetch_all()
    # by hand: 450 lines, 45 of them payments of 5.000, 405 receipts of 1.000:
    # 2.000.000 + 405 × 1.000 − 45 × 5.000 = 2.180.000
    assert model.index(449, 3).data() == "2.180.000 ₫"
    assert model.index(449, 3).data(Qt.ItemDataRole.UserRole) == 2_180_000
    # line 100 is the last of the first page, line 101 the first of the second: the balance
    # continues (not restarting from the opening balance)
    b100 = model.index(99, 3).data(Qt.ItemDataRole.UserRole)
    a101 = model.index(100, 2).data(Qt.ItemDataRole.UserRole)
    assert model.index(100, 3).data(Qt.ItemDataRole.UserRole) == b100 + a101


def test_formats_and_alignment(small):
    model = LazyBookModel(_sql_source(small), page=50)
    assert model.row_dict(0)["date"] == "2025-01-01"
    assert model.index(0, 0).data() == "01/01/2025"
    assert model.index(0, 1).data() == "PT-28"
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert format_cell("money", 1250000) == "1.250.000 ₫"
    assert format_cell("money", -300000, symbol=False) == "-300.000"
    assert format_cell("money", None) == ""
    assert format_cell("date", "2025-02-05") == "05/02/2025"
    assert format_cell("qty", 12000) == "12.000"


def test_empty_source_and_no_source(qtmodeltester):
    model = LazyBookModel(FunctionSource(COLUMNS, lambda after, limit: []))
    assert model.rowCount() == 0 and model.complete
    qtmodeltester.check(model)
    none = LazyBookModel(None)
    assert none.rowCount() == 0 and none.columnCount() == 0


def test_iter_rows_reads_everything_in_order(small):
    rows = list(iter_rows(_sql_source(small), page=64))
    assert len(rows) == 450
    assert [r["id"] for r in rows[:3]] == [28, 56, 84]  # day 01: ids ≡ 0 mod 28, by id


def test_mapped_source_makes_rows_only_for_the_pages_read():
    """A report over 10,000 objects turns only the pages read into row dicts, in order."""
    made = []

    def to_row(n):
        made.append(n)
        return {"day": f"2026-01-{n % 28 + 1:02d}", "ref": f"PT{n}"}
    source = mapped_source(COLUMNS, range(10_000), to_row)
    first = source.fetch(None, 100)
    assert [r["ref"] for r in first[:2]] == ["PT0", "PT1"] and len(made) == 100
    second = source.fetch(source.cursor(first[-1]), 100)
    assert second[0]["ref"] == "PT100" and second[0]["_pos"] == 101 and len(made) == 200
    rows = list(iter_rows(mapped_source(COLUMNS, range(250), to_row), page=64))
    assert [r["ref"] for r in rows] == [f"PT{n}" for n in range(250)]


def test_million_line_ledger_opens_and_scrolls(qtbot, tmp_path):
    """Issue 5 item 4: a ledger of 1,000,000 vouchers opens and scrolls without loading them all."""
    conn = sqlite3.connect(tmp_path / "big.sqlite")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, date TEXT NOT NULL, amount INTEGER NOT NULL)")
    conn.execute(
        "INSERT INTO t (id, date, amount) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
        "SELECT i, date('2020-01-01', '+' || (i / 1000) || ' days'), CASE WHEN i % 2 THEN 3000 ELSE -1000 END FROM n")
    conn.execute("CREATE INDEX t_date ON t (date, id)")
    calls = []
    source = _sql_source(conn)
    inner = source._fetch
    source._fetch = lambda after, limit: calls.append(limit) or inner(after, limit)
    model = LazyBookModel(source)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 200
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(1)
    assert 200 < model.rowCount() <= 200 * 8
    assert model.canFetchMore(QModelIndex())
    assert len(calls) == model.rowCount() // 200
    # the balance after n lines: odd ids +3.000, even ids −1.000 (ids 1..999 are day 2020-01-01 …)
    n = model.rowCount()
    ids = [model.row_dict(r)["id"] for r in range(n)]
    expected = sum(3000 if i % 2 else -1000 for i in ids)
    assert model.index(n - 1, 3).data(Qt.ItemDataRole.UserRole) == expected
    conn.close()
