"""Properties of the books for any sequence of valid vouchers (hypothesis): double entry
holds, the cash book's running balance equals opening + received − paid, and paging with
keys gives the same rows and balances as one page."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.store import books
from ocop_desktop.store import vouchers as vs

KINDS = [("cash_receipt", "other_income"), ("cash_payment", "other_expense"), ("bank_receipt", "loan_received"),
         ("bank_payment", "management_expense"), ("cash_payment", "cash_to_bank"), ("cash_receipt", "cash_from_bank")]

voucher = st.tuples(st.sampled_from(KINDS), st.integers(1, 28), st.integers(1, 3), st.integers(1, 5_000_000),
                    st.sampled_from([None, True, False]))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(voucher, min_size=1, max_size=25), page=st.integers(1, 6))
def test_books_balance_for_any_vouchers(tmp_path_factory, items, page):
    from ocop_desktop.store.db import create_store
    s = create_store(tmp_path_factory.mktemp("p") / "p.ocop")
    try:
        for (vtype, cat), day, month, amount, mark in items:
            vs.save_voucher(s, Voucher(vtype, dt.date(2026, month, day), amount, cat, internal=mark))
        a, b = dt.date(2026, 2, 1), dt.date(2026, 3, 31)
        tb = books.trial_balance_totals(books.trial_balance(s, a, b))
        assert tb["debit"] == tb["credit"] and tb["opening_debit"] == tb["opening_credit"]
        assert tb["closing_debit"] == tb["closing_credit"]
        t = books.ledger_totals(s, "111", a, b)
        whole = books.cash_book_page(s, a, b, limit=10_000)
        assert t["closing"] == t["opening"] + sum(r["received"] for r in whole) - sum(r["paid"] for r in whole)
        if whole:
            assert whole[-1]["balance"] == t["closing"]
        paged, after, carried = [], None, None
        while True:
            rows = books.cash_book_page(s, a, b, after=after, limit=page, carried=carried)
            paged += rows
            if len(rows) < page:
                break
            after, carried = rows[-1]["key"], rows[-1]["balance"]
        assert [(r["key"], r["balance"]) for r in paged] == [(r["key"], r["balance"]) for r in whole]
        again = books.cash_book_page(s, a, b, after=whole[0]["key"], limit=10_000) if whole else []
        assert [r["balance"] for r in again] == [r["balance"] for r in whole[1:]]
    finally:
        s.close()
