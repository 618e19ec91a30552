"""Add/edit one OCOP certificate of a product (expiry computed: issue + 36 months)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ocop_desktop.domain.certificates import (
    AUTHORITY_LEVELS, Certificate, authority_label, expiry_date, validate_certificate,
)
from ocop_desktop.domain.formats import format_date
from ocop_desktop.i18n import tr
from ocop_desktop.ui.widgets import DateEdit, EnumCombo


class CertificateDialog(QDialog):
    """Form for one certificate; ``result_certificate`` holds the accepted one."""

    def __init__(self, certificate: Certificate, product_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.original = certificate
        self.result_certificate: Certificate | None = None
        self.setWindowTitle(tr("OCOP certificate — {name}", name=product_name) if product_name else tr("OCOP certificate"))
        c = certificate
        self.stars = EnumCombo([(3, tr("3 stars")), (4, tr("4 stars")), (5, tr("5 stars"))])
        self.stars.set_value(c.stars)
        self.certificate_no = QLineEdit(c.certificate_no)
        self.decision_no = QLineEdit(c.decision_no)
        self.decision_no.setPlaceholderText(tr("e.g. 1234/QĐ-UBND"))
        self.authority_level = EnumCombo([(a, authority_label(a)) for a in AUTHORITY_LEVELS])
        self.authority_level.set_value(c.authority_level)
        self.authority_name = QLineEdit(c.authority_name)
        self.authority_name.setPlaceholderText(tr("e.g. UBND tỉnh Phú Thọ"))
        self.issue_date = DateEdit(optional=False)
        self.issue_date.set_value(c.issue_date)
        self.expiry = QLabel()
        self.ended = EnumCombo([(None, tr("In force")), ("revoked", tr("Revoked")), ("rerated", tr("Re-rated"))])
        self.ended.set_value(c.ended)
        self.ended_date = DateEdit()
        self.ended_date.set_value(c.ended_date)
        self.ended_note = QLineEdit(c.ended_note)
        self.notes = QPlainTextEdit(c.notes)
        self.notes.setMaximumHeight(70)
        self.issue_date.dateChanged.connect(self._update_expiry)

        form = QFormLayout()
        form.addRow(tr("Star rating") + " *", self.stars)
        form.addRow(tr("Certificate no."), self.certificate_no)
        form.addRow(tr("Recognition decision no."), self.decision_no)
        form.addRow(tr("Issuing authority"), self.authority_level)
        form.addRow(tr("Authority name"), self.authority_name)
        form.addRow(tr("Issue date") + " *", self.issue_date)
        form.addRow(tr("Expires (issue + 36 months)"), self.expiry)
        form.addRow(tr("Revoked or re-rated"), self.ended)
        form.addRow(tr("Date of revocation or re-rating"), self.ended_date)
        form.addRow(tr("Reason"), self.ended_note)
        form.addRow(tr("Notes"), self.notes)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._update_expiry()
        self.resize(600, 440)

    def _update_expiry(self, *args) -> None:
        issue = self.issue_date.value()
        self.expiry.setText(format_date(expiry_date(issue)) if issue else "")

    def certificate(self) -> Certificate:
        return replace(
            self.original, stars=self.stars.value(), certificate_no=self.certificate_no.text(),
            decision_no=self.decision_no.text(), authority_level=self.authority_level.value(),
            authority_name=self.authority_name.text(), issue_date=self.issue_date.value(),
            ended=self.ended.value(), ended_date=self.ended_date.value(), ended_note=self.ended_note.text(),
            notes=self.notes.toPlainText())

    def try_accept(self) -> bool:
        cert, errors = validate_certificate(self.certificate())
        if errors:
            self.problems.setText("\n".join("• " + msg for _, msg in errors))
            return False
        self.result_certificate = cert
        self.accept()
        return True
