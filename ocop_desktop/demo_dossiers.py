"""Demo data for dossiers (issue 4 item 8): a re-evaluation dossier for the demo's pickled
cassava, target 4★, with some evidence attached (small generated PDFs and images) and some
deliberately missing or out of date, so the checklist shows every kind of flag.

Uses the product and self-assessment of the products demo when they exist; otherwise creates
them (the same name, form 07) so this step also works on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
import zlib

from ocop_desktop.domain.dossier import Dossier, item_key
from ocop_desktop.domain.formats import iso
from ocop_desktop.domain.text import fold, vn_sort_key
from ocop_desktop.store.db import Store
from ocop_desktop.store.dossier_attachments import add_attachment
from ocop_desktop.store.dossiers import save_dossier

__all__ = ["PRODUCT_NAME", "DEMO_CHOICES", "add_dossier_demo", "demo_pdf", "demo_png"]

PRODUCT_NAME = "Sắn muối chua Liên Gia Trang"
#: A self-assessment of form 07 (Decision 148 Annex III) meeting every 4★ minimum:
#: A 33 + B 19 + C 21 = 73 points → 4★ band (70 to < 90).
DEMO_CHOICES = {
    "A1a": 5, "A1b": 2, "A1c": 2, "A1d": 2, "A1đ": 1, "A1e": 0, "A2a": 4, "A2b": 2, "A2c": 3, "A3a": 3,
    "A3b": 1, "A3c": 3, "A3d": 2, "A3đ": 1, "A3e": 2,
    "B4a": 5, "B4b": 3, "B4c": 2, "B5a": 3, "B5b": 5, "B5c": 1,
    "C6a": 2, "C6b": 1, "C6c": 2, "C6d": 2, "C6đ": 3, "C7": 3, "C8a": 2, "C8b": 2, "C9": 3, "C10": 1, "C11": 0,
}


def demo_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with *title* and *lines* (a stand-in for a scanned paper)."""
    from fpdf import FPDF
    from ocop_desktop.exports.dossier_pdf import FONT_DIR
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 9, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "(Tài liệu mẫu do OCOP Desktop tạo cho dữ liệu trình diễn)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_creation_date(dt.datetime(2026, 11, 29, tzinfo=dt.timezone.utc))
    return bytes(pdf.output())


