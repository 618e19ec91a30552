"""Command line, XLSX export and import of vouchers (issue 5 items 4, 9, 10)."""

import datetime as dt
import json

import openpyxl
import pytest

from ocop_desktop.cli import run
from ocop_desktop.exports import books_xlsx as bx
from ocop_desktop.store import vouchers as vs

A, B = dt.date(2026, 3, 1), dt.date(2026, 3, 31)


def _close(month):
    month["store"].close()
    return str(month["store"].path)


def test_cash_book_xlsx_has_form_headings_and_signatures(month, tmp_path):
    out = bx.write_cash_book(month["store"], tmp_path / "so-quy.xlsx", A, B, today=dt.date(2026, 4, 5))
    ws = openpyxl.load_workbook(out).active
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    flat = [c for row in cells for c in row if c not in (None, "")]
    assert "SỔ QUỸ TIỀN MẶT" in flat
    for head in ("Ngày, tháng ghi sổ", "Ngày, tháng chứng từ", "Số hiệu chứng từ", "Diễn giải", "Số tiền", "Thu", "Chi", "Tồn", "Ghi chú"):
        assert head in flat
    for sig in ("Người ghi sổ", "Kế toán trưởng", "Người đại diện theo pháp luật", "Ngày 05 tháng 04 năm 2026"):
        assert sig in flat
    assert "Đơn vị: HTX Thử nghiệm" in flat
    opening = next(r for r in cells if "Số tồn đầu kỳ" in r)
    closing = next(r for r in cells if "Số tồn cuối kỳ" in r)
    assert opening[7] == 30_000_000 and closing[7] == 10_700_000
    assert any(str(c).startswith("- Sổ này có 01 trang") for c in flat)
    # dates are Excel dates shown dd/mm/yyyy: the first cash line is the payment of 01/03
    first = next(row for row in ws.iter_rows() if isinstance(row[0].value, dt.datetime))
    assert first[0].value == dt.datetime(2026, 3, 1) and first[0].number_format == "dd/mm/yyyy"
    assert first[1].value == dt.datetime(2026, 3, 1)


def test_b02_and_other_exports(month, tmp_path):
    s = month["store"]
    ws = openpyxl.load_workbook(bx.write_b02(s, tmp_path / "b02.xlsx", A, B)).active
    rows = {r[1]: r for r in ws.iter_rows(values_only=True) if r[1] in ("01", "60")}
    assert rows["60"][2:5] == (8_900_000, 250_000, 9_150_000)
    flat = [c for r in ws.iter_rows(values_only=True) for c in r if c]
    assert "Mẫu số B02-HTX" in flat and "Giao dịch bên ngoài (a)" in flat and "Giao dịch nội bộ (b)" in flat
    for writer in (bx.write_bank_book, bx.write_journal, bx.write_trial_balance, bx.write_revenue):
        assert writer(s, tmp_path / f"{writer.__name__}.xlsx", A, B).exists()
    assert bx.write_ledger(s, tmp_path / "l.xlsx", "511", A, B).exists()
    assert bx.write_subsidiary(s, tmp_path / "m.xlsx", "member", month["a"], A, B).exists()
    assert bx.write_member_income(s, tmp_path / "mi.xlsx", 2026).exists()
    assert bx.write_distribution(s, tmp_path / "d.xlsx", 2026).exists()
    tb = openpyxl.load_workbook(tmp_path / "write_trial_balance.xlsx").active
    total = next(r for r in tb.iter_rows(values_only=True) if r[1] == "Tổng cộng")
    assert total[2:] == (30_000_000, 30_000_000, 57_850_000, 57_850_000, 50_000_000, 50_000_000)


