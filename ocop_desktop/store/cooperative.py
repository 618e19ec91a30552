"""SQL for the cooperative profile (table ``cooperative``, a single row with id 1)."""

from __future__ import annotations

from dataclasses import asdict, fields

from ocop_desktop.domain.cooperative import Cooperative, validate_cooperative
from ocop_desktop.domain.formats import from_iso, iso
from ocop_desktop.domain.members import capital_cap_problems
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import ValidationError

__all__ = ["get_cooperative", "save_cooperative"]


def get_cooperative(store: Store) -> Cooperative | None:
    """The profile, or ``None`` in a file that has none yet."""
    rows = store.query("SELECT * FROM cooperative WHERE id = 1")
    if not rows:
        return None
    row = rows[0]
    names = {f.name for f in fields(Cooperative)}
    data = {k: v for k, v in row.items() if k in names}
    data["founding_date"] = from_iso(row["founding_date"])
    data["rep_woman_or_minority"] = bool(row["rep_woman_or_minority"])
    for key in ("tax_code", "address_detail", "rep_name", "rep_position", "phone", "email"):
        data[key] = data.get(key) or ""
    return Cooperative(**data)


def save_cooperative(store: Store, coop: Cooperative) -> Cooperative:
    """Validate and write the profile; returns the normalised profile.

    A charter capital that would put an active member over the caps of Law 17/2023/QH15
    Art. 74 cl. 1 (one official member ≤ 30 %, associates together ≤ 30 %) is refused.

    Raises :class:`ValidationError` with ``(field, message)`` problems; nothing is written
    then."""
    coop, errors = validate_cooperative(coop)
    if not errors and coop.charter_capital:
        # Lowering the charter capital must not put a member over the caps of Art. 74.
        holdings = [(r["member_type"], r["full_name"], r["capital_committed"]) for r in store.query(
            "SELECT member_type, full_name, capital_committed FROM members WHERE status = 'active'")]
        errors += [("charter_capital", msg) for _, msg in capital_cap_problems(coop.charter_capital, holdings)]
    if errors:
        raise ValidationError(errors)
    row = asdict(coop)
    row["founding_date"] = iso(coop.founding_date)
    row["rep_woman_or_minority"] = int(coop.rep_woman_or_minority)
    row["id"] = 1
    with store.atomic() as db:
        db["cooperative"].upsert(row, pk="id")
    return coop
