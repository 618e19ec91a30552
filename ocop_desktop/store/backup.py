"""Automatic and manual backups with SQLite's online backup API (Anki's timed backups).

Backups of a cooperative file live in ``<user data dir>/backups/<file stem>-<hash>/`` as
``<stem>-YYYYMMDD-HHMMSS-<reason>.ocop`` (local time). Each is written to a ``.part`` file,
checked with ``PRAGMA integrity_check``, flushed to disk and only then renamed, so a backup
with its final name is always whole.

When: on opening when the newest is older than a day (:func:`backup_if_due`), and before
every migration, import, restore and distribution posting (:func:`backup_before`). A file
over :data:`BACKGROUND_MIN_BYTES` is not backed up while it opens (copying and checking a
3.8 GB file takes a minute, issue 7): ``open_store`` sets ``store.backup_due`` and the window
runs :func:`backup_file` on a worker thread after it is shown.

Kept (:func:`rotate`): the newest backup of each of the last 7 days, of each of the last
4 ISO weeks and of each of the last 12 months that have a backup; the newest backup always;
backups made just before a restore are never rotated away.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ocop_desktop.i18n import N_, tr
from ocop_desktop.store.errors import (
    BackupError, CorruptDatabaseError, NewerSchemaError, NotADatabaseError, ReadOnlyError,
    StoreError, classify_sqlite_error,
)

__all__ = [
    "BackupInfo", "REASONS", "backup_dir", "make_backup", "backup_connection", "backup_before",
    "backup_if_due", "list_backups", "rotate", "inspect_backup", "restore_backup",
    "newest_good_backup", "check_file", "backup_due", "backup_file", "BACKGROUND_MIN_BYTES", "BackupCancelled", "Progress",
]

#: ``progress(stage, done, total) -> bool | None``: ``"copy"`` with pages copied and pages
#: in all, or ``"check"`` with 0, 0; False stops the backup (:class:`BackupCancelled`).
Progress = Callable[[str, int, int], "bool | None"]
#: Pages copied per step when progress is reported (4 KiB pages: 16 MiB a step).
_PAGES_PER_STEP = 4096
#: SQLite VM instructions between two progress calls while the copy is checked.
_CHECK_STEP = 2_000_000


class BackupCancelled(StoreError):
    """The user stopped a backup; nothing was written or changed."""


def _cancelled() -> BackupCancelled:
    return BackupCancelled(tr("The backup was stopped; nothing was changed."))


#: Files larger than this (bytes) get their daily backup on a worker thread after the
#: window is shown instead of while opening (issue 7: start time on a province-scale file).
BACKGROUND_MIN_BYTES = 32 * 1024 * 1024

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_SQLITE_HEADER = b"SQLite format 3\x00"

#: Why a backup was made → label shown in the list (translated at display).
REASONS = {
    "auto": N_("automatic (daily)"),
    "manual": N_("made by hand"),
    "before-migration": N_("before upgrading the file"),
    "before-import": N_("before an import"),
    "before-restore": N_("before restoring a backup"),
    "before-distribution": N_("before posting a distribution"),
    "damaged": N_("copy of a damaged file"),
}

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.ocop$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: ``path``, ``made`` (local ``datetime``), ``reason`` (key of
    :data:`REASONS`), ``size`` (bytes)."""

    path: Path
    made: dt.datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        return tr(REASONS.get(self.reason, self.reason))


def backup_dir(db_path: str | Path) -> Path:
    """The folder holding the backups of the file at *db_path* (created when missing is
    up to the writer). Keyed by the file's name and a hash of its full path, so two files
    with one name in different folders keep separate backups."""
    from ocop_desktop.store.db import default_data_dir
    path = Path(db_path).expanduser().resolve()
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:8]
    return default_data_dir() / "backups" / f"{path.stem}-{digest}"


