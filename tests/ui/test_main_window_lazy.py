"""Lazy pages (issue 7): only the start page is built when the window opens; the others are
built when first shown or looked up, and the sidebar badge of an unbuilt page comes from
its spec."""

from ocop_desktop.store import products as products_store
from ocop_desktop.ui.main_window import PAGES, MainWindow


def test_only_the_start_page_is_built_at_start(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    keys = [s.key for s in PAGES]
    assert list(dict.keys(window.pages)) == ["home"]
    assert [s.key for s in PAGES if s.lazy] == ["books", "reports"]
    index = keys.index("books")
    assert window.stack.widget(index).objectName() == "placeholder_books"
    page = window.show_page("books")
    assert page.objectName() == "page_books"
    assert window.stack.currentWidget() is page and window.stack.widget(index) is page
    assert window.stack.count() == len(PAGES)
    assert window.pages["reports"].objectName() == "page_reports"   # built on lookup, not shown
    assert window.stack.currentWidget() is page


def test_badge_of_an_unbuilt_page_matches_the_built_page(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    row = [s.key for s in PAGES].index("products")
    expected = products_store.attention_count(demo_store, None)
    assert expected > 0  # the demo's cassava certificate needs attention
    assert "products" not in dict.keys(window.pages)
    assert window.sidebar.item(row).text().endswith(f"({expected})")
    window.show_page("products")
    window.update_titles()
    assert window.sidebar.item(row).text().endswith(f"({expected})")
