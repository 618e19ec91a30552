"""One writer at a time (issue 6 item 3): GnuCash-style lock table with host and pid."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ocop_desktop.store import lock
from ocop_desktop.store.db import open_store
from ocop_desktop.store.errors import ReadOnlyError

ROOT = Path(__file__).resolve().parent.parent.parent

HOLD = """
import sys, time
from ocop_desktop.store.db import open_store
s = open_store(sys.argv[1], app_user="Chị Lan")
print("ready", flush=True)
time.sleep(60)
"""


def _holder(path):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_second_process_opens_read_only_naming_the_holder(store):
    path = store.path
    store.close()
    proc = _holder(path)
    try:
        s = open_store(path)
        assert s.read_only
        assert s.lock_holder.pid == proc.pid
        assert s.lock_holder.app_user == "Chị Lan"
        assert s.lock_holder.host == lock.this_host()
        assert "Chị Lan" in s.lock_holder.describe() and str(proc.pid) in s.lock_holder.describe()
        with pytest.raises(ReadOnlyError):
            s.set_setting("x", "y")
        s.close()
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


def test_stale_lock_of_a_killed_process_is_recovered(store):
    path = store.path
    store.close()
    proc = _holder(path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    s = open_store(path)
    try:
        assert not s.read_only
        assert s.lock_holder is None
        rows = s.query("SELECT host, pid FROM ocop_lock")
        assert rows == [{"host": lock.this_host(), "pid": os.getpid()}]  # the dead row is gone
    finally:
        s.close()
    s = open_store(path)
    assert s.query("SELECT COUNT(*) AS n FROM ocop_lock") == [{"n": 1}]
    s.close()


def test_lock_from_another_pc_blocks_until_its_heartbeat_is_old(store):
    conn = store.db.conn
    now = dt.datetime.now(dt.timezone.utc)
    fresh = (now - dt.timedelta(minutes=2)).isoformat(timespec="seconds")
    conn.execute("INSERT INTO ocop_lock (host, pid, app_user, os_user, since, heartbeat) VALUES "
                 "('KETOAN-PC', 4242, 'Anh Minh', 'minh', ?, ?)", [fresh, fresh])
    conn.commit()
    path = store.path
    store.close()
    s = open_store(path)
    assert s.read_only and s.lock_holder.host == "KETOAN-PC"
    assert "KETOAN-PC" in s.lock_holder.describe() and "Anh Minh" in s.lock_holder.describe()
    s.close()
    import sqlite3
    raw = sqlite3.connect(path)
    old = (now - lock.STALE_AFTER - dt.timedelta(minutes=1)).isoformat(timespec="seconds")
    raw.execute("UPDATE ocop_lock SET heartbeat = ?", [old])
    raw.commit()
    raw.close()
    s = open_store(path)
    assert not s.read_only
    s.close()


def test_close_releases_the_lock(store):
    path = store.path
    assert store.scalar("SELECT COUNT(*) FROM ocop_lock") == 1
    store.close()
    import sqlite3
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT COUNT(*) FROM ocop_lock").fetchone()[0] == 0
    raw.close()


@pytest.mark.parametrize("path, expected", [
    ("/home/lan/OneDrive/HTX/hoptacxa.ocop", "OneDrive"),
    ("/home/lan/OneDrive - HTX Lien Gia Trang/hoptacxa.ocop", "OneDrive"),
    ("C:\\Users\\lan\\Dropbox\\hoptacxa.ocop", "Dropbox"),
    ("/Users/lan/Google Drive/My Drive/hoptacxa.ocop", "Google Drive"),
    ("\\\\KETOAN-PC\\chung\\hoptacxa.ocop", "network"),
    ("/home/lan/Documents/hoptacxa.ocop", None),
])
def test_cloud_and_network_folders_are_named(path, expected, tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n")
    from ocop_desktop import i18n
    i18n.set_language("en")
    warning = lock.cloud_or_network_warning(path, mounts_file=str(mounts))
    if expected is None:
        assert warning is None
    elif expected == "network":
        assert "network share" in warning
    else:
        assert expected in warning and "cloud-synced" in warning


def test_nfs_and_smb_mounts_warn(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n//nas/htx /mnt/htx cifs rw 0 0\nnas:/x /srv/nfs nfs4 rw 0 0\n")
    assert lock.cloud_or_network_warning("/mnt/htx/a.ocop", mounts_file=str(mounts))
    assert lock.cloud_or_network_warning("/srv/nfs/sub/a.ocop", mounts_file=str(mounts))
    assert lock.cloud_or_network_warning("/mnt/htxother/a.ocop", mounts_file=str(mounts)) is None
