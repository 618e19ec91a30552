"""Write the member-list sample files of ``samples/members/`` (issue 2 item 7) from Python,
so the tests need nothing outside the repository.

Each file reproduces one quirk of lists kept by Vietnamese cooperative offices; the expected
outcomes are those of ``samples/members/README.md``. The people are invented: ID numbers
follow the real structure (Phú Thọ province code 025, century/sex digit, birth year) but
belong to no one; phones use the 0900000xxx block.

Run ``python tests/imports/member_samples.py OUTDIR`` to write the four files.
"""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata
from pathlib import Path

HEADER = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số điện thoại", "Địa chỉ liên hệ",
          "Quốc tịch", "Loại thành viên", "Ngày vào HTX", "Vốn góp cam kết (đồng)", "Vốn đã góp (đồng)"]

# (name, sex, birth, ID, phone, hamlet, type, join date, committed, paid)
PEOPLE = [
    ("Nguyễn Văn Đức", "Nam", (1968, 3, 14), "025068101111", "0900000101", 2, "Chính thức", (2019, 9, 10), 20_000_000, 20_000_000),
    ("Trần Thị Hường", "Nữ", (1975, 11, 2), "025175102222", "0900000102", 3, "Chính thức", (2019, 9, 10), 15_000_000, 15_000_000),
    ("Lê Văn Thắng", "Nam", (1981, 6, 25), "025081103333", "0900000103", 4, "Chính thức", (2019, 9, 10), 15_000_000, 15_000_000),
    ("Phạm Thị Ngọc Ánh", "Nữ", (1990, 1, 8), "025190104444", "0900000104", 1, "Chính thức", (2019, 9, 10), 10_000_000, 10_000_000),
    ("Hoàng Văn Lộc", "Nam", (1972, 12, 30), "025072105555", "0900000105", 2, "Chính thức", (2019, 9, 10), 10_000_000, 10_000_000),
    ("Đỗ Thị Thủy", "Nữ", (1985, 4, 17), "025185106666", "0900000106", 3, "Chính thức", (2019, 9, 10), 10_000_000, 10_000_000),
    ("Bùi Quang Huy", "Nam", (1994, 8, 5), "025094107777", "0900000107", 4, "Chính thức", (2020, 3, 2), 10_000_000, 5_000_000),
    ("Vũ Thị Duyên", "Nữ", (2001, 2, 19), "025301108888", "0900000108", 1, "Chính thức", (2021, 1, 15), 5_000_000, 5_000_000),
    ("Đặng Văn Nghiệp", "Nam", (1966, 7, 21), "025066109999", "0900000109", 2, "Chính thức", (2019, 9, 10), 10_000_000, 10_000_000),
    ("Ngô Thị Lụa", "Nữ", (1979, 10, 11), "025179111110", "0900000110", 3, "Chính thức", (2019, 9, 10), 10_000_000, 10_000_000),
    ("Đinh Công Trường", "Nam", (1988, 5, 29), "025088112221", "0900000111", 4, "Liên kết góp vốn", (2022, 6, 1), 8_000_000, 8_000_000),
    ("Trịnh Thị Oanh", "Nữ", (1992, 9, 9), "025192113332", "0900000112", 1, "Liên kết góp vốn", (2023, 2, 20), 7_000_000, 7_000_000),
]


def _address(hamlet: int) -> str:
    return f"Thôn {hamlet}, xã Thụy Liễu, tỉnh Phú Thọ"


def _dmy(ymd: tuple[int, int, int], pad: bool = True) -> str:
    y, m, d = ymd
    return f"{d:02d}/{m:02d}/{y}" if pad else f"{d}/{m}/{y}"


