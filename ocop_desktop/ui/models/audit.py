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


#: Column → label shown in the history (translated at display); other columns show their
#: own name. Later features may add their columns here.
FIELD_LABELS = {
    "full_name": N_("Full name"), "member_type": N_("Member type"), "kind": N_("Kind"), "sex": N_("Sex"),
    "birth_date": N_("Date of birth"), "id_number": N_("ID number"), "phone": N_("Phone"),
    "address": N_("Address"), "nationality": N_("Nationality"), "join_date": N_("Join date"),
    "capital_committed": N_("Capital committed"), "certificate_no": N_("Capital certificate no."),
    "certificate_date": N_("Certificate date"), "status": N_("Status"), "left_date": N_("Date of leaving"),
    "left_reason": N_("Reason for leaving"), "notes": N_("Notes"), "date": N_("Date"),
    "asset_type": N_("Asset type"), "amount": N_("Value (đồng)"), "quantity": N_("Quantity"), "note": N_("Note"),
    "member_id": N_("Member"), "name": N_("Name"), "tax_code": N_("Tax code"), "email": N_("Email"),
    "charter_capital": N_("Charter capital"), "founding_date": N_("Founding date"), "rep_name": N_("Representative"),
    "rep_position": N_("Position"), "active": N_("Active"),
    # vouchers and their journal lines (issue 5)
    "vtype": N_("Voucher type"), "year": N_("Year"), "seq": N_("Sequence no."), "number": N_("Voucher no."),
    "category": N_("Category"), "description": N_("Description"), "internal": N_("Internal transaction"),
    "party_id": N_("Customer / supplier"), "product": N_("Product"), "product_id": N_("Product"),
    "unit": N_("Unit"), "channel": N_("Sales channel"), "reference": N_("Reference"), "posted": N_("Posted"),
    "created_by": N_("Entered by"), "adjusts_id": N_("Adjusts voucher"), "source": N_("Source"),
    "voucher_id": N_("Voucher"), "line_no": N_("Line"), "account": N_("Account"), "contra": N_("Contra account"),
    "debit": N_("Debit"), "credit": N_("Credit"), "month": N_("Month"), "locked_at": N_("Locked at"),
    "locked_by": N_("Locked by"),
}
_HIDDEN = {"id", "created_at", "updated_at", "member_id"}  # member_id: the Record column names the member


def field_label(key: str) -> str:
    """The screen name of a logged column."""
    return tr(FIELD_LABELS[key]) if key in FIELD_LABELS else key


def _enum(key: str, value) -> str | None:
    from ocop_desktop.domain import members as dm
    try:
        if key == "member_type":
            return dm.member_type_label(value)
        if key == "sex":
            return dm.sex_label(value)
        if key == "asset_type":
            return dm.asset_type_label(value)
        if key == "kind":
            return {"individual": tr("Individual"), "organisation": tr("Organisation"),
                    "customer": tr("Customer"), "supplier": tr("Supplier")}.get(value)
        if key in ("posted", "internal") and value in (0, 1):
            return tr("Yes") if value else tr("No")
        if key == "status" and value in ("active", "left"):
            return {"active": tr("Active"), "left": tr("Left")}.get(value)
    except (KeyError, ValueError):
        return None
    return None


def show_value(key: str, value) -> str:
    """A logged value as the screen shows it: money ``1.250.000 ₫``, ISO dates dd/MM/yyyy,
    empty as ``—``."""
    if value in (None, ""):
        return "—"
    label = _enum(key, value)
    if label:
        return label
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
    items = [c for c in audit.changes(entry) if c[0] not in _HIDDEN]
    for key, old, new in items[:limit]:
        name = field_label(key)
        if entry["action"] == "insert":
            parts.append(f"{name}: {show_value(key, new)}")
        elif entry["action"] == "delete":
            parts.append(f"{name}: {show_value(key, old)}")
        else:
            parts.append(f"{name}: {show_value(key, old)} → {show_value(key, new)}")
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
        self._names: dict[int, str] = {}
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
            items = [c for c in audit.changes(entry) if c[0] not in _HIDDEN] or [("", None, None)]
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
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5) and key in _MONEY_FIELDS:
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
        if col == 3:
            return field_label(key) if key else ""
        if col == 4:
            return "" if entry["action"] == "insert" or not key else show_value(key, old)
        return "" if entry["action"] == "delete" or not key else show_value(key, new)
