"""Member import (issue 2 items 7 and 12): every case of ``samples/members/README.md``
reproduced with files written by ``member_samples.py``, and the same outcomes checked on the
real sample files when ``../shared/samples/members`` exists."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import pytest

import member_samples
from ocop_desktop.domain.members import paid_percent
from ocop_desktop.imports import members as im
from ocop_desktop.store import members as ms
from ocop_desktop.store.errors import ValidationError

TODAY = dt.date(2026, 11, 29)  # demo.DEMO_TODAY
SHARED = Path(__file__).resolve().parents[3] / "shared" / "samples" / "members"
SHARED_ALT = Path("/work/shared/samples/members")


def _sources(member_sample_files):
    yield "generated", member_sample_files
    for folder in (SHARED, SHARED_ALT):
        if folder.is_dir():
            yield "shared", {name: folder / name for name in member_samples.WRITERS}
            return


def _names(store):
    return [r["full_name"] for r in store.query("SELECT full_name FROM members ORDER BY id")]


def _all_members(store):
    return [ms.get_member(store, r["id"]) for r in store.query("SELECT id FROM members ORDER BY id")]


# --- README outcomes, as functions so generated and real files get the same checks ------

def check_utf8_bom(store, path):
    """README: 12 members imported: 10 official, 2 associate with capital; committed
    130.000.000 đ, paid 125.000.000 đ (Bùi Quang Huy 5.000.000 of 10.000.000 = 50 %); no warnings."""
    table, report, ids = im.import_file(store, path, today=TODAY)
    assert table.encoding == "utf-8-sig" and table.delimiter == "," and table.header_row == 1
    assert report.problems == [] and report.warnings == []
    assert len(ids) == 12
    summary = ms.member_summary(store)
    assert (summary["official"], summary["associate_capital"], summary["associate_no_capital"]) == (10, 2, 0)
    assert summary["committed"] == 130_000_000
    assert summary["paid"] == 125_000_000
    huy = next(m for m in _all_members(store) if m.full_name == "Bùi Quang Huy")
    assert (huy.capital_committed, huy.capital_paid) == (10_000_000, 5_000_000)
    assert paid_percent(huy.capital_paid, huy.capital_committed) == 50
    assert huy.contributions[0].date == dt.date(2020, 3, 2)  # the join date
    assert ms.register_warnings(store) == []


def check_cp1258(store, path, utf8_path, tmp_path):
    """README: the first 8 members of the UTF-8 file, names identical (NFC)."""
    table, report, ids = im.import_file(store, path, today=TODAY)
    assert table.encoding == "cp1258" and table.delimiter == ";"
    assert report.problems == [] and len(ids) == 8
    from ocop_desktop.store.db import create_store
    other = create_store(tmp_path / "utf8.ocop")
    try:
        im.import_file(other, utf8_path, today=TODAY)
        expected = [(m.full_name, m.sex, m.birth_date, m.id_number, m.phone, m.address, m.member_type, m.join_date,
                     m.capital_committed, m.capital_paid) for m in _all_members(other)[:8]]
    finally:
        other.close()
    got = [(m.full_name, m.sex, m.birth_date, m.id_number, m.phone, m.address, m.member_type, m.join_date,
            m.capital_committed, m.capital_paid) for m in _all_members(store)]
    assert got == expected
    assert _names(store)[0] == "Nguyễn Văn Đức"  # NFC literal: compares equal code point by code point


def check_title_rows(store, path):
    """README: the first 10 members; totals row ignored; IDs restored to 12 digits, phones
    to 10; the report says how many values it restored."""
    table, report, ids = im.import_file(store, path, today=TODAY)
    assert table.kind == "xlsx" and table.header_row == 4
    assert report.problems == [] and len(ids) == 10
    assert (15, "totals row") in [(r, reason) for r, reason in report.skipped] or \
        any(r == 15 for r, _ in report.skipped)
    members = _all_members(store)
    assert [m.full_name for m in members] == [p[0] for p in member_samples.PEOPLE[:10]]
    assert members[0].id_number == "025068101111" and members[0].phone == "0900000101"
    assert all(len(m.id_number) == 12 and m.id_number.startswith("0") for m in members)
    assert all(len(m.phone) == 10 and m.phone.startswith("09") for m in members)
    assert (report.restored_ids, report.restored_phones, report.restored) == (10, 10, 20)
    assert "20" in report.summary()
    assert members[0].birth_date == dt.date(1968, 3, 14)
    assert ms.member_summary(store)["committed"] == 115_000_000  # 130 M minus the two associates


def check_with_errors(store, path):
    """README: nothing imported; exactly six problems by row and field; row 2 none."""
    table, report, ids = im.import_file(store, path, today=TODAY)
    assert ids == []
    assert store.scalar("SELECT COUNT(*) FROM members") == 0
    assert store.scalar("SELECT COUNT(*) FROM contributions") == 0
    found = {(p.row, p.field) for p in report.problems}
    assert found == member_samples.EXPECTED_ERRORS
    assert len(report.problems) == 6
    assert not any(p.row == 2 for p in report.problems)
    by_row = {p.row: p.message for p in report.problems}
    assert "02517511" in by_row[3] and "12" in by_row[3]
    assert "86" in by_row[4] and "1981" in by_row[4]
    assert "08/01/2031" in by_row[5]
    assert re.search(r"\b2\b", by_row[6]) and "025068101111" in by_row[6]
    assert "30%" in by_row[7] and "Đỗ Thị Thủy" in by_row[7]
    assert "12,5" in by_row[8]
    with pytest.raises(ValidationError):
        im.commit(store, report)
    assert store.scalar("SELECT COUNT(*) FROM members") == 0


@pytest.mark.parametrize("origin", ["generated", "shared"])
def test_readme_cases(origin, member_sample_files, tmp_path):
    sources = dict(_sources(member_sample_files))
    if origin not in sources:
        pytest.skip("../shared/samples/members is not here (fresh clone)")
    files = sources[origin]
    from ocop_desktop.domain.cooperative import Cooperative
    from ocop_desktop.store.cooperative import save_cooperative
    from ocop_desktop.store.db import create_store

    def fresh(name):
        s = create_store(tmp_path / f"{name}.ocop")
        save_cooperative(s, Cooperative(name="HTX Thử nghiệm"))
        return s

    for name, check, extra in [
        ("members-utf8-bom.csv", check_utf8_bom, ()),
        ("members-cp1258-semicolon.csv", check_cp1258, (files["members-utf8-bom.csv"], tmp_path / "cp")),
        ("members-title-rows.xlsx", check_title_rows, ()),
        ("members-with-errors.csv", check_with_errors, ()),
    ]:
        s = fresh(name)
        try:
            if extra and isinstance(extra[1], Path):
                extra[1].mkdir()
            check(s, files[name], *extra)
        finally:
            s.close()


def test_generated_samples_have_the_quirks(member_sample_files):
    """The generator really produces the quirks the README describes."""
    raw = member_sample_files["members-cp1258-semicolon.csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1258")
    assert "\u0303" in text and "\u0301" in text  # tone marks as combining characters
    assert "Nguyễn" not in text and "Nguye\u0302\u0303n".encode() != raw
    assert member_sample_files["members-utf8-bom.csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    import openpyxl
    ws = openpyxl.load_workbook(member_sample_files["members-title-rows.xlsx"]).active
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:L1", "A2:L2"}
    assert ws["E5"].value == 25068101111 and ws["F5"].value == 900000101
    assert isinstance(ws["D5"].value, dt.datetime)
    assert ws["K15"].value == "=SUM(K5:K14)" and ws["B15"].value == "Tổng cộng"


def test_importing_twice_is_refused_by_the_register(store, member_sample_files):
    path = member_sample_files["members-utf8-bom.csv"]
    im.import_file(store, path, today=TODAY)
    _, report, ids = im.import_file(store, path, today=TODAY)
    assert ids == []
    assert len(report.problems) == 12 and {p.field for p in report.problems} == {"id_number"}
    assert "Nguyễn Văn Đức" in report.problems[0].message  # names the member holding the ID
    assert store.scalar("SELECT COUNT(*) FROM members") == 12


def test_dry_run_writes_nothing(store, member_sample_files):
    _, report, ids = im.import_file(store, member_sample_files["members-utf8-bom.csv"], dry_run=True, today=TODAY)
    assert report.ok and ids == [] and len(report.members) == 12
    assert store.scalar("SELECT COUNT(*) FROM members") == 0


def test_import_stopped_during_its_backup_writes_nothing(store, member_sample_files):
    """Issue 7: on a big file the backup before an import takes a while; the progress shows
    0 rows meanwhile and Cancel stops the import before anything is written."""
    from ocop_desktop.store import backup
    table = im.read_file(member_sample_files["members-utf8-bom.csv"])
    report = im.analyse(store, table, TODAY)
    seen = []
    with pytest.raises(im.ImportCancelled):
        im.commit(store, report, progress=lambda done, total: (seen.append((done, total)), False)[1])
    assert seen == [(0, 12)]
    assert store.scalar("SELECT COUNT(*) FROM members") == 0
    assert backup.list_backups(store.path) == []


# --- cell formats ----------------------------------------------------------------------

def _csv(rows, sep=","):
    lines = [sep.join(member_samples.HEADER)] + [sep.join(r) for r in rows]
    return im.read_csv_text("\n".join(lines))


def _row(name="Nguyễn Văn Đức", birth="14/03/1968", pid="025068101111", phone="0900000101",
         committed="20.000.000", paid="20.000.000", mtype="Chính thức", join="10/09/2019", sex="Nam"):
    return ["1", name, sex, birth, pid, phone, "Thôn 2", "Việt Nam", mtype, join, committed, paid]


@pytest.mark.parametrize("text, expected", [
    ("5.000.000", 5_000_000), ("5 000 000", 5_000_000), ("5000000", 5_000_000), ("5.000.000 đ", 5_000_000),
])
def test_amount_forms(store, text, expected):
    table = _csv([_row(committed=text, paid=text)], sep=";")
    report = im.analyse(store, table, TODAY)
    assert report.problems == []
    assert report.members[0][1].capital_committed == expected
    assert report.members[0][1].contributions[0].amount == expected


def test_amount_with_commas_in_a_comma_csv(store):
    """``5,000,000`` must be quoted in a comma CSV; read as five million."""
    table = _csv([_row(committed='"5,000,000"', paid='"5,000,000"')])
    report = im.analyse(store, table, TODAY)
    assert report.problems == [] and report.members[0][1].capital_committed == 5_000_000


def test_decimal_amount_is_refused(store):
    table = _csv([_row(committed="12,5", paid="0")], sep=";")
    report = im.analyse(store, table, TODAY)
    assert [(p.row, p.field) for p in report.problems] == [(2, "capital_committed")]


@pytest.mark.parametrize("text", ["14/3/1968", "14/03/1968", "14-03-1968", "1968-03-14"])
def test_date_forms(store, text):
    report = im.analyse(store, _csv([_row(birth=text)], sep=";"), TODAY)
    assert report.problems == [] and report.members[0][1].birth_date == dt.date(1968, 3, 14)


def test_two_digit_year_is_not_guessed(store):
    report = im.analyse(store, _csv([_row(birth="14/03/68")], sep=";"), TODAY)
    assert [(p.row, p.field) for p in report.problems] == [(2, "birth_date")]


def test_excel_serial_date_in_an_xlsx(store, tmp_path):
    """A date cell formatted General holds the serial number: 24911 is 14/03/1968
    (Excel 1900 date system: serial 1 = 01/01/1900, with the 1900 leap-year bug)."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(member_samples.HEADER)
    ws.append([1, "Nguyễn Văn Đức", "Nam", 24911, "025068101111", "0900000101", "Thôn 2", "Việt Nam",
               "Chính thức", 43718, 20_000_000, 20_000_000])
    wb.save(tmp_path / "serial.xlsx")
    report = im.analyse(store, im.read_file(tmp_path / "serial.xlsx"), TODAY)
    assert report.problems == []
    m = report.members[0][1]
    assert (m.birth_date, m.join_date) == (dt.date(1968, 3, 14), dt.date(2019, 9, 10))


