"""``new``, ``demo`` and ``screenshot`` commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ocop_desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("new", help="create an empty cooperative file")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--name", required=True)
    p.add_argument("--tax-code", default="")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="create the demo cooperative file")
    p.add_argument("--db", required=True, type=Path)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("screenshot", help="save a picture of one page of the app")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--page", required=True)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--size", default="1366x768", help="WIDTHxHEIGHT")
    p.add_argument("--lang", dest="screenshot_lang", choices=["vi", "en"], help="interface language")
    p.set_defaults(func=cmd_screenshot)


def cmd_new(args) -> int:
    from ocop_desktop.domain.cooperative import Cooperative
    from ocop_desktop.store.cooperative import save_cooperative
    from ocop_desktop.store.db import create_store
    from ocop_desktop.store.errors import ValidationError
    store = create_store(args.db)
    try:
        save_cooperative(store, Cooperative(name=args.name, tax_code=args.tax_code))
    except ValidationError as err:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
        for _field, message in err.problems:
            print(message, file=sys.stderr)
        return 1
    store.close()
    print(tr("Created {path}", path=str(args.db)))
    return 0


def cmd_demo(args) -> int:
    from ocop_desktop.demo import build_demo
    from ocop_desktop.store.errors import StoreError
    if args.db.exists():
        raise StoreError(tr("The file {path} already exists.", path=str(args.db)))
    build_demo(args.db)
    print(tr("Created {path}", path=str(args.db)))
    return 0


def cmd_screenshot(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ocop_desktop.ui.screenshot import screenshot
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        width = height = 0
    if not (640 <= width <= 7680 and 480 <= height <= 4320):
        print(tr("Size must look like 1366x768 (from 640x480 to 7680x4320)"), file=sys.stderr)
        return 2
    if args.out.suffix.lower() != ".png" or args.out.is_dir():
        print(tr("The picture must be a .png file: {path}", path=str(args.out)), file=sys.stderr)
        return 2
    return screenshot(args.db, args.page, args.out, args.screenshot_lang or args.lang, (width, height))
