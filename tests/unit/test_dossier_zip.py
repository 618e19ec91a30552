"""Dossier ZIP format: writing, checking and safe extraction (issue 4 items 5 and 6)."""

from __future__ import annotations

import hashlib
import json
import stat
import warnings
import zipfile

import pytest

from ocop_desktop.domain.dossier_files import FileKindError, safe_name, safe_path, sniff_kind
from ocop_desktop.exports.dossier_zip import (
    FORMAT, MANIFEST, Limits, check_zip, extract_zip, write_dossier_zip,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _good(tmp_path, name="good.zip"):
    files = [("Minh chứng/C8b - Kiểm nghiệm/Phiếu kết quả.pdf", PDF, {"role": "evidence", "item": "C8b"}),
             ("Minh chứng/A2c - Nhãn/nhãn.png", PNG, {"role": "evidence", "item": "A2c"})]
    return write_dossier_zip(tmp_path / name, {"cooperative": {"name": "HTX Thử"}, "product": {"name": "Sắn"}}, files)


def _manifest(files: dict[str, bytes], version=1) -> str:
    return json.dumps({"format": FORMAT, "format_version": version, "files": [
        {"path": p, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for p, d in files.items()]})


def _raw_zip(path, entries, manifest_files=None, version=1):
    """entries: list of (ZipInfo or name, bytes). A manifest listing *manifest_files*
    (default: every entry) is added first."""
    listed = manifest_files if manifest_files is not None else {
        (e.filename if isinstance(e, zipfile.ZipInfo) else e): d for e, d in entries}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on the duplicate name we write on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, _manifest(listed, version))
            for entry, data in entries:
                zf.writestr(entry, data)
    return path


def test_valid_zip_passes_and_checksums_recompute(tmp_path):
    path = _good(tmp_path)
    result = check_zip(path)
    assert result.ok, result.problems
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        assert manifest["format_version"] == 1
        for entry in manifest["files"]:
            data = zf.read(entry["path"])
            assert len(data) == entry["size"]
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        # Vietnamese names are stored with the UTF-8 flag and read back unchanged
        assert "Minh chứng/C8b - Kiểm nghiệm/Phiếu kết quả.pdf" in zf.namelist()
    out = extract_zip(path, tmp_path / "out")
    assert out.ok
    assert (tmp_path / "out" / "Minh chứng" / "A2c - Nhãn" / "nhãn.png").read_bytes() == PNG


def _evil_cases(tmp_path):
    link = zipfile.ZipInfo("link.pdf")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    absolute = zipfile.ZipInfo("x")
    absolute.filename = "/tmp/evil-absolute.pdf"
    drive = zipfile.ZipInfo("y")
    drive.filename = "C:/Windows/evil.pdf"
    good = {"a.pdf": PDF}
    return {
        "absolute": (_raw_zip(tmp_path / "abs.zip", [(absolute, PDF)]), Limits(), "absolute path"),
        "drive": (_raw_zip(tmp_path / "drive.zip", [(drive, PDF)]), Limits(), "absolute path"),
        "dotdot": (_raw_zip(tmp_path / "dotdot.zip", [("../evil.pdf", PDF)]), Limits(), ".."),
        "backslash": (_raw_zip(tmp_path / "bs.zip", [("a\\..\\..\\evil.pdf", PDF)]), Limits(), ".."),
        "link": (_raw_zip(tmp_path / "link.zip", [(link, b"/etc/passwd")]), Limits(), "links"),
        "duplicate": (_raw_zip(tmp_path / "dup.zip", [("a.pdf", PDF), ("a.pdf", PDF)], good), Limits(), "duplicate"),
        "duplicate-case": (_raw_zip(tmp_path / "dupc.zip", [("a.pdf", PDF), ("A.PDF", PDF)], good), Limits(), "duplicate"),
        "file-size": (_raw_zip(tmp_path / "big.zip", [("big.pdf", PDF + b"x" * 2000)]), Limits(max_file=1000), "per file"),
        "total-size": (_raw_zip(tmp_path / "total.zip", [("a.pdf", PDF + b"1" * 900), ("b.pdf", PDF + b"2" * 900)]),
                       Limits(max_total=1500), "total"),
        # 20 MB of zeros deflate to about 20 KB: a ratio near 1000:1
        "bomb": (_raw_zip(tmp_path / "bomb.zip", [("bomb.pdf", b"\0" * (20 * 1024 * 1024))]), Limits(), "zip bomb"),
        "version": (_raw_zip(tmp_path / "ver.zip", [("a.pdf", PDF)], version=99), Limits(), "version 99"),
        "manifest-missing-file": (_raw_zip(tmp_path / "mm1.zip", [("a.pdf", PDF)], {"a.pdf": PDF, "b.pdf": PDF}),
                                  Limits(), "missing from the ZIP"),
        "manifest-extra-file": (_raw_zip(tmp_path / "mm2.zip", [("a.pdf", PDF), ("b.pdf", PDF)], good),
                                Limits(), "not listed"),
        "manifest-checksum": (_raw_zip(tmp_path / "mm3.zip", [("a.pdf", PDF[:-1] + b"X")], good), Limits(), "SHA-256"),
    }


@pytest.mark.parametrize("kind", ["absolute", "drive", "dotdot", "backslash", "link", "duplicate", "duplicate-case",
                                  "file-size", "total-size", "bomb", "version", "manifest-missing-file",
                                  "manifest-extra-file", "manifest-checksum"])
def test_malicious_zip_refused_and_nothing_written(tmp_path, kind):
    from ocop_desktop import i18n
    i18n.set_language("en")
    src = tmp_path / "src"
    src.mkdir()
    path, limits, words = _evil_cases(src)[kind]
    work = tmp_path / "work"
    work.mkdir()
    before = {p for p in tmp_path.rglob("*")}
    result = extract_zip(path, work / "target", limits)
    assert not result.ok
    assert any(words in p for p in result.problems), result.problems
    after = {p for p in tmp_path.rglob("*")}
    assert after == before  # nothing written anywhere, not even the target folder
    assert not (tmp_path / "evil.pdf").exists() and not (work / "evil.pdf").exists()


def test_not_a_zip(tmp_path):
    bad = tmp_path / "x.zip"
    bad.write_bytes(b"hello")
    assert not check_zip(bad).ok


def test_sniff_kind_by_content_not_name(tmp_path):
    assert sniff_kind(PDF, "a.jpg") == "pdf"
    assert sniff_kind(b"\xff\xd8\xff\xe0" + b"\0" * 10) == "jpeg"
    assert sniff_kind(PNG) == "png"
    import io
    import openpyxl
    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    assert sniff_kind(buf.getvalue(), "bang.pdf") == "xlsx"
    import docx
    buf = io.BytesIO()
    docx.Document().save(buf)
    assert sniff_kind(buf.getvalue()) == "docx"
    with pytest.raises(FileKindError):
        sniff_kind(b"MZ\x90\x00 this is an exe", "report.pdf")
    plain_zip = io.BytesIO()
    with zipfile.ZipFile(plain_zip, "w") as zf:
        zf.writestr("x.txt", "x")
    with pytest.raises(FileKindError):
        sniff_kind(plain_zip.getvalue(), "x.docx")


def test_safe_names_windows():
    assert safe_name('Hợp đồng: "liên kết" <2025>?.pdf') == "Hợp đồng- -liên kết- -2025--.pdf"
    assert safe_name("CON.pdf") == "_CON.pdf"
    assert safe_name("lpt1") == "_lpt1"
    assert safe_name("tên cuối. . ") == "tên cuối"
    assert safe_name("a/b\\c") == "a-b-c"
    long = safe_path("Minh chứng", "A1a - " + "Nguồn nguyên liệu " * 10, "Giấy " * 60 + ".pdf")
    assert len(long) <= 199 and long.endswith(".pdf")
    assert safe_name("x" * 300 + ".pdf", max_chars=80) == "x" * 76 + ".pdf"


from hypothesis import given, strategies as st  # noqa: E402


@given(st.text(max_size=300))
def test_safe_name_always_windows_safe(text):
    name = safe_name(text, max_chars=80)
    assert 0 < len(name) <= 81  # a device name may gain one "_"
    assert not any(c in name for c in '<>:"/\\|?*') and all(ord(c) >= 32 for c in name)
    assert not name.endswith((" ", "."))
    assert name.split(".")[0].upper().strip() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
