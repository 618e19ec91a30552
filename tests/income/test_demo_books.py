"""The demo cooperative's books (issue 5 item 11 and "Done when")."""

import datetime as dt
from decimal import Decimal

from ocop_desktop.domain.income.b02 import b02_by_code
from ocop_desktop.store import books, income_reports
from ocop_desktop.store import distribution as dstore
from ocop_desktop.store import vouchers as vs


def test_member_income_grows_15_to_20_percent(demo_store):
    for year in (2024, 2025):
        t = income_reports.member_income_totals(income_reports.member_income(demo_store, year))
        assert Decimal(15) <= t["growth_pct"] <= Decimal(20), (year, t["growth_pct"])


def test_books_are_consistent(demo_store):
    for year in (2023, 2024, 2025):
        rows = books.trial_balance(demo_store, dt.date(year, 1, 1), dt.date(year, 12, 31))
        t = books.trial_balance_totals(rows)
        assert t["debit"] == t["credit"] and t["closing_debit"] == t["closing_credit"]
    cash = books.cash_book_page(demo_store, None, None, limit=100_000)
    assert min(r["balance"] for r in cash) >= 0
    assert vs.is_locked(demo_store, dt.date(2025, 12, 31)) and not vs.is_locked(demo_store, dt.date(2026, 1, 1))


def test_distribution_2025_matches_hand_calculation(demo_store):
    """Demo charter (resources/demo/income.json): fund 5% of external and 5% of internal,
    development fund 10% of external, 60% of the internal remainder by use and labour, 50% of
    the external remainder by capital. From B02-HTX 2025 line 60: a = 318.248.000,
    b = 10.780.600. By hand: fund 15.912.400 + 539.030; development fund 31.824.800;
    internal remainder 10.780.600 − 539.030 = 10.241.570, × 60% = 6.144.942, by capital
    4.096.628; external remainder 318.248.000 − 15.912.400 − 31.824.800 = 270.510.800,
    × 50% = 135.255.400 by capital, 135.255.400 kept."""
    lines = b02_by_code(income_reports.b02(demo_store, dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    assert (lines["60"].external, lines["60"].internal) == (318_248_000, 10_780_600)
    d = dstore.compute_distribution(demo_store, 2025)
    assert (d.fund_external, d.fund_internal) == (15_912_400, 539_030)
    assert [fe for _f, fe, _fi in d.other_funds] == [31_824_800]
    assert (d.internal_remainder, d.use_labour_pool, d.capital_pool_internal) == (10_241_570, 6_144_942, 4_096_628)
    assert (d.external_remainder, d.capital_pool_external, d.retained_external) == (270_510_800, 135_255_400, 135_255_400)
    assert d.to_members == 6_144_942 + 4_096_628 + 135_255_400
    assert dstore.posted_distribution(demo_store, 2025) is not None


def test_ocop_suggestions(demo_store):
    s = {x["criterion"]: x for x in income_reports.ocop_suggestions(demo_store, 2025)}
    assert s["A3đ"]["met"] and s["A3d"]["met"] and s["B4a"]["met"]
    assert s["A3d"]["figures"]["profit"] == 318_248_000 + 10_780_600
