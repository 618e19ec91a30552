"""Reports page (sidebar "reports", issue 5 items 5–6): B02-HTX with columns (a) external and
(b) internal, revenue by product / channel / month with a chart, the member income statement
(this year against last year), and the surplus distribution of a year with "post".

Each tab exports XLSX (income exporter) and prints (print preview of an HTML table with the
report's header and signature lines).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.domain.income.distribution import DistributionError
from ocop_desktop.domain.members import member_type_label
from ocop_desktop.exports import books_xlsx
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import distribution as dist_store
from ocop_desktop.store import income_reports
from ocop_desktop.store.cooperative import get_cooperative
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.book_print import Printing, PrintedBook
from ocop_desktop.ui.models.book_table import BookColumn, LazyBookModel, list_source, mapped_source
from ocop_desktop.ui.pages.books import PeriodPicker, default_year
from ocop_desktop.ui.widgets import mark_writes

__all__ = ["ReportsPage", "B02Tab", "RevenueTab", "MemberIncomeTab", "DistributionTab", "report_signers",
           "chart_available", "SuggestionsTab"]

try:  # QtCharts is in PySide6-Addons
    from PySide6.QtCharts import (
        QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
    )
    _HAS_CHARTS = True
except ImportError:  # pragma: no cover - depends on the installation
    _HAS_CHARTS = False


def chart_available() -> bool:
    """True when QtCharts (PySide6-Addons) is installed; the revenue chart needs it."""
    return _HAS_CHARTS


def report_signers() -> list[tuple[str, str]]:  # noqa: N802 - a constant built at display time
    """Signature lines of financial reports (TT 71 forms): người lập biểu, kế toán trưởng,
    người đại diện theo pháp luật."""
    return [(tr("Prepared by"), tr("(Signature, full name)")),
            (tr("Chief accountant"), tr("(Signature, full name)")),
            (tr("Legal representative under the law"), tr("(Signature, full name, seal)"))]


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def _size_columns(view: QTableView, columns: list[BookColumn], stretch: str | None = None) -> None:
    header = view.horizontalHeader()
    for col, c in enumerate(columns):
        view.setColumnWidth(col, c.width)
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if c.key == stretch else QHeaderView.ResizeMode.Interactive)


class _ReportTab(QWidget):
    """Common parts: a controls row with Export XLSX / Print, a heading, a table."""

    title = ""

    def __init__(self, store: Store, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.today = today
        #: True until the report is computed; tabs compute when first shown (a big file's
        #: reports take seconds, the window must open at once)
        self.stale = True
        self.model = LazyBookModel(None, self)
        self.table = _table(self.model)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.export_button = QPushButton(tr("Export &XLSX…"))
        self.print_button = QPushButton(tr("&Print…"))
        self.export_button.clicked.connect(self.export_xlsx)
        self.print_button.clicked.connect(self.print_report)
        self.controls = QHBoxLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.controls)
        self.layout_.addWidget(self.heading)

    def ensure_shown(self) -> None:
        """Compute the report if it was not computed since the last change."""
        if self.stale:
            self.show_report()

    def _finish_controls(self) -> None:
        self.controls.addStretch(1)
        self.controls.addWidget(self.export_button)
        self.controls.addWidget(self.print_button)

    def _coop(self) -> tuple[str, str]:
        coop = get_cooperative(self.store)
        return (coop.name, coop.address_detail or "") if coop else ("", "")

    def printed(self) -> PrintedBook:  # pragma: no cover - overridden
        raise NotImplementedError

    def print_report(self) -> None:
        Printing.preview(self, self.printed())

    def writer(self) -> Callable[[Store, Path], object]:  # pragma: no cover - overridden
        """``write(store, path)`` for the report as chosen now (run off the GUI thread)."""
        raise NotImplementedError

    def suggested_name(self) -> str:
        return "report.xlsx"

    def export_xlsx(self) -> None:
        path = Ask.save_file(self, tr("Export the report to XLSX"), tr("Excel workbooks (*.xlsx)"), self.suggested_name())
        if not path:
            return
        from ocop_desktop.ui.book_export import XlsxExport
        self.export_job = XlsxExport(self, self.store, self.writer(), Path(path), tr("Export to a file"))


# --- B02-HTX ------------------------------------------------------------------------------
B02_COLUMNS = [
    BookColumn("title", N_("Item"), "text", 430), BookColumn("code", N_("Code"), "text", 60),
    BookColumn("external", N_("External transactions (a)"), "money", 190),
    BookColumn("internal", N_("Internal transactions (b)"), "money", 190),
    BookColumn("total", N_("Total"), "money", 190),
]


class B02Tab(_ReportTab):
    """B02-HTX for a month, quarter or year (Circular 71/2024/TT-BTC)."""

    title = N_("Income statement (B02-HTX)")

    def __init__(self, store: Store, today: dt.date | None = None, parent=None):
        super().__init__(store, today, parent)
        self.period = PeriodPicker(default_year(store, today), allow_custom=False)
        self.period.changed.connect(self.show_report)
        self.controls.addWidget(self.period)
        self._finish_controls()
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.note)
        self.note.setText(tr("Column (a): transactions with non-members; column (b): transactions with members. "
                             "Transactions not marked count as external (Law 17/2023 Art. 85)."))

    def rows(self) -> list[dict]:
        start, end = self.period.bounds()
        formula = {"10", "20", "40", "50", "60"}  # computed lines, bold as on the form
        return [{"code": ln.code, "title": ln.title, "external": ln.external, "internal": ln.internal, "total": ln.total,
                 "_bold": ln.code in formula}
                for ln in income_reports.b02(self.store, start, end)]

    def show_report(self) -> None:
        self.stale = False
        self.model.set_source(list_source(B02_COLUMNS, self.rows()))
        _size_columns(self.table, B02_COLUMNS, "title")
        self.heading.setText(tr("Income statement (form B02-HTX)") + " — " + self.period.label())

    def printed(self) -> PrintedBook:
        name, address = self._coop()
        return PrintedBook(tr("Income statement (form B02-HTX)"), B02_COLUMNS, self.rows(), cooperative=name,
                           address=address, lines=[self.period.label()], signers=report_signers(), book_lines=False,
                           landscape=True)  # wide money columns would wrap in portrait

    def suggested_name(self) -> str:
        start, end = self.period.bounds()
        return f"B02-HTX {start.isoformat()} {end.isoformat()}.xlsx"

    def writer(self):
        start, end = self.period.bounds()
        return lambda store, path: books_xlsx.write_b02(store, path, start, end)


# --- revenue ------------------------------------------------------------------------------
_BY = [("product", N_("By product")), ("channel", N_("By sales channel")), ("month", N_("By month"))]


class RevenueChart(QWidget):
    """Bar chart of revenue rows (``label``, ``amount`` đồng), in million đồng, with QtCharts;
    a plain QPainter bar chart when QtCharts is missing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.by = "product"
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.view = None
        if _HAS_CHARTS:
            self.view = QChartView()
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setMinimumHeight(220)
            self.layout_.addWidget(self.view)
        self.setMinimumHeight(220)

    def set_rows(self, rows: list[dict], by: str) -> None:
        self.rows, self.by = rows, by
        if self.view is None:
            self.update()
            return
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        rows = rows if by == "month" else list(reversed(rows[:12]))  # biggest at the top
        bar = QBarSet(tr("Revenue (million đồng)"))  # whole millions: labels need no decimal mark
        bar.setColor(Qt.GlobalColor.darkCyan)
        for r in rows:
            bar.append(round(r["amount"] / 1_000_000))
        series = QBarSeries() if by == "month" else QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(r["label"])[:40] for r in rows] or [""])
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(tr("million đồng"))
        top = max((r["amount"] for r in rows), default=0) / 1_000_000
        values.setRange(0, top * 1.1 if top else 1)
        values.applyNiceNumbers()
        if by == "month":
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def paintEvent(self, event):  # noqa: N802 - the QPainter fallback
        super().paintEvent(event)
        if self.view is not None or not self.rows:
            return
        p = QPainter(self)
        top = max(r["amount"] for r in self.rows) or 1
        n = min(len(self.rows), 12)
        h = max(1, (self.height() - 10) // n)
        for i, r in enumerate(self.rows[:n]):
            w = int((self.width() - 260) * r["amount"] / top)
            p.drawText(4, i * h + h - 6, str(r["label"])[:30])
            p.fillRect(200, i * h + 4, w, h - 8, Qt.GlobalColor.darkCyan)
            p.drawText(204 + w, i * h + h - 6, format_money(r["amount"]))
        p.end()


REVENUE_COLUMNS = [
    BookColumn("label", N_("Product / channel / month"), "text", 330), BookColumn("count", N_("Number of vouchers"), "int", 110),
    BookColumn("quantity", N_("Quantity sold"), "qty", 110), BookColumn("amount", N_("Revenue"), "money", 170),
    BookColumn("share", N_("Share"), "rtext", 80),
]


class RevenueTab(_ReportTab):
    """Sales revenue by product, channel or month, with a chart."""

    title = N_("Revenue")

    def __init__(self, store: Store, today: dt.date | None = None, parent=None):
        super().__init__(store, today, parent)
        self.by = QComboBox()
        for code, label in _BY:
            self.by.addItem(tr(label), code)
        self.period = PeriodPicker(default_year(store, today), allow_custom=False)
        self.by.currentIndexChanged.connect(lambda _i: self.show_report())
        self.period.changed.connect(self.show_report)
        self.controls.addWidget(self.by)
        self.controls.addWidget(self.period)
        self._finish_controls()
        self.chart = RevenueChart()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 240])
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.note)

    def rows(self) -> list[dict]:
        start, end = self.period.bounds()
        rows = income_reports.revenue_by(self.store, start, end, self.by.currentData())
        total = sum(r["amount"] for r in rows)
        for r in rows:
            q = r.get("quantity") or 0
            r["quantity"] = int(q) if float(q).is_integer() else float(q)
            r["share"] = f"{r['amount'] * 100 / total:.1f}%".replace(".", ",") if total else ""
        return rows

    def show_report(self) -> None:
        self.stale = False
        rows = self.rows()
        self.model.set_source(list_source(REVENUE_COLUMNS, rows))
        _size_columns(self.table, REVENUE_COLUMNS, "label")
        self.chart.set_rows(rows, self.by.currentData())
        total = sum(r["amount"] for r in rows)
        self.heading.setText(tr("Sales revenue") + f" ({self.by.currentText().lower()}) — " + self.period.label())
        self.note.setText(tr("Total sales revenue: {amount}", amount=format_money(total)))

    def printed(self) -> PrintedBook:
        name, address = self._coop()
        rows = self.rows()
        total = {"label": tr("Total"), "amount": sum(r["amount"] for r in rows), "count": sum(r["count"] for r in rows)}
        return PrintedBook(tr("Sales revenue") + f" ({self.by.currentText().lower()})", REVENUE_COLUMNS, rows,
                           cooperative=name, address=address, lines=[self.period.label()], totals=[total],
                           signers=report_signers(), book_lines=False, landscape=False)

    def suggested_name(self) -> str:
        start, end = self.period.bounds()
        return f"Doanh thu {start.isoformat()} {end.isoformat()}.xlsx"

    def writer(self):
        start, end = self.period.bounds()
        return lambda store, path: books_xlsx.write_revenue(store, path, start, end)


