"""Voucher import reads the channel words accountants write ("Siêu thị", "TMĐT", "Chợ")."""

import datetime as dt

import pytest

from ocop_desktop.imports.vouchers import preview


@pytest.mark.parametrize("word, code", [("Siêu thị", "supermarket"), ("TMĐT", "ecommerce"), ("Chợ", "shop_market"),
                                        ("Chuỗi siêu thị", "supermarket")])
def test_channel_words(word, code):
    headers = ["Ngày", "Số tiền", "Nội dung", "Loại", "Sản phẩm", "Kênh"]
    rows = [(2, [dt.date(2026, 4, 6), 450000, "Bán 10 hũ", "sale_external", "Sắn muối chua", word])]
    mapping = {"date": 0, "amount": 1, "description": 2, "category": 3, "product": 4, "channel": 5}
    result = preview(headers, rows, mapping)
    assert [p for it in result.items for p in it.problems if p[0] == "channel"] == []
    assert result.items[0].voucher.channel == code


def test_negative_amount_in_received_column_is_refused():
    headers = ["Ngày", "Thu", "Chi", "Nội dung"]
    rows = [(2, [dt.date(2026, 4, 6), -500000, None, "Hoàn tiền?"])]
    result = preview(headers, rows, {"date": 0, "receipt": 1, "payment": 2, "description": 3})
    assert [f for it in result.items for f, _ in it.problems] == ["amount"]
