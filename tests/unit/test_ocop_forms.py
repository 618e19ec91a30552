"""The scoring forms as data (Decision 148/QĐ-TTg, Annex III): every form loads and validates;
spot checks read from the official wording of forms 06, 07 and 08."""

import json

import pytest

from ocop_desktop.domain.ocop import forms
from ocop_desktop.domain.ocop.forms import (
    FORMS_DIR, FormNotFoundError, all_evidence, evidence, load_form, validate_form,
)

AVAILABLE = sorted(p.stem.split("-")[1] for p in FORMS_DIR.glob("form-*.json"))


def test_all_26_forms_present():
    assert AVAILABLE == [f"{n:02d}" for n in range(1, 27)]
    assert [f.code for f in forms.list_forms()] == AVAILABLE


@pytest.mark.parametrize("code", AVAILABLE)
def test_form_validates(code):
    form = load_form(code)
    assert validate_form(form) == []
    assert [p.max_points for p in form.parts] == [40, 25, 35]
    assert sum(c.max_points for c in form.criteria() if not form.group_of(c.code).alternatives) \
        + sum(g.max_points for g in form.groups() if g.alternatives) == 100


def test_validation_catches_faults():
    data = json.loads((FORMS_DIR / "form-07.json").read_text(encoding="utf-8"))
    c6d = data["parts"][2]["groups"][0]["criteria"][3]
    assert c6d["code"] == "C6d"
    c6d["options"][-1]["points"] = 3          # the reference transcription's fault
    data["parts"][0]["groups"][0]["criteria"][1]["code"] = "A1a"   # duplicate code
    problems = validate_form(forms._form_from_json(data))
    assert "C6d: max 4 != best option 3" in problems
    assert "duplicate code A1a" in problems


def test_form_07_wording_and_marks():
    f = load_form(7)
    assert f.code == "07" and f.sub_group == "Chế biến từ rau, củ, quả, hạt"
    a1a = f.criterion("A1a")
    assert a1a.title == "Nguồn nguyên liệu" and a1a.commune_assessed
    assert [(o.points, o.stars) for o in a1a.options if o.official] == [(1, 3), (3, None), (5, None)]
    assert a1a.minimum_for(3) == 1 and a1a.minimum_for(2) is None
    a3e = f.criterion("A3e")
    assert a3e.title_stars == 4 and a3e.minimum_for(4) == 1 and a3e.minimum_for(3) is None
    assert "trademark_certificate" in a3e.evidence
    c9 = f.criterion("C9")
    assert c9.minimum_for(3) == 2 and c9.minimum_for(4) == 3 and c9.minimum_for(5) == 5
    assert "food_safety_certificate" in c9.evidence
    assert f.criterion("C8a").evidence == ("product_standard", "quality_self_declaration")
    assert f.criterion("C8b").evidence == ("periodic_test_report",)
    assert f.criterion("B5a").evidence == ("product_story",)
    assert f.criterion("A1d").evidence == ("linkage_contracts",)
    assert f.criterion("A2c").evidence == ("label_images",)
    assert "chỉ áp dụng khi có câu chuyện" in f.criterion("B5b").note.lower()
    # "Thị trường trong huyện": pre-2025 wording, flagged
    assert f.criterion("B4a").district_wording and not f.criterion("B4b").district_wording
    # the four commune-assessed criteria (Decision 1489/QĐ-TTg)
    assert [c.code for c in f.criteria() if c.commune_assessed] == ["A1a", "A2a", "A3c", "B5b"]
    assert any(d.where == "C6d" for d in f.decisions)


def test_form_08_and_06_groups():
    f = load_form("08")
    assert [g.code for g in f.groups()] == ["A1", "A2", "A3", "B4", "B5", "C6", "C7", "C8", "C9", "C10", "C11"]
    assert [g.max_points for g in f.groups()] == [18, 10, 12, 13, 12, 16, 5, 4, 5, 2, 3]
    f6 = load_form("06")
    assert {k.key for k in f6.knockouts} == {"raw_material_imported_or_unknown", "copy_of_other_product",
                                             "unacceptable_impurities", "food_safety_certificate_invalid"}
    assert f6.knockout("unacceptable_impurities").criterion == "C6a"


def test_bad_codes():
    for bad in ("0", "27", "x", ""):
        with pytest.raises(FormNotFoundError):
            load_form(bad)


def test_evidence_catalog_labels():
    keys = [e.key for e in all_evidence()]
    assert len(keys) == len(set(keys))
    assert evidence("food_safety_certificate").label_vi.startswith("Giấy chứng nhận cơ sở đủ điều kiện")
    assert all(e.label_vi and e.label_en for e in all_evidence())


def test_every_form_has_commune_criteria_and_decisions_explained():
    for f in forms.list_forms():
        # the commune reports on raw-material origin, local labour, idea origin, local identity
        assert any(c.commune_assessed for c in f.criteria()), f.code
        for d in f.decisions:
            assert d.where and d.decision and d.reason, (f.code, d)


def test_form_11_sub_criteria():
    # form 11 (chè): "a) Ngoại hình" split into "- Tạp chất" and "- Hình dạng, màu sắc cánh chè"
    f = load_form("11")
    parent = f.criterion("C6a")
    assert not parent.scored and [s.code for s in parent.subcriteria] == ["C6a1", "C6a2"]
    assert f.criterion("C6a1").title == "Tạp chất" and f.criterion("C6a1").parent == "C6a"
    assert "C6a" not in [c.code for c in f.criteria()]


def test_form_26_alternatives_and_stray_letters():
    f26 = load_form("26")
    alt = [g.code for g in f26.groups() if g.alternatives]
    assert alt == ["C8", "C9", "C15"]
    # form 17: score cell "l" read as 1 (recorded decision)
    f17 = load_form("17")
    assert [o.points for o in f17.criterion("A1d").options] == [0, 1, 2, 3]
    assert any(d.where == "A1d" for d in f17.decisions)


def test_evidence_checklist_form_07():
    f = load_form("07")
    full = dict(forms.evidence_checklist(f))
    by_key = {e.key: codes for e, codes in full.items()}
    assert by_key["product_story"] == ("B5a", "B5b", "B5c")
    assert by_key["food_safety_certificate"] == ("C9",)
    assert by_key["quality_self_declaration"] == ("C8a",)
    # a claim of 0 points needs no proof: only C8a (2) and A3e (1) are claimed here
    claimed = forms.evidence_checklist(f, {"C8a": 2, "A3e": 1, "C9": 0})
    assert [(e.key, codes) for e, codes in claimed] == [
        ("trademark_certificate", ("A3e",)), ("product_standard", ("C8a",)),
        ("quality_self_declaration", ("C8a",))]