def demo_png(width: int = 240, height: int = 160, colour: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    """A small PNG: a coloured label-like picture with a white band (written with zlib, no
    imaging library)."""
    rows = []
    for y in range(height):
        band = height // 3 <= y < 2 * height // 3
        row = bytearray([0])
        for x in range(width):
            border = x < 6 or x >= width - 6 or y < 6 or y >= height - 6
            px = (60, 60, 60) if border else ((250, 250, 240) if band else colour)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _product(store: Store) -> int:
    pid = store.scalar("SELECT id FROM products WHERE name_folded = ? ORDER BY id LIMIT 1", [fold(PRODUCT_NAME)])
    if pid:
        return pid
    with store.atomic() as db:
        return db.execute(
            "INSERT INTO products (name, name_folded, sort_key, form_code, unit, food_safety_no, food_safety_date, "
            "food_safety_expiry) VALUES (?, ?, ?, '07', 'hũ', '125/2022/ATTP-CNĐK', '2022-04-12', '2025-04-12')",
            [PRODUCT_NAME, fold(PRODUCT_NAME), vn_sort_key(PRODUCT_NAME)]).lastrowid


def _assessment(store: Store, product_id: int, today: dt.date) -> int:
    aid = store.scalar("SELECT id FROM assessments WHERE product_id = ? AND kind = 'self' ORDER BY date DESC, id DESC LIMIT 1",
                       [product_id])
    if aid:
        return aid
    from ocop_desktop.domain.ocop.forms import load_form
    from ocop_desktop.domain.ocop.scoring import score
    result = score(load_form("07"), DEMO_CHOICES)
    with store.atomic() as db:
        return db.execute(
            "INSERT INTO assessments (product_id, form_code, date, assessor, kind, choices, total, part_a, part_b, part_c, stars) "
            "VALUES (?, '07', ?, 'Nguyễn Thị Hằng', 'self', ?, ?, ?, ?, ?, ?)",
            [product_id, iso(today - dt.timedelta(days=20)), json.dumps(DEMO_CHOICES, ensure_ascii=False), result.total,
             result.parts["A"], result.parts["B"], result.parts["C"], result.stars or 0]).lastrowid


def add_dossier_demo(store: Store) -> None:
    """Add the demo dossier (see the module docstring)."""
    from ocop_desktop.demo import DEMO_TODAY
    pid = _product(store)
    aid = _assessment(store, pid, DEMO_TODAY)
    did = save_dossier(store, Dossier(product_id=pid, year=2026, registration_type="reevaluation", target_stars=4,
                                      round="Đợt 2", receiving_body="UBND xã Cẩm Khê", assessment_id=aid, samples=5))
    coop = "Hợp tác xã sản xuất và chế biến nông sản Liên Gia Trang"
    pdfs = [
        (item_key(None, "business_registration"), "Giấy chứng nhận đăng ký HTX.pdf",
         "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ", [f"Tên hợp tác xã: {coop}", "Mã số hợp tác xã: 2601234503",
                                               "Đăng ký lần đầu: 10/09/2019"], dt.date(2019, 9, 10), None),
        (item_key("A1d", "linkage_contracts"), "Hợp đồng liên kết vùng nguyên liệu sắn.pdf",
         "HỢP ĐỒNG LIÊN KẾT SẢN XUẤT", ["Bên A: " + coop, "Bên B: Các hộ trồng sắn xã Cẩm Khê (12 ha)",
                                        "Thời hạn: 01/01/2024 – 31/12/2028"], dt.date(2024, 1, 1), None),
        (item_key("A3e", "trademark_certificate"), "Giấy chứng nhận nhãn hiệu.pdf",
         "GIẤY CHỨNG NHẬN ĐĂNG KÝ NHÃN HIỆU", ["Số: 4-0412345-000", "Nhãn hiệu: Sắn muối chua Liên Gia Trang",
                                               "Ngày cấp: 18/06/2021"], dt.date(2021, 6, 18), dt.date(2031, 6, 18)),
        (item_key("B5a", "product_story"), "Câu chuyện sản phẩm sắn muối chua.pdf",
         "CÂU CHUYỆN SẢN PHẨM", ["Món sắn muối chua là món ăn quen thuộc của người dân vùng trung du Cẩm Khê.",
                                 "Các chị em trong hợp tác xã giữ cách muối truyền thống."], dt.date(2025, 3, 1), None),
        (item_key("B4a", "distribution_contracts"), "Hợp đồng phân phối Co.opmart.pdf",
         "HỢP ĐỒNG MUA BÁN HÀNG HÓA", ["Bên mua: Co.opmart Việt Trì", "Bên bán: " + coop,
                                       "Hiệu lực từ 01/03/2023"], dt.date(2023, 3, 1), None),
        # older than 12 months on 29/11/2026: the checklist flags it
        (item_key("C8b", "periodic_test_report"), "Phiếu kết quả kiểm nghiệm 06-2025.pdf",
         "PHIẾU KẾT QUẢ KIỂM NGHIỆM", ["Mẫu: Sắn muối chua", "Chỉ tiêu vi sinh, kim loại nặng: đạt",
                                       "Ngày trả kết quả: 10/06/2025"], dt.date(2025, 6, 10), None),
        # expired on 12/04/2025: flagged
        (item_key("C9", "food_safety_certificate"), "Giấy chứng nhận cơ sở đủ điều kiện ATTP.pdf",
         "GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM", ["Số: 125/2022/ATTP-CNĐK",
                                                                  "Có hiệu lực đến: 12/04/2025"], dt.date(2022, 4, 12), dt.date(2025, 4, 12)),
    ]
    for key, name, title, lines, date, expiry in pdfs:
        add_attachment(store, did, key, name, demo_pdf(title, lines), doc_date=date, expiry_date=expiry)
    add_attachment(store, did, item_key("A2c", "label_images"), "Nhãn hũ sắn mặt trước.png", demo_png(),
                   doc_date=dt.date(2024, 5, 2))
    add_attachment(store, did, item_key("A2b", "packaging_samples"), "Bao bì hũ thủy tinh.png",
                   demo_png(colour=(60, 130, 80)), doc_date=dt.date(2024, 5, 2))
