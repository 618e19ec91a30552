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
written to a temporary name and renamed, so a failed export leaves nothing half-written.
Both exports read back through :mod:`ocop_desktop.imports.members`.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import os
import tempfile
from pathlib import Path

from ocop_desktop.domain.cooperative import address_text
from ocop_desktop.domain.formats import format_date, format_percent, from_iso, long_date
from ocop_desktop.domain.members import member_type_label, sex_label
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store.errors import ReadOnlyError, StoreError

__all__ = ["COLUMNS", "export_members", "export_xlsx", "export_csv", "register_rows"]

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


def _columns(include_personal: bool) -> list[tuple[str, str, float, str]]:
    return [c for c in COLUMNS if include_personal or c[3] != "personal"]


def register_rows(store):
    """Every member of the register (active first, then those who left; each group in
    Vietnamese name order), as display dicts with ``capital_paid`` (đồng), read from SQL in
    chunks. Yields dicts."""
    from ocop_desktop.store import members as members_store
    for status in ("active", "left"):
        ids = members_store.member_ids(store, status=status, sort="name")
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            rows = members_store.member_rows(store, chunk)
            for member_id in chunk:
                yield rows[member_id]


def _status_text(row: dict) -> str:
    if row["status"] == "left":
        return tr("Left the cooperative on {date}", date=format_date(row["left_date"])) if row["left_date"] else tr("Left the cooperative")
    return tr("Active member")


def _values(row: dict, seq: int) -> dict:
    committed = row["capital_committed"] or 0
    paid = row["capital_paid"] or 0
    return {
        "seq": seq, "full_name": row["full_name"], "sex": sex_label(row["sex"]),
        "birth_date": from_iso(row["birth_date"]), "id_number": row["id_number"] or "", "phone": row["phone"] or "",
        "address": row["address"] or "", "nationality": row["nationality"] or "",
        "member_type": member_type_label(row["member_type"]), "join_date": from_iso(row["join_date"]),
        "capital_committed": committed, "capital_paid": paid,
        "paid_pct": format_percent(paid, committed, 0) if committed else "",
        "status": _status_text(row),
    }


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


def export_csv(store, path: str | Path, include_personal: bool = False) -> int:
    """Write the register to *path* as CSV: UTF-8 with BOM, comma separated, one header row,
    dates dd/mm/yyyy, amounts as whole numbers of đồng. Returns the number of members.
    Raises :class:`ReadOnlyError` when *path* cannot be written."""
    path = Path(path)
    cols = _columns(include_personal)
    tmp = _atomic_target(path)
    n = 0
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow([tr(label) for _, label, _, _ in cols])
            for n, row in enumerate(register_rows(store), start=1):
                values = _values(row, n)
                writer.writerow([format_date(values[k]) if kind == "date" else values[k] for k, _, _, kind in cols])
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _finish(tmp, path)
    log.info("member register exported to CSV: %d members, personal data %s", n, "included" if include_personal else "left out")
    return n


