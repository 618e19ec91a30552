"""Vouchers page (sidebar "income"): receipts and payments recorded once, in plain words.

A searchable list of vouchers (newest first, fetched in pages), filters by type, month and
internal/external, and New / Edit / Delete through the voucher form; every change goes
through the window's undo stack. Vouchers of a locked month cannot be changed (the store
refuses, the page says so in plain words and offers an adjusting voucher in an open month);
months are locked and unlocked here after a confirmation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.domain.income.vouchers import VOUCHER_TYPES, Voucher
from ocop_desktop.i18n import tr
from ocop_desktop.store import income_views
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.dialogs.voucher import VoucherForms
from ocop_desktop.ui.models.vouchers import VoucherListModel
from ocop_desktop.ui.widgets import EnumCombo, mark_writes, select_row

__all__ = ["VouchersPage", "SaveVoucherCommand", "DeleteVoucherCommand", "month_label"]


def month_label(month: str) -> str:
    """``"2025-03"`` → ``"03/2025"``."""
    return f"{month[5:7]}/{month[:4]}"


def _error_text(err: StoreError) -> str:
    if isinstance(err, ValidationError):
        return "\n".join(m for _f, m in err.problems)
    return str(err)


class _VoucherCommand(QUndoCommand):
    """Base: the first redo already happened in the page (so a refused save never lands on
    the stack); a later undo/redo the store refuses (e.g. the month was locked since) is
    reported and empties the stack."""

    def __init__(self, page: "VouchersPage", text: str):
        super().__init__(text)
        self.page = page
        self._first = True

    def _run(self, action) -> None:
        try:
            action()
        except StoreError as err:
            Ask.error(self.page, tr("Cannot undo or redo"), _error_text(err))
            QTimer.singleShot(0, self.page.undo_stack.clear)
        self.page.changed()


class SaveVoucherCommand(_VoucherCommand):
    """Undoable save: *before* is None for a new voucher; *after* has the id once saved."""

    def __init__(self, page: "VouchersPage", before: Voucher | None, after: Voucher):
        super().__init__(page, tr("Add voucher {number}", number=after.number) if before is None
                         else tr("Edit voucher {number}", number=after.number))
        self.before = before
        self.after = after

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def do():
            saved = vstore.save_voucher(self.page.store, dataclasses.replace(self.after, id=None, number="")
                                        if self.before is None else self.after)
            self.after = saved
        self._run(do)

    def undo(self) -> None:
        def do():
            if self.before is None:
                vstore.delete_voucher(self.page.store, self.after.id)
            else:
                vstore.save_voucher(self.page.store, self.before)
        self._run(do)


class DeleteVoucherCommand(_VoucherCommand):
    """Undoable delete; undo enters the voucher again (it gets an id and a number again)."""

    def __init__(self, page: "VouchersPage", voucher: Voucher):
        super().__init__(page, tr("Delete voucher {number}", number=voucher.number))
        self.voucher = voucher

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: vstore.delete_voucher(self.page.store, self.voucher.id))

    def undo(self) -> None:
        def do():
            self.voucher = vstore.save_voucher(self.page.store, dataclasses.replace(self.voucher, id=None, number=""))
        self._run(do)


class VouchersPage(QWidget):
    """The vouchers page; *today* fixes "today" for adjusting vouchers (tests, demo)."""

    title = "Vouchers"

    def __init__(self, store: Store, undo_stack: QUndoStack, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.today = today
        self.model = VoucherListModel(store, self)

        self.search = QLineEdit()
        self.search.setObjectName("voucher_search")
        self.search.setPlaceholderText(tr("Search by number, description, reference or counterparty…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.type_filter = EnumCombo([(None, tr("All voucher types"))] +
                                     [(code, tr(t.label)) for code, t in VOUCHER_TYPES.items()])
        self.month_filter = EnumCombo([])
        self.month_filter.setObjectName("voucher_month")
        self.mark_filter = EnumCombo([(None, tr("Internal and external")), (True, tr("Internal only")),
                                      (False, tr("External only (incl. not marked)"))])
        for combo in (self.type_filter, self.month_filter, self.mark_filter):
            combo.changed.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setObjectName("vouchers_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, c in enumerate(self.model.columns):
            self.table.setColumnWidth(col, c.width)
            if c.key == "description":
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.receipt_button = QPushButton(tr("New cash &receipt"))
        self.payment_button = QPushButton(tr("New cash &payment"))
        self.bank_button = QPushButton(tr("&Other voucher…"))
        self.bank_button.setToolTip(tr("Bank receipt, bank payment or general journal voucher"))
        self.edit_button = QPushButton(tr("&Edit voucher"))
        self.delete_button = QPushButton(tr("Delete voucher"))
        self.adjust_button = QPushButton(tr("Adjusting voucher…"))
        self.adjust_button.setToolTip(tr("Reverse the selected voucher in an open month (for corrections of a locked month)"))
        self.print_button = QPushButton(tr("&Print voucher…"))
        self.print_button.clicked.connect(self.print_selected)
        self.history_button = QPushButton(tr("&History…"))
        self.history_button.setToolTip(tr("Who changed the selected voucher and when (all vouchers when none is selected)"))
        self.history_button.clicked.connect(self.show_history)
        self.import_button = QPushButton(tr("&Import…"))
        self.import_button.setToolTip(tr("Import receipts and payments from an XLSX or CSV file (a bank statement or your own spreadsheet)"))
        self.import_button.clicked.connect(self.import_vouchers)
        self.lock_button = QPushButton(tr("&Lock month…"))
        self.unlock_button = QPushButton(tr("Unlock month…"))
        mark_writes(self.receipt_button, self.payment_button, self.bank_button, self.delete_button, self.adjust_button,
                    self.import_button, self.lock_button, self.unlock_button)
        self.receipt_button.clicked.connect(lambda: self.add_voucher("cash_receipt"))
        self.payment_button.clicked.connect(lambda: self.add_voucher("cash_payment"))
        self.bank_button.clicked.connect(lambda: self.add_voucher("bank_receipt"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.adjust_button.clicked.connect(self.adjust_selected)
        self.lock_button.clicked.connect(self.lock_month)
        self.unlock_button.clicked.connect(self.unlock_month)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.add_voucher("cash_receipt"))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.delete_selected)

        self.status = QLabel()
        self.status.setObjectName("vouchers_status")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for combo in (self.type_filter, self.month_filter, self.mark_filter):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            top.addWidget(combo)
        top.addWidget(self.lock_button)
        top.addWidget(self.unlock_button)
        buttons = QHBoxLayout()
        for b in (self.receipt_button, self.payment_button, self.bank_button, self.edit_button,
                  self.delete_button, self.adjust_button):
            buttons.addWidget(b)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.fill_months()
        self.update_status()

    # --- filters ------------------------------------------------------------------
    def fill_months(self) -> None:
        """(Re)list the months in the month filter, keeping the selection."""
        current = self.month_filter.value()
        self.month_filter.blockSignals(True)
        self.month_filter.clear()
        self.month_filter.addItem(tr("All months"), None)
        locked = set(vstore.locked_months(self.store))
        for m in income_views.voucher_months(self.store):
            label = month_label(m) + (" — " + tr("locked") if m in locked else "")
            self.month_filter.addItem(label, m)
        self.month_filter.set_value(current)
        self.month_filter.blockSignals(False)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.type_filter.value(), self.month_filter.value(), self.mark_filter.value(),
                              self.search.text())
        self.update_status()

    def update_status(self) -> None:
        month = self.month_filter.value()
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        parts = [tr("{n} vouchers shown", n=f"{shown}{more}")]
        if month:
            parts.append(tr("Month {month} is locked", month=month_label(month)) if vstore.is_locked(self.store, month + "-01")
                         else tr("Month {month} is open", month=month_label(month)))
        locked = vstore.locked_months(self.store)
        if locked:
            parts.append(tr("Last locked month: {month}", month=month_label(locked[-1])))
        self.status.setText(" · ".join(parts))
        self.lock_button.setEnabled(bool(month) and not vstore.is_locked(self.store, month + "-01"))
        self.unlock_button.setEnabled(bool(month) and vstore.is_locked(self.store, month + "-01"))

    def refresh(self) -> None:
        """Called when the page is shown: new vouchers may come from elsewhere."""
        self.fill_months()
        self.model.refresh()
        self.update_status()

    def changed(self, voucher_id: int | None = None) -> None:
        self.fill_months()
        self.model.refresh()
        self.update_status()
        if voucher_id is not None:
            self.select_voucher(voucher_id)

    def select_voucher(self, voucher_id: int) -> None:
        select_row(self.table, self.model.row_of(voucher_id))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.voucher_id(index.row()) if index.isValid() else None

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    # --- actions ------------------------------------------------------------------
    def _save_new_party(self, v: Voucher, new_name: str) -> Voucher:
        if new_name and v.party_id is None:
            from ocop_desktop.domain.income.vouchers import CATEGORIES
            want = CATEGORIES[v.category].counterparty
            kind = want if want in ("customer", "supplier") else "customer"
            v = dataclasses.replace(v, party_id=vstore.find_or_add_party(self.store, kind, new_name))
        return v

    def add_voucher(self, vtype: str = "cash_receipt") -> None:
        """Open the form for a new voucher of *vtype* and save it (undoable)."""
        result = VoucherForms.edit(self, self.store, None, vtype)
        if result is None:
            return
        v, new_name = result
        try:
            v = self._save_new_party(v, new_name)
            saved = vstore.save_voucher(self.store, v)
        except StoreError as err:
            Ask.error(self, tr("Cannot save the voucher"), _error_text(err))
            return
        self.undo_stack.push(SaveVoucherCommand(self, None, saved))
        self.changed(saved.id)

    def _refuse_if_locked(self, v: Voucher, what: str) -> bool:
        if vstore.is_locked(self.store, v.date):
            Ask.error(self, what, tr(
                "Voucher {number} is in {month}, a locked month: it cannot be changed or deleted. "
                "Correct it with an adjusting voucher in an open month (button “Adjusting voucher…”), "
                "or unlock the month first.", number=v.number, month=month_label(v.date.isoformat()[:7])))
            return True
        return False

    def edit_selected(self) -> None:
        vid = self.selected_id()
        if vid is not None:
            self.edit_voucher(vid)

    def edit_voucher(self, vid: int) -> None:
        """Open voucher *vid* in the form and save the change (undoable); refused with a
        message in a locked month. Also used by the books page (double-click on a line)."""
        before = vstore.get_voucher(self.store, vid)
        if self._refuse_if_locked(before, tr("Cannot change the voucher")):
            return
        from ocop_desktop.domain.income.vouchers import CATEGORIES
        cat = CATEGORIES.get(before.category)
        typed_journal = (cat is not None and cat.code == "journal" and before.source == "manual"
                         and before.adjusts_id is None)  # lines the accountant typed, not the app's
        if cat is None or not ((cat.debit and cat.credit) or typed_journal) or not cat.manual:
            Ask.error(self, tr("Cannot change the voucher"), tr(
                "Voucher {number} has journal lines made by the app or typed one by one ({category}); "
                "the voucher form cannot change them. Delete it and enter it again, or correct it with an "
                "adjusting voucher.", number=before.number,
                category=tr(cat.label) if cat else before.category))
            return
        result = VoucherForms.edit(self, self.store, dataclasses.replace(before, lines=list(before.lines)))
        if result is None:
            return
        after, new_name = result
        if after == before:
            return
        try:
            after = self._save_new_party(after, new_name)
            saved = vstore.save_voucher(self.store, after)
        except StoreError as err:
            Ask.error(self, tr("Cannot save the voucher"), _error_text(err))
            return
        self.undo_stack.push(SaveVoucherCommand(self, before, saved))
        self.changed(saved.id)

    def delete_selected(self) -> None:
        vid = self.selected_id()
        if vid is None:
            return
        v = vstore.get_voucher(self.store, vid)
        if self._refuse_if_locked(v, tr("Cannot delete the voucher")):
            return
        if not Ask.confirm(self, tr("Delete voucher"), tr(
                "Delete voucher {number} of {date}, {amount}? Its number is not used again.",
                number=v.number, date=format_date(v.date), amount=format_money(v.amount))):
            return
        try:
            vstore.delete_voucher(self.store, vid)
        except StoreError as err:
            Ask.error(self, tr("Cannot delete the voucher"), _error_text(err))
            return
        self.undo_stack.push(DeleteVoucherCommand(self, v))
        self.changed()

    def adjust_selected(self) -> None:
        """Save a journal voucher dated today that reverses the selected one."""
        vid = self.selected_id()
        if vid is None:
            return
        v = vstore.get_voucher(self.store, vid)
        today = self._today()
        if vstore.is_locked(self.store, today):
            Ask.error(self, tr("Cannot adjust"), tr("Today's month {month} is locked too; unlock it first.",
                                                      month=month_label(today.isoformat()[:7])))
            return
        if not Ask.confirm(self, tr("Adjusting voucher"), tr(
                "Enter a general journal voucher dated {date} that reverses {number} ({amount})? "
                "Then enter the correct voucher as a new one.",
                date=format_date(today), number=v.number, amount=format_money(v.amount))):
            return
        try:
            saved = vstore.save_voucher(self.store, vstore.adjusting_voucher(self.store, vid, today))
        except StoreError as err:
            Ask.error(self, tr("Cannot save the voucher"), _error_text(err))
            return
        self.undo_stack.push(SaveVoucherCommand(self, None, saved))
        self.changed(saved.id)

    def print_selected(self) -> None:
        """Print preview of the selected voucher on its form (01-TT, 02-TT…)."""
        from ocop_desktop.ui.book_print import Printing
        from ocop_desktop.ui.voucher_print import voucher_html
        vid = self.selected_id()
        if vid is None:
            Ask.error(self, tr("Print voucher"), tr("Select a voucher first."))
            return
        number = self.store.scalar("SELECT number FROM vouchers WHERE id = ?", [vid])
        Printing.preview_html(self, number, voucher_html(self.store, vid))

    def show_history(self) -> None:
        """The audit trail of the selected voucher (of every voucher when none is selected)."""
        from ocop_desktop.ui.dialogs.voucher_history import VoucherHistories
        vid = self.selected_id()
        number = self.store.scalar("SELECT number FROM vouchers WHERE id = ?", [vid]) if vid else ""
        VoucherHistories.show(self, self.store, vid, number or "")

    def import_vouchers(self) -> None:
        """Choose a file and run the import dialog (all-or-nothing); the undo history is
        cleared afterwards, as for any bulk change."""
        from ocop_desktop.imports.vouchers import VoucherFileError
        from ocop_desktop.ui.dialogs.voucher_import import VoucherImports
        path = Ask.open_file(self, tr("Import receipts and payments"), tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"))
        if not path:
            return
        try:
            saved = VoucherImports.run(self, self.store, path)
        except VoucherFileError as err:
            Ask.error(self, tr("Cannot import"), str(err))
            return
        if saved:
            self.undo_stack.clear()
            self.changed(saved[-1].id)
            Ask.inform(self, tr("Import"), tr("{n} vouchers imported: {first} … {last}.", n=len(saved),
                                                first=saved[0].number, last=saved[-1].number))

    def lock_month(self) -> None:
        month = self.month_filter.value()
        if not month:
            return
        n = self.store.scalar("SELECT COUNT(*) FROM vouchers WHERE substr(date, 1, 7) = ?", [month])
        if not Ask.confirm(self, tr("Lock month"), tr(
                "Lock {month}? Its {n} vouchers can then no longer be added, changed or deleted; "
                "corrections go in an open month as adjusting vouchers.", month=month_label(month), n=n)):
            return
        try:
            vstore.lock_month(self.store, month)
        except StoreError as err:
            Ask.error(self, tr("Cannot lock the month"), str(err))
            return
        self.undo_stack.clear()  # older steps may touch the locked month
        self.changed()

    def unlock_month(self) -> None:
        month = self.month_filter.value()
        if not month:
            return
        if not Ask.confirm(self, tr("Unlock month"), tr(
                "Unlock {month}? Its vouchers can then be changed again; the unlocking is recorded in the audit trail.",
                month=month_label(month))):
            return
        try:
            vstore.unlock_month(self.store, month)
        except StoreError as err:
            Ask.error(self, tr("Cannot unlock the month"), str(err))
            return
        self.changed()
