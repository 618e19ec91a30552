"""Home page (sidebar "home", first): the cooperative at a glance (issue 5 item 7).

Tiles: members and capital, products by stars, certificates needing attention, dossiers by
status, this month's receipts and payments, cash and bank balances. Every figure is a link
to the page behind it. Tiles for features not in the file (no products or dossiers table)
are hidden.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ocop_desktop.domain.formats import format_count, format_money
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import income_views
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import Store

__all__ = ["HomePage", "Tile", "DOSSIER_STATUS"]

DOSSIER_STATUS = {"draft": N_("Being prepared"), "ready": N_("Ready to submit"),
                  "submitted": N_("Submitted"), "result": N_("Result received")}


class Tile(QFrame):
    """A titled box of lines; ``<a href="page:KEY">`` links in the lines switch pages."""

    def __init__(self, key: str, title: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#tile_{key} {{ background: palette(base); border: 1px solid #c8ccd2; border-radius: 6px; }}")
        self.title = QLabel(f"<b>{html.escape(title)}</b>")
        self.title.setStyleSheet("font-size: 13pt; color: #1f4e79;")
        self.body = QLabel()
        self.body.setObjectName(f"tile_{key}_body")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse |
                                          Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def set_lines(self, lines: list[str]) -> None:
        self.body.setText("<br/>".join(lines))


def link(page: str, text: str, big: bool = False) -> str:
    """An HTML link to a sidebar page (*text* is escaped)."""
    style = "font-size: 16pt; font-weight: bold; " if big else ""
    return f'<a href="page:{page}" style="{style}text-decoration: none; color: #0b5cad;">{html.escape(text)}</a>'


class HomePage(QWidget):
    """The dashboard; *window* (the main window) provides ``show_page`` and ``pages``;
    *today* fixes "today" (tests, the demo)."""

    title = "Home"

    def __init__(self, store: Store, window=None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.window_ = window
        self.today = today
        self.tiles: dict[str, Tile] = {}
        specs = [("members", tr("Members and capital")), ("products", tr("Products by stars")),
                 ("certificates", tr("Certificates needing attention")), ("dossiers", tr("OCOP dossiers")),
                 ("month", tr("This month's receipts and payments")), ("money", tr("Cash and bank"))]
        self.grid = grid = QGridLayout()
        grid.setSpacing(12)
        for key, title in specs:
            tile = Tile(key, title)
            tile.body.linkActivated.connect(self.open_link)
            self.tiles[key] = tile
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        inner_layout.addWidget(self.heading)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        self._shown: dict[str, bool] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _has_page(self, key: str) -> bool:
        if self.window_ is None:
            return True
        has_page = getattr(self.window_, "has_page", None)
        if callable(has_page):
            return has_page(key)
        return key in getattr(self.window_, "pages", {})

    def _link(self, page: str, text: str, big: bool = False) -> str:
        return link(page, text, big) if self._has_page(page) else (
            f'<span style="font-size: 16pt; font-weight: bold;">{html.escape(text)}</span>' if big else html.escape(text))

    def open_link(self, href: str) -> None:
        """Switch to the page of a ``page:KEY`` link."""
        key = href.split(":", 1)[1] if href.startswith("page:") else href
        if self.window_ is not None and self._has_page(key):
            self.window_.show_page(key)

    def _place(self) -> None:
        """Put the tiles that have figures in a 3-column grid, in order, without holes."""
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        visible = [t for k, t in self.tiles.items() if self._shown.get(k, True)]
        for i, tile in enumerate(visible):
            self.grid.addWidget(tile, i // 3, i % 3)
        for k, t in self.tiles.items():
            t.setHidden(not self._shown.get(k, True))

    def refresh(self) -> None:
        """Recompute every figure (called when the page is shown)."""
        self._fill()
        self._place()

    def _fill(self) -> None:
        today = self._today()
        self.heading.setText(tr("Today {date}", date=today.strftime("%d/%m/%Y")))
        s = members_store.member_summary(self.store)
        self.tiles["members"].set_lines([
            self._link("members", tr("{n} members", n=format_count(s["total"])), big=True),
            tr("{official} official · {assoc} associate with capital · {assoc0} associate without capital",
               official=format_count(s["official"]), assoc=format_count(s["associate_capital"]),
               assoc0=format_count(s["associate_no_capital"])),
            tr("Capital committed: {amount}", amount=self._link("members", format_money(s["committed"]))),
            tr("Capital paid: {amount}", amount=self._link("members", format_money(s["paid"]))),
        ])
        stars = income_views.products_by_stars(self.store, today)
        self._shown["products"] = stars is not None
        if stars is not None:
            self.tiles["products"].set_lines([
                self._link("products", tr("{n} products", n=format_count(stars["total"])), big=True),
                " · ".join(self._link("products", f"{stars[k]} × {'★' * k}") for k in (5, 4, 3)),
                tr("Without a valid certificate: {n}", n=self._link("products", format_count(stars["none"]))),
            ])
        attention = income_views.certificates_needing_attention(self.store, today)
        self._shown["certificates"] = attention is not None
        if attention is not None:
            self.tiles["certificates"].set_lines([
                self._link("products", format_count(attention), big=True),
                tr("certificates expiring soon or expired") if attention else tr("All certificates are in date."),
            ])
        dossiers = income_views.dossiers_by_status(self.store)
        self._shown["dossiers"] = dossiers is not None
        if dossiers is not None:
            self.tiles["dossiers"].set_lines(
                [self._link("dossiers", tr("{n} dossiers", n=format_count(sum(dossiers.values()))), big=True)] +
                [f"{tr(DOSSIER_STATUS[k])}: {self._link('dossiers', format_count(v))}" for k, v in dossiers.items()])
        has_books = income_views.table_exists(self.store, "ledger_entries")
        self._shown["month"] = self._shown["money"] = has_books
        if has_books:
            from ocop_desktop.store import income_reports
            summary = income_reports.month_summary(self.store, today.year, today.month, today)
            self.tiles["month"].set_lines([
                tr("Month {month}", month=today.strftime("%m/%Y")),
                tr("Received: {amount}", amount=self._link("income", format_money(summary["receipts"]), big=True))
                + " " + tr("({n} vouchers)", n=format_count(summary["receipt_count"])),
                tr("Paid: {amount}", amount=self._link("income", format_money(summary["payments"]), big=True))
                + " " + tr("({n} vouchers)", n=format_count(summary["payment_count"])),
                tr("Transfers between cash and bank are not counted."),
            ])
            self.tiles["money"].set_lines([
                tr("Cash on hand: {amount}", amount=self._link("books", format_money(summary["cash"]), big=True)),
                tr("In the bank: {amount}", amount=self._link("books", format_money(summary["bank"]), big=True)),
                tr("Balances at the end of {date}", date=today.strftime("%d/%m/%Y")),
            ])
