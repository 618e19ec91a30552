"""``members`` commands: search (import and export live in the import module)."""

from __future__ import annotations

import json
from pathlib import Path

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.domain.members import member_type_label


def register(sub) -> None:
    members = sub.add_parser("members", help="member register")
    msub = members.add_subparsers(dest="members_command", required=True)
    p = msub.add_parser("search", help="find members (accents and case optional)")
    p.add_argument("query")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)


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