def export_xlsx(store, path: str | Path, include_personal: bool = False, today: dt.date | None = None) -> int:
    """Write the printable register to *path* (XLSX). Layout: rows 1–3 the cooperative
    (name, tax code, address), row 5 the title, row 6 the date, row 8 the header, members
    from row 9, then a "Tổng cộng" row with SUM formulas (cached values included) and the
    place for signatures. Returns the number of members.
    Raises :class:`ReadOnlyError` when *path* cannot be written."""
    import xlsxwriter

    from ocop_desktop.store.cooperative import get_cooperative

    path = Path(path)
    today = today or dt.date.today()
    coop = get_cooperative(store)
    cols = _columns(include_personal)
    last_col = len(cols) - 1
    tmp = _atomic_target(path)
    n = 0
    try:
        # constant_memory: rows go to disk as written (they are written in order), so a
        # province register (105,000 members, 1.5 million cells) needs ~80 MB, not ~300 MB
        # (issue 7, benchmarks/RESULTS.md).
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
        ws = wb.add_worksheet(tr("Members")[:31])
        font = {"font_name": "Times New Roman", "font_size": 11}
        f_coop = wb.add_format({**font, "bold": True})
        f_plain = wb.add_format(font)
        f_title = wb.add_format({**font, "bold": True, "font_size": 15, "align": "center", "valign": "vcenter"})
        f_sub = wb.add_format({**font, "italic": True, "align": "center"})
        border = {"border": 1, "valign": "top"}
        f_head = wb.add_format({**font, **border, "bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "bg_color": "#E8EEF4"})
        f_text = wb.add_format({**font, **border})
        f_wrap = wb.add_format({**font, **border, "text_wrap": True})
        f_int = wb.add_format({**font, **border, "align": "center"})
        f_date = wb.add_format({**font, **border, "num_format": "dd/mm/yyyy", "align": "center"})
        f_money = wb.add_format({**font, **border, "num_format": "#,##0"})
        f_pct = wb.add_format({**font, **border, "align": "right"})
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
        r = header_row
        for n, row in enumerate(register_rows(store), start=1):
            r = header_row + n
            values = _values(row, n)
            for c, (key, _, _, kind) in enumerate(cols):
                v = values[key]
                if kind == "date":
                    if v:
                        ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), f_date)
                    else:
                        ws.write_blank(r, c, None, f_date)
                elif kind == "money":
                    ws.write_number(r, c, v, f_money)
                elif kind == "int":
                    ws.write_number(r, c, v, f_int)
                elif kind == "pct":
                    ws.write_string(r, c, v, f_pct)
                else:
                    ws.write_string(r, c, str(v), f_wrap if kind == "wrap" else f_text)
        total_row = r + 1
        name_col = next(i for i, c in enumerate(cols) if c[0] == "full_name")
        for c in range(last_col + 1):
            ws.write_blank(total_row, c, None, f_total_label)
        ws.write_string(total_row, name_col, tr("Total"), f_total_label)
        # members who left come last; the totals cover active members only (their capital
        # was returned on leaving, Law 17/2023 Art. 33)
        active_rows = 0
        totals = {"capital_committed": 0, "capital_paid": 0}
        for row in register_rows(store):
            if row["status"] == "active":
                active_rows += 1
                totals["capital_committed"] += row["capital_committed"] or 0
                totals["capital_paid"] += row["capital_paid"] or 0
        from xlsxwriter.utility import xl_rowcol_to_cell
        for c, (key, _, _, kind) in enumerate(cols):
            if kind == "money":
                if active_rows:
                    first = xl_rowcol_to_cell(header_row + 1, c)
                    last = xl_rowcol_to_cell(header_row + active_rows, c)
                    ws.write_formula(total_row, c, f"=SUM({first}:{last})", f_total, totals[key])
                else:
                    ws.write_number(total_row, c, 0, f_total)
        if active_rows < n:
            ws.write_string(total_row + 1, name_col, tr("Totals cover active members only."), f_sign_note)
        sign_row = total_row + 3
        left, right = max(0, last_col // 4 - 1), max(0, last_col - 3)
        ws.write(sign_row, right, long_date(today)[0].upper() + long_date(today)[1:], f_sign_note)
        ws.write(sign_row + 1, left, tr("PREPARED BY"), f_sign)
        ws.write(sign_row + 1, right, tr("DIRECTOR OF THE COOPERATIVE"), f_sign)
        ws.write(sign_row + 2, left, tr("(signature, full name)"), f_sign_note)
        ws.write(sign_row + 2, right, tr("(signature, full name, seal)"), f_sign_note)

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
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ReadOnlyError(tr("Could not write {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _finish(tmp, path)
    log.info("member register exported to XLSX: %d members, personal data %s", n, "included" if include_personal else "left out")
    return n


def export_members(store, path: str | Path, include_personal: bool = False, today: dt.date | None = None) -> int:
    """Export the register to *path*, XLSX or CSV by its suffix (``.xlsx``/``.csv``).
    Returns the number of members written. Raises :class:`StoreError` for another suffix
    and :class:`ReadOnlyError` when the file cannot be written."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return export_xlsx(store, path, include_personal, today)
    if suffix == ".csv":
        return export_csv(store, path, include_personal)
    raise StoreError(tr("Choose a file name ending in .xlsx or .csv: {path}", path=str(path)))