def test_cli_reports(month, tmp_path, capsys):
    db = _close(month)
    assert run(["report", "cashbook", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["opening"], data["closing"], len(data["rows"])) == (30_000_000, 10_700_000, 13)
    assert run(["report", "b02", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31", "--json"]) == 0
    lines = {ln["code"]: ln for ln in json.loads(capsys.readouterr().out)["lines"]}
    assert (lines["60"]["external"], lines["60"]["internal"]) == (8_900_000, 250_000)
    assert run(["report", "trial-balance", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["closing_debit"] == 50_000_000
    out = tmp_path / "j.xlsx"
    assert run(["report", "journal", "--db", db, "--from", "01/03/2026", "--to", "31/03/2026", "--xlsx", str(out)]) == 0
    assert out.exists()
    capsys.readouterr()
    assert run(["report", "member-income", "--db", db, "--from", "2026-01-01", "--to", "2026-12-31", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["income"] == 5_400_000 + 1_800_000
    assert run(["distribution", "--db", db, "--year", "2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["fund_external"] == 445_000


def test_cli_add_and_locked_month(month, capsys):
    db = _close(month)
    assert run(["vouchers", "add", "--db", db, "--type", "receipt", "--date", "02/04/2026", "--amount", "1.250.000",
                "--category", "sale_external", "--customer", "Co.opmart Việt Trì", "--product", "Sắn muối chua",
                "--quantity", "25", "--channel", "supermarket", "--external", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["number"], row["amount"], row["internal"], row["counterparty"]) == ("PT-2026-0006", 1_250_000, 0, "Co.opmart Việt Trì")
    assert run(["vouchers", "add", "--db", db, "--type", "payment", "--date", "2026-04-03", "--amount", "300000",
                "--category", "purchase_member", "--member", "Lê Thị Hoa", "--internal", "--json"]) == 0
    capsys.readouterr()
    assert run(["vouchers", "add", "--db", db, "--type", "payment", "--amount", "12,5", "--category", "wages"]) == 2
    assert run(["vouchers", "add", "--db", db, "--type", "receipt", "--date", "2026-04-03", "--amount", "1000",
                "--category", "purchase_member"]) == 1
    from ocop_desktop.store.db import open_store
    s = open_store(db)
    vs.lock_month(s, "2026-04")
    s.close()
    capsys.readouterr()
    assert run(["vouchers", "add", "--db", db, "--type", "receipt", "--date", "2026-04-20", "--amount", "1000",
                "--category", "other_income"]) == 1
    assert "khóa sổ" in capsys.readouterr().err


CSV = """Sao kê tài khoản 1234
Ngày;Số tham chiếu;Diễn giải;Ghi có;Ghi nợ;Loại;Đối tượng;Nội bộ
05/04/2026;FT001;Thu tiền thanh lý;1.500.000;;Thu nhập khác;;
06/04/2026;FT002;Trả tiền điện;;800.000;Chi phí quản lý (điện, văn phòng phẩm, phí…);Điện lực Cẩm Khê;bên ngoài
06/04/2026;FT003;Mua sắn của chị Hoa;;2.000.000;Mua nguyên liệu của thành viên;Lê Thị Hoa;nội bộ
Tổng cộng;;;1.500.000;2.800.000;;;
"""


def test_import_preview_duplicates_and_all_or_nothing(month, tmp_path, capsys):
    path = tmp_path / "saoke.csv"
    path.write_text(CSV, encoding="utf-8")
    db = _close(month)
    assert run(["vouchers", "import", str(path), "--db", db, "--bank", "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["rows"], data["new"], data["duplicates"]) == (3, 3, 0) and "saved" not in data
    assert run(["vouchers", "import", str(path), "--db", db, "--bank", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["saved"] == ["BC-2026-0004", "BN-2026-0004", "BN-2026-0005"]
    # the same file again: every row is a duplicate (date + amount + reference)
    assert run(["vouchers", "import", str(path), "--db", db, "--bank", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicates"] == 3
    # one bad row → nothing written, the row named
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV.replace("FT001", "FT101").replace("FT002", "FT102").replace("06/04/2026;FT003", "31/04/2026;FT103"), encoding="utf-8")
    from ocop_desktop.store.db import open_store
    s = open_store(db)
    before = s.scalar("SELECT COUNT(*) FROM vouchers")
    s.close()
    assert run(["vouchers", "import", str(bad), "--db", db, "--bank"]) == 1
    assert "Dòng 5" in capsys.readouterr().err
    s = open_store(db)
    assert s.scalar("SELECT COUNT(*) FROM vouchers") == before
    s.close()


def test_import_unknown_file_kind(month, tmp_path, capsys):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    assert run(["vouchers", "import", str(path), "--db", _close(month)]) == 2


def test_import_xlsx_with_excel_dates_and_mapping(month, tmp_path):
    from ocop_desktop.imports.vouchers import guess_mapping, preview, read_table
    from ocop_desktop.store import voucher_import
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NGÂN HÀNG NÔNG NGHIỆP - SAO KÊ"])
    ws.append(["Ngày giao dịch", "Mã GD", "Nội dung", "Phát sinh Có", "Phát sinh Nợ", "Kênh bán", "Sản phẩm", "Loại"])
    ws.append([dt.datetime(2026, 4, 7), 991, "Postmart thanh toán", 2_250_000, None, "Thương mại điện tử", "Sắn muối chua",
               "Bán sản phẩm cho người mua bên ngoài"])
    ws.append([dt.datetime(2026, 4, 8), 992, "Phí dịch vụ ngân hàng", None, 22_000, None, None, None])
    path = tmp_path / "saoke.xlsx"
    wb.save(path)
    headers, rows = read_table(path)
    mapping = guess_mapping(headers)
    assert mapping == {"date": 0, "reference": 1, "description": 2, "receipt": 3, "payment": 4, "channel": 5,
                       "product": 6, "category": 7}
    s = month["store"]
    pv = preview(headers, rows, mapping, bank=True, existing=voucher_import.existing_keys(s))
    assert not pv.has_problems, pv.problem_lines()
    v0, v1 = (it.voucher for it in pv.items)
    assert (v0.vtype, v0.category, v0.channel, v0.amount, v0.reference) == ("bank_receipt", "sale_external", "ecommerce", 2_250_000, "991")
    assert (v1.vtype, v1.category, v1.amount) == ("bank_payment", "other_expense", 22_000)
    from ocop_desktop.store.backup import BackupCancelled
    count = s.scalar("SELECT COUNT(*) FROM vouchers")
    with pytest.raises(BackupCancelled):  # stopped during its backup (issue 7): nothing written
        voucher_import.commit(s, pv, user="kế toán", progress=lambda *a: False)
    assert s.scalar("SELECT COUNT(*) FROM vouchers") == count
    saved = voucher_import.commit(s, pv, user="kế toán")
    assert [v.number for v in saved] == ["BC-2026-0004", "BN-2026-0004"]
    assert vs.audit_rows(s, saved[0].id)[0]["who"] == "kế toán"


def test_cli_close_year_and_categories(month, capsys, monkeypatch):
    db = _close(month)
    import datetime as real_dt
    import types
    from ocop_desktop.store import books_year_end

    class Day(real_dt.date):
        today_value = real_dt.date(2026, 12, 31)

        @classmethod
        def today(cls):
            return cls.today_value

    monkeypatch.setattr(books_year_end, "dt", types.SimpleNamespace(date=Day, datetime=real_dt.datetime))
    assert run(["vouchers", "close-year", "--db", db, "--year", "2026"]) == 1  # the year has not ended
    assert "chưa kết thúc" in capsys.readouterr().err
    Day.today_value = real_dt.date(2027, 1, 5)
    assert run(["vouchers", "close-year", "--db", db, "--year", "2026"]) == 0
    assert "PKT-2026-0002" in capsys.readouterr().out
    assert run(["vouchers", "close-year", "--db", db, "--year", "2026"]) == 1
    capsys.readouterr()
    assert run(["vouchers", "categories"]) == 0
    out = capsys.readouterr().out
    assert "sale_external" in out and "Bán sản phẩm cho người mua bên ngoài" in out
    assert "capital_contribution" not in out  # entered in the member register only


def test_cli_ledger_and_subsidiary(month, tmp_path, capsys):
    db = _close(month)
    assert run(["report", "ledger", "--account", "511", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["credit"], data["closing"], len(data["rows"])) == (18_500_000, -18_500_000, 4)
    assert run(["report", "subsidiary", "--customer", "WinMart Phú Thọ", "--account", "131", "--db", db,
                "--from", "2026-03-01", "--to", "2026-03-31", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["debit"], data["credit"], data["closing"]) == (2_000_000, 2_000_000, 0)
    out = tmp_path / "hoa.xlsx"
    assert run(["report", "subsidiary", "--member", "Lê Thị Hoa", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31",
                "--xlsx", str(out)]) == 0 and out.exists()
    assert run(["report", "ledger", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31"]) == 2
