"""Backups: online backup API, integrity check, rotation 7/4/12, restore (issue 6 item 1)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from ocop_desktop.domain.members import Member
from ocop_desktop.store import backup
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import open_store
from ocop_desktop.store.errors import CorruptDatabaseError, NotADatabaseError, NewerSchemaError


def _add(store, name):
    return members_store.save_member(store, Member(member_type="official", full_name=name, sex="M", capital_committed=10_000_000), today=dt.date(2026, 11, 29))[0]


def test_backup_is_whole_checked_and_named(store):
    _add(store, "Nguyễn Văn An")
    path = backup.make_backup(store.db.conn, store.path, "manual", now=dt.datetime(2026, 11, 29, 8, 30, 5))
    assert path.name == "coop-20261129-083005-manual.ocop"
    assert not list(path.parent.glob("*.part"))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT full_name FROM members").fetchall() == [("Nguyễn Văn An",)]
    assert conn.execute("SELECT COUNT(*) FROM ocop_lock").fetchone()[0] == 0  # the copy is not locked
    conn.close()
    info = backup.inspect_backup(path)
    assert info["cooperative"] == "HTX Thử nghiệm"
    assert info["counts"]["members"] == 1
    assert info["made"] == dt.datetime(2026, 11, 29, 8, 30, 5)


def test_open_makes_daily_backup_only_when_due(tmp_path, store):
    path = store.path
    store.close()
    assert backup.list_backups(path) == []  # a new file is not backed up when created
    s = open_store(path)
    assert s.opened_backup is not None and s.opened_backup.exists()
    s.close()
    s = open_store(path)
    assert s.opened_backup is None  # the last is less than a day old
    s.close()
    assert len(backup.list_backups(path)) == 1


def test_backup_if_due_after_a_day(store):
    t0 = dt.datetime(2026, 11, 1, 9, 0, 0)
    assert backup.backup_if_due(store.db.conn, store.path, now=t0) is not None
    assert backup.backup_if_due(store.db.conn, store.path, now=t0 + dt.timedelta(hours=23)) is None
    assert backup.backup_if_due(store.db.conn, store.path, now=t0 + dt.timedelta(hours=24, seconds=1)) is not None


def test_rotation_keeps_7_daily_4_weekly_12_monthly(store):
    # One backup a day, twice a day, for 400 days ending Sun 29/11/2026.
    end = dt.datetime(2026, 11, 29, 18, 0, 0)
    folder = backup.backup_dir(store.path)
    folder.mkdir(parents=True)
    for d in range(400):
        for hour in (8, 18):
            when = end - dt.timedelta(days=d) - dt.timedelta(hours=18 - hour)
            (folder / f"coop-{when:%Y%m%d-%H%M%S}-auto.ocop").write_bytes(b"x")
    backup.rotate(store.path, today=end.date())
    kept = sorted(b.made for b in backup.list_backups(store.path))
    # Daily: the 18:00 backup of 23..29 Nov (7). Weekly (ISO weeks, Monday start): newest of
    # the weeks ending 29/11, 22/11, 15/11, 08/11 → 29, 22, 15, 8 Nov 18:00 (29 and 22 are
    # already daily... 22 is not: daily covers 23-29). Monthly: newest of each of 12 months
    # Dec 2025 … Nov 2026 → last day of each month 18:00 (Nov = 29th).
    daily = {dt.datetime(2026, 11, d, 18) for d in range(23, 30)}
    weekly = {dt.datetime(2026, 11, d, 18) for d in (29, 22, 15, 8)}
    months = [(2025, 12, 31), (2026, 1, 31), (2026, 2, 28), (2026, 3, 31), (2026, 4, 30), (2026, 5, 31),
              (2026, 6, 30), (2026, 7, 31), (2026, 8, 31), (2026, 9, 30), (2026, 10, 31), (2026, 11, 29)]
    monthly = {dt.datetime(y, m, d, 18) for y, m, d in months}
    assert set(kept) == daily | weekly | monthly
    assert len(kept) == 7 + 3 + 11  # 29/11 counted once in all three, 22/11 in weekly only


def test_rotation_never_removes_before_restore_backups(store):
    folder = backup.backup_dir(store.path)
    folder.mkdir(parents=True)
    for d in range(1, 20):
        (folder / f"coop-202611{d:02d}-100000-auto.ocop").write_bytes(b"x")
    (folder / "coop-20261102-110000-before-restore.ocop").write_bytes(b"x")
    backup.rotate(store.path)
    names = {b.path.name for b in backup.list_backups(store.path)}
    assert "coop-20261102-110000-before-restore.ocop" in names
    assert "coop-20261102-100000-auto.ocop" not in names


def test_restore_backs_up_current_state_first(store):
    first = _add(store, "Trần Thị Bình")
    saved = backup.make_backup(store.db.conn, store.path, "manual", now=dt.datetime(2026, 11, 1, 9, 0, 0))
    _add(store, "Lê Văn Cường")
    path = store.path
    store.close()
    previous = backup.restore_backup(saved, path)
    s = open_store(path)
    try:
        assert [r["id"] for r in s.query("SELECT id FROM members")] == [first]
    finally:
        s.close()
    conn = sqlite3.connect(previous)
    assert conn.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 2  # nothing lost
    conn.close()
    assert saved.exists()  # the restored backup itself is still there
    assert "before-restore" in previous.name


def test_restore_over_a_damaged_file(store, tmp_path):
    _add(store, "Phạm Thị Dung")
    saved = backup.make_backup(store.db.conn, store.path, "manual")
    path = store.path
    store.close()
    path.write_bytes(b"garbage" * 1000)
    previous = backup.restore_backup(saved, path)
    assert "damaged" in previous.name and previous.read_bytes().startswith(b"garbage")
    s = open_store(path)
    assert s.scalar("SELECT full_name FROM members") == "Phạm Thị Dung"
    s.close()


def test_restore_refuses_bad_backups(store, tmp_path):
    path = store.path
    store.close()
    junk = tmp_path / "junk.ocop"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(NotADatabaseError):
        backup.restore_backup(junk, path)
    newer = tmp_path / "newer.ocop"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NewerSchemaError):
        backup.restore_backup(newer, path)
    truncated = tmp_path / "truncated.ocop"
    truncated.write_bytes(path.read_bytes()[:4096 * 3])
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        backup.restore_backup(truncated, path)
    assert backup.list_backups(path) == []  # nothing was touched


def test_backup_before_migration(tmp_path):
    """A version-1 file (the foundation schema) is backed up before it is upgraded."""
    import shutil
    from pathlib import Path
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "schema-v1.ocop"
    target = tmp_path / "old.ocop"
    shutil.copy(fixture, target)
    s = open_store(target)
    s.close()
    reasons = [b.reason for b in backup.list_backups(target)]
    assert "before-migration" in reasons
    conn = sqlite3.connect(next(b.path for b in backup.list_backups(target) if b.reason == "before-migration"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_newest_good_backup_skips_damaged(store):
    good = backup.make_backup(store.db.conn, store.path, "manual", now=dt.datetime(2026, 11, 1, 9, 0, 0))
    bad = backup.backup_dir(store.path) / "coop-20261102-090000-auto.ocop"
    bad.write_bytes(good.read_bytes()[:2048])
    assert backup.newest_good_backup(store.path).path == good


def test_interrupted_backup_parts_are_cleaned_after_an_hour(store):
    import os
    import time
    folder = backup.backup_dir(store.path)
    folder.mkdir(parents=True)
    old = folder / "coop-20261101-090000-auto.ocop.part"
    young = folder / "coop-20261129-090000-auto.ocop.part"
    old.write_bytes(b"half")
    young.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    backup.make_backup(store.db.conn, store.path, "manual")
    assert not old.exists() and young.exists()


def test_backup_before_inside_a_transaction_copies_the_committed_state(store):
    """Distribution posting and imports may call backup_before() inside their transaction:
    the backup is the state before the operation (never a hang, never half of it)."""
    _add(store, "Đào Văn Giang")
    with store.atomic() as db:
        db.execute("UPDATE cooperative SET name = 'Đang đổi' WHERE id = 1")
        path = backup.backup_before(store, "before-distribution")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM cooperative").fetchone()[0] == "HTX Thử nghiệm"
    assert conn.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 1
    conn.close()
    assert store.scalar("SELECT name FROM cooperative") == "Đang đổi"


def test_restore_refuses_a_file_without_cooperative(tmp_path):
    """An empty new file is no backup: restoring it would wipe the register."""
    from ocop_desktop.store.backup import BackupError, restore_backup
    from ocop_desktop.store.db import create_store
    empty = tmp_path / "empty.ocop"
    create_store(empty).close()
    target = tmp_path / "coop.ocop"
    s = create_store(target)
    from ocop_desktop.domain.cooperative import Cooperative
    from ocop_desktop.store.cooperative import save_cooperative
    save_cooperative(s, Cooperative(name="HTX Hoa Sen"))
    s.close()
    with pytest.raises(BackupError):
        restore_backup(empty, target)
    import sqlite3
    con = sqlite3.connect(target)
    assert con.execute("SELECT name FROM cooperative").fetchone()[0] == "HTX Hoa Sen"
    con.close()


def test_big_file_is_backed_up_after_the_window_shows(store, qtbot, monkeypatch, qsettings_isolated):
    """Issue 7: a file over BACKGROUND_MIN_BYTES opens without copying itself; the window
    makes the daily backup on a worker thread, and it holds what the file held."""
    from PySide6.QtWidgets import QMainWindow

    from ocop_desktop.ui import safety_menu
    _add(store, "Nguyễn Văn An")
    path = store.path
    store.close()
    monkeypatch.setattr(backup, "BACKGROUND_MIN_BYTES", 0)
    s = open_store(path)
    try:
        assert s.opened_backup is None and s.backup_due is True
        assert backup.list_backups(path) == []  # nothing copied while opening
        window = QMainWindow()
        qtbot.addWidget(window)
        job = safety_menu.start_background_backup(window, s, delay_ms=300)
        assert job is not None and s.backup_due is False
        assert not job.thread.is_alive() and backup.list_backups(path) == []  # not before the delay
        _add(s, "Trần Thị Bình")  # the window keeps working on the file meanwhile
        qtbot.waitUntil(lambda: job.result is not None, timeout=20000)
        assert isinstance(job.result, type(path)) and job.result.exists()
        assert f"Đã tự động sao lưu: {job.result.name}" in window.statusBar().currentMessage()
        counts = backup.inspect_backup(job.result)["counts"]
        assert counts["members"] in (1, 2)  # a consistent snapshot, before or after the save
        assert safety_menu.start_background_backup(window, s) is None  # not twice
    finally:
        s.close()
    s = open_store(path)
    assert s.backup_due is False  # the backup made today counts
    s.close()


def test_backup_reports_progress_and_can_be_stopped(store, monkeypatch):
    """Issue 7: a backup made while the user waits reports its pages and can be stopped at
    the copy or at the check; a stopped backup leaves nothing behind."""
    for i in range(30):
        _add(store, f"Nguyễn Văn {i}")
    monkeypatch.setattr(backup, "_PAGES_PER_STEP", 2)
    calls = []
    path = backup.backup_before(store, "before-import", progress=lambda *a: calls.append(a))
    pages = store.scalar("PRAGMA page_count")
    copies = [c for c in calls if c[0] == "copy"]
    assert copies[-1] == ("copy", pages, pages) and len(copies) >= pages // 2
    assert ("check", 0, 0) in calls and path.exists()
    for stage in ("copy", "check"):
        before = set(backup.backup_dir(store.path).iterdir())
        with pytest.raises(backup.BackupCancelled):
            backup.backup_before(store, "before-import", progress=lambda s, d, t, stop=stage: s != stop)
        assert set(backup.backup_dir(store.path).iterdir()) == before  # no backup, no .part
    monkeypatch.setattr(backup, "_CHECK_STEP", 50)  # stopped in the middle of the check
    checks = []
    with pytest.raises(backup.BackupCancelled):
        backup.backup_before(store, "before-import",
                             progress=lambda s, d, t: s != "check" or (checks.append(1), len(checks) < 3)[1])
    assert len(checks) == 3 and set(backup.backup_dir(store.path).iterdir()) == before


def test_big_files_waiting_backup_uses_quick_check(store, monkeypatch):
    """A backup the user waits for on a file over BACKGROUND_MIN_BYTES is checked with
    quick_check (50 s → 10 s at 3.8 GB); the background daily backup keeps integrity_check."""
    seen = []
    real = backup.backup_connection
    monkeypatch.setattr(backup, "backup_connection",
                        lambda conn, target, make_folder=False, progress=None, quick=False, **kw:
                        (seen.append(quick), real(conn, target, make_folder, progress, quick, **kw))[1])
    backup.backup_before(store, "before-import")
    monkeypatch.setattr(backup, "BACKGROUND_MIN_BYTES", 0)
    backup.backup_before(store, "before-import")
    backup.backup_file(store.path)
    assert seen == [False, True, False]


def test_background_backup_stopped_leaves_nothing(store, qtbot, monkeypatch, qsettings_isolated):
    """Review finding: quitting during a big file's background backup left a full-size .part
    file. The copy is one step (SQLite would restart a stepwise copy at every save made
    meanwhile); stopping after it, or during the check, removes everything."""
    from PySide6.QtWidgets import QMainWindow

    from ocop_desktop.ui import safety_menu
    _add(store, "Nguyễn Văn An")
    folder = backup.backup_dir(store.path)
    calls = []
    with pytest.raises(backup.BackupCancelled):
        backup.backup_file(store.path, progress=lambda *a: (calls.append(a), False)[1])
    assert calls == [("copy", 1, 1)]  # one step, reported once
    assert not folder.exists() or not list(folder.iterdir())
    monkeypatch.setattr(backup, "_CHECK_STEP", 10)
    checks = []
    with pytest.raises(backup.BackupCancelled):
        backup.backup_file(store.path, progress=lambda s, d, t: s != "check" or (checks.append(1), len(checks) < 3)[1])
    assert not list(folder.iterdir())
    store.backup_due = True
    window = QMainWindow()
    qtbot.addWidget(window)
    job = safety_menu.start_background_backup(window, store, delay_ms=50)
    job.stop()  # e.g. the program quits before the delay is over
    qtbot.wait(150)
    assert job.result is None and not job.thread.is_alive() and not list(folder.iterdir())
