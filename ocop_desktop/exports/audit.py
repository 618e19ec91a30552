"""Export the audit log (issue 6 item 5) to XLSX or CSV: one row per change and field."""

from __future__ import annotations

import csv
from pathlib import Path

from ocop_desktop.domain.audit_fields import field_label, shown_change
from ocop_desktop.exports.dossier_export import ExportCancelled
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import audit
from ocop_desktop.store.safety_files import write_atomically

__all__ = ["export_audit", "audit_rows", "HEADERS", "ExportCancelled"]

HEADERS = [N_("When"), N_("App user"), N_("OS account"), N_("Record type"), N_("Record"), N_("Action"),
           N_("Field"), N_("Old value"), N_("New value"),
           N_("Field code"), N_("Old value (as stored)"), N_("New value (as stored)")]


def _text(value) -> str:
    return "" if value is None else str(value)


def audit_rows(store, ids, chunk: int = 500, progress=None, total: int = 0):
    """Rows for the entries *ids* (any iterable, newest first; read *chunk* entries at a
    time): one per changed field: its label and the old and new values as the History page
    shows them (money ``1.250.000 ₫``, dates ``dd/MM/yyyy``, local times, codes as labels),
    then its code and the values as stored (integer đồng, ISO dates, UTC times) so the
    export can be re-read. A generator: the whole log is never in memory.
    *progress*: optional ``callable(entries done, total) -> bool`` called per chunk;
    returning False raises :class:`ExportCancelled`."""
    batch: list[int] = []
    done = 0
    for i in ids:
        batch.append(i)
        if len(batch) >= chunk:
            yield from _rows(store, batch)
            done += len(batch)
            batch = []
            if progress is not None and progress(done, total) is False:
                raise ExportCancelled(tr("Export cancelled."))
    if batch:
        yield from _rows(store, batch)


def _rows(store, ids: list[int]):
    entries = audit.entries(store, ids)
    for i in ids:
        entry = entries[i]
        base = [entry["at"].strftime("%d/%m/%Y %H:%M:%S"), entry["app_user"], entry["os_user"],
                tr(audit.TABLE_LABELS.get(entry["table_name"], entry["table_name"])),
                audit.record_label(entry), tr(audit.ACTION_LABELS[entry["action"]])]
        fields = audit.changes(entry) or [("", None, None)]
        table = entry["table_name"]
        for key, old, new in fields:
            if not key:
                yield base + ["", "", "", "", "", ""]
                continue
            yield base + [field_label(key, table), *shown_change(entry["action"], key, old, new, table),
                          key, _text(old), _text(new)]


#: Rows of one Excel worksheet (header included); a longer history continues on the next sheet.
SHEET_ROWS = 1_048_576


def export_audit(store, ids, target: str | Path, progress=None, total: int = 0) -> Path:
    """Write the entries *ids* (list or iterable of ids, newest first, e.g.
    :meth:`ocop_desktop.store.audit.AuditQuery.iter_ids`) to *target* (``.xlsx`` or
    ``.csv`` by suffix; no known suffix: ``.xlsx`` is added), atomically, streaming (XLSX in
    XlsxWriter's constant-memory mode; more than :data:`SHEET_ROWS` rows continue on sheets
    "History (2)", "History (3)"…, each with the header row, so nothing is cut off).
    Returns the path written.
    *progress*/*total*: see :func:`audit_rows`; a cancelled export writes nothing.
    Raises :class:`ExportTargetError` when the target cannot be written,
    :class:`ExportCancelled` when *progress* returned False."""
    target = Path(target)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + ".xlsx")
    headers = [tr(h) for h in HEADERS]

    def write(tmp: Path) -> None:
        rows = audit_rows(store, ids, progress=progress, total=total)
        if target.suffix.lower() == ".csv":
            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                w = csv.writer(fh)
                w.writerow(headers)
                w.writerows(rows)
            return
        import xlsxwriter
        book = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False,
                                              "constant_memory": True})
        bold = book.add_format({"bold": True})

        def new_sheet(n: int):
            sheet = book.add_worksheet(tr("History") + (f" ({n})" if n > 1 else ""))
            for c, width in enumerate([19, 16, 12, 20, 28, 10, 18, 30, 30, 16, 24, 24]):
                sheet.set_column(c, c, width)
            sheet.freeze_panes(1, 0)
            sheet.write_row(0, 0, headers, bold)
            return sheet
        sheets = 1
        sheet, r = new_sheet(sheets), 1
        try:
            for row in rows:
                if r == SHEET_ROWS:
                    sheets += 1
                    sheet, r = new_sheet(sheets), 1
                sheet.write_row(r, 0, row)
                r += 1
        finally:
            book.close()  # also on cancel: releases the sheet's temporary file (removed with tmp)

    return write_atomically(target, write)
