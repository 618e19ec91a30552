"""OCOP products of the cooperative: what a director records about each product.

Shapes: a product is a :class:`Product` with its :class:`SalesChannel` contracts; money in
integer đồng; dates ``datetime.date``. The sub-group is the number of the scoring form in
Decision 148/QĐ-TTg Annex III ("01"…"26"; OCOP.md "Product groups").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ocop_desktop.domain.text import nfc
from ocop_desktop.i18n import N_, tr

__all__ = [
    "SUB_GROUPS", "GROUPS", "CHANNELS", "Product", "SalesChannel", "validate_product",
    "sub_group_label", "channel_label", "group_of",
]

#: Product groups of Decision 148/QĐ-TTg (6 groups), official Vietnamese names.
GROUPS = {
    "food": "Thực phẩm", "drink": "Đồ uống", "herbal": "Dược liệu và sản phẩm từ dược liệu",
    "craft": "Thủ công mỹ nghệ", "ornamental": "Sinh vật cảnh", "tourism": "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
}

#: form code → (group key, official Vietnamese sub-group name); Decision 148/QĐ-TTg Annex III.
SUB_GROUPS: dict[str, tuple[str, str]] = {
    "01": ("food", "Rau, củ, quả, hạt tươi"),
    "02": ("food", "Thịt, thủy sản, trứng, sữa tươi"),
    "03": ("food", "Gạo, ngũ cốc, hạt sơ chế khác"),
    "04": ("food", "Mật ong, mật khác và nông sản thực phẩm khác"),
    "05": ("food", "Đồ ăn nhanh"),
    "06": ("food", "Chế biến từ gạo, ngũ cốc"),
    "07": ("food", "Chế biến từ rau, củ, quả, hạt"),
    "08": ("food", "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong"),
    "09": ("food", "Tương, nước mắm, gia vị dạng lỏng khác"),
    "10": ("food", "Gia vị khác (muối, hành, tỏi, tiêu…)"),
    "11": ("food", "Chè tươi, chè chế biến"),
    "12": ("food", "Trà từ thực vật khác"),
    "13": ("food", "Cà phê, ca cao"),
    "14": ("drink", "Rượu trắng"),
    "15": ("drink", "Đồ uống có cồn khác"),
    "16": ("drink", "Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai"),
    "17": ("drink", "Đồ uống không cồn khác"),
    "18": ("herbal", "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền"),
    "19": ("herbal", "Mỹ phẩm có thành phần từ thảo dược"),
    "20": ("herbal", "Tinh dầu và thảo dược khác"),
    "21": ("craft", "Thủ công mỹ nghệ gia dụng, trang trí"),
    "22": ("craft", "Vải, may mặc"),
    "23": ("ornamental", "Hoa"),
    "24": ("ornamental", "Cây cảnh"),
    "25": ("ornamental", "Động vật cảnh"),
    "26": ("tourism", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"),
}

#: Distribution channels that OCOP criterion B4a asks about (OCOP.md "Registration and dossier").
CHANNELS = ("supermarket", "ecommerce", "shop_market", "export")
_CHANNEL_LABELS = {
    "supermarket": N_("Supermarket chain"),
    "ecommerce": N_("E-commerce"),
    "shop_market": N_("Shop / market"),
    "export": N_("Export"),
}


def sub_group_label(code: str | None) -> str:
    """``"07"`` → ``"07 · Chế biến từ rau, củ, quả, hạt"`` ("" for an unknown code)."""
    if code not in SUB_GROUPS:
        return code or ""
    return f"{code} · {SUB_GROUPS[code][1]}"


def group_of(code: str) -> str:
    """Official name of the product group of sub-group *code*."""
    return GROUPS[SUB_GROUPS[code][0]]


def channel_label(code: str) -> str:
    """UI label of a sales channel code."""
    return tr(_CHANNEL_LABELS[code]) if code in _CHANNEL_LABELS else code


@dataclass
class SalesChannel:
    """One distribution contract: *channel* (one of :data:`CHANNELS`), *partner* (chain,
    platform, shop or buyer), *contract_start* (the date the contract started; B4a counts
    contracts running ≥ 6 months)."""

    channel: str
    partner: str = ""
    contract_start: dt.date | None = None
    note: str = ""
    id: int | None = None


@dataclass
class Product:
    """A product of the cooperative. ``price`` in đồng per unit (None = not set);
    ``form_code`` is the OCOP sub-group ("01"…"26")."""

    name: str
    form_code: str
    unit: str = ""
    packaging: str = ""
    price: int | None = None
    description: str = ""
    story: str = ""
    raw_material_origin: str = ""
    trademark_no: str = ""
    trademark_date: dt.date | None = None
    self_declaration_no: str = ""
    self_declaration_date: dt.date | None = None
    food_safety_no: str = ""
    food_safety_date: dt.date | None = None
    food_safety_expiry: dt.date | None = None
    notes: str = ""
    channels: list[SalesChannel] = field(default_factory=list)
    id: int | None = None


_TEXT_FIELDS = ("name", "unit", "packaging", "raw_material_origin", "trademark_no",
                "self_declaration_no", "food_safety_no")


def validate_product(p: Product, today: dt.date | None = None) -> tuple[Product, list[tuple[str, str]]]:
    """Normalise (NFC, trimmed) and check a product.

    Returns ``(product, [(field, message)])``; an empty list means it may be saved. Rules: a
    name; a sub-group among the 26 forms; price ≥ 0 đồng; document dates not in the future;
    food-safety expiry after its issue date; channels of a known kind with a partner name and
    a contract start not in the future.
    """
    today = today or dt.date.today()
    errors: list[tuple[str, str]] = []
    p = replace(p, **{k: nfc(getattr(p, k)) for k in _TEXT_FIELDS},
                description=(p.description or "").strip(), story=(p.story or "").strip(),
                notes=(p.notes or "").strip())
    if not p.name:
        errors.append(("name", tr("The product name is required")))
    if p.form_code not in SUB_GROUPS:
        errors.append(("form_code", tr("Choose the product sub-group (one of the 26 scoring forms)")))
    if p.price is not None and p.price < 0:
        errors.append(("price", tr("The price cannot be negative")))
    for key, label in (("trademark_date", tr("Trademark certificate date")),
                       ("self_declaration_date", tr("Self-declaration date")),
                       ("food_safety_date", tr("Food-safety certificate date"))):
        value = getattr(p, key)
        if value and value > today:
            errors.append((key, tr("{field} is in the future", field=label)))
    if p.food_safety_date and p.food_safety_expiry and p.food_safety_expiry <= p.food_safety_date:
        errors.append(("food_safety_expiry", tr("The food-safety certificate expires before it was issued")))
    channels = []
    for n, ch in enumerate(p.channels, start=1):
        ch = replace(ch, partner=nfc(ch.partner), note=(ch.note or "").strip())
        if ch.channel not in CHANNELS:
            errors.append(("channels", tr("Sales channel {n}: unknown kind {value}", n=n, value=ch.channel)))
        if not ch.partner:
            errors.append(("channels", tr("Sales channel {n}: the partner's name is required", n=n)))
        if ch.contract_start and ch.contract_start > today:
            errors.append(("channels", tr("Sales channel {n}: the contract start is in the future", n=n)))
        channels.append(ch)
    return replace(p, channels=channels), errors
