"""One writer at a time: a lock table inside the cooperative file (GnuCash's ``gnclock``).

A process that opens the file for writing adds a row (host, process id, app user, OS
account, since, heartbeat). Another process — on this PC or on another PC that opens the
file from a shared folder — sees a live row and opens the file read-only, naming the holder.

A row is *stale* and removed safely when:

* it was written on this host by a process that no longer exists (a crash, a power cut), or
* it was written on another host and its heartbeat is older than :data:`STALE_AFTER`
  (the running app refreshes it every minute, :func:`refresh`).

The check and the insert happen in one ``BEGIN IMMEDIATE`` transaction, so two processes
opening at the same moment cannot both win.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import socket
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from ocop_desktop.i18n import tr
from ocop_desktop.store.schema_safety import LOCK_TABLE_SQL

__all__ = [
    "LockHolder", "STALE_AFTER", "acquire", "release", "refresh", "holders", "pid_alive",
    "this_host", "os_user", "cloud_or_network_warning",
]

#: A lock row from another host whose heartbeat is older than this is stale.
STALE_AFTER = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class LockHolder:
    """Who holds the file: ``host``, ``pid``, ``app_user`` (may be empty), ``os_user``,
    ``since`` (UTC ISO text)."""

    host: str
    pid: int
    app_user: str
    os_user: str
    since: str

    def describe(self) -> str:
        """One sentence naming the holder, in the UI language."""
        who = self.app_user or self.os_user or "?"
        try:
            since = dt.datetime.fromisoformat(self.since).astimezone().strftime("%H:%M %d/%m/%Y")
        except ValueError:
            since = self.since
        return tr("{who} on computer {host} (process {pid}) has had it open since {since}.",
                  who=who, host=self.host, pid=self.pid, since=since)


def this_host() -> str:
    """This computer's name as other PCs see it."""
    return socket.gethostname() or "?"


def os_user() -> str:
    """The operating-system account running the app ("" when unknown)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no account name is not an error
        return ""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def pid_alive(pid: int) -> bool:
    """Whether process *pid* exists on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_stale(row: tuple, now: dt.datetime) -> bool:
    _id, host, pid, _user, _os_user, _since, heartbeat = row
    if host == this_host():
        return not pid_alive(pid)
    try:
        beat = dt.datetime.fromisoformat(heartbeat)
    except ValueError:
        return True
    return now - beat > STALE_AFTER


def acquire(conn: sqlite3.Connection, app_user: str = "") -> tuple[int | None, LockHolder | None]:
    """Take the writer lock on the open connection *conn*.

    Returns ``(lock row id, None)`` when this process may write, or ``(None, holder)`` when
    another live process holds it. Stale rows are deleted in the same transaction.
    Rows of this very process (the same file opened twice) never block.
    Raises ``sqlite3.Error`` (the caller classifies it)."""
    host, pid = this_host(), os.getpid()
    now = dt.datetime.now(dt.timezone.utc)
    conn.execute(LOCK_TABLE_SQL)
    conn.execute("BEGIN IMMEDIATE")
    try:
        rows = conn.execute("SELECT id, host, pid, app_user, os_user, since, heartbeat FROM ocop_lock").fetchall()
        for row in rows:
            if row[1] == host and row[2] == pid:
                continue
            if _is_stale(row, now):
                conn.execute("DELETE FROM ocop_lock WHERE id = ?", [row[0]])
                continue
            conn.execute("ROLLBACK")
            return None, LockHolder(row[1], row[2], row[3] or "", row[4] or "", row[5])
        stamp = now.isoformat(timespec="seconds")
        cur = conn.execute(
            "INSERT INTO ocop_lock (host, pid, app_user, os_user, since, heartbeat) VALUES (?, ?, ?, ?, ?, ?)",
            [host, pid, app_user, os_user(), stamp, stamp])
        conn.execute("COMMIT")
        return cur.lastrowid, None
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def holders(conn: sqlite3.Connection) -> list[LockHolder]:
    """The live holders recorded in the file (stale rows left out, nothing written)."""
    now = dt.datetime.now(dt.timezone.utc)
    try:
        rows = conn.execute("SELECT id, host, pid, app_user, os_user, since, heartbeat FROM ocop_lock").fetchall()
    except sqlite3.OperationalError:
        return []
    return [LockHolder(r[1], r[2], r[3] or "", r[4] or "", r[5]) for r in rows if not _is_stale(r, now)]


