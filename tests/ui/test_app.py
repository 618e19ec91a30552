"""The GUI entry point: --db, --demo, language, geometry and last file remembered."""

from PySide6.QtCore import QSettings

from ocop_desktop import i18n
from ocop_desktop.app import run
from ocop_desktop.ui.main_window import MainWindow


def test_start_on_demo_draws_window(tmp_path, qapp, qsettings_isolated):
    png = tmp_path / "w.png"
    assert run(["ocop-desktop", "--demo", "--screenshot", str(png)]) == 0
    assert png.stat().st_size > 10_000
    assert QSettings().value("last_file").endswith("demo-hoptacxa-lien-gia-trang.ocop")


def test_db_option_creates_file(tmp_path, qapp, qsettings_isolated):
    db = tmp_path / "new.ocop"
    assert run(["ocop-desktop", "--db", str(db), "--screenshot", str(tmp_path / "x.png")]) == 0
    assert db.exists()


def _members_item(window):
    # the Home page (issue 5 item 7) comes first; find the members entry by its key
    rows = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    return next(item for item in rows if item.data(0x0100) == "members")


def test_language_switch_rebuilds_pages(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    assert _members_item(window).text().startswith("Thành viên")
    window.set_language("en")
    assert _members_item(window).text().startswith("Members")
    assert QSettings().value("language") == "en"
    window.set_language("vi")
    assert i18n.language() == "vi"
    assert _members_item(window).text().startswith("Thành viên")


def test_profile_page_refuses_bad_tax_code(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("profile")
    page.tax_code.setText("0100109107")
    assert page.save() is False
    assert "Mã số hợp tác xã / mã số thuế" in page.problems.text()
    assert demo_store.scalar("SELECT tax_code FROM cooperative") == "2601234503"
    page.tax_code.setText("0100109106")
    assert page.save() is True
    assert demo_store.scalar("SELECT tax_code FROM cooperative") == "0100109106"


def test_save_copy(qtbot, demo_store, tmp_path, monkeypatch, qsettings_isolated):
    from ocop_desktop.ui.ask import Ask
    target = tmp_path / "copy.ocop"
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a, **k: str(target)))
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.save_copy()
    import sqlite3
    con = sqlite3.connect(target)
    assert con.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 15
    con.close()


def test_stock_qt_buttons_in_vietnamese(qtbot, qapp):
    """Qt ships no qtbase_vi; our qtbase.ts covers the stock buttons."""
    from PySide6.QtWidgets import QDialogButtonBox
    from ocop_desktop.app import install_translators
    install_translators("vi")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {box.button(b).text().replace("&", "") for b in
                 (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)}
        assert texts == {"Đồng ý", "Hủy"}
    finally:
        install_translators("en")
        install_translators("vi")


def test_read_only_window_keeps_buttons_that_change_the_file_disabled(qtbot, demo_template, tmp_path, qsettings_isolated):
    """A file opened read-only (a CD, a locked USB stick): the buttons that would change it
    stay disabled, even when selecting a row enables them in a writable window; looking
    and exporting stay possible."""
    import shutil

    from ocop_desktop.store.db import open_store
    from ocop_desktop.ui.main_window import MainWindow
    from ocop_desktop.ui.widgets import select_row
    path = tmp_path / "demo.ocop"
    shutil.copy(demo_template, path)
    for read_only in (False, True):
        store = open_store(path, read_only=read_only)
        window = MainWindow(store)
        qtbot.addWidget(window)
        members = window.show_page("members")
        select_row(members.table, 0)
        income = window.show_page("income")
        dossiers = window.show_page("dossiers")
        changing = [members.add_button, members.delete_button, members.import_button, income.receipt_button,
                    income.lock_button, dossiers.buttons["new"], dossiers.buttons["file_attach"]]
        if read_only:
            assert not any(b.isEnabled() for b in changing)
            assert "chỉ đọc" in members.delete_button.toolTip()
            assert members.export_button.isEnabled() and members.edit_button.isEnabled()
        else:
            assert members.add_button.isEnabled() and members.delete_button.isEnabled()
            assert income.receipt_button.isEnabled() and dossiers.buttons["new"].isEnabled()
        window.close()
        store.close()
