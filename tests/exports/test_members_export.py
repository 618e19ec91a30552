"""Member register export (issue 2 item 7; issue 6 item 7): printable XLSX and CSV with BOM,
personal ID numbers and phones only on request, and both read back by the importer."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from ocop_desktop.exports import members as ex
from ocop_desktop.imports import members as im
from ocop_desktop.store import members as ms
from ocop_desktop.store.db import create_store
from ocop_desktop.store.errors import ReadOnlyError, StoreError

TODAY = dt.date(2026, 11, 29)


def _cells(ws):
    return [c.value for row in ws.iter_rows() for c in row if c.value is not None]


def test_xlsx_layout_and_print_setup(demo_store, tmp_path):
    path = tmp_path / "so.xlsx"
    n = ex.export_members(demo_store, path, include_personal=False, today=TODAY)
    active = ms.member_summary(demo_store)["total"]
    left = demo_store.scalar("SELECT COUNT(*) FROM members WHERE status = 'left'")
    assert n == active + left == 15  # demo: 14 active + 1 who left
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws["A1"].value == "HỢP TÁC XÃ SẢN XUẤT VÀ CHẾ BIẾN NÔNG SẢN LIÊN GIA TRANG"
    assert ws["A2"].value.startswith("Mã số thuế") or ws["A2"].value.startswith("Mã số")
    assert "Phú Thọ" in ws["A3"].value
    assert ws["A5"].value == "SỔ ĐĂNG KÝ THÀNH VIÊN"
    assert "29/11/2026" in ws["A6"].value
    headers = [c.value for c in ws[8]]
    assert headers[:4] == ["STT", "Họ và tên", "Giới tính", "Ngày sinh"]
    assert "Số CCCD" not in headers and "Số điện thoại" not in headers
    # money and date formats, real values
    col = {h: i + 1 for i, h in enumerate(headers)}
    first = 9
    assert ws.cell(first, col["Ngày sinh"]).number_format == "dd/mm/yyyy"
    assert isinstance(ws.cell(first, col["Ngày sinh"]).value, dt.datetime)
    money = ws.cell(first, col["Vốn góp cam kết (đồng)"])
    assert money.number_format == "#,##0" and isinstance(money.value, int)
    total_row = first + n
    assert ws.cell(total_row, 2).value == "Tổng cộng"
    assert ws.cell(total_row, col["Vốn góp cam kết (đồng)"]).value == f"=SUM(K{first}:K{total_row - 1 - left})".replace(
        "K", openpyxl.utils.get_column_letter(col["Vốn góp cam kết (đồng)"]))
    cached = openpyxl.load_workbook(path, data_only=True).active
    committed_col = col["Vốn góp cam kết (đồng)"]
    assert cached.cell(total_row, committed_col).value == ms.member_summary(demo_store)["committed"] == 150_000_000
    # print set-up: A4 landscape, header row repeated, one page wide
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$8:$8"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0  # 1 page wide (width 1 is the default)
    assert ws.column_dimensions["B"].width > 20
    # no personal data anywhere (issue 6 item 7)
    text = " ".join(str(v) for v in _cells(ws))
    assert not re.search(r"\b0\d{8,11}\b", text)


def test_personal_columns_only_when_asked(demo_store, tmp_path):
    ex.export_members(demo_store, tmp_path / "a.xlsx", include_personal=True, today=TODAY)
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    headers = [c.value for c in ws[8]]
    assert "Số CCCD" in headers and "Số điện thoại" in headers
    duc = next(m for m in map(lambda i: ms.get_member(demo_store, i), ms.member_ids(demo_store, "Nguyễn Văn Đức")))
    values = _cells(ws)
    assert duc.id_number in values and duc.phone in values  # kept as text: the leading zero stays
    ex.export_members(demo_store, tmp_path / "b.csv", include_personal=False)
    text = (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    assert duc.id_number not in text and duc.phone not in text


def test_csv_has_bom_and_reads_back(demo_store, tmp_path):
    path = tmp_path / "so.csv"
    ex.export_members(demo_store, path, include_personal=True)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").splitlines()[0].startswith("STT,Họ và tên,Giới tính,Ngày sinh,Số CCCD")
    assert "14/03/1968" in raw.decode("utf-8-sig")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_through_the_importer(demo_store, tmp_path, suffix):
    """Export with personal data, import into an empty file: the same register (one
    contribution per member, dated the join date)."""
    path = tmp_path / f"so{suffix}"
    ex.export_members(demo_store, path, include_personal=True, today=TODAY)
    target = create_store(tmp_path / "copy.ocop")
    try:
        _, report, ids = im.import_file(target, path, today=TODAY)
        assert report.problems == [] and len(ids) == 15
        assert ms.member_summary(target) == ms.member_summary(demo_store)

        def key(store):
            return sorted((m.full_name, m.kind, m.sex, m.birth_date, m.id_number, m.phone, m.member_type, m.join_date,
                           m.capital_committed, m.capital_paid, m.status, m.left_date)
                          for m in (ms.get_member(store, r["id"]) for r in store.query("SELECT id FROM members")))
        assert key(target) == key(demo_store)
    finally:
        target.close()


def test_unwritable_target_and_bad_suffix(demo_store, tmp_path):
    with pytest.raises(StoreError):
        ex.export_members(demo_store, tmp_path / "so.pdf")
    with pytest.raises(ReadOnlyError):
        ex.export_members(demo_store, tmp_path / "no-such-folder" / "so.xlsx")
    assert list(tmp_path.iterdir()) == [tmp_path / "demo.ocop"] or all(
        not p.name.startswith(".~") for p in tmp_path.iterdir())
