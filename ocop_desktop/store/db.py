"""Opening, creating and upgrading a cooperative's SQLite file.

One file per cooperative holds everything (DESIGN.md "Data"). Connections use WAL and
``foreign_keys=ON``; every multi-row write goes through :meth:`Store.atomic`.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import platformdirs
import sqlite_utils

from ocop_desktop.i18n import tr
from ocop_desktop.store import migrations
from ocop_desktop.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
    classify_sqlite_error,
)

__all__ = ["Store", "default_data_dir", "default_db_path", "open_store", "create_store", "wrap_connection"]

APP_NAME = "OCOP Desktop"
APP_AUTHOR = "ocop-desktop"


def default_data_dir() -> Path:
    """The platform's per-user data folder for the app (platformdirs)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    """Default location of the cooperative file: ``<user data dir>/hoptacxa.ocop``."""
    return default_data_dir() / "hoptacxa.ocop"


class Store:
    """An open cooperative file.

    Attributes: ``path`` (``Path``), ``db`` (``sqlite_utils.Database``), ``read_only``.
    Use :func:`open_store` / :func:`create_store` rather than the constructor.
    """

    def __init__(self, path: Path, db: sqlite_utils.Database, read_only: bool = False):
        self.path = path
        self.db = db
        self.read_only = read_only
        #: safety (issue 6): this process's row in ``ocop_lock``; the other holder when
        #: the file was opened read-only because someone else writes it; warnings to show
        #: (cloud/network folder); the automatic backup made on opening.
        self.lock_id: int | None = None
        self.lock_holder = None
        self.warnings: list[str] = []
        self.opened_backup: Path | None = None
        #: a big file's daily backup is due; the window makes it on a worker thread
        self.backup_due = False

    # --- transactions -------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """One transaction (a savepoint when nested); SQLite errors the user can act on
        are raised as :class:`StoreError` subclasses and nothing is written."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as err:
            mapped = classify_sqlite_error(err, str(self.path))
            if mapped is err:
                raise
            if isinstance(mapped, ReadOnlyError) and self.lock_holder is not None:
                # opened read-only because another program writes the file: say who
                mapped = ReadOnlyError(tr(
                    "Nothing was saved: this file is open read-only because another program is writing it. {holder} "
                    "Close the file there, then open it here again.", holder=self.lock_holder.describe()))
            raise mapped from err

    def query(self, sql: str, params: tuple | list | dict = ()) -> list[dict]:
        """Run a read query with bound *params*; rows as dicts."""
        try:
            return list(self.db.query(sql, params))
        except sqlite3.Error as err:
            mapped = classify_sqlite_error(err, str(self.path))
            if mapped is err:
                raise
            raise mapped from err

    def scalar(self, sql: str, params: tuple | list | dict = ()):
        """First column of the first row of a read query (``None`` when no row)."""
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    # --- settings -----------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A per-cooperative setting stored in the file (``settings`` table)."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a per-cooperative setting."""
        with self.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def integrity_problems(self) -> list[str]:
        """Full ``PRAGMA quick_check`` of the whole file: ``[]`` when sound, else SQLite's
        messages (seconds on a file of several hundred MB; run it off the GUI thread)."""
        rows = [r[0] for r in self.db.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    @property
    def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        """Checkpoint the WAL and close the connection."""
        if self.lock_id is not None:
            from ocop_desktop.store import lock
            lock.release(self.db.conn, self.lock_id)
            self.lock_id = None
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the whole file to *target* (SQLite online backup).

        Raises :class:`ReadOnlyError` when *target* cannot be written."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError(tr("Choose a different file name for the copy."))
        try:
            dest = sqlite3.connect(target)
            with dest:
                self.db.conn.backup(dest)
            dest.close()
        except (sqlite3.Error, OSError) as err:
            raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(target), reason=str(err))) from err


