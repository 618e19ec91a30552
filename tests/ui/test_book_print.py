"""Printing a book: HTML with the TT 71 header and signature lines, rendered to a real PDF."""

import datetime as dt
import shutil
import subprocess

import pytest

from ocop_desktop.ui.book_print import PrintedBook, book_html, render_pdf
from ocop_desktop.ui.models.book_table import BookColumn

COLUMNS = [BookColumn("date", "Date", "date"), BookColumn("no", "Voucher no."),
           BookColumn("desc", "Description", "text", 300), BookColumn("amount", "Amount", "money")]


def _book(n=3):
    rows = [{"date": "2025-03-05", "no": f"PT-2025-{i:04d}", "desc": "Bán 200 hũ sắn muối chua cho WinMart",
             "amount": 1_250_000} for i in range(1, n + 1)]
    return PrintedBook("Sổ quỹ tiền mặt", COLUMNS, rows, cooperative="HTX Liên Gia Trang",
                       address="Phú Thọ", lines=["Từ ngày 01/03/2025 đến ngày 31/03/2025"],
                       totals=[{"desc": "Cộng", "amount": 1_250_000 * n}], opened=dt.date(2025, 1, 1))


def test_html_has_header_rows_totals_and_signatures():
    text = book_html(_book(), pages=2, today=dt.date(2025, 3, 31))
    # Circular 71/2024 books: name, period, opening date, page count, three signature lines
    for needle in ("SỔ QUỸ TIỀN MẶT", "HTX Liên Gia Trang", "Từ ngày 01/03/2025", "05/03/2025", "PT-2025-0003",
                   "1.250.000", "3.750.000", "01/01/2025", "02", "Ngày 31 tháng 03 năm 2025",
                   "Người ghi sổ", "Kế toán trưởng", "Người đại diện theo pháp luật"):
        assert needle in text, needle
    assert "<thead>" in text  # header row repeated on every printed page


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdf_renders_every_row_and_counts_its_pages(qapp, tmp_path):
    path = tmp_path / "book.pdf"
    pages = render_pdf(_book(120), path, today=dt.date(2025, 3, 31))
    assert pages >= 2
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("PT-2025-0") == 120
    assert "PT-2025-0120" in text and "150.000.000" in text  # 120 × 1.250.000
    assert f"Sổ này có {pages:02d} trang" in text
    assert f"Trang {pages}/{pages}" in text
    assert "Người đại diện theo pháp luật" in text
