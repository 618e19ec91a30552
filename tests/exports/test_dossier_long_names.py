"""Very long names do not break the DOCX export (core properties hold 255 characters)."""

import io

from docx import Document

from ocop_desktop.domain.dossier_docs import RegistrationForm
from ocop_desktop.exports.dossier_docx import dossier_docx


def test_long_product_and_unit_names():
    form = RegistrationForm(unit_name="Hợp tác xã " + "Liên Gia Trang " * 12, product_name="Sắn muối chua " * 14)
    data = dossier_docx(form, None)
    doc = Document(io.BytesIO(data))
    assert len(doc.core_properties.title) <= 255
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any(c.startswith("Sắn muối chua") for c in cells)


def test_verify_messages_have_no_python_english(tmp_path):
    from ocop_desktop.exports.dossier_zip import check_zip as verify_zip
    bad = tmp_path / "hồ sơ.zip"
    bad.write_bytes(b"not a zip at all")
    result = verify_zip(bad)
    assert not result.ok
    text = " ".join(result.problems)
    assert "không phải tệp ZIP" in text and "File is not a zip file" not in text


def test_verify_refuses_windows_device_names(tmp_path):
    import zipfile
    from ocop_desktop.exports.dossier_zip import check_zip
    bad = tmp_path / "con.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("Minh chứng/CON.pdf", b"%PDF-1.4")
    result = check_zip(bad)
    assert not result.ok and any("CON.pdf" in p for p in result.problems)
