"""``dossier`` command line (issue 4 item 7)."""

from __future__ import annotations

import json
import zipfile

from ocop_desktop.cli import run


def test_list_export_verify(demo_template, tmp_path, capsys):
    import shutil
    db = tmp_path / "demo.ocop"
    shutil.copy(demo_template, db)
    assert run(["dossier", "list", "--db", str(db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(d["id"], d["product"], d["target_stars"]) for d in listed] == [(1, "Sắn muối chua Liên Gia Trang", 4)]
    assert run(["dossier", "export", "--db", str(db), "--dossier", "1", "--out", str(tmp_path / "out")]) == 0
    path = capsys.readouterr().out.strip()
    assert path.endswith(".zip") and zipfile.is_zipfile(path)
    assert run(["dossier", "verify", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
    # change one evidence file inside the ZIP: refused, exit 1, reason given
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".png"):
                data = data[:-1] + b"!"
            dst.writestr(info, data)
    assert run(["--lang", "en", "dossier", "verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Refused" in out and "SHA-256" in out
    assert run(["dossier", "export", "--db", str(db), "--dossier", "99", "--out", str(tmp_path)]) == 2
