"""Certification dossiers: the dossier record, its status flow and the evidence checklist.

Pure rules (no Qt, no SQL). Sources: Decision 148/QĐ-TTg Annex II (registration types,
dossier content: registration form, self-assessment report, samples, evidence per
criterion) and Annex III (the scoring forms whose criteria name the evidence); OCOP.md
"Registration and dossier" for the evidence commonly needed and the [R] 12-month age of test
reports, kept as a setting.

Checklist (issue 4 item 3): one item per (criterion, evidence document) of every criterion
whose chosen option scores above 0 points, plus the general papers every dossier carries.
Flags on an item:

- ``missing``: no file attached although the chosen option needs proof (blocks submission);
- ``no_date``: a test report or certificate without its document date (warning);
- ``old_test_report``: the newest test report is older than the configured age (blocks);
- ``expired``: a certificate whose expiry date is before today (blocks);

and on the dossier: ``no_assessment`` (no linked self-assessment), ``failed_minimum`` (a
criterion below the minimum of the target star level), ``below_band`` (total below the
target's band: 50/70/90 points for 3/4/5★). Completeness = items with an acceptable file /
required items, in whole per cent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ocop_desktop.domain.formats import format_date
from ocop_desktop.i18n import N_, tr

__all__ = [
    "Dossier", "STATUSES", "STATUS_LABELS", "NEXT_STATUS", "GENERAL_PAPERS", "TEST_REPORT_KEYS",
    "CERTIFICATE_KEYS", "NOT_FILES", "DEFAULT_TEST_REPORT_MONTHS", "BAND_MINIMUM", "ChecklistItem", "Checklist",
    "build_checklist", "item_key", "split_item_key", "months_before", "status_label",
]

STATUSES = ("draft", "ready", "submitted", "result")
STATUS_LABELS = {"draft": N_("Draft"), "ready": N_("Ready"), "submitted": N_("Submitted"), "result": N_("Result recorded")}
#: Forward status flow; "ready" can go back to "draft".
NEXT_STATUS = {"draft": "ready", "ready": "submitted", "submitted": "result"}
#: Evidence keys (``resources/ocop_forms/evidence.json``) every dossier carries.
GENERAL_PAPERS = ("business_registration",)
#: Evidence that is not a file (product samples go with the dossier physically; their number
#: is on the registration form).
NOT_FILES = ("product_samples",)
#: Evidence keys that are laboratory test reports (age checked).
TEST_REPORT_KEYS = ("periodic_test_report", "test_report")
#: Evidence keys that are certificates with an expiry date (checked against today).
CERTIFICATE_KEYS = ("food_safety_certificate", "quality_management_certificate", "trademark_certificate")
#: Default maximum age of a test report, months ([R] OCOP.md; setting ``dossier.test_report_max_months``).
DEFAULT_TEST_REPORT_MONTHS = 12
#: Lowest total of each star band (Decision 148 Annex III: 50–<70 3★, 70–<90 4★, ≥90 5★).
BAND_MINIMUM = {3: 50, 4: 70, 5: 90}


def status_label(code: str) -> str:
    """UI label of a dossier status."""
    return tr(STATUS_LABELS.get(code, code))


@dataclass
class Dossier:
    """A dossier for one product and evaluation round.

    ``registration_type``: ``first``, ``upgrade`` or ``reevaluation``; ``target_stars`` 3–5;
    ``round`` free text (e.g. "Đợt 2"); ``year``; ``receiving_body`` (commune People's
    Committee that receives the dossier); ``assessment_id`` the linked self-assessment;
    ``samples`` number of product samples; ``status`` one of :data:`STATUSES`; the result
    fields (stars, decision number and date, certificate id) once recorded."""

    product_id: int
    year: int
    registration_type: str = "first"
    target_stars: int = 3
    round: str = ""
    receiving_body: str = ""
    assessment_id: int | None = None
    samples: int = 0
    status: str = "draft"
    submitted_date: dt.date | None = None
    result_stars: int | None = None
    decision_no: str = ""
    decision_date: dt.date | None = None
    certificate_id: int | None = None
    notes: str = ""
    id: int | None = None


def item_key(criterion: str | None, evidence_key: str) -> str:
    """Storage key of a checklist item: ``"C8b:periodic_test_report"`` or
    ``"general:business_registration"``."""
    return f"{criterion or 'general'}:{evidence_key}"


def split_item_key(key: str) -> tuple[str | None, str]:
    """Inverse of :func:`item_key`: ``(criterion or None, evidence key)``."""
    crit, _, ev = key.partition(":")
    return (None if crit == "general" else crit), ev


def months_before(day: dt.date, months: int) -> dt.date:
    """*day* minus *months* calendar months (day clipped to the month's length)."""
    import calendar
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class ChecklistItem:
    """One evidence document to provide. ``criterion`` None for a general paper; ``files``
    the attachments (objects with ``file_name``, ``doc_date``, ``expiry_date``); ``flags``
    codes (see module docstring) and ``messages`` the matching plain sentences."""

    key: str
    criterion: str | None
    criterion_title: str
    evidence_key: str
    label: str
    option: str = ""
    files: list = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the item has a file and nothing that blocks submission."""
        return not any(f in ("missing", "old_test_report", "expired") for f in self.flags)


@dataclass
class Checklist:
    """Items, dossier-level problems, ``completeness`` (0–100 %), ``blockers`` (plain list of
    what blocks submission) and ``warnings``."""

    items: list[ChecklistItem]
    completeness: int
    blockers: list[str]
    warnings: list[str]
    failed_minimums: list[str] = field(default_factory=list)


def _check_item(item: ChecklistItem, today: dt.date, max_age_months: int) -> None:
    where = f"{item.criterion} – " if item.criterion else ""
    if not item.files:
        item.flags.append("missing")
        item.messages.append(tr("{where}{label}: no file attached", where=where, label=item.label))
        return
    if item.evidence_key in TEST_REPORT_KEYS:
        dates = [f.doc_date for f in item.files if f.doc_date]
        if not dates:
            item.flags.append("no_date")
            item.messages.append(tr("{where}{label}: enter the date of the test report", where=where, label=item.label))
        else:
            newest = max(dates)
            limit = months_before(today, max_age_months)
            if newest < limit:
                item.flags.append("old_test_report")
                item.messages.append(tr("{where}{label}: the newest test report is dated {date}, older than {months} months",
                                        where=where, label=item.label, date=format_date(newest), months=max_age_months))
    if item.evidence_key in CERTIFICATE_KEYS:
        expiries = [f.expiry_date for f in item.files if f.expiry_date]
        if expiries and max(expiries) < today:
            item.flags.append("expired")
            item.messages.append(tr("{where}{label}: expired on {date}", where=where, label=item.label,
                                    date=format_date(max(expiries))))


def build_checklist(form, choices: dict[str, int] | None, files_by_key: dict[str, list], target_stars: int,
                    today: dt.date, max_age_months: int = DEFAULT_TEST_REPORT_MONTHS,
                    evidence_label=lambda key: key, product_food_safety_expiry: dt.date | None = None) -> Checklist:
    """Build the checklist of a dossier.

    *form*: the scoring form (``ocop_desktop.domain.ocop.forms.Form``) or None when the
    product has no form; *choices*: ``{criterion code: points}`` of the linked
    self-assessment (None when there is none); *files_by_key*: attachments by
    :func:`item_key` (a file counts for every item asking for the same evidence key); *target_stars* 3–5; *today*; *max_age_months*: oldest acceptable test
    report, months; *evidence_label*: evidence key → label; *product_food_safety_expiry*:
    the expiry recorded on the product (flags ``expired`` on the food-safety item too).
    """
    # one document proves every criterion that asks for the same evidence (e.g. the product
    # story for B5a, B5b and B5c): files are shared by evidence key
    shared: dict[str, list] = {}
    for key, attached in files_by_key.items():
        shared.setdefault(split_item_key(key)[1], []).extend(attached)
    items: list[ChecklistItem] = []
    failed: list[str] = []
    blockers: list[str] = []
    warnings: list[str] = []
    for key in GENERAL_PAPERS:
        items.append(ChecklistItem(item_key(None, key), None, tr("General papers"), key, evidence_label(key),
                                   files=list(shared.get(key, []))))
    if choices is None:
        blockers.append(tr("No self-assessment is linked to this dossier."))
    if form is not None and choices is not None:
        for crit in form.criteria():
            points = choices.get(crit.code)
            if points is None or points <= 0:
                continue
            option = crit.option_for(points)
            for ev in crit.evidence:
                if ev in NOT_FILES:
                    continue
                k = item_key(crit.code, ev)
                items.append(ChecklistItem(k, crit.code, crit.title, ev, evidence_label(ev),
                                           option=option.text if option else "", files=list(shared.get(ev, []))))
        for crit in form.criteria():
            need = crit.minimum_for(target_stars)
            have = choices.get(crit.code)
            if need is not None and (have is None or have < need):
                failed.append(tr("{code} ({title}) scores {have} points; {stars}★ needs at least {need}",
                                 code=crit.code, title=crit.title, have=have if have is not None else 0,
                                 stars=target_stars, need=need))
        blockers.extend(tr("Star minimum not met: {detail}", detail=f) for f in failed)
        total = sum(v for v in choices.values() if v)
        band = BAND_MINIMUM.get(target_stars, 0)
        if total < band:
            blockers.append(tr("The self-assessed total is {total} points; {stars}★ needs at least {band}.",
                               total=total, stars=target_stars, band=band))
    for item in items:
        _check_item(item, today, max_age_months)
        if item.evidence_key == "food_safety_certificate" and product_food_safety_expiry \
                and product_food_safety_expiry < today and "expired" not in item.flags:
            item.flags.append("expired")
            item.messages.append(tr("{where}{label}: expired on {date}", where=f"{item.criterion} – " if item.criterion else "",
                                    label=item.label, date=format_date(product_food_safety_expiry)))
        for flag, message in zip(item.flags, item.messages):
            (warnings if flag == "no_date" else blockers).append(message)
    done = sum(1 for i in items if i.ok)
    completeness = (done * 100) // len(items) if items else 0
    return Checklist(items=items, completeness=completeness, blockers=blockers, warnings=warnings, failed_minimums=failed)
