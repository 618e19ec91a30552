"""Importers: read files that offices produce (CSV, XLSX) into domain objects.

Pure Python (no Qt): parsing here, validation through ``domain``/``store``, writes through
``store`` inside one transaction.
"""


def decode_text(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` of a text file from an office PC, or None when it is none of
    them: UTF-16 with its byte-order mark (Excel's "Unicode Text (*.txt)", tab-separated),
    UTF-8 with or without its BOM (Excel's "CSV UTF-8"), else Windows-1258 (older Excel
    "CSV" on a Vietnamese Windows). The BOM is not part of the text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp1258"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None
