"""Table model of the audit log (a row count in memory, entries read in pages)."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal

from ocop_desktop.domain.audit_fields import (
    DETAIL_FIELDS, HIDDEN_FIELDS, MONEY_FIELDS, field_label, show_value, shown_change,
)
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import audit
from ocop_desktop.store.db import Store, wrap_connection

PAGE = 200
MAX_PAGES = 20
#: A text search over a log of at most this many ids runs at once, on the GUI thread.
SYNC_SPAN = 20_000
#: Ids read per step of a search on the worker thread.
CHUNK = 50_000


def changes_text(entry: dict, limit: int = 6) -> str:
    """``field: old → new; …`` for an entry (at most *limit* fields, then ``…``)."""
    parts = []
    table = entry.get("table_name")
    items = [c for c in audit.changes(entry) if c[0] not in HIDDEN_FIELDS
             and not (c[0] in DETAIL_FIELDS and entry["action"] != "update")]
    for key, old, new in items[:limit]:
        name = field_label(key, table)
        if key in DETAIL_FIELDS:  # a whole structure (JSON): only that it changed
            parts.append(f"{name}: {tr('changed')}")
        elif entry["action"] == "insert":
            parts.append(f"{name}: {show_value(key, new, table)}")
        elif entry["action"] == "delete":
            parts.append(f"{name}: {show_value(key, old, table)}")
        else:
            parts.append(f"{name}: {show_value(key, old, table)} → {show_value(key, new, table)}")
    if len(items) > limit:
        parts.append("…")
    return "; ".join(parts)


class _SearchSignal(QObject):
    found = Signal(int, int, int, int, float)  # generation, high id, low id, matches, done 0–1
    finished = Signal(int, bool)  # generation, completed (False: stopped or failed)


class AuditTableModel(QAbstractTableModel):
    """Rows: log entries matching the filters, newest first; ``Qt.UserRole`` gives the
    entry id.

    Holds the number of matching rows and at most :data:`MAX_PAGES` pages of :data:`PAGE`
    entries (issue 7: 4,26 million entries on the benchmark file); pages are read through
    :class:`ocop_desktop.store.audit.AuditQuery`. A text *search* reads the JSON of every
    entry: on a log with more than :data:`SYNC_SPAN` ids it runs on a worker thread with its
    own read-only connection, :data:`CHUNK` ids at a time from the newest; matching rows
    are appended as they are found (``rowsInserted``), :attr:`progress` reports the share
    read, :meth:`stop_search` stops it, :attr:`searched` is emitted at the end. Only the
    ``(high id, low id, matches)`` of id ranges holding matches are kept.
    """

    #: Emitted with the share of the log read (0–1) while a search runs.
    progress = Signal(float)
    #: Emitted when a search ends: True when it read the whole log, False when stopped.
    searched = Signal(bool)

    COLUMNS = [("at", N_("When")), ("user", N_("Who")), ("table", N_("Record type")),
               ("record", N_("Record")), ("action", N_("Action")), ("changes", N_("Changes (old → new)"))]

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filters: dict = {}
        self.query = audit.AuditQuery()
        self._count = 0
        self._segments: list[tuple[int, int, int, int]] | None = None  # (high, low, n, first row)
        self._pages: OrderedDict[int, list[int]] = OrderedDict()
        self._cache: dict[int, dict] = {}
        self._names: dict[int, str] = {}
        self._generation = 0
        self._searching: sqlite3.Connection | None = None
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._signal = _SearchSignal(self)
        self._signal.found.connect(self._found)
        self._signal.finished.connect(self._finished)
        self.refresh()

    def set_filters(self, **filters) -> None:
        """Filters as :class:`ocop_desktop.store.audit.AuditQuery` takes them (``table``,
        ``user``, ``action``, ``date_from``, ``date_to``, ``search``); reload."""
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.refresh()

    def refresh(self) -> None:
        """Re-count and drop the cached pages (a running search is stopped)."""
        self.beginResetModel()
        self.stop_search()
        self._generation += 1
        self._pages.clear()
        self._cache.clear()
        self.query = audit.AuditQuery(**self.filters)
        self._segments = None
        if self.query.search:
            self._segments = []
            self._count = 0
            low, high = self.query.id_bounds(self.store)
            if high - low + 1 <= SYNC_SPAN:
                if high >= low:
                    n = self.query.search_range(self.store, high, low)
                    if n:
                        self._segments.append((high, low, n, 0))
                    self._count = n
            else:
                self._start_search(self._generation, high, low)
        else:
            self._count = self.query.count(self.store)
        self.endResetModel()

    # --- search on a worker thread ----------------------------------------------------
    @property
    def searching(self) -> bool:
        """True while a text search runs on the worker thread."""
        return self._searching is not None

    def _start_search(self, generation: int, high: int, low: int) -> None:
        conn = sqlite3.connect(f"file:{self.store.path}?mode=ro", uri=True, timeout=5, check_same_thread=False)
        self._searching = conn
        self._stopped = stopped = threading.Event()
        query = audit.AuditQuery(**self.filters)
        reader = Store(self.store.path, wrap_connection(conn), read_only=True)
        signal = self._signal

        def work():
            completed = False
            try:
                top = high
                while top >= low and not stopped.is_set():
                    bottom = max(low, top - CHUNK + 1)
                    n = query.search_range(reader, top, bottom)
                    signal.found.emit(generation, top, bottom, n, (high - bottom + 1) / (high - low + 1))
                    top = bottom - 1
                completed = not stopped.is_set()
            except (sqlite3.Error, RuntimeError):  # stopped (interrupt), file gone, model deleted
                pass
            finally:
                with self._lock:
                    conn.close()
            try:
                signal.finished.emit(generation, completed)
            except RuntimeError:
                pass

        threading.Thread(target=work, name="audit-search", daemon=True).start()

    def stop_search(self) -> None:
        """Stop a running search (the rows found so far stay)."""
        conn, self._searching = self._searching, None
        self._stopped.set()  # between two ranges
        if conn is not None:  # inside one
            with self._lock:
                try:
                    conn.interrupt()
                except sqlite3.ProgrammingError:  # already closed
                    pass

    def _found(self, generation: int, high: int, low: int, n: int, done: float) -> None:
        if generation != self._generation or self._segments is None:
            return
        if n:
            self._pages.pop(self._count // PAGE, None)  # the last page may grow
            self.beginInsertRows(QModelIndex(), self._count, self._count + n - 1)
            self._segments.append((high, low, n, self._count))
            self._count += n
            self.endInsertRows()
        self.progress.emit(done)

    def _finished(self, generation: int, completed: bool) -> None:
        if generation != self._generation:
            return
        self._searching = None
        self.searched.emit(completed)

    # --- pages ----------------------------------------------------------------------
    def id_ranges(self) -> list[tuple[int, int]] | None:
        """``(high, low)`` id ranges holding the matches of a finished search (None
        without a search): what an export of the search reads."""
        return None if self._segments is None else [(h, lo) for h, lo, _n, _r in self._segments]

    def _page_ids(self, number: int) -> list[int]:
        ids = self._pages.get(number)
        if ids is not None:
            self._pages.move_to_end(number)
            return ids
        start, end = number * PAGE, min(self._count, (number + 1) * PAGE)
        if self._segments is not None:
            ids = []
            for high, low, n, first in self._segments:
                if first + n <= start or first >= end:
                    continue
                skip = max(0, start - first)
                ids += self.query.range_ids(self.store, high, low, skip, min(n - skip, end - first - skip))
        else:
            try:
                ids = self.query.page_ids(self.store, start, end - start, self._count)
            except audit.GapError:
                QTimer.singleShot(0, self.refresh)  # ids not dense: count them instead
                ids = []
        self._pages[number] = ids
        if len(self._pages) > MAX_PAGES:
            _n, dropped = self._pages.popitem(last=False)
            for i in dropped:
                self._cache.pop(i, None)
        missing = [i for i in ids if i not in self._cache]
        if missing:
            self._cache.update(audit.entries(self.store, missing))
        return ids

    def entry(self, row: int) -> dict:
        """The log entry shown in *row* (shape of :func:`ocop_desktop.store.audit.entries`),
        ``{}`` outside the table."""
        if not 0 <= row < self._count:
            return {}
        ids = self._page_ids(row // PAGE)
        offset = row % PAGE
        return self._cache.get(ids[offset], {}) if offset < len(ids) else {}

    def record_text(self, entry: dict) -> str:
        """The record's name; a capital contribution is named by its member."""
        row = entry.get("new") or entry.get("old") or {}
        if entry["table_name"] == "contributions" and row.get("member_id") is not None:
            mid = row["member_id"]
            if mid not in self._names:
                self._names[mid] = self.store.scalar("SELECT full_name FROM members WHERE id = ?", [mid]) or f"#{mid}"
            return self._names[mid]
        return audit.record_label(entry)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return None
        entry = self.entry(index.row())
        if not entry:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return entry["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                return entry["at"].strftime("%d/%m/%Y %H:%M")
            if key == "user":
                if entry["app_user"] and entry["os_user"]:
                    return f"{entry['app_user']} ({entry['os_user']})"
                return entry["app_user"] or entry["os_user"] or "—"
            if key == "table":
                return tr(audit.TABLE_LABELS.get(entry["table_name"], entry["table_name"]))
            if key == "record":
                return self.record_text(entry)
            if key == "action":
                return tr(audit.ACTION_LABELS[entry["action"]])
            if key == "changes":
                return changes_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole and key == "changes":
            return changes_text(entry, limit=100).replace("; ", "\n")
        return None


class RecordChangesModel(QAbstractTableModel):
    """One record's history, one row per changed field (oldest first): when, who, action,
    field, old value, new value. A record's history is short, so it is read at once."""

    COLUMNS = [N_("When"), N_("Who"), N_("Action"), N_("Field"), N_("Old value"), N_("New value")]

    def __init__(self, store, table: str, row_id: int, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[dict, str, object, object]] = []
        for entry in audit.record_history(store, table, row_id):
            items = [c for c in audit.changes(entry) if c[0] not in HIDDEN_FIELDS] or [("", None, None)]
            for key, old, new in items:
                self.rows.append((entry, key, old, new))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry, key, old, new = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5) and key in MONEY_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return entry["at"].strftime("%d/%m/%Y %H:%M")
        if col == 1:
            if entry["app_user"] and entry["os_user"]:
                return f"{entry['app_user']} ({entry['os_user']})"
            return entry["app_user"] or entry["os_user"] or "—"
        if col == 2:
            return tr(audit.ACTION_LABELS[entry["action"]])
        if not key:
            return ""
        table = entry.get("table_name")
        if col == 3:
            return field_label(key, table)
        return shown_change(entry["action"], key, old, new, table)[col - 4]
