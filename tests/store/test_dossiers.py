"""Dossiers: checklist, status flow, result → certificate, export (issue 4 items 1–5, 9)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile

import pytest

from ocop_desktop.demo import DEMO_TODAY
from ocop_desktop.demo_dossiers import DEMO_CHOICES, PRODUCT_NAME, demo_pdf
from ocop_desktop.domain.dossier import Dossier, item_key
from ocop_desktop.exports.dossier_export import export_dossier
from ocop_desktop.exports.dossier_zip import MANIFEST, check_zip
from ocop_desktop.store.dossier_attachments import add_attachment
from ocop_desktop.store.dossiers import (
    TEST_REPORT_SETTING, dossier_checklist, dossier_ids, get_dossier, record_result, registration_form,
    save_dossier, save_registration_form, set_status,
)
from ocop_desktop.store.errors import StoreError, ValidationError

DOC = "01 - Phiếu đăng ký và báo cáo tự đánh giá"


def _demo_dossier(store) -> int:
    ids = dossier_ids(store)
    assert len(ids) == 1
    return ids[0]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_demo_dossier_exports_readable_pdf_docx_and_manifest(demo_store, tmp_path):
    did = _demo_dossier(demo_store)
    path = export_dossier(demo_store, did, tmp_path, today=DEMO_TODAY)
    assert path.name == "Hồ sơ OCOP - Sắn muối chua Liên Gia Trang - 2026 - 1.zip"
    assert check_zip(path).ok
    total = demo_store.scalar("SELECT a.total FROM dossiers d JOIN assessments a ON a.id = d.assessment_id WHERE d.id = ?", [did])
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        # every checksum recomputed from the manifest
        assert {e["path"] for e in manifest["files"]} | {MANIFEST} == set(zf.namelist())
        for entry in manifest["files"]:
            data = zf.read(entry["path"])
            assert len(data) == entry["size"] and hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert manifest["format_version"] == 1
        assert manifest["product"]["name"] == PRODUCT_NAME
        assert manifest["assessment"]["total"] == total
        assert manifest["dossier"]["registration_type"] == "reevaluation" and manifest["dossier"]["target_stars"] == 4
        text = _pdf_text(zf.read(f"{DOC}.pdf"))
        docx_bytes = zf.read(f"{DOC}.docx")
        assert "Minh chứng/C8b - Kiểm tra định kỳ các chỉ tiêu ATTP theo quy định/Phiếu kết quả kiểm nghiệm 06-2025.pdf" in zf.namelist()
    assert "PHIẾU ĐĂNG KÝ" in text
    assert PRODUCT_NAME in text.replace("\n", " ")
    assert f"{total}/100" in text
    import docx
    document = docx.Document(io.BytesIO(docx_bytes))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "PHIẾU ĐĂNG KÝ" in paragraphs
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert PRODUCT_NAME in cells
    assert "C8b" in cells
    # the assessor's evidence notes go with their criterion (demo note of A1a)
    note = "Ghi chú: Hợp đồng thu mua sắn với 14 hộ thành viên, vùng nguyên liệu 12 ha"
    a1a = next(row for t in document.tables for row in t.rows if row.cells[0].text == "A1a")
    assert a1a.cells[-1].text.endswith(note)
    assert note in text.replace("\n", " ")
    # privacy (issue 6 item 7): members' ID numbers and phones never leave in a dossier
    for number, phone in demo_store.db.execute("SELECT id_number, phone FROM members").fetchall():
        for value in (number, phone):
            if value:
                assert value not in text and value not in paragraphs and value not in json.dumps(manifest)


def test_hand_computed_total_in_pdf(store, tmp_path):
    # DEMO_CHOICES on form 07 add up to A 33 + B 19 + C 21 = 73 points (sum by hand).
    from ocop_desktop.demo_dossiers import add_dossier_demo
    add_dossier_demo(store)
    path = export_dossier(store, _demo_dossier(store), tmp_path, today=DEMO_TODAY)
    with zipfile.ZipFile(path) as zf:
        text = _pdf_text(zf.read(f"{DOC}.pdf"))
        manifest = json.loads(zf.read(MANIFEST))
    assert "73/100" in text
    assert [(p["letter"], p["points"]) for p in manifest["assessment"]["parts"]] == [("A", 33), ("B", 19), ("C", 21)]
    assert manifest["assessment"]["stars"] == 4


def test_checklist_flags_old_test_report_and_expired_certificate(demo_store):
    did = _demo_dossier(demo_store)
    checklist = dossier_checklist(demo_store, did, DEMO_TODAY)
    items = {i.key: i for i in checklist.items}
    # report dated 10/06/2025; 12 months before 29/11/2026 is 29/11/2025 → too old
    assert "old_test_report" in items["C8b:periodic_test_report"].flags
    # food-safety certificate expired on 12/04/2025
    assert "expired" in items["C9:food_safety_certificate"].flags
    assert "missing" in items["C8a:quality_self_declaration"].flags
    assert items["B5b:product_story"].files  # the story attached to B5a also proves B5b
    assert any("10/06/2025" in b for b in checklist.blockers)
    assert 0 < checklist.completeness < 100
    # 24 months: 29/11/2024 < 10/06/2025 → no longer too old
    demo_store.set_setting(TEST_REPORT_SETTING, "24")
    items = {i.key: i for i in dossier_checklist(demo_store, did, DEMO_TODAY).items}
    assert "old_test_report" not in items["C8b:periodic_test_report"].flags


def test_failed_star_minimum_blocks(demo_store):
    did = _demo_dossier(demo_store)
    d = get_dossier(demo_store, did)
    choices = dict(DEMO_CHOICES, C9=2)  # 4★ needs C9 ≥ 3 (option "****" in form 07)
    demo_store.db.execute("UPDATE assessments SET choices = ? WHERE id = ?", [json.dumps(choices), d.assessment_id])
    checklist = dossier_checklist(demo_store, did, DEMO_TODAY)
    assert any(m.startswith("C9") for m in checklist.failed_minimums)


def test_ready_refused_with_blockers_then_result_creates_certificate(demo_store):
    did = _demo_dossier(demo_store)
    with pytest.raises(StoreError, match="C8b"):
        set_status(demo_store, did, "ready", DEMO_TODAY)
    assert get_dossier(demo_store, did).status == "draft"
    with pytest.raises(StoreError):
        record_result(demo_store, did, 4, "1234/QĐ-UBND", dt.date(2026, 11, 20), today=DEMO_TODAY)
    demo_store.db.execute("UPDATE dossiers SET status = 'submitted' WHERE id = ?", [did])
    cert_id = record_result(demo_store, did, 4, "1234/QĐ-UBND", dt.date(2026, 11, 20), "UBND tỉnh Phú Thọ", today=DEMO_TODAY)
    d = get_dossier(demo_store, did)
    assert (d.status, d.result_stars, d.certificate_id, d.decision_no) == ("result", 4, cert_id, "1234/QĐ-UBND")
    row = demo_store.query("SELECT * FROM certificates WHERE id = ?", [cert_id])[0]
    # 36 months from 20/11/2026 (Decision 148 Annex II)
    assert (row["stars"], row["issue_date"], row["expiry_date"], row["authority_level"]) == (4, "2026-11-20", "2029-11-20", "province")


def test_registration_form_filled_from_profile_and_editable(demo_store):
    did = _demo_dossier(demo_store)
    form = registration_form(demo_store, did, DEMO_TODAY)
    assert form.unit_name == "Hợp tác xã sản xuất và chế biến nông sản Liên Gia Trang"
    assert form.representative == "Nguyễn Thị Hằng" and form.position == "Giám đốc"
    assert form.product_name == PRODUCT_NAME and form.samples == 5 and form.registration_type == "reevaluation"
    form.product_name = "Sắn muối chua (hũ 500 g)"
    save_registration_form(demo_store, did, form)
    assert registration_form(demo_store, did).product_name == "Sắn muối chua (hũ 500 g)"


def test_dossier_validation(demo_store):
    pid = demo_store.scalar("SELECT id FROM products ORDER BY id LIMIT 1")
    with pytest.raises(ValidationError) as err:
        save_dossier(demo_store, Dossier(product_id=pid, year=26, target_stars=2))
    assert {f for f, _ in err.value.problems} == {"year", "target_stars"}
    did = save_dossier(demo_store, Dossier(product_id=pid, year=2027, target_stars=3))
    with pytest.raises(StoreError):
        add_attachment(demo_store, did, item_key("C8b", "periodic_test_report"), "a.exe", b"MZ\x90")
    add_attachment(demo_store, did, item_key("C8b", "periodic_test_report"), "a.pdf", demo_pdf("X", []))


def test_documents_stay_vietnamese_with_english_ui(demo_store, tmp_path):
    from ocop_desktop import i18n
    i18n.set_language("en")
    path = export_dossier(demo_store, _demo_dossier(demo_store), tmp_path, today=DEMO_TODAY)
    with zipfile.ZipFile(path) as zf:
        text = _pdf_text(zf.read(f"{DOC}.pdf"))
    assert "PHIẾU ĐĂNG KÝ" in text and "BÁO CÁO TỰ ĐÁNH GIÁ" in text
    assert i18n.language() == "en"  # restored after rendering


def test_evidence_is_streamed_and_damaged_evidence_stops_the_export(demo_store, tmp_path, monkeypatch):
    """Issue 7: evidence is copied into the ZIP in chunks (a 50 MB file is never held whole);
    the chunks are hashed on the way, so evidence damaged inside the data file stops the
    export with a message and leaves no ZIP."""
    from ocop_desktop.store import dossier_attachments
    did = _demo_dossier(demo_store)
    real = dossier_attachments.attachment_stream
    monkeypatch.setattr("ocop_desktop.exports.dossier_export.attachment_stream",
                        lambda store, sha: real(store, sha, chunk=1000))  # many small chunks
    path = export_dossier(demo_store, did, tmp_path / "ok", today=DEMO_TODAY)
    assert check_zip(path).ok
    sha, size = demo_store.db.execute("SELECT sha256, size FROM dossier_blobs ORDER BY size DESC LIMIT 1").fetchone()
    assert size > 1000  # really read in several chunks
    demo_store.db.execute("UPDATE dossier_blobs SET content = zeroblob(length(content)) WHERE sha256 = ?", [sha])
    with pytest.raises(StoreError, match="hỏng"):
        export_dossier(demo_store, did, tmp_path / "bad", today=DEMO_TODAY)
    assert not list((tmp_path / "bad").glob("*.zip")) and not list((tmp_path / "bad").glob("*.part"))
