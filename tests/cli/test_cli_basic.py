"""Command line: new, demo, members search, screenshot (same code paths as the GUI)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ocop_desktop.cli import run

ROOT = Path(__file__).resolve().parent.parent.parent


def test_new_creates_empty_cooperative(tmp_path, capsys):
    db = tmp_path / "x.ocop"
    assert run(["new", "--db", str(db), "--name", "HTX Hoa Ban", "--tax-code", "0100109106"]) == 0
    from ocop_desktop.store.cooperative import get_cooperative
    from ocop_desktop.store.db import open_store
    s = open_store(db)
    assert get_cooperative(s).name == "HTX Hoa Ban"
    assert s.scalar("SELECT COUNT(*) FROM members") == 0
    s.close()


def test_new_refuses_bad_tax_code_and_leaves_no_file(tmp_path, capsys):
    db = tmp_path / "x.ocop"
    assert run(["new", "--db", str(db), "--name", "HTX", "--tax-code", "123"]) == 1
    assert "Mã số thuế 123 không hợp lệ" in capsys.readouterr().err
    assert not db.exists()


def test_demo_then_search_json(tmp_path, capsys):
    db = tmp_path / "demo.ocop"
    assert run(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert run(["members", "search", "NGUYEN VAN DUC", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["full_name"] for r in rows] == ["Nguyễn Văn Đức"]
    assert rows[0]["capital_committed"] == 20_000_000


def test_demo_refuses_existing_file(tmp_path, capsys):
    db = tmp_path / "demo.ocop"
    db.write_text("x")
    assert run(["demo", "--db", str(db)]) == 2
    assert "đã tồn tại" in capsys.readouterr().err


def test_bad_file_gives_message_not_traceback(tmp_path):
    bad = tmp_path / "bad.ocop"
    bad.write_bytes(b"\x00garbage" * 100)
    result = subprocess.run([sys.executable, "-m", "ocop_desktop", "members", "search", "a", "--db", str(bad)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "không phải tệp dữ liệu hợp tác xã" in result.stderr


def test_screenshot_command_writes_png(tmp_path, demo_template):
    out = tmp_path / "members.png"
    result = subprocess.run([sys.executable, "-m", "ocop_desktop", "screenshot", "--db", str(demo_template),
                             "--page", "members", "--out", str(out), "--size", "1366x768"],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_screenshot_unknown_page(tmp_path, demo_template):
    result = subprocess.run([sys.executable, "-m", "ocop_desktop", "screenshot", "--db", str(demo_template),
                             "--page", "nope", "--out", str(tmp_path / "x.png")],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 2
    assert "members" in result.stderr


def test_xlsx_to_missing_folder_or_folder_is_a_message(tmp_path, demo_template):
    for target in (tmp_path / "no" / "x.xlsx", tmp_path):
        result = subprocess.run([sys.executable, "-m", "ocop_desktop", "report", "cashbook", "--db", str(demo_template),
                                 "--from", "2025-01-01", "--to", "2025-12-31", "--xlsx", str(target)],
                                cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
        assert result.returncode == 2 and "Traceback" not in result.stderr and str(target) in result.stderr


def test_vouchers_add_links_product_and_takes_category_mark(tmp_path, demo_template, capsys):
    import shutil
    db = tmp_path / "d.ocop"
    shutil.copy(demo_template, db)
    code = run(["vouchers", "add", "--db", str(db), "--type", "receipt", "--date", "2026-11-28", "--amount", "450.000",
                "--category", "sale_external", "--customer", "Chợ Cẩm Khê", "--description", "Bán 10 hũ",
                "--product", "Sắn muối chua Liên Gia Trang", "--quantity", "10", "--unit", "hũ", "--channel", "shop_market",
                "--json"])
    assert code == 0, capsys.readouterr().err
    import sqlite3
    con = sqlite3.connect(db)
    product_id, internal = con.execute("SELECT product_id, internal FROM vouchers ORDER BY id DESC LIMIT 1").fetchone()
    assert product_id == con.execute("SELECT id FROM products WHERE name = 'Sắn muối chua Liên Gia Trang'").fetchone()[0]
    assert internal == 0  # a sale to an outside buyer is external (Law 17/2023 Art. 85)
    con.close()


def test_distribution_json_names_the_posting_voucher(demo_template, capsys):
    assert run(["distribution", "--db", str(demo_template), "--year", "2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["posted"] and data["posted"].startswith("PKT-2026-")  # posted in March 2026 (demo)
