"""The dossier ZIP: writing it, checking it and opening it safely (issue 4 items 5 and 6).

Layout of a dossier ZIP (format version 1)::

    manifest.json
    1 - Phiếu đăng ký và báo cáo tự đánh giá.pdf
    1 - Phiếu đăng ký và báo cáo tự đánh giá.docx
    Minh chứng/<criterion code> - <criterion title>/<file name>
    Minh chứng/Giấy tờ chung/<file name>

``manifest.json`` (UTF-8 JSON)::

    {"format": "ocop-desktop-dossier", "format_version": 1, "created_at": ISO datetime,
     "generator": "OCOP Desktop x.y.z", "cooperative": {...}, "product": {...},
     "dossier": {...}, "form": {"code", "title"},
     "assessment": {"parts": [{"letter", "points", "max_points"}], "total", "stars"},
     "files": [{"path", "size" (bytes), "sha256" (hex), "role", "item"}]}

Every name is a Windows-safe path under 200 characters (:func:`safe_path`), stored with the
ZIP UTF-8 flag so Vietnamese names read back as written.

:func:`check_zip` refuses, with a plain reason each: entries with absolute paths or ``..``,
links, duplicate names (compared as Windows would: case-insensitive, NFC), encrypted entries,
a file or a total uncompressed size over the limits, a compression ratio typical of zip bombs,
a missing or unreadable manifest, an unknown format version, a manifest that does not match
the files (missing, extra, size or SHA-256 different). :func:`extract_zip` writes only after a
successful check and only inside the target folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ocop_desktop.domain.formats import format_megabytes
from ocop_desktop import __version__
from ocop_desktop.domain.dossier_files import MAX_PATH_CHARS
from ocop_desktop.i18n import tr

__all__ = [
    "FORMAT", "FORMAT_VERSION", "SUPPORTED_VERSIONS", "MANIFEST", "Limits", "ZipCheck",
    "write_dossier_zip", "StreamedFile", "check_zip", "extract_zip", "read_member",
]

FORMAT = "ocop-desktop-dossier"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = {1}
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Limits:
    """Limits applied when opening a ZIP: bytes per file and in total (uncompressed),
    number of entries, and the largest compression ratio accepted for entries bigger
    than ``ratio_floor`` bytes (ordinary documents compress far less than 100:1; a zip
    bomb compresses by 1 000:1 or more)."""

    max_file: int = 100 * 1024 * 1024
    max_total: int = 1024 * 1024 * 1024
    max_entries: int = 5000
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024
    max_manifest: int = 5 * 1024 * 1024


@dataclass
class ZipCheck:
    """Result of :func:`check_zip`: ``ok``; ``problems`` (messages in the UI language);
    ``manifest`` (dict, when it could be read); ``files`` (paths of the files checked)."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    manifest: dict | None = None
    files: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """JSON-ready summary (for ``dossier verify --json``)."""
        m = self.manifest or {}
        return {"valid": self.ok, "problems": self.problems, "format_version": m.get("format_version"),
                "cooperative": (m.get("cooperative") or {}).get("name"),
                "product": (m.get("product") or {}).get("name"),
                "assessment": m.get("assessment"), "files": self.files}



def _reason(err: BaseException) -> str:
    """A reading error in the UI language (Python's own text is English)."""
    if isinstance(err, FileNotFoundError):
        return tr("the file does not exist")
    if isinstance(err, IsADirectoryError):
        return tr("it is a folder")
    if isinstance(err, PermissionError):
        return tr("no permission to read it")
    if isinstance(err, json.JSONDecodeError):
        return tr("not valid JSON (line {line}, column {col})", line=err.lineno, col=err.colno)
    if isinstance(err, UnicodeDecodeError):
        return tr("not UTF-8 text")
    if isinstance(err, zipfile.BadZipFile):
        text = str(err)
        return tr("damaged content (checksum does not match)") if "CRC" in text else tr("not a ZIP file or damaged")
    if isinstance(err, EOFError):
        return tr("the file ends too early (incomplete copy)")
    if isinstance(err, ValueError) and str(err) == "not an object":
        return tr("not a JSON object")
    return tr("unreadable ({kind})", kind=type(err).__name__)

@dataclass(frozen=True)
class StreamedFile:
    """Content of a ZIP member read in chunks: *size* (bytes) and *sha256* (hex) as stored,
    *chunks* an iterable of ``bytes`` (e.g. :func:`~ocop_desktop.store.dossier_attachments.attachment_stream`)."""

    size: int
    sha256: str
    chunks: Iterable[bytes]


