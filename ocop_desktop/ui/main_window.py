"""The main window: a sidebar of pages, File/Edit/Settings menus, one open cooperative."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from ocop_desktop import i18n
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store.cooperative import get_cooperative
from ocop_desktop.store.db import Store
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.widgets import ReadOnlyGuard


@dataclass
class PageSpec:
    """A sidebar page: *key* (used by ``screenshot --page``), English *title* (translated at
    display), *factory(store, window) → QWidget*. A page may define ``badge() -> int`` for a
    count shown beside its title, and ``refresh()`` called when it is shown.

    Every page but the start page is built when first shown (or first looked up in
    ``MainWindow.pages``), not at start (issue 7: on a file with 105,000 members and a million
    vouchers, building every page took 25 s; the start must stay ≤ 1.2 × the start on an
    empty file). *badge(store) → int*, when given, is the sidebar count of a page not built
    yet (a cheap SQL count; once built, the page's own ``badge()`` is used). *lazy* marks
    pages that are heavy even to build (books, reports); they are built only when shown or
    looked up, never for the start page list."""

    key: str
    title: str
    factory: Callable[[Store, "MainWindow"], QWidget]
    lazy: bool = False
    badge: Callable[[Store], int] | None = None


class _Pages(dict):
    """``MainWindow.pages``: a lazy page is built on first lookup by key."""

    def __init__(self, window: "MainWindow"):
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        return self._window._build_lazy(key)


def _members(store, window):
    from ocop_desktop.ui.pages.members import MembersPage
    return MembersPage(store, window.undo_stack, notify=lambda mid: window.pages["members"].changed(mid))


def _profile(store, window):
    from ocop_desktop.ui.pages.profile import ProfilePage
    return ProfilePage(store, on_saved=window.update_titles)


def _home(store, window):
    from ocop_desktop.ui.pages.dashboard import HomePage
    return HomePage(store, window)


def _income(store, window):
    from ocop_desktop.ui.pages.income import VouchersPage
    return VouchersPage(store, window.undo_stack)


def _books(store, window):
    from ocop_desktop.ui.pages.books import BooksPage
    return BooksPage(store, window=window)


def _reports(store, window):
    from ocop_desktop.ui.pages.reports import ReportsPage
    return ReportsPage(store, window)


def _products(store, window):
    from ocop_desktop.ui.pages.products import ProductsPage
    return ProductsPage(store, window)


def _assessment(store, window):
    from ocop_desktop.ui.pages.assessment import AssessmentPage
    return AssessmentPage(store, window)


def _dossiers(store, window):
    from ocop_desktop.ui.pages.dossiers import DossiersPage
    return DossiersPage(store, window)


def _products_badge(store):
    from ocop_desktop.store import products as products_store
    return products_store.attention_count(store, None)


def _audit(store, window):
    from ocop_desktop.ui.pages.audit import AuditPage
    return AuditPage(store)


#: Sidebar pages in order. Later issues add Products, Dossiers, Income, Reports here.
PAGES: list[PageSpec] = [
    PageSpec("home", N_("Home"), _home),
    PageSpec("members", N_("Members"), _members),
    PageSpec("profile", N_("Cooperative"), _profile),
    PageSpec("products", N_("Products"), _products, badge=_products_badge),
    PageSpec("assessment", N_("Self-assessment"), _assessment),
    PageSpec("dossiers", N_("Dossiers"), _dossiers),
    PageSpec("income", N_("Vouchers"), _income),
    PageSpec("books", N_("Books"), _books, lazy=True),
    PageSpec("reports", N_("Reports"), _reports, lazy=True),
    PageSpec("audit", N_("History of changes"), _audit),
]


class MainWindow(QMainWindow):
    """Window over one open :class:`Store`. ``pages`` maps page key → widget."""

    def __init__(self, store: Store, open_file: Callable[[Path], None] | None = None):
        super().__init__()
        self.store = store
        #: keeps the buttons that change the file disabled in every page (a read-only file)
        self._read_only_guard = ReadOnlyGuard(self) if store.read_only else None
        self.open_file_cb = open_file
        self.undo_stack = QUndoStack(self)
        self.pages: dict[str, QWidget] = _Pages(self)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.header = QLabel()
        self.header.setObjectName("coop_header")
        self.header.setStyleSheet("font-weight: bold; padding: 4px;")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sidebar)
        right = QWidget()
        from PySide6.QtWidgets import QVBoxLayout
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.stack, 1)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self._build_menus()
        self.build_pages()
        self.restore_geometry()

    # --- pages --------------------------------------------------------------------
    def build_pages(self) -> None:
        """(Re)create every page, e.g. after a language change."""
        current = self.sidebar.currentRow()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.pages.clear()
        start = max(current, 0)
        for row, spec in enumerate(PAGES):
            # Every page waits until first shown; the start page is built by _show_row below.
            page = QWidget()
            page.setObjectName(f"placeholder_{spec.key}")
            self.stack.addWidget(page)
            item = QListWidgetItem(tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(start)
        self.sidebar.blockSignals(False)
        self._show_row(start)  # builds the start page (signals were blocked above)
        self.update_titles()

    def update_titles(self) -> None:
        """Window title, header and sidebar badges."""
        coop = get_cooperative(self.store)
        name = coop.name if coop else tr("(no cooperative profile)")
        self.setWindowTitle(f"{name} — OCOP Desktop" + (tr(" (read-only)") if self.store.read_only else ""))
        self.header.setText(name)
        for row, spec in enumerate(PAGES):
            page = self.pages.get(spec.key)
            badge = getattr(page, "badge", None)
            if callable(badge):
                count = badge()
            elif page is None and spec.badge is not None:
                count = spec.badge(self.store)
            else:
                count = 0
            self.sidebar.item(row).setText(tr(spec.title) + (f"  ({count})" if count else ""))

    def _build_lazy(self, key: str) -> QWidget:
        """Build the lazy page *key* in place of its placeholder (KeyError if no such page)."""
        index = [s.key for s in PAGES].index(key) if key in {s.key for s in PAGES} else None
        if index is None:
            raise KeyError(key)
        spec = PAGES[index]
        page = spec.factory(self.store, self)
        page.setObjectName(f"page_{key}")
        if self._read_only_guard is not None:
            self._read_only_guard.guard(page)
        current = self.stack.currentIndex()
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.setCurrentIndex(current)
        dict.__setitem__(self.pages, key, page)
        return page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        built_now = key not in self.pages
        page = self.pages[key]
        self.stack.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and not built_now:  # a page just built has read its data
            refresh()

    def has_page(self, key: str) -> bool:
        """True when the sidebar has a page *key* (built or not yet built)."""
        return any(s.key == key for s in PAGES)

    def show_page(self, key: str) -> QWidget:
        """Switch to the page *key* and return it (KeyError if there is none)."""
        keys = [s.key for s in PAGES]
        self.sidebar.setCurrentRow(keys.index(key))
        return self.pages[key]

    # --- menus --------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(tr("&File"))
        self._action(file_menu, tr("&New cooperative…"), self.new_file, QKeySequence.StandardKey.New)
        self._action(file_menu, tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open)
        self._action(file_menu, tr("Open the &demo cooperative"), self.open_demo)
        self._action(file_menu, tr("Save a &copy as…"), self.save_copy, QKeySequence("Ctrl+Shift+S"))
        from ocop_desktop.ui import safety_menu
        safety_menu.add_file_actions(self, file_menu)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        safety_menu.add_edit_actions(self, edit)
        settings = bar.addMenu(tr("&Settings"))
        lang = settings.addMenu(tr("Language"))
        self._action(lang, "Tiếng Việt", lambda: self.set_language("vi"))
        self._action(lang, "English", lambda: self.set_language("en"))
        safety_menu.add_settings_actions(self, settings)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def set_language(self, code: str) -> None:
        """Switch the UI language now and remember it."""
        from ocop_desktop.app import install_translators
        QSettings().setValue("language", code)
        i18n.set_language(code)
        install_translators(code)
        self._build_menus()
        self.build_pages()

    def new_file(self) -> None:
        """Ask for the new cooperative's name and a file, create it, open it on the profile."""
        name = Ask.text(self, tr("New cooperative"), tr("Name of the cooperative:"))
        if not name:
            return
        path = Ask.save_file(self, tr("New cooperative file"), tr("Cooperative files (*.ocop *.sqlite *.db)"), "hoptacxa.ocop")
        if not path:
            return
        from ocop_desktop.domain.cooperative import Cooperative
        from ocop_desktop.store.cooperative import save_cooperative
        from ocop_desktop.store.db import create_store
        from ocop_desktop.store.errors import StoreError
        try:
            store = create_store(path)
        except StoreError as err:
            Ask.error(self, tr("Cannot create the file"), str(err))
            return
        try:
            save_cooperative(store, Cooperative(name=name))
        finally:
            store.close()
        self._switch(Path(path), page="profile")

    def open_file(self) -> None:
        path = Ask.open_file(self, tr("Open a cooperative file"), tr("Cooperative files (*.ocop *.sqlite *.db);;All files (*)"))
        if path:
            self._switch(Path(path))

    def open_demo(self) -> None:
        from ocop_desktop.app import demo_path
        self._switch(demo_path())

    def _switch(self, path: Path, page: str | None = None) -> None:
        if self.open_file_cb and self.open_file_cb(path) and page:
            window = self.window_for_page()
            if window is not None:
                window.show_page(page)

    def window_for_page(self):
        """The window now showing the open file (a new one after a switch), if known."""
        from PySide6.QtWidgets import QApplication
        controller = getattr(QApplication.instance(), "_controller", None)
        return getattr(controller, "window", None)

    def save_copy(self) -> None:
        path = Ask.save_file(self, tr("Save a copy as"), tr("Cooperative files (*.ocop)"), self.store.path.stem + "-copy.ocop")
        if not path:
            return
        from ocop_desktop.store.errors import StoreError
        try:
            self.store.save_copy(Path(path))
        except StoreError as err:
            Ask.error(self, tr("Cannot save the copy"), str(err))
            return
        self.statusBar().showMessage(tr("Copy saved to {path}", path=path), 8000)

    # --- geometry -----------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)

    def closeEvent(self, event):  # noqa: N802
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
