"""The import preview dialog and the export flow (issue 2 item 7)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt

from ocop_desktop.imports import members as im
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.dialogs import import_members as dlg

TODAY = dt.date(2026, 11, 29)


def _dialog(qtbot, store, path):
    d = dlg.ImportMembersDialog(store, im.read_file(path), None, TODAY)
    qtbot.addWidget(d)
    return d


def test_models_pass_the_model_tester(qtmodeltester, qtbot, store, member_sample_files):
    d = _dialog(qtbot, store, member_sample_files["members-with-errors.csv"])
    qtmodeltester.check(d.preview_model)
    qtmodeltester.check(d.problem_model)
    d2 = _dialog(qtbot, store, member_sample_files["members-title-rows.xlsx"])
    qtmodeltester.check(d2.preview_model)
    qtmodeltester.check(d2.problem_model)


def test_errors_block_the_import_and_are_listed_by_row(qtbot, store, member_sample_files):
    d = _dialog(qtbot, store, member_sample_files["members-with-errors.csv"])
    assert not d.import_button.isEnabled()
    rows = [d.problem_model.index(r, 0).data() for r in range(d.problem_model.rowCount())]
    assert rows == ["3", "4", "5", "6", "7", "8"]
    # the preview numbers rows as the spreadsheet does and tints rows with a problem
    assert d.preview_model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert d.preview_model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert d.preview_model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "02517511" in d.preview_model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    d.do_import()
    assert store.scalar("SELECT COUNT(*) FROM members") == 0


def test_import_button_counts_members_and_imports(qtbot, store, member_sample_files):
    d = _dialog(qtbot, store, member_sample_files["members-utf8-bom.csv"])
    assert d.import_button.isEnabled()
    assert "12" in d.import_button.text()
    assert [c.value() for c in d.mapping_combos][:3] == ["seq", "full_name", "sex"]
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    assert d.result() == d.DialogCode.Accepted and len(d.imported_ids) == 12
    assert store.scalar("SELECT COUNT(*) FROM members") == 12


def test_changing_the_mapping_reanalyses(qtbot, store, member_sample_files):
    d = _dialog(qtbot, store, member_sample_files["members-utf8-bom.csv"])
    paid = d.mapping_combos[11]
    # map the "paid" column to committed capital: the committed column lets the field go
    paid.setCurrentIndex(paid.findData("capital_committed"))
    assert d.mapping_combos[10].value() is None
    assert d.table.mapping["capital_committed"] == 11 and "capital_paid" not in d.table.mapping
    assert d.import_button.isEnabled()
    # unmapping the name blocks the import
    d.mapping_combos[1].setCurrentIndex(0)
    assert not d.import_button.isEnabled()
    assert d.problem_model.rowCount() == 1


def test_run_through_ask(qtbot, store, member_sample_files, monkeypatch):
    messages = []
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: str(member_sample_files["members-title-rows.xlsx"])))

    def preview(cls, parent, store_, table, today=None):
        d = dlg.ImportMembersDialog(store_, table, parent, TODAY)
        qtbot.addWidget(d)
        d.do_import()
        return d.imported_ids, d.report

    monkeypatch.setattr(Ask, "preview_member_import", classmethod(preview))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: messages.append(text)))
    assert dlg.run(None, store, TODAY) is True
    assert store.scalar("SELECT COUNT(*) FROM members") == 10
    assert "20" in messages[-1]  # the restored values are reported


def test_run_unreadable_file_shows_an_error(qtbot, store, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    errors = []
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: str(bad)))
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, title, text: errors.append(text)))
    assert dlg.run(None, store, TODAY) is False
    assert "bad.csv" in errors[0]


def test_export_flow_personal_option(qtbot, demo_store, tmp_path, monkeypatch):
    d = dlg.ExportOptionsDialog()
    qtbot.addWidget(d)
    assert d.choice() == ("xlsx", False)  # personal data unticked by default
    target = tmp_path / "so"
    monkeypatch.setattr(Ask, "member_export_options", classmethod(lambda cls, p: ("xlsx", True)))
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(target)))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a: None))
    out = dlg.export(None, demo_store, TODAY)
    assert out == tmp_path / "so.xlsx" and out.exists()
    headers = [c.value for c in openpyxl.load_workbook(out).active[8]]
    assert "Số CCCD" in headers
    monkeypatch.setattr(Ask, "member_export_options", classmethod(lambda cls, p: ("csv", False)))
    out = dlg.export(None, demo_store, TODAY)
    assert out == tmp_path / "so.csv"
    assert "Số CCCD" not in out.read_text(encoding="utf-8-sig")


def test_members_page_import_button(qtbot, store, member_sample_files, monkeypatch):
    from PySide6.QtGui import QUndoStack

    from ocop_desktop.ui.pages.members import MembersPage
    page = MembersPage(store, QUndoStack())
    qtbot.addWidget(page)
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: str(member_sample_files["members-utf8-bom.csv"])))

    def preview(cls, parent, store_, table, today=None):
        d = dlg.ImportMembersDialog(store_, table, parent, TODAY)
        d.do_import()
        return d.imported_ids, d.report

    monkeypatch.setattr(Ask, "preview_member_import", classmethod(preview))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a: None))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 12


# --- export on a worker thread with a progress dialog (issue 7) ---------------------------
def _many_members(store, n):
    from ocop_desktop.domain.members import Member
    from ocop_desktop.store import members as ms
    with store.atomic():
        for i in range(n):
            ms.write_member(store, Member(full_name=f"Nguyễn Thị Hoa {i:03d}", sex="F", join_date=dt.date(2022, 1, 1),
                                          capital_committed=1_000_000), insert=True)


def _spy_runs(monkeypatch) -> list:
    """The export runs started (their progress dialogs) from now on."""
    runs = []

    class Spy(dlg._ExportRun):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            runs.append(self)
    monkeypatch.setattr(dlg, "_ExportRun", Spy)
    return runs


def test_export_runs_on_a_worker_and_completes(qtbot, store, tmp_path, monkeypatch):
    import threading

    from ocop_desktop.exports import members as ex
    _many_members(store, 300)
    monkeypatch.setattr(ex, "_CHUNK", 50)
    threads = []
    real = ex.export_members

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)
    monkeypatch.setattr(ex, "export_members", spy)
    runs = _spy_runs(monkeypatch)
    informed = []
    monkeypatch.setattr(Ask, "member_export_options", classmethod(lambda cls, p: ("xlsx", False)))
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(tmp_path / "so.xlsx")))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: informed.append(text)))
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, *a: pytest.fail(f"error {a}")))
    out = dlg.export(None, store, TODAY)
    assert out == tmp_path / "so.xlsx"
    assert threads and threads[0] is not threading.main_thread()  # not on the GUI thread
    ws = openpyxl.load_workbook(out).active
    assert ws["B9"].value == "Nguyễn Thị Hoa 000" and ws["B308"].value == "Nguyễn Thị Hoa 299"
    assert ws["A308"].value == 300 and ws["B309"].value == "Tổng cộng"
    assert informed == [f"Đã xuất 300 thành viên ra {out}.\nKhông xuất số định danh và số điện thoại."]
    assert len(runs) == 1 and runs[0].result == (300, "ok", "") and not runs[0].thread.isRunning()


def test_export_cancelled_from_the_progress_dialog_leaves_no_file(qtbot, store, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from ocop_desktop.exports import members as ex
    _many_members(store, 300)
    monkeypatch.setattr(ex, "_CHUNK", 50)
    gate = threading.Event()
    real = ex.export_members

    def held(store_, path, include_personal=False, today=None, progress=None):
        def step(done, total):
            if done >= 100:  # hold the worker half-way until the user has pressed "Hủy"
                gate.wait(10)
            return progress(done, total)
        return real(store_, path, include_personal, today, progress=step)
    monkeypatch.setattr(ex, "export_members", held)
    runs = _spy_runs(monkeypatch)
    informed, seen = [], []
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(Ask, "member_export_options", classmethod(lambda cls, p: ("xlsx", True)))
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(out_dir / "so.xlsx")))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: informed.append(text)))
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, *a: pytest.fail(f"error {a}")))

    def press_cancel():
        d = runs[0].dialog if runs else None
        if d is not None and d.value() == 50:  # the worker reported 50 of 300, then waits
            button = d.findChild(QPushButton)
            seen.append((d.labelText(), button.text()))
            timer.stop()
            button.click()
            gate.set()
    timer = QTimer()
    timer.timeout.connect(press_cancel)
    timer.start(5)
    assert dlg.export(None, store, TODAY) is None
    timer.stop()
    gate.set()
    assert seen == [("Đang xuất sổ đăng ký thành viên… 50 / 300", "Hủy")]
    assert runs[0].result[1] == "cancelled" and not runs[0].thread.isRunning()
    assert informed == ["Đã hủy xuất: không ghi tệp nào."]
    assert list(out_dir.iterdir()) == []  # no file, no temporary file


def test_export_errors_reach_the_user(qtbot, store, tmp_path, monkeypatch):
    """A folder that cannot be written: the plain-words error dialog names the file; a bug
    in the worker: the unexpected-error dialog with the traceback, never a silent end."""
    from ocop_desktop.exports import members as ex
    from ocop_desktop.ui.dialogs import error as error_dialog
    _many_members(store, 3)
    errors, unexpected = [], []
    monkeypatch.setattr(Ask, "member_export_options", classmethod(lambda cls, p: ("csv", False)))
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(tmp_path / "no-such-folder" / "so.csv")))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a: pytest.fail(f"inform {a}")))
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, title, text: errors.append((title, text))))
    monkeypatch.setattr(error_dialog, "show_unexpected_error", lambda details, parent=None: unexpected.append(details))
    assert dlg.export(None, store, TODAY) is None
    assert len(errors) == 1 and errors[0][0] == "Xuất danh sách thành viên" and "no-such-folder" in errors[0][1]

    def broken(*args, **kwargs):
        raise RuntimeError("bug in the writer")
    monkeypatch.setattr(ex, "export_members", broken)
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a: str(tmp_path / "so.csv")))
    assert dlg.export(None, store, TODAY) is None
    assert len(unexpected) == 1 and "RuntimeError: bug in the writer" in unexpected[0] and len(errors) == 1
    assert not (tmp_path / "so.csv").exists()
