"""Audit trail: who changed what, when, old → new — for every audited table, generically.

At connection open (:func:`install`) a TEMP table ``audit_actor`` holds the current app user
and OS account, and TEMP triggers are created on every table of :data:`AUDITED_TABLES` that
exists in the file. The triggers read the table's columns by introspection (``PRAGMA
table_info``) and write ``json_object(old)`` / ``json_object(new)`` into ``audit_log``
inside the same transaction as the change, so a change and its history entry are committed
or rolled back together. Tables added by later features are covered by adding their names
to :data:`AUDITED_TABLES` (missing tables are skipped).

TEMP triggers live only on this connection: other programs writing the file (a future
sync, sqlite3 by hand) are not recorded — that is intended; the app is the one writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3

from ocop_desktop.i18n import N_, tr

__all__ = [
    "AUDITED_TABLES", "install", "set_actor", "actor", "entries", "entry_count", "record_history",
    "changes", "TABLE_LABELS", "ACTION_LABELS", "list_users", "add_user", "remove_user",
    "check_password", "user_has_password",
]

#: Audited table → label (translated at display). One place: add later tables here.
AUDITED_TABLES: dict[str, str] = {
    "cooperative": N_("Cooperative profile"),
    "members": N_("Member"),
    "contributions": N_("Capital contribution"),
    "products": N_("Product"),
    "product_channels": N_("Sales channel"),
    "certificates": N_("Certificate"),
    "assessments": N_("Assessment"),
    "assessment_scores": N_("Assessment score"),
    "self_assessments": N_("Self-assessment"),
    "dossiers": N_("Dossier"),
    "dossier_files": N_("Dossier file"),
    "evidence": N_("Evidence"),
    "vouchers": N_("Voucher"),
    "voucher_lines": N_("Voucher line"),
    "parties": N_("Counterparty"),
    "accounts": N_("Account"),
    "locked_months": N_("Locked month"),
    "distributions": N_("Distribution"),
    "app_users": N_("App user"),
}
TABLE_LABELS = AUDITED_TABLES
ACTION_LABELS = {"insert": N_("added"), "update": N_("changed"), "delete": N_("deleted")}

#: Columns never copied into the log (derived copies of other columns).
_SKIP_COLUMNS = {"name_folded", "sort_key", "password_hash", "salt"}
_CHUNK = 40  # columns per json_object() call (SQLite allows 127 arguments by default)


def _value_sql(prefix: str, column: str) -> str:
    ref = f'{prefix}."{column}"'
    return (f"CASE WHEN typeof({ref}) = 'blob' THEN '<' || length({ref}) || ' bytes>' "
            f"WHEN typeof({ref}) = 'real' AND abs({ref}) > 1.7976931348623157e308 THEN CAST({ref} AS TEXT) "
            f"ELSE {ref} END")


def _json_sql(prefix: str, columns: list[str]) -> str:
    parts = []
    for i in range(0, len(columns), _CHUNK):
        args = ", ".join(f"'{c}', {_value_sql(prefix, c)}" for c in columns[i:i + _CHUNK])
        parts.append(f"json_object({args})")
    out = parts[0] if parts else "json_object()"
    for extra in parts[1:]:
        out = f"json_patch({out}, {extra})"
    return out


def _row_id_sql(prefix: str, conn: sqlite3.Connection, table: str) -> str:
    pk = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")') if r[5]]
    if len(pk) == 1:
        return f'{prefix}."{pk[0]}"'
    return f"{prefix}.rowid"


def install(conn: sqlite3.Connection, app_user: str = "", os_user: str = "") -> list[str]:
    """Create the TEMP ``audit_actor`` table and the TEMP audit triggers on *conn*.
    Returns the names of the tables now audited. Call again after a migration adds tables
    (existing triggers are replaced)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS audit_actor (app_user TEXT, os_user TEXT)")
    if conn.execute("SELECT COUNT(*) FROM temp.audit_actor").fetchone()[0] == 0:
        conn.execute("INSERT INTO temp.audit_actor VALUES (?, ?)", [app_user, os_user])
    existing = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    if "audit_log" not in existing:
        return []
    done = []
    for table in AUDITED_TABLES:
        if table not in existing:
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")') if r[1] not in _SKIP_COLUMNS]
        who = "(SELECT app_user FROM temp.audit_actor LIMIT 1), (SELECT os_user FROM temp.audit_actor LIMIT 1)"
        head = "INSERT INTO audit_log (app_user, os_user, table_name, row_id, action, old_json, new_json)"
        new_json, old_json = _json_sql("NEW", columns), _json_sql("OLD", columns)
        specs = {
            "insert": (f"{who}, '{table}', {_row_id_sql('NEW', conn, table)}, 'insert', NULL, {new_json}", ""),
            "update": (f"{who}, '{table}', {_row_id_sql('NEW', conn, table)}, 'update', {old_json}, {new_json}",
                       f" WHEN {old_json} IS NOT {new_json}"),
            "delete": (f"{who}, '{table}', {_row_id_sql('OLD', conn, table)}, 'delete', {old_json}, NULL", ""),
        }
        for action, (values, when) in specs.items():
            name = f"audit_{table}_{action}"
            conn.execute(f'DROP TRIGGER IF EXISTS temp."{name}"')
            conn.execute(
                f'CREATE TEMP TRIGGER "{name}" AFTER {action.upper()} ON main."{table}"{when} '
                f"BEGIN {head} VALUES ({values}); END")
        done.append(table)
    return done


