"""SQL for vouchers, their journal lines, customers/suppliers, the chart of accounts, locked
months and the voucher audit trail (issue 5 items 1–3).

API (all money int đồng, dates ``datetime.date`` in and ISO text in row dicts):

Vouchers
    ``save_voucher(store, voucher, user=None) -> Voucher`` — validate (domain rules), assign
    the next number of its type and year on insert (``PT-2026-0001``), write voucher and
    lines inside one transaction, record the audit row (old → new JSON). Raises
    :class:`ValidationError` (``problems``) or :class:`PeriodClosedError`.
    ``delete_voucher(store, voucher_id, user=None)``; ``get_voucher(store, id) -> Voucher``;
    ``voucher_ids(store, search="", vtype=None, category=None, date_from=None, date_to=None,
    member_id=None, party_id=None, sort="date", descending=False) -> list[int]``;
    ``voucher_rows(store, ids) -> {id: row}`` (row: every voucher column plus
    ``counterparty`` name); ``adjusting_voucher(store, voucher_id, date) -> Voucher`` (an
    unsaved reversing journal voucher for a voucher in a locked month).
    Capital contributions are not vouchers: contributions of the member register post to
    1111/4111 through the ``ledger_entries`` view (``schema_income``), never typed twice.
Locked months
    ``lock_month(store, "YYYY-MM", user=None)``, ``unlock_month(...)``,
    ``locked_months(store) -> list[str]``, ``is_locked(store, date) -> bool``,
    ``contribution_differences(store) -> list[dict]`` (register edits of locked months'
    capital contributions, which the books do not follow).
Audit
    ``audit_rows(store, voucher_id=None, limit=500) -> list[dict]`` (``at``, ``who``,
    ``action``, ``number``, ``old``/``new`` as dicts or None), newest first.
Customers and suppliers
    ``save_party(store, Party) -> int``, ``get_party``, ``delete_party``,
    ``party_ids(store, kind=None, search="") -> list[int]``, ``party_rows(store, ids)``,
    ``find_or_add_party(store, kind, name) -> int``.
Printing
    ``voucher_form(store, voucher_id) -> dict`` — the fields of the printed voucher (01-TT
    phiếu thu, 02-TT phiếu chi, bank and journal vouchers) with the amount in words.
Products
    ``link_products(store) -> int`` — fill ``vouchers.product_id`` from the OCOP products
    register (table ``products``, when the file has it) by the product name (folded), for
    vouchers that name a product but have no id; :func:`save_voucher` does the same for one
    voucher. Returns the number of vouchers linked.
Chart of accounts
    ``account_rows(store) -> list[dict]``, ``account_codes(store) -> set[str]``,
    ``add_detail_account(store, code, name, parent, user=None)``.

Integrity is enforced twice: by the domain (:func:`validate_voucher`) and by triggers in
the file (``schema_income``): unbalanced lines, changes in locked months and edits of
built-in accounts fail even for raw SQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import sqlite3
from dataclasses import asdict, dataclass

from ocop_desktop.domain.formats import format_date, from_iso, iso
from ocop_desktop.domain.income.accounts import check_detail_account
from ocop_desktop.domain.income.vouchers import (
    CATEGORIES, SYSTEM_CATEGORIES, VOUCHER_TYPES, Line, Voucher, build_lines, format_number,
    validate_voucher,
)
from ocop_desktop.domain.text import fold, vn_sort_key
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError
from ocop_desktop.store.voucher_search import index_voucher

__all__ = [
    "PeriodClosedError", "Party", "save_voucher", "write_voucher", "delete_voucher", "get_voucher",
    "voucher_ids", "voucher_rows", "adjusting_voucher", "lock_month", "unlock_month",
    "locked_months", "is_locked", "contribution_differences", "audit_rows", "save_party", "get_party", "delete_party",
    "party_ids", "party_rows", "find_or_add_party", "account_rows", "account_codes",
    "add_detail_account", "current_user", "SORT_COLUMNS", "translate_integrity_error", "link_products",
    "voucher_form",
]


class PeriodClosedError(StoreError):
    """The voucher's month (old or new date) is locked; corrections go in an open month as
    adjusting vouchers."""


def current_user(store: Store | None = None) -> str:
    """Who is writing, for the audit trail: the app user chosen at start (issue 6, recorded
    by :mod:`ocop_desktop.store.audit`), else the file's ``user.name`` setting when set,
    else the operating-system login name."""
    if store is not None:
        from ocop_desktop.store.audit import actor
        chosen = actor(store.db.conn)[0]
        if chosen:
            return chosen
        name = store.get_setting("user.name")
        if name:
            return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return ""


def translate_integrity_error(err: Exception) -> Exception:
    """Map the triggers' ``ocop:*`` messages to errors with a message in the UI language;
    other errors are returned unchanged."""
    text = str(err)
    if "ocop:period_closed" in text:
        return PeriodClosedError(tr("This month is locked: vouchers in it cannot be added, changed or deleted. Enter an adjusting voucher in an open month."))
    if "ocop:unbalanced" in text:
        return ValidationError([("lines", tr("The voucher's debit and credit lines do not balance"))])
    if "ocop:posted" in text:
        return StoreError(tr("The lines of a saved voucher change only together with the voucher"))
    if "ocop:builtin_account" in text:
        return StoreError(tr("Accounts of the chart (Circular 71/2024) cannot be changed or deleted; add a detail account instead"))
    if "ocop:audit_immutable" in text:
        return StoreError(tr("The audit trail cannot be changed"))
    if "FOREIGN KEY" in text:
        return StoreError(tr("The record is still in use by vouchers and cannot be deleted"))
    return err


@contextlib.contextmanager
def _guard(store: Store):
    """``store.atomic()`` with the triggers' messages translated (:func:`translate_integrity_error`)."""
    try:
        with store.atomic() as db:
            yield db
    except sqlite3.Error as err:
        mapped = translate_integrity_error(err)
        if mapped is err:
            raise
        raise mapped from err


