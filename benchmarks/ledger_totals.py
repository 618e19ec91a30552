"""Timing of the period sums on a big file (issue 7: B02-HTX, Home's month summary, ledger
totals, trial balance, opening balances, the default year). Not run by CI.

    python -m benchmarks.ledger_totals --db COPY.ocop [--trials 8] [--code ROOT] [--migrate]

*--code* imports ``ocop_desktop`` from another checkout (e.g. main, to measure "before" on
a file of the older schema). The file is opened read-only unless *--migrate*, which first
runs the missing schema steps (without the checked backup copy) and prints their time.
Each figure: first call, median and p95 (nearest rank) of *--trials* calls, wall clock and
CPU (``time.process_time``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import statistics
import sys
import time
from pathlib import Path


def _stats(label: str, fn, trials: int) -> None:
    walls, cpus = [], []
    for _ in range(trials + 1):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(1000 * (time.perf_counter() - w))
        cpus.append(1000 * (time.process_time() - c))
    first = walls.pop(0)
    cpus.pop(0)
    rank = max(0, math.ceil(0.95 * len(walls)) - 1)
    print(f"{label:<52} first {first:9.1f}  median {statistics.median(walls):9.1f}  "
          f"p95 {sorted(walls)[rank]:9.1f}  p95 CPU {sorted(cpus)[rank]:9.1f} ms", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--trials", type=int, default=8)
    ap.add_argument("--code", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--migrate", action="store_true")
    ap.add_argument("--slow-trials", type=int, default=None, help="trials for the trial balance")
    args = ap.parse_args(argv)
    sys.path.insert(0, args.code)
    from ocop_desktop.store import books, income_reports, income_views
    from ocop_desktop.store.db import Store, _connect, migrate

    path = Path(args.db)
    store = Store(path, _connect(path, read_only=not args.migrate), read_only=not args.migrate)
    store.db.execute("PRAGMA journal_mode = WAL")
    print(f"code {args.code}, schema version {store.schema_version}")
    if args.migrate:
        t, c = time.perf_counter(), time.process_time()
        migrate(store, backup=False)
        print(f"migration to version {store.schema_version}: {time.perf_counter() - t:.1f} s wall, "
              f"{time.process_time() - c:.1f} s CPU", flush=True)
    n = args.trials
    y0, y1 = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    _stats("B02-HTX 2025", lambda: income_reports.b02(store, y0, y1), n)
    _stats("B02-HTX 15/03/2025-20/08/2025", lambda: income_reports.b02(store, dt.date(2025, 3, 15), dt.date(2025, 8, 20)), n)
    _stats("month_summary 11/2026 (today 29/11/2026)",
           lambda: income_reports.month_summary(store, 2026, 11, dt.date(2026, 11, 29)), n)
    _stats("ledger_totals('111', 01/01/2025, 31/12/2025)", lambda: books.ledger_totals(store, "111", y0, y1), n)
    _stats("ledger_totals('112', None, 29/11/2026)", lambda: books.ledger_totals(store, "112", None, dt.date(2026, 11, 29)), n)
    _stats("opening_balance('111', 16/07/2025)", lambda: books.opening_balance(store, "111", dt.date(2025, 7, 16)), n)
    _stats("journal_count 2025", lambda: books.journal_count(store, y0, y1), n)
    first = books.cash_book_page(store, y0, y1, limit=100)
    key = books.cash_book_page(store, dt.date(2025, 7, 16), y1, limit=100)[-1]["key"]
    _stats("cash_book_page 2025 after a July key (no carried)",
           lambda: books.cash_book_page(store, y0, y1, after=key, limit=100), n)
    assert first
    _stats("default year: last_entry_date", lambda: income_views.last_entry_date(store), n)
    _stats("trial_balance 2025", lambda: books.trial_balance(store, y0, y1), args.slow_trials or n)
    store.close()


if __name__ == "__main__":
    main()
