"""Opening a file in the GUI with recovery (issue 6 item 4): every failure becomes a dialog
that says what happened and what to do; a damaged file offers its newest good backup; a
read-only medium offers to open the file read-only."""

from __future__ import annotations

import logging
from pathlib import Path

from ocop_desktop.i18n import tr
from ocop_desktop.store import backup
from ocop_desktop.store.db import Store, open_store
from ocop_desktop.store.errors import (
    CorruptDatabaseError, NotADatabaseError, ReadOnlyError, StoreError,
)
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.dialogs.safety_errors import SafetyAsk

__all__ = ["open_with_recovery"]

log = logging.getLogger("ocop_desktop.safety")


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
