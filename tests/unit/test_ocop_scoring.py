"""Scoring engine and gap advice, hand-worked on Decision 148/QĐ-TTg Annex III form 07
("Chế biến từ rau, củ, quả, hạt"): points and star marks read from the form (see
resources/ocop_forms/form-07.json; C6d's best option is 4, see its decisions)."""

import pytest

from ocop_desktop.domain.ocop.forms import load_form
from ocop_desktop.domain.ocop.scoring import (
    AlternativesError, InvalidPointsError, UnknownCriterionError, UnknownKnockoutError,
    gap_advice, score, star_band,
)

CODES = ["A1a", "A1b", "A1c", "A1d", "A1đ", "A1e", "A2a", "A2b", "A2c", "A3a", "A3b", "A3c",
         "A3d", "A3đ", "A3e", "B4a", "B4b", "B4c", "B5a", "B5b", "B5c", "C6a", "C6b", "C6c",
         "C6d", "C6đ", "C7", "C8a", "C8b", "C9", "C10", "C11"]

#: Form 07, criteria with no star mark at their best option (37 points in all).
UNMARKED_BEST = {"A1b": 3, "A1e": 1, "A3a": 3, "A3b": 1, "A3c": 3, "A3đ": 1, "B4a": 5,
                 "B4b": 4, "B4c": 4, "B5a": 5, "C6b": 2, "C8b": 2, "C11": 3}
#: Form 07, the lowest option meeting every mark for 4 stars or fewer (38 points):
#: A1a 1***, A1c 2****, A1d 2****, A1đ 1****, A2a 4****, A2c 3****, A3d 2****, A3e title ****
#: (above 0 → 1), B5b 5****, C6a 2****, C6c 2****, C6d 2****, C6đ 3****, C7 3****, C8a 2***,
#: C9 3****.
MIN_4 = {"A1a": 1, "A1c": 2, "A1d": 2, "A1đ": 1, "A2a": 4, "A2c": 3, "A3d": 2, "A3e": 1,
         "B5b": 5, "C6a": 2, "C6c": 2, "C6d": 2, "C6đ": 3, "C7": 3, "C8a": 2, "C9": 3}


def choices(**changes):
    """Every criterion 0, then *changes* (keyword names use the codes)."""
    out = {code: 0 for code in CODES}
    out.update(changes)
    return out


def full4(**changes):
    """4★ minimums + unmarked best = 38 + 37 = 75 points."""
    out = choices(**MIN_4)
    out.update(UNMARKED_BEST)
    out.update(changes)
    return out


@pytest.fixture(scope="module")
def f07():
    return load_form("07")


def test_form_07_codes_in_order(f07):
    assert [c.code for c in f07.criteria()] == CODES


@pytest.mark.parametrize("total,stars", [(0, 1), (29, 1), (30, 2), (49, 2), (50, 3), (69, 3),
                                         (70, 4), (89, 4), (90, 5), (100, 5)])
def test_star_band(total, stars):
    # Decision 148/QĐ-TTg Annex III: <30 1★, 30–<50 2★, 50–<70 3★, 70–<90 4★, ≥90 5★
    assert star_band(total) == stars


def test_boundary_29_30(f07):
    thirty = choices(B4a=5, B4b=4, B4c=4, B5a=5, A1b=3, A3a=3, A3c=3, C11=3)  # 30
    r = score(f07, thirty)
    assert (r.total, r.stars) == (30, 2)
    r = score(f07, {**thirty, "C11": 2})
    assert (r.total, r.stars) == (29, 1)


def test_boundary_49_50(f07):
    # 3★ marks: A1a ≥1, B5b ≥3, C8a ≥2, C9 ≥2 → 8; + unmarked best 37 = 45; A1a 5 (+4) = 49
    base = choices(A1a=5, B5b=3, C8a=2, C9=2, **UNMARKED_BEST)
    r = score(f07, base)
    assert (r.total, r.band, r.stars) == (49, 2, 2)
    r = score(f07, {**base, "C10": 1})
    assert (r.total, r.band, r.stars) == (50, 3, 3)
    assert r.parts == {"A": 5 + 3 + 1 + 3 + 1 + 3 + 1, "B": 5 + 4 + 4 + 5 + 3, "C": 2 + 2 + 2 + 3 + 2 + 1}


