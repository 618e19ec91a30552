"""Add or edit one voucher in plain words: what happened (category), with whom, how much.

The form offers only the categories that fit the chosen voucher type, the counterparties the
category needs (members, customers or suppliers), the internal/external mark preset from the
category (Law 17/2023 Art. 85: unmarked counts as external), and product, quantity and
channel for sales and purchases. On OK the voucher is checked by the domain rules
(:func:`validate_voucher`) and the month lock; problems are listed in the dialog and nothing
is saved. The page saves it (through the undo stack).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QPushButton,
    QGroupBox,
    QTableView,
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from ocop_desktop.ui.models.dataclass_list import DataclassListModel
from ocop_desktop.ui.delegates import EnumDelegate, MoneyDelegate
from ocop_desktop.domain.income.vouchers import Line
from ocop_desktop.domain.formats import FormatError, format_date
from ocop_desktop.domain.income.vouchers import (
    CATEGORIES, CHANNELS, VOUCHER_TYPES, Voucher, categories_for, validate_voucher,
)
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import income_views
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store
from ocop_desktop.ui.widgets import DateEdit, EnumCombo, MoneyEdit

__all__ = ["VoucherDialog", "VoucherForms", "INTERNAL_ITEMS", "counterparty_kinds", "form_types"]

#: The internal/external choice (Law 17/2023 Art. 85).
INTERNAL_ITEMS = [(True, N_("Internal (with members)")), (False, N_("External")),
                  (None, N_("Not marked (counts as external)"))]

_KIND_LABELS = {"member": N_("Member of the cooperative"), "customer": N_("Customer"), "supplier": N_("Supplier")}


def form_types() -> list[str]:
    """Voucher types the form offers (all of :data:`VOUCHER_TYPES`)."""
    return list(VOUCHER_TYPES)


def counterparty_kinds(category_code: str) -> list[str]:
    """Which registers the counterparty may come from for a category: ``["member"]``,
    ``["customer"]``, ``["supplier"]``, all three for "any", ``[]`` for "none"."""
    want = CATEGORIES[category_code].counterparty
    if want == "none":
        return []
    if want == "any":
        return ["member", "customer", "supplier"]
    return [want]


def shows_product(code: str | None) -> bool:
    """Product and quantity fields are shown for sales (required there) and purchases
    (optional: "300 kg of cassava" keeps the quantity bought from a member)."""
    cat = CATEGORIES.get(code or "")
    return bool(cat) and (cat.product or cat.code.startswith("purchase"))


def _form_categories(vtype: str) -> list:
    # categories that make their own lines, plus the free journal entry (lines typed one by one)
    return [c for c in categories_for(vtype) if (c.debit and c.credit) or c.code == FREE_JOURNAL]


#: The category of a general journal voucher whose lines the accountant types one by one.
FREE_JOURNAL = "journal"


class JournalLinesModel(DataclassListModel):
    """Lines of a free general-journal voucher: account, debit, credit (đồng), particulars."""

    COLUMNS = [("account", N_("Account")), ("debit", N_("Debit")), ("credit", N_("Credit")),
               ("description", N_("Particulars"))]


class VoucherDialog(QDialog):
    """The voucher form. ``result_voucher`` holds the checked :class:`Voucher` after OK.

    *voucher*: the voucher to edit (``None`` for a new one; *vtype* then chooses the type)."""

    def __init__(self, store: Store, voucher: Voucher | None = None, parent=None, vtype: str = "cash_receipt",
                 today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.original = voucher
        self.result_voucher: Voucher | None = None
        self.setWindowTitle(tr("New voucher") if voucher is None else tr("Voucher {number}", number=voucher.number))
        self.setMinimumWidth(620)

        self.vtype = EnumCombo([(code, tr(t.label) + (f" ({t.form})" if t.form else ""))
                                for code, t in VOUCHER_TYPES.items()])
        self.vtype.setObjectName("voucher_type")
        self.number = QLabel(voucher.number if voucher else tr("(numbered when saved)"))
        self.date = DateEdit(optional=False)
        self.date.setObjectName("voucher_date")
        self.category = QComboBox()
        self.category.setObjectName("voucher_category")
        self.kind = EnumCombo([])
        self.counterparty = QComboBox()
        self.counterparty.setEditable(True)
        self.counterparty.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.counterparty.setObjectName("voucher_counterparty")
        self.counterparty.lineEdit().setPlaceholderText(tr("Type to search; a new customer or supplier name is added"))
        # Members are picked through a search box over SQL (issue 7: a combo box of 105,000
        # members took seconds to fill); customers and suppliers, few and extendable by
        # typing a new name, keep the combo box.
        from ocop_desktop.ui.book_counterparty import CounterpartyPicker
        self.member_picker = CounterpartyPicker(store, "member")
        self.member_picker.setObjectName("voucher_member")
        self.description = QLineEdit()
        self.description.setObjectName("voucher_description")
        self.description.setPlaceholderText(tr("e.g. Sold 200 jars of pickled cassava to WinMart"))
        self.amount = MoneyEdit()
        self.amount.setObjectName("voucher_amount")
        self.internal = EnumCombo([(code, tr(label)) for code, label in INTERNAL_ITEMS])
        self.internal.setObjectName("voucher_internal")
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.addItems(income_views.product_choices(store))
        self.product.setCurrentText("")
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(2)
        self.quantity.setMaximum(1e12)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))  # 1.234,5
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(tr("jar, kg, box…"))
        self.unit.setMaximumWidth(110)
        self.channel = EnumCombo([(None, tr("(no channel)"))] + [(c, tr(label)) for c, label in CHANNELS.items()])
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("Invoice or bank transaction number (optional)"))
        self.lines_model = JournalLinesModel([], self)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("voucher_lines")
        self.lines_view.setModel(self.lines_model)
        accounts = [(r["code"], f'{r["code"]} — {r["name"]}') for r in store.query("SELECT code, name FROM accounts ORDER BY code")]
        self.lines_view.setItemDelegateForColumn(0, EnumDelegate(accounts, self.lines_view))
        self.lines_view.setItemDelegateForColumn(1, MoneyDelegate(self.lines_view))
        self.lines_view.setItemDelegateForColumn(2, MoneyDelegate(self.lines_view))
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.setColumnWidth(0, 220)
        self.lines_view.setColumnWidth(1, 120)
        self.lines_view.setColumnWidth(2, 120)
        self.lines_view.setMinimumHeight(140)
        add_line = QPushButton(tr("Add line"))
        add_line.clicked.connect(lambda: self.lines_model.add(Line(account="")))
        remove_line = QPushButton(tr("Remove line"))
        remove_line.clicked.connect(lambda: self.lines_model.remove(self.lines_view.currentIndex().row()))
        self.lines_box = QGroupBox(tr("Journal lines (debit = credit)"))
        lb = QVBoxLayout(self.lines_box)
        lb.addWidget(self.lines_view)
        lrow = QHBoxLayout()
        lrow.addWidget(add_line)
        lrow.addWidget(remove_line)
        lrow.addStretch(1)
        lb.addLayout(lrow)
        self.lines_box.setVisible(False)
        for signal in (self.lines_model.dataChanged, self.lines_model.rowsInserted, self.lines_model.rowsRemoved):
            signal.connect(lambda *_a: self.amount.set_value(sum(ln.debit or 0 for ln in self.lines_model.items))
                           if self.category.currentData() == FREE_JOURNAL else None)
        self.problems = QLabel()
        self.problems.setObjectName("voucher_problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)

        counter_row = QWidget()
        cl = QHBoxLayout(counter_row)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.kind)
        self.counterparty_stack = QStackedWidget()
        self.counterparty_stack.addWidget(self.counterparty)
        self.counterparty_stack.addWidget(self.member_picker)
        self.counterparty_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        cl.addWidget(self.counterparty_stack, 1)
        qty_row = QWidget()
        ql = QHBoxLayout(qty_row)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.addWidget(self.quantity, 1)
        ql.addWidget(self.unit)
        form = QFormLayout()
        form.addRow(tr("Voucher type"), self.vtype)
        form.addRow(tr("Number"), self.number)
        form.addRow(tr("Voucher date"), self.date)
        form.addRow(tr("What happened"), self.category)
        form.addRow(tr("With whom"), counter_row)
        form.addRow(tr("Particulars"), self.description)
        form.addRow(tr("Amount (đồng)"), self.amount)
        form.addRow(tr("Transaction with"), self.internal)
        self._product_label = QLabel(tr("Product"))
        self._qty_label = QLabel(tr("Quantity and unit"))
        self._channel_label = QLabel(tr("Sales channel"))
        form.addRow(self._product_label, self.product)
        form.addRow(self._qty_label, qty_row)
        form.addRow(self._channel_label, self.channel)
        form.addRow(tr("Reference"), self.reference)
        self._qty_row = qty_row
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save voucher"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines_box)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

        self.vtype.changed.connect(self._type_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.kind.changed.connect(self._kind_changed)

        if voucher is None:
            self.vtype.set_value(vtype)
            self.date.set_value(today or dt.date.today())
            self._type_changed()
        else:
            self.load(voucher)

    # --- filling ------------------------------------------------------------------
    def _type_changed(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for c in _form_categories(self.vtype.value()):
            self.category.addItem(tr(c.label), c.code)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)
        self._category_changed()

    def _category_changed(self) -> None:
        code = self.category.currentData()
        if code is None:
            return
        cat = CATEGORIES[code]
        kinds = counterparty_kinds(code)
        previous = self.kind.value()
        self.kind.blockSignals(True)
        self.kind.clear()
        for k in kinds:
            self.kind.addItem(tr(_KIND_LABELS[k]), k)
        if previous in kinds:
            self.kind.set_value(previous)
        self.kind.blockSignals(False)
        self.kind.setEnabled(len(kinds) > 1)
        self.counterparty.setEnabled(bool(kinds))
        self.member_picker.setEnabled(bool(kinds))
        self._kind_changed()
        self.internal.set_value(cat.internal)
        for w in (self.product, self._product_label, self._qty_row, self._qty_label):
            w.setVisible(shows_product(code))
        for w in (self.channel, self._channel_label):
            w.setVisible(cat.channel)
        free = code == FREE_JOURNAL
        self.lines_box.setVisible(free)
        self.amount.setEnabled(not free)  # a free journal voucher's amount is its total debit
        if free and not self.lines_model.items:
            self.lines_model.add(Line(account=""))
            self.lines_model.add(Line(account=""))

    def _kind_changed(self) -> None:
        kind = self.kind.value()
        self.counterparty_stack.setCurrentWidget(self.member_picker if kind == "member" else self.counterparty)
        if kind == "member":
            return
        text = self.counterparty.currentText()
        self.counterparty.clear()
        if kind in ("customer", "supplier"):
            items = income_views.party_choices(self.store, kind)
        else:
            items = []
        for pid, name in items:
            self.counterparty.addItem(name, pid)
        self.counterparty.lineEdit().setPlaceholderText(
            tr("Type to search; a new customer or supplier name is added") if kind else "")
        completer = QCompleter([name for _pid, name in items], self.counterparty)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.counterparty.setCompleter(completer)
        index = self.counterparty.findText(text)
        self.counterparty.setCurrentIndex(index)
        if index < 0:
            self.counterparty.setEditText("")

    def load(self, v: Voucher) -> None:
        """Show voucher *v* in the form."""
        self.vtype.set_value(v.vtype)
        self._type_changed()
        if self.category.findData(v.category) < 0:  # e.g. an app-made category: show it
            self.category.addItem(tr(CATEGORIES[v.category].label) if v.category in CATEGORIES else v.category, v.category)
        self.category.setCurrentIndex(self.category.findData(v.category))
        self._category_changed()
        self.date.set_value(v.date)
        if v.member_id is not None:
            self.kind.set_value("member")
            self._kind_changed()
            self.member_picker.set_value(v.member_id)
        elif v.party_id is not None:
            kind = self.store.scalar("SELECT kind FROM parties WHERE id = ?", [v.party_id])
            self.kind.set_value(kind)
            self._kind_changed()
            self.counterparty.setCurrentIndex(self.counterparty.findData(v.party_id))
        self.description.setText(v.description)
        self.amount.set_value(v.amount)
        self.internal.set_value(v.internal)
        self.product.setCurrentText(v.product or "")
        self.quantity.setValue(v.quantity or 0)
        self.unit.setText(v.unit or "")
        self.channel.set_value(v.channel)
        self.reference.setText(v.reference or "")
        if v.category == FREE_JOURNAL:
            while self.lines_model.items:
                self.lines_model.remove(0)
            for ln in v.lines:
                self.lines_model.add(Line(ln.account, ln.debit, ln.credit, ln.member_id, ln.party_id, ln.description))

    # --- reading ------------------------------------------------------------------
    def _counterparty(self) -> tuple[int | None, int | None, str]:
        """``(member_id, party_id, new party name)`` from the chooser."""
        kind = self.kind.value()
        if kind == "member":
            return (self.member_picker.value() if self.member_picker.isEnabled() else None), None, ""
        text = self.counterparty.currentText().strip()
        if not self.counterparty.isEnabled() or not text or kind is None:
            return None, None, ""
        index = self.counterparty.findText(text, Qt.MatchFlag.MatchFixedString)
        pid = self.counterparty.itemData(index) if index >= 0 else None
        return None, pid, "" if pid is not None else text

    def voucher(self) -> tuple[Voucher, list[tuple[str, str]]]:
        """The voucher as typed and the problems reading it (``(field, message)``)."""
        problems: list[tuple[str, str]] = []
        try:
            amount = self.amount.value()
        except FormatError as err:
            amount = 0
            problems.append(("amount", str(err)))
        member_id, party_id, _new = self._counterparty()
        code = self.category.currentData()
        cat = CATEGORIES.get(code)
        product = self.product.currentText().strip() if shows_product(code) else ""
        quantity = self.quantity.value() if shows_product(code) and self.quantity.value() else None
        v = Voucher(
            vtype=self.vtype.value(), date=self.date.value(), amount=amount, category=code or "",
            description=self.description.text().strip(), member_id=member_id, party_id=party_id,
            internal=self.internal.value(), product=product, quantity=quantity,
            unit=self.unit.text().strip() if quantity else "",
            channel=self.channel.value() if cat and cat.channel else None,
            reference=self.reference.text().strip(),
        )
        if code == FREE_JOURNAL:
            lines = [replace(ln) for ln in self.lines_model.items if ln.account or ln.debit or ln.credit]
            v = replace(v, lines=lines, amount=sum(ln.debit or 0 for ln in lines))
        if self.original is not None:
            v = replace(v, id=self.original.id, number=self.original.number, source=self.original.source,
                        adjusts_id=self.original.adjusts_id, product_id=self.original.product_id)
        return v, problems

    def new_party_name(self) -> str:
        """A customer/supplier name typed that is not yet in the register ("" if none)."""
        return self._counterparty()[2]

    def check(self) -> tuple[Voucher, list[tuple[str, str]]]:
        """The voucher and every problem: reading errors, the domain rules, a locked month."""
        v, problems = self.voucher()
        new_name = self.new_party_name()
        if problems:
            return v, problems
        check_v = v
        if new_name:  # counts as a counterparty while checking; added when saved
            check_v = replace(v, party_id=-1)
        problems = [(f, m) for f, m in validate_voucher(check_v, vstore.account_codes(self.store))]
        kind = self.kind.value()
        if self.counterparty.isEnabled() and self.counterparty.currentText().strip() and kind == "member" and v.member_id is None:
            problems.append(("counterparty", tr("{name} is not an active member", name=self.counterparty.currentText().strip())))
        old_date = self.original.date if self.original is not None else None
        for d in (v.date, old_date):
            if d and vstore.is_locked(self.store, d):
                problems.append(("date", tr("Month {month} is locked: vouchers in it cannot be added, changed or deleted. Enter an adjusting voucher in an open month.",
                                            month=format_date(d)[3:])))
                break
        return v, problems

    def try_accept(self) -> bool:
        v, problems = self.check()
        if problems:
            self.problems.setText("\n".join(f"• {m}" for _f, m in problems))
            return False
        self.result_voucher = v
        self.accept()
        return True


class VoucherForms:
    """Opens the voucher form; tests replace :meth:`edit`."""

    @classmethod
    def edit(cls, parent, store: Store, voucher: Voucher | None, vtype: str = "cash_receipt") -> tuple[Voucher, str] | None:
        """Run the form; returns ``(checked voucher, new customer/supplier name or "")`` or
        ``None`` when cancelled."""
        dialog = VoucherDialog(store, voucher, parent, vtype)
        if not dialog.exec():
            return None
        return dialog.result_voucher, dialog.new_party_name()
