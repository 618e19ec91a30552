"""Two saved assessments of a product side by side: part scores, total, stars, and every
criterion with its points in each and the change."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from ocop_desktop.domain.assessments import Assessment
from ocop_desktop.domain.formats import format_date
from ocop_desktop.domain.ocop.forms import FormError, load_form
from ocop_desktop.domain.ocop.scoring import ScoringError, score
from ocop_desktop.i18n import N_, tr
from ocop_desktop.store import assessments as assessments_store
from ocop_desktop.store.db import Store
from ocop_desktop.ui.widgets import EnumCombo

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CompareModel(QAbstractTableModel):
    """Rows: Part A/B/C, total, stars, then every criterion of the left assessment's form
    (plus any criterion only the right one has). Columns: code, criterion, left, right,
    change (right − left, points)."""

    COLUMNS = [N_("Code"), N_("Criterion"), N_("Assessment 1"), N_("Assessment 2"), N_("Change")]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, object, object, bool]] = []
        self.titles = ["", ""]

    def set_pair(self, left: Assessment | None, right: Assessment | None) -> None:
        self.beginResetModel()
        self.rows = []
        self.titles = [format_date(a.date) if a is not None else "" for a in (left, right)]
        if left is not None and right is not None:
            lres, rres = _score(left), _score(right)
            try:
                form = load_form(left.form_code)
                parts = [(p.code, p.title) for p in form.parts]
                criteria = [(c.code, c.title) for c in form.criteria()]
            except FormError:
                parts, criteria = [("A", ""), ("B", ""), ("C", "")], []
            if right.form_code != left.form_code:
                try:
                    known = {c for c, _ in criteria}
                    criteria += [(c.code, c.title) for c in load_form(right.form_code).criteria() if c.code not in known]
                except FormError:
                    pass
            for code, title in parts:
                self.rows.append((code, tr("Part {code}: {title}", code=code, title=title),
                                  lres.parts.get(code) if lres else None, rres.parts.get(code) if rres else None, True))
            self.rows.append(("Σ", tr("Total"), lres.total if lres else None, rres.total if rres else None, True))
            self.rows.append(("★", tr("Stars"), (lres.stars or 0) if lres else None, (rres.stars or 0) if rres else None, True))
            for code, title in criteria:
                self.rows.append((code, title, left.choices.get(code), right.choices.get(code), False))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section in (2, 3) and self.titles[section - 2]:
                return self.titles[section - 2]
            return tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code, title, left, right, bold = self.rows[index.row()]
        col = index.column()
        change = right - left if isinstance(left, int) and isinstance(right, int) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col >= 2 else None
        if role == Qt.ItemDataRole.FontRole and bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and change:
            return QBrush(QColor("#e6f4ea" if change > 0 else "#fde0e0"))
        if role == Qt.ItemDataRole.UserRole:
            return change
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 0:
            return code
        if col == 1:
            return title
        if col in (2, 3):
            value = left if col == 2 else right
            return "–" if value is None else str(value)
        if change is None:
            return ""
        return f"+{change}" if change > 0 else str(change) if change else "0"


def _score(a: Assessment):
    try:
        return score(load_form(a.form_code), a.choices, a.knockouts)
    except (FormError, ScoringError):
        return None


class AssessmentCompareDialog(QDialog):
    """Choose two saved assessments of *product_id* and see them side by side. Defaults:
    left = the one before *right*, right = *right* or the newest."""

    def __init__(self, store: Store, product_id: int, parent=None, right: int | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("Compare assessments"))
        rows = assessments_store.assessment_list(store, product_id)
        items = [(r["id"], tr("{date} — {assessor} — {total} points", date=format_date(r["date"]),
                                  assessor=r["assessor"], total=r["total"])) for r in rows]
        self.left = EnumCombo(items)
        self.right = EnumCombo(items)
        ids = [r["id"] for r in rows]
        r_id = right if right in ids else (ids[0] if ids else None)
        after = ids[ids.index(r_id) + 1:] if r_id in ids else []
        l_id = after[0] if after else (ids[1] if len(ids) > 1 else r_id)
        self.right.set_value(r_id)
        self.left.set_value(l_id)
        self.model = CompareModel(self)
        self.view = QTableView()
        self.view.setObjectName("compare_table")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setColumnWidth(0, 60)
        self.view.setColumnWidth(1, 420)
        for col in (2, 3, 4):
            self.view.setColumnWidth(col, 95)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.left.changed.connect(self.update_pair)
        self.right.changed.connect(self.update_pair)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Assessment 1")))
        top.addWidget(self.left, 1)
        top.addWidget(QLabel(tr("Assessment 2")))
        top.addWidget(self.right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.update_pair()
        self.resize(900, 640)

    def update_pair(self) -> None:
        lid, rid = self.left.value(), self.right.value()
        left = assessments_store.get_assessment(self.store, lid) if lid else None
        right = assessments_store.get_assessment(self.store, rid) if rid else None
        self.model.set_pair(left, right)
