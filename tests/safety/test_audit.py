"""Audit trail (issue 6 item 5): generic TEMP triggers write old → new for audited tables."""

from __future__ import annotations

import datetime as dt

import pytest

from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import audit
from ocop_desktop.store import members as members_store
from ocop_desktop.store.db import open_store
from ocop_desktop.store.errors import ValidationError

TODAY = dt.date(2026, 11, 29)


def _member(name="Nguyễn Thị Hoa", capital=20_000_000):
    return Member(full_name=name, member_type="official", sex="F", capital_committed=capital,
                  contributions=[Contribution(date=dt.date(2026, 1, 5), amount=5_000_000)])


def test_insert_update_delete_are_recorded_with_user(store):
    audit.set_actor(store.db.conn, "Chị Lan")
    mid, _ = members_store.save_member(store, _member(), today=TODAY)
    member = members_store.get_member(store, mid)
    member.capital_committed = 25_000_000
    member.phone = "0912 345 678"
    members_store.save_member(store, member, today=TODAY)
    history = audit.record_history(store, "members", mid)
    assert [e["action"] for e in history] == ["insert", "update"]
    assert history[0]["app_user"] == "Chị Lan" and history[0]["os_user"]
    changed = dict((k, (a, b)) for k, a, b in audit.changes(history[1]))
    assert changed["capital_committed"] == (20_000_000, 25_000_000)
    assert changed["phone"] == (None, "0912345678")
    assert "name_folded" not in history[0]["new"]  # derived copies are not logged
    contrib = audit.entry_ids(store, table="contributions")
    assert contrib  # capital contributions are audited too
    members_store.save_member(store, _member("Lê Văn Tám"), today=TODAY)
    with store.atomic() as db:
        db.execute("DELETE FROM contributions")
        db.execute("DELETE FROM members WHERE full_name = 'Lê Văn Tám'")
    deleted = audit.entries(store, audit.entry_ids(store, table="members", action="delete"))
    assert [e["old"]["full_name"] for e in deleted.values()] == ["Lê Văn Tám"]


def test_rolled_back_change_leaves_no_history(store):
    before = audit.entry_count(store)
    with pytest.raises(RuntimeError):
        with store.atomic() as db:
            db.execute("UPDATE cooperative SET name = 'Đổi tên' WHERE id = 1")
            raise RuntimeError("abort")
    assert audit.entry_count(store) == before
    assert store.scalar("SELECT name FROM cooperative") == "HTX Thử nghiệm"


def test_unchanged_update_is_not_logged(store):
    before = audit.entry_count(store)
    with store.atomic() as db:
        db.execute("UPDATE cooperative SET name = name WHERE id = 1")
    assert audit.entry_count(store) == before


def test_tables_added_later_are_covered_by_listing_their_name(store, monkeypatch):
    """A table created by a later migration step (here: one with a BLOB column and 60
    columns) gets triggers just by being listed in AUDITED_TABLES."""
    cols = ", ".join(f"c{i} INTEGER" for i in range(60))
    store.db.execute(f"CREATE TABLE later_things (id INTEGER PRIMARY KEY, no TEXT, scan BLOB, {cols})")
    monkeypatch.setitem(audit.AUDITED_TABLES, "later_things", "Later thing")
    done = audit.install(store.db.conn)
    assert "later_things" in done and "members" in done
    with store.atomic() as db:
        db.execute("INSERT INTO later_things (no, scan, c59) VALUES ('PT001', x'00ff00', 7)")
    entry = list(audit.entries(store, audit.entry_ids(store, table="later_things")).values())[0]
    assert entry["new"]["no"] == "PT001" and entry["new"]["c59"] == 7
    assert entry["new"]["scan"] == "<3 bytes>"


def test_filters_search_user_and_dates(store):
    audit.set_actor(store.db.conn, "Anh Minh")
    members_store.save_member(store, _member("Đỗ Văn Khoa"), today=TODAY)
    audit.set_actor(store.db.conn, "Chị Lan")
    members_store.save_member(store, _member("Vũ Thị Mai"), today=TODAY)
    minh = audit.entries(store, audit.entry_ids(store, user="Anh Minh", table="members"))
    assert [e["new"]["full_name"] for e in minh.values()] == ["Đỗ Văn Khoa"]
    assert len(audit.entry_ids(store, search="Vũ Thị Mai", table="members")) == 1
    today = dt.date.today()
    assert audit.entry_ids(store, date_from=today, date_to=today)
    assert audit.entry_ids(store, date_to=today - dt.timedelta(days=1)) == []


def test_user_survives_reopen_and_read_only_has_no_triggers(store):
    path = store.path
    store.close()
    s = open_store(path, app_user="Chị Lan")
    assert audit.actor(s.db.conn)[0] == "Chị Lan"
    s.set_setting("x", "1")  # settings are not audited
    with s.atomic() as db:
        db.execute("UPDATE cooperative SET tax_code = '2600123456' WHERE id = 1")
    newest = audit.entry_ids(s, table="cooperative")[0]
    e = audit.entries(s, [newest])[newest]
    assert e["app_user"] == "Chị Lan" and audit.changes(e) == [("tax_code", "", "2600123456")]  # profile stores ""
    s.close()


def test_app_users_with_optional_password(store):
    audit.add_user(store, "Chị Lan", "bí mật")
    audit.add_user(store, "Anh Minh")
    assert [u["name"] for u in audit.list_users(store)] == ["Chị Lan", "Anh Minh"]  # Lan < Minh
    assert audit.check_password(store, "Chị Lan", "bí mật")
    assert not audit.check_password(store, "Chị Lan", "sai")
    assert audit.check_password(store, "Anh Minh", "")
    with pytest.raises(ValidationError):
        audit.add_user(store, "  Chị   Lan ")
    stored = store.scalar("SELECT password_hash FROM app_users WHERE name = 'Chị Lan'")
    assert "bí mật" not in stored


def test_editing_a_member_does_not_rewrite_unchanged_contributions(store):
    """Only real capital changes reach the history: a phone edit logs one member update."""
    mid, _ = members_store.save_member(store, _member(), today=TODAY)
    before = audit.entry_count(store)
    member = members_store.get_member(store, mid)
    member.phone = "0912345678"
    members_store.save_member(store, member, today=TODAY)
    new = audit.entries(store, audit.entry_ids(store)[: audit.entry_count(store) - before])
    assert [(e["table_name"], e["action"]) for e in new.values()] == [("members", "update")]
    member = members_store.get_member(store, mid)
    member.contributions[0].amount = 6_000_000
    member.contributions.append(Contribution(date=dt.date(2026, 6, 1), amount=1_000_000))
    members_store.save_member(store, member, today=TODAY)
    latest = audit.entries(store, audit.entry_ids(store, table="contributions")[:2])
    assert sorted(e["action"] for e in latest.values()) == ["insert", "update"]
    upd = next(e for e in latest.values() if e["action"] == "update")
    assert audit.changes(upd) == [("amount", 5_000_000, 6_000_000)]