def list_backups(db_path: str | Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of *db_path*, newest first (only whole files: ``.part`` files are ignored)."""
    folder = folder or backup_dir(db_path)
    out = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m:
            continue
        made = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            out.append(BackupInfo(path, made, m["reason"], path.stat().st_size))
    out.sort(key=lambda b: (b.made, b.path.name), reverse=True)
    return out


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backup_connection(conn: sqlite3.Connection, target: Path, make_folder: bool = False,
                      progress: Progress | None = None, quick: bool = False, copy_in_steps: bool = True) -> Path:
    """Copy the open database *conn* to *target* with the online backup API, clear the
    copy's writer locks, check it with ``PRAGMA integrity_check`` (``quick_check`` with
    *quick*), flush it and move it into place. Nothing is left at *target* when anything
    fails. The target folder is created only with *make_folder* (a missing folder on a
    chosen target usually means the USB stick is not plugged in: writing to the empty
    mount point would be a silent loss).

    *progress(stage, done, total)*, when given, is called while copying (``"copy"``, pages
    copied, pages in all) and checking (``"check"``, 0, 0); returning ``False`` stops the
    backup with :class:`BackupCancelled` (nothing left behind). Without *copy_in_steps* the
    copy is one step (reported once): SQLite restarts a stepwise copy whenever another
    connection writes the file, so a copy made beside a working window must be one step.

    Raises :class:`BackupError` (check failed), :class:`DiskFullError` /
    :class:`ReadOnlyError` (target not writable)."""
    target = Path(target)
    part = target.with_name(target.name + ".part")
    if conn.in_transaction:
        # SQLite's backup from a connection holding an open write transaction waits for
        # ever (SQLITE_BUSY); callers inside a transaction go through make_backup(), which
        # reads the last committed state through a second connection.
        raise BackupError(tr("A backup cannot be made in the middle of saving; nothing was changed."))
    try:
        if make_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        dest = sqlite3.connect(str(part))
        cancelled = []
        try:
            if progress is None or not copy_in_steps:
                conn.backup(dest)
                if progress is not None and progress("copy", 1, 1) is False:
                    cancelled.append(True)
                    raise _cancelled()
            else:
                def copied(_status: int, remaining: int, total: int) -> None:
                    if progress("copy", total - remaining, total) is False:
                        cancelled.append(True)
                        raise _cancelled()
                conn.backup(dest, pages=_PAGES_PER_STEP, progress=copied)
            with dest:
                with contextlib.suppress(sqlite3.OperationalError):
                    dest.execute("DELETE FROM ocop_lock")
            dest.execute("PRAGMA journal_mode = DELETE")
            if progress is not None:
                if progress("check", 0, 0) is False:
                    cancelled.append(True)
                    raise _cancelled()

                def checking() -> int:
                    if progress("check", 0, 0) is False:
                        cancelled.append(True)
                        return 1  # interrupts the check
                    return 0
                dest.set_progress_handler(checking, _CHECK_STEP)
            result = [r[0] for r in dest.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()]
        except sqlite3.OperationalError:
            if cancelled:
                raise _cancelled() from None
            raise
        finally:
            dest.close()
        if result != ["ok"]:
            raise BackupError(tr("The backup {path} failed its check: {problem}", path=str(target), problem="; ".join(result[:3])))
        _fsync(part)
        os.replace(part, target)
        _fsync(target.parent)
    except BackupCancelled:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    except sqlite3.Error as err:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        mapped = classify_sqlite_error(err, str(target))
        if mapped is err:
            raise BackupError(tr("Could not write the backup {path}: {reason}", path=str(target), reason=str(err))) from err
        raise mapped from err
    except OSError as err:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        from ocop_desktop.store.safety_files import os_reason
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(target), reason=os_reason(err))) from err
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    return target


def make_backup(conn: sqlite3.Connection, db_path: str | Path, reason: str = "auto",
                folder: Path | None = None, now: dt.datetime | None = None,
                keep: bool = True, progress: Progress | None = None, full_check: bool | None = None,
                copy_in_steps: bool = True) -> Path:
    """Back up the open connection *conn* of the file *db_path* into its backup folder with
    *reason* (a key of :data:`REASONS`); then rotate old backups unless *keep* is False
    (used before a restore so good backups are never rotated away). Returns the new path.

    The copy is checked with ``PRAGMA integrity_check``; a backup made while the user waits
    (*full_check* None) of a file over :data:`BACKGROUND_MIN_BYTES` is checked with
    ``PRAGMA quick_check`` instead (issue 7: 10 s instead of 50 s on a 3.8 GB file; the
    daily backup of such a file, made in the background, keeps the full check).
    *progress*: see :func:`backup_connection`."""
    if full_check is None:
        try:
            full_check = Path(db_path).stat().st_size <= BACKGROUND_MIN_BYTES
        except OSError:
            full_check = True
    folder = folder or backup_dir(db_path)
    now = now or dt.datetime.now()
    stem = Path(db_path).stem
    target = folder / f"{stem}-{now:%Y%m%d-%H%M%S}-{reason}.ocop"
    while target.exists():  # two backups in one second: the later one a second on
        now += dt.timedelta(seconds=1)
        target = folder / f"{stem}-{now:%Y%m%d-%H%M%S}-{reason}.ocop"
    if conn.in_transaction:  # called inside a transaction: back up the committed state
        other = _open_ro(Path(db_path))
        try:
            backup_connection(other, target, make_folder=True, progress=progress, quick=not full_check,
                              copy_in_steps=copy_in_steps)
        finally:
            other.close()
    else:
        backup_connection(conn, target, make_folder=True, progress=progress, quick=not full_check,
                          copy_in_steps=copy_in_steps)
    if keep:
        rotate(db_path, folder=folder, today=now.date())
    return target


def rotate(db_path: str | Path, folder: Path | None = None, today: dt.date | None = None) -> list[Path]:
    """Delete backups not kept by the 7 daily / 4 weekly / 12 monthly rule; returns the
    deleted paths. Kept: the newest backup of each of the 7 most recent days with a backup,
    of each of the 4 most recent ISO weeks, of each of the 12 most recent months; the newest
    backup; every ``before-restore`` backup."""
    folder = folder or backup_dir(db_path)
    _remove_stale_parts(folder)
    backups = list_backups(db_path, folder)
    if not backups:
        return []
    keep: set[Path] = {backups[0].path}
    keep |= {b.path for b in backups if b.reason in ("before-restore", "damaged")}
    for key, count in ((lambda d: d.date(), KEEP_DAILY),
                       (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
                       (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: list = []
        for b in backups:  # newest first: the first of each bucket is its newest
            k = key(b.made)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(b.path)
    deleted = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                deleted.append(b.path)
    return deleted


def _remove_stale_parts(folder: Path, age: dt.timedelta = dt.timedelta(hours=1)) -> None:
    """Delete ``.part`` files left by a backup that was interrupted (a crash, a power cut)
    more than *age* ago; younger ones may still be being written by another process."""
    if not folder.is_dir():
        return
    limit = (dt.datetime.now() - age).timestamp()
    for part in folder.glob("*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()


def backup_due(db_path: str | Path, now: dt.datetime | None = None,
               max_age: dt.timedelta = dt.timedelta(days=1)) -> bool:
    """True when the newest backup of *db_path* is older than *max_age* (or there is none)."""
    now = now or dt.datetime.now()
    backups = list_backups(db_path)
    return not (backups and now - backups[0].made < max_age)


def backup_if_due(conn: sqlite3.Connection, db_path: str | Path, now: dt.datetime | None = None,
                  max_age: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    """Make an ``auto`` backup when the newest backup is older than *max_age* (or there is
    none); returns its path or ``None`` when not due."""
    now = now or dt.datetime.now()
    if not backup_due(db_path, now, max_age):
        return None
    return make_backup(conn, db_path, "auto", now=now)


def backup_file(db_path: str | Path, reason: str = "auto", now: dt.datetime | None = None,
                progress: Progress | None = None) -> Path:
    """Back up the file *db_path* through a read-only connection of its own (so it can run on
    a worker thread while the window keeps working on the file: SQLite's WAL lets the copy
    read a consistent snapshot while the app writes). Same checks, names, rotation and
    errors as :func:`make_backup`; *progress* as there (False stops it:
    :class:`BackupCancelled`, nothing left behind)."""
    conn = _open_ro(Path(db_path))
    try:
        # one-step copy: the window may write meanwhile (see backup_connection)
        return make_backup(conn, db_path, reason, now=now, full_check=True, progress=progress, copy_in_steps=False)
    finally:
        conn.close()


def backup_before(store, reason: str, progress: Progress | None = None) -> Path:
    """Back up the open *store* before a risky operation: *reason* is ``"before-import"``,
    ``"before-distribution"``, ``"before-migration"`` or ``"before-restore"``.
    Importers and distribution posting call this first (issue 6 item 1). *progress*: see
    :func:`backup_connection` (:class:`BackupCancelled` when it returns False)."""
    return make_backup(store.db.conn, store.path, reason, progress=progress)


# --- inspecting and restoring -------------------------------------------------------

def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True, timeout=5)


#: Tables counted in a backup summary: table → label (translated at display). Tables
#: added by later features are listed here; missing ones are skipped.
SUMMARY_TABLES = {
    "members": N_("members"),
    "contributions": N_("capital contributions"),
    "products": N_("products"),
    "assessments": N_("assessments"),
    "certificates": N_("certificates"),
    "dossiers": N_("dossiers"),
    "vouchers": N_("vouchers"),
    "audit_log": N_("history entries"),
}


def check_file(path: str | Path, full: bool = True) -> tuple[str, list[str]]:
    """Health of the file at *path* without changing it.

    Returns ``(status, problems)``: status ``"ok"``, ``"problems"`` (readable but
    ``integrity_check`` / ``foreign_key_check`` found faults, listed in plain words) or
    ``"unusable"`` (missing, not a database, unreadable, newer version; one message)."""
    status, problems, _kind = _check(path, full)
    return status, problems


def _check(path: str | Path, full: bool = True) -> tuple[str, list[str], str]:
    from ocop_desktop.store import migrations
    path = Path(path)
    if not path.exists():
        return "unusable", [tr("The file {path} does not exist.", path=str(path))], "notdb"
    if path.is_dir():
        return "unusable", [tr("{path} is a folder, not a cooperative data file.", path=str(path))], "notdb"
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as err:
        return "unusable", [tr("The file {path} cannot be read: {reason}", path=str(path), reason=err.strerror or str(err))], "notdb"
    if len(head) < 100 or not head.startswith(_SQLITE_HEADER):
        if not head:
            return "unusable", [tr("The file {path} is empty.", path=str(path))], "notdb"
        return "unusable", [tr("The file {path} is not a cooperative data file.", path=str(path))], "notdb"
    try:
        conn = _open_ro(path)
    except sqlite3.Error as err:
        return "unusable", [str(classify_sqlite_error(err, str(path)))], "notdb"
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()]
        except sqlite3.Error as err:
            mapped = classify_sqlite_error(err, str(path))
            return "unusable", [str(mapped) if mapped is not err else tr("The file {path} is damaged.", path=str(path))], "damaged"
        if version > migrations.SCHEMA_VERSION:
            return "unusable", [tr("The file {path} was made by a newer version of OCOP Desktop (data version {found}, "
                                   "this program reads up to {supported}). Update the program to open it.",
                                   path=str(path), found=version, supported=migrations.SCHEMA_VERSION)], "newer"
        problems = []
        if rows != ["ok"]:
            problems.append(tr("The file is damaged ({n} faults found by SQLite's integrity check). First: {first}",
                               n=len(rows), first=rows[0]))
        try:
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.Error:
            fk = []
        if fk:
            tables = sorted({r[0] for r in fk})
            problems.append(tr("{n} rows point to records that do not exist (tables: {tables}).",
                               n=len(fk), tables=", ".join(tables)))
        if version == 0:
            problems.append(tr("The file has no cooperative data yet."))
        damaged = rows != ["ok"]
        return ("problems" if problems else "ok"), problems, ("damaged" if damaged else "")
    finally:
        conn.close()


def inspect_backup(path: str | Path) -> dict:
    """What a backup holds, shown before restoring: ``{"path", "made" (datetime from the
    name, else the file time), "size" (bytes), "schema_version", "cooperative" (name or
    ""), "counts": {label: n}}``.

    Raises :class:`NotADatabaseError`, :class:`CorruptDatabaseError` or
    :class:`NewerSchemaError` for a file that cannot be restored."""
    path = Path(path)
    status, problems, kind = _check(path)
    if status == "unusable":
        raise (NewerSchemaError if kind == "newer" else NotADatabaseError)(problems[0])
    if kind == "damaged":
        raise CorruptDatabaseError(tr("The backup {path} is damaged and cannot be restored.", path=str(path)))
    m = _NAME.match(path.name)
    made = (dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S") if m
            else dt.datetime.fromtimestamp(path.stat().st_mtime))
    conn = _open_ro(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {}
        for table, label in SUMMARY_TABLES.items():
            if table in tables:
                counts[label] = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        name = ""
        if "cooperative" in tables:
            row = conn.execute("SELECT name FROM cooperative WHERE id = 1").fetchone()
            name = row[0] if row else ""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    return {"path": path, "made": made, "size": path.stat().st_size, "schema_version": version,
            "cooperative": name, "counts": counts}


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    """The newest backup of *db_path* that passes ``integrity_check`` (``None`` if none)."""
    for b in list_backups(db_path):
        if check_file(b.path)[0] == "ok":
            return b
    return None


def _remove_sidecars(db_path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def restore_backup(backup: str | Path, db_path: str | Path, app_user: str = "") -> Path | None:
    """Replace the cooperative file *db_path* with the backup *backup*.

    Order (nothing is lost at any step): 1. check the backup (whole, not newer); 2. refuse
    when another program holds the file's writer lock; 3. back up the current file
    (``before-restore``, never rotated; a raw ``damaged`` copy when it cannot be read);
    4. copy the backup in with the online backup API (one SQLite transaction), or — when
    the current file is damaged or not a database — write a checked copy beside it and
    rename it over. Every connection to *db_path* in this process must be closed first.

    Returns the path of the backup of the previous state (``None`` when there was no file).
    Raises :class:`StoreError` subclasses."""
    from ocop_desktop.store import lock as lock_mod
    backup, db_path = Path(backup), Path(db_path)
    info = inspect_backup(backup)
    if not info.get("cooperative"):
        # a file with no cooperative in it (an empty or new file) would wipe the register
        raise BackupError(tr("{path} holds no cooperative data (no cooperative profile): it is not a backup to restore.",
                             path=str(backup)))
    if backup.resolve() == db_path.resolve():
        raise StoreError(tr("Choose a backup file, not the open cooperative file itself."))
    previous = None
    healthy = False
    if db_path.exists():
        status, _problems, kind = _check(db_path, full=False)
        healthy = status != "unusable" and kind != "damaged"  # broken references alone: still readable
        if healthy:
            conn = sqlite3.connect(str(db_path), timeout=5)
            try:
                live = [h for h in lock_mod.holders(conn)
                        if not (h.host == lock_mod.this_host() and h.pid == os.getpid())]
                if live:
                    from ocop_desktop.store.errors import DatabaseLockedError
                    raise DatabaseLockedError(tr("The file is open in another program and cannot be replaced now. {holder}",
                                                 holder=live[0].describe()))
                previous = make_backup(conn, db_path, "before-restore", keep=False)
            except sqlite3.Error as err:
                mapped = classify_sqlite_error(err, str(db_path))
                raise (mapped if mapped is not err else BackupError(str(err))) from err
            finally:
                conn.close()
        else:
            folder = backup_dir(db_path)
            folder.mkdir(parents=True, exist_ok=True)
            previous = folder / f"{db_path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}-damaged.ocop"
            try:
                shutil.copy2(db_path, previous)
                for suffix in ("-wal", "-shm"):
                    side = Path(str(db_path) + suffix)
                    if side.exists():
                        shutil.copy2(side, Path(str(previous) + suffix))
            except OSError as err:
                raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(previous), reason=err.strerror or str(err))) from err
    src = _open_ro(backup)
    try:
        if healthy:
            dest = sqlite3.connect(str(db_path), timeout=5)
            try:
                src.backup(dest)
                with dest:
                    with contextlib.suppress(sqlite3.OperationalError):
                        dest.execute("DELETE FROM ocop_lock")
                dest.execute("PRAGMA journal_mode = WAL")
                dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as err:
                mapped = classify_sqlite_error(err, str(db_path))
                raise (mapped if mapped is not err else BackupError(str(err))) from err
            finally:
                dest.close()
        else:
            tmp = db_path.with_name(db_path.name + ".restore")
            backup_connection(src, tmp, make_folder=True)
            _remove_sidecars(db_path)
            os.replace(tmp, db_path)
            _fsync(db_path.parent)
    finally:
        src.close()
    return previous
