"""Read queries the income screens need beyond :mod:`ocop_desktop.store.vouchers`: the
voucher list in keyset pages with the internal/external filter, the months that have
vouchers, counterparties for the voucher form, and the Home page figures.

All money int đồng, dates ISO text in rows. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt

from ocop_desktop.domain.text import fold
from ocop_desktop.store.db import Store
from ocop_desktop.store.voucher_search import match_query

__all__ = [
    "voucher_page", "voucher_months", "last_entry_date", "party_choices", "product_choices",
    "counterparty_matches", "counterparty_label",
    "table_exists", "products_by_stars",
    "certificates_needing_attention", "dossiers_by_status",
]

#: Below this many matching vouchers a search reads them by id and sorts them; above, it
#: walks the vouchers in date order until a page is full.
_FEW = 20_000
_COUNTERPARTY = ("COALESCE((SELECT full_name FROM members WHERE id = v.member_id), "
                 "(SELECT name FROM parties WHERE id = v.party_id), '')")


def table_exists(store: Store, name: str) -> bool:
    """True when the file has a table or view called *name* (other features' tables are
    optional for the Home page)."""
    return bool(store.scalar("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", [name]))


def voucher_page(store: Store, after: tuple[str, int] | None, limit: int, *, vtype: str | None = None,
                 month: str | None = None, internal: bool | None = None, search: str = "") -> list[dict]:
    """One page of posted vouchers, newest first (``date DESC, id DESC``), after the keyset
    cursor *after* = ``(date, id)`` of the last row shown (``None`` = first page).

    Filters: *vtype*; *month* ``"YYYY-MM"``; *internal* True = marked internal, False =
    external **or unmarked** (Law 17/2023 Art. 85: unmarked counts as external); *search*
    in the number, reference, description (folded, accents optional; three letters or more
    through the trigram index ``vouchers_search``, shorter ones by a scan) and counterparty.
    Rows: every ``vouchers`` column plus ``counterparty`` and ``locked`` (1 when the
    voucher's month is locked)."""
    clauses, params = ["v.posted = 1"], []
    if after is not None:
        clauses.append("(v.date, v.id) < (?, ?)")
        params += list(after)
    if vtype:
        clauses.append("v.vtype = ?")
        params.append(vtype)
    if month:
        clauses.append("v.date >= ? AND v.date < ?")
        y, m = int(month[:4]), int(month[5:7])
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        params += [f"{month}-01", nxt.isoformat()]
    if internal is True:
        clauses.append("v.internal = 1")
    elif internal is False:
        clauses.append("COALESCE(v.internal, 0) = 0")
    q = (search or "").strip()
    match = match_query(q) if q else None
    if match:
        # number, reference, description through the trigram index (store/voucher_search.py),
        # counterparties through their folded-name columns
        like = "%" + fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found = ("SELECT rowid FROM vouchers_search WHERE vouchers_search MATCH ? "
                 "UNION ALL SELECT id FROM vouchers WHERE member_id IN "
                 "(SELECT rowid FROM members_fts WHERE members_fts MATCH ?) "
                 "UNION ALL SELECT id FROM vouchers WHERE party_id IN "
                 "(SELECT id FROM parties WHERE name_folded LIKE ? ESCAPE '\\')")
        found_params = [match, f"name_folded : {match}", like]
        few = store.db.execute(f"SELECT COUNT(*) FROM ({found} LIMIT ?)",
                               found_params + [_FEW]).fetchone()[0] < _FEW
        # few matches: read them by id and sort; many: walk the date index and stop at a page
        clauses.append(f"{'' if few else '+'}v.id IN ({found})")
        params += found_params
    elif q:
        store.db.conn.create_function("ocop_fold", 1, fold, deterministic=True)
        like = "%" + fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # counterparties through their folded-name columns (indexed tables, no per-row call)
        clauses.append("(v.number LIKE ? ESCAPE '\\' OR COALESCE(v.reference, '') LIKE ? ESCAPE '\\' "
                       "OR v.member_id IN (SELECT id FROM members WHERE name_folded LIKE ? ESCAPE '\\') "
                       "OR v.party_id IN (SELECT id FROM parties WHERE name_folded LIKE ? ESCAPE '\\') "
                       "OR ocop_fold(v.description) LIKE ? ESCAPE '\\')")
        raw = "%" + q + "%"
        params += [raw, raw, like, like, like]
    sql = (f"SELECT v.*, {_COUNTERPARTY} AS counterparty, "
           "EXISTS (SELECT 1 FROM locked_months lm WHERE lm.month = substr(v.date, 1, 7)) AS locked "
           f"FROM vouchers v WHERE {' AND '.join(clauses)} ORDER BY v.date DESC, v.id DESC LIMIT ?")
    return store.query(sql, params + [limit])


def last_entry_date(store: Store) -> str | None:
    """ISO date of the latest voucher or capital contribution (two index look-ups), or None."""
    dates = [store.scalar("SELECT MAX(date) FROM vouchers WHERE posted = 1") if table_exists(store, "vouchers") else None,
             store.scalar("SELECT MAX(date) FROM contributions")]
    dates = [d for d in dates if d]
    return max(dates) if dates else None


def voucher_months(store: Store) -> list[str]:
    """Months ``"YYYY-MM"`` that have vouchers or are locked, newest first."""
    rows = store.query("SELECT DISTINCT substr(date, 1, 7) AS m FROM vouchers "
                       "UNION SELECT month FROM locked_months ORDER BY m DESC")
    return [r["m"] for r in rows]


def party_choices(store: Store, kind: str) -> list[tuple[int, str]]:
    """``(id, name)`` of customers (*kind* ``"customer"``) or suppliers, by Vietnamese name."""
    return [(r["id"], r["name"]) for r in store.query(
        "SELECT id, name FROM parties WHERE kind = ? ORDER BY sort_key, id", [kind])]


def counterparty_matches(store: Store, kind: str, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """``(id, label)`` of at most *limit* members (*kind* ``"member"``; active or not: a
    former member's books stay readable) or customers/suppliers whose name — for members
    also ID number or phone — contains *text* (folded: accents, case and đ/d ignored), in
    Vietnamese name order. Members are searched through the register's own search
    (:mod:`ocop_desktop.store.members`: the trigram index from 3 letters, an index walk
    below), so a keystroke costs milliseconds on 105,000 members; the label is
    ``"Full name · ID number"``. Empty *text*: the first *limit* by name."""
    if kind == "member":
        from ocop_desktop.store import members as members_store
        q = members_store.search_key(text)
        ids = None
        if len(q) >= members_store.FTS_MIN:
            _count, ids = members_store.member_window(store, text, None, None)
        if ids is not None:
            found = members_store.member_rows(store, ids[:limit])
            rows = [found[i] for i in ids[:limit] if i in found]
        else:
            rows = members_store.member_page(store, text, None, None, offset=0, limit=limit)
        return [(r["id"], _member_label(r)) for r in rows]
    like = "%" + fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [(r["id"], r["name"]) for r in store.query(
        "SELECT id, name FROM parties WHERE kind = ? AND name_folded LIKE ? ESCAPE '\\' ORDER BY sort_key, id LIMIT ?",
        [kind, like, limit])]


def _member_label(row: dict) -> str:
    return f"{row['full_name']} · {row['id_number']}" if row.get("id_number") else row["full_name"]


def counterparty_label(store: Store, kind: str, counterparty_id: int) -> str | None:
    """The label :func:`counterparty_matches` gives the member / customer / supplier
    *counterparty_id*, or None when there is none of that kind."""
    if kind == "member":
        row = store.query("SELECT id, full_name, id_number FROM members WHERE id = ?", [counterparty_id])
        return _member_label(row[0]) if row else None
    row = store.query("SELECT name FROM parties WHERE id = ? AND kind = ?", [counterparty_id, kind])
    return row[0]["name"] if row else None


def product_choices(store: Store) -> list[str]:
    """Product names already used on vouchers, plus the OCOP products register's names when
    that table exists, sorted."""
    names = {r["product"] for r in store.query("SELECT DISTINCT product FROM vouchers WHERE product IS NOT NULL")}
    if table_exists(store, "products"):
        cols = {r["name"] for r in store.query("PRAGMA table_info(products)")}
        if "name" in cols:
            names |= {r["name"] for r in store.query("SELECT name FROM products WHERE name IS NOT NULL")}
    return sorted(n for n in names if n)


# --- Home page figures from other features' tables (present only when those are installed) ---
def products_by_stars(store: Store, today: dt.date) -> dict | None:
    """Products by their current OCOP star rating: ``{3: n, 4: n, 5: n, "none": n,
    "total": n}`` (current = the latest certificate per product, not ended, not expired on
    *today*); ``None`` when the file has no products table."""
    if not (table_exists(store, "products") and table_exists(store, "certificates")):
        return None
    out: dict = {3: 0, 4: 0, 5: 0}
    rows = store.query(
        "SELECT c.stars AS stars, COUNT(*) AS n FROM products p JOIN certificates c ON c.id = ("
        " SELECT c2.id FROM certificates c2 WHERE c2.product_id = p.id ORDER BY c2.issue_date DESC, c2.id DESC LIMIT 1)"
        " WHERE c.ended IS NULL AND c.expiry_date >= ? GROUP BY c.stars", [today.isoformat()])
    for r in rows:
        out[r["stars"]] = r["n"]
    out["total"] = store.scalar("SELECT COUNT(*) FROM products")
    out["none"] = out["total"] - sum(out[s] for s in (3, 4, 5))
    return out


def certificates_needing_attention(store: Store, today: dt.date) -> int | None:
    """How many current certificates are expiring or expired (the products feature's own
    rule, :func:`ocop_desktop.store.products.attention_count`, when it is installed);
    ``None`` without a certificates table."""
    if not table_exists(store, "certificates"):
        return None
    try:
        from ocop_desktop.store import products as products_store
        return products_store.attention_count(store, today)
    except (ImportError, AttributeError):
        # fallback: latest certificate per product expiring within 6 months or expired
        warn = today + dt.timedelta(days=183)
        return store.scalar(
            "SELECT COUNT(*) FROM products p JOIN certificates c ON c.id = ("
            " SELECT c2.id FROM certificates c2 WHERE c2.product_id = p.id ORDER BY c2.issue_date DESC, c2.id DESC LIMIT 1)"
            " WHERE c.ended IS NULL AND c.expiry_date <= ?", [warn.isoformat()])


def dossiers_by_status(store: Store) -> dict[str, int] | None:
    """``{status: count}`` of OCOP dossiers (draft, ready, submitted, result); ``None``
    without a dossiers table."""
    if not table_exists(store, "dossiers"):
        return None
    out = {"draft": 0, "ready": 0, "submitted": 0, "result": 0}
    for r in store.query("SELECT status, COUNT(*) AS n FROM dossiers GROUP BY status"):
        out[r["status"]] = r["n"]
    return out
