"""Safety in the main window (issue 6): File ▸ Back up to… / Restore from…, Settings ▸
Users…, the messages shown after opening (read-only because someone else writes the file,
cloud/network folder, failed automatic backup), the app user chosen at start and the lock
heartbeat. Kept in one module so ``main_window.py`` and ``app.py`` only call in."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from ocop_desktop.i18n import tr
from ocop_desktop.store import audit, backup, lock
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask

__all__ = ["add_file_actions", "add_settings_actions", "back_up_to", "restore_from",
           "after_open_messages", "choose_user", "start_heartbeat", "BackgroundBackup", "start_background_backup"]

log = logging.getLogger("ocop_desktop.safety")


def _action(window, menu, text, slot) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def add_file_actions(window, menu) -> None:
    """Add "Back up to…" and "Restore from…" to the File menu of *window*."""
    _action(window, menu, tr("&Back up to…"), lambda: back_up_to(window))
    _action(window, menu, tr("&Restore from…"), lambda: restore_from(window))


def add_edit_actions(window, menu) -> None:
    """Add "History of the selected record…" (Ctrl+H) to the Edit menu. A page takes part
    by defining ``audit_record() -> (table, row id) | None``; a page with
    ``selected_id()`` listed in :data:`PAGE_TABLES` works too."""
    action = _action(window, menu, tr("&History of the selected record…"), lambda: record_history(window))
    action.setShortcut("Ctrl+H")


#: Sidebar page key → audited table of its ``selected_id()``.
PAGE_TABLES = {"members": "members", "products": "products", "dossiers": "dossiers", "income": "vouchers"}


def current_record(window) -> tuple[str, int] | None:
    """``(table, row id)`` of the record selected on the current page, if any."""
    page = window.stack.currentWidget()
    getter = getattr(page, "audit_record", None)
    if callable(getter):
        return getter()
    key = page.objectName().removeprefix("page_") if page is not None else ""
    selected = getattr(page, "selected_id", None)
    if key in PAGE_TABLES and callable(selected) and selected() is not None:
        return PAGE_TABLES[key], selected()
    if key == "profile":
        return "cooperative", 1
    return None


def record_history(window):
    """Open the history of the selected record (or say how to pick one)."""
    record = current_record(window)
    if record is None:
        Ask.inform(window, tr("History of changes"), tr("Select a record first (for example a member in the list)."))
        return None
    from ocop_desktop.ui.pages.audit import RecordHistoryDialog
    dialog = RecordHistoryDialog(window.store, record[0], record[1], window)
    dialog.open()
    return dialog


def add_settings_actions(window, menu) -> None:
    """Add "Users…" to the Settings menu."""
    _action(window, menu, tr("&Users…"), lambda: users(window))


def _error(window, err: StoreError) -> None:
    from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk
    SafetyAsk.store_error(window, err)


def back_up_to(window) -> Path | None:
    """Ask for a target (e.g. a USB stick) and write a checked backup there."""
    store = window.store
    suggested = f"{store.path.stem}-{dt.datetime.now():%Y%m%d-%H%M}.ocop"
    path = Ask.save_file(window, tr("Back up to"), tr("Cooperative files (*.ocop)"), suggested)
    if not path:
        return None
    target = Path(path)
    try:
        if target.resolve() == store.path.resolve():
            raise StoreError(tr("Choose a different file name for the copy."))
        # an existing file (the save dialog asked) is replaced only by a whole, checked copy
        backup.backup_connection(store.db.conn, target)
    except StoreError as err:
        _error(window, err)
        return None
    except OSError as err:
        from ocop_desktop.store.safety_files import os_reason
        from ocop_desktop.store.errors import ExportTargetError
        _error(window, ExportTargetError(tr("Could not write {path}: {reason}. Nothing was written there.",
                                            path=str(target), reason=os_reason(err))))
        return None
    size = target.stat().st_size
    from ocop_desktop.ui.dialogs.backup import size_text
    Ask.inform(window, tr("Back up to"), tr("The backup was written and checked: {path} ({size}).", path=str(target), size=size_text(size)))
    return target


def restore_from(window) -> bool:
    """Choose a backup, confirm, close the file, restore, reopen. True when restored."""
    if window.store.read_only:
        Ask.error(window, tr("Restore from a backup"), tr("The file is open read-only; it cannot be replaced now."))
        return False
    from ocop_desktop.ui.dialogs.backup import RestoreDialog
    dialog = RestoreDialog(window.store.path, window)
    if not dialog.exec() or dialog.chosen is None:
        return False
    return do_restore(window, dialog.chosen)


def do_restore(window, chosen: Path) -> bool:
    """Close *window*'s file, restore *chosen* over it, reopen it (also after a failure)."""
    path = window.store.path
    window.store.close()
    ok = True
    try:
        previous = backup.restore_backup(chosen, path)
    except StoreError as err:
        ok = False
        _error(window, err)
    if window.open_file_cb:
        window.open_file_cb(path)
    if ok:
        Ask.inform(None, tr("Restore from a backup"),
                   tr("The backup was restored. The data as it was before is kept in {path}.", path=str(previous)))
    return ok


def users(window) -> None:
    if window.store.read_only:
        Ask.error(window, tr("Users"), tr("The file is open read-only."))
        return
    from ocop_desktop.ui.dialogs.audit_users import UsersDialog
    UsersDialog(window.store, window).exec()


