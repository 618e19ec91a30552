"""OCOP star rating painter, editor and delegate in the shape of Qt's StarDelegate example
(``StarRating`` paints, ``StarEditor`` edits with the mouse/keyboard, ``StarDelegate`` wires
them into a view). The model gives an ``int`` 0–5 in ``Qt.EditRole`` (None = no rating)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QWidget

PAINTING_SCALE = 14
EDIT_ROLE = Qt.ItemDataRole.EditRole


def _star_polygon() -> QPolygonF:
    poly = QPolygonF()
    for i in range(5):
        angle = 0.8 * i * math.pi
        poly.append(QPointF(0.5 + 0.5 * math.cos(angle), 0.5 + 0.5 * math.sin(angle)))
    return poly


def _diamond_polygon() -> QPolygonF:
    return QPolygonF([QPointF(0.4, 0.5), QPointF(0.5, 0.4), QPointF(0.6, 0.5), QPointF(0.5, 0.6), QPointF(0.4, 0.5)])


class StarRating:
    """A rating of *count* stars out of *max_count*; :meth:`paint` draws filled stars and
    small diamonds for the missing ones. *muted* paints in grey (an expired certificate)."""

    STAR = _star_polygon()
    DIAMOND = _diamond_polygon()

    def __init__(self, count: int = 0, max_count: int = 5, muted: bool = False):
        self.count = count
        self.max_count = max_count
        self.muted = muted

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt example name)
        return QSize(PAINTING_SCALE * self.max_count + 6, PAINTING_SCALE + 6)

    def paint(self, painter: QPainter, rect, palette: QPalette, editable: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        if editable:
            color = palette.highlight().color()
        elif self.muted:
            color = QColor("#9e9e9e")
        else:
            color = QColor("#e0a100")
        painter.setBrush(color)
        y_offset = (rect.height() - PAINTING_SCALE) / 2
        painter.translate(rect.x() + 3, rect.y() + y_offset)
        painter.scale(PAINTING_SCALE, PAINTING_SCALE)
        for i in range(self.max_count):
            if i < self.count:
                painter.drawPolygon(self.STAR, Qt.FillRule.WindingFill)
            elif editable:
                painter.drawPolygon(self.DIAMOND, Qt.FillRule.WindingFill)
            else:
                painter.setBrush(QColor("#d0d0d0"))
                painter.drawPolygon(self.DIAMOND, Qt.FillRule.WindingFill)
                painter.setBrush(color)
            painter.translate(1.0, 0.0)
        painter.restore()


class StarEditor(QWidget):
    """Editor: the mouse position (or Left/Right keys) chooses the count; click or Enter
    commits (``editing_finished``)."""

    editing_finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.star_rating = StarRating()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.star_rating.sizeHint()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        self.star_rating.paint(painter, self.rect(), self.palette(), editable=True)

    def star_at(self, x: float) -> int:
        star = int((x - 3) // PAINTING_SCALE) + 1
        return star if 0 < star <= self.star_rating.max_count else -1

    def mouseMoveEvent(self, event):  # noqa: N802
        star = self.star_at(event.position().x())
        if star != self.star_rating.count and star != -1:
            self.star_rating.count = star
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802
        self.editing_finished.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.star_rating.count = max(0, self.star_rating.count - 1)
        elif key == Qt.Key.Key_Right:
            self.star_rating.count = min(self.star_rating.max_count, self.star_rating.count + 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editing_finished.emit()
            return
        else:
            super().keyPressEvent(event)
            return
        self.update()


class StarDelegate(QStyledItemDelegate):
    """Paints ``int`` ratings (EditRole) as stars; a ``None`` rating paints the display text
    (e.g. "—"). ``Qt.UserRole + 1`` truthy paints the stars muted. Editable when the model's
    flags allow it."""

    MUTED_ROLE = Qt.ItemDataRole.UserRole + 1

    def paint(self, painter, option, index):
        value = index.data(EDIT_ROLE)
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        StarRating(value, 5, bool(index.data(self.MUTED_ROLE))).paint(painter, option.rect, option.palette)

    def sizeHint(self, option, index):  # noqa: N802
        value = index.data(EDIT_ROLE)
        if isinstance(value, int):
            return StarRating(value).sizeHint()
        return super().sizeHint(option, index)

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = StarEditor(parent)
        editor.editing_finished.connect(lambda: self._commit_and_close(editor))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(EDIT_ROLE)
        editor.star_rating.count = value if isinstance(value, int) else 0

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.star_rating.count, EDIT_ROLE)

    def _commit_and_close(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)
