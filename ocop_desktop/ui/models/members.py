"""Table model of the member register over SQL (ids in memory, rows fetched in pages)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ocop_desktop.domain.formats import format_date, format_money, format_percent
from ocop_desktop.domain.members import member_type_label, member_type_short, sex_label
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import Store

PAGE = 200
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MemberTableModel(QAbstractTableModel):
    """Rows: members matching the current filter; columns: :attr:`COLUMNS`.

    Only the id list is held; row data is read from SQL a page (200 rows) at a time and
    cached. ``Qt.UserRole`` on any cell gives the member id.
    """

    COLUMNS = [
        ("name", N_("Full name")), ("type", N_("Member type")), ("sex", N_("Sex")), ("birth_date", N_("Date of birth")),
        ("id_number", N_("ID no.")), ("phone", N_("Phone")), ("join_date", N_("Join date")),
        ("capital_committed", N_("Capital committed")), ("capital_paid", N_("Capital paid")), ("paid_pct", N_("Paid")),
        ("status", N_("Status")),
    ]
    MONEY = {"capital_committed", "capital_paid", "paid_pct"}

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.search = ""
        self.member_type: str | None = None
        self.status: str | None = "active"
        self.sort_key = "name"
        self.descending = False
        self._ids: list[int] = []
        self._cache: dict[int, dict] = {}
        self.refresh()

    # --- query --------------------------------------------------------------------
    def set_filter(self, search: str | None = None, member_type: str | None = "", status: str | None = "") -> None:
        """Change search text / type / status (``""`` leaves a filter as it is) and reload."""
        if search is not None:
            self.search = search
        if member_type != "":
            self.member_type = member_type
        if status != "":
            self.status = status
        self.refresh()

    def refresh(self) -> None:
        """Re-run the id query and drop the row cache."""
        self.beginResetModel()
        self._ids = members_store.member_ids(self.store, self.search, self.member_type, self.status,
                                             self.sort_key, self.descending)
        self._cache.clear()
        self.endResetModel()

    def member_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, member_id: int) -> int:
        try:
            return self._ids.index(member_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> dict:
        mid = self._ids[row]
        if mid not in self._cache:
            start = (row // PAGE) * PAGE
            page = self._ids[start:start + PAGE]
            if len(self._cache) > 20 * PAGE:
                self._cache.clear()
            self._cache.update(members_store.member_rows(self.store, page))
        return self._cache.get(mid, {})

    # --- Qt -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in self.MONEY else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if not r:
            return None
        if key == "name":
            return r["full_name"]
        if key == "type":
            if role == Qt.ItemDataRole.ToolTipRole:
                return member_type_label(r["member_type"])
            return member_type_short(r["member_type"])
        if key == "sex":
            return sex_label(r["sex"])
        if key in ("birth_date", "join_date"):
            return format_date(r[key])
        if key in ("capital_committed", "capital_paid"):
            return format_money(r[key])
        if key == "paid_pct":
            return format_percent(r["capital_paid"], r["capital_committed"], 0) if r["capital_committed"] else ""
        if key == "status":
            return tr("Active") if r["status"] == "active" else tr("Left {date}", date=format_date(r["left_date"]))
        return r.get(key) or ""

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        key = self.COLUMNS[column][0]
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
