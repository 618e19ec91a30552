"""Table models of the Dossiers page: the dossiers list, the evidence checklist of one
dossier, and the file list of a verified dossier ZIP."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ocop_desktop.domain.dossier import Checklist, status_label
from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES
from ocop_desktop.domain.formats import format_date
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.dossiers import dossier_checklist, dossier_ids, dossier_rows

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class DossierTableModel(QAbstractTableModel):
    """Rows: dossiers (newest year first); ``Qt.UserRole`` gives the dossier id. The list is
    short (one per product and round), so rows and completeness are read on refresh."""

    COLUMNS = [("product", N_("Product")), ("type", N_("Registration type")), ("target", N_("Target")),
               ("round", N_("Round")), ("year", N_("Year")), ("status", N_("Status")),
               ("total", N_("Self-assessment")), ("complete", N_("Complete")), ("files", N_("Files"))]

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self._ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = dossier_ids(self.store)
        self._rows = dossier_rows(self.store, self._ids)
        for i in self._ids:
            self._rows[i]["completeness"] = dossier_checklist(self.store, i, self.today).completeness
        self.endResetModel()

    def dossier_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, dossier_id: int) -> int:
        return self._ids.index(dossier_id) if dossier_id in self._ids else -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)) or not (0 <= index.column() < len(self.COLUMNS)):
            return None
        did = self._ids[index.row()]
        r = self._rows[did]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return did
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "product":
                return r["product_name"]
            if key == "type":
                return tr(REGISTRATION_TYPES.get(r["registration_type"], r["registration_type"]))
            if key == "target":
                return "★" * r["target_stars"]
            if key == "round":
                return r["round"] or ""
            if key == "year":
                return str(r["year"])
            if key == "status":
                text = status_label(r["status"])
                if r["status"] == "result" and r["result_stars"] is not None:
                    text += f" ({r['result_stars']}★)"
                return text
            if key == "total":
                if r["assessment_total"] is None:
                    return tr("none")
                return tr("{points} points, {stars}★", points=r["assessment_total"], stars=r["assessment_stars"] or 0)
            if key == "complete":
                return f"{r['completeness']} %"
            if key == "files":
                return str(r["files"])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("year", "total", "complete", "files"):
                return RIGHT
            if key == "target":
                return CENTER
        if role == Qt.ItemDataRole.ForegroundRole and key == "target":
            return QBrush(QColor("#c58a00"))
        return None


class ChecklistModel(QAbstractTableModel):
    """Rows: checklist items of one dossier; ``Qt.UserRole`` gives the item key."""

    COLUMNS = [("criterion", N_("Criterion")), ("document", N_("Evidence document")), ("files", N_("Files")),
               ("date", N_("Document date")), ("expiry", N_("Expiry")), ("state", N_("Check"))]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checklist: Checklist | None = None

    def set_checklist(self, checklist: Checklist | None) -> None:
        self.beginResetModel()
        self.checklist = checklist
        self.endResetModel()

    def item(self, row: int):
        if self.checklist and 0 <= row < len(self.checklist.items):
            return self.checklist.items[row]
        return None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.checklist is None else len(self.checklist.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not (0 <= index.column() < len(self.COLUMNS)):
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return item.key
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "criterion":
                return item.criterion or tr("General")
            if key == "document":
                return item.label
            if key == "files":
                return str(len(item.files))
            if key == "date":
                dates = [f.doc_date for f in item.files if f.doc_date]
                return format_date(max(dates)) if dates else ""
            if key == "expiry":
                dates = [f.expiry_date for f in item.files if f.expiry_date]
                return format_date(max(dates)) if dates else ""
            if key == "state":
                if item.ok and "no_date" not in item.flags:
                    return tr("In order")
                labels = {"missing": tr("Missing"), "old_test_report": tr("Too old"), "expired": tr("Expired"),
                          "no_date": tr("No date")}
                return ", ".join(labels.get(f, f) for f in item.flags)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([item.criterion_title, item.option, *item.messages]).strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("files", "date", "expiry"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and key == "state":
            return QBrush(QColor("#1b7f3b" if item.ok and not item.flags else ("#a15c00" if item.ok else "#b00020")))
        return None


class ZipFilesModel(QAbstractTableModel):
    """Rows: files listed in a verified dossier's manifest (path, criterion, size, SHA-256)."""

    COLUMNS = [("path", N_("File")), ("criterion", N_("Criterion")), ("size", N_("Size")), ("sha256", N_("SHA-256"))]

    def __init__(self, files: list[dict], parent=None):
        super().__init__(parent)
        self.files = files

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.files)) or not (0 <= index.column() < len(self.COLUMNS)):
            return None
        f = self.files[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "size":
                size = int(f.get("size") or 0)
                return f"{size / 1024:,.0f} KB".replace(",", ".") if size >= 1024 else f"{size} B"
            if key == "sha256":
                return (f.get("sha256") or "")[:16] + "…"
            if key == "criterion":
                return f.get("criterion") or ""
            return f.get("path", "")
        if role == Qt.ItemDataRole.ToolTipRole and key == "sha256":
            return f.get("sha256")
        if role == Qt.ItemDataRole.UserRole:
            return f.get("path")
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "size":
            return RIGHT
        return None
