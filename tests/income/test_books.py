"""Books of a 20-voucher month computed by hand (issue 5 item 12).

Hand computation (conftest.month): opening cash 30.000.000 (capital contributions of
10/02/2026, posted from the member register to 1111/4111); cash received 3.000.000 +
1.200.000 + 200.000 + 5.000.000 + 100.000 = 9.500.000; cash paid 20.000.000 + 2.400.000 +
900.000 + 450.000 + 100.000 + 3.000.000 + 1.800.000 + 150.000 = 28.800.000; closing
10.700.000. Bank: deposits 20.000.000 + 9.000.000 + 4.500.000 + 2.000.000 = 35.500.000,
withdrawals 1.500.000 + 5.000.000 + 300.000 + 250.000 = 7.050.000, closing 28.450.000.
"""

import datetime as dt

from ocop_desktop.domain.income.b02 import b02_by_code
from ocop_desktop.store import books, income_reports

A, B = dt.date(2026, 3, 1), dt.date(2026, 3, 31)


def test_numbers_per_type_and_year(month):
    numbers = [v.number for v in month["vouchers"]]
    assert numbers[:4] == ["PC-2026-0001", "PT-2026-0001", "PC-2026-0002", "BC-2026-0001"]
    assert numbers[17] == "PKT-2026-0001"


def test_cash_book_balances(month):
    s = month["store"]
    rows = books.cash_book_page(s, A, B)
    assert len(rows) == 13
    assert [r["balance"] for r in rows] == [
        10_000_000, 13_000_000, 10_600_000, 11_800_000, 10_900_000, 10_450_000, 10_650_000,
        10_550_000, 7_550_000, 12_550_000, 10_750_000, 10_850_000, 10_700_000]
    assert rows[0]["payment_no"] == "PC-2026-0001" and rows[0]["receipt_no"] == ""
    assert rows[1]["receipt_no"] == "PT-2026-0001"
    t = books.ledger_totals(s, "111", A, B)
    assert (t["opening"], t["debit"], t["credit"], t["closing"]) == (30_000_000, 9_500_000, 28_800_000, 10_700_000)


def test_cash_book_pages_continue_the_balance(month):
    s = month["store"]
    whole = books.cash_book_page(s, A, B)
    pages, after = [], None
    while True:
        page = books.cash_book_page(s, A, B, after=after, limit=4)
        pages += page
        if len(page) < 4:
            break
        after = page[-1]["key"]
    assert [(r["number"], r["balance"]) for r in pages] == [(r["number"], r["balance"]) for r in whole]


def test_bank_book(month):
    t = books.ledger_totals(month["store"], "112", A, B)
    assert (t["opening"], t["debit"], t["credit"], t["closing"]) == (0, 35_500_000, 7_050_000, 28_450_000)
    rows = books.bank_book_page(month["store"], A, B)
    assert rows[-1]["balance"] == 28_450_000 and rows[0]["contra"] == "1111"


def test_trial_balance(month):
    rows = {r["account"]: r for r in books.trial_balance(month["store"], A, B)}
    expect = {  # account: (opening D, opening C, debit, credit, closing D, closing C)
        "1111": (30_000_000, 0, 9_500_000, 28_800_000, 10_700_000, 0),
        "1121": (0, 0, 35_500_000, 7_050_000, 28_450_000, 0),
        "131": (0, 0, 2_000_000, 2_000_000, 0, 0),
        "4111": (0, 30_000_000, 0, 0, 0, 30_000_000),
        "511": (0, 0, 0, 18_500_000, 0, 18_500_000),
        "512": (0, 0, 0, 1_200_000, 0, 1_200_000),
        "521": (0, 0, 300_000, 0, 300_000, 0),
        "558": (0, 0, 0, 300_000, 0, 300_000),
        "611": (0, 0, 8_700_000, 0, 8_700_000, 0),
        "612": (0, 0, 900_000, 0, 900_000, 0),
        "642": (0, 0, 450_000, 0, 450_000, 0),
        "658": (0, 0, 250_000, 0, 250_000, 0),
        "659": (0, 0, 250_000, 0, 250_000, 0),
    }
    keys = ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit")
    assert {a: tuple(r[k] for k in keys) for a, r in rows.items()} == expect
    t = books.trial_balance_totals(list(rows.values()))
    assert t == {"opening_debit": 30_000_000, "opening_credit": 30_000_000, "debit": 57_850_000,
                 "credit": 57_850_000, "closing_debit": 50_000_000, "closing_credit": 50_000_000}


