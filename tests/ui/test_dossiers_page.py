"""Dossiers page (issue 4): models, checklist display, attach/export/print/verify flows."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import Qt

from ocop_desktop.demo import DEMO_TODAY
from ocop_desktop.demo_dossiers import demo_png
from ocop_desktop.exports.dossier_zip import check_zip
from ocop_desktop.store.dossiers import get_dossier
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.models.dossiers import ChecklistModel, DossierTableModel, ZipFilesModel
from ocop_desktop.ui.pages import dossiers as page_module
from ocop_desktop.ui.pages.dossiers import DossiersPage


@pytest.fixture
def page(qtbot, demo_store):
    p = DossiersPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(p)
    p.resize(1366, 700)
    p.show()
    return p


def _select_item(page, key):
    model = page.checklist_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole) == key:
            page.checklist_view.setCurrentIndex(model.index(row, 0))
            return row
    raise AssertionError(key)


def test_models_pass_qt_model_tester(qtmodeltester, demo_store, page):
    qtmodeltester.check(DossierTableModel(demo_store, today=DEMO_TODAY))
    qtmodeltester.check(page.checklist_model)
    qtmodeltester.check(ChecklistModel())
    qtmodeltester.check(ZipFilesModel([{"path": "a.pdf", "size": 2048, "sha256": "0" * 64}]))


def test_checklist_shows_flags_and_blockers(page):
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Sắn muối chua Liên Gia Trang"
    assert "%" in page.summary.text()
    row = _select_item(page, "C8b:periodic_test_report")
    state = page.checklist_model.index(row, 5).data()
    assert state == "Quá cũ"  # dated 10/06/2025, more than 12 months before 29/11/2026
    assert page.checklist_model.index(row, 3).data() == "10/06/2025"
    texts = [page.blockers.item(i).text() for i in range(page.blockers.count())]
    assert any("10/06/2025" in t for t in texts)
    assert page.files.count() == 1
    from ocop_desktop.ui.pages.dossiers import HAS_QTPDF
    if HAS_QTPDF:  # PySide6-Addons: the first PDF page is drawn
        assert not page.preview.pixmap().isNull()
    else:  # PySide6-Essentials alone has no QtPdf: the page says so
        assert "QtPdf" in page.preview.text()


def test_image_preview(page):
    _select_item(page, "A2c:label_images")
    assert page.files.count() == 1
    assert not page.preview.pixmap().isNull()


def test_attach_checks_content(page, monkeypatch, tmp_path):
    _select_item(page, "C10:usage_instructions")
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, text: errors.append(text)))
    fake = tmp_path / "hướng dẫn.pdf"
    fake.write_bytes(b"MZ not really a pdf")
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, parent, title, filters: str(fake)))
    page.attach()
    assert errors and "hướng dẫn.pdf" in errors[0]
    good = tmp_path / "hướng dẫn.png"
    good.write_bytes(demo_png())
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, parent, title, filters: str(good)))
    page.attach()
    assert page.current_id() is not None  # the dossier stays selected after attaching
    row = _select_item(page, "C10:usage_instructions")
    assert page.checklist_model.index(row, 2).data() == "1"


def test_export_print_and_verify(qtbot, page, monkeypatch, tmp_path):
    target = tmp_path / "out" / "hồ sơ.zip"
    target.parent.mkdir()
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, parent, title, filters, suggested="": str(target)))
    with qtbot.waitSignal(page.exported, timeout=60000) as blocker:
        assert page.export()  # runs in a worker thread over its own read-only connection
    assert blocker.args == [str(target)] and check_zip(target).ok

    from PySide6.QtPrintSupport import QPrinter
    pdf = tmp_path / "printed.pdf"

    def fake_printer(cls, parent):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer
    monkeypatch.setattr(Ask, "printer", classmethod(fake_printer))
    assert page.print_documents()
    assert pdf.read_bytes().startswith(b"%PDF")

    shown = {}
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, parent, title, filters: str(target)))
    monkeypatch.setattr(Ask, "view_verified_dossier", classmethod(lambda cls, parent, path, manifest: shown.update(manifest)))
    page.open_zip()
    assert shown["product"]["name"] == "Sắn muối chua Liên Gia Trang"

    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../evil.pdf", b"%PDF-")
    errors = []
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, parent, title, filters: str(bad)))
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, text: errors.append(text)))
    page.open_zip()
    assert errors and "evil.pdf" in errors[0]
    assert not (tmp_path.parent / "evil.pdf").exists()


def test_verified_dialog_opens_files(qtbot, page, monkeypatch, tmp_path):
    from ocop_desktop.exports.dossier_export import export_dossier
    from ocop_desktop.ui.dialogs.dossier import VerifiedDossierDialog
    path = export_dossier(page.store, page.current_id(), tmp_path, DEMO_TODAY)
    result = check_zip(path)
    dialog = VerifiedDossierDialog(path, result.manifest, page)
    qtbot.addWidget(dialog)
    opened = []
    monkeypatch.setattr(page_module, "open_with_system", lambda p: opened.append(p) or True)
    dialog.view.selectRow(0)
    copy = dialog.open_selected()
    assert opened == [copy] and copy.read_bytes()[:4] == b"%PDF"


def test_ready_refused_then_result_creates_certificate(page, monkeypatch):
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, text: errors.append(text)))
    page.move("ready")
    assert errors and "C8b" in errors[0]
    did = page.current_id()
    page.store.db.execute("UPDATE dossiers SET status = 'submitted' WHERE id = ?", [did])
    page.refresh()
    assert page.buttons["result"].isEnabled()
    monkeypatch.setattr(Ask, "dossier_result", classmethod(lambda cls, parent, target: {
        "stars": 3, "decision_no": "88/QĐ-UBND", "decision_date": dt.date(2026, 11, 25),
        "authority_name": "UBND tỉnh Phú Thọ", "certificate_no": ""}))
    page.record_result()
    d = get_dossier(page.store, did)
    assert d.status == "result" and d.result_stars == 3 and d.certificate_id
    assert "(3★)" in page.model.index(0, 5).data()


def test_new_dossier_dialog(qtbot, demo_store):
    from ocop_desktop.ui.dialogs.dossier import DossierDialog
    dialog = DossierDialog(demo_store, None, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.target.set_value(3)
    dialog.round.setText("Đợt 1")
    assert dialog.try_accept()
    d = get_dossier(demo_store, dialog.saved_id)
    assert (d.year, d.target_stars, d.round, d.status) == (2026, 3, "Đợt 1", "draft")
    assert d.assessment_id is not None  # newest assessment of the product chosen by default


def test_registration_editor_saves(page):
    page.tabs.setCurrentIndex(1)
    page.registration.edits["product_name"].setText("Sắn muối chua hũ 500 g")
    page.registration.save()
    from ocop_desktop.store.dossiers import registration_form
    assert registration_form(page.store, page.current_id()).product_name == "Sắn muối chua hũ 500 g"


def test_page_in_main_window(qtbot, demo_store, qsettings_isolated):
    from ocop_desktop.ui.main_window import MainWindow
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.show_page("dossiers"), DossiersPage)


def test_export_cancelled_writes_nothing(qtbot, page, monkeypatch, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancel.zip"
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, parent, title, filters, suggested="": str(target)))
    monkeypatch.setattr(page_module._ExportJob, "_step", lambda self, done, total: False)
    with qtbot.waitSignal(page.export_failed, timeout=60000) as blocker:
        assert page.export()
    assert blocker.args == ["Đã hủy xuất hồ sơ."]
    assert list(out.iterdir()) == []


def test_ready_and_back_to_draft(page):
    did = page.current_id()
    page.store.db.execute("UPDATE dossiers SET status = 'ready' WHERE id = ?", [did])
    page.refresh()
    assert page.buttons["draft"].isVisibleTo(page) and not page.buttons["ready"].isVisibleTo(page)
    page.move("draft")
    assert get_dossier(page.store, did).status == "draft"
    assert page.buttons["ready"].isVisibleTo(page)
