"""Home page: figures from the register and the books, links to pages, optional tiles."""

import datetime as dt

from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.store import vouchers as vs
from ocop_desktop.ui.main_window import MainWindow
from ocop_desktop.ui.pages.dashboard import HomePage


def test_home_is_first_and_shows_member_figures(qtbot, demo_store, qsettings_isolated):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    assert window.sidebar.item(0).data(0x0100) == "home"
    page = window.pages["home"]
    text = page.tiles["members"].body.text()
    # the demo register (resources/demo/members.json): 14 active members, 11 official,
    # capital committed 150.000.000 ₫, paid 147.500.000 ₫
    assert "14 thành viên" in text and "11 chính thức" in text
    assert "150.000.000 ₫" in text and "147.500.000 ₫" in text
    assert 'href="page:members"' in text
    page.open_link("page:members")
    assert window.stack.currentWidget() is window.pages["members"]


def test_tiles_of_missing_features_are_hidden(qtbot, store):
    # a file without the OCOP products feature (its tables dropped) and without dossiers
    store.db.execute("PRAGMA foreign_keys = OFF")
    for table in ("dossier_files", "dossiers", "assessments", "certificates", "product_channels", "products"):
        store.db.execute(f"DROP TABLE IF EXISTS {table}")
    page = HomePage(store, None, today=dt.date(2025, 3, 31))
    qtbot.addWidget(page)
    assert page.tiles["products"].isHidden() and page.tiles["dossiers"].isHidden()
    assert page.tiles["certificates"].isHidden()
    assert not page.tiles["month"].isHidden() and not page.tiles["money"].isHidden()
    # the visible tiles are packed without holes: members, month, money on the first row
    assert [page.grid.getItemPosition(page.grid.indexOf(page.tiles[k]))[:2] for k in ("members", "month", "money")] == \
        [(0, 0), (0, 1), (0, 2)]


def test_products_and_certificates_on_the_demo(qtbot, demo_store):
    from ocop_desktop.demo import DEMO_TODAY
    page = HomePage(demo_store, None, today=DEMO_TODAY)
    qtbot.addWidget(page)
    # resources/demo/products.json: three products; the pickled cassava's 3★ certificate
    # (issued 20/12/2022, valid to 20/12/2025) has expired by 29/11/2026 → no valid rating,
    # and it is the one certificate needing attention
    products = page.tiles["products"].body.text()
    assert "3 sản phẩm" in products and "còn hiệu lực: " in products
    assert not page.tiles["certificates"].isHidden()
    assert ">1<" in page.tiles["certificates"].body.text()


def test_month_flows_and_balances(qtbot, store):
    party = vs.save_party(store, vs.Party("customer", "WinMart"))
    vs.save_voucher(store, Voucher("cash_receipt", dt.date(2025, 3, 3), 5_000_000, "sale_external", party_id=party,
                                   product="Sắn muối chua", channel="supermarket"))
    vs.save_voucher(store, Voucher("cash_payment", dt.date(2025, 3, 9), 1_200_000, "management_expense"))
    vs.save_voucher(store, Voucher("cash_payment", dt.date(2025, 3, 20), 2_000_000, "cash_to_bank"))
    vs.save_voucher(store, Voucher("cash_receipt", dt.date(2025, 2, 20), 700_000, "other_income"))
    page = HomePage(store, None, today=dt.date(2025, 3, 31))
    qtbot.addWidget(page)
    month = page.tiles["month"].body.text()
    # March 2025: received 5.000.000 (the sale), paid 1.200.000 (the expense); the deposit
    # of cash in the bank moves money between the two and is not counted
    assert "5.000.000 ₫" in month and "1.200.000 ₫" in month and "2.000.000" not in month
    money = page.tiles["money"].body.text()
    # cash: 700.000 + 5.000.000 − 1.200.000 − 2.000.000 = 2.500.000; bank 2.000.000
    assert "2.500.000 ₫" in money and "2.000.000 ₫" in money


def test_every_tile_links_to_an_existing_page(qtbot, demo_store, qsettings_isolated):
    import re
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.pages["home"]
    assert not page.tiles["dossiers"].isHidden()
    assert "1 hồ sơ" in page.tiles["dossiers"].body.text()  # the demo's one dossier (resources/demo)
    for key, tile in page.tiles.items():
        for target in re.findall(r'href="page:([a-z]+)"', tile.body.text()):
            page.open_link(f"page:{target}")
            assert window.stack.currentWidget() is window.pages[target], (key, target)
