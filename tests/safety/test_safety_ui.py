"""Safety in the GUI: history page and model, restore dialog, Back up to…, users at start,
read-only open naming the holder, error dialog on open (issue 6 items 1, 3, 4, 5)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from ocop_desktop.domain.members import Member
from ocop_desktop.store import audit, backup
from ocop_desktop.store import members as members_store
from ocop_desktop.ui.ask import Ask

TODAY = dt.date(2026, 11, 29)
ROOT = Path(__file__).resolve().parent.parent.parent


def _changes(store):
    audit.set_actor(store.db.conn, "Chị Lan")
    member = members_store.get_member(store, 1)
    member.phone = "0912345678"
    member.capital_committed = 31_000_000
    members_store.save_member(store, member, today=TODAY)
    audit.set_actor(store.db.conn, "Anh Minh")
    with store.atomic() as db:
        db.execute("UPDATE cooperative SET phone = '02103123456' WHERE id = 1")


def test_audit_model_and_page_filters(qtbot, qtmodeltester, demo_store, qsettings_isolated):
    from ocop_desktop.ui.main_window import MainWindow
    from ocop_desktop.ui.models.audit import AuditTableModel, changes_text
    _changes(demo_store)
    model = AuditTableModel(demo_store)
    qtmodeltester.check(model)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("audit")
    newest = page.model.entry(0)
    assert newest["app_user"] == "Anh Minh" and newest["table_name"] == "cooperative"
    page.user.setCurrentIndex(page.user.findData("Chị Lan"))
    page.table.setCurrentIndex(page.table.findData("members"))
    assert page.model.rowCount() == 1
    text = changes_text(page.model.entry(0))
    # the change made above, as the screen shows it: money 1.250.000 ₫ style
    assert "Vốn góp cam kết: 30.000.000 ₫ → 31.000.000 ₫" in text
    assert "Số điện thoại: 0900000201 → 0912345678" in text
    assert page.count.text() == "1 thay đổi"
    page.search.setText("không có giá trị này")
    assert page.model.rowCount() == 0


def test_record_history_dialog(qtbot, qtmodeltester, demo_store):
    from PySide6.QtCore import Qt
    from ocop_desktop.ui.pages.audit import RecordHistoryDialog
    _changes(demo_store)
    dialog = RecordHistoryDialog(demo_store, "members", 1)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    updates = [r[2:] for r in rows if r[2] == "sửa đổi"]
    assert updates == [["sửa đổi", "Số điện thoại", "0900000201", "0912345678"],
                       ["sửa đổi", "Vốn góp cam kết", "30.000.000 ₫", "31.000.000 ₫"]]
    money = model.index(rows.index(next(r for r in rows if r[3] == "Vốn góp cam kết" and r[2] == "sửa đổi")), 5)
    assert money.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert rows[0][2] == "thêm mới"  # oldest first: the member was added by the demo


def test_export_history_xlsx_and_csv(qtbot, demo_store, tmp_path, monkeypatch):
    from ocop_desktop.exports.audit import export_audit
    import openpyxl
    _changes(demo_store)
    ids = audit.entry_ids(demo_store, table="members", row_id=1, action="update")
    export_audit(demo_store, ids, tmp_path / "h.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "h.xlsx").active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][:3] == ["Thời điểm", "Người dùng", "Tài khoản máy tính"]
    assert sorted(tuple(r[6:12]) for r in rows[1:]) == [
        ("Số điện thoại", "0900000201", "0912345678", "phone", "0900000201", "0912345678"),
        ("Vốn góp cam kết", "30.000.000 ₫", "31.000.000 ₫", "capital_committed", "30000000", "31000000")]
    export_audit(demo_store, ids, tmp_path / "h.csv")
    assert "0912345678" in (tmp_path / "h.csv").read_text(encoding="utf-8-sig")


def test_restore_dialog_shows_date_size_and_contents(qtbot, demo_store, monkeypatch):
    from ocop_desktop.ui.dialogs.backup import RestoreDialog
    made = backup.make_backup(demo_store.db.conn, demo_store.path, "manual", now=dt.datetime(2026, 11, 28, 17, 5, 0))
    dialog = RestoreDialog(demo_store.path)
    qtbot.addWidget(dialog)
    row = [dialog.list.item(i).text() for i in range(dialog.list.count())].index(
        next(dialog.list.item(i).text() for i in range(dialog.list.count()) if "28/11/2026 17:05" in dialog.list.item(i).text()))
    dialog.list.setCurrentRow(row)
    text = dialog.summary.text()
    assert "28/11/2026 17:05" in text and "15 thành viên" in text and "15 lần góp vốn" in text
    assert "Liên Gia Trang" in text and (" KB" in text or " MB" in text)
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    dialog.restore_button.click()
    assert dialog.chosen == made


def test_restore_from_menu_replaces_data_and_reopens(qtbot, demo_store, monkeypatch):
    from ocop_desktop.store.db import open_store
    from ocop_desktop.ui import safety_menu
    from ocop_desktop.ui.main_window import MainWindow
    saved = backup.make_backup(demo_store.db.conn, demo_store.path, "manual", now=dt.datetime(2026, 11, 1, 9, 0, 0))
    with demo_store.atomic() as db:
        db.execute("UPDATE cooperative SET name = 'Tên sai' WHERE id = 1")
    reopened = []

    def reopen(path):
        reopened.append(open_store(path))

    window = MainWindow(demo_store, open_file=reopen)
    qtbot.addWidget(window)
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a: None))
    assert safety_menu.do_restore(window, saved)
    assert reopened[0].scalar("SELECT name FROM cooperative").startswith("Hợp tác xã")
    reopened[0].close()
    before = [b for b in backup.list_backups(demo_store.path) if b.reason == "before-restore"]
    assert len(before) == 1


def test_back_up_to_usb(qtbot, demo_store, tmp_path, monkeypatch):
    from ocop_desktop.ui import safety_menu
    from ocop_desktop.ui.main_window import MainWindow
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    target = tmp_path / "usb" / "htx.ocop"
    target.parent.mkdir()
    told = []
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(target)))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: told.append(text)))
    assert safety_menu.back_up_to(window) == target
    assert backup.check_file(target) == ("ok", [])
    assert "đã ghi và kiểm tra" in told[0].lower()
    errors = []
    from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
    monkeypatch.setattr(SafetyAsk, "store_error", classmethod(lambda cls, p, err, good=None: errors.append(err)))
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(tmp_path / "missing-usb" / "x.ocop")))
    assert safety_menu.back_up_to(window) is None
    assert errors and "missing-usb" in str(errors[0])


def test_choose_user_with_password(qtbot, store):
    from ocop_desktop.ui.dialogs.audit_users import ChooseUserDialog
    audit.add_user(store, "Chị Lan", "123")
    audit.add_user(store, "Anh Minh")
    dialog = ChooseUserDialog(store)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Chị Lan", "Anh Minh"]
    dialog.list.setCurrentRow(0)
    dialog.password.setText("sai")
    assert not dialog.try_accept() and dialog.message.text() == "Sai mật khẩu."
    dialog.password.setText("123")
    assert dialog.try_accept() and dialog.chosen == "Chị Lan"
    dialog.list.setCurrentRow(1)
    assert not dialog.password.isEnabled()


def test_controller_records_chosen_user_and_names_lock_holder(qtbot, store, monkeypatch, qsettings_isolated):
    from ocop_desktop.app import Controller
    from ocop_desktop.ui import safety_menu
    audit.add_user(store, "Anh Minh")
    path = store.path
    store.close()
    monkeypatch.setattr(safety_menu, "choose_user", lambda s, parent=None: audit.set_actor(s.db.conn, "Anh Minh") or "Anh Minh")
    told = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: told.append(text)))
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time\nfrom ocop_desktop.store.db import open_store\n"
         "s=open_store(sys.argv[1], app_user='Chị Lan')\nprint('ready', flush=True)\ntime.sleep(60)", str(path)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        controller = Controller()
        assert controller.open(path)
        qtbot.addWidget(controller.window)
        assert controller.store.read_only
        assert "Chị Lan" in told[0] and str(holder.pid) in told[0] and "chỉ đọc" in told[0]
        controller.store.close()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    controller = Controller()
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    assert not controller.store.read_only
    with controller.store.atomic() as db:
        db.execute("UPDATE cooperative SET email = 'htx@example.vn' WHERE id = 1")
    newest = audit.entry_ids(controller.store, table="cooperative")[0]
    assert audit.entries(controller.store, [newest])[newest]["app_user"] == "Anh Minh"
    controller.store.close()


def test_controller_shows_error_for_random_bytes(qtbot, tmp_path, monkeypatch, qsettings_isolated):
    from ocop_desktop.app import Controller
    from ocop_desktop.store.errors import NotADatabaseError
    from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
    path = tmp_path / "rac.ocop"
    path.write_bytes(os.urandom(5000))
    shown = []
    monkeypatch.setattr(SafetyAsk, "store_error", classmethod(lambda cls, p, err, good=None: shown.append((err, good)) or False))
    assert Controller().open(path) is False
    assert isinstance(shown[0][0], NotADatabaseError) and shown[0][1] is None


def test_edit_menu_history_of_selected_member(qtbot, demo_store, monkeypatch):
    from ocop_desktop.ui import safety_menu
    from ocop_desktop.ui.main_window import MainWindow
    _changes(demo_store)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("members")
    page.select_member(1)
    assert safety_menu.current_record(window) == ("members", 1)
    dialog = safety_menu.record_history(window)
    qtbot.addWidget(dialog)
    last = dialog.model.rowCount() - 1
    assert dialog.model.index(last, 1).data().startswith("Chị Lan")
    window.show_page("profile")
    assert safety_menu.current_record(window) == ("cooperative", 1)
    window.show_page("audit")
    told = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: told.append(text)))
    assert safety_menu.record_history(window) is None and told


def test_unexpected_error_is_logged_and_shown_without_id_numbers(qtbot, monkeypatch):
    """An unexpected exception reaches the excepthook: logged (redacted), dialog with copy
    details, no traceback on screen."""
    import logging
    from ocop_desktop import app
    from ocop_desktop.safety_log import setup_logging
    from ocop_desktop.ui.dialogs import error
    path = setup_logging()
    shown = []
    monkeypatch.setattr(error, "show_unexpected_error", lambda details, parent=None: shown.append(details))
    try:
        raise KeyError("025176000101")
    except KeyError as exc:
        app._excepthook(type(exc), exc, exc.__traceback__)
    assert "KeyError" in shown[0]
    box, copy = error.build_unexpected_error_box(shown[0])
    qtbot.addWidget(box)
    assert "025176000101" not in box.detailedText() and str(path) in box.informativeText()
    for handler in list(logging.getLogger("ocop_desktop").handlers):
        handler.flush()
        if getattr(handler, "_ocop_safety", False):
            logging.getLogger("ocop_desktop").removeHandler(handler)
            handler.close()
    text = path.read_text(encoding="utf-8")
    assert "KeyError" in text and "025176000101" not in text


def test_store_error_escaping_a_page_gets_the_plain_dialog(monkeypatch):
    from ocop_desktop import app
    from ocop_desktop.store.errors import DiskFullError
    from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
    shown = []
    monkeypatch.setattr(SafetyAsk, "store_error", classmethod(lambda cls, p, err, good=None: shown.append(err)))
    err = DiskFullError("đầy")
    app._excepthook(DiskFullError, err, None)
    assert shown == [err]


def test_read_only_medium_offers_read_only_open(qtbot, store, monkeypatch):
    """A file on a read-only medium: the dialog explains, then the file opens read-only."""
    from ocop_desktop.store import db as db_module
    from ocop_desktop.store.errors import ReadOnlyError
    from ocop_desktop.ui import safety_open
    from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
    path = store.path
    store.close()
    real = db_module._connect
    # as a write-protected USB stick does: every connection is read-only
    monkeypatch.setattr(db_module, "_connect", lambda p, ro: real(p, True))
    shown = []
    monkeypatch.setattr(SafetyAsk, "store_error", classmethod(lambda cls, p, err, good=None: shown.append(err)))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    s = safety_open.open_with_recovery(None, path)
    assert isinstance(shown[0], ReadOnlyError)
    assert s is not None and s.read_only
    assert s.scalar("SELECT name FROM cooperative") == "HTX Thử nghiệm"
    s.close()
