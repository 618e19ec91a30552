"""Printing the books and reports: an HTML table laid out by ``QTextDocument`` on a ``QPrinter``.

A printed book carries what Circular 71/2024/TT-BTC asks of every book (COOPERATIVE.md
"Books"): the cooperative's name and address, the book's name, the period, the opening date,
the page count ("Sổ này có … trang"), the table with its header repeated on every page, and
the signature lines of the bookkeeper (người ghi sổ), the chief accountant (kế toán trưởng)
and the legal representative (người đại diện theo pháp luật).

:func:`book_html` builds the HTML, :func:`render_pdf` writes a PDF (used by tests and by
"Save as PDF"), :class:`Printing` opens the print preview (tests replace its classmethods).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ocop_desktop.domain.formats import format_date, long_date
from ocop_desktop.i18n import tr
from ocop_desktop.ui.models.book_table import NUMERIC, BookColumn, format_cell

__all__ = ["PrintedBook", "book_html", "make_document", "print_document", "render_pdf", "html_document", "render_html_pdf", "Printing", "MAX_PRINT_ROWS"]

#: Above this many lines the page asks before printing (a whole ledger may be huge).
MAX_PRINT_ROWS = 20000
FONT_FAMILIES = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]


@dataclass
class PrintedBook:
    """What goes on paper.

    *title*: the book's name (printed in capitals); *cooperative*, *address*: the header;
    *lines*: lines under the title (period, account, fund…); *columns*/*rows*: the table
    (row dicts keyed by column key; raw values: int đồng, ISO dates); *totals*: rows printed
    in bold after the table (e.g. "Cộng phát sinh", "Số dư cuối kỳ"); *before*: bold rows
    before the body ("Số dư đầu kỳ"); *opened*: the opening
    date of the book; *unit*: the unit line ("Đơn vị tính: đồng"); *signatures*: print the
    three signature lines; *landscape*: page orientation; *signers*: ``(who, how)`` pairs
    replacing the books' three signature lines (reports: người lập biểu…); *book_lines*:
    print the page-count and opening-date lines (books only); *preface*: ``(heading,
    columns, rows)`` tables printed before the main one (e.g. a computation step by step).
    """

    title: str
    columns: Sequence[BookColumn]
    rows: Iterable[dict]
    cooperative: str = ""
    address: str = ""
    lines: list[str] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    before: list[dict] = field(default_factory=list)
    opened: dt.date | None = None
    unit: str | None = None
    signatures: bool = True
    landscape: bool = True
    signers: list[tuple[str, str]] | None = None
    book_lines: bool = True
    preface: list[tuple[str, Sequence[BookColumn], list[dict]]] = field(default_factory=list)


def column_percents(columns: Sequence[BookColumn]) -> list[int]:
    """Printed column widths in % of the page: dates 9, money 11, other numbers 8, short
    text (≤ 130 px on screen) 11; long text shares the rest by screen width."""
    fixed = {"date": 9, "money": 11, "int": 8, "qty": 8, "pct": 8, "rtext": 8}
    out: list[int | None] = []
    for c in columns:
        out.append(fixed.get(c.kind, 11 if c.width <= 130 else None))
    taken = sum(w for w in out if w)
    wide = [c.width for c, w in zip(columns, out) if w is None]
    rest = max(100 - taken, 10 * len(wide))
    total = sum(wide) or 1
    return [w if w else max(8, round(rest * c.width / total)) for c, w in zip(columns, out)]


def _simple_table(columns: Sequence[BookColumn], rows: list[dict]) -> str:
    esc = html.escape
    widths = column_percents(columns)
    out = ['<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">',
           "<tr>" + "".join(f'<th align="center" width="{w}%">{esc(tr(c.title))}</th>' for c, w in zip(columns, widths)) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(_cell(c, row.get(c.key)) for c in columns) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _cell(column: BookColumn, value, bold: bool = False) -> str:
    text = html.escape(format_cell(column.kind, value, symbol=False))
    align = "right" if column.kind in NUMERIC else ("center" if column.kind == "date" else "left")
    if bold:
        text = f"<b>{text}</b>"
    return f'<td align="{align}">{text}</td>'


def book_html(book: PrintedBook, pages: int | None = None, today: dt.date | None = None) -> str:
    """The HTML of *book* for ``QTextDocument``. *pages*: the page count to print in the
    "this book has … pages" line (``None`` leaves dots to fill by hand); *today*: the date
    above the signatures (default: dots)."""
    esc = html.escape
    parts = ['<html><body>']
    parts.append('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                 f'<td align="left"><b>{esc(book.cooperative)}</b><br/>{esc(book.address)}</td>'
                 '</tr></table>')
    parts.append(f'<h2 align="center">{esc(book.title.upper())}</h2>')
    for line in book.lines:
        parts.append(f'<p align="center" style="margin:0">{esc(line)}</p>')
    if book.unit is None:
        unit = tr("Unit: đồng")
    else:
        unit = book.unit
    if unit:
        parts.append(f'<p align="right" style="margin:0"><i>{esc(unit)}</i></p>')
    for heading, columns, rows in book.preface:
        if heading:
            parts.append(f'<p style="margin-top:6px"><b>{esc(heading)}</b></p>')
        if columns:  # a heading alone introduces the main table
            parts.append(_simple_table(columns, rows))
    parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="3" '
                 'style="border-collapse: collapse; border-color: #000;">')
    widths = column_percents(book.columns)
    parts.append("<thead><tr>" + "".join(
        f'<th align="center" width="{w}%">{esc(tr(c.title))}</th>'
        for c, w in zip(book.columns, widths)) + "</tr></thead>")
    parts.append("<tbody>")
    for row in book.before:
        parts.append("<tr>" + "".join(_cell(c, row.get(c.key), bold=True) for c in book.columns) + "</tr>")
    for row in book.rows:
        bold = bool(row.get("_bold"))
        parts.append("<tr>" + "".join(_cell(c, row.get(c.key), bold) for c in book.columns) + "</tr>")
    for row in book.totals:
        parts.append("<tr>" + "".join(_cell(c, row.get(c.key), bold=True) for c in book.columns) + "</tr>")
    parts.append("</tbody></table>")
    if pages is None:
        count_line = tr("This book has …… pages, numbered from page 01 to page ……")
    else:
        count_line = tr("This book has {pages} pages, numbered from page 01 to page {last}",
                        pages=f"{pages:02d}", last=f"{pages:02d}")
    if book.book_lines:
        parts.append(f'<p style="margin-top:8px">- {esc(count_line)}</p>')
        opened = format_date(book.opened) if book.opened else "……/……/………"
        parts.append(f'<p style="margin:0">- {esc(tr("Opening date: {date}", date=opened))}</p>')
    if book.signatures:
        date_line = long_date(today) if today else tr("Day …… month …… year ……")
        sign = book.signers or [(tr("Bookkeeper"), tr("(Signature, full name)")),
                                (tr("Chief accountant"), tr("(Signature, full name)")),
                                (tr("Legal representative under the law"), tr("(Signature, full name, seal)"))]
        parts.append('<table width="100%" cellspacing="0" cellpadding="2" style="margin-top:10px">')
        parts.append("<tr>" + "<td></td>" * (len(sign) - 1) + f'<td align="center"><i>{esc(date_line[:1].upper() + date_line[1:])}</i></td></tr><tr>')
        for who, how in sign:
            parts.append(f'<td width="{100 // len(sign)}%" align="center"><b>{esc(who)}</b><br/><i>{esc(how)}</i><br/><br/><br/><br/></td>')
        parts.append("</tr></table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _setup_printer(printer: QPrinter, landscape: bool) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)
    printer.setPageMargins(QMarginsF(15, 12, 12, 12), QPageLayout.Unit.Millimeter)


def make_document(book: PrintedBook, printer: QPrinter, today: dt.date | None = None) -> QTextDocument:
    """A ``QTextDocument`` of *book* laid out for *printer*'s page, with the real page count
    filled into the "this book has … pages" line (laid out twice: the count needs the layout).

    *book.rows* is read once (pass a list, or an iterator for a single print)."""
    rows = list(book.rows)
    book = PrintedBook(**{**book.__dict__, "rows": rows})
    doc = QTextDocument()
    # lay out in the printer's own pixels so point sizes mean points on paper
    doc.documentLayout().setPaintDevice(printer)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    rect = printer.pageRect(QPrinter.Unit.DevicePixel)
    doc.setPageSize(QSizeF(rect.width(), rect.height() - _footer_height(printer)))
    doc.setHtml(book_html(book, None, today))
    pages = doc.pageCount()
    doc.setHtml(book_html(book, pages, today))
    return doc


def _footer_height(printer: QPrinter) -> float:
    return printer.resolution() * 0.3  # 0.3 inch for the page number


def print_document(doc: QTextDocument, printer: QPrinter) -> None:
    """Paint *doc* (laid out by :func:`make_document`) page by page on *printer*, with
    "page n/N" centred under each page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        width = doc.pageSize().width()
        height = doc.pageSize().height()
        count = doc.pageCount()
        font = QFont(doc.defaultFont())
        font.setPointSizeF(8)
        for page in range(count):
            if page:
                printer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(font)
            painter.drawText(QRectF(0, height, width, _footer_height(printer)),
                             Qt.AlignmentFlag.AlignCenter, tr("Page {n}/{count}", n=page + 1, count=count))
    finally:
        painter.end()


def html_document(html_text: str, printer: QPrinter) -> QTextDocument:
    """A ``QTextDocument`` of ready-made HTML laid out for *printer*'s page (a voucher…)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    rect = printer.pageRect(QPrinter.Unit.DevicePixel)
    doc.setPageSize(QSizeF(rect.width(), rect.height() - _footer_height(printer)))
    doc.setHtml(html_text)
    return doc


def render_html_pdf(html_text: str, path: str | Path, landscape: bool = False) -> int:
    """Write ready-made HTML as an A4 PDF at *path*; returns the number of pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _setup_printer(printer, landscape)
    doc = html_document(html_text, printer)
    print_document(doc, printer)
    return doc.pageCount()


def render_pdf(book: PrintedBook, path: str | Path, today: dt.date | None = None) -> int:
    """Write *book* as a PDF at *path* (A4); returns the number of pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _setup_printer(printer, book.landscape)
    doc = make_document(book, printer, today)
    print_document(doc, printer)
    return doc.pageCount()


class Printing:
    """Print preview and printing; tests replace :meth:`preview`."""

    @classmethod
    def preview(cls, parent: QWidget | None, book: PrintedBook) -> None:
        """Open the print preview of *book* (the user prints from it)."""
        rows = list(book.rows)
        book = PrintedBook(**{**book.__dict__, "rows": rows})
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _setup_printer(printer, book.landscape)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(tr("Print preview — {title}", title=book.title))
        dialog.paintRequested.connect(lambda p: print_document(make_document(book, p), p))
        dialog.resize(1100, 750)
        dialog.exec()

    @classmethod
    def preview_html(cls, parent: QWidget | None, title: str, html_text: str, landscape: bool = False) -> None:
        """Open the print preview of ready-made HTML (a voucher)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _setup_printer(printer, landscape)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(tr("Print preview — {title}", title=title))
        dialog.paintRequested.connect(lambda p: print_document(html_document(html_text, p), p))
        dialog.resize(900, 750)
        dialog.exec()
