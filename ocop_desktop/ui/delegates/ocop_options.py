"""Combo-box delegate choosing one option of an OCOP criterion (answer column of
:class:`~ocop_desktop.ui.models.assessment.AssessmentTreeModel`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from ocop_desktop.i18n import tr

EDIT = Qt.ItemDataRole.EditRole
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 2


def option_label(option) -> str:
    """``"3 điểm — Có năng lực… ★★★★"``: points, official wording, star-minimum mark."""
    mark = ("  " + "★" * option.stars) if option.stars else ""
    return tr("{points} pts — {option}", points=option.points, option=option.text) + mark


class OptionDelegate(QStyledItemDelegate):
    """Edits the answer with a combo: "— choose —" (unanswered) then every option with its
    points and star mark. The choice is committed as soon as it is picked."""

    def createEditor(self, parent, option, index):  # noqa: N802
        crit = index.data(CRITERION_ROLE)
        if crit is None or not crit.scored:
            return None
        combo = QComboBox(parent)
        combo.setObjectName("option_combo")
        combo.addItem(tr("— choose —"), None)
        for opt in crit.options:
            combo.addItem(option_label(opt), opt.points)
            combo.setItemData(combo.count() - 1, opt.text, Qt.ItemDataRole.ToolTipRole)
        combo.view().setMinimumWidth(640)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):  # noqa: N802
        points = index.data(EDIT)
        found = editor.findData(points) if points is not None else 0
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), EDIT)
