"""Import receipts and payments from an XLSX/CSV file (issue 5 item 9): column mapping,
preview, duplicates shown and skipped, all-or-nothing.

The reading and checking are the income core's (:mod:`ocop_desktop.imports.vouchers`,
:mod:`ocop_desktop.store.voucher_import`); this dialog lets the user choose which column is
which, shows every row with what it becomes or why it cannot, and imports only when no row
has a problem.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QTableView, QVBoxLayout,
)

from ocop_desktop.domain.income.vouchers import category_label
from ocop_desktop.i18n import N_, tr
from ocop_desktop.imports import vouchers as imp
from ocop_desktop.store import voucher_import
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError
from ocop_desktop.ui.models.book_table import BookColumn, LazyBookModel, list_source

__all__ = ["VoucherImportDialog", "VoucherImports", "PREVIEW_COLUMNS"]

PREVIEW_COLUMNS = [
    BookColumn("row", N_("Row"), "int", 50), BookColumn("status", N_("Status"), "text", 380),
    BookColumn("date", N_("Voucher date"), "date", 95), BookColumn("kind", N_("Type"), "text", 110),
    BookColumn("category", N_("What happened"), "text", 200), BookColumn("counterparty", N_("With whom"), "text", 150),
    BookColumn("description", N_("Particulars"), "text", 220), BookColumn("amount", N_("Amount"), "money", 120),
]


class VoucherImportDialog(QDialog):
    """The import of one file. ``saved`` lists the vouchers written after :meth:`run_import`.

    Raises :class:`ocop_desktop.imports.vouchers.VoucherFileError` from the constructor when
    the file cannot be read as a table."""

    def __init__(self, store: Store, path: str | Path, parent=None):
        super().__init__(parent)
        self.store = store
        self.path = Path(path)
        self.saved = []
        self.headers, self.rows = imp.read_table(self.path)
        self.setWindowTitle(tr("Import receipts and payments — {file}", file=self.path.name))
        self.resize(1200, 700)
        guessed = imp.guess_mapping(self.headers)
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, (key, label) in enumerate(imp.FIELDS):
            combo = QComboBox()
            combo.addItem(tr("(not in the file)"), None)
            for col, header in enumerate(self.headers):
                combo.addItem(f"{col + 1}. {header}", col)
            combo.setCurrentIndex(combo.findData(guessed[key]) if key in guessed else 0)
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
            self.combos[key] = combo
            grid.addWidget(QLabel(tr(label)), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        mapping_box = QGroupBox(tr("Which column holds what"))
        mapping_box.setLayout(grid)
        self.bank = QCheckBox(tr("These are bank transactions (bank receipts and payments, account 1121)"))
        self.bank.toggled.connect(lambda _b: self.update_preview())
        self.model = LazyBookModel(None, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mapping_box)
        layout.addWidget(self.bank)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.update_preview()

    def mapping(self) -> dict[str, int]:
        """``{field: column index}`` as chosen."""
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def update_preview(self) -> None:
        """Re-check every row with the current mapping."""
        self.pv = imp.preview(self.headers, self.rows, self.mapping(), bank=self.bank.isChecked(),
                              existing=voucher_import.existing_keys(self.store),
                              accounts=None, members=voucher_import.member_names(self.store),
                              locked=voucher_import.locked(self.store))
        rows = []
        for it in self.pv.items:
            v = it.voucher
            if it.problems:
                status = "⚠ " + "; ".join(m for _f, m in it.problems)
            elif it.duplicate:
                status = tr("Already in the books (same date, amount and reference): skipped")
            else:
                status = tr("New")
            rows.append({"row": it.row, "status": status, "date": v.date if v else None,
                         "kind": (tr("Receipt") if v.vtype.endswith("receipt") else tr("Payment")) if v else "",
                         "category": category_label(v.category) if v else "", "counterparty": it.counterparty,
                         "description": v.description if v else "", "amount": v.amount if v else None})
        self.model.set_source(list_source(PREVIEW_COLUMNS, rows))
        for col, c in enumerate(PREVIEW_COLUMNS):
            self.table.setColumnWidth(col, c.width)
        problems = sum(1 for it in self.pv.items if it.problems)
        new = len(self.pv.new_items)
        text = tr("{rows} rows: {new} new, {dup} already in the books, {bad} with problems.",
                  rows=len(self.pv.items), new=new, dup=len(self.pv.duplicates), bad=problems)
        if problems:
            text += " " + tr("Correct the file or the column choices: nothing is imported while a row has a problem.")
        self.summary.setText(text)
        self.import_button.setText(tr("Import {n} vouchers", n=new))
        self.import_button.setEnabled(new > 0 and not problems)

    def run_import(self) -> bool:
        """Write every new row in one transaction (or nothing); True when written."""
        if not self.import_button.isEnabled():
            return False
        from ocop_desktop.ui.backup_progress import BackupProgress
        try:
            with BackupProgress(self, tr("Import vouchers")) as progress:
                self.saved = voucher_import.commit(self.store, self.pv, progress=progress)
        except (ValidationError, StoreError) as err:
            text = "\n".join(m for _f, m in err.problems) if isinstance(err, ValidationError) else str(err)
            self.summary.setText(tr("Nothing was imported:") + "\n" + text)
            return False
        self.accept()
        return True


class VoucherImports:
    """Runs the import dialog; tests replace :meth:`run`."""

    @classmethod
    def run(cls, parent, store: Store, path: str) -> list:
        """Import *path*; returns the vouchers written ([] when cancelled). Raises
        :class:`~ocop_desktop.imports.vouchers.VoucherFileError` for an unreadable file."""
        dialog = VoucherImportDialog(store, path, parent)
        dialog.exec()
        return dialog.saved
