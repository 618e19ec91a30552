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


@pytest.mark.parametrize("dense", [0, 10_000])
def test_search_pages_under_both_plans(store, monkeypatch, dense):
    """The same rows whether the page walks the name index (dense) or sorts the matches."""
    monkeypatch.setattr(ms, "DENSE", dense)
    with store.atomic():
        for i, n in enumerate(["Nguyễn Văn An", "Nguyễn Thị Bích", "Trần Văn Nguyên", "Lê Nguyệt Ánh",
                               "Nguyễn Văn Cường", "Phạm Văn Dũng"]):
            ms.write_member(store, person(n, sex="F" if "Thị" in n else "M",
                                          status="left" if i == 4 else "active",
                                          left_date=dt.date(2025, 1, 1) if i == 4 else None))
    # folded: nguyen van an, nguyen thi bich, tran van nguyen, le nguyet anh, nguyen van cuong (left)
    assert ms.member_count(store, "nguy", status="active") == 4
    assert ms.member_count(store, "nguy", status="left") == 1
    assert ms.member_count(store, "nguy") == 5
    assert ms.member_count(store, "nguy", status="active", member_type="official") == 4
    assert ms.member_count(store, "nguy", member_type="associate_capital") == 0
    full = ms.member_ids(store, "nguy", status="active")
    names = [r["full_name"] for r in ms.member_page(store, "nguy", status="active", limit=10, total=4)]
    # given-name order: An, Ánh, Bích, Nguyên
    assert names == ["Nguyễn Văn An", "Lê Nguyệt Ánh", "Nguyễn Thị Bích", "Trần Văn Nguyên"]
    assert [r["id"] for r in ms.member_page(store, "nguy", status="active", offset=3, limit=2, total=4)] == full[3:]


@pytest.mark.parametrize("dense", [1, 10_000])
def test_window_gives_count_and_ids_when_narrow(store, monkeypatch, dense):
    monkeypatch.setattr(ms, "DENSE", dense)
    ids = {}
    for n in ["Nguyễn Văn Bình", "Nguyễn Thị An", "Trần Văn Nguyên"]:
        ids[n], _ = ms.save_member(store, person(n, sex="F" if "Thị" in n else "M"), TODAY)
    count, window = ms.member_window(store, "nguy", status="active")
    assert count == 3
    if dense == 1:   # more matches than DENSE: pages come from member_page
        assert window is None
    else:            # given names An, Bình, Nguyên
        assert window == [ids["Nguyễn Thị An"], ids["Nguyễn Văn Bình"], ids["Trần Văn Nguyên"]]
    assert ms.member_window(store, "zzz") == (0, [])


def test_letters_search_names_digits_search_all(store):
    a, _ = ms.save_member(store, Member(full_name="Công ty Nông sản 0912", kind="organisation",
                                        capital_committed=5_000_000, id_number="0100109106-001"), TODAY)
    b, _ = ms.save_member(store, person("Lê Văn Chín", phone="0912345678"), TODAY)
    assert sorted(ms.member_ids(store, "0912")) == [a, b]        # name of a, phone of b
    assert ms.member_ids(store, "09106-00") == [a]               # registration number
    assert sorted(ms.member_ids(store, "09")) == [a, b]              # two digits: LIKE on all three


def test_totals_follow_every_change(store):
    """member_totals equals a recount after inserts, edits, leaving and deletes."""
    def recount():
        return store.query("SELECT status, member_type, COUNT(*) AS members, SUM(capital_committed) AS committed, "
                           "SUM(capital_paid) AS paid FROM members GROUP BY 1, 2 ORDER BY 1, 2")

    def kept():
        return store.query("SELECT status, member_type, members, committed, paid FROM member_totals "
                           "WHERE members != 0 ORDER BY 1, 2")
    a, _ = ms.save_member(store, person("An", 4_000_000, contributions=[Contribution(dt.date(2024, 1, 1), 1_000_000)]), TODAY)
    b, _ = ms.save_member(store, person("Bình", 6_000_000), TODAY)
    c, _ = ms.save_member(store, person("Cúc", 0, sex="F", member_type="associate_no_capital"), TODAY)
    assert kept() == recount()
    s = ms.member_summary(store)
    assert (s["official"], s["associate_no_capital"], s["committed"], s["paid"]) == (2, 1, 10_000_000, 1_000_000)
    member = ms.get_member(store, b)
    member.status, member.left_date = "left", dt.date(2026, 1, 1)
    ms.save_member(store, member, TODAY)
    member = ms.get_member(store, a)
    member.member_type = "associate_capital"
    ms.save_member(store, member, TODAY)
    ms.delete_member(store, c)
    assert kept() == recount()
    s = ms.member_summary(store)
    assert (s["official"], s["associate_capital"], s["total"], s["committed"], s["paid"]) == (0, 1, 1, 4_000_000, 1_000_000)


def test_count_without_search_from_totals(store):
    ms.save_member(store, person("An"), TODAY)
    ms.save_member(store, person("Bình", left_date=dt.date(2026, 1, 1), status="left"), TODAY)
    ms.save_member(store, person("Cúc", 0, sex="F", member_type="associate_no_capital"), TODAY)
    assert ms.member_count(store) == 3
    assert ms.member_count(store, status="active") == 2
    assert ms.member_count(store, status="left", member_type="official") == 1
    assert ms.member_count(store, member_type="associate_capital") == 0


def test_cap_stand_ins_give_the_same_errors_as_the_whole_register(store):
    """check_member's O(1) stand-ins for the register (member_totals) give, for the member
    checked, exactly the problems of capital_cap_problems over every active member."""
    import random
    from ocop_desktop.domain.members import capital_cap_problems
    rng = random.Random(7)
    types = ["official", "official", "associate_capital", "associate_no_capital"]
    for _ in range(60):
        with store.atomic() as db:
            db.execute("DELETE FROM contributions")
            db.execute("DELETE FROM members")
            for i in range(rng.randrange(0, 9)):
                t = rng.choice(types)
                ms.write_member(store, person(f"Người {i}", 0 if t == "associate_no_capital" else rng.randrange(1, 40) * 1_000_000,
                                              member_type=t, status=rng.choice(["active", "active", "left"]),
                                              left_date=dt.date(2025, 1, 1)))
        charter = rng.choice([0, 50_000_000, 200_000_000])
        ids = [r[0] for r in store.db.execute("SELECT id FROM members")]
        target = rng.choice(ids + [None])
        mine = ("official" if rng.random() < 0.6 else "associate_capital", "X", rng.randrange(1, 60) * 1_000_000)
        full = [(r["member_type"], r["full_name"], r["capital_committed"]) for r in store.query(
            "SELECT member_type, full_name, capital_committed FROM members WHERE status = 'active' AND id IS NOT ?", [target])]
        expected = [(i, m) for i, m in capital_cap_problems(charter, full + [mine]) if i in (len(full), -1)]
        stand = ms._active_holdings_except(store, target)
        got = [(len(full) if i == len(stand) else i, m)
               for i, m in capital_cap_problems(charter, stand + [mine]) if i in (len(stand), -1)]
        assert got == expected
