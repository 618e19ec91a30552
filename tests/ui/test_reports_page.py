"""Reports page: B02-HTX columns (a)/(b), revenue with chart, member income, distribution."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import members as ms
from ocop_desktop.store import vouchers as vs
from ocop_desktop.ui.ask import Ask
from ocop_desktop.ui.book_print import Printing, render_pdf
from ocop_desktop.ui.pages.reports import ReportsPage, chart_available

U = Qt.ItemDataRole.UserRole


@pytest.fixture
def coop(store):
    """Five official members (the legal minimum, Law 17/2023 Art. 4) with 2.000.000 ₫ of
    capital each, one customer, and a small year 2024 of business."""
    store.db.execute("UPDATE cooperative SET charter_capital = 10000000 WHERE id = 1")
    ids = []
    for name in ("Nguyễn Thị Hoa", "Lê Văn Bình", "Trần Thị Lan", "Phạm Văn Đức", "Bùi Thị Nga"):
        mid, _ = ms.save_member(store, Member(full_name=name, sex="F", member_type="official", capital_committed=2_000_000,
                                              contributions=[Contribution(dt.date(2024, 1, 2), 2_000_000)]),
                                today=dt.date(2024, 1, 2))
        ids.append(mid)
    winmart = vs.save_party(store, vs.Party("customer", "WinMart"))
    sales = [(dt.date(2024, 3, 5), 10_000_000, "supermarket", "Sắn muối chua"),
             (dt.date(2024, 5, 7), 6_000_000, "ecommerce", "Măng chua"),
             (dt.date(2024, 8, 9), 4_000_000, "supermarket", "Sắn muối chua")]
    for d, amount, channel, product in sales:
        vs.save_voucher(store, Voucher("cash_receipt", d, amount, "sale_external", party_id=winmart, internal=False,
                                       product=product, quantity=100, channel=channel))
    vs.save_voucher(store, Voucher("cash_receipt", dt.date(2024, 4, 1), 3_000_000, "sale_member", member_id=ids[0],
                                   internal=True, product="Phân bón"))
    vs.save_voucher(store, Voucher("cash_payment", dt.date(2024, 3, 1), 8_000_000, "purchase_member", member_id=ids[1],
                                   internal=True, product="Sắn tươi", quantity=4000))
    vs.save_voucher(store, Voucher("cash_payment", dt.date(2023, 3, 1), 5_000_000, "purchase_member", member_id=ids[1],
                                   internal=True, product="Sắn tươi", quantity=2500))
    vs.save_voucher(store, Voucher("cash_payment", dt.date(2024, 6, 1), 1_500_000, "management_expense", internal=False))
    return store, ids


def _page(qtbot, store):
    page = ReportsPage(store, today=dt.date(2025, 2, 1))
    qtbot.addWidget(page)
    return page


def _column(model, key):
    cols = [c.key for c in model.columns]
    return [model.index(r, cols.index(key)).data(U) for r in range(model.rowCount())]


def test_b02_columns_external_and_internal(qtbot, qtmodeltester, coop):
    store, ids = coop
    page = _page(qtbot, store)
    tab = page.b02
    tab.period.set_period("year", 2024)
    qtmodeltester.check(tab.model)
    codes = _column(tab.model, "code")
    assert codes == ["01", "02", "10", "11", "12", "20", "31", "32", "40", "50", "51", "60"]
    ext, inn = dict(zip(codes, _column(tab.model, "external"))), dict(zip(codes, _column(tab.model, "internal")))
    # by hand (TT 71 B02-HTX): 01 (a) 10 + 6 + 4 = 20.000.000 (511); 01 (b) 3.000.000 (512)
    # 11: purchase from a member posts to 611 → column (a) 8.000.000 (611 is external by account)
    # 12: 1.500.000 (a); 20 (a) = 20 − 8 − 1,5 = 10.500.000; 20 (b) = 3.000.000; 60 = 20
    assert (ext["01"], inn["01"]) == (20_000_000, 3_000_000)
    assert (ext["11"], ext["12"]) == (8_000_000, 1_500_000)
    assert (ext["60"], inn["60"]) == (10_500_000, 3_000_000)
    tab.period.set_period("q1", 2024)
    ext1 = dict(zip(_column(tab.model, "code"), _column(tab.model, "external")))
    assert ext1["01"] == 10_000_000 and ext1["11"] == 8_000_000
    assert "01/01/2024" in tab.heading.text() and "31/03/2024" in tab.heading.text()


def test_revenue_by_product_channel_month_with_chart(qtbot, qtmodeltester, coop):
    store, ids = coop
    page = _page(qtbot, store)
    tab = page.revenue
    page.tabs.setCurrentWidget(tab)
    tab.period.set_period("year", 2024)
    qtmodeltester.check(tab.model)
    labels, amounts = _column(tab.model, "label"), _column(tab.model, "amount")
    # biggest first: Sắn muối chua 14.000.000, Măng chua 6.000.000, Phân bón (to a member) 3.000.000
    assert list(zip(labels, amounts)) == [("Sắn muối chua", 14_000_000), ("Măng chua", 6_000_000), ("Phân bón", 3_000_000)]
    tab.by.setCurrentIndex(tab.by.findData("channel"))
    by_channel = dict(zip(_column(tab.model, "label"), _column(tab.model, "amount")))
    assert by_channel["Chuỗi siêu thị"] == 14_000_000 and by_channel["Thương mại điện tử"] == 6_000_000
    tab.by.setCurrentIndex(tab.by.findData("month"))
    assert _column(tab.model, "label") == ["03/2024", "04/2024", "05/2024", "08/2024"]
    assert "23.000.000 ₫" in tab.note.text()
    assert chart_available()  # PySide6-Addons is a dependency
    chart = tab.chart.view.chart()
    bars = chart.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [10, 3, 6, 4]  # million đồng per month


def test_member_income_this_year_against_last(qtbot, qtmodeltester, coop):
    store, ids = coop
    page = _page(qtbot, store)
    tab = page.members
    page.tabs.setCurrentWidget(tab)
    assert tab.year.currentData() == 2024  # today 01/02/2025: the last complete year with entries
    qtmodeltester.check(tab.model)
    rows = {tab.model.row_dict(r)["full_name"]: tab.model.row_dict(r) for r in range(tab.model.rowCount())}
    binh = rows["Lê Văn Bình"]
    # sold 8.000.000 of cassava in 2024 against 5.000.000 in 2023: +60,0%
    assert (binh["products_sold"], binh["products_sold_prev"]) == (8_000_000, 5_000_000)
    col = [c.key for c in tab.model.columns].index("growth_pct")
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_dict(r)["full_name"] == "Lê Văn Bình")
    assert tab.model.index(row, col).data() == "+60,0%"
    assert rows["Nguyễn Thị Hoa"]["services_used"] == 3_000_000


def test_distribution_post_asks_first_and_posts_once(qtbot, coop, monkeypatch):
    store, ids = coop
    page = _page(qtbot, store)
    tab = page.distribution
    page.tabs.setCurrentWidget(tab)
    tab.year.setCurrentIndex(tab.year.findData(2024))
    assert tab.steps_model.rowCount() > 0 and tab.model.rowCount() == 5
    assert tab.post_button.isEnabled()
    answers = [False, True]
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, text: answers.pop(0)))
    informed = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, text: informed.append(text)))
    tab.post()
    assert store.scalar("SELECT COUNT(*) FROM vouchers WHERE category = 'surplus_distribution'") == 0
    tab.post()
    row = store.query("SELECT number, date, reference FROM vouchers WHERE category = 'surplus_distribution'")[0]
    assert (row["date"], row["reference"]) == ("2025-02-01", "PP-2024")
    assert informed and row["number"] in informed[0]
    assert not tab.post_button.isEnabled() and row["number"] in tab.note.text()
    # the members' shares equal the table's total column
    credited = store.scalar("SELECT SUM(credit) FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id "
                            "WHERE v.category = 'surplus_distribution' AND l.account = '338'")
    assert credited == sum(_column(tab.model, "total"))


def test_distribution_of_a_running_year_is_refused(qtbot, coop, monkeypatch):
    store, ids = coop
    page = ReportsPage(store, today=dt.date(2024, 12, 1))
    qtbot.addWidget(page)
    tab = page.distribution
    page.tabs.setCurrentWidget(tab)
    tab.year.setCurrentIndex(tab.year.findData(2024))
    errors = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, text: errors.append(text)))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda *a: pytest.fail("must not ask")))
    tab.post()
    assert errors and "31/12/2024" in errors[0]


def test_each_report_prints_and_exports(qtbot, coop, monkeypatch, tmp_path):
    store, ids = coop
    page = _page(qtbot, store)
    page.b02.period.set_period("year", 2024)
    books = []
    monkeypatch.setattr(Printing, "preview", classmethod(lambda cls, parent, book: books.append(book)))
    informed = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, text: informed.append(text)))
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, p, t, text: pytest.fail(text)))
    for i, tab in enumerate((page.b02, page.revenue, page.members, page.distribution)):
        page.tabs.setCurrentWidget(tab)
        tab.print_button.click()
        out = tmp_path / f"r{i}.xlsx"
        monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a, out=out: str(out)))
        tab.export_button.click()  # written off the GUI thread
        qtbot.waitUntil(lambda i=i: len(informed) == i + 1, timeout=20000)
        assert out.exists() and out.stat().st_size > 0, tab.title
    assert len(books) == 4
    assert books[0].title.startswith("Báo cáo kết quả hoạt động")
    assert [who for who, _how in books[0].signers] == ["Người lập biểu", "Kế toán trưởng", "Người đại diện theo pháp luật"]
    pages = render_pdf(books[0], tmp_path / "b02.pdf", today=dt.date(2025, 1, 15))
    assert pages == 1


def test_b02_formula_lines_bold_and_ocop_suggestions(qtbot, qtmodeltester, coop):
    store, ids = coop
    page = _page(qtbot, store)
    page.b02.period.set_period("year", 2024)
    m = page.b02.model
    bold = [m.row_dict(r)["code"] for r in range(m.rowCount()) if m.index(r, 0).data(Qt.ItemDataRole.FontRole)]
    assert bold == ["10", "20", "40", "50", "60"]
    tab = page.suggestions
    page.tabs.setCurrentWidget(tab)
    tab.year.setCurrentIndex(tab.year.findData(2024))
    qtmodeltester.check(tab.model)
    rows = {tab.model.row_dict(r)["criterion"]: tab.model.row_dict(r) for r in range(tab.model.rowCount())}
    assert set(rows) == {"A3đ", "A3d", "B4a"}
    # A3d: profit after tax 2024 = 13.500.000 (10.500.000 a + 3.000.000 b); 2023 had only the
    # 5.000.000 purchase (a loss of 5.000.000) → profit is up: "looks met"
    assert rows["A3d"]["met_label"] == "Có vẻ đạt"
    assert "13.500.000" in rows["A3d"]["summary"]
    # B4a: no buyer with sales in 6 months or more
    assert rows["B4a"]["met_label"] == "Sổ sách chưa cho thấy"


def test_tabs_compute_when_shown(qtbot, coop):
    store, ids = coop
    page = _page(qtbot, store)
    # the shown (first) tab is computed on construction, the others wait until shown
    assert not page.b02.stale
    assert all(t.stale for t in (page.revenue, page.members, page.distribution, page.suggestions))
    page.refresh()  # the window calls this when the page is shown again
    assert not page.b02.stale and page.revenue.stale
    page.tabs.setCurrentWidget(page.revenue)
    # today 01/02/2025 and nothing booked in 2025 yet: the reports open on 2024 (three products sold)
    assert not page.revenue.stale and page.revenue.model.rowCount() == 3


def test_first_tab_filled_when_page_is_first_opened_from_the_sidebar(qtbot, demo_store, qsettings_isolated):
    """The window builds the reports page lazily and skips refresh() for a page just built:
    the B02 tab must still show its twelve lines."""
    from ocop_desktop.ui.main_window import MainWindow
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("reports")
    assert page.b02.model.rowCount() == 12
