"""How a column and a value of the audit trail read for a person: on the History page and in
its export (issue 6 item 5). Every audited column has a Vietnamese label; values read as
the app shows them elsewhere: money ``1.250.000 ₫``, dates ``dd/MM/yyyy``, times in local
time ``dd/MM/yyyy HH:mm``, codes by their labels (member type, registration type, dossier
item, province…), scores in points. No Qt: the export uses it too.
"""

from __future__ import annotations

import datetime as dt

from ocop_desktop.domain.formats import format_date, format_money
from ocop_desktop.i18n import N_, tr

__all__ = ["FIELD_LABELS", "HIDDEN_FIELDS", "DETAIL_FIELDS", "MONEY_FIELDS", "field_label", "show_value",
           "shown_change", "search_forms"]

#: Column → label (translated at display). A column missing here would show its own name:
#: a test checks that every audited column of a new file has a label.
FIELD_LABELS = {
    # members and contributions
    "full_name": N_("Full name"), "member_type": N_("Member type"), "kind": N_("Kind"), "sex": N_("Sex"),
    "birth_date": N_("Date of birth"), "id_number": N_("ID number"), "phone": N_("Phone"),
    "address": N_("Address"), "nationality": N_("Nationality"), "join_date": N_("Join date"),
    "capital_committed": N_("Capital committed"), "certificate_no": N_("Capital certificate no."),
    "certificate_date": N_("Certificate date"), "status": N_("Status"), "left_date": N_("Date of leaving"),
    "left_reason": N_("Reason for leaving"), "notes": N_("Notes"), "date": N_("Date"),
    "asset_type": N_("Asset type"), "amount": N_("Value (đồng)"), "quantity": N_("Quantity"), "note": N_("Note"),
    "member_id": N_("Member"), "name": N_("Name"), "tax_code": N_("Tax code"), "email": N_("Email"),
    # the cooperative
    "charter_capital": N_("Charter capital"), "founding_date": N_("Founding date"), "rep_name": N_("Representative"),
    "rep_position": N_("Position"), "active": N_("Active"), "province_code": N_("Province / city"),
    "ward_code": N_("Commune / ward"), "address_detail": N_("House no., street, village"),
    "rep_sex": N_("Representative's sex"),
    "rep_woman_or_minority": N_("Representative is a woman or from an ethnic minority"),
    # vouchers and their journal lines (issue 5)
    "vtype": N_("Voucher type"), "year": N_("Year"), "seq": N_("Sequence no."), "number": N_("Voucher no."),
    "category": N_("Category"), "description": N_("Description"), "internal": N_("Internal transaction"),
    "party_id": N_("Customer / supplier"), "product": N_("Product"), "product_id": N_("Product"),
    "unit": N_("Unit"), "channel": N_("Sales channel"), "reference": N_("Reference"), "posted": N_("Posted"),
    "created_by": N_("Entered by"), "adjusts_id": N_("Adjusts voucher"), "source": N_("Source"),
    "voucher_id": N_("Voucher"), "line_no": N_("Line"), "account": N_("Account"), "contra": N_("Contra account"),
    "debit": N_("Debit"), "credit": N_("Credit"), "month": N_("Month"), "locked_at": N_("Locked at"),
    "locked_by": N_("Locked by"), "code": N_("Code"), "parent": N_("Parent account"),
    "normal": N_("Normal balance"), "builtin": N_("Built in"),
    # products, sales channels, certificates (issue 3)
    "form_code": N_("Scoring form"), "packaging": N_("Packaging"), "price": N_("Price"), "story": N_("Product story"),
    "raw_material_origin": N_("Origin of raw materials"), "trademark_no": N_("Trademark certificate no."),
    "trademark_date": N_("Trademark certificate date"), "self_declaration_no": N_("Self-declaration no."),
    "self_declaration_date": N_("Self-declaration date"), "food_safety_no": N_("Food safety certificate no."),
    "food_safety_date": N_("Food safety certificate date"),
    "food_safety_expiry": N_("Food safety certificate valid until"),
    "partner": N_("Partner"), "contract_start": N_("Contract start"), "stars": N_("Stars"),
    "decision_no": N_("Decision no."), "authority_level": N_("Issuing level"), "authority_name": N_("Issued by"),
    "issue_date": N_("Issue date"), "expiry_date": N_("Expiry date"), "ended": N_("Ended"),
    "ended_date": N_("Date ended"), "ended_note": N_("Why it ended"),
    # self-assessments and dossiers (issue 4)
    "assessor": N_("Assessed by"), "choices": N_("Criteria chosen"), "evidence_notes": N_("Evidence notes"),
    "knockouts": N_("Knock-out criteria"), "prefilled": N_("Answers filled in from the records"),
    "total": N_("Total score"), "part_a": N_("Part A"), "part_b": N_("Part B"), "part_c": N_("Part C"),
    "knockout_reason": N_("Knock-out reason"), "assessment_id": N_("Self-assessment"),
    "registration_type": N_("Registration type"), "target_stars": N_("Stars sought"),
    "round": N_("Assessment round"), "receiving_body": N_("Received by"), "samples": N_("Product samples"),
    "submitted_date": N_("Date submitted"), "result_stars": N_("Stars awarded"),
    "decision_date": N_("Decision date"), "certificate_id": N_("Certificate"),
    "registration_json": N_("Registration form"), "dossier_id": N_("Dossier"), "item_key": N_("Dossier item"),
    "file_name": N_("File name"), "doc_date": N_("Document date"), "added_at": N_("Added at"),
    # not on the History page (HIDDEN_FIELDS), named in the export
    "id": N_("Record id"), "created_at": N_("Created at"), "updated_at": N_("Updated at"),
    "sha256": N_("SHA-256 fingerprint"),
}
#: Per table, a column whose label differs from :data:`FIELD_LABELS`.
_TABLE_LABELS = {("certificates", "certificate_no"): N_("Certificate no.")}
_KINDS = {"individual": N_("Individual"), "organisation": N_("Organisation"), "customer": N_("Customer"),
          "supplier": N_("Supplier"), "self": N_("Self-assessment"), "council": N_("Council assessment"),
          "asset": N_("Asset"), "liability": N_("Liability"), "equity": N_("Equity"), "revenue": N_("Revenue"),
          "expense": N_("Expense"), "result": N_("Result")}
