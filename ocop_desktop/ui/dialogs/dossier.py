"""Dialogs of the Dossiers page: a dossier's header, the council's result, an attachment's
dates, and the read-only view of a verified dossier ZIP."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from ocop_desktop.domain.dossier import Dossier
from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES
from ocop_desktop.domain.formats import format_date
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.dossiers import assessments_for_product, save_dossier
from ocop_desktop.store.errors import StoreError, ValidationError
from ocop_desktop.ui.widgets import DateEdit, EnumCombo


def _buttons(dialog: QDialog, accept) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    box.accepted.connect(accept)
    box.rejected.connect(dialog.reject)
    return box


class DossierDialog(QDialog):
    """Create or edit a dossier's header. After ``exec()``, ``saved_id`` holds the id."""

    def __init__(self, store: Store, dossier: Dossier | None, parent: QWidget | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        today = today or dt.date.today()
        self.dossier = dossier or Dossier(product_id=0, year=today.year)
        self.saved_id: int | None = None
        self.setWindowTitle(tr("Dossier") if dossier and dossier.id else tr("New dossier"))
        from ocop_desktop.store.products import product_names
        self.product = EnumCombo(product_names(store))
        self.assessment = QComboBox()
        self.kind = EnumCombo([(k, tr(v)) for k, v in REGISTRATION_TYPES.items()])
        self.target = EnumCombo([(3, "★★★"), (4, "★★★★"), (5, "★★★★★")])
        self.round = QLineEdit()
        self.round.setPlaceholderText(tr("e.g. Round 2"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.body = QLineEdit()
        self.body.setPlaceholderText(tr("Commune People's Committee that receives the dossier"))
        self.samples = QSpinBox()
        self.samples.setRange(0, 1000)
        self.notes = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Product"), self.product)
        form.addRow(tr("Self-assessment"), self.assessment)
        form.addRow(tr("Registration type"), self.kind)
        form.addRow(tr("Target rating"), self.target)
        form.addRow(tr("Round"), self.round)
        form.addRow(tr("Year"), self.year)
        form.addRow(tr("Receiving body"), self.body)
        form.addRow(tr("Number of samples"), self.samples)
        form.addRow(tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.try_accept))
        d = self.dossier
        self.product.set_value(d.product_id)
        self.product.changed.connect(self._load_assessments)
        self._load_assessments()
        if d.assessment_id is not None:
            self.assessment.setCurrentIndex(max(self.assessment.findData(d.assessment_id), 0))
        self.kind.set_value(d.registration_type)
        self.target.set_value(d.target_stars)
        self.round.setText(d.round)
        self.year.setValue(d.year)
        self.body.setText(d.receiving_body)
        self.samples.setValue(d.samples)
        self.notes.setText(d.notes)
        self.resize(560, 0)

    def _load_assessments(self) -> None:
        self.assessment.clear()
        self.assessment.addItem(tr("(none)"), None)
        pid = self.product.value()
        if pid:
            for a in assessments_for_product(self.store, pid):
                self.assessment.addItem(tr("{date}: {points} points, {stars}★", date=format_date(a["date"]),
                                           points=a["total"] if a["total"] is not None else 0, stars=a["stars"]), a["id"])
            if self.assessment.count() > 1:
                self.assessment.setCurrentIndex(1)

    def value(self) -> Dossier:
        d = self.dossier
        return Dossier(product_id=self.product.value() or 0, year=self.year.value(), registration_type=self.kind.value(),
                       target_stars=self.target.value(), round=self.round.text(), receiving_body=self.body.text(),
                       assessment_id=self.assessment.currentData(), samples=self.samples.value(), status=d.status,
                       submitted_date=d.submitted_date, result_stars=d.result_stars, decision_no=d.decision_no,
                       decision_date=d.decision_date, certificate_id=d.certificate_id, notes=self.notes.text(), id=d.id)

    def try_accept(self) -> bool:
        try:
            self.saved_id = save_dossier(self.store, self.value())
        except ValidationError as err:
            self.error.setText("\n".join(m for _, m in err.problems))
            return False
        except StoreError as err:
            self.error.setText(str(err))
            return False
        self.accept()
        return True


class ResultDialog(QDialog):
    """The council's result: stars, decision number and date, issuing body, certificate
    number. ``result()`` gives a dict for :func:`record_result` after acceptance."""

    def __init__(self, target: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Record the result"))
        self.stars = EnumCombo([(s, tr("{n} stars", n=s) if s else tr("not rated")) for s in range(0, 6)])
        self.stars.set_value(target)
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText("1234/QĐ-UBND")
        self.decision_date = DateEdit(optional=False)
        self.authority = QLineEdit()
        self.certificate_no = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(tr("Stars awarded"), self.stars)
        form.addRow(tr("Decision number"), self.decision_no)
        form.addRow(tr("Decision date"), self.decision_date)
        form.addRow(tr("Issued by"), self.authority)
        form.addRow(tr("Certificate number"), self.certificate_no)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("With 3 stars or more a certificate valid 36 months is added to the product.")))
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.try_accept))

    def values(self) -> dict:
        return {"stars": self.stars.value(), "decision_no": self.decision_no.text(),
                "decision_date": self.decision_date.value(), "authority_name": self.authority.text(),
                "certificate_no": self.certificate_no.text()}

    def try_accept(self) -> bool:
        if not self.decision_no.text().strip():
            self.error.setText(tr("Enter the decision number"))
            return False
        self.accept()
        return True


