"""SQL for the member register: members and their capital contributions.

The UI model keeps only row ids (:func:`member_ids`) and fetches rows in pages
(:func:`member_rows`), so the whole register is never in memory (Anki's browser pattern).
Sorting and filtering happen in SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, fields, replace

from ocop_desktop.domain.formats import from_iso, iso
from ocop_desktop.domain.members import (
    MIN_OFFICIAL_MEMBERS, Contribution, Member, capital_cap_problems, validate_member,
)
from ocop_desktop.domain.text import fold, person_sort_key, vn_sort_key
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError, ValidationError

__all__ = [
    "SORT_COLUMNS", "member_ids", "member_rows", "get_member", "save_member", "check_member",
    "delete_member", "register_warnings", "member_summary", "charter_capital",
]

_PAID = "(SELECT COALESCE(SUM(amount), 0) FROM contributions c WHERE c.member_id = m.id)"

#: UI sort names → SQL expressions (never user text in SQL).
SORT_COLUMNS = {
    "name": "m.sort_key",
    "type": "CASE m.member_type WHEN 'official' THEN 0 WHEN 'associate_capital' THEN 1 ELSE 2 END",
    "sex": "m.sex",
    "birth_date": "m.birth_date",
    "id_number": "m.id_number",
    "phone": "m.phone",
    "join_date": "m.join_date",
    "capital_committed": "m.capital_committed",
    "capital_paid": _PAID,
    "paid_pct": f"CAST({_PAID} AS REAL) / NULLIF(m.capital_committed, 0)",
    "status": "m.status",
    "id": "m.id",
}


def _where(search: str, member_type: str | None, status: str | None) -> tuple[str, list]:
    clauses, params = [], []
    q = fold(search)
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(m.name_folded LIKE ? ESCAPE '\\' OR m.id_number LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\')")
        params += [like, like, like]
    if member_type:
        clauses.append("m.member_type = ?")
        params.append(member_type)
    if status:
        clauses.append("m.status = ?")
        params.append(status)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def member_ids(store: Store, search: str = "", member_type: str | None = None,
               status: str | None = None, sort: str = "name", descending: bool = False) -> list[int]:
    """Ids of the members matching *search* (folded: case, diacritics, đ/d and NFC/NFD
    insensitive; also matches ID number and phone digits), *member_type* and *status*,
    in the order of *sort* (a key of :data:`SORT_COLUMNS`)."""
    where, params = _where(search, member_type, status)
    direction = "DESC" if descending else "ASC"
    order = SORT_COLUMNS.get(sort, "m.sort_key")
    sql = f"SELECT m.id FROM members m{where} ORDER BY {order} {direction}, m.sort_key, m.id"
    return [r[0] for r in store.db.execute(sql, params).fetchall()]


def member_rows(store: Store, ids: list[int]) -> dict[int, dict]:
    """Display rows for *ids* (one query): every member column plus ``capital_paid`` (đồng)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"SELECT m.*, {_PAID} AS capital_paid FROM members m WHERE m.id IN ({marks})"
    return {row["id"]: row for row in store.query(sql, ids)}


def _to_member(row: dict, contributions: list[dict]) -> Member:
    names = {f.name for f in fields(Member)}
    data = {k: v for k, v in row.items() if k in names}
    for key in ("birth_date", "join_date", "certificate_date", "left_date"):
        data[key] = from_iso(row[key])
    for key in ("id_number", "phone", "address", "certificate_no", "left_reason", "notes"):
        data[key] = data.get(key) or ""
    data["contributions"] = [
        Contribution(date=from_iso(c["date"]), amount=c["amount"], asset_type=c["asset_type"],
                     quantity=c["quantity"] or "", note=c["note"] or "", id=c["id"])
        for c in contributions
    ]
    return Member(**data)


def get_member(store: Store, member_id: int) -> Member:
    """The member with its contributions; raises :class:`StoreError` if there is none."""
    rows = store.query("SELECT * FROM members WHERE id = ?", [member_id])
    if not rows:
        raise StoreError(tr("Member {id} does not exist", id=member_id))
    contributions = store.query("SELECT * FROM contributions WHERE member_id = ? ORDER BY date, id", [member_id])
    return _to_member(rows[0], contributions)


def charter_capital(store: Store) -> int:
    """The charter capital from the profile, đồng (0 when not set)."""
    return store.scalar("SELECT charter_capital FROM cooperative WHERE id = 1") or 0


def check_member(store: Store, member: Member, today: dt.date | None = None,
                 others: list[Member] | None = None) -> tuple[Member, list[tuple[str, str]], list[tuple[str, str]]]:
    """Validate *member* against the rules and the rest of the register.

    Rules beyond :func:`validate_member`: ID number unique among active members; capital
    caps of Law 17/2023 Art. 74 computed over the register as it would be after saving.
    *others*: members not yet saved (an import) that count as part of the register.
    Returns ``(normalised member, errors, warnings)``.
    """
    member, errors, warnings = validate_member(member, today)
    if member.id_number and member.status == "active":
        dup = store.query(
            "SELECT full_name FROM members WHERE id_number = ? AND status = 'active' AND id IS NOT ?",
            [member.id_number, member.id])
        if dup:
            errors.append(("id_number", tr("ID number {value} is already used by {name}", value=member.id_number, name=dup[0]["full_name"])))
    if member.status == "active" and not any(f == "capital_committed" for f, _ in errors):
        holdings = [
            (r["member_type"], r["full_name"], r["capital_committed"])
            for r in store.query("SELECT member_type, full_name, capital_committed FROM members "
                                 "WHERE status = 'active' AND id IS NOT ?", [member.id])
        ]
        holdings += [(o.member_type, o.full_name, o.capital_committed) for o in (others or [])]
        holdings.append((member.member_type, member.full_name, member.capital_committed))
        mine = len(holdings) - 1
        for index, message in capital_cap_problems(charter_capital(store), holdings):
            if index == mine:
                errors.append(("capital_committed", message))
            elif index == -1 and member.member_type == "associate_capital":
                errors.append(("capital_committed", message))
    return member, errors, warnings


