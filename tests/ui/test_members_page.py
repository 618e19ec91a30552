"""Members page: model checks, the search-edit-reopen flow, undo."""

import dataclasses
import unicodedata

import pytest
from PySide6.QtCore import Qt

from ocop_desktop.store import members as ms
from ocop_desktop.store.db import open_store
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.main_window import MainWindow
from ocop_desktop.ui.models.members import MemberTableModel


def test_member_model_passes_qt_model_tester(qtmodeltester, demo_store):
    model = MemberTableModel(demo_store)
    qtmodeltester.check(model)
    model.set_filter("duc")
    qtmodeltester.check(model)


def test_model_formats_money_dates_and_aligns_right(demo_store):
    model = MemberTableModel(demo_store)
    model.set_filter("Nguyễn Văn Đức")
    cols = [c for c, _ in model.COLUMNS]
    assert model.index(0, cols.index("birth_date")).data() == "14/03/1968"
    money = model.index(0, cols.index("capital_committed"))
    assert money.data() == "20.000.000 ₫"
    assert money.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def _window(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def test_open_search_edit_close_reopen(qtbot, tmp_path, demo_template, monkeypatch, qsettings_isolated):
    import shutil
    path = tmp_path / "flow.ocop"
    shutil.copy(demo_template, path)
    store = open_store(path)
    window = _window(qtbot, store)
    page = window.show_page("members")
    qtbot.keyClicks(page.search, "duc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data() == "Nguyễn Văn Đức"
    page.table.setCurrentIndex(page.model.index(0, 0))

    def edit(parent, store_, member):
        return dataclasses.replace(member, phone="0900000299", notes="Đã sửa")
    monkeypatch.setattr(Ask, "edit_member", classmethod(lambda cls, p, s, m: edit(p, s, m)))
    page.edit_selected()
    assert page.model.index(0, 5).data() == "0900000299"
    window.close()
    store.close()

    store = open_store(path)
    ids = ms.member_ids(store, unicodedata.normalize("NFD", "Nguyễn Văn Đức"))
    member = ms.get_member(store, ids[0])
    assert (member.phone, member.notes) == ("0900000299", "Đã sửa")
    store.close()


def test_add_then_undo_redo(qtbot, demo_store, monkeypatch, qsettings_isolated):
    from ocop_desktop.domain.members import Member
    window = _window(qtbot, demo_store)
    page = window.show_page("members")
    before = demo_store.scalar("SELECT COUNT(*) FROM members")
    new = Member(full_name="Mai Thị Xuân", sex="F", member_type="associate_no_capital")
    monkeypatch.setattr(Ask, "edit_member", classmethod(lambda cls, p, s, m: new))
    page.add_member()
    assert demo_store.scalar("SELECT COUNT(*) FROM members") == before + 1
    window.undo_stack.undo()
    assert demo_store.scalar("SELECT COUNT(*) FROM members") == before
    window.undo_stack.redo()
    assert demo_store.scalar("SELECT COUNT(*) FROM members WHERE full_name = 'Mai Thị Xuân'") == 1


def test_member_dialog_refuses_invalid_and_names_field(qtbot, store):
    from ocop_desktop.ui.dialogs.member import MemberDialog
    dialog = MemberDialog(store)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Lê Văn Thắng")
    dialog.sex.set_value("M")
    dialog.capital_committed.setText("12,5")
    assert dialog.try_accept() is False
    assert "12,5" in dialog.problems.text()
    assert store.scalar("SELECT COUNT(*) FROM members") == 0


def test_delete_member_with_capital_refused(qtbot, demo_store, monkeypatch, qsettings_isolated):
    window = _window(qtbot, demo_store)
    page = window.show_page("members")
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, text: errors.append(text)))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: pytest.fail("must not ask")))
    page.table.setCurrentIndex(page.model.index(0, 0))
    before = demo_store.scalar("SELECT COUNT(*) FROM members")
    page.delete_selected()
    assert errors and demo_store.scalar("SELECT COUNT(*) FROM members") == before


def test_keyboard_search_then_enter_edits(qtbot, demo_store, monkeypatch, qsettings_isolated):
    window = _window(qtbot, demo_store)
    page = window.show_page("members")
    seen = []
    monkeypatch.setattr(Ask, "edit_member", classmethod(lambda cls, p, s, m: seen.append(m.full_name)))
    page.search.setFocus()
    qtbot.keyClicks(page.search, "hang")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # to the results, first row selected
    assert page.table.hasFocus() or page.table.currentIndex().isValid()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # edit it
    assert seen == ["Nguyễn Thị Hằng"]
