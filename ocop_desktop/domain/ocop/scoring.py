"""OCOP scoring engine and gap advice (Decision 148/QĐ-TTg, Annex III; no Qt).

Input shape: ``choices`` maps a scored criterion code (``"A1a"``, ``"C7"``, ``"C6a1"``…) to
the **points of the chosen option** (int); ``knockouts`` is an iterable of knock-out keys the
assessor flags (see :attr:`Form.knockouts <ocop_desktop.domain.ocop.forms.Form.knockouts>`).
The command-line file format is ``{"form": "07", "choices": {"A1a": 5, …}, "knockouts": []}``.

Rules:

- Part and total scores are sums of the chosen options' points (out of 40/25/35, total 100).
- Star band on the total (:func:`star_band`): < 30 → 1, < 50 → 2, < 70 → 3, < 90 → 4, ≥ 90 → 5.
- Star minimums: a level N is reached only if every criterion marked for N stars or fewer
  meets its mark (:meth:`Criterion.minimum_for`); otherwise the product gets the highest level
  ≤ its band whose minimums hold. A product at 75 points failing a 4★ minimum is 3★.
- Knock-outs stop evaluation: the result has ``stars`` None and names the reason.
- ≥ 90 points with 5★ minimums met is "potential 5★": the provincial council sends it to the
  central (ministry) council, which decides (Decision 1489/QĐ-TTg).
- Unanswered criteria are listed in ``unanswered`` and never counted silently as 0: the result
  is ``complete`` False, its stars are provisional, and a star minimum on an unanswered
  criterion counts as failed (actual None).

Errors: :class:`UnknownCriterionError`, :class:`InvalidPointsError`,
:class:`UnknownKnockoutError`, :class:`AlternativesError` — all :class:`ScoringError`
(a ``ValueError``) whose message, in the UI language, names the criterion.

Entry points: :func:`score` → :class:`ScoreResult`; :func:`gap_advice` → :class:`GapAdvice`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ocop_desktop.domain.ocop.forms import Criterion, Evidence, Form, KnockOut, Option, evidence
from ocop_desktop.i18n import tr

__all__ = [
    "BAND_FLOORS", "ScoringError", "UnknownCriterionError", "InvalidPointsError",
    "UnknownKnockoutError", "AlternativesError", "FailedMinimum", "ScoreResult", "Improvement",
    "GapAdvice", "star_band", "score", "gap_advice", "check_choices", "result_to_dict",
    "advice_to_dict",
]

#: Lowest total of each star band (Decision 148/QĐ-TTg Annex III: 1★ < 30 ≤ 2★ < 50 ≤ 3★ < 70 ≤ 4★ < 90 ≤ 5★).
BAND_FLOORS = {1: 0, 2: 30, 3: 50, 4: 70, 5: 90}


class ScoringError(ValueError):
    """Bad assessment input; ``criterion`` names the offending code (or knock-out key)."""

    def __init__(self, message: str, criterion: str = ""):
        super().__init__(message)
        self.criterion = criterion


class UnknownCriterionError(ScoringError):
    """A code that is not a scored criterion of the form."""


class InvalidPointsError(ScoringError):
    """Points that are not among the criterion's options."""


class UnknownKnockoutError(ScoringError):
    """A knock-out key the form does not define."""


class AlternativesError(ScoringError):
    """More than one criterion answered in a "choose one case" group (form 26)."""


@dataclass(frozen=True)
class FailedMinimum:
    """Criterion ``criterion`` needs ``required`` points at ``level`` stars; has ``actual``
    (None when unanswered)."""
    criterion: str
    level: int
    required: int
    actual: int | None


@dataclass(frozen=True)
class ScoreResult:
    """Outcome of :func:`score`.

    ``parts``: {"A": points, "B": …, "C": …}; ``groups``: {"A1": points, …}; ``total`` (0–100);
    ``band``: stars from the total alone; ``stars``: after star minimums (None when knocked
    out); ``failed_minimums``: every minimum at or below the band that is not met (those made
    the product drop below its band); ``knockout``: the first flagged knock-out (form order)
    or None; ``unanswered``: scored criterion codes without a choice (for an alternatives
    group, the group code); ``complete``: no unanswered criteria."""
    form: str
    total: int
    parts: dict[str, int]
    groups: dict[str, int]
    band: int
    stars: int | None
    failed_minimums: tuple[FailedMinimum, ...]
    knockout: KnockOut | None
    unanswered: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.unanswered

    @property
    def knocked_out(self) -> bool:
        return self.knockout is not None

    @property
    def potential_five(self) -> bool:
        """≥ 90 points and 5★ minimums met: goes to the central council, which decides."""
        return self.stars == 5

    @property
    def certifiable(self) -> bool:
        """3★ or more (only 3★–5★ products are recognised)."""
        return self.stars is not None and self.stars >= 3

    def status_text(self) -> str:
        """One line for the UI/CLI, in the UI language."""
        if self.knockout is not None:
            return tr("Knocked out ({effect}): {reason}", effect=self.knockout.effect_label,
                      reason=self.knockout.text)
        if self.stars == 5:
            text = tr("Potential 5 stars (the central council decides)")
        else:
            text = tr("{stars} stars", stars=self.stars)
        if self.unanswered:
            text += " " + tr("(provisional: {count} criteria unanswered)", count=len(self.unanswered))
        return text


