"""Import members from XLSX/CSV with a preview, and export the register (filled in by the
import/export work; see ocop_desktop/exports and ocop_desktop/imports)."""

from __future__ import annotations

from ocop_desktop.i18n import tr
from ocop_desktop.ui.ask import Ask


def run(parent, store) -> bool:
    """Ask for a file, preview, import all rows or none. Returns True when rows were added."""
    Ask.inform(parent, tr("Import members"), tr("Import is not available in this version yet."))
    return False


def export(parent, store) -> None:
    """Ask for a target file and export the register to XLSX or CSV."""
    Ask.inform(parent, tr("Export members"), tr("Export is not available in this version yet."))
