"""A table model for the cooperative's books that reads its rows lazily, a page at a time.

A book (cash book, ledger of one account, …) may hold a million lines. The model never asks
for all of them. Two kinds of source:

- a :class:`RandomAccessSource` (the books) knows its row count, so the view's scrollbar
  covers the whole book at once; the model reads the page of rows the view shows and keeps
  the last :data:`MAX_PAGES` pages (LRU). A page next to a cached one is read by keyset from
  it (forward after the previous page, backward before the next one, carrying the running
  balance); the last page is read backward from the end (``Ctrl+End``); any other page from
  its position (a scrollbar drag). Jumping to the end of a million-line book reads one page.
- a plain :class:`BookSource` (short reports, the voucher list) is read forward, the next page
  (keyset paging: "the rows after this cursor") when the view scrolls near the end, through
  Qt's ``canFetchMore``/``fetchMore`` protocol.

Running balances come from SQL with the rows; the model only formats (money ``1.250.000 ₫``
right-aligned, dates dd/MM/yyyy).
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.i18n import tr

__all__ = ["BookColumn", "BookSource", "RandomAccessSource", "FunctionSource", "LazyBookModel", "format_cell",
           "iter_rows", "list_source", "PAGE", "MAX_PAGES"]

#: Rows per page fetched from SQL.
PAGE = 200
#: Pages of a random-access source kept in memory (least recently used dropped first).
MAX_PAGES = 40
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
#: Column kinds shown right-aligned.
NUMERIC = {"money", "int", "qty", "pct", "rtext"}


@dataclass(frozen=True)
class BookColumn:
    """One column of a book: *key* in the row dicts, English *title* (wrapped in ``N_`` by
    the caller, translated at display), *kind* ``"text" | "rtext" (right-aligned text) | "money" | "date" | "int" | "qty" | "pct"``
    (money in integer đồng; dates ``datetime.date`` or ISO text; pct a ``Decimal`` percentage), *width* in pixels."""

    key: str
    title: str
    kind: str = "text"
    width: int = 110


def format_cell(kind: str, value, symbol: bool = True) -> str:
    """The text of a cell of *kind*: money ``1.250.000 ₫`` (no ``₫`` when *symbol* is
    False; ``None`` → empty, ``0`` shown as ``0 ₫``), dates dd/MM/yyyy, integers and
    quantities with ``.`` thousands separators (``1.234,5``), percentages signed with a
    decimal comma (``+17,5%``), anything else as text."""
    if value is None or value == "":
        return ""
    if kind == "money":
        return format_money(int(value), symbol=symbol)
    if kind == "date":
        return format_date(value) if isinstance(value, (str, dt.date)) else str(value)
    if kind in ("int", "qty") and isinstance(value, int):
        return format_money(value, symbol=False)
    if kind == "qty" and isinstance(value, float):
        whole, _, frac = f"{value:.2f}".partition(".")
        text = format_money(int(whole), symbol=False)
        return text if frac == "00" else f"{text},{frac.rstrip('0')}"
    if kind == "pct":
        return (f"{value:+}%" if value else "0%").replace(".", ",")
    return str(value)


class BookSource(Protocol):
    """A book read in keyset pages (implemented over the store's book queries).

    ``columns``: the :class:`BookColumn` list. ``fetch(after, limit)``: at most *limit* row
    dicts in book order that come after the cursor *after* (``None`` = from the start).
    ``cursor(row)``: the cursor of *row* to pass as *after* for the next page.
    """

    columns: Sequence[BookColumn]

    def fetch(self, after: object | None, limit: int) -> list[dict]: ...

    def cursor(self, row: dict) -> object: ...


class RandomAccessSource(BookSource, Protocol):
    """A :class:`BookSource` that can also be read from any position.

    ``count()``: the number of rows. ``fetch_before(row, limit)``: at most *limit* rows, in
    book order, that end just before the already-read *row* (``None``: the last rows of the
    book). ``fetch_at(position, limit, total)``: at most *limit* rows from the 0-based
    *position* (*total*: the row count, so the source may count from the end).
    """

    def count(self) -> int: ...

    def fetch_before(self, row: dict | None, limit: int) -> list[dict]: ...

    def fetch_at(self, position: int, limit: int, total: int) -> list[dict]: ...


class FunctionSource:
    """A :class:`BookSource` made of two functions: ``fetch(after, limit) -> list[dict]``
    and ``cursor(row) -> object`` (default: the whole row)."""

    def __init__(self, columns: Sequence[BookColumn], fetch: Callable[[object | None, int], list[dict]],
                 cursor: Callable[[dict], object] | None = None):
        self.columns = list(columns)
        self._fetch = fetch
        self._cursor = cursor or (lambda row: row)

    def fetch(self, after, limit):
        return self._fetch(after, limit)

    def cursor(self, row):
        return self._cursor(row)


def list_source(columns: Sequence[BookColumn], rows: list[dict]) -> FunctionSource:
    """A :class:`FunctionSource` over rows already in memory (short reports: one row per
    B02 line, product, member…); the cursor is the row's position."""
    return mapped_source(columns, list(rows), lambda r: r)


def mapped_source(columns: Sequence[BookColumn], items: Sequence, to_row: Callable[[object], dict]) -> FunctionSource:
    """Like :func:`list_source` over objects already in memory, each made a row dict by
    *to_row* only when its page is shown (a report with a row per member holds 105,000
    objects, not 105,000 dicts as well: ~50 MiB less, issue 7)."""
    def fetch(after, limit):
        start = 0 if after is None else after
        return [dict(to_row(x), _pos=start + i + 1) for i, x in enumerate(items[start:start + limit])]
    return FunctionSource(columns, fetch, lambda r: r["_pos"])


def iter_rows(source: BookSource, page: int = 2000) -> Iterator[dict]:
    """Every row of *source* in order, read page by page (for printing and export without
    holding the book in memory)."""
    after = None
    while True:
        rows = source.fetch(after, page)
        yield from rows
        if len(rows) < page:
            return
        after = source.cursor(rows[-1])


class LazyBookModel(QAbstractTableModel):
    """Rows of a :class:`BookSource` (read forward, :data:`PAGE` at a time as the view
    scrolls) or of a :class:`RandomAccessSource` (row count known, pages read where the view
    looks, at most :data:`MAX_PAGES` kept); see the module doc.

    Row dicts hold raw values (int đồng, ISO dates). ``Qt.UserRole`` gives the raw value of a
    cell; ``row_dict(row)`` the whole row. ``source=None`` shows an empty table.
    """

    def __init__(self, source: BookSource | None = None, parent=None, page: int = PAGE):
        super().__init__(parent)
        self.page = page
        self.source: BookSource | None = None
        self.columns: list[BookColumn] = []
        self._rows: list[dict] = []
        self._after: object | None = None
        self._done = True
        self._fetching = False
        self._random = False
        self._count = 0
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self.set_source(source)

    # --- source -------------------------------------------------------------------
    def set_source(self, source: BookSource | None) -> None:
        """Show *source*: a random-access source is counted (its pages are read when shown);
        another one is read from its first page (inside the reset; the view asks for more as
        it scrolls)."""
        self.beginResetModel()
        self.source = source
        self.columns = list(source.columns) if source is not None else []
        self._rows = []
        self._after = None
        self._pages = OrderedDict()
        self._random = source is not None and callable(getattr(source, "count", None))
        self._count = source.count() if self._random else 0
        self._done = source is None or self._random
        if source is not None and not self._random:
            rows = source.fetch(None, self.page)
            self._done = len(rows) < self.page
            if rows:
                self._rows = list(rows)
                self._after = source.cursor(rows[-1])
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the source from the start (after an edit)."""
        self.set_source(self.source)

    @property
    def fetched(self) -> int:
        """How many rows are held in memory (read so far; for a random-access source the
        rows of the cached pages)."""
        return sum(len(p) for p in self._pages.values()) if self._random else len(self._rows)

    @property
    def complete(self) -> bool:
        """True once the last page has been read (always for a random-access source, whose
        row count is known)."""
        return self._done

    def row_dict(self, row: int) -> dict:
        """The raw row (every key the source gave, not only the columns); ``{}`` outside
        the table."""
        if self._random:
            if not 0 <= row < self._count:
                return {}
            number = row // self.page
            rows = self._load(number)
            offset = row - number * self.page
            return rows[offset] if offset < len(rows) else {}
        return self._rows[row] if 0 <= row < len(self._rows) else {}

    def _load(self, number: int) -> list[dict]:
        """The rows of page *number* of a random-access source (cached, LRU)."""
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        size = self.page
        start = number * size
        n = min(size, self._count - start)
        prev, nxt = self._pages.get(number - 1), self._pages.get(number + 1)
        source = self.source
        if number == 0:
            rows = source.fetch(None, n)
        elif prev is not None and len(prev) == size and prev[-1]:
            rows = source.fetch(source.cursor(prev[-1]), n)  # scrolling down: keyset forward
        elif nxt and nxt[0]:
            rows = source.fetch_before(nxt[0], n)  # scrolling up: keyset backward
        elif start + n >= self._count:
            rows = source.fetch_before(None, n)  # the end of the book (Ctrl+End)
        else:
            rows = source.fetch_at(start, n, self._count)  # a jump (scrollbar drag)
        rows = list(rows)[:n]
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    # --- Qt -----------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and not self._done and not self._fetching

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        # Views and testers may call back into fetchMore while rows are being inserted;
        # the next page starts after the rows of this one, so never nest.
        if parent.isValid() or self._done or self._fetching or self.source is None:
            return
        rows = self.source.fetch(self._after, self.page)
        if len(rows) < self.page:
            self._done = True
        if not rows:
            return
        self._after = self.source.cursor(rows[-1])
        start = len(self._rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self, limit: int | None = None) -> None:
        """Read pages until the end (or until *limit* rows are held); for tests and small books."""
        while self.canFetchMore() and (limit is None or len(self._rows) < limit):
            self.fetchMore()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        if parent.isValid():
            return 0
        return self._count if self._random else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return CENTER
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        row = self.row_dict(index.row())
        if not row:
            return None
        column = self.columns[index.column()]
        value = row.get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return format_cell(column.kind, value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.kind in NUMERIC else None
        if role == Qt.ItemDataRole.FontRole and row.get("_bold"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
