"""backup / restore / check commands (issue 6 item 8): exit codes, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ocop_desktop.cli import run

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def demo_file(tmp_path, demo_template):
    import shutil
    target = tmp_path / "htx.ocop"
    shutil.copy(demo_template, target)
    return target


def test_check_healthy(demo_file, capsys):
    assert run(["--lang", "en", "check", "--db", str(demo_file)]) == 0
    assert "healthy" in capsys.readouterr().out


def test_check_truncated_and_random(tmp_path, demo_file, capsys):
    truncated = tmp_path / "cut.ocop"
    truncated.write_bytes(demo_file.read_bytes()[:20_000])
    code = run(["--lang", "en", "check", "--db", str(truncated)])
    out = capsys.readouterr().out
    assert code in (1, 2) and "damaged" in out and "Traceback" not in out
    rnd = tmp_path / "rnd.ocop"
    rnd.write_bytes(os.urandom(30_000))
    assert run(["--lang", "en", "check", "--db", str(rnd)]) == 2
    assert "not a cooperative data file" in capsys.readouterr().out
    assert run(["--lang", "en", "check", "--db", str(tmp_path / "missing.ocop")]) == 2


def test_check_reports_broken_references(demo_file, capsys):
    import sqlite3
    conn = sqlite3.connect(demo_file)
    conn.execute("INSERT INTO contributions (member_id, date, amount) VALUES (9999, '2026-01-01', 5)")
    conn.commit()
    conn.close()
    assert run(["--lang", "en", "check", "--db", str(demo_file)]) == 1
    assert "contributions" in capsys.readouterr().out


def test_backup_to_file_and_restore(tmp_path, demo_file, capsys):
    usb = tmp_path / "usb.ocop"
    assert run(["--lang", "en", "backup", "--db", str(demo_file), "--to", str(usb)]) == 0
    assert "checked" in capsys.readouterr().out
    assert run(["--lang", "en", "backup", "--db", str(demo_file), "--to", str(usb)]) == 2  # never overwrites
    import sqlite3
    conn = sqlite3.connect(demo_file)
    conn.execute("DELETE FROM contributions")
    conn.execute("DELETE FROM members")
    conn.commit()
    conn.close()
    assert run(["--lang", "en", "restore", str(usb), "--db", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "before restoring" in out
    conn = sqlite3.connect(demo_file)
    assert conn.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 15  # resources/demo/members.json
    conn.close()
    assert run(["--lang", "en", "backups", "--db", str(demo_file)]) == 0
    assert "before restoring a backup" in capsys.readouterr().out


def test_bad_files_never_print_a_traceback(tmp_path):
    rnd = tmp_path / "rnd.ocop"
    rnd.write_bytes(os.urandom(5000))
    good = tmp_path / "good.ocop"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for args in (["backup", "--db", str(rnd)], ["restore", str(rnd), "--db", str(good)],
                 ["check", "--db", str(rnd)], ["backup", "--db", str(tmp_path / "nope.ocop")]):
        proc = subprocess.run([sys.executable, "-m", "ocop_desktop", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr + proc.stdout
