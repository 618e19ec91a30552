"""Progress of the checked backup made before an import or a posting (issue 6 item 1; issue 7:
on a province-scale file it takes ~20 s, so the user sees it and may stop it).

``BackupProgress(parent, title)`` is a ``progress(stage, done, total)`` callback for
:func:`ocop_desktop.store.backup.backup_before` (see :data:`ocop_desktop.store.backup.Progress`):
a modal dialog, shown only when the backup lasts over half a second, with the copied share
and then "checking"; Cancel makes the store raise
:class:`~ocop_desktop.store.backup.BackupCancelled` (nothing written, nothing changed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from ocop_desktop.i18n import tr

__all__ = ["BackupProgress"]


class BackupProgress:
    """Callable ``(stage, done, total) -> bool`` showing a backup's progress; use as a
    context manager (the dialog is closed on exit)."""

    def __init__(self, parent, title: str):
        self.dialog = QProgressDialog(tr("Backing up the file first…"), tr("Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setMinimumWidth(420)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)

    def __call__(self, stage: str, done: int, total: int) -> bool:
        if stage == "copy" and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
            self.dialog.setLabelText(tr("Backing up the file first: {pct}%", pct=done * 100 // total))
        elif stage == "check":
            self.dialog.setRange(0, 0)
            self.dialog.setLabelText(tr("Checking the backup…"))
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def __enter__(self) -> "BackupProgress":
        return self

    def __exit__(self, *exc) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
