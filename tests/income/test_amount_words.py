"""Amounts in words for "Viết bằng chữ" (forms 01-TT/02-TT), read as Vietnamese offices
write them (linh, mốt, tư, lăm, không trăm)."""

import pytest

from ocop_desktop.domain.income.amount_words import amount_in_words


@pytest.mark.parametrize("amount, words", [
    (0, "Không đồng"),
    (15, "Mười lăm đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi tư đồng"),
    (105, "Một trăm linh năm đồng"),
    (1_005, "Một nghìn không trăm linh năm đồng"),
    (1_250_000, "Một triệu hai trăm năm mươi nghìn đồng"),
    (1_000_005, "Một triệu không trăm linh năm đồng"),
    (35_450_000, "Ba mươi lăm triệu bốn trăm năm mươi nghìn đồng"),
    (2_500_000_000, "Hai tỷ năm trăm triệu đồng"),
    (1_000_000_000_000, "Một nghìn tỷ đồng"),
])
def test_amount_in_words(amount, words):
    assert amount_in_words(amount) == words


def test_voucher_form(month):
    from ocop_desktop.store import vouchers as vs
    f = vs.voucher_form(month["store"], month["vouchers"][2].id)
    assert (f["title"], f["form"], f["number"]) == ("PHIẾU CHI", "Mẫu số 02-TT", "PC-2026-0002")
    assert (f["debit"], f["credit"], f["person"]) == ("611", "1111", "Lê Thị Hoa")
    assert f["amount_words"] == "Hai triệu bốn trăm nghìn đồng"
    assert f["date_text"] == "Ngày 03 tháng 03 năm 2026"
    assert "Thủ quỹ" in f["signatures"]