def _check_open(store: Store, *dates: dt.date | str | None) -> None:
    for d in dates:
        if d and is_locked(store, d):
            raise translate_integrity_error(Exception("ocop:period_closed"))


# --- locked months ----------------------------------------------------------------------
def is_locked(store: Store, date: dt.date | str) -> bool:
    """True when the month of *date* is locked."""
    month = (iso(date) if isinstance(date, dt.date) else date)[:7]
    return bool(store.scalar("SELECT 1 FROM locked_months WHERE month = ?", [month]))


def contribution_differences(store: Store) -> list[dict]:
    """Changes made in the member register to capital contributions of locked months, per
    member and month: ``{"month", "member_id", "full_name", "in_books", "in_register"}``
    (đồng). The books keep ``in_books``; enter the difference as an adjusting voucher (4111)
    in an open month."""
    return store.query(
        """WITH live AS (SELECT substr(date, 1, 7) AS month, member_id, SUM(amount) AS amount FROM contributions
                          WHERE substr(date, 1, 7) IN (SELECT month FROM locked_months) GROUP BY 1, 2),
                snap AS (SELECT month, member_id, SUM(amount) AS amount FROM locked_contributions GROUP BY 1, 2),
                keys AS (SELECT month, member_id FROM live UNION SELECT month, member_id FROM snap)
           SELECT k.month, k.member_id, COALESCE(m.full_name, '') AS full_name,
                  COALESCE(s.amount, 0) AS in_books, COALESCE(l.amount, 0) AS in_register
             FROM keys k LEFT JOIN live l ON l.month = k.month AND l.member_id = k.member_id
                  LEFT JOIN snap s ON s.month = k.month AND s.member_id = k.member_id
                  LEFT JOIN members m ON m.id = k.member_id
            WHERE COALESCE(s.amount, 0) <> COALESCE(l.amount, 0)
            ORDER BY k.month, k.member_id""")


