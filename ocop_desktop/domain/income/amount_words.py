"""Amounts of đồng in Vietnamese words, for the "Viết bằng chữ" line of receipts and payments
(forms 01-TT, 02-TT): ``1250000`` → ``"Một triệu hai trăm năm mươi nghìn đồng"``.

Rules as offices write them: groups of three digits (nghìn, triệu, tỷ; "nghìn tỷ" above),
"không trăm" inside a number, "linh" for a zero ten (một trăm linh năm), "mười" for ten,
"mốt" (21 → hai mươi mốt), "tư" (24 → hai mươi tư), "lăm" (15 → mười lăm; 25 → hai mươi lăm).
"""

from __future__ import annotations

__all__ = ["amount_in_words", "number_in_words"]

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _three(n: int, full: bool) -> list[str]:
    h, t, u = n // 100, n // 10 % 10, n % 10
    out: list[str] = []
    if full or h:
        out += [_DIGITS[h], "trăm"]
    if t == 0:
        if u and (full or h):
            out.append("linh")
    elif t == 1:
        out.append("mười")
    else:
        out += [_DIGITS[t], "mươi"]
    if u:
        if u == 1 and t > 1:
            out.append("mốt")
        elif u == 5 and t >= 1:
            out.append("lăm")
        elif u == 4 and t > 1:
            out.append("tư")
        else:
            out.append(_DIGITS[u])
    return out


def _below_billion(n: int, full: bool) -> list[str]:
    words: list[str] = []
    groups = [(n // 1_000_000, "triệu"), (n // 1000 % 1000, "nghìn"), (n % 1000, "")]
    started = full
    for value, name in groups:
        if value:
            words += _three(value, started)
            if name:
                words.append(name)
            started = True
    return words


def number_in_words(n: int) -> str:
    """A whole number in Vietnamese words (lower case): ``105`` → ``"một trăm linh năm"``."""
    if n == 0:
        return "không"
    if n < 0:
        return "âm " + number_in_words(-n)
    words: list[str] = []
    billions, rest = divmod(n, 1_000_000_000)
    if billions:
        words += number_in_words(billions).split() + ["tỷ"]
    if rest:
        words += _below_billion(rest, bool(billions))
    return " ".join(words)


def amount_in_words(amount: int) -> str:
    """*amount* (int đồng) as on a voucher: capitalised, ending in "đồng"."""
    text = number_in_words(int(amount)) + " đồng"
    return text[0].upper() + text[1:]
