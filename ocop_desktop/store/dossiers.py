"""SQL for certification dossiers (issue 4 items 1–3).

A dossier belongs to a product (``products``), links a self-assessment (``assessments``) and,
once the result is recorded with 3 stars or more, a certificate (``certificates``, created
here through :func:`ocop_desktop.store.products.save_certificate`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, fields

from ocop_desktop.domain.dossier import (
    DEFAULT_TEST_REPORT_MONTHS, NEXT_STATUS, STATUSES, Checklist, Dossier, build_checklist, status_label,
)
from ocop_desktop.domain.dossier_docs import DEFAULT_COMMITMENT, REGISTRATION_TYPES, RegistrationForm
from ocop_desktop.domain.formats import from_iso, iso
from ocop_desktop.domain.text import nfc
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError

__all__ = [
    "TEST_REPORT_SETTING", "test_report_months", "dossier_ids", "dossier_rows", "get_dossier", "save_dossier",
    "delete_dossier", "registration_form", "save_registration_form", "assessment_choices", "load_form_for",
    "dossier_checklist", "set_status", "record_result", "assessments_for_product", "evidence_label",
]

#: Setting key: maximum age of a test report in months (default 12).
TEST_REPORT_SETTING = "dossier.test_report_max_months"

_DATES = ("submitted_date", "decision_date")


def test_report_months(store: Store) -> int:
    """Maximum age of a test report, months (setting :data:`TEST_REPORT_SETTING`, default 12)."""
    raw = store.get_setting(TEST_REPORT_SETTING)
    try:
        value = int(raw) if raw else DEFAULT_TEST_REPORT_MONTHS
    except ValueError:
        value = DEFAULT_TEST_REPORT_MONTHS
    return max(value, 1)


def dossier_ids(store: Store, status: str | None = None, product_id: int | None = None) -> list[int]:
    """Ids of dossiers (optionally of one status / product), newest year first, then by
    product name in Vietnamese order."""
    clauses, params = [], []
    if status:
        clauses.append("d.status = ?")
        params.append(status)
    if product_id:
        clauses.append("d.product_id = ?")
        params.append(product_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"SELECT d.id FROM dossiers d JOIN products p ON p.id = d.product_id{where} ORDER BY d.year DESC, p.sort_key, d.id"
    return [r[0] for r in store.db.execute(sql, params).fetchall()]


def dossier_rows(store: Store, ids: list[int]) -> dict[int, dict]:
    """Display rows for *ids*: dossier columns plus ``product_name``, ``form_code``,
    ``assessment_total`` (points) and ``assessment_stars``, ``files`` (attachment count)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = (f"SELECT d.*, p.name AS product_name, p.form_code, a.total AS assessment_total, a.stars AS assessment_stars, "
           f"(SELECT COUNT(*) FROM dossier_files f WHERE f.dossier_id = d.id) AS files "
           f"FROM dossiers d JOIN products p ON p.id = d.product_id LEFT JOIN assessments a ON a.id = d.assessment_id "
           f"WHERE d.id IN ({marks})")
    return {r["id"]: r for r in store.query(sql, ids)}


def get_dossier(store: Store, dossier_id: int) -> Dossier:
    """The dossier; raises :class:`StoreError` if there is none."""
    rows = store.query("SELECT * FROM dossiers WHERE id = ?", [dossier_id])
    if not rows:
        raise StoreError(tr("Dossier {id} does not exist", id=dossier_id))
    row = rows[0]
    names = {f.name for f in fields(Dossier)}
    data = {k: v for k, v in row.items() if k in names}
    for key in _DATES:
        data[key] = from_iso(row[key])
    for key in ("round", "receiving_body", "decision_no", "notes"):
        data[key] = data.get(key) or ""
    return Dossier(**data)


def _validate(store: Store, d: Dossier) -> list[tuple[str, str]]:
    errors = []
    if not store.scalar("SELECT 1 FROM products WHERE id = ?", [d.product_id]):
        errors.append(("product_id", tr("Choose the product of the dossier")))
    if d.registration_type not in REGISTRATION_TYPES:
        errors.append(("registration_type", tr("Choose the registration type")))
    if d.target_stars not in (3, 4, 5):
        errors.append(("target_stars", tr("The target rating is 3, 4 or 5 stars")))
    if not (2000 <= int(d.year or 0) <= 2100):
        errors.append(("year", tr("The year must have four digits (2000–2100)")))
    if d.samples < 0:
        errors.append(("samples", tr("The number of samples cannot be negative")))
    if d.status not in STATUSES:
        errors.append(("status", tr("Unknown dossier status")))
    if d.assessment_id is not None:
        owner = store.scalar("SELECT product_id FROM assessments WHERE id = ?", [d.assessment_id])
        if owner != d.product_id:
            errors.append(("assessment_id", tr("The linked self-assessment must be one of this product's assessments")))
    return errors