def locked_months(store: Store) -> list[str]:
    """Locked months as ``"YYYY-MM"``, oldest first."""
    return [r["month"] for r in store.query("SELECT month FROM locked_months ORDER BY month")]


def _month(month: str) -> str:
    try:
        dt.date.fromisoformat(month + "-01")
    except (ValueError, TypeError):
        raise StoreError(tr("Not a month (YYYY-MM): {value}", value=month)) from None
    return month


def lock_month(store: Store, month: str, user: str | None = None) -> None:
    """Lock *month* (``"YYYY-MM"``): its vouchers can no longer be added, changed or deleted,
    and the capital contributions dated in it are frozen for the books (snapshot; see
    :func:`contribution_differences`). Recorded in the audit trail; locking a locked month
    does nothing."""
    month = _month(month)
    who = user if user is not None else current_user(store)
    with _guard(store) as db:
        if db.execute("SELECT 1 FROM locked_months WHERE month = ?", [month]).fetchone():
            return
        db.execute("INSERT INTO locked_months (month, locked_by) VALUES (?, ?)", [month, who])
        db.execute("INSERT INTO locked_contributions (month, member_id, date, amount, asset_type) "
                   "SELECT ?, member_id, date, amount, asset_type FROM contributions WHERE substr(date, 1, 7) = ? "
                   "ORDER BY date, id", [month, month])
        db.execute("INSERT INTO voucher_audit (who, action, number, new_json) VALUES (?, 'lock', ?, ?)",
                   [who, month, json.dumps({"month": month})])


def unlock_month(store: Store, month: str, user: str | None = None) -> None:
    """Unlock *month* (recorded in the audit trail); the books read the member register's
    contributions of the month again."""
    month = _month(month)
    who = user if user is not None else current_user(store)
    with _guard(store) as db:
        db.execute("DELETE FROM locked_months WHERE month = ?", [month])
        db.execute("INSERT INTO voucher_audit (who, action, number, old_json) VALUES (?, 'unlock', ?, ?)",
                   [who, month, json.dumps({"month": month})])


# --- accounts ---------------------------------------------------------------------------
def account_rows(store: Store) -> list[dict]:
    """The chart: ``code``, ``name``, ``parent``, ``kind``, ``normal``, ``builtin``, in code order."""
    return store.query("SELECT * FROM accounts ORDER BY code")


def account_codes(store: Store) -> set[str]:
    """Every account code in the file."""
    return {r[0] for r in store.db.execute("SELECT code FROM accounts").fetchall()}


def add_detail_account(store: Store, code: str, name: str, parent: str, user: str | None = None) -> None:
    """Add a detail account under *parent* (TT 71/2024 allows detail accounts; the chart is
    otherwise fixed). Raises :class:`ValidationError`."""
    code = (code or "").strip()
    problems = check_detail_account(code, name, parent, account_codes(store))
    if problems:
        raise ValidationError(problems)
    p = store.query("SELECT kind, normal FROM accounts WHERE code = ?", [parent])[0]
    with _guard(store) as db:
        db.execute("INSERT INTO accounts (code, name, parent, kind, normal, builtin) VALUES (?,?,?,?,?,0)",
                   [code, name.strip(), parent, p["kind"], p["normal"]])
        db.execute("INSERT INTO voucher_audit (who, action, number, new_json) VALUES (?, 'account', ?, ?)",
                   [user if user is not None else current_user(store), code,
                    json.dumps({"code": code, "name": name.strip(), "parent": parent}, ensure_ascii=False)])


# --- parties ----------------------------------------------------------------------------
@dataclass
class Party:
    """A customer or supplier: ``kind`` ("customer"/"supplier"), ``name``, ``tax_code``,
    ``phone``, ``address``, ``notes``, ``id`` (None until saved)."""

    kind: str
    name: str
    tax_code: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""
    id: int | None = None


