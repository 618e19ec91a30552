"""The voucher list as a lazily-fetched book: newest first, keyset pages over SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ocop_desktop.domain.income.vouchers import category_label, voucher_type_label
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import income_views
from ocop_desktop.store.db import Store
from ocop_desktop.ui.models.book_table import BookColumn, LazyBookModel

__all__ = ["VOUCHER_COLUMNS", "VoucherSource", "VoucherListModel", "mark_label"]

VOUCHER_COLUMNS = [
    BookColumn("date", N_("Voucher date"), "date", 95),
    BookColumn("number", N_("Number"), "text", 105),
    BookColumn("type_label", N_("Type"), "text", 150),
    BookColumn("category_label", N_("What happened"), "text", 215),
    BookColumn("counterparty", N_("With whom"), "text", 160),
    BookColumn("description", N_("Particulars"), "text", 230),
    BookColumn("mark_label", N_("Transaction"), "text", 90),
    BookColumn("amount", N_("Amount"), "money", 115),
]


def mark_label(internal) -> str:
    """"Internal", "External" or "External (not marked)" (Law 17/2023 Art. 85)."""
    if internal is None:
        return tr("External (not marked)")
    return tr("Internal") if internal else tr("External")


class VoucherSource:
    """Vouchers matching the filters, newest first (``date DESC, id DESC`` keyset)."""

    columns = VOUCHER_COLUMNS

    def __init__(self, store: Store, vtype: str | None = None, month: str | None = None,
                 internal: bool | None = None, search: str = ""):
        self.store = store
        self.vtype, self.month, self.internal, self.search = vtype, month, internal, search

    def fetch(self, after, limit):
        rows = income_views.voucher_page(self.store, after, limit, vtype=self.vtype, month=self.month,
                                         internal=self.internal, search=self.search)
        for r in rows:
            r["type_label"] = voucher_type_label(r["vtype"])
            r["category_label"] = category_label(r["category"])
            r["mark_label"] = mark_label(r["internal"])
        return rows

    def cursor(self, row):
        return (row["date"], row["id"])


class VoucherListModel(LazyBookModel):
    """The voucher list; ``voucher_id(row)`` gives the id of a row. Vouchers of locked
    months are shown grey with a tooltip."""

    def __init__(self, store: Store, parent=None):
        self.store = store
        super().__init__(VoucherSource(store), parent)

    def set_filter(self, vtype=None, month=None, internal=None, search="") -> None:
        """Show vouchers of *vtype* / *month* ``"YYYY-MM"`` / *internal* (True, False, None =
        both) matching *search*."""
        self.set_source(VoucherSource(self.store, vtype, month, internal, search))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and self.row_dict(index.row()).get("locked"):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#6b6b6b")
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("This voucher's month is locked")
        return super().data(index, role)

    def voucher_id(self, row: int) -> int | None:
        return self.row_dict(row).get("id")

    def row_of(self, voucher_id: int) -> int:
        """The row of *voucher_id* among the rows fetched so far (-1 when not fetched)."""
        for i in range(self.rowCount()):
            if self.row_dict(i).get("id") == voucher_id:
                return i
        return -1
