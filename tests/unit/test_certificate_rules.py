"""Certificate expiry and status (Decision 148/QĐ-TTg Annex II: valid 36 months)."""

import datetime as dt

from ocop_desktop.domain.certificates import (
    Certificate, add_months, certificate_status, expiry_date, validate_certificate,
)

D = dt.date


def test_expiry_is_issue_plus_36_months():
    assert expiry_date(D(2022, 9, 15)) == D(2025, 9, 15)
    # 29/02/2024 + 36 months: February 2027 has 28 days
    assert expiry_date(D(2024, 2, 29)) == D(2027, 2, 28)
    assert add_months(D(2026, 11, 29), 6) == D(2027, 5, 29)
    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)


def test_status_boundaries_with_default_six_month_window():
    issue = D(2024, 1, 10)  # expires 10/01/2027
    assert certificate_status(issue, None, D(2026, 7, 9)) == "valid"
    assert certificate_status(issue, None, D(2026, 7, 10)) == "expiring"  # exactly 6 months left
    assert certificate_status(issue, None, D(2027, 1, 10)) == "expiring"  # valid through expiry day
    assert certificate_status(issue, None, D(2027, 1, 11)) == "expired"
    assert certificate_status(issue, None, D(2026, 10, 9), warning_months=3) == "valid"
    assert certificate_status(issue, "revoked", D(2024, 5, 1)) == "revoked"
    assert certificate_status(issue, "rerated", D(2030, 5, 1)) == "rerated"


def test_authority_rules():
    today = D(2026, 11, 29)
    ok, errors = validate_certificate(Certificate(1, 3, D(2022, 12, 20), authority_level="district"), today)
    assert errors == []
    _, errors = validate_certificate(Certificate(1, 3, D(2025, 8, 1), authority_level="district"), today)
    assert [f for f, _ in errors] == ["authority_level"]
    _, errors = validate_certificate(Certificate(1, 5, D(2025, 1, 10), authority_level="province"), today)
    assert [f for f, _ in errors] == ["authority_level"]
    _, errors = validate_certificate(Certificate(1, 4, D(2025, 1, 10), authority_level="ministry"), today)
    assert [f for f, _ in errors] == ["authority_level"]
    _, errors = validate_certificate(Certificate(1, 2, D(2025, 1, 10)), today)
    assert "stars" in [f for f, _ in errors]
    _, errors = validate_certificate(Certificate(1, 3, D(2025, 1, 10), ended="revoked"), today)
    assert [f for f, _ in errors] == ["ended_date"]
    _, errors = validate_certificate(Certificate(1, 3, D(2027, 1, 10)), today)
    assert [f for f, _ in errors] == ["issue_date"]
