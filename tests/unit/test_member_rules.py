"""Member rules of Law 17/2023/QH15 (Art. 4, 30, 74)."""

import datetime as dt

from ocop_desktop.domain.members import Contribution, Member, capital_cap_problems, validate_member

TODAY = dt.date(2026, 11, 29)


def official(name, capital):
    return ("official", name, capital)


def test_official_cap_exactly_30_percent_allowed():
    # charter capital 100.000.000 đ: 30.000.000 đ is exactly 30 % (Art. 74 cl. 1) → allowed
    assert capital_cap_problems(100_000_000, [official("A", 30_000_000)]) == []


def test_official_cap_one_dong_above_refused():
    problems = capital_cap_problems(100_000_000, [official("A", 30_000_001)])
    assert len(problems) == 1 and problems[0][0] == 0 and "30%" in problems[0][1]


def test_associates_together_capped_at_30_percent():
    holdings = [("associate_capital", "X", 20_000_000), ("associate_capital", "Y", 10_000_000)]
    assert capital_cap_problems(100_000_000, holdings) == []
    holdings.append(("associate_capital", "Z", 1))
    assert [i for i, _ in capital_cap_problems(100_000_000, holdings)] == [-1]


def test_without_charter_capital_the_total_counts_once_five_officials():
    # members-with-errors.csv: 20+15+15+10+10+60 = 130 M; 60/130 = 46,15 % > 30 %
    holdings = [official(n, c) for n, c in
                [("A", 20_000_000), ("B", 15_000_000), ("C", 15_000_000), ("D", 10_000_000),
                 ("E", 10_000_000), ("F", 60_000_000)]]
    problems = capital_cap_problems(0, holdings)
    assert [i for i, _ in problems] == [5]
    assert "46,15%" in problems[0][1]
    # fewer than 5 official members and no charter capital: no percentages yet
    assert capital_cap_problems(0, holdings[:2]) == []


def test_member_validation_messages():
    m = Member(full_name="  Trần   Thị Hường ", sex="F", birth_date=dt.date(2031, 1, 8),
               id_number="025331104444", capital_committed=10_000_000)
    m2, errors, _ = validate_member(m, TODAY)
    assert m2.full_name == "Trần Thị Hường"
    assert "birth_date" in [f for f, _ in errors]


def test_paid_cannot_exceed_committed_and_no_capital_for_associate_without_capital():
    m = Member(full_name="A", sex="M", capital_committed=1_000, contributions=[Contribution(TODAY, 2_000)])
    assert "contributions" in [f for f, _ in validate_member(m, TODAY)[1]]
    m = Member(full_name="B", sex="M", member_type="associate_no_capital", capital_committed=1_000)
    assert "capital_committed" in [f for f, _ in validate_member(m, TODAY)[1]]


def test_minor_only_associate_without_capital():
    m = Member(full_name="C", sex="M", birth_date=dt.date(2010, 1, 1), join_date=TODAY, capital_committed=1_000)
    assert "member_type" in [f for f, _ in validate_member(m, TODAY)[1]]
