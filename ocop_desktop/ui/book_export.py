"""XLSX export of a book or report off the GUI thread (DESIGN.md "Long work off the GUI
thread"), with a progress dialog.

The writer (:mod:`ocop_desktop.exports.books_xlsx`) runs in a ``QThread`` on its own
read-only connection to the file, so the window stays responsive while a year of a large
ledger is written. The writer cannot stop half-way: "Cancel" lets it finish and then deletes
the file it wrote.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store, open_store
from ocop_desktop.ui.ask import Ask

__all__ = ["XlsxExport"]


class _Job(QObject):
    done = Signal(str, str)  # path written ("" when not), error message

    def __init__(self, db_path: Path, writer: Callable[[Store, Path], object], target: Path):
        super().__init__()
        self.db_path, self.writer, self.target = db_path, writer, target
        self.cancelled = False

    def run(self) -> None:
        try:
            store = open_store(self.db_path, read_only=True)
        except Exception as err:  # noqa: BLE001 - reported to the user, never raised in a thread
            self.done.emit("", str(err))
            return
        try:
            self.writer(store, self.target)
        except Exception as err:  # noqa: BLE001
            self.done.emit("", tr("The file {path} could not be written: {reason}", path=str(self.target), reason=str(err)))
            return
        finally:
            store.close()
        if self.cancelled:
            self.target.unlink(missing_ok=True)
            self.done.emit("", tr("XLSX export cancelled."))
            return
        self.done.emit(str(self.target), "")


class XlsxExport(QObject):
    """One export in progress; ``finished(path, error)`` when it ends (also shown to the user
    through :class:`Ask`). Keep a reference until it finishes."""

    finished = Signal(str, str)

    def __init__(self, parent: QWidget, store: Store, writer: Callable[[Store, Path], object], target: Path, title: str):
        super().__init__(parent)
        self.parent_widget, self.title = parent, title
        self.progress = QProgressDialog(tr("Writing {file}…", file=Path(target).name), tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setMinimumDuration(500)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.job = _Job(store.path, writer, Path(target))
        self.thread = QThread(self)
        self.job.moveToThread(self.thread)
        self.thread.started.connect(self.job.run)
        self.job.done.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.job.done.connect(self._done)
        self.progress.canceled.connect(self._cancel)
        parent.setEnabled(False)
        # Python's cyclic GC runs in whichever thread allocates; in the worker it could free Qt
        # objects of the GUI thread and crash. Collect now and pause it until the export ends
        # (as the dossier export and Anki's aqt GarbageCollector do).
        self._gc_was_enabled = gc.isenabled()
        gc.collect()
        gc.disable()
        self.thread.start()

    def _cancel(self) -> None:
        self.job.cancelled = True

    def _done(self, path: str, error: str) -> None:
        self.thread.wait()
        if self._gc_was_enabled:
            gc.enable()
        self.parent_widget.setEnabled(True)
        self.progress.reset()
        self.progress.deleteLater()
        if path:
            Ask.inform(self.parent_widget, self.title, tr("Saved {path}", path=path))
        elif error != tr("XLSX export cancelled."):
            Ask.error(self.parent_widget, tr("Cannot export"), error)
        self.finished.emit(path, error)
        self.job.deleteLater()
