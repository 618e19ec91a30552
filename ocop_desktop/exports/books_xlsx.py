"""XLSX export of the books and reports (issue 5 items 4–6), with XlsxWriter.

Every sheet carries what the standard forms carry (COOPERATIVE.md "Books"): the
cooperative's name and address, the book's name in capitals, the period, the columns with the
forms' Vietnamese headings (two-level where the form groups them) and the letter/number row,
opening and closing lines, "Sổ này có … trang, đánh số từ trang 01 đến trang …", the opening
date ("Ngày mở sổ"), the date line and the signature lines *Người ghi sổ*, *Kế toán trưởng*,
*Người đại diện theo pháp luật*. Titles and headings are the forms' own Vietnamese text, so
they are written as they are (not translated).

Money is written as numbers (integer đồng) with a thousands format; dates as Excel dates
shown dd/mm/yyyy, as in the paper books (so they sort and filter as dates). Large books are streamed page by page from the store (keyset pages)
with XlsxWriter's ``constant_memory`` mode, so a book of 1,000,000 lines never sits in memory.

Functions (each returns the *path* written; raises ``OSError`` when it cannot be written):
``write_cash_book(store, path, date_from, date_to)``, ``write_bank_book(...)``,
``write_journal(...)``, ``write_ledger(store, path, account, date_from, date_to)``,
``write_subsidiary(store, path, kind, counterparty_id, date_from, date_to, account=None)``,
``write_trial_balance(...)``, ``write_b02(...)``, ``write_revenue(...)``,
``write_member_income(store, path, year)``, ``write_distribution(store, path, year)``.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import xlsxwriter

from ocop_desktop.domain.formats import format_date, long_date
from ocop_desktop.domain.income.distribution import Distribution
from ocop_desktop.domain.income.vouchers import channel_label
from ocop_desktop.store import books, income_reports
from ocop_desktop.store.db import Store

__all__ = ["write_cash_book", "write_bank_book", "write_journal", "write_ledger", "write_subsidiary",
           "write_trial_balance", "write_b02", "write_revenue", "write_member_income", "write_distribution",
           "ROWS_PER_PAGE", "SIGNATURES"]

#: Rows of a printed A4 landscape page, for the "Sổ này có … trang" line.
ROWS_PER_PAGE = 30
#: Signature lines of every book (COOPERATIVE.md "Books").
SIGNATURES = (("Người ghi sổ", "(Ký, họ tên)"), ("Kế toán trưởng", "(Ký, họ tên)"),
              ("Người đại diện theo pháp luật", "(Ký, họ tên, đóng dấu)"))
_CIRCULAR = "(Ban hành theo Thông tư số 71/2024/TT-BTC ngày 07/10/2024 của Bộ trưởng Bộ Tài chính)"
_PAGE = 2000


class _Sheet:
    """One book on one worksheet: header, columns, rows, footer."""

    def __init__(self, path: Path, store: Store, title: str, form: str, subtitle: str,
                 columns: list[tuple[str | None, str, int, str]], sheet_name: str):
        self.path = Path(path)
        self.wb = xlsxwriter.Workbook(str(self.path), {"constant_memory": True})
        self.ws = self.wb.add_worksheet(sheet_name[:31])
        self.columns = columns
        self.ncols = len(columns)
        wb = self.wb
        base = {"font_name": "Times New Roman", "font_size": 11}
        self.f = {
            "text": wb.add_format({**base, "border": 1, "valign": "top", "text_wrap": True}),
            "center": wb.add_format({**base, "border": 1, "align": "center", "valign": "top"}),
            "date": wb.add_format({**base, "border": 1, "align": "center", "valign": "top", "num_format": "dd/mm/yyyy"}),
            "money": wb.add_format({**base, "border": 1, "num_format": "#,##0;-#,##0;\"\"", "valign": "top"}),
            "money_b": wb.add_format({**base, "border": 1, "bold": True, "num_format": "#,##0;-#,##0;\"\""}),
            "qty": wb.add_format({**base, "border": 1, "num_format": "#,##0.##", "valign": "top"}),
            "pct": wb.add_format({**base, "border": 1, "num_format": "0.0", "valign": "top"}),
            "text_b": wb.add_format({**base, "border": 1, "bold": True}),
            "head": wb.add_format({**base, "border": 1, "bold": True, "align": "center", "valign": "vcenter", "text_wrap": True}),
            "letter": wb.add_format({**base, "border": 1, "italic": True, "align": "center"}),
            "title": wb.add_format({**base, "font_size": 14, "bold": True, "align": "center"}),
            "sub": wb.add_format({**base, "italic": True, "align": "center"}),
            "plain": wb.add_format(base),
            "bold": wb.add_format({**base, "bold": True}),
            "right": wb.add_format({**base, "align": "right"}),
            "sig": wb.add_format({**base, "bold": True, "align": "center"}),
            "sig_i": wb.add_format({**base, "italic": True, "align": "center"}),
        }
        coop = store.query("SELECT name, address_detail FROM cooperative WHERE id = 1")
        name = coop[0]["name"] if coop else ""
        address = (coop[0]["address_detail"] or "") if coop else ""
        ws = self.ws
        for i, (_g, _h, width, _k) in enumerate(columns):
            ws.set_column(i, i, width)
        last = self.ncols - 1
        half = max(1, self.ncols // 2)
        # constant_memory: finish each row before the next one
        ws.write(0, 0, f"Đơn vị: {name}", self.f["bold"])
        if form:
            ws.write(0, half, form, self.f["bold"])
        ws.write(1, 0, f"Địa chỉ: {address}", self.f["plain"])
        if form:
            ws.write(1, half, _CIRCULAR, self.f["plain"])
        ws.merge_range(3, 0, 3, last, title, self.f["title"])
        ws.merge_range(4, 0, 4, last, subtitle, self.f["sub"])
        ws.write(5, last, "Đơn vị tính: đồng", self.f["right"])
        self.row = 6
        self._header()
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(self.header_first, self.row - 1)
        self.data_rows = 0

    def _header(self) -> None:
        ws, r = self.ws, self.row
        self.header_first = r
        grouped = any(g for g, _h, _w, _k in self.columns)
        if grouped:
            # constant_memory: write row r completely, then row r + 1 (no vertical merges)
            i = 0
            while i < self.ncols:
                group = self.columns[i][0]
                j = i
                while group and j + 1 < self.ncols and self.columns[j + 1][0] == group:
                    j += 1
                if j > i:
                    ws.merge_range(r, i, r, j, group, self.f["head"])
                else:
                    ws.write(r, i, group or self.columns[i][1], self.f["head"])
                i = j + 1
            for k, (group, head, _w, _k) in enumerate(self.columns):
                ws.write(r + 1, k, head if group else "", self.f["head"])
            r += 2
        else:
            for i, (_g, head, _w, _k) in enumerate(self.columns):
                ws.write(r, i, head, self.f["head"])
            r += 1
        letters = "ABCDEFGH"
        n_text = 0
        for i, (_g, _h, _w, kind) in enumerate(self.columns):
            if kind in ("money", "qty", "pct"):
                ws.write(r, i, str(i - n_text + 1), self.f["letter"])
            else:
                ws.write(r, i, letters[n_text] if n_text < len(letters) else "", self.f["letter"])
                n_text += 1
        self.row = r + 1

    def add(self, values: list, bold: bool = False) -> None:
        """Write one row (values in column order; None → empty cell)."""
        for i, (value, (_g, _h, _w, kind)) in enumerate(zip(values, self.columns)):
            if kind in ("money", "qty", "pct") and isinstance(value, (int, float)) and not isinstance(value, bool):
                fmt = self.f["money_b"] if bold and kind == "money" else self.f[kind]
                self.ws.write_number(self.row, i, value, fmt)
            elif isinstance(value, dt.date):
                self.ws.write_datetime(self.row, i, dt.datetime.combine(value, dt.time()), self.f["date"])
            else:
                fmt = self.f["text_b"] if bold else self.f["center" if kind == "center" else "text"]
                self.ws.write_string(self.row, i, "" if value is None else str(value), fmt)
        self.row += 1
        self.data_rows += 1

    def close(self, opened: dt.date | None = None, today: dt.date | None = None, pages: bool = True) -> Path:
        """Footer (page count, opening date, date line, signatures) and save."""
        ws, r = self.ws, self.row + 1
        if pages:
            n = max(1, math.ceil((self.row) / ROWS_PER_PAGE))
            ws.write(r, 0, f"- Sổ này có {n:02d} trang, đánh số từ trang 01 đến trang {n:02d}", self.f["plain"])
            ws.write(r + 1, 0, f"- Ngày mở sổ: {format_date(opened) if opened else '…'}", self.f["plain"])
            r += 3
        today = today or dt.date.today()
        last = self.ncols - 1
        ws.write(r, max(0, last - 2), long_date(today).capitalize(), self.f["sub"])
        r += 1
        spots = [0, max(1, self.ncols // 2 - 1), max(2, last - 1)]
        for (role, _note), col in zip(SIGNATURES, spots):
            ws.write(r, col, role, self.f["sig"])
        for (_role, note), col in zip(SIGNATURES, spots):
            ws.write(r + 1, col, note, self.f["sig_i"])
        self.wb.close()
        return self.path


def _day(value) -> dt.date | None:
    """A book line's date (ISO text or date) as a date, written as an Excel date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _period(date_from, date_to) -> str:
    return f"Từ ngày {format_date(date_from)} đến ngày {format_date(date_to)}"


