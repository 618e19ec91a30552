"""SQL for self-assessments: saved per product with date and assessor, history kept.

Each row caches the engine's result (total, part scores, stars, knock-out reason) so lists
and the products table need no re-scoring; :func:`save_assessment` always re-scores with
:func:`ocop_desktop.domain.ocop.scoring.score`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from ocop_desktop.domain.assessments import Assessment, prefill, validate_assessment
from ocop_desktop.domain.formats import from_iso, iso
from ocop_desktop.domain.ocop.forms import FormError, load_form
from ocop_desktop.domain.ocop.scoring import ScoreResult, ScoringError, score
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError

__all__ = [
    "ORG_TYPE_SETTING", "organisation_type", "prefill_for", "assessment_list", "get_assessment",
    "save_assessment", "delete_assessment", "latest_assessment",
]

#: Setting key of the organisation type used to prefill A3a (default "cooperative").
ORG_TYPE_SETTING = "organisation_type"


def organisation_type(store: Store) -> str:
    """The organisation type (setting :data:`ORG_TYPE_SETTING`, default ``cooperative``)."""
    return store.get_setting(ORG_TYPE_SETTING, "cooperative") or "cooperative"


def prefill_for(store: Store, form_code: str) -> dict[str, int]:
    """Prefilled answers for *form_code* from the organisation type and the profile's legal
    representative (:func:`ocop_desktop.domain.assessments.prefill`)."""
    form = load_form(form_code)
    flag = store.scalar("SELECT rep_woman_or_minority FROM cooperative WHERE id = 1")
    return prefill(form, organisation_type(store), None if flag is None else bool(flag))


def _to_assessment(row: dict) -> Assessment:
    return Assessment(
        product_id=row["product_id"], form_code=row["form_code"], date=from_iso(row["date"]),
        assessor=row["assessor"], kind=row["kind"], choices=json.loads(row["choices"]),
        evidence_notes=json.loads(row["evidence_notes"]), knockouts=json.loads(row["knockouts"]),
        prefilled=json.loads(row["prefilled"]), note=row["note"] or "", id=row["id"])


def assessment_list(store: Store, product_id: int) -> list[dict]:
    """Saved assessments of a product, newest first: ``[{id, date, assessor, kind,
    form_code, total, part_a, part_b, part_c, stars, knockout_reason}]`` (points)."""
    return store.query(
        "SELECT id, date, assessor, kind, form_code, total, part_a, part_b, part_c, stars, knockout_reason "
        "FROM assessments WHERE product_id = ? ORDER BY date DESC, id DESC", [product_id])


def latest_assessment(store: Store, product_id: int) -> Assessment | None:
    """The newest assessment of a product, or None."""
    rows = store.query("SELECT * FROM assessments WHERE product_id = ? ORDER BY date DESC, id DESC LIMIT 1", [product_id])
    return _to_assessment(rows[0]) if rows else None


def get_assessment(store: Store, assessment_id: int) -> Assessment:
    """One assessment; raises :class:`StoreError` if there is none."""
    rows = store.query("SELECT * FROM assessments WHERE id = ?", [assessment_id])
    if not rows:
        raise StoreError(tr("Assessment {id} does not exist", id=assessment_id))
    return _to_assessment(rows[0])


def save_assessment(store: Store, a: Assessment, today: dt.date | None = None) -> tuple[int, ScoreResult]:
    """Check, score and save an assessment (insert when ``id`` is None, else update).

    History is kept (issue 3 item 5): a saved assessment is updated in place only while its
    date is unchanged and no dossier beyond "draft" refers to it; otherwise the save adds a
    new assessment and the old one stays as it was.

    Returns ``(id, result)``. Raises :class:`ValidationError` naming the field or criterion
    (nothing is written): missing product/date/assessor, a choice that is not an option of its
    criterion, an unknown knock-out, or a form that cannot be loaded."""
    a, errors = validate_assessment(replace(a, choices=dict(a.choices), evidence_notes=dict(a.evidence_notes),
                                            knockouts=list(a.knockouts), prefilled=list(a.prefilled)), today)
    result = None
    try:
        result = score(load_form(a.form_code), a.choices, a.knockouts)
    except ScoringError as err:
        errors.append((err.criterion or "choices", str(err)))
    except FormError as err:
        errors.append(("form_code", str(err)))
    if a.product_id is not None and not store.scalar("SELECT COUNT(*) FROM products WHERE id = ?", [a.product_id]):
        errors.append(("product_id", tr("Product {id} does not exist", id=a.product_id)))
    if errors:
        raise ValidationError(errors)
    row = {
        "product_id": a.product_id, "form_code": a.form_code, "date": iso(a.date), "assessor": a.assessor,
        "kind": a.kind, "choices": json.dumps(a.choices, ensure_ascii=False, sort_keys=True),
        "evidence_notes": json.dumps(a.evidence_notes, ensure_ascii=False, sort_keys=True),
        "knockouts": json.dumps(list(a.knockouts), ensure_ascii=False),
        "prefilled": json.dumps(a.prefilled, ensure_ascii=False),
        "total": result.total, "part_a": result.parts.get("A"), "part_b": result.parts.get("B"),
        "part_c": result.parts.get("C"), "stars": result.stars or 0,
        "knockout_reason": result.knockout.text if result.knockout else None, "note": a.note or None,
    }
    with store.atomic() as db:
        if a.id is not None and not _editable_in_place(store, a):
            a = replace(a, id=None)  # history kept: a new assessment beside the old one
        if a.id is None:
            new_id = db["assessments"].insert(row).last_pk
        else:
            row["updated_at"] = dt.datetime.now().isoformat(timespec="seconds")
            db["assessments"].update(a.id, row)
            new_id = a.id
    return new_id, result


def _editable_in_place(store: Store, a: Assessment) -> bool:
    stored_date = store.scalar("SELECT date FROM assessments WHERE id = ?", [a.id])
    if stored_date is None or stored_date != iso(a.date):
        return False
    has_dossiers = store.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'dossiers'")
    if has_dossiers and store.scalar(
            "SELECT COUNT(*) FROM dossiers WHERE assessment_id = ? AND status != 'draft'", [a.id]):
        return False
    return True


def delete_assessment(store: Store, assessment_id: int) -> None:
    """Delete one saved assessment."""
    with store.atomic() as db:
        db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
