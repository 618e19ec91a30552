"""Self-assessment page (issue 3 items 5, 6, 9): choosing options through the combo delegate
updates part totals and stars on screen; prefilled answers; saving keeps history; compare.

Hand-worked numbers (form 07, resources/ocop_forms/form-07.json, Decision 148/QĐ-TTg Annex III):
the demo cassava's 2026 assessment is A 30 + B 17 + C 18 = 65 points, 3★. Raising C11 from 0 to
3 gives 68 (still 3★: < 70). Then B4c 2 → 4 gives 70 points, in the 4★ band, but the 4★ minimums
fail (e.g. A1d = 1 < 2, A2a = 3 < 4), so the stars stay 3 and the failed list names A1d."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ocop_desktop.demo import DEMO_TODAY
from ocop_desktop.store import assessments as ast
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.dialogs.assessment_compare import AssessmentCompareDialog, CompareModel
from ocop_desktop.ui.models.assessment import AssessmentTreeModel
from ocop_desktop.ui.pages.assessment import AssessmentPage

CASSAVA = "Sắn muối chua Liên Gia Trang"
BAMBOO = "Măng chua Liên Gia Trang"


def _pid(store, name):
    return store.scalar("SELECT id FROM products WHERE name = ?", [name])


def _choose(qtbot, page, code, points):
    """Pick the option worth *points* for *code* the way a user does: open the combo editor
    of the answer cell, select the option, commit."""
    index = page.model.index_of(code, 1)
    page.tree.setCurrentIndex(index)
    page.tree.edit(index)
    combo = page.tree.indexWidget(index)
    assert combo is not None, "the answer cell opened no editor"
    combo.setCurrentIndex(combo.findData(points))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: page.tree.indexWidget(index) is None, timeout=2000)


def test_tree_model_passes_model_tester(qtmodeltester):
    from ocop_desktop.domain.ocop.forms import load_form
    model = AssessmentTreeModel(load_form("07"))
    model.set_answers({"A1a": 5, "A3a": 3}, {"A1a": "hợp đồng"}, {"A3a": 3})
    qtmodeltester.check(model)


def test_choosing_options_updates_totals_and_stars(qtbot, demo_store):
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_product(_pid(demo_store, CASSAVA))
    assert page.total_label.text() == "65 / 100 điểm"
    assert page.part_labels["C"].text() == "18 / 35"
    assert page.stars_widget.count == 3
    _choose(qtbot, page, "C11", 3)
    assert page.total_label.text() == "68 / 100 điểm"
    assert page.part_labels["C"].text() == "21 / 35"
    assert page.model.index_of("C11", 2).data() == "3 / 3"
    assert page.stars_widget.count == 3
    _choose(qtbot, page, "B4c", 4)
    assert page.total_label.text() == "70 / 100 điểm"
    assert page.part_labels["B"].text() == "19 / 25"
    assert page.stars_widget.count == 3  # 4★ band, but 4★ minimums fail
    assert "A1d" in page.failed_list.toPlainText()
    assert page.model.index_of("A1d", 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.dirty


def test_headings_span_their_row_and_carry_their_score(qtbot, demo_store):
    """Part and group names are longer than the criterion column at 1366 px: they span the
    row, with their score in the text, kept up to date as answers change."""
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_product(_pid(demo_store, CASSAVA))
    part_c = page.model.index(2, 0)
    assert page.tree.isFirstColumnSpanned(2, part_c.parent())
    assert part_c.data() == "Phần C: CHẤT LƯỢNG SẢN PHẨM  (18 / 35)"
    a1 = page.model.index_of("A1")
    assert page.tree.isFirstColumnSpanned(a1.row(), a1.parent())
    assert not page.tree.isFirstColumnSpanned(page.model.index_of("C11").row(), page.model.index_of("C11").parent())
    _choose(qtbot, page, "C11", 3)  # 18 → 21 points in part C (the test above)
    assert page.model.index(2, 0).data() == "Phần C: CHẤT LƯỢNG SẢN PHẨM  (21 / 35)"


def test_new_assessment_is_prefilled_and_marked(qtbot, demo_store):
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.open_product(_pid(demo_store, BAMBOO))
    page.new_assessment()
    assert page.model.choices == {"A3a": 3, "A3b": 1}
    a3a = page.model.index_of("A3a", 1)
    assert a3a.data().startswith("[tự điền] HTX")
    assert a3a.data(Qt.ItemDataRole.FontRole).italic()
    assert page.unanswered_label.text().startswith("Còn 30 tiêu chí chưa trả lời")  # 32 criteria - 2 prefilled
    # changing a prefilled answer drops the mark
    page.model.setData(page.model.index_of("A3b", 1), 0)
    assert "A3b" not in page.model.prefilled
    assert not page.model.index_of("A3b", 1).data().startswith("[tự điền]")


def test_save_keeps_history_and_refuses_missing_assessor(qtbot, demo_store, monkeypatch):
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    pid = _pid(demo_store, BAMBOO)
    page.open_product(pid)
    page.new_assessment()
    page.date_edit.set_value(DEMO_TODAY)
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, text: errors.append(text)))
    page.assessor.setText("")
    assert page.save() is False and errors
    page.assessor.setText("Trần Văn Bình")
    page.model.setData(page.model.index_of("A1a", 1), 5)
    page.model.setData(page.model.index_of("A1a", 3), "Măng của 9 hộ trong xã")
    assert page.save() is True
    rows = ast.assessment_list(demo_store, pid)
    assert len(rows) == 2 and rows[0]["assessor"] == "Trần Văn Bình" and rows[0]["total"] == 3 + 1 + 5
    saved = ast.get_assessment(demo_store, rows[0]["id"])
    assert saved.prefilled == ["A3a", "A3b"]
    assert saved.evidence_notes == {"A1a": "Măng của 9 hộ trong xã"}
    assert page.history_combo.count() == 3  # "new" + two saved


def test_compare_two_assessments_side_by_side(qtbot, qtmodeltester, demo_store):
    pid = _pid(demo_store, CASSAVA)
    dialog = AssessmentCompareDialog(demo_store, pid)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = {dialog.model.index(r, 0).data(): r for r in range(dialog.model.rowCount())}
    total = rows["Σ"]
    # 2022: 59 points; 2026: 65 points (resources/demo/assessments.json)
    assert [dialog.model.index(total, c).data() for c in (2, 3, 4)] == ["59", "65", "+6"]
    b4a = rows["B4a"]
    assert [dialog.model.index(b4a, c).data() for c in (2, 3, 4)] == ["3", "5", "+2"]
    assert dialog.model.index(rows["A1a"], 4).data() == "0"


def test_every_form_builds_a_valid_tree(qtmodeltester):
    """All 26 forms load into the tree; sub-criteria (forms 11, 13) nest under their parent."""
    from ocop_desktop.domain.ocop.forms import list_forms
    for form in list_forms():
        model = AssessmentTreeModel(form)
        qtmodeltester.check(model)
        leaves = form.criteria()
        assert all(model.index_of(c.code).isValid() for c in leaves)
    form11 = [f for f in list_forms() if f.code == "11"][0]
    model = AssessmentTreeModel(form11)
    parent = model.index_of("C6a")
    assert model.rowCount(parent) == len(form11.criterion("C6a").subcriteria) > 0
    sub = form11.criterion("C6a").subcriteria[0]
    model.setData(model.index_of(sub.code, 1), sub.options[-1].points)
    assert model.index_of("C6a", 2).data() == f"{sub.options[-1].points} / {form11.criterion('C6a').max_points}"


def test_alternatives_group_keeps_one_answer():
    """Form 26 groups marked "choose one of the cases": answering a second case clears the first."""
    from ocop_desktop.domain.ocop.forms import load_form
    form = load_form("26")
    group = next(g for g in form.groups() if g.alternatives)
    first, second = group.criteria[0], group.criteria[1]
    model = AssessmentTreeModel(form)
    model.setData(model.index_of(first.code, 1), first.options[-1].points)
    model.setData(model.index_of(second.code, 1), second.options[-1].points)
    assert first.code not in model.choices and model.choices[second.code] == second.options[-1].points


def test_page_without_products_is_inert(qtbot, store):
    page = AssessmentPage(store)
    qtbot.addWidget(page)
    assert page.model is None and not page.save_button.isEnabled()
    assert page.save() is False


def test_fixing_a_failed_minimum_raises_the_stars_on_screen(qtbot, demo_store):
    """Cá thính (form 08): 50 points is in the 3★ band but C9 = 1 fails the 3★ minimum (C9 ≥ 2,
    the option marked ***), so it shows 2★; choosing C9's 2-point option gives 51 points, 3★."""
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    page.open_product(_pid(demo_store, "Cá thính Liên Gia Trang"))
    assert (page.total_label.text(), page.stars_widget.count) == ("50 / 100 điểm", 2)
    assert "C9" in page.failed_list.toPlainText()
    assert "C9" in page.gap_list.toPlainText()  # the advice starts with the failed minimum
    _choose(qtbot, page, "C9", 2)
    assert (page.total_label.text(), page.stars_widget.count) == ("51 / 100 điểm", 3)
    assert page.part_labels["C"].text() == "20 / 35"
    assert page.model.index_of("C9", 2).data(Qt.ItemDataRole.BackgroundRole) is None


