"""Surplus distribution worked by hand (Law 17/2023/QH15 Art. 84–86; issue 5 item 6)."""

import datetime as dt
from decimal import Decimal

import pytest

from ocop_desktop.domain.income.distribution import (
    DistributionError, MemberBasis, Rates, distribute, split_proportionally,
)
from ocop_desktop.store import distribution as dstore
from ocop_desktop.store import income_reports

MEMBERS = [
    MemberBasis(1, "A", official=True, use_value=3_000_000, labour_pay=1_000_000, capital=20_000_000),
    MemberBasis(2, "B", official=True, use_value=1_000_000, labour_pay=0, capital=10_000_000),
    MemberBasis(3, "C (associate with capital)", official=False, use_value=5_000_000, labour_pay=0, capital=10_000_000),
]


def test_distribution_by_hand():
    """External 10.000.000, internal 2.000.000; fund 5% of external = 500.000 (Art. 86 floor);
    internal remainder 2.000.000 × 51% = 1.020.000 by use + labour of official members only
    (A 4.000.000 : B 1.000.000 → 816.000 : 204.000; C is not official), 980.000 by capital
    20:10:10 → 490.000, 245.000, 245.000; external remainder 9.500.000 × 40% = 3.800.000 by
    capital → 1.900.000, 950.000, 950.000; 5.700.000 kept in 4211."""
    d = distribute(10_000_000, 2_000_000, MEMBERS, Rates(fund_external_pct=Decimal(5), use_labour_pct=Decimal(51),
                                                         external_capital_pct=Decimal(40)))
    assert (d.fund_external, d.fund_internal) == (500_000, 0)
    assert (d.internal_remainder, d.use_labour_pool, d.capital_pool_internal) == (2_000_000, 1_020_000, 980_000)
    assert (d.external_remainder, d.capital_pool_external, d.retained_external) == (9_500_000, 3_800_000, 5_700_000)
    got = [(m.by_use_labour, m.by_capital_internal, m.by_capital_external, m.total) for m in d.members]
    assert got == [(816_000, 490_000, 1_900_000, 3_206_000), (204_000, 245_000, 950_000, 1_399_000),
                   (0, 245_000, 950_000, 1_195_000)]
    assert d.to_members + d.fund_total + d.retained_external == 12_000_000


def test_fund_floor_rounds_up_and_refuses_below_five_percent():
    d = distribute(10_001, 0, MEMBERS, Rates())
    assert d.fund_external == 501  # 5% of 10.001 = 500,05 → never below the floor
    with pytest.raises(DistributionError, match="5"):
        distribute(10_000_000, 0, MEMBERS, Rates(fund_external_pct=Decimal("4.99")))
    with pytest.raises(DistributionError):  # a union of cooperatives: ≥ 10%
        distribute(10_000_000, 0, MEMBERS, Rates(fund_external_pct=Decimal(5), union=True))


def test_use_and_labour_floor_51_percent():
    with pytest.raises(DistributionError, match="51"):
        distribute(0, 2_000_000, MEMBERS, Rates(use_labour_pct=Decimal(50)))
    d = distribute(0, 999, MEMBERS, Rates(use_labour_pct=Decimal(51)))
    assert d.use_labour_pool == 510  # 999 × 51% = 509,49 → rounded up to keep ≥ 51%
    assert sum(m.by_use_labour for m in d.members) == 510


def test_loss_distributes_nothing():
    d = distribute(-5_000_000, -1, MEMBERS, Rates())
    assert d.fund_total == 0 and d.to_members == 0


def test_largest_remainder_split():
    assert split_proportionally(100, [1, 1, 1]) == [34, 33, 33]
    # 10 × 1/7, 2/7, 4/7 = 1.43, 2.86, 5.71: floors 1, 2, 5 (8); the two đồng left go to the
    # largest remainders, 6/7 and 5/7 (positions 2 and 3)
    assert split_proportionally(10, [1, 2, 4]) == [1, 3, 6]
    assert split_proportionally(0, [1, 2]) == [0, 0]
    assert split_proportionally(10, [0, 0]) == [0, 0]


def test_post_distribution_from_the_books(month):
    s = month["store"]
    dstore.set_rates(s, Rates(fund_external_pct=Decimal(5), use_labour_pct=Decimal(60), external_capital_pct=Decimal(50)))
    d = dstore.compute_distribution(s, 2026)
    # B02 line 60 of 2026 = March: a 8.900.000, b 250.000 (test_books)
    assert (d.external_income, d.internal_income) == (8_900_000, 250_000)
    assert d.fund_external == 445_000
    assert d.use_labour_pool == 150_000 and d.capital_pool_internal == 100_000
    # use + labour: Hoa 2.400.000 + 3.000.000 = 5.400.000; Bình 1.800.000 + 1.200.000 = 3.000.000
    shares = {m.basis.name: m for m in d.members}
    assert shares["Lê Thị Hoa"].by_use_labour == 96_429 and shares["Trần Văn Bình"].by_use_labour == 53_571
    from ocop_desktop.store.backup import BackupCancelled
    before = s.scalar("SELECT COUNT(*) FROM vouchers")
    with pytest.raises(BackupCancelled):  # stopped during its backup (issue 7): nothing posted
        dstore.post_distribution(s, 2026, dt.date(2026, 12, 31), progress=lambda *a: False)
    assert s.scalar("SELECT COUNT(*) FROM vouchers") == before and dstore.posted_distribution(s, 2026) is None
    stages = []
    v = dstore.post_distribution(s, 2026, dt.date(2026, 12, 31), user="kế toán", progress=lambda st, d, t: stages.append(st))
    assert stages[0] == "copy" and stages[-1] == "check"
    assert v.number.startswith("PKT-2026-")
    assert dstore.posted_distribution(s, 2026) == v.id
    with pytest.raises(Exception):
        dstore.post_distribution(s, 2026, dt.date(2026, 12, 31))
    rows = {r["full_name"]: r for r in income_reports.member_income(s, 2026)}
    assert rows["Lê Thị Hoa"]["distributions"] == shares["Lê Thị Hoa"].total
    # posting a distribution does not change the income statement
    assert income_reports.b02(s, dt.date(2026, 1, 1), dt.date(2026, 12, 31))[-1].external == 8_900_000


def test_rates_setting_refuses_illegal_values(store):
    with pytest.raises(DistributionError):
        dstore.set_rates(store, Rates(fund_external_pct=Decimal(3)))
    dstore.set_rates(store, Rates(fund_external_pct=Decimal(7)))
    assert dstore.get_rates(store).fund_external_pct == Decimal(7)
