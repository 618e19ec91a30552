"""Small input widgets shared by forms: money, dates, enums."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QLineEdit, QWidget

from ocop_desktop.domain.formats import FormatError, format_money, parse_money
from ocop_desktop.i18n import tr

DATE_FORMAT = "dd/MM/yyyy"


class MoneyEdit(QLineEdit):
    """Line edit for an amount of đồng: accepts ``1.250.000``, ``1 250 000``, ``1250000``;
    shows ``1.250.000`` when editing finishes. :meth:`value` returns ``int`` or raises
    :class:`FormatError`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.editingFinished.connect(self._reformat)

    def _reformat(self) -> None:
        try:
            self.setText(format_money(self.value(), symbol=False))
        except FormatError:
            pass

    def value(self) -> int:
        text = self.text().strip()
        return parse_money(text) if text else 0

    def set_value(self, amount: int | None) -> None:
        self.setText(format_money(amount or 0, symbol=False))


class DateEdit(QDateEdit):
    """Date entry in dd/MM/yyyy with a calendar pop-up; may be empty (:meth:`value` → None)
    when *optional*. Four-digit years only (DESIGN.md "Data")."""

    def __init__(self, parent=None, optional: bool = True):
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.optional = optional
        self._empty = QDate(1900, 1, 1)
        self.setMinimumDate(self._empty)
        self.setMaximumDate(QDate(2100, 12, 31))
        if optional:
            self.setSpecialValueText(" ")
        self.set_value(None)

    def value(self) -> dt.date | None:
        d = self.date()
        if self.optional and d == self._empty:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(self._empty if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


class EnumCombo(QComboBox):
    """Combo box over ``[(code, label)]``; :meth:`value` returns the code."""

    changed = Signal()

    def __init__(self, items: list[tuple[object, str]], parent=None):
        super().__init__(parent)
        for code, label in items:
            self.addItem(label, code)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self):
        return self.currentData()

    def set_value(self, code) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))


def yes_no_items() -> list[tuple[bool, str]]:
    return [(False, tr("No")), (True, tr("Yes"))]


def problems_label():
    """The red label under a form that lists what stops saving (object name ``problems``)."""
    from PySide6.QtWidgets import QLabel
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setObjectName("problems")
    return label


def save_cancel_buttons(dialog):
    """Save / Cancel buttons in the UI language: Save calls ``dialog.try_accept()`` (which
    checks and closes the dialog only when nothing is wrong), Cancel rejects."""
    from PySide6.QtWidgets import QDialogButtonBox
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    buttons.accepted.connect(dialog.try_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make *row* of *view* the current, only selected row and scroll to it (nothing when
    *row* < 0)."""
    if row < 0:
        return
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)


#: Property of a button that changes the file (:func:`mark_writes`).
WRITES = "ocop_writes"


def mark_writes(*buttons) -> None:
    """Mark *buttons* as changing the file: in a window on a file opened read-only
    (:class:`ReadOnlyGuard`) they stay disabled."""
    for button in buttons:
        button.setProperty(WRITES, True)


class ReadOnlyGuard(QObject):
    """Keeps every button marked by :func:`mark_writes` disabled in a page of a window on a
    read-only file (a CD, a locked USB stick, a file another program holds), with a tooltip
    saying why; a page that enables one again (on a selection change) is overruled."""

    def guard(self, root: QWidget) -> None:
        """Disable the marked buttons under *root* and keep them disabled."""
        for button in root.findChildren(QAbstractButton):
            if button.property(WRITES):
                button.setEnabled(False)
                button.setToolTip(tr("The file is open read-only: nothing can be changed."))
                button.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange and obj.isEnabled():
            obj.setEnabled(False)
        return False
