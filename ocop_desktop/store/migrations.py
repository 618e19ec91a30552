"""Schema versions: a ``PRAGMA user_version`` ladder.

``STEPS[i]`` upgrades a file from version ``i`` to ``i + 1``. Each step runs in one
transaction together with the new ``user_version``; the file is copied beside itself before
the first step (Vorta's ``store/migrations.py`` pattern). A file whose version is higher than
``len(STEPS)`` was written by a newer app and is refused.

Adding a step: append a function; never edit a released step. Keep a fixture database of
every released version in ``tests/fixtures/`` (``tests/fixtures/make_fixtures.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from ocop_desktop.store.schema_books import books_navigation_index
from ocop_desktop.store.schema_dossiers import step_dossiers
from ocop_desktop.store.schema_ocop import ocop_products_step
from ocop_desktop.store.schema_income import income_schema
from ocop_desktop.store.schema_safety import v_safety
from ocop_desktop.store.schema_scale import scale_search_and_sort
from ocop_desktop.store.schema_totals import ledger_month_totals_step
from ocop_desktop.store.schema_audit_scale import audit_and_voucher_search_scale

__all__ = ["STEPS", "SCHEMA_VERSION"]


def _v1_foundation(db: sqlite_utils.Database) -> None:
    """Version 1: settings, cooperative profile, members, capital contributions."""
    db.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE cooperative (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            tax_code TEXT,
            province_code INTEGER,
            ward_code INTEGER,
            address_detail TEXT,
            rep_name TEXT,
            rep_position TEXT,
            rep_sex TEXT CHECK (rep_sex IN ('M', 'F') OR rep_sex IS NULL),
            rep_woman_or_minority INTEGER NOT NULL DEFAULT 0,
            phone TEXT,
            email TEXT,
            founding_date TEXT,
            charter_capital INTEGER NOT NULL DEFAULT 0 CHECK (charter_capital >= 0)
        )"""
    )
    db.execute(
        """CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            member_type TEXT NOT NULL CHECK (member_type IN
                ('official', 'associate_capital', 'associate_no_capital')),
            kind TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'organisation')),
            full_name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            sex TEXT CHECK (sex IN ('M', 'F') OR sex IS NULL),
            birth_date TEXT,
            id_number TEXT,
            phone TEXT,
            address TEXT,
            nationality TEXT NOT NULL DEFAULT 'Việt Nam',
            join_date TEXT,
            capital_committed INTEGER NOT NULL DEFAULT 0 CHECK (capital_committed >= 0),
            certificate_no TEXT,
            certificate_date TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
            left_date TEXT,
            left_reason TEXT,
            notes TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            updated_at TEXT NOT NULL DEFAULT (datetime('now'))
        )"""
    )
    db.execute("CREATE INDEX members_sort ON members (sort_key, id)")
    db.execute("CREATE INDEX members_folded ON members (name_folded)")
    db.execute("CREATE INDEX members_id_number ON members (id_number)")
    db.execute(
        """CREATE TABLE contributions (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE RESTRICT,
            date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            asset_type TEXT NOT NULL DEFAULT 'cash'
                CHECK (asset_type IN ('cash', 'gold', 'land_use_right', 'other_asset')),
            quantity TEXT,
            note TEXT
        )"""
    )
    db.execute("CREATE INDEX contributions_member ON contributions (member_id, date)")


#: The ladder; index i upgrades version i → i + 1.
STEPS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_foundation,
    ocop_products_step,
    income_schema,
    step_dossiers,
    v_safety,
    scale_search_and_sort,
    ledger_month_totals_step,
    books_navigation_index,
    audit_and_voucher_search_scale,
]

SCHEMA_VERSION = len(STEPS)