@dataclass(frozen=True)
class Improvement:
    """Raise criterion ``criterion`` from ``current`` points (None = unanswered) to the option
    ``option`` (``target`` points, ``added`` more); ``for_minimum`` when it fixes a failed star
    minimum; ``evidence``: the documents that prove it."""
    criterion: str
    title: str
    current: int | None
    target: int
    added: int
    option: Option
    for_minimum: bool
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GapAdvice:
    """Cheapest way to the next star level (see :func:`gap_advice`).

    ``current``/``target`` stars (target None when already 5★ or knocked out);
    ``improvements`` in form order; ``added_points`` their sum; ``reachable`` False when even
    the best options cannot reach the target; ``knockout`` set when a knock-out must be
    removed first (no improvements are then proposed)."""
    current: int | None
    target: int | None
    improvements: tuple[Improvement, ...]
    added_points: int
    reachable: bool
    knockout: KnockOut | None = None
    unanswered: tuple[str, ...] = ()


def star_band(total: int) -> int:
    """Stars of a total without minimums: < 30 → 1, < 50 → 2, < 70 → 3, < 90 → 4, else 5."""
    for level in (5, 4, 3, 2):
        if total >= BAND_FLOORS[level]:
            return level
    return 1


def check_choices(form: Form, choices: Mapping[str, int], knockouts: Iterable[str] = ()) -> tuple[str, ...]:
    """Validate *choices* and *knockouts* against *form*; returns the knock-out keys as a tuple.

    Raises :class:`UnknownCriterionError`, :class:`InvalidPointsError`,
    :class:`AlternativesError`, :class:`UnknownKnockoutError`."""
    scored = {c.code: c for c in form.criteria()}
    for code, points in choices.items():
        crit = scored.get(code)
        if crit is None:
            parent = next((c for c in form.all_criteria() if c.code == code and c.subcriteria), None)
            if parent is not None:
                raise UnknownCriterionError(
                    tr("Criterion {code} is split into sub-criteria ({codes}): score those instead.",
                       code=code, codes=", ".join(s.code for s in parent.subcriteria)), code)
            raise UnknownCriterionError(
                tr("Criterion {code} is not in scoring form {form}.", code=code, form=form.code), code)
        if isinstance(points, bool) or not isinstance(points, int) or crit.option_for(points) is None:
            allowed = ", ".join(str(o.points) for o in crit.options)
            raise InvalidPointsError(
                tr("Criterion {code}: {points} points is not one of its options ({allowed}).",
                   code=code, points=points, allowed=allowed), code)
    for group in form.groups():
        if group.alternatives:
            answered = [c.code for c in group.criteria if c.code in choices]
            if len(answered) > 1:
                raise AlternativesError(
                    tr("Group {group}: answer only one of {codes}.", group=group.code,
                       codes=", ".join(answered)), group.code)
    keys = tuple(knockouts)
    for key in keys:
        try:
            form.knockout(key)
        except KeyError:
            raise UnknownKnockoutError(
                tr("Knock-out condition {key} is not in scoring form {form}.", key=key, form=form.code),
                key) from None
    return keys


def _unanswered(form: Form, choices: Mapping[str, int]) -> tuple[str, ...]:
    out: list[str] = []
    for group in form.groups():
        if group.alternatives:
            if not any(c.code in choices for c in group.criteria):
                out.append(group.code)
            continue
        for crit in group.criteria:
            for leaf in (crit.subcriteria or (crit,)):
                if leaf.code not in choices:
                    out.append(leaf.code)
    return tuple(out)


def _relevant(form: Form, choices: Mapping[str, int]) -> list[Criterion]:
    """Scored criteria that count (in an alternatives group only the answered one)."""
    out: list[Criterion] = []
    for group in form.groups():
        leaves = [leaf for crit in group.criteria for leaf in (crit.subcriteria or (crit,))]
        if group.alternatives:
            answered = [c for c in leaves if c.code in choices]
            out.extend(answered)
        else:
            out.extend(leaves)
    return out


def _failed_at(form: Form, choices: Mapping[str, int], level: int) -> list[FailedMinimum]:
    failed: list[FailedMinimum] = []
    for crit in _relevant(form, choices):
        need = crit.minimum_for(level)
        if need is None:
            continue
        actual = choices.get(crit.code)
        if actual is None or actual < need:
            failed.append(FailedMinimum(crit.code, level, need, actual))
    return failed


