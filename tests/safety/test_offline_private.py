"""Offline and private by design (issue 6 item 7): the main flows open no network
connection, and the log file never holds a personal ID number or phone."""

from __future__ import annotations

import logging
import socket

import pytest

from ocop_desktop.safety_log import redact, setup_logging


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach the network fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        import traceback
        attempts.append((args, "".join(traceback.format_stack(limit=12))))
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == [], "\n".join(f"{a!r}\n{stack}" for a, stack in attempts)


def test_main_flows_run_with_sockets_disabled(no_network, qtbot, tmp_path, qsettings_isolated, monkeypatch):
    from ocop_desktop.cli import run as cli
    from ocop_desktop.demo import build_demo
    from ocop_desktop.exports.audit import export_audit
    from ocop_desktop.store import audit, backup
    from ocop_desktop.store.db import open_store
    from ocop_desktop.ui.main_window import PAGES, MainWindow
    path = build_demo(tmp_path / "demo.ocop")
    store = open_store(path, app_user="Chị Lan")
    window = MainWindow(store)
    qtbot.addWidget(window)
    for spec in PAGES:  # every page drawn
        window.show_page(spec.key)
    window.grab()
    saved = backup.make_backup(store.db.conn, store.path, "manual")
    export_audit(store, audit.entry_ids(store), tmp_path / "history.xlsx")
    store.close()
    assert cli(["backup", "--db", str(path), "--to", str(tmp_path / "usb.ocop")]) == 0
    assert cli(["check", "--db", str(path)]) == 0
    backup.restore_backup(saved, path)
    try:
        from ocop_desktop.imports import members as importer
    except ImportError:
        return
    csv = tmp_path / "tv.csv"
    csv.write_text("Họ và tên,Giới tính,Loại thành viên,Vốn góp cam kết (đồng)\nLò Văn Pá,Nam,Chính thức,1.000.000\n", encoding="utf-8")
    store = open_store(path)
    importer.import_file(store, csv)
    store.close()


@pytest.mark.parametrize("text, expected", [
    ("CCCD 025176000101 lỗi", "CCCD [số] lỗi"),              # 12-digit citizen ID (Law 26/2023)
    ("CMND 131234567 cũ", "CMND [số] cũ"),                   # 9-digit old ID card
    ("gọi 0912 345 678", "gọi [số]"),
    ("gọi +84 912 345 678", "gọi [số]"),
    ("số tiền 1.250.000.000 đ", "số tiền 1.250.000.000 đ"),  # money is not personal
    ("năm 2026, 15 thành viên", "năm 2026, 15 thành viên"),
    ("tệp hoptacxa-20261129-083005-auto.ocop", "tệp hoptacxa-20261129-083005-auto.ocop"),
])
def test_redact(text, expected):
    assert redact(text) == expected


def test_log_file_never_holds_id_numbers(tmp_path, demo_store):
    path = setup_logging()
    assert path is not None and "log" in str(path).lower()
    log = logging.getLogger("ocop_desktop.test")
    ids = [r["id_number"] for r in demo_store.query("SELECT id_number FROM members WHERE id_number IS NOT NULL")]
    phones = [r["phone"] for r in demo_store.query("SELECT phone FROM members WHERE phone IS NOT NULL")]
    try:
        raise ValueError(f"bad member {ids[0]} phone {phones[0]}")
    except ValueError:
        log.exception("member save failed for %s", ids[1])
    for handler in logging.getLogger("ocop_desktop").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "member save failed" in text and "Traceback" in text
    assert not any(i in text for i in ids) and not any(p in text for p in phones)
    for handler in list(logging.getLogger("ocop_desktop").handlers):
        if getattr(handler, "_ocop_safety", False):
            logging.getLogger("ocop_desktop").removeHandler(handler)
            handler.close()
