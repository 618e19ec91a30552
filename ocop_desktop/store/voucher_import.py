"""Store side of the voucher import (issue 5 item 9): the keys for duplicate detection and
the all-or-nothing commit of an :class:`~ocop_desktop.imports.vouchers.ImportPreview`."""

from __future__ import annotations

from ocop_desktop.domain.income.vouchers import CATEGORIES, Voucher, validate_voucher
from ocop_desktop.i18n import tr
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import ValidationError

__all__ = ["existing_keys", "member_names", "locked", "commit"]


def existing_keys(store: Store) -> set[tuple[str, int, str]]:
    """``(ISO date, amount, reference or "")`` of every voucher in the file."""
    return {(d, a, r or "") for d, a, r in store.db.execute("SELECT date, amount, reference FROM vouchers").fetchall()}


def member_names(store: Store) -> dict[str, int]:
    """Folded full name → member id (active members first when names repeat)."""
    out: dict[str, int] = {}
    for r in store.query("SELECT id, name_folded FROM members ORDER BY status = 'active', id"):
        out[r["name_folded"]] = r["id"]
    return out


def locked(store: Store) -> set[str]:
    """Locked months ``"YYYY-MM"``."""
    return set(vstore.locked_months(store))


def commit(store: Store, pv, user: str | None = None, progress=None) -> list[Voucher]:
    """Write every new (not duplicate) row of *pv* in one transaction, or nothing.

    *progress*: the backup's progress callback (:data:`ocop_desktop.store.backup.Progress`;
    returning False raises :class:`~ocop_desktop.store.backup.BackupCancelled`, nothing written).

    Customers/suppliers named in the counterparty column are found or added to the register.
    Raises :class:`ValidationError` listing every row's problems (nothing written) and
    :class:`~ocop_desktop.store.vouchers.PeriodClosedError` for a locked month."""
    if pv.has_problems:
        raise ValidationError([("row", line) for line in pv.problem_lines()])
    codes = vstore.account_codes(store)
    saved = []
    from ocop_desktop.store.backup import backup_before
    backup_before(store, "before-import", progress=progress)  # issue 6 item 1: a checked backup first
    with vstore._guard(store):
        for item in pv.new_items:
            v = item.voucher
            want = CATEGORIES[v.category].counterparty
            if item.counterparty and want != "member" and want != "none":
                kind = want if want in ("customer", "supplier") else ("customer" if v.vtype.endswith("receipt") else "supplier")
                v.party_id = vstore.find_or_add_party(store, kind, item.counterparty)
            if vstore.is_locked(store, v.date):
                raise vstore.PeriodClosedError(tr("Row {row}: the month {month} is locked", row=item.row, month=v.date.strftime("%m/%Y")))
            problems = validate_voucher(v, codes)
            if problems:
                raise ValidationError([("row", tr("Row {row}: {message}", row=item.row, message=m)) for _f, m in problems])
            saved.append(vstore.write_voucher(store, v, user))
    return saved
