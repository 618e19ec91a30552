"""Books read backward from the end and from a position (issue 7: jump to the end of a book).

The 20-voucher month of conftest.month (hand computation in test_books.py): cash book of
March 2026, 13 lines, opening 30.000.000, closing 10.700.000, balances line by line
10.000.000, 13.000.000, 10.600.000, 11.800.000, 10.900.000, 10.450.000, 10.650.000,
10.550.000, 7.550.000, 12.550.000, 10.750.000, 10.850.000, 10.700.000.
"""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocop_desktop.store import books

A, B = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
FEB = dt.date(2026, 2, 1)
CASH = [10_000_000, 13_000_000, 10_600_000, 11_800_000, 10_900_000, 10_450_000, 10_650_000,
        10_550_000, 7_550_000, 12_550_000, 10_750_000, 10_850_000, 10_700_000]


def _back_all(fetch, limit):
    """Every row read backward page by page (carrying the balance), put in book order."""
    out, before, carried = [], None, None
    while True:
        page = fetch(before=before, limit=limit, descending=True, carried=carried)
        out = list(reversed(page)) + out
        if len(page) < limit:
            return out
        last = page[-1]
        before, carried = last["key"], last["balance"] - (last["debit"] - last["credit"])


def _view(rows):
    return [(r["key"], r["number"], r["debit"], r["credit"], r["balance"]) for r in rows]


def test_cash_book_backward_from_the_end(month):
    s = month["store"]
    last3 = books.cash_book_page(s, A, B, limit=3, descending=True)
    # latest first; the last balance is the closing balance 10.700.000 (hand computation)
    assert [r["balance"] for r in last3] == [10_700_000, 10_850_000, 10_750_000]
    assert last3[0]["payment_no"] == "PC-2026-0008"  # the 8th cash payment, of 20/03
    # the next page back, with and without the carried balance (12.550.000 after line 10)
    carried = last3[-1]["balance"] - (last3[-1]["debit"] - last3[-1]["credit"])
    assert carried == 12_550_000
    with_carry = books.cash_book_page(s, A, B, before=last3[-1]["key"], limit=3, descending=True, carried=carried)
    without = books.cash_book_page(s, A, B, before=last3[-1]["key"], limit=3, descending=True)
    assert [r["balance"] for r in with_carry] == [r["balance"] for r in without] == [12_550_000, 7_550_000, 10_550_000]
    assert [r["balance"] for r in _back_all(lambda **k: books.cash_book_page(s, A, B, **k), 2)] == CASH
    # the closing balance given by the caller is used as it is
    assert books.cash_book_page(s, A, B, limit=1, descending=True, carried=1)[0]["balance"] == 1


def test_cash_book_from_a_position(month):
    s = month["store"]
    # forward: skip 5 lines from the start of March → lines 6–8
    assert [r["balance"] for r in books.cash_book_page(s, A, B, limit=3, offset=5)] == CASH[5:8]
    # backward: skip 4 lines from the end → lines 9, 8, 7 (latest first)
    assert [r["balance"] for r in books.cash_book_page(s, A, B, limit=3, offset=4, descending=True)] == [
        7_550_000, 10_550_000, 10_650_000]
    # from an edge key with a carried balance: after line 2 (13.000.000), skip 3 → lines 6, 7
    two = books.cash_book_page(s, A, B, limit=2)
    page = books.cash_book_page(s, A, B, after=two[-1]["key"], carried=13_000_000, limit=2, offset=3)
    assert [r["balance"] for r in page] == CASH[5:7]
    # past the end: nothing
    assert books.cash_book_page(s, A, B, limit=3, offset=13) == []
    assert books.cash_book_page(s, A, B, limit=3, offset=13, descending=True) == []
    assert books.ledger_count(s, "111", A, B) == 13


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_every_way_equals_the_forward_read(month, limit):
    """Cash/ledger 111 over February–March (the two capital contributions of 10/02 come from
    the member register, another index range), the subsidiary ledger of member A (her
    contribution on 4111 and two purchases on 611) and the journal."""
    s, a = month["store"], month["a"]
    cases = [
        (lambda **k: books.ledger_page(s, "111", FEB, B, **k), books.ledger_count(s, "111", FEB, B)),
        (lambda **k: books.ledger_page(s, "611", FEB, B, **k), books.ledger_count(s, "611", FEB, B)),
        (lambda **k: books.subsidiary_page(s, "member", a, FEB, B, **k), books.subsidiary_count(s, "member", a, FEB, B)),
        (lambda **k: books.journal_page(s, FEB, B, **{x: y for x, y in k.items() if x != "carried"}),
         books.journal_count(s, FEB, B, sums=False)["count"]),
    ]
    for fetch, count in cases:
        whole = fetch(limit=1000)
        assert len(whole) == count
        assert _view(_back_all(fetch, limit)) == _view(whole)
        for start in range(count):
            n = min(limit, count - start)
            assert _view(fetch(limit=limit, offset=start)) == _view(whole[start:start + limit])
            back = fetch(limit=n, offset=count - start - n, descending=True)
            assert _view(list(reversed(back))) == _view(whole[start:start + n])


