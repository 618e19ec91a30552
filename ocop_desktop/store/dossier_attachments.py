"""Evidence files stored inside the cooperative's file (issue 4 item 4).

Contents live once in ``dossier_blobs`` keyed by their SHA-256; ``dossier_files`` links a
blob to a dossier checklist item with the file's name, document date and expiry. Adding the
same bytes twice stores them once; removing the last link removes the blob.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ocop_desktop.domain.formats import format_megabytes
from ocop_desktop.domain.dossier_files import DEFAULT_MAX_FILE_MB, FileKindError, looks_complete, sniff_kind
from ocop_desktop.domain.formats import format_date, from_iso, iso
from ocop_desktop.domain.text import nfc
from ocop_desktop.i18n import tr
from ocop_desktop.store.db import Store
from ocop_desktop.store.errors import StoreError

__all__ = [
    "Attachment", "MAX_FILE_SETTING", "max_file_bytes", "add_attachment", "add_attachment_file",
    "list_attachments", "attachment_content", "attachment_stream", "remove_attachment", "update_attachment",
]

#: Setting key (``settings`` table): per-file limit in megabytes (default 50).
MAX_FILE_SETTING = "dossier.max_file_mb"


@dataclass
class Attachment:
    """One evidence file linked to a dossier item. ``size`` in bytes; dates or ``None``."""

    id: int
    dossier_id: int
    item_key: str
    file_name: str
    sha256: str
    kind: str
    size: int
    doc_date: dt.date | None
    expiry_date: dt.date | None
    note: str


def max_file_bytes(store: Store) -> int:
    """The per-file size limit in bytes from the setting :data:`MAX_FILE_SETTING`
    (megabytes, default :data:`DEFAULT_MAX_FILE_MB`; 1 MB = 1 048 576 bytes)."""
    raw = store.get_setting(MAX_FILE_SETTING)
    try:
        mb = int(raw) if raw else DEFAULT_MAX_FILE_MB
    except ValueError:
        mb = DEFAULT_MAX_FILE_MB
    return max(mb, 1) * 1024 * 1024


def _check(store: Store, name: str, data: bytes, max_bytes: int | None) -> str:
    limit = max_bytes if max_bytes is not None else max_file_bytes(store)
    if len(data) > limit:
        raise StoreError(tr("{name} is {size} MB; the limit per file is {limit} MB.", name=name,
                            size=format_megabytes(len(data)), limit=format_megabytes(limit)))
    if not data:
        raise StoreError(tr("{name} is empty.", name=name))
    try:
        kind = sniff_kind(data, name)
    except FileKindError as err:
        raise StoreError(str(err)) from err
    if not looks_complete(data, kind):
        raise StoreError(tr("{name} is incomplete: the end of the PDF is missing (the download or copy was cut "
                            "off). Open it to check, then download or copy it again.", name=name))
    return kind


def add_attachment(store: Store, dossier_id: int, item_key: str, file_name: str, data: bytes,
                   doc_date: dt.date | None = None, expiry_date: dt.date | None = None,
                   note: str = "", max_bytes: int | None = None) -> int:
    """Attach *data* (bytes) named *file_name* to checklist item *item_key* of a dossier.

    The type is read from the content (:func:`sniff_kind`), the size checked against
    :func:`max_file_bytes` (or *max_bytes*). Identical contents are stored once (SHA-256);
    the same contents twice in one item are refused (one document may serve several items).
    Returns the new link's id. Raises :class:`StoreError` naming the file when it is
    refused; nothing is written then."""
    file_name = nfc(Path(file_name).name) or "file"
    kind = _check(store, file_name, data, max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    if not store.scalar("SELECT 1 FROM dossiers WHERE id = ?", [dossier_id]):
        raise StoreError(tr("Dossier {id} does not exist", id=dossier_id))
    same = store.scalar("SELECT file_name FROM dossier_files WHERE dossier_id = ? AND item_key = ? AND sha256 = ?",
                        [dossier_id, item_key, digest])
    if same is not None:  # the same document twice in one item would be sent twice to the council
        raise StoreError(tr("{name} is already attached to this item (as {existing}).", name=file_name, existing=same))
    with store.atomic() as db:
        db.execute("INSERT OR IGNORE INTO dossier_blobs (sha256, kind, size, content) VALUES (?, ?, ?, ?)",
                   [digest, kind, len(data), data])
        cur = db.execute(
            "INSERT INTO dossier_files (dossier_id, item_key, file_name, sha256, doc_date, expiry_date, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [dossier_id, item_key, file_name, digest, iso(doc_date), iso(expiry_date), note or None])
        return cur.lastrowid


def add_attachment_file(store: Store, dossier_id: int, item_key: str, path: str | Path, **kwargs) -> int:
    """Read *path* and :func:`add_attachment` it (the size is checked before reading)."""
    path = Path(path)
    limit = kwargs.get("max_bytes") or max_file_bytes(store)
    try:
        size = path.stat().st_size
        if size > limit:
            raise StoreError(tr("{name} is {size} MB; the limit per file is {limit} MB.", name=path.name,
                                size=format_megabytes(size), limit=format_megabytes(limit)))
        data = path.read_bytes()
    except OSError as err:
        raise StoreError(tr("Could not read {path}: {reason}", path=str(path), reason=err.strerror or str(err))) from err
    return add_attachment(store, dossier_id, item_key, path.name, data, **kwargs)


def _row(r: dict) -> Attachment:
    return Attachment(id=r["id"], dossier_id=r["dossier_id"], item_key=r["item_key"], file_name=r["file_name"],
                      sha256=r["sha256"], kind=r["kind"], size=r["size"], doc_date=from_iso(r["doc_date"]),
                      expiry_date=from_iso(r["expiry_date"]), note=r["note"] or "")


def list_attachments(store: Store, dossier_id: int, item_key: str | None = None) -> list[Attachment]:
    """Attachments of a dossier (optionally of one item), by item then file name."""
    sql = ("SELECT f.*, b.kind, b.size FROM dossier_files f JOIN dossier_blobs b USING (sha256) "
           "WHERE f.dossier_id = ?")
    params: list = [dossier_id]
    if item_key is not None:
        sql += " AND f.item_key = ?"
        params.append(item_key)
    return [_row(r) for r in store.query(sql + " ORDER BY f.item_key, f.file_name, f.id", params)]


def attachment_content(store: Store, sha256: str) -> bytes:
    """The stored bytes of a blob; raises :class:`StoreError` when missing."""
    row = store.db.execute("SELECT content FROM dossier_blobs WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise StoreError(tr("The evidence file {sha} is missing from the data file.", sha=sha256[:12]))
    return bytes(row[0])


def attachment_stream(store: Store, sha256: str, chunk: int = 1 << 20):
    """The stored blob *sha256* as ``(size in bytes, iterator of chunks of ≤ *chunk* bytes)``,
    read with SQLite's incremental blob I/O so a 50 MB evidence file is never held whole in
    memory (issue 7); raises :class:`StoreError` when missing."""
    row = store.db.execute("SELECT rowid, length(content) FROM dossier_blobs WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise StoreError(tr("The evidence file {sha} is missing from the data file.", sha=sha256[:12]))
    rowid, size = row

    def chunks():
        with store.db.conn.blobopen("dossier_blobs", "content", rowid, readonly=True) as blob:
            while True:
                data = blob.read(chunk)
                if not data:
                    return
                yield data
    return size, chunks()


def update_attachment(store: Store, attachment_id: int, doc_date: dt.date | None,
                      expiry_date: dt.date | None, note: str = "") -> None:
    """Change the document date, expiry and note of one attachment."""
    if doc_date and expiry_date and expiry_date < doc_date:
        raise StoreError(tr("The expiry date {expiry} is before the document date {date}.",
                            expiry=format_date(expiry_date), date=format_date(doc_date)))
    with store.atomic() as db:
        db.execute("UPDATE dossier_files SET doc_date = ?, expiry_date = ?, note = ? WHERE id = ?",
                   [iso(doc_date), iso(expiry_date), note or None, attachment_id])


def remove_attachment(store: Store, attachment_id: int) -> None:
    """Unlink an attachment; its blob is deleted when no other link uses it."""
    with store.atomic() as db:
        row = db.execute("SELECT sha256 FROM dossier_files WHERE id = ?", [attachment_id]).fetchone()
        if row is None:
            return
        db.execute("DELETE FROM dossier_files WHERE id = ?", [attachment_id])
        db.execute("DELETE FROM dossier_blobs WHERE sha256 = ? AND NOT EXISTS "
                   "(SELECT 1 FROM dossier_files WHERE sha256 = ?)", [row[0], row[0]])
