"""Export one dossier as a ZIP for review (issue 4 item 5).

Contents: the PDF and the DOCX of the registration form and the self-assessment report, the
evidence files in one folder per criterion (general papers in their own folder) with
readable Windows-safe names, and ``manifest.json`` (:mod:`ocop_desktop.exports.dossier_zip`).

Privacy (issue 6 item 7): nothing about individual members goes into the export; the
registration form carries only the cooperative's own phone and email.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ocop_desktop.domain.dossier import split_item_key
from ocop_desktop.domain.dossier_docs import (
    REGISTRATION_TYPES, AssessmentReport, RegistrationForm, ReportCriterion, ReportPart, vietnamese,
)
from ocop_desktop.domain.dossier_files import EXTENSIONS, safe_name, safe_path
from ocop_desktop.domain.formats import from_iso
from ocop_desktop.exports.dossier_docx import dossier_docx
from ocop_desktop.exports.dossier_pdf import dossier_pdf
from ocop_desktop.exports.dossier_zip import StreamedFile, write_dossier_zip
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.dossier_attachments import attachment_stream, list_attachments
from ocop_desktop.store.dossiers import (
    assessment_choices, dossier_checklist, evidence_label, get_dossier, load_form_for, registration_form,
)
from ocop_desktop.store.errors import ReadOnlyError, StoreError

__all__ = ["EVIDENCE_FOLDER", "DOCUMENT_NAME", "evidence_paths", "build_report", "dossier_documents", "export_dossier", "zip_name", "ExportCancelled"]

EVIDENCE_FOLDER = "Minh chứng"
GENERAL_FOLDER = "00 - Giấy tờ chung"
DOCUMENT_NAME = "01 - Phiếu đăng ký và báo cáo tự đánh giá"


def _folder(form, criterion: str | None) -> str:
    if criterion is None:
        return GENERAL_FOLDER
    title = ""
    if form is not None:
        try:
            title = form.criterion(criterion).title
        except KeyError:
            title = ""
    return safe_name(f"{criterion} - {title}" if title else criterion, max_chars=60)


def evidence_paths(store: Store, dossier_id: int, form=None) -> list[tuple[str, object]]:
    """``[(zip path, attachment)]`` for every attachment of the dossier: folder per criterion,
    the file's own name (extension set from its content type), ``(2)``, ``(3)``… added when two
    files would share a name. Paths are Windows-safe and under 200 characters."""
    out, used = [], set()
    for att in list_attachments(store, dossier_id):
        criterion, _ = split_item_key(att.item_key)
        stem = Path(att.file_name).stem or "file"
        ext = EXTENSIONS.get(att.kind, "")
        base = safe_name(stem, max_chars=90)
        n = 1
        while True:
            name = f"{base}{ext}" if n == 1 else f"{base} ({n}){ext}"
            path = safe_path(EVIDENCE_FOLDER, _folder(form, criterion), name)
            if path.casefold() not in used:
                break
            n += 1
        used.add(path.casefold())
        out.append((path, att))
    return out


def build_report(store: Store, dossier_id: int, evidence_refs: dict[str, list[str]] | None = None) -> AssessmentReport | None:
    """The self-assessment report of the dossier's linked assessment (None when no assessment
    or no form): every scored criterion with the chosen option's wording and points, part
    totals, the total and stars as stored with the assessment, and the star-minimum and
    knock-out notes. *evidence_refs*: evidence key → file paths in the ZIP (a criterion lists the files
    of every evidence key it asks for)."""
    d = get_dossier(store, dossier_id)
    if d.assessment_id is None:
        return None
    row = store.query("SELECT * FROM assessments WHERE id = ?", [d.assessment_id])[0]
    form = load_form_for(row["form_code"])
    if form is None:
        return None
    choices = assessment_choices(store, d.assessment_id) or {}
    notes = json.loads(row["evidence_notes"] or "{}")  # the assessor's notes, criterion → text
    refs = evidence_refs or {}
    parts = []
    with vietnamese():
        for part in form.parts:
            criteria = []
            for group in part.groups:
                for crit in group.criteria:
                    leaves = crit.subcriteria or (crit,)
                    for leaf in leaves:
                        points = choices.get(leaf.code)
                        option = leaf.option_for(points) if points is not None else None
                        criteria.append(ReportCriterion(
                            code=leaf.code, title=leaf.title if not leaf.parent else f"{crit.title} – {leaf.title}",
                            option=option.text if option else "", points=points or 0, max_points=leaf.best_points,
                            evidence=[r for key in leaf.evidence for r in refs.get(key, [])],
                            evidence_note=notes.get(leaf.code, "")))
            got = sum(c.points for c in criteria)
            parts.append(ReportPart(letter=part.code, title=part.title, points=got, max_points=part.max_points,
                                    criteria=criteria))
        total = row["total"] if row["total"] is not None else sum(p.points for p in parts)
        notes = []
        checklist = dossier_checklist(store, dossier_id)
        notes += [tr("Star minimum not met: {detail}", detail=f) for f in checklist.failed_minimums]
        if row["knockout_reason"]:
            notes.append(row["knockout_reason"])
        return AssessmentReport(form_code=form.code, form_title=f"{form.group} – {form.sub_group}", parts=parts,
                                total=total, stars=row["stars"] or 0, notes=notes, assessed_on=from_iso(row["date"]))


def dossier_documents(store: Store, dossier_id: int, today: dt.date | None = None, form=None):
    """``(registration form, self-assessment report or None, [(zip path, attachment)])`` of a
    dossier, as exported (used for the ZIP, printing and previews)."""
    d = get_dossier(store, dossier_id)
    if form is None:
        code = store.scalar("SELECT form_code FROM products WHERE id = ?", [d.product_id])
        if d.assessment_id is not None:
            code = store.scalar("SELECT form_code FROM assessments WHERE id = ?", [d.assessment_id]) or code
        form = load_form_for(code)
    reg: RegistrationForm = registration_form(store, dossier_id, today)
    paths = evidence_paths(store, dossier_id, form)
    refs: dict[str, list[str]] = {}
    for path, att in paths:
        criterion, key = split_item_key(att.item_key)
        # "C8b › Phiếu kết quả kiểm nghiệm.pdf": the criterion folder's code and the file name
        refs.setdefault(key, []).append(f"{criterion or '00'} › {path.rsplit('/', 1)[-1]}")
    return reg, build_report(store, dossier_id, refs), paths


def zip_name(product_name: str, year: int, dossier_id: int) -> str:
    """File name of the export: ``Hồ sơ OCOP - <product> - <year> - <id>.zip`` (Windows-safe)."""
    return safe_name(f"Hồ sơ OCOP - {product_name} - {year} - {dossier_id}.zip", max_chars=120)


class ExportCancelled(StoreError):
    """The user cancelled the export; nothing was written."""


def export_dossier(store: Store, dossier_id: int, out_dir: str | Path, today: dt.date | None = None,
                   progress=None) -> Path:
    """Write the dossier ZIP into *out_dir* (created if needed) and return its path.

    *progress*: optional ``callable(done, total) -> bool`` called as the documents and each
    evidence file are prepared; returning False cancels (raises :class:`ExportCancelled`,
    nothing written). Raises :class:`StoreError` for a missing dossier and
    :class:`ReadOnlyError` when the folder cannot be written."""
    from ocop_desktop.store.cooperative import get_cooperative
    from ocop_desktop.domain.cooperative import address_text
    today = today or dt.date.today()
    d = get_dossier(store, dossier_id)
    product = store.query("SELECT name, form_code FROM products WHERE id = ?", [d.product_id])[0]
    form_code = product["form_code"]
    if d.assessment_id is not None:
        form_code = store.scalar("SELECT form_code FROM assessments WHERE id = ?", [d.assessment_id]) or form_code
    form = load_form_for(form_code)
    reg, report, paths = dossier_documents(store, dossier_id, today, form)
    files: list[tuple[str, bytes, dict]] = [
        (f"{DOCUMENT_NAME}.pdf", dossier_pdf(reg, report), {"role": "documents"}),
        (f"{DOCUMENT_NAME}.docx", dossier_docx(reg, report), {"role": "documents"}),
    ]
    total = len(paths) + 2

    def step(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise ExportCancelled(tr("Export cancelled."))
    step(2)
    with vietnamese():
        for n, (path, att) in enumerate(paths, 3):
            step(n)
            criterion, key = split_item_key(att.item_key)
            size, chunks = attachment_stream(store, att.sha256)
            files.append((path, StreamedFile(size, att.sha256, chunks), {
                "role": "evidence", "criterion": criterion, "evidence": key, "label": evidence_label(key),
                "document_date": att.doc_date.isoformat() if att.doc_date else None,
                "expiry_date": att.expiry_date.isoformat() if att.expiry_date else None}))
        kind_label = tr(REGISTRATION_TYPES.get(d.registration_type, d.registration_type))
    coop = get_cooperative(store)
    manifest = {
        "cooperative": {"name": coop.name if coop else "", "tax_code": coop.tax_code if coop else "",
                        "address": address_text(coop) if coop else ""},
        "product": {"name": product["name"], "form_code": product["form_code"]},
        "dossier": {"id": d.id, "registration_type": d.registration_type, "registration_type_label": kind_label,
                    "target_stars": d.target_stars, "round": d.round, "year": d.year,
                    "receiving_body": d.receiving_body, "samples": d.samples, "status": d.status},
        "form": {"code": form.code, "title": f"{form.group} – {form.sub_group}"} if form else None,
        "assessment": ({"date": report.assessed_on.isoformat() if report.assessed_on else None,
                        "parts": [{"letter": p.letter, "points": p.points, "max_points": p.max_points} for p in report.parts],
                        "total": report.total, "stars": report.stars} if report else None),
    }
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        return write_dossier_zip(out_dir / zip_name(product["name"], d.year, d.id), manifest, files)
    except OSError as err:
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(out_dir), reason=err.strerror or str(err))) from err
    except ValueError as err:  # duplicate path: a bug, reported plainly
        raise StoreError(str(err)) from err
