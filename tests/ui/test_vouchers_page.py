"""Vouchers page: list model, add/edit/delete with undo, the voucher form, locked months."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import members as ms
from ocop_desktop.store import vouchers as vs
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.dialogs.voucher import VoucherDialog, VoucherForms
from ocop_desktop.ui.models.vouchers import VoucherListModel
from ocop_desktop.ui.pages.income import VouchersPage


@pytest.fixture
def coop(store):
    """The empty test cooperative with one member (Hoa) and one customer (WinMart)."""
    hoa, _ = ms.save_member(store, Member(full_name="Nguyễn Thị Hoa", sex="F", member_type="associate_no_capital"),
                            today=dt.date(2025, 1, 1))
    winmart = vs.save_party(store, vs.Party("customer", "WinMart Phú Thọ"))
    return store, hoa, winmart


def _sale(winmart, day=5, amount=2_400_000):
    return Voucher(vtype="cash_receipt", date=dt.date(2025, 3, day), amount=amount, category="sale_external",
                   description="Bán 200 hũ sắn muối chua", party_id=winmart, internal=False,
                   product="Sắn muối chua", quantity=200, unit="hũ", channel="supermarket")


def _purchase(hoa, day=10, amount=900_000):
    return Voucher(vtype="cash_payment", date=dt.date(2025, 3, day), amount=amount, category="purchase_member",
                   description="Mua 300 kg sắn của thành viên Hoa", member_id=hoa, internal=True, product="Sắn tươi",
                   quantity=300, unit="kg")


def _page(qtbot, store):
    from PySide6.QtGui import QUndoStack
    stack = QUndoStack()
    page = VouchersPage(store, stack, today=dt.date(2025, 4, 2))
    page._stack_keepalive = stack
    qtbot.addWidget(page)
    return page


def test_voucher_model_passes_model_tester_and_filters(qtmodeltester, coop):
    store, hoa, winmart = coop
    vs.save_voucher(store, _sale(winmart))
    vs.save_voucher(store, _purchase(hoa))
    model = VoucherListModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    # newest first: the purchase of 10/03 before the sale of 05/03
    assert model.index(0, 1).data() == "PC-2025-0001"
    assert model.index(1, 0).data() == "05/03/2025"
    assert model.index(1, 7).data() == "2.400.000 ₫"
    assert model.index(1, 7).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    model.set_filter(internal=True)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["PC-2025-0001"]
    model.set_filter(search="winmart")  # the counterparty's name, case-insensitive
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["PT-2025-0001"]
    model.set_filter(search="san muoi")  # accents optional
    assert model.rowCount() == 1
    model.set_filter(month="2025-02")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_unmarked_counts_as_external_in_filter(coop):
    store, hoa, winmart = coop
    v = _sale(winmart)
    v.category, v.channel, v.product, v.quantity, v.internal = "other_income", None, "", None, None
    vs.save_voucher(store, v)
    model = VoucherListModel(store)
    model.set_filter(internal=False)  # Law 17/2023 Art. 85: not marked → external
    assert model.rowCount() == 1
    assert model.index(0, 6).data() == "Bên ngoài (chưa đánh dấu)"


def test_add_through_page_then_undo_redo(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    page = _page(qtbot, store)
    monkeypatch.setattr(VoucherForms, "edit", classmethod(lambda cls, p, s, v, t="cash_receipt": (_sale(winmart), "")))
    page.add_voucher("cash_receipt")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "PT-2025-0001"
    assert page.selected_id() == page.model.voucher_id(0)
    page.undo_stack.undo()
    assert store.scalar("SELECT COUNT(*) FROM vouchers") == 0
    assert page.model.rowCount() == 0
    page.undo_stack.redo()
    # entered again with the next number: a number once used is never given again
    assert store.scalar("SELECT number FROM vouchers") == "PT-2025-0002"
    assert page.model.rowCount() == 1


def test_new_customer_typed_in_the_form_is_added(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    page = _page(qtbot, store)
    v = _sale(winmart)
    v.party_id = None
    monkeypatch.setattr(VoucherForms, "edit", classmethod(lambda cls, p, s, vv, t="cash_receipt": (v, "Co.opmart Việt Trì")))
    page.add_voucher()
    assert page.model.index(0, 4).data() == "Co.opmart Việt Trì"
    assert store.scalar("SELECT kind FROM parties WHERE name = 'Co.opmart Việt Trì'") == "customer"


def test_edit_and_delete_with_undo(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    saved = vs.save_voucher(store, _sale(winmart))
    page = _page(qtbot, store)
    page.table.setCurrentIndex(page.model.index(0, 0))

    def edit(cls, parent, s, v, t="cash_receipt"):
        v.amount = 2_500_000
        return v, ""
    monkeypatch.setattr(VoucherForms, "edit", classmethod(edit))
    page.edit_selected()
    assert store.scalar("SELECT amount FROM vouchers WHERE id = ?", [saved.id]) == 2_500_000
    page.undo_stack.undo()
    assert store.scalar("SELECT amount FROM vouchers WHERE id = ?", [saved.id]) == 2_400_000
    page.undo_stack.redo()
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: True))
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.delete_selected()
    assert store.scalar("SELECT COUNT(*) FROM vouchers") == 0
    page.undo_stack.undo()
    assert store.scalar("SELECT amount FROM vouchers") == 2_500_000


def test_locked_month_refuses_edit_with_a_message(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    vs.save_voucher(store, _sale(winmart))
    vs.lock_month(store, "2025-03", user="test")
    page = _page(qtbot, store)
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, title, text: errors.append(text)))
    monkeypatch.setattr(VoucherForms, "edit", classmethod(lambda *a, **k: pytest.fail("form must not open")))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda *a, **k: pytest.fail("must not ask")))
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.edit_selected()
    page.delete_selected()
    assert len(errors) == 2
    assert "PT-2025-0001" in errors[0] and "03/2025" in errors[0] and "khóa" in errors[0]
    assert store.scalar("SELECT amount FROM vouchers") == 2_400_000
    # the row is shown grey with a tooltip
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_adjusting_voucher_reverses_in_an_open_month(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    vs.save_voucher(store, _sale(winmart))
    vs.lock_month(store, "2025-03", user="test")
    page = _page(qtbot, store)  # today 02/04/2025, April open
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: True))
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.adjust_selected()
    row = store.query("SELECT number, date, amount, adjusts_id FROM vouchers WHERE vtype = 'journal'")[0]
    assert (row["number"], row["date"], row["amount"]) == ("PKT-2025-0001", "2025-04-02", 2_400_000)
    # reversal: Dr 511 / Cr 1111 (the sale was Dr 1111 / Cr 511)
    lines = store.query("SELECT account, debit, credit FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id "
                        "WHERE v.vtype = 'journal' ORDER BY account")
    assert [(r["account"], r["debit"], r["credit"]) for r in lines] == [("1111", 0, 2_400_000), ("511", 2_400_000, 0)]


def test_lock_and_unlock_month_ask_first(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    vs.save_voucher(store, _sale(winmart))
    page = _page(qtbot, store)
    page.month_filter.set_value("2025-03")
    assert page.lock_button.isEnabled() and not page.unlock_button.isEnabled()
    answers = [False, True]
    asked = []
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: asked.append(text) or answers.pop(0)))
    page.lock_month()
    assert vs.locked_months(store) == []
    page.lock_month()
    assert vs.locked_months(store) == ["2025-03"]
    assert "03/2025" in asked[0]
    assert "khóa" in page.status.text()
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: True))
    page.unlock_month()
    assert vs.locked_months(store) == []


def test_dialog_builds_a_sale_and_lists_problems(qtbot, coop):
    store, hoa, winmart = coop
    dialog = VoucherDialog(store, None, None, "cash_receipt", today=dt.date(2025, 3, 5))
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("sale_external"))
    assert dialog.kind.value() == "customer" and not dialog.product.isHidden()
    assert dialog.internal.value() is False  # a sale to outside buyers is external by default
    dialog.counterparty.setEditText("WinMart Phú Thọ")
    dialog.description.setText("Bán 200 hũ sắn muối chua")
    dialog.amount.setText("2.400.000")
    dialog.product.setCurrentText("Sắn muối chua")
    dialog.quantity.setValue(200)
    # no channel yet: refused, the message names the channel
    assert dialog.try_accept() is False
    assert "kênh" in dialog.problems.text().lower()
    dialog.channel.set_value("supermarket")
    assert dialog.try_accept() is True
    v = dialog.result_voucher
    assert (v.party_id, v.amount, v.channel, v.quantity, v.date) == (winmart, 2_400_000, "supermarket", 200, dt.date(2025, 3, 5))


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_dialog_member_category_needs_a_member_and_refuses_decimals(qtbot, coop):
    store, hoa, winmart = coop
    dialog = VoucherDialog(store, None, None, "cash_payment", today=dt.date(2025, 3, 5))
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("purchase_member"))
    assert dialog.kind.value() == "member" and not dialog.kind.isEnabled()
    assert dialog.internal.value() is True
    dialog.amount.setText("12,5")
    assert dialog.try_accept() is False
    assert "12,5" in dialog.problems.text()
    dialog.amount.setText("900.000")
    dialog.product.setCurrentText("Sắn tươi")
    assert dialog.try_accept() is False  # no member chosen
    assert dialog.counterparty_stack.currentWidget() is dialog.member_picker
    dialog.member_picker.setFocus()
    qtbot.keyClicks(dialog.member_picker, "hoa")  # typed without accents, picked with Enter
    assert dialog.member_picker.matches() and dialog.member_picker.matches()[0][0] == hoa
    dialog.member_picker.completer_.popup().hide()
    dialog.show()  # the default "save" button only answers Enter in a shown dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.member_picker, Qt.Key.Key_Return)
    assert dialog.member_picker.value() == hoa
    # the Enter that picked the member did not also press "save" (the voucher is complete,
    # so a save would have accepted and closed the dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.try_accept() is True
    assert dialog.result_voucher.member_id == hoa


def test_dialog_refuses_a_date_in_a_locked_month(qtbot, coop):
    store, hoa, winmart = coop
    vs.lock_month(store, "2025-03", user="test")
    dialog = VoucherDialog(store, None, None, "cash_receipt", today=dt.date(2025, 3, 5))
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("other_income"))
    dialog.amount.setText("100.000")
    assert dialog.try_accept() is False
    assert "03/2025" in dialog.problems.text()
    assert store.scalar("SELECT COUNT(*) FROM vouchers") == 0


def test_dialog_round_trips_an_existing_voucher(qtbot, coop):
    store, hoa, winmart = coop
    saved = vs.save_voucher(store, _purchase(hoa))
    before = vs.get_voucher(store, saved.id)
    dialog = VoucherDialog(store, before)
    qtbot.addWidget(dialog)
    v, problems = dialog.check()
    assert problems == []
    assert v == before


def _csv(tmp_path, lines):
    path = tmp_path / "sao-ke.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_voucher_file_in_excel_unicode_text(tmp_path):
    """Excel's "Unicode Text" (UTF-16 with its byte-order mark, tab-separated) is read."""
    from ocop_desktop.imports.vouchers import read_table
    path = tmp_path / "sao-ke.txt"
    path.write_bytes("Ngày\tDiễn giải\tSố tiền\r\n06/03/2025\tTiền điện\t-350.000\r\n".encode("utf-16"))
    headers, rows = read_table(path)
    assert headers == ["Ngày", "Diễn giải", "Số tiền"]
    assert rows == [(2, ["06/03/2025", "Tiền điện", "-350.000"])]


