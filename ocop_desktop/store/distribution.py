"""Surplus distribution from the books (issue 5 item 6; Law 17/2023 Art. 84–86).

- ``get_rates(store) -> Rates`` / ``set_rates(store, rates)`` — settings in the file
  (keys ``distribution.*``); :func:`set_rates` refuses a fund rate below 5% (10% for a union)
  and a use/labour share below 51% (:class:`DistributionError`).
- ``member_basis(store, year) -> list[MemberBasis]`` — per member: use value (products the
  cooperative bought from them + goods/services they bought), labour pay (wages), paid-in
  capital at year end; members who left before the year began are left out.
- ``compute_distribution(store, year, rates=None) -> Distribution`` — from B02-HTX line 60
  (a)/(b) of *year*.
- ``posted_distribution(store, year) -> int | None`` — id of the voucher already posted.
- ``post_distribution(store, year, date, user=None) -> Voucher`` — one general journal
  voucher (category ``surplus_distribution``, reference ``PP-<year>``): Dr 4211 (external
  part), Dr 4212 (internal part); Cr 442 (undivided fund), Cr each other fund's account,
  Cr 338 per member (their share, subsidiary by member). Refused when already posted or
  when there is nothing to distribute.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation

from ocop_desktop.domain.income.b02 import b02_by_code
from ocop_desktop.domain.income.distribution import (
    Distribution, DistributionError, MemberBasis, OtherFund, Rates, _check, distribute,
)
from ocop_desktop.domain.income.vouchers import Line, Voucher
from ocop_desktop.i18n import tr
from ocop_desktop.store import vouchers as vstore
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError
from ocop_desktop.store.income_reports import b02

__all__ = ["get_rates", "set_rates", "member_basis", "compute_distribution", "posted_distribution",
           "post_distribution", "DistributionError"]

_KEYS = ("fund_external_pct", "fund_internal_pct", "use_labour_pct", "external_capital_pct")


def _dec(text: str | None, default: Decimal) -> Decimal:
    try:
        return Decimal(text) if text not in (None, "") else default
    except InvalidOperation:
        return default


def get_rates(store: Store) -> Rates:
    """The distribution settings of this cooperative (defaults: the legal floors, nothing of
    the external remainder by capital)."""
    base = Rates()
    values = {k: _dec(store.get_setting(f"distribution.{k}"), getattr(base, k)) for k in _KEYS}
    funds = []
    raw = store.get_setting("distribution.other_funds")
    if raw:
        for f in json.loads(raw):
            funds.append(OtherFund(f["name"], f.get("account", "418"), Decimal(str(f.get("external_pct", 0))),
                                   Decimal(str(f.get("internal_pct", 0)))))
    return Rates(other_funds=tuple(funds), union=store.get_setting("distribution.union") == "1", **values)


def set_rates(store: Store, rates: Rates) -> None:
    """Save *rates* (checked first: :class:`DistributionError` for illegal rates)."""
    _check(rates)
    with store.atomic():
        for k in _KEYS:
            store.set_setting(f"distribution.{k}", str(getattr(rates, k)))
        store.set_setting("distribution.other_funds", json.dumps(
            [{"name": f.name, "account": f.account, "external_pct": str(f.external_pct),
              "internal_pct": str(f.internal_pct)} for f in rates.other_funds], ensure_ascii=False))
        store.set_setting("distribution.union", "1" if rates.union else "0")


def member_basis(store: Store, year: int) -> list[MemberBasis]:
    """Per-member basis for *year* (see module doc), members in Vietnamese name order."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    # Sums grouped once per table (not one subquery per member: 105,000 members, issue 7);
    # rows streamed as tuples into slotted MemberBasis objects.
    cursor = store.db.execute(
        """WITH cap AS (SELECT member_id, SUM(amount) AS capital FROM contributions
                         WHERE date <= :end GROUP BY member_id),
                use AS (SELECT member_id,
                               SUM(CASE WHEN category IN ('purchase_member', 'purchase_member_credit', 'sale_member')
                                        THEN amount ELSE 0 END) AS use_value,
                               SUM(CASE WHEN category = 'wages' THEN amount ELSE 0 END) AS labour
                          FROM vouchers WHERE member_id IS NOT NULL AND posted = 1
                           AND date >= :start AND date <= :end
                           AND category IN ('purchase_member', 'purchase_member_credit', 'sale_member', 'wages')
                         GROUP BY member_id)
           SELECT m.id, m.full_name, m.member_type = 'official', COALESCE(use.use_value, 0),
                  COALESCE(use.labour, 0), COALESCE(cap.capital, 0)
             FROM members m LEFT JOIN cap ON cap.member_id = m.id LEFT JOIN use ON use.member_id = m.id
            WHERE m.status = 'active' OR m.left_date IS NULL OR m.left_date >= :start
            ORDER BY m.sort_key, m.id""", {"start": start, "end": end})
    return [MemberBasis(mid, name, bool(official), use_value, labour, capital)
            for mid, name, official, use_value, labour, capital in cursor]


