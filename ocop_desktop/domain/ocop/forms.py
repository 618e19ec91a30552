"""OCOP scoring forms as data (Decision 148/QĐ-TTg, 24/02/2023, Annex III).

One JSON file per form in ``resources/ocop_forms/form-NN.json`` (NN = 01 … 26, the product
sub-groups listed in ``domain/OCOP.md``), plus ``resources/ocop_forms/evidence.json`` (the
catalogue of evidence documents, minh chứng). This module loads them into frozen dataclasses;
it never imports Qt.

Shapes (all points are integer points out of 100):

- :class:`Form` — ``code`` ("07"), ``group`` ("Thực phẩm"), ``sub_group``, ``parts`` (A, B, C
  with maxima 40/25/35), ``knockouts`` (named knock-out conditions), ``decisions`` (every place
  where the reference transcription contradicted itself and what was decided, with the reason).
- :class:`Part` — ``code`` "A"/"B"/"C", ``title``, ``max_points``, ``groups``.
- :class:`Group` — ``code`` "A1" … "C11", ``number``, ``title``, ``max_points``, ``note``,
  ``criteria``; ``alternatives`` is True when the form says "choose one of the cases" (form 26:
  exactly one of the group's criteria is answered and the group scores that one).
- :class:`Criterion` — ``code`` (part letter + group number + item letter in Vietnamese order
  a, b, c, d, đ, e, g…; a group with a single criterion takes the group code, e.g. "C7";
  sub-criteria append a digit, e.g. "C6a1"), ``title`` (official Vietnamese wording),
  ``max_points``, ``note`` (e.g. "Chỉ áp dụng khi có câu chuyện"), ``options``,
  ``title_stars`` (a star mark on the criterion title: at that star level the criterion must
  score above 0), ``commune_assessed`` (one of the four criteria the commune People's
  Committee reports on after Decision 1489/QĐ-TTg: raw-material origin, local labour, origin
  of the idea, local identity), ``district_wording`` (the official wording still says "huyện",
  pre-2025 wording: districts were abolished on 01/07/2025), ``evidence`` (evidence keys, see
  :func:`evidence`), ``subcriteria`` (non-empty only for a criterion split into scored parts;
  such a parent is not scored itself).
- :class:`Option` — ``text``, ``points``, ``stars`` (None or 3/4/5: the star-minimum mark
  ``***``/``****``/``*****``), ``official`` (False for the added "none of the above" 0-point
  option, so every criterion can be answered with 0).
- :class:`KnockOut` — ``key`` (stable name an assessment flags, e.g.
  ``"food_safety_certificate_invalid"``), ``criterion`` code, ``effect`` ("reject": the product
  is rejected; "stop": evaluation stops), ``text`` (official wording).

Functions: :func:`evidence_checklist` (the documents a dossier needs, each with the criteria
it proves), :func:`form_to_dict` (plain JSON-ready dict, evidence labels included),
:func:`load_form` (``"7"`` or ``"07"`` → :class:`Form`, raises
:class:`FormNotFoundError` / :class:`FormDataError`), :func:`list_forms` (all 26, in order),
:func:`validate_form` (list of problems; empty when the form is consistent: parts 40/25/35,
groups and criteria sum to their maxima, a criterion's maximum equals its best option, codes
unique), :func:`evidence` (key → :class:`Evidence`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ocop_desktop import RESOURCES
from ocop_desktop.i18n import language, tr

__all__ = [
    "FORMS_DIR", "PART_MAXIMA", "STAR_LEVELS", "Option", "Criterion", "Group", "Part", "KnockOut",
    "Decision", "Evidence", "Form", "FormError", "FormNotFoundError", "FormDataError",
    "load_form", "list_forms", "form_codes", "validate_form", "evidence", "all_evidence",
    "form_to_dict", "evidence_checklist",
]

#: Folder holding ``form-NN.json`` and ``evidence.json``.
FORMS_DIR = RESOURCES / "ocop_forms"
#: Part maxima under Decision 148/QĐ-TTg (A 40, B 25, C 35; Decision 1048 had 35/25/40).
PART_MAXIMA = {"A": 40, "B": 25, "C": 35}
#: Star levels that carry minimum marks in the forms.
STAR_LEVELS = (3, 4, 5)
#: Vietnamese letter order of items inside a criterion group.
ITEM_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k")


class FormError(ValueError):
    """Base of form-data errors; ``str(err)`` is a message in the UI language."""


class FormNotFoundError(FormError):
    """No form with that code (valid codes are 01 … 26)."""


class FormDataError(FormError):
    """A form file is missing a field or is not valid JSON."""


@dataclass(frozen=True)
class Option:
    """One answer of a criterion: ``text``, ``points``, ``stars`` mark (None/3/4/5).

    ``official`` is False for the "none of the above" 0-point option the project adds to a
    criterion whose official options all score above 0 (the form's decisions explain why)."""
    text: str
    points: int
    stars: int | None = None
    official: bool = True


@dataclass(frozen=True)
class Criterion:
    """A scored criterion (or, with ``subcriteria``, a parent whose parts are scored).

    See the module docstring for the fields."""
    code: str
    title: str
    max_points: int
    options: tuple[Option, ...] = ()
    note: str = ""
    title_stars: int | None = None
    commune_assessed: bool = False
    district_wording: bool = False
    evidence: tuple[str, ...] = ()
    subcriteria: tuple["Criterion", ...] = ()
    parent: str | None = None

    @property
    def scored(self) -> bool:
        """True for a criterion answered by choosing an option (not a parent of sub-criteria)."""
        return not self.subcriteria

    @property
    def best_points(self) -> int:
        """Points of the best option (or the sum over sub-criteria)."""
        if self.subcriteria:
            return sum(s.best_points for s in self.subcriteria)
        return max((o.points for o in self.options), default=0)

    def option_for(self, points: int) -> Option | None:
        """The option worth *points* (the first one if two share the points), or None."""
        for option in self.options:
            if option.points == points:
                return option
        return None

    def minimum_for(self, level: int) -> int | None:
        """Least points this criterion must score for a product to reach *level* stars, or None.

        Rule (Decision 148 Annex III, star marks [T]): every option marked for *level* stars or
        fewer must be reached, so the minimum is the highest such option's points; a mark on
        the title at or below *level* means the criterion must score above 0 (its lowest
        positive option)."""
        need: int | None = None
        for option in self.options:
            if option.stars is not None and option.stars <= level:
                need = option.points if need is None else max(need, option.points)
        if self.title_stars is not None and self.title_stars <= level:
            positive = min((o.points for o in self.options if o.points > 0), default=1)
            need = positive if need is None else max(need, positive)
        return need


@dataclass(frozen=True)
class Group:
    """A criterion group (A1 … C11) with ``max_points``; see the module docstring."""
    code: str
    number: int
    title: str
    max_points: int
    criteria: tuple[Criterion, ...]
    note: str = ""
    alternatives: bool = False


@dataclass(frozen=True)
class Part:
    """Part A, B or C of a form."""
    code: str
    title: str
    max_points: int
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class KnockOut:
    """A named knock-out condition: ``effect`` is "reject" or "stop" (see module docstring)."""
    key: str
    criterion: str
    effect: str
    text: str

    @property
    def effect_label(self) -> str:
        """UI label of the effect."""
        return tr("Rejected") if self.effect == "reject" else tr("Evaluation stopped")


@dataclass(frozen=True)
class Decision:
    """A recorded decision where the reference transcription contradicted itself."""
    where: str
    reference: str
    decision: str
    reason: str


@dataclass(frozen=True)
class Evidence:
    """An evidence document (minh chứng): stable ``key``, Vietnamese ``label_vi``, English
    ``label_en``; :attr:`label` follows the UI language."""
    key: str
    label_vi: str
    label_en: str

    @property
    def label(self) -> str:
        return self.label_vi if language() == "vi" else self.label_en


@dataclass(frozen=True)
class Form:
    """One scoring form (see the module docstring)."""
    code: str
    group: str
    sub_group: str
    parts: tuple[Part, ...]
    knockouts: tuple[KnockOut, ...] = ()
    decisions: tuple[Decision, ...] = ()
    source: str = ""

    @property
    def title(self) -> str:
        """"07 — Thực phẩm / Chế biến từ rau, củ, quả, hạt"."""
        return f"{self.code} — {self.group} / {self.sub_group}"

    def groups(self) -> Iterator[Group]:
        """Every group, in form order."""
        for part in self.parts:
            yield from part.groups

    def all_criteria(self) -> Iterator[Criterion]:
        """Every criterion, parents and sub-criteria included, in form order."""
        for group in self.groups():
            for crit in group.criteria:
                yield crit
                yield from crit.subcriteria

    def criteria(self) -> tuple[Criterion, ...]:
        """The scored criteria (leaves), in form order."""
        return tuple(c for c in self.all_criteria() if c.scored)

    def criterion(self, code: str) -> Criterion:
        """The criterion with *code* (any level); raises KeyError."""
        for crit in self.all_criteria():
            if crit.code == code:
                return crit
        raise KeyError(code)

    def group_of(self, code: str) -> Group:
        """The group holding criterion *code*; raises KeyError."""
        for group in self.groups():
            for crit in group.criteria:
                if crit.code == code or any(s.code == code for s in crit.subcriteria):
                    return group
        raise KeyError(code)

    def knockout(self, key: str) -> KnockOut:
        """The knock-out condition named *key*; raises KeyError."""
        for ko in self.knockouts:
            if ko.key == key:
                return ko
        raise KeyError(key)


def _criterion(data: dict, parent: str | None = None) -> Criterion:
    subs = tuple(_criterion(s, data["code"]) for s in data.get("subcriteria", ()))
    return Criterion(
        code=data["code"], title=data["title"], max_points=int(data["max"]),
        options=tuple(Option(o["text"], int(o["points"]), o.get("stars"), bool(o.get("official", True)))
                      for o in data.get("options", ())),
        note=data.get("note", ""), title_stars=data.get("title_stars"),
        commune_assessed=bool(data.get("commune_assessed", False)),
        district_wording=bool(data.get("district_wording", False)),
        evidence=tuple(data.get("evidence", ())), subcriteria=subs, parent=parent,
    )


def _form_from_json(data: dict) -> Form:
    parts = tuple(
        Part(p["code"], p["title"], int(p["max"]), tuple(
            Group(g["code"], int(g["number"]), g["title"], int(g["max"]),
                  tuple(_criterion(c) for c in g["criteria"]), g.get("note", ""),
                  bool(g.get("alternatives", False)))
            for g in p["groups"]))
        for p in data["parts"])
    return Form(
        code=data["code"], group=data["group"], sub_group=data["sub_group"], parts=parts,
        knockouts=tuple(KnockOut(k["key"], k["criterion"], k["effect"], k["text"])
                        for k in data.get("knockouts", ())),
        decisions=tuple(Decision(d["where"], d.get("reference", ""), d["decision"], d.get("reason", ""))
                        for d in data.get("decisions", ())),
        source=data.get("source", ""),
    )


def _normal_code(code: str | int) -> str:
    text = str(code).strip()
    if not re.fullmatch(r"\d{1,2}", text) or not 1 <= int(text) <= 26:
        raise FormNotFoundError(tr("There is no OCOP scoring form {code} (forms are 01 to 26).", code=text))
    return f"{int(text):02d}"


@lru_cache(maxsize=None)
def load_form(code: str | int) -> Form:
    """Load form *code* ("7", "07" or 7) from ``resources/ocop_forms/form-NN.json``.

    Raises :class:`FormNotFoundError` for a code outside 01 … 26 and :class:`FormDataError`
    when the file is missing or malformed. Results are cached (forms are immutable)."""
    code = _normal_code(code)
    path = FORMS_DIR / f"form-{code}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _form_from_json(data)
    except FileNotFoundError as err:
        raise FormDataError(tr("The scoring form file {file} is missing.", file=str(path))) from err
    except (ValueError, KeyError, TypeError) as err:
        raise FormDataError(tr("The scoring form file {file} is damaged: {detail}",
                               file=str(path), detail=str(err))) from err


def form_codes() -> tuple[str, ...]:
    """"01" … "26"."""
    return tuple(f"{n:02d}" for n in range(1, 27))


def list_forms() -> tuple[Form, ...]:
    """All 26 forms in code order (raises like :func:`load_form`)."""
    return tuple(load_form(code) for code in form_codes())


@lru_cache(maxsize=1)
def _evidence_catalog() -> dict[str, Evidence]:
    data = json.loads((FORMS_DIR / "evidence.json").read_text(encoding="utf-8"))
    return {key: Evidence(key, item["vi"], item["en"]) for key, item in data.items()}


def evidence(key: str) -> Evidence:
    """The evidence document named *key* (e.g. ``"food_safety_certificate"``); KeyError if none."""
    return _evidence_catalog()[key]


def all_evidence() -> tuple[Evidence, ...]:
    """The whole evidence catalogue, in file order."""
    return tuple(_evidence_catalog().values())


def _expected_codes(group: Group) -> list[str]:
    if len(group.criteria) == 1:
        return [group.code]
    return [group.code + ITEM_LETTERS[i] for i in range(len(group.criteria))]


def validate_form(form: Form) -> list[str]:
    """Problems of *form* as plain English strings for developers (empty list = valid).

    Checks (issue 3 item 3): parts A/B/C with maxima 40/25/35 summing to 100; each group's
    maximum equals the sum of its criteria (an alternatives group: each criterion's maximum
    equals the group's); each criterion's maximum equals its best option (or its
    sub-criteria's sum); every option has integer points ≥ 0 and a star mark of None/3/4/5;
    codes unique and in the form's numbering; evidence keys and knock-out criteria exist."""
    problems: list[str] = []
    if [p.code for p in form.parts] != ["A", "B", "C"]:
        problems.append(f"parts are {[p.code for p in form.parts]}, expected A, B, C")
    seen: set[str] = set()
    catalog = _evidence_catalog()
    for part in form.parts:
        if part.max_points != PART_MAXIMA.get(part.code):
            problems.append(f"part {part.code} max {part.max_points} != {PART_MAXIMA.get(part.code)}")
        if sum(g.max_points for g in part.groups) != part.max_points:
            problems.append(f"part {part.code}: groups sum to {sum(g.max_points for g in part.groups)}, "
                            f"max is {part.max_points}")
        for group in part.groups:
            if not group.code.startswith(part.code) or group.code != f"{part.code}{group.number}":
                problems.append(f"group code {group.code} does not match part {part.code} number {group.number}")
            if group.alternatives:
                for crit in group.criteria:
                    if crit.max_points != group.max_points:
                        problems.append(f"{crit.code}: alternative max {crit.max_points} != group {group.max_points}")
            elif sum(c.max_points for c in group.criteria) != group.max_points:
                problems.append(f"group {group.code}: criteria sum to {sum(c.max_points for c in group.criteria)}, "
                                f"max is {group.max_points}")
            if [c.code for c in group.criteria] != _expected_codes(group):
                problems.append(f"group {group.code}: codes {[c.code for c in group.criteria]}, "
                                f"expected {_expected_codes(group)}")
            for crit in group.criteria:
                for i, sub in enumerate(crit.subcriteria, start=1):
                    if sub.code != f"{crit.code}{i}":
                        problems.append(f"sub-criterion {sub.code} should be {crit.code}{i}")
    for crit in form.all_criteria():
        if crit.code in seen:
            problems.append(f"duplicate code {crit.code}")
        seen.add(crit.code)
        if crit.max_points != crit.best_points:
            problems.append(f"{crit.code}: max {crit.max_points} != best option {crit.best_points}")
        if crit.scored and len(crit.options) < 2:
            problems.append(f"{crit.code}: fewer than two options")
        for option in crit.options:
            if not isinstance(option.points, int) or option.points < 0:
                problems.append(f"{crit.code}: option without valid points: {option.text[:40]}")
            if option.stars not in (None, 3, 4, 5):
                problems.append(f"{crit.code}: bad star mark {option.stars}")
        if crit.title_stars not in (None, 3, 4, 5):
            problems.append(f"{crit.code}: bad title star mark {crit.title_stars}")
        for key in crit.evidence:
            if key not in catalog:
                problems.append(f"{crit.code}: unknown evidence key {key}")
        if crit.scored and not crit.evidence:
            problems.append(f"{crit.code}: no evidence listed")
    keys = set()
    for ko in form.knockouts:
        if ko.criterion not in seen:
            problems.append(f"knock-out {ko.key} names unknown criterion {ko.criterion}")
        if ko.effect not in ("reject", "stop"):
            problems.append(f"knock-out {ko.key}: effect {ko.effect}")
        if ko.key in keys:
            problems.append(f"duplicate knock-out {ko.key}")
        keys.add(ko.key)
    return problems


def _criterion_dict(crit: Criterion) -> dict:
    out: dict = {
        "code": crit.code, "title": crit.title, "max": crit.max_points, "note": crit.note,
        "title_stars": crit.title_stars, "commune_assessed": crit.commune_assessed,
        "district_wording": crit.district_wording,
        "evidence": [{"key": k, "label": evidence(k).label} for k in crit.evidence],
        "minimums": {str(level): crit.minimum_for(level) for level in STAR_LEVELS
                     if crit.minimum_for(level) is not None},
    }
    if crit.subcriteria:
        out["subcriteria"] = [_criterion_dict(s) for s in crit.subcriteria]
    else:
        out["options"] = [{"text": o.text, "points": o.points, "stars": o.stars, "official": o.official}
                          for o in crit.options]
    return out


def form_to_dict(form: Form) -> dict:
    """*form* as a plain dict (JSON-ready): the file's shape plus, per criterion, the evidence
    labels in the UI language and ``minimums`` {"3"/"4"/"5": least points}."""
    return {
        "code": form.code, "group": form.group, "sub_group": form.sub_group, "source": form.source,
        "parts": [{"code": p.code, "title": p.title, "max": p.max_points, "groups": [
            {"code": g.code, "number": g.number, "title": g.title, "max": g.max_points, "note": g.note,
             "alternatives": g.alternatives, "criteria": [_criterion_dict(c) for c in g.criteria]}
            for g in p.groups]} for p in form.parts],
        "knockouts": [{"key": k.key, "criterion": k.criterion, "effect": k.effect, "text": k.text}
                      for k in form.knockouts],
        "decisions": [{"where": d.where, "reference": d.reference, "decision": d.decision,
                       "reason": d.reason} for d in form.decisions],
    }


def evidence_checklist(form: Form, choices: dict[str, int] | None = None) -> tuple[tuple[Evidence, tuple[str, ...]], ...]:
    """The evidence documents (minh chứng) for *form*, in form order, each with the codes of
    the criteria it proves: ``((Evidence, ("C8a",)), …)``.

    With *choices* (``{code: points}``), only criteria claimed above 0 points count: a dossier
    proves what the self-assessment claims (Decision 148/QĐ-TTg Annex II: self-assessment
    report with evidence per criterion)."""
    order: dict[str, list[str]] = {}
    for crit in form.criteria():
        if choices is not None and choices.get(crit.code, 0) <= 0:
            continue
        for key in crit.evidence:
            order.setdefault(key, []).append(crit.code)
    return tuple((evidence(key), tuple(codes)) for key, codes in order.items())
