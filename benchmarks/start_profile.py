"""CPU time of each page's construction when the main window opens a file (RESULTS.md item 2).

``python -m benchmarks.start_profile --db FILE`` builds :class:`MainWindow` offscreen on
*FILE* and prints the GUI thread's CPU time per sidebar page, largest first.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.start_profile")
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    from ocop_desktop.app import install_translators, make_app
    from ocop_desktop.store.db import open_store
    from ocop_desktop.ui import main_window as mw
    app = make_app([sys.argv[0]])
    install_translators("vi")
    store = open_store(args.db)
    times: dict[str, float] = {}
    for spec in mw.PAGES:
        def timed(store_, window, factory=spec.factory, key=spec.key):
            t = time.thread_time()
            page = factory(store_, window)
            times[key] = (time.thread_time() - t) * 1000
            return page
        spec.factory = timed
    t = time.thread_time()
    window = mw.MainWindow(store)
    window.show()
    app.processEvents()
    print(f"MainWindow built and shown: {(time.thread_time() - t) * 1000:,.0f} ms CPU")
    for key, ms in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  page {key:12s} {ms:9,.0f} ms CPU")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