def _member_row(member: Member) -> dict:
    row = asdict(member)
    row.pop("contributions")
    for key in ("birth_date", "join_date", "certificate_date", "left_date"):
        row[key] = iso(row[key])
    for key in ("id_number", "phone", "certificate_no", "left_reason", "notes", "address"):
        row[key] = row[key] or None
    row["name_folded"] = fold(member.full_name)
    row["sort_key"] = person_sort_key(member.full_name) if member.kind == "individual" else vn_sort_key(member.full_name)
    return row


def write_member(store: Store, member: Member, insert: bool = False) -> int:
    """Write an already-checked member and replace its contributions; returns its id.
    With *insert* a member that has an id is inserted under that id (undo of a deletion).
    Call inside :meth:`Store.atomic` (used by :func:`save_member` and importers)."""
    db = store.db
    row = _member_row(member)
    if insert and member.id is not None:
        member_id = db["members"].insert(row).last_pk
    elif member.id is None:
        row.pop("id")
        member_id = db["members"].insert(row).last_pk
    else:
        row["updated_at"] = dt.datetime.now().isoformat(timespec="seconds")
        member_id = member.id
        db["members"].update(member_id, row)
    # Contributions kept by id: unchanged rows are not rewritten, so the audit trail
    # (issue 6 item 5) shows only real changes of capital.
    existing = {r[0] for r in db.execute("SELECT id FROM contributions WHERE member_id = ?", [member_id])}
    kept = {c.id for c in member.contributions if c.id in existing}
    for gone in existing - kept:
        db.execute("DELETE FROM contributions WHERE id = ?", [gone])
    for c in member.contributions:
        row = {"member_id": member_id, "date": iso(c.date), "amount": c.amount,
               "asset_type": c.asset_type, "quantity": c.quantity or None, "note": c.note or None}
        if c.id in kept:
            db.execute("UPDATE contributions SET date = ?, amount = ?, asset_type = ?, quantity = ?, note = ? "
                       "WHERE id = ? AND NOT (date IS ? AND amount IS ? AND asset_type IS ? AND quantity IS ? AND note IS ?)",
                       [row["date"], row["amount"], row["asset_type"], row["quantity"], row["note"], c.id,
                        row["date"], row["amount"], row["asset_type"], row["quantity"], row["note"]])
        else:
            db["contributions"].insert(row)
    return member_id


def save_member(store: Store, member: Member, today: dt.date | None = None) -> tuple[int, list[tuple[str, str]]]:
    """Check and save one member (insert when ``member.id`` is None, else update).

    Returns ``(id, warnings)``. Raises :class:`ValidationError` with every
    ``(field, message)`` problem; nothing is written then."""
    member, errors, warnings = check_member(store, member, today)
    if errors:
        raise ValidationError(errors)
    with store.atomic():
        member_id = write_member(store, member)
    return member_id, warnings


def delete_member(store: Store, member_id: int) -> None:
    """Delete a member entered by mistake. A member with capital history is never deleted
    (Law 17/2023 Art. 33: leaving is a status): raises :class:`StoreError` then."""
    if store.scalar("SELECT COUNT(*) FROM contributions WHERE member_id = ?", [member_id]):
        raise StoreError(tr("This member has capital contributions and cannot be deleted; record that the member left instead."))
    import sqlite3
    try:
        with store.atomic() as db:
            db.execute("DELETE FROM members WHERE id = ?", [member_id])
    except sqlite3.IntegrityError as err:
        raise StoreError(tr("This member appears in vouchers or other records and cannot be deleted; record that the member left instead.")) from err


def register_warnings(store: Store) -> list[str]:
    """Warnings about the register as a whole: fewer than 5 official members (Law 17/2023
    Art. 4 cl. 7); members' committed capital above the charter capital of the profile."""
    out = []
    n = store.scalar("SELECT COUNT(*) FROM members WHERE status = 'active' AND member_type = 'official'")
    if n < MIN_OFFICIAL_MEMBERS:
        out.append(tr("The cooperative has {n} official members; the law requires at least 5 (Law 17/2023 Art. 4).", n=n))
    charter = charter_capital(store)
    committed = store.scalar("SELECT COALESCE(SUM(capital_committed), 0) FROM members WHERE status = 'active'")
    if charter and committed > charter:
        from ocop_desktop.domain.formats import format_money
        out.append(tr("Members have committed {committed} in all, more than the charter capital of {charter}: update the charter capital in the cooperative profile.",
                      committed=format_money(committed), charter=format_money(charter)))
    return out


def member_summary(store: Store) -> dict:
    """Counts and capital totals of active members: ``{"official", "associate_capital",
    "associate_no_capital", "total", "committed", "paid"}`` (money in đồng)."""
    out = {"official": 0, "associate_capital": 0, "associate_no_capital": 0}
    for row in store.query("SELECT member_type, COUNT(*) AS n FROM members WHERE status='active' GROUP BY member_type"):
        out[row["member_type"]] = row["n"]
    out["total"] = sum(out.values())
    out["committed"] = store.scalar("SELECT COALESCE(SUM(capital_committed),0) FROM members WHERE status='active'")
    out["paid"] = store.scalar("SELECT COALESCE(SUM(c.amount),0) FROM contributions c JOIN members m ON m.id=c.member_id WHERE m.status='active'")
    return out
