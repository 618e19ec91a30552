"""Integrity guaranteed by the store (issue 5 item 3): balanced lines, locked months, audit
trail, the fixed chart, contributions posted once."""

import datetime as dt
import sqlite3

import pytest

from ocop_desktop.domain.income.vouchers import Line, Voucher
from ocop_desktop.store import books
from ocop_desktop.store import vouchers as vs
from ocop_desktop.store.errors import StoreError, ValidationError


def test_unbalanced_voucher_refused_by_the_store_itself(store):
    """Raw SQL that bypasses the domain still cannot post unbalanced lines (trigger)."""
    db = store.db
    with pytest.raises(sqlite3.IntegrityError, match="ocop:unbalanced"):
        with store.atomic():
            vid = db.execute("INSERT INTO vouchers (vtype, year, seq, number, date, category, amount) "
                             "VALUES ('journal', 2026, 1, 'PKT-2026-0001', '2026-03-01', 'journal', 500)").lastrowid
            db.execute("INSERT INTO voucher_lines (voucher_id, line_no, date, account, debit, credit) VALUES (?, 1, '2026-03-01', '1111', 500, 0)", [vid])
            db.execute("INSERT INTO voucher_lines (voucher_id, line_no, date, account, debit, credit) VALUES (?, 2, '2026-03-01', '511', 0, 400)", [vid])
            db.execute("UPDATE vouchers SET posted = 1 WHERE id = ?", [vid])
    assert store.scalar("SELECT COUNT(*) FROM vouchers") == 0
    with pytest.raises(sqlite3.IntegrityError, match="ocop:unbalanced"):
        with store.atomic():
            db.execute("INSERT INTO vouchers (vtype, year, seq, number, date, category, amount, posted) "
                       "VALUES ('journal', 2026, 1, 'PKT-2026-0001', '2026-03-01', 'journal', 500, 1)")


def test_posted_lines_cannot_be_changed_alone(month):
    s = month["store"]
    with pytest.raises(sqlite3.IntegrityError, match="ocop:posted"):
        with s.atomic():
            s.db.execute("UPDATE voucher_lines SET debit = debit + 1 WHERE id = (SELECT MIN(id) FROM voucher_lines WHERE debit > 0)")


def test_unbalanced_journal_voucher_refused_by_the_domain(store):
    v = Voucher("journal", dt.date(2026, 3, 1), 500, "journal", "sai",
                lines=[Line("1111", debit=500), Line("511", credit=400)])
    with pytest.raises(ValidationError) as err:
        vs.save_voucher(store, v)
    assert "không cân" in str(err.value) or "không bằng nhau" in str(err.value)


def test_float_money_refused(store):
    with pytest.raises(ValidationError):
        vs.save_voucher(store, Voucher("cash_receipt", dt.date(2026, 3, 1), 1.5, "other_income"))


