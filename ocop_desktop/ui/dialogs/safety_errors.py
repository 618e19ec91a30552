"""Dialogs for errors the user can act on (issue 6 item 4): what happened, what to do.

:func:`describe` maps each :class:`StoreError` kind to a title and advice; the message of
the error itself says what happened. A damaged file offers its newest good backup.
Tests call :func:`build_error_box` (the box, not shown) or replace
:meth:`SafetyAsk.store_error`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import errors as e

__all__ = ["describe", "build_error_box", "SafetyAsk", "KINDS"]

#: Error class → (title, what to do), English sources translated at display.
KINDS: list[tuple[type, str, str]] = [
    (e.DiskFullError, N_("The disk is full"),
     N_("Nothing was saved. Free some space (empty the Recycle Bin, delete large downloads or move "
     "photos), then do it again. Your data up to the last save is safe.")),
    (e.ReadOnlyError, N_("The file cannot be written"),
     N_("The disk, USB stick or folder is read-only, or you lack permission. Copy the file to a folder "
     "on this computer (for example Documents) and open that copy, or slide the USB stick's lock "
     "switch off.")),
    (e.DatabaseLockedError, N_("The file is in use"),
     N_("Another program or another OCOP Desktop window is writing this file. Close it, wait a moment "
     "and try again.")),
    (e.NotADatabaseError, N_("This is not a cooperative file"),
     N_("Choose the cooperative's .ocop file. If this was your file, it may have been overwritten: "
     "restore a backup with File ▸ Restore from….")),
    (e.CorruptDatabaseError, N_("The file is damaged"),
     N_("Do not save anything into it. Restore the newest good backup; the damaged file is kept "
     "as a copy for whoever supports you.")),
    (e.NewerSchemaError, N_("The file is from a newer version"),
     N_("Install the newest version of OCOP Desktop on this computer, then open the file again. "
     "The file was not changed.")),
    (e.AttachmentUnreadableError, N_("An attached file cannot be read"),
     N_("Check that the file still exists and that the USB stick or network drive holding it is "
     "connected, then attach it again.")),
    (e.ExportTargetError, N_("The export cannot be written there"),
     N_("Choose another folder (for example Documents), check that the USB stick is plugged in and "
     "not full, and close the file if it is open in Excel or Word.")),
    (e.BackupError, N_("The backup failed"),
     N_("The backup was not kept. Check the target disk has space and try again; your cooperative "
     "file was not changed.")),
    (e.ValidationError, N_("Please check the data"),
     N_("Correct the fields named above and save again.")),
]


def describe(err: Exception) -> tuple[str, str, str]:
    """``(title, what happened, what to do)`` for *err* in the UI language."""
    for cls, title, advice in KINDS:
        if isinstance(err, cls):
            return tr(title), str(err), tr(advice)
    return tr("The action could not be done"), str(err), tr("Check the message above and try again.")


def build_error_box(parent: QWidget | None, err: Exception, good_backup=None) -> tuple[QMessageBox, object]:
    """The dialog for *err* (not shown) and its "restore the backup" button (or ``None``).
    *good_backup* is a :class:`~ocop_desktop.store.backup.BackupInfo` offered for a damaged
    file."""
    title, what, todo = describe(err)
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    # the title again in bold (macOS and some window managers do not show window titles)
    box.setText(f"<b>{html.escape(title)}</b><p>{html.escape(what).replace(chr(10), '<br>')}</p>")
    box.setInformativeText(todo)
    restore = None
    if good_backup is not None and isinstance(err, (e.CorruptDatabaseError, e.NotADatabaseError)):
        restore = box.addButton(tr("Restore the backup of {when}", when=good_backup.made.strftime("%d/%m/%Y %H:%M")),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
    box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setMinimumWidth(520)
    return box, restore


class SafetyAsk:
    """Modal safety questions (tests monkeypatch these)."""

    @classmethod
    def store_error(cls, parent: QWidget | None, err: Exception, good_backup=None) -> bool:
        """Show *err*; True when the user chose to restore *good_backup*."""
        box, restore = build_error_box(parent, err, good_backup)
        box.exec()
        return restore is not None and box.clickedButton() is restore