class AttachmentDialog(QDialog):
    """Document date, expiry and note of an attachment."""

    def __init__(self, name: str, doc_date, expiry, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Document details"))
        self.doc_date = DateEdit()
        self.doc_date.set_value(doc_date)
        self.expiry = DateEdit()
        self.expiry.set_value(expiry)
        self.note = QLineEdit(note)
        form = QFormLayout()
        form.addRow(tr("File"), QLabel(name))
        form.addRow(tr("Document date"), self.doc_date)
        form.addRow(tr("Expiry"), self.expiry)
        form.addRow(tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.accept))

    def values(self) -> tuple:
        return self.doc_date.value(), self.expiry.value(), self.note.text()


class VerifiedDossierDialog(QDialog):
    """Read-only view of a verified dossier ZIP: what the manifest says and its files, each
    openable with the system viewer (copied to a temporary folder first)."""

    def __init__(self, path: Path, manifest: dict, parent: QWidget | None = None):
        super().__init__(parent)
        from ocop_desktop.ui.models.dossiers import ZipFilesModel
        self.path = Path(path)
        self.setWindowTitle(tr("Verified dossier (read-only)"))
        m = manifest
        coop = (m.get("cooperative") or {}).get("name", "")
        product = (m.get("product") or {}).get("name", "")
        d = m.get("dossier") or {}
        a = m.get("assessment") or {}
        lines = [
            f"<b>{tr('Product')}:</b> {product}", f"<b>{tr('Cooperative')}:</b> {coop}",
            f"<b>{tr('Registration type')}:</b> {d.get('registration_type_label', '')} — "
            f"{tr('Target')}: {d.get('target_stars', '')}★ — {d.get('round') or ''} {d.get('year', '')}",
            f"<b>{tr('Self-assessment')}:</b> "
            + (tr("{points} points, {stars}★", points=a.get("total"), stars=a.get("stars")) if a else tr("none")),
            "<span style='color:#1b7f3b'>✔ " + tr("All checksums verified ({count} files).", count=len(m.get("files") or [])) + "</span>",
        ]
        info = QLabel("<br>".join(lines))
        info.setWordWrap(True)
        self.model = ZipFilesModel(list(m.get("files") or []), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 600)
        self.view.setColumnWidth(2, 90)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        open_button = QPushButton(tr("Open with the system viewer"))
        open_button.clicked.connect(self.open_selected)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(980, 560)
        self._tmp: Path | None = None

    def open_selected(self) -> Path | None:
        """Copy the selected file out of the (verified) ZIP and open it; returns the copy."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        name = self.model.data(rows[0], 256)  # Qt.UserRole
        from ocop_desktop.exports.dossier_zip import read_member
        if self._tmp is None:  # kept after closing: the viewer may still be reading it
            self._tmp = Path(tempfile.mkdtemp(prefix="ocop-dossier-"))
        with zipfile.ZipFile(self.path) as zf:
            info = zf.getinfo(name)
            target = self._tmp / Path(name).name
            target.write_bytes(read_member(zf, info, info.file_size))
        from ocop_desktop.ui.pages.dossiers import open_with_system
        open_with_system(target)
        return target
