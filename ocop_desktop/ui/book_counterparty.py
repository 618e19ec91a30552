"""A search box that picks the member, customer or supplier whose subsidiary ledger the Books
page shows (issue 7: a combo box of 105,000 members was slow to fill and unusable).

Type part of a name (accents optional), an ID number or a phone number: the matches come
from SQL as you type (:func:`ocop_desktop.store.income_views.counterparty_matches`, the
member register's trigram search) into a completer popup; Down/Up move in it, Enter or a
click picks. Enter without opening the list picks the first match.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from ocop_desktop.i18n import tr
from ocop_desktop.store import income_views
from ocop_desktop.store.db import Store

__all__ = ["CounterpartyPicker"]

#: Matches shown in the list.
SHOWN = 20


class CounterpartyPicker(QLineEdit):
    """Line edit + completer over SQL. ``value()``: the chosen id or None; ``chosen`` is
    emitted when the choice changes (picked, or cleared by emptying the box)."""

    chosen = Signal()

    def __init__(self, store: Store, kind: str = "member", parent=None):
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self._id: int | None = None
        self._label = ""
        self._matches: list[tuple[int, str]] = []
        self._list = QStringListModel(self)
        self.completer_ = QCompleter(self._list, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._return)
        self._placeholder()

    def _placeholder(self) -> None:
        self.setPlaceholderText(tr("Type a name, ID number or phone…") if self.kind == "member"
                                else tr("Type part of the name…"))
        self.setToolTip(tr("Type to search, then Down and Enter to choose"))

    # --- choice -------------------------------------------------------------------
    def value(self) -> int | None:
        """The chosen member/customer/supplier id, or None."""
        return self._id

    def label(self) -> str:
        """The chosen one's label (name, and ID number for a member), or ""."""
        return self._label if self._id is not None else ""

    def set_kind(self, kind: str) -> None:
        """Search members, customers or suppliers; a different kind clears the choice."""
        if kind != self.kind:
            self.kind = kind
            self._set(None, "")
            self.clear()
            self._placeholder()

    def set_value(self, counterparty_id: int | None) -> None:
        """Choose *counterparty_id* (None clears) without emitting ``chosen``."""
        label = income_views.counterparty_label(self.store, self.kind, counterparty_id) if counterparty_id else None
        self._id = counterparty_id if label is not None else None
        self._label = label or ""
        self.setText(self._label)

    def _set(self, counterparty_id: int | None, label: str) -> None:
        changed = counterparty_id != self._id
        self._id, self._label = counterparty_id, label
        self.setText(label)
        if changed:
            self.chosen.emit()

    # --- typing -------------------------------------------------------------------
    def matches(self) -> list[tuple[int, str]]:
        """``(id, label)`` listed for the text typed last."""
        return list(self._matches)

    def _edited(self, text: str) -> None:
        if not text.strip():
            self._matches = []
            self._list.setStringList([])
            self.completer_.popup().hide()
            self._set(None, "")
            return
        self._matches = income_views.counterparty_matches(self.store, self.kind, text, SHOWN)
        self._list.setStringList([label for _id, label in self._matches])
        if self._matches:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        row = self.completer_.completionModel().mapToSource(index).row()
        if 0 <= row < len(self._matches):
            self._set(*self._matches[row])

    def _return(self) -> None:
        if self.completer_.popup().isVisible():
            return  # the completer handles Enter on its list
        if self._matches and self.text() != self._label:
            self._set(*self._matches[0])

    def keyPressEvent(self, event):  # noqa: N802
        # Enter that picks the first match is used up here, so it does not also press the
        # dialog's default button (review: Esc to close the list, then Enter, saved the
        # voucher with a member the user had not seen chosen); Enter on a chosen name
        # goes on to the dialog as usual.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.completer_.popup().isVisible()
                and self._matches and self.text() != self._label):
            self._set(*self._matches[0])
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event):  # noqa: N802
        # leaving the box with a half-typed text shows the chosen name again
        super().focusOutEvent(event)
        if self.text() != self._label and not self.completer_.popup().isVisible():
            self.setText(self._label)
