"""Schema step for the History page and the voucher search at province scale (issue 7).

The voucher search index is described in :mod:`ocop_desktop.store.voucher_search`.

The benchmark file holds 4,26 million ``audit_log`` entries. The History page shows them
newest (highest id) first, filtered by record type, user (app user or OS account) or
action; each of those gets an index led by it and ``id`` (the first two carrying the
other filter columns), so that a count is an index range
count and a page at any position is a walk of that index, never a scan of the log's
2,4 GB of JSON (see :class:`ocop_desktop.store.audit.AuditQuery`). Dates use the existing
``audit_log_at`` index; one record's history the existing ``audit_log_record``.
"""

from __future__ import annotations

import sqlite_utils

from ocop_desktop.store.voucher_search import create_voucher_search

__all__ = ["audit_and_voucher_search_scale", "AUDIT_INDEXES"]

#: Index name → columns: one filter column and ``id`` (the page order); the record-type and
#: action indexes carry the other filter columns, so a combination of filters is checked
#: inside the index (no table lookups). A user alone reads the user indexes; a user with a
#: record type or an action, the covering index of that filter.
AUDIT_INDEXES = {
    "audit_log_table_id": "table_name, id, action, app_user, os_user",
    "audit_log_action": "action, id, table_name, app_user, os_user",
    "audit_log_app_user": "app_user, id",
    "audit_log_os_user": "os_user, id",
}


def audit_and_voucher_search_scale(db: sqlite_utils.Database) -> None:
    """Add the :data:`AUDIT_INDEXES` on ``audit_log`` and the voucher search index
    ``vouchers_search`` (:mod:`ocop_desktop.store.voucher_search`), filled from the file."""
    for name, columns in AUDIT_INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON audit_log ({columns})")
    create_voucher_search(db)
