"""SQL for the member register: members and their capital contributions.

The UI model keeps only the row count (:func:`member_count`) and fetches rows in pages
(:func:`member_page`), so neither the register nor its id list is ever in memory (Anki's
browser pattern, windowed). Sorting and filtering happen in SQL, on the indexes and the
trigram search table of store/schema_scale.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
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
    "SORT_COLUMNS", "member_ids", "member_count", "member_window", "member_page", "member_rows", "get_member", "save_member", "check_member",
    "delete_member", "register_warnings", "member_summary", "charter_capital",
    "REGISTER_COLUMNS", "read_snapshot", "register_counts", "register_stream",
]

#: UI sort names → SQL expressions (never user text in SQL). Each has an index led by
#: ``status`` and ending in ``sort_key, id`` (store/schema_scale.py), so a page of any sort
#: is read from an index in order.
SORT_COLUMNS = {
    "name": "m.sort_key",
    "type": "CASE m.member_type WHEN 'official' THEN 0 WHEN 'associate_capital' THEN 1 ELSE 2 END",
    "sex": "m.sex",
    "birth_date": "m.birth_date",
    "id_number": "m.id_number",
    "phone": "m.phone",
    "join_date": "m.join_date",
    "capital_committed": "m.capital_committed",
    "capital_paid": "m.capital_paid",
    "paid_pct": "CAST(m.capital_paid AS REAL) / NULLIF(m.capital_committed, 0)",
    "status": "m.status",
    "id": "m.id",
}

#: Shortest folded query answered by the trigram index; shorter ones scan with LIKE.
FTS_MIN = 3
#: Above this many matches a page is read by walking the sort index and testing each row
#: (LIKE); at or below it, from the trigram match set, sorted (store/schema_scale.py).
DENSE = 5000


def search_key(search: str) -> str:
    """The folded search text; a number typed with spaces or dots, or with +84, is
    reduced to the digits as stored ("+84 900 000 202" → "0900000202", "025 068" → "025068")."""
    q = fold(search)
    stripped = q.strip()
    if stripped and all(ch.isdigit() or ch in " .+()" for ch in stripped) and sum(ch.isdigit() for ch in stripped) >= 3:
        digits = "".join(ch for ch in stripped if ch.isdigit())
        if stripped.startswith("+84") or (stripped.startswith("84") and len(digits) == 11):
            digits = "0" + digits[2:]
        return digits
    return q


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _names_only(q: str) -> bool:
    """A folded query with a letter in it can only match a name: ID numbers and phones
    hold digits (and, for an organisation's registration number, "-") only."""
    return any(ch.isalpha() for ch in q)


def _fts_match(q: str, member_type: str | None, status: str | None) -> str:
    """FTS5 query: *q* as a substring of a searched column, and the filters."""
    columns = "{name_folded}" if _names_only(q) else "{name_folded id_number phone}"
    expr = columns + " : " + _phrase(q)
    if member_type:
        expr += " AND member_type : " + _phrase(member_type)
    if status == "active":  # the only statuses are 'active' and 'left' (CHECK constraint)
        expr += " NOT status : " + _phrase("left")
    elif status:
        expr += " AND status : " + _phrase(status)
    return expr


def _where(search: str, member_type: str | None, status: str | None,
           scan: bool = False) -> tuple[str, list]:
    """WHERE clause and parameters. A search of :data:`FTS_MIN` letters or more is looked
    up in the trigram index and the matches sorted (few matches), unless *scan*: then, as
    for shorter searches, the rows are tested with LIKE while an index is walked in the
    sort order (many matches: a page is found after a short walk)."""
    clauses, params = [], []
    q = search_key(search)
    fts = len(q) >= FTS_MIN and not scan
    if fts:
        clauses.append("m.id IN (SELECT rowid FROM members_fts WHERE members_fts MATCH ?)")
        params.append(_fts_match(q, member_type, status))
    elif q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if _names_only(q):
            clauses.append("m.name_folded LIKE ? ESCAPE '\\'")
            params.append(like)
        else:
            clauses.append("(m.name_folded LIKE ? ESCAPE '\\' OR m.id_number LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\')")
            params += [like, like, like]
    # With the match set driving, "+" keeps SQLite from walking an index for these terms.
    plus = "+" if fts else ""
    if member_type:
        clauses.append(f"{plus}m.member_type = ?")
        params.append(member_type)
    if status:
        clauses.append(f"{plus}m.status = ?")
        params.append(status)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(sort: str, descending: bool) -> str:
    """ORDER BY for *sort*; descending reverses the whole order (ties included), so that
    one index serves both directions."""
    direction = "DESC" if descending else "ASC"
    column = SORT_COLUMNS.get(sort, "m.sort_key")
    keys = [column] if column in ("m.sort_key", "m.id") else [column, "m.sort_key"]
    if column != "m.id":
        keys.append("m.id")
    return ", ".join(f"{k} {direction}" for k in keys)


def member_ids(store: Store, search: str = "", member_type: str | None = None,
               status: str | None = None, sort: str = "name", descending: bool = False) -> list[int]:
    """Ids of the members matching *search* (folded: case, diacritics, đ/d and NFC/NFD
    insensitive; a substring of the name, ID number or phone), *member_type* and *status*,
    in the order of *sort* (a key of :data:`SORT_COLUMNS`; ties by name then id;
    *descending* reverses the whole order). The UI model reads pages with
    :func:`member_count` and :func:`member_page` instead of holding every id."""
    where, params = _where(search, member_type, status)
    sql = f"SELECT m.id FROM members m{where} ORDER BY {_order(sort, descending)}"
    return [r[0] for r in store.db.execute(sql, params).fetchall()]


def member_count(store: Store, search: str = "", member_type: str | None = None,
                 status: str | None = None) -> int:
    """How many members match (same filters as :func:`member_ids`). Without a search the
    count comes from ``member_totals``; a search of three letters or more is counted on the
    trigram index alone; a shorter one scans a narrow index."""
    q = search_key(search)
    if not q:  # no search: the totals kept by triggers answer at once
        where, params = [], []
        if member_type:
            where.append("member_type = ?")
            params.append(member_type)
        if status:
            where.append("status = ?")
            params.append(status)
        sql = "SELECT COALESCE(SUM(members), 0) FROM member_totals" + (" WHERE " + " AND ".join(where) if where else "")
        return store.db.execute(sql, params).fetchone()[0]
    if len(q) >= FTS_MIN:
        return store.db.execute("SELECT COUNT(*) FROM members_fts WHERE members_fts MATCH ?",
                                [_fts_match(q, member_type, status)]).fetchone()[0]
    where, params = _where(search, member_type, status)
    return store.db.execute(f"SELECT COUNT(*) FROM members m{where}", params).fetchone()[0]


def member_window(store: Store, search: str = "", member_type: str | None = None,
                  status: str | None = None, sort: str = "name",
                  descending: bool = False) -> tuple[int, list[int] | None]:
    """What a table needs first after a keystroke: ``(count, ids)``. *ids* is the ordered
    id list when a trigram search has at most :data:`DENSE` matches (one pass over the
    index gives both), else ``None`` and pages come from :func:`member_page`."""
    q = search_key(search)
    if len(q) >= FTS_MIN:
        match = _fts_match(q, member_type, status)
        found = [r[0] for r in store.db.execute(
            "SELECT rowid FROM members_fts WHERE members_fts MATCH ? LIMIT ?", [match, DENSE + 1])]
        if len(found) <= DENSE:
            if not found:
                return 0, []
            sql = (f"SELECT m.id FROM members m WHERE m.id IN (SELECT value FROM json_each(?)) "
                   f"ORDER BY {_order(sort, descending)}")
            ids = [r[0] for r in store.db.execute(sql, [json.dumps(found)])]
            return len(ids), ids
    return member_count(store, search, member_type, status), None


def member_page(store: Store, search: str = "", member_type: str | None = None,
                status: str | None = None, sort: str = "name", descending: bool = False,
                offset: int = 0, limit: int = 200, total: int | None = None) -> list[dict]:
    """Display rows *offset* … *offset + limit − 1* of the order of :func:`member_ids`:
    every member column (``capital_paid`` included, đồng), in order.

    With *total* (from :func:`member_count`) a page in the second half is read from the
    end in the reverse order, so no page skips more than half of the rows, and the query
    plan is chosen by how many rows match (:data:`DENSE`)."""
    if limit <= 0 or offset < 0:
        return []
    where, params = _where(search, member_type, status, scan=total is None or total > DENSE)
    reverse = total is not None and offset > total // 2
    if reverse:
        end = min(total, offset + limit)
        if end <= offset:
            return []
        limit, offset = end - offset, total - end
    order = _order(sort, descending != reverse)
    sql = f"SELECT m.* FROM members m{where} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = store.query(sql, params + [limit, offset])
    return rows[::-1] if reverse else rows


def member_rows(store: Store, ids: list[int]) -> dict[int, dict]:
    """Display rows for *ids* (one query): every member column, ``capital_paid`` (đồng)
    included."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"SELECT m.* FROM members m WHERE m.id IN ({marks})"
    return {row["id"]: row for row in store.query(sql, ids)}


#: the columns the printed register (exports/members.py) reads, in this order
REGISTER_COLUMNS = ("id", "member_type", "kind", "full_name", "sex", "birth_date", "id_number", "phone", "address",
                    "nationality", "join_date", "capital_committed", "capital_paid", "status", "left_date")


@contextlib.contextmanager
def read_snapshot(store: Store) -> Iterator[None]:
    """Read inside one transaction, so counts and rows read one after the other agree
    even if another connection writes meanwhile (SQLite WAL snapshot). Inside a
    transaction already open on this connection it adds nothing."""
    conn = store.db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # read only: nothing to keep


def register_counts(store: Store) -> tuple[int, int]:
    """``(active members, members who left)``, counted on the rows themselves."""
    counts = dict(store.db.execute("SELECT status, COUNT(*) FROM members GROUP BY status").fetchall())
    return counts.get("active", 0), counts.get("left", 0)


def register_stream(store: Store, status: str) -> Iterator[dict]:
    """Members with *status* (``"active"``/``"left"``) in Vietnamese name order (ties by
    id, the order of :func:`member_ids` with ``sort="name"``), as dicts of
    :data:`REGISTER_COLUMNS` (``capital_committed``/``capital_paid`` in đồng), streamed
    from one query on the ``members_status_sort`` index (about three times faster than
    :func:`member_rows` over id chunks at 105,000 members)."""
    sql = f"SELECT {', '.join('m.' + c for c in REGISTER_COLUMNS)} FROM members m WHERE m.status = ? ORDER BY m.sort_key, m.id"
    keys = REGISTER_COLUMNS
    for row in store.db.execute(sql, [status]):
        yield dict(zip(keys, row))


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


def _active_holdings_except(store: Store, member_id: int | None) -> list[tuple[str, str, int]]:
    """The rest of the active register as :func:`capital_cap_problems` needs it for one
    member's own errors, in O(1) from ``member_totals`` (issue 7: 105,000 members): that
    function uses only the total committed capital (the basis), whether there are 5
    official members, the associates' total and the member's own share, so the other
    officials stand in as up to 5 entries (the first carrying their total) and each other
    type as one entry carrying its total. Same result as listing every member."""
    counts = {t: 0 for t in ("official", "associate_capital", "associate_no_capital")}
    totals = dict(counts)
    for row in store.query("SELECT member_type, members, committed FROM member_totals WHERE status = 'active'"):
        counts[row["member_type"]] = row["members"]
        totals[row["member_type"]] = row["committed"]
    if member_id is not None:
        for row in store.query("SELECT member_type, capital_committed FROM members "
                               "WHERE id = ? AND status = 'active'", [member_id]):
            counts[row["member_type"]] -= 1
            totals[row["member_type"]] -= row["capital_committed"]
    out = [("official", "", totals["official"] if i == 0 else 0)
           for i in range(min(counts["official"], MIN_OFFICIAL_MEMBERS))]
    out += [(t, "", totals[t]) for t in ("associate_capital", "associate_no_capital") if totals[t]]
    return out


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
        holdings = _active_holdings_except(store, member.id)
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
    # Plain INSERT/UPDATE (column names from the Member dataclass, values bound): sqlite-utils'
    # insert() re-reads the table's columns on every call, a third of the time of an
    # import or of the province-scale generator (issue 7).
    if insert and member.id is not None:
        member_id = db.execute(f"INSERT INTO members ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                               list(row.values())).lastrowid
    elif member.id is None:
        row.pop("id")
        member_id = db.execute(f"INSERT INTO members ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                               list(row.values())).lastrowid
    else:
        row["updated_at"] = dt.datetime.now().isoformat(timespec="seconds")
        member_id = row.pop("id")
        db.execute(f"UPDATE members SET {', '.join(k + ' = ?' for k in row)} WHERE id = ?",
                   [*row.values(), member_id])
    # Contributions kept by id: unchanged rows are not rewritten, so the audit trail
    # (issue 6 item 5) shows only real changes of capital. New members (imports, the
    # generator) take the fast path: one executemany.
    existing = set() if member.id is None or insert else {
        r[0] for r in db.execute("SELECT id FROM contributions WHERE member_id = ?", [member_id])}
    kept = {c.id for c in member.contributions if c.id in existing}
    for gone in existing - kept:
        db.execute("DELETE FROM contributions WHERE id = ?", [gone])
    fresh = []
    for c in member.contributions:
        values = [iso(c.date), c.amount, c.asset_type, c.quantity or None, c.note or None]
        if c.id in kept:
            db.execute("UPDATE contributions SET date = ?, amount = ?, asset_type = ?, quantity = ?, note = ? "
                       "WHERE id = ? AND NOT (date IS ? AND amount IS ? AND asset_type IS ? AND quantity IS ? AND note IS ?)",
                       [*values, c.id, *values])
        else:
            fresh.append((member_id, *values))
    if fresh:
        db.conn.executemany(
            "INSERT INTO contributions (member_id, date, amount, asset_type, quantity, note) VALUES (?, ?, ?, ?, ?, ?)",
            fresh)
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
    n = store.scalar("SELECT COALESCE(SUM(members), 0) FROM member_totals "
                     "WHERE status = 'active' AND member_type = 'official'")
    if n < MIN_OFFICIAL_MEMBERS:
        out.append(tr("The cooperative has {n} official members; the law requires at least 5 (Law 17/2023 Art. 4).", n=n))
    charter = charter_capital(store)
    committed = store.scalar("SELECT COALESCE(SUM(committed), 0) FROM member_totals WHERE status = 'active'")
    if charter and committed > charter:
        from ocop_desktop.domain.formats import format_money
        out.append(tr("Members have committed {committed} in all, more than the charter capital of {charter}: update the charter capital in the cooperative profile.",
                      committed=format_money(committed), charter=format_money(charter)))
    return out


def member_summary(store: Store) -> dict:
    """Counts and capital totals of active members: ``{"official", "associate_capital",
    "associate_no_capital", "total", "committed", "paid"}`` (money in đồng)."""
    out = {"official": 0, "associate_capital": 0, "associate_no_capital": 0}
    committed = paid = 0
    # member_totals is kept by triggers (store/schema_scale.py): a few rows, not the register.
    for row in store.query("SELECT member_type, members, committed, paid FROM member_totals WHERE status = 'active'"):
        out[row["member_type"]] = row["members"]
        committed += row["committed"]
        paid += row["paid"]
    out["total"] = sum(out.values())
    out["committed"] = committed
    out["paid"] = paid
    return out