def compute_distribution(store: Store, year: int, rates: Rates | None = None) -> Distribution:
    """The distribution of *year*'s income after tax; raises :class:`DistributionError`."""
    lines = b02_by_code(b02(store, dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return distribute(lines["60"].external, lines["60"].internal, member_basis(store, year),
                      rates if rates is not None else get_rates(store))


def posted_distribution(store: Store, year: int) -> int | None:
    """Id of the distribution voucher already posted for *year* (None when not posted)."""
    return store.scalar("SELECT id FROM vouchers WHERE category = 'surplus_distribution' AND reference = ?", [f"PP-{year}"])


def post_distribution(store: Store, year: int, date: dt.date, user: str | None = None,
                      rates: Rates | None = None, progress=None) -> Voucher:
    """Post the distribution of *year* as a general journal voucher dated *date*; see module
    doc. *progress*: the checked backup's progress callback
    (:data:`ocop_desktop.store.backup.Progress`). Raises :class:`StoreError` (already posted,
    nothing to distribute, backup stopped: :class:`~ocop_desktop.store.backup.BackupCancelled`),
    :class:`DistributionError` or :class:`~ocop_desktop.store.vouchers.PeriodClosedError`."""
    if posted_distribution(store, year) is not None:
        raise StoreError(tr("The distribution of {year} is already posted", year=year))
    d = compute_distribution(store, year, rates)
    ext_used = d.fund_external + sum(fe for _f, fe, _fi in d.other_funds) + d.capital_pool_external
    int_used = d.fund_internal + sum(fi for _f, _fe, fi in d.other_funds) + d.use_labour_pool + d.capital_pool_internal
    lines: list[Line] = []
    if ext_used:
        lines.append(Line("4211", debit=ext_used, description=tr("Distribution of external income {year}", year=year)))
    if int_used:
        lines.append(Line("4212", debit=int_used, description=tr("Distribution of internal income {year}", year=year)))
    if d.fund_total:
        lines.append(Line("442", credit=d.fund_total, description=tr("Undivided common fund")))
    for fund, fe, fi in d.other_funds:
        if fe + fi:
            lines.append(Line(fund.account, credit=fe + fi, description=fund.name))
    for share in d.members:
        if share.total:
            lines.append(Line("338", credit=share.total, member_id=share.basis.member_id,
                              description=tr("Distributed to {name}", name=share.basis.name)))
    total = ext_used + int_used
    if total <= 0:
        raise StoreError(tr("There is no income to distribute for {year}", year=year))
    from ocop_desktop.store.backup import backup_before
    backup_before(store, "before-distribution", progress=progress)  # issue 6 item 1: a checked backup first
    v = Voucher(vtype="journal", date=date, amount=total, category="surplus_distribution",
                description=tr("Surplus distribution {year} (Law 17/2023 Art. 86)", year=year),
                internal=None, reference=f"PP-{year}", lines=lines, source="distribution")
    return vstore.save_voucher(store, v, user)
