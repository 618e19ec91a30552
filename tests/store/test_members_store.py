"""Member register in SQL: search, sort, rules across the register."""

import datetime as dt
import unicodedata

import pytest

from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import members as ms
from ocop_desktop.store.cooperative import get_cooperative, save_cooperative
from ocop_desktop.store.errors import StoreError, ValidationError

TODAY = dt.date(2026, 11, 29)


def person(name, capital=10_000_000, **kw):
    kw.setdefault("sex", "M")
    kw.setdefault("member_type", "official")
    return Member(full_name=name, capital_committed=capital, **kw)


@pytest.mark.parametrize("query", ["duc", "NGUYEN VAN DUC", unicodedata.normalize("NFD", "Nguyễn Văn Đức"), "văn đức"])
def test_search_any_spelling(demo_store, query):
    ids = ms.member_ids(demo_store, query, status=None)
    names = [ms.member_rows(demo_store, ids)[i]["full_name"] for i in ids]
    assert names == ["Nguyễn Văn Đức"]


def test_search_by_phone_and_id(demo_store):
    assert len(ms.member_ids(demo_store, "0900000202")) == 1
    assert len(ms.member_ids(demo_store, "025068000102")) == 1


def test_sort_by_given_name_in_sql(demo_store):
    ids = ms.member_ids(demo_store, status="active")
    rows = ms.member_rows(demo_store, ids)
    names = [rows[i]["full_name"] for i in ids]
    # organisations sort by their whole name: "Công ty…" under C
    assert names[:4] == ["Ngô Văn Ánh", "Trần Văn Bình", "Công ty TNHH Thực phẩm Sạch Đất Tổ", "Trịnh Thị Duyên"]
    assert names.index("Nguyễn Văn Đức") > names.index("Trịnh Thị Duyên")  # Đ after D


def test_capital_cap_against_profile_charter_capital(store):
    coop = get_cooperative(store)
    coop.charter_capital = 100_000_000
    save_cooperative(store, coop)
    ms.save_member(store, person("An", 30_000_000), TODAY)
    with pytest.raises(ValidationError) as err:
        ms.save_member(store, person("Bình", 30_000_001), TODAY)
    assert err.value.problems[0][0] == "capital_committed"
    assert store.scalar("SELECT COUNT(*) FROM members") == 1


def test_id_unique_among_active_members(store):
    ms.save_member(store, person("An", id_number="025068101111", birth_date=dt.date(1968, 3, 14)), TODAY)
    with pytest.raises(ValidationError) as err:
        ms.save_member(store, person("Bình", id_number="025068101111", birth_date=dt.date(1968, 1, 1)), TODAY)
    assert "025068101111" in str(err.value)


def test_member_with_capital_history_never_deleted(store):
    mid, _ = ms.save_member(store, person("An", contributions=[Contribution(dt.date(2024, 1, 1), 1_000)]), TODAY)
    with pytest.raises(StoreError):
        ms.delete_member(store, mid)
    assert store.scalar("SELECT COUNT(*) FROM members") == 1


def test_fewer_than_five_official_members_warns(store):
    assert ms.register_warnings(store)
    for i, n in enumerate(["An", "Bình", "Cường", "Dũng", "Đức"]):
        ms.save_member(store, person(n), TODAY)
    assert ms.register_warnings(store) == []


def test_member_used_by_other_records_not_deleted_with_raw_error(store):
    mid, _ = ms.save_member(store, person("An", member_type="associate_no_capital", capital=0), TODAY)
    store.db.execute("CREATE TABLE uses (member_id INTEGER REFERENCES members(id))")
    store.db.execute("INSERT INTO uses VALUES (?)", [mid])
    with pytest.raises(StoreError) as err:
        ms.delete_member(store, mid)
    assert "không thể xóa" in str(err.value) or "cannot be deleted" in str(err.value)
    assert store.scalar("SELECT COUNT(*) FROM members") == 1


@pytest.mark.parametrize("query", ["0900 000 202", "+84 900 000 202", "090.000.0202", "025 068 000 102"])
def test_search_numbers_typed_with_spaces_or_country_code(demo_store, query):
    ids = ms.member_ids(demo_store, query, status=None)
    assert [ms.member_rows(demo_store, ids)[i]["full_name"] for i in ids] == ["Nguyễn Văn Đức"]
