"""Self-assessment page: a product's scoring form as a tree, answered one criterion at a
time, with live part totals, stars, failed star minimums, knock-outs and gap advice.

Assessments are saved per product with date and assessor; earlier ones stay in the history
and any two can be compared side by side (:class:`AssessmentCompareDialog`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSplitter, QTextBrowser, QTreeView,
    QVBoxLayout, QWidget,
)

from ocop_desktop.domain.assessments import Assessment
from ocop_desktop.domain.formats import format_date
from ocop_desktop.domain.ocop.forms import Form, FormError, load_form
from ocop_desktop.domain.ocop.scoring import ScoreResult, ScoringError, gap_advice, score
from ocop_desktop.domain.products import sub_group_label
from ocop_desktop.i18n import tr
from ocop_desktop.store import assessments as assessments_store
from ocop_desktop.store import products as products_store
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.delegates.ocop_options import OptionDelegate
from ocop_desktop.ui.delegates.ocop_stars import StarRating
from ocop_desktop.ui.models.assessment import CRITERION_ROLE, AssessmentTreeModel
from ocop_desktop.ui.widgets import DateEdit, EnumCombo, mark_writes


class StarsWidget(QWidget):
    """Paints a 0–5 star rating large (the classic StarRating painter)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.count = 0
        self.setMinimumSize(130, 26)

    def set_count(self, count: int) -> None:
        self.count = count
        self.update()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.scale(1.6, 1.6)
        rect = self.rect()
        rect.setWidth(int(rect.width() / 1.6))
        rect.setHeight(int(rect.height() / 1.6))
        StarRating(self.count).paint(painter, rect, self.palette())


