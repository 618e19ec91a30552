"""Figures that need other branches' code (books, B02-HTX, distribution, exports, import).

Each function adds its rows to the runner's table, or a "not measured" row naming the
missing code.
"""

from __future__ import annotations

import importlib


def _has(module: str, *names: str) -> bool:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return False
    return all(hasattr(mod, n) for n in names)


def _missing(table, name: str, target: str, what: str) -> None:
    table.add(name, None, target, None, f"not measured: {what} not on this branch")


YEAR = 2025  # the last full year of the generated books (the generator's today is 29/11/2026)


def _page_exists(window, key: str) -> bool:
    """True when the window has page *key* (a lazy page is built by the lookup: ``in``
    alone does not see it before it is first shown)."""
    try:
        return window.pages[key] is not None
    except (AttributeError, KeyError):
        return False


def books(table, store, window, trials):
    if not (_has("ocop_desktop.store.books", "cash_book_page", "journal_page") and _page_exists(window, "books")):
        _missing(table, "Open the cash book and jump to the end", "≤ 100 ms (jump)", "books (income-core/income-ui)")
        _missing(table, "Open the general journal and jump to the end", "≤ 100 ms (jump)", "books (income-core/income-ui)")
        return
    import random

    from PySide6.QtWidgets import QApplication

    from benchmarks.run import touch
    page = window.show_page("books")
    view, model = page.table, page.model
    bar = view.verticalScrollBar()
    rng = random.Random(11)
    for book, label in (("cash", "the cash book"), ("journal", "the general journal")):
        opened = [_timed(lambda: (page.choose(book, period="year", year=YEAR), view.scrollToTop(), touch(view)))
                  for _ in range(max(1, trials // 2))]
        jumped, dragged = [], []
        for _ in range(trials):
            # a freshly opened book (its first screen painted), then Ctrl+End as the user does
            page.choose(book, period="year", year=YEAR)
            view.scrollToTop()
            touch(view)
            QApplication.processEvents()
            jumped.append(_timed(lambda: (view.scrollToBottom(), touch(view))))
            for _ in range(3):
                dragged.append(_timed(lambda: (bar.setValue(rng.randrange(bar.maximum() + 1)), touch(view))))
        rows = model.rowCount()
        table.add(f"Open {label} ({YEAR}, first screen)", opened, "", None,
                  "BooksPage.choose + visible cells; nearly all of it is the totals (store.books.ledger_totals: "
                  "count, movements, opening balance)")
        table.add(f"  jump to the end of {label} (Ctrl+End)", jumped, "≤ 100 ms", 100,
                  f"{rows:,} lines; view.scrollToBottom + visible cells: the last page read backward "
                  "from the closing balance (LazyBookModel random access)")
        table.add(f"  scrollbar drag in {label}", dragged, "≤ 100 ms", 100,
                  "random positions: the keys before the position walked on covering indexes from the nearer end, "
                  "the balance from the opening/closing balance and the skipped movements")


def b02(table, store, window, trials):
    if not _has("ocop_desktop.store.income_reports", "b02"):
        _missing(table, "A year's B02-HTX", "≤ 500 ms", "B02-HTX report (income-core)")
        return
    import datetime as dt
    from ocop_desktop.store import income_reports
    samples = [_timed(lambda: income_reports.b02(store, dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))) for _ in range(trials)]
    table.add(f"B02-HTX for {YEAR}", samples, "≤ 500 ms", 500, "store.income_reports.b02 from ledger_month_totals")


def distribution(table, store, window, trials):
    if not _has("ocop_desktop.store.distribution", "compute_distribution"):
        _missing(table, "A year's distribution", "", "distribution (income-core)")
        return
    from ocop_desktop.store import distribution as dstore
    holder = {}

    def run():
        holder.pop("d", None)  # as the Reports tab: the shown result is let go before the next is computed
        try:
            holder["d"] = dstore.compute_distribution(store, YEAR)
        except Exception as err:  # noqa: BLE001 - reported in the table
            holder["err"] = err
    samples = [_timed(run) for _ in range(max(1, trials // 2))]
    note = "store.distribution.compute_distribution"
    if "err" in holder:
        note += f" (refused: {holder['err']})"
    table.add(f"Surplus distribution for {YEAR}", samples, "", None, note)


def _timed(fn):
    from benchmarks.run import timed
    return timed(fn)


def exports(table, store, window, trials):
    import tempfile
    from pathlib import Path
    if _has("ocop_desktop.exports.members", "export_xlsx"):
        from ocop_desktop.exports.members import export_xlsx
        n_members = store.scalar("SELECT COUNT(*) FROM members")
        with tempfile.TemporaryDirectory(prefix="ocop-bench-") as tmp:
            out = Path(tmp) / "members.xlsx"
            samples = [_timed(lambda: export_xlsx(store, out, include_personal=True)) for _ in range(max(1, trials // 3))]
            size = out.stat().st_size / 2**20
        table.add(f"Export {n_members:,} members to XLSX", samples, "≤ 8 s, cancellable progress", 8000,
                  f"exports.members.export_xlsx in the GUI process, {size:.1f} MiB; rows streamed as sheet XML "
                  "next to XlsxWriter's workbook; in the app on a worker thread with a cancellable progress "
                  "dialog (ui/dialogs/import_members.export)")
    else:
        _missing(table, "Export 105,000 members to XLSX", "≤ 8 s, cancellable progress", "member export (members-io)")
    if _has("ocop_desktop.exports.dossier_export", "export_dossier"):
        from ocop_desktop.exports.dossier_export import export_dossier
        row = store.query("SELECT d.id, SUM(b.size) AS size FROM dossiers d JOIN dossier_files f ON f.dossier_id = d.id "
                          "JOIN dossier_blobs b ON b.sha256 = f.sha256 GROUP BY d.id ORDER BY size DESC LIMIT 1")
        if row:
            with tempfile.TemporaryDirectory(prefix="ocop-bench-") as tmp:
                samples = [_timed(lambda: export_dossier(store, row[0]["id"], Path(tmp) / f"d{i}")) for i in range(2)]
            table.add(f"Export a dossier with {row[0]['size'] / 2**20:.0f} MB of evidence", samples, "≤ 3 s", 3000,
                      "exports.dossier_export.export_dossier (ZIP, registration form, report)")
        else:
            _missing(table, "Export a dossier with 50 MB of evidence", "≤ 3 s", "dossiers with attachments in the data")
    else:
        _missing(table, "Export a dossier with 50 MB of evidence", "≤ 3 s", "dossier export (dossiers)")
    if _has("ocop_desktop.imports.members", "read_file", "analyse", "commit"):
        import_members(table, store)
    else:
        _missing(table, "Import 10,000 members", "", "member import (members-io)")


def import_members(table, store, count: int = 10_000):
    """Import *count* generated members (a CSV written by the app's own export) into a copy
    of the big file: read + check (analyse) and write (commit) timed apart."""
    import random
    import shutil
    import tempfile
    from pathlib import Path

    from benchmarks.generate import TODAY, make_member
    from ocop_desktop.domain.members import validate_member
    from ocop_desktop.exports.members import export_csv
    from ocop_desktop.imports import members as importer
    from ocop_desktop.store import members as members_store
    from ocop_desktop.store.db import create_store, open_store

    with tempfile.TemporaryDirectory(prefix="ocop-bench-") as tmp:
        tmp = Path(tmp)
        source = create_store(tmp / "source.ocop")
        rng = random.Random(99)
        with source.atomic():
            for seq in range(count):
                member = make_member(rng, 900_000 + seq)
                if member.member_type == "associate_capital":  # keep the associates' cap (Art. 74) for small files
                    member.member_type = "official"
                member, errors, _ = validate_member(member, TODAY)
                members_store.write_member(source, member)
        export_csv(source, tmp / "import.csv", include_personal=True)
        source.close()
        copy = tmp / "target.ocop"
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # In the app one file is open at a time; here the big file stays open beside its copy,
        # so its connection's page cache (up to 32 MiB, already filled by the figures before)
        # is handed back first, or the peak memory figure would count two files' caches.
        store.db.execute("PRAGMA shrink_memory")
        shutil.copy(store.path, copy)
        target = open_store(copy)
        # the import's checked backup (3.3 GB) is written inside this temporary folder, on the
        # same disk as the user's backup folder, and goes with it (each run left one behind)
        from ocop_desktop.store import backup as backup_module
        real_backup_dir = backup_module.backup_dir
        backup_module.backup_dir = lambda db_path: tmp / "backups" / Path(db_path).stem
        try:
            source_table = importer.read_file(tmp / "import.csv")
            holder = {}
            read = _timed(lambda: holder.update(report=importer.analyse(target, source_table, TODAY)))
            report = holder["report"]
            if report.problems:
                table.add(f"Import {count:,} members", None, "", None,
                          f"refused: {len(report.problems)} problems, first: {report.problems[0].describe()}")
                return
            write = _timed(lambda: importer.commit(target, report))
            backups = list((tmp / "backups").rglob("*.ocop*"))
        finally:
            backup_module.backup_dir = real_backup_dir
            target.close()
    table.add(f"Import {count:,} members: read and check (analyse)", [read], "", None, "CSV from the app's export, into a copy")
    table.add(f"Import {count:,} members: write (commit)", [write], "", None,
              f"one transaction, after the checked backup of the file ({len(backups)} written)")


FIGURES = [books, b02, distribution, exports]
