"""Province-scale member queries (issue 7): maintained capital paid, trigram search kept
in step with edits, windowed pages equal to the full ordered list."""

import datetime as dt

import pytest

from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import members as ms

TODAY = dt.date(2026, 11, 29)


def person(name, capital=10_000_000, **kw):
    kw.setdefault("sex", "M")
    kw.setdefault("member_type", "official")
    return Member(full_name=name, capital_committed=capital, **kw)


def paid(store, member_id):
    return store.scalar("SELECT capital_paid FROM members WHERE id = ?", [member_id])


def test_capital_paid_follows_contributions(store):
    c = [Contribution(dt.date(2024, 1, 1), 1_500_000), Contribution(dt.date(2024, 6, 1), 2_000_000)]
    mid, _ = ms.save_member(store, person("Lê Văn An", contributions=c), TODAY)
    assert paid(store, mid) == 3_500_000  # 1.500.000 + 2.000.000
    member = ms.get_member(store, mid)
    member.contributions = member.contributions[:1]
    ms.save_member(store, member, TODAY)
    assert paid(store, mid) == 1_500_000
    with store.atomic() as db:
        db.execute("UPDATE contributions SET amount = 500000 WHERE member_id = ?", [mid])
    assert paid(store, mid) == 500_000
    assert ms.member_summary(store)["paid"] == 500_000


def test_search_index_follows_renames_and_deletes(store):
    mid, _ = ms.save_member(store, person("Nguyễn Văn Đức"), TODAY)
    assert ms.member_ids(store, "văn đức") == [mid]
    member = ms.get_member(store, mid)
    member.full_name = "Nguyễn Văn Thắng"
    ms.save_member(store, member, TODAY)
    assert ms.member_ids(store, "van duc") == []
    assert ms.member_ids(store, "THANG") == [mid]
    ms.delete_member(store, mid)
    assert ms.member_ids(store, "thang") == []
    assert ms.member_count(store, "thang") == 0


def test_short_query_and_quotes_search(store):
    a, _ = ms.save_member(store, person("Hà Văn Ơn"), TODAY)
    b, _ = ms.save_member(store, person("Đỗ Thị Ánh", sex="F"), TODAY)
    # folded names: "ha van on", "do thi anh"; queries under 3 letters scan with LIKE
    assert ms.member_ids(store, "Hà") == [a]
    assert ms.member_ids(store, "nh") == [b]
    assert sorted(ms.member_ids(store, "ơ")) == [a, b]        # "o" is in "on" and in "do"
    assert ms.member_ids(store, "ánh") == [b]                 # trigram index
    assert ms.member_ids(store, 'a"b') == []                  # quote in the phrase is escaped


@pytest.mark.parametrize("sort,descending", [("name", False), ("name", True), ("capital_paid", False),
                                             ("capital_committed", True), ("birth_date", False)])
def test_pages_equal_the_full_order(store, sort, descending):
    names = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Khánh", "Lâm", "Minh", "Nam"]
    with store.atomic():
        for i, n in enumerate(names):
            m = person(f"Trần Văn {n}", capital=(i % 3 + 1) * 1_000_000,
                       contributions=[Contribution(dt.date(2024, 1, 1), (i % 2 + 1) * 500_000)],
                       birth_date=dt.date(1970 + i % 4, 1, 1) if i % 5 else None)
            ms.write_member(store, m)
    full = ms.member_ids(store, sort=sort, descending=descending)
    total = ms.member_count(store)
    assert total == 11
    for offset in range(0, 11, 4):  # pages 0-3, 4-7, 8-10; the last two read from the end
        page = ms.member_page(store, sort=sort, descending=descending, offset=offset, limit=4, total=total)
        assert [r["id"] for r in page] == full[offset:offset + 4]
    assert ms.member_ids(store, sort=sort, descending=not descending) == full[::-1]
