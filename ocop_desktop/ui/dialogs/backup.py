"""File ▸ Restore from…: choose a backup, see its date, size and contents, confirm.

The list shows the automatic backups of the open file (newest first); "Other file…" adds a
backup from elsewhere (a USB stick). Nothing is replaced until the user presses Restore,
and the restore itself backs up the current state first (:func:`restore_backup`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout,
)

from ocop_desktop.domain.formats import format_money
from ocop_desktop.i18n import tr
from ocop_desktop.store import backup
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask

__all__ = ["RestoreDialog", "size_text", "summary_text"]


def size_text(n: int) -> str:
    """``1536`` → ``"2 KB"``, ``5_400_000`` → ``"5,1 MB"`` (Vietnamese decimal comma)."""
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{format_money(max(1, round(n / 1024)), symbol=False)} KB"


def summary_text(info: dict, reason: str = "") -> str:
    """The contents summary shown before restoring (HTML)."""
    lines = [
        tr("<b>Made:</b> {when}", when=info["made"].strftime("%d/%m/%Y %H:%M")),
        tr("<b>Size:</b> {size}", size=size_text(info["size"])),
        tr("<b>Cooperative:</b> {name}", name=info["cooperative"] or "—"),
    ]
    if reason:
        lines.append(tr("<b>Why it was made:</b> {reason}", reason=reason))
    counts = ", ".join(f"{format_money(n, symbol=False)} {tr(label)}" for label, n in info["counts"].items())
    lines.append(tr("<b>Contains:</b> {counts}", counts=counts or "—"))
    lines.append(tr("<b>File:</b> {path}", path=str(info["path"])))
    return "<br>".join(lines)


class RestoreDialog(QDialog):
    """Pick a backup of *db_path*; ``chosen`` is its path after Restore is pressed."""

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self._info: dict | None = None
        self.setWindowTitle(tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose the backup to bring back. The cooperative file as it is now will be "
                          "backed up first, so nothing is lost."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.setMinimumWidth(330)
        row.addWidget(self.list, 1)
        self.summary = QLabel()
        self.summary.setObjectName("backup_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMinimumWidth(360)
        row.addWidget(self.summary, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox()
        other = QPushButton(tr("Other file…"))
        other.clicked.connect(self.choose_other)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = buttons.addButton(tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        for b in backup.list_backups(self.db_path):
            self._add(b.path, f"{b.made:%d/%m/%Y %H:%M} — {b.reason_label} — {size_text(b.size)}", b.reason_label)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(tr("No automatic backups of this file yet. Use “Other file…” to pick one."))
            self.restore_button.setEnabled(False)
        self.resize(860, 420)

    def _add(self, path: Path, text: str, reason: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (str(path), reason))
        self.list.addItem(item)
        return item

    def _show(self, item: QListWidgetItem | None) -> None:
        self._info = None
        if item is None:
            return
        path, reason = item.data(Qt.ItemDataRole.UserRole)
        try:
            self._info = backup.inspect_backup(path)
        except StoreError as err:
            self.summary.setText(tr("<b>This backup cannot be restored:</b><br>{reason}", reason=str(err)))
            self.restore_button.setEnabled(False)
            return
        self.summary.setText(summary_text(self._info, reason))
        self.restore_button.setEnabled(True)

    def choose_other(self) -> None:
        path = Ask.open_file(self, tr("Choose a backup"), tr("Cooperative files (*.ocop *.sqlite *.db);;All files (*)"))
        if path:
            item = self._add(Path(path), Path(path).name)
            self.list.setCurrentItem(item)

    def _accept(self) -> None:
        if self._info is None:
            return
        when = self._info["made"].strftime("%d/%m/%Y %H:%M")
        if Ask.confirm(self, tr("Restore from a backup"),
                       tr("Replace the cooperative's data with the backup of {when}? Changes made after that "
                          "time will be kept only in the backup of the current state.", when=when)):
            self.chosen = Path(self._info["path"])
            self.accept()
