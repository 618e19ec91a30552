"""Identity numbers: personal ID (CCCD), phone numbers, cooperative tax code.

Sources: COOPERATIVE.md "Identity numbers"; Circular 59/2021/TT-BCA (structure of the
12-digit personal identification number); python-stdnum ``stdnum.vn.mst`` for tax codes;
phonenumbers (region VN) for phones.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ocop_desktop.i18n import tr

__all__ = [
    "IdCheck", "check_personal_id", "normalize_phone", "check_tax_code", "PROVINCE_BIRTH_CODES",
]

# Province-of-birth codes of the 12-digit ID (Circular 59/2021/TT-BCA, Annex); the 63
# pre-2025 provinces plus "0xx" codes are all three digits 001–096. We accept any code in
# that range rather than ship a table the merge of provinces in 2025 will not change.
PROVINCE_BIRTH_CODES = range(1, 97)


@dataclass(frozen=True)
class IdCheck:
    """Result of :func:`check_personal_id`.

    ``value``: the normalised number (digits only, leading zero restored where that made it
    valid); ``errors``/``warnings``: messages in the UI language; ``restored``: True when a
    leading zero lost by Excel was put back.
    """

    value: str
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    restored: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def _century_sex_digit(birth: dt.date, sex: str) -> int:
    """Digit 4 of the ID: 1900s 0/1, 2000s 2/3, 2100s 4/5 … (even male, odd female)."""
    century = birth.year // 100 - 19
    return century * 2 + (1 if sex == "F" else 0)


def check_personal_id(raw: str | int | None, birth: dt.date | None = None,
                      sex: str | None = None) -> IdCheck:
    """Check a personal ID number against the holder's birth date and sex.

    Accepts 12 digits (CCCD); 11 digits are taken as a 12-digit number whose leading zero a
    spreadsheet dropped, restored only when the result is then valid; a legacy 9-digit CMND
    number passes with a warning. Digits 1–3: province of birth (001–096); digit 4:
    century and sex (1900s: 0 male / 1 female, 2000s: 2 / 3); digits 5–6: last two digits of
    the birth year. Empty input gives an ``IdCheck`` with ``value == ""`` and no error.
    """
    if raw is None:
        return IdCheck("")
    if isinstance(raw, float) and raw == int(raw):
        raw = int(raw)
    text = re.sub(r"[\s.\-]", "", str(raw))
    if not text:
        return IdCheck("")
    if not text.isdigit():
        return IdCheck(text, errors=(tr("ID number must contain digits only: {value}", value=text),))
    if len(text) == 9:
        return IdCheck(text, warnings=(tr("ID number {value} is an old 9-digit number; ask for the 12-digit personal ID", value=text),))
    restored = False
    if len(text) == 11:
        candidate = "0" + text
        if not _structure_errors(candidate, birth, sex):
            text, restored = candidate, True
    if len(text) != 12:
        return IdCheck(text, errors=(tr("ID number must have 12 digits: {value} has {n}", value=text, n=len(text)),))
    errors = _structure_errors(text, birth, sex)
    return IdCheck(text, errors=tuple(errors), restored=restored)


def _structure_errors(text: str, birth: dt.date | None, sex: str | None) -> list[str]:
    errors = []
    if len(text) != 12:
        return [tr("ID number must have 12 digits: {value} has {n}", value=text, n=len(text))]
    if int(text[:3]) not in PROVINCE_BIRTH_CODES:
        errors.append(tr("ID number {value}: province code {code} does not exist", value=text, code=text[:3]))
    if birth is not None:
        if text[4:6] != f"{birth.year % 100:02d}":
            errors.append(tr(
                "ID number {value}: birth year {yy} disagrees with the date of birth ({year})",
                value=text, yy=text[4:6], year=birth.year))
        if sex in ("M", "F"):
            expected = _century_sex_digit(birth, sex)
            if int(text[3]) != expected:
                errors.append(tr(
                    "ID number {value}: digit 4 ({digit}) disagrees with sex and century of birth (expected {expected})",
                    value=text, digit=text[3], expected=expected))
        elif int(text[3]) // 2 != birth.year // 100 - 19:
            errors.append(tr(
                "ID number {value}: digit 4 ({digit}) disagrees with the century of birth",
                value=text, digit=text[3]))
    return errors


def normalize_phone(raw: str | int | None) -> tuple[str, str | None, bool]:
    """Normalise a Vietnamese phone number to national form (``0900000101``).

    Returns ``(value, error, restored)``: *error* is a message or ``None``; *restored* is True
    when a leading zero dropped by a spreadsheet was put back (``900000101`` →
    ``0900000101``), done only when the result is a valid number. Empty input → ``("", None,
    False)``.
    """
    if raw is None:
        return "", None, False
    if isinstance(raw, float) and raw == int(raw):
        raw = int(raw)
    text = re.sub(r"[\s.\-()]", "", str(raw))
    if not text:
        return "", None, False
    # imported here, not at module level: 50 ms of the app's start (issue 7) for a check
    # that runs only when a member is entered or imported
    import phonenumbers

    def parse(candidate: str):
        try:
            num = phonenumbers.parse(candidate, "VN")
        except phonenumbers.NumberParseException:
            return None
        return num if phonenumbers.is_valid_number(num) else None

    num, restored = None, False
    if text.isdigit() and not text.startswith("0"):
        num = parse("0" + text)
        restored = num is not None
    if num is None:
        num = parse(text)
    if num is None:
        return text, tr("Not a valid Vietnamese phone number: {value}", value=text), False
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national), None, restored


def check_tax_code(raw: str | None) -> tuple[str, str | None]:
    """Check a cooperative's tax/registration code: 10 digits, or 13 for a branch
    (``0100109106-001``), with python-stdnum's ``stdnum.vn.mst`` check digit.

    Returns ``(compact value, error message or None)``; empty input is not an error.
    """
    text = (raw or "").strip()
    if not text:
        return "", None
    from stdnum.vn import mst  # imported when needed (issue 7: start time)
    try:
        return mst.validate(text), None
    except Exception:  # stdnum raises several ValidationError subclasses
        return text, tr("Tax code {value} is not valid (10 or 13 digits with a correct check digit)", value=text)