def save_dossier(store: Store, d: Dossier) -> int:
    """Check and save a dossier (insert when ``id`` is None). Returns its id.

    Raises :class:`ValidationError` with ``(field, message)`` problems; nothing is written."""
    errors = _validate(store, d)
    if errors:
        raise ValidationError(errors)
    row = asdict(d)
    for key in _DATES:
        row[key] = iso(row[key])
    for key in ("round", "receiving_body", "decision_no", "notes"):
        row[key] = nfc(row[key]) or None
    with store.atomic() as db:
        if d.id is None:
            row.pop("id")
            return db["dossiers"].insert(row).last_pk
        row["updated_at"] = dt.datetime.now().isoformat(timespec="seconds")
        db["dossiers"].update(d.id, row)
        return d.id


def delete_dossier(store: Store, dossier_id: int) -> None:
    """Delete a draft or ready dossier with its attachment links (blobs no longer used are
    removed). A submitted dossier or one with a result is a record: raises :class:`StoreError`."""
    d = get_dossier(store, dossier_id)
    if d.status in ("submitted", "result"):
        raise StoreError(tr("A submitted dossier is a record and cannot be deleted."))
    with store.atomic() as db:
        db.execute("DELETE FROM dossier_files WHERE dossier_id = ?", [dossier_id])
        db.execute("DELETE FROM dossiers WHERE id = ?", [dossier_id])
        db.execute("DELETE FROM dossier_blobs WHERE sha256 NOT IN (SELECT sha256 FROM dossier_files)")


def assessments_for_product(store: Store, product_id: int) -> list[dict]:
    """``[{id, date, kind, total, stars, assessor}]`` of a product, newest first."""
    return store.query("SELECT id, date, kind, total, stars, assessor FROM assessments "
                       "WHERE product_id = ? ORDER BY date DESC, id DESC", [product_id])


def assessment_choices(store: Store, assessment_id: int | None) -> dict[str, int] | None:
    """``{criterion code: points}`` of an assessment (None when there is none)."""
    if assessment_id is None:
        return None
    raw = store.scalar("SELECT choices FROM assessments WHERE id = ?", [assessment_id])
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in data.items() if v is not None}


def load_form_for(form_code: str):
    """The scoring form of a product's sub-group, or None when the forms are not available."""
    try:
        from ocop_desktop.domain.ocop.forms import load_form
    except ImportError:  # pragma: no cover - forms ship with the ocop feature
        return None
    try:
        return load_form(form_code)
    except (KeyError, ValueError):
        return None


def evidence_label(key: str) -> str:
    """Label of an evidence key from the forms' catalogue (the key itself when unknown)."""
    try:
        from ocop_desktop.domain.ocop.forms import evidence
        return evidence(key).label
    except (ImportError, KeyError, ValueError):
        return key


def _coop_and_product(store: Store, product_id: int):
    from ocop_desktop.store.cooperative import get_cooperative
    from ocop_desktop.store.products import get_product
    return get_cooperative(store), get_product(store, product_id)


def registration_form(store: Store, dossier_id: int, today: dt.date | None = None) -> RegistrationForm:
    """The registration form of a dossier: the user's saved edits, else filled from the
    cooperative profile and the product. Members' personal ID numbers and phones are never
    used (issue 6 item 7): only the cooperative's own phone and email."""
    d = get_dossier(store, dossier_id)
    raw = store.scalar("SELECT registration_json FROM dossiers WHERE id = ?", [dossier_id])
    if raw:
        form = RegistrationForm.from_dict(json.loads(raw))
        form.registration_type, form.target_stars, form.samples = d.registration_type, d.target_stars, d.samples
        return form
    from ocop_desktop.domain.cooperative import address_text
    from ocop_desktop.domain.products import SUB_GROUPS, group_of
    coop, product = _coop_and_product(store, d.product_id)
    group = product.form_code
    if product.form_code in SUB_GROUPS:
        group = f"{group_of(product.form_code)} – {SUB_GROUPS[product.form_code][1]}"
    from ocop_desktop.domain.dossier_docs import vietnamese
    with vietnamese():
        docs = [tr("Self-assessment report against the scoring form"), tr("Evidence documents for each criterion (see the list)"),
                tr("Copy of the cooperative registration certificate")]
        commitment = tr(DEFAULT_COMMITMENT)
    ward = ""
    if coop and coop.province_code:
        from ocop_desktop.domain.cooperative import wards
        ward = dict(wards(coop.province_code)).get(coop.ward_code or -1, "")
    return RegistrationForm(
        unit_name=coop.name if coop else "", representative=coop.rep_name if coop else "",
        position=coop.rep_position if coop else "", address=address_text(coop) if coop else "",
        phone=coop.phone if coop else "", email=coop.email if coop else "", tax_code=coop.tax_code if coop else "",
        product_name=product.name, product_group=group, registration_type=d.registration_type,
        target_stars=d.target_stars, receiving_body=d.receiving_body, attached_documents=docs, samples=d.samples,
        commitment=commitment, place=ward, date=today or dt.date.today())


