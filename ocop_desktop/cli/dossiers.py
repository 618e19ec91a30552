"""``dossier`` commands (issue 4 item 7): list, export, verify.

Exit codes: 0 done / valid; 1 refused (``verify``: the ZIP is refused, with every reason);
2 unusable input (missing file, unknown dossier).
"""

from __future__ import annotations

import json
from pathlib import Path

from ocop_desktop.i18n import tr


def register(sub) -> None:
    dossier = sub.add_parser("dossier", help="OCOP certification dossiers")
    dsub = dossier.add_subparsers(dest="dossier_command", required=True)
    p = dsub.add_parser("list", help="list the dossiers of a cooperative file")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = dsub.add_parser("export", help="export one dossier as a ZIP for review; prints its path")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--dossier", required=True, type=int)
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_export)
    p = dsub.add_parser("verify", help="check a dossier ZIP (exit 0 valid, 1 refused)")
    p.add_argument("zip", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)


def cmd_list(args) -> int:
    from ocop_desktop.domain.dossier import status_label
    from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES
    from ocop_desktop.store.db import open_store
    from ocop_desktop.store.dossiers import dossier_checklist, dossier_ids, dossier_rows
    store = open_store(args.db)
    try:
        ids = dossier_ids(store)
        rows = dossier_rows(store, ids)
        out = []
        for i in ids:
            r = rows[i]
            checklist = dossier_checklist(store, i)
            out.append({"id": i, "product": r["product_name"], "registration_type": r["registration_type"],
                        "target_stars": r["target_stars"], "round": r["round"], "year": r["year"],
                        "status": r["status"], "assessment_total": r["assessment_total"], "files": r["files"],
                        "completeness": checklist.completeness, "blockers": len(checklist.blockers)})
    finally:
        store.close()
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not out:
        print(tr("No dossiers."))
    for r in out:
        kind = tr(REGISTRATION_TYPES.get(r["registration_type"], r["registration_type"]))
        print(f"{r['id']:>4}  {r['product']:<36} {kind:<20} {r['target_stars']}★  {r['year']} {r['round'] or '':<8} "
              f"{status_label(r['status']):<16} {r['completeness']:>3}%  "
              + tr("{count} files, {blockers} problems", count=r["files"], blockers=r["blockers"]))
    return 0


def cmd_export(args) -> int:
    from ocop_desktop.exports.dossier_export import export_dossier
    from ocop_desktop.store.db import open_store
    store = open_store(args.db)
    try:
        path = export_dossier(store, args.dossier, args.out)
    finally:
        store.close()
    print(path)
    return 0


def cmd_verify(args) -> int:
    from ocop_desktop.exports.dossier_zip import check_zip
    if not args.zip.is_file():
        print(tr("Error: {message}", message=tr("The file {path} does not exist.", path=str(args.zip))), file=__import__("sys").stderr)
        return 2
    result = check_zip(args.zip)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    elif result.ok:
        m = result.manifest or {}
        print(tr("Valid dossier: {product} — {coop}; {count} files, checksums verified.",
                 product=(m.get("product") or {}).get("name", ""), coop=(m.get("cooperative") or {}).get("name", ""),
                 count=len(result.files)))
    else:
        print(tr("Refused:"))
        for problem in result.problems:
            print("  • " + problem)
    return 0 if result.ok else 1
