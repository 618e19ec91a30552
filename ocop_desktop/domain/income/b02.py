"""B02-HTX income statement (Circular 71/2024/TT-BTC) with columns (a) external and
(b) internal transactions (Law 17/2023 Art. 85; COOPERATIVE.md "Statements").

Input: movements per account over the period, split by the line's B02 column flag, as a
mapping ``{(account_code, internal: bool): (debit, credit)}`` in đồng. Lines:

==  ========================================================  ==========================
01  Doanh thu bán hàng và cung cấp dịch vụ                     credit − debit of 511, 512
02  Các khoản giảm trừ doanh thu                               debit − credit of 521
10  Doanh thu thuần về bán hàng và cung cấp dịch vụ            10 = 01 − 02
11  Giá vốn hàng bán / chi phí giao dịch                       debit − credit of 611, 612
12  Chi phí quản lý kinh doanh                                 debit − credit of 642
20  Lợi nhuận từ hoạt động kinh doanh                          20 = 10 − 11 − 12
31  Thu nhập khác                                              credit − debit of 558
32  Chi phí khác                                               debit − credit of 658
40  Lợi nhuận khác                                             40 = 31 − 32
50  Tổng lợi nhuận kế toán trước thuế                          50 = 20 + 40
51  Chi phí thuế thu nhập doanh nghiệp                         debit − credit of 659
60  Lợi nhuận sau thuế thu nhập doanh nghiệp                   60 = 50 − 51
==  ========================================================  ==========================

Year-end closing entries (through 911) are not among the movements, so the statement reads
the revenue and expense accounts directly.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["B02_LINES", "B02Line", "compute_b02", "b02_by_code"]

#: (code, Vietnamese title as on the form, accounts, sign) — sign +1: credit − debit; −1: debit − credit;
#: formula lines have accounts None.
B02_LINES: list[tuple[str, str, tuple[str, ...] | None, int]] = [
    ("01", "Doanh thu bán hàng và cung cấp dịch vụ", ("511", "512"), 1),
    ("02", "Các khoản giảm trừ doanh thu", ("521",), -1),
    ("10", "Doanh thu thuần về bán hàng và cung cấp dịch vụ (10 = 01 - 02)", None, 0),
    ("11", "Giá vốn hàng bán", ("611", "612"), -1),
    ("12", "Chi phí quản lý kinh doanh", ("642",), -1),
    ("20", "Lợi nhuận thuần từ hoạt động kinh doanh (20 = 10 - 11 - 12)", None, 0),
    ("31", "Thu nhập khác", ("558",), 1),
    ("32", "Chi phí khác", ("658",), -1),
    ("40", "Lợi nhuận khác (40 = 31 - 32)", None, 0),
    ("50", "Tổng lợi nhuận kế toán trước thuế (50 = 20 + 40)", None, 0),
    ("51", "Chi phí thuế thu nhập doanh nghiệp", ("659",), -1),
    ("60", "Lợi nhuận sau thuế thu nhập doanh nghiệp (60 = 50 - 51)", None, 0),
]


@dataclass(frozen=True)
class B02Line:
    """One line: ``code``, ``title`` (Vietnamese, as on the form), ``external`` (column a),
    ``internal`` (column b), ``total`` — đồng."""

    code: str
    title: str
    external: int
    internal: int

    @property
    def total(self) -> int:
        return self.external + self.internal


def compute_b02(movements: dict[tuple[str, bool], tuple[int, int]]) -> list[B02Line]:
    """The twelve B02-HTX lines from *movements* (see module doc)."""
    vals: dict[str, list[int]] = {}
    for code, _title, accounts, sign in B02_LINES:
        if accounts is None:
            continue
        col = [0, 0]
        for (acct, internal), (debit, credit) in movements.items():
            if acct.startswith(accounts):
                col[1 if internal else 0] += (credit - debit) if sign > 0 else (debit - credit)
        vals[code] = col

    def f(fn):
        return [fn(0), fn(1)]

    vals["10"] = f(lambda i: vals["01"][i] - vals["02"][i])
    vals["20"] = f(lambda i: vals["10"][i] - vals["11"][i] - vals["12"][i])
    vals["40"] = f(lambda i: vals["31"][i] - vals["32"][i])
    vals["50"] = f(lambda i: vals["20"][i] + vals["40"][i])
    vals["60"] = f(lambda i: vals["50"][i] - vals["51"][i])
    return [B02Line(code, title, vals[code][0], vals[code][1]) for code, title, _a, _s in B02_LINES]


def b02_by_code(lines: list[B02Line]) -> dict[str, B02Line]:
    """``{code: line}`` for convenient lookups (``b02_by_code(lines)["60"].external``)."""
    return {ln.code: ln for ln in lines}
