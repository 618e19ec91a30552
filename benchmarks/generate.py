"""Deterministic province-scale data generator (issue 7).

``python -m benchmarks.generate --members 105000 --vouchers 1000000 --out FILE [--seed N]``

Builds a realistic cooperative file through the app's own store code: the profile through
``store.cooperative.save_cooperative``, each member checked by
``domain.members.validate_member`` (names, sex, ages, 12-digit ID numbers, phones, capital)
and written by ``store.members.write_member`` inside ``store.atomic()`` in batches of
:data:`BATCH` members. What is bypassed, and why: ``store.members.check_member``'s
register-wide checks (ID number unique among active members, capital caps of Law 17/2023
Art. 74) query the whole register once per member, which is quadratic (105,000² rows); the
generator instead makes ID numbers unique by construction (the last six digits are the
member's sequence number) and keeps each official member far below 30 % of the charter
capital, which it sets to the sum of committed capital.

Parts whose store code is not on this branch yet (products, assessments, dossiers with
attachments, vouchers) are skipped with a message and listed as gaps in the manifest the
runner prints (``settings`` key ``benchmark.manifest``). Same seed, same data (apart from the
``created_at``/``updated_at`` timestamps SQLite fills in).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import random
import sys
import time
from pathlib import Path

from benchmarks import names
from ocop_desktop.domain.cooperative import Cooperative
from ocop_desktop.domain.members import Contribution, Member, validate_member
from ocop_desktop.store import members as members_store
from ocop_desktop.store.cooperative import save_cooperative
from ocop_desktop.store.db import Store, create_store
from ocop_desktop.store.errors import ValidationError

TODAY = dt.date(2026, 11, 29)
BATCH = 5000


def _weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    values, weights = zip(*table)
    return rng.choices(values, weights)[0]


def make_member(rng: random.Random, seq: int) -> Member:
    """One plausible member; *seq* (0-based) makes the ID number unique."""
    if rng.random() < 0.004:
        name = rng.choice(names.ORG_NAMES).format(w=rng.choice(names.ORG_WORDS)) + f" {seq}"
        return Member(full_name=name, kind="organisation", member_type="official",
                      capital_committed=rng.randrange(20, 200) * 1_000_000,
                      join_date=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000)),
                      address=f"{rng.choice(names.COMMUNES)}, tỉnh Phú Thọ")
    sex = "F" if rng.random() < 0.52 else "M"
    surname = _weighted(rng, names.SURNAMES)
    middle = rng.choice(names.MIDDLE_F if sex == "F" else names.MIDDLE_M)
    given = rng.choice(names.GIVEN_F if sex == "F" else names.GIVEN_M)
    full = f"{surname} {middle} {given}"
    if rng.random() < 0.12:  # four-word names
        full = f"{surname} {middle} {rng.choice(names.MIDDLE_F if sex == 'F' else names.MIDDLE_M)} {given}"
    birth = dt.date(1945, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 60))
    earliest_join = max(dt.date(2010, 1, 1), dt.date(birth.year + 19, 1, 1))  # 18 or older when joining
    span = (TODAY - earliest_join).days
    join = earliest_join + dt.timedelta(days=rng.randrange(max(span, 1)))
    century_sex = (birth.year // 100 - 19) * 2 + (1 if sex == "F" else 0)
    id_number = f"{_weighted(rng, names.BIRTH_PROVINCES)}{century_sex}{birth.year % 100:02d}{seq:06d}"
    phone = rng.choice(names.MOBILE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
    r = rng.random()
    member_type = "official" if r < 0.70 else "associate_capital" if r < 0.82 else "associate_no_capital"
    committed = 0 if member_type == "associate_no_capital" else rng.randrange(4, 101) * 500_000
    contributions = []
    if committed:
        left = committed
        when = join
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            if left <= 0 or when > TODAY:
                break
            amount = min(left, rng.randrange(1, 41) * 500_000)
            contributions.append(Contribution(date=when, amount=amount))
            left -= amount
            when = when + dt.timedelta(days=rng.randrange(30, 400))
    status, left_date, left_reason = "active", None, ""
    if rng.random() < 0.03:
        status, left_date, left_reason = "left", min(TODAY, join + dt.timedelta(days=rng.randrange(30, 3000))), "Chuyển nơi cư trú"
    address = f"{rng.choice(names.HAMLETS).format(n=rng.randrange(1, 15))}, {rng.choice(names.COMMUNES)}, tỉnh Phú Thọ"
    return Member(full_name=full, member_type=member_type, sex=sex, birth_date=birth, id_number=id_number,
                  phone=phone, address=address, join_date=join, capital_committed=committed,
                  contributions=contributions, status=status, left_date=left_date, left_reason=left_reason)


def gen_members(store: Store, count: int, rng: random.Random) -> dict:
    """Members through validate_member + write_member, BATCH per transaction."""
    committed = 0
    started = time.perf_counter()
    for start in range(0, count, BATCH):
        with store.atomic():
            for seq in range(start, min(count, start + BATCH)):
                member, errors, _ = validate_member(make_member(rng, seq), TODAY)
                if errors:
                    raise ValidationError(errors)
                members_store.write_member(store, member)
                committed += member.capital_committed
        done = min(count, start + BATCH)
        print(f"  members {done:,}/{count:,}  {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    with store.atomic() as db:
        db.execute("UPDATE cooperative SET charter_capital = ? WHERE id = 1", [committed])
    return {"members": count, "contributions": store.scalar("SELECT COUNT(*) FROM contributions")}


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def gen_optional(store: Store, args, rng: random.Random, manifest: dict) -> None:
    """Products, assessments, dossiers with attachments, vouchers: through their branches'
    store modules when present (see the module docstring)."""
    from benchmarks import parts
    for part in parts.PARTS:
        wanted = getattr(args, part.arg)
        if not wanted:
            continue
        mod = _module(part.module)
        if mod is None or not part.available(mod):
            manifest["gaps"].append(f"{part.label}: store module {part.module} not on this branch")
            print(f"  skipped {part.label}: no {part.module}", file=sys.stderr)
            continue
        started = time.perf_counter()
        manifest[part.arg] = part.generate(store, mod, wanted, rng, args)
        print(f"  {part.label} done in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def generate(args) -> dict:
    """Build the file; returns the manifest (also stored in the file)."""
    out = Path(args.out)
    if out.exists():
        if not args.force:
            raise SystemExit(f"{out} exists (use --force to replace it)")
        for suffix in ("", "-wal", "-shm"):
            Path(str(out) + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    store = create_store(out)
    try:
        save_cooperative(store, Cooperative(
            name="Liên hiệp hợp tác xã tỉnh Phú Thọ (dữ liệu thử tải)", province_code=25,
            founding_date=dt.date(2016, 5, 19), rep_name="Nguyễn Thị Hường", rep_position="Chủ tịch",
            rep_sex="F"))
        manifest: dict = {"seed": args.seed, "gaps": []}
        manifest.update(gen_members(store, args.members, rng))
        gen_optional(store, args, rng, manifest)
        manifest["seconds"] = round(time.perf_counter() - started, 1)
        store.set_setting("benchmark.manifest", json.dumps(manifest, ensure_ascii=False))
        with store.atomic() as db:
            db.execute("ANALYZE")
    finally:
        store.close()
    manifest["bytes"] = out.stat().st_size
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=105_000)
    parser.add_argument("--vouchers", type=int, default=1_000_000)
    parser.add_argument("--products", type=int, default=300)
    parser.add_argument("--assessments", type=int, default=2_000)
    parser.add_argument("--dossiers", type=int, default=500)
    parser.add_argument("--attachments-mb", type=int, default=200, dest="attachments_mb")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--out", required=True)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    manifest = generate(args)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
