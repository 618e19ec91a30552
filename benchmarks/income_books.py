"""Timing of the books on a large file (issue 5 item 4: "a ledger of 1,000,000 vouchers opens
and scrolls without loading them all"). Not run by CI.

    python benchmarks/income_books.py [N_VOUCHERS] [--keep FILE]

Builds a file with N cash receipts/payments (two lines each, through the same triggers the
app uses), then prints the time of: the first cash-book page, the next page (keyset + carried
balance), a page in the middle of a period (needs the opening SUM), the period totals, a
general-journal page and the trial balance.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ocop_desktop.store import books  # noqa: E402
from ocop_desktop.store.db import create_store  # noqa: E402


def build(path: Path, n: int):
    store = create_store(path)
    rng = random.Random(1)
    start = dt.date(2015, 1, 1)
    conn = store.db.conn
    conn.execute("BEGIN")
    vouchers, lines = [], []
    for i in range(1, n + 1):
        d = (start + dt.timedelta(days=i * 3650 // n)).isoformat()
        amount = rng.randint(1, 100) * 10_000
        receipt = i % 2 == 1
        vt, cat, deb, cre, prefix = (("cash_receipt", "other_income", "1111", "558", "PT") if receipt
                                     else ("cash_payment", "other_expense", "658", "1111", "PC"))
        vouchers.append((i, vt, int(d[:4]), i, f"{prefix}-{i}", d, cat, amount))
        lines.append((i, 1, d, deb, cre, amount, 0))
        lines.append((i, 2, d, cre, deb, 0, amount))
        if len(vouchers) == 50_000 or i == n:
            conn.executemany("INSERT INTO vouchers (id, vtype, year, seq, number, date, category, amount) "
                             "VALUES (?,?,?,?,?,?,?,?)", vouchers)
            conn.executemany("INSERT INTO voucher_lines (voucher_id, line_no, date, account, contra, debit, credit) "
                             "VALUES (?,?,?,?,?,?,?)", lines)
            conn.executemany("UPDATE vouchers SET posted = 1 WHERE id = ?", [(v[0],) for v in vouchers])
            vouchers, lines = [], []
    conn.execute("COMMIT")
    return store


def timed(label, fn):
    t = time.perf_counter()
    result = fn()
    print(f"{label:<40} {1000 * (time.perf_counter() - t):>9.1f} ms")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1_000_000
    keep = Path(sys.argv[sys.argv.index("--keep") + 1]) if "--keep" in sys.argv else None
    path = keep or Path(tempfile.mkdtemp()) / "big.ocop"
    if not path.exists():
        t = time.perf_counter()
        store = build(path, n)
        print(f"built {n} vouchers in {time.perf_counter() - t:.0f} s")
    else:
        from ocop_desktop.store.db import open_store
        store = open_store(path)
    a, b = dt.date(2015, 1, 1), dt.date(2025, 12, 31)
    first = timed("cash book, first page (200 rows)", lambda: books.cash_book_page(store, a, b, limit=200))
    timed("cash book, next page (carried balance)",
          lambda: books.cash_book_page(store, a, b, after=first[-1]["key"], limit=200, carried=first[-1]["balance"]))
    mid = books.cash_book_page(store, dt.date(2020, 6, 1), b, limit=200)
    timed("cash book, page from 01/06/2020", lambda: books.cash_book_page(store, dt.date(2020, 6, 1), b, limit=200))
    timed("cash book, page after a key (SUM)", lambda: books.cash_book_page(store, a, b, after=mid[-1]["key"], limit=200))
    timed("cash book totals (whole period)", lambda: books.ledger_totals(store, "111", a, b))
    timed("general journal, page from 01/06/2020", lambda: books.journal_page(store, dt.date(2020, 6, 1), b, limit=200))
    timed("trial balance 2025", lambda: books.trial_balance(store, dt.date(2025, 1, 1), b))
    store.close()


if __name__ == "__main__":
    main()
