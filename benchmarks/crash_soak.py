"""Crash-safety soak (issue 6 item 2): ≥ 500 SIGKILLs during member saves, member imports,
voucher entry and backups, each followed by the full check of tests/safety/crash_harness.py.

    /work/venv/bin/python benchmarks/crash_soak.py [--kills 500] [--seed 1] [--dir /tmp/soak]

Prints a line every 50 kills and a summary table; exits 1 at the first loss or damage.
Not run by CI (the CI test runs a modest count of the same harness).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "safety"))

import crash_harness  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a new temporary folder)")
    parser.add_argument("--max-delay", type=float, default=1.0, help="longest time from opening to the kill, seconds")
    args = parser.parse_args()
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="ocop-crash-soak-"))
    print(f"work folder: {workdir}")
    start = time.monotonic()
    try:
        result = crash_harness.soak(args.kills, workdir, seed=args.seed, max_delay=args.max_delay)
    except AssertionError as err:
        print(f"FAILED: {err}")
        return 1
    elapsed = time.monotonic() - start
    print()
    print(f"{'kills':<28}{result['kills']:>10}")
    print(f"{'acknowledged writes':<28}{result['acks']:>10}")
    print(f"{'members saved (acked)':<28}{result['members']:>10}")
    print(f"{'imports (acked)':<28}{result['batches']:>10}")
    print(f"{'vouchers (acked)':<28}{result['vouchers']:>10}")
    print(f"{'seconds':<28}{elapsed:>10.0f}")
    print("nothing acknowledged was lost; integrity_check ok after every kill")
    return 0


if __name__ == "__main__":
    sys.exit(main())