def score(form: Form, choices: Mapping[str, int], knockouts: Iterable[str] = ()) -> ScoreResult:
    """Score an assessment of *form* (Decision 148/QĐ-TTg Annex III; rules in the module
    docstring). Raises :class:`ScoringError` subclasses for bad input."""
    keys = set(check_choices(form, choices, knockouts))
    parts = {p.code: 0 for p in form.parts}
    groups: dict[str, int] = {}
    for part in form.parts:
        for group in part.groups:
            points = sum(choices.get(leaf.code, 0) for crit in group.criteria
                         for leaf in (crit.subcriteria or (crit,)))
            groups[group.code] = points
            parts[part.code] += points
    total = sum(parts.values())
    band = star_band(total)
    knockout = next((ko for ko in form.knockouts if ko.key in keys), None)
    failed = tuple(_failed_at(form, choices, band)) if band >= 3 else ()
    stars: int | None = band
    while stars is not None and stars >= 3 and _failed_at(form, choices, stars):
        stars -= 1
    if knockout is not None:
        stars = None
    return ScoreResult(form.code, total, parts, groups, band, stars, failed, knockout,
                       _unanswered(form, choices))


def _min_option(crit: Criterion, need: int) -> Option:
    return min((o for o in crit.options if o.points >= need), key=lambda o: o.points)


def gap_advice(form: Form, choices: Mapping[str, int], knockouts: Iterable[str] = ()) -> GapAdvice:
    """The smallest set of improvements that lifts the product one star level.

    Steps: (1) every criterion failing a minimum of the target level is raised to the lowest
    option meeting it; (2) if the total is still below the target band's floor (30/50/70/90),
    choose further option upgrades adding the fewest points (ties: fewest criteria, then form
    order) — an exact multiple-choice knapsack over the form's options. Unanswered criteria
    are treated as 0 for the plan and listed in ``unanswered``. A flagged knock-out returns
    advice with ``knockout`` set and no improvements. Raises like :func:`score`."""
    result = score(form, choices, knockouts)
    if result.knockout is not None:
        return GapAdvice(None, None, (), 0, False, result.knockout, result.unanswered)
    current = result.stars
    if current is None or current >= 5:
        return GapAdvice(current, None, (), 0, True, None, result.unanswered)
    target = current + 1
    plan: dict[str, Improvement] = {}
    relevant = _relevant(form, choices)
    for fm in _failed_at(form, choices, target):
        crit = form.criterion(fm.criterion)
        option = _min_option(crit, fm.required)
        cur = choices.get(crit.code)
        plan[crit.code] = Improvement(crit.code, crit.title, cur, option.points,
                                      option.points - (cur or 0), option, True, _ev(crit))
    total = result.total + sum(i.added for i in plan.values())
    need = BAND_FLOORS[target] - total
    reachable = True
    if need > 0:
        # dp[s] = (added, count, picks) best way to add s' >= s points (s capped at need)
        State = tuple[int, int, tuple[tuple[Criterion, Option], ...]]
        dp: dict[int, State] = {0: (0, 0, ())}
        for crit in relevant:
            base = plan[crit.code].target if crit.code in plan else (choices.get(crit.code) or 0)
            ups = [o for o in crit.options if o.points > base]
            if not ups:
                continue
            new = dict(dp)
            for s, (added, count, picks) in dp.items():
                for o in ups:
                    inc = o.points - base
                    key = min(need, s + inc)
                    cand = (added + inc, count + 1, picks + ((crit, o),))
                    if key not in new or cand[:2] < new[key][:2]:
                        new[key] = cand
            dp = new
        if need in dp:
            for crit, option in dp[need][2]:
                cur = choices.get(crit.code)
                was = plan.get(crit.code)
                plan[crit.code] = Improvement(crit.code, crit.title, cur, option.points,
                                              option.points - (cur or 0), option,
                                              was is not None, _ev(crit))
        else:
            reachable = False
    order = {c.code: i for i, c in enumerate(form.criteria())}
    items = tuple(sorted(plan.values(), key=lambda i: order[i.criterion]))
    return GapAdvice(current, target, items, sum(i.added for i in items), reachable, None,
                     result.unanswered)


def _ev(crit: Criterion) -> tuple[Evidence, ...]:
    return tuple(evidence(key) for key in crit.evidence)


def result_to_dict(result: ScoreResult) -> dict:
    """*result* as a JSON-ready dict (the ``assess score --json`` shape)."""
    ko = result.knockout
    return {
        "form": result.form, "total": result.total, "parts": dict(result.parts),
        "groups": dict(result.groups), "band": result.band, "stars": result.stars,
        "potential_five": result.potential_five, "complete": result.complete,
        "failed_minimums": [{"criterion": m.criterion, "level": m.level, "required": m.required,
                             "actual": m.actual} for m in result.failed_minimums],
        "knockout": None if ko is None else {"key": ko.key, "criterion": ko.criterion,
                                             "effect": ko.effect, "text": ko.text},
        "unanswered": list(result.unanswered),
    }


def advice_to_dict(advice: GapAdvice) -> dict:
    """*advice* as a JSON-ready dict (evidence with keys and labels in the UI language)."""
    return {
        "current": advice.current, "target": advice.target, "reachable": advice.reachable,
        "added_points": advice.added_points,
        "knockout": None if advice.knockout is None else advice.knockout.key,
        "improvements": [{
            "criterion": i.criterion, "title": i.title, "current": i.current, "target": i.target,
            "added": i.added, "option": i.option.text, "for_minimum": i.for_minimum,
            "evidence": [{"key": e.key, "label": e.label} for e in i.evidence],
        } for i in advice.improvements],
    }