def test_leading_zero_restored_only_when_valid(store):
    """11 digits whose birth year disagrees even with a zero in front: not restored, refused."""
    report = im.analyse(store, _csv([_row(pid="25070101111", phone="900000101")], sep=";"), TODAY)
    assert report.restored_ids == 0 and report.restored_phones == 1
    assert [(p.row, p.field) for p in report.problems] == [(2, "id_number")]


def test_scientific_notation_id_is_explained(store):
    report = im.analyse(store, _csv([_row(pid="2,51E+10")], sep=";"), TODAY)
    assert [(p.row, p.field) for p in report.problems] == [(2, "id_number")]
    assert "2,51E+10" in report.problems[0].message


def test_unknown_member_type_and_sex(store):
    report = im.analyse(store, _csv([_row(mtype="Danh dự", sex="X")], sep=";"), TODAY)
    assert {(p.row, p.field) for p in report.problems} == {(2, "member_type"), (2, "sex")}


def test_paid_without_join_date(store):
    report = im.analyse(store, _csv([_row(join="")], sep=";"), TODAY)
    assert [(p.row, p.field) for p in report.problems] == [(2, "join_date")]


def test_mapping_can_be_changed(store):
    """Swap the two money columns: paid 20 M over committed 10 M is then refused."""
    table = _csv([_row(committed="10.000.000", paid="5.000.000")], sep=";")
    assert im.analyse(store, table, TODAY).problems == []
    table.mapping["capital_committed"], table.mapping["capital_paid"] = 11, 10
    report = im.analyse(store, table, TODAY)
    assert [(p.row, p.field) for p in report.problems] == [(2, "capital_paid")]
    table.mapping["capital_paid"] = 11
    assert [p.row for p in im.analyse(store, table, TODAY).problems] == [None]  # two fields on one column
    table.mapping["capital_paid"] = 10
    del table.mapping["full_name"]
    assert [(p.row, p.field) for p in im.analyse(store, table, TODAY).problems] == [(None, "full_name")]


