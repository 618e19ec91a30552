"""Export the member register to XLSX (printable) and CSV (UTF-8 with BOM).

Pure Python (no Qt). The XLSX (XlsxWriter) carries the cooperative's header (name, tax
code, head-office address), the title "SỔ ĐĂNG KÝ THÀNH VIÊN" (Law 17/2023/QH15 Art. 15:
the cooperative keeps a member register), column widths, real dates shown dd/mm/yyyy,
money as integers with the ``#,##0`` format (shown ``20.000.000`` by Excel set to
Vietnamese), a "Tổng cộng" row, and a print set-up of A4 landscape, one page wide, the
header row repeated on every page and page numbers in the footer. The CSV is the same
table without the title block, UTF-8 with a BOM so Excel opens it with the right letters.

Personal ID numbers and phones are left out unless *include_personal* is true (issue 6
item 7: member lists include them only when the user ticks that option). Files are
written to a temporary name and renamed, so a failed or cancelled export leaves nothing
half-written. Both exports read back through :mod:`ocop_desktop.imports.members`.

Speed (issue 7, ``benchmarks/RESULTS.md``): XlsxWriter spends ~12 µs per cell (cProfile:
``_write_cell``, ``_xml_inline_string``, ``_escape_attributes``, the control-character
regexes), 31 s of CPU for 105,000 members × 14 columns. So XlsxWriter writes the workbook
(styles, title block, header, the first member row, totals, signatures, print set-up,
freeze panes) and the other member rows are streamed into ``xl/worksheets/sheet1.xml`` by
:func:`_row_writer`, in the very XML XlsxWriter's ``constant_memory`` mode writes (inline
strings, the same escapes, the style ids XlsxWriter gave the first row); a test checks the
sheet is byte for byte the one XlsxWriter alone writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from ocop_desktop.domain.cooperative import address_text
from ocop_desktop.domain.formats import format_date, format_money, format_percent, from_iso, long_date
from ocop_desktop.domain.members import member_type_label, sex_label
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store.errors import ReadOnlyError, StoreError

__all__ = ["COLUMNS", "ExportCancelled", "export_members", "export_xlsx", "export_csv", "register_rows"]

log = logging.getLogger("ocop_desktop.exports.members")

#: (key, header label, width in characters, kind); ``personal`` columns only on request.
COLUMNS: list[tuple[str, str, float, str]] = [
    ("seq", N_("No."), 5, "int"),
    ("full_name", N_("Full name"), 24, "text"),
    ("sex", N_("Sex"), 8, "text"),
    ("birth_date", N_("Date of birth"), 11.5, "date"),
    ("id_number", N_("Personal ID number"), 14.5, "personal"),
    ("phone", N_("Phone number"), 13, "personal"),
    ("address", N_("Contact address"), 34, "wrap"),
    ("nationality", N_("Nationality"), 10, "text"),
    ("member_type", N_("Member type"), 21, "text"),
    ("join_date", N_("Join date"), 11.5, "date"),
    ("capital_committed", N_("Capital committed (VND)"), 15, "money"),
    ("capital_paid", N_("Capital paid (VND)"), 15, "money"),
    ("paid_pct", N_("Paid share"), 9, "pct"),
    ("status", N_("Status"), 18, "wrap"),
]

_CHUNK = 500

#: ``progress(done, total)``: members written so far and in all; returning ``False`` cancels.
Progress = Callable[[int, int], "bool | None"]


class ExportCancelled(Exception):
    """The user cancelled through the *progress* callback; no file was written (the
    temporary file is removed and the destination left as it was)."""


def _columns(include_personal: bool) -> list[tuple[str, str, float, str]]:
    return [c for c in COLUMNS if include_personal or c[3] != "personal"]


def register_rows(store):
    """Every member of the register (active first, then those who left; each group in
    Vietnamese name order), as dicts of ``store.members.REGISTER_COLUMNS`` with
    ``capital_paid`` (đồng), streamed from SQL. Yields dicts. Call inside
    ``store.members.read_snapshot`` to agree with a count read before."""
    from ocop_desktop.store import members as members_store
    for status in ("active", "left"):
        yield from members_store.register_stream(store, status)


def _status_text(row: dict) -> str:
    if row["status"] == "left":
        return tr("Left the cooperative on {date}", date=format_date(row["left_date"])) if row["left_date"] else tr("Left the cooperative")
    return tr("Active member")


def _value_maker():
    """A ``values(row, seq)`` function: one member's cells as a dict keyed like
    :data:`COLUMNS`. Labels (sex, member type, status) are translated once per export,
    not once per member."""
    sexes: dict = {}
    types: dict = {}
    statuses: dict = {}

    def values(row: dict, seq: int) -> dict:
        committed = row["capital_committed"] or 0
        paid = row["capital_paid"] or 0
        sex = sexes.get(row["sex"])
        if sex is None:
            sex = sexes[row["sex"]] = sex_label(row["sex"])
        member_type = types.get(row["member_type"])
        if member_type is None:
            member_type = types[row["member_type"]] = member_type_label(row["member_type"])
        status_key = (row["status"], row["left_date"])
        status = statuses.get(status_key)
        if status is None:
            status = statuses[status_key] = _status_text(row)
        return {
            "seq": seq, "full_name": row["full_name"] or "", "sex": sex,
            "birth_date": from_iso(row["birth_date"]), "id_number": row["id_number"] or "", "phone": row["phone"] or "",
            "address": row["address"] or "", "nationality": row["nationality"] or "",
            "member_type": member_type, "join_date": from_iso(row["join_date"]),
            "capital_committed": committed, "capital_paid": paid,
            "paid_pct": format_percent(paid, committed, 0) if committed else "",
            "status": status,
        }
    return values


def _atomic_target(path: Path):
    """A temporary file next to *path* (renamed over it by the caller)."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=path.suffix, dir=path.parent or ".")
    except OSError as err:
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err
    os.close(fd)
    return Path(tmp)


