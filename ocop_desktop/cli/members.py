"""``members`` commands: search, import and export (issue 2 item 11).

``members import FILE --db DB [--dry-run] [--map FIELD=COLUMN …]``: exit 0 when imported
(or, with ``--dry-run``, when it could be), 1 when refused, with every problem listed by
row and field; 2 when the file or database cannot be used.
``members export OUT.xlsx|OUT.csv --db DB [--include-personal]``: ID numbers and phones
are written only with ``--include-personal`` (issue 6 item 7); on a terminal the count of
members written so far is shown on stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.domain.members import member_type_label
from ocop_desktop.i18n import tr


def register(sub) -> None:
    members = sub.add_parser("members", help="member register")
    msub = members.add_subparsers(dest="members_command", required=True)
    p = msub.add_parser("search", help="find members (accents and case optional)")
    p.add_argument("query")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = msub.add_parser("import", help="import members from an XLSX or CSV file (all rows or none)")
    p.add_argument("file", type=Path)
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file and report, write nothing")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="map a field to a column (number from 1, or header text); repeatable; FIELD=- unmaps")
    p.set_defaults(func=cmd_import)

    p = msub.add_parser("export", help="export the member register to XLSX (printable) or CSV")
    p.add_argument("out", type=Path)
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--include-personal", action="store_true", help="include personal ID numbers and phones")
    p.set_defaults(func=cmd_export)


def cmd_search(args) -> int:
    from ocop_desktop.store import members as members_store
    from ocop_desktop.store.db import open_store
    store = open_store(args.db)
    try:
        ids = members_store.member_ids(store, args.query, status=None)
        rows = members_store.member_rows(store, ids)
        result = [rows[i] for i in ids]
    finally:
        store.close()
    if args.json:
        keys = ("id", "full_name", "member_type", "sex", "birth_date", "id_number", "phone",
                "join_date", "capital_committed", "capital_paid", "status")
        print(json.dumps([{k: r[k] for k in keys} for r in result], ensure_ascii=False, indent=2))
    else:
        for r in result:
            print(f"{r['id']:>6}  {r['full_name']:<32} {member_type_label(r['member_type']):<36} "
                  f"{format_date(r['birth_date']):>10}  {format_money(r['capital_committed']):>16}")
    return 0


def _apply_map(table, specs: list[str]) -> str | None:
    """Apply ``FIELD=COLUMN`` overrides to ``table.mapping``; returns an error message or None."""
    from ocop_desktop.imports.members import FIELD_KEYS
    from ocop_desktop.domain.text import fold
    for spec in specs:
        key, sep, column = spec.partition("=")
        key = key.strip()
        if not sep or key not in FIELD_KEYS:
            return tr("Write --map FIELD=COLUMN with FIELD one of: {fields}", fields=", ".join(FIELD_KEYS))
        column = column.strip()
        if column == "-":
            table.mapping.pop(key, None)
            continue
        if column.isdigit() and 1 <= int(column) <= len(table.headers):
            table.mapping[key] = int(column) - 1
            continue
        matches = [i for i, h in enumerate(table.headers) if fold(h) == fold(column)]
        if not matches:
            return tr("No column \"{column}\" in the file", column=column)
        table.mapping[key] = matches[0]
    return None


def cmd_import(args) -> int:
    from ocop_desktop.imports import members as importer
    from ocop_desktop.store.db import open_store
    table = importer.read_file(args.file)
    message = _apply_map(table, args.map)
    if message:
        print(message)
        return 2
    store = open_store(args.db)
    try:
        report = importer.analyse(store, table)
        for problem in report.problems:
            print(problem.describe())
        for warning in report.warnings:
            print(tr("Warning: {message}", message=warning.describe()))
        print(report.summary())
        if not report.ok:
            print(tr("Nothing was imported."))
            return 1
        if args.dry_run:
            print(tr("Dry run: nothing was written."))
            return 0
        ids = importer.commit(store, report)
    finally:
        store.close()
    print(tr("Imported {n} members from {path}.", n=len(ids), path=str(args.file)))
    return 0


def _terminal_progress():
    """A progress callback writing "done / total" over itself on stderr, or None when
    stderr is not a terminal (scripts and logs get the final line only)."""
    if not sys.stderr.isatty():
        return None

    def step(done: int, total: int) -> bool:
        sys.stderr.write(f"\r{format_money(done, symbol=False)} / {format_money(total, symbol=False)}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
        return True
    return step


def cmd_export(args) -> int:
    from ocop_desktop.exports.members import export_members
    from ocop_desktop.store.db import open_store
    store = open_store(args.db)
    try:
        n = export_members(store, args.out, include_personal=args.include_personal, progress=_terminal_progress())
    finally:
        store.close()
    print(tr("Exported {n} members to {path}.", n=n, path=str(args.out)))
    if not args.include_personal:
        print(tr("ID numbers and phones were left out (use --include-personal to include them)."))
    return 0
