"""Item delegates: money, dates, enums (and stars, added with products)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from ocop_desktop.domain.formats import FormatError, format_date, format_money
from ocop_desktop.ui.widgets import DateEdit, EnumCombo, MoneyEdit

EDIT_ROLE = Qt.ItemDataRole.EditRole


class MoneyDelegate(QStyledItemDelegate):
    """Shows an ``int`` đồng as ``1.250.000 ₫`` right-aligned; edits with :class:`MoneyEdit`."""

    def displayText(self, value, locale):  # noqa: N802 (Qt name)
        return format_money(value) if isinstance(value, int) else str(value or "")

    def initStyleOption(self, option, index):  # noqa: N802
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

    def createEditor(self, parent, option, index):  # noqa: N802
        return MoneyEdit(parent)

    def setEditorData(self, editor, index):  # noqa: N802
        editor.set_value(index.data(EDIT_ROLE))

    def setModelData(self, editor, model, index: QModelIndex):  # noqa: N802
        try:
            model.setData(index, editor.value(), EDIT_ROLE)
        except FormatError:
            pass


class DateDelegate(QStyledItemDelegate):
    """Shows a ``datetime.date`` (or ISO text) as dd/MM/yyyy; edits with :class:`DateEdit`."""

    def displayText(self, value, locale):  # noqa: N802
        if isinstance(value, (dt.date, str)):
            return format_date(value)
        return ""

    def createEditor(self, parent, option, index):  # noqa: N802
        return DateEdit(parent, optional=False)

    def setEditorData(self, editor, index):  # noqa: N802
        editor.set_value(index.data(EDIT_ROLE))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.value(), EDIT_ROLE)


class EnumDelegate(QStyledItemDelegate):
    """Shows and edits a code from ``[(code, label)]``."""

    def __init__(self, items: list[tuple[object, str]], parent=None):
        super().__init__(parent)
        self.items = items
        self.labels = dict(items)

    def displayText(self, value, locale):  # noqa: N802
        return self.labels.get(value, str(value or ""))

    def createEditor(self, parent, option, index):  # noqa: N802
        return EnumCombo(self.items, parent)

    def setEditorData(self, editor, index):  # noqa: N802
        editor.set_value(index.data(EDIT_ROLE))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.value(), EDIT_ROLE)
