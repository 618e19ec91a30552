"""Reports computed from the books (issue 5 items 5 and 8), all money int đồng.

- ``b02(store, date_from, date_to) -> list[B02Line]`` — B02-HTX with columns (a) external,
  (b) internal (see :mod:`ocop_desktop.domain.income.b02`). ``period_bounds(kind, year, n)``
  gives the dates of a month / quarter / year.
- ``revenue_by(store, date_from, date_to, by) -> list[dict]`` — *by* ``"product"``,
  ``"channel"`` or ``"month"``; rows ``{"key", "label", "amount", "quantity", "count"}``
  from sales vouchers (categories ``sale_external``, ``sale_external_credit``,
  ``sale_member``), biggest first (months in order).
- ``member_income(store, year) -> list[dict]`` — per member, this *year* and the year
  before: ``products_sold`` (value of products the cooperative bought from them),
  ``services_used`` (goods/services they bought), ``labour`` (wages paid to them),
  ``distributions`` (surplus of that year's results credited to them — the distribution
  voucher with reference ``PP-<year>``, posted after the year ends), ``income`` = products_sold + labour +
  distributions; each with ``_prev``; ``growth_pct`` (``Decimal`` or None). Plus
  ``member_income_totals(rows)``.
- ``month_summary(store, year, month, today=None) -> dict`` — for the home page:
  ``receipts`` and ``payments`` of the month (cash and bank vouchers, transfers between cash
  and bank left out), ``receipt_count``, ``payment_count``, ``cash`` and ``bank`` balances
  at the end of the month (or *today* when earlier).
- ``ocop_suggestions(store, year) -> list[dict]`` — suggestions for the OCOP
  self-assessment criteria A3đ, A3d and B4a, each ``{"criterion", "met": bool | None,
  "summary", "figures": {...}}`` (figures behind the suggestion; the user decides).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from ocop_desktop.domain.formats import format_money, iso
from ocop_desktop.domain.income.b02 import B02Line, b02_by_code, compute_b02
from ocop_desktop.domain.income.vouchers import CHANNELS, channel_label
from ocop_desktop.i18n import tr
from ocop_desktop.store import ledger_sums
from ocop_desktop.store.db import Store
from ocop_desktop.store.schema_totals import B02_EXCLUDED

__all__ = ["month_summary", "b02", "period_bounds", "revenue_by", "member_income", "member_income_totals",
           "ocop_suggestions", "SALES_CATEGORIES", "growth_pct"]

SALES_CATEGORIES = ("sale_external", "sale_external_credit", "sale_member")
_EXCLUDED = B02_EXCLUDED


def _d(value) -> str:
    return iso(value) if isinstance(value, dt.date) else value


def period_bounds(kind: str, year: int, n: int = 1) -> tuple[dt.date, dt.date]:
    """First and last day of month *n* (``kind="month"``), quarter *n* (``"quarter"``) or the
    calendar year (``"year"``; fiscal year = calendar year). Raises ValueError otherwise."""
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "quarter":
        if not 1 <= n <= 4:
            raise ValueError("quarter must be 1-4")
        first = dt.date(year, 3 * n - 2, 1)
        last_month = 3 * n
    elif kind == "month":
        first = dt.date(year, n, 1)
        last_month = n
    else:
        raise ValueError(f"unknown period kind {kind!r}")
    nxt = dt.date(year + (last_month == 12), last_month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def b02(store: Store, date_from, date_to) -> list[B02Line]:
    """B02-HTX lines for the period (inclusive dates): accounts 5xx–6xx per internal mark,
    categories of :data:`_EXCLUDED` left out, whole months read from the monthly totals
    (:mod:`ocop_desktop.store.ledger_sums`)."""
    rows = ledger_sums.sums(store, _d(date_from), _d(date_to), ("5", "7"), b02=True, by_internal=True)
    return compute_b02({(a, bool(i)): (d, c) for (a, i), (d, c, _n) in rows.items()})


def revenue_by(store: Store, date_from, date_to, by: str = "product") -> list[dict]:
    """Sales revenue grouped *by* product, channel or month; see module doc."""
    expr = {"product": "COALESCE(product, '')", "channel": "COALESCE(channel, '')",
            "month": "substr(date, 1, 7)"}[by]
    marks = ",".join("?" * len(SALES_CATEGORIES))
    order = "key" if by == "month" else "amount DESC, key"
    rows = store.query(
        f"""SELECT {expr} AS key, SUM(amount) AS amount, COALESCE(SUM(quantity), 0) AS quantity, COUNT(*) AS count
              FROM vouchers WHERE posted = 1 AND date >= ? AND date <= ? AND category IN ({marks})
             GROUP BY key ORDER BY {order}""",
        [_d(date_from), _d(date_to), *SALES_CATEGORIES],
    )
    for r in rows:
        if by == "channel":
            r["label"] = channel_label(r["key"]) if r["key"] else tr("Sales to members")
        elif by == "month":
            r["label"] = f"{r['key'][5:7]}/{r['key'][:4]}"
        else:
            r["label"] = r["key"] or tr("(no product)")
    return rows


def growth_pct(now: int, before: int) -> Decimal | None:
    """``(now − before) ÷ before × 100`` rounded to 0.1 (None when *before* ≤ 0)."""
    if before <= 0:
        return None
    return (Decimal(now - before) * 100 / Decimal(before)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _member_figures(store: Store, year: int) -> dict[int, dict]:
    start, end = f"{year}-01-01", f"{year}-12-31"
    out: dict[int, dict] = {}
    for r in store.query(
        """SELECT member_id,
                  SUM(CASE WHEN category IN ('purchase_member', 'purchase_member_credit') THEN amount ELSE 0 END) AS products_sold,
                  SUM(CASE WHEN category = 'sale_member' THEN amount ELSE 0 END) AS services_used,
                  SUM(CASE WHEN category = 'wages' THEN amount ELSE 0 END) AS labour
             FROM vouchers WHERE posted = 1 AND member_id IS NOT NULL AND date >= ? AND date <= ?
            GROUP BY member_id""", [start, end]):
        out[r["member_id"]] = {k: r[k] for k in ("products_sold", "services_used", "labour")}
    for r in store.query(
        """SELECT l.member_id, SUM(l.credit) AS distributions FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
            WHERE v.posted = 1 AND v.category = 'surplus_distribution' AND l.account >= '338' AND l.account < '338:'
              AND l.member_id IS NOT NULL AND v.reference = ? GROUP BY l.member_id""", [f"PP-{year}"]):
        out.setdefault(r["member_id"], {"products_sold": 0, "services_used": 0, "labour": 0})["distributions"] = r["distributions"]
    for v in out.values():
        v.setdefault("distributions", 0)
        v["income"] = v["products_sold"] + v["labour"] + v["distributions"]
    return out


def member_income(store: Store, year: int) -> list[dict]:
    """Member income statement for *year* against *year − 1*; see module doc. Rows are every
    member with any figure in either year, sorted by Vietnamese name order."""
    now, prev = _member_figures(store, year), _member_figures(store, year - 1)
    ids = set(now) | set(prev)
    if not ids:
        return []
    members = {r["id"]: r for r in store.query(
        f"SELECT id, full_name, member_type, sort_key FROM members WHERE id IN ({','.join('?' * len(ids))})", list(ids))}
    zero = {"products_sold": 0, "services_used": 0, "labour": 0, "distributions": 0, "income": 0}
    rows = []
    for mid in ids:
        a, b = now.get(mid, zero), prev.get(mid, zero)
        row = {"member_id": mid, "full_name": members[mid]["full_name"], "member_type": members[mid]["member_type"],
               "_sort": members[mid]["sort_key"]}
        for k in zero:
            row[k] = a[k]
            row[k + "_prev"] = b[k]
        row["growth_pct"] = growth_pct(row["income"], row["income_prev"])
        rows.append(row)
    rows.sort(key=lambda r: (r.pop("_sort"), r["member_id"]))
    return rows


def member_income_totals(rows: list[dict]) -> dict:
    """Column totals of :func:`member_income` rows, with the overall ``growth_pct``."""
    keys = ("products_sold", "services_used", "labour", "distributions", "income")
    out = {k: sum(r[k] for r in rows) for k in keys}
    out.update({k + "_prev": sum(r[k + "_prev"] for r in rows) for k in keys})
    out["growth_pct"] = growth_pct(out["income"], out["income_prev"])
    return out


def ocop_suggestions(store: Store, year: int) -> list[dict]:
    """Suggestions from the books for the OCOP self-assessment (OCOP.md "evidence"):

    - **A3đ** accounting organised per regulation: met when vouchers are recorded in every
      month of *year* up to its last recorded month and every voucher carries the Art. 85
      internal/external mark (figures: months with vouchers, vouchers, unmarked vouchers,
      locked months).
    - **A3d** business growth: met when profit after tax (B02 line 60) of *year* is higher
      than the year before (figures: both profits and the growth %).
    - **B4a** modern channels: met when sales through supermarket chains or e-commerce come
      from a buyer with sales spread over ≥ 6 months of *year* (a proxy for a contract of ≥ 6
      months; figures: revenue per modern channel, buyers and their months).
    """
    start, end = f"{year}-01-01", f"{year}-12-31"
    out = []
    months = [r["m"] for r in store.query(
        "SELECT DISTINCT substr(date, 6, 2) AS m FROM vouchers WHERE posted = 1 AND date >= ? AND date <= ? ORDER BY m", [start, end])]
    counts = store.query("SELECT COUNT(*) AS n, SUM(internal IS NULL AND category NOT IN ('surplus_distribution', 'year_end_closing')) AS unmarked "
                         "FROM vouchers WHERE posted = 1 AND date >= ? AND date <= ?", [start, end])[0]
    locked = store.scalar("SELECT COUNT(*) FROM locked_months WHERE month >= ? AND month <= ?", [f"{year}-01", f"{year}-12"])
    last = int(months[-1]) if months else 0
    complete = bool(months) and len(months) == last
    unmarked = counts["unmarked"] or 0
    out.append({
        "criterion": "A3đ",
        "met": complete and unmarked == 0,
        "summary": tr("{months} of {last} months have vouchers; {unmarked} of {n} vouchers lack the internal/external mark; {locked} months locked",
                      months=len(months), last=last, unmarked=unmarked, n=counts["n"], locked=locked),
        "figures": {"months_with_vouchers": len(months), "vouchers": counts["n"], "unmarked": unmarked,
                    "locked_months": locked},
    })
    now = b02_by_code(b02(store, start, end))["60"].total
    before = b02_by_code(b02(store, f"{year - 1}-01-01", f"{year - 1}-12-31"))["60"].total
    g = growth_pct(now, before)
    out.append({
        "criterion": "A3d",
        "met": now > before and now > 0,
        "summary": tr("Profit after tax {year}: {now}; {prev_year}: {before}; growth {growth}",
                      year=year, now=format_money(now), prev_year=year - 1, before=format_money(before),
                      growth=f"{g}%".replace(".", ",") if g is not None else "—"),
        "figures": {"profit": now, "profit_prev": before, "growth_pct": g},
    })
    buyers = store.query(
        """SELECT v.channel, p.name AS buyer, SUM(v.amount) AS amount,
                  COUNT(DISTINCT substr(v.date, 1, 7)) AS months, MIN(v.date) AS first, MAX(v.date) AS last
             FROM vouchers v LEFT JOIN parties p ON p.id = v.party_id
            WHERE v.posted = 1 AND v.date >= ? AND v.date <= ? AND v.channel IN ('supermarket', 'ecommerce')
              AND v.category IN ('sale_external', 'sale_external_credit')
            GROUP BY v.channel, v.party_id ORDER BY amount DESC""", [start, end])
    revenue = {c: sum(b["amount"] for b in buyers if b["channel"] == c) for c in ("supermarket", "ecommerce")}
    long_buyers = [b for b in buyers if b["months"] >= 6]
    out.append({
        "criterion": "B4a",
        "met": bool(long_buyers),
        "summary": tr("Supermarket chains {s}, e-commerce {e}; {n} buyers with sales in 6 months or more",
                      s=format_money(revenue["supermarket"]), e=format_money(revenue["ecommerce"]), n=len(long_buyers)),
        "figures": {"revenue_supermarket": revenue["supermarket"], "revenue_ecommerce": revenue["ecommerce"],
                    "buyers": buyers, "channels": {k: channel_label(k) for k in CHANNELS}},
    })
    return out


def month_summary(store: Store, year: int, month: int, today: dt.date | None = None) -> dict:
    """Figures of one month for the home page; see module doc (đồng)."""
    first, last = period_bounds("month", year, month)
    if today is not None and today < last:
        last = today
    row = store.query(
        """SELECT COALESCE(SUM(CASE WHEN vtype IN ('cash_receipt', 'bank_receipt') THEN amount END), 0) AS receipts,
                  COALESCE(SUM(CASE WHEN vtype IN ('cash_payment', 'bank_payment') THEN amount END), 0) AS payments,
                  COUNT(CASE WHEN vtype IN ('cash_receipt', 'bank_receipt') THEN 1 END) AS receipt_count,
                  COUNT(CASE WHEN vtype IN ('cash_payment', 'bank_payment') THEN 1 END) AS payment_count
             FROM vouchers WHERE posted = 1 AND date >= ? AND date <= ?
              AND category NOT IN ('cash_to_bank', 'cash_from_bank')""", [iso(first), iso(last)])[0]
    from ocop_desktop.store import books
    row["cash"] = books.ledger_totals(store, "111", None, last)["closing"]
    row["bank"] = books.ledger_totals(store, "112", None, last)["closing"]
    row["from"], row["to"] = first, last
    return row
