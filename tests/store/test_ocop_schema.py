"""The OCOP schema step: tables exist after upgrading a version-1 file (fixture), keys hold."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from ocop_desktop.store.db import open_store

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-v1.ocop"


def test_upgrade_from_v1_creates_ocop_tables(tmp_path):
    path = tmp_path / "old.ocop"
    shutil.copy(FIXTURE, path)
    store = open_store(path)
    try:
        tables = set(store.db.table_names())
        assert {"products", "product_channels", "certificates", "assessments"} <= tables
        cols = {c.name for c in store.db["assessments"].columns}
        assert {"product_id", "form_code", "date", "assessor", "choices", "evidence_notes",
                "knockouts", "prefilled", "total", "stars"} <= cols
    finally:
        store.close()


def test_form_code_and_stars_are_checked(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO products (name, name_folded, sort_key, form_code) VALUES ('x','x','x','27')")
    store.db.execute("INSERT INTO products (name, name_folded, sort_key, form_code) VALUES ('x','x','x','07')")
    pid = store.scalar("SELECT id FROM products")
    with pytest.raises(sqlite3.IntegrityError):  # only 3★ and above are certified
        store.db.execute("INSERT INTO certificates (product_id, stars, issue_date, expiry_date) VALUES (?, 2, '2024-01-01', '2027-01-01')", [pid])
