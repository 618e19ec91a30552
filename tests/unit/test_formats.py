"""Money and dates as Vietnamese offices write them (COOPERATIVE.md "Formats")."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from ocop_desktop.domain.formats import (
    FormatError, format_date, format_money, format_percent, long_date, parse_date, parse_money,
)


@pytest.mark.parametrize("text", ["1.250.000", "1 250 000", "1250000", "1,250,000", "1.250.000 đ", "1.250.000₫", "1\u00a0250\u00a0000"])
def test_money_entry_forms(text):
    assert parse_money(text) == 1_250_000


def test_money_display():
    assert format_money(1_250_000) == "1.250.000 ₫"
    assert format_money(0) == "0 ₫"
    assert format_money(-5_000) == "-5.000 ₫"


@pytest.mark.parametrize("text", ["12,5", "1.5", "abc", "", "1.25.000"])
def test_money_refuses_non_whole_or_garbage(text):
    with pytest.raises(FormatError):
        parse_money(text)


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_money_round_trip(amount):
    assert parse_money(format_money(amount)) == amount


def test_dates():
    assert parse_date("5/1/2024") == dt.date(2024, 1, 5)
    assert parse_date("05/01/2024") == dt.date(2024, 1, 5)
    assert parse_date("2024-01-05") == dt.date(2024, 1, 5)
    assert format_date(dt.date(2024, 1, 5)) == "05/01/2024"
    assert long_date(dt.date(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"


@pytest.mark.parametrize("text", ["5/1/24", "31/02/2024", "hôm qua"])
def test_two_digit_years_and_bad_dates_refused(text):
    with pytest.raises(FormatError):
        parse_date(text)


def test_percent_with_integers():
    assert format_percent(1, 3) == "33,33%"
    assert format_percent(5_000_000, 10_000_000, 0) == "50%"
    assert format_percent(1, 0) == "—"


def test_absurd_amounts_refused_not_crashing():
    with pytest.raises(FormatError):
        parse_money("99999999999999999999999")
    with pytest.raises(FormatError):
        parse_money(float("inf"))


def test_fold_accepts_eth_lookalike():
    from ocop_desktop.domain.text import fold
    assert fold("\u00d0ức") == fold("Đức") == "duc"


def test_megabytes_with_vietnamese_decimal_comma():
    from ocop_desktop.domain.formats import format_megabytes
    assert format_megabytes(50 * 1048576) == "50"
    assert format_megabytes(int(57.2 * 1048576)) == "57,2"
    assert format_megabytes(int(1500.5 * 1048576)) == "1.500,5"


def test_format_count_groups_thousands_with_dots():
    from ocop_desktop.domain.formats import format_count
    assert format_count(101_857) == "101.857"
    assert format_count(999) == "999"
    assert format_count(0) == "0"
    assert format_count(None) == ""


@pytest.mark.parametrize("text", ["1/1/0001", "0999-12-31", "31/12/0999"])
def test_years_before_1000_are_refused(text):
    """Found by the fuzz test: "0001" has four digits but is no year a cooperative means."""
    from ocop_desktop.domain.formats import FormatError, parse_date
    with pytest.raises(FormatError, match="Không có ngày"):
        parse_date(text)