class AssessmentPage(QWidget):
    """The self-assessment page. :meth:`open_product` shows a product's latest assessment
    (or a new one, prefilled). ``result`` holds the live :class:`ScoreResult`."""

    def __init__(self, store: Store, window=None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.window_ = window
        self.today = today
        self.form: Form | None = None
        self.model: AssessmentTreeModel | None = None
        self.product_id: int | None = None
        self.assessment_id: int | None = None
        self.result: ScoreResult | None = None
        self.dirty = False
        self._loading = False

        self.product_combo = EnumCombo([])
        self.product_combo.setObjectName("product_combo")
        self.product_combo.setMinimumWidth(260)
        self.history_combo = EnumCombo([])
        self.history_combo.setObjectName("history_combo")
        self.history_combo.setMinimumWidth(300)
        self.date_edit = DateEdit(optional=False)
        self.assessor = QLineEdit()
        self.assessor.setPlaceholderText(tr("Assessor's name"))
        self.new_button = QPushButton(tr("&New assessment"))
        self.save_button = QPushButton(tr("&Save"))
        self.delete_button = QPushButton(tr("Delete"))
        self.compare_button = QPushButton(tr("&Compare…"))
        mark_writes(self.new_button, self.save_button, self.delete_button)
        self.product_combo.activated.connect(lambda _i: self._product_chosen())
        self.history_combo.activated.connect(lambda _i: self._history_chosen())
        self.new_button.clicked.connect(self.new_assessment)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_assessment)
        self.compare_button.clicked.connect(self.compare)
        self.assessor.textEdited.connect(lambda _t: self._mark_dirty())
        from PySide6.QtGui import QKeySequence, QShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.date_edit.dateChanged.connect(lambda _d: self._mark_dirty())

        self.form_label = QLabel()
        self.form_label.setObjectName("form_label")
        self.form_label.setWordWrap(True)

        self.tree = QTreeView()
        self.tree.setObjectName("assessment_tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.option_delegate = OptionDelegate(self.tree)
        self.tree.setItemDelegateForColumn(1, self.option_delegate)
        self.detail = QLabel()
        self.detail.setObjectName("criterion_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(70)
        self.detail.setStyleSheet("background: #fafafa; border: 1px solid #ddd; padding: 4px;")

        # summary panel
        self.part_labels: dict[str, QLabel] = {}
        self.total_label = QLabel()
        self.total_label.setObjectName("total_label")
        self.total_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.stars_widget = StarsWidget()
        self.stars_label = QLabel()
        self.stars_label.setObjectName("stars_label")
        self.stars_label.setWordWrap(True)
        self.unanswered_label = QLabel()
        self.unanswered_label.setWordWrap(True)
        self.unanswered_label.setStyleSheet("color: #9a5b00;")
        self.parts_form = QFormLayout()
        for code in ("A", "B", "C"):
            value = QLabel()
            value.setObjectName(f"part_{code}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.part_labels[code] = value
            self.parts_form.addRow(tr("Part {code}", code=code), value)
        self.knockout_box = QGroupBox(tr("Knock-out conditions"))
        self.knockout_layout = QVBoxLayout(self.knockout_box)
        self.knockout_checks: dict[str, QCheckBox] = {}
        self.knockout_box.setVisible(False)
        self.failed_list = QTextBrowser()
        self.failed_list.setObjectName("failed_list")
        self.gap_list = QTextBrowser()
        self.gap_list.setObjectName("gap_list")
        self.failed_list.setMaximumHeight(120)
        for view in (self.failed_list, self.gap_list):
            view.setOpenLinks(False)
            view.anchorClicked.connect(self._goto_link)
        self.gap_title = QLabel()
        self.gap_title.setWordWrap(True)
        self.gap_title.setObjectName("gap_title")
        self.gap_title.setStyleSheet("font-weight: bold;")

        summary = QWidget()
        sl = QVBoxLayout(summary)
        sl.setContentsMargins(4, 0, 4, 0)
        score_box = QGroupBox(tr("Score"))
        sbl = QVBoxLayout(score_box)
        sbl.addLayout(self.parts_form)
        sbl.addWidget(self.total_label)
        sbl.addWidget(self.stars_widget)
        sbl.addWidget(self.stars_label)
        sbl.addWidget(self.unanswered_label)
        failed_box = QGroupBox(tr("Star minimums not met"))
        fbl = QVBoxLayout(failed_box)
        fbl.addWidget(self.failed_list)
        gap_box = QGroupBox(tr("To reach the next star"))
        gbl = QVBoxLayout(gap_box)
        gbl.addWidget(self.gap_title)
        gbl.addWidget(self.gap_list)
        sl.addWidget(score_box)
        sl.addWidget(failed_box)
        sl.addWidget(gap_box, 1)
        sl.addWidget(self.knockout_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(summary)
        scroll.setMinimumWidth(330)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Product")))
        top.addWidget(self.product_combo, 2)
        top.addWidget(QLabel(tr("Assessment")))
        top.addWidget(self.history_combo, 2)
        top2 = QHBoxLayout()
        top2.addWidget(QLabel(tr("Date")))
        top2.addWidget(self.date_edit)
        top2.addWidget(QLabel(tr("Assessor")))
        top2.addWidget(self.assessor, 1)
        for b in (self.new_button, self.save_button, self.delete_button, self.compare_button):
            top2.addWidget(b)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.form_label)
        ll.addWidget(self.tree, 1)
        ll.addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([830, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(top2)
        layout.addWidget(split, 1)
        self.reload_products()
        default = self._default_product()
        if default is not None:
            self.open_product(default, ask=False)
        else:
            self._set_enabled(False)
            self.form_label.setText(tr("Add a product on the Products page first."))
            for b in (self.delete_button, self.compare_button):
                b.setEnabled(False)

    # --- products and history -------------------------------------------------------
    def _default_product(self) -> int | None:
        attention = products_store.needs_attention(self.store, self.today)
        if attention:
            return attention[0]["product_id"]
        names = products_store.product_names(self.store)
        return names[0][0] if names else None

    def reload_products(self) -> None:
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        for pid, name in products_store.product_names(self.store):
            code = self.store.scalar("SELECT form_code FROM products WHERE id = ?", [pid])
            self.product_combo.addItem(f"{name} ({tr('form {code}', code=code)})", pid)
        self.product_combo.set_value(self.product_id)
        self.product_combo.blockSignals(False)

    def refresh(self) -> None:
        """Called when the page is shown: reload product names (kept answers stay)."""
        self.reload_products()
        known = {pid for pid, _ in products_store.product_names(self.store)}
        if self.product_id is not None and self.product_id not in known:  # deleted meanwhile
            self.product_id = self.assessment_id = None
            self.model = None
            self.form = None
            self.tree.setModel(None)
            self.dirty = False
        if self.product_id is None:
            default = self._default_product()
            if default is not None:
                self.open_product(default, ask=False)

    def _reload_history(self) -> None:
        self.history_combo.blockSignals(True)
        self.history_combo.clear()
        self.history_combo.addItem(tr("New assessment (not saved)"), None)
        for r in assessments_store.assessment_list(self.store, self.product_id) if self.product_id else []:
            stars = tr("{n}★", n=r["stars"]) if r["stars"] else tr("not rated")
            self.history_combo.addItem(tr("{date} — {assessor} — {total} points, {stars}", date=format_date(r["date"]),
                                          assessor=r["assessor"], total=r["total"], stars=stars), r["id"])
        self.history_combo.set_value(self.assessment_id)
        self.history_combo.blockSignals(False)
        self.compare_button.setEnabled(self.history_combo.count() > 2)
        self.delete_button.setEnabled(self.assessment_id is not None)

    def _confirm_discard(self) -> bool:
        return not self.dirty or Ask.confirm(self, tr("Unsaved assessment"),
                                             tr("The answers have not been saved. Discard them?"))

    def _product_chosen(self) -> None:
        pid = self.product_combo.value()
        if pid == self.product_id:
            return
        if not self._confirm_discard():
            self.product_combo.set_value(self.product_id)
            return
        self.open_product(pid, ask=False)

    def _history_chosen(self) -> None:
        aid = self.history_combo.value()
        if aid == self.assessment_id:
            return
        if not self._confirm_discard():
            self.history_combo.set_value(self.assessment_id)
            return
        if aid is None:
            self.new_assessment()
        else:
            self.load_assessment(aid)

    def open_product(self, product_id: int, ask: bool = True) -> None:
        """Show *product_id*: its latest assessment, or a new prefilled one."""
        if ask and product_id != self.product_id and not self._confirm_discard():
            return
        self.product_id = product_id
        self.product_combo.set_value(product_id)
        latest = assessments_store.latest_assessment(self.store, product_id)
        if latest is not None:
            self.load_assessment(latest.id)
        else:
            self._start_new()

    def _set_form(self, code: str) -> bool:
        try:
            form = load_form(code)
        except FormError as err:
            self.form = None
            self.model = None
            self.tree.setModel(None)
            self.form_label.setText(tr("The scoring form for sub-group {code} cannot be used yet: {reason}",
                                       code=code, reason=str(err)))
            self._set_enabled(False)
            return False
        self._set_enabled(True)
        if self.form is not form or self.model is None:
            self.form = form
            self.model = AssessmentTreeModel(form, self)
            self.model.answers_changed.connect(self._answers_changed)
            self.tree.setModel(self.model)
            self.tree.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_detail(cur))
            header = self.tree.header()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for col, width in enumerate([250, 265, 55, 130]):
                self.tree.setColumnWidth(col, width)
            header.setStretchLastSection(True)
            self._build_knockouts()
        self.form_label.setText(tr("Scoring form {title} (Decision 148/QĐ-TTg, Annex III). Double-click or press F2 on an answer to choose an option.",
                                   title=f"{form.code} — {form.group} / {form.sub_group}"))
        return True

    def _set_enabled(self, on: bool) -> None:
        for w in (self.save_button, self.new_button, self.tree, self.assessor, self.date_edit):
            w.setEnabled(on)

    def _build_knockouts(self) -> None:
        while self.knockout_layout.count():
            item = self.knockout_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.knockout_checks.clear()
        for ko in self.form.knockouts:
            row = QWidget()
            hl = QHBoxLayout(row)
            hl.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox()
            box.setObjectName(f"knockout_{ko.key}")
            box.setToolTip(ko.text)
            label = QLabel(f"{ko.criterion} ({ko.effect_label}): {ko.text}")
            label.setWordWrap(True)
            label.setStyleSheet("color: #b00020;")
            label.setBuddy(box)
            hl.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            hl.addWidget(label, 1)
            box.toggled.connect(lambda _on: self._answers_changed())
            self.knockout_checks[ko.key] = box
            self.knockout_layout.addWidget(row)
        self.knockout_box.setVisible(bool(self.form.knockouts))

    def _start_new(self) -> None:
        code = self.store.scalar("SELECT form_code FROM products WHERE id = ?", [self.product_id])
        self.assessment_id = None
        if not self._set_form(code):
            self._reload_history()
            return
        prefilled = assessments_store.prefill_for(self.store, code)
        self._loading = True
        self.model.set_answers(prefilled, {}, prefilled)
        for box in self.knockout_checks.values():
            box.setChecked(False)
        self.date_edit.set_value(self.today or dt.date.today())
        rep = self.store.scalar("SELECT rep_name FROM cooperative WHERE id = 1") or ""
        self.assessor.setText(rep)
        self._loading = False
        self.tree.expandAll()
        self._span_headings()
        self._select_first()
        self._reload_history()
        self.dirty = False
        self.recompute()

    def _span_headings(self) -> None:
        """Part and group headings span their row: their names (``Phần A: SẢN PHẨM VÀ SỨC
        MẠNH CỘNG ĐỒNG``) do not fit the criterion column at 1366 px; their score is in the
        text."""
        def walk(parent: QModelIndex) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.model.is_heading(index):
                    self.tree.setFirstColumnSpanned(row, parent, True)
                    walk(index)
        walk(QModelIndex())

    def _select_first(self) -> None:
        first = self.model.form.criteria()[0].code if self.model.form.criteria() else None
        if first:
            self.tree.setCurrentIndex(self.model.index_of(first, 1))

    def new_assessment(self) -> None:
        """Start a new assessment of the current product (prefilled answers marked)."""
        if self.product_id is None or (self.dirty and not self._confirm_discard()):
            return
        self._start_new()

    def load_assessment(self, assessment_id: int) -> None:
        a = assessments_store.get_assessment(self.store, assessment_id)
        self.product_id = a.product_id
        self.assessment_id = a.id
        if not self._set_form(a.form_code):
            self._reload_history()
            return
        self._loading = True
        self.model.set_answers(a.choices, a.evidence_notes, {c: a.choices[c] for c in a.prefilled if c in a.choices})
        for key, box in self.knockout_checks.items():
            box.setChecked(key in a.knockouts)
        self.date_edit.set_value(a.date)
        self.assessor.setText(a.assessor)
        self._loading = False
        self.tree.expandAll()
        self._span_headings()
        self._select_first()
        self._reload_history()
        self.dirty = False
        self.recompute()

    # --- live result --------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if not self._loading:
            self.dirty = True

    def _answers_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.recompute()

    def knockouts(self) -> list[str]:
        return [k for k, box in self.knockout_checks.items() if box.isChecked()]

    def recompute(self) -> None:
        """Score the answers on screen and refresh totals, stars, minimums and advice."""
        if self.model is None:
            return
        form = self.form
        try:
            result = score(form, self.model.choices, self.knockouts())
            advice = gap_advice(form, self.model.choices, self.knockouts())
        except ScoringError as err:
            self.stars_label.setText(str(err))
            return
        self.result = result
        for part in form.parts:
            self.part_labels[part.code].setText(f"{result.parts[part.code]} / {part.max_points}")
            self.part_labels[part.code].setToolTip(part.title)
        self.total_label.setText(tr("{total} / 100 points", total=result.total))
        self.stars_widget.set_count(result.stars or 0)
        text = result.status_text()
        if result.stars is not None and result.stars < result.band:
            text += " " + tr("(the total is in the {band}★ band, but a star minimum is not met)", band=result.band)
        if result.stars is not None and result.stars < 3 and result.knockout is None:
            text += " " + tr("— below 3★, not certifiable")
        self.stars_label.setText(text)
        self.unanswered_label.setText(tr("{n} criteria not answered yet: {codes}", n=len(result.unanswered),
                                         codes=", ".join(result.unanswered[:12]) + ("…" if len(result.unanswered) > 12 else ""))
                                      if result.unanswered else "")
        from html import escape
        failed = {f.criterion: f.required for f in result.failed_minimums}
        lines = []
        for f in result.failed_minimums:
            crit = form.criterion(f.criterion)
            have = tr("unanswered") if f.actual is None else tr("{n} pts", n=f.actual)
            lines.append(f"<p><a href='#{escape(f.criterion)}'>{escape(f.criterion)}</a> " + escape(tr(
                "{title}: needs {need} pts for {level}★, has {have}", title=crit.title, need=f.required,
                level=f.level, have=have)) + "</p>")
        if not result.failed_minimums:
            lines.append("<p>" + escape(tr("None: every star minimum up to {n}★ is met", n=result.band) if result.band >= 3
                                        else tr("Star minimums apply from 3★ (50 points)")) + "</p>")
        self.failed_list.setHtml("".join(lines))
        self.model.set_failed(failed, result.band)
        # gap advice
        if advice.knockout is not None:
            self.gap_title.setText(tr("Remove the knock-out first: {reason}", reason=advice.knockout.text))
        elif advice.target is None:
            self.gap_title.setText(tr("Highest level reached: the central council decides on 5★."))
        elif not advice.reachable:
            self.gap_title.setText(tr("{n}★ cannot be reached with this form's options.", n=advice.target))
        else:
            self.gap_title.setText(tr("For {n}★: {count} improvements, {added} more points", n=advice.target,
                                      count=len(advice.improvements), added=advice.added_points))
        lines = []
        for imp in advice.improvements:
            docs = "; ".join(e.label for e in imp.evidence)
            current = tr("unanswered") if imp.current is None else str(imp.current)
            head = tr("{title}: {current} → {target} pts", title=imp.title, current=current, target=imp.target)
            if imp.for_minimum:
                head += tr(" (star minimum)")
            lines.append(f"<p><a href='#{escape(imp.criterion)}'>{escape(imp.criterion)}</a> <b>{escape(head)}</b><br>"
                         f"<i>“{escape(imp.option.text)}”</i><br>" + escape(tr("Evidence: {docs}", docs=docs)) + "</p>")
        self.gap_list.setHtml("".join(lines))

    def _goto_link(self, url) -> None:
        code = url.fragment() or url.toString().lstrip("#")
        if code and self.model is not None:
            index = self.model.index_of(code, 1)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)

    def _show_detail(self, index) -> None:
        crit = index.data(CRITERION_ROLE) if index.isValid() else None
        if crit is None:
            self.detail.setText("")
            return
        from html import escape
        from ocop_desktop.domain.ocop.forms import evidence
        lines = [f"<b>{escape(crit.code)} {escape(crit.title)}</b> ({tr('max {n} pts', n=crit.max_points)})"]
        if crit.note:
            lines.append(f"<i>{escape(crit.note)}</i>")
        marks = []
        if crit.commune_assessed:
            marks.append(tr("Assessed by the commune People's Committee (Decision 1489/QĐ-TTg)."))
        if crit.district_wording:
            marks.append(tr("The wording \"huyện\" (district) is pre-2025: districts were abolished on 01/07/2025; read it as the local area."))
        if crit.title_stars:
            marks.append(tr("Must score above 0 for {n}★.", n=crit.title_stars))
        if marks:
            lines.append("<span style='color:#5a4a00'>" + escape(" ".join(marks)) + "</span>")
        if crit.evidence:
            docs = []
            for key in crit.evidence:
                try:
                    docs.append(evidence(key).label)
                except KeyError:
                    docs.append(key)
            lines.append(escape(tr("Evidence: {docs}", docs="; ".join(docs))))
        suggestion = self.book_suggestion(crit.code)
        if suggestion:
            lines.append("<span style='color:#0b5394'>" + escape(suggestion) + "</span>")
        self.detail.setText("<br>".join(lines))

    def book_suggestion(self, code: str) -> str:
        """For A3đ, A3d and B4a: what the books of the last full year say (issue 5 item 8),
        as a suggestion with its figures; "" for other criteria or when there are no books."""
        if code not in ("A3đ", "A3d", "B4a"):
            return ""
        if not self.store.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'vouchers'"):
            return ""
        from ocop_desktop.store.income_reports import ocop_suggestions
        date = self.date_edit.value()
        year = (date.year if date else dt.date.today().year) - 1
        for s in ocop_suggestions(self.store, year):
            if s["criterion"] == code:
                verdict = tr("suggests the criterion is met") if s["met"] else tr("does not show the criterion met")
                return tr("From the books of {year}: {summary} — {verdict} (a suggestion: choose the option yourself).",
                          year=year, summary=s["summary"], verdict=verdict)
        return ""

    # --- save, delete, compare ----------------------------------------------------------
    def current_assessment(self) -> Assessment:
        return Assessment(
            product_id=self.product_id, form_code=self.form.code, date=self.date_edit.value(),
            assessor=self.assessor.text(), choices=dict(self.model.choices), evidence_notes=dict(self.model.notes),
            knockouts=self.knockouts(), prefilled=sorted(self.model.prefilled), id=self.assessment_id)

    def save(self) -> bool:
        """Save the assessment on screen (a new row, or the loaded one updated)."""
        if self.model is None or self.product_id is None:
            return False
        try:
            new_id, _result = assessments_store.save_assessment(self.store, self.current_assessment())
        except StoreError as err:
            Ask.error(self, tr("Cannot save the assessment"), str(err))
            return False
        self.assessment_id = new_id
        self.dirty = False
        self._reload_history()
        if self.window_ is not None:
            # undoing an older "add product" would now delete this assessment with it
            self.window_.undo_stack.clear()
            page = self.window_.pages.get("products")
            if page is not None:
                page.refresh()
        return True

    def delete_assessment(self) -> None:
        if self.assessment_id is None:
            return
        if not Ask.confirm(self, tr("Delete assessment"), tr("Delete this saved assessment from the history?")):
            return
        assessments_store.delete_assessment(self.store, self.assessment_id)
        self.assessment_id = None
        self.dirty = False
        self.open_product(self.product_id, ask=False)

    def compare(self) -> None:
        if self.product_id is None:
            return
        from ocop_desktop.ui.dialogs.assessment_compare import AssessmentCompareDialog
        dialog = AssessmentCompareDialog(self.store, self.product_id, self, right=self.assessment_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
