"""Command line: ``python -m ocop_desktop COMMAND …`` — the same code paths as the GUI.

Each command module in :data:`COMMAND_MODULES` has ``register(subparsers)`` that adds its
parsers and sets ``func(args) -> int`` (the exit code). Errors the user can act on print
one plain message (in the UI language) on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ocop_desktop import i18n
from ocop_desktop.i18n import tr
from ocop_desktop.store.errors import StoreError

#: Modules under ``ocop_desktop.cli`` that register commands.
COMMAND_MODULES = ["basic", "members", "forms", "assess", "income", "dossiers", "backup"]


def os_error_text(err: OSError) -> str:
    """A file-system error in the UI language, naming the file."""
    name = str(err.filename or "")
    if isinstance(err, FileNotFoundError):
        return tr("The file {path} does not exist.", path=name)
    if isinstance(err, IsADirectoryError):
        return tr("{path} is a folder, not a file.", path=name)
    if isinstance(err, PermissionError):
        return tr("No permission to use {path}.", path=name)
    if err.errno == 28:  # ENOSPC
        return tr("The disk is full: nothing was saved. Free some space and try again.")
    return tr("Could not use {path}: {reason}", path=name, reason=err.strerror or str(err))


def check_writable(path) -> None:
    """Refuse an output file that cannot be written before any work is done: a missing
    folder, a folder given as the file. Raises :class:`StoreError` with the message."""
    from pathlib import Path
    path = Path(path)
    if path.is_dir():
        raise StoreError(tr("{path} is a folder, not a file.", path=str(path)))
    if not path.parent.is_dir():
        raise StoreError(tr("The folder for {path} does not exist.", path=str(path)))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ocop_desktop",
                                     description="OCOP Desktop command line")
    parser.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of messages")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"ocop_desktop.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> None:
    """Run a command and exit with its code (0 ok; 1 refused; 2 unusable input/file)."""
    sys.exit(run(sys.argv[1:] if argv is None else argv))


def run(argv: list[str]) -> int:
    """Parse and run; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    i18n.set_language(args.lang)
    try:
        for name in ("xlsx", "out_xlsx"):
            target = getattr(args, name, None)
            if target is not None and str(target).lower().endswith(".xlsx"):
                check_writable(target)
        return args.func(args)
    except BrokenPipeError:
        # output piped into `head` or similar that stopped reading: not an error of ours
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except StoreError as err:
        print(tr("Error: {message}", message=str(err)), file=sys.stderr)
        return 2
    except OSError as err:
        print(tr("Error: {message}", message=os_error_text(err)), file=sys.stderr)
        return 2
    except Exception as err:
        # XlsxWriter wraps the OSError of a target it cannot create (missing folder, a folder
        # given as the file, no permission) in its own exception class.
        from xlsxwriter.exceptions import FileCreateError
        if isinstance(err, FileCreateError):
            cause = err.args[0] if err.args and isinstance(err.args[0], OSError) else None
            if isinstance(cause, FileNotFoundError):
                text = tr("The folder for {path} does not exist.", path=str(cause.filename or ""))
            else:
                text = os_error_text(cause) if cause else tr("Could not write {path}: {reason}", path="", reason=str(err))
            print(tr("Error: {message}", message=text), file=sys.stderr)
            return 2
        raise
