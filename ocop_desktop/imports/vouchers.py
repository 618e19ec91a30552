"""Import receipts and payments from XLSX or CSV (issue 5 item 9): a bank statement export
or the cooperative's own spreadsheet. Pure Python (no Qt, no SQL).

Flow: :func:`read_table` → ``(headers, rows)`` (the header row is the first row in which at
least two cells are known headers, Vietnamese or English, see :data:`HEADER_WORDS`);
:func:`guess_mapping` → ``{field: column index}`` which the caller (a dialog, the CLI's
``--map``) may change; :func:`preview` → :class:`ImportPreview`: one :class:`ImportItem` per
data row with the :class:`~ocop_desktop.domain.income.vouchers.Voucher` it becomes, every
problem (row numbers as a spreadsheet shows them) and a duplicate mark. The store's
:func:`ocop_desktop.store.voucher_import.commit` writes all new rows or none.

Amounts: one signed ``amount`` column (positive = receipt, negative = payment) or separate
``receipt`` / ``payment`` columns (bank statements: credit = receipt, debit = payment).
Rows become cash vouchers, or bank vouchers with ``bank=True``. Category: a code or a label
(Vietnamese or English, any accents/case) from :data:`CATEGORIES`; missing → "other income"
/ "other expense". Internal mark: "nội bộ", "x", "có", "1", "internal" → internal;
"bên ngoài", "0", "không", "external" → external; empty → unmarked (counts as external, Law
17/2023 Art. 85).

Duplicates: same date + amount + reference (empty reference counts as a value) as a voucher
already in the file (*existing*) or an earlier row of the import; they are marked and skipped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from ocop_desktop.domain.formats import FormatError, parse_date, parse_money
from ocop_desktop.domain.income.vouchers import CATEGORIES, CHANNELS, Voucher, categories_for, validate_voucher
from ocop_desktop.domain.text import fold, nfc
from ocop_desktop.i18n import N_, tr
from ocop_desktop.imports import decode_text

__all__ = ["FIELDS", "HEADER_WORDS", "VoucherFileError", "ImportError_", "ImportItem", "ImportPreview",
           "read_table", "guess_mapping", "preview", "MAX_FILE_BYTES"]

MAX_FILE_BYTES = 50 * 1024 * 1024

#: Import fields: (key, label marked for translation).
FIELDS: list[tuple[str, str]] = [
    ("date", N_("Date")), ("amount", N_("Amount (đồng)")), ("receipt", N_("Received (đồng)")),
    ("payment", N_("Paid (đồng)")), ("description", N_("Description")), ("reference", N_("Reference")),
    ("category", N_("Category")), ("counterparty", N_("Counterparty")), ("internal", N_("Internal/external")),
    ("product", N_("Product")), ("quantity", N_("Quantity")), ("channel", N_("Sales channel")),
]

#: Folded header text → field.
HEADER_WORDS: dict[str, str] = {
    **dict.fromkeys(["ngay", "ngay giao dich", "ngay chung tu", "ngay hach toan", "ngay gd", "date",
                     "transaction date", "ngay thang", "posting date"], "date"),
    **dict.fromkeys(["so tien", "so tien (vnd)", "so tien (dong)", "amount", "gia tri"], "amount"),
    **dict.fromkeys(["thu", "ghi co", "so tien ghi co", "phat sinh co", "tien vao", "so tien thu", "credit",
                     "credit amount", "co"], "receipt"),
    **dict.fromkeys(["chi", "ghi no", "so tien ghi no", "phat sinh no", "tien ra", "so tien chi", "debit",
                     "debit amount", "no"], "payment"),
    **dict.fromkeys(["dien giai", "noi dung", "mo ta", "noi dung giao dich", "ly do", "description",
                     "details", "noi dung chi tiet"], "description"),
    **dict.fromkeys(["so tham chieu", "ma giao dich", "so chung tu", "so ct", "so gd", "reference", "ref",
                     "ma gd", "so but toan"], "reference"),
    **dict.fromkeys(["loai", "phan loai", "khoan muc", "category", "loai giao dich"], "category"),
    **dict.fromkeys(["doi tuong", "nguoi nop/nhan", "nguoi nop", "nguoi nhan", "khach hang", "doi tac",
                     "counterparty", "ten doi tuong"], "counterparty"),
    **dict.fromkeys(["noi bo", "giao dich noi bo", "noi bo/ben ngoai", "internal"], "internal"),
    **dict.fromkeys(["san pham", "mat hang", "ten hang", "product"], "product"),
    **dict.fromkeys(["so luong", "quantity", "sl"], "quantity"),
    **dict.fromkeys(["kenh", "kenh ban", "kenh ban hang", "channel"], "channel"),
}

_YES = {"noi bo", "x", "co", "1", "internal", "yes", "true"}
_NO = {"ben ngoai", "0", "khong", "external", "no", "false"}


class VoucherFileError(ValueError):
    """The file cannot be read as a table; ``str(err)`` names the file and the reason."""


ImportError_ = VoucherFileError


@dataclass
class ImportItem:
    """One data row: ``row`` (spreadsheet row number), ``values`` (field → cell text),
    ``voucher`` (None when the row cannot become one), ``counterparty`` (name as typed),
    ``problems`` ``[(field, message)]``, ``duplicate``."""

    row: int
    values: dict
    voucher: Voucher | None = None
    counterparty: str = ""
    problems: list[tuple[str, str]] = field(default_factory=list)
    duplicate: bool = False


@dataclass
class ImportPreview:
    """All rows of an import; ``new_items`` are written by the store's ``commit``."""

    items: list[ImportItem]

    @property
    def has_problems(self) -> bool:
        return any(it.problems for it in self.items)

    @property
    def duplicates(self) -> list[ImportItem]:
        return [it for it in self.items if it.duplicate]

    @property
    def new_items(self) -> list[ImportItem]:
        return [it for it in self.items if not it.duplicate and not it.problems]

    def problem_lines(self) -> list[str]:
        """Every problem as "Row N: message" in the UI language."""
        return [tr("Row {row}: {message}", row=it.row, message=m) for it in self.items for _f, m in it.problems]