def _write_streamed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, data: StreamedFile) -> None:
    digest, written = hashlib.sha256(), 0
    with zf.open(info, "w", force_zip64=data.size > 0x7FFFFFFF) as out:
        for chunk in data.chunks:
            digest.update(chunk)
            written += len(chunk)
            out.write(chunk)
    if written != data.size or digest.hexdigest() != data.sha256:
        from ocop_desktop.store.errors import StoreError
        raise StoreError(tr("The evidence file {name} is damaged in the data file (its content no longer matches "
                            "its fingerprint); attach it again.", name=info.filename))


def write_dossier_zip(path: str | Path, manifest: dict, files: list[tuple[str, bytes, dict]]) -> Path:
    """Write the dossier ZIP at *path*.

    *manifest*: the descriptive part (cooperative, product, dossier, form, assessment); the
    format fields and ``files`` are added here. *files*: ``(zip path, content, extra)``
    where *content* is ``bytes`` or a :class:`StreamedFile` (big evidence copied in chunks,
    never held whole; its bytes must hash to its stated SHA-256, else ``StoreError``) and
    *extra* (e.g. ``{"role": "evidence", "item": "C8b"}``) is copied into the file's
    manifest entry. Paths must already be safe (:func:`safe_path`); a duplicate path raises
    ``ValueError``. The ZIP is written to a temporary name and renamed, so a failed export
    leaves no half file."""
    path = Path(path)
    seen: set[str] = set()
    entries = []
    for name, data, extra in files:
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen or name == MANIFEST:
            raise ValueError(f"duplicate path in dossier: {name}")
        if len(name) > MAX_PATH_CHARS:
            raise ValueError(f"path too long: {name}")
        seen.add(key)
        if isinstance(data, StreamedFile):
            size, digest = data.size, data.sha256
        else:
            size, digest = len(data), hashlib.sha256(data).hexdigest()
        entries.append({"path": name, "size": size, "sha256": digest, **extra})
    full = {"format": FORMAT, "format_version": FORMAT_VERSION,
            "created_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "generator": f"OCOP Desktop {__version__}", **manifest, "files": entries}
    tmp = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(full, ensure_ascii=False, indent=2))
            for name, data, _ in files:
                info = zipfile.ZipInfo(name, date_time=dt.datetime.now().timetuple()[:6])
                # PDF, JPEG and PNG evidence is compressed already: deflating it again costs
                # ~2 s per 50 MB and saves nothing (issue 7, benchmarks/RESULTS.md).
                info.compress_type = (zipfile.ZIP_STORED if name.lower().endswith((".pdf", ".jpg", ".jpeg", ".png"))
                                      else zipfile.ZIP_DEFLATED)
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                if isinstance(data, StreamedFile):
                    _write_streamed(zf, info, data)
                else:
                    zf.writestr(info, data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


_DRIVE = re.compile(r"^[A-Za-z]:")


def _name_problem(name: str) -> str | None:
    norm = name.replace("\\", "/")
    if norm.startswith("/") or _DRIVE.match(norm):
        return tr("{name}: absolute path", name=name)
    if any(part == ".." for part in norm.split("/")):
        return tr("{name}: path goes outside the folder (..)", name=name)
    if "\x00" in name:
        return tr("{name}: invalid character in the name", name=name)
    from ocop_desktop.domain.dossier_files import _RESERVED_NAMES
    for part in norm.split("/"):
        if part and part.split(".")[0].strip().upper() in _RESERVED_NAMES:
            return tr("{name}: a name Windows reserves for devices (CON, PRN, AUX, NUL, COM1…, LPT1…)", name=name)
    return None


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read one entry, never more than *limit* bytes (raises ``ValueError`` beyond: a header
    that lies about the size)."""
    out = bytearray()
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(65536)
            if not chunk:
                break
            out += chunk
            if len(out) > limit:
                raise ValueError("entry larger than declared")
    return bytes(out)


def check_zip(path: str | Path, limits: Limits = Limits()) -> ZipCheck:
    """Check a dossier ZIP without writing anything (see the module docstring for every
    refusal). Returns a :class:`ZipCheck`; never raises for a bad file."""
    path = Path(path)
    result = ZipCheck(ok=False)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        result.problems.append(tr("{path} is not a readable ZIP file ({reason}).", path=path.name, reason=_reason(err)))
        return result
    with zf:
        infos = zf.infolist()
        problems = result.problems
        if len(infos) > limits.max_entries:
            problems.append(tr("The ZIP has {count} entries; at most {limit} are accepted.", count=len(infos), limit=limits.max_entries))
            return result
        seen: dict[str, str] = {}
        total = 0
        files: list[zipfile.ZipInfo] = []
        for info in infos:
            name = info.filename
            problem = _name_problem(name)
            if problem:
                problems.append(problem)
                continue
            if _is_link(info):
                problems.append(tr("{name}: links are not accepted", name=name))
                continue
            key = unicodedata.normalize("NFC", name.replace("\\", "/")).rstrip("/").casefold()
            if key in seen:
                problems.append(tr("{name}: duplicate name in the ZIP", name=name))
                continue
            seen[key] = name
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                problems.append(tr("{name}: encrypted entries are not accepted", name=name))
                continue
            if info.file_size > limits.max_file:
                problems.append(tr("{name}: {size} MB uncompressed, over the limit of {limit} MB per file", name=name,
                                   size=format_megabytes(info.file_size), limit=format_megabytes(limits.max_file)))
                continue
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                problems.append(tr("{name}: compressed {ratio}:1, typical of a zip bomb", name=name,
                                   ratio=info.file_size // max(info.compress_size, 1)))
                continue
            total += info.file_size
            files.append(info)
        if total > limits.max_total:
            problems.append(tr("The files total {size} MB uncompressed, over the limit of {limit} MB", size=format_megabytes(total),
                               limit=format_megabytes(limits.max_total)))
        if problems:
            return result
        by_name = {i.filename: i for i in files}
        if MANIFEST not in by_name:
            problems.append(tr("manifest.json is missing: this is not an OCOP Desktop dossier."))
            return result
        try:
            manifest = json.loads(read_member(zf, by_name[MANIFEST], limits.max_manifest).decode("utf-8"))
            if not isinstance(manifest, dict):
                raise ValueError("not an object")
        except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as err:
            problems.append(tr("manifest.json cannot be read: {reason}", reason=_reason(err)))
            return result
        result.manifest = manifest
        if manifest.get("format") != FORMAT:
            problems.append(tr("manifest.json is not an OCOP Desktop dossier manifest."))
            return result
        version = manifest.get("format_version")
        if version not in SUPPORTED_VERSIONS:
            problems.append(tr("Unknown dossier format version {version}; this program reads version {supported}.",
                               version=version, supported=", ".join(map(str, sorted(SUPPORTED_VERSIONS)))))
            return result
        listed = manifest.get("files")
        if not isinstance(listed, list):
            problems.append(tr("manifest.json has no file list."))
            return result
        listed_paths: set[str] = set()
        for entry in listed:
            if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                problems.append(tr("manifest.json has an invalid file entry."))
                return result
            p = entry["path"]
            if p in listed_paths:
                problems.append(tr("{name}: listed twice in manifest.json", name=p))
                continue
            listed_paths.add(p)
            info = by_name.get(p)
            if info is None:
                problems.append(tr("{name}: listed in manifest.json but missing from the ZIP", name=p))
                continue
            if info.file_size != entry.get("size"):
                problems.append(tr("{name}: size {actual} bytes, manifest says {expected}", name=p,
                                   actual=info.file_size, expected=entry.get("size")))
                continue
            try:
                digest = hashlib.sha256(read_member(zf, info, limits.max_file)).hexdigest()
            except (ValueError, zipfile.BadZipFile, OSError, EOFError) as err:
                problems.append(tr("{name}: cannot be read ({reason})", name=p, reason=_reason(err)))
                continue
            if digest != entry.get("sha256"):
                problems.append(tr("{name}: checksum (SHA-256) does not match the manifest; the file was changed or damaged", name=p))
                continue
            result.files.append(p)
        for name in by_name:
            if name != MANIFEST and name not in listed_paths:
                problems.append(tr("{name}: in the ZIP but not listed in manifest.json", name=name))
        result.ok = not problems
        return result


def extract_zip(path: str | Path, target: str | Path, limits: Limits = Limits()) -> ZipCheck:
    """Check the ZIP (:func:`check_zip`) and, only when it is valid, write its files inside
    *target* (created; must be empty if it exists). Every destination is resolved and
    verified to lie inside *target* before writing. Returns the check result; on refusal
    nothing is written."""
    result = check_zip(path, limits)
    if not result.ok:
        return result
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        result.ok = False
        result.problems.append(tr("The folder {path} is not empty.", path=str(target)))
        return result
    target.mkdir(parents=True, exist_ok=True)
    root = target.resolve()
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            dest = (root / info.filename.replace("\\", "/")).resolve()
            if not dest.is_relative_to(root) or dest == root:
                result.ok = False
                result.problems.append(tr("{name}: path goes outside the folder (..)", name=info.filename))
                return result
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(read_member(zf, info, limits.max_file))
    return result
