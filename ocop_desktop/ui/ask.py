"""Every modal question the app asks, in one place.

Pages call these classmethods instead of opening modal loops themselves, so tests replace
them (``monkeypatch.setattr(Ask, "confirm", ...)``) rather than clicking real modal dialogs
(DESIGN.md "Tests").
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ocop_desktop.i18n import tr


class Ask:
    """Modal questions; each returns the user's answer."""

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """Yes/No question; True for Yes. No is the default button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(tr("Yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(tr("No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        """An information message with an OK button."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.addButton(tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        """An error the user can act on, in plain words."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.addButton(tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    @classmethod
    def text(cls, parent: QWidget | None, title: str, label: str, value: str = "") -> str:
        """A line of text ("" when cancelled)."""
        from PySide6.QtWidgets import QInputDialog
        text, ok = QInputDialog.getText(parent, title, label, text=value)
        return text.strip() if ok else ""

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, filters: str) -> str:
        """A file to open ("" when cancelled)."""
        return QFileDialog.getOpenFileName(parent, title, "", filters)[0]

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str:
        """A file name to write ("" when cancelled)."""
        return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]

    @classmethod
    def edit_member(cls, parent, store, member):
        """Run the member form; returns the checked :class:`Member` or None when cancelled."""
        from ocop_desktop.ui.dialogs.member import MemberDialog
        dialog = MemberDialog(store, member, parent)
        return dialog.result_member if dialog.exec() else None

    @classmethod
    def preview_member_import(cls, parent, store, table, today=None):
        """Run the member import preview on an already read *table*; returns
        ``(new member ids, ImportReport)`` once imported, or None when cancelled."""
        from ocop_desktop.ui.dialogs.import_members import ImportMembersDialog
        dialog = ImportMembersDialog(store, table, parent, today)
        return (dialog.imported_ids, dialog.report) if dialog.exec() else None

    @classmethod
    def member_export_options(cls, parent):
        """Ask the export format and whether to include ID numbers and phones; returns
        ``("xlsx"|"csv", include_personal)`` or None when cancelled."""
        from ocop_desktop.ui.dialogs.import_members import ExportOptionsDialog
        dialog = ExportOptionsDialog(parent)
        return dialog.choice() if dialog.exec() else None

    @classmethod
    def edit_product(cls, parent, store, product):
        """Run the product form; returns the checked :class:`Product` or None when cancelled."""
        from ocop_desktop.ui.dialogs.product import ProductDialog
        dialog = ProductDialog(store, product, parent)
        return dialog.result_product if dialog.exec() else None

    @classmethod
    def edit_certificate(cls, parent, certificate, product_name=""):
        """Run the certificate form; returns the checked :class:`Certificate` or None."""
        from ocop_desktop.ui.dialogs.certificate import CertificateDialog
        dialog = CertificateDialog(certificate, product_name, parent)
        return dialog.result_certificate if dialog.exec() else None

    @classmethod
    def edit_dossier(cls, parent, store, dossier, today=None):
        """Run the dossier form (new when *dossier* is None); returns the saved id or None."""
        from ocop_desktop.ui.dialogs.dossier import DossierDialog
        dialog = DossierDialog(store, dossier, parent, today)
        return dialog.saved_id if dialog.exec() else None

    @classmethod
    def dossier_result(cls, parent, target_stars: int):
        """Ask for the council's result; a dict for ``record_result`` or None."""
        from ocop_desktop.ui.dialogs.dossier import ResultDialog
        dialog = ResultDialog(target_stars, parent)
        return dialog.values() if dialog.exec() else None

    @classmethod
    def attachment_details(cls, parent, attachment):
        """Ask for an attachment's document date, expiry and note; a tuple or None."""
        from ocop_desktop.ui.dialogs.dossier import AttachmentDialog
        dialog = AttachmentDialog(attachment.file_name, attachment.doc_date, attachment.expiry_date, attachment.note, parent)
        return dialog.values() if dialog.exec() else None

    @classmethod
    def printer(cls, parent):
        """The system print dialog; the configured ``QPrinter`` or None when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() else None

    @classmethod
    def view_verified_dossier(cls, parent, path, manifest) -> None:
        """Show a verified dossier ZIP read-only."""
        from ocop_desktop.ui.dialogs.dossier import VerifiedDossierDialog
        VerifiedDossierDialog(path, manifest, parent).exec()
