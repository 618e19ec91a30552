"""The member table at scale (issue 7): pages, background count of short searches."""

import datetime as dt

from ocop_desktop.domain.members import Member
from ocop_desktop.store import members as ms
from ocop_desktop.ui.models import members as model_mod
from ocop_desktop.ui.models.members import MemberTableModel


def _fill(store, n):
    with store.atomic():
        for i in range(n):
            ms.write_member(store, Member(full_name=f"Nguyễn Văn Hùng {i:04d}", sex="M", capital_committed=1_000_000))


def test_short_search_counted_in_background(qtbot, qtmodeltester, store, monkeypatch):
    monkeypatch.setattr(model_mod, "PAGE", 20)
    _fill(store, 65)
    model = MemberTableModel(store)
    assert model.rowCount() == 65
    with qtbot.waitSignal(model.counted, timeout=5000) as blocker:
        model.set_filter("h")          # one letter: first page now, the rest counted later
        assert model.rowCount() == 20
    assert blocker.args == [65]
    assert model.rowCount() == 65 and not model.counting
    assert model.index(64, 0).data() == "Nguyễn Văn Hùng 0064"
    qtmodeltester.check(model)


def test_newer_keystroke_wins_over_a_running_count(qtbot, store, monkeypatch):
    monkeypatch.setattr(model_mod, "PAGE", 20)
    _fill(store, 65)
    model = MemberTableModel(store)
    model.set_filter("h")
    model.set_filter("0064")           # four digits: trigram index, counted at once
    assert model.rowCount() == 1
    qtbot.wait(200)                   # a stale count arriving now must change nothing
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Nguyễn Văn Hùng 0064"


def test_pages_read_from_both_ends(store, monkeypatch):
    monkeypatch.setattr(model_mod, "PAGE", 20)
    _fill(store, 65)
    model = MemberTableModel(store)
    names = [model.index(r, 0).data() for r in (64, 0, 39, 40)]   # last page first, then the others
    assert names == ["Nguyễn Văn Hùng 0064", "Nguyễn Văn Hùng 0000", "Nguyễn Văn Hùng 0039", "Nguyễn Văn Hùng 0040"]
    assert model.row_of(model.member_id(33)) == 33