def test_hand_computed_subsidiary_and_ledger_with_details(month):
    s, a = month["store"], month["a"]
    # member A, February–March: capital 20.000.000 (Cr 4111) then purchases 2.400.000 and
    # 3.000.000 (Dr 611): balances −20.000.000, −17.600.000, −14.600.000 (credit side)
    rows = books.subsidiary_page(s, "member", a, FEB, B, limit=2, descending=True)
    assert [(r["account"], r["balance"]) for r in rows] == [("611", -14_600_000), ("611", -17_600_000)]
    rest = books.subsidiary_page(s, "member", a, FEB, B, limit=2, descending=True, before=rows[-1]["key"])
    assert [(r["account"], r["credit"], r["balance"]) for r in rest] == [("4111", 20_000_000, -20_000_000)]
    # ledger 111 (detail 1111 and the contributions posted to 1111), February–March:
    # 0 + 10.000.000 + 20.000.000 = 30.000.000 after the contributions, then March's lines
    led = books.ledger_page(s, "111", FEB, B, limit=1000)
    assert [r["balance"] for r in led] == [10_000_000, 30_000_000, *CASH]
    assert [r["balance"] for r in books.ledger_page(s, "111", FEB, B, limit=2, offset=1)] == [30_000_000, CASH[0]]
    # 15 lines: skipping the last 12 leaves lines 3 and 2 (latest first), then lines 2 and 1
    assert [r["balance"] for r in books.ledger_page(s, "111", FEB, B, limit=2, offset=12, descending=True)] == [
        CASH[0], 30_000_000]
    assert [r["balance"] for r in books.ledger_page(s, "111", FEB, B, limit=2, offset=13, descending=True)] == [
        30_000_000, 10_000_000]


def test_counts_do_not_sum_balances(month, monkeypatch):
    s = month["store"]
    monkeypatch.setattr(books, "_sum_before", lambda *a, **k: pytest.fail("a count must not sum the opening balance"))
    assert books.ledger_count(s, "111", A, B) == 13
    assert books.journal_count(s, A, B, sums=False) == {"count": 40}
    t = books.journal_count(s, A, B)
    assert (t["count"], t["debit"], t["opening"], t["closing"]) == (40, 57_850_000, 0, 0)
    assert books.subsidiary_count(s, "member", month["a"], A, B) == 2


