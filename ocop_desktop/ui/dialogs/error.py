"""The dialog for unexpected errors: plain words, "copy details", and the log file's place."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from ocop_desktop.i18n import tr


def show_unexpected_error(details: str, parent=None) -> None:
    """Tell the user something went wrong without showing a traceback; the details can be
    copied to the clipboard for whoever helps them."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Something went wrong"),
                      tr("OCOP Desktop met an unexpected problem. Your saved data is safe. "
                         "If it happens again, copy the details and send them to whoever supports you."),
                      parent=parent)
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)