def _dots(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _csv_line(cells: list[str], sep: str) -> str:
    out = []
    for c in cells:
        out.append(f'"{c}"' if sep in c or '"' in c else c)
    return sep.join(out)


def write_utf8_bom(path: Path) -> Path:
    """``members-utf8-bom.csv``: Excel "CSV UTF-8": BOM, commas, dd/mm/yyyy, ``20.000.000``."""
    lines = [",".join(HEADER)]
    for i, (name, sex, birth, pid, phone, hamlet, mtype, join, committed, paid) in enumerate(PEOPLE, start=1):
        lines.append(_csv_line([str(i), name, sex, _dmy(birth), pid, phone, _address(hamlet), "Việt Nam", mtype,
                                _dmy(join), _dots(committed), _dots(paid)], ","))
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode *text* as legacy Windows-1258 does: letters with breve, circumflex and horn
    precomposed (the code page has them), tone marks as separate combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(p for p in parts if p in _TONES)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def write_cp1258_semicolon(path: Path) -> Path:
    """``members-cp1258-semicolon.csv``: Windows-1258 with combining tone marks, semicolons,
    d/m/yyyy, amounts ``20 000 000``; the first 8 people."""
    lines = [";".join(HEADER)]
    for i, (name, sex, birth, pid, phone, hamlet, mtype, join, committed, paid) in enumerate(PEOPLE[:8], start=1):
        lines.append(";".join([str(i), name, sex, _dmy(birth, pad=False), pid, phone, _address(hamlet), "Việt Nam",
                               mtype, _dmy(join, pad=False), f"{committed:,}".replace(",", " "),
                               f"{paid:,}".replace(",", " ")]))
    path.write_bytes(to_cp1258("\r\n".join(lines) + "\r\n"))
    return path


def write_title_rows_xlsx(path: Path) -> Path:
    """``members-title-rows.xlsx``: title block in rows 1–3 (merged cells), header in row 4,
    the first 10 people with real dates and with IDs and phones stored as numbers (leading
    zero gone), a "Tổng cộng" row with SUM formulas in row 15."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Thành viên"
    ws["A1"] = "HỢP TÁC XÃ SẢN XUẤT VÀ CHẾ BIẾN NÔNG SẢN MẪU"
    ws["A2"] = "DANH SÁCH THÀNH VIÊN HỢP TÁC XÃ (cập nhật đến 31/12/2025)"
    ws.merge_cells("A1:L1")
    ws.merge_cells("A2:L2")
    ws.append([])
    ws.append(HEADER)
    for i, (name, sex, birth, pid, phone, hamlet, mtype, join, committed, paid) in enumerate(PEOPLE[:10], start=1):
        ws.append([i, name, sex, dt.datetime(*birth), int(pid), int(phone), _address(hamlet), "Việt Nam", mtype,
                   dt.datetime(*join), committed, paid])
        r = ws.max_row
        for col in ("D", "J"):
            ws[f"{col}{r}"].number_format = "dd/mm/yyyy"
        for col in ("K", "L"):
            ws[f"{col}{r}"].number_format = "#,##0"
    ws.append([None, "Tổng cộng", None, None, None, None, None, None, None, None, "=SUM(K5:K14)", "=SUM(L5:L14)"])
    wb.save(path)
    return path


#: The rows of ``members-with-errors.csv`` (header is row 1, so these are rows 2–8).
ERROR_ROWS = [
    ["1", "Nguyễn Văn Đức", "Nam", "14/03/1968", "025068101111", "0900000101", "20.000.000", "20.000.000"],   # row 2: fine
    ["2", "Trần Thị Hường", "Nữ", "02/11/1975", "02517511", "0900000102", "15.000.000", "15.000.000"],        # row 3: ID 8 digits
    ["3", "Lê Văn Thắng", "Nam", "25/06/1981", "025086103333", "0900000103", "15.000.000", "15.000.000"],     # row 4: 86 vs 1981
    ["4", "Phạm Thị Ngọc Ánh", "Nữ", "08/01/2031", "025331104444", "0900000104", "10.000.000", "10.000.000"],  # row 5: future
    ["5", "Hoàng Văn Lộc", "Nam", "30/12/1972", "025068101111", "0900000105", "10.000.000", "10.000.000"],    # row 6: row 2's ID
    ["6", "Đỗ Thị Thủy", "Nữ", "17/04/1985", "025185106666", "0900000106", "60.000.000", "60.000.000"],       # row 7: > 30 %
    ["7", "Bùi Quang Huy", "Nam", "05/08/1994", "025094107777", "0900000107", "12,5", "0"],                    # row 8: 12,5
]

#: README outcome of ``members-with-errors.csv``: (row, field) of each of the six problems.
EXPECTED_ERRORS = {(3, "id_number"), (4, "id_number"), (5, "birth_date"), (6, "id_number"),
                   (7, "capital_committed"), (8, "capital_committed")}


def write_with_errors(path: Path) -> Path:
    """``members-with-errors.csv``: seven rows, six of them wrong (see :data:`ERROR_ROWS`)."""
    lines = [",".join(HEADER)]
    for seq, name, sex, birth, pid, phone, committed, paid in ERROR_ROWS:
        lines.append(_csv_line([seq, name, sex, birth, pid, phone, _address(1), "Việt Nam", "Chính thức",
                                "10/09/2019", committed, paid], ","))
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


WRITERS = {
    "members-utf8-bom.csv": write_utf8_bom,
    "members-cp1258-semicolon.csv": write_cp1258_semicolon,
    "members-title-rows.xlsx": write_title_rows_xlsx,
    "members-with-errors.csv": write_with_errors,
}


def write_all(folder: Path) -> dict[str, Path]:
    """Write the four sample files into *folder*; ``{file name: path}``."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: writer(folder / name) for name, writer in WRITERS.items()}


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else ".")).values():
        print(p)