def save_party(store: Store, party: Party) -> int:
    """Insert or update a customer/supplier; returns its id. Raises :class:`ValidationError`."""
    problems = []
    if party.kind not in ("customer", "supplier"):
        problems.append(("kind", tr("Choose customer or supplier")))
    if not (party.name or "").strip():
        problems.append(("name", tr("Name is empty")))
    if problems:
        raise ValidationError(problems)
    row = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in asdict(party).items() if k != "id"}
    row["kind"] = party.kind
    row["name_folded"] = fold(party.name)
    row["sort_key"] = vn_sort_key(party.name.strip())
    with _guard(store) as db:
        if party.id is None:
            return db["parties"].insert(row).last_pk
        db["parties"].update(party.id, row)
        return party.id


def get_party(store: Store, party_id: int) -> Party:
    """The customer/supplier *party_id*; raises :class:`StoreError` when missing."""
    rows = store.query("SELECT * FROM parties WHERE id = ?", [party_id])
    if not rows:
        raise StoreError(tr("Customer or supplier {id} does not exist", id=party_id))
    r = rows[0]
    return Party(r["kind"], r["name"], r["tax_code"] or "", r["phone"] or "", r["address"] or "", r["notes"] or "", r["id"])


def delete_party(store: Store, party_id: int) -> None:
    """Delete a customer/supplier not used by any voucher (else :class:`StoreError`)."""
    with _guard(store) as db:
        db.execute("DELETE FROM parties WHERE id = ?", [party_id])


