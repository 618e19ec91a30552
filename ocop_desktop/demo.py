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


def add_products(store: Store) -> None:
    """Add the demo products (cá thính, pickled cassava, pickled bamboo shoots), their sales
    channels and certificates (``resources/demo/products.json``): the pickled cassava holds a
    3★ certificate issued in 2022, due for re-evaluation."""
    from ocop_desktop.domain.certificates import Certificate
    from ocop_desktop.domain.products import Product, SalesChannel
    from ocop_desktop.domain.products import validate_product
    from ocop_desktop.domain.certificates import validate_certificate
    from ocop_desktop.store import products as products_store
    with store.atomic():
        for item in _load("products.json")["products"]:
            data = {k: v for k, v in item.items() if k not in ("key", "channels", "certificates")}
            for key in ("trademark_date", "self_declaration_date", "food_safety_date", "food_safety_expiry"):
                if key in data:
                    data[key] = from_iso(data[key])
            channels = [SalesChannel(kind, partner, from_iso(start)) for kind, partner, start in item["channels"]]
            product, errors = validate_product(Product(channels=channels, **data), DEMO_TODAY)
            if errors:
                raise ValidationError(errors)
            pid = products_store.write_product(store, product)
            for c in item["certificates"]:
                c = dict(c, issue_date=from_iso(c["issue_date"]))
                cert, errors = validate_certificate(Certificate(product_id=pid, **c), DEMO_TODAY)
                if errors:
                    raise ValidationError(errors)
                products_store.save_certificate(store, cert, DEMO_TODAY)


def add_assessments(store: Store) -> None:
    """Add the demo self-assessments (``resources/demo/assessments.json``): the pickled
    cassava 3★ (2022 and 2026), the other products below 3★."""
    from ocop_desktop.domain.assessments import Assessment
    from ocop_desktop.store import assessments as assessments_store
    keys = {r["name"]: r["id"] for r in store.query("SELECT id, name FROM products")}
    by_key = {item["key"]: keys[item["name"]] for item in _load("products.json")["products"]}
    with store.atomic():
        for item in _load("assessments.json")["assessments"]:
            assessments_store.save_assessment(store, Assessment(
                product_id=by_key[item["product"]], form_code=item["form"], date=from_iso(item["date"]),
                assessor=item["assessor"], choices=item["choices"], evidence_notes=item["evidence_notes"],
                prefilled=item["prefilled"], note=item.get("note", "")), DEMO_TODAY)


#: Steps run in order on a fresh file; each gets the open store.
def add_income(store: Store) -> None:
    """The demo's books 2023–2026 (issue 5; :mod:`ocop_desktop.income_demo`)."""
    from ocop_desktop.income_demo import add_income_books
    add_income_books(store)


def add_dossiers(store: Store) -> None:
    from ocop_desktop.demo_dossiers import add_dossier_demo
    add_dossier_demo(store)


DEMO_STEPS: list[Callable[[Store], None]] = [add_profile, add_members, add_products, add_assessments, add_income, add_dossiers]


def demo_contents() -> str:
    """What the demo holds, as the names of :data:`DEMO_STEPS` (kept in the demo file's
    settings as ``demo.contents``, so a demo built by an older version can be rebuilt)."""
    return ",".join(step.__name__ for step in DEMO_STEPS)


def build_demo(path: str | Path) -> Path:
    """Create the demo cooperative at *path* (must not exist). Returns the path."""
    path = Path(path)
    store = create_store(path)
    try:
        for step in DEMO_STEPS:
            step(store)
        store.set_setting("demo.contents", demo_contents())
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    store.close()
    return path
