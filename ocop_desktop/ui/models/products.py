"""Table models for the products page: products over SQL (ids + paged rows) and one
product's certificate history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ocop_desktop.domain.certificates import Certificate, authority_label, certificate_status, status_label
from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.domain.products import sub_group_label
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import products as products_store
from ocop_desktop.store.db import Store

PAGE = 200
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MUTED_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLORS = {"expired": "#b00020", "expiring": "#9a5b00", "revoked": "#b00020", "valid": "#1b5e20"}


class ProductTableModel(QAbstractTableModel):
    """Rows: products matching the filter; columns :attr:`COLUMNS`. ``UserRole`` gives the
    product id; the ``stars`` column gives an ``int`` (EditRole) for the star delegate, muted
    (``UserRole + 1``) when the certificate is no longer valid. *today* fixes the date used
    for certificate status (None = the real today)."""

    COLUMNS = [
        ("name", N_("Product")), ("form_code", N_("Sub-group")), ("unit", N_("Unit / packaging")),
        ("price", N_("Price")), ("stars", N_("OCOP rating")), ("status", N_("Certificate")),
        ("expiry", N_("Expires")), ("assessed_stars", N_("Last self-assessment")),
    ]

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.search = ""
        self.form_code: str | None = None
        self.stars: int | None = None
        self.status: str | None = None
        self.sort_key = "name"
        self.descending = False
        self._ids: list[int] = []
        self._cache: dict[int, dict] = {}
        self.refresh()

    def set_filter(self, search=None, form_code="", stars="", status="") -> None:
        """Change the filters (``""`` leaves one as it is) and reload."""
        if search is not None:
            self.search = search
        if form_code != "":
            self.form_code = form_code
        if stars != "":
            self.stars = stars
        if status != "":
            self.status = status
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = products_store.product_ids(self.store, self.search, self.form_code, self.stars,
                                               self.status, self.sort_key, self.descending, self.today)
        self._cache.clear()
        self.endResetModel()

    def product_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, product_id: int) -> int:
        try:
            return self._ids.index(product_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> dict:
        pid = self._ids[row]
        if pid not in self._cache:
            start = (row // PAGE) * PAGE
            self._cache.update(products_store.product_rows(self.store, self._ids[start:start + PAGE], self.today))
        return self._cache.get(pid, {})

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("price", "expiry") else None
        r = self._row(index.row())
        if not r:
            return None
        if key == "stars":
            if role == Qt.ItemDataRole.EditRole:
                return r["stars"]
            if role == MUTED_ROLE:
                return r["cert_status"] not in ("valid", "expiring")
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return tr("{n}★", n=r["stars"]) if r["stars"] else "—"
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            color = STATUS_COLORS.get(r["cert_status"])
            return QColor(color) if color else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if key == "name":
            return r["name"]
        if key == "form_code":
            return sub_group_label(r["form_code"])
        if key == "unit":
            return " · ".join(x for x in (r["unit"], r["packaging"]) if x)
        if key == "price":
            return format_money(r["price"]) if r["price"] is not None else ""
        if key == "status":
            return status_label(r["cert_status"])
        if key == "expiry":
            return format_date(r["expiry_date"])
        if key == "assessed_stars":
            if r["assessed_date"] is None:
                return tr("not assessed")
            if not r["assessed_stars"]:
                return tr("{total} points, not rated ({date})", total=r["assessed_total"] or 0, date=format_date(r["assessed_date"]))
            return tr("{stars}★ · {total} points ({date})", stars=r["assessed_stars"], total=r["assessed_total"],
                      date=format_date(r["assessed_date"]))
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self.sort_key = {"unit": "name"}.get(self.COLUMNS[column][0], self.COLUMNS[column][0])
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


class CertificateHistoryModel(QAbstractTableModel):
    """Certificates of one product, newest first. ``UserRole`` gives the certificate id;
    the stars column gives an ``int`` for :class:`StarDelegate`."""

    COLUMNS = [
        ("stars", N_("Stars")), ("certificate_no", N_("Certificate no.")), ("decision_no", N_("Decision no.")),
        ("authority", N_("Issued by")), ("issue_date", N_("Issued")), ("expiry", N_("Expires")),
        ("status", N_("Certificate status")),
    ]

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.product_id: int | None = None
        self.items: list[Certificate] = []

    def set_product(self, product_id: int | None) -> None:
        self.beginResetModel()
        self.product_id = product_id
        self.items = products_store.certificates(self.store, product_id) if product_id else []
        self.endResetModel()

    def refresh(self) -> None:
        self.set_product(self.product_id)

    def certificate_id(self, row: int) -> int | None:
        return self.items[row].id if 0 <= row < len(self.items) else None

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return None

    def _status(self, c: Certificate) -> str:
        return certificate_status(c.issue_date, c.ended, self.today or dt.date.today(),
                                  products_store.warning_months(self.store))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.items[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("issue_date", "expiry") else None
        if key == "stars":
            if role == Qt.ItemDataRole.EditRole:
                return c.stars
            if role == MUTED_ROLE:
                return self._status(c) not in ("valid", "expiring")
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("{n}★", n=c.stars)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            color = STATUS_COLORS.get(self._status(c))
            return QColor(color) if color else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if key == "authority":
            return c.authority_name or authority_label(c.authority_level)
        if key == "issue_date":
            return format_date(c.issue_date)
        if key == "expiry":
            return format_date(c.expiry)
        if key == "status":
            text = status_label(self._status(c))
            if c.ended and c.ended_date:
                text += " " + format_date(c.ended_date)
            return text
        return getattr(c, key) or ""
