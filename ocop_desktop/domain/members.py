"""Member register rules (Law on Cooperatives 17/2023/QH15).

Shapes: a member is a :class:`Member`; money in integer đồng; dates ``datetime.date``.
Sources: Art. 4 cl. 7 (≥ 5 official members), Art. 15 (register contents), Art. 30–33
(member types, leaving), Art. 74–75 (capital caps: one official member ≤ 30 % of charter
capital; capital-contributing associates together ≤ 30 %; certificate once fully paid).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from fractions import Fraction

from ocop_desktop.domain.identity import check_personal_id, normalize_phone
from ocop_desktop.domain.text import nfc
from ocop_desktop.domain.formats import format_count
from ocop_desktop.i18n import tr

__all__ = [
    "MEMBER_TYPES", "SEXES", "ASSET_TYPES", "Member", "Contribution", "validate_member",
    "capital_cap_problems", "CAP_OFFICIAL", "CAP_ASSOCIATES", "MIN_OFFICIAL_MEMBERS",
    "member_type_label", "member_type_short", "sex_label", "asset_type_label", "paid_percent",
]

#: Art. 74 cl. 1 (Law 17/2023/QH15): one official member's share of charter capital.
CAP_OFFICIAL = Fraction(30, 100)
#: Art. 74 cl. 1: all capital-contributing associate members together.
CAP_ASSOCIATES = Fraction(30, 100)
#: Art. 4 cl. 7: a cooperative has at least 5 official members.
MIN_OFFICIAL_MEMBERS = 5

MEMBER_TYPES = ("official", "associate_capital", "associate_no_capital")
SEXES = ("M", "F")
ASSET_TYPES = ("cash", "gold", "land_use_right", "other_asset")


def member_type_label(code: str) -> str:
    """UI label of a member type code."""
    return {
        "official": tr("Official member"),
        "associate_capital": tr("Associate member with capital"),
        "associate_no_capital": tr("Associate member without capital"),
    }.get(code, code)


def member_type_short(code: str) -> str:
    """Short UI label of a member type, for narrow table columns."""
    return {
        "official": tr("Official"),
        "associate_capital": tr("Associate, capital"),
        "associate_no_capital": tr("Associate, no capital"),
    }.get(code, code)


def sex_label(code: str | None) -> str:
    """UI label of ``"M"``/``"F"``."""
    return {"M": tr("Male"), "F": tr("Female")}.get(code or "", "")


def asset_type_label(code: str) -> str:
    """UI label of a contributed asset type."""
    return {
        "cash": tr("Cash (VND)"),
        "gold": tr("Gold"),
        "land_use_right": tr("Land-use right"),
        "other_asset": tr("Other asset"),
    }.get(code, code)


@dataclass
class Contribution:
    """One capital contribution: *amount* is the value in đồng of what was contributed."""

    date: dt.date
    amount: int
    asset_type: str = "cash"
    quantity: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class Member:
    """One entry of the member register (Art. 15). ``capital_committed`` in đồng."""

    full_name: str
    member_type: str = "official"
    kind: str = "individual"
    sex: str | None = None
    birth_date: dt.date | None = None
    id_number: str = ""
    phone: str = ""
    address: str = ""
    nationality: str = "Việt Nam"
    join_date: dt.date | None = None
    capital_committed: int = 0
    certificate_no: str = ""
    certificate_date: dt.date | None = None
    status: str = "active"
    left_date: dt.date | None = None
    left_reason: str = ""
    notes: str = ""
    contributions: list[Contribution] = field(default_factory=list)
    id: int | None = None

    @property
    def capital_paid(self) -> int:
        """Sum of contributions, đồng."""
        return sum(c.amount for c in self.contributions)


def paid_percent(paid: int, committed: int) -> Fraction | None:
    """Share of the committed capital actually paid, as an exact fraction of 100
    (``Fraction(50)`` for half); ``None`` when nothing was committed."""
    if committed <= 0:
        return None
    return Fraction(paid * 100, committed)


def validate_member(m: Member, today: dt.date | None = None) -> tuple[Member, list[tuple[str, str]], list[tuple[str, str]]]:
    """Check and normalise one member on its own (no other members involved).

    Returns ``(normalised member, errors, warnings)``; errors and warnings are
    ``(field, message)`` pairs, field being a :class:`Member` attribute name. Normalising:
    names and text to NFC, ID number and phone to their canonical digits.
    """
    today = today or dt.date.today()
    errors: list[tuple[str, str]] = []
    warnings: list[tuple[str, str]] = []
    m = replace(m, full_name=nfc(m.full_name), address=nfc(m.address), nationality=nfc(m.nationality) or "Việt Nam",
                notes=(m.notes or "").strip(), left_reason=nfc(m.left_reason))
    if not m.full_name:
        errors.append(("full_name", tr("Full name is required")))
    if m.member_type not in MEMBER_TYPES:
        errors.append(("member_type", tr("Unknown member type: {value}", value=m.member_type)))
    if m.kind == "individual" and m.sex not in SEXES:
        errors.append(("sex", tr("Sex is required for an individual member")))
    if m.birth_date and m.birth_date > today:
        errors.append(("birth_date", tr("Date of birth {value} is in the future", value=m.birth_date.strftime("%d/%m/%Y"))))
    if m.kind == "individual" and m.birth_date and m.birth_date <= today:
        ref = m.join_date or today
        age = ref.year - m.birth_date.year - ((ref.month, ref.day) < (m.birth_date.month, m.birth_date.day))
        if age < 15:
            errors.append(("birth_date", tr("A member must be at least 15 years old (Law 17/2023 Art. 30)")))
        elif age < 18 and m.member_type != "associate_no_capital":
            errors.append(("member_type", tr("A member aged 15–17 can only be an associate member without capital (Law 17/2023 Art. 30)")))
    if m.join_date and m.join_date > today:
        errors.append(("join_date", tr("Join date {value} is in the future", value=m.join_date.strftime("%d/%m/%Y"))))
    if m.kind == "individual":
        check = check_personal_id(m.id_number, m.birth_date, m.sex)
        m = replace(m, id_number=check.value)
        errors += [("id_number", e) for e in check.errors]
        warnings += [("id_number", w) for w in check.warnings]
        if check.restored:
            warnings.append(("id_number", tr("Leading zero restored in ID number {value}", value=check.value)))
    phone, phone_error, restored = normalize_phone(m.phone)
    m = replace(m, phone=phone)
    if phone_error:
        errors.append(("phone", phone_error))
    elif restored:
        warnings.append(("phone", tr("Leading zero restored in phone number {value}", value=phone)))
    if m.capital_committed < 0:
        errors.append(("capital_committed", tr("Committed capital cannot be negative")))
    if m.member_type == "associate_no_capital" and (m.capital_committed or m.capital_paid):
        errors.append(("capital_committed", tr("An associate member without capital cannot contribute capital")))
    if m.member_type in ("official", "associate_capital") and m.capital_committed <= 0:
        errors.append(("capital_committed", tr("An official or capital-contributing member must commit capital")))
    if m.capital_committed >= 0 and m.capital_paid > m.capital_committed:
        errors.append(("contributions", tr("Capital paid ({paid}) exceeds capital committed ({committed})",
                                           paid=format_count(m.capital_paid),
                                           committed=format_count(m.capital_committed))))
    for c in m.contributions:
        if c.amount <= 0:
            errors.append(("contributions", tr("A contribution must be a positive amount")))
        if c.asset_type not in ASSET_TYPES:
            errors.append(("contributions", tr("Unknown asset type: {value}", value=c.asset_type)))
        if c.date > today:
            errors.append(("contributions", tr("Contribution date {value} is in the future", value=c.date.strftime("%d/%m/%Y"))))
        elif m.join_date and c.date < m.join_date:
            errors.append(("contributions", tr("Contribution date {value} is before the join date {join}",
                                               value=c.date.strftime("%d/%m/%Y"), join=m.join_date.strftime("%d/%m/%Y"))))
    if m.status == "left" and not m.left_date:
        errors.append(("left_date", tr("Give the date the member left")))
    if m.status not in ("active", "left"):
        errors.append(("status", tr("Unknown status: {value}", value=m.status)))
    return m, errors, warnings


def capital_cap_problems(charter_capital: int, holdings: list[tuple[str, str, int]]) -> list[tuple[int, str]]:
    """Check the capital caps of Law 17/2023/QH15 Art. 74 cl. 1.

    *charter_capital*: the cooperative's charter capital in đồng; when 0 (not yet set) the
    total committed capital of *holdings* stands for it, and the caps are then applied only
    once the register holds the legal minimum of 5 official members (Art. 4 cl. 7): before
    that, percentages of a partial register mean nothing (the caller warns about the
    minimum instead).
    *holdings*: ``(member_type, full_name, capital_committed)`` of every active member.

    Returns ``(index into holdings or -1 for the associates' total, message)`` pairs. Exactly
    30 % is allowed; anything above is not. Computed with exact fractions, never floats.
    """
    basis = charter_capital or sum(c for _, _, c in holdings)
    problems: list[tuple[int, str]] = []
    if not charter_capital and sum(1 for t, _, _ in holdings if t == "official") < MIN_OFFICIAL_MEMBERS:
        return problems
    if basis <= 0:
        return problems
    for i, (mtype, name, committed) in enumerate(holdings):
        if mtype == "official" and Fraction(committed, basis) > CAP_OFFICIAL:
            problems.append((i, tr(
                "{name} would hold {pct} of the charter capital ({amount}): one official member may hold at most 30%, that is {limit} (Law 17/2023 Art. 74)",
                name=name, pct=_pct(committed, basis), amount=_money(committed), limit=_money(basis * 30 // 100))))
    associates = sum(c for t, _, c in holdings if t == "associate_capital")
    if Fraction(associates, basis) > CAP_ASSOCIATES:
        problems.append((-1, tr(
            "Associate members together would hold {pct} of the charter capital ({amount}): at most 30% is allowed, that is {limit} (Law 17/2023 Art. 74)",
            pct=_pct(associates, basis), amount=_money(associates), limit=_money(basis * 30 // 100))))
    return problems


def _money(amount: int) -> str:
    from ocop_desktop.domain.formats import format_money
    return format_money(amount)


def _pct(part: int, whole: int) -> str:
    from ocop_desktop.domain.formats import format_percent
    return format_percent(part, whole)
