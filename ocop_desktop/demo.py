"""The demo cooperative (Liên Gia Trang, Phú Thọ) built from ``resources/demo/``.

Public facts come from the seed news article; all people and numbers about them are
invented (see ``resources/demo/*.json``). Later features add their demo data by appending a
function to :data:`DEMO_STEPS`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from ocop_desktop import RESOURCES
from ocop_desktop.domain.cooperative import Cooperative
from ocop_desktop.domain.formats import from_iso
from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import members as members_store
from ocop_desktop.store.cooperative import save_cooperative
from ocop_desktop.store.db import Store, create_store
from ocop_desktop.store.errors import ValidationError

DEMO_DIR = RESOURCES / "demo"
#: The demo's "today": data is consistent as of this date (certificates, books).
DEMO_TODAY = dt.date(2026, 11, 29)


def _load(name: str) -> dict:
    return json.loads((DEMO_DIR / name).read_text(encoding="utf-8"))


def add_profile(store: Store) -> None:
    data = {k: v for k, v in _load("cooperative.json").items() if not k.startswith("_")}
    data["founding_date"] = from_iso(data["founding_date"])
    save_cooperative(store, Cooperative(**data))


def add_members(store: Store) -> None:
    """Add the demo members (checked by the same rules as the UI)."""
    with store.atomic():
        for item in _load("members.json")["members"]:
            data = dict(item)
            contributions = [Contribution(date=from_iso(d), amount=a) for d, a in data.pop("contributions", [])]
            for key in ("birth_date", "join_date", "certificate_date", "left_date"):
                if key in data:
                    data[key] = from_iso(data[key])
            member = Member(contributions=contributions, **data)
            member, errors, _ = members_store.check_member(store, member, today=DEMO_TODAY)
            if errors:
                raise ValidationError(errors)
            members_store.write_member(store, member)


#: Steps run in order on a fresh file; each gets the open store.
def add_income(store: Store) -> None:
    """The demo's books 2023–2026 (issue 5; :mod:`ocop_desktop.income_demo`)."""
    from ocop_desktop.income_demo import add_income_books
    add_income_books(store)


DEMO_STEPS: list[Callable[[Store], None]] = [add_profile, add_members, add_income]


def build_demo(path: str | Path) -> Path:
    """Create the demo cooperative at *path* (must not exist). Returns the path."""
    path = Path(path)
    store = create_store(path)
    try:
        for step in DEMO_STEPS:
            step(store)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    store.close()
    return path