def test_header_found_below_a_title_block_in_a_csv():
    text = "HỢP TÁC XÃ MẪU;;;\nDANH SÁCH THÀNH VIÊN;;;\n;;;\n" + ";".join(member_samples.HEADER) + "\n" + ";".join(_row())
    table = im.read_csv_text(text)
    assert table.header_row == 4 and table.rows[0][0] == 5 and table.delimiter == ";"


def test_separator_found_on_the_first_rows_and_the_file_read_once_with_it():
    """The header decides the separator (comma here, though every row also holds
    semicolons); every row below it is read, to the last."""
    rows = [",".join(_row()).replace("Nguyễn", f"Nguyễn;{i}") for i in range(60)]
    table = im.read_csv_text(",".join(member_samples.HEADER) + "\n" + "\n".join(rows))
    assert table.delimiter == "," and table.header_row == 1
    assert [n for n, _ in table.rows] == list(range(2, 62))
    assert table.rows[-1][1][table.mapping["full_name"]].startswith("Nguyễn;59")


def test_a_broken_record_below_the_first_rows_is_a_clear_error(tmp_path):
    """A record Python's csv cannot read (a field over its 128 KB limit) far below the
    header: the file is refused with its name, not a crash."""
    path = tmp_path / "long.csv"
    body = "\n".join(",".join(_row()) for _ in range(40))
    path.write_text(",".join(member_samples.HEADER) + "\n" + body + "\n" + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(im.ImportFileError, match="long.csv"):
        im.read_file(path)


def test_excel_unicode_text_utf16_tab_file(store, tmp_path):
    """Excel's "Unicode Text (*.txt)" is UTF-16 with a byte-order mark, tab-separated: it
    imports like the CSV (it was refused as having no header row)."""
    path = tmp_path / "thanh-vien.txt"
    text = "\t".join(member_samples.HEADER) + "\r\n" + "\t".join(_row()) + "\r\n"
    path.write_bytes(text.encode("utf-16"))  # BOM + UTF-16 LE, as Excel writes it
    table, report, ids = im.import_file(store, path, today=TODAY)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert report.problems == [] and len(ids) == 1
    assert _all_members(store)[0].full_name == "Nguyễn Văn Đức"


def test_no_header_is_a_clear_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(im.ImportFileError, match="x.csv"):
        im.read_file(path)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(im.ImportFileError, match="bad.xlsx"):
        im.read_file(bad)


def test_log_never_contains_id_numbers_or_phones(store, member_sample_files, caplog):
    """Issue 6 item 7: the log never contains ID numbers."""
    caplog.set_level(logging.DEBUG)
    for name in ("members-utf8-bom.csv", "members-with-errors.csv"):
        im.import_file(store, member_sample_files[name], today=TODAY)
    assert caplog.records  # the import does log (counts only)
    assert not re.search(r"\d{9,}", caplog.text)
