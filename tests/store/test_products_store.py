"""Products, channels and certificates in SQL: filters, status, needs-attention list."""

import datetime as dt

import pytest

from ocop_desktop.domain.certificates import Certificate
from ocop_desktop.domain.products import Product, SalesChannel
from ocop_desktop.store import products as ps
from ocop_desktop.store.errors import StoreError, ValidationError

D = dt.date
TODAY = D(2026, 11, 29)


def _product(store, name, form="07", **kw):
    return ps.save_product(store, Product(name=name, form_code=form, **kw), TODAY)


def test_save_and_read_back_product_with_channels(store):
    pid = _product(store, "  Sắn  muối chua ", price=45000, unit="hũ",
                   channels=[SalesChannel("supermarket", "Co.opmart", D(2024, 3, 1))])
    p = ps.get_product(store, pid)
    assert p.name == "Sắn muối chua" and p.price == 45000
    assert p.channels[0].partner == "Co.opmart" and p.channels[0].contract_start == D(2024, 3, 1)


def test_invalid_product_writes_nothing_and_names_fields(store):
    with pytest.raises(ValidationError) as err:
        ps.save_product(store, Product(name="", form_code="27", price=-1,
                                       channels=[SalesChannel("tv", "")]), TODAY)
    fields = {f for f, _ in err.value.problems}
    assert {"name", "form_code", "price", "channels"} <= fields
    assert store.scalar("SELECT COUNT(*) FROM products") == 0


def test_status_filters_and_attention(store):
    a = _product(store, "Sắn muối chua")
    b = _product(store, "Cá thính", form="08")
    c = _product(store, "Măng chua")
    d = _product(store, "Mì gạo", form="06")
    ps.save_certificate(store, Certificate(a, 3, D(2022, 12, 20), authority_level="district"), TODAY)  # expired 20/12/2025
    ps.save_certificate(store, Certificate(b, 4, D(2024, 3, 1)), TODAY)  # expires 01/03/2027: within 6 months
    ps.save_certificate(store, Certificate(d, 3, D(2025, 10, 1)), TODAY)  # expires 01/10/2028: valid
    assert set(ps.product_ids(store, status="attention", today=TODAY)) == {a, b}
    assert ps.product_ids(store, status="expired", today=TODAY) == [a]
    assert ps.product_ids(store, status="none", today=TODAY) == [c]
    assert ps.product_ids(store, stars=4, today=TODAY) == [b]
    assert ps.product_ids(store, stars=0, today=TODAY) == [c]
    assert set(ps.product_ids(store, form_code="07", today=TODAY)) == {a, c}
    rows = ps.needs_attention(store, TODAY)
    assert [r["product_id"] for r in rows] == [a, b]
    assert rows[0]["days"] == (D(2025, 12, 20) - TODAY).days == -344
    assert ps.attention_count(store, TODAY) == 2
    ps.set_warning_months(store, 3)  # 01/03/2027 is more than 3 months after 29/11/2026
    assert ps.attention_count(store, TODAY) == 1
    # a newer certificate supersedes the expired one
    ps.save_certificate(store, Certificate(a, 3, D(2026, 6, 1)), TODAY)
    assert ps.attention_count(store, TODAY) == 0
    row = ps.product_rows(store, [a], TODAY)[a]
    assert (row["stars"], row["expiry_date"], row["cert_status"]) == (3, "2029-06-01", "valid")


def test_product_with_certificate_cannot_be_deleted(store):
    a = _product(store, "Sắn muối chua")
    b = _product(store, "Nhập nhầm")
    ps.save_certificate(store, Certificate(a, 3, D(2024, 1, 1)), TODAY)
    with pytest.raises(StoreError):
        ps.delete_product(store, a)
    ps.delete_product(store, b)
    assert ps.product_names(store) == [(a, "Sắn muối chua")]


def test_sql_status_agrees_with_domain_rule_around_boundaries(store):
    """The SQL status (filters, attention list) and domain.certificates.certificate_status give
    the same answer on and around every boundary: expiry day, window start, month ends."""
    from ocop_desktop.domain.certificates import add_months, certificate_status
    today = D(2026, 11, 29)
    window_start = add_months(today, 6)  # 29/05/2027: expiring when expiry <= this
    issues = set()
    for expiry in (today, window_start):
        for delta in (-2, -1, 0, 1, 2):
            issues.add(add_months(expiry + dt.timedelta(days=delta), -36))
    issues |= {D(2024, 2, 29), D(2023, 11, 30), D(2023, 11, 29), D(2024, 5, 31)}
    ids = {}
    for n, issue in enumerate(sorted(issues)):
        pid = _product(store, f"Sản phẩm {n:02d}")
        ps.save_certificate(store, Certificate(pid, 3, issue), today)
        ids[pid] = issue
    rows = ps.product_rows(store, list(ids), today)
    statuses = set()
    for pid, issue in ids.items():
        expected = certificate_status(issue, None, today)
        assert rows[pid]["cert_status"] == expected, (issue, rows[pid]["expiry_date"])
        statuses.add(expected)
    assert statuses == {"valid", "expiring", "expired"}
