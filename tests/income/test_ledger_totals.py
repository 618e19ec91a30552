"""Monthly totals of the books (issue 7, store/schema_totals.py and store/ledger_sums.py):
kept exact by triggers through posting, editing, deleting, locking and unlocking, and
capital contributions; the books and reports read from them give the hand-computed
figures of the 20-voucher month (conftest.month, test_books.py) at mid-month dates and the
same figures as the direct queries over ``ledger_entries`` (the view that defines the
books) on the demo cooperative."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocop_desktop.domain.income.b02 import compute_b02
from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.store import books, income_reports, ledger_sums
from ocop_desktop.store import vouchers as vs
from ocop_desktop.store.errors import StoreError
from ocop_desktop.store.schema_totals import TOTALS_FILL_SQL

D = lambda day, month=3: dt.date(2026, month, day)  # noqa: E731


# --- oracles: the direct queries over the view ------------------------------------------
def table_rows(s) -> list[tuple]:
    return [tuple(r) for r in s.db.execute(
        "SELECT account, month, internal, b02_excluded, debit, credit, lines FROM ledger_month_totals "
        "ORDER BY 1, 2, 3, 4").fetchall()]


def view_rows(s) -> list[tuple]:
    return [tuple(r) for r in s.db.execute(f"SELECT * FROM ({TOTALS_FILL_SQL}) ORDER BY 1, 2, 3, 4").fetchall()]


def view_totals(s, prefix, a, b) -> tuple:
    """(opening, debit, credit, count) of *prefix* for ``[a, b]`` straight from the view."""
    rng = ("account >= ? AND account < ?", [prefix, prefix + ":"])
    opening = s.scalar(f"SELECT COALESCE(SUM(debit - credit), 0) FROM ledger_entries WHERE {rng[0]} AND date < ?",
                       [*rng[1], a.isoformat()]) if a else 0
    n, d, c = s.db.execute(
        f"SELECT COUNT(*), COALESCE(SUM(debit), 0), COALESCE(SUM(credit), 0) FROM ledger_entries WHERE {rng[0]} "
        "AND date >= ? AND date <= ?", [*rng[1], a.isoformat() if a else "", b.isoformat()]).fetchone()
    return opening, d, c, n


def view_b02(s, a, b):
    """The query B02-HTX used before the monthly totals (issue 5)."""
    rows = s.db.execute(
        """SELECT account, internal, SUM(debit), SUM(credit) FROM ledger_entries
            WHERE date >= ? AND date <= ? AND account >= '5' AND account < '7'
              AND category NOT IN ('year_end_closing', 'surplus_distribution')
            GROUP BY account, internal""", [a.isoformat(), b.isoformat()]).fetchall()
    return compute_b02({(acct, bool(i)): (d, c) for acct, i, d, c in rows})


def view_trial(s, a, b) -> dict:
    out = {}
    for acct, opening, d, c in s.db.execute(
            """SELECT account, SUM(CASE WHEN date < ? THEN debit - credit ELSE 0 END),
                      SUM(CASE WHEN date >= ? THEN debit ELSE 0 END), SUM(CASE WHEN date >= ? THEN credit ELSE 0 END)
                 FROM ledger_entries WHERE date <= ? GROUP BY account""", [a.isoformat()] * 3 + [b.isoformat()]):
        if opening or d or c:
            out[acct] = (opening, d, c)
    return out


def trial(s, a, b) -> dict:
    return {r["account"]: (r["opening_debit"] - r["opening_credit"], r["debit"], r["credit"])
            for r in books.trial_balance(s, a, b)}


def totals(s, prefix, a, b) -> tuple:
    t = books.ledger_totals(s, prefix, a, b)
    assert t["closing"] == t["opening"] + t["debit"] - t["credit"]
    return t["opening"], t["debit"], t["credit"], t["count"]


# --- hand-computed figures (conftest.month) --------------------------------------------
def test_month_split():
    assert ledger_sums.month_split("2026-03-01", "2026-03-31") == ("2026-03", "2026-03", [])
    assert ledger_sums.month_split("2026-01-01", "2026-12-31") == ("2026-01", "2026-12", [])
    assert ledger_sums.month_split("2026-02-10", "2026-04-15") == (
        "2026-03", "2026-03", [("2026-02-10", "2026-02-28"), ("2026-04-01", "2026-04-15")])
    assert ledger_sums.month_split("2024-02-29", "2024-03-30") == (
        "2024-03", "2024-02", [("2024-02-29", "2024-02-29"), ("2024-03-01", "2024-03-30")])
    assert ledger_sums.month_split("2026-03-05", "2026-03-16")[2] == [("2026-03-05", "2026-03-16")]
    assert ledger_sums.month_split(None, "2026-03-11") == (None, "2026-02", [("2026-03-01", "2026-03-11")])
    assert ledger_sums.month_split("2026-03-12", "2026-03-11")[2] == []
    assert ledger_sums.day_before("2026-03-01") == "2026-02-28"


def test_table_filled_by_posting(month):
    """March 2026: 20 vouchers, 40 lines; February: the two contributions (2 × 2 entries)."""
    s = month["store"]
    assert table_rows(s) == view_rows(s)
    assert s.scalar("SELECT SUM(lines) FROM ledger_month_totals WHERE month = '2026-03'") == 40
    assert s.db.execute("SELECT account, debit, credit, lines FROM ledger_month_totals WHERE month = '2026-02' "
                        "ORDER BY account").fetchall() == [("1111", 30_000_000, 0, 2), ("4111", 0, 30_000_000, 2)]


def test_opening_balances_at_mid_month_dates(month):
    """Cash book of test_books.py: 30.000.000 before March; after 10/03 (PC of 100.000)
    10.550.000; after 11/03 (wages 3.000.000) 7.550.000. Bank: 20.000.000 + 9.000.000 −
    1.500.000 − 5.000.000 = 22.500.000 before 13/03."""
    s = month["store"]
    assert books.opening_balance(s, "111", D(11)) == 10_550_000
    assert books.opening_balance(s, "111", D(12)) == 7_550_000
    assert books.opening_balance(s, "111", D(10, 2)) == 0
    assert books.opening_balance(s, "111", D(11, 2)) == 30_000_000
    assert books.opening_balance(s, "1111", D(1)) == 30_000_000
    assert books.opening_balance(s, "112", D(13)) == 22_500_000
    assert books.opening_balance(s, "4111", D(1, 4)) == -30_000_000


def test_period_totals_with_partial_months(month):
    """Bank 05–16/03: opening 29.000.000; in 4.500.000 (13/03); out 1.500.000 + 5.000.000 +
    300.000 = 6.800.000; 4 entries. Cash 10/02–02/03: contributions 30.000.000 + 3.000.000
    (02/03) in, 20.000.000 (01/03) out, 4 entries. Cash up to 31/03 from the start: 15
    entries (2 contributions, 13 cash vouchers)."""
    s = month["store"]
    assert totals(s, "112", D(5), D(16)) == (29_000_000, 4_500_000, 6_800_000, 4)
    assert totals(s, "111", D(10, 2), D(2)) == (0, 33_000_000, 20_000_000, 4)
    assert totals(s, "111", None, D(31)) == (0, 39_500_000, 28_800_000, 15)
    assert totals(s, "111", D(1), D(31)) == (30_000_000, 9_500_000, 28_800_000, 13)
    t = books.journal_count(s, D(1), D(31))
    assert (t["count"], t["debit"], t["credit"]) == (40, 57_850_000, 57_850_000)


def test_trial_balance_mid_month(month):
    """05–16/03, cash 1111: opening 10.600.000 (after 03/03); in 1.200.000 + 200.000 +
    5.000.000 + 100.000 = 6.500.000; out 900.000 + 450.000 + 100.000 + 3.000.000 +
    1.800.000 = 6.250.000. Bank 1121: 29.000.000, 4.500.000, 6.800.000."""
    s = month["store"]
    tb = trial(s, D(5), D(16))
    assert tb["1111"] == (10_600_000, 6_500_000, 6_250_000)
    assert tb["1121"] == (29_000_000, 4_500_000, 6_800_000)
    assert tb["4111"] == (-30_000_000, 0, 0)
    assert tb == view_trial(s, D(5), D(16))


def test_month_summary_up_to_today(month):
    """01–11/03 (today 11/03): receipts 3.000.000 + 9.000.000 + 1.200.000 + 200.000 =
    13.400.000 (4); payments 2.400.000 + 1.500.000 + 900.000 + 450.000 + 100.000 +
    3.000.000 = 8.350.000 (6; the transfer to the bank left out); cash 7.550.000; bank
    20.000.000 + 9.000.000 − 1.500.000 = 27.500.000."""
    m = income_reports.month_summary(month["store"], 2026, 3, today=D(11))
    assert (m["receipts"], m["receipt_count"], m["payments"], m["payment_count"]) == (13_400_000, 4, 8_350_000, 6)
    assert (m["cash"], m["bank"]) == (7_550_000, 27_500_000)


def test_b02_mid_month_equals_the_view(month):
    s = month["store"]
    for a, b in ((D(5), D(16)), (D(1), D(31)), (D(10, 2), D(20)), (D(1, 1), D(31, 12))):
        assert income_reports.b02(s, a, b) == view_b02(s, a, b)


def test_lock_unlock_and_register_edits(month):
    """Locking February keeps the books on the snapshot (30.000.000) when member A's
    contribution is raised to 25.000.000 in the register; unlocking reads 35.000.000."""
    s = month["store"]
    vs.lock_month(s, "2026-02", user="x")
    assert table_rows(s) == view_rows(s)
    s.db.execute("UPDATE contributions SET amount = 25000000 WHERE member_id = ?", [month["a"]])
    assert books.opening_balance(s, "111", D(1)) == 30_000_000
    assert table_rows(s) == view_rows(s)
    vs.unlock_month(s, "2026-02", user="x")
    assert books.opening_balance(s, "111", D(1)) == 35_000_000
    assert table_rows(s) == view_rows(s)


def test_edit_delete_recategorise(month):
    s = month["store"]
    v = vs.get_voucher(s, month["vouchers"][1].id)  # cash sale 3.000.000 on 02/03
    v.amount, v.date = 3_500_000, D(2, 4)
    vs.save_voucher(s, v, user="x")
    assert totals(s, "111", D(1), D(31))[1] == 9_500_000 - 3_000_000
    assert totals(s, "111", D(1, 4), D(30, 4))[1:] == (3_500_000, 0, 1)
    vs.delete_voucher(s, month["vouchers"][2].id, user="x")  # 2.400.000 paid 03/03
    assert totals(s, "111", D(1), D(31))[2] == 28_800_000 - 2_400_000
    # raw SQL: a posted voucher moved to a category B02-HTX leaves out
    s.db.execute("UPDATE vouchers SET category = 'surplus_distribution' WHERE id = ?", [month["vouchers"][5].id])
    assert table_rows(s) == view_rows(s)
    assert income_reports.b02(s, D(1), D(31)) == view_b02(s, D(1), D(31))
    # raw SQL: deleting a posted voucher takes its lines out
    s.db.execute("DELETE FROM vouchers WHERE id = ?", [month["vouchers"][6].id])
    assert table_rows(s) == view_rows(s)


def test_line_cannot_move_into_a_posted_voucher(month):
    s = month["store"]
    ids = [v.id for v in month["vouchers"]]
    with pytest.raises(sqlite3.IntegrityError, match="ocop:posted"):
        with s.atomic():
            vid = s.db.execute("INSERT INTO vouchers (vtype, year, seq, number, date, category, amount) "
                               "VALUES ('journal', 2026, 99, 'PKT-2026-0099', '2026-03-01', 'journal', 5)").lastrowid
            lid = s.db.execute("INSERT INTO voucher_lines (voucher_id, line_no, date, account, debit, credit) "
                               "VALUES (?, 1, '2026-03-01', '1111', 5, 0)", [vid]).lastrowid
            s.db.execute("UPDATE voucher_lines SET voucher_id = ?, line_no = 9 WHERE id = ?", [ids[0], lid])
    assert table_rows(s) == view_rows(s)


# --- any sequence of changes (hypothesis) -------------------------------------------------
KINDS = [("cash_receipt", "other_income"), ("cash_payment", "other_expense"), ("bank_receipt", "loan_received"),
         ("bank_payment", "management_expense"), ("cash_payment", "cash_to_bank"), ("cash_receipt", "sale_external"),
         ("cash_payment", "wages")]
MONTHS = st.integers(1, 4)
DAYS = st.integers(1, 28)
AMOUNTS = st.integers(1, 9_000_000)
ASSETS = st.sampled_from(["cash", "gold", "land_use_right", "other_asset"])
OPS = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(KINDS), MONTHS, DAYS, AMOUNTS, st.sampled_from([None, True, False])),
    st.tuples(st.just("edit"), st.integers(0, 40), st.sampled_from(KINDS), MONTHS, DAYS, AMOUNTS),
    st.tuples(st.just("delete"), st.integers(0, 40)),
    st.tuples(st.just("raw_delete"), st.integers(0, 40)),
    st.tuples(st.just("recategorise"), st.integers(0, 40),
              st.sampled_from(["year_end_closing", "surplus_distribution", "other_income", "journal"])),
    st.tuples(st.just("unpost"), st.integers(0, 40), st.booleans()),
    st.tuples(st.just("lock"), MONTHS),
    st.tuples(st.just("unlock"), MONTHS),
    st.tuples(st.just("contribution"), MONTHS, DAYS, AMOUNTS, ASSETS),
    st.tuples(st.just("contribution_edit"), st.integers(0, 20), MONTHS, DAYS, AMOUNTS, ASSETS),
    st.tuples(st.just("contribution_delete"), st.integers(0, 20)),
)


def _apply(s, op, member_id) -> None:
    db = s.db
    ids = [r[0] for r in db.execute("SELECT id FROM vouchers ORDER BY id").fetchall()]
    cids = [r[0] for r in db.execute("SELECT id FROM contributions ORDER BY id").fetchall()]
    kind = op[0]
    if kind == "add":
        (vtype, cat), month, day, amount, mark = op[1:]
        vs.save_voucher(s, Voucher(vtype, D(day, month), amount, cat, internal=mark))
    elif kind in ("edit", "delete", "raw_delete", "recategorise", "unpost") and ids:
        vid = ids[op[1] % len(ids)]
        if kind == "edit":
            (vtype, cat), month, day, amount = op[2:]
            v = vs.get_voucher(s, vid)
            v.vtype, v.category, v.date, v.amount = vtype, cat, D(day, month), amount
            vs.save_voucher(s, v)
        elif kind == "delete":
            vs.delete_voucher(s, vid)
        elif kind == "raw_delete":
            with s.atomic():
                db.execute("DELETE FROM vouchers WHERE id = ?", [vid])
        elif kind == "recategorise":
            with s.atomic():
                db.execute("UPDATE vouchers SET category = ? WHERE id = ?", [op[2], vid])
        else:
            with s.atomic():
                db.execute("UPDATE vouchers SET posted = 0 WHERE id = ?", [vid])
                if op[2]:
                    db.execute("UPDATE vouchers SET posted = 1 WHERE id = ?", [vid])
    elif kind == "lock":
        vs.lock_month(s, f"2026-{op[1]:02d}", user="x")
    elif kind == "unlock":
        vs.unlock_month(s, f"2026-{op[1]:02d}", user="x")
    elif kind == "contribution":
        _month, day, amount, asset = op[1:]
        with s.atomic():
            db.execute("INSERT INTO contributions (member_id, date, amount, asset_type) VALUES (?, ?, ?, ?)",
                       [member_id, D(day, _month).isoformat(), amount, asset])
    elif kind == "contribution_edit" and cids:
        month, day, amount, asset = op[2:]
        with s.atomic():
            db.execute("UPDATE contributions SET date = ?, amount = ?, asset_type = ? WHERE id = ?",
                       [D(day, month).isoformat(), amount, asset, cids[op[1] % len(cids)]])
    elif kind == "contribution_delete" and cids:
        with s.atomic():
            db.execute("DELETE FROM contributions WHERE id = ?", [cids[op[1] % len(cids)]])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, min_size=1, max_size=30), day=DAYS, month=MONTHS)
def test_totals_equal_the_view_after_any_changes(tmp_path_factory, ops, day, month):
    from ocop_desktop.store.db import create_store
    s = create_store(tmp_path_factory.mktemp("t") / "t.ocop")
    try:
        member_id = s.db.execute("INSERT INTO members (member_type, full_name, name_folded, sort_key) "
                                 "VALUES ('official', 'Lê Thị Hoa', 'le thi hoa', 'hoa')").lastrowid
        for op in ops:
            try:
                _apply(s, op, member_id)
            except (StoreError, sqlite3.IntegrityError):
                pass  # refused (locked month, unbalanced…): nothing may have changed
            assert table_rows(s) == view_rows(s), op
        a, b = D(day, month), D(min(day + 9, 28), min(month + 1, 4))
        for prefix in ("111", "112", "1111", "4111", "511", "242"):
            assert totals(s, prefix, a, b) == view_totals(s, prefix, a, b)
            assert totals(s, prefix, None, b) == view_totals(s, prefix, None, b)
        assert trial(s, a, b) == view_trial(s, a, b)
        assert income_reports.b02(s, a, b) == view_b02(s, a, b)
        assert income_reports.b02(s, D(1, 1), D(30, 4)) == view_b02(s, D(1, 1), D(30, 4))
    finally:
        s.close()


# --- the schema step fills the table from an older file -------------------------------------
def test_step_fills_existing_books(tmp_path, monkeypatch):
    """A file written before the step (vouchers, a contribution, a locked month with its
    snapshot) gets the same totals as the view when opened."""
    from ocop_desktop.store import migrations
    from ocop_desktop.store.db import create_store, open_store
    from ocop_desktop.store.schema_totals import ledger_month_totals_step
    path = tmp_path / "old.ocop"
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.STEPS.index(ledger_month_totals_step))
    # the voucher search table of a later step does not exist yet in this older file
    monkeypatch.setattr(vs, "index_voucher", lambda *a, **k: None)
    s = create_store(path)
    assert not s.scalar("SELECT 1 FROM sqlite_master WHERE name = 'ledger_month_totals'")
    mid = s.db.execute("INSERT INTO members (member_type, full_name, name_folded, sort_key) "
                       "VALUES ('official', 'A', 'a', 'a')").lastrowid
    s.db.execute("INSERT INTO contributions (member_id, date, amount, asset_type) VALUES (?, '2026-01-05', 7000000, 'cash')", [mid])
    s.db.execute("INSERT INTO contributions (member_id, date, amount, asset_type) VALUES (?, '2026-02-05', 1000000, 'gold')", [mid])
    vs.save_voucher(s, Voucher("cash_receipt", D(3, 1), 2_000_000, "other_income"))
    vs.save_voucher(s, Voucher("cash_receipt", D(20, 1), 300_000, "other_income", internal=True))
    vs.save_voucher(s, Voucher("cash_payment", D(4, 2), 500_000, "management_expense", internal=True))
    vs.lock_month(s, "2026-01", user="x")
    s.db.execute("UPDATE contributions SET amount = 9000000 WHERE date = '2026-01-05'")  # books keep 7.000.000
    s.close()
    monkeypatch.undo()
    s = open_store(path)
    try:
        assert table_rows(s) == view_rows(s)
        # cash: 7.000.000 (snapshot) + 2.000.000 + 300.000 − 500.000; gold 242: 1.000.000
        assert totals(s, "111", None, D(28, 2)) == (0, 9_300_000, 500_000, 4)
        assert s.db.execute("SELECT debit, lines FROM ledger_month_totals WHERE account = '1111' "
                            "AND month = '2026-01' AND internal = 1").fetchone() == (7_300_000, 2)
        assert totals(s, "242", None, D(28, 2)) == (0, 1_000_000, 0, 1)
    finally:
        s.close()


# --- the demo cooperative: same figures as the direct queries ---------------------------------
def test_demo_reports_unchanged(demo_store):
    s = demo_store
    assert table_rows(s) == view_rows(s)
    periods = [(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in (2023, 2024, 2025, 2026)]
    periods += [(dt.date(2025, 4, 1), dt.date(2025, 6, 30)), (dt.date(2025, 3, 15), dt.date(2025, 8, 20)),
                (dt.date(2026, 11, 2), dt.date(2026, 11, 29))]
    for a, b in periods:
        assert income_reports.b02(s, a, b) == view_b02(s, a, b), (a, b)
        assert trial(s, a, b) == view_trial(s, a, b), (a, b)
        for prefix in ("111", "112", "131", "4111", "511"):
            assert totals(s, prefix, a, b) == view_totals(s, prefix, a, b), (prefix, a, b)
    # the 2025 profit of test_demo_books.py (hand calculation of the distribution)
    line60 = {ln.code: ln for ln in income_reports.b02(s, *periods[2])}["60"]
    assert (line60.external, line60.internal) == (318_248_000, 10_780_600)
    for month in range(1, 12):
        last = dt.date(2026, 11, 29) if month == 11 else income_reports.period_bounds("month", 2026, month)[1]
        m = income_reports.month_summary(s, 2026, month, today=dt.date(2026, 11, 29))
        for key, prefix in (("cash", "111"), ("bank", "112")):
            assert m[key] == s.scalar("SELECT SUM(debit - credit) FROM ledger_entries WHERE account >= ? AND account < ? "
                                      "AND date <= ?", [prefix, prefix + ":", last.isoformat()]), (month, key)


def test_demo_year_end_closing_lines_unchanged(demo_store):
    """The closing lines of each demo year (years 2023–2025 are closed, so their closing
    voucher's own lines must be left out) from the monthly totals equal those built from
    the direct query over the view used before."""
    from ocop_desktop.store import books_year_end
    s = demo_store
    closed = 0
    for year in (2023, 2024, 2025, 2026):
        closed += books_year_end.posted_closing(s, year) is not None
        rows = s.db.execute(
            """SELECT account, internal, SUM(debit) - SUM(credit) FROM ledger_entries
                WHERE date >= ? AND date <= ? AND account >= '5' AND account < '7' AND category <> 'year_end_closing'
                GROUP BY account, internal ORDER BY account, internal""", [f"{year}-01-01", f"{year}-12-31"]).fetchall()
        lines = books_year_end.closing_lines(s, year)
        moved = {}
        for ln in lines:
            if ln.account >= "5" and ln.account < "7":
                key = (ln.account, int(ln.internal))
                moved[key] = moved.get(key, 0) + ln.credit - ln.debit
        assert moved == {(a, i): bal for a, i, bal in rows if bal}, year
        assert bool(lines) == any(bal for _a, _i, bal in rows)
    assert closed >= 2
