"""OCOP certificates: validity, expiry and status.

Sources (OCOP.md "Certificates", "Who evaluates"): a certificate is valid 36 months from its
issue date (Decision 148/QĐ-TTg Annex II); the provincial People's Committee issues 3★ and 4★,
the Ministry 5★ (central council); before 01/07/2025 a district People's Committee issued 3★
(Decision 1048/QĐ-TTg and the original Decision 148; districts were abolished on 01/07/2025).
A certificate not re-evaluated in time is revoked; a re-evaluation can re-rate it.

Status rules (computed, never stored except the two end states):
``revoked``/``rerated`` when recorded; else ``expired`` when today is after the expiry date
(the certificate is valid through its expiry date); else ``expiring`` when the expiry date is
within the warning window (a setting, default 6 months); else ``valid``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from ocop_desktop.domain.text import nfc
from ocop_desktop.i18n import N_, tr

__all__ = [
    "VALID_MONTHS", "DEFAULT_WARNING_MONTHS", "DISTRICTS_ABOLISHED", "STATUSES", "AUTHORITY_LEVELS",
    "Certificate", "add_months", "expiry_date", "certificate_status", "validate_certificate",
    "status_label", "authority_label", "ATTENTION_STATUSES",
]

#: Validity of an OCOP certificate, months (Decision 148/QĐ-TTg Annex II).
VALID_MONTHS = 36
#: Default warning window before expiry, months (setting ``certificate_warning_months``).
DEFAULT_WARNING_MONTHS = 6
#: Two-tier local government in force (Decision 1489/QĐ-TTg): no district authority after this.
DISTRICTS_ABOLISHED = dt.date(2025, 7, 1)

STATUSES = ("valid", "expiring", "expired", "revoked", "rerated")
#: Statuses the "needs attention" list shows.
ATTENTION_STATUSES = ("expiring", "expired")
AUTHORITY_LEVELS = ("province", "ministry", "district")

_STATUS_LABELS = {
    "none": N_("Not certified"), "valid": N_("Valid"), "expiring": N_("Expiring soon"),
    "expired": N_("Expired"), "revoked": N_("Revoked"), "rerated": N_("Re-rated"),
}
_AUTHORITY_LABELS = {
    "province": N_("Provincial People's Committee"),
    "ministry": N_("Ministry of Agriculture and Environment"),
    "district": N_("District People's Committee (before 01/07/2025)"),
}


def status_label(code: str | None) -> str:
    """UI label of a certificate status (``None`` → "Not certified")."""
    return tr(_STATUS_LABELS.get(code or "none", code or ""))


def authority_label(code: str) -> str:
    """UI label of an issuing-authority level."""
    return tr(_AUTHORITY_LABELS[code]) if code in _AUTHORITY_LABELS else code


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by *months* calendar months (negative allowed); the day is clipped to the
    month's length (31/01 + 1 month → 28/02 or 29/02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_date(issue: dt.date) -> dt.date:
    """Expiry of a certificate issued on *issue*: issue + 36 months."""
    return add_months(issue, VALID_MONTHS)


@dataclass
class Certificate:
    """One OCOP certificate of a product. ``stars`` 3–5; ``authority_level`` one of
    :data:`AUTHORITY_LEVELS`; ``ended`` None, ``"revoked"`` or ``"rerated"`` with
    ``ended_date``. ``expiry`` is computed by :func:`expiry_date`."""

    product_id: int | None
    stars: int
    issue_date: dt.date
    certificate_no: str = ""
    decision_no: str = ""
    authority_level: str = "province"
    authority_name: str = ""
    ended: str | None = None
    ended_date: dt.date | None = None
    ended_note: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def expiry(self) -> dt.date:
        return expiry_date(self.issue_date)


def certificate_status(issue: dt.date, ended: str | None, today: dt.date,
                       warning_months: int = DEFAULT_WARNING_MONTHS) -> str:
    """Status of a certificate issued on *issue* as of *today* (see the module rules).

    ``warning_months``: the "expiring" window before expiry, months (≥ 0)."""
    if ended in ("revoked", "rerated"):
        return ended
    expiry = expiry_date(issue)
    if today > expiry:
        return "expired"
    if expiry <= add_months(today, warning_months):
        return "expiring"
    return "valid"


def validate_certificate(c: Certificate, today: dt.date | None = None) -> tuple[Certificate, list[tuple[str, str]]]:
    """Normalise and check a certificate. Returns ``(certificate, [(field, message)])``.

    Rules: stars 3–5 (only 3★ and above are certified); an issue date not in the future;
    5★ only from the Ministry and the Ministry only for 5★; a district authority only for
    3★ issued before 01/07/2025; an end state needs its date, not before the issue date.
    """
    today = today or dt.date.today()
    errors: list[tuple[str, str]] = []
    c = replace(c, certificate_no=nfc(c.certificate_no), decision_no=nfc(c.decision_no),
                authority_name=nfc(c.authority_name), ended_note=(c.ended_note or "").strip(),
                notes=(c.notes or "").strip())
    if c.stars not in (3, 4, 5):
        errors.append(("stars", tr("An OCOP certificate is for 3, 4 or 5 stars")))
    if c.issue_date is None:
        errors.append(("issue_date", tr("The issue date is required")))
    elif c.issue_date > today:
        errors.append(("issue_date", tr("The issue date is in the future")))
    if c.authority_level not in AUTHORITY_LEVELS:
        errors.append(("authority_level", tr("Unknown issuing authority")))
    elif c.stars == 5 and c.authority_level != "ministry":
        errors.append(("authority_level", tr("5-star certificates are issued by the Ministry")))
    elif c.authority_level == "ministry" and c.stars != 5:
        errors.append(("authority_level", tr("The Ministry issues only 5-star certificates; 3 and 4 stars are issued by the province")))
    elif c.authority_level == "district":
        if c.stars != 3:
            errors.append(("authority_level", tr("A district issued only 3-star certificates")))
        if c.issue_date and c.issue_date >= DISTRICTS_ABOLISHED:
            errors.append(("authority_level", tr("Districts were abolished on 01/07/2025; a later certificate is issued by the province")))
    if c.ended not in (None, "revoked", "rerated"):
        errors.append(("ended", tr("Unknown certificate status")))
    elif c.ended:
        if c.ended_date is None:
            errors.append(("ended_date", tr("Give the date of the revocation or re-rating")))
        elif c.issue_date and c.ended_date < c.issue_date:
            errors.append(("ended_date", tr("The revocation or re-rating date is before the issue date")))
    return c, errors