def _finish(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled(tr("Export cancelled: nothing was written."))


def export_csv(store, path: str | Path, include_personal: bool = False,
               progress: Progress | None = None) -> int:
    """Write the register to *path* as CSV: UTF-8 with BOM, comma separated, one header row,
    dates dd/mm/yyyy, amounts as whole numbers of đồng. Returns the number of members.
    *progress(done, total)* is called every few hundred members (members written, members
    in all); when it returns ``False`` the export stops, the temporary file is removed and
    :class:`ExportCancelled` is raised. Raises :class:`ReadOnlyError` when *path* cannot be
    written."""
    from ocop_desktop.store import members as members_store
    path = Path(path)
    cols = _columns(include_personal)
    tmp = _atomic_target(path)
    n = 0
    try:
        with members_store.read_snapshot(store):
            total = sum(members_store.register_counts(store))
            _check(progress, 0, total)
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, lineterminator="\r\n")
                writer.writerow([tr(label) for _, label, _, _ in cols])
                make_values = _value_maker()
                for n, row in enumerate(register_rows(store), start=1):
                    values = make_values(row, n)
                    writer.writerow([format_date(values[k]) if kind == "date" else values[k] for k, _, _, kind in cols])
                    if n % _CHUNK == 0 and n < total:
                        _check(progress, n, total)
        _check(progress, n, total)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _finish(tmp, path)
    log.info("member register exported to CSV: %d members, personal data %s", n, "included" if include_personal else "left out")
    return n


# --- XLSX ------------------------------------------------------------------------------
# The XML of a member row, as XlsxWriter's constant_memory mode writes it
# (xlsxwriter/worksheet.py ``_write_cell``, xmlwriter.py ``_xml_inline_string``,
# ``_escape_control_characters``, ``_escape_data``): strings inline, control characters
# that XML 1.0 forbids as ``_xHHHH_`` (a literal ``_xHHHH_`` as ``_x005F_xHHHH_``), then
# ``& < >`` escaped; ``xml:space="preserve"`` on text with leading or trailing white space.
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_LITERAL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_EXCEL_ROWS = 1_048_576  # rows in an Excel sheet
_STRMAX = 32767  # Excel's cell text limit in UTF-16 units (XlsxWriter truncates the same)
#: Excel serial day numbers: day 60 is the 29 February 1900 that never was (Excel's bug,
#: kept by XlsxWriter ``_datetime_to_excel_datetime``), so dates from 1 March 1900 count
#: from 30 December 1899 and earlier ones from 31 December 1899.
_EPOCH = dt.date(1899, 12, 30).toordinal()
_EPOCH_EARLY = dt.date(1899, 12, 31).toordinal()
_MARCH_1900 = dt.date(1900, 3, 1)


