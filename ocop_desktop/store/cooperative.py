"""SQL for the cooperative profile (table ``cooperative``, a single row with id 1)."""

from __future__ import annotations

from dataclasses import asdict, fields

from ocop_desktop.domain.cooperative import Cooperative, validate_cooperative
from ocop_desktop.domain.formats import from_iso, iso
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

    Raises :class:`ValidationError` with ``(field, message)`` problems; nothing is written
    then."""
    coop, errors = validate_cooperative(coop)
    if errors:
        raise ValidationError(errors)
    row = asdict(coop)
    row["founding_date"] = iso(coop.founding_date)
    row["rep_woman_or_minority"] = int(coop.rep_woman_or_minority)
    row["id"] = 1
    with store.atomic() as db:
        db["cooperative"].upsert(row, pk="id")
    return coop
