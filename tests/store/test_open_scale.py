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
