"""Chart of accounts for cooperatives, Circular 71/2024/TT-BTC (COOPERATIVE.md table).

The chart ships as data in ``resources/accounting/tt71_accounts.json``; rows are
``[code, name, parent, kind, normal]``. The user may only *add detail accounts* under an
existing account (TT 71 allows detail accounts): the code must start with the parent's code
and be longer, digits only, at most 8 digits.

Account codes are text of digits; an account's movements include its detail accounts
(``"111"`` covers ``"1111"``). :func:`covers` is the rule; the store matches with the
range ``code >= A AND code < A || ':'`` (``':'`` sorts right after ``'9'``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ocop_desktop import RESOURCES
from ocop_desktop.i18n import tr

__all__ = ["Account", "CHART_FILE", "chart", "covers", "check_detail_account", "CASH", "BANK"]

CHART_FILE = RESOURCES / "accounting" / "tt71_accounts.json"

#: The cash and bank detail accounts that receipts and payments post to (TT 71: 1111, 1121).
CASH = "1111"
BANK = "1121"


@dataclass(frozen=True)
class Account:
    """One account: ``code`` (digits), ``name`` (Vietnamese, as in TT 71), ``parent`` code
    or ``None``, ``kind`` (asset/liability/equity/revenue/expense/result), ``normal`` side
    ``"D"`` or ``"C"``, ``builtin`` (shipped with the chart, cannot be changed)."""

    code: str
    name: str
    parent: str | None
    kind: str
    normal: str
    builtin: bool = True


@lru_cache(maxsize=1)
def chart() -> tuple[Account, ...]:
    """The shipped chart (TT 71/2024), in code order."""
    data = json.loads(CHART_FILE.read_text(encoding="utf-8"))
    return tuple(Account(*row) for row in data["accounts"])


def covers(account: str, code: str) -> bool:
    """True when movements on *code* belong to *account* (itself or one of its details)."""
    return code.startswith(account)


_CODE = re.compile(r"^\d{3,8}$")


def check_detail_account(code: str, name: str, parent: str, existing: set[str]) -> list[tuple[str, str]]:
    """Problems with a new detail account ``(field, message)``; empty when acceptable.

    Rules: digits only, 4–8 digits, starts with *parent*'s code and is longer, *parent*
    exists, code not yet used, name not empty (TT 71/2024: detail accounts allowed)."""
    problems: list[tuple[str, str]] = []
    code = (code or "").strip()
    if not _CODE.match(code) or len(code) < 4:
        problems.append(("code", tr("Account code {code} must be 4 to 8 digits", code=code)))
    if parent not in existing:
        problems.append(("parent", tr("Account {code} does not exist", code=parent)))
    elif not code.startswith(parent) or len(code) <= len(parent):
        problems.append(("code", tr("A detail account of {parent} must start with {parent} and be longer", parent=parent)))
    if code in existing:
        problems.append(("code", tr("Account {code} already exists", code=code)))
    if not (name or "").strip():
        problems.append(("name", tr("Account name is empty")))
    return problems
