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


def gen_vouchers(store, mod, count, rng, args) -> int:
    """*count* vouchers over the ten years before the generator's today, about evenly per
    day, each checked by ``domain.income.vouchers.validate_voucher`` and written by
    ``store.vouchers.write_voucher`` inside ``store.atomic()`` in batches (``audit=False``:
    the audit trail would double the file for no read figure; numbering, lines and the
    balance triggers run as for a typed voucher). Mix: sales to outside buyers (cash and
    bank, product and channel), sales of services to members, purchases from members,
    wages, electricity, purchases from suppliers, and a cash deposit whenever cash passes
    50 million đồng, so the cash book stays positive. Year-end closing each 31 December
    through ``store.books_year_end.post_year_end_closing`` when present."""
    import datetime as dt
    import sys
    import time

    from benchmarks.generate import TODAY
    from ocop_desktop.domain.income.vouchers import Voucher, validate_voucher
    from ocop_desktop.store.errors import ValidationError
    try:
        from ocop_desktop.store.books_year_end import post_year_end_closing
    except ImportError:
        post_year_end_closing = None
    codes = mod.account_codes(store)
    members = [r[0] for r in store.db.execute(
        "SELECT id FROM members WHERE status = 'active' ORDER BY id LIMIT 5000")]
    products = [r["name"] for r in store.query("SELECT name FROM products ORDER BY id LIMIT 50")] or ["Chè búp khô"]
    with store.atomic():
        customers = [mod.save_party(store, mod.Party("customer", f"{n} {i}")) for i, n in enumerate(
            ["Siêu thị Co.opmart", "Cửa hàng nông sản sạch", "Chợ Việt Trì", "Sàn thương mại điện tử", "Đại lý Thanh Ba"] * 4)]
        suppliers = [mod.save_party(store, mod.Party("supplier", f"{n} {i}")) for i, n in enumerate(
            ["Công ty Điện lực Phú Thọ", "Công ty Bao bì Hùng Vương", "Đại lý phân bón Lâm Thao"] * 3)]
    first = dt.date(TODAY.year - 9, 1, 1)
    days = (TODAY - first).days + 1
    per_day = count / days
    written, cash, started = 0, 0, time.perf_counter()
    batch = []

    def save(v):
        nonlocal cash
        problems = validate_voucher(v, codes)
        if problems:
            raise ValidationError(problems)
        v.source = "import"
        mod.write_voucher(store, v, user="benchmark", audit=False)
        if v.vtype == "cash_receipt":
            cash += v.amount
        elif v.vtype == "cash_payment":
            cash -= v.amount

    carry = 0.0
    for n in range(days):
        day = first + dt.timedelta(days=n)
        carry += per_day
        today_count = int(carry)
        carry -= today_count
        if written + today_count > count:
            today_count = count - written
        todays = []
        for _ in range(today_count):
            r = rng.random()
            amount = rng.randrange(1, 400) * 10_000
            if r < 0.30:
                name = rng.choice(products)
                qty = rng.randrange(1, 50)
                bank = rng.random() < 0.3
                todays.append(Voucher("bank_receipt" if bank else "cash_receipt", day, amount, "sale_external",
                                      f"Bán {qty} đơn vị {name}", party_id=rng.choice(customers), internal=False,
                                      product=name, quantity=qty, unit="hộp",
                                      channel=rng.choice(["supermarket", "ecommerce"]) if bank else "shop_market"))
            elif r < 0.45:
                todays.append(Voucher("cash_receipt", day, amount, "sale_member", "Cung ứng vật tư cho thành viên",
                                      member_id=rng.choice(members), internal=True, product="Phân bón"))
            elif r < 0.75:
                todays.append(Voucher("cash_payment", day, amount // 2, "purchase_member", "Mua nguyên liệu của thành viên",
                                      member_id=rng.choice(members), internal=True, product=rng.choice(products),
                                      quantity=rng.randrange(1, 100), unit="kg"))
            elif r < 0.85:
                todays.append(Voucher("cash_payment", day, amount // 4, "wages", "Trả tiền công chế biến",
                                      member_id=rng.choice(members), internal=True))
            elif r < 0.93:
                todays.append(Voucher("cash_payment", day, amount // 8, "management_expense", "Tiền điện, văn phòng phẩm",
                                      party_id=rng.choice(suppliers), internal=False))
            else:
                todays.append(Voucher("bank_payment", day, amount, "purchase_external", "Mua bao bì, nhãn",
                                      party_id=rng.choice(suppliers), internal=False, product="Bao bì",
                                      quantity=rng.randrange(10, 500), unit="cái"))
        batch.extend(todays)
        if len(batch) >= 5000 or n == days - 1 or (day.month == 12 and day.day == 31):
            with store.atomic():
                for v in batch:
                    if v.vtype == "cash_payment" and v.amount > cash:
                        save(Voucher("cash_receipt", v.date, -(-(v.amount - cash + 5_000_000) // 1_000_000) * 1_000_000,
                                     "cash_from_bank", "Rút tiền gửi ngân hàng về nhập quỹ", internal=False))
                        written += 1
                    save(v)
                    written += 1
                    if cash > 50_000_000:
                        save(Voucher("cash_payment", v.date, cash - 20_000_000, "cash_to_bank",
                                     "Nộp tiền mặt vào ngân hàng", internal=False))
                        written += 1
            batch = []
            print(f"  vouchers {written:,}/{count:,}  {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        if day.month == 12 and day.day == 31 and post_year_end_closing is not None and day < TODAY:
            post_year_end_closing(store, day.year, user="benchmark")
        if written >= count:
            break
    return written


def gen_dossiers(store, mod, count, rng, args) -> int:
    """*count* dossiers through ``store.dossiers.save_dossier`` for the products, with
    ``args.attachments_mb`` MB of evidence in all through
    ``store.dossier_attachments.add_attachment`` (each file distinct random bytes behind a
    PDF or JPEG header, so none is stored twice): the first dossier gets 50 MB (ten 5 MB
    files, for the dossier export figure), the rest share the remainder."""
    import datetime as dt
    import importlib

    from benchmarks.generate import TODAY
    from ocop_desktop.domain.dossier import Dossier
    att = importlib.import_module("ocop_desktop.store.dossier_attachments")
    products = [r[0] for r in store.db.execute("SELECT id FROM products ORDER BY id")]
    if not products:
        return 0
    store.set_setting(att.MAX_FILE_SETTING, "20")
    total = args.attachments_mb * 1024 * 1024
    big = min(50 * 1024 * 1024, total)
    rest_each = (total - big) // max(1, count - 1)
    keys = ["trademark", "food_safety", "test_report", "product_photo", "label", "story"]
    for i in range(count):
        pid = products[i % len(products)]
        did = mod.save_dossier(store, Dossier(product_id=pid, year=TODAY.year - (i % 5), target_stars=3,
                                              round="Đợt 1", receiving_body="UBND xã Tiên Lương"))
        sizes = [5 * 1024 * 1024] * 10 if i == 0 else [rest_each // 3, rest_each // 3, rest_each - 2 * (rest_each // 3)]
        for j, size in enumerate(sizes):
            if size <= 16:
                continue
            pdf = (i + j) % 2 == 0
            head = b"%PDF-1.4\n" if pdf else b"\xff\xd8\xff\xe0"
            tail = b"\n%%EOF\n" if pdf else b""  # a whole PDF ends so (the app refuses a cut-off one)
            data = head + rng.randbytes(size - len(head) - len(tail)) + tail
            att.add_attachment(store, did, keys[j % len(keys)], f"minh-chung-{i + 1}-{j + 1}.{'pdf' if pdf else 'jpg'}",
                               data, doc_date=TODAY - dt.timedelta(days=rng.randrange(30, 700)))
    return count


def _never(_mod) -> bool:
    return False


def _none(*_a):
    raise NotImplementedError


PARTS: list[Part] = [
    Part("products", "OCOP products (and certificates)", "ocop_desktop.store.products",
         _has("write_product", "write_certificate"), gen_products),
    Part("assessments", "OCOP self-assessments", "ocop_desktop.store.assessments", _has("save_assessment"), gen_assessments),
    Part("dossiers", "dossiers with attachments", "ocop_desktop.store.dossiers", _has("save_dossier"), gen_dossiers),
    Part("vouchers", "vouchers (ten years)", "ocop_desktop.store.vouchers", _has("write_voucher", "save_party"), gen_vouchers),
]
