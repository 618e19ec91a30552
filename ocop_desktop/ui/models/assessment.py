"""Tree model of one scoring form being answered: parts → groups → criteria (→ sub-criteria).

Columns: criterion (code and official wording), answer (the chosen option; edited with
:class:`~ocop_desktop.ui.delegates.ocop_options.OptionDelegate`), points (live subtotals on
part and group rows), evidence note (free text), marks (commune-assessed, pre-2025 "huyện"
wording). ``EditRole`` of the answer column is the chosen option's points (None =
unanswered), the engine's input shape.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ocop_desktop.domain.assessments import PREFILL_SOURCES
from ocop_desktop.domain.ocop.forms import Criterion, Form, Group, Part
from ocop_desktop.i18n import N_, tr

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EDIT = Qt.ItemDataRole.EditRole
#: Role giving the node's criterion code (or part/group code).
CODE_ROLE = Qt.ItemDataRole.UserRole
#: Role giving the :class:`Criterion` of a criterion row (None for parts and groups).
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 2


class _Node:
    __slots__ = ("kind", "item", "parent", "children", "row")

    def __init__(self, kind: str, item, parent: "_Node | None", row: int):
        self.kind = kind  # "root", "part", "group", "criterion"
        self.item = item
        self.parent = parent
        self.children: list[_Node] = []
        self.row = row

    @property
    def code(self) -> str:
        return self.item.code if self.item is not None else ""


class AssessmentTreeModel(QAbstractItemModel):
    """Answers to *form*. ``choices`` ``{code: points}``, ``notes`` ``{code: text}``,
    ``prefilled`` ``{code: points}`` (answers the app filled in and the user has not changed),
    ``failed`` ``{code: required points}`` (star minimums not met, set by the page).
    ``answers_changed`` is emitted after any answer or note edit."""

    answers_changed = Signal()

    COLUMNS = [("criterion", N_("Criterion")), ("answer", N_("Answer")), ("points", N_("Points")),
               ("note", N_("Evidence note")), ("marks", N_("Marks"))]

    def __init__(self, form: Form, parent=None):
        super().__init__(parent)
        self.form = form
        self.choices: dict[str, int] = {}
        self.notes: dict[str, str] = {}
        self.prefilled: dict[str, int] = {}
        self.failed: dict[str, int] = {}
        self.failed_level: int | None = None
        self._root = _Node("root", None, None, 0)
        self._by_code: dict[str, _Node] = {}
        for i, part in enumerate(form.parts):
            pn = _Node("part", part, self._root, i)
            self._root.children.append(pn)
            for j, group in enumerate(part.groups):
                gn = _Node("group", group, pn, j)
                pn.children.append(gn)
                self._by_code[group.code] = gn
                for k, crit in enumerate(group.criteria):
                    # a group holding one criterion with the group's own code shows it once
                    cn = _Node("criterion", crit, gn, k)
                    gn.children.append(cn)
                    self._by_code[crit.code] = cn
                    for m, sub in enumerate(crit.subcriteria):
                        sn = _Node("criterion", sub, cn, m)
                        cn.children.append(sn)
                        self._by_code[sub.code] = sn

    # --- state ----------------------------------------------------------------------
    def set_answers(self, choices: dict[str, int], notes: dict[str, str] | None = None,
                    prefilled: dict[str, int] | None = None) -> None:
        """Replace every answer, note and prefilled mark."""
        self.beginResetModel()
        self.choices = dict(choices)
        self.notes = dict(notes or {})
        self.prefilled = dict(prefilled or {})
        self.endResetModel()

    def set_failed(self, failed: dict[str, int], level: int | None) -> None:
        """Mark criteria failing a star minimum (``{code: required points}`` at *level*)."""
        changed = set(failed) | set(self.failed)
        self.failed = dict(failed)
        self.failed_level = level
        for code in changed:
            index = self.index_of(code, 2)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def is_heading(self, index: QModelIndex) -> bool:
        """True for a part or group row (a heading over criteria)."""
        return index.isValid() and index.internalPointer().kind in ("part", "group")

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        """Index of the row of criterion/group *code* (invalid when absent)."""
        node = self._by_code.get(code)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def _points(self, node: _Node) -> int:
        if node.kind == "criterion" and node.item.scored:
            return self.choices.get(node.code, 0)
        return sum(self._points(c) for c in node.children)

    # --- Qt -------------------------------------------------------------------------
    def _node(self, index: QModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row, column, parent=QModelIndex()):
        node = self._node(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if 0 <= row < len(node.children) and 0 <= column < len(self.COLUMNS):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        p = node.parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row, 0, p)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = index.internalPointer()
        if node.kind == "criterion" and node.item.scored and index.column() in (1, 3):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        col = self.COLUMNS[index.column()][0]
        if role == CODE_ROLE:
            return node.code
        if role == CRITERION_ROLE:
            return node.item if node.kind == "criterion" else None
        if node.kind in ("part", "group"):
            return self._container_data(node, col, role)
        crit: Criterion = node.item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col == "points" else None
        if col == "criterion":
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{crit.code}  {crit.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{crit.code} {crit.title}" + (f"\n{crit.note}" if crit.note else "")
            return None
        if col == "answer":
            if not crit.scored:
                return None
            points = self.choices.get(crit.code)
            if role == EDIT:
                return points
            if role == Qt.ItemDataRole.FontRole and crit.code in self.prefilled:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and points is None:
                return QBrush(QColor("#9e9e9e"))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if points is None:
                    return tr("— choose —")
                option = crit.option_for(points)
                text = option.text if option else str(points)
                if crit.code in self.prefilled:
                    source = tr(PREFILL_SOURCES.get(crit.code, N_("Prefilled")))
                    return f"{text}\n({source})" if role == Qt.ItemDataRole.ToolTipRole else tr("[prefilled] {option}", option=text)
                return text
            return None
        if col == "points":
            if not crit.scored:
                if role == Qt.ItemDataRole.DisplayRole:
                    return f"{self._points(node)} / {crit.max_points}"
                return None
            points = self.choices.get(crit.code)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{points if points is not None else '–'} / {crit.max_points}"
            if crit.code in self.failed:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(QColor("#fde0e0"))
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(QColor("#b00020"))
                if role == Qt.ItemDataRole.ToolTipRole:
                    return tr("Needs at least {n} points for {stars}★", n=self.failed[crit.code], stars=self.failed_level)
            return None
        if col == "note":
            if not crit.scored:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, EDIT, Qt.ItemDataRole.ToolTipRole):
                return self.notes.get(crit.code, "")
            return None
        if col == "marks":
            marks = []
            tips = []
            if crit.commune_assessed:
                marks.append(tr("commune"))
                tips.append(tr("The commune People's Committee reports on this criterion (Decision 1489/QĐ-TTg)"))
            if crit.district_wording:
                marks.append(tr("\"huyện\" wording"))
                tips.append(tr("The official wording says \"huyện\" (district): pre-2025 wording; districts were abolished on 01/07/2025"))
            if role == Qt.ItemDataRole.DisplayRole:
                return " · ".join(marks)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(tips) or None
            if role == Qt.ItemDataRole.ForegroundRole and marks:
                return QBrush(QColor("#5a4a00"))
        return None

    def _container_data(self, node: _Node, col: str, role):
        item: Part | Group = node.item
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col == "points" else None
        if role == Qt.ItemDataRole.BackgroundRole and node.kind == "part":
            return QBrush(QColor("#eef3f8"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == "criterion":
            # the view spans a heading over the row (its name is long): the score and the
            # "one of these cases" hint are in its text
            if node.kind == "part":
                text = tr("Part {code}: {title}", code=item.code, title=item.title)
            else:
                text = f"{item.code}. {item.title}"
            text += f"  ({self._points(node)} / {item.max_points})"
            if node.kind == "group" and getattr(item, "alternatives", False):
                text += " — " + tr("answer one of these cases")
            return text
        if col == "points":
            return f"{self._points(node)} / {item.max_points}"
        if col == "answer" and node.kind == "group" and getattr(item, "alternatives", False):
            return tr("answer one of these cases")
        return None

    def setData(self, index, value, role=EDIT):  # noqa: N802
        if not index.isValid() or role != EDIT:
            return False
        node: _Node = index.internalPointer()
        if node.kind != "criterion" or not node.item.scored:
            return False
        col = self.COLUMNS[index.column()][0]
        code = node.code
        if col == "answer":
            if value is None:
                self.choices.pop(code, None)
            else:
                if node.item.option_for(int(value)) is None:
                    return False
                self.choices[code] = int(value)
                group = node.parent.item if node.parent.kind == "group" else None
                if group is not None and group.alternatives:
                    # "choose one of the cases": answering one case clears the others
                    for sibling in node.parent.children:
                        if sibling is not node and sibling.code in self.choices:
                            del self.choices[sibling.code]
                            self.prefilled.pop(sibling.code, None)
                            left = self.createIndex(sibling.row, 1, sibling)
                            self.dataChanged.emit(left, self.createIndex(sibling.row, len(self.COLUMNS) - 1, sibling))
            if code in self.prefilled and self.choices.get(code) != self.prefilled[code]:
                del self.prefilled[code]
            self.dataChanged.emit(index, self.index(index.row(), len(self.COLUMNS) - 1, index.parent()))
            p = node.parent
            while p is not None and p is not self._root:
                # the heading's text (column 0) carries its score too
                self.dataChanged.emit(self.createIndex(p.row, 0, p), self.createIndex(p.row, 2, p))
                p = p.parent
        elif col == "note":
            text = str(value or "")
            if text.strip():
                self.notes[code] = text
            else:
                self.notes.pop(code, None)
            self.dataChanged.emit(index, index)
        else:
            return False
        self.answers_changed.emit()
        return True
