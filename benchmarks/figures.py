"""Figures that need other branches' code (books, B02-HTX, distribution, exports, import).

Each function adds its rows to the runner's table, or a "not measured" row naming the
missing code.
"""

from __future__ import annotations

import importlib


def _has(module: str, *names: str) -> bool:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return False
    return all(hasattr(mod, n) for n in names)


def _missing(table, name: str, target: str, what: str) -> None:
    table.add(name, None, target, None, f"not measured: {what} not on this branch")


def books(table, store, window, trials):
    _missing(table, "Open the cash book and jump to the end", "≤ 100 ms (jump)", "cash book (income-core/income-ui)")
    _missing(table, "Open the general journal and jump to the end", "≤ 100 ms (jump)", "general journal (income-core/income-ui)")


def b02(table, store, window, trials):
    _missing(table, "A year's B02-HTX", "≤ 500 ms", "B02-HTX report (income-core)")


def distribution(table, store, window, trials):
    _missing(table, "A year's distribution", "", "distribution (income-core)")


def exports(table, store, window, trials):
    _missing(table, "Export 105,000 members to XLSX", "≤ 8 s, cancellable progress", "member export (members-io)")
    _missing(table, "Export a dossier with 50 MB of evidence", "≤ 3 s", "dossier export (dossiers)")
    _missing(table, "Import 10,000 members", "", "member import (members-io)")


FIGURES = [books, b02, distribution, exports]