def set_actor(conn: sqlite3.Connection, app_user: str, os_user: str | None = None) -> None:
    """Record later changes on *conn* as made by *app_user* (and *os_user*)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS audit_actor (app_user TEXT, os_user TEXT)")
    if os_user is None:
        row = conn.execute("SELECT os_user FROM temp.audit_actor LIMIT 1").fetchone()
        os_user = row[0] if row else ""
    conn.execute("DELETE FROM temp.audit_actor")
    conn.execute("INSERT INTO temp.audit_actor VALUES (?, ?)", [app_user, os_user])
    if conn.in_transaction:
        conn.commit()


def actor(conn: sqlite3.Connection) -> tuple[str, str]:
    """``(app user, OS account)`` changes are recorded under."""
    try:
        row = conn.execute("SELECT app_user, os_user FROM temp.audit_actor LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return "", ""
    return (row[0] or "", row[1] or "") if row else ("", "")


# --- reading the log ----------------------------------------------------------------

def _where(table: str | None, row_id: int | None, user: str | None, search: str,
           date_from: dt.date | None, date_to: dt.date | None, action: str | None) -> tuple[str, list]:
    clauses, params = [], []
    if table:
        clauses.append("table_name = ?")
        params.append(table)
    if row_id is not None:
        clauses.append("row_id = ?")
        params.append(row_id)
    if user:
        clauses.append("(app_user = ? OR os_user = ?)")
        params += [user, user]
    if action:
        clauses.append("action = ?")
        params.append(action)
    if search:
        like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(COALESCE(old_json, '') LIKE ? ESCAPE '\\' OR COALESCE(new_json, '') LIKE ? ESCAPE '\\')")
        params += [like, like]
    if date_from:
        clauses.append("at >= ?")
        params.append(_utc_bound(date_from))
    if date_to:
        clauses.append("at < ?")
        params.append(_utc_bound(date_to + dt.timedelta(days=1)))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _utc_bound(day: dt.date) -> str:
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_ids(store, table: str | None = None, row_id: int | None = None, user: str | None = None,
              search: str = "", date_from: dt.date | None = None, date_to: dt.date | None = None,
              action: str | None = None) -> list[int]:
    """Ids of log entries matching the filters, newest first. *date_from*/*date_to* are
    local calendar days, both included; *search* matches text in the old or new values."""
    where, params = _where(table, row_id, user, search, date_from, date_to, action)
    return [r[0] for r in store.db.execute(f"SELECT id FROM audit_log{where} ORDER BY id DESC", params).fetchall()]


def entry_count(store) -> int:
    """Number of entries in the log."""
    return store.scalar("SELECT COUNT(*) FROM audit_log") or 0


def entries(store, ids: list[int]) -> dict[int, dict]:
    """Log rows for *ids*: ``{id: {"id", "at" (local datetime), "app_user", "os_user",
    "table_name", "row_id", "action", "old" (dict|None), "new" (dict|None)}}``."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out = {}
    for r in store.query(f"SELECT * FROM audit_log WHERE id IN ({marks})", ids):
        at = dt.datetime.strptime(r["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).astimezone()
        out[r["id"]] = {
            "id": r["id"], "at": at, "app_user": r["app_user"] or "", "os_user": r["os_user"] or "",
            "table_name": r["table_name"], "row_id": r["row_id"], "action": r["action"],
            "old": json.loads(r["old_json"]) if r["old_json"] else None,
            "new": json.loads(r["new_json"]) if r["new_json"] else None,
        }
    return out


def record_history(store, table: str, row_id: int) -> list[dict]:
    """Every entry about one record, oldest first (shape as :func:`entries`)."""
    ids = entry_ids(store, table=table, row_id=row_id)
    rows = entries(store, ids)
    return [rows[i] for i in sorted(ids)]


def changes(entry: dict) -> list[tuple[str, object, object]]:
    """``(column, old, new)`` for the columns that differ in *entry* (an insert lists every
    non-empty new value with old ``None``; a delete every non-empty old value)."""
    old, new = entry.get("old") or {}, entry.get("new") or {}
    keys = list(dict.fromkeys(list(old) + list(new)))
    out = []
    for key in keys:
        a, b = old.get(key), new.get(key)
        if a == b or (entry["action"] != "update" and a in (None, "") and b in (None, "")):
            continue
        if key in ("created_at", "updated_at") and entry["action"] == "update":
            continue
        out.append((key, a, b))
    return out


def record_label(entry: dict) -> str:
    """A short name of the record an entry is about (its name/code/number if it has one)."""
    row = entry.get("new") or entry.get("old") or {}
    for key in ("full_name", "name", "code", "number", "voucher_no", "title"):
        if row.get(key):
            return str(row[key])
    return f"#{entry.get('row_id')}"


# --- app users (chosen at start) ------------------------------------------------------

def _hash(password: str, salt: bytes) -> str:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2 ** 14, r=8, p=1).hex()


def list_users(store) -> list[dict]:
    """Active app users: ``[{"id", "name", "has_password"}]`` sorted like people (given
    name, the last word, first: DESIGN.md "Sorting people")."""
    try:
        rows = store.query("SELECT id, name, password_hash FROM app_users WHERE active = 1")
    except sqlite3.Error:
        return []
    from ocop_desktop.domain.text import person_sort_key
    rows.sort(key=lambda r: person_sort_key(r["name"]))
    return [{"id": r["id"], "name": r["name"], "has_password": bool(r["password_hash"])} for r in rows]


def add_user(store, name: str, password: str = "") -> int:
    """Add an app user (optional password, kept as a salted scrypt hash). Raises
    :class:`ValidationError` for an empty or already used name."""
    from ocop_desktop.store.errors import ValidationError
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError([("name", tr("Enter the user's name"))])
    if store.scalar("SELECT COUNT(*) FROM app_users WHERE name = ? AND active = 1", [name]):
        raise ValidationError([("name", tr("A user named {name} already exists", name=name))])
    salt = os.urandom(16) if password else None
    with store.atomic() as db:
        db.execute("DELETE FROM app_users WHERE name = ? AND active = 0", [name])
        cur = db.execute("INSERT INTO app_users (name, password_hash, salt) VALUES (?, ?, ?)",
                         [name, _hash(password, salt) if password else None, salt.hex() if salt else None])
    return cur.lastrowid


def remove_user(store, user_id: int) -> None:
    """Retire an app user (kept in the file so history still names them)."""
    with store.atomic() as db:
        db.execute("UPDATE app_users SET active = 0 WHERE id = ?", [user_id])


def user_has_password(store, name: str) -> bool:
    """Whether the user *name* must type a password."""
    return bool(store.scalar("SELECT password_hash FROM app_users WHERE name = ? AND active = 1", [name]))


def check_password(store, name: str, password: str) -> bool:
    """True when *password* is right for *name* (or the user has none)."""
    rows = store.query("SELECT password_hash, salt FROM app_users WHERE name = ? AND active = 1", [name])
    if not rows:
        return False
    if not rows[0]["password_hash"]:
        return True
    return _hash(password or "", bytes.fromhex(rows[0]["salt"])) == rows[0]["password_hash"]
