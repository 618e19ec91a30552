"""Clear errors, never a traceback (issue 6 item 4): each kind provoked for real, mapped to
its StoreError class, shown as a dialog saying what happened and what to do, nothing
half-written."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from ocop_desktop.domain.members import Member
from ocop_desktop.store import backup, db as db_module
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import open_store
from ocop_desktop.store.errors import (
    AttachmentUnreadableError, CorruptDatabaseError, DatabaseLockedError, DiskFullError,
    ExportTargetError, NewerSchemaError, NotADatabaseError, ReadOnlyError, StoreError,
)
from ocop_desktop.store.safety_files import read_attachment, write_atomically

TODAY = dt.date(2026, 11, 29)


def _member(i):
    return Member(full_name=f"Thành viên số {i}", member_type="official", sex="M", capital_committed=1_000_000,
                  address="Xóm Đình, xã Cẩm Khê, tỉnh Phú Thọ " * 20)


def test_disk_full_writes_nothing(store):
    pages = store.scalar("PRAGMA page_count")
    store.db.execute(f"PRAGMA max_page_count = {pages + 3}")
    with pytest.raises(DiskFullError) as info:
        with store.atomic():
            for i in range(200):  # an import of 200 members does not fit in 3 pages
                members_store.write_member(store, _member(i))
    assert "full" in str(info.value).lower() or "đầy" in str(info.value)
    assert store.scalar("SELECT COUNT(*) FROM members") == 0
    assert store.scalar("PRAGMA integrity_check") == "ok"


def test_read_only_file(store, monkeypatch):
    path = store.path
    store.close()
    if os.geteuid() == 0:
        # root ignores file permissions: open the file as a read-only medium would
        real = db_module._connect
        monkeypatch.setattr(db_module, "_connect", lambda p, ro: real(p, True) if not ro else real(p, ro))
    else:
        os.chmod(path, 0o444)
        os.chmod(path.parent, 0o555)
    try:
        with pytest.raises(ReadOnlyError):
            open_store(path)
    finally:
        os.chmod(path.parent, 0o755)
        os.chmod(path, 0o644)


def test_truncated_database(store):
    _ = [members_store.write_member(store, _member(i)) for i in range(30)]
    store.db.conn.commit()
    path = store.path
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)) as info:
        open_store(path)
    assert "Traceback" not in str(info.value)
    status, problems = backup.check_file(path)
    assert status in ("unusable", "problems") and problems


def test_random_bytes_file(tmp_path):
    path = tmp_path / "random.ocop"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(NotADatabaseError):
        open_store(path)
    status, problems = backup.check_file(path)
    assert status == "unusable" and "random.ocop" in problems[0]


def test_random_bytes_after_a_real_header(tmp_path):
    path = tmp_path / "fake.ocop"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with pytest.raises((NotADatabaseError, CorruptDatabaseError)):
        open_store(path)


def test_newer_version(store):
    store.db.execute("PRAGMA user_version = 999")
    path = store.path
    store.close()
    with pytest.raises(NewerSchemaError) as info:
        open_store(path)
    assert "999" in str(info.value)


def test_file_locked_by_another_writer(store):
    other = sqlite3.connect(store.path)
    other.execute("BEGIN EXCLUSIVE")
    store.db.execute("PRAGMA busy_timeout = 0")
    try:
        with pytest.raises(DatabaseLockedError):
            store.set_setting("x", "1")
    finally:
        other.rollback()
        other.close()
    assert store.get_setting("x") is None


def test_attachment_unreadable(tmp_path):
    with pytest.raises(AttachmentUnreadableError) as info:
        read_attachment(tmp_path / "mat-tich.pdf")
    assert "mat-tich.pdf" in str(info.value)
    with pytest.raises(AttachmentUnreadableError):
        read_attachment(tmp_path)  # a folder


def test_export_target_not_writable_leaves_nothing(tmp_path):
    with pytest.raises(ExportTargetError) as info:
        write_atomically(tmp_path / "no-such-folder" / "x.xlsx", lambda p: p.write_bytes(b"data"))
    assert "no-such-folder" in str(info.value)
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")

    def half(p):
        p.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportTargetError):
        write_atomically(target, half)
    assert target.read_bytes() == b"old"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["report.xlsx"]


KINDS = [DiskFullError("x"), ReadOnlyError("x"), DatabaseLockedError("x"), NotADatabaseError("x"),
         CorruptDatabaseError("x"), NewerSchemaError("x"), AttachmentUnreadableError("x"), ExportTargetError("x")]


@pytest.mark.parametrize("err", KINDS, ids=lambda e: type(e).__name__)
def test_each_kind_has_its_own_title_and_advice(qtbot, err):
    from ocop_desktop.ui.dialogs.safety_errors import build_error_box, describe
    title, what, todo = describe(err)
    assert what == "x"
    others = {describe(o)[0] for o in KINDS if type(o) is not type(err)}
    assert title not in others and len(todo) > 40
    box, restore = build_error_box(None, err)
    qtbot.addWidget(box)
    assert box.windowTitle() == title and box.informativeText() == todo and restore is None


def test_damaged_file_offers_newest_good_backup(qtbot, store):
    from ocop_desktop.ui.dialogs.safety_errors import build_error_box
    good = backup.make_backup(store.db.conn, store.path, "manual", now=dt.datetime(2026, 11, 28, 17, 5, 0))
    info = backup.newest_good_backup(store.path)
    assert info.path == good
    box, restore = build_error_box(None, CorruptDatabaseError("hỏng"), info)
    qtbot.addWidget(box)
    assert restore is not None and "28/11/2026 17:05" in restore.text()


def test_gui_open_of_damaged_file_restores_backup(qtbot, store, monkeypatch):
    """Opening a damaged file in the GUI offers the newest good backup and restores it."""
    from ocop_desktop.ui import safety_open
    from ocop_desktop.ui.ask import Ask
    from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
    members_store.write_member(store, _member(1))
    store.db.conn.commit()
    backup.make_backup(store.db.conn, store.path, "manual")
    path = store.path
    store.close()
    path.write_bytes(os.urandom(4096))
    seen = []
    monkeypatch.setattr(SafetyAsk, "store_error", classmethod(lambda cls, p, err, good=None: seen.append((err, good)) or True))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a: None))
    s = safety_open.open_with_recovery(None, path)
    assert isinstance(seen[0][0], NotADatabaseError) and seen[0][1] is not None
    assert s.scalar("SELECT COUNT(*) FROM members") == 1
    s.close()
    assert any(b.reason == "damaged" for b in backup.list_backups(path))


def test_no_store_error_is_a_bare_sqlite_error_for_bad_files(tmp_path):
    for i, content in enumerate([b"", b"\x00" * 100, b"SQLite format 3\x00", os.urandom(100_000)]):
        path = tmp_path / f"f{i}.ocop"
        path.write_bytes(content)
        try:
            open_store(path).close()
        except StoreError:
            pass
