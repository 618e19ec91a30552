"""The app's log file: rotating, in the platform's log folder, without personal numbers.

``<platformdirs user_log_dir>/ocop-desktop.log``, 1 MB × 5 files. Every line passes
through :func:`redact`: runs of 9 to 12 digits (CMND/CCCD numbers, Decree 137/2015 and
Law 26/2023 on identification) and phone numbers become ``[số]``, so the log never
contains ID numbers (issue 6 item 7).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

import platformdirs

__all__ = ["log_dir", "log_file", "setup_logging", "redact", "RedactingFormatter"]

_NUMBERS = re.compile(r"(?<![\d+])\+?\d[\d .\-]{7,16}\d(?!\d)")
_STAMP = re.compile(r"\d{8}-\d{6}")  # backup file names: date-time, not a person's number
_MONEY = re.compile(r"[1-9]\d{0,2}(\.\d{3})+")


def redact(text: str) -> str:
    """*text* with every run of 9+ digits (possibly spaced/dotted, like ``0912 345 678``)
    replaced by ``[số]``; shorter numbers (amounts split by dots stay, years, ids) kept."""
    def repl(m: re.Match) -> str:
        found = m.group(0)
        digits = re.sub(r"\D", "", found)
        if len(digits) < 9 or _STAMP.fullmatch(found.strip()) or _MONEY.fullmatch(found.strip()):
            return found
        return "[số]"
    return _NUMBERS.sub(repl, text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose whole output (message and traceback) goes through :func:`redact`."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    """The platform's log folder for the app."""
    from ocop_desktop.store.db import APP_AUTHOR, APP_NAME
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    """The current log file."""
    return log_dir() / "ocop-desktop.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Attach the rotating, redacting file handler to the ``ocop_desktop`` logger (once).
    Returns the log file path, or ``None`` when the folder cannot be written (the app runs
    on without a log rather than failing)."""
    logger = logging.getLogger("ocop_desktop")
    for h in logger.handlers:
        if getattr(h, "_ocop_safety", False):
            return Path(h.baseFilename)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler._ocop_safety = True
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
