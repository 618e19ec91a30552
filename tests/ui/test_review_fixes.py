"""Fixes from the first fresh-user review (see the issue notes)."""

import subprocess
import sys
from pathlib import Path

import pytest

from ocop_desktop.domain.members import Member
from ocop_desktop.store import members as ms
from ocop_desktop.store.cooperative import get_cooperative, save_cooperative
from ocop_desktop.store.errors import ValidationError
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent.parent


def test_lowering_charter_capital_below_caps_refused(demo_store):
    # Demo: Nguyễn Thị Hằng committed 30.000.000 đ; at 50.000.000 đ charter capital that is 60 % > 30 %
    coop = get_cooperative(demo_store)
    coop.charter_capital = 50_000_000
    with pytest.raises(ValidationError) as err:
        save_cooperative(demo_store, coop)
    assert err.value.problems[0][0] == "charter_capital"
    assert demo_store.scalar("SELECT charter_capital FROM cooperative") == 150_000_000


def test_cap_message_gives_limit_in_dong(store):
    coop = get_cooperative(store)
    coop.charter_capital = 100_000_000
    save_cooperative(store, coop)
    with pytest.raises(ValidationError) as err:
        ms.save_member(store, Member(full_name="An", sex="M", capital_committed=30_000_001, phone="12"))
    fields = [f for f, _ in err.value.problems]
    assert "phone" in fields and "capital_committed" in fields  # cap shown beside other errors
    assert "30.000.000 ₫" in str(err.value)


def test_delete_can_be_undone(qtbot, demo_store, monkeypatch, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("members")
    page.status_filter.set_value(None)
    page.search.setText("Lý Văn Sơn")
    page.apply_filter()
    page.table.setCurrentIndex(page.model.index(0, 0))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    page.delete_selected()
    assert demo_store.scalar("SELECT COUNT(*) FROM members WHERE full_name = 'Lý Văn Sơn'") == 0
    window.undo_stack.undo()
    assert demo_store.scalar("SELECT COUNT(*) FROM members WHERE full_name = 'Lý Văn Sơn'") == 1


def test_undo_after_language_switch_refreshes_new_page(qtbot, demo_store, monkeypatch, qsettings_isolated):
    import dataclasses
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("members")
    page.search.setText("duc")
    page.apply_filter()
    page.table.setCurrentIndex(page.model.index(0, 0))
    monkeypatch.setattr(Ask, "edit_member", classmethod(lambda cls, p, s, m: dataclasses.replace(m, phone="0900000999")))
    page.edit_selected()
    window.set_language("en")
    window.undo_stack.undo()
    new_page = window.pages["members"]
    new_page.search.setText("duc")
    new_page.apply_filter()
    assert new_page.model.index(0, 5).data() == "0900000202"
    window.set_language("vi")


def test_sort_member_type_in_legal_order(demo_store):
    ids = ms.member_ids(demo_store, status="active", sort="type")
    types = [ms.member_rows(demo_store, ids)[i]["member_type"] for i in ids]
    assert types == sorted(types, key=["official", "associate_capital", "associate_no_capital"].index)


def test_member_dialog_shows_warning_before_saving(qtbot, store):
    from ocop_desktop.ui.dialogs.member import MemberDialog
    dialog = MemberDialog(store)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Lò Văn Pọ")
    dialog.sex.set_value("M")
    dialog.member_type.set_value("associate_no_capital")
    dialog.id_number.setText("131234567")  # legacy 9-digit CMND: allowed with a warning
    assert dialog.try_accept() is False
    assert "9 chữ số" in dialog.problems.text()
    assert dialog.try_accept() is True


def test_file_new_asks_name_and_opens_profile(qtbot, demo_store, tmp_path, monkeypatch, qsettings_isolated):
    opened = []
    window = MainWindow(demo_store, open_file=lambda p: opened.append(p) or False)
    qtbot.addWidget(window)
    monkeypatch.setattr(Ask, "text", classmethod(lambda cls, *a, **k: "HTX Nông nghiệp Hòa Bình"))
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a, **k: str(tmp_path / "moi.ocop")))
    window.new_file()
    from ocop_desktop.store.db import open_store
    s = open_store(tmp_path / "moi.ocop")
    assert get_cooperative(s).name == "HTX Nông nghiệp Hòa Bình"
    s.close()
    assert opened == [tmp_path / "moi.ocop"]


def test_headless_start_without_file_ends_with_message(tmp_path):
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "d"), XDG_CONFIG_HOME=str(tmp_path / "c"))
    bad = tmp_path / "rnd.bin"
    bad.write_bytes(bytes(range(256)) * 20)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(bad)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 1
    assert "không phải tệp dữ liệu hợp tác xã" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_refuses_bad_target(tmp_path, demo_template):
    from ocop_desktop.cli import run
    assert run(["screenshot", "--db", str(demo_template), "--page", "members", "--out", str(tmp_path)]) == 2
    assert run(["screenshot", "--db", str(demo_template), "--page", "members", "--out", str(tmp_path / "x.png"), "--size", "10x10"]) == 2