def test_import_dialog_maps_previews_and_imports_all_or_nothing(qtbot, qtmodeltester, coop, tmp_path):
    from ocop_desktop.ui.dialogs.voucher_import import VoucherImportDialog
    store, hoa, winmart = coop
    vs.save_voucher(store, _sale(winmart))  # 05/03/2025, 2.400.000, no reference
    path = _csv(tmp_path, [
        "Ngày,Diễn giải,Số tiền,Số tham chiếu,Đối tượng",
        "05/03/2025,Bán 200 hũ sắn muối chua,2.400.000,,WinMart Phú Thọ",
        "06/03/2025,Tiền điện,-350.000,HD-77,Điện lực Cẩm Khê",
        "07/03/2025,Thu bán phế liệu,120.000,,",
    ])
    dialog = VoucherImportDialog(store, path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.mapping()["date"] == 0 and dialog.mapping()["amount"] == 2
    # row 2 is already in the books (same date, amount and empty reference): skipped
    statuses = [dialog.model.row_dict(r)["status"] for r in range(dialog.model.rowCount())]
    assert statuses[0].startswith("Đã có trong sổ")
    assert statuses[1:] == ["Mới", "Mới"]
    assert dialog.import_button.isEnabled()
    assert dialog.run_import() is True
    numbers = [v.number for v in dialog.saved]
    assert len(numbers) == 2 and store.scalar("SELECT COUNT(*) FROM vouchers") == 3
    assert store.scalar("SELECT amount FROM vouchers WHERE reference = 'HD-77'") == 350_000


def test_import_refused_while_a_row_has_a_problem(qtbot, coop, tmp_path):
    from ocop_desktop.ui.dialogs.voucher_import import VoucherImportDialog
    store, hoa, winmart = coop
    path = _csv(tmp_path, [
        "Ngày;Diễn giải;Số tiền",
        "06/03/2025;Tiền điện;-350.000",
        "31/02/2025;Ngày sai;100.000",
    ])
    dialog = VoucherImportDialog(store, path)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "1 dòng có lỗi" in dialog.summary.text()
    assert "31/02/2025" in dialog.model.row_dict(1)["status"]
    assert dialog.run_import() is False
    assert store.scalar("SELECT COUNT(*) FROM vouchers") == 0
    # choosing "not in the file" for the amount makes every row a problem, naming the column
    dialog.combos["amount"].setCurrentIndex(0)
    assert "cột" in dialog.model.row_dict(0)["status"]


def test_import_button_on_page(qtbot, coop, tmp_path, monkeypatch):
    from ocop_desktop.ui.dialogs.voucher_import import VoucherImports
    store, hoa, winmart = coop
    page = _page(qtbot, store)
    from PySide6.QtGui import QUndoCommand
    page.undo_stack.push(QUndoCommand("an earlier edit"))
    saved = vs.save_voucher(store, _purchase(hoa))
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: "/x.csv"))
    monkeypatch.setattr(VoucherImports, "run", classmethod(lambda cls, p, s, path: [saved]))
    told = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, text: told.append(text)))
    page.import_vouchers()
    assert page.undo_stack.count() == 0 and told and "PC-2025-0001" in told[0]
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, text: errors.append(text)))
    from ocop_desktop.ui.dialogs.voucher_import import VoucherImportDialog
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: str(tmp_path / "x.pdf")))
    monkeypatch.setattr(VoucherImports, "run", classmethod(lambda cls, p, s, path: VoucherImportDialog(s, path, p).saved))
    page.import_vouchers()  # not a table: a message naming the file, nothing written
    assert errors and "x.pdf" in errors[0]


