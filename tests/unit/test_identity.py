"""Personal ID, phone and tax-code checks (COOPERATIVE.md "Identity numbers")."""

import datetime as dt

from ocop_desktop.domain.identity import check_personal_id, check_tax_code, normalize_phone


def test_valid_id_agrees_with_birth_and_sex():
    # 025 Phú Thọ, 0 = male born 1900s, 68 = 1968
    assert check_personal_id("025068101111", dt.date(1968, 3, 14), "M").ok
    # 3 = female born 2000s, 01 = 2001
    assert check_personal_id("025301108888", dt.date(2001, 2, 19), "F").ok


def test_birth_year_disagreement_named():
    r = check_personal_id("025086103333", dt.date(1981, 6, 25), "M")
    assert not r.ok and "86" in r.errors[0] and "1981" in r.errors[0]


def test_sex_digit_disagreement():
    assert not check_personal_id("025168101111", dt.date(1968, 3, 14), "M").ok  # 1 = female


def test_leading_zero_restored_only_when_valid():
    r = check_personal_id(25068101111, dt.date(1968, 3, 14), "M")
    assert r.ok and r.restored and r.value == "025068101111"
    bad = check_personal_id("02517511", dt.date(1975, 11, 2), "F")
    assert not bad.ok


def test_legacy_nine_digits_warns():
    r = check_personal_id("131234567")
    assert r.ok and r.warnings


def test_phone_normalised_and_restored():
    assert normalize_phone("0900000101") == ("0900000101", None, False)
    assert normalize_phone("+84 900 000 101") == ("0900000101", None, False)
    assert normalize_phone(900000101) == ("0900000101", None, True)
    value, error, _ = normalize_phone("12345")
    assert error


def test_tax_code_check_digit():
    # 0100109106 is Vinamilk... no: a published valid MST used in python-stdnum's docs.
    assert check_tax_code("0100109106") == ("0100109106", None)
    assert check_tax_code("0100109107")[1]
    assert check_tax_code("0100109106-001")[1] is None
