"""Books page (sidebar "books"): the cooperative's books on screen, on paper and in XLSX.

Choose a book (cash book, bank book, general journal, ledger of an account, trial balance,
subsidiary ledger of a member / customer / supplier) and a period; the book is shown in a
table that reads its lines a page at a time as you scroll (running balances from SQL), with
the opening balance above and the period's movements and closing balance below. "Export
XLSX" writes the standard form (income exporter); "Print" opens the print preview with the
book's header and signature lines (Circular 71/2024/TT-BTC).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ocop_desktop.domain.formats import format_count, format_date, format_money
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import income_views
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.cooperative import get_cooperative
from ocop_desktop.store.db import Store
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.book_counterparty import CounterpartyPicker
from ocop_desktop.ui.book_print import MAX_PRINT_ROWS, Printing, PrintedBook
from ocop_desktop.ui.models.book_table import LazyBookModel, iter_rows
from ocop_desktop.ui.models.books import BOOKS, BookQuery, make_source, totals_rows, write_xlsx
from ocop_desktop.ui.widgets import DateEdit, EnumCombo

__all__ = ["BooksPage", "PeriodPicker", "period_presets", "default_year"]

_KINDS = [("member", N_("Member of the cooperative")), ("customer", N_("Customer")), ("supplier", N_("Supplier"))]


def default_year(store: Store, today: dt.date | None = None) -> int:
    """The year to open the books on: this year if it has entries, else the latest year
    with entries (else this year)."""
    today = today or dt.date.today()
    last = income_views.last_entry_date(store)
    if not last or last[:4] >= str(today.year):
        return today.year
    return int(last[:4])


def period_presets(year: int) -> list[tuple[str, str, dt.date, dt.date]]:
    """``(code, label, from, to)``: the whole year, its quarters and its months."""
    out = [("year", tr("Year {year}", year=year), dt.date(year, 1, 1), dt.date(year, 12, 31))]
    for q in range(1, 5):
        start = dt.date(year, 3 * q - 2, 1)
        end = dt.date(year + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
        out.append((f"q{q}", tr("Quarter {q}/{year}", q=q, year=year), start, end))
    for m in range(1, 13):
        end = dt.date(year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        out.append((f"m{m}", tr("Month {month}", month=f"{m:02d}/{year}"), dt.date(year, m, 1), end))
    return out


class PeriodPicker(QWidget):
    """Year + period (year / quarter / month) + editable from–to dates; emits ``changed``."""

    changed = Signal()

    def __init__(self, year: int, parent=None, allow_custom: bool = True):
        super().__init__(parent)
        self.year = QComboBox()
        for y in range(year + 1, year - 11, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(year))
        self.preset = QComboBox()
        self.date_from = DateEdit(optional=False)
        self.date_to = DateEdit(optional=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Period")))
        layout.addWidget(self.year)
        layout.addWidget(self.preset)
        from_label, to_label = QLabel(tr("from")), QLabel(tr("to"))
        for w in (from_label, self.date_from, to_label, self.date_to):
            layout.addWidget(w)
            w.setVisible(allow_custom)
        self._fill_presets()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(lambda _d: self._dates_changed())
        self.date_to.dateChanged.connect(lambda _d: self._dates_changed())
        self._preset_changed()

    def _fill_presets(self, keep: str | None = None) -> None:
        self.preset.blockSignals(True)
        self.preset.clear()
        for code, label, start, end in period_presets(self.year.currentData()):
            self.preset.addItem(label, (code, start, end))
        index = next((i for i in range(self.preset.count()) if self.preset.itemData(i)[0] == keep), 0)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)

    def _year_changed(self) -> None:
        code = self.preset.currentData()[0] if self.preset.currentData() else "year"
        self._fill_presets(code)
        self._preset_changed()

    def _preset_changed(self) -> None:
        data = self.preset.currentData()
        if not data:
            return
        _code, start, end = data
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.set_value(value)
            edit.blockSignals(False)
        self.changed.emit()

    def _dates_changed(self) -> None:
        self.changed.emit()

    def set_period(self, code: str, year: int | None = None) -> None:
        """Choose preset *code* (``"year"``, ``"q1"``…, ``"m1"``…) of *year*."""
        if year is not None:
            self.year.blockSignals(True)
            self.year.setCurrentIndex(self.year.findData(year))
            self.year.blockSignals(False)
            self._fill_presets(code)
        else:
            index = next(i for i in range(self.preset.count()) if self.preset.itemData(i)[0] == code)
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(index)
            self.preset.blockSignals(False)
        self._preset_changed()

    def preset_code(self) -> str:
        return self.preset.currentData()[0]

    def bounds(self) -> tuple[dt.date, dt.date]:
        return self.date_from.value(), self.date_to.value()

    def label(self) -> str:
        """"Từ ngày … đến ngày …" for headings."""
        start, end = self.bounds()
        return tr("From {start} to {end}", start=format_date(start), end=format_date(end))


class BooksPage(QWidget):
    """The books page; *today* fixes the default year (tests)."""

    title = "Books"

    def __init__(self, store: Store, parent=None, today: dt.date | None = None, window=None):
        super().__init__(parent)
        self.store = store
        self.window_ = window
        self.book = EnumCombo([(key, tr(spec.title)) for key, spec in BOOKS.items()])
        self.book.setObjectName("book_choice")
        self.account = QComboBox()
        self.account.setObjectName("book_account")
        self.account.setMinimumWidth(260)
        for r in vstore.account_rows(store):
            self.account.addItem(f"{r['code']} – {r['name']}", r["code"])
        self.kind = EnumCombo([(k, tr(label)) for k, label in _KINDS])
        self.counterparty = CounterpartyPicker(store)
        self.counterparty.setObjectName("book_counterparty")
        self.counterparty.setMinimumWidth(300)
        self.period = PeriodPicker(default_year(store, today))
        self.model = LazyBookModel(None, self)
        self.table = QTableView()
        self.table.setObjectName("book_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(self.open_line)
        self.heading = QLabel()
        self.heading.setObjectName("book_heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)  # a long member name and ID number must not widen the window
        self.opening = QLabel()
        self.opening.setObjectName("book_opening")
        self.totals = QLabel()
        self.totals.setObjectName("book_totals")
        self.totals.setStyleSheet("font-weight: bold;")
        self.totals.setWordWrap(True)
        self.export_button = QPushButton(tr("Export &XLSX…"))
        self.print_button = QPushButton(tr("&Print…"))
        self.export_button.clicked.connect(self.export_xlsx)
        self.print_button.clicked.connect(self.print_book)

        choose = QHBoxLayout()
        choose.addWidget(QLabel(tr("Book")))
        choose.addWidget(self.book)
        self._account_label = QLabel(tr("Account"))
        choose.addWidget(self._account_label)
        choose.addWidget(self.account)
        choose.addWidget(self.kind)
        choose.addWidget(self.counterparty)
        choose.addStretch(1)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addStretch(1)
        period_row.addWidget(self.export_button)
        period_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(period_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.opening)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

        self.book.changed.connect(self._book_changed)
        self.account.currentIndexChanged.connect(lambda _i: self.show_book())
        self.kind.changed.connect(self._kind_changed)
        self.counterparty.chosen.connect(self.show_book)
        self.period.changed.connect(self.show_book)
        self._kind_changed(show=False)
        self._book_changed()

    # --- choosing -----------------------------------------------------------------
    def _kind_changed(self, show: bool = True) -> None:
        """Search the chosen kind (member / customer / supplier); a new kind clears the
        choice, the same kind keeps it (its name re-read: it may have been edited)."""
        self.counterparty.set_kind(self.kind.value())
        self.counterparty.set_value(self.counterparty.value())
        if show:
            self.show_book()

    def _book_changed(self) -> None:
        spec = BOOKS[self.book.value()]
        self.account.setVisible(spec.needs == "account")
        self._account_label.setVisible(spec.needs == "account")
        self.kind.setVisible(spec.needs == "counterparty")
        self.counterparty.setVisible(spec.needs == "counterparty")
        self.show_book()

    def choose(self, book: str, account: str | None = None, kind: str | None = None,
               counterparty_id: int | None = None, period: str | None = None, year: int | None = None) -> None:
        """Show *book* with the given choices (for links from other pages and tests)."""
        self.book.blockSignals(True)
        self.book.set_value(book)
        self.book.blockSignals(False)
        if account is not None:
            self.account.blockSignals(True)
            self.account.setCurrentIndex(self.account.findData(account))
            self.account.blockSignals(False)
        if kind is not None:
            self.kind.blockSignals(True)
            self.kind.set_value(kind)
            self.kind.blockSignals(False)
            self._kind_changed(show=False)
        if counterparty_id is not None:
            self.counterparty.set_value(counterparty_id)
        if period is not None:
            self.period.blockSignals(True)
            self.period.set_period(period, year)
            self.period.blockSignals(False)
        self._book_changed()

    def query(self) -> BookQuery:
        """The book and period chosen on screen."""
        start, end = self.period.bounds()
        spec = BOOKS[self.book.value()]
        return BookQuery(
            book=spec.key, date_from=start, date_to=end,
            account=self.account.currentData() if spec.needs == "account" else None,
            kind=self.kind.value() if spec.needs == "counterparty" else None,
            counterparty_id=self.counterparty.value() if spec.needs == "counterparty" else None,
        )

    def _subtitle_lines(self, q: BookQuery) -> list[str]:
        lines = [self.period.label()]
        if q.book == "ledger":
            lines.append(tr("Account: {account}", account=self.account.currentText()))
        elif q.book == "subsidiary":
            lines.append(f"{self.kind.currentText()}: {self.counterparty.label()}")
        elif q.book == "cash":
            lines.append(tr("Fund: Vietnamese đồng cash"))
        return lines

    # --- showing ------------------------------------------------------------------
    def show_book(self) -> None:
        """Read the chosen book from its first page."""
        q = self.query()
        spec = BOOKS[q.book]
        if q.date_from > q.date_to:
            self.model.set_source(None)
            self.heading.setText(tr("The period ends before it starts."))
            self.opening.clear()
            self.totals.clear()
            return
        # the totals first: their count, opening and closing balances let the model jump
        # anywhere in the book without summing it again
        before, after, figures = totals_rows(self.store, q)
        self._figures = figures
        self.model.set_source(make_source(self.store, q, figures))
        header = self.table.horizontalHeader()
        for col, c in enumerate(spec.columns):
            self.table.setColumnWidth(col, c.width)
            stretch = c.key in ("description", "name")
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive)
        self.heading.setText(f"{tr(spec.title)} — " + " — ".join(self._subtitle_lines(q)))
        self.heading.setToolTip(tr("Double-click a line to open its voucher"))
        if before:
            self.opening.setText(tr("Opening balance: {amount}", amount=self._balance_text(figures.get("opening", 0))))
        else:
            self.opening.clear()
        self.opening.setVisible(bool(before))
        if q.book == "trial":
            self.totals.setText(tr("{n} accounts · total debit movements {debit}, total credit movements {credit}",
                                   n=format_count(figures.get("count", 0)), debit=format_money(figures.get("debit", 0)),
                                   credit=format_money(figures.get("credit", 0))))
        elif q.book == "journal":
            self.totals.setText(tr("{n} lines · total debit {debit}, total credit {credit}",
                                   n=format_count(figures.get("count", 0)), debit=format_money(figures["debit"]),
                                   credit=format_money(figures["credit"])))
        elif figures:
            self.totals.setText(tr("{n} lines · debit movements {debit} · credit movements {credit} · closing balance {closing}",
                                   n=format_count(figures.get("count", 0)), debit=format_money(figures["debit"]),
                                   credit=format_money(figures["credit"]), closing=self._balance_text(figures["closing"])))
        else:
            self.totals.setText(tr("Choose a member, customer or supplier."))

    @staticmethod
    def _balance_text(balance: int) -> str:
        if balance < 0:
            return tr("{amount} (credit)", amount=format_money(-balance))
        return format_money(balance)

    def open_line(self, index) -> None:
        """Open the voucher of the double-clicked line in the voucher form (vouchers page);
        capital contributions open the member register."""
        row = self.model.row_dict(index.row())
        if self.window_ is None:
            return
        if row.get("voucher_id"):
            self.window_.pages["income"].edit_voucher(row["voucher_id"])  # built on first use
            self.show_book()
        elif row.get("contribution_id"):
            self.window_.show_page("members")

    def refresh(self) -> None:
        """Called when the page is shown: vouchers may have changed."""
        self._kind_changed(show=False)
        self.show_book()

    # --- paper and XLSX -------------------------------------------------------------
    def printed_book(self) -> PrintedBook:
        """The chosen book as a :class:`PrintedBook` (rows read page by page when printed)."""
        q = self.query()
        spec = BOOKS[q.book]
        coop = get_cooperative(self.store)
        before, after, figures = totals_rows(self.store, q)
        return PrintedBook(
            title=tr(spec.title), columns=spec.columns, rows=iter_rows(make_source(self.store, q, figures)),
            cooperative=coop.name if coop else "", address=getattr(coop, "address_detail", "") or "" if coop else "",
            lines=self._subtitle_lines(q), before=before, totals=after, opened=q.date_from,
        )

    def print_book(self) -> None:
        count = getattr(self, "_figures", {}).get("count", 0)
        if count > MAX_PRINT_ROWS and not Ask.confirm(self, tr("Print"), tr(
                "This book has {n} lines in the period (about {pages} pages). Print it anyway? A shorter period prints faster.",
                n=format_count(count), pages=count // 30 + 1)):
            return
        Printing.preview(self, self.printed_book())

    def export_xlsx(self) -> None:
        q = self.query()
        spec = BOOKS[q.book]
        if spec.needs == "counterparty" and q.counterparty_id is None:
            Ask.error(self, tr("Export to a file"), tr("Choose a member, customer or supplier."))
            return
        suggested = f"{tr(spec.title)} {q.date_from.isoformat()} {q.date_to.isoformat()}.xlsx"
        path = Ask.save_file(self, tr("Export the book to XLSX"), tr("Excel workbooks (*.xlsx)"), suggested)
        if not path:
            return
        from ocop_desktop.ui.book_export import XlsxExport
        self.export_job = XlsxExport(self, self.store, lambda store, target: write_xlsx(store, q, target), Path(path),
                                     tr("Export to a file"))