# --- member income ------------------------------------------------------------------------
def _member_columns(year: int) -> list[BookColumn]:
    return [
        BookColumn("full_name", N_("Member name"), "text", 170), BookColumn("type_label", N_("Kind of member"), "text", 140),
        BookColumn("products_sold", N_("Products sold to the coop"), "money", 160),
        BookColumn("services_used", N_("Services used"), "money", 120),
        BookColumn("labour", N_("Labour pay"), "money", 120),
        BookColumn("distributions", N_("Distributed to them"), "money", 125),
        BookColumn("income", tr("Income {year}", year=year), "money", 130),
        BookColumn("income_prev", tr("Income {year}", year=year - 1), "money", 130),
        BookColumn("growth_pct", N_("Growth"), "pct", 80),
    ]


class MemberIncomeTab(_ReportTab):
    """Per member: products bought from them, services used, labour pay and distributions,
    this year against last year (issue 5 item 5)."""

    title = N_("Member income")

    def __init__(self, store: Store, today: dt.date | None = None, parent=None):
        super().__init__(store, today, parent)
        self.year = QComboBox()
        y0 = default_year(store, today)
        for y in range(y0, y0 - 10, -1):
            self.year.addItem(str(y), y)
        if (today or dt.date.today()).year <= y0:  # the year is still running: last full year
            self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(lambda _i: self.show_report())
        self.controls.addWidget(QLabel(tr("Year")))
        self.controls.addWidget(self.year)
        self._finish_controls()
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.note)

    def rows(self) -> tuple[list[dict], dict]:
        rows = income_reports.member_income(self.store, self.year.currentData())
        for r in rows:
            r["type_label"] = member_type_label(r["member_type"])
        totals = income_reports.member_income_totals(rows) if rows else {}
        return rows, totals

    def show_report(self) -> None:
        self.stale = False
        year = self.year.currentData()
        rows, totals = self.rows()
        columns = _member_columns(year)
        self.model.set_source(list_source(columns, rows))
        _size_columns(self.table, columns, "full_name")
        self.heading.setText(tr("Member income statement {year} compared with {prev}", year=year, prev=year - 1))
        if totals:
            g = totals["growth_pct"]
            self.note.setText(tr("Members' income from the cooperative: {now} in {year}, {before} in {prev} ({growth}). "
                                 "Income = products sold to the cooperative + labour pay + distributions.",
                                 now=format_money(totals["income"]), year=year, before=format_money(totals["income_prev"]),
                                 prev=year - 1, growth=(f"{g:+}%".replace(".", ",") if g is not None else "—")))
        else:
            self.note.setText(tr("No transactions with members in {year} or {prev}.", year=year, prev=year - 1))

    def printed(self) -> PrintedBook:
        name, address = self._coop()
        year = self.year.currentData()
        rows, totals = self.rows()
        total_row = dict(totals, full_name=tr("Total")) if totals else {}
        return PrintedBook(tr("Member income statement {year} compared with {prev}", year=year, prev=year - 1),
                           _member_columns(year), rows, cooperative=name, address=address,
                           lines=[tr("Year {year}", year=year)], totals=[total_row] if totals else [],
                           signers=report_signers(), book_lines=False)

    def suggested_name(self) -> str:
        return f"Thu nhap thanh vien {self.year.currentData()}.xlsx"

    def writer(self):
        year = self.year.currentData()
        return lambda store, path: books_xlsx.write_member_income(store, path, year)


