"""Opening a file in the GUI with recovery (issue 6 item 4): every failure becomes a dialog
that says what happened and what to do; a damaged file offers its newest good backup; a
read-only medium offers to open the file read-only."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from ocop_desktop.i18n import tr
from ocop_desktop.store import backup
from ocop_desktop.store.db import Store, pending_upgrade
from ocop_desktop.store.db import open_store as _open_store
from ocop_desktop.store.errors import (
    CorruptDatabaseError, NotADatabaseError, ReadOnlyError, StoreError,
)
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk

__all__ = ["open_with_recovery", "open_showing_progress"]

log = logging.getLogger("ocop_desktop.safety")


class _Relay(QObject):
    stage = Signal(str)
    finished = Signal()


def open_showing_progress(parent, path: Path, **kwargs) -> Store:
    """:func:`~ocop_desktop.store.db.open_store` *path*; when the file is big (over
    :data:`backup.BACKGROUND_MIN_BYTES`) and needs a schema upgrade — a backup and steps
    that take minutes on a province-scale file (issue 7) — the work runs on a worker thread
    while a progress dialog names each stage and the window stays painted. Raises what
    ``open_store`` raises."""
    path = Path(path)
    try:
        big = path.stat().st_size > backup.BACKGROUND_MIN_BYTES
    except OSError:
        big = False
    if not big or kwargs.get("read_only") or not pending_upgrade(path):
        return _open_store(path, **kwargs)
    dialog = QProgressDialog(tr("Upgrading the data file for this version of the program…"), "", 0, 0, parent)
    dialog.setWindowTitle(tr("Upgrading {name}", name=path.name))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(460)
    relay = _Relay()
    relay.stage.connect(lambda text: dialog.setLabelText(
        text + "\n" + tr("This is done once and may take a few minutes; please keep the program open.")))
    loop = QEventLoop()
    relay.finished.connect(loop.quit)
    result: dict = {}

    def work() -> None:
        try:
            result["store"] = _open_store(path, progress=relay.stage.emit, **kwargs)
        except BaseException as err:  # noqa: BLE001 - re-raised on the GUI thread below
            result["error"] = err
        relay.finished.emit()

    thread = threading.Thread(target=work, name="ocop-upgrade", daemon=True)
    dialog.show()
    thread.start()
    loop.exec()  # "finished" is queued to this thread, so it cannot be missed before exec()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in result:
        raise result["error"]
    return result["store"]


def open_store(path: Path, **kwargs) -> Store:
    """Open through :func:`open_showing_progress` with no parent window."""
    return open_showing_progress(None, path, **kwargs)


def open_with_recovery(parent, path: Path, create: bool = False) -> Store | None:
    """Open *path*; on failure explain and, when possible, recover. ``None`` when the file
    stays closed."""
    path = Path(path)
    try:
        return open_store(path, create=create)
    except ReadOnlyError as err:
        log.warning("open failed: %s", type(err).__name__)
        SafetyAsk.store_error(parent, err)
        if path.exists() and Ask.confirm(parent, tr("Open read-only?"),
                                         tr("Open the file read-only, to look at it without saving?")):
            try:
                return open_store(path, read_only=True)
            except StoreError as err2:
                SafetyAsk.store_error(parent, err2)
        return None
    except (CorruptDatabaseError, NotADatabaseError) as err:
        log.warning("open failed: %s", type(err).__name__)
        good = backup.newest_good_backup(path)
        if not SafetyAsk.store_error(parent, err, good):
            return None
        try:
            previous = backup.restore_backup(good.path, path)
            store = open_store(path)
        except StoreError as err2:
            SafetyAsk.store_error(parent, err2)
            return None
        Ask.inform(parent, tr("Restore from a backup"),
                   tr("The backup of {when} was restored. The damaged file is kept as {path}.",
                      when=good.made.strftime("%d/%m/%Y %H:%M"), path=str(previous)))
        return store
    except StoreError as err:
        log.warning("open failed: %s", type(err).__name__)
        SafetyAsk.store_error(parent, err)
        return None
