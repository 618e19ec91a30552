"""The member register's XLSX with streamed rows (issue 7: 105,000 members in ≤ 8 s) and
the progress/cancel callback of both exports.

The streamed rows must be exactly what XlsxWriter writes (the reference path sends every
row through XlsxWriter), and read back in openpyxl as the values worked out by hand below.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st

from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.exports import members as ex
from ocop_desktop.store import members as ms

TODAY = dt.date(2026, 11, 29)

#: every Vietnamese vowel with every tone, and the letters with marks of their own
VIETNAMESE = ("ăâêôơưđ ĂÂÊÔƠƯĐ àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ "
              "ùúủũụ ừứửữự ỳýỷỹỵ ÀÁẢÃẠ ỲÝỶỸỴ")
#: a name with the XML specials and a control character XML 1.0 forbids (vertical tab)
ODD_NAME = 'Tổ "A & B" <Hạ> \x0bđội'


def _add(store, members: list[Member]) -> None:
    """Write members as they are (``write_member`` stores without the register checks, so
    the odd name with a control character gets in as an imported file could bring it)."""
    with store.atomic():
        for m in members:
            ms.write_member(store, m, insert=True)


def _sample(store) -> None:
    _add(store, [
        Member(full_name="Đặng Thị Ánh", sex="F", birth_date=dt.date(1968, 3, 14), id_number="001168012345",
               phone="0912345678", address="Thôn Hạ, xã Tiên Lữ, tỉnh Phú Thọ — " + VIETNAMESE,
               join_date=dt.date(2020, 3, 15), capital_committed=20_000_000,
               contributions=[Contribution(dt.date(2020, 3, 15), 15_000_000)]),
        Member(full_name=ODD_NAME, kind="organisation", member_type="associate_capital",
               join_date=dt.date(2021, 1, 4), capital_committed=3_000_000, address="  lề trái",
               contributions=[Contribution(dt.date(2021, 1, 4), 1_000_000)]),
        Member(full_name="Bùi Văn Út", sex="M", birth_date=dt.date(1955, 12, 1), member_type="associate_no_capital",
               id_number="_x0041_ 0", join_date=dt.date(2019, 6, 1)),
        Member(full_name="Lê Văn Cường", sex="M", birth_date=dt.date(1970, 1, 2), join_date=dt.date(2015, 5, 5),
               capital_committed=10_000_000, contributions=[Contribution(dt.date(2015, 5, 5), 10_000_000)],
               status="left", left_date=dt.date(2024, 7, 1), left_reason="chuyển đi"),
    ])


def _sheet_xml(path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize("chunk", [2, 500])
def test_streamed_rows_are_the_xml_xlsxwriter_writes(store, tmp_path, monkeypatch, chunk):
    """The fast path and the all-XlsxWriter path give the same sheet, byte for byte, and
    the same styles (chunk 2: the rows cross many read/write chunks)."""
    _sample(store)
    _add(store, [Member(full_name=f"Nguyễn Văn Thành {i}", sex="M", birth_date=dt.date(1980, 1, 1 + i),
                        join_date=dt.date(2022, 2, 2), capital_committed=i * 1_000_000) for i in range(7)])
    monkeypatch.setattr(ex, "_CHUNK", chunk)
    fast, reference = tmp_path / "fast.xlsx", tmp_path / "ref.xlsx"
    for personal in (True, False):
        assert ex.export_xlsx(store, fast, include_personal=personal, today=TODAY) == 11
        assert ex._export_xlsx(store, reference, personal, TODAY, None, stream=False) == 11
        assert _sheet_xml(fast) == _sheet_xml(reference)
        with zipfile.ZipFile(fast) as a, zipfile.ZipFile(reference) as b:
            assert a.namelist() == b.namelist()
            assert a.read("xl/styles.xml") == b.read("xl/styles.xml")
            assert a.testzip() is None


def test_values_types_and_formats_read_back_by_openpyxl(store, tmp_path):
    _sample(store)
    path = tmp_path / "so.xlsx"
    assert ex.export_xlsx(store, path, include_personal=True, today=TODAY) == 4
    ws = openpyxl.load_workbook(path).active
    headers = [c.value for c in ws[8]]
    assert headers == ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số điện thoại", "Địa chỉ liên hệ",
                       "Quốc tịch", "Loại thành viên", "Ngày vào HTX", "Vốn góp cam kết (đồng)", "Vốn đã góp (đồng)",
                       "Tỷ lệ đã góp", "Trạng thái"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=9, max_row=12)]
    # active members in Vietnamese order of the given name (Ánh, "đội" of the organisation,
    # Út: a < đ < u), then the one who left; paid share 15/20 = 75 %, 1/3 = 33 %. openpyxl
    # gives the _xHHHH_ escapes as written in the file (Excel decodes them: the vertical tab
    # and the literal "_x0041_" come back as typed).
    assert rows == [
        [1, "Đặng Thị Ánh", "Nữ", dt.datetime(1968, 3, 14), "001168012345", "0912345678",
         "Thôn Hạ, xã Tiên Lữ, tỉnh Phú Thọ — " + VIETNAMESE, "Việt Nam", "Thành viên chính thức",
         dt.datetime(2020, 3, 15), 20_000_000, 15_000_000, "75%", "Đang là thành viên"],
        [2, 'Tổ "A & B" <Hạ> _x000B_đội', "", None, "", "", "  lề trái", "Việt Nam", "Thành viên liên kết góp vốn",
         dt.datetime(2021, 1, 4), 3_000_000, 1_000_000, "33%", "Đang là thành viên"],
        [3, "Bùi Văn Út", "Nam", dt.datetime(1955, 12, 1), "_x005F_x0041_ 0", "", "", "Việt Nam",
         "Thành viên liên kết không góp vốn", dt.datetime(2019, 6, 1), 0, 0, "", "Đang là thành viên"],
        [4, "Lê Văn Cường", "Nam", dt.datetime(1970, 1, 2), "", "", "", "Việt Nam", "Thành viên chính thức",
         dt.datetime(2015, 5, 5), 10_000_000, 10_000_000, "100%", "Đã ra khỏi HTX ngày 01/07/2024"],
    ]
    first = list(ws.iter_rows(min_row=9, max_row=9))[0]
    assert [c.data_type for c in first] == ["n", "s", "s", "d", "s", "s", "s", "s", "s", "d", "n", "n", "s", "s"]
    assert first[3].number_format == first[9].number_format == "dd/mm/yyyy"
    assert first[10].number_format == first[11].number_format == "#,##0"
    odd = list(ws.iter_rows(min_row=10, max_row=10))[0]
    assert odd[3].value is None and odd[3].number_format == "dd/mm/yyyy"  # blank date keeps its format
    for cell in odd:
        assert cell.font.name == "Times New Roman" and cell.font.sz == 11 and cell.border.left.style == "thin"
    assert odd[6].alignment.wrap_text and odd[13].alignment.wrap_text and not odd[1].alignment.wrap_text
    assert odd[0].alignment.horizontal == "center" and odd[12].alignment.horizontal == "right"
    # totals: active members only (rows 9–11), 20 + 0 + 3 million committed, 15 + 0 + 1 paid
    assert ws["B13"].value == "Tổng cộng" and ws["K13"].value == "=SUM(K9:K11)" and ws["L13"].value == "=SUM(L9:L11)"
    cached = openpyxl.load_workbook(path, data_only=True).active
    assert cached["K13"].value == 23_000_000 and cached["L13"].value == 16_000_000
    assert ws.max_row == 18 and ws.max_column == 14
    assert ws.freeze_panes == "C9"


def test_raw_escapes_in_the_sheet(store, tmp_path):
    """XlsxWriter's escapes, read in the file itself: ``& < >`` as entities, the vertical
    tab as ``_x000B_``, a literal ``_x0041_`` guarded as ``_x005F_x0041_``, leading spaces
    kept with ``xml:space``, numbers as numbers."""
    _sample(store)
    path = tmp_path / "so.xlsx"
    ex.export_xlsx(store, path, include_personal=True, today=TODAY)
    xml = _sheet_xml(path).decode("utf-8")
    assert '<t>Tổ "A &amp; B" &lt;Hạ&gt; _x000B_đội</t>' in xml
    assert "<t>_x005F_x0041_ 0</t>" in xml
    assert '<t xml:space="preserve">  lề trái</t>' in xml
    assert re.search(r'<c r="K10" s="\d+"><v>3000000</v></c>', xml)
    assert re.search(r'<c r="D9" s="\d+"><v>24911</v></c>', xml)  # 14/03/1968 is Excel day 24911
    assert '<dimension ref="A1:N18"/>' in xml


def test_excel_serial_days():
    """Excel's day numbers (1900 system, with its phantom 29/02/1900): 01/01/1900 is 1,
    28/02/1900 is 59, 01/03/1900 is 61, 01/01/2000 is 36526."""
    assert ex._excel_serial(dt.date(1900, 1, 1)) == 1
    assert ex._excel_serial(dt.date(1900, 2, 28)) == 59
    assert ex._excel_serial(dt.date(1900, 3, 1)) == 61
    assert ex._excel_serial(dt.date(2000, 1, 1)) == 36526


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_progress_reaches_the_total(store, tmp_path, monkeypatch, suffix):
    _add(store, [Member(full_name=f"Trần Văn Nam {i}", join_date=dt.date(2022, 1, 1)) for i in range(7)])
    monkeypatch.setattr(ex, "_CHUNK", 3)
    calls = []
    n = ex.export_members(store, tmp_path / f"so{suffix}", today=TODAY, progress=lambda d, t: calls.append((d, t)))
    assert n == 7
    assert calls[0] == (0, 7) and calls[-1] == (7, 7)
    assert all(t == 7 for _, t in calls) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert (3, 7) in calls and (6, 7) in calls


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("stop_at", [0, 3, 7])
def test_cancel_leaves_no_file(store, tmp_path, monkeypatch, suffix, stop_at):
    """Cancelled at the start, in the middle or at the very end: ExportCancelled, an
    existing file of that name is left as it was, no temporary file stays."""
    _add(store, [Member(full_name=f"Trần Văn Nam {i}", join_date=dt.date(2022, 1, 1)) for i in range(7)])
    monkeypatch.setattr(ex, "_CHUNK", 3)
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"so{suffix}"
    target.write_bytes(b"old")
    with pytest.raises(ex.ExportCancelled):
        ex.export_members(store, target, today=TODAY, progress=lambda d, t: d < stop_at)
    assert list(out.iterdir()) == [target] and target.read_bytes() == b"old"
    target.unlink()
    with pytest.raises(ex.ExportCancelled):
        ex.export_members(store, target, today=TODAY, progress=lambda d, t: d < stop_at)
    assert list(out.iterdir()) == []


def test_empty_and_single_member_registers(store, tmp_path):
    assert ex.export_xlsx(store, tmp_path / "none.xlsx", today=TODAY) == 0
    ws = openpyxl.load_workbook(tmp_path / "none.xlsx").active
    assert ws["B9"].value == "Tổng cộng" and ws["I9"].value == 0
    _add(store, [Member(full_name="Hà Thị Lan", sex="F", join_date=dt.date(2022, 1, 1), capital_committed=5_000_000)])
    assert ex.export_xlsx(store, tmp_path / "one.xlsx", today=TODAY) == 1
    ws = openpyxl.load_workbook(tmp_path / "one.xlsx").active
    assert [ws["A9"].value, ws["B9"].value, ws["I9"].value] == [1, "Hà Thị Lan", 5_000_000]
    assert ws["B10"].value == "Tổng cộng" and ws["I10"].value == "=SUM(I9:I9)"


_TRICKY = st.sampled_from(list("aăđẶ _x0B1Ff&<>\"'\t\n\r\x0b\x00\x1f\x7f\u00a0\u2028\ufffe\uffff") + ["_x000B_", "_x005F_"])


@settings(max_examples=300)
@given(st.lists(st.one_of(_TRICKY, st.characters(blacklist_categories=("Cs",))), max_size=30).map("".join))
def test_string_cells_match_xlsxwriter_for_any_text(text):
    """Any text (XML specials, every control character, _xHHHH_ look-alikes, Unicode white
    space at either end) gives the inline-string cell XlsxWriter's own writer gives."""
    from xlsxwriter.utility import _preserve_whitespace
    from xlsxwriter.xmlwriter import XMLwriter
    writer = XMLwriter()
    writer.fh = io.StringIO()
    escaped = XMLwriter._escape_control_characters(text)
    writer._xml_inline_string(escaped, _preserve_whitespace(escaped), [("r", "B9"), ("s", 7)])
    assert '<c r="B9" s="7"' + ex._string_part(text) == writer.fh.getvalue()


