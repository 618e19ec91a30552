"""Opening, creating and upgrading cooperative files (issue 2 item 3 and 12)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import create_store, open_store
from ocop_desktop.store.errors import CorruptDatabaseError, NewerSchemaError, NotADatabaseError, StoreError
from ocop_desktop.store.migrations import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_new_file_is_wal_with_foreign_keys(tmp_path):
    s = create_store(tmp_path / "a.ocop")
    assert s.scalar("PRAGMA journal_mode") == "wal"
    assert s.scalar("PRAGMA foreign_keys") == 1
    assert s.schema_version == SCHEMA_VERSION
    s.close()


def test_newer_schema_refused_with_clear_message(tmp_path):
    path = tmp_path / "future.ocop"
    create_store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(NewerSchemaError) as err:
        open_store(path)
    assert "phiên bản mới hơn" in str(err.value)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.ocop")), ids=lambda p: p.stem)
def test_upgrade_from_every_released_version(tmp_path, fixture):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    version = int(fixture.stem.split("-v")[1])
    s = open_store(path)
    assert s.schema_version == SCHEMA_VERSION
    # the demo's 15 members survive the upgrade, Đức among them, with their paid capital
    assert s.scalar("SELECT COUNT(*) FROM members") == 15
    ids = members_store.member_ids(s, "duc", status=None)
    assert members_store.get_member(s, ids[0]).capital_paid == 20_000_000
    s.close()
    if version < SCHEMA_VERSION:  # the file was copied (checked backup) before migrating
        from ocop_desktop.store.backup import list_backups
        assert any(b.reason == "before-migration" for b in list_backups(path))
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_first_version_fixture_exists():
    assert (FIXTURES / "schema-v1.ocop").exists()


def test_random_bytes_file_is_not_a_database(tmp_path):
    path = tmp_path / "random.ocop"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(NotADatabaseError):
        open_store(path)


def test_truncated_file_refused(tmp_path):
    path = tmp_path / "trunc.ocop"
    shutil.copy(FIXTURES / "schema-v1.ocop", path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_store(path)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "nope.ocop")


def test_failed_step_rolls_back(tmp_path, monkeypatch):
    from ocop_desktop.store import migrations

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    path = tmp_path / "x.ocop"
    create_store(path).close()
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        open_store(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not con.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall()
    con.close()


def test_empty_file_is_damaged_not_a_new_cooperative(tmp_path):
    path = tmp_path / "empty.ocop"
    path.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError) as err:
        open_store(path)
    assert "0 byte" in str(err.value)
    assert path.stat().st_size == 0


def test_write_to_a_file_held_by_another_program_names_the_holder(tmp_path):
    from ocop_desktop.store.errors import ReadOnlyError
    path = tmp_path / "held.ocop"
    create_store(path).close()
    s = open_store(path, read_only=True)

    class Holder:
        def describe(self):
            return "Chị Lan trên máy KE-TOAN (tiến trình 42)."
    s.lock_holder = Holder()
    with pytest.raises(ReadOnlyError) as err:
        with s.atomic() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
    assert "Chị Lan trên máy KE-TOAN" in str(err.value)
    s.close()
