"""Surplus distribution of a year's results, Law 17/2023/QH15 Art. 84–86 (COOPERATIVE.md
"Income"), as pure arithmetic on integers (đồng) and :class:`~decimal.Decimal` rates (%).

Order of the computation (each step shown in :attr:`Distribution.steps`):

1. **Undivided common fund** (quỹ chung không chia, account 442): at least 5% of the income
   from external transactions (Art. 86; ``fund_external_pct`` ≥ 5, refused below) and the
   charter's rate on internal income (``fund_internal_pct``). Amounts are rounded *up* to
   the đồng so the floor is always met.
2. **Other funds** the general assembly sets (``other_funds``: name, account, % of
   external, % of internal; rounded down).
3. **Internal remainder**: at least 51% (``use_labour_pct`` ≥ 51, refused below) to
   *official* members in proportion to their use of products/services (Art. 4 cl. 9: the
   member's value ÷ the total) and labour (Art. 4 cl. 10: the member's pay ÷ the total) —
   combined by value in đồng (use + labour); the rest by paid-in capital to every member
   with capital.
4. **External remainder**: per the charter (``external_capital_pct`` by paid-in capital;
   the rest stays undistributed in 4211).

A loss (income ≤ 0) in a column distributes nothing from it. Shares are split by the
largest-remainder method so the parts add up to the whole exactly.

Raises :class:`DistributionError` (message in the UI language) for rates out of range.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ocop_desktop.domain.formats import format_count
from ocop_desktop.i18n import tr

__all__ = ["DistributionError", "Rates", "OtherFund", "MemberBasis", "MemberShare", "Distribution",
           "distribute", "split_proportionally", "MIN_FUND_EXTERNAL_PCT", "MIN_USE_LABOUR_PCT"]

#: Law 17/2023 Art. 86: undivided fund ≥ 5% of external income (10% for a union).
MIN_FUND_EXTERNAL_PCT = Decimal(5)
#: Law 17/2023 Art. 86: ≥ 51% of the internal remainder by use of services and labour.
MIN_USE_LABOUR_PCT = Decimal(51)


class DistributionError(ValueError):
    """Rates that break the law or the arithmetic; ``str(err)`` is for the user."""


@dataclass(frozen=True)
class OtherFund:
    """A fund the general assembly sets: ``name``, ``account`` (418 or 353), ``external_pct``
    and ``internal_pct`` (% of each income)."""

    name: str
    account: str = "418"
    external_pct: Decimal = Decimal(0)
    internal_pct: Decimal = Decimal(0)


@dataclass(frozen=True)
class Rates:
    """Distribution settings (%, ``Decimal``); defaults are the legal floors."""

    fund_external_pct: Decimal = Decimal(5)
    fund_internal_pct: Decimal = Decimal(0)
    use_labour_pct: Decimal = Decimal(51)
    external_capital_pct: Decimal = Decimal(0)
    other_funds: tuple[OtherFund, ...] = ()
    union: bool = False


@dataclass(frozen=True, slots=True)
class MemberBasis:
    """What a member counts with: ``use_value`` (đồng of products/services used — products
    the cooperative bought from them and services they bought), ``labour_pay`` (đồng),
    ``capital`` (paid-in, đồng), ``official`` (official member)."""

    member_id: int
    name: str
    official: bool
    use_value: int = 0
    labour_pay: int = 0
    capital: int = 0


@dataclass(slots=True)
class MemberShare:
    """One member's result: ``by_use_labour`` (internal, Art. 4 cl. 9–10),
    ``by_capital_internal``, ``by_capital_external``; ``total`` (đồng)."""

    basis: MemberBasis
    by_use_labour: int = 0
    by_capital_internal: int = 0
    by_capital_external: int = 0

    @property
    def total(self) -> int:
        return self.by_use_labour + self.by_capital_internal + self.by_capital_external


@dataclass
class Distribution:
    """The whole computation: inputs, funds, remainders, per-member shares and ``steps`` —
    ``(label, amount, how)`` rows that show the arithmetic in the UI language."""

    external_income: int
    internal_income: int
    rates: Rates
    fund_external: int = 0
    fund_internal: int = 0
    other_funds: list[tuple[OtherFund, int, int]] = field(default_factory=list)
    external_remainder: int = 0
    internal_remainder: int = 0
    use_labour_pool: int = 0
    capital_pool_internal: int = 0
    capital_pool_external: int = 0
    retained_external: int = 0
    members: list[MemberShare] = field(default_factory=list)
    steps: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def fund_total(self) -> int:
        return self.fund_external + self.fund_internal

    @property
    def to_members(self) -> int:
        return sum(m.total for m in self.members)


def _pct(amount: int, pct: Decimal, rounding) -> int:
    return int((Decimal(amount) * pct / 100).to_integral_value(rounding=rounding))


def split_proportionally(total: int, weights: list[int]) -> list[int]:
    """Split *total* đồng in proportion to *weights* (ints ≥ 0) by the largest-remainder
    method: parts add up to *total* exactly; all zero weights → all zeros."""
    wsum = sum(weights)
    if total <= 0 or wsum <= 0:
        return [0] * len(weights)
    parts = [total * w // wsum for w in weights]
    rest = total - sum(parts)
    if rest:
        # largest remainders first, ties by position (a stable sort on the negated
        # remainder: no key tuple per member, 105,000 of them in a province, issue 7)
        negated = [-(total * w % wsum) for w in weights]
        for i in sorted(range(len(weights)), key=negated.__getitem__)[:rest]:
            parts[i] += 1
    return parts


def _check(rates: Rates) -> None:
    floor = Decimal(10) if rates.union else MIN_FUND_EXTERNAL_PCT
    if rates.fund_external_pct < floor:
        raise DistributionError(tr("The undivided common fund must be at least {pct}% of external income (Law 17/2023 Art. 86)", pct=floor))
    if rates.use_labour_pct < MIN_USE_LABOUR_PCT or rates.use_labour_pct > 100:
        raise DistributionError(tr("At least 51% of the internal remainder goes to official members by use of services and labour (Law 17/2023 Art. 86)"))
    for value in (rates.fund_internal_pct, rates.external_capital_pct,
                  *(f.external_pct for f in rates.other_funds), *(f.internal_pct for f in rates.other_funds)):
        if value < 0 or value > 100:
            raise DistributionError(tr("A rate must be between 0% and 100%"))
    if rates.fund_external_pct + sum(f.external_pct for f in rates.other_funds) > 100:
        raise DistributionError(tr("The funds take more than 100% of external income"))
    if rates.fund_internal_pct + sum(f.internal_pct for f in rates.other_funds) > 100:
        raise DistributionError(tr("The funds take more than 100% of internal income"))


def distribute(external_income: int, internal_income: int, members: list[MemberBasis], rates: Rates) -> Distribution:
    """Distribute a year's income after tax: *external_income* and *internal_income* are the
    B02-HTX line 60 columns (a) and (b), đồng. See the module doc for the rules."""
    _check(rates)
    d = Distribution(external_income, internal_income, rates)
    ext = max(external_income, 0)
    inn = max(internal_income, 0)
    d.steps.append((tr("Income from external transactions after tax"), external_income, tr("B02-HTX line 60 (a)")))
    d.steps.append((tr("Income from internal transactions after tax"), internal_income, tr("B02-HTX line 60 (b)")))
    d.fund_external = _pct(ext, rates.fund_external_pct, ROUND_CEILING)
    d.fund_internal = _pct(inn, rates.fund_internal_pct, ROUND_CEILING)
    d.steps.append((tr("Undivided common fund from external income"), d.fund_external,
                    f"{format_count(ext)} × {rates.fund_external_pct}%"))
    d.steps.append((tr("Undivided common fund from internal income"), d.fund_internal,
                    f"{format_count(inn)} × {rates.fund_internal_pct}%"))
    ext_left, inn_left = ext - d.fund_external, inn - d.fund_internal
    for fund in rates.other_funds:
        fe, fi = _pct(ext, fund.external_pct, ROUND_FLOOR), _pct(inn, fund.internal_pct, ROUND_FLOOR)
        d.other_funds.append((fund, fe, fi))
        ext_left -= fe
        inn_left -= fi
        d.steps.append((fund.name, fe + fi, f"{format_count(ext)} × {fund.external_pct}% + {format_count(inn)} × {fund.internal_pct}%"))
    d.external_remainder, d.internal_remainder = ext_left, inn_left
    d.steps.append((tr("Internal remainder"), inn_left, tr("after the funds")))
    d.use_labour_pool = _pct(inn_left, rates.use_labour_pct, ROUND_CEILING)
    d.capital_pool_internal = inn_left - d.use_labour_pool
    d.steps.append((tr("To official members by use of services and labour"), d.use_labour_pool,
                    f"{format_count(inn_left)} × {rates.use_labour_pct}%"))
    d.steps.append((tr("To members by capital (internal)"), d.capital_pool_internal,
                    f"{format_count(inn_left)} − {format_count(d.use_labour_pool)}"))
    d.steps.append((tr("External remainder"), ext_left, tr("after the funds")))
    d.capital_pool_external = _pct(ext_left, rates.external_capital_pct, ROUND_FLOOR)
    d.retained_external = ext_left - d.capital_pool_external
    d.steps.append((tr("To members by capital (external, per the charter)"), d.capital_pool_external,
                    f"{format_count(ext_left)} × {rates.external_capital_pct}%"))
    d.steps.append((tr("Kept undistributed (account 4211)"), d.retained_external, ""))
    d.members = [MemberShare(m) for m in members]
    use = split_proportionally(d.use_labour_pool,
                               [(m.use_value + m.labour_pay) if m.official else 0 for m in members])
    if d.use_labour_pool and not any(use):
        # nobody used services or worked: the pool goes by capital
        d.capital_pool_internal += d.use_labour_pool
        d.use_labour_pool = 0
    cap_in = split_proportionally(d.capital_pool_internal, [m.capital for m in members])
    cap_ex = split_proportionally(d.capital_pool_external, [m.capital for m in members])
    for share, u, ci, ce in zip(d.members, use, cap_in, cap_ex):
        share.by_use_labour, share.by_capital_internal, share.by_capital_external = u, ci, ce
    return d
