"""A 20-voucher month (March 2026) whose books were computed by hand (see test_books.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import members as ms
from ocop_desktop.store import vouchers as vs

D = lambda day: dt.date(2026, 3, day)  # noqa: E731


@pytest.fixture
def month(store):
    """Members A (Lê Thị Hoa) and B (Trần Văn Bình) paid 20 and 10 million đồng in cash on
    10/02/2026 (opening cash 30.000.000), then the 20 vouchers of March 2026."""
    store.db.execute("UPDATE cooperative SET charter_capital = 100000000 WHERE id = 1")
    a, _ = ms.save_member(store, Member(full_name="Lê Thị Hoa", sex="F", member_type="official", capital_committed=20_000_000,
                                        contributions=[Contribution(date=dt.date(2026, 2, 10), amount=20_000_000)]),
                          today=dt.date(2026, 3, 1))
    b, _ = ms.save_member(store, Member(full_name="Trần Văn Bình", sex="M", member_type="official", capital_committed=10_000_000,
                                        contributions=[Contribution(date=dt.date(2026, 2, 10), amount=10_000_000)]),
                          today=dt.date(2026, 3, 1))
    market = vs.save_party(store, vs.Party("customer", "Chợ Cẩm Khê"))
    winmart = vs.save_party(store, vs.Party("customer", "WinMart Phú Thọ"))
    shopee = vs.save_party(store, vs.Party("customer", "Shopee"))
    packing = vs.save_party(store, vs.Party("supplier", "Công ty CP Bao bì Phú Thọ"))
    S = "Sắn muối chua"
    items = [
        Voucher("cash_payment", D(1), 20_000_000, "cash_to_bank", "Nộp tiền vào ngân hàng", internal=False),
        Voucher("cash_receipt", D(2), 3_000_000, "sale_external", "Bán 60 hũ sắn tại chợ", party_id=market, internal=False,
                product=S, quantity=60, channel="shop_market"),
        Voucher("cash_payment", D(3), 2_400_000, "purchase_member", "Mua sắn tươi của chị Hoa", member_id=a, internal=True),
        Voucher("bank_receipt", D(4), 9_000_000, "sale_external", "WinMart trả tiền 200 hũ", party_id=winmart, internal=False,
                product=S, quantity=200, channel="supermarket"),
        Voucher("bank_payment", D(5), 1_500_000, "purchase_external", "Mua hũ, nhãn", party_id=packing, internal=False),
        Voucher("cash_receipt", D(6), 1_200_000, "sale_member", "Cung ứng phân bón cho anh Bình", member_id=b, internal=True),
        Voucher("cash_payment", D(7), 900_000, "member_service_cost", "Mua phân bón cung ứng", internal=True),
        Voucher("cash_payment", D(8), 450_000, "management_expense", "Văn phòng phẩm", internal=False),
        Voucher("cash_receipt", D(9), 200_000, "other_income", "Thanh lý bao tải"),  # unmarked → external
        Voucher("cash_payment", D(10), 100_000, "other_expense", "Chi khác"),  # unmarked → external
        Voucher("cash_payment", D(11), 3_000_000, "wages", "Tiền công chị Hoa", member_id=a, internal=True),
        Voucher("cash_receipt", D(12), 5_000_000, "cash_from_bank", "Rút tiền về quỹ", internal=False),
        Voucher("bank_receipt", D(13), 4_500_000, "sale_external", "Shopee chuyển tiền hàng", party_id=shopee, internal=False,
                product=S, quantity=100, channel="ecommerce"),
        Voucher("bank_payment", D(14), 300_000, "sales_deduction", "Giảm giá cho WinMart", party_id=winmart, internal=False),
        Voucher("cash_payment", D(15), 1_800_000, "purchase_member", "Mua sắn tươi của anh Bình", member_id=b, internal=True),
        Voucher("cash_receipt", D(16), 100_000, "membership_fee", "Phí thành viên", member_id=b, internal=True),
        Voucher("bank_payment", D(17), 250_000, "income_tax", "Nộp thuế TNDN", internal=False),
        Voucher("journal", D(18), 2_000_000, "sale_external_credit", "Bán chịu cho WinMart", party_id=winmart, internal=False,
                product=S, quantity=45, channel="supermarket"),
        Voucher("bank_receipt", D(19), 2_000_000, "customer_collection", "WinMart trả nợ", party_id=winmart, internal=False),
        Voucher("cash_payment", D(20), 150_000, "other_expense", "Chi hỗ trợ thành viên", internal=True),
    ]
    saved = [vs.save_voucher(store, v, user="kế toán") for v in items]
    return {"store": store, "a": a, "b": b, "vouchers": saved, "winmart": winmart}
