"""Evidence files stored in the cooperative file, content-addressed (issue 4 item 4)."""

from __future__ import annotations

import hashlib

import pytest

from ocop_desktop.store.dossier_attachments import (
    MAX_FILE_SETTING, add_attachment, attachment_content, list_attachments, max_file_bytes, remove_attachment,
)
from ocop_desktop.store.errors import StoreError

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def dossier_id(store):
    with store.atomic() as db:
        pid = db.execute("INSERT INTO products (name, name_folded, sort_key, form_code) "
                         "VALUES ('Sắn muối', 'san muoi', 'san muoi', '07')").lastrowid
        return db.execute("INSERT INTO dossiers (product_id, year) VALUES (?, 2026)", [pid]).lastrowid


def test_same_content_stored_once(store, dossier_id):
    a = add_attachment(store, dossier_id, "C8b", "phieu.pdf", PDF)
    b = add_attachment(store, dossier_id, "C9", "ban sao.PDF", PDF)
    assert a != b
    assert store.scalar("SELECT COUNT(*) FROM dossier_blobs") == 1
    digest = hashlib.sha256(PDF).hexdigest()
    assert {x.sha256 for x in list_attachments(store, dossier_id)} == {digest}
    assert attachment_content(store, digest) == PDF
    remove_attachment(store, a)
    assert store.scalar("SELECT COUNT(*) FROM dossier_blobs") == 1  # still used by b
    remove_attachment(store, b)
    assert store.scalar("SELECT COUNT(*) FROM dossier_blobs") == 0


def test_same_document_twice_in_one_item_is_refused(store, dossier_id):
    add_attachment(store, dossier_id, "C8b", "phieu.pdf", PDF)
    with pytest.raises(StoreError, match="phieu lan 2.pdf.*phieu.pdf"):
        add_attachment(store, dossier_id, "C8b", "phieu lan 2.pdf", PDF)
    assert [a.file_name for a in list_attachments(store, dossier_id)] == ["phieu.pdf"]
    add_attachment(store, dossier_id, "C8b", "phieu moi.pdf", PDF + b"\n")  # other contents: fine


def test_cut_off_pdf_is_refused(store, dossier_id):
    """A PDF whose end (``%%EOF``, ISO 32000-1 §7.5.5) is missing was cut off while
    downloading or copying: refused with the file named, nothing written."""
    whole = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    with pytest.raises(StoreError, match="giay-chung-nhan.pdf"):
        add_attachment(store, dossier_id, "C9", "giay-chung-nhan.pdf", whole[:20])
    assert list_attachments(store, dossier_id) == []
    add_attachment(store, dossier_id, "C9", "giay-chung-nhan.pdf", whole + b"\x00" * 100)  # bytes after %%EOF: fine
    assert len(list_attachments(store, dossier_id)) == 1


def test_type_checked_by_content(store, dossier_id):
    with pytest.raises(StoreError, match="virus.pdf"):
        add_attachment(store, dossier_id, "C8b", "virus.pdf", b"MZ\x90\x00not a pdf")
    assert store.scalar("SELECT COUNT(*) FROM dossier_files") == 0


def test_size_limit_is_a_setting(store, dossier_id):
    assert max_file_bytes(store) == 50 * 1024 * 1024  # default 50 MB (issue 4 item 4)
    store.set_setting(MAX_FILE_SETTING, "1")
    big = PDF + b"0" * (1024 * 1024)
    with pytest.raises(StoreError, match="big.pdf"):
        add_attachment(store, dossier_id, "C8b", "big.pdf", big)
    assert store.scalar("SELECT COUNT(*) FROM dossier_blobs") == 0
