"""Reading input files and writing exports without half-written results (issue 6 item 4).

* :func:`read_attachment` turns any ``OSError`` into :class:`AttachmentUnreadableError`
  naming the file and the reason.
* :func:`write_atomically` writes an export to a temporary file in the target folder,
  flushes it to disk and renames it over the target, so the target is either the old file
  or the whole new one; any ``OSError`` becomes :class:`ExportTargetError` and the
  temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ocop_desktop.i18n import tr
from ocop_desktop.store.errors import AttachmentUnreadableError, ExportTargetError

__all__ = ["read_attachment", "write_atomically", "os_reason"]


def os_reason(err: OSError) -> str:
    """A plain reason for an ``OSError`` in the UI language."""
    code = err.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return tr("the disk is full")
    if code in (errno.EACCES, errno.EPERM):
        return tr("permission denied")
    if code == errno.EROFS:
        return tr("the disk or USB stick is read-only")
    if code == errno.ENOENT:
        return tr("the file or folder does not exist")
    if code == errno.EISDIR:
        return tr("it is a folder")
    if code == errno.EIO:
        return tr("disk error (was a USB stick removed?)")
    return err.strerror or str(err)


def read_attachment(path: str | Path) -> bytes:
    """The bytes of the evidence/attachment file *path*.

    Raises :class:`AttachmentUnreadableError` (missing, a folder, no permission, I/O error)."""
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as err:
        raise AttachmentUnreadableError(
            tr("The attached file {path} cannot be read: {reason}.", path=str(path), reason=os_reason(err))) from err


def write_atomically(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call *write(temp_path)* to produce the export, then move it onto *target*.

    Raises :class:`ExportTargetError` when the folder cannot be written (read-only medium,
    no permission, disk full, missing folder); *target* is untouched then. Other
    exceptions from *write* propagate after the temporary file is removed."""
    target = Path(target)
    folder = target.parent
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(fd)
        tmp = Path(name)
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as err:
        raise ExportTargetError(
            tr("Could not write {path}: {reason}. Nothing was written there.", path=str(target), reason=os_reason(err))) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return target
