"""Schema step for data safety: the writer lock, the audit trail and the app's users.

* ``ocop_lock`` — one row per process writing the file (GnuCash's ``gnclock`` table):
  host name, process id, app user, since and a heartbeat (ISO timestamps, UTC).
* ``audit_log`` — every change to an audited table (see :mod:`ocop_desktop.store.audit`):
  when (UTC ISO), app user, OS account, table, row id, action (``insert``/``update``/
  ``delete``), old and new row as JSON.
* ``app_users`` — the simple list of names chosen at start; an optional password kept as a
  salted scrypt hash (hex).
"""

from __future__ import annotations

import sqlite_utils

__all__ = ["LOCK_TABLE_SQL", "v_safety"]

#: Also run by :mod:`ocop_desktop.store.lock` before migrating (the lock comes first).
LOCK_TABLE_SQL = """CREATE TABLE IF NOT EXISTS ocop_lock (
    id INTEGER PRIMARY KEY,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    app_user TEXT,
    os_user TEXT,
    since TEXT NOT NULL,
    heartbeat TEXT NOT NULL
)"""


def v_safety(db: sqlite_utils.Database) -> None:
    """Lock table, audit log and app users."""
    db.execute(LOCK_TABLE_SQL)
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            app_user TEXT,
            os_user TEXT,
            table_name TEXT NOT NULL,
            row_id INTEGER,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old_json TEXT,
            new_json TEXT
        )"""
    )
    db.execute("CREATE INDEX audit_log_record ON audit_log (table_name, row_id, id)")
    db.execute("CREATE INDEX audit_log_at ON audit_log (at)")
    db.execute(
        """CREATE TABLE app_users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            password_hash TEXT,
            salt TEXT,
            active INTEGER NOT NULL DEFAULT 1
        )"""
    )
