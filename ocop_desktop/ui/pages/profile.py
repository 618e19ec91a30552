"""Cooperative profile page: name, tax code, head office, legal representative, capital."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget, QGridLayout,
)

from ocop_desktop.domain.cooperative import Cooperative, provinces, wards
from ocop_desktop.domain.formats import FormatError
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store.cooperative import get_cooperative, save_cooperative
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import ValidationError
from ocop_desktop.ui.widgets import DateEdit, EnumCombo, MoneyEdit, mark_writes

FIELD_LABELS = {
    "name": N_("Cooperative name"), "tax_code": N_("Registration / tax code"), "phone": N_("Phone"),
    "email": N_("E-mail"), "ward_code": N_("Commune / ward"), "founding_date": N_("Founding date"),
    "charter_capital": N_("Charter capital (đồng)"), "rep_sex": N_("Sex"),
}


def _searchable(combo) -> None:
    """Let the user type any part of a name ("cam khe") to pick from a long list."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QCompleter
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class ProfilePage(QWidget):
    """Edit the cooperative's profile; Save validates every field and writes nothing while
    a problem remains (each problem named by its field)."""

    title = "Cooperative"

    def __init__(self, store: Store, parent=None, on_saved=None):
        super().__init__(parent)
        self.store = store
        self.on_saved = on_saved
        self.name = QLineEdit()
        self.tax_code = QLineEdit()
        self.tax_code.setPlaceholderText(tr("10 or 13 digits"))
        self.province = EnumCombo([(None, "")] + provinces())
        self.ward = EnumCombo([(None, "")])
        self.province.changed.connect(self._fill_wards)
        for combo in (self.province, self.ward):
            _searchable(combo)
        self.address_detail = QLineEdit()
        self.address_detail.setPlaceholderText(tr("Village / street, house number"))
        self.rep_name = QLineEdit()
        self.rep_position = QLineEdit()
        self.rep_sex = EnumCombo([(None, ""), ("M", tr("Male")), ("F", tr("Female"))])
        self.rep_woman_or_minority = QCheckBox(tr("The legal representative is a woman or from an ethnic minority (OCOP criterion A3b)"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.founding_date = DateEdit()
        self.charter_capital = MoneyEdit()

        unit = QGroupBox(tr("Cooperative"))
        f1 = QFormLayout(unit)
        f1.addRow(tr("Cooperative name") + " *", self.name)
        f1.addRow(tr("Registration / tax code"), self.tax_code)
        f1.addRow(tr("Founding date"), self.founding_date)
        f1.addRow(tr("Charter capital (đồng)"), self.charter_capital)
        f1.addRow(tr("Phone"), self.phone)
        f1.addRow(tr("E-mail"), self.email)
        office = QGroupBox(tr("Head office"))
        f2 = QFormLayout(office)
        f2.addRow(tr("Province / city"), self.province)
        f2.addRow(tr("Commune / ward"), self.ward)
        f2.addRow(tr("Address"), self.address_detail)
        rep = QGroupBox(tr("Legal representative"))
        f3 = QFormLayout(rep)
        f3.addRow(tr("Full name"), self.rep_name)
        f3.addRow(tr("Position"), self.rep_position)
        f3.addRow(tr("Sex"), self.rep_sex)
        f3.addRow("", self.rep_woman_or_minority)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.status = QLabel()
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Revert"))
        mark_writes(self.save_button, self.revert_button)
        self.revert_button.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status, 1)

        grid = QGridLayout()
        grid.addWidget(unit, 0, 0)
        grid.addWidget(office, 0, 1)
        grid.addWidget(rep, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def _fill_wards(self) -> None:
        code = self.province.value()
        self.ward.blockSignals(True)
        self.ward.clear()
        self.ward.addItem("", None)
        for wcode, name in wards(code) if code else []:
            self.ward.addItem(name, wcode)
        self.ward.blockSignals(False)

    def load(self) -> None:
        c = get_cooperative(self.store) or Cooperative(name="")
        self.name.setText(c.name)
        self.tax_code.setText(c.tax_code)
        self.province.set_value(c.province_code)
        self._fill_wards()
        self.ward.set_value(c.ward_code)
        self.address_detail.setText(c.address_detail)
        self.rep_name.setText(c.rep_name)
        self.rep_position.setText(c.rep_position)
        self.rep_sex.set_value(c.rep_sex)
        self.rep_woman_or_minority.setChecked(c.rep_woman_or_minority)
        self.phone.setText(c.phone)
        self.email.setText(c.email)
        self.founding_date.set_value(c.founding_date)
        self.charter_capital.set_value(c.charter_capital)
        self.problems.clear()
        self.status.clear()

    def save(self) -> bool:
        try:
            capital = self.charter_capital.value()
        except FormatError as err:
            self.problems.setText(tr("Charter capital (đồng)") + ": " + str(err))
            return False
        coop = Cooperative(
            name=self.name.text(), tax_code=self.tax_code.text(), province_code=self.province.value(),
            ward_code=self.ward.value(), address_detail=self.address_detail.text(), rep_name=self.rep_name.text(),
            rep_position=self.rep_position.text(), rep_sex=self.rep_sex.value(),
            rep_woman_or_minority=self.rep_woman_or_minority.isChecked(), phone=self.phone.text(),
            email=self.email.text(), founding_date=self.founding_date.value(), charter_capital=capital)
        try:
            save_cooperative(self.store, coop)
        except ValidationError as err:
            self.problems.setText("\n".join(f"• {tr(FIELD_LABELS.get(f, f))}: {m}" for f, m in err.problems))
            self.status.clear()
            return False
        self.load()
        self.status.setText(tr("Saved."))
        if self.on_saved:
            self.on_saved()
        return True
