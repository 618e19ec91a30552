"""Self-assessments: prefill (issue 3 item 6), saving with history, demo results.

Hand-worked totals are in resources/demo/assessments.json ("_source"); the forms are
Decision 148/QĐ-TTg Annex III forms 07 and 08 (resources/ocop_forms)."""

import datetime as dt

import pytest

from ocop_desktop.demo import DEMO_TODAY
from ocop_desktop.domain.assessments import Assessment, prefill
from ocop_desktop.domain.ocop.forms import load_form
from ocop_desktop.store import assessments as ast
from ocop_desktop.store import products as ps
from ocop_desktop.store.errors import ValidationError

CASSAVA = "Sắn muối chua Liên Gia Trang"


def test_prefill_cooperative_and_woman_representative():
    form = load_form("07")
    # A3a: "HTX tổ chức, hoạt động theo Luật HTX 2012 …" is the 3-point option;
    # A3b: "… là nữ/đồng bào dân tộc thiểu số" is the 1-point option.
    assert prefill(form, "cooperative", True) == {"A3a": 3, "A3b": 1}
    assert prefill(form, "cooperative", False) == {"A3a": 3, "A3b": 0}
    # a cooperative group (tổ hợp tác) is in the 1-point option with households and farms
    assert prefill(form, "cooperative_group", None) == {"A3a": 1}


def test_prefill_reads_the_profile(demo_store):
    assert ast.prefill_for(demo_store, "08") == {"A3a": 3, "A3b": 1}  # demo director: Nguyễn Thị Hằng
    demo_store.db.execute("UPDATE cooperative SET rep_woman_or_minority = 0")
    assert ast.prefill_for(demo_store, "08") == {"A3a": 3, "A3b": 0}


def test_demo_results_match_hand_worked_totals(demo_store):
    pid = demo_store.scalar("SELECT id FROM products WHERE name = ?", [CASSAVA])
    rows = ast.assessment_list(demo_store, pid)
    assert [(r["date"], r["total"], r["stars"]) for r in rows] == [("2026-11-20", 65, 3), ("2022-09-05", 59, 3)]
    others = demo_store.query("SELECT p.name, a.total, a.stars FROM assessments a JOIN products p ON p.id = a.product_id "
                              "WHERE p.name != ? ORDER BY p.name", [CASSAVA])
    assert [(r["name"], r["total"], r["stars"]) for r in others] == [
        ("Cá thính Liên Gia Trang", 50, 2), ("Măng chua Liên Gia Trang", 32, 2)]


def test_save_refuses_points_not_an_option_and_names_criterion(demo_store):
    pid = demo_store.scalar("SELECT id FROM products WHERE name = ?", [CASSAVA])
    before = demo_store.scalar("SELECT COUNT(*) FROM assessments")
    with pytest.raises(ValidationError) as err:
        ast.save_assessment(demo_store, Assessment(pid, "07", DEMO_TODAY, "Hằng", choices={"A1a": 4}), DEMO_TODAY)
    assert err.value.problems[0][0] == "A1a"
    with pytest.raises(ValidationError) as err:
        ast.save_assessment(demo_store, Assessment(pid, "07", DEMO_TODAY, "", choices={}), DEMO_TODAY)
    assert [f for f, _ in err.value.problems] == ["assessor"]
    assert demo_store.scalar("SELECT COUNT(*) FROM assessments") == before


def test_history_kept_and_update_in_place(demo_store):
    pid = demo_store.scalar("SELECT id FROM products WHERE name = ?", [CASSAVA])
    latest = ast.latest_assessment(demo_store, pid)
    latest.choices["C11"] = 3  # 65 + 3 = 68, still 3★
    new_id, result = ast.save_assessment(demo_store, Assessment(
        pid, "07", DEMO_TODAY, "Trần Văn Bình", choices=latest.choices, evidence_notes={"C11": "  Đơn hàng xuất khẩu thử  "}), DEMO_TODAY)
    assert result.total == 68 and result.stars == 3
    assert len(ast.assessment_list(demo_store, pid)) == 3
    saved = ast.get_assessment(demo_store, new_id)
    assert saved.evidence_notes == {"C11": "Đơn hàng xuất khẩu thử"}
    row = ps.product_rows(demo_store, [pid], DEMO_TODAY)[pid]
    assert (row["assessed_total"], row["assessed_date"]) == (68, DEMO_TODAY.isoformat())
    saved.choices["C11"] = 0
    ast.save_assessment(demo_store, saved, DEMO_TODAY)
    assert len(ast.assessment_list(demo_store, pid)) == 3
    assert ast.get_assessment(demo_store, new_id).choices["C11"] == 0
