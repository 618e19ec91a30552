"""Schema step for jumping in the books (issue 7): a covering index on capital contributions.

The books merge the member register's capital contributions (view ``contribution_entries``
over ``contribution_source``, schema_income.py) with the voucher lines. To find the row at
a position of a year's cash book or journal (a scrollbar drag) the store walks the keys of
the entries before it (``store/books.py`` ``_skip``); the voucher lines' keys come from
covering indexes, the contributions' needed a table row read per contribution (~7 µs each,
~70 ms for half a year of a 105,000-member cooperative). ``contributions_book`` holds every
column ``contribution_source`` reads, in book order, so those walks and the counts read the
index alone.
"""

from __future__ import annotations

import sqlite_utils

__all__ = ["books_navigation_index"]


def books_navigation_index(db: sqlite_utils.Database) -> None:
    """Add ``contributions_book (date, id, asset_type, member_id, amount)``."""
    db.execute("CREATE INDEX IF NOT EXISTS contributions_book ON contributions (date, id, asset_type, member_id, amount)")