def party_ids(store: Store, kind: str | None = None, search: str = "") -> list[int]:
    """Ids of customers/suppliers (folded search on the name), sorted by Vietnamese name."""
    clauses, params = [], []
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    q = fold(search)
    if q:
        clauses.append("name_folded LIKE ?")
        params.append(f"%{q}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return [r[0] for r in store.db.execute(f"SELECT id FROM parties{where} ORDER BY sort_key, id", params).fetchall()]


def party_rows(store: Store, ids: list[int]) -> dict[int, dict]:
    """Rows (every ``parties`` column) for *ids*."""
    if not ids:
        return {}
    return {r["id"]: r for r in store.query(f"SELECT * FROM parties WHERE id IN ({','.join('?' * len(ids))})", ids)}


def find_or_add_party(store: Store, kind: str, name: str) -> int:
    """The id of the customer/supplier named *name* (folded match), added when missing."""
    row = store.query("SELECT id FROM parties WHERE kind = ? AND name_folded = ?", [kind, fold(name)])
    return row[0]["id"] if row else save_party(store, Party(kind, name))


# --- vouchers ---------------------------------------------------------------------------
def _snapshot(store: Store, voucher_id: int) -> dict | None:
    rows = store.query("SELECT * FROM vouchers WHERE id = ?", [voucher_id])
    if not rows:
        return None
    snap = dict(rows[0])
    snap["lines"] = store.query("SELECT line_no, account, debit, credit, member_id, party_id, description "
                                "FROM voucher_lines WHERE voucher_id = ? ORDER BY line_no", [voucher_id])
    return snap


def _row(v: Voucher) -> dict:
    return {
        "vtype": v.vtype, "date": iso(v.date), "category": v.category,
        "description": (v.description or "").strip(), "amount": v.amount,
        "member_id": v.member_id, "party_id": v.party_id,
        "internal": None if v.internal is None else int(bool(v.internal)),
        "product": (v.product or "").strip() or None, "product_id": v.product_id,
        "quantity": v.quantity, "unit": (v.unit or "").strip() or None, "channel": v.channel,
        "reference": (v.reference or "").strip() or None, "adjusts_id": v.adjusts_id, "source": v.source,
    }


def _next_seq(db, vtype: str, year: int) -> int:
    """Next number of *vtype* in *year*; numbers of deleted vouchers are never reused."""
    used = db.execute("SELECT COALESCE(MAX(seq), 0) FROM vouchers WHERE vtype = ? AND year = ?", [vtype, year]).fetchone()[0]
    last = db.execute("SELECT last FROM voucher_sequences WHERE vtype = ? AND year = ?", [vtype, year]).fetchone()
    seq = max(used, last[0] if last else 0) + 1
    db.execute("INSERT INTO voucher_sequences (vtype, year, last) VALUES (?, ?, ?) "
               "ON CONFLICT(vtype, year) DO UPDATE SET last = excluded.last", [vtype, year, seq])
    return seq


def write_voucher(store: Store, v: Voucher, user: str | None = None, lines: list[Line] | None = None,
                  audit: bool = True) -> Voucher:
    """Write an already validated voucher inside the caller's :meth:`Store.atomic`; returns
    it with ``id`` and ``number``. Used by :func:`save_voucher`, importers and the demo.
    The posting trigger still refuses unbalanced lines."""
    db = store.db
    lines = lines if lines is not None else build_lines(v)
    who = user if user is not None else current_user(store)
    row = _row(v)
    old = None
    if v.id is None:
        year = v.date.year
        seq = _next_seq(db, v.vtype, year)
        row.update(year=year, seq=seq, number=format_number(v.vtype, year, seq), created_by=who)
        voucher_id = db.execute(
            f"INSERT INTO vouchers ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        ).lastrowid
        v.number = row["number"]
    else:
        voucher_id = v.id
        old = _snapshot(store, voucher_id)
        if old is None:
            raise StoreError(tr("Voucher {id} does not exist", id=voucher_id))
        if old["vtype"] != v.vtype or int(old["year"]) != v.date.year:
            year = v.date.year
            seq = _next_seq(db, v.vtype, year)
            row.update(year=year, seq=seq, number=format_number(v.vtype, year, seq))
        row["updated_at"] = dt.datetime.now().isoformat(timespec="seconds")
        db.execute("UPDATE vouchers SET posted = 0 WHERE id = ?", [voucher_id])
        db.execute("DELETE FROM voucher_lines WHERE voucher_id = ?", [voucher_id])
        db.execute(f"UPDATE vouchers SET {', '.join(k + ' = ?' for k in row)} WHERE id = ?",
                   [*row.values(), voucher_id])
        v.number = row.get("number", old["number"])
    index_voucher(db, voucher_id, v.number, row["reference"], row["description"])
    date = iso(v.date)
    db.conn.executemany(
        "INSERT INTO voucher_lines (voucher_id, line_no, date, account, contra, debit, credit, member_id, "
        "party_id, internal, description) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(voucher_id, i, date, ln.account, ln.contra, ln.debit, ln.credit, ln.member_id, ln.party_id,
          int(ln.internal), ln.description or "") for i, ln in enumerate(lines, 1)],
    )
    db.execute("UPDATE vouchers SET posted = 1 WHERE id = ?", [voucher_id])
    v.id = voucher_id
    if audit:
        new = _snapshot(store, voucher_id)
        db.execute("INSERT INTO voucher_audit (who, action, voucher_id, number, old_json, new_json) VALUES (?,?,?,?,?,?)",
                   [who, "update" if old else "insert", voucher_id, v.number,
                    json.dumps(old, ensure_ascii=False) if old else None, json.dumps(new, ensure_ascii=False)])
    return v


def save_voucher(store: Store, v: Voucher, user: str | None = None) -> Voucher:
    """Validate and save *v* (insert when ``v.id`` is None); returns it with ``id`` and
    ``number``.

    Raises :class:`ValidationError` (every problem, nothing written),
    :class:`PeriodClosedError` when the old or new date is in a locked month, or
    :class:`StoreError` for a capital contribution (entered in the member register, Art. 15,
    so it is never typed twice)."""
    if v.category in SYSTEM_CATEGORIES and v.source == "manual":
        if v.category == "capital_contribution":
            raise ValidationError([("category", tr("Capital contributions are entered in the member register; they post to account 4111 by themselves"))])
        raise ValidationError([("category", tr("This category is created by the app only"))])
    problems = validate_voucher(v, account_codes(store))
    problems += _check_refs(store, v)
    if problems:
        raise ValidationError(problems)
    old_date = store.scalar("SELECT date FROM vouchers WHERE id = ?", [v.id]) if v.id is not None else None
    if v.product_id is None and (v.product or "").strip():
        v.product_id = _product_ids(store).get(fold(v.product))
    _check_open(store, v.date, old_date)
    with _guard(store):
        return write_voucher(store, v, user)