def test_history_shows_who_changed_what(qtbot, qtmodeltester, coop, monkeypatch):
    from ocop_desktop.ui.dialogs.voucher_history import VoucherHistories, VoucherHistoryDialog, history_rows
    store, hoa, winmart = coop
    saved = vs.save_voucher(store, _sale(winmart), user="Kế toán Lan")
    changed = vs.get_voucher(store, saved.id)
    changed.amount, changed.description = 2_500_000, "Bán 210 hũ sắn muối chua"
    vs.save_voucher(store, changed, user="Kế toán Lan")
    vs.lock_month(store, "2025-03", user="Giám đốc")
    rows = history_rows(store, saved.id)
    assert [r["action"] for r in rows] == ["Sửa", "Nhập mới"]  # newest first
    assert rows[0]["who"] == "Kế toán Lan"
    assert "Số tiền: 2.400.000 ₫ → 2.500.000 ₫" in rows[0]["changes"]
    assert "Diễn giải: Bán 200 hũ sắn muối chua → Bán 210 hũ sắn muối chua" in rows[0]["changes"]
    assert "PT-2025-0001" == rows[1]["number"] and "2.400.000 ₫" in rows[1]["changes"]
    everything = history_rows(store)
    assert everything[0]["action"] == "Khóa sổ tháng" and everything[0]["who"] == "Giám đốc"
    dialog = VoucherHistoryDialog(store, saved.id, "PT-2025-0001")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    page = _page(qtbot, store)
    shown = []
    monkeypatch.setattr(VoucherHistories, "show", classmethod(lambda cls, p, s, vid, number="": shown.append((vid, number))))
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.show_history()
    assert shown == [(saved.id, "PT-2025-0001")]