def _stream(fetch, limit: int = _PAGE):
    """Rows of a book page by page; *fetch(after, limit, carried)*."""
    after, carried = None, None
    while True:
        page = fetch(after, limit, carried)
        yield from page
        if len(page) < limit:
            return
        after, carried = page[-1]["key"], page[-1]["balance"]


def write_cash_book(store: Store, path, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Path:
    """Sổ quỹ tiền mặt (account 111) for the period."""
    cols = [(None, "Ngày, tháng ghi sổ", 12, "center"), (None, "Ngày, tháng chứng từ", 12, "center"),
            ("Số hiệu chứng từ", "Thu", 15, "center"), ("Số hiệu chứng từ", "Chi", 15, "center"),
            (None, "Diễn giải", 40, "text"), ("Số tiền", "Thu", 15, "money"), ("Số tiền", "Chi", 15, "money"),
            ("Số tiền", "Tồn", 16, "money"), (None, "Ghi chú", 12, "text")]
    sh = _Sheet(path, store, "SỔ QUỸ TIỀN MẶT", "", _period(date_from, date_to) + " — Loại quỹ: tiền Việt Nam", cols, "So quy tien mat")
    t = books.ledger_totals(store, "111", date_from, date_to)
    sh.add(["", "", "", "", "Số tồn đầu kỳ", None, None, t["opening"], ""], bold=True)
    for r in _stream(lambda a, n, c: books.cash_book_page(store, date_from, date_to, a, n, c)):
        sh.add([_day(r["date"]), _day(r["date"]), r["receipt_no"], r["payment_no"], r["description"],
                r["received"] or None, r["paid"] or None, r["balance"], ""])
    sh.add(["", "", "", "", "Cộng số phát sinh trong kỳ", t["debit"], t["credit"], None, ""], bold=True)
    sh.add(["", "", "", "", "Số tồn cuối kỳ", None, None, t["closing"], ""], bold=True)
    return sh.close(date_from, today)


def write_bank_book(store: Store, path, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Path:
    """Sổ tiền gửi ngân hàng (account 112) for the period."""
    cols = [(None, "Ngày, tháng ghi sổ", 12, "center"), ("Chứng từ", "Số hiệu", 15, "center"),
            ("Chứng từ", "Ngày, tháng", 12, "center"), (None, "Diễn giải", 40, "text"),
            (None, "Tài khoản đối ứng", 10, "center"), ("Số tiền", "Thu (gửi vào)", 15, "money"),
            ("Số tiền", "Chi (rút ra)", 15, "money"), ("Số tiền", "Còn lại", 16, "money"), (None, "Ghi chú", 12, "text")]
    sh = _Sheet(path, store, "SỔ TIỀN GỬI NGÂN HÀNG", "", _period(date_from, date_to), cols, "So tien gui ngan hang")
    t = books.ledger_totals(store, "112", date_from, date_to)
    sh.add(["", "", "", "Số dư đầu kỳ", "", None, None, t["opening"], ""], bold=True)
    for r in _stream(lambda a, n, c: books.bank_book_page(store, date_from, date_to, a, n, c)):
        sh.add([_day(r["date"]), r["number"], _day(r["date"]), r["description"], r["contra"],
                r["deposited"] or None, r["withdrawn"] or None, r["balance"], ""])
    sh.add(["", "", "", "Cộng số phát sinh trong kỳ", "", t["debit"], t["credit"], None, ""], bold=True)
    sh.add(["", "", "", "Số dư cuối kỳ", "", None, None, t["closing"], ""], bold=True)
    return sh.close(date_from, today)


def write_journal(store: Store, path, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Path:
    """Sổ nhật ký chung for the period."""
    cols = [(None, "Ngày, tháng ghi sổ", 12, "center"), ("Chứng từ", "Số hiệu", 15, "center"),
            ("Chứng từ", "Ngày, tháng", 12, "center"), (None, "Diễn giải", 40, "text"),
            (None, "Số hiệu tài khoản", 10, "center"), (None, "Số hiệu TK đối ứng", 10, "center"),
            ("Số phát sinh", "Nợ", 16, "money"), ("Số phát sinh", "Có", 16, "money")]
    sh = _Sheet(path, store, "SỔ NHẬT KÝ CHUNG", "", _period(date_from, date_to), cols, "Nhat ky chung")
    for r in _stream(lambda a, n, c: books.journal_page(store, date_from, date_to, a, n)):
        sh.add([_day(r["date"]), r["number"], _day(r["date"]), r["description"], r["account"],
                r["contra"], r["debit"] or None, r["credit"] or None])
    t = books.journal_count(store, date_from, date_to)
    sh.add(["", "", "", "Cộng số phát sinh", "", "", t["debit"], t["credit"]], bold=True)
    return sh.close(date_from, today)


def _ledger_cols() -> list:
    return [(None, "Ngày, tháng ghi sổ", 12, "center"), ("Chứng từ", "Số hiệu", 15, "center"),
            ("Chứng từ", "Ngày, tháng", 12, "center"), (None, "Diễn giải", 40, "text"),
            (None, "Số hiệu TK đối ứng", 10, "center"), ("Số phát sinh", "Nợ", 15, "money"),
            ("Số phát sinh", "Có", 15, "money"), ("Số dư", "Nợ", 15, "money"), ("Số dư", "Có", 15, "money")]


def _bal(b: int) -> tuple:
    return (b if b > 0 else None, -b if b < 0 else None)


def _write_ledger_rows(sh: _Sheet, rows, totals: dict, contra_key: str = "contra") -> None:
    sh.add(["", "", "", "Số dư đầu kỳ", "", None, None, *_bal(totals["opening"])], bold=True)
    for r in rows:
        sh.add([_day(r["date"]), r["number"], _day(r["date"]), r["description"], r[contra_key],
                r["debit"] or None, r["credit"] or None, *_bal(r["balance"])])
    sh.add(["", "", "", "Cộng số phát sinh trong kỳ", "", totals["debit"], totals["credit"], None, None], bold=True)
    sh.add(["", "", "", "Số dư cuối kỳ", "", None, None, *_bal(totals["closing"])], bold=True)


def write_ledger(store: Store, path, account: str, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Path:
    """Sổ cái of *account* (with its detail accounts) for the period."""
    name = store.scalar("SELECT name FROM accounts WHERE code = ?", [account]) or ""
    sh = _Sheet(path, store, "SỔ CÁI", "", f"{_period(date_from, date_to)} — Tên tài khoản: {name} — Số hiệu: {account}",
                _ledger_cols(), f"So cai {account}")
    t = books.ledger_totals(store, account, date_from, date_to)
    _write_ledger_rows(sh, _stream(lambda a, n, c: books.ledger_page(store, account, date_from, date_to, a, n, carried=c)), t)
    return sh.close(date_from, today)


def write_subsidiary(store: Store, path, kind: str, counterparty_id: int, date_from: dt.date, date_to: dt.date,
                     account: str | None = None, today: dt.date | None = None) -> Path:
    """Sổ chi tiết of a member / customer / supplier for the period."""
    if kind == "member":
        who = store.scalar("SELECT full_name FROM members WHERE id = ?", [counterparty_id]) or ""
        title, label = "SỔ CHI TIẾT GIAO DỊCH VỚI THÀNH VIÊN", "Thành viên"
    else:
        who = store.scalar("SELECT name FROM parties WHERE id = ?", [counterparty_id]) or ""
        title = "SỔ CHI TIẾT THANH TOÁN VỚI NGƯỜI MUA" if kind == "customer" else "SỔ CHI TIẾT THANH TOÁN VỚI NGƯỜI BÁN"
        label = "Đối tượng"
    sub = f"{_period(date_from, date_to)} — {label}: {who}" + (f" — Tài khoản: {account}" if account else "")
    cols = _ledger_cols()
    cols[4] = (None, "Tài khoản", 10, "center")
    sh = _Sheet(path, store, title, "", sub, cols, "So chi tiet")
    t = books.subsidiary_totals(store, kind, counterparty_id, date_from, date_to, account)
    rows = _stream(lambda a, n, c: books.subsidiary_page(store, kind, counterparty_id, date_from, date_to, account, a, n, c))
    _write_ledger_rows(sh, rows, t, contra_key="contra" if account else "account")
    return sh.close(date_from, today)


def write_trial_balance(store: Store, path, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Path:
    """Bảng cân đối tài khoản for the period."""
    cols = [(None, "Số hiệu tài khoản", 10, "center"), (None, "Tên tài khoản", 36, "text"),
            ("Số dư đầu kỳ", "Nợ", 15, "money"), ("Số dư đầu kỳ", "Có", 15, "money"),
            ("Số phát sinh trong kỳ", "Nợ", 15, "money"), ("Số phát sinh trong kỳ", "Có", 15, "money"),
            ("Số dư cuối kỳ", "Nợ", 15, "money"), ("Số dư cuối kỳ", "Có", 15, "money")]
    sh = _Sheet(path, store, "BẢNG CÂN ĐỐI TÀI KHOẢN", "", _period(date_from, date_to), cols, "Bang can doi tai khoan")
    keys = ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit")
    rows = books.trial_balance(store, date_from, date_to)
    for r in rows:
        sh.add([r["account"], r["name"], *[r[k] or None for k in keys]])
    t = books.trial_balance_totals(rows)
    sh.add(["", "Tổng cộng", *[t[k] for k in keys]], bold=True)
    return sh.close(date_from, today, pages=False)


def write_b02(store: Store, path, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Path:
    """Báo cáo kết quả hoạt động kinh doanh, form B02-HTX, columns (a) external and (b) internal."""
    cols = [(None, "CHỈ TIÊU", 58, "text"), (None, "Mã số", 8, "center"),
            (None, "Giao dịch bên ngoài (a)", 18, "money"), (None, "Giao dịch nội bộ (b)", 18, "money"),
            (None, "Tổng cộng", 18, "money")]
    sh = _Sheet(path, store, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KINH DOANH", "Mẫu số B02-HTX",
                _period(date_from, date_to), cols, "B02-HTX")
    for ln in income_reports.b02(store, date_from, date_to):
        bold = ln.code in ("10", "20", "40", "50", "60")
        sh.add([ln.title, ln.code, ln.external, ln.internal, ln.total], bold=bold)
    return _sign_report(sh, today)


def _sign_report(sh: _Sheet, today: dt.date | None) -> Path:
    return sh.close(None, today, pages=False)


def write_revenue(store: Store, path, date_from: dt.date, date_to: dt.date, today: dt.date | None = None) -> Path:
    """Doanh thu theo sản phẩm, kênh bán và tháng for the period (three sections)."""
    cols = [(None, "Nội dung", 40, "text"), (None, "Số chứng từ", 12, "money"),
            (None, "Số lượng", 14, "qty"), (None, "Doanh thu", 18, "money")]
    sh = _Sheet(path, store, "DOANH THU THEO SẢN PHẨM, KÊNH BÁN VÀ THÁNG", "", _period(date_from, date_to), cols, "Doanh thu")
    for title, by in (("Theo sản phẩm", "product"), ("Theo kênh bán", "channel"), ("Theo tháng", "month")):
        sh.add([title, None, None, None], bold=True)
        rows = income_reports.revenue_by(store, date_from, date_to, by)
        for r in rows:
            label = (channel_label(r["key"]) if r["key"] else "Bán cho thành viên") if by == "channel" else r["label"]
            sh.add([label, r["count"], r["quantity"] if by == "product" else None, r["amount"]])
        sh.add(["Cộng", sum(r["count"] for r in rows), None, sum(r["amount"] for r in rows)], bold=True)
    return _sign_report(sh, today)


def write_member_income(store: Store, path, year: int, today: dt.date | None = None) -> Path:
    """Bảng thu nhập của thành viên: *year* against *year − 1*."""
    p, c = f"Năm {year - 1}", f"Năm {year}"
    cols = [(None, "Họ và tên thành viên", 30, "text"),
            (p, "Giá trị sản phẩm bán cho HTX", 15, "money"), (p, "Tiền công lao động", 14, "money"),
            (p, "Thu nhập được phân phối", 14, "money"), (p, "Tổng thu nhập", 15, "money"),
            (c, "Giá trị sản phẩm bán cho HTX", 15, "money"), (c, "Tiền công lao động", 14, "money"),
            (c, "Thu nhập được phân phối", 14, "money"), (c, "Tổng thu nhập", 15, "money"),
            (c, "Giá trị dịch vụ sử dụng", 14, "money"), (None, "Tăng so với năm trước (%)", 12, "pct")]
    sh = _Sheet(path, store, f"BẢNG THU NHẬP CỦA THÀNH VIÊN NĂM {year}", "", f"So sánh với năm {year - 1}", cols, "Thu nhap thanh vien")
    rows = income_reports.member_income(store, year)
    for r in rows:
        sh.add([r["full_name"], r["products_sold_prev"], r["labour_prev"], r["distributions_prev"], r["income_prev"],
                r["products_sold"], r["labour"], r["distributions"], r["income"], r["services_used"],
                float(r["growth_pct"]) if r["growth_pct"] is not None else None])
    t = income_reports.member_income_totals(rows)
    sh.add(["Tổng cộng", t["products_sold_prev"], t["labour_prev"], t["distributions_prev"], t["income_prev"],
            t["products_sold"], t["labour"], t["distributions"], t["income"], t["services_used"],
            float(t["growth_pct"]) if t["growth_pct"] is not None else None], bold=True)
    return _sign_report(sh, today)


def write_distribution(store: Store, path, year: int, distribution: Distribution | None = None,
                       today: dt.date | None = None) -> Path:
    """Bảng phân phối thu nhập of *year*: the computation steps, then the per-member table."""
    from ocop_desktop.store.distribution import compute_distribution
    d = distribution or compute_distribution(store, year)
    cols = [(None, "Họ và tên thành viên", 30, "text"), (None, "Loại thành viên", 22, "text"),
            (None, "Giá trị sử dụng sản phẩm, dịch vụ", 15, "money"), (None, "Tiền công lao động", 14, "money"),
            (None, "Vốn góp", 14, "money"), (None, "Chia theo mức độ sử dụng và công sức lao động", 16, "money"),
            (None, "Chia theo vốn góp (thu nhập nội bộ)", 15, "money"),
            (None, "Chia theo vốn góp (thu nhập bên ngoài)", 15, "money"), (None, "Tổng cộng", 15, "money")]
    sh = _Sheet(path, store, f"BẢNG PHÂN PHỐI THU NHẬP NĂM {year}", "",
                "Theo Điều 84–86 Luật Hợp tác xã số 17/2023/QH15", cols, "Phan phoi thu nhap")
    for label, amount, how in d.steps:
        sh.add([label, how, None, None, None, None, None, None, amount])
    sh.add(["", "", None, None, None, None, None, None, None])
    for m in d.members:
        b = m.basis
        kind = "Thành viên chính thức" if b.official else "Thành viên liên kết góp vốn" if b.capital else "Thành viên liên kết không góp vốn"
        sh.add([b.name, kind,
                b.use_value, b.labour_pay, b.capital, m.by_use_labour, m.by_capital_internal, m.by_capital_external, m.total])
    sh.add(["Tổng cộng", "", sum(m.basis.use_value for m in d.members), sum(m.basis.labour_pay for m in d.members),
            sum(m.basis.capital for m in d.members), sum(m.by_use_labour for m in d.members),
            sum(m.by_capital_internal for m in d.members), sum(m.by_capital_external for m in d.members), d.to_members], bold=True)
    return _sign_report(sh, today)
