"""GUI entry point: QApplication, translators, settings, first run, main window.

``python main.py [--db FILE | --demo] [--lang vi|en]``
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import (
    QApplication, QDialog, QLabel, QPushButton, QVBoxLayout,
)

from ocop_desktop import RESOURCES, i18n
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import default_data_dir, default_db_path
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask

log = logging.getLogger("ocop_desktop")
_translators: list[QTranslator] = []


def install_translators(code: str) -> None:
    """Install the app's compiled Vietnamese ``.qm`` files (and our ``qtbase`` strings,
    since Qt ships no ``qtbase_vi``) for *code* ``"vi"``; remove them for ``"en"``."""
    from PySide6.QtCore import QLocale
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if code == "vi"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QCoreApplication.instance()
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    i18n.set_language(code)
    if code != "vi":
        return
    for qm in sorted((RESOURCES / "i18n" / "vi").glob("*.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _translators.append(t)


def _demo_is_current(path: Path) -> bool:
    import sqlite3

    from ocop_desktop.demo import demo_contents
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'demo.contents'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == demo_contents()


def demo_path() -> Path:
    """The demo cooperative's file in the user data folder; built on first use, and built
    again when it was made by an older version with less in it (a review found a months-old
    demo without products, dossiers or vouchers shown to a new user)."""
    path = default_data_dir() / "demo-hoptacxa-lien-gia-trang.ocop"
    if path.exists() and not _demo_is_current(path):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    if not path.exists():
        from ocop_desktop.demo import build_demo
        build_demo(path)
    return path


class FirstRunDialog(QDialog):
    """Asked when no file was given and none was opened before: open the demo, create a
    new cooperative, or open a file. ``choice`` is "demo", "new", "open" or None."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(tr("Welcome to OCOP Desktop"))
        layout = QVBoxLayout(self)
        text = QLabel(tr("OCOP Desktop keeps your cooperative's members, OCOP products and books on this computer. What would you like to do?"))
        text.setWordWrap(True)
        layout.addWidget(text)
        for key, label in (("demo", tr("Open the demo cooperative (Liên Gia Trang)")),
                           ("new", tr("Create a new cooperative")),
                           ("open", tr("Open a cooperative file…"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, k=key: self._choose(k))
            layout.addWidget(button)
        self.resize(460, 200)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


class Controller:
    """Holds the open store and its window; switches files."""

    def __init__(self):
        self.store = None
        self.window = None

    def open(self, path: Path, create: bool = False) -> bool:
        from ocop_desktop.ui import safety_menu
        from ocop_desktop.ui.safety_open import open_with_recovery
        store = open_with_recovery(self.window, path, create)
        if store is None:
            return False
        if safety_menu.choose_user(store, self.window) is None:
            store.close()
            return False
        from ocop_desktop.ui.main_window import MainWindow
        old_window, old_store = self.window, self.store
        self.store = store
        self.window = MainWindow(store, open_file=self.open)
        self.window.show()
        self.heartbeat = safety_menu.start_heartbeat(self.window, store)
        safety_menu.after_open_messages(self.window, store)
        self.background_backup = safety_menu.start_background_backup(self.window, store)
        QSettings().setValue("last_file", str(path))
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_store is not None:
            old_store.close()
        return True


def _excepthook(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if isinstance(exc, StoreError):  # an error the user can act on that escaped a page
        from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
        SafetyAsk.store_error(None, exc)
        return
    from ocop_desktop.ui.dialogs.error import show_unexpected_error
    show_unexpected_error(details)


def _dialogs_print_instead_of_waiting() -> None:
    """Without a screen nobody can answer a modal dialog: print its title and text on
    stderr and take it as cancelled, so the program ends instead of waiting forever."""
    from PySide6.QtWidgets import QMessageBox

    def exec_(dialog) -> int:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        print(tr("No screen available: cannot ask \"{title}\". {text}", title=dialog.windowTitle(), text=text).strip(),
              file=sys.stderr)
        if isinstance(dialog, FirstRunDialog):
            print(tr("Start with --demo to open the demo cooperative or --db FILE to open a file."), file=sys.stderr)
        return 0

    QDialog.exec = exec_
    QMessageBox.exec = exec_


def _quiet_platform_warnings() -> None:
    """Drop the offscreen plugin's harmless "propagateSizeHints" warning from stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def make_app(argv: list[str]) -> QApplication:
    if QApplication.instance() is None and "pytest" not in sys.modules:
        _quiet_platform_warnings()
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("OCOP Desktop")
    QCoreApplication.setApplicationName("OCOP Desktop")
    return app


def main(argv: list[str] | None = None) -> None:
    """Start the GUI and exit the process with its exit code."""
    sys.exit(run(list(sys.argv if argv is None else argv)))


def run(argv: list[str]) -> int:
    """Parse *argv* (program name first), show the window, run the event loop; returns the
    exit code (1 when no file could be opened)."""
    parser = argparse.ArgumentParser(prog="ocop-desktop", description="OCOP Desktop")
    parser.add_argument("--db", type=Path, help="cooperative file to open (created if missing)")
    parser.add_argument("--demo", action="store_true", help="open the demo cooperative")
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language")
    parser.add_argument("--screenshot", type=Path, help="save a picture of the window to this PNG and quit")
    args, qt_args = parser.parse_known_args(argv[1:])
    import os
    headless = (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))
    if headless:
        # No screen to show a window on (a server or a CI machine): run offscreen, save a
        # picture of the window and quit, instead of failing to connect to a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        args.screenshot = args.screenshot or Path("ocop-desktop-window.png")
        _dialogs_print_instead_of_waiting()
    app = make_app([argv[0]] + qt_args)
    from ocop_desktop.safety_log import setup_logging
    setup_logging()
    settings = QSettings()
    code = args.lang or settings.value("language", "vi")
    install_translators(code)
    sys.excepthook = _excepthook
    controller = Controller()
    app._controller = controller  # keep alive
    ok = False
    if args.demo:
        ok = controller.open(demo_path())
    elif args.db:
        ok = controller.open(args.db, create=True)
    else:
        last = settings.value("last_file")
        if last and Path(last).exists():
            ok = controller.open(Path(last))
        if not ok:
            dialog = FirstRunDialog()
            if dialog.exec() and dialog.choice:
                if dialog.choice == "demo":
                    ok = controller.open(demo_path())
                elif dialog.choice == "new":
                    path = Ask.save_file(None, tr("New cooperative file"), tr("Cooperative files (*.ocop)"), str(default_db_path()))
                    ok = bool(path) and controller.open(Path(path), create=True)
                else:
                    path = Ask.open_file(None, tr("Open a cooperative file"), tr("Cooperative files (*.ocop *.sqlite *.db);;All files (*)"))
                    ok = bool(path) and controller.open(Path(path))
    if not ok:
        return 1
    if args.screenshot:
        controller.window.resize(1366, 768)
        for _ in range(5):
            app.processEvents()
        controller.window.grab().save(str(args.screenshot))
        print(tr("No screen available: the window was drawn to {path}", path=str(args.screenshot.resolve()))
              if headless else str(args.screenshot))
        controller.window.close()
        controller.store.close()
        return 0
    code = app.exec()
    if controller.store is not None:
        controller.store.close()
    return code