def test_boundary_69_70(f07):
    r = score(f07, full4(B4a=3, B4c=1))           # 75 − 2 − 3
    assert (r.total, r.stars) == (70, 4)
    r = score(f07, full4(B4a=3, B4c=0))
    assert (r.total, r.stars) == (69, 3)


def test_boundary_89_90(f07):
    best = {c.code: c.max_points for c in f07.criteria()}
    assert score(f07, best).total == 100
    r = score(f07, {**best, "B4a": 1, "B4b": 0, "B4c": 2})   # 100 − 4 − 4 − 2
    assert (r.total, r.stars, r.potential_five) == (90, 5, True)
    r = score(f07, {**best, "B4a": 1, "B4b": 0, "B4c": 1})
    assert (r.total, r.stars, r.potential_five) == (89, 4, False)


def test_75_points_failing_a_4_star_minimum_is_3_stars(f07):
    # full4 with C7 3 → 1 (−2; C7 "Độc đáo, mang tính đặc trưng****" is worth 3) and C10 0 → 2 (+2)
    r = score(f07, full4(C7=1, C10=2))
    assert (r.total, r.band, r.stars) == (75, 4, 3)
    assert [(m.criterion, m.level, m.required, m.actual) for m in r.failed_minimums] == [("C7", 4, 3, 1)]


def test_title_mark_means_above_zero(f07):
    # A3e "Sở hữu trí tuệ****": at 4★ the criterion must score above 0
    r = score(f07, full4(A3e=0, C10=1))
    assert (r.total, r.stars) == (75, 3)
    assert r.failed_minimums[0].criterion == "A3e"


def test_three_star_minimum_drops_to_two(f07):
    # 50 points but C8a 1 < "Có công bố tiêu chuẩn/chất lượng sản phẩm theo quy định***" (2)
    r = score(f07, choices(A1a=5, B5b=3, C8a=1, C9=2, C10=2, **UNMARKED_BEST))
    assert (r.total, r.band, r.stars) == (50, 3, 2)
    assert not r.certifiable


def test_knockout_stops_and_names_reason(f07):
    r = score(f07, full4(), knockouts=["food_safety_certificate_invalid"])
    assert r.stars is None and r.knocked_out
    assert r.knockout.criterion == "C9" and r.knockout.effect == "stop"
    assert "ATTP" in r.status_text()
    r = score(f07, full4(), knockouts=["raw_material_imported_or_unknown"])
    assert r.knockout.effect == "reject" and r.knockout.criterion == "A1a"


def test_unanswered_reported_not_counted(f07):
    partial = {"A1a": 5, "C9": 2}
    r = score(f07, partial)
    assert r.total == 7 and not r.complete
    assert len(r.unanswered) == 30 and "C8a" in r.unanswered and "A1a" not in r.unanswered
    assert "30" in r.status_text()


def test_unanswered_minimum_counts_as_failed(f07):
    c = full4()
    del c["C9"]                                   # 75 − 3 = 72, band 4, C9 mark unknown
    r = score(f07, c)
    assert (r.total, r.band, r.stars) == (72, 4, 2)
    assert ("C9", 4, 3, None) in [(m.criterion, m.level, m.required, m.actual) for m in r.failed_minimums]


def test_bad_input_names_the_criterion(f07):
    with pytest.raises(UnknownCriterionError) as err:
        score(f07, {"Z9": 1})
    assert "Z9" in str(err.value) and err.value.criterion == "Z9"
    with pytest.raises(InvalidPointsError) as err:
        score(f07, {"C7": 2})                     # C7 options are 0, 1, 3, 5
    assert "C7" in str(err.value) and isinstance(err.value, ValueError)
    with pytest.raises(UnknownKnockoutError):
        score(f07, {}, knockouts=["no_such_rule"])
    with pytest.raises(UnknownCriterionError) as err:       # form 11: C6a = C6a1 + C6a2
        score(load_form("11"), {"C6a": 4})
    assert "C6a1, C6a2" in str(err.value)


def test_alternatives_group_form_26():
    # form 26 group 8 "Lựa chọn một trong hai trường hợp sau": answer case 1 or case 2
    f26 = load_form("26")
    with pytest.raises(AlternativesError) as err:
        score(f26, {"C8a": 3, "C8b": 3})
    assert "C8" in str(err.value)
    r = score(f26, {"C8a": 3})
    assert r.groups["C8"] == 3 and "C8" not in r.unanswered and "C9" in r.unanswered
    assert "C8b" not in r.unanswered


