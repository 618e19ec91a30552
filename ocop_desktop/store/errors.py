"""Store errors a user can act on, each with a message in the UI language.

Anything else raised from SQLite is a bug and propagates as it is (qutebrowser's
``misc/sql.py`` sorting: user-actionable vs. bug).
"""

from __future__ import annotations

import sqlite3

from ocop_desktop.i18n import tr

__all__ = [
    "StoreError", "NewerSchemaError", "NotADatabaseError", "CorruptDatabaseError",
    "DatabaseLockedError", "ReadOnlyError", "DiskFullError", "ValidationError",
    "BackupError", "AttachmentUnreadableError", "ExportTargetError", "ConstraintError",
    "classify_sqlite_error",
]


class StoreError(Exception):
    """Base of errors the user can act on; ``str(err)`` is the message to show."""


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the app (schema version too high)."""


class NotADatabaseError(StoreError):
    """The file is not an SQLite database (or is encrypted / random bytes)."""


class CorruptDatabaseError(StoreError):
    """``PRAGMA quick_check`` failed or SQLite reported the file malformed."""


class DatabaseLockedError(StoreError):
    """Another process holds a write lock on the file."""


class ReadOnlyError(StoreError):
    """The file or its folder cannot be written (read-only medium or permissions)."""


class DiskFullError(StoreError):
    """The disk (or the database's page limit) is full; nothing was written."""


class BackupError(StoreError):
    """A backup could not be made or failed its ``integrity_check``; nothing was replaced."""


class AttachmentUnreadableError(StoreError):
    """An evidence/attachment file cannot be read (missing, no permission, removed medium)."""


class ExportTargetError(StoreError):
    """An export cannot be written where the user asked; nothing was left half-written."""


class ConstraintError(StoreError, sqlite3.IntegrityError):
    """A write broke a rule of the schema (CHECK, UNIQUE, FOREIGN KEY, a trigger's
    ``RAISE``) that the domain checks missed; the transaction was rolled back, nothing was
    written. Also an ``sqlite3.IntegrityError`` whose text keeps SQLite's own message, so
    code that catches ``IntegrityError`` and reads its ``ocop:…`` code keeps working."""


class ValidationError(StoreError):
    """A record breaks a rule; ``problems`` holds ``(field, message)`` pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("\n".join(msg for _, msg in problems))


def classify_sqlite_error(err: sqlite3.Error, path: str = "") -> Exception:
    """Map an ``sqlite3`` error to a :class:`StoreError` subclass when the user can act on
    it (disk full, read-only, locked, corrupt, not a database); otherwise return *err*."""
    text = str(err).lower()
    if isinstance(err, sqlite3.IntegrityError):
        return ConstraintError(tr("A value breaks a rule of the cooperative file ({detail}); nothing was saved.", detail=str(err)))
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabaseError(tr("The file {path} is not a cooperative data file.", path=path))
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(tr("The file {path} is damaged.", path=path))
    if "database or disk is full" in text or "disk is full" in text:
        return DiskFullError(tr("The disk is full: nothing was saved. Free some space and try again."))
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(tr("The file {path} cannot be written (read-only).", path=path))
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(tr("The file {path} is in use by another program.", path=path))
    if "disk i/o error" in text:
        return ReadOnlyError(tr("The file {path} could not be read or written (disk error). "
                                "If it is on a USB stick, check that the stick is still plugged in.", path=path))
    if "unable to open" in text:
        return ReadOnlyError(tr("The file {path} cannot be opened.", path=path))
    return err
