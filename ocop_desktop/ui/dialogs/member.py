"""Add/edit one member: a form with inline Vietnamese messages; nothing invalid is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget, QHeaderView,
)

from ocop_desktop.domain.formats import FormatError, format_money, format_percent
from ocop_desktop.domain.members import (
    ASSET_TYPES, MEMBER_TYPES, Contribution, Member, asset_type_label, member_type_label,
)
from ocop_desktop.ui.models.dataclass_list import DataclassListModel
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import Store
from ocop_desktop.ui.delegates import DateDelegate, EnumDelegate, MoneyDelegate
from ocop_desktop.ui.widgets import problems_label, save_cancel_buttons, DateEdit, EnumCombo, MoneyEdit



class ContributionsModel(DataclassListModel):
    """Editable list of a member's contributions (date, asset type, value in đồng, quantity, note)."""

    COLUMNS = [("date", N_("Date")), ("asset_type", N_("Asset type")), ("amount", N_("Value (đồng)")),
               ("quantity", N_("Quantity")), ("note", N_("Note"))]


class MemberDialog(QDialog):
    """Form for one member. On OK the member is checked against every rule
    (:func:`members_store.check_member`); problems are listed in the dialog and nothing is
    saved until they are fixed. ``result_member`` holds the accepted member."""

    def __init__(self, store: Store, member: Member | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.original = member
        self.result_member: Member | None = None
        self.setWindowTitle(tr("Edit member") if member and member.id else tr("Add member"))
        m = member or Member(full_name="", join_date=dt.date.today())

        self.full_name = QLineEdit(m.full_name)
        self.member_type = EnumCombo([(t, member_type_label(t)) for t in MEMBER_TYPES])
        self.member_type.set_value(m.member_type)
        self.kind = EnumCombo([("individual", tr("Individual")), ("organisation", tr("Organisation"))])
        self.kind.set_value(m.kind)
        self.sex = EnumCombo([(None, ""), ("M", tr("Male")), ("F", tr("Female"))])
        self.sex.set_value(m.sex)
        self.birth_date = DateEdit()
        self.birth_date.set_value(m.birth_date)
        self.id_number = QLineEdit(m.id_number)
        self.id_number.setPlaceholderText(tr("12 digits"))
        self.phone = QLineEdit(m.phone)
        self.address = QLineEdit(m.address)
        self.nationality = QLineEdit(m.nationality)
        self.join_date = DateEdit()
        self.join_date.set_value(m.join_date)
        self.capital_committed = MoneyEdit()
        self.capital_committed.set_value(m.capital_committed)
        self.certificate_no = QLineEdit(m.certificate_no)
        self.certificate_date = DateEdit()
        self.certificate_date.set_value(m.certificate_date)
        self.status = EnumCombo([("active", tr("Active")), ("left", tr("Left"))])
        self.status.set_value(m.status)
        self.left_date = DateEdit()
        self.left_date.set_value(m.left_date)
        self.left_reason = QLineEdit(m.left_reason)
        self.notes = QPlainTextEdit(m.notes)
        self.notes.setMaximumHeight(60)

        person = QGroupBox(tr("Member"))
        form = QFormLayout(person)
        form.addRow(tr("Full name") + " *", self.full_name)
        form.addRow(tr("Member type"), self.member_type)
        form.addRow(tr("Individual or organisation"), self.kind)
        form.addRow(tr("Sex"), self.sex)
        form.addRow(tr("Date of birth"), self.birth_date)
        form.addRow(tr("ID number"), self.id_number)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Contact address"), self.address)
        form.addRow(tr("Nationality"), self.nationality)

        capital = QGroupBox(tr("Membership and capital"))
        form2 = QFormLayout(capital)
        form2.addRow(tr("Join date"), self.join_date)
        form2.addRow(tr("Capital committed (đồng)"), self.capital_committed)
        form2.addRow(tr("Capital certificate no."), self.certificate_no)
        form2.addRow(tr("Certificate date"), self.certificate_date)
        form2.addRow(tr("Status"), self.status)
        form2.addRow(tr("Date left"), self.left_date)
        form2.addRow(tr("Reason for leaving"), self.left_reason)
        form2.addRow(tr("Notes"), self.notes)

        self.contrib_model = ContributionsModel(m.contributions, self)
        self.contrib_view = QTableView()
        self.contrib_view.setModel(self.contrib_model)
        self.contrib_view.setItemDelegateForColumn(0, DateDelegate(self.contrib_view))
        self.contrib_view.setItemDelegateForColumn(1, EnumDelegate([(a, asset_type_label(a)) for a in ASSET_TYPES], self.contrib_view))
        self.contrib_view.setItemDelegateForColumn(2, MoneyDelegate(self.contrib_view))
        self.contrib_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.contrib_view.setColumnWidth(0, 100)
        self.contrib_view.setColumnWidth(1, 130)
        self.contrib_view.setColumnWidth(2, 130)
        self.contrib_view.setMinimumHeight(110)
        add = QPushButton(tr("Add contribution"))
        add.clicked.connect(self._add_contribution)
        remove = QPushButton(tr("Remove contribution"))
        remove.clicked.connect(lambda: self.contrib_model.remove(self.contrib_view.currentIndex().row()))
        self.paid_label = QLabel()
        self.contrib_model.dataChanged.connect(self._update_paid)
        self.contrib_model.rowsInserted.connect(self._update_paid)
        self.contrib_model.rowsRemoved.connect(self._update_paid)
        self.capital_committed.textChanged.connect(self._update_paid)
        contrib_box = QGroupBox(tr("Capital contributions"))
        cl = QVBoxLayout(contrib_box)
        cl.addWidget(self.contrib_view)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.paid_label)
        cl.addLayout(row)

        self.problems = problems_label()
        buttons = save_cancel_buttons(self)

        grid = QGridLayout()
        grid.addWidget(person, 0, 0)
        grid.addWidget(capital, 0, 1)
        grid.addWidget(contrib_box, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._update_paid()
        self.member_type.changed.connect(self._capital_enabled)
        self._capital_enabled()
        self.resize(900, 600)

    def _capital_enabled(self) -> None:
        """An associate member without capital contributes none (Law 17/2023 Art. 30)."""
        has_capital = self.member_type.value() != "associate_no_capital"
        for w in (self.capital_committed, self.contrib_view, self.certificate_no, self.certificate_date):
            w.setEnabled(has_capital)

    def _add_contribution(self) -> None:
        try:
            remaining = self.capital_committed.value() - sum(c.amount for c in self.contrib_model.items)
        except FormatError:
            remaining = 0
        self.contrib_model.add(Contribution(date=dt.date.today(), amount=max(remaining, 0)))
        self.contrib_view.setCurrentIndex(self.contrib_model.index(self.contrib_model.rowCount() - 1, 2))

    def _update_paid(self, *args) -> None:
        paid = sum(c.amount or 0 for c in self.contrib_model.items)
        try:
            committed = self.capital_committed.value()
        except FormatError:
            committed = 0
        pct = format_percent(paid, committed) if committed else "—"
        self.paid_label.setText(tr("Paid {paid} of {committed} ({pct})", paid=format_money(paid),
                                   committed=format_money(committed), pct=pct))

    def member(self) -> Member:
        """The member as typed. Raises :class:`FormatError` for an unreadable amount."""
        base = self.original or Member(full_name="")
        return replace(
            base,
            full_name=self.full_name.text(), member_type=self.member_type.value(), kind=self.kind.value(),
            sex=self.sex.value(), birth_date=self.birth_date.value(), id_number=self.id_number.text(),
            phone=self.phone.text(), address=self.address.text(), nationality=self.nationality.text(),
            join_date=self.join_date.value(), capital_committed=self.capital_committed.value(),
            certificate_no=self.certificate_no.text(), certificate_date=self.certificate_date.value(),
            status=self.status.value(), left_date=self.left_date.value(), left_reason=self.left_reason.text(),
            notes=self.notes.toPlainText(), contributions=[replace(c) for c in self.contrib_model.items],
        )

    def try_accept(self) -> bool:
        """Validate; on success keep the member in ``result_member`` and close with Accepted."""
        try:
            member = self.member()
        except FormatError as err:
            self.problems.setText(tr("Capital committed") + ": " + str(err))
            return False
        member, errors, warnings = members_store.check_member(self.store, member)
        if errors:
            self.problems.setStyleSheet("color: #b00020;")
            self.problems.setText("\n".join("• " + msg for _, msg in errors))
            return False
        if warnings and warnings != getattr(self, "_shown_warnings", None):
            # warnings are shown once; pressing Save again saves anyway
            self._shown_warnings = warnings
            self.problems.setStyleSheet("color: #9a5b00;")
            self.problems.setText("\n".join("• " + msg for _, msg in warnings) + "\n" + tr("Press Save again to save anyway."))
            return False
        self.result_member = member
        self.warnings = warnings
        self.accept()
        return True