def test_b02_columns_a_and_b(month):
    """Column (a) external / (b) internal, by hand:
    01: a 3.000.000 + 9.000.000 + 4.500.000 + 2.000.000 = 18.500.000; b 1.200.000
    02: a 300.000; 10: a 18.200.000, b 1.200.000
    11: a 2.400.000 + 1.500.000 + 3.000.000 + 1.800.000 = 8.700.000 (611); b 900.000 (612)
    12: a 450.000; 20: a 9.050.000, b 300.000
    31: a 200.000 (unmarked = external, Art. 85), b 100.000; 32: a 100.000, b 150.000
    40: a 100.000, b −50.000; 50: a 9.150.000, b 250.000; 51: a 250.000; 60: a 8.900.000, b 250.000"""
    lines = b02_by_code(income_reports.b02(month["store"], A, B))
    got = {code: (ln.external, ln.internal) for code, ln in lines.items()}
    assert got == {
        "01": (18_500_000, 1_200_000), "02": (300_000, 0), "10": (18_200_000, 1_200_000),
        "11": (8_700_000, 900_000), "12": (450_000, 0), "20": (9_050_000, 300_000),
        "31": (200_000, 100_000), "32": (100_000, 150_000), "40": (100_000, -50_000),
        "50": (9_150_000, 250_000), "51": (250_000, 0), "60": (8_900_000, 250_000),
    }


def test_general_journal_balances(month):
    t = books.journal_count(month["store"], A, B)
    assert t["debit"] == t["credit"] == 57_850_000 - 0  # same movements as the trial balance
    assert t["count"] == 40


def test_subsidiary_ledgers(month):
    s = month["store"]
    rows = books.subsidiary_page(s, "member", month["a"], A, B)
    assert [(r["account"], r["debit"]) for r in rows] == [("611", 2_400_000), ("611", 3_000_000)]
    t = books.subsidiary_totals(s, "customer", month["winmart"], A, B, account="131")
    assert (t["debit"], t["credit"], t["closing"]) == (2_000_000, 2_000_000, 0)


def test_revenue_by_channel_and_product(month):
    s = month["store"]
    by_channel = {r["key"]: r["amount"] for r in income_reports.revenue_by(s, A, B, "channel")}
    assert by_channel == {"supermarket": 11_000_000, "ecommerce": 4_500_000, "shop_market": 3_000_000, "": 1_200_000}
    by_product = {r["key"]: (r["amount"], r["quantity"]) for r in income_reports.revenue_by(s, A, B, "product")}
    assert by_product["Sắn muối chua"] == (18_500_000, 405)


def test_member_income(month):
    rows = {r["full_name"]: r for r in income_reports.member_income(month["store"], 2026)}
    hoa = rows["Lê Thị Hoa"]
    assert (hoa["products_sold"], hoa["labour"], hoa["income"], hoa["income_prev"]) == (2_400_000, 3_000_000, 5_400_000, 0)
    assert rows["Trần Văn Bình"]["services_used"] == 1_200_000


def test_ledger_of_a_parent_account_merges_its_detail_accounts(month):
    from ocop_desktop.domain.income.vouchers import Line, Voucher
    from ocop_desktop.store import vouchers as vs
    s = month["store"]
    vs.add_detail_account(s, "5111", "Doanh thu sắn muối chua", "511")
    vs.save_voucher(s, Voucher("journal", dt.date(2026, 3, 3), 700_000, "journal", "Bán chịu, ghi chi tiết",
                               internal=False, lines=[Line("131", debit=700_000), Line("5111", credit=700_000)]))
    rows = books.ledger_page(s, "511", A, B)
    assert [(r["date"][-2:], r["account"], r["credit"]) for r in rows][:3] == [
        ("02", "511", 3_000_000), ("03", "5111", 700_000), ("04", "511", 9_000_000)]
    assert rows[-1]["balance"] == -(18_500_000 + 700_000)
    page1 = books.ledger_page(s, "511", A, B, limit=2)
    page2 = books.ledger_page(s, "511", A, B, after=page1[-1]["key"], limit=2, carried=page1[-1]["balance"])
    assert [r["balance"] for r in page1 + page2] == [r["balance"] for r in rows[:4]]


def test_period_bounds():
    from ocop_desktop.store.income_reports import period_bounds
    assert period_bounds("quarter", 2024, 1) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert period_bounds("quarter", 2024, 4) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert period_bounds("month", 2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period_bounds("year", 2025) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_ocop_suggestions_from_a_single_month(month):
    """March 2026 only: A3đ not met (two of the 20 vouchers are unmarked: the other income and
    the other expense), A3d met (profit 9.150.000 against 0 in 2025), B4a not met (buyers
    in one month only)."""
    s = {x["criterion"]: x for x in income_reports.ocop_suggestions(month["store"], 2026)}
    assert s["A3đ"]["met"] is False and s["A3đ"]["figures"]["unmarked"] == 2
    assert s["A3đ"]["figures"]["months_with_vouchers"] == 1  # only March, but January and February are empty
    assert s["A3d"]["met"] is True and s["A3d"]["figures"]["profit"] == 9_150_000
    assert s["B4a"]["met"] is False
    assert s["B4a"]["figures"]["revenue_supermarket"] == 11_000_000 and s["B4a"]["figures"]["revenue_ecommerce"] == 4_500_000