def test_print_voucher_on_its_form(qtbot, coop, monkeypatch, tmp_path):
    from ocop_desktop.ui.book_print import Printing, render_html_pdf
    from ocop_desktop.ui.voucher_print import voucher_html
    store, hoa, winmart = coop
    saved = vs.save_voucher(store, _purchase(hoa))  # 900.000 ₫ paid to Hoa
    text = voucher_html(store, saved.id)
    # form 02-TT (Circular 71/2024): title, number, accounts, payee, amount in words, signatures
    for needle in ("PHIẾU CHI", "Mẫu số 02-TT", "PC-2025-0001", "Nợ: 611", "Có: 1111", "Nguyễn Thị Hoa",
                   "900.000 đồng", "Chín trăm nghìn đồng", "Thủ quỹ", "Người nhận tiền"):
        assert needle in text, needle
    assert render_html_pdf(text, tmp_path / "pc.pdf") == 1
    page = _page(qtbot, store)
    shown = []
    monkeypatch.setattr(Printing, "preview_html", classmethod(lambda cls, p, title, h, landscape=False: shown.append(title)))
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, m: errors.append(m)))
    page.print_selected()
    assert errors and not shown  # nothing selected
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.print_button.click()
    assert shown == ["PC-2025-0001"]


def test_journal_voucher_with_typed_lines_is_not_opened_in_the_form(qtbot, coop, monkeypatch):
    store, hoa, winmart = coop
    vs.save_voucher(store, _sale(winmart))
    page = _page(qtbot, store)  # today 02/04/2025
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: True))
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.adjust_selected()  # a reversing journal voucher with its own lines
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, text: errors.append(text)))
    monkeypatch.setattr(VoucherForms, "edit", classmethod(lambda *a, **k: pytest.fail("form must not open")))
    page.select_voucher(store.scalar("SELECT id FROM vouchers WHERE vtype = 'journal'"))
    page.edit_selected()
    assert errors and "PKT-2025-0001" in errors[0]


