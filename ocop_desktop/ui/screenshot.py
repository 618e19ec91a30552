"""Render one page of the main window to a PNG (offscreen), for docs and review."""

from __future__ import annotations

import sys
from pathlib import Path

from ocop_desktop.i18n import tr


def screenshot(db: Path, page: str, out: Path, lang: str = "vi", size: tuple[int, int] = (1366, 768)) -> int:
    """Open *db*, show *page* (a sidebar key such as ``members``) at *size* pixels and save
    a PNG to *out*. Returns 0, or 2 when the page does not exist."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ocop_desktop.app import install_translators, make_app
    from ocop_desktop.store.db import open_store
    from ocop_desktop.ui.main_window import PAGES, MainWindow

    app = make_app([sys.argv[0]])
    QSettings().remove("window/geometry")
    install_translators(lang)
    store = open_store(db)
    try:
        keys = [p.key for p in PAGES]
        if page not in keys:
            print(tr("No page {page}; pages: {pages}", page=page, pages=", ".join(keys)), file=sys.stderr)
            return 2
        window = MainWindow(store)
        window.resize(*size)
        window.show()
        window.show_page(page)
        for _ in range(5):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            print(tr("Could not write {path}: {reason}", path=str(out), reason=tr("not a writable PNG file")), file=sys.stderr)
            return 2
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        store.close()
    print(str(out))
    return 0
