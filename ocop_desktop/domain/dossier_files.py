"""Evidence files of a dossier: type detection by content and Windows-safe names.

Pure functions (no Qt, no SQL). Issue 4 items 4 and 5: attachments are PDF, JPEG, PNG,
DOCX or XLSX, "type checked by content, not by name"; names in an exported dossier stay
readable Vietnamese but must be valid on Windows (no reserved characters or device names,
no trailing dot or space, whole paths under 200 characters).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from ocop_desktop.i18n import tr

__all__ = [
    "FILE_KINDS", "EXTENSIONS", "MAX_PATH_CHARS", "DEFAULT_MAX_FILE_MB", "sniff_kind",
    "safe_name", "safe_path", "FileKindError",
]

#: kind → MIME type, for the kinds the app accepts.
FILE_KINDS = {
    "pdf": "application/pdf",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: kind → file extension used in exports.
EXTENSIONS = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png", "docx": ".docx", "xlsx": ".xlsx"}
#: Windows keeps paths under MAX_PATH (260); the issue asks for paths under 200 characters.
MAX_PATH_CHARS = 199
#: Default per-file limit of an attachment, megabytes (issue 4 item 4; a setting).
DEFAULT_MAX_FILE_MB = 50

_RESERVED_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


class FileKindError(ValueError):
    """The content is not one of the accepted kinds; ``str(err)`` is the user message."""


def sniff_kind(data: bytes, name: str = "") -> str:
    """The kind of *data* (``"pdf"``, ``"jpeg"``, ``"png"``, ``"docx"`` or ``"xlsx"``) read from
    its first bytes (magic numbers: ``%PDF-``; ``FF D8 FF``; the 8-byte PNG signature;
    for DOCX/XLSX an Office Open XML ZIP with ``[Content_Types].xml`` and ``word/document.xml``
    or ``xl/workbook.xml``, ECMA-376 Part 2). The file name is never trusted.

    Raises :class:`FileKindError` naming *name* for anything else."""
    head = data[:8]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            names = set()
        if "[Content_Types].xml" in names:
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
    raise FileKindError(tr(
        "{name}: this file is not a PDF, JPEG, PNG, DOCX or XLSX document (checked by its content).",
        name=name or tr("the file")))


def looks_complete(data: bytes, kind: str) -> bool:
    """False when a PDF has no ``%%EOF`` marker in its last 2 KB: the end of the file is
    missing (a download or copy cut off, common on a weak connection). ISO 32000-1 §7.5.5
    puts ``%%EOF`` on the file's last line; the 2 KB allow for bytes some programs add
    after it. Other kinds are not checked (True)."""
    if kind == "pdf":
        return b"%%EOF" in data[-2048:]
    return True


def safe_name(text: str, max_chars: int = 80, fallback: str = "_") -> str:
    """One Windows-safe path component from *text*: NFC, reserved characters
    ``< > : " / \\ | ? *`` and control characters replaced by ``-``, white space collapsed,
    no trailing dots or spaces, device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9, with or
    without an extension) prefixed with ``_``, at most *max_chars* characters (the extension
    kept). Vietnamese letters are kept as they are."""
    text = unicodedata.normalize("NFC", text or "")
    text = _RESERVED_CHARS.sub("-", text)
    text = re.sub(r"\s+", " ", text).strip().strip(".").strip()
    if not text:
        text = fallback
    stem, dot, ext = text.rpartition(".")
    if not dot or len(ext) > 5 or " " in ext:
        stem, ext = text, ""
    if len(text) > max_chars:
        keep = max_chars - (len(ext) + 1 if ext else 0)
        stem = stem[:max(keep, 1)].rstrip(" .")
        text = f"{stem}.{ext}" if ext else stem
    base = text.split(".")[0].upper().strip()
    if base in _RESERVED_NAMES:
        text = "_" + text
    return text.rstrip(" .") or fallback


def safe_path(*parts: str, max_total: int = MAX_PATH_CHARS) -> str:
    """Join safe components with ``/`` (ZIP separator) and shorten the last one so that the
    whole path has at most *max_total* characters (issue 4 item 5: under 200)."""
    clean = [safe_name(p) for p in parts]
    path = "/".join(clean)
    if len(path) > max_total:
        head = "/".join(clean[:-1])
        room = max_total - (len(head) + 1 if head else 0)
        clean[-1] = safe_name(clean[-1], max_chars=max(room, 8))
        path = "/".join(clean)
    return path