def _xml_text(text: str) -> str:
    """*text* as the content of an inline-string ``<t>``, escaped like XlsxWriter."""
    if len(text) > _STRMAX // 2 and len(text.encode("utf-16-le")) // 2 > _STRMAX:
        text = text.encode("utf-16-le")[:2 * _STRMAX].decode("utf-16-le", "ignore")
    if _NEEDS_ESCAPE.search(text) is not None:
        text = _LITERAL_ESCAPE.sub(r"_x005F\1", text)
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
        text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _excel_serial(day: dt.date) -> int:
    """Excel's serial day number of *day* (1900 date system)."""
    return day.toordinal() - (_EPOCH if day >= _MARCH_1900 else _EPOCH_EARLY)


_INLINE = ' t="inlineStr"><is><t>{}</t></is></c>'
_INLINE_PRESERVE = ' t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>'
_BLANK = "/>"
#: columns whose few distinct values are turned into XML once each
_REPEATING = {"sex", "nationality", "member_type", "paid_pct", "status"}


def _string_part(text: str) -> str:
    """The end of a ``<c>`` holding *text* (after its ``r`` and ``s`` attributes)."""
    if not text:
        return _INLINE.format("")
    if (_NEEDS_ESCAPE.search(text) is None and len(text) <= _STRMAX // 2
            and not text[0].isspace() and not text[-1].isspace()):
        return _INLINE.format(text)
    text = _xml_text(text)
    return (_INLINE_PRESERVE if text and (text[0].isspace() or text[-1].isspace()) else _INLINE).format(text)


def _number_part(v) -> str:
    return f"><v>{v}</v></c>" if type(v) is int and -10**15 < v < 10**15 else f"><v>{v:.16G}</v></c>"


def _date_part(v) -> str:
    return f"><v>{_excel_serial(v)}</v></c>" if v else _BLANK


def _row_writer(cells: list[tuple[str, str, str, str]]):
    """A ``row_xml(values, r)`` function giving the ``<row>`` element of sheet row *r*
    (1-based) for one member's *values*. *cells*: per column ``(key, kind, column letters,
    style id)``. The row is one ``str.format`` of a template made here; each cell's value
    part comes from :func:`_string_part`, :func:`_number_part` or :func:`_date_part`."""
    template = ['<row r="{0}">']
    getters = []
    for i, (key, kind, letters, style) in enumerate(cells, start=1):
        template.append(f'<c r="{letters}{{0}}" s="{style}"{{{i}}}')
        if kind == "date":
            getters.append((key, _date_part, None))
        elif kind in ("money", "int"):
            getters.append((key, _number_part, None))
        else:
            getters.append((key, _string_part, {} if key in _REPEATING else None))
    template.append("</row>")
    fmt = "".join(template).format

    def row_xml(values: dict, r: int) -> str:
        parts = []
        for key, part, memo in getters:
            v = values[key]
            if memo is None:
                parts.append(part(v))
            else:
                p = memo.get(v)
                if p is None:
                    p = memo[v] = part(v)
                parts.append(p)
        return fmt(r, *parts)
    return row_xml


def _write_xlsxwriter_row(ws, r: int, values: dict, cols, formats: dict) -> None:
    """Write one member row (0-based sheet row *r*) through XlsxWriter."""
    for c, (key, _, _, kind) in enumerate(cols):
        v = values[key]
        if kind == "date":
            if v:
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), formats["date"])
            else:
                ws.write_blank(r, c, None, formats["date"])
        elif kind in ("money", "int"):
            ws.write_number(r, c, v, formats[kind])
        else:
            ws.write_string(r, c, v if isinstance(v, str) else str(v), formats[kind])


def export_xlsx(store, path: str | Path, include_personal: bool = False, today: dt.date | None = None,
                progress: Progress | None = None) -> int:
    """Write the printable register to *path* (XLSX). Layout: rows 1–3 the cooperative
    (name, tax code, address), row 5 the title, row 6 the date, row 8 the header, members
    from row 9, then a "Tổng cộng" row with SUM formulas (cached values included) and the
    place for signatures. Returns the number of members.

    *progress(done, total)* is called every few hundred members (members written, members
    in all); when it returns ``False`` the export stops, the temporary file is removed,
    *path* is left as it was and :class:`ExportCancelled` is raised. Memory stays flat
    (rows are streamed from SQL into the ZIP). Raises :class:`ReadOnlyError` when *path*
    cannot be written and :class:`StoreError` when the register has more members than an
    Excel sheet has rows (1,048,576)."""
    return _export_xlsx(store, path, include_personal, today, progress, stream=True)