#: Words accountants write for a sales channel (folded) → channel code.
CHANNEL_WORDS = {
    "sieu thi": "supermarket", "chuoi sieu thi": "supermarket", "sieu thi, chuoi sieu thi": "supermarket",
    "thuong mai dien tu": "ecommerce", "tmdt": "ecommerce", "san tmdt": "ecommerce", "online": "ecommerce",
    "cua hang": "shop_market", "cho": "shop_market", "cua hang, cho": "shop_market", "cua hang / cho": "shop_market",
    "dai ly": "shop_market", "xuat khau": "export",
}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    return nfc(str(value)).strip()


def read_table(path: str | Path) -> tuple[list[str], list[tuple[int, list]]]:
    """Read *path* (``.xlsx``/``.xlsm`` or ``.csv``/``.txt``) → ``(headers, rows)``; rows are
    ``(spreadsheet row number, [cells])`` after the header row, blank rows and a "Tổng cộng"/
    "Cộng" totals row (and anything below it) left out. Raises :class:`VoucherFileError`."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise VoucherFileError(tr("The file {file} is too large to import", file=path.name))
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            raw = _read_xlsx(path)
        elif path.suffix.lower() in (".csv", ".txt"):
            raw = _read_csv(path)
        else:
            raise VoucherFileError(tr("{file}: only XLSX and CSV files can be imported", file=path.name))
    except OSError as err:
        raise VoucherFileError(tr("Could not read {file}: {reason}", file=path.name, reason=err.strerror or str(err))) from err
    for index, cells in enumerate(raw):
        known = [HEADER_WORDS.get(fold(str(c or "")).strip()) for c in cells]
        if sum(1 for k in known if k) >= 2:
            headers = [str(_cell(c)) for c in cells]
            rows = []
            for number, data in enumerate(raw[index + 1:], start=index + 2):
                values = [_cell(c) for c in data]
                if not any(v != "" for v in values):
                    continue
                first = fold(str(values[0] if values else ""))
                if any(fold(str(v)) in ("tong cong", "cong", "total") for v in values[:3] if isinstance(v, str)) or first.startswith("tong cong"):
                    break
                rows.append((number, values + [""] * (len(headers) - len(values))))
            return headers, rows
    raise VoucherFileError(tr("{file}: no header row with a date and an amount was found", file=path.name))


def _read_xlsx(path: Path) -> list[list]:
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise VoucherFileError(tr("{file} is not a readable XLSX file", file=path.name)) from err
    try:
        ws = wb.worksheets[0]
        return [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _read_csv(path: Path) -> list[list]:
    decoded = decode_text(path.read_bytes())
    if decoded is None:
        raise VoucherFileError(tr("{file}: unknown text encoding", file=path.name))
    text = decoded[0]
    best: list[list] = []
    for delimiter in (",", ";", "\t"):
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        if sum(len(r) for r in rows[:5]) > sum(len(r) for r in best[:5]):
            best = rows
    return best


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """``{field: column index}`` from the header texts (first match wins)."""
    out: dict[str, int] = {}
    for i, h in enumerate(headers):
        f = HEADER_WORDS.get(fold(h).strip())
        if f and f not in out:
            out[f] = i
    return out


def _category(text: str) -> str | None:
    if text in CATEGORIES:
        return text
    key = fold(text)
    for c in CATEGORIES.values():
        if key in (fold(c.label), fold(tr(c.label)), fold(c.code)):
            return c.code
    return None


def preview(headers: list[str], rows: list[tuple[int, list]], mapping: dict[str, int], bank: bool = False,
            existing: set[tuple[str, int, str]] | None = None, accounts: set[str] | None = None,
            members: dict[str, int] | None = None, locked: set[str] | None = None) -> ImportPreview:
    """Turn *rows* into vouchers; see the module doc. *existing*: ``(ISO date, amount,
    reference)`` keys already in the books; *members*: folded full name → id; *locked*:
    ``"YYYY-MM"`` months that refuse vouchers."""
    problems_all: list[tuple[str, str]] = []
    if "date" not in mapping:
        problems_all.append(("date", tr("Choose the column with the date")))
    if not ({"amount", "receipt", "payment"} & set(mapping)):
        problems_all.append(("amount", tr("Choose the column with the amount (or the received and paid columns)")))
    seen = set(existing or ())
    members = members or {}
    items: list[ImportItem] = []
    for number, cells in rows:
        values = {f: cells[i] if i < len(cells) else "" for f, i in mapping.items()}
        item = ImportItem(number, values)
        items.append(item)
        if problems_all:
            item.problems = list(problems_all)
            continue
        try:
            date = parse_date(values["date"])
        except FormatError as err:
            item.problems.append(("date", str(err)))
            date = None
        amount = 0
        try:
            if "amount" in mapping and values.get("amount") not in ("", None):
                amount = parse_money(values["amount"])
            else:
                received = parse_money(values["receipt"]) if values.get("receipt") not in ("", None) else 0
                paid = parse_money(values["payment"]) if values.get("payment") not in ("", None) else 0
                if received and paid:
                    item.problems.append(("amount", tr("Both received and paid are filled in")))
                if received < 0 or paid < 0:
                    # a minus sign in a received/paid column is ambiguous (a refund? a typo?)
                    item.problems.append(("amount", tr("Received and paid amounts cannot be negative: write the amount in the other column")))
                amount = received or -paid
        except FormatError as err:
            item.problems.append(("amount", str(err)))
        if amount == 0 and not item.problems:
            item.problems.append(("amount", tr("Amount is empty")))
        direction = "in" if amount > 0 else "out"
        vtype = ("bank_" if bank else "cash_") + ("receipt" if direction == "in" else "payment")
        text = str(values.get("category") or "").strip()
        code = _category(text) if text else ("other_income" if direction == "in" else "other_expense")
        if code is None:
            item.problems.append(("category", tr("Unknown category {code}", code=text)))
            continue
        if CATEGORIES[code] not in categories_for(vtype):
            item.problems.append(("category", tr("Category “{category}” does not fit a {vtype}", category=tr(CATEGORIES[code].label),
                                                 vtype=tr("receipt") if direction == "in" else tr("payment"))))
            continue
        mark_text = fold(str(values.get("internal") or ""))
        internal = True if mark_text in _YES else False if mark_text in _NO else None
        if mark_text and internal is None:
            item.problems.append(("internal", tr("Write internal or external, not {value}", value=values.get("internal"))))
        who = str(values.get("counterparty") or "").strip()
        item.counterparty = who
        member_id = None
        if CATEGORIES[code].counterparty == "member":
            member_id = members.get(fold(who))
            if member_id is None:
                item.problems.append(("counterparty", tr("No member named {name}", name=who or "—")))
        reference = str(values.get("reference") or "").strip()
        if item.problems or date is None:
            continue
        if locked and date.isoformat()[:7] in locked:
            item.problems.append(("date", tr("The month {month} is locked", month=date.strftime("%m/%Y"))))
            continue
        quantity = None
        if str(values.get("quantity") or "").strip():
            try:
                quantity = float(str(values["quantity"]).replace(".", "").replace(",", ".")) if isinstance(values["quantity"], str) else float(values["quantity"])
            except ValueError:
                item.problems.append(("quantity", tr("Not a quantity: {value}", value=values["quantity"])))
                continue
        channel_text = fold(str(values.get("channel") or ""))
        channel = next((k for k, label in CHANNELS.items() if channel_text in (k, fold(label), fold(tr(label)))), None) if channel_text else None
        if channel is None and channel_text:
            channel = CHANNEL_WORDS.get(channel_text)
        if channel_text and channel is None:
            item.problems.append(("channel", tr("Unknown sales channel {code}", code=values.get("channel"))))
            continue
        v = Voucher(vtype=vtype, date=date, amount=abs(amount), category=code,
                    description=str(values.get("description") or "").strip(), member_id=member_id,
                    internal=internal, reference=reference, product=str(values.get("product") or "").strip(),
                    quantity=quantity, channel=channel, source="import")
        item.problems += validate_voucher(v, accounts)
        item.voucher = v
        key = (date.isoformat(), abs(amount), reference)
        if key in seen:
            item.duplicate = True
        seen.add(key)
    return ImportPreview(items)
