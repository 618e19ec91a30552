"""The dialog for unexpected errors: plain words, "copy details", and the log file's place."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from ocop_desktop.i18n import tr


def build_unexpected_error_box(details: str, parent=None) -> tuple[QMessageBox, object]:
    """The dialog (not shown) and its "Copy details" button. The details are redacted
    like the log (no ID numbers or phones, issue 6 item 7)."""
    from ocop_desktop.safety_log import log_file, redact
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Something went wrong"),
                      tr("OCOP Desktop met an unexpected problem. Your saved data is safe. "
                         "If it happens again, copy the details and send them to whoever supports you."),
                      parent=parent)
    box.setInformativeText(tr("The details are also written to the log file {path}", path=str(log_file())))
    box.setDetailedText(redact(details))
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Close"), QMessageBox.ButtonRole.AcceptRole)
    return box, copy


def show_unexpected_error(details: str, parent=None) -> None:
    """Tell the user something went wrong without showing a traceback; the details can be
    copied to the clipboard for whoever helps them."""
    from ocop_desktop.safety_log import redact
    box, copy = build_unexpected_error_box(details, parent)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(redact(details))
