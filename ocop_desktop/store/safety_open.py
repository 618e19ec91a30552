"""What :func:`ocop_desktop.store.db.open_store` does for safety (issue 6), kept here so
``db.py`` stays small: the writer lock, the cloud/network folder warning, the daily backup
on opening and the audit triggers."""

from __future__ import annotations

import contextlib
import logging
import sqlite3

from ocop_desktop.store import audit, backup, lock
from ocop_desktop.store.errors import StoreError, classify_sqlite_error

__all__ = ["take_lock", "after_open"]

log = logging.getLogger("ocop_desktop.safety")


def take_lock(store, app_user: str, connect):
    """Take the writer lock of *store* (opened for writing). When another live program
    holds it, close and reopen the file read-only (through *connect(path, read_only)*) and
    set ``store.lock_holder``. Returns the store to use."""
    from ocop_desktop.store.db import Store
    try:
        lock_id, holder = lock.acquire(store.db.conn, app_user)
    except sqlite3.Error as err:
        mapped = classify_sqlite_error(err, str(store.path))
        store.db.close()
        if mapped is err:
            raise
        raise mapped from err
    if holder is None:
        store.lock_id = lock_id
        return store
    log.info("file held by another process; opening read-only")
    store.db.close()
    try:
        db = connect(store.path, True)
    except sqlite3.Error as err:
        mapped = classify_sqlite_error(err, str(store.path))
        if mapped is err:
            raise
        raise mapped from err
    other = Store(store.path, db, read_only=True)
    other.lock_holder = holder
    return other


def _size(path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def after_open(store, app_user: str, auto_backup: bool = True) -> None:
    """After migration: the folder warning, the daily backup, the audit triggers. For a
    file over :data:`backup.BACKGROUND_MIN_BYTES` the daily backup is only marked due
    (``store.backup_due``); the window makes it on a worker thread.

    A failed automatic backup does not stop the file from opening; it becomes a warning
    (the user can still work, and sees that backups are failing)."""
    warning = lock.cloud_or_network_warning(store.path.resolve())
    if warning:
        store.warnings.append(warning)
    if store.read_only:
        return
    if auto_backup and _size(store.path) > backup.BACKGROUND_MIN_BYTES:
        # A big file's daily backup runs after the window is shown (ui.safety_menu).
        store.backup_due = backup.backup_due(store.path)
    elif auto_backup:
        try:
            store.opened_backup = backup.backup_if_due(store.db.conn, store.path)
        except StoreError as err:
            log.warning("automatic backup failed: %s", type(err).__name__)
            store.warnings.append(str(err))
    conn = store.db.conn
    was = conn.in_transaction
    audit.install(conn, app_user, lock.os_user())
    if not was and conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.commit()
