"""Add/edit one OCOP product: identity, documents, story and sales channels."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ocop_desktop.domain.formats import FormatError
from ocop_desktop.domain.products import CHANNELS, SUB_GROUPS, Product, SalesChannel, channel_label, sub_group_label, validate_product
from ocop_desktop.ui.models.dataclass_list import DataclassListModel
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store.db import Store
from ocop_desktop.ui.delegates import DateDelegate, EnumDelegate
from ocop_desktop.ui.widgets import problems_label, save_cancel_buttons, DateEdit, EnumCombo, MoneyEdit



class ChannelsModel(DataclassListModel):
    """Editable list of a product's sales channels (kind, partner, contract start, note)."""

    COLUMNS = [("channel", N_("Channel")), ("partner", N_("Partner")), ("contract_start", N_("Contract started")),
               ("note", N_("Note"))]


class ProductDialog(QDialog):
    """Form for one product; on Save it is checked (:func:`validate_product`) and problems
    are listed in the dialog. ``result_product`` holds the accepted product."""

    def __init__(self, store: Store, product: Product | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.original = product
        self.result_product: Product | None = None
        self.setWindowTitle(tr("Edit product") if product and product.id else tr("Add product"))
        p = product or Product(name="", form_code="07")

        self.name = QLineEdit(p.name)
        self.form_code = EnumCombo([(code, sub_group_label(code)) for code in SUB_GROUPS])
        self.form_code.set_value(p.form_code)
        self.unit = QLineEdit(p.unit)
        self.unit.setPlaceholderText(tr("e.g. jar, bag, kg"))
        self.packaging = QLineEdit(p.packaging)
        self.packaging.setPlaceholderText(tr("e.g. 500 g glass jar"))
        self.price = MoneyEdit()
        if p.price is not None:
            self.price.set_value(p.price)
        else:
            self.price.clear()
        self.raw_material_origin = QLineEdit(p.raw_material_origin)
        self.raw_material_origin.setCursorPosition(0)
        self.trademark_no = QLineEdit(p.trademark_no)
        self.trademark_date = DateEdit()
        self.trademark_date.set_value(p.trademark_date)
        self.self_declaration_no = QLineEdit(p.self_declaration_no)
        self.self_declaration_date = DateEdit()
        self.self_declaration_date.set_value(p.self_declaration_date)
        self.food_safety_no = QLineEdit(p.food_safety_no)
        self.food_safety_date = DateEdit()
        self.food_safety_date.set_value(p.food_safety_date)
        self.food_safety_expiry = DateEdit()
        self.food_safety_expiry.set_value(p.food_safety_expiry)
        self.description = QPlainTextEdit(p.description)
        self.story = QPlainTextEdit(p.story)
        self.notes = QPlainTextEdit(p.notes)

        ident = QGroupBox(tr("Product"))
        f1 = QFormLayout(ident)
        f1.addRow(tr("Product name") + " *", self.name)
        f1.addRow(tr("OCOP sub-group (scoring form)") + " *", self.form_code)
        f1.addRow(tr("Unit"), self.unit)
        f1.addRow(tr("Packaging"), self.packaging)
        f1.addRow(tr("Price per unit (đồng)"), self.price)
        f1.addRow(tr("Raw-material origin"), self.raw_material_origin)

        docs = QGroupBox(tr("Documents"))
        f2 = QGridLayout(docs)
        f2.addWidget(QLabel(tr("Number")), 0, 1)
        f2.addWidget(QLabel(tr("Date")), 0, 2)
        rows = [(tr("Trademark certificate"), self.trademark_no, self.trademark_date),
                (tr("Quality self-declaration"), self.self_declaration_no, self.self_declaration_date),
                (tr("Food-safety certificate"), self.food_safety_no, self.food_safety_date)]
        for n, (label, number, date) in enumerate(rows, start=1):
            number.setMinimumWidth(150)
            f2.addWidget(QLabel(label), n, 0)
            f2.addWidget(number, n, 1)
            f2.addWidget(date, n, 2)
        f2.addWidget(QLabel(tr("Food-safety certificate valid until")), 4, 0)
        f2.addWidget(self.food_safety_expiry, 4, 2)

        self.channels_model = ChannelsModel(p.channels, self)
        self.channels_view = QTableView()
        self.channels_view.setObjectName("channels_view")
        self.channels_view.setModel(self.channels_model)
        self.channels_view.setItemDelegateForColumn(0, EnumDelegate([(c, channel_label(c)) for c in CHANNELS], self.channels_view))
        self.channels_view.setItemDelegateForColumn(2, DateDelegate(self.channels_view))
        self.channels_view.setColumnWidth(0, 150)
        self.channels_view.setColumnWidth(1, 200)
        self.channels_view.setColumnWidth(2, 170)
        self.channels_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(tr("Add channel"))
        add.clicked.connect(self._add_channel)
        remove = QPushButton(tr("Remove channel"))
        remove.clicked.connect(lambda: self.channels_model.remove(self.channels_view.currentIndex().row()))
        channels = QWidget()
        cl = QVBoxLayout(channels)
        cl.addWidget(QLabel(tr("Distribution contracts: supermarket chains, e-commerce, shops and markets, export. "
                               "Criterion B4a counts contracts that have run for at least 6 months.")))
        cl.addWidget(self.channels_view)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        cl.addLayout(row)

        tabs = QTabWidget()
        tabs.addTab(channels, tr("Sales channels"))
        tabs.addTab(self.description, tr("Description"))
        tabs.addTab(self.story, tr("Product story"))
        tabs.addTab(self.notes, tr("Notes"))

        self.problems = problems_label()
        buttons = save_cancel_buttons(self)

        grid = QGridLayout()
        grid.addWidget(ident, 0, 0)
        grid.addWidget(docs, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(1100, 620)

    def _add_channel(self) -> None:
        self.channels_model.add(SalesChannel(channel="supermarket", contract_start=dt.date.today()))
        self.channels_view.setCurrentIndex(self.channels_model.index(self.channels_model.rowCount() - 1, 1))

    def product(self) -> Product:
        """The product as typed; raises :class:`FormatError` for an unreadable price."""
        base = self.original or Product(name="", form_code="07")
        price = self.price.value() if self.price.text().strip() else None
        return replace(
            base, name=self.name.text(), form_code=self.form_code.value(), unit=self.unit.text(),
            packaging=self.packaging.text(), price=price, raw_material_origin=self.raw_material_origin.text(),
            trademark_no=self.trademark_no.text(), trademark_date=self.trademark_date.value(),
            self_declaration_no=self.self_declaration_no.text(), self_declaration_date=self.self_declaration_date.value(),
            food_safety_no=self.food_safety_no.text(), food_safety_date=self.food_safety_date.value(),
            food_safety_expiry=self.food_safety_expiry.value(), description=self.description.toPlainText(),
            story=self.story.toPlainText(), notes=self.notes.toPlainText(),
            channels=[replace(c) for c in self.channels_model.items],
        )

    def try_accept(self) -> bool:
        """Validate; on success keep the product in ``result_product`` and accept."""
        try:
            product = self.product()
        except FormatError as err:
            self.problems.setText(tr("Price") + ": " + str(err))
            return False
        product, errors = validate_product(product)
        if errors:
            self.problems.setText("\n".join("• " + msg for _, msg in errors))
            return False
        self.result_product = product
        self.accept()
        return True