# --- distribution -------------------------------------------------------------------------
STEP_COLUMNS = [BookColumn("label", N_("Step"), "text", 420), BookColumn("how", N_("How it is computed"), "text", 330),
                BookColumn("amount", N_("Amount"), "money", 160)]
SHARE_COLUMNS = [
    BookColumn("name", N_("Member name"), "text", 155), BookColumn("type_label", N_("Kind"), "text", 85),
    BookColumn("use_value", N_("Use of products and services"), "money", 125),
    BookColumn("labour_pay", N_("Labour pay"), "money", 130), BookColumn("capital", N_("Paid-in capital"), "money", 100),
    BookColumn("by_use_labour", N_("By use and labour"), "money", 160),
    BookColumn("by_capital_internal", N_("By capital (internal)"), "money", 120),
    BookColumn("by_capital_external", N_("By capital (external)"), "money", 115),
    BookColumn("total", N_("Total"), "money", 125),
]


class DistributionTab(_ReportTab):
    """The surplus distribution of a year (Law 17/2023 Art. 84–86): the computation step by
    step, the per-member table, and "Post distribution" behind a confirmation."""

    title = N_("Surplus distribution")

    def __init__(self, store: Store, today: dt.date | None = None, parent=None):
        super().__init__(store, today, parent)
        self.year = QComboBox()
        y0 = default_year(store, today)
        for y in range(y0, y0 - 10, -1):
            self.year.addItem(str(y), y)
        if (today or dt.date.today()).year <= y0:  # the year is still running: last full year
            self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(lambda _i: self.show_report())
        self.post_button = QPushButton(tr("P&ost distribution…"))
        mark_writes(self.post_button)  # disabled in a read-only window
        self.post_button.clicked.connect(self.post)
        self.controls.addWidget(QLabel(tr("Year")))
        self.controls.addWidget(self.year)
        self.controls.addWidget(self.post_button)
        self._finish_controls()
        self.steps_model = LazyBookModel(None, self)
        self.steps_table = _table(self.steps_model)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.steps_table)
        splitter.addWidget(self.table)
        splitter.setSizes([260, 300])
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.note)

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def compute(self):
        """The distribution of the chosen year (raises :class:`DistributionError`)."""
        return dist_store.compute_distribution(self.store, self.year.currentData())

    @staticmethod
    def share_row(s) -> dict:
        """The table row of one member's share (:class:`MemberShare`): đồng amounts."""
        b = s.basis
        return {"name": b.name, "type_label": tr("Official") if b.official else tr("Associate"),
                "use_value": b.use_value, "labour_pay": b.labour_pay, "capital": b.capital,
                "by_use_labour": s.by_use_labour, "by_capital_internal": s.by_capital_internal,
                "by_capital_external": s.by_capital_external, "total": s.total}

    @classmethod
    def share_rows(cls, d) -> list[dict]:
        return [cls.share_row(s) for s in d.members]

    def show_report(self) -> None:
        self.stale = False
        year = self.year.currentData()
        self.heading.setText(tr("Surplus distribution of {year} (Law 17/2023 Art. 84–86)", year=year))
        # let the shown result go before computing the next (103,169 members' shares each)
        self.steps_model.set_source(None)
        self.model.set_source(None)
        try:
            d = self.compute()
        except DistributionError as err:
            self.steps_model.set_source(None)
            self.model.set_source(None)
            self.note.setText(str(err))
            self.post_button.setEnabled(False)
            return
        steps = [{"label": label, "amount": amount, "how": how} for label, amount, how in d.steps]
        self.steps_model.set_source(list_source(STEP_COLUMNS, steps))
        _size_columns(self.steps_table, STEP_COLUMNS, "label")
        # rows made page by page from the shares (105,000 members in a province: issue 7)
        self.model.set_source(mapped_source(SHARE_COLUMNS, d.members, self.share_row))
        _size_columns(self.table, SHARE_COLUMNS, "name")
        posted = dist_store.posted_distribution(self.store, year)
        if posted is not None:
            number = self.store.scalar("SELECT number FROM vouchers WHERE id = ?", [posted])
            date = self.store.scalar("SELECT date FROM vouchers WHERE id = ?", [posted])
            self.note.setText(tr("Posted as general journal voucher {number} of {date}.", number=number, date=format_date(date)))
        else:
            self.note.setText(tr("Not posted yet. To members: {members}; undivided common fund: {fund}.",
                                 members=format_money(d.to_members), fund=format_money(d.fund_total)))
        self.post_button.setEnabled(posted is None)

    def post(self) -> None:
        """Post the distribution vouchers after a confirmation (dated today)."""
        year = self.year.currentData()
        today = self._today()
        if today.year <= year:
            Ask.error(self, tr("Post distribution"), tr("The year {year} is not over yet; post its distribution after 31/12/{year}.", year=year))
            return
        try:
            d = self.compute()
        except DistributionError as err:
            Ask.error(self, tr("Post distribution"), str(err))
            return
        if not Ask.confirm(self, tr("Post distribution"), tr(
                "Post the distribution of {year} as a general journal voucher dated {date}? "
                "{members} to {n} members, {fund} to the undivided common fund. "
                "The amounts are credited to each member (account 338) to be paid out later.",
                year=year, date=format_date(today), members=format_money(d.to_members),
                n=sum(1 for s in d.members if s.total), fund=format_money(d.fund_total))):
            return
        from ocop_desktop.ui.backup_progress import BackupProgress
        try:
            with BackupProgress(self, tr("Post distribution")) as progress:
                v = dist_store.post_distribution(self.store, year, today, progress=progress)
        except (StoreError, DistributionError) as err:
            Ask.error(self, tr("Post distribution"), str(err))
            return
        self.show_report()
        Ask.inform(self, tr("Post distribution"), tr("Posted as {number}.", number=v.number))

    def printed(self) -> PrintedBook:
        name, address = self._coop()
        year = self.year.currentData()
        d = self.compute()
        rows = self.share_rows(d)
        steps = [{"label": label, "how": how, "amount": amount} for label, amount, how in d.steps]
        return PrintedBook(tr("Surplus distribution of {year}", year=year), SHARE_COLUMNS, rows,
                           cooperative=name, address=address,
                           preface=[(tr("The computation"), STEP_COLUMNS, steps), (tr("Per member"), [], [])],
                           lines=[tr("Law on Cooperatives 17/2023/QH15, Articles 84–86")],
                           totals=[{"name": tr("Total"), "total": sum(r["total"] for r in rows)}],
                           signers=report_signers(), book_lines=False)

    def print_report(self) -> None:
        try:
            super().print_report()
        except DistributionError as err:
            Ask.error(self, tr("Print"), str(err))

    def suggested_name(self) -> str:
        return f"Phan phoi thu nhap {self.year.currentData()}.xlsx"

    def writer(self):
        year = self.year.currentData()
        return lambda store, path: books_xlsx.write_distribution(store, path, year)