def test_refresh_after_the_product_was_deleted(qtbot, demo_store):
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    pid = _pid(demo_store, BAMBOO)
    page.open_product(pid)
    from ocop_desktop.store import products as ps
    ps.delete_product(demo_store, pid)
    page.refresh()
    assert page.product_id != pid and page.product_id is not None
    assert page.product_combo.value() == page.product_id


def test_option_editor_lists_points_wording_and_star_marks(qtbot, demo_store):
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    page.open_product(_pid(demo_store, CASSAVA))
    index = page.model.index_of("A1c", 1)
    page.tree.setCurrentIndex(index)
    page.tree.edit(index)
    combo = page.tree.indexWidget(index)
    items = [combo.itemText(i) for i in range(combo.count())]
    # form 07 A1c: 0 (none of the above), 1, 2 marked ****, 3 marked *****
    assert items[0] == "— chọn —"
    assert items[3] == "2 điểm — Có năng lực, quy mô sản xuất trung bình  ★★★★"
    assert combo.currentData() == 2  # the saved answer is preselected


def test_book_suggestions_for_a3d_in_the_self_assessment(qtbot, demo_store):
    """Issue 5 item 8: A3d (growth) gets a suggestion from the books, with its figures; the
    demo's 2025 profit after tax is higher than 2024's (demo books, income tests)."""
    page = AssessmentPage(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.open_product(_pid(demo_store, CASSAVA))
    text = page.book_suggestion("A3d")
    assert "2025" in text and "₫" in text and "cho thấy tiêu chí đạt" in text
    assert page.book_suggestion("A1a") == ""
