"""The cooperative's profile (Law 17/2023/QH15 Art. 15: name, code, head office).

Addresses follow the two-tier structure in force since 01/07/2025: province and
commune/ward, no district (vietnam-provinces data).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ocop_desktop.domain.identity import check_tax_code, normalize_phone
from ocop_desktop.domain.text import nfc
from ocop_desktop.i18n import tr

__all__ = ["Cooperative", "validate_cooperative", "provinces", "wards", "address_text"]


@dataclass
class Cooperative:
    """Profile of the cooperative. ``charter_capital`` in đồng (0 = not set);
    ``rep_woman_or_minority`` is the yes/no that OCOP criterion A3b uses."""

    name: str
    tax_code: str = ""
    province_code: int | None = None
    ward_code: int | None = None
    address_detail: str = ""
    rep_name: str = ""
    rep_position: str = ""
    rep_sex: str | None = None
    rep_woman_or_minority: bool = False
    phone: str = ""
    email: str = ""
    founding_date: dt.date | None = None
    charter_capital: int = 0


@lru_cache(maxsize=1)
def provinces() -> list[tuple[int, str]]:
    """``[(code, name)]`` of the 34 provinces and cities after 01/07/2025, sorted by name."""
    from vietnam_provinces import Province
    from ocop_desktop.domain.text import vn_sort_key
    items = [(int(p.code), p.name) for p in Province.iter_all()]
    return sorted(items, key=lambda it: vn_sort_key(_without_prefix(it[1])))


@lru_cache(maxsize=64)
def wards(province_code: int) -> list[tuple[int, str]]:
    """``[(code, name)]`` of the communes and wards of a province, sorted by name."""
    from vietnam_provinces import Province, ProvinceCode, Ward
    from ocop_desktop.domain.text import vn_sort_key
    try:
        pcode = ProvinceCode(province_code)
    except ValueError:
        return []
    items = [(int(w.code), w.name) for w in Ward.iter_by_province(pcode)]
    del Province
    return sorted(items, key=lambda it: vn_sort_key(_without_prefix(it[1])))


_PREFIXES = ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn ")


def _without_prefix(name: str) -> str:
    """"Thành phố Hà Nội" → "Hà Nội", "Xã Cẩm Khê" → "Cẩm Khê": sort by the proper name."""
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def address_text(coop: Cooperative) -> str:
    """Full head-office address on one line: detail, commune/ward, province."""
    parts = [coop.address_detail]
    if coop.province_code:
        ward = dict(wards(coop.province_code)).get(coop.ward_code or -1)
        parts += [ward or "", dict(provinces()).get(coop.province_code, "")]
    return ", ".join(p for p in parts if p)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_cooperative(c: Cooperative, today: dt.date | None = None) -> tuple[Cooperative, list[tuple[str, str]]]:
    """Normalise and check a profile. Returns ``(profile, [(field, message)])``."""
    today = today or dt.date.today()
    errors: list[tuple[str, str]] = []
    c = replace(c, name=nfc(c.name), rep_name=nfc(c.rep_name), rep_position=nfc(c.rep_position),
                address_detail=nfc(c.address_detail), email=(c.email or "").strip())
    if not c.name:
        errors.append(("name", tr("The cooperative's name is required")))
    code, err = check_tax_code(c.tax_code)
    c = replace(c, tax_code=code)
    if err:
        errors.append(("tax_code", err))
    phone, err, _ = normalize_phone(c.phone)
    c = replace(c, phone=phone)
    if err:
        errors.append(("phone", err))
    if c.email and not _EMAIL.match(c.email):
        errors.append(("email", tr("Not an e-mail address: {value}", value=c.email)))
    if c.ward_code and c.province_code and c.ward_code not in dict(wards(c.province_code)):
        errors.append(("ward_code", tr("This commune/ward is not in the chosen province")))
    if c.founding_date and c.founding_date > today:
        errors.append(("founding_date", tr("Founding date is in the future")))
    if c.charter_capital < 0:
        errors.append(("charter_capital", tr("Charter capital cannot be negative")))
    if c.rep_sex not in (None, "M", "F"):
        errors.append(("rep_sex", tr("Unknown sex: {value}", value=c.rep_sex)))
    return c, errors
