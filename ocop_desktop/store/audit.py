"""Audit trail: who changed what, when, old → new — for every audited table, generically.

At connection open (:func:`install`) a TEMP table ``audit_actor`` holds the current app user
and OS account, and TEMP triggers are created on every table of :data:`AUDITED_TABLES` that
exists in the file. The triggers read the table's columns by introspection (``PRAGMA
table_info``) and write ``json_object(new)`` (insert), ``json_object(old)`` (delete) or,
for an update, only the changed columns' old and new values plus the columns that name
the record (:data:`LABEL_COLUMNS`; entries written before issue 7 hold whole rows and read
the same) into ``audit_log`` inside the same transaction as the change, so a change and
its history entry are committed or rolled back together. Tables added by later features are covered by adding their names
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
    "AUDITED_TABLES", "LABEL_COLUMNS", "AuditQuery", "GapError", "logged_tables", "logged_users", "install", "set_actor", "actor", "entries", "entry_count", "record_history",
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
# derived columns kept by triggers (capital_paid: from contributions, which are audited
# themselves) would log a second "update" for every capital change
_SKIP_COLUMNS = {"name_folded", "sort_key", "password_hash", "salt", "capital_paid"}
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


#: Columns an update entry always carries, changed or not, when the table has them: those
#: :func:`record_label` names a record by.
LABEL_COLUMNS = ("full_name", "name", "code", "number", "voucher_no", "title", "file_name")
#: Per table, more columns kept in every update entry: a contribution is named by its
#: member on the History page.
EXTRA_LABEL_COLUMNS = {"contributions": ("member_id",)}
_ARGS = 100  # paths per json_remove() call (SQLite allows 127 arguments by default)


def _differs_sql(column: str) -> str:
    """True when *column* differs between OLD and NEW as logged: ``IS NOT`` (NULL-safe),
    except that two blobs of the same length log the same (``<n bytes>``) and count as
    equal. Kept short (it was the logged values compared, 400 characters): every column's
    test appears three times in an update trigger, and the triggers are created on each
    open (issue 7: start time)."""
    old, new = f'OLD."{column}"', f'NEW."{column}"'
    return (f"({old} IS NOT {new} AND NOT (typeof({old}) = 'blob' AND typeof({new}) = 'blob' "
            f"AND length({old}) = length({new})))")


def _changed_json_sql(prefix: str, columns: list[str], keep: tuple[str, ...]) -> str:
    """JSON of *prefix* (``OLD``/``NEW``) reduced to the columns that differ between OLD
    and NEW, plus the columns *keep*: ``json_remove`` of every unchanged column
    (an unchanged column's path is replaced by one that matches nothing)."""
    out = _json_sql(prefix, columns)
    paths = [f"CASE WHEN {_differs_sql(c)} THEN '$.\"#keep\"' ELSE '$.\"{c}\"' END"
             for c in columns if c not in keep]
    for i in range(0, len(paths), _ARGS):
        out = f"json_remove({out}, {', '.join(paths[i:i + _ARGS])})"
    return out


def install(conn: sqlite3.Connection, app_user: str = "", os_user: str = "") -> list[str]:
    """Create the TEMP ``audit_actor`` table and the TEMP audit triggers on *conn*.
    Returns the names of the tables now audited. Call again after a migration adds tables
    (existing triggers are replaced).

    An insert logs the new row, a delete the old row; an update logs, in ``old_json`` and
    ``new_json``, only the columns whose value changed plus the :data:`LABEL_COLUMNS` (and
    :data:`EXTRA_LABEL_COLUMNS`) the table has (issue 7: a voucher posting logged ~1,2 KB for one changed column), and
    nothing when no audited column changed."""
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
        changed = " OR ".join(_differs_sql(c) for c in columns) or "0"
        keep = LABEL_COLUMNS + EXTRA_LABEL_COLUMNS.get(table, ())
        specs = {
            "insert": (f"{who}, '{table}', {_row_id_sql('NEW', conn, table)}, 'insert', NULL, {new_json}", ""),
            "update": (f"{who}, '{table}', {_row_id_sql('NEW', conn, table)}, 'update', "
                       f"{_changed_json_sql('OLD', columns, keep)}, {_changed_json_sql('NEW', columns, keep)}",
                       f" WHEN {changed}"),
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

def _like(search: str) -> str:
    return "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _search_sql(search: str) -> tuple[str, list]:
    """SQL and parameters matching *search* in the old or new values: the text typed, or
    the stored form of what it shows (an amount, a date, a label's code:
    :func:`ocop_desktop.domain.audit_fields.search_forms`)."""
    from ocop_desktop.domain.audit_fields import search_forms
    forms = search_forms(search) or [search]
    arms = " OR ".join("COALESCE(old_json, '') LIKE ? ESCAPE '\\' OR COALESCE(new_json, '') LIKE ? ESCAPE '\\'"
                       for _ in forms)
    return f"({arms})", [p for form in forms for p in (_like(form), _like(form))]


def _filter_clauses(table: str | None, action: str | None, search_sql: tuple[str, list] | None) -> tuple[list, list]:
    """Clauses and parameters of the record type, action and text filters (*search_sql*:
    :func:`_search_sql`'s result, or None)."""
    clauses, params = [], []
    if table:
        clauses.append("table_name = ?")
        params.append(table)
    if action:
        clauses.append("action = ?")
        params.append(action)
    if search_sql:
        clauses.append(search_sql[0])
        params += search_sql[1]
    return clauses, params


def _where(table: str | None, row_id: int | None, user: str | None, search: str,
           date_from: dt.date | None, date_to: dt.date | None, action: str | None) -> tuple[str, list]:
    clauses, params = _filter_clauses(table, action, _search_sql(search) if search else None)
    if row_id is not None:
        clauses.append("row_id = ?")
        params.append(row_id)
    if user:
        clauses.append("(app_user = ? OR os_user = ?)")
        params += [user, user]
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
    local calendar days, both included; *search* matches text in the old or new values.
    Loads every matching id: for one record or a small log; the History page pages with
    :class:`AuditQuery` instead."""
    where, params = _where(table, row_id, user, search, date_from, date_to, action)
    return [r[0] for r in store.db.execute(f"SELECT id FROM audit_log{where} ORDER BY id DESC", params).fetchall()]


class AuditQuery:
    """The History page's filters over ``audit_log``, read a page at a time, newest
    (highest id) first, without loading every matching id (issue 7: 4,26 million entries
    on the benchmark file).

    *table*, *user* (app user or OS account), *action*: equalities served by the indexes
    ``(table_name, id, …)``, ``(action, id, …)``, ``(app_user, id)``, ``(os_user, id)`` of
    :func:`ocop_desktop.store.schema_audit_scale.audit_and_voucher_search_scale`, so a
    count is an index range count and a page at position *p* is an index walk of *p*
    entries from the nearer end (the other filters are checked inside that index); with no filter the ids are
    read by arithmetic (``audit_log`` is append-only, so its ids are dense; a gap raises
    :class:`GapError` once and the query then counts). *date_from*/*date_to* (local days,
    both included) become the id range from the first entry logged at or after the start
    to the last logged before the end, found with two seeks on the ``at`` index (the log's
    own order: same as checking ``at`` row by row unless the computer's clock was set
    back across a bound). *search* (text in the old or new values) cannot use an index: it
    is read in id ranges (:meth:`search_range`), which the History page does on a worker
    thread.
    """

    def __init__(self, table: str | None = None, user: str | None = None, action: str | None = None,
                 date_from: dt.date | None = None, date_to: dt.date | None = None, search: str = ""):
        self.table, self.user, self.action = table or None, user or None, action or None
        self.date_from, self.date_to, self.search = date_from, date_to, (search or "").strip()
        self._bounds: tuple[int, int] | None = None
        self._seen: dict[tuple[str, str], bool] = {}
        # built once: an export reads the log in thousands of id ranges
        self._search_sql = _search_sql(self.search) if self.search else None
        self.dense = True  #: False once a gap in the ids was seen (then counted)

    def id_bounds(self, store) -> tuple[int, int]:
        """``(low, high)`` ids that can match (``low > high`` when none can): the whole log,
        narrowed by the dates: from the first entry logged at or after the start of
        *date_from* to the last logged before the end of *date_to* (two or four index
        seeks)."""
        if self._bounds is None:
            db = store.db
            low = db.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1").fetchone()
            high = db.execute("SELECT id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            low, high = (low[0], high[0]) if low and high else (1, 0)
            if self.date_from and low <= high:
                row = db.execute("SELECT id FROM audit_log WHERE at >= ? ORDER BY at, id LIMIT 1",
                                 [_utc_bound(self.date_from)]).fetchone()
                low = max(low, row[0]) if row else high + 1
            if self.date_to and low <= high:
                row = db.execute("SELECT id FROM audit_log WHERE at < ? ORDER BY at DESC, id DESC LIMIT 1",
                                 [_utc_bound(self.date_to + dt.timedelta(days=1))]).fetchone()
                high = min(high, row[0]) if row else low - 1
            self._bounds = (low, high)
        return self._bounds

    def _arms(self, store, low: int | None = None, high: int | None = None) -> tuple[str, list]:
        """``SELECT id FROM audit_log WHERE …`` (a UNION of two for a user, so each side
        reads its own index in id order)."""
        lo, hi = self.id_bounds(store)
        if low is not None:
            lo = max(lo, low)
        if high is not None:
            hi = min(hi, high)
        clauses, params = _filter_clauses(self.table, self.action, self._search_sql)
        where = " AND ".join(["id BETWEEN ? AND ?"] + clauses)
        params = [lo, hi] + params
        # the index is named, so the plan never depends on the planner's guess (no ANALYZE)
        index = ("audit_log_table_id" if self.table else "audit_log_action" if self.action else None)
        if not self.user:
            return f"SELECT id FROM audit_log{f' INDEXED BY {index}' if index else ''} WHERE {where}", params
        arms = [c for c in ("app_user", "os_user") if self._user_in(store, c)] or ["app_user"]
        sql = " UNION ".join(f"SELECT id FROM audit_log INDEXED BY {index or 'audit_log_' + c} WHERE {c} = ? AND {where}"
                             for c in arms)
        return sql, [p for _c in arms for p in [self.user] + params]

    def _user_in(self, store, column: str) -> bool:
        """Whether the user is named in *column* at all (one seek; a user who only ever
        appears as the OS account needs no UNION)."""
        key = (column, self.user)
        if key not in self._seen:
            self._seen[key] = bool(store.db.execute(
                f"SELECT 1 FROM audit_log WHERE {column} = ? LIMIT 1", [self.user]).fetchone())
        return self._seen[key]

    def _dense(self, store) -> bool:
        return self.dense and not (self.table or self.user or self.action or self.search)

    def count(self, store) -> int:
        """Matching entries (for a *search*: use :meth:`search_range` instead). Index
        range counts; with no filter but dates, arithmetic on the id bounds."""
        lo, hi = self.id_bounds(store)
        if hi < lo:
            return 0
        if self._dense(store):
            return hi - lo + 1
        sql, params = self._arms(store)
        return store.db.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]

    def page_ids(self, store, offset: int, limit: int, total: int) -> list[int]:
        """Ids at positions ``offset … offset + limit - 1`` (newest first) of the *total*
        matches; read from the end nearer to *offset*. With no filter but dates the ids are
        computed, and checked."""
        if limit <= 0 or offset >= total:
            return []
        limit = min(limit, total - offset)
        lo, hi = self.id_bounds(store)
        if self._dense(store) and total == hi - lo + 1:
            top = hi - offset
            ids = [r[0] for r in store.db.execute(
                "SELECT id FROM audit_log WHERE id BETWEEN ? AND ? ORDER BY id DESC", [top - limit + 1, top])]
            if len(ids) == limit:
                return ids
            self.dense = False
            raise GapError  # not dense after all: the caller counts again
        sql, params = self._arms(store)
        if offset > total // 2:
            back = total - offset - limit
            rows = store.db.execute(f"{sql} ORDER BY id LIMIT ? OFFSET ?", params + [limit, back]).fetchall()
            return [r[0] for r in reversed(rows)]
        return [r[0] for r in store.db.execute(f"{sql} ORDER BY id DESC LIMIT ? OFFSET ?", params + [limit, offset])]

    def search_range(self, store, high: int, low: int) -> int:
        """How many entries with ``low <= id <= high`` match (all filters and the text)."""
        sql, params = self._arms(store, low=low, high=high)
        return store.db.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]

    def range_ids(self, store, high: int, low: int, offset: int, limit: int) -> list[int]:
        """Matching ids with ``low <= id <= high``, newest first, from position *offset*."""
        sql, params = self._arms(store, low=low, high=high)
        return [r[0] for r in store.db.execute(f"{sql} ORDER BY id DESC LIMIT ? OFFSET ?", params + [limit, offset])]

    def iter_ids(self, store, chunk: int = 1000, ranges: list[tuple[int, int]] | None = None):
        """Every matching id, newest first, read *chunk* at a time by id (keyset), so an
        export never holds the whole list. *ranges* (``(high, low)`` id ranges, newest
        first) limits the reading to ranges known to hold matches (a finished search)."""
        lo, hi = self.id_bounds(store)
        for high, low in (ranges if ranges is not None else [(hi, lo)]):
            top = high
            while top >= low:
                sql, params = self._arms(store, low=low, high=top)
                ids = [r[0] for r in store.db.execute(f"{sql} ORDER BY id DESC LIMIT ?", params + [chunk])]
                yield from ids
                if len(ids) < chunk:
                    break
                top = ids[-1] - 1


class GapError(Exception):
    """The log's ids are not dense (an entry was removed by hand): count instead."""


def logged_tables(store) -> list[str]:
    """Audited tables (in :data:`AUDITED_TABLES` order) that have at least one log entry:
    one index seek each."""
    return [t for t in AUDITED_TABLES
            if store.db.execute("SELECT 1 FROM audit_log WHERE table_name = ? LIMIT 1", [t]).fetchone()]


def logged_users(store) -> list[str]:
    """Non-empty app users and OS accounts named in the log, sorted, each once: a skip
    scan of the ``(app_user, id)`` and ``(os_user, id)`` indexes (one seek per name)."""
    names: set[str] = set()
    for column in ("app_user", "os_user"):
        rows = store.db.execute(
            f"WITH RECURSIVE u(n) AS (SELECT MIN({column}) FROM audit_log WHERE {column} > '' "
            f"UNION ALL SELECT (SELECT MIN({column}) FROM audit_log WHERE {column} > u.n) FROM u "
            f"WHERE u.n IS NOT NULL) SELECT n FROM u WHERE n IS NOT NULL").fetchall()
        names.update(r[0] for r in rows)
    return sorted(names)


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
    for key in LABEL_COLUMNS:
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
