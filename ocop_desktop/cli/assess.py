"""``assess score FILE.json``: score a self-assessment against its OCOP scoring form
(Decision 148/QĐ-TTg, Annex III) and print total, part scores, stars, failed star minimums,
knock-out reason, unanswered criteria and the cheapest way to the next star.

File: ``{"form": "07", "choices": {"A1a": 5, …}, "knockouts": ["…"]}`` (``knockouts``
optional), each choice the points of the chosen option. Exit codes: 0 scored; 2 unreadable
file, unknown form, unknown criterion or points that are not an option of the criterion
(the message names it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ocop_desktop.domain.ocop.forms import FormError, load_form
from ocop_desktop.domain.ocop.scoring import (
    ScoringError, advice_to_dict, gap_advice, result_to_dict, score,
)
from ocop_desktop.i18n import tr


def register(sub) -> None:
    assess = sub.add_parser("assess", help="OCOP self-assessment")
    asub = assess.add_subparsers(dest="assess_command", required=True)
    p = asub.add_parser("score", help='score {"form": "07", "choices": {"A1a": 5, ...}}')
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_score)


def _fail(message: str) -> int:
    print(tr("Error: {message}", message=message), file=sys.stderr)
    return 2


def cmd_score(args) -> int:
    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        return _fail(tr("{file} is not valid JSON (line {line}).", file=str(args.file), line=err.lineno))
    except UnicodeDecodeError:
        return _fail(tr("{file} is not UTF-8 text.", file=str(args.file)))
    if not isinstance(data, dict) or "form" not in data or not isinstance(data.get("choices", {}), dict):
        return _fail(tr('{file} must hold {{"form": "07", "choices": {{"A1a": 5, ...}}}}.', file=str(args.file)))
    knockouts = data.get("knockouts", [])
    if not isinstance(knockouts, list):
        return _fail(tr('{file}: "knockouts" must be a list of condition names.', file=str(args.file)))
    try:
        form = load_form(str(data["form"]))
        result = score(form, data.get("choices", {}), knockouts)
        advice = gap_advice(form, data.get("choices", {}), knockouts)
    except (ScoringError, FormError) as err:
        return _fail(str(err))
    if args.json:
        out = result_to_dict(result)
        out["gap_advice"] = advice_to_dict(advice)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(tr("Scoring form {code}: {group} / {sub_group}", code=form.code, group=form.group,
             sub_group=form.sub_group))
    print(tr("Total: {total}/100", total=result.total))
    print("  ".join(tr("Part {code}: {points}/{max}", code=p.code, points=result.parts[p.code], max=p.max_points)
                    for p in form.parts))
    if result.knockout is None and result.stars != result.band:
        print(tr("Stars: {status} (the total alone gives {band} stars)", status=result.status_text(),
                 band=result.band))
    else:
        print(tr("Stars: {status}", status=result.status_text()))
    if result.failed_minimums:
        print(tr("Star minimums not met:"))
        for m in result.failed_minimums:
            actual = tr("unanswered") if m.actual is None else str(m.actual)
            print("  " + tr("{code}: needs {required} points for {level} stars, has {actual}",
                            code=m.criterion, required=m.required, level=m.level, actual=actual))
    else:
        print(tr("Star minimums not met: none"))
    if result.knockout is not None:
        ko = result.knockout
        print(tr("Knock-out: {criterion} ({effect}): {wording}", criterion=ko.criterion,
                 effect=ko.effect_label, wording=ko.text))
    else:
        print(tr("Knock-out: none"))
    if result.unanswered:
        print(tr("Unanswered criteria ({count}): {codes}", count=len(result.unanswered),
                 codes=", ".join(result.unanswered)))
    else:
        print(tr("Unanswered criteria: none"))
    if advice.target is not None:
        print()
        if not advice.reachable:
            print(tr("{stars} stars cannot be reached with this form's options.", stars=advice.target))
        else:
            print(tr("To reach {stars} stars (+{points} points):", stars=advice.target,
                     points=advice.added_points))
            for imp in advice.improvements:
                now = tr("unanswered") if imp.current is None else str(imp.current)
                why = " " + tr("(star minimum)") if imp.for_minimum else ""
                print(f"  {imp.criterion}: {now} → {imp.target} (+{imp.added}){why} {imp.option.text}")
                if imp.evidence:
                    print("      " + tr("Evidence: {documents}",
                                       documents="; ".join(e.label for e in imp.evidence)))
    return 0
