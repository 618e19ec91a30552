"""Crash-safety harness (issue 6 item 2): run the app's write paths in a child process,
kill it with SIGKILL at a random moment, then check that nothing acknowledged is lost.

The child (``python crash_harness.py worker DB SEED``) opens the file with
:func:`open_store` (writer lock, backup on open, audit triggers) and loops over:

* ``member`` — one member saved through :func:`save_member` (the member form's path);
* ``batch`` — an import of 5–40 members through the real CSV member importer
  (``imports/members.import_file``: analyse, checked backup, one transaction), tagged
  ``batch-<seed>-<k>-n<N>`` in the notes column;
* ``update`` — a member's committed capital changed through :func:`save_member`;
* ``backup`` — a checked backup (:func:`make_backup`);
* ``voucher`` — a cash receipt saved through the income books (``store.vouchers.save_voucher``,
  voucher and its journal lines in one transaction), when that module exists.

After each write returns it prints ``ACK …`` (what the user would have been told); before an
update it prints ``TRY …``. The parent kills the child at a random time and then checks:
``integrity_check`` and ``foreign_key_check`` clean; the file opens for writing (the dead
process's lock is recovered); every ACKed member and batch is present; every batch is
whole (N rows or none); every ACKed voucher is present and every voucher has balanced
lines; every update shows the last ACKed value or a later attempt; every
finished backup file passes ``integrity_check``; every member has its audit entry.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TODAY = dt.date(2026, 11, 29)


def _member(rng: random.Random, name: str, note: str = ""):
    from ocop_desktop.domain.members import Contribution, Member
    capital = rng.randrange(1, 5) * 1_000_000
    return Member(full_name=name, member_type="official", sex=rng.choice("MF"), capital_committed=capital,
                  notes=note, address="Xóm Đình, xã Cẩm Khê, tỉnh Phú Thọ",
                  contributions=[Contribution(date=dt.date(2026, 1, 5), amount=capital // 2)])


def worker(db: str, seed: int) -> None:
    """The child: write forever, acknowledging each write on stdout."""
    from ocop_desktop.store import backup
    from ocop_desktop.store import members as ms
    from ocop_desktop.store.db import open_store
    from ocop_desktop.store.errors import ValidationError
    try:
        from ocop_desktop.imports import members as importer
    except ImportError:
        importer = None
    try:
        from ocop_desktop.domain.income.vouchers import Voucher
        from ocop_desktop.store import vouchers
    except ImportError:
        vouchers = None
    rng = random.Random(seed)
    store = open_store(db, app_user="harness")
    print("READY", flush=True)
    k = 0
    while True:
        k += 1
        action = rng.choices(["member", "batch", "update", "backup", "voucher"],
                             weights=[5, 3, 3, 1, 5 if vouchers is not None else 0])[0]
        if action == "member":
            name = f"Thành viên {seed}-{k}"
            try:
                ms.save_member(store, _member(rng, name), today=TODAY)
            except ValidationError as err:  # e.g. the 30 % capital cap: refused, nothing written
                print(f"REFUSED member {name}: {err}", flush=True)
                continue
            print(f"ACK member {name}", flush=True)
        elif action == "batch":
            n = rng.randint(5, 40)
            tag = f"batch-{seed}-{k}-n{n}"
            if importer is not None:  # the real member import (CSV), which backs up first
                csv = Path(db).with_name(f"import-{seed}.csv")
                csv.write_text("Họ và tên,Giới tính,Loại thành viên,Vốn góp cam kết (đồng),Ghi chú\n" + "".join(
                    f"Nguyễn Văn Nhập {seed} {k} {i},{rng.choice(['Nam', 'Nữ'])},Chính thức,1.000.000,{tag}\n"
                    for i in range(n)), encoding="utf-8")
                _table, report, ids = importer.import_file(store, csv, today=TODAY)
                if report.problems:
                    print("SKIP " + report.problems[0].describe(), flush=True)
                    continue
                assert len(ids) == n
            else:
                backup.backup_before(store, "before-import")
                rows = [_member(rng, f"Nhập {seed}-{k}-{i}", tag) for i in range(n)]
                with store.atomic():
                    for row in rows:
                        checked, errors, _ = ms.check_member(store, row, TODAY)
                        assert not errors, errors
                        ms.write_member(store, checked)
            print(f"ACK batch {tag}", flush=True)
        elif action == "update":
            ids = [r[0] for r in store.db.execute("SELECT id FROM members ORDER BY random() LIMIT 1")]
            if not ids:
                continue
            member = ms.get_member(store, ids[0])
            paid = sum(c.amount for c in member.contributions)
            member.capital_committed = max(paid, 1_000_000) + rng.randrange(0, 3) * 1_000_000
            print(f"TRY update {member.id} {member.capital_committed}", flush=True)
            try:
                ms.save_member(store, member, today=TODAY)
            except ValidationError as err:
                print(f"REFUSED update {member.id}: {err}", flush=True)
                continue
            print(f"ACK update {member.id} {member.capital_committed}", flush=True)
        elif action == "voucher":  # a cash receipt through the income books' save path
            ref = f"V-{seed}-{k}"
            v = Voucher("cash_receipt", dt.date(2026, 3, rng.randint(1, 28)), rng.randrange(1, 500) * 1000,
                        "other_income", f"Thu khác {ref}", reference=ref)
            vouchers.save_voucher(store, v)
            print(f"ACK voucher {ref}", flush=True)
        else:
            path = backup.make_backup(store.db.conn, store.path, "manual")
            print(f"ACK backup {path}", flush=True)


def make_file(db: Path) -> None:
    """A fresh cooperative file with a profile."""
    from ocop_desktop.domain.cooperative import Cooperative
    from ocop_desktop.store.cooperative import save_cooperative
    from ocop_desktop.store.db import create_store
    store = create_store(db)
    save_cooperative(store, Cooperative(name="HTX Thử độ bền"))
    store.close()


def run_once(db: Path, seed: int, delay: float, env: dict, during_open: bool = False) -> list[str]:
    """Start a worker and SIGKILL it *delay* seconds after it has opened the file (or,
    with *during_open*, *delay* seconds after it started: while it takes the lock,
    migrates or makes the backup on opening). Returns its stdout lines.

    Timing only picks the moment; no assertion depends on it (a slow machine shifts the
    kills, it cannot make the check pass or fail)."""
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "worker", str(db), str(seed)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not during_open:
        ready.wait(120)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(10)
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    if proc.returncode != -signal.SIGKILL:
        raise AssertionError(f"worker ended by itself (code {proc.returncode}):\n{err[-3000:]}")
    return lines


class Ledger:
    """What the user was told across all runs."""

    def __init__(self):
        self.members: set[str] = set()
        self.batches: set[str] = set()
        self.vouchers: set[str] = set()
        self.updates: dict[int, list[tuple[str, int]]] = {}

    def add(self, lines: list[str]) -> None:
        for line in lines:
            parts = line.split(" ", 2)
            if parts[0] == "ACK" and parts[1] == "member":
                self.members.add(parts[2])
            elif parts[0] == "ACK" and parts[1] == "batch":
                self.batches.add(parts[2])
            elif parts[0] == "ACK" and parts[1] == "voucher":
                self.vouchers.add(parts[2])
            elif parts[0] in ("TRY", "ACK") and parts[1] == "update":
                mid, value = parts[2].split()
                self.updates.setdefault(int(mid), []).append((parts[0], int(value)))


def verify(db: Path, ledger: Ledger) -> None:
    """Raise AssertionError describing the first loss or damage found."""
    from ocop_desktop.store import backup
    from ocop_desktop.store.db import open_store
    status, problems = backup.check_file(db)
    assert status == "ok", problems
    store = open_store(db, auto_backup=False)
    try:
        assert not store.read_only, "the dead worker's lock was not recovered"
        names = {r[0] for r in store.db.execute("SELECT full_name FROM members")}
        lost = ledger.members - names
        assert not lost, f"acknowledged members lost: {sorted(lost)[:5]}"
        counts = dict(store.db.execute("SELECT notes, COUNT(*) FROM members WHERE notes LIKE 'batch-%' GROUP BY notes").fetchall())
        for tag, n in counts.items():
            assert n == int(tag.rsplit("-n", 1)[1]), f"half import: {tag} has {n} rows"
        missing = ledger.batches - set(counts)
        assert not missing, f"acknowledged imports lost: {sorted(missing)[:5]}"
        if ledger.vouchers:
            refs = {r[0] for r in store.db.execute("SELECT reference FROM vouchers")}
            lost_v = ledger.vouchers - refs
            assert not lost_v, f"acknowledged vouchers lost: {sorted(lost_v)[:5]}"
            bad = store.db.execute("SELECT v.id FROM vouchers v LEFT JOIN voucher_lines l ON l.voucher_id = v.id "
                                   "GROUP BY v.id HAVING COALESCE(SUM(l.debit), 0) != COALESCE(SUM(l.credit), 0) "
                                   "OR COUNT(l.id) = 0").fetchall()
            assert not bad, f"vouchers without balanced lines: {bad[:5]}"
        for mid, events in ledger.updates.items():
            acked = [i for i, (kind, _) in enumerate(events) if kind == "ACK"]
            if not acked:
                continue
            allowed = {events[acked[-1]][1]} | {v for kind, v in events[acked[-1] + 1:] if kind == "TRY"}
            value = store.scalar("SELECT capital_committed FROM members WHERE id = ?", [mid])
            assert value in allowed, f"member {mid}: capital {value}, expected one of {allowed}"
        orphans = store.scalar("SELECT COUNT(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                               "WHERE a.table_name = 'members' AND a.row_id = m.id AND a.action = 'insert')")
        assert orphans == 0, f"{orphans} members without their audit entry"
    finally:
        store.close()
    for b in backup.list_backups(db):
        assert backup.check_file(b.path)[0] == "ok", f"backup {b.path.name} is damaged"


def soak(kills: int, workdir: Path, seed: int = 1, min_delay: float = 0.05, max_delay: float = 1.0,
         report=print) -> dict:
    """Run *kills* kill-and-check rounds on one growing file; returns counters."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(workdir / "data"),
           "HOME": str(workdir / "home")}
    os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
    db = workdir / "crash.ocop"
    if not db.exists():
        make_file(db)
    rng = random.Random(seed)
    ledger = Ledger()
    acks = 0
    for i in range(kills):
        during_open = rng.random() < 0.2
        delay = rng.uniform(0.0, 0.6) if during_open else rng.uniform(min_delay, max_delay)
        lines = run_once(db, seed * 100_000 + i, delay, env, during_open)
        ledger.add(lines)
        acks += sum(1 for line in lines if line.startswith("ACK"))
        verify(db, ledger)
        if report and (i + 1) % 50 == 0:
            report(f"{i + 1:>5} kills  {acks:>6} acknowledged writes  {len(ledger.members):>5} members  "
                   f"{len(ledger.batches):>4} imports  {len(ledger.vouchers):>5} vouchers  nothing lost")
    return {"kills": kills, "acks": acks, "members": len(ledger.members), "batches": len(ledger.batches),
            "vouchers": len(ledger.vouchers)}


if __name__ == "__main__":
    if sys.argv[1] == "worker":
        sys.path.insert(0, str(ROOT))
        worker(sys.argv[2], int(sys.argv[3]))