def test_locked_month_refuses_new_changed_deleted(month):
    s = month["store"]
    v = month["vouchers"][1]
    vs.lock_month(s, "2026-03", user="giám đốc")
    with pytest.raises(vs.PeriodClosedError):
        vs.save_voucher(s, Voucher("cash_receipt", dt.date(2026, 3, 25), 100_000, "other_income", "muộn"))
    changed = vs.get_voucher(s, v.id)
    changed.amount = 3_100_000
    with pytest.raises(vs.PeriodClosedError):
        vs.save_voucher(s, changed)
    moved = vs.get_voucher(s, v.id)
    moved.date = dt.date(2026, 4, 2)  # moving it out of the locked month is a change too
    with pytest.raises(vs.PeriodClosedError):
        vs.save_voucher(s, moved)
    with pytest.raises(vs.PeriodClosedError):
        vs.delete_voucher(s, v.id)
    with pytest.raises(sqlite3.IntegrityError, match="period_closed"):
        with s.atomic():
            s.db.execute("UPDATE vouchers SET description = 'x' WHERE id = ?", [v.id])
    assert vs.get_voucher(s, v.id).amount == 3_000_000
    # the correction goes in an open month as an adjusting voucher
    adj = vs.adjusting_voucher(s, v.id, dt.date(2026, 4, 1))
    adj = vs.save_voucher(s, adj)
    assert adj.number == "PKT-2026-0002" and adj.adjusts_id == v.id
    t = books.ledger_totals(s, "511", dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    assert t["credit"] - t["debit"] == 18_500_000 - 3_000_000


def test_audit_trail_records_old_and_new(month):
    s = month["store"]
    v = vs.get_voucher(s, month["vouchers"][2].id)
    v.amount = 2_500_000
    vs.save_voucher(s, v, user="Nguyễn Thị Hằng")
    vs.delete_voucher(s, v.id, user="Nguyễn Thị Hằng")
    rows = vs.audit_rows(s, v.id)
    assert [r["action"] for r in rows] == ["delete", "update", "insert"]
    upd = rows[1]
    assert upd["who"] == "Nguyễn Thị Hằng"
    assert (upd["old"]["amount"], upd["new"]["amount"]) == (2_400_000, 2_500_000)
    assert upd["new"]["lines"][0]["debit"] == 2_500_000
    assert rows[0]["old"]["number"] == "PC-2026-0002"
    with pytest.raises(sqlite3.IntegrityError):
        with s.atomic():
            s.db.execute("DELETE FROM voucher_audit")


def test_chart_is_fixed_but_detail_accounts_can_be_added(store):
    with pytest.raises(StoreError):
        with vs._guard(store):
            store.db.execute("UPDATE accounts SET name = 'x' WHERE code = '511'")
    with pytest.raises(ValidationError):
        vs.add_detail_account(store, "6111", "Chi tiết", "511")
    vs.add_detail_account(store, "5111", "Doanh thu sắn muối chua", "511")
    assert {"5111", "511", "4111", "442", "911"} <= vs.account_codes(store)
    assert len([r for r in vs.account_rows(store) if r["builtin"]]) == 42


def test_capital_contribution_not_typed_twice(month):
    s = month["store"]
    with pytest.raises(ValidationError):
        vs.save_voucher(s, Voucher("cash_receipt", dt.date(2026, 3, 2), 1_000_000, "capital_contribution", member_id=month["a"]))
    # the register's contributions are already in 4111, without a voucher
    assert books.ledger_totals(s, "4111", None, dt.date(2026, 3, 31))["closing"] == -30_000_000


def test_sale_needs_product_and_channel(store):
    with pytest.raises(ValidationError) as err:
        vs.save_voucher(store, Voucher("cash_receipt", dt.date(2026, 3, 1), 100_000, "sale_external"))
    assert {f for f, _m in err.value.problems} == {"product", "channel"}


def test_numbers_of_deleted_vouchers_are_not_reused(month):
    s = month["store"]
    last = month["vouchers"][19]  # PC-2026-0008
    assert last.number == "PC-2026-0008"
    vs.delete_voucher(s, last.id)
    again = vs.save_voucher(s, Voucher("cash_payment", dt.date(2026, 3, 21), 150_000, "other_expense", "lại"))
    assert again.number == "PC-2026-0009"


def test_month_summary(month):
    from ocop_desktop.store.income_reports import month_summary
    m = month_summary(month["store"], 2026, 3)
    # receipts: cash 3.000.000 + 1.200.000 + 200.000 + 100.000, bank 9.000.000 + 4.500.000 + 2.000.000
    # (the 5.000.000 withdrawal and the 20.000.000 deposit are transfers, left out)
    assert (m["receipts"], m["receipt_count"]) == (20_000_000, 7)
    # payments: cash 2.400.000 + 900.000 + 450.000 + 100.000 + 3.000.000 + 1.800.000 + 150.000, bank 1.500.000 + 300.000 + 250.000
    assert (m["payments"], m["payment_count"]) == (10_850_000, 10)
    assert (m["cash"], m["bank"]) == (10_700_000, 28_450_000)


def test_year_end_closing(month):
    """Closing 2026 (only March): 911 receives every revenue/expense balance; the result goes
    to 4211 = 8.900.000 (B02 line 60 a) and 4212 = 250.000 (line 60 b)."""
    from ocop_desktop.store import income_reports
    from ocop_desktop.store.books_year_end import post_year_end_closing
    s = month["store"]
    with pytest.raises(StoreError):  # a year that has not ended is not closed
        post_year_end_closing(s, 2026, user="kế toán", today=dt.date(2026, 12, 31))
    v = post_year_end_closing(s, 2026, user="kế toán", today=dt.date(2027, 1, 5))
    assert v.number == "PKT-2026-0002"
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    tb = {r["account"]: r for r in books.trial_balance(s, *year)}
    for acct in ("511", "512", "521", "558", "611", "612", "642", "658", "659", "911"):
        assert tb[acct]["closing_debit"] == tb[acct]["closing_credit"] == 0, acct
    assert tb["4211"]["closing_credit"] == 8_900_000 and tb["4212"]["closing_credit"] == 250_000
    lines = income_reports.b02(s, *year)
    assert (lines[-1].external, lines[-1].internal) == (8_900_000, 250_000)  # unchanged by the closing
    with pytest.raises(StoreError):
        post_year_end_closing(s, 2026, today=dt.date(2027, 1, 5))


def test_link_products_when_the_register_exists(month):
    s = month["store"]
    if not s.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'products'"):
        assert vs.link_products(s) == 0  # no products register in this file
        s.db.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, name_folded TEXT)")
    row = {"id": 77, "name": "Sắn muối chua", "name_folded": "san muoi chua"}
    for col in s.db.execute("PRAGMA table_info(products)").fetchall():  # the real register's required columns
        name, notnull, default = col[1], col[3], col[4]
        if notnull and default is None and name not in row:
            row[name] = "01" if name == "form_code" else "x"
    s.db["products"].insert(row)
    assert vs.link_products(s) == 4  # the four sales of March name the product
    assert s.scalar("SELECT COUNT(*) FROM vouchers WHERE product_id = 77") == 4


def test_locked_month_freezes_capital_contributions(month):
    """Contributions of 10/02/2026 are in the books; after February is locked, a change made
    in the member register does not change the closed books, and is listed for adjustment."""
    from ocop_desktop.store import members as ms
    s = month["store"]
    feb = (None, dt.date(2026, 2, 28))
    assert books.ledger_totals(s, "4111", *feb)["closing"] == -30_000_000
    vs.lock_month(s, "2026-02", user="kế toán")
    hoa = ms.get_member(s, month["a"])
    hoa.contributions[0].amount = 25_000_000
    hoa.capital_committed = 25_000_000
    ms.save_member(s, hoa, today=dt.date(2026, 3, 1))
    assert books.ledger_totals(s, "4111", *feb)["closing"] == -30_000_000  # books unchanged
    assert books.cash_book_page(s, dt.date(2026, 3, 1), dt.date(2026, 3, 31))[-1]["balance"] == 10_700_000
    diff = vs.contribution_differences(s)
    assert [(d["month"], d["full_name"], d["in_books"], d["in_register"]) for d in diff] == [
        ("2026-02", "Lê Thị Hoa", 20_000_000, 25_000_000)]
    vs.unlock_month(s, "2026-02")
    assert books.ledger_totals(s, "4111", *feb)["closing"] == -35_000_000
    assert vs.contribution_differences(s) == []
