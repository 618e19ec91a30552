"""Opening a big file checks only the core tables at once (issue 7); the full check is
still available."""

from ocop_desktop.store import db as store_db


def test_big_file_opens_with_core_check_and_full_check_on_demand(demo_template, tmp_path, monkeypatch):
    import shutil
    path = tmp_path / "big.ocop"
    shutil.copy(demo_template, path)
    assert store_db._quick_check_sql(path) == "PRAGMA quick_check"
    monkeypatch.setattr(store_db, "QUICK_CHECK_MAX_BYTES", 0)
    assert store_db._quick_check_sql(path) == "PRAGMA quick_check(cooperative)"
    store = store_db.open_store(path)
    try:
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_sqlite_utils_plugins_do_not_touch_the_cooperative_connection(tmp_path):
    """A sqlite-utils plugin installed on the PC is not run on the app's connection (and the
    entry-point scan that finds plugins is not paid at start, issue 7)."""
    import sqlite3

    import pytest
    import sqlite_utils
    from sqlite_utils.plugins import pm

    class Injector:
        @staticmethod
        @sqlite_utils.hookimpl
        def prepare_connection(conn):
            conn.create_function("injected_by_plugin", 0, lambda: 1)

    pm.register(Injector, name="test-injector")
    try:
        store = store_db.create_store(tmp_path / "new.ocop")
        try:
            with pytest.raises(sqlite3.OperationalError, match="injected_by_plugin"):
                store.db.execute("SELECT injected_by_plugin()")
        finally:
            store.close()
        # the plugin itself works: a plain sqlite-utils Database does run it
        assert sqlite_utils.Database(memory=True).execute("SELECT injected_by_plugin()").fetchone() == (1,)
    finally:
        pm.unregister(name="test-injector")


def test_start_does_not_import_the_phone_and_tax_code_checkers():
    """phonenumbers and python-stdnum (about 50 ms of imports) are loaded when a phone or
    tax code is first checked, not when the app starts (issue 7: start time)."""
    import subprocess
    import sys
    code = ("import sys; import ocop_desktop.app, ocop_desktop.ui.main_window, ocop_desktop.ui.pages.dashboard; "
            "from ocop_desktop.domain import identity; "
            "print(sorted(m for m in ('phonenumbers', 'stdnum') if m in sys.modules)); "
            "identity.normalize_phone('0912345678'); identity.check_tax_code('0100109106'); "
            "print(sorted(m for m in ('phonenumbers', 'stdnum') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "['phonenumbers', 'stdnum']"
