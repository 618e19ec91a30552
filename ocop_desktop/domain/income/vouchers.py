"""Vouchers (chứng từ) and how each turns into balanced journal lines (TT 71/2024).

Voucher types (:data:`VOUCHER_TYPES`, code → number prefix, form):

- ``cash_receipt``  — phiếu thu, form 01-TT, numbers ``PT-YYYY-NNNN``;
- ``cash_payment``  — phiếu chi, form 02-TT, ``PC-YYYY-NNNN``;
- ``bank_receipt``  — giấy báo Có (bank receipt), ``BC-YYYY-NNNN``;
- ``bank_payment``  — giấy báo Nợ (bank payment), ``BN-YYYY-NNNN``;
- ``journal``       — phiếu kế toán (general journal voucher), ``PKT-YYYY-NNNN``.

Numbers run per type and calendar year (:func:`format_number`).

A voucher records one event in plain terms: date, counterparty (a member *or* a customer /
supplier from the register), description, amount (int đồng), a **category** from
:data:`CATEGORIES` (plain Vietnamese labels) that decides the journal lines, the
internal/external mark (Law 17/2023 Art. 85: ``internal=None`` — unmarked — counts as
external, :func:`is_internal`), and for sales the product, quantity and channel
(:data:`CHANNELS`).

Journal lines (:class:`Line`) are built by :func:`build_lines`; receipts and payments have
two lines (cash/bank against the category's account); ``journal`` vouchers carry their own
lines (any number, balanced). Every line has a ``contra`` (the other side's accounts) for
the books, and a ``internal`` flag for the B02-HTX columns: lines on 511/611 are external
(a), lines on 512/612 internal (b), other accounts follow the voucher's mark.

:func:`validate_voucher` returns ``(field, message)`` problems; the store refuses a voucher
with any problem and, independently, refuses unbalanced lines with a trigger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ocop_desktop.domain.income.accounts import BANK, CASH
from ocop_desktop.domain.formats import format_count
from ocop_desktop.i18n import N_, tr

__all__ = [
    "VOUCHER_TYPES", "VoucherType", "CHANNELS", "Category", "CATEGORIES", "MONEY",
    "Line", "Voucher", "format_number", "is_internal", "category", "categories_for",
    "build_lines", "validate_voucher", "check_balanced", "voucher_type_label",
    "channel_label", "category_label", "SYSTEM_CATEGORIES", "b02_internal",
]


@dataclass(frozen=True)
class VoucherType:
    """``code``; ``prefix`` of its numbers; ``label`` (English source, translate with tr);
    ``form`` (standard form code or ""); ``money`` account (1111, 1121 or None for journal);
    ``direction`` "in", "out" or "journal"."""

    code: str
    prefix: str
    label: str
    form: str
    money: str | None
    direction: str


VOUCHER_TYPES: dict[str, VoucherType] = {
    "cash_receipt": VoucherType("cash_receipt", "PT", N_("Cash receipt"), "01-TT", CASH, "in"),
    "cash_payment": VoucherType("cash_payment", "PC", N_("Cash payment"), "02-TT", CASH, "out"),
    "bank_receipt": VoucherType("bank_receipt", "BC", N_("Bank receipt"), "", BANK, "in"),
    "bank_payment": VoucherType("bank_payment", "BN", N_("Bank payment"), "", BANK, "out"),
    "journal": VoucherType("journal", "PKT", N_("General journal voucher"), "", None, "journal"),
}

#: Sales channels (issue 5 item 2): code → label.
CHANNELS: dict[str, str] = {
    "supermarket": N_("Supermarket chain"),
    "ecommerce": N_("E-commerce"),
    "shop_market": N_("Shop / market"),
    "export": N_("Export"),
}

#: Placeholder in :data:`CATEGORIES` for the voucher's money account (1111 or 1121).
MONEY = "$"


@dataclass(frozen=True)
class Category:
    """A plain-language category and its journal entry.

    ``direction``: "in" (receipts: debit = money), "out" (payments: credit = money) or
    "journal"; ``debit``/``credit``: account codes, :data:`MONEY` for the voucher's cash or
    bank account; ``internal``: default Art. 85 mark; ``counterparty``: "member",
    "customer", "supplier", "any" or "none"; ``product``: sales/purchases carry product,
    quantity (and channel for external sales); ``types``: voucher types allowed (None = all of
    the direction); ``manual``: False for categories only the app creates."""

    code: str
    label: str
    direction: str
    debit: str
    credit: str
    internal: bool | None
    counterparty: str = "any"
    product: bool = False
    channel: bool = False
    types: tuple[str, ...] | None = None
    manual: bool = True


_C = Category
CATEGORIES: dict[str, Category] = {c.code: c for c in [
    # receipts
    _C("sale_external", N_("Sale of products to outside buyers"), "in", MONEY, "511", False, "customer", True, True),
    _C("sale_member", N_("Sale of goods or services to members"), "in", MONEY, "512", True, "member"),
    _C("membership_fee", N_("Membership fee"), "in", MONEY, "558", True, "member"),
    _C("capital_contribution", N_("Capital contribution"), "in", MONEY, "4111", True, "member", manual=False),
    _C("loan_received", N_("Loan received"), "in", MONEY, "341", False, "any"),
    _C("member_loan_repaid", N_("Member repays an internal loan"), "in", MONEY, "132", True, "member"),
    _C("customer_collection", N_("Collection from a customer"), "in", MONEY, "131", False, "customer"),
    _C("other_income", N_("Other income"), "in", MONEY, "558", None, "any"),
    _C("cash_from_bank", N_("Cash withdrawn from the bank"), "in", CASH, BANK, False, "none", types=("cash_receipt",)),
    # payments
    _C("purchase_member", N_("Purchase of raw material from members"), "out", "611", MONEY, True, "member"),
    _C("purchase_external", N_("Purchase from outside suppliers"), "out", "611", MONEY, False, "supplier"),
    _C("member_service_cost", N_("Cost of services to members"), "out", "612", MONEY, False, "any"),
    _C("wages", N_("Wages"), "out", "611", MONEY, None, "any"),
    _C("management_expense", N_("Management expenses (electricity, stationery, fees…)"), "out", "642", MONEY, False, "any"),
    _C("sales_deduction", N_("Discounts and returns to buyers"), "out", "521", MONEY, False, "customer"),
    _C("income_tax", N_("Corporate income tax paid"), "out", "659", MONEY, False, "none"),
    _C("loan_repayment", N_("Loan repayment"), "out", "341", MONEY, False, "any"),
    _C("member_loan", N_("Internal loan to a member"), "out", "132", MONEY, True, "member"),
    _C("supplier_payment", N_("Payment of a supplier's invoice"), "out", "331", MONEY, False, "supplier"),
    _C("asset_purchase", N_("Purchase of a fixed asset"), "out", "211", MONEY, False, "supplier"),
    _C("distribution_payment", N_("Payment of distributed income to a member"), "out", "338", MONEY, True, "member"),
    _C("other_expense", N_("Other expense"), "out", "658", MONEY, None, "any"),
    _C("cash_to_bank", N_("Cash deposited in the bank"), "out", BANK, CASH, False, "none", types=("cash_payment",)),
    # general journal
    _C("sale_external_credit", N_("Sale to outside buyers on credit"), "journal", "131", "511", False, "customer", True, True),
    _C("purchase_member_credit", N_("Purchase from members on credit"), "journal", "611", "336", True, "member"),
    _C("journal", N_("Other entry (lines typed one by one)"), "journal", "", "", None, "any"),
    _C("surplus_distribution", N_("Surplus distribution"), "journal", "", "", None, "any", manual=False),
    _C("year_end_closing", N_("Year-end closing to account 911"), "journal", "", "", None, "none", manual=False),
]}

#: Categories the app creates itself (never chosen in the voucher form).
SYSTEM_CATEGORIES = frozenset(c.code for c in CATEGORIES.values() if not c.manual)


def voucher_type_label(code: str) -> str:
    """Translated label of a voucher type code (the code itself when unknown)."""
    t = VOUCHER_TYPES.get(code)
    return tr(t.label) if t else code


def channel_label(code: str | None) -> str:
    """Translated label of a channel code ("" for None)."""
    return tr(CHANNELS[code]) if code in CHANNELS else (code or "")


def category_label(code: str) -> str:
    """Translated label of a category code (the code itself when unknown)."""
    c = CATEGORIES.get(code)
    return tr(c.label) if c else code


def category(code: str) -> Category:
    """The category *code*; raises KeyError when unknown."""
    return CATEGORIES[code]


def categories_for(vtype: str, manual_only: bool = True) -> list[Category]:
    """Categories a voucher of *vtype* may use (in :data:`CATEGORIES` order)."""
    direction = VOUCHER_TYPES[vtype].direction
    return [c for c in CATEGORIES.values()
            if c.direction == direction and (c.types is None or vtype in c.types)
            and (c.manual or not manual_only)]


def format_number(vtype: str, year: int, seq: int) -> str:
    """``("cash_receipt", 2026, 1)`` → ``"PT-2026-0001"`` (4 digits, more when needed)."""
    return f"{VOUCHER_TYPES[vtype].prefix}-{year}-{seq:04d}"


def is_internal(mark: bool | int | None) -> bool:
    """The Art. 85 rule: only a voucher explicitly marked internal counts as internal;
    unmarked (``None``) counts as external (Law 17/2023 Art. 85)."""
    return bool(mark)


def b02_internal(account: str, voucher_mark: bool | int | None) -> bool:
    """Which B02-HTX column a line belongs to: accounts 511/611 → external (a), 512/612 →
    internal (b) (TT 71 separates them by account); any other account follows the voucher's
    Art. 85 mark (unmarked → external)."""
    if account.startswith(("511", "611")):
        return False
    if account.startswith(("512", "612")):
        return True
    return is_internal(voucher_mark)


@dataclass
class Line:
    """One journal line: ``account`` code, ``debit`` and ``credit`` (int đồng, one of them
    0), optional ``member_id`` / ``party_id`` (subsidiary ledgers), ``description``;
    ``contra`` and ``internal`` are filled by :func:`build_lines` / :func:`finish_lines`."""

    account: str
    debit: int = 0
    credit: int = 0
    member_id: int | None = None
    party_id: int | None = None
    description: str = ""
    contra: str = ""
    internal: bool = False


@dataclass
class Voucher:
    """A voucher as entered.

    ``vtype`` (key of :data:`VOUCHER_TYPES`), ``date``, ``amount`` (int đồng > 0; for
    journal vouchers the total debit), ``category`` (key of :data:`CATEGORIES`),
    ``description``, counterparty ``member_id`` *or* ``party_id``, ``internal`` (True,
    False, None = unmarked → external), sales fields ``product`` (name or reference; the
    products register may map it later), ``product_id`` (optional id in a products table),
    ``quantity`` (float, in ``unit``), ``channel`` (key of :data:`CHANNELS`),
    ``reference`` (bank or invoice reference, used for duplicate detection on import),
    ``adjusts_id`` (the voucher an adjusting voucher corrects), ``lines`` (journal vouchers
    only; built for the others), and ``id``/``number``/``source`` set by the store.
    """

    vtype: str
    date: dt.date
    amount: int
    category: str
    description: str = ""
    member_id: int | None = None
    party_id: int | None = None
    internal: bool | None = None
    product: str = ""
    product_id: int | None = None
    quantity: float | None = None
    unit: str = ""
    channel: str | None = None
    reference: str = ""
    adjusts_id: int | None = None
    lines: list[Line] = field(default_factory=list)
    id: int | None = None
    number: str = ""
    source: str = "manual"


def _contra(lines: list[Line]) -> None:
    debits = sorted({ln.account for ln in lines if ln.debit})
    credits = sorted({ln.account for ln in lines if ln.credit})
    for ln in lines:
        ln.contra = ", ".join(credits if ln.debit else debits)


def finish_lines(lines: list[Line], voucher_mark: bool | None) -> list[Line]:
    """Fill ``contra`` and ``internal`` (B02 column, :func:`b02_internal`) of *lines*."""
    _contra(lines)
    for ln in lines:
        ln.internal = b02_internal(ln.account, voucher_mark)
    return lines


def build_lines(v: Voucher) -> list[Line]:
    """Journal lines of *v*: two lines from the category for receipts and payments (and
    journal categories with fixed accounts); ``v.lines`` as given for free journal entries.
    The counterparty goes on every line (subsidiary ledgers). Raises KeyError for an unknown
    type or category."""
    cat = CATEGORIES[v.category]
    vt = VOUCHER_TYPES[v.vtype]
    if cat.debit and cat.credit:
        money = vt.money or ""
        debit = money if cat.debit == MONEY else cat.debit
        credit = money if cat.credit == MONEY else cat.credit
        lines = [
            Line(debit, debit=v.amount, member_id=v.member_id, party_id=v.party_id),
            Line(credit, credit=v.amount, member_id=v.member_id, party_id=v.party_id),
        ]
    else:
        lines = [Line(ln.account, ln.debit, ln.credit,
                      ln.member_id if ln.member_id is not None else v.member_id,
                      ln.party_id if ln.party_id is not None else v.party_id,
                      ln.description) for ln in v.lines]
    return finish_lines(lines, v.internal)


def check_balanced(lines: list[Line]) -> list[tuple[str, str]]:
    """Problems with *lines* as a journal entry: at least two lines, each line exactly one
    of debit/credit positive (ints), total debit = total credit (double entry, TT 71)."""
    problems: list[tuple[str, str]] = []
    if len(lines) < 2:
        problems.append(("lines", tr("A voucher needs at least two journal lines")))
    for i, ln in enumerate(lines, 1):
        if not isinstance(ln.debit, int) or not isinstance(ln.credit, int) or isinstance(ln.debit, bool):
            problems.append(("lines", tr("Line {n}: amounts must be whole đồng", n=i)))
            continue
        if ln.debit < 0 or ln.credit < 0 or (ln.debit > 0) == (ln.credit > 0):
            problems.append(("lines", tr("Line {n}: enter either a debit or a credit amount", n=i)))
        if not ln.account:
            problems.append(("lines", tr("Line {n}: account is empty", n=i)))
    if not problems:
        d = sum(ln.debit for ln in lines)
        c = sum(ln.credit for ln in lines)
        if d != c:
            problems.append(("lines", tr("Debits ({debit}) and credits ({credit}) do not balance",
                                         debit=format_count(d), credit=format_count(c))))
    return problems


def validate_voucher(v: Voucher, accounts: set[str] | None = None) -> list[tuple[str, str]]:
    """Every ``(field, message)`` problem with *v* (messages in the UI language).

    Checks: known type and category allowed for the type; amount a positive int; date set;
    not both a member and a party; a member for member categories; product for sales and
    purchases of products, channel for external sales; balanced lines (:func:`check_balanced`)
    whose accounts exist in *accounts* (when given)."""
    problems: list[tuple[str, str]] = []
    if v.vtype not in VOUCHER_TYPES:
        return [("vtype", tr("Unknown voucher type {code}", code=v.vtype))]
    cat = CATEGORIES.get(v.category)
    if cat is None:
        return [("category", tr("Unknown category {code}", code=v.category))]
    if cat not in categories_for(v.vtype, manual_only=False):
        problems.append(("category", tr("Category “{category}” does not fit a {vtype}",
                                        category=tr(cat.label), vtype=voucher_type_label(v.vtype).lower())))
    if not isinstance(v.amount, int) or isinstance(v.amount, bool) or v.amount <= 0:
        problems.append(("amount", tr("Amount must be a positive whole number of đồng")))
    if not isinstance(v.date, dt.date):
        problems.append(("date", tr("Date is empty")))
    if v.member_id is not None and v.party_id is not None:
        problems.append(("counterparty", tr("Choose either a member or a customer/supplier, not both")))
    if cat.counterparty == "member" and v.member_id is None:
        problems.append(("counterparty", tr("Category “{category}” needs a member", category=tr(cat.label))))
    if cat.product and not (v.product or "").strip() and v.product_id is None:
        problems.append(("product", tr("Category “{category}” needs the product", category=tr(cat.label))))
    if cat.channel and v.channel is None:
        problems.append(("channel", tr("A sale to outside buyers needs the sales channel")))
    if v.channel is not None and v.channel not in CHANNELS:
        problems.append(("channel", tr("Unknown sales channel {code}", code=v.channel)))
    if v.quantity is not None and v.quantity < 0:
        problems.append(("quantity", tr("Quantity cannot be negative")))
    if problems:
        return problems
    lines = build_lines(v)
    problems += check_balanced(lines)
    if not problems and sum(ln.debit for ln in lines) != v.amount:
        problems.append(("amount", tr("The amount must equal the total of the debit lines")))
    if accounts is not None:
        for ln in lines:
            if ln.account not in accounts:
                problems.append(("lines", tr("Account {code} does not exist", code=ln.account)))
    return problems
