"""``members import`` / ``members export`` on the command line (issue 2 item 11): exit 0
imported, 1 refused with the problems listed per row, 2 unusable file."""

from __future__ import annotations

import openpyxl

from ocop_desktop.cli import run
from ocop_desktop.store.db import open_store


def _new(tmp_path):
    db = tmp_path / "c.ocop"
    assert run(["new", "--db", str(db), "--name", "HTX Thử nghiệm"]) == 0
    return db


def _count(db):
    s = open_store(db)
    try:
        return s.scalar("SELECT COUNT(*) FROM members")
    finally:
        s.close()


def test_import_ok_then_export(tmp_path, member_sample_files, capsys):
    db = _new(tmp_path)
    assert run(["members", "import", str(member_sample_files["members-utf8-bom.csv"]), "--db", str(db), "--dry-run"]) == 0
    assert _count(db) == 0
    assert run(["members", "import", str(member_sample_files["members-utf8-bom.csv"]), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "12" in out and "130.000.000 ₫" in out and "125.000.000 ₫" in out
    assert _count(db) == 12
    out_file = tmp_path / "so.xlsx"
    assert run(["members", "export", str(out_file), "--db", str(db)]) == 0
    ws = openpyxl.load_workbook(out_file).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "025068101111" not in values and "Nguyễn Văn Đức" in values
    assert run(["members", "export", str(out_file), "--db", str(db), "--include-personal"]) == 0
    ws = openpyxl.load_workbook(out_file).active
    assert "025068101111" in [c.value for row in ws.iter_rows() for c in row]


def test_import_refused_lists_problems_per_row(tmp_path, member_sample_files, capsys):
    db = _new(tmp_path)
    capsys.readouterr()
    assert run(["members", "import", str(member_sample_files["members-with-errors.csv"]), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("Dòng ")]
    assert [line.split(",")[0] for line in lines] == ["Dòng 3", "Dòng 4", "Dòng 5", "Dòng 6", "Dòng 7", "Dòng 8"]
    assert _count(db) == 0


def test_import_mapping_override_and_bad_file(tmp_path, member_sample_files, capsys):
    db = _new(tmp_path)
    # map the paid column onto nothing: members import with no contributions
    assert run(["members", "import", str(member_sample_files["members-utf8-bom.csv"]), "--db", str(db),
                "--map", "capital_paid=-"]) == 0
    s = open_store(db)
    assert s.scalar("SELECT COUNT(*) FROM contributions") == 0
    s.close()
    assert run(["members", "import", str(member_sample_files["members-utf8-bom.csv"]), "--db", str(db),
                "--map", "nonsense=3"]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x81\x8d\x8f\x90 not a list")
    assert run(["members", "import", str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and "Traceback" not in err


def test_export_shows_progress_on_a_terminal_only(tmp_path, member_sample_files, capsys, monkeypatch):
    """Issue 7: ``members export`` of a big register tells how far it got on stderr when
    that is a terminal; redirected, stderr stays empty."""
    import sys
    db = _new(tmp_path)
    assert run(["members", "import", str(member_sample_files["members-utf8-bom.csv"]), "--db", str(db)]) == 0
    capsys.readouterr()
    assert run(["members", "export", str(tmp_path / "a.csv"), "--db", str(db)]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert run(["members", "export", str(tmp_path / "b.xlsx"), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("\r0 / 12") and err.endswith("\r12 / 12\n")
