"""Table model of the member register over SQL (a row count in memory, rows fetched in
pages of :data:`PAGE`, at most :data:`MAX_PAGES` pages cached)."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ocop_desktop.domain.formats import format_date, format_money, format_percent
from ocop_desktop.domain.members import member_type_label, member_type_short, sex_label
from ocop_desktop.domain.text import fold
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import Store, wrap_connection

PAGE = 100
MAX_PAGES = 40
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole


class _CountSignal(QObject):
    counted = Signal(int, int)  # generation, count


class MemberTableModel(QAbstractTableModel):
    """Rows: members matching the current filter; columns: :attr:`COLUMNS`.

    Only the number of matching rows is held; row data is read from SQL a page (:data:`PAGE` rows)
    at a time with ``LIMIT/OFFSET`` on an index in the sort order (pages past the middle are
    read from the end), and the last :data:`MAX_PAGES` pages are cached. At 105,000
    members a keystroke costs one ``COUNT`` and one page (issue 7). A search of one or two
    letters (no trigram index) first shows its first page and counts the rest on a worker
    thread with its own read-only connection; rows are then appended (``rowsInserted``)
    and :attr:`counted` is emitted. ``Qt.UserRole`` on any cell gives the member id.
    """

    #: Emitted with the final row count when a background count finishes.
    counted = Signal(int)

    COLUMNS = [
        ("name", N_("Full name")), ("type", N_("Member type")), ("sex", N_("Sex")), ("birth_date", N_("Date of birth")),
        ("id_number", N_("ID no.")), ("phone", N_("Phone")), ("join_date", N_("Join date")),
        ("capital_committed", N_("Capital committed")), ("capital_paid", N_("Capital paid")), ("paid_pct", N_("Paid")),
        ("status", N_("Status")),
    ]
    MONEY = {"capital_committed", "capital_paid", "paid_pct"}

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.search = ""
        self.member_type: str | None = None
        self.status: str | None = "active"
        self.sort_key = "name"
        self.descending = False
        self._count = 0
        self._ids: list[int] | None = None  # the whole ordered id list, for a narrow search
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._generation = 0
        self._counting: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._signal = _CountSignal(self)
        self._signal.counted.connect(self._counted)
        self.refresh()

    # --- query --------------------------------------------------------------------
    def set_filter(self, search: str | None = None, member_type: str | None = "", status: str | None = "") -> None:
        """Change search text / type / status (``""`` leaves a filter as it is) and reload."""
        if search is not None:
            self.search = search
        if member_type != "":
            self.member_type = member_type
        if status != "":
            self.status = status
        self.refresh()

    def refresh(self) -> None:
        """Re-count the matching rows and drop the page cache."""
        self.beginResetModel()
        self._cancel_count()
        self._generation += 1
        self._pages.clear()
        self._ids = None
        q = fold(self.search)
        if q and len(q) < members_store.FTS_MIN:
            first = members_store.member_page(self.store, self.search, self.member_type, self.status,
                                              self.sort_key, self.descending, offset=0, limit=PAGE + 1)
            self._count = min(len(first), PAGE)
            if first:
                self._pages[0] = first[:PAGE]
            if len(first) > PAGE:
                self._start_count(self._generation)
        else:
            self._count, self._ids = members_store.member_window(
                self.store, self.search, self.member_type, self.status, self.sort_key, self.descending)
        self.endResetModel()

    # --- background count (1–2 letter searches) -------------------------------------
    @property
    def counting(self) -> bool:
        """True while a background count is running."""
        return self._counting is not None

    def _start_count(self, generation: int) -> None:
        conn = sqlite3.connect(f"file:{self.store.path}?mode=ro", uri=True, timeout=5, check_same_thread=False)
        self._counting = conn
        args = (self.search, self.member_type, self.status)
        path = self.store.path

        def work():
            try:
                n = members_store.member_count(Store(path, wrap_connection(conn), read_only=True), *args)
            except sqlite3.Error:  # interrupted by a newer keystroke, or the file went away
                n = -1
            finally:
                with self._lock:
                    conn.close()
            if n >= 0:
                try:
                    self._signal.counted.emit(generation, n)
                except RuntimeError:  # the model was deleted meanwhile
                    pass

        threading.Thread(target=work, name="member-count", daemon=True).start()

    def _cancel_count(self) -> None:
        conn, self._counting = self._counting, None
        if conn is not None:
            with self._lock:
                try:
                    conn.interrupt()
                except sqlite3.ProgrammingError:  # already closed
                    pass

    def _counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self._counting = None
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        self.counted.emit(self._count)

    def member_id(self, row: int) -> int | None:
        """The member id shown in *row*, or None outside the table."""
        return self._row(row).get("id")

    def row_of(self, member_id: int) -> int:
        """The row showing *member_id* under the current filter and order, or -1. Reads the
        ordered id list once (tens of ms at 105,000 members; used after an edit)."""
        ids = self._ids if self._ids is not None else members_store.member_ids(
            self.store, self.search, self.member_type, self.status, self.sort_key, self.descending)
        try:
            return ids.index(member_id)
        except ValueError:
            return -1

    def _page(self, number: int) -> list[dict]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        if self._ids is not None:
            ids = self._ids[number * PAGE:(number + 1) * PAGE]
            found = members_store.member_rows(self.store, ids)
            rows = [found.get(i, {}) for i in ids]
        else:
            rows = members_store.member_page(
                self.store, self.search, self.member_type, self.status, self.sort_key, self.descending,
                offset=number * PAGE, limit=PAGE, total=self._count)
        self._pages[number] = rows
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _row(self, row: int) -> dict:
        if not 0 <= row < self._count:
            return {}
        rows = self._page(row // PAGE)
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else {}

    # --- Qt -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on each paint: answer the common
        # roles from a per-row tuple of display strings, formatted once per cached page.
        if role == _DISPLAY or role == _TOOLTIP:
            r = self._row(index.row()) if index.isValid() else None
            if not r:
                return None
            if role == _TOOLTIP and self.COLUMNS[index.column()][0] == "type":
                return member_type_label(r["member_type"])
            texts = r.get("_texts")
            if texts is None:
                texts = r["_texts"] = self._texts(r)
            return texts[index.column()]
        if role == _ALIGN:
            return RIGHT if index.isValid() and self.COLUMNS[index.column()][0] in self.MONEY else None
        if role == _USER and index.isValid():
            return self._row(index.row()).get("id")
        return None

    def _texts(self, r: dict) -> tuple:
        """Display strings of one row, in :attr:`COLUMNS` order."""
        out = []
        for key, _label in self.COLUMNS:
            if key == "name":
                out.append(r["full_name"])
            elif key == "type":
                out.append(member_type_short(r["member_type"]))
            elif key == "sex":
                out.append(sex_label(r["sex"]))
            elif key in ("birth_date", "join_date"):
                out.append(format_date(r[key]))
            elif key in ("capital_committed", "capital_paid"):
                out.append(format_money(r[key]))
            elif key == "paid_pct":
                out.append(format_percent(r["capital_paid"], r["capital_committed"], 0) if r["capital_committed"] else "")
            elif key == "status":
                out.append(tr("Active") if r["status"] == "active" else tr("Left {date}", date=format_date(r["left_date"])))
            else:
                out.append(r.get(key) or "")
        return tuple(out)

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        key = self.COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # already in this order (the view sorts once when sorting is enabled)
        self.sort_key, self.descending = key, descending
        self.refresh()
