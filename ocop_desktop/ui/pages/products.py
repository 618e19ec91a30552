"""Products page: the cooperative's OCOP products, their ratings and certificates.

Top: certificates that need attention (expiring or expired). Middle: the products table with
a star delegate for the current rating, filtered by sub-group, stars and certificate status.
Bottom: the certificate history of the selected product.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ocop_desktop.domain.certificates import Certificate, status_label
from ocop_desktop.domain.formats import format_date
from ocop_desktop.domain.products import SUB_GROUPS, Product, sub_group_label
from ocop_desktop.i18n import tr
from ocop_desktop.store import products as products_store
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.delegates.ocop_stars import StarDelegate
from ocop_desktop.ui.models.products import CertificateHistoryModel, ProductTableModel
from ocop_desktop.ui.widgets import EnumCombo, mark_writes, select_row


class ProductCommand(QUndoCommand):
    """Undoable add/edit of a product (*before* None for an add). The first redo is the save
    the page already made, so a failed save never reaches the stack."""

    def __init__(self, page: "ProductsPage", before: Product | None, after: Product):
        super().__init__(tr("Add product {name}", name=after.name) if before is None
                         else tr("Edit product {name}", name=after.name))
        self.page, self.before, self.after = page, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        with self.page.store.atomic():
            products_store.write_product(self.page.store, self.after)
        self.page.changed(self.after.id)

    def undo(self) -> None:
        store = self.page.store
        with store.atomic() as db:
            if self.before is None:
                db.execute("DELETE FROM products WHERE id = ?", [self.after.id])
            else:
                products_store.write_product(store, self.before)
        self.page.changed(self.before.id if self.before else None)


class CertificateCommand(QUndoCommand):
    """Undoable certificate changes: ``[(before or None, after)]`` written together (a new
    certificate and the previous one marked re-rated)."""

    def __init__(self, page: "ProductsPage", changes: list[tuple[Certificate | None, Certificate]], text: str):
        super().__init__(text)
        self.page, self.changes = page, changes
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        with self.page.store.atomic():
            for _before, after in self.changes:
                products_store.write_certificate(self.page.store, after)
        self.page.changed(self.changes[-1][1].product_id)

    def undo(self) -> None:
        with self.page.store.atomic() as db:
            for before, after in reversed(self.changes):
                if before is None:
                    db.execute("DELETE FROM certificates WHERE id = ?", [after.id])
                else:
                    products_store.write_certificate(self.page.store, before)
        self.page.changed(self.changes[-1][1].product_id)


def _table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)


class ProductsPage(QWidget):
    """The products page. *window* (optional) is the main window, used to open the
    self-assessment page and refresh the sidebar badge; *today* fixes the date used for
    certificate status (None = the real today)."""

    def __init__(self, store: Store, window=None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.window_ = window
        self.today = today
        self.model = ProductTableModel(store, self, today)
        self._ready = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search products (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.form_filter = EnumCombo([(None, tr("All sub-groups"))] + [(c, sub_group_label(c)) for c in SUB_GROUPS])
        self.form_filter.setObjectName("form_filter")
        self.stars_filter = EnumCombo([(None, tr("Any rating")), (0, tr("Not certified"))]
                                      + [(n, tr("{n} stars", n=n)) for n in (3, 4, 5)])
        self.stars_filter.setObjectName("stars_filter")
        self.status_filter = EnumCombo([(None, tr("Any certificate status")), ("attention", tr("Needs attention"))]
                                       + [(s, status_label(s)) for s in ("valid", "expiring", "expired", "revoked", "rerated", "none")])
        self.status_filter.setObjectName("status_filter")
        for combo in (self.form_filter, self.stars_filter, self.status_filter):
            combo.changed.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setObjectName("products_table")
        self.table.setModel(self.model)
        _table(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        cols = [c for c, _ in ProductTableModel.COLUMNS]
        self.star_delegate = StarDelegate(self.table)
        self.table.setItemDelegateForColumn(cols.index("stars"), self.star_delegate)
        for col, width in enumerate([200, 205, 125, 85, 90, 125, 85]):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        self.add_button = QPushButton(tr("&Add product"))
        self.edit_button = QPushButton(tr("&Open / edit"))
        self.delete_button = QPushButton(tr("Delete"))
        self.assess_button = QPushButton(tr("&Self-assessment…"))
        mark_writes(self.add_button, self.delete_button)
        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.assess_button.clicked.connect(self.assess_selected)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.add_product)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected)

        # needs attention
        self.attention = QListWidget()
        self.attention.setObjectName("attention_list")
        self.attention.itemActivated.connect(self._attention_activated)
        self.attention.itemClicked.connect(self._attention_activated)
        self.attention_box = QGroupBox(tr("Needs attention"))
        self.attention_box.setStyleSheet("QGroupBox { color: #9a5b00; font-weight: bold; }")
        al = QVBoxLayout(self.attention_box)
        al.setContentsMargins(6, 4, 6, 4)
        al.addWidget(self.attention)

        # certificate history
        self.cert_model = CertificateHistoryModel(store, self, today)
        self.cert_table = QTableView()
        self.cert_table.setObjectName("certificates_table")
        self.cert_table.setModel(self.cert_model)
        _table(self.cert_table)
        self.cert_table.setItemDelegateForColumn(0, StarDelegate(self.cert_table))
        for col, width in enumerate([90, 165, 140, 230, 90, 90]):
            self.cert_table.setColumnWidth(col, width)
        self.cert_table.horizontalHeader().setStretchLastSection(True)
        self.cert_table.doubleClicked.connect(lambda _i: self.edit_certificate())
        self.add_cert_button = QPushButton(tr("Add certificate"))
        self.edit_cert_button = QPushButton(tr("Edit certificate"))
        self.delete_cert_button = QPushButton(tr("Delete certificate"))
        mark_writes(self.add_cert_button, self.edit_cert_button, self.delete_cert_button)
        self.add_cert_button.clicked.connect(self.add_certificate)
        self.edit_cert_button.clicked.connect(self.edit_certificate)
        self.delete_cert_button.clicked.connect(self.delete_certificate)
        self.history_box = QGroupBox(tr("Certificate history"))
        hl = QVBoxLayout(self.history_box)
        hl.setContentsMargins(6, 4, 6, 4)
        hl.addWidget(self.cert_table)
        cb = QHBoxLayout()
        for b in (self.add_cert_button, self.edit_cert_button, self.delete_cert_button):
            cb.addWidget(b)
        cb.addStretch(1)
        self.window_note = QLabel(tr("\"Expiring soon\" = expires within"))
        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("warning_months")
        self.window_spin.setRange(0, 36)
        self.window_spin.setSuffix(tr(" months"))
        self.window_spin.setValue(products_store.warning_months(store))
        self.window_spin.setToolTip(tr("Certificates are valid 36 months; the issuing authority notifies the owner at least 30 days before expiry."))
        self.window_spin.valueChanged.connect(self._window_changed)
        cb.addWidget(self.window_note)
        cb.addWidget(self.window_spin)
        hl.addLayout(cb)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.form_filter, 2)
        top.addWidget(self.stars_filter, 1)
        top.addWidget(self.status_filter, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.assess_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.history_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.attention_box)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self.update_attention()
        self.update_summary()
        attention = products_store.needs_attention(self.store, self.today)
        if attention:
            self.select_product(attention[0]["product_id"])
        elif self.model.rowCount():
            self.select_product(self.model.product_id(0))
        self._selection_changed()
        self._ready = True

    # --- sidebar hooks --------------------------------------------------------------
    def badge(self) -> int:
        """Number of certificates needing attention (sidebar count)."""
        return products_store.attention_count(self.store, self.today)

    def refresh(self) -> None:
        """Reload everything (called when the page is shown)."""
        current = self.selected_id()
        self.model.refresh()
        self.update_attention()
        self.update_summary()
        if current is not None:
            self.select_product(current)
        self._selection_changed()

    # --- views ----------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.search.text(), self.form_filter.value(), self.stars_filter.value(),
                              self.status_filter.value())
        self.update_summary()
        self._selection_changed()

    def update_summary(self) -> None:
        total = self.store.scalar("SELECT COUNT(*) FROM products")
        self.summary.setText(tr("Showing {shown} of {total} products", shown=self.model.rowCount(), total=total))

    def _window_changed(self, months: int) -> None:
        if self.store.read_only:
            return
        products_store.set_warning_months(self.store, months)
        self.changed(self.selected_id())

    def update_attention(self) -> None:
        rows = products_store.needs_attention(self.store, self.today)
        self.attention.clear()
        for r in rows:
            if r["cert_status"] == "expired":
                text = tr("{name}: {stars}★ certificate expired on {date} ({days} days ago) — register for re-evaluation",
                          name=r["name"], stars=r["stars"], date=format_date(r["expiry_date"]), days=-r["days"])
            else:
                text = tr("{name}: {stars}★ certificate expires on {date} (in {days} days) — prepare the re-evaluation dossier",
                          name=r["name"], stars=r["stars"], date=format_date(r["expiry_date"]), days=r["days"])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r["product_id"])
            self.attention.addItem(item)
        self.attention.setFixedHeight(min(len(rows), 4) * self.attention.sizeHintForRow(0) + 6 if rows else 0)
        self.attention_box.setTitle(tr("Needs attention ({n})", n=len(rows)))
        self.attention_box.setVisible(bool(rows))
        if self.window_ is not None and self._ready:
            self.window_.update_titles()

    def _attention_activated(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if self.model.row_of(pid) < 0:
            self.search.clear()
            self.form_filter.set_value(None)
            self.stars_filter.set_value(None)
            self.status_filter.set_value(None)
            self.apply_filter()
        self.select_product(pid)

    def _selection_changed(self) -> None:
        pid = self.selected_id()
        self.cert_model.set_product(pid)
        has = pid is not None
        for b in (self.edit_button, self.delete_button, self.assess_button, self.add_cert_button):
            b.setEnabled(has)
        name = self.model.index(self.model.row_of(pid), 0).data() if has else ""
        self.history_box.setTitle(tr("Certificate history — {name}", name=name) if has else tr("Certificate history"))

    def select_product(self, product_id: int) -> None:
        select_row(self.table, self.model.row_of(product_id))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.product_id(index.row()) if index.isValid() else None

    def changed(self, product_id: int | None) -> None:
        self.model.refresh()
        self.update_attention()
        self.update_summary()
        if product_id is not None:
            self.select_product(product_id)
        self._selection_changed()

    # --- product actions ----------------------------------------------------------------
    def _push(self, command: QUndoCommand) -> None:
        stack = getattr(self.window_, "undo_stack", None)
        if stack is not None:
            stack.push(command)

    def _clear_undo(self) -> None:
        stack = getattr(self.window_, "undo_stack", None)
        if stack is not None:
            stack.clear()  # a deleted row cannot be the target of older undo steps

    def add_product(self) -> None:
        product = Ask.edit_product(self, self.store, None)
        if product is None:
            return
        try:
            pid = products_store.save_product(self.store, product)
        except StoreError as err:
            Ask.error(self, tr("Cannot save the product"), str(err))
            return
        self._push(ProductCommand(self, None, products_store.get_product(self.store, pid)))
        self.changed(pid)

    def edit_selected(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        before = products_store.get_product(self.store, pid)
        after = Ask.edit_product(self, self.store, before)
        if after is None or after == before:
            return
        try:
            products_store.save_product(self.store, after)
        except StoreError as err:
            Ask.error(self, tr("Cannot save the product"), str(err))
            return
        self._push(ProductCommand(self, before, products_store.get_product(self.store, pid)))
        self.changed(pid)

    def delete_selected(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        product = products_store.get_product(self.store, pid)
        if products_store.certificates(self.store, pid):
            Ask.error(self, tr("Cannot delete"), tr(
                "{name} has OCOP certificates; its history is kept and the product cannot be deleted.", name=product.name))
            return
        if not Ask.confirm(self, tr("Delete product"), tr(
                "Delete {name} with its sales channels and self-assessments? This is for entries made by mistake.",
                name=product.name)):
            return
        try:
            products_store.delete_product(self.store, pid)
        except StoreError as err:
            Ask.error(self, tr("Cannot delete"), str(err))
            return
        self._clear_undo()
        self.changed(None)

    def assess_selected(self) -> None:
        pid = self.selected_id()
        if pid is None or self.window_ is None:
            return
        page = self.window_.show_page("assessment")
        page.open_product(pid)

    # --- certificate actions ------------------------------------------------------------
    def _product_name(self, pid: int) -> str:
        return self.model.index(self.model.row_of(pid), 0).data() or ""

    def add_certificate(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        history = products_store.certificates(self.store, pid)
        stars = history[0].stars if history else 3
        cert = Ask.edit_certificate(self, Certificate(product_id=pid, stars=stars, issue_date=self.today or dt.date.today()),
                                    self._product_name(pid))
        if cert is None:
            return
        previous = history[0] if history else None
        changes: list[tuple[Certificate | None, Certificate]] = []
        if (previous is not None and previous.ended is None and previous.stars != cert.stars
                and previous.issue_date <= cert.issue_date <= previous.expiry
                and Ask.confirm(self, tr("Re-rated"), tr(
                    "Record the previous {old}★ certificate (issued {date}) as re-rated on {new_date}?",
                    old=previous.stars, date=format_date(previous.issue_date), new_date=format_date(cert.issue_date)))):
            changes.append((previous, replace(previous, ended="rerated", ended_date=cert.issue_date,
                                              ended_note=tr("Re-rated {n}★", n=cert.stars))))
        changes.append((None, cert))
        self._save_certificates(changes, pid, tr("Add certificate"))

    def edit_certificate(self) -> None:
        index = self.cert_table.currentIndex()
        cid = self.cert_model.certificate_id(index.row()) if index.isValid() else None
        if cid is None:
            return
        before = products_store.get_certificate(self.store, cid)
        after = Ask.edit_certificate(self, before, self._product_name(before.product_id))
        if after is not None and after != before:
            self._save_certificates([(before, after)], before.product_id, tr("Edit certificate"))

    def _save_certificates(self, changes: list[tuple[Certificate | None, Certificate]], pid: int, text: str) -> None:
        """Check and save every change in one transaction, then put it on the undo stack."""
        saved = []
        try:
            with self.store.atomic():
                for before, after in changes:
                    new_id = products_store.save_certificate(self.store, after, self.today)
                    saved.append((before, replace(after, id=new_id)))
        except StoreError as err:
            Ask.error(self, tr("Cannot save the certificate"), str(err))
            self.changed(pid)
            return
        self._push(CertificateCommand(self, saved, text))
        self.changed(pid)

    def delete_certificate(self) -> None:
        index = self.cert_table.currentIndex()
        cid = self.cert_model.certificate_id(index.row()) if index.isValid() else None
        if cid is None:
            return
        cert = products_store.get_certificate(self.store, cid)
        if not Ask.confirm(self, tr("Delete certificate"), tr(
                "Delete the {stars}★ certificate issued on {date}? Use this only for an entry made by mistake; "
                "a revoked or re-rated certificate is recorded by editing it.",
                stars=cert.stars, date=format_date(cert.issue_date))):
            return
        products_store.delete_certificate(self.store, cid)
        self._clear_undo()
        self.changed(cert.product_id)
