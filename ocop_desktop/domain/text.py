"""Vietnamese text helpers: normalisation, search folding and name sorting.

All functions are pure and take/return ``str``.

Rules (DESIGN.md "Data"):
- text is stored in NFC;
- search uses a *folded* copy: NFD, combining marks stripped, đ→d, Đ→D, casefolded;
- people are sorted by given name (last word), then by the rest, in Vietnamese
  alphabetical order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y),
  tones ordered after the base letter.
"""

from __future__ import annotations

import unicodedata

__all__ = ["nfc", "fold", "vn_sort_key", "person_sort_key"]

_COMBINING_TONES = {
    # tone marks in the Vietnamese conventional order: none, huyền, sắc, hỏi, ngã, nặng
    "\u0300": 1,  # grave (huyền)
    "\u0301": 2,  # acute (sắc)
    "\u0309": 3,  # hook above (hỏi)
    "\u0303": 4,  # tilde (ngã)
    "\u0323": 5,  # dot below (nặng)
}
_LETTER_MARKS = {"\u0306": "ă", "\u0302": "^", "\u031b": "'"}  # breve, circumflex, horn

# Vietnamese alphabet with the Latin letters Vietnamese does not use (f j w z) slotted in
# their Latin places so foreign names still sort sensibly.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}


def nfc(text: str | None) -> str:
    """Return *text* in Unicode NFC with surrounding spaces removed and inner runs of
    white space collapsed to one space ("" for ``None``)."""
    if text is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def fold(text: str | None) -> str:
    """Fold *text* for accent-, case- and đ-insensitive search.

    ``fold("Nguyễn Văn Đức") == fold("NGUYEN VAN DUC") == "nguyen van duc"``; NFD input
    folds the same as NFC input.
    """
    decomposed = unicodedata.normalize("NFD", nfc(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # U+00D0/U+00F0 (Icelandic eth) look identical to Đ/đ and some input tools produce them
    return stripped.translate(_D_MAP).casefold()


_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "\u00d0": "D", "\u00f0": "d"})


def _letter_key(ch: str) -> tuple[int, int]:
    """(alphabet rank, tone rank) of one NFC character; other characters rank after z."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    base = decomposed[0]
    tone = 0
    letter = base
    for mark in decomposed[1:]:
        if mark in _COMBINING_TONES:
            tone = _COMBINING_TONES[mark]
        elif mark == "\u0306":
            letter = "ă"
        elif mark == "\u0302":
            letter = {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
        elif mark == "\u031b":
            letter = {"o": "ơ", "u": "ư"}.get(base, base)
    if base == "đ":
        letter = "đ"
    if letter in _RANK:
        return _RANK[letter], tone
    if base.isdecimal():  # not isdigit(): '¹' is a digit that int() cannot read
        return -10 + int(base), 0
    return 100 + ord(base) % 1000, tone


def vn_sort_key(text: str | None) -> str:
    """A string whose code-point order is Vietnamese alphabetical order of *text*.

    Base letters decide first (a < ă < â < b … < đ … < y); tones break ties afterwards
    (no tone < huyền < sắc < hỏi < ngã < nặng), so "Anh" < "Ánh" < "Ăn" < "Bình".
    The key is stored in an indexed column so SQL can ``ORDER BY`` it.
    """
    letters = [_letter_key(ch) for ch in nfc(text) if not ch.isspace()]
    words = nfc(text).split(" ")
    primary = []
    for word in words:
        primary.append("".join(chr(0x100 + _letter_key(ch)[0] + 20) for ch in word))
    tones = "".join(chr(0x30 + t) for _, t in letters)
    return " ".join(primary) + "\x01" + tones


def person_sort_key(full_name: str | None) -> str:
    """Sort key for a person's full name: given name (last word) first, then the rest.

    "Trần Thị Hường" sorts as "Hường Trần Thị"; see :func:`vn_sort_key` for the order.
    """
    words = nfc(full_name).split(" ")
    if len(words) > 1:
        words = [words[-1]] + words[:-1]
    return vn_sort_key(" ".join(words))