def test_free_general_journal_voucher_with_typed_lines(qtbot, qtmodeltester, coop):
    """Issue 5 item 2: a general journal voucher whose lines the accountant types; an
    unbalanced one is refused, a balanced one saves with its lines (TT 71 accounts)."""
    store, hoa, winmart = coop
    dialog = VoucherDialog(store, None, None, "journal", today=dt.date(2025, 3, 5))
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("journal"))
    assert dialog.lines_box.isVisibleTo(dialog) and not dialog.amount.isEnabled()
    qtmodeltester.check(dialog.lines_model)
    m = dialog.lines_model
    edit = Qt.ItemDataRole.EditRole
    m.setData(m.index(0, 0), "642", edit)   # management cost
    m.setData(m.index(0, 1), 300_000, edit)
    m.setData(m.index(1, 0), "331", edit)   # payable to the supplier
    m.setData(m.index(1, 2), 200_000, edit)
    dialog.description.setText("Chi phí điện tháng 3 chưa trả")
    assert dialog.try_accept() is False  # 300.000 debit against 200.000 credit
    m.setData(m.index(1, 2), 300_000, edit)
    assert dialog.try_accept() is True
    v = dialog.result_voucher
    assert v.amount == 300_000 and [(ln.account, ln.debit, ln.credit) for ln in v.lines] == [("642", 300_000, 0), ("331", 0, 300_000)]
    saved = vs.save_voucher(store, v)
    again = vs.get_voucher(store, saved.id)
    assert sorted((ln.account, ln.debit, ln.credit) for ln in again.lines) == [("331", 0, 300_000), ("642", 300_000, 0)]
    assert dialog.amount.value() == 300_000  # the amount shown is the total debit