def _check_refs(store: Store, v: Voucher) -> list[tuple[str, str]]:
    problems = []
    if v.member_id is not None and not store.scalar("SELECT 1 FROM members WHERE id = ?", [v.member_id]):
        problems.append(("counterparty", tr("Member {id} does not exist", id=v.member_id)))
    if v.party_id is not None:
        kind = store.scalar("SELECT kind FROM parties WHERE id = ?", [v.party_id])
        if kind is None:
            problems.append(("counterparty", tr("Customer or supplier {id} does not exist", id=v.party_id)))
        else:
            want = CATEGORIES[v.category].counterparty
            if want in ("customer", "supplier") and kind != want:
                problems.append(("counterparty", tr("Category “{category}” needs a {kind}", category=tr(CATEGORIES[v.category].label),
                                                    kind=tr("customer") if want == "customer" else tr("supplier"))))
    return problems


def delete_voucher(store: Store, voucher_id: int, user: str | None = None) -> None:
    """Delete a voucher entered by mistake (its number is not reused). Refused in a locked
    month (:class:`PeriodClosedError`). The audit trail keeps the old content."""
    old = _snapshot(store, voucher_id)
    if old is None:
        raise StoreError(tr("Voucher {id} does not exist", id=voucher_id))
    _check_open(store, old["date"])
    with _guard(store) as db:
        db.execute("UPDATE vouchers SET posted = 0 WHERE id = ?", [voucher_id])
        db.execute("DELETE FROM voucher_lines WHERE voucher_id = ?", [voucher_id])
        db.execute("DELETE FROM vouchers WHERE id = ?", [voucher_id])
        db.execute("INSERT INTO voucher_audit (who, action, voucher_id, number, old_json) VALUES (?,?,?,?,?)",
                   [user if user is not None else current_user(store), "delete", voucher_id, old["number"],
                    json.dumps(old, ensure_ascii=False)])


def get_voucher(store: Store, voucher_id: int) -> Voucher:
    """The voucher *voucher_id* with its lines; raises :class:`StoreError` when missing."""
    snap = _snapshot(store, voucher_id)
    if snap is None:
        raise StoreError(tr("Voucher {id} does not exist", id=voucher_id))
    lines = [Line(r["account"], r["debit"], r["credit"], r["member_id"], r["party_id"], r["description"])
             for r in snap["lines"]]
    return Voucher(
        vtype=snap["vtype"], date=from_iso(snap["date"]), amount=snap["amount"], category=snap["category"],
        description=snap["description"], member_id=snap["member_id"], party_id=snap["party_id"],
        internal=None if snap["internal"] is None else bool(snap["internal"]),
        product=snap["product"] or "", product_id=snap["product_id"], quantity=snap["quantity"],
        unit=snap["unit"] or "", channel=snap["channel"], reference=snap["reference"] or "",
        adjusts_id=snap["adjusts_id"], lines=lines if CATEGORIES[snap["category"]].debit == "" else [],
        id=snap["id"], number=snap["number"], source=snap["source"],
    )


def adjusting_voucher(store: Store, voucher_id: int, date: dt.date) -> Voucher:
    """An unsaved general journal voucher dated *date* that reverses *voucher_id* (debits
    and credits swapped), for corrections of a locked month (TT 71: corrections by
    adjusting entries). Edit it or save it as it is with :func:`save_voucher`."""
    original = get_voucher(store, voucher_id)
    lines = build_lines(original)
    reversed_lines = [Line(ln.account, ln.credit, ln.debit, ln.member_id, ln.party_id) for ln in lines]
    return Voucher(vtype="journal", date=date, amount=original.amount, category="journal",
                   description=tr("Adjustment of {number} dated {date}", number=original.number, date=format_date(original.date)),
                   internal=original.internal, adjusts_id=voucher_id, lines=reversed_lines)


