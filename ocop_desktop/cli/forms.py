"""``forms`` commands: list the 26 OCOP scoring forms and show one (Decision 148/QĐ-TTg,
Annex III). Exit codes: 0 shown; 2 unknown form code or damaged form file."""

from __future__ import annotations

import json
import sys

from ocop_desktop.domain.ocop.forms import Criterion, FormError, form_to_dict, list_forms, load_form
from ocop_desktop.i18n import tr


def register(sub) -> None:
    forms = sub.add_parser("forms", help="OCOP scoring forms (Decision 148/QĐ-TTg, Annex III)")
    fsub = forms.add_subparsers(dest="forms_command", required=True)
    p = fsub.add_parser("list", help="list the 26 scoring forms")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = fsub.add_parser("show", help="show one scoring form with its criteria and options")
    p.add_argument("code", help="form number, 01 to 26")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)


def cmd_list(args) -> int:
    try:
        forms = list_forms()
    except FormError as err:
        print(tr("Error: {message}", message=str(err)), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([{"code": f.code, "group": f.group, "sub_group": f.sub_group,
                           "criteria": len(f.criteria())} for f in forms], ensure_ascii=False, indent=2))
        return 0
    for f in forms:
        print(f"{f.code}  {f.group:<17} {f.sub_group}  "
              + tr("({count} criteria)", count=len(f.criteria())))
    return 0


def _marks(crit: Criterion) -> str:
    out = []
    if crit.title_stars:
        out.append(tr("[{stars}★: above 0]", stars=crit.title_stars))
    if crit.commune_assessed:
        out.append(tr("[assessed by the commune]"))
    if crit.district_wording:
        out.append(tr("[pre-2025 wording: “huyện”]"))
    return (" " + " ".join(out)) if out else ""


def _show_criterion(crit: Criterion, indent: str) -> None:
    print(f"{indent}{crit.code:<6} {crit.title} ({crit.max_points}){_marks(crit)}")
    if crit.note:
        for line in crit.note.splitlines():
            print(f"{indent}       {line}")
    for sub in crit.subcriteria:
        _show_criterion(sub, indent + "  ")
    for option in crit.options:
        star = f" {'*' * option.stars}" if option.stars else ""
        extra = "" if option.official else " " + tr("(not in the official form)")
        print(f"{indent}       {option.points:>2}  {option.text}{star}{extra}")


def cmd_show(args) -> int:
    try:
        form = load_form(args.code)
    except FormError as err:
        print(tr("Error: {message}", message=str(err)), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(form_to_dict(form), ensure_ascii=False, indent=2))
        return 0
    print(tr("Scoring form {code}: {group} / {sub_group}", code=form.code, group=form.group,
             sub_group=form.sub_group))
    for part in form.parts:
        print()
        print(tr("Part {code}: {title} ({points} points)", code=part.code, title=part.title,
                 points=part.max_points))
        for group in part.groups:
            alt = " " + tr("[answer one of the cases]") if group.alternatives else ""
            print(f"  {group.code:<5} {group.title} ({group.max_points}){alt}")
            for crit in group.criteria:
                _show_criterion(crit, "    ")
    if form.knockouts:
        print()
        print(tr("Knock-out conditions:"))
        for ko in form.knockouts:
            print(f"  {ko.key} ({ko.criterion}, {ko.effect_label}): {ko.text}")
    return 0
