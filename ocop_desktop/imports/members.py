"""Import the member register from CSV and XLSX files as Vietnamese offices produce them.

Pure Python, no Qt. The flow is: :func:`read_file` (or :func:`read_csv_bytes` /
:func:`read_xlsx`) → a :class:`SourceTable` with the header row found and columns mapped
automatically from Vietnamese headers (:func:`detect_mapping`); the caller may change
``table.mapping``; :func:`analyse` turns every data row into a checked
:class:`~ocop_desktop.domain.members.Member` and lists every problem by row (numbered as a
spreadsheet shows them: the header row of a CSV is row 1) and field; :func:`commit` writes
all rows or none, in one transaction. :func:`import_file` does all of it.

What the reader copes with (issue 2 item 7; ``samples/members/README.md``):

- CSV in UTF-8 with or without BOM, or Windows-1258 (tone marks stored as combining
  characters — every text is normalised to NFC); comma, semicolon or tab separators,
  recognised by which one yields a recognisable header row;
- a title block above the header row (the header row is the first row in which at least
  three cells are known Vietnamese or English headers, one of them the full name);
- a totals row ("Tổng cộng", "Cộng", formulas) and anything below it ignored;
- dates as dd/mm/yyyy, d/m/yyyy or real Excel dates (also Excel serial numbers);
- amounts ``5.000.000``, ``5,000,000``, ``5 000 000``, ``5000000``; ``12,5`` is refused
  (đồng have no minor unit);
- ID numbers and phones that Excel stored as numbers (leading zero lost): the zero is put
  back only when the result is valid (:func:`ocop_desktop.domain.identity.check_personal_id`,
  :func:`~ocop_desktop.domain.identity.normalize_phone`), and the report counts them.

Rules checked per row: :func:`ocop_desktop.store.members.check_member` (Law 17/2023/QH15
Art. 15, 30, 74), with the other rows of the file counted as part of the register so the
capital caps (Art. 74 cl. 1) apply to the register as it will be after the import, and ID
numbers unique across the file and the register. The capital paid becomes one cash
contribution dated the join date.

No ID number or phone is ever written to the log (issue 6 item 7).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ocop_desktop.domain.formats import FormatError, format_money, parse_date, parse_money
from ocop_desktop.domain.members import MEMBER_TYPES, MIN_OFFICIAL_MEMBERS, Contribution, Member, member_type_label
from ocop_desktop.domain.text import fold, nfc
from ocop_desktop.i18n import N_, tr
from ocop_desktop.imports import decode_text
from ocop_desktop.store.errors import StoreError, ValidationError

__all__ = [
    "FIELDS", "field_label", "ImportFileError", "ImportCancelled", "SourceTable", "Problem",
    "ImportReport", "read_file", "read_csv_bytes", "read_csv_text", "read_xlsx",
    "detect_mapping", "analyse", "commit", "import_file", "MAX_FILE_BYTES",
]

log = logging.getLogger("ocop_desktop.imports.members")

#: Files larger than this are refused before reading (a member list is a few hundred KB).
MAX_FILE_BYTES = 50 * 1024 * 1024

#: Import fields in display order: (key, English label marked for translation).
FIELDS: list[tuple[str, str]] = [
    ("seq", N_("No.")),
    ("full_name", N_("Full name")),
    ("sex", N_("Sex")),
    ("birth_date", N_("Date of birth")),
    ("id_number", N_("ID number")),
    ("phone", N_("Phone")),
    ("address", N_("Contact address")),
    ("nationality", N_("Nationality")),
    ("member_type", N_("Member type")),
    ("join_date", N_("Join date")),
    ("capital_committed", N_("Capital committed (VND)")),
    ("capital_paid", N_("Capital paid (VND)")),
    ("status", N_("Status")),
    ("notes", N_("Notes")),
]
FIELD_KEYS = [k for k, _ in FIELDS]

# Header texts as offices write them, compared after :func:`_header_key` (folded, without
# parenthesised parts and punctuation). English labels are there too, so a file exported in
# English reads back.
_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("stt", "tt", "so tt", "so thu tu", "no", "#"),
    "full_name": ("ho va ten", "ho ten", "ho va ten thanh vien", "ho ten thanh vien", "ten thanh vien",
                  "full name", "name"),
    "sex": ("gioi tinh", "gioi", "nam nu", "sex", "gender"),
    "birth_date": ("ngay sinh", "ngay thang nam sinh", "sinh ngay", "date of birth", "birth date"),
    "id_number": ("so cccd", "cccd", "so can cuoc", "so can cuoc cong dan", "so dinh danh",
                  "so dinh danh ca nhan", "so cmnd", "cmnd", "so cmnd cccd", "so cccd cmnd", "cmnd cccd",
                  "cccd cmnd", "id number", "personal id", "personal id number"),
    "phone": ("so dien thoai", "dien thoai", "sdt", "so dt", "dt", "dien thoai lien he", "phone", "phone number"),
    "address": ("dia chi lien he", "dia chi", "noi o", "noi o hien nay", "cho o hien nay", "dia chi thuong tru",
                "noi thuong tru", "contact address", "address"),
    "nationality": ("quoc tich", "nationality"),
    "member_type": ("loai thanh vien", "loai tv", "loai", "hinh thuc thanh vien", "member type", "type"),
    "join_date": ("ngay vao htx", "ngay vao hop tac xa", "ngay gia nhap", "ngay gia nhap htx", "ngay tham gia",
                  "ngay ket nap", "ngay vao", "join date"),
    "capital_committed": ("von gop cam ket", "von cam ket", "von cam ket gop", "so von cam ket gop",
                          "von dang ky gop", "von dang ky", "so von dang ky gop", "capital committed"),
    "capital_paid": ("von da gop", "von thuc gop", "so von da gop", "von gop thuc te", "da gop",
                     "capital paid"),
    "status": ("trang thai", "tinh trang", "status"),
    "notes": ("ghi chu", "notes", "note"),
}
_ALIAS_TO_FIELD = {alias: key for key, aliases in _HEADER_ALIASES.items() for alias in aliases}

_SEX_VALUES = {"nam": "M", "m": "M", "male": "M", "trai": "M",
               "nu": "F", "f": "F", "female": "F", "gai": "F"}

_TYPE_VALUES = {
    "chinh thuc": "official", "thanh vien chinh thuc": "official", "tv chinh thuc": "official",
    "official": "official", "official member": "official",
    "lien ket gop von": "associate_capital", "lien ket co gop von": "associate_capital",
    "thanh vien lien ket gop von": "associate_capital", "thanh vien lien ket co gop von": "associate_capital",
    "tv lien ket gop von": "associate_capital",
    "associate with capital": "associate_capital", "associate member with capital": "associate_capital",
    "lien ket khong gop von": "associate_no_capital", "thanh vien lien ket khong gop von": "associate_no_capital",
    "tv lien ket khong gop von": "associate_no_capital",
    "associate without capital": "associate_no_capital", "associate member without capital": "associate_no_capital",
}

_TOTAL_LABELS = ("tong cong", "tong so", "tong", "cong", "total", "totals", "grand total")


def field_label(key: str) -> str:
    """The UI label of an import field key (``"id_number"`` → "Số CCCD"-like label)."""
    for k, label in FIELDS:
        if k == key:
            return tr(label)
    return key


class ImportFileError(StoreError):
    """The file cannot be read at all (not text in a known encoding, not an XLSX workbook,
    no recognisable header row, too large). ``str(err)`` is the message."""


class ImportCancelled(Exception):
    """The user cancelled through the *progress* callback; nothing was written."""


@dataclass
class SourceTable:
    """A spreadsheet-like table read from a file.

    ``rows``: ``(row number as a spreadsheet shows it, [cell values])`` for every row below
    the header; cell values are ``str`` (CSV, NFC), or ``str``/``int``/``float``/
    ``datetime``/``None`` (XLSX). ``header_row``: the header's row number. ``headers``: the
    header texts. ``mapping``: ``{field key: column index}`` (change it to remap).
    ``encoding``/``delimiter``: what was detected for a CSV (``None`` for XLSX).
    ``formula_rows``: row numbers holding a formula (XLSX).
    """

    path: str
    kind: str
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list]]
    mapping: dict[str, int] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    formula_rows: set[int] = field(default_factory=set)

    def column_field(self, column: int) -> str | None:
        """The field key mapped to *column*, or None."""
        for key, col in self.mapping.items():
            if col == column:
                return key
        return None


@dataclass(frozen=True)
class Problem:
    """One problem of an import: *row* as the spreadsheet shows it (``None`` for the file as
    a whole), *field* an import field key (see :data:`FIELDS`, ``""`` for none), *message*
    in the UI language."""

    row: int | None
    field: str
    message: str

    def describe(self) -> str:
        """``"Row 3, ID number: …"`` in the UI language."""
        if self.row is None:
            return self.message
        if self.field:
            return tr("Row {row}, {field}: {message}", row=self.row, field=field_label(self.field), message=self.message)
        return tr("Row {row}: {message}", row=self.row, message=self.message)


@dataclass
class ImportReport:
    """Outcome of :func:`analyse`.

    ``members``: ``(row, checked Member)`` for every data row that could be read (all of them
    are written by :func:`commit` when there are no problems); ``problems``/``warnings``:
    :class:`Problem` lists (problems block the import, warnings do not); ``skipped``:
    ``(row, reason)`` of rows ignored (blank, totals row, below the totals row);
    ``restored_ids``/``restored_phones``: how many leading zeros were put back.
    """

    members: list[tuple[int, Member]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    restored_ids: int = 0
    restored_phones: int = 0

    @property
    def ok(self) -> bool:
        """True when the import may be committed (no problem, at least one member)."""
        return not self.problems and bool(self.members)

    @property
    def restored(self) -> int:
        """Values whose leading zero was restored (IDs and phones together)."""
        return self.restored_ids + self.restored_phones

    def counts(self) -> dict[str, int]:
        """``{member type: n}`` for every type, plus ``committed``/``paid`` in đồng."""
        out = {t: 0 for t in MEMBER_TYPES}
        for _, m in self.members:
            if m.member_type in out:
                out[m.member_type] += 1
        out["committed"] = sum(m.capital_committed for _, m in self.members)
        out["paid"] = sum(m.capital_paid for _, m in self.members)
        return out

    def summary(self) -> str:
        """A few lines for the user: what would be (or was) imported and what was restored."""
        c = self.counts()
        if self.problems:
            lines = [tr("{n} member rows read.", n=len(self.members))]
        else:
            lines = [tr("{n} members: {official} official, {assoc} associate with capital, {assoc0} associate without capital; "
                        "capital committed {committed}, paid {paid}.",
                        n=len(self.members), official=c["official"], assoc=c["associate_capital"],
                        assoc0=c["associate_no_capital"], committed=format_money(c["committed"]), paid=format_money(c["paid"]))]
        if self.restored:
            lines.append(tr("Leading zero restored in {ids} ID numbers and {phones} phone numbers ({n} values in all) that the spreadsheet had stored as numbers.",
                            ids=self.restored_ids, phones=self.restored_phones, n=self.restored))
        if self.skipped:
            lines.append(tr("{n} rows ignored (blank rows, totals row and below).", n=len(self.skipped)))
        if self.problems:
            lines.append(tr("{n} problems: nothing can be imported until they are corrected.", n=len(self.problems)))
        return "\n".join(lines)


# --- reading files -------------------------------------------------------------------

def read_file(path: str | Path) -> SourceTable:
    """Read a ``.csv``/``.txt`` or ``.xlsx``/``.xlsm`` file (by its content: XLSX files are
    ZIP archives) and find its header row.

    Raises :class:`ImportFileError` with a message naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(tr("The file {path} is too large for a member list ({mb} MB).", path=str(path), mb=size // (1024 * 1024)))
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as err:
        raise ImportFileError(tr("Could not read {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    if path.suffix.lower() in (".xls",):
        raise ImportFileError(tr("{path} is an old Excel 97–2003 file: open it in Excel and save it as .xlsx or CSV UTF-8.", path=str(path)))
    return read_csv_bytes(path.read_bytes(), str(path))


def _decode(data: bytes, name: str) -> tuple[str, str]:
    decoded = decode_text(data)
    if decoded is None:
        raise ImportFileError(tr("The file {path} is not text in UTF-8 or Windows-1258: save it from Excel as \"CSV UTF-8\".", path=name))
    return decoded


def read_csv_bytes(data: bytes, name: str = "") -> SourceTable:
    """Decode CSV *data* (UTF-8 with/without BOM, else Windows-1258) and read it with
    :func:`read_csv_text`. Raises :class:`ImportFileError`."""
    text, encoding = _decode(data, name)
    table = read_csv_text(text, name)
    table.encoding = encoding
    return table


def read_csv_text(text: str, name: str = "") -> SourceTable:
    """Read CSV *text*: normalise to NFC, try comma, semicolon and tab separators and keep
    the one whose header row is recognised best. Row numbers count CSV records from 1.

    Raises :class:`ImportFileError` when no header row is recognised."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff")).replace("\x00", "")
    # Each separator is tried on the first records only (the header is looked for in the
    # first 30); the whole file is then read once, with the best one (issue 7: a 10,000-row
    # file was held three times over, 36 MiB).
    candidates = []
    for delimiter in (",", ";", "\t"):
        try:
            head = [(i + 1, [c.strip() for c in rec]) for i, rec in
                    enumerate(itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), _HEADER_ROWS))]
        except csv.Error:
            continue
        found = _find_header(head, _HEADER_ROWS)
        if found is not None:
            candidates.append(((len(found[1]), -delimiter_rank(delimiter)), delimiter, found))
    for _score, delimiter, (index, mapping) in sorted(candidates, key=lambda c: c[0], reverse=True):
        try:
            rows = [(i + 1, [c.strip() for c in rec]) for i, rec in
                    enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))]
        except csv.Error:  # a broken record further down: as before, this separator does not read the file
            continue
        header_no, header = rows[index]
        return SourceTable(path=name, kind="csv", headers=[nfc(h) for h in header], header_row=header_no,
                           rows=rows[index + 1:], mapping=mapping, delimiter=delimiter)
    raise _no_header(name)


def delimiter_rank(delimiter: str) -> int:
    """Preference among separators recognising the same header: comma, semicolon, tab."""
    return (",", ";", "\t").index(delimiter)


def read_xlsx(path: str | Path) -> SourceTable:
    """Read the first worksheet with a recognisable header row of an XLSX workbook
    (openpyxl). Cells keep their types (numbers, ``datetime``); formulas are read as their
    cached values, and rows holding a formula are noted in ``formula_rows``.

    Raises :class:`ImportFileError` for a file that is not a readable workbook or has no
    recognisable header row."""
    import zipfile

    import openpyxl
    path = Path(path)
    try:
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as err:
        raise ImportFileError(tr("The file {path} is not an Excel workbook that can be read ({reason}).", path=str(path), reason=type(err).__name__)) from err
    except Exception as err:  # openpyxl raises assorted errors for damaged workbooks
        raise ImportFileError(tr("The file {path} is not an Excel workbook that can be read ({reason}).", path=str(path), reason=type(err).__name__)) from err
    try:
        for name in values.sheetnames:
            rows = []
            formula_rows = set()
            for (number, vrow), frow in zip(enumerate(values[name].iter_rows(values_only=True), start=1),
                                            formulas[name].iter_rows(values_only=True), strict=False):
                cells = [_xlsx_cell(v) for v in vrow]
                if any(isinstance(f, str) and f.startswith("=") for f in frow):
                    formula_rows.add(number)
                rows.append((number, cells))
            found = _find_header(rows)
            if found is None:
                continue
            index, mapping = found
            header_no, header = rows[index]
            return SourceTable(path=str(path), kind="xlsx", headers=[nfc(_text(h)) for h in header], header_row=header_no,
                               rows=rows[index + 1:], mapping=mapping, formula_rows=formula_rows)
    finally:
        formulas.close()
        values.close()
    raise _no_header(str(path))


def _xlsx_cell(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


def _no_header(name: str) -> ImportFileError:
    return ImportFileError(tr(
        "No header row found in {path}: the member list needs a row with column titles such as \"Họ và tên\", \"Giới tính\", \"Ngày sinh\", \"Số CCCD\".",
        path=name))


def _header_key(text) -> str:
    s = fold(_text(text))
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"[^0-9a-z#]+", " ", s)
    return " ".join(s.split())


def detect_mapping(headers: list) -> dict[str, int]:
    """``{field key: column index}`` for the *headers* that are known titles (first column
    wins when two carry the same title)."""
    mapping: dict[str, int] = {}
    for col, header in enumerate(headers):
        key = _ALIAS_TO_FIELD.get(_header_key(header))
        if key and key not in mapping:
            mapping[key] = col
    return mapping


#: A header row is looked for in this many first rows of a file.
_HEADER_ROWS = 30


def _find_header(rows: list[tuple[int, list]], limit: int = _HEADER_ROWS) -> tuple[int, dict[str, int]] | None:
    for index, (_, cells) in enumerate(rows[:limit]):
        mapping = detect_mapping(cells)
        if "full_name" in mapping and len(mapping) >= 3:
            return index, mapping
    return None


# --- cell values ---------------------------------------------------------------------

def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return nfc(str(value))


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _date(value) -> dt.date:
    if isinstance(value, (dt.date, dt.datetime)):
        return parse_date(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial numbers of 01/01/1900 … 31/12/9999
            from openpyxl.utils.datetime import from_excel
            return from_excel(value).date()
        raise FormatError(tr("Not a date (dd/mm/yyyy): {value}", value=_text(value)))
    return parse_date(str(value))


def _money(value) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_money(value)
    return parse_money(str(value))


def _digits_cell(value, what: str) -> str:
    """ID/phone cell as text; refuses Excel's scientific notation (digits are lost)."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        raise FormatError(tr("{what} {value} is not a whole number", what=what, value=value))
    if isinstance(value, int):
        return str(value)
    text = nfc(str(value))
    if re.fullmatch(r"\d+([.,]\d+)?[eE]\+?\d+", text):
        raise FormatError(tr("{what} {value} was shortened by Excel (scientific notation); format the column as Text and type it again",
                             what=what, value=text))
    return text


def _is_total_row(cells: list) -> bool:
    """A totals row: its first text cell reads "Tổng cộng", "Cộng", "Tổng số", "Total"…"""
    for value in cells:
        if isinstance(value, str) and value.strip():
            key = _header_key(value)
            return key in _TOTAL_LABELS or key.startswith("tong cong")
        if value is not None and not isinstance(value, str):
            return False
    return False


_ORGANISATION_PREFIXES = ("cong ty", "doanh nghiep", "hop tac xa", "htx", "to hop tac", "lien hiep",
                          "truong", "trung tam", "chi nhanh", "co so", "ho kinh doanh", "company", "cooperative")


def _looks_like_organisation(name: str) -> bool:
    key = _header_key(name)
    return any(key == p or key.startswith(p + " ") for p in _ORGANISATION_PREFIXES)


def _type_code(value) -> str:
    key = _header_key(value)
    if key in _TYPE_VALUES:
        return _TYPE_VALUES[key]
    for code in MEMBER_TYPES:  # the labels of the current UI language
        if _header_key(member_type_label(code)) == key or key == code:
            return code
    raise FormatError(tr("Unknown member type \"{value}\": write Chính thức, Liên kết góp vốn or Liên kết không góp vốn",
                         value=_text(value)))


_ACTIVE_WORDS = ("active", "dang", "con", "dang hoat dong", "dang la thanh vien", "hoat dong")
_LEFT_WORDS = ("left", "da ra", "ra khoi", "cham dut", "thoi", "nghi", "da nghi", "khai tru")


def _status(value) -> tuple[str, dt.date | None]:
    """``("active", None)`` or ``("left", date or None)`` from a status cell such as
    "Đang hoạt động" or "Đã ra khỏi HTX ngày 15/03/2024"."""
    key = _header_key(value)
    if any(key == w or key.startswith(w + " ") for w in _LEFT_WORDS):
        found = re.search(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}", _text(value))
        return "left", parse_date(found.group(0)) if found else None
    if not key or any(key == w or key.startswith(w + " ") for w in _ACTIVE_WORDS):
        return "active", None
    raise FormatError(tr("Unknown status \"{value}\": write Đang hoạt động, or Đã ra khỏi HTX ngày dd/mm/yyyy", value=_text(value)))


def _sex_code(value) -> str:
    code = _SEX_VALUES.get(_header_key(value))
    if code is None:
        raise FormatError(tr("Unknown sex \"{value}\": write Nam or Nữ", value=_text(value)))
    return code


# --- analysis ------------------------------------------------------------------------

# Member attribute → import field key, for problems found by the domain/store checks.
_ATTR_FIELD = {"contributions": "capital_paid", "kind": "full_name", "status": "status", "left_date": "status",
               "certificate_no": "", "certificate_date": ""}


def _read_row(cells: list, mapping: dict[str, int]) -> tuple[Member, dict[str, str], int]:
    """One data row → (Member not yet checked, {field: parse error}, paid amount)."""
    errors: dict[str, str] = {}

    def cell(key):
        col = mapping.get(key)
        if col is None or col >= len(cells):
            return None
        return cells[col]

    member = Member(full_name=_text(cell("full_name")), kind="individual")
    value = cell("sex")
    if _empty(value) and _empty(cell("birth_date")) and _looks_like_organisation(member.full_name):
        member.kind = "organisation"  # a company or cooperative member: no sex, no personal ID
    if not _empty(value):
        try:
            member.sex = _sex_code(value)
        except FormatError as err:
            errors["sex"] = str(err)
    for key in ("birth_date", "join_date"):
        value = cell(key)
        if not _empty(value):
            try:
                setattr(member, key, _date(value))
            except FormatError as err:
                errors[key] = str(err)
    for key, what in (("id_number", tr("ID number")), ("phone", tr("Phone"))):
        value = cell(key)
        if not _empty(value):
            try:
                setattr(member, key, _digits_cell(value, what))
            except FormatError as err:
                errors[key] = str(err)
    member.address = _text(cell("address"))
    member.nationality = _text(cell("nationality")) or "Việt Nam"
    member.notes = _text(cell("notes"))
    value = cell("status")
    if not _empty(value):
        try:
            member.status, member.left_date = _status(value)
        except FormatError as err:
            errors["status"] = str(err)
    if "member_type" in mapping:
        value = cell("member_type")
        if _empty(value):
            errors["member_type"] = tr("Member type is empty")
        else:
            try:
                member.member_type = _type_code(value)
            except FormatError as err:
                errors["member_type"] = str(err)
    paid = 0
    for key in ("capital_committed", "capital_paid"):
        value = cell(key)
        if _empty(value):
            continue
        try:
            amount = _money(value)
        except FormatError as err:
            errors[key] = str(err)
            continue
        if amount < 0:
            errors[key] = tr("Amount cannot be negative: {value}", value=_text(value))
        elif key == "capital_committed":
            member.capital_committed = amount
        else:
            paid = amount
    return member, errors, paid


class _CapitalPool:
    """Totals of the file's active rows whose type and capital could be read: what the
    capital caps (Law 17/2023 Art. 74 cl. 1) need to know about "the other rows"."""

    def __init__(self, rows: list[tuple[int, Member]]):
        self.by_row = {r: (m.member_type, m.capital_committed) for r, m in rows}
        self.n_official = sum(1 for t, _ in self.by_row.values() if t == "official")
        self.totals = {t: 0 for t in MEMBER_TYPES}
        for t, c in self.by_row.values():
            if t in self.totals:
                self.totals[t] += c


def _others_standing_in(pool: _CapitalPool, row: int) -> list[Member]:
    """The other rows of the file as :func:`~ocop_desktop.store.members.check_member` needs
    them for the caps, in O(1): :func:`~ocop_desktop.domain.members.capital_cap_problems`
    only uses, for a member's own errors, the total committed capital (the basis), whether
    there are 5 official members, the associates' total and the member's own share; so the
    other officials stand in as up to 5 entries carrying their total, and each other type
    as one entry carrying its total. Equivalent to passing every other row, without the
    quadratic cost on long lists."""
    own_type, own = pool.by_row.get(row, (None, 0))
    totals = dict(pool.totals)
    n_official = pool.n_official
    if own_type in totals:
        totals[own_type] -= own
        if own_type == "official":
            n_official -= 1
    out = [Member(full_name="", member_type="official", capital_committed=totals["official"] if i == 0 else 0)
           for i in range(min(n_official, MIN_OFFICIAL_MEMBERS))]
    out += [Member(full_name="", member_type=t, capital_committed=totals[t])
            for t in MEMBER_TYPES if t != "official" and totals[t]]
    return out


def analyse(store, table: SourceTable, today: dt.date | None = None,
            progress: Callable[[int, int], bool] | None = None) -> ImportReport:
    """Read and check every data row of *table* with its current ``mapping``.

    *store*: the open :class:`~ocop_desktop.store.db.Store` the members would join (read
    only here). *today*: the date rules compare with (default: today). *progress*: called
    with ``(rows done, rows in all)``; returning False cancels (:class:`ImportCancelled`).

    Returns an :class:`ImportReport`; never writes. Problems are one per row and field.
    """
    from ocop_desktop.store.members import check_member

    today = today or dt.date.today()
    report = ImportReport()
    mapping = {k: v for k, v in table.mapping.items() if v is not None and k in FIELD_KEYS}
    used: dict[int, str] = {}
    for key, col in mapping.items():
        if col in used:
            report.problems.append(Problem(None, key, tr(
                "Column \"{column}\" is mapped to both {a} and {b}: choose one field per column.",
                column=table.headers[col] if col < len(table.headers) else col + 1,
                a=field_label(used[col]), b=field_label(key))))
        used[col] = key
    if "full_name" not in mapping:
        report.problems.append(Problem(None, "full_name", tr("No column is mapped to the full name.")))
        return report

    # 1. read cells
    parsed: list[tuple[int, Member, dict[str, str], int, tuple[str, str]]] = []
    after_total = False
    total_rows = len(table.rows)
    for done, (row, cells) in enumerate(table.rows, start=1):
        if progress and done % 50 == 0 and progress(done // 2, total_rows) is False:
            raise ImportCancelled()
        if all(_empty(c) for c in cells):
            report.skipped.append((row, tr("blank row")))
            continue
        if after_total:
            report.skipped.append((row, tr("below the totals row")))
            continue
        if _is_total_row(cells) or (row in table.formula_rows and _empty(cells[mapping["full_name"]] if mapping["full_name"] < len(cells) else None)):
            after_total = True
            report.skipped.append((row, tr("totals row")))
            continue
        member, errors, paid = _read_row(cells, mapping)
        raw = (_text(cells[mapping["id_number"]]) if "id_number" in mapping and mapping["id_number"] < len(cells) else "",
               _text(cells[mapping["phone"]]) if "phone" in mapping and mapping["phone"] < len(cells) else "")
        if paid:
            if member.join_date is None and "join_date" not in errors:
                errors["join_date"] = tr("Give the join date: the capital paid is recorded on that date")
            elif member.join_date is not None:
                member.contributions = [Contribution(date=member.join_date, amount=paid, asset_type="cash",
                                                     note=tr("Paid capital on the imported member list"))]
        parsed.append((row, member, errors, paid, raw))
    if not parsed and not report.problems:
        report.problems.append(Problem(None, "", tr("The file has no member rows below the header row.")))
        return report

    # 2. check against the rules, the register and the rest of the file
    pool = _CapitalPool([(r, m) for r, m, e, _, _ in parsed
                         if m.status == "active" and not ({"member_type", "capital_committed", "status"} & e.keys())])
    seen_ids: dict[str, tuple[int, str]] = {}
    total = len(parsed)
    for done, (row, member, errors, paid, raw) in enumerate(parsed, start=1):
        if progress and done % 20 == 0 and progress(total_rows // 2 + done * (total_rows - total_rows // 2) // total, total_rows) is False:
            raise ImportCancelled()
        others = _others_standing_in(pool, row)
        checked, rule_errors, warnings = check_member(store, member, today, others=others)
        capital_failed = {"capital_committed", "capital_paid"} & errors.keys()
        problems: dict[str, list[str]] = {k: [v] for k, v in errors.items()}
        duplicate = None
        if checked.id_number and "id_number" not in errors and checked.status == "active":
            first = seen_ids.get(checked.id_number)
            if first is not None:
                duplicate = tr("ID number {value} is already used by row {row} ({name})",
                               value=checked.id_number, row=first[0], name=first[1])
            else:
                seen_ids[checked.id_number] = (row, checked.full_name)
        for attr, message in rule_errors:
            key = _ATTR_FIELD.get(attr, attr)
            if key in errors:
                continue  # the cell could not be read: its own message says why
            if capital_failed and key in ("capital_committed", "capital_paid"):
                continue
            if duplicate and key == "id_number":
                continue  # another person's number: comparing it with this person is moot
            problems.setdefault(key, []).append(message)
        if duplicate:
            problems.setdefault("id_number", []).insert(0, duplicate)
        for key in FIELD_KEYS + sorted(set(problems) - set(FIELD_KEYS)):
            if key in problems:
                report.problems.append(Problem(row, key, "; ".join(dict.fromkeys(problems[key]))))
        id_digits = re.sub(r"[\s.\-]", "", raw[0])
        phone_digits = re.sub(r"[\s.\-()]", "", raw[1])
        if id_digits and checked.id_number == "0" + id_digits and "id_number" not in problems:
            report.restored_ids += 1
        if phone_digits and checked.phone == "0" + phone_digits and "phone" not in problems:
            report.restored_phones += 1
        for attr, message in warnings:
            report.warnings.append(Problem(row, _ATTR_FIELD.get(attr, attr), message))
        report.members.append((row, checked))
    if not report.problems:
        n_official = sum(1 for _, m in report.members if m.member_type == "official" and m.status == "active")
        n_official += store.scalar("SELECT COUNT(*) FROM members WHERE status = 'active' AND member_type = 'official'") or 0
        if n_official < MIN_OFFICIAL_MEMBERS:
            report.warnings.append(Problem(None, "", tr(
                "After the import the cooperative would have {n} official members; the law requires at least 5 (Law 17/2023 Art. 4).",
                n=n_official)))
    if progress:
        progress(total_rows, total_rows)
    log.info("member import analysed: %d rows read, %d problems, %d warnings, %d values restored",
             len(report.members), len(report.problems), len(report.warnings), report.restored)
    return report


def commit(store, report: ImportReport, progress: Callable[[int, int], bool] | None = None) -> list[int]:
    """Write every member of *report* in one transaction (all or nothing), after a
    checked ``before-import`` backup of the file.

    Raises :class:`ValidationError` (problems as ``("row N, field", message)`` pairs) when
    the report has problems or no member, and :class:`ImportCancelled` when *progress*
    returns False (the transaction is rolled back; during the backup, *progress* is called
    with ``(0, total)``). Returns the new member ids."""
    from ocop_desktop.store.members import write_member

    if report.problems:
        raise ValidationError([(p.describe(), p.describe()) for p in report.problems])
    if not report.members:
        raise ValidationError([("", tr("The file has no member rows below the header row."))])
    from ocop_desktop.store.backup import BackupCancelled, backup_before
    total = len(report.members)
    # issue 6 item 1: a checked backup before every import; on a big file it takes a while,
    # so it reports progress (at 0 rows) and can be stopped too (issue 7)
    backing_up = None if progress is None else (lambda _stage, _done, _all: progress(0, total))
    try:
        backup_before(store, "before-import", progress=backing_up)
    except BackupCancelled:
        raise ImportCancelled() from None
    ids = []
    with store.atomic():
        for done, (_, member) in enumerate(report.members, start=1):
            ids.append(write_member(store, replace(member, id=None)))
            if progress and progress(done, total) is False:
                raise ImportCancelled()
    log.info("member import committed: %d members", len(ids))
    return ids


def import_file(store, path: str | Path, dry_run: bool = False, today: dt.date | None = None,
                mapping: dict[str, int] | None = None) -> tuple[SourceTable, ImportReport, list[int]]:
    """Read *path*, analyse it against *store* and, unless *dry_run* or there are problems,
    commit it. *mapping* overrides the detected ``{field: column index}``.

    Returns ``(table, report, new ids)`` (ids empty when nothing was written). Raises
    :class:`ImportFileError` for an unreadable file."""
    table = read_file(path)
    if mapping is not None:
        table.mapping = dict(mapping)
    report = analyse(store, table, today)
    ids: list[int] = []
    if report.ok and not dry_run:
        ids = commit(store, report)
    return table, report, ids
