"""The two documents of an OCOP dossier as plain data (no Qt, no SQL).

- :class:`RegistrationForm`: the registration form (phiếu đăng ký) of Decision 148/QĐ-TTg
  Annex II (fields per ``shared/domain/OCOP.md`` "Registration and dossier": unit name,
  legal representative and position, address, phone, email, product name, product group,
  registration type, attached documents, samples, signed commitment).
- :class:`AssessmentReport`: the self-assessment report (báo cáo tự đánh giá) against the
  scoring form of Annex III: every criterion with the chosen option's wording and points,
  part totals, total and stars, and the evidence references.

The exporters in ``ocop_desktop/exports/dossier_pdf.py`` and ``dossier_docx.py`` render these.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from ocop_desktop import i18n
from ocop_desktop.i18n import N_

__all__ = ["RegistrationForm", "ReportCriterion", "ReportPart", "AssessmentReport",
           "REGISTRATION_TYPES", "DEFAULT_COMMITMENT", "vietnamese"]

#: Registration types (Decision 148 Annex II): key → English label (translated at display).
REGISTRATION_TYPES = {
    "first": N_("First evaluation"),
    "upgrade": N_("Upgrade"),
    "reevaluation": N_("Re-evaluation"),
}

DEFAULT_COMMITMENT = N_(
    "We commit that the information in this registration form and the attached dossier is true, "
    "and we will take full responsibility before the law for its content.")


@contextlib.contextmanager
def vietnamese() -> Iterator[None]:
    """Render documents in Vietnamese whatever the UI language, then restore it."""
    before = i18n.language()
    i18n.set_language("vi")
    try:
        yield
    finally:
        i18n.set_language(before)


@dataclass
class RegistrationForm:
    """Registration form fields as text (editable by the user before export).
    ``samples`` is a count of product samples; ``date`` the signing date."""

    unit_name: str = ""
    representative: str = ""
    position: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    tax_code: str = ""
    product_name: str = ""
    product_group: str = ""
    registration_type: str = "first"
    target_stars: int = 3
    receiving_body: str = ""
    attached_documents: list[str] = field(default_factory=list)
    samples: int = 0
    commitment: str = ""
    place: str = ""
    date: dt.date | None = None

    def to_dict(self) -> dict:
        """JSON-ready dict (date ISO)."""
        from dataclasses import asdict
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out

    @classmethod
    def from_dict(cls, data: dict) -> RegistrationForm:
        """Inverse of :meth:`to_dict`; unknown keys are ignored."""
        names = set(cls.__dataclass_fields__)
        kw = {k: v for k, v in data.items() if k in names}
        if kw.get("date"):
            kw["date"] = dt.date.fromisoformat(kw["date"])
        kw["attached_documents"] = list(kw.get("attached_documents") or [])
        return cls(**kw)


@dataclass
class ReportCriterion:
    """One criterion line: *code* (e.g. ``"C8b"``), *title*, chosen *option* wording
    (empty when not chosen), *points* earned and *max_points*, *evidence* file references
    (paths inside the dossier ZIP or names), *note* (e.g. a failed star minimum),
    *evidence_note* (what the assessor wrote about the evidence of this criterion)."""

    code: str
    title: str
    option: str
    points: float
    max_points: float
    evidence: list[str] = field(default_factory=list)
    note: str = ""
    evidence_note: str = ""

    def evidence_lines(self) -> list[str]:
        """The evidence cell: the files (or "(no evidence)"), then the assessor's note."""
        lines = list(self.evidence) or [i18n.tr("(no evidence)")]
        if self.evidence_note:
            lines.append(i18n.tr("Note: {note}", note=self.evidence_note))
        return lines


@dataclass
class ReportPart:
    """A part of the form (A, B, C): *letter*, *title*, points earned and the part maximum."""

    letter: str
    title: str
    points: float
    max_points: float
    criteria: list[ReportCriterion] = field(default_factory=list)


@dataclass
class AssessmentReport:
    """The self-assessment report: form code/title, parts, total (points of 100), stars
    (0–5) and plain notes (star minimums that failed, knock-out notes)."""

    form_code: str
    form_title: str
    parts: list[ReportPart]
    total: float
    stars: int
    notes: list[str] = field(default_factory=list)
    assessed_on: dt.date | None = None
