"""Books page: every book's model passes the model tester; vouchers entered on the vouchers
page appear in the cash book with the right running balance; print and XLSX."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.domain.members import Member
from ocop_desktop.store import members as ms
from ocop_desktop.store import vouchers as vs
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.book_print import Printing
from ocop_desktop.ui.dialogs.voucher import VoucherForms
from ocop_desktop.ui.models.books import BOOKS
from ocop_desktop.ui.pages.books import BooksPage, period_presets
from ocop_desktop.ui.pages.income import VouchersPage

U = Qt.ItemDataRole.UserRole


@pytest.fixture
def coop(store):
    hoa, _ = ms.save_member(store, Member(full_name="Nguyễn Thị Hoa", sex="F", member_type="associate_no_capital"),
                            today=dt.date(2025, 1, 1))
    winmart = vs.save_party(store, vs.Party("customer", "WinMart Phú Thọ"))
    # February: an opening cash balance of 3.000.000 ₫ (other income)
    vs.save_voucher(store, Voucher("cash_receipt", dt.date(2025, 2, 10), 3_000_000, "other_income", internal=False))
    return store, hoa, winmart


def _col(model, key):
    return [c.key for c in model.columns].index(key)


def test_voucher_entered_on_page_appears_in_cash_book_with_running_balance(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    stack = QUndoStack()
    vouchers = VouchersPage(store, stack, today=dt.date(2025, 3, 31))
    qtbot.addWidget(vouchers)
    entered = [
        Voucher("cash_receipt", dt.date(2025, 3, 5), 2_400_000, "sale_external", "Bán 200 hũ sắn muối chua",
                party_id=winmart, internal=False, product="Sắn muối chua", quantity=200, channel="supermarket"),
        Voucher("cash_payment", dt.date(2025, 3, 10), 900_000, "purchase_member", "Mua 300 kg sắn của thành viên Hoa",
                member_id=hoa, internal=True, product="Sắn tươi", quantity=300),
        Voucher("cash_payment", dt.date(2025, 3, 12), 350_000, "management_expense", "Tiền điện tháng 3"),
    ]
    for v in entered:
        monkeypatch.setattr(VoucherForms, "edit", classmethod(lambda cls, p, s, vv, t="cash_receipt", v=v: (v, "")))
        vouchers.add_voucher(v.vtype)
    books = BooksPage(store, today=dt.date(2025, 3, 31))
    qtbot.addWidget(books)
    books.choose("cash", period="m3", year=2025)
    m = books.model
    assert m.rowCount() == 3
    bal = _col(m, "balance")
    # by hand: opening 3.000.000; +2.400.000 = 5.400.000; −900.000 = 4.500.000; −350.000 = 4.150.000
    assert [m.index(r, bal).data(U) for r in range(3)] == [5_400_000, 4_500_000, 4_150_000]
    assert m.index(0, bal).data() == "5.400.000 ₫"
    assert m.index(0, _col(m, "receipt_no")).data() == "PT-2025-0002"
    assert m.index(1, _col(m, "payment_no")).data() == "PC-2025-0001"
    assert m.index(1, _col(m, "paid")).data() == "900.000 ₫"
    assert m.index(1, _col(m, "received")).data() == ""
    assert m.index(0, 0).data() == "05/03/2025"
    assert "3.000.000 ₫" in books.opening.text()
    assert "4.150.000 ₫" in books.totals.text()
    # undo the last payment on the vouchers page: the cash book follows
    stack.undo()
    books.refresh()
    assert m.rowCount() == 2 and m.index(1, bal).data(U) == 4_500_000


def test_every_book_model_passes_model_tester(qtmodeltester, qtbot, coop):
    store, hoa, winmart = coop
    vs.save_voucher(store, Voucher("bank_receipt", dt.date(2025, 3, 5), 7_000_000, "sale_external", party_id=winmart,
                                   internal=False, product="Sắn muối chua", channel="ecommerce"))
    vs.save_voucher(store, Voucher("cash_payment", dt.date(2025, 3, 10), 900_000, "purchase_member", member_id=hoa,
                                   internal=True, product="Sắn tươi"))
    page = BooksPage(store, today=dt.date(2025, 3, 31))
    qtbot.addWidget(page)
    for key in BOOKS:
        page.choose(key, account="511", kind="member", counterparty_id=hoa, period="year", year=2025)
        qtmodeltester.check(page.model)
        assert page.model.rowCount() > 0, key
    # the trial balance balances: total debit movements = total credit movements
    page.choose("trial", period="year", year=2025)
    assert "10.900.000 ₫" in page.totals.text()  # 3.000.000 + 7.000.000 + 900.000 on each side
    # the member's subsidiary ledger shows the purchase from her (Dr 611)
    page.choose("subsidiary", kind="member", counterparty_id=hoa, period="year", year=2025)
    m = page.model
    assert m.index(0, _col(m, "account")).data() == "611" and m.index(0, _col(m, "debit")).data() == "900.000 ₫"


def test_print_and_export_cash_book(qtbot, coop, monkeypatch, tmp_path):
    store, hoa, winmart = coop
    page = BooksPage(store, today=dt.date(2025, 3, 31))
    qtbot.addWidget(page)
    page.choose("cash", period="year", year=2025)
    shown = []
    monkeypatch.setattr(Printing, "preview", classmethod(lambda cls, parent, book: shown.append(book)))
    page.print_button.click()
    book = shown[0]
    rows = list(book.rows)
    assert book.title == "Sổ quỹ tiền mặt"
    assert [r["balance"] for r in rows] == [3_000_000]
    assert book.before[0]["balance"] == 0 and book.totals[-1]["balance"] == 3_000_000
    assert "Từ ngày 01/01/2025 đến ngày 31/12/2025" in book.lines
    out = tmp_path / "so-quy.xlsx"
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(out)))
    informed = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, text: informed.append(text)))
    page.export_button.click()  # written off the GUI thread
    qtbot.waitUntil(lambda: bool(informed), timeout=20000)
    assert out.exists() and page.isEnabled()
    ws = openpyxl.load_workbook(out).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "SỔ QUỸ TIỀN MẶT" in values and 3_000_000 in values


def test_period_presets():
    presets = {code: (a, b) for code, _label, a, b in period_presets(2024)}
    assert presets["year"] == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert presets["q1"] == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert presets["q4"] == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert presets["m2"] == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))  # leap year


def test_double_click_opens_the_voucher_and_the_book_follows(qtbot, coop, monkeypatch, qsettings_isolated):
    from ocop_desktop.ui.main_window import MainWindow
    store, hoa, winmart = coop
    window = MainWindow(store)
    qtbot.addWidget(window)
    page = window.show_page("books")
    page.choose("cash", period="year", year=2025)
    assert page.model.index(0, _col(page.model, "balance")).data(U) == 3_000_000

    def edit(cls, parent, s, v, t="cash_receipt"):
        v.amount = 3_200_000
        return v, ""
    monkeypatch.setattr(VoucherForms, "edit", classmethod(edit))
    page.open_line(page.model.index(0, 0))
    assert page.model.index(0, _col(page.model, "balance")).data(U) == 3_200_000
    window.undo_stack.undo()  # the edit went through the window's undo stack
    page.refresh()
    assert page.model.index(0, _col(page.model, "balance")).data(U) == 3_000_000


def test_export_cancelled_leaves_no_file(qtbot, coop, tmp_path, monkeypatch):
    import threading
    from ocop_desktop.ui.book_export import XlsxExport
    store, hoa, winmart = coop
    page = BooksPage(store, today=dt.date(2025, 3, 31))
    qtbot.addWidget(page)
    release = threading.Event()
    target = tmp_path / "x.xlsx"

    def writer(s, path):
        release.wait(10)
        path.write_bytes(b"partial")
    monkeypatch.setattr(Ask, "error", classmethod(lambda *a: pytest.fail("no error for a cancel")))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda *a: pytest.fail("a cancelled export saves nothing")))
    export = XlsxExport(page, store, writer, target, "Xuất")
    ended = []
    export.finished.connect(lambda path, error: ended.append((path, error)))
    assert not page.isEnabled()  # nothing else happens on the page meanwhile
    export.progress.canceled.emit()  # the Cancel button
    release.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended == [("", "Đã hủy xuất tệp XLSX.")] and not target.exists() and page.isEnabled()


def test_refresh_keeps_the_chosen_counterparty(qtbot, coop):
    store, hoa, winmart = coop
    other, _ = ms.save_member(store, Member(full_name="Lê Văn An", sex="M", member_type="associate_no_capital"),
                              today=dt.date(2025, 1, 1))
    page = BooksPage(store, today=dt.date(2025, 3, 31))
    qtbot.addWidget(page)
    page.choose("subsidiary", kind="member", counterparty_id=hoa, period="year", year=2025)
    page.refresh()  # coming back to the page
    assert page.counterparty.value() == hoa and page.counterparty.text() == "Nguyễn Thị Hoa"
    assert page.query().counterparty_id == hoa


# the offscreen platform cannot raise the completer's popup or give it the keyboard grab
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_counterparty_search_box_picks_by_keyboard(qtbot, coop):
    """Issue 7: the subsidiary ledger's member is found by typing, not from a list of all."""
    store, hoa, winmart = coop
    an, _ = ms.save_member(store, Member(full_name="Lê Văn An", sex="M", member_type="associate_no_capital",
                                         id_number="025068001234"), today=dt.date(2025, 1, 1))
    vs.save_voucher(store, Voucher("cash_payment", dt.date(2025, 3, 10), 900_000, "purchase_member", member_id=hoa,
                                   internal=True, product="Sắn tươi"))
    page = BooksPage(store, today=dt.date(2025, 3, 31))
    qtbot.addWidget(page)
    page.show()
    page.choose("subsidiary", kind="member", period="year", year=2025)
    box = page.counterparty
    assert box.value() is None and page.model.rowCount() == 0
    assert "chọn thành viên" in page.totals.text()  # "Choose a member, customer or supplier."
    box.setFocus()
    qtbot.keyClicks(box, "nguyen thi")  # without accents
    assert box.matches() == [(hoa, "Nguyễn Thị Hoa")]
    assert box.completer_.popup().isVisible()
    qtbot.keyClick(box.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(box.completer_.popup(), Qt.Key.Key_Return)
    assert box.value() == hoa and page.query().counterparty_id == hoa
    assert page.model.rowCount() == 1 and "900.000 ₫" in page.totals.text()
    assert "Nguyễn Thị Hoa" in page.heading.text()
    # part of an ID number; Enter without opening the list takes the first match
    box.clear()
    qtbot.keyClicks(box, "0680012")
    box.completer_.popup().hide()
    assert box.matches() == [(an, "Lê Văn An · 025068001234")]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == an and page.model.rowCount() == 0
    # customers: the same box, searching the customers
    page.choose("subsidiary", kind="customer", period="year", year=2025)
    assert box.value() is None and box.text() == ""
    qtbot.keyClicks(box, "winm")
    assert box.matches() == [(winmart, "WinMart Phú Thọ")]
    qtbot.keyClick(box.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(box.completer_.popup(), Qt.Key.Key_Return)
    assert box.value() == winmart
    # nothing found: no list, the choice stays; emptying the box clears it
    box.clear()
    qtbot.keyClicks(box, "zzz")
    assert box.matches() == [] and box.value() == winmart and not box.completer_.popup().isVisible()
    box.textEdited.emit("")  # what the clear button or deleting the last letter does
    assert box.value() is None and page.model.rowCount() == 0
