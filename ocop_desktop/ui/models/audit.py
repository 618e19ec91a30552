"""Table model of the audit log (ids in memory, rows fetched in pages)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import audit

PAGE = 200
_MONEY_FIELDS = {"amount", "capital_committed", "charter_capital", "debit", "credit", "total"}
_DATE_FIELDS = {"date", "birth_date", "join_date", "certificate_date", "left_date", "founding_date",
                "issue_date", "expiry_date", "voucher_date"}


def show_value(key: str, value) -> str:
    """A logged value as the screen shows it: money ``1.250.000 ₫``, ISO dates dd/MM/yyyy,
    empty as ``—``."""
    if value in (None, ""):
        return "—"
    if key in _MONEY_FIELDS and isinstance(value, int):
        return format_money(value)
    if key in _DATE_FIELDS and isinstance(value, str) and len(value) == 10:
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def changes_text(entry: dict, limit: int = 6) -> str:
    """``field: old → new; …`` for an entry (at most *limit* fields, then ``…``)."""
    parts = []
    items = audit.changes(entry)
    for key, old, new in items[:limit]:
        if entry["action"] == "insert":
            parts.append(f"{key}: {show_value(key, new)}")
        elif entry["action"] == "delete":
            parts.append(f"{key}: {show_value(key, old)}")
        else:
            parts.append(f"{key}: {show_value(key, old)} → {show_value(key, new)}")
    if len(items) > limit:
        parts.append("…")
    return "; ".join(parts)


class AuditTableModel(QAbstractTableModel):
    """Rows: log entries matching the filters, newest first; ``Qt.UserRole`` gives the
    entry id."""

    COLUMNS = [("at", N_("When")), ("user", N_("Who")), ("table", N_("Record type")),
               ("record", N_("Record")), ("action", N_("Action")), ("changes", N_("Changes (old → new)"))]

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.filters: dict = {}
        self._ids: list[int] = []
        self._cache: dict[int, dict] = {}
        self.refresh()

    def set_filters(self, **filters) -> None:
        """Filters as :func:`ocop_desktop.store.audit.entry_ids` takes them; reload."""
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = audit.entry_ids(self.store, **self.filters)
        self._cache.clear()
        self.endResetModel()

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def entry(self, row: int) -> dict:
        eid = self._ids[row]
        if eid not in self._cache:
            start = (row // PAGE) * PAGE
            if len(self._cache) > 20 * PAGE:
                self._cache.clear()
            self._cache.update(audit.entries(self.store, self._ids[start:start + PAGE]))
        return self._cache[eid]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        entry = self.entry(index.row())
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
                return audit.record_label(entry)
            if key == "action":
                return tr(audit.ACTION_LABELS[entry["action"]])
            if key == "changes":
                return changes_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole and key == "changes":
            return changes_text(entry, limit=100).replace("; ", "\n")
        return None