#: Columns not listed: the row's id and time stamps (the entry has its own), the member
#: (the Record column names them), a file's SHA-256 (its name and date are listed).
HIDDEN_FIELDS = {"id", "created_at", "updated_at", "member_id", "sha256"}
#: Columns holding a whole structure (JSON): only that they changed is shown.
DETAIL_FIELDS = {"choices", "evidence_notes", "knockouts", "prefilled", "registration_json"}
#: Columns in đồng.
MONEY_FIELDS = {"amount", "capital_committed", "charter_capital", "debit", "credit", "price"}
#: Per table, columns in points.
_POINTS = {"assessments": {"total", "part_a", "part_b", "part_c"}}
_DATE_FIELDS = {"date", "contract_start", "food_safety_expiry"}
_YES_NO = {"posted", "internal", "active", "ended", "builtin", "rep_woman_or_minority"}
#: Columns holding another record's id, shown as ``#12``.
_ID_FIELDS = {"dossier_id", "product_id", "assessment_id", "certificate_id", "voucher_id", "party_id", "adjusts_id"}
#: Longest text shown in full; a longer one (a product story) is cut with "…".
_MAX_TEXT = 80


def field_label(key: str, table: str | None = None) -> str:
    """The screen name of a logged column of *table* (its own name when unknown)."""
    label = _TABLE_LABELS.get((table, key)) or FIELD_LABELS.get(key)
    return tr(label) if label else key


