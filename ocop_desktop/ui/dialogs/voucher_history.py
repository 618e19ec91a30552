"""The audit trail of the vouchers (issue 5 item 3): who changed what and when, old → new.

Rows come from :func:`ocop_desktop.store.vouchers.audit_rows` (newest first); this dialog
only reads them. Times are stored in UTC and shown in local time, dd/MM/yyyy HH:mm.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.domain.income.vouchers import category_label, channel_label, voucher_type_label
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store
from ocop_desktop.ui.models.book_table import BookColumn, LazyBookModel, list_source

__all__ = ["VoucherHistoryDialog", "VoucherHistories", "HISTORY_COLUMNS", "describe_change", "history_rows"]

HISTORY_COLUMNS = [
    BookColumn("when", N_("When"), "text", 125), BookColumn("who", N_("Who"), "text", 110),
    BookColumn("action", N_("Change"), "text", 110), BookColumn("number", N_("Voucher or month"), "text", 130),
    BookColumn("changes", N_("Old → new"), "text", 560),
]

_ACTIONS = {"insert": N_("Entered"), "update": N_("Changed"), "delete": N_("Deleted"),
            "lock": N_("Month locked"), "unlock": N_("Month unlocked"), "account": N_("Detail account added")}

#: Voucher fields shown in the trail: key → (English label, formatter).
_FIELDS = [
    ("vtype", N_("Voucher type"), voucher_type_label), ("date", N_("Voucher date"), format_date),
    ("amount", N_("Amount"), format_money), ("category", N_("What happened"), category_label),
    ("description", N_("Particulars"), str), ("internal", N_("Transaction"), None),
    ("product", N_("Product"), str), ("quantity", N_("Quantity sold"), str),
    ("channel", N_("Sales channel"), channel_label), ("reference", N_("Reference"), str),
    ("member_id", N_("Member of the cooperative"), None), ("party_id", N_("Customer"), None),
]


def _mark(value) -> str:
    if value is None:
        return tr("External (not marked)")
    return tr("Internal") if value else tr("External")


def _show(store: Store, key: str, fmt, value) -> str:
    if value is None or value == "":
        return "—" if key != "internal" else _mark(None)
    if key == "internal":
        return _mark(value)
    if key == "member_id":
        return store.scalar("SELECT full_name FROM members WHERE id = ?", [value]) or str(value)
    if key == "party_id":
        return store.scalar("SELECT name FROM parties WHERE id = ?", [value]) or str(value)
    return fmt(value)


def describe_change(store: Store, old: dict | None, new: dict | None) -> str:
    """The fields that differ between two voucher snapshots, ``label: old → new``; for an
    entry or a deletion, the voucher's main fields."""
    if old and new:
        parts = [f"{tr(label)}: {_show(store, key, fmt, old.get(key))} → {_show(store, key, fmt, new.get(key))}"
                 for key, label, fmt in _FIELDS if old.get(key) != new.get(key)]
        return "; ".join(parts) or tr("(journal lines only)")
    snap = new or old or {}
    if "date" not in snap:
        return ", ".join(f"{k}: {v}" for k, v in snap.items())
    return "; ".join(f"{tr(label)}: {_show(store, key, fmt, snap.get(key))}"
                     for key, label, fmt in _FIELDS[:5] if snap.get(key) not in (None, ""))


def _local(at: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(at).replace(tzinfo=dt.timezone.utc).astimezone()
    except (TypeError, ValueError):
        return at or ""
    return moment.strftime("%d/%m/%Y %H:%M")


def history_rows(store: Store, voucher_id: int | None = None, limit: int = 500) -> list[dict]:
    """Display rows of the audit trail (one voucher, or the whole file when *voucher_id* is None)."""
    out = []
    for r in vstore.audit_rows(store, voucher_id, limit):
        action = r["action"]
        out.append({"when": _local(r["at"]), "who": r["who"] or "", "action": tr(_ACTIONS.get(action, action)),
                    "number": r["number"] or "", "changes": describe_change(store, r["old"], r["new"])})
    return out


class VoucherHistoryDialog(QDialog):
    """The audit trail of one voucher (or of every voucher, newest 500)."""

    def __init__(self, store: Store, voucher_id: int | None = None, number: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("History of voucher {number}", number=number) if voucher_id else tr("History of the vouchers"))
        self.resize(1100, 500)
        self.model = LazyBookModel(list_source(HISTORY_COLUMNS, history_rows(store, voucher_id)), self)
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        for col, c in enumerate(HISTORY_COLUMNS):
            table.setColumnWidth(col, c.width)
        table.horizontalHeader().setSectionResizeMode(len(HISTORY_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(tr("The audit trail cannot be changed. Corrections of locked months appear as adjusting vouchers."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)


class VoucherHistories:
    """Opens the history dialog; tests replace :meth:`show`."""

    @classmethod
    def show(cls, parent, store: Store, voucher_id: int | None, number: str = "") -> None:
        VoucherHistoryDialog(store, voucher_id, number, parent).exec()