def test_light_contribution_keys_equal_the_view(month):
    """The positions and sums read the contributions through books._CONTRIB_KEYS, a lighter
    copy of the view's key/account/amount columns: both must give the same entries, also
    for a locked month (the snapshot rows)."""
    from ocop_desktop.store import vouchers as vs
    s = month["store"]
    cols = "entry_key, date, k1, account, member_id, debit, credit"
    view = s.query(f"SELECT {cols} FROM contribution_entries ORDER BY {books.ORDER}")
    light = s.query(f"SELECT {cols} FROM {books._CONTRIB_KEYS} ORDER BY {books.ORDER}")
    assert light == view and len(view) == 4  # two contributions, a debit and a credit each
    vs.lock_month(s, "2026-02")
    view = s.query(f"SELECT {cols} FROM contribution_entries ORDER BY {books.ORDER}")
    assert s.query(f"SELECT {cols} FROM {books._CONTRIB_KEYS} ORDER BY {books.ORDER}") == view
    assert all(r["k1"] < -1_000_000_000 for r in view)  # the snapshot's ids


def test_contributions_are_walked_on_their_covering_index(month):
    """Schema step books_navigation_index: the positions read the contributions from the
    index alone (no table row per contribution)."""
    s = month["store"]
    assert s.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'contributions_book'") == 1
    plan = " ".join(r[3] for r in s.db.execute(
        f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM {books._CONTRIB_KEYS} WHERE date >= ? AND date <= ?", ["2026-01-01", "2026-12-31"]))
    assert "COVERING INDEX contributions_book" in plan


def _property_store(tmp_path_factory, items, contribs):
    from ocop_desktop.domain.income.vouchers import Voucher
    from ocop_desktop.domain.members import Contribution, Member
    from ocop_desktop.store import members as ms
    from ocop_desktop.store import vouchers as vs
    from ocop_desktop.store.db import create_store
    s = create_store(tmp_path_factory.mktemp("p") / "p.ocop")
    s.db.execute("UPDATE cooperative SET charter_capital = 10000000000 WHERE id = 1")
    kinds = [("cash_receipt", "other_income"), ("cash_payment", "other_expense"), ("bank_receipt", "loan_received"),
             ("cash_payment", "cash_to_bank")]
    for kind, day, month, amount in items:
        vtype, cat = kinds[kind]
        vs.save_voucher(s, Voucher(vtype, dt.date(2026, month, day), amount, cat))
    for n, group in enumerate(contribs):
        if group:
            cs = [Contribution(date=dt.date(2026, m, d), amount=a, asset_type=t) for d, m, a, t in group]
            ms.save_member(s, Member(full_name=f"Thành viên {n}", sex="F", member_type="official",
                                     join_date=dt.date(2026, 1, 1), capital_committed=sum(c.amount for c in cs),
                                     contributions=cs), today=dt.date(2026, 12, 31))
    return s


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 28), st.integers(1, 3), st.integers(1, 5_000_000)),
                      max_size=20),
       contribs=st.lists(st.lists(st.tuples(st.integers(1, 28), st.integers(1, 3), st.integers(1, 900_000),
                                            st.sampled_from(["cash", "gold", "land_use_right"])), max_size=4), max_size=3),
       limit=st.integers(1, 4), data=st.data())
def test_any_book_read_from_any_side_equals_the_forward_read(tmp_path_factory, items, contribs, limit, data):
    """Vouchers and capital contributions on any days (contributions come from another index
    range and sort before a day's vouchers): every position read forward, backward or from
    an offset gives the rows and balances of the whole forward read."""
    s = _property_store(tmp_path_factory, items, contribs)
    try:
        a, b = dt.date(2026, 2, 1), dt.date(2026, 3, 31)
        for fetch in (lambda **k: books.ledger_page(s, "111", a, b, **k),
                      lambda **k: books.journal_page(s, a, b, **{x: y for x, y in k.items() if x != "carried"})):
            whole = fetch(limit=10_000)
            n = len(whole)
            assert _view(_back_all(fetch, limit)) == _view(whole)
            if n:
                start = data.draw(st.integers(0, n - 1))
                assert _view(fetch(limit=limit, offset=start)) == _view(whole[start:start + limit])
                m = min(limit, n - start)
                back = fetch(limit=m, offset=n - start - m, descending=True)
                assert _view(back[::-1]) == _view(whole[start:start + m])
    finally:
        s.close()
