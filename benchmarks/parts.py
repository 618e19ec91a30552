"""Optional generator parts that need other branches' store code (issue 7).

Each :class:`Part` names the store module it writes through; ``available(module)`` checks
the functions it needs exist. Parts whose module is missing are reported as gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass
class Part:
    arg: str            # generator option holding the wanted count
    label: str
    module: str
    available: Callable
    generate: Callable  # (store, module, count, rng, args) -> count written


def _has(*names):
    return lambda mod: all(hasattr(mod, n) for n in names)


PRODUCT_WORDS = {
    "01": ["Bưởi Đoan Hùng", "Cam Cao Phong", "Chuối tiêu hồng", "Na dai"],
    "03": ["Gạo nếp cái hoa vàng", "Gạo Bao thai", "Lạc đỏ"],
    "04": ["Mật ong rừng", "Mật ong hoa nhãn"],
    "06": ["Bánh chưng", "Bánh tai", "Bún khô", "Mỳ gạo"],
    "07": ["Măng chua", "Sắn muối chua", "Tương ớt", "Mứt gừng"],
    "08": ["Cá thính", "Chả cá Sông Lô", "Thịt chua Thanh Sơn", "Giò lụa"],
    "11": ["Chè Long Cốc", "Chè búp khô", "Trà xanh Phú Hộ"],
    "12": ["Trà hoa vàng", "Trà túi lọc cà gai leo"],
    "14": ["Rượu men lá", "Rượu nếp cẩm"],
    "19": ["Dầu gội bồ kết", "Xà phòng thảo dược"],
    "21": ["Mây tre đan", "Nón lá", "Chổi chít"],
}


def gen_products(store, mod, count, rng, args) -> int:
    """*count* products through ``store.products.write_product`` (each checked by
    ``validate_product``), ~60 % with a certificate through ``save_certificate``."""
    import datetime as dt

    from benchmarks.generate import TODAY
    from ocop_desktop.domain.certificates import Certificate, validate_certificate
    from ocop_desktop.domain.products import Product, SalesChannel, validate_product
    from ocop_desktop.store.errors import ValidationError
    codes = sorted(PRODUCT_WORDS)
    with store.atomic():
        for i in range(count):
            code = rng.choice(codes)
            name = f"{rng.choice(PRODUCT_WORDS[code])} {rng.choice(['Phú Thọ', 'Đất Tổ', 'Hùng Vương', 'Sông Lô', 'Thanh Sơn'])} {i + 1}"
            channels = [SalesChannel(rng.choice(("supermarket", "ecommerce", "shop_market")), "Đối tác",
                                     TODAY - dt.timedelta(days=rng.randrange(30, 1500)))
                        for _ in range(rng.randrange(0, 3))]
            product, errors = validate_product(Product(
                name=name, form_code=code, unit=rng.choice(["kg", "hộp", "chai", "túi"]),
                price=rng.randrange(20, 500) * 1_000, description="Sản phẩm đặc sản của hợp tác xã",
                raw_material_origin="Vùng nguyên liệu tại xã", channels=channels), TODAY)
            if errors:
                raise ValidationError(errors)
            pid = mod.write_product(store, product)
            if rng.random() < 0.6:
                cert, errors = validate_certificate(Certificate(
                    product_id=pid, stars=rng.choice((3, 3, 3, 4)),
                    issue_date=TODAY - dt.timedelta(days=rng.randrange(30, 1800)),
                    certificate_no=f"{i + 1}/GCN-OCOP", authority_name="UBND tỉnh Phú Thọ"), TODAY)
                if errors:
                    raise ValidationError(errors)
                mod.write_certificate(store, cert)
    return count


def gen_assessments(store, mod, count, rng, args) -> int:
    """*count* self-assessments spread over the products, each scored and saved by
    ``store.assessments.save_assessment`` (random option per scored criterion)."""
    import datetime as dt

    from benchmarks.generate import TODAY
    from ocop_desktop.domain.assessments import Assessment
    from ocop_desktop.domain.ocop.forms import load_form
    products = store.query("SELECT id, form_code FROM products ORDER BY id")
    if not products:
        return 0
    forms = {}
    with store.atomic():
        for i in range(count):
            p = products[i % len(products)]
            form = forms.get(p["form_code"]) or forms.setdefault(p["form_code"], load_form(p["form_code"]))
            choices = {c.code: rng.choice(c.options).points for c in form.criteria() if c.options}
            mod.save_assessment(store, Assessment(
                product_id=p["id"], form_code=p["form_code"], date=TODAY - dt.timedelta(days=rng.randrange(0, 3650)),
                assessor=rng.choice(["Nguyễn Thị Hường", "Trần Văn Bình", "Hội đồng xã"]), choices=choices), TODAY)
    return count


def _never(_mod) -> bool:
    return False


def _none(*_a):
    raise NotImplementedError


PARTS: list[Part] = [
    Part("products", "OCOP products (and certificates)", "ocop_desktop.store.products",
         _has("write_product", "write_certificate"), gen_products),
    Part("assessments", "OCOP self-assessments", "ocop_desktop.store.assessments", _has("save_assessment"), gen_assessments),
    Part("dossiers", "500 dossiers with attachments", "ocop_desktop.store.dossiers", _never, _none),
    Part("vouchers", "vouchers (ten years)", "ocop_desktop.store.vouchers", _never, _none),
]