def choose_user(store, parent=None) -> str | None:
    """Ask who is working when the file lists users; record changes under that name.
    Returns the name, ``""`` when there are no users, ``None`` when cancelled."""
    if store.read_only or not audit.list_users(store):
        return ""
    from ocop_desktop.ui.dialogs.audit_users import ChooseUserDialog
    dialog = ChooseUserDialog(store, parent)
    if not dialog.exec() or not dialog.chosen:
        return None
    audit.set_actor(store.db.conn, dialog.chosen)
    if store.lock_id is not None:
        with store.atomic() as db:
            db.execute("UPDATE ocop_lock SET app_user = ? WHERE id = ?", [dialog.chosen, store.lock_id])
    return dialog.chosen


def after_open_messages(window, store) -> None:
    """Tell the user why the file is read-only (naming who holds it) and show warnings."""
    if store.lock_holder is not None:
        Ask.inform(window, tr("Opened read-only"),
                   tr("This file is being edited elsewhere, so it was opened read-only: you can look "
                      "but not save. {holder} Close it there, then open it again here.",
                      holder=store.lock_holder.describe()))
    for warning in store.warnings:
        Ask.inform(window, tr("Where the file is kept"), warning)
    if store.opened_backup is not None:
        window.statusBar().showMessage(tr("Automatic backup made: {path}", path=store.opened_backup.name), 8000)


def start_heartbeat(window, store) -> QTimer | None:
    """Refresh the lock's heartbeat every minute while *window* lives."""
    if store.lock_id is None:
        return None
    timer = QTimer(window)
    timer.setInterval(60_000)

    def beat() -> None:
        try:
            lock.refresh(store.db.conn, store.lock_id)
        except Exception:  # noqa: BLE001 - a missed heartbeat is harmless; the file may be closed
            timer.stop()

    timer.timeout.connect(beat)
    timer.start()
    return timer


class BackgroundBackup(QObject):
    """The daily backup of a big file made on a worker thread after the window is shown
    (issue 7; :func:`ocop_desktop.store.backup.backup_file`, its own read-only connection).
    The status bar says it is running and when it is done; a failure is shown like the
    failed automatic backup of a small file. ``result``: the backup path, or the
    :class:`StoreError`; ``done`` is emitted with it."""

    done = Signal(object)

    def __init__(self, window, path: Path):
        super().__init__(window)
        self.window_ = window
        self.path = Path(path)
        self.result: Path | StoreError | None = None
        self.done.connect(self._finished)
        self.thread = threading.Thread(target=self._run, name="ocop-daily-backup", daemon=True)
        self._stop = threading.Event()
        from PySide6.QtWidgets import QApplication
        # quitting (or closing this window) stops the copy, which then removes its .part
        # file, instead of leaving a half backup of several GB behind
        QApplication.instance().aboutToQuit.connect(self.stop)
        window.destroyed.connect(self.stop)

    def stop(self, *_args) -> None:
        """Stop a running backup: its check stops at once and removes the ``.part`` file; a
        copy still under way (one step, ~10 s at 3.3 GB) is left to the next backup's clean-up
        of stale parts. Waits at most 3 s."""
        self._stop.set()
        if self.thread.is_alive():
            self.thread.join(3)

    def start(self) -> None:
        """Start copying; returns at once."""
        if self._stop.is_set():
            return
        self.window_.statusBar().showMessage(
            tr("Making today's automatic backup in the background; you can keep working…"))
        self.thread.start()

    def _run(self) -> None:
        if self._stop.is_set():
            return
        try:
            result = backup.backup_file(self.path, progress=lambda *_a: not self._stop.is_set())
        except backup.BackupCancelled:
            return  # stopped because the program is closing: nothing to tell
        except StoreError as err:
            result = err
        except Exception as err:  # noqa: BLE001 - reported to the user, never lost silently
            log.exception("background backup failed")
            result = StoreError(tr("The automatic backup failed: {reason}", reason=type(err).__name__))
        try:
            self.done.emit(result)
        except RuntimeError:  # the window was closed meanwhile
            pass

    def _finished(self, result) -> None:
        self.result = result
        if isinstance(result, Path):
            self.window_.statusBar().showMessage(tr("Automatic backup made: {path}", path=result.name), 8000)
        else:
            log.warning("automatic backup failed: %s", type(result).__name__)
            self.window_.statusBar().clearMessage()
            Ask.inform(self.window_, tr("Automatic backup"), str(result))


#: Milliseconds between showing the window and starting a big file's daily backup, so the
#: copy (a disk-bound minute at 3.8 GB) does not compete with the first paint and the
#: first clicks.
BACKGROUND_BACKUP_DELAY_MS = 5000


def start_background_backup(window, store, delay_ms: int | None = None) -> BackgroundBackup | None:
    """Schedule the big file's daily backup when ``store.backup_due`` (see
    :class:`BackgroundBackup`), *delay_ms* after now (default
    :data:`BACKGROUND_BACKUP_DELAY_MS`); None when none is due."""
    if not getattr(store, "backup_due", False) or store.read_only:
        return None
    store.backup_due = False
    job = BackgroundBackup(window, store.path)
    QTimer.singleShot(BACKGROUND_BACKUP_DELAY_MS if delay_ms is None else delay_ms, job, job.start)
    return job
