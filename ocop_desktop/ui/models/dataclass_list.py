"""An editable table over a list of dataclass items (a form's sub-list: a member's capital
contributions, a product's sales channels)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ocop_desktop.i18n import tr

EDIT = Qt.ItemDataRole.EditRole


class DataclassListModel(QAbstractTableModel):
    """Rows: copies of the given dataclass items (``items``); columns: :attr:`COLUMNS`, a list
    of ``(attribute, English label)`` pairs set by subclasses. Every cell is editable; the
    view's delegates display and edit the values (money, dates, enums)."""

    COLUMNS: list[tuple[str, str]] = []

    def __init__(self, items: list, parent=None):
        super().__init__(parent)
        self.items = [replace(item) for item in items]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, EDIT):
            return None
        return getattr(self.items[index.row()], self.COLUMNS[index.column()][0])

    def setData(self, index, value, role=EDIT):  # noqa: N802
        if not index.isValid() or role != EDIT:
            return False
        setattr(self.items[index.row()], self.COLUMNS[index.column()][0], value)
        self.dataChanged.emit(index, index, [role])
        return True

    def add(self, item) -> None:
        """Append *item* as the last row."""
        n = len(self.items)
        self.beginInsertRows(QModelIndex(), n, n)
        self.items.append(item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Remove the row *row* (ignored when out of range)."""
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()