@pytest.mark.parametrize("text", ["ă" * 40_000, "😀" * 20_000, "a" + "😀" * 16_383 + "b"])
def test_text_over_excel_cell_limit_is_cut_like_xlsxwriter(text):
    """Excel holds 32,767 UTF-16 units in a cell; XlsxWriter cuts longer text there (an
    emoji is two units and is never split)."""
    from xlsxwriter.utility import _utf16_truncate
    assert ex._string_part(text) == ex._INLINE.format(_utf16_truncate(text, 32_767))


def test_more_members_than_a_sheet_holds_is_refused(store, tmp_path, monkeypatch):
    """An Excel sheet has 1,048,576 rows; a register that would not fit (title block,
    header and totals included) is refused with a message pointing to CSV, no file left."""
    from ocop_desktop.store.errors import StoreError
    _add(store, [Member(full_name=f"Trần Văn Nam {i}", join_date=dt.date(2022, 1, 1)) for i in range(5)])
    monkeypatch.setattr(ex, "_EXCEL_ROWS", 20)  # 5 members + 16 rows around them
    with pytest.raises(StoreError, match="CSV"):
        ex.export_xlsx(store, tmp_path / "so.xlsx", today=TODAY)
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".xlsx"]
    monkeypatch.setattr(ex, "_EXCEL_ROWS", 21)
    assert ex.export_xlsx(store, tmp_path / "so.xlsx", today=TODAY) == 5
