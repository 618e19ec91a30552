"""Money and date formats as Vietnamese offices write them.

Money is an ``int`` number of đồng (VND, no minor unit). Dates are ``datetime.date``;
ISO ``YYYY-MM-DD`` in the database, ``dd/MM/yyyy`` on screen and in documents
(COOPERATIVE.md "Formats").
"""

from __future__ import annotations

import datetime as dt
import re

from ocop_desktop.i18n import tr

__all__ = [
    "FormatError", "format_money", "format_count", "parse_money", "format_date", "parse_date",
    "format_percent", "iso", "from_iso", "long_date",
]


#: Largest amount accepted anywhere (10^15 đồng = one million billion): far above any
#: cooperative's figures, far below SQLite's 64-bit integer limit.
MAX_AMOUNT = 10**15


class FormatError(ValueError):
    """A value typed or imported by a user that cannot be read. ``str(err)`` is a
    message in the current UI language."""


def format_money(amount: int | None, symbol: bool = True) -> str:
    """``1250000`` → ``"1.250.000 ₫"`` (``"1.250.000"`` without *symbol*); ``None`` → ``""``.
    Negative amounts get a leading minus sign."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    digits = f"{abs(int(amount)):,}".replace(",", ".")
    return f"{sign}{digits} ₫" if symbol else f"{sign}{digits}"


_SPACES = re.compile(r"[\s\u00a0\u202f]")


def format_count(n: int | None) -> str:
    """A count with ``.`` thousands separators (``101.857``); ``None`` → empty."""
    return "" if n is None else format_money(int(n), symbol=False)


def parse_money(text: str | int | float | None) -> int:
    """Read an amount of đồng.

    Accepts ``1.250.000``, ``1,250,000``, ``1 250 000``, ``1250000``, an optional trailing
    ``đ``/``₫``/``VND``/``đồng``, and whole-number ints/floats from spreadsheets. Returns
    ``int`` đồng.

    Raises :class:`FormatError` when the text is empty, has a decimal part (``12,5``: đồng
    have no minor unit), is not a number, or exceeds :data:`MAX_AMOUNT` in size.
    """
    if isinstance(text, bool):
        raise FormatError(tr("Not an amount of đồng: {value}", value=text))
    if isinstance(text, int):
        return _bounded(text, text)
    if isinstance(text, float):
        if text != text or text in (float("inf"), float("-inf")) or text != int(text):
            raise FormatError(tr("Amount {value} is not a whole number of đồng", value=text))
        return _bounded(int(text), text)
    raw = (text or "").strip()
    s = re.sub(r"(?i)\s*(₫|đồng|đ|vnd)\s*$", "", raw)
    s = _SPACES.sub("", s)
    if not s:
        raise FormatError(tr("Amount is empty"))
    negative = s.startswith("-")
    if negative:
        s = s[1:]
    if re.fullmatch(r"\d+", s):
        value = int(s)
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        value = int(s.replace(".", ""))
    elif re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        value = int(s.replace(",", ""))
    elif re.fullmatch(r"\d+[.,]0+", s):
        value = int(re.split(r"[.,]", s)[0])
    elif re.fullmatch(r"\d+[.,]\d+", s):
        raise FormatError(tr("Amount {value} is not a whole number of đồng", value=raw))
    else:
        raise FormatError(tr("Not an amount of đồng: {value}", value=raw))
    return _bounded(-value if negative else value, raw)


def _bounded(value: int, raw) -> int:
    if abs(value) > MAX_AMOUNT:
        raise FormatError(tr("Amount {value} is too large", value=raw))
    return value


def format_date(value: dt.date | str | None) -> str:
    """``date(2024, 1, 5)`` or ``"2024-01-05"`` → ``"05/01/2024"``; ``None``/``""`` → ``""``."""
    if not value:
        return ""
    if isinstance(value, str):
        value = from_iso(value)
    return value.strftime("%d/%m/%Y")


def long_date(value: dt.date) -> str:
    """Formal document date: ``"ngày 05 tháng 01 năm 2024"`` (COOPERATIVE.md "Formats")."""
    return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"


_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)\s*$")
_YMD = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str | dt.date | dt.datetime | None) -> dt.date:
    """Read a date typed as ``dd/mm/yyyy``, ``d/m/yyyy`` (also with ``.`` or ``-``) or ISO
    ``yyyy-mm-dd``; ``datetime`` values (Excel dates) are accepted as they are.

    Two-digit years are refused, never guessed (DESIGN.md "Data").
    Raises :class:`FormatError` with a message naming the value.
    """
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    raw = (text or "").strip()
    if not raw:
        raise FormatError(tr("Date is empty"))
    m = _YMD.match(raw)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DMY.match(raw)
        if not m:
            raise FormatError(tr("Not a date (dd/mm/yyyy): {value}", value=raw))
        d, mo = int(m[1]), int(m[2])
        if len(m[3]) != 4:
            raise FormatError(tr("Write the year with 4 digits: {value}", value=raw))
        y = int(m[3])
    if y < 1000:  # "0001", "0999": 4 characters but not a year anyone means
        raise FormatError(tr("No such date: {value}", value=raw))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise FormatError(tr("No such date: {value}", value=raw)) from None


def iso(value: dt.date | None) -> str | None:
    """``date`` → ``"YYYY-MM-DD"`` for the database (``None`` stays ``None``)."""
    return value.isoformat() if value else None


def from_iso(value: str | None) -> dt.date | None:
    """``"YYYY-MM-DD"`` → ``date`` (``None``/``""`` → ``None``)."""
    return dt.date.fromisoformat(value) if value else None


def format_percent(numerator: int, denominator: int, places: int = 2) -> str:
    """``numerator / denominator`` as a Vietnamese percentage with a decimal comma,
    computed with integers: ``(1, 3)`` → ``"33,33%"``; a zero denominator gives ``"—"``."""
    if not denominator:
        return "—"
    scale = 10 ** places
    q, r = divmod(numerator * 100 * scale, denominator)
    if 2 * r >= denominator:
        q += 1
    whole, frac = divmod(q, scale)
    return f"{whole},{frac:0{places}d}%" if places else f"{whole}%"


def format_megabytes(n_bytes: int | float, places: int = 1) -> str:
    """A size in bytes as megabytes (MiB) with the Vietnamese decimal comma: ``57,2``
    (unit not included); whole limits print without decimals (``50``)."""
    value = n_bytes / 1048576
    if value == int(value) and places:
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.{places}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
