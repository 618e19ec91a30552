"""``backup``, ``restore``, ``backups`` and ``check`` commands (issue 6 item 8).

Exit codes: ``check`` 0 healthy, 1 problems found (plain report), 2 unusable file;
``backup``/``restore`` 0 done, 2 refused (message on stderr). Never a traceback for a bad
file: every failure is a :class:`StoreError` with a message in the UI language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ocop_desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("backup", help="make a checked backup of a cooperative file")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--to", type=Path, help="backup file to write (default: the backup folder)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace a cooperative file with a backup (the current state is backed up first)")
    p.add_argument("backup", type=Path)
    p.add_argument("--db", required=True, type=Path)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("backups", help="list the automatic backups of a cooperative file")
    p.add_argument("--db", required=True, type=Path)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("check", help="check a cooperative file (exit 0 healthy, 1 problems, 2 unusable)")
    p.add_argument("--db", required=True, type=Path)
    p.set_defaults(func=cmd_check)


def _size(n: int) -> str:
    from ocop_desktop.domain.formats import format_money
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{format_money(max(1, round(n / 1024)), symbol=False)} KB"


def cmd_backup(args) -> int:
    import sqlite3

    from ocop_desktop.store import backup
    from ocop_desktop.store.errors import StoreError
    status, problems = backup.check_file(args.db, full=False)
    if status == "unusable":
        raise StoreError(problems[0])
    conn = sqlite3.connect(f"file:{args.db.resolve().as_posix()}?mode=ro", uri=True, timeout=5)
    try:
        if args.to:
            target = args.to
            if target.is_dir():
                target = target / f"{args.db.stem}-backup.ocop"
            if target.exists():
                raise StoreError(tr("The file {path} already exists.", path=str(target)))
            path = backup.backup_connection(conn, target)
        else:
            path = backup.make_backup(conn, args.db, "manual")
    finally:
        conn.close()
    print(tr("Backup written and checked: {path} ({size})", path=str(path), size=_size(path.stat().st_size)))
    return 0


def cmd_restore(args) -> int:
    from ocop_desktop.store import backup
    info = backup.inspect_backup(args.backup)
    previous = backup.restore_backup(args.backup, args.db)
    print(tr("Restored {path} from the backup of {made}.", path=str(args.db), made=info["made"].strftime("%d/%m/%Y %H:%M")))
    if previous:
        print(tr("The state before restoring was saved as {path}", path=str(previous)))
    return 0


def cmd_backups(args) -> int:
    from ocop_desktop.store import backup
    items = backup.list_backups(args.db)
    if not items:
        print(tr("No backups yet. Folder: {path}", path=str(backup.backup_dir(args.db))))
        return 0
    for b in items:
        print(f"{b.made:%d/%m/%Y %H:%M}  {_size(b.size):>10}  {b.reason_label:<32} {b.path}")
    return 0


def cmd_check(args) -> int:
    from ocop_desktop.store import backup
    status, problems = backup.check_file(args.db)
    if status == "ok":
        print(tr("{path}: the file is healthy.", path=str(args.db)))
        return 0
    if status == "unusable":
        print(tr("{path}: the file cannot be used.", path=str(args.db)))
    else:
        print(tr("{path}: problems found:", path=str(args.db)))
    for p in problems:
        print(f"  - {p}")
    good = backup.newest_good_backup(args.db) if status != "ok" else None
    if good:
        print(tr("Newest good backup: {path} ({made}). Restore it with: restore \"{path}\" --db \"{db}\"",
                 path=str(good.path), made=good.made.strftime("%d/%m/%Y %H:%M"), db=str(args.db)))
    sys.stdout.flush()
    return 2 if status == "unusable" else 1