def refresh(conn: sqlite3.Connection, lock_id: int) -> None:
    """Update this process's heartbeat (call about once a minute)."""
    with conn:
        conn.execute("UPDATE ocop_lock SET heartbeat = ? WHERE id = ?", [_now(), lock_id])


def release(conn: sqlite3.Connection, lock_id: int) -> None:
    """Remove this process's lock row (errors ignored: a stale row is recovered later)."""
    with contextlib.suppress(sqlite3.Error):
        with conn:
            conn.execute("DELETE FROM ocop_lock WHERE id = ?", [lock_id])


#: Folder name (lower case) → the service's name as people know it.
_CLOUD_NAMES = {"onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive",
                "googledrive": "Google Drive", "my drive": "Google Drive", "icloud": "iCloud",
                "icloud drive": "iCloud", "icloudrive": "iCloud", "mega": "MEGA", "pcloud": "pCloud",
                "box sync": "Box", "nextcloud": "Nextcloud", "owncloud": "ownCloud", "yandex.disk": "Yandex Disk"}
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "9p", "afs",
               "fuse.rclone", "davfs", "fuse.gcsfuse", "ceph", "glusterfs"}


def _mount_fstype(path: Path, mounts_file: str = "/proc/mounts") -> str:
    try:
        lines = Path(mounts_file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    text = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (text == mount or text.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best):
            best, fstype = mount, parts[2]
    return fstype


def _windows_remote_drive(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes
    drive = os.path.splitdrive(path)[0]
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE


def cloud_or_network_warning(path: str | Path, mounts_file: str = "/proc/mounts") -> str | None:
    """A warning (UI language) when *path* sits in a cloud-synced folder (OneDrive, Dropbox,
    Google Drive, iCloud…) or on a network share (UNC ``\\\\server\\share``, SMB/NFS/SSHFS
    mounts, a mapped network drive); ``None`` otherwise.

    Why: sync tools copy a database file while it is being written and can hand back a
    torn copy or a "conflicted copy"; SQLite's locking does not work over many network file
    systems (sqlite.org/useovernet.html)."""
    text = str(path)
    parts = [p.lower() for p in text.replace("\\", "/").split("/")]
    for folder, service in _CLOUD_NAMES.items():
        if any(p == folder or p.startswith(folder + " ") or p.startswith(folder + "-") for p in parts):
            return tr("The file is in a cloud-synced folder ({name}). Sync programs can copy it "
                      "half-written and lose data. Keep the file in a local folder and back it up "
                      "with File ▸ Back up to… instead.", name=service)
    if text.startswith("\\\\") or text.startswith("//"):
        return tr("The file is on a network share. If the network drops while saving, data can be "
                  "lost. Keep the file on this computer and back it up with File ▸ Back up to….")
    if sys.platform == "win32" and _windows_remote_drive(text):  # pragma: no cover
        return tr("The file is on a network share. If the network drops while saving, data can be "
                  "lost. Keep the file on this computer and back it up with File ▸ Back up to….")
    fstype = _mount_fstype(Path(text), mounts_file) if sys.platform.startswith("linux") else ""
    if fstype.lower() in _NETWORK_FS:
        return tr("The file is on a network share. If the network drops while saving, data can be "
                  "lost. Keep the file on this computer and back it up with File ▸ Back up to….")
    return None
