"""Self-assessments of a product against its OCOP scoring form, and prefilled answers.

A thin adapter over the forms and scoring engine (:mod:`ocop_desktop.domain.ocop`): an
:class:`Assessment` holds the choices (``{criterion code: points of the chosen option}``, the
engine's input shape), an evidence note per criterion, the knock-outs flagged, and which
answers were prefilled from what the app already knows.

Prefill (issue 3 item 6; Decision 148/QĐ-TTg Annex III, group A3 "Sức mạnh cộng đồng"):

- A3a "Loại hình tổ chức sản xuất - kinh doanh": a cooperative (or union of cooperatives)
  takes the option naming "HTX"; a cooperative group (tổ hợp tác) the option naming "tổ hợp
  tác". The organisation type is the setting ``organisation_type`` (default ``cooperative``:
  the app keeps a cooperative's books, Law 17/2023/QH15).
- A3b "Đại diện pháp luật … là nữ/đồng bào dân tộc thiểu số": the best option when the
  profile's legal representative is a woman or from an ethnic minority
  (``rep_woman_or_minority``), else the 0-point option.

Options are found by their official wording, not by position, so the rule holds in every form
that has these criteria; a form without them gets no prefill.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ocop_desktop.domain.ocop.forms import Criterion, Form
from ocop_desktop.domain.text import fold, nfc
from ocop_desktop.i18n import N_, tr

__all__ = [
    "ORG_TYPES", "Assessment", "prefill", "org_type_label", "validate_assessment",
    "PREFILL_SOURCES",
]

#: Organisation types the prefill knows (setting ``organisation_type``).
ORG_TYPES = ("cooperative", "cooperative_union", "cooperative_group")
_ORG_LABELS = {
    "cooperative": N_("Cooperative"), "cooperative_union": N_("Union of cooperatives"),
    "cooperative_group": N_("Cooperative group"),
}
#: Where each prefilled answer comes from (criterion code → English text for :func:`tr`).
PREFILL_SOURCES = {
    "A3a": N_("Prefilled from the organisation type (cooperative)"),
    "A3b": N_("Prefilled from the legal representative in the cooperative profile"),
}


def org_type_label(code: str) -> str:
    """UI label of an organisation type."""
    return tr(_ORG_LABELS[code]) if code in _ORG_LABELS else code


@dataclass
class Assessment:
    """One assessment of product *product_id* against form *form_code* on *date* by
    *assessor*. ``choices``: ``{code: points}``; ``evidence_notes``: ``{code: text}``;
    ``knockouts``: flagged knock-out keys; ``prefilled``: codes whose answer was prefilled and
    not changed since; ``kind``: ``"self"`` or ``"council"``."""

    product_id: int | None
    form_code: str
    date: dt.date
    assessor: str = ""
    kind: str = "self"
    choices: dict[str, int] = field(default_factory=dict)
    evidence_notes: dict[str, str] = field(default_factory=dict)
    knockouts: list[str] = field(default_factory=list)
    prefilled: list[str] = field(default_factory=list)
    note: str = ""
    id: int | None = None


def _find(form: Form, code: str, title_word: str) -> Criterion | None:
    try:
        crit = form.criterion(code)
    except KeyError:
        return None
    return crit if crit.scored and title_word in fold(crit.title) else None


def prefill(form: Form, organisation_type: str = "cooperative", rep_woman_or_minority: bool | None = None) -> dict[str, int]:
    """Answers the app can give for *form*: ``{code: points}`` (see the module rules).

    *rep_woman_or_minority* None (no profile) leaves A3b unanswered."""
    out: dict[str, int] = {}
    a3a = _find(form, "A3a", "loai hinh")
    if a3a is not None:
        needle = "to hop tac" if organisation_type == "cooperative_group" else "htx"
        for option in a3a.options:
            text = fold(option.text)
            if (needle == "htx" and (text.startswith("htx") or text.startswith("hop tac xa"))) or \
                    (needle == "to hop tac" and needle in text):
                out["A3a"] = option.points
                break
    a3b = _find(form, "A3b", "dai dien phap luat")
    if a3b is not None and rep_woman_or_minority is not None and a3b.options:
        points = [o.points for o in a3b.options]
        out["A3b"] = max(points) if rep_woman_or_minority else min(points)
    return out


def validate_assessment(a: Assessment, today: dt.date | None = None) -> tuple[Assessment, list[tuple[str, str]]]:
    """Normalise and check the record around the choices (the choices themselves are checked
    by :func:`ocop_desktop.domain.ocop.scoring.check_choices`). Rules: a product, a date not in
    the future, an assessor's name, kind self/council."""
    today = today or dt.date.today()
    errors: list[tuple[str, str]] = []
    a.assessor = nfc(a.assessor)
    a.note = (a.note or "").strip()
    a.evidence_notes = {k: v.strip() for k, v in a.evidence_notes.items() if v and v.strip()}
    a.prefilled = sorted(c for c in set(a.prefilled) if c in a.choices)
    if a.product_id is None:
        errors.append(("product_id", tr("Choose the product being assessed")))
    if a.date is None:
        errors.append(("date", tr("The assessment date is required")))
    elif a.date > today:
        errors.append(("date", tr("The assessment date is in the future")))
    if not a.assessor:
        errors.append(("assessor", tr("Enter who made the assessment")))
    if a.kind not in ("self", "council"):
        errors.append(("kind", tr("Unknown kind of assessment")))
    return a, errors
