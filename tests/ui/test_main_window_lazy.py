"""Lazy pages (issue 7): the books and reports pages are built when first shown."""

from ocop_desktop.ui.main_window import PAGES, MainWindow


def test_lazy_pages_built_on_first_show(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    lazy = [s.key for s in PAGES if s.lazy]
    assert lazy == ["books", "reports"]
    assert "books" not in window.pages
    index = [s.key for s in PAGES].index("books")
    assert window.stack.widget(index).objectName() == "placeholder_books"
    page = window.show_page("books")
    assert page.objectName() == "page_books"
    assert window.stack.currentWidget() is page and window.stack.widget(index) is page
    assert window.stack.count() == len(PAGES)
    assert window.pages["reports"].objectName() == "page_reports"   # built on lookup, not shown
    assert window.stack.currentWidget() is page