# --- OCOP suggestions ----------------------------------------------------------------------
SUGGESTION_COLUMNS = [
    BookColumn("criterion", N_("Criterion"), "text", 80), BookColumn("name", N_("What it asks"), "text", 330),
    BookColumn("met_label", N_("Suggestion"), "text", 190), BookColumn("summary", N_("Figures from the books"), "text", 520),
]
_CRITERIA = {"A3đ": N_("Accounting organised as the regulations require"),
             "A3d": N_("Business growth: profit up against the previous year"),
             "B4a": N_("Modern sales channels with contracts of 6 months or more")}


class SuggestionsTab(_ReportTab):
    """Suggestions from the books for the OCOP self-assessment (A3đ, A3d, B4a; issue 5 item
    8): the income core computes them, the person assessing decides."""

    title = N_("OCOP suggestions")

    def __init__(self, store: Store, today: dt.date | None = None, parent=None):
        super().__init__(store, today, parent)
        self.year = QComboBox()
        y0 = default_year(store, today)
        for y in range(y0, y0 - 10, -1):
            self.year.addItem(str(y), y)
        if (today or dt.date.today()).year <= y0:
            self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(lambda _i: self.show_report())
        self.controls.addWidget(QLabel(tr("Year")))
        self.controls.addWidget(self.year)
        self.controls.addStretch(1)
        self.export_button.hide()
        self.print_button.hide()
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.note)
        self.note.setText(tr("These are suggestions computed from the books, with the figures behind them; "
                             "choose the option in the self-assessment yourself."))

    def rows(self) -> list[dict]:
        out = []
        for s in income_reports.ocop_suggestions(self.store, self.year.currentData()):
            met = s["met"]
            out.append({"criterion": s["criterion"], "name": tr(_CRITERIA.get(s["criterion"], "")),
                        "met_label": tr("Looks met") if met else (tr("Not shown by the books") if met is False else "—"),
                        "summary": s["summary"]})
        return out

    def show_report(self) -> None:
        self.stale = False
        self.model.set_source(list_source(SUGGESTION_COLUMNS, self.rows()))
        _size_columns(self.table, SUGGESTION_COLUMNS, "summary")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.heading.setText(tr("Suggestions for the OCOP self-assessment from the books of {year}", year=self.year.currentData()))


class ReportsPage(QWidget):
    """Tabs: B02-HTX, revenue, member income, distribution."""

    title = "Reports"

    def __init__(self, store: Store, window=None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.tabs = QTabWidget()
        self.b02 = B02Tab(store, today)
        self.revenue = RevenueTab(store, today)
        self.members = MemberIncomeTab(store, today)
        self.distribution = DistributionTab(store, today)
        self.suggestions = SuggestionsTab(store, today)
        for tab in (self.b02, self.revenue, self.members, self.distribution, self.suggestions):
            self.tabs.addTab(tab, tr(tab.title))
        self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i).ensure_shown())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # The window builds this page when it is first shown and does not call refresh()
        # then (a page just built is taken to have read its data): compute the first tab.
        self.tabs.currentWidget().ensure_shown()

    def refresh(self) -> None:
        """Called when the page is shown: the shown tab is recomputed, the others when next
        shown (vouchers may have changed)."""
        for tab in (self.b02, self.revenue, self.members, self.distribution, self.suggestions):
            tab.stale = True
        self.tabs.currentWidget().ensure_shown()