#: Sort names → SQL (never user text in SQL).
SORT_COLUMNS = {
    "date": "v.date", "number": "v.vtype, v.year, v.seq", "amount": "v.amount", "category": "v.category",
    "description": "v.description", "id": "v.id",
}

_COUNTERPARTY = ("COALESCE((SELECT full_name FROM members WHERE id = v.member_id), "
                 "(SELECT name FROM parties WHERE id = v.party_id), '')")


def voucher_ids(store: Store, search: str = "", vtype: str | None = None, category: str | None = None,
                date_from: dt.date | None = None, date_to: dt.date | None = None,
                member_id: int | None = None, party_id: int | None = None,
                sort: str = "date", descending: bool = False) -> list[int]:
    """Ids of posted vouchers matching the filters (*search*: number, reference or folded
    description), in *sort* order (a key of :data:`SORT_COLUMNS`), ties by id."""
    clauses, params = ["v.posted = 1"], []
    if vtype:
        clauses.append("v.vtype = ?")
        params.append(vtype)
    if category:
        clauses.append("v.category = ?")
        params.append(category)
    if date_from:
        clauses.append("v.date >= ?")
        params.append(iso(date_from))
    if date_to:
        clauses.append("v.date <= ?")
        params.append(iso(date_to))
    if member_id is not None:
        clauses.append("v.member_id = ?")
        params.append(member_id)
    if party_id is not None:
        clauses.append("v.party_id = ?")
        params.append(party_id)
    if search.strip():
        clauses.append("(v.number LIKE ? OR v.reference LIKE ? OR v.description LIKE ?)")
        like = f"%{search.strip()}%"
        params += [like, like, like]
    order = SORT_COLUMNS.get(sort, "v.date")
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT v.id FROM vouchers v WHERE {' AND '.join(clauses)} ORDER BY {order} {direction}, v.id {direction}"
    return [r[0] for r in store.db.execute(sql, params).fetchall()]