def _local_time(text: str) -> str | None:
    """SQLite's ``datetime('now')`` (UTC, ``YYYY-MM-DD HH:MM:SS``) as local ``dd/MM/yyyy HH:mm``."""
    try:
        moment = dt.datetime.strptime(text.replace("T", " ").rstrip("Z")[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%d/%m/%Y %H:%M")


def _label(key: str, value, table: str | None) -> str | None:
    """A coded value's label, or None when *key* (of *table*) holds no code (or an unknown one)."""
    from ocop_desktop.domain import members as dm
    try:
        if key == "member_type":
            return dm.member_type_label(value)
        if key in ("sex", "rep_sex"):
            return dm.sex_label(value)
        if key == "asset_type":
            return dm.asset_type_label(value)
        if key == "kind":
            return tr(_KINDS[value]) if value in _KINDS else None
        if key == "vtype":
            from ocop_desktop.domain.income.vouchers import VOUCHER_TYPES, voucher_type_label
            return voucher_type_label(value) if value in VOUCHER_TYPES else None
        if key == "category":
            from ocop_desktop.domain.income.vouchers import CATEGORIES, category_label
            return category_label(value) if value in CATEGORIES else None
        if key == "channel":
            if table == "product_channels":
                from ocop_desktop.domain.products import CHANNELS, channel_label
            else:
                from ocop_desktop.domain.income.vouchers import CHANNELS, channel_label
            return channel_label(value) if value in CHANNELS else None
        if key == "month" and isinstance(value, str) and len(value) == 7 and value[4] == "-":
            return f"{value[5:]}/{value[:4]}"
        if key in _YES_NO and value in (0, 1):
            return tr("Yes") if value else tr("No")
        if key == "status":
            from ocop_desktop.domain.dossier import STATUS_LABELS
            labels = {"active": N_("Active"), "left": N_("Left"), **STATUS_LABELS}
            return tr(labels[value]) if value in labels else None
        if key == "normal":
            return {"debit": tr("Debit"), "credit": tr("Credit")}.get(value)
        if key == "registration_type":
            from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES
            return tr(REGISTRATION_TYPES[value]) if value in REGISTRATION_TYPES else None
        if key == "authority_level":
            from ocop_desktop.domain.certificates import authority_label
            return authority_label(value)
        if key == "item_key" and isinstance(value, str):
            from ocop_desktop.domain.dossier import split_item_key
            from ocop_desktop.domain.ocop.forms import evidence
            criterion, evidence_key = split_item_key(value)
            name = evidence(evidence_key).label
            return f"{criterion} · {name}" if criterion else name
        if key == "province_code" and isinstance(value, int):
            from ocop_desktop.domain.cooperative import provinces
            return dict(provinces()).get(value)
        if key == "ward_code" and isinstance(value, int):
            from vietnam_provinces import Ward
            return Ward.from_code(value).name
    except (KeyError, ValueError, TypeError, LookupError):
        return None
    return None


def show_value(key: str, value, table: str | None = None) -> str:
    """A logged value of column *key* (of *table*) as the screen shows it: money
    ``1.250.000 ₫``, ISO dates ``dd/MM/yyyy``, UTC time stamps in local time, codes as
    labels, scores in points, another record's id as ``#12``, a long text cut at 80 characters, a whole structure
    (:data:`DETAIL_FIELDS`) as "(details)", empty as ``—``."""
    if value in (None, ""):
        return "—"
    if key in DETAIL_FIELDS:
        return tr("(details)")
    label = _label(key, value, table)
    if label:
        return label
    if isinstance(value, int) and not isinstance(value, bool):
        if key in MONEY_FIELDS:
            return format_money(value)
        if key in _POINTS.get(table or "", ()):
            return tr("{points} points", points=value)
        if key in _ID_FIELDS:
            return f"#{value}"
    if isinstance(value, str):
        if (key in _DATE_FIELDS or key.endswith("_date")) and len(value) == 10:
            try:
                return format_date(dt.date.fromisoformat(value))
            except ValueError:
                return value
        if key.endswith("_at"):
            return _local_time(value) or value
        if len(value) > _MAX_TEXT:
            return value[:_MAX_TEXT - 1].rstrip() + "…"
    return str(value)


def shown_change(action: str, key: str, old, new, table: str | None = None) -> tuple[str, str]:
    """``(old, new)`` of one logged column as shown (:func:`show_value`): an insert has no
    old value, a delete no new one (``""``)."""
    return ("" if action == "insert" else show_value(key, old, table),
            "" if action == "delete" else show_value(key, new, table))


def _coded_values() -> list[tuple[str, str]]:
    """``(column, code)`` of every coded value :func:`show_value` shows as a label."""
    from ocop_desktop.domain import members as dm
    from ocop_desktop.domain.certificates import AUTHORITY_LEVELS
    from ocop_desktop.domain.dossier import STATUSES
    from ocop_desktop.domain.dossier_docs import REGISTRATION_TYPES
    from ocop_desktop.domain.income.vouchers import CATEGORIES, CHANNELS, VOUCHER_TYPES
    from ocop_desktop.domain.products import CHANNELS as PRODUCT_CHANNELS
    pairs = [("member_type", c) for c in dm.MEMBER_TYPES] + [("sex", c) for c in dm.SEXES]
    pairs += [("asset_type", c) for c in dm.ASSET_TYPES] + [("kind", c) for c in _KINDS]
    pairs += [("status", c) for c in ("active", "left", *STATUSES)]
    pairs += [("registration_type", c) for c in REGISTRATION_TYPES]
    pairs += [("authority_level", c) for c in AUTHORITY_LEVELS]
    pairs += [("vtype", c) for c in VOUCHER_TYPES] + [("category", c) for c in CATEGORIES]
    pairs += [("channel", c) for c in (*CHANNELS, *PRODUCT_CHANNELS)]
    return pairs


def search_forms(text: str) -> list[str]:
    """The texts to look for in the stored log when a person searches the History for
    *text* as the screen shows values: *text* itself, plus the stored form of an amount
    (``5.606.000`` → ``5606000``), of a date (``16/11/2026`` → ``2026-11-16``) and the codes
    of labels *text* names (``Thành viên chính thức`` → ``official``; accents and case
    ignored, a label matched whole or by its start from 4 letters)."""
    from ocop_desktop.domain.formats import FormatError, parse_date, parse_money
    from ocop_desktop.domain.text import fold
    text = (text or "").strip()
    forms = [text] if text else []
    if not text:
        return forms
    if any(ch.isdigit() for ch in text):
        if "/" in text:
            try:
                forms.append(parse_date(text).isoformat())
            except FormatError:
                pass
        elif any(sep in text for sep in ".₫đ "):  # plain digits already match as stored
            try:
                forms.append(str(parse_money(text)))
            except FormatError:
                pass
    else:
        wanted = fold(text)
        for key, code in _coded_values():
            for table in ((None, "product_channels") if key == "channel" else (None,)):
                label = _label(key, code, table)
                name = fold(label) if label else ""
                if name and (name == wanted or (len(wanted) >= 4 and name.startswith(wanted))):
                    forms.append(f'"{code}"')  # as a JSON string: not inside longer words
    return list(dict.fromkeys(forms))