def _export_xlsx(store, path, include_personal, today, progress, stream: bool) -> int:
    """:func:`export_xlsx`; with *stream* false every member row goes through XlsxWriter
    (the reference the streamed rows are tested against)."""
    from ocop_desktop.store import members as members_store
    path = Path(path)
    today = today or dt.date.today()
    cols = _columns(include_personal)
    tmp = _atomic_target(path)
    n = 0
    try:
        with members_store.read_snapshot(store):
            n = _write_xlsx(store, tmp, cols, today, progress, stream)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _finish(tmp, path)
    log.info("member register exported to XLSX: %d members, personal data %s", n, "included" if include_personal else "left out")
    return n


def _write_xlsx(store, tmp: Path, cols, today: dt.date, progress: Progress | None, stream: bool) -> int:
    """Write the workbook to *tmp*; returns the number of members."""
    import xlsxwriter
    from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

    from ocop_desktop.store import members as members_store
    from ocop_desktop.store.cooperative import get_cooperative

    last_col = len(cols) - 1
    n = 0
    coop = get_cooperative(store)
    active, left = members_store.register_counts(store)
    total = active + left
    if total + 16 > _EXCEL_ROWS:  # title block, header, totals and signatures included
        raise StoreError(tr("The register has {n} members, more than an Excel sheet holds; export it as CSV.",
                            n=format_money(total, symbol=False)))
    _check(progress, 0, total)
    # members who left come last; the totals cover active members only (their capital
    # was returned on leaving, Law 17/2023 Art. 33). member_totals is kept by triggers.
    summary = members_store.member_summary(store)
    totals = {"capital_committed": summary["committed"], "capital_paid": summary["paid"]}
    rows = register_rows(store)
    make_values = _value_maker()

    # constant_memory: rows go to a temporary file as written, and strings are written
    # inline (the form _row_writer copies). The workbook itself is small: in memory.
    book = io.BytesIO()
    wb = xlsxwriter.Workbook(book, {"constant_memory": True})
    ws = wb.add_worksheet(tr("Members")[:31])
    font = {"font_name": "Times New Roman", "font_size": 11}
    f_coop = wb.add_format({**font, "bold": True})
    f_plain = wb.add_format(font)
    f_title = wb.add_format({**font, "bold": True, "font_size": 15, "align": "center", "valign": "vcenter"})
    f_sub = wb.add_format({**font, "italic": True, "align": "center"})
    border = {"border": 1, "valign": "top"}
    f_head = wb.add_format({**font, **border, "bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "bg_color": "#E8EEF4"})
    f_text = wb.add_format({**font, **border})
    formats = {
        "text": f_text, "personal": f_text,
        "wrap": wb.add_format({**font, **border, "text_wrap": True}),
        "int": wb.add_format({**font, **border, "align": "center"}),
        "date": wb.add_format({**font, **border, "num_format": "dd/mm/yyyy", "align": "center"}),
        "money": wb.add_format({**font, **border, "num_format": "#,##0"}),
        "pct": wb.add_format({**font, **border, "align": "right"}),
    }
    f_total_label = wb.add_format({**font, **border, "bold": True})
    f_total = wb.add_format({**font, **border, "bold": True, "num_format": "#,##0"})
    f_sign = wb.add_format({**font, "bold": True, "align": "center"})
    f_sign_note = wb.add_format({**font, "italic": True, "align": "center"})

    ws.write(0, 0, (coop.name if coop else "").upper(), f_coop)
    if coop and coop.tax_code:
        ws.write(1, 0, tr("Tax code: {code}", code=coop.tax_code), f_plain)
    address = address_text(coop) if coop else ""
    if address:
        ws.write(2, 0, tr("Address: {address}", address=address), f_plain)
    ws.merge_range(4, 0, 4, last_col, tr("MEMBER REGISTER"), f_title)
    ws.set_row(4, 24)
    ws.merge_range(5, 0, 5, last_col, tr("(as of {date})", date=format_date(today)), f_sub)
    header_row = 7
    for c, (key, label, width, kind) in enumerate(cols):
        ws.set_column(c, c, width)
        ws.write(header_row, c, tr(label), f_head)
    ws.set_row(header_row, 32)
    # the first member row (all of them without *stream*) through XlsxWriter: it gives
    # the style ids the streamed rows reuse
    for n, row in enumerate(rows, start=1):
        _write_xlsxwriter_row(ws, header_row + n, make_values(row, n), cols, formats)
        if stream:
            break
        if n % _CHUNK == 0 and n < total:
            _check(progress, n, total)
    total_row = header_row + total + 1
    name_col = next(i for i, c in enumerate(cols) if c[0] == "full_name")
    for c in range(last_col + 1):
        ws.write_blank(total_row, c, None, f_total_label)
    ws.write_string(total_row, name_col, tr("Total"), f_total_label)
    for c, (key, _, _, kind) in enumerate(cols):
        if kind == "money":
            if active:
                first = xl_rowcol_to_cell(header_row + 1, c)
                last = xl_rowcol_to_cell(header_row + active, c)
                ws.write_formula(total_row, c, f"=SUM({first}:{last})", f_total, totals[key])
            else:
                ws.write_number(total_row, c, 0, f_total)
    if left:
        ws.write_string(total_row + 1, name_col, tr("Totals cover active members only."), f_sign_note)
    sign_row = total_row + 3
    left_col, right_col = max(0, last_col // 4 - 1), max(0, last_col - 3)
    ws.write(sign_row, right_col, long_date(today)[0].upper() + long_date(today)[1:], f_sign_note)
    ws.write(sign_row + 1, left_col, tr("PREPARED BY"), f_sign)
    ws.write(sign_row + 1, right_col, tr("DIRECTOR OF THE COOPERATIVE"), f_sign)
    ws.write(sign_row + 2, left_col, tr("(signature, full name)"), f_sign_note)
    ws.write(sign_row + 2, right_col, tr("(signature, full name, seal)"), f_sign_note)

    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.repeat_rows(header_row)
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_footer("&C" + tr("Page &P of &N"))
    ws.freeze_panes(header_row + 1, name_col + 1)
    ws.print_area(0, 0, sign_row + 2, last_col)
    wb.close()

    letters = [xl_col_to_name(c) for c in range(len(cols))]
    # the sheet is deflated at level 3: at 105,000 members 0.6 s instead of 1.7 s of CPU
    # for 10.6 instead of 9.0 MiB (the other parts keep XlsxWriter's level)
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as out:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml" or not stream or total < 2:
                out.writestr(info, src.read(info.filename))
                continue
            xml = src.read(info.filename).decode("utf-8")
            # after XlsxWriter's first member row come the streamed ones
            first_r = header_row + 2
            start = xml.index(f'<row r="{first_r}">')
            split = xml.index("</row>", start) + len("</row>")
            styles = dict(re.findall(rf'<c r="([A-Z]+){first_r}" s="(\d+)"', xml[start:split]))
            row_xml = _row_writer([(key, kind, letters[c], styles[letters[c]]) for c, (key, _, _, kind) in enumerate(cols)])
            # ZIP64 (which Excel reads only in a strict form) only when the sheet could near
            # zipfile's 2 GiB limit: ~60 bytes per cell (85 MB for 1.47 million cells)
            with out.open(info.filename, "w", force_zip64=total * len(cols) > 10_000_000) as fh:
                fh.write(xml[:split].encode("utf-8"))
                chunk: list[str] = []
                r = first_r
                for n, row in enumerate(rows, start=2):
                    r += 1
                    chunk.append(row_xml(make_values(row, n), r))
                    if n % _CHUNK == 0 and n < total:
                        fh.write("".join(chunk).encode("utf-8"))
                        chunk.clear()
                        _check(progress, n, total)
                fh.write("".join(chunk).encode("utf-8"))
                fh.write(xml[split:].encode("utf-8"))
    _check(progress, n, total)
    return n


def export_members(store, path: str | Path, include_personal: bool = False, today: dt.date | None = None,
                   progress: Progress | None = None) -> int:
    """Export the register to *path*, XLSX or CSV by its suffix (``.xlsx``/``.csv``).
    Returns the number of members written. *progress*: as in :func:`export_xlsx`.
    Raises :class:`StoreError` for another suffix, :class:`ReadOnlyError` when the file
    cannot be written and :class:`ExportCancelled` when *progress* returned ``False``."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return export_xlsx(store, path, include_personal, today, progress)
    if suffix == ".csv":
        return export_csv(store, path, include_personal, progress)
    raise StoreError(tr("Choose a file name ending in .xlsx or .csv: {path}", path=str(path)))