def voucher_rows(store: Store, ids: list[int]) -> dict[int, dict]:
    """Display rows for *ids*: every ``vouchers`` column plus ``counterparty`` (name)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in store.query(
        f"SELECT v.*, {_COUNTERPARTY} AS counterparty FROM vouchers v WHERE v.id IN ({marks})", ids)}


def audit_rows(store: Store, voucher_id: int | None = None, limit: int = 500) -> list[dict]:
    """Audit trail, newest first: ``id``, ``at`` (ISO UTC), ``who``, ``action``
    (insert/update/delete/lock/unlock/account), ``voucher_id``, ``number``, ``old``, ``new``
    (dicts or None: the voucher with its lines before and after)."""
    if voucher_id is None:
        rows = store.query("SELECT * FROM voucher_audit ORDER BY id DESC LIMIT ?", [limit])
    else:
        rows = store.query("SELECT * FROM voucher_audit WHERE voucher_id = ? ORDER BY id DESC LIMIT ?", [voucher_id, limit])
    for r in rows:
        r["old"] = json.loads(r.pop("old_json")) if r.get("old_json") else None
        r["new"] = json.loads(r.pop("new_json")) if r.get("new_json") else None
    return rows


def _product_ids(store: Store) -> dict[str, int]:
    if not store.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'products'"):
        return {}
    return {r[0]: r[1] for r in store.db.execute("SELECT name_folded, id FROM products").fetchall()}


def link_products(store: Store) -> int:
    """Link vouchers to the products register by name; see module doc. Vouchers in locked
    months are left as they are."""
    ids = _product_ids(store)
    if not ids:
        return 0
    n = 0
    rows = store.db.execute("SELECT DISTINCT product FROM vouchers WHERE product IS NOT NULL AND product_id IS NULL").fetchall()
    with _guard(store) as db:
        for (name,) in rows:
            pid = ids.get(fold(name))
            if pid is not None:
                n += db.execute(
                    "UPDATE vouchers SET product_id = ? WHERE product = ? AND product_id IS NULL "
                    "AND substr(date, 1, 7) NOT IN (SELECT month FROM locked_months)", [pid, name]).rowcount
    return n


_FORMS = {
    "cash_receipt": ("PHIẾU THU", "Mẫu số 01-TT", "Họ và tên người nộp tiền", "Lý do nộp",
                     ("Giám đốc", "Kế toán trưởng", "Người nộp tiền", "Người lập phiếu", "Thủ quỹ")),
    "cash_payment": ("PHIẾU CHI", "Mẫu số 02-TT", "Họ và tên người nhận tiền", "Lý do chi",
                     ("Giám đốc", "Kế toán trưởng", "Thủ quỹ", "Người lập phiếu", "Người nhận tiền")),
    "bank_receipt": ("GIẤY BÁO CÓ", "", "Đơn vị, người chuyển tiền", "Nội dung",
                     ("Người lập", "Kế toán trưởng", "Giám đốc")),
    "bank_payment": ("GIẤY BÁO NỢ", "", "Đơn vị, người nhận tiền", "Nội dung",
                     ("Người lập", "Kế toán trưởng", "Giám đốc")),
    "journal": ("PHIẾU KẾ TOÁN", "", "Đối tượng", "Nội dung",
                ("Người lập", "Kế toán trưởng")),
}


def voucher_form(store: Store, voucher_id: int) -> dict:
    """What a printed voucher shows (Vietnamese text as on the forms 01-TT and 02-TT):
    ``title``, ``form`` ("Mẫu số 01-TT"…), ``cooperative``, ``address`` (the cooperative's),
    ``number``, ``date`` (``datetime.date``), ``date_text`` ("Ngày 05 tháng 03 năm 2026"),
    ``debit`` / ``credit`` (account codes, comma-separated), ``person_label``, ``person``,
    ``person_address``, ``reason_label``, ``reason``, ``amount`` (đồng), ``amount_words``
    ("Một triệu … đồng"), ``lines`` (journal lines), ``signatures`` (roles, left to right).
    Raises :class:`StoreError` when the voucher does not exist."""
    from ocop_desktop.domain.formats import long_date
    from ocop_desktop.domain.income.amount_words import amount_in_words
    v = get_voucher(store, voucher_id)
    lines = build_lines(v)
    title, form, person_label, reason_label, signatures = _FORMS[v.vtype]
    person, address = "", ""
    if v.member_id is not None:
        r = store.query("SELECT full_name, address FROM members WHERE id = ?", [v.member_id])
        if r:
            person, address = r[0]["full_name"], r[0]["address"] or ""
    elif v.party_id is not None:
        r = store.query("SELECT name, address FROM parties WHERE id = ?", [v.party_id])
        if r:
            person, address = r[0]["name"], r[0]["address"] or ""
    coop = store.query("SELECT name, address_detail FROM cooperative WHERE id = 1")
    return {
        "title": title, "form": form,
        "cooperative": coop[0]["name"] if coop else "", "address": (coop[0]["address_detail"] or "") if coop else "",
        "number": v.number, "date": v.date, "date_text": long_date(v.date).capitalize(),
        "debit": ", ".join(sorted({ln.account for ln in lines if ln.debit})),
        "credit": ", ".join(sorted({ln.account for ln in lines if ln.credit})),
        "person_label": person_label, "person": person, "person_address": address,
        "reason_label": reason_label, "reason": v.description,
        "amount": v.amount, "amount_words": amount_in_words(v.amount),
        "lines": [{"account": ln.account, "debit": ln.debit, "credit": ln.credit} for ln in lines],
        "signatures": list(signatures),
    }
