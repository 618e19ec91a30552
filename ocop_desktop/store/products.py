"""SQL for OCOP products, their sales channels and certificates.

The products table model keeps only ids (:func:`product_ids`) and reads rows with
:func:`product_rows`; filtering (sub-group, stars, certificate status) and sorting happen in
SQL. A product's *current certificate* is its latest by issue date; certificate status is
computed in SQL with the same rules as :func:`ocop_desktop.domain.certificates.certificate_status`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, fields, replace

from ocop_desktop.domain.certificates import (
    ATTENTION_STATUSES, DEFAULT_WARNING_MONTHS, Certificate, add_months, expiry_date,
    validate_certificate,
)
from ocop_desktop.domain.formats import from_iso, iso
from ocop_desktop.domain.products import Product, SalesChannel, validate_product
from ocop_desktop.domain.text import fold, vn_sort_key
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError

__all__ = [
    "WARNING_SETTING", "warning_months", "set_warning_months", "SORT_COLUMNS", "product_ids",
    "product_rows", "get_product", "save_product", "write_product", "delete_product",
    "product_names", "certificates", "get_certificate", "save_certificate", "write_certificate", "delete_certificate",
    "needs_attention", "attention_count",
]

#: Setting key: months before expiry when a certificate counts as "expiring" (default 6).
WARNING_SETTING = "certificate_warning_months"

_DATES = ("trademark_date", "self_declaration_date", "food_safety_date", "food_safety_expiry")
_TEXTS = ("unit", "packaging", "description", "story", "raw_material_origin", "trademark_no",
          "self_declaration_no", "food_safety_no", "notes")

_CURRENT = ("(SELECT c.id FROM certificates c WHERE c.product_id = p.id "
            "ORDER BY c.issue_date DESC, c.id DESC LIMIT 1)")
_STATUS = ("CASE WHEN c.id IS NULL THEN 'none' WHEN c.ended IS NOT NULL THEN c.ended "
           "WHEN c.expiry_date < :today THEN 'expired' WHEN c.expiry_date <= :warn THEN 'expiring' "
           "ELSE 'valid' END")
_LAST_ASSESSMENT = ("(SELECT a.id FROM assessments a WHERE a.product_id = p.id "
                    "ORDER BY a.date DESC, a.id DESC LIMIT 1)")

#: UI sort names → SQL expressions over the columns of :func:`product_ids`'s inner query.
SORT_COLUMNS = {
    "name": "q.sort_key",
    "form_code": "q.form_code",
    "price": "q.price",
    "stars": "COALESCE(q.stars, 0)",
    "status": "q.cert_status",
    "expiry": "q.expiry_date",
    "assessed_stars": "COALESCE(q.a_stars, -1)",
    "id": "q.id",
}


def warning_months(store: Store) -> int:
    """The "expiring" window in months (setting :data:`WARNING_SETTING`, default 6)."""
    try:
        return max(0, int(store.get_setting(WARNING_SETTING, str(DEFAULT_WARNING_MONTHS))))
    except (TypeError, ValueError):
        return DEFAULT_WARNING_MONTHS


def set_warning_months(store: Store, months: int) -> None:
    """Set the expiring window (0–36 months); raises :class:`ValidationError` otherwise."""
    if not 0 <= int(months) <= 36:
        raise ValidationError([("warning_months", tr("The warning window must be between 0 and 36 months"))])
    store.set_setting(WARNING_SETTING, str(int(months)))


def _params(store: Store, today: dt.date | None) -> dict:
    today = today or dt.date.today()
    return {"today": today.isoformat(), "warn": add_months(today, warning_months(store)).isoformat()}


_FROM = (f" FROM products p LEFT JOIN certificates c ON c.id = {_CURRENT}"
         f" LEFT JOIN assessments a ON a.id = {_LAST_ASSESSMENT}")


def product_ids(store: Store, search: str = "", form_code: str | None = None, stars: int | None = None,
                status: str | None = None, sort: str = "name", descending: bool = False,
                today: dt.date | None = None) -> list[int]:
    """Ids of products matching *search* (folded name), *form_code*, *stars* (stars of the
    current certificate; 0 = not certified) and *status* (current certificate status:
    ``none``, ``valid``, ``expiring``, ``expired``, ``revoked``, ``rerated`` or
    ``attention`` = expiring or expired), ordered by *sort* (a key of :data:`SORT_COLUMNS`)."""
    params = _params(store, today)
    clauses = []
    q = fold(search)
    if q:
        params["like"] = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("q.name_folded LIKE :like ESCAPE '\\'")
    if form_code:
        params["form"] = form_code
        clauses.append("q.form_code = :form")
    if stars is not None:
        params["stars"] = stars
        clauses.append("COALESCE(q.stars, 0) = :stars")
    if status == "attention":
        clauses.append("q.cert_status IN ('expiring', 'expired')")
    elif status:
        params["status"] = status
        clauses.append("q.cert_status = :status")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    order = SORT_COLUMNS.get(sort, "q.sort_key")
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT q.id FROM (SELECT p.id, p.sort_key, p.name_folded, p.form_code, p.price, c.stars, "
           f"c.expiry_date, a.stars AS a_stars, {_STATUS} AS cert_status{_FROM}) q"
           f"{where} ORDER BY {order} {direction}, q.sort_key, q.id")
    return [r[0] for r in store.db.execute(sql, params).fetchall()]


def product_rows(store: Store, ids: list[int], today: dt.date | None = None) -> dict[int, dict]:
    """Display rows for *ids*: product columns plus ``cert_id``, ``stars`` (current
    certificate, None when none), ``issue_date``, ``expiry_date``, ``cert_status``,
    ``assessed_stars``/``assessed_total``/``assessed_date`` (latest assessment) and
    ``channels`` (count)."""
    if not ids:
        return {}
    params = _params(store, today)
    marks = ",".join(f":id{i}" for i in range(len(ids)))
    params.update({f"id{i}": v for i, v in enumerate(ids)})
    sql = (f"SELECT p.*, c.id AS cert_id, c.stars, c.issue_date, c.expiry_date, c.certificate_no, "
           f"{_STATUS} AS cert_status, a.stars AS assessed_stars, a.total AS assessed_total, "
           f"a.date AS assessed_date, "
           f"(SELECT COUNT(*) FROM product_channels pc WHERE pc.product_id = p.id) AS channels"
           f"{_FROM} WHERE p.id IN ({marks})")
    return {row["id"]: row for row in store.query(sql, params)}


def product_names(store: Store) -> list[tuple[int, str]]:
    """``[(id, name)]`` of every product in Vietnamese order."""
    return [(r["id"], r["name"]) for r in store.query("SELECT id, name FROM products ORDER BY sort_key, id")]


def get_product(store: Store, product_id: int) -> Product:
    """The product with its sales channels; raises :class:`StoreError` if there is none."""
    rows = store.query("SELECT * FROM products WHERE id = ?", [product_id])
    if not rows:
        raise StoreError(tr("Product {id} does not exist", id=product_id))
    row = rows[0]
    names = {f.name for f in fields(Product)} - {"channels"}
    data = {k: v for k, v in row.items() if k in names}
    for key in _DATES:
        data[key] = from_iso(row[key])
    for key in _TEXTS:
        data[key] = data.get(key) or ""
    data["channels"] = [
        SalesChannel(channel=c["channel"], partner=c["partner"], contract_start=from_iso(c["contract_start"]),
                     note=c["note"] or "", id=c["id"])
        for c in store.query("SELECT * FROM product_channels WHERE product_id = ? ORDER BY id", [product_id])
    ]
    return Product(**data)


def write_product(store: Store, product: Product) -> int:
    """Write an already-checked product and replace its channels; returns its id. A product
    whose id is not in the file (undo/redo) is inserted with that id. Call inside
    :meth:`Store.atomic`."""
    row = asdict(product)
    row.pop("channels")
    for key in _DATES:
        row[key] = iso(row[key])
    for key in _TEXTS:
        row[key] = row[key] or None
    row["name_folded"] = fold(product.name)
    row["sort_key"] = vn_sort_key(product.name)
    db = store.db
    if product.id is None or not store.scalar("SELECT COUNT(*) FROM products WHERE id = ?", [product.id]):
        if product.id is None:
            row.pop("id")
        product_id = db["products"].insert(row).last_pk
    else:
        row["updated_at"] = dt.datetime.now().isoformat(timespec="seconds")
        product_id = product.id
        db["products"].update(product_id, row)
    db.execute("DELETE FROM product_channels WHERE product_id = ?", [product_id])
    for ch in product.channels:
        db["product_channels"].insert({
            "product_id": product_id, "channel": ch.channel, "partner": ch.partner,
            "contract_start": iso(ch.contract_start), "note": ch.note or None,
        })
    return product_id


def save_product(store: Store, product: Product, today: dt.date | None = None) -> int:
    """Check and save a product (insert when ``id`` is None). Returns its id.

    Raises :class:`ValidationError` with every ``(field, message)``; nothing is written then."""
    product, errors = validate_product(product, today)
    if errors:
        raise ValidationError(errors)
    with store.atomic():
        return write_product(store, product)


def delete_product(store: Store, product_id: int) -> None:
    """Delete a product entered by mistake, with its channels and assessments. A product
    with a certificate is kept (its history is a record): raises :class:`StoreError`."""
    if store.scalar("SELECT COUNT(*) FROM certificates WHERE product_id = ?", [product_id]):
        raise StoreError(tr("This product has OCOP certificates and cannot be deleted."))
    with store.atomic() as db:
        db.execute("DELETE FROM products WHERE id = ?", [product_id])


# --- certificates ---------------------------------------------------------------------
def _to_certificate(row: dict) -> Certificate:
    return Certificate(
        product_id=row["product_id"], stars=row["stars"], issue_date=from_iso(row["issue_date"]),
        certificate_no=row["certificate_no"] or "", decision_no=row["decision_no"] or "",
        authority_level=row["authority_level"], authority_name=row["authority_name"] or "",
        ended=row["ended"], ended_date=from_iso(row["ended_date"]), ended_note=row["ended_note"] or "",
        notes=row["notes"] or "", id=row["id"])


def certificates(store: Store, product_id: int) -> list[Certificate]:
    """Certificate history of a product, newest first."""
    rows = store.query("SELECT * FROM certificates WHERE product_id = ? ORDER BY issue_date DESC, id DESC", [product_id])
    return [_to_certificate(r) for r in rows]


def get_certificate(store: Store, cert_id: int) -> Certificate:
    """One certificate; raises :class:`StoreError` if there is none."""
    rows = store.query("SELECT * FROM certificates WHERE id = ?", [cert_id])
    if not rows:
        raise StoreError(tr("Certificate {id} does not exist", id=cert_id))
    return _to_certificate(rows[0])


def save_certificate(store: Store, cert: Certificate, today: dt.date | None = None) -> int:
    """Check and save a certificate (expiry = issue + 36 months is stored with it).

    Returns its id. Raises :class:`ValidationError` (nothing written) or
    :class:`StoreError` when the product does not exist."""
    cert, errors = validate_certificate(cert, today)
    if cert.product_id is None or not store.scalar("SELECT COUNT(*) FROM products WHERE id = ?", [cert.product_id]):
        errors.append(("product_id", tr("Choose the product the certificate belongs to")))
    if errors:
        raise ValidationError(errors)
    with store.atomic():
        return write_certificate(store, cert)


def write_certificate(store: Store, cert: Certificate) -> int:
    """Write an already-checked certificate (expiry computed); returns its id. Call inside
    :meth:`Store.atomic` (used by :func:`save_certificate` and undo/redo)."""
    row = asdict(cert)
    row["issue_date"] = iso(cert.issue_date)
    row["expiry_date"] = iso(expiry_date(cert.issue_date))
    row["ended_date"] = iso(cert.ended_date)
    for key in ("certificate_no", "decision_no", "authority_name", "ended_note", "notes"):
        row[key] = row[key] or None
    db = store.db
    if cert.id is None or not store.scalar("SELECT COUNT(*) FROM certificates WHERE id = ?", [cert.id]):
        if cert.id is None:
            row.pop("id")
        return db["certificates"].insert(row).last_pk
    db["certificates"].update(cert.id, row)
    return cert.id


def delete_certificate(store: Store, cert_id: int) -> None:
    """Delete a certificate entered by mistake."""
    with store.atomic() as db:
        db.execute("DELETE FROM certificates WHERE id = ?", [cert_id])


def needs_attention(store: Store, today: dt.date | None = None) -> list[dict]:
    """Current certificates (latest per product) that are expiring or expired, soonest
    expiry first: ``[{product_id, name, cert_id, stars, issue_date, expiry_date,
    cert_status, days}]`` where ``days`` is days left (negative when expired)."""
    today = today or dt.date.today()
    params = _params(store, today)
    sql = (f"SELECT p.id AS product_id, p.name, c.id AS cert_id, c.stars, c.issue_date, c.expiry_date, "
           f"{_STATUS} AS cert_status FROM products p JOIN certificates c ON c.id = {_CURRENT} "
           f"ORDER BY c.expiry_date, p.sort_key")
    out = []
    for row in store.query(sql, params):
        if row["cert_status"] in ATTENTION_STATUSES:
            row["days"] = (from_iso(row["expiry_date"]) - today).days
            out.append(row)
    return out


def attention_count(store: Store, today: dt.date | None = None) -> int:
    """Number of rows :func:`needs_attention` would list (the sidebar badge)."""
    return len(needs_attention(store, today))