def test_gap_advice_failed_minimum_first(f07):
    # 75 points, 3★ because C7 = 1; to reach 4★ only C7 1 → 3 is needed (+2, total 77)
    advice = gap_advice(f07, full4(C7=1, C10=2))
    assert (advice.current, advice.target, advice.reachable) == (3, 4, True)
    assert [(i.criterion, i.current, i.target, i.added, i.for_minimum) for i in advice.improvements] \
        == [("C7", 1, 3, 2, True)]
    assert advice.added_points == 2


def test_gap_advice_evidence(f07):
    # 50 points, 2★ for C8a = 1: raise C8a to 2 (+1) → 51 points, 3★; proof: self-declaration
    advice = gap_advice(f07, choices(A1a=5, B5b=3, C8a=1, C9=2, C10=2, **UNMARKED_BEST))
    assert [(i.criterion, i.target) for i in advice.improvements] == [("C8a", 2)]
    assert "quality_self_declaration" in [e.key for e in advice.improvements[0].evidence]


def test_gap_advice_fewest_points(f07):
    # 69 points, 4★ minimums met: one more point is enough; several criteria can give +1,
    # the first in form order is A1c (2 → 3)
    advice = gap_advice(f07, full4(B4a=3, B4c=0))
    assert advice.added_points == 1
    assert [(i.criterion, i.current, i.target) for i in advice.improvements] == [("A1c", 2, 3)]
    result = score(f07, {**full4(B4a=3, B4c=0), "A1c": 3})
    assert result.stars == 4


def test_gap_advice_combines_minimums_and_points(f07):
    # 45 points: 3★ marks met (A1a 1, B5b 3, C8a 2, C9 2 + unmarked best 37) but band 2.
    # Target 3★ needs 5 more points. Two criteria give exactly +5 from 0: C6đ (0 → 5) and
    # C7 (0 → 5); one criterion beats two (e.g. A1a 1 → 5 plus a +1), C6đ comes first.
    advice = gap_advice(f07, choices(A1a=1, B5b=3, C8a=2, C9=2, **UNMARKED_BEST))
    assert (advice.current, advice.target, advice.added_points) == (2, 3, 5)
    assert [(i.criterion, i.current, i.target) for i in advice.improvements] == [("C6đ", 0, 5)]


def test_gap_advice_knockout(f07):
    advice = gap_advice(f07, full4(), knockouts=["copy_of_other_product"])
    assert advice.knockout is not None and advice.improvements == ()


def test_gap_advice_top(f07):
    best = {c.code: c.max_points for c in f07.criteria()}
    advice = gap_advice(f07, best)
    assert advice.current == 5 and advice.target is None


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@st.composite
def answered(draw, code):
    form = load_form(code)
    out = {}
    for group in form.groups():
        leaves = [leaf for crit in group.criteria for leaf in (crit.subcriteria or (crit,))]
        if group.alternatives:
            leaves = [draw(st.sampled_from(leaves))]
        for leaf in leaves:
            out[leaf.code] = draw(st.sampled_from([o.points for o in leaf.options]))
    return form, out


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["06", "07", "08", "11", "13", "26"]).flatmap(answered))
def test_gap_advice_reaches_the_next_level(case):
    # properties: stars never exceed the band; following the advice lifts the product to the
    # target level; its points add up; and no improvement in the advice can be left out
    form, choices = case
    result = score(form, choices)
    assert result.complete and 1 <= result.stars <= result.band
    advice = gap_advice(form, choices)
    if advice.target is None or not advice.reachable:
        return
    improved = dict(choices)
    for imp in advice.improvements:
        assert imp.target > (imp.current or 0) and imp.added == imp.target - (imp.current or 0)
        improved[imp.criterion] = imp.target
    after = score(form, improved)
    assert after.stars >= advice.target
    assert after.total == result.total + advice.added_points
    # no single improvement can be dropped (the set is minimal)
    for imp in advice.improvements:
        fewer = dict(improved)
        fewer[imp.criterion] = choices[imp.criterion]
        assert score(form, fewer).stars < advice.target