def wrap_connection(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils' :class:`~sqlite_utils.Database` over *conn*, with sqlite-utils plugins
    off (``execute_plugins=False``): a plugin installed on the PC must not change the
    cooperative's connection, and looking for plugins scans every installed package's
    entry points (about 40 ms of each start, issue 7)."""
    return sqlite_utils.Database(conn, execute_plugins=False)


def _connect(path: Path, read_only: bool) -> sqlite_utils.Database:
    # check_same_thread=False: a big file is opened (and upgraded) on a worker thread while
    # the window shows progress, then used by the GUI thread; never by two at once.
    if read_only:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=5, check_same_thread=False)
    db = wrap_connection(conn)
    db.execute("PRAGMA foreign_keys = ON")
    # 32 MiB page cache (SQLite's default is 2 MiB): at 105,000 members a search that
    # looks up a few thousand rows by id otherwise re-reads the same pages from the OS.
    db.execute("PRAGMA cache_size = -32768")
    return db


def _check_header(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(16)
    if not head:
        # An emptied file (a crash while copying, a failed USB copy) must not silently become
        # a new, empty cooperative: treat it as damaged, so the newest good backup is offered.
        raise CorruptDatabaseError(tr("The file {path} is empty (0 bytes): its data is missing.", path=str(path)))
    if head != b"SQLite format 3\x00":
        raise NotADatabaseError(tr("The file {path} is not a cooperative data file.", path=str(path)))


#: Files up to this size get a full ``PRAGMA quick_check`` when opened (about 0.3 s at the
#: limit on a 2-core office PC). A bigger file (a province's 105,000 members, years of
#: vouchers, evidence files) would take seconds (issue 7: start ≤ 1.2 × an empty file), so
#: only its small core tables are checked at open; damage elsewhere is reported as
#: :class:`CorruptDatabaseError` when a page is read, and :meth:`Store.integrity_problems`
#: runs the full check on demand.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024


def _quick_check_sql(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= QUICK_CHECK_MAX_BYTES:
        return "PRAGMA quick_check"
    return "PRAGMA quick_check(cooperative)"


def pending_upgrade(path: str | Path) -> int:
    """How many schema steps opening *path* would run (0 for a missing, new, current or
    unreadable file; the real open reports the errors)."""
    path = Path(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return 0
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()
    return max(0, migrations.SCHEMA_VERSION - version) if version > 0 else 0


def migrate(store: Store, backup: bool = True, progress: Callable[[str], None] | None = None) -> Path | None:
    """Bring *store* to :data:`migrations.SCHEMA_VERSION`.

    *progress(text)*, when given, is told each stage in the UI language (the backup, then
    "step n of m") before it starts.

    Backs the file up first (``before-migration`` in its backup folder, checked, see
    :mod:`ocop_desktop.store.backup`) when there is anything to do and the file is not new; each step runs in one transaction with its
    ``user_version``. Returns the copy's path or ``None``.

    Raises :class:`NewerSchemaError` for a file from a newer app version.
    """
    version = store.schema_version
    target = migrations.SCHEMA_VERSION
    if version > target:
        raise NewerSchemaError(
            tr(
                "The file {path} was made by a newer version of OCOP Desktop (data version {found}, "
                "this program reads up to {supported}). Update the program to open it.",
                path=str(store.path), found=version, supported=target,
            )
        )
    if version == target:
        return None
    copy = None
    if backup and version > 0:
        from ocop_desktop.store.backup import make_backup
        if progress:
            progress(tr("Backing up the file before upgrading it…"))
        copy = make_backup(store.db.conn, store.path, "before-migration")
    for index in range(version, target):
        if progress:
            progress(tr("Upgrading the data: step {n} of {total}…", n=index - version + 1, total=target - version))
        with store.atomic() as db:
            migrations.STEPS[index](db)
            db.execute(f"PRAGMA user_version = {index + 1}")
    return copy


def open_store(path: str | Path, read_only: bool = False, create: bool = False,
               app_user: str = "", lock: bool = True, auto_backup: bool = True,
               progress: Callable[[str], None] | None = None) -> Store:
    """Open the cooperative file at *path* and upgrade its schema.

    Checks the header, sets WAL and foreign keys, runs ``PRAGMA quick_check`` (on the core
    tables only for a file over :data:`QUICK_CHECK_MAX_BYTES`).
    With *create* a missing file is created empty (schema only, no cooperative row).
    Safety (issue 6, :mod:`~ocop_desktop.store.safety_open`): takes the writer lock (*lock*)
    and opens read-only with ``store.lock_holder`` set when another program holds it;
    backs up before migrating and, with *auto_backup*, when the last backup is older than a
    day; installs the audit triggers recording changes as *app_user*. *progress*: see
    :func:`migrate`.

    Raises :class:`NotADatabaseError`, :class:`CorruptDatabaseError`,
    :class:`NewerSchemaError`, :class:`ReadOnlyError` or :class:`StoreError` with a message
    in the UI language.
    """
    path = Path(path).expanduser()
    is_new = not path.exists()
    if not path.exists():
        if not create:
            raise StoreError(tr("The file {path} does not exist.", path=str(path)))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(path), reason=str(err))) from err
    elif path.is_dir():
        raise StoreError(tr("{path} is a folder, not a cooperative data file.", path=str(path)))
    else:
        _check_header(path)
    try:
        db = _connect(path, read_only)
        if not read_only:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        result = db.execute(_quick_check_sql(path)).fetchone()[0]
        if result != "ok":
            db.close()
            raise CorruptDatabaseError(tr("The file {path} is damaged.", path=str(path)))
    except sqlite3.Error as err:
        mapped = classify_sqlite_error(err, str(path))
        if mapped is err:
            raise
        raise mapped from err
    store = Store(path, db, read_only)
    if not read_only and lock:
        from ocop_desktop.store.safety_open import take_lock
        store = take_lock(store, app_user, _connect)
        read_only = store.read_only
    try:
        if read_only:
            if store.schema_version != migrations.SCHEMA_VERSION:
                if store.schema_version > migrations.SCHEMA_VERSION:
                    migrate(store)  # raises NewerSchemaError
                raise StoreError(tr("The file {path} needs upgrading and is open read-only.", path=str(path)))
        else:
            migrate(store, progress=progress)
        from ocop_desktop.store.safety_open import after_open
        after_open(store, app_user, auto_backup=auto_backup and not is_new)
    except BaseException:
        store.close()
        raise
    return store


def create_store(path: str | Path) -> Store:
    """Create a new, empty cooperative file at *path* (refuses an existing file)."""
    path = Path(path).expanduser()
    if path.exists():
        raise StoreError(tr("The file {path} already exists.", path=str(path)))
    return open_store(path, create=True)