def save_registration_form(store: Store, dossier_id: int, form: RegistrationForm) -> None:
    """Keep the user's edits of the registration form (all fields, as JSON); ``None``
    reverts to the form filled from the profile and product."""
    value = json.dumps(form.to_dict(), ensure_ascii=False) if form is not None else None
    get_dossier(store, dossier_id)
    with store.atomic() as db:
        db.execute("UPDATE dossiers SET registration_json = ? WHERE id = ?", [value, dossier_id])


def dossier_checklist(store: Store, dossier_id: int, today: dt.date | None = None) -> Checklist:
    """The evidence checklist of a dossier (:func:`build_checklist`) with the current
    attachments, the linked assessment, the product's food-safety expiry and the test-report
    age setting."""
    from ocop_desktop.store.dossier_attachments import list_attachments
    today = today or dt.date.today()
    d = get_dossier(store, dossier_id)
    product = store.query("SELECT form_code, food_safety_expiry FROM products WHERE id = ?", [d.product_id])[0]
    form_code = product["form_code"]
    if d.assessment_id is not None:
        form_code = store.scalar("SELECT form_code FROM assessments WHERE id = ?", [d.assessment_id]) or form_code
    form = load_form_for(form_code)
    files: dict[str, list] = {}
    for att in list_attachments(store, dossier_id):
        files.setdefault(att.item_key, []).append(att)
    return build_checklist(form, assessment_choices(store, d.assessment_id), files, d.target_stars, today,
                           test_report_months(store), evidence_label, from_iso(product["food_safety_expiry"]))


def set_status(store: Store, dossier_id: int, status: str, today: dt.date | None = None) -> None:
    """Move a dossier along draft → ready → submitted (or ready → draft).

    "ready" requires an empty list of blockers (:func:`dossier_checklist`); "submitted"
    records today as the submission date. The result is recorded with :func:`record_result`.
    Raises :class:`StoreError` with the reason otherwise."""
    today = today or dt.date.today()
    d = get_dossier(store, dossier_id)
    allowed = NEXT_STATUS.get(d.status) == status and status != "result" or (d.status == "ready" and status == "draft")
    if not allowed:
        raise StoreError(tr("A dossier cannot go from “{old}” to “{new}”.", old=status_label(d.status), new=status_label(status)))
    if status == "ready":
        blockers = dossier_checklist(store, dossier_id, today).blockers
        if blockers:
            raise StoreError(tr("The dossier is not ready:") + "\n• " + "\n• ".join(blockers))
    with store.atomic() as db:
        db.execute("UPDATE dossiers SET status = ?, submitted_date = COALESCE(?, submitted_date) WHERE id = ?",
                   [status, iso(today) if status == "submitted" else None, dossier_id])


def record_result(store: Store, dossier_id: int, stars: int, decision_no: str, decision_date: dt.date,
                  authority_name: str = "", certificate_no: str = "", today: dt.date | None = None) -> int | None:
    """Record the council's result of a submitted dossier: *stars* (0–5), the recognition
    decision's number and date. With 3 stars or more a certificate is created for the
    product (issued on *decision_date*, valid 36 months; the Ministry for 5★, else the
    province: Decision 148/QĐ-TTg as amended by 1489/QĐ-TTg). Returns the certificate id or
    None. Raises :class:`StoreError`/:class:`ValidationError`; nothing is written then."""
    from ocop_desktop.domain.certificates import Certificate
    from ocop_desktop.store.products import save_certificate
    d = get_dossier(store, dossier_id)
    if d.status != "submitted":
        raise StoreError(tr("Record the result of a submitted dossier."))
    if stars not in range(0, 6):
        raise ValidationError([("result_stars", tr("The result is 0 to 5 stars"))])
    if decision_date is None:
        raise ValidationError([("decision_date", tr("The decision date is required"))])
    with store.atomic() as db:
        cert_id = None
        if stars >= 3:
            cert = Certificate(product_id=d.product_id, stars=stars, issue_date=decision_date,
                               certificate_no=certificate_no, decision_no=nfc(decision_no),
                               authority_level="ministry" if stars == 5 else "province", authority_name=authority_name)
            cert_id = save_certificate(store, cert, today)
        db.execute("UPDATE dossiers SET status = 'result', result_stars = ?, decision_no = ?, decision_date = ?, "
                   "certificate_id = ? WHERE id = ?", [stars, nfc(decision_no) or None, iso(decision_date), cert_id, dossier_id])
    return cert_id
