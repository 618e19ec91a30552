"""OCOP rules without Qt: the 26 scoring forms of Decision 148/QĐ-TTg Annex III as data
(:mod:`.forms`) and the scoring engine with gap advice (:mod:`.scoring`).

Stable API (other modules build on it)::

    from ocop_desktop.domain.ocop.forms import load_form, list_forms, validate_form, evidence
    from ocop_desktop.domain.ocop.scoring import score, gap_advice, ScoringError

    form = load_form("07")
    result = score(form, {"A1a": 5, "A1b": 2, ...}, knockouts=())
    result.total, result.parts, result.stars, result.failed_minimums, result.unanswered
    advice = gap_advice(form, choices)   # advice.improvements[i].criterion/.target/.evidence
"""
