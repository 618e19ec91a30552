"""Keep the Vietnamese translation files in step with the code.

``python -m ocop_desktop.i18n_update`` scans ``ocop_desktop/**.py`` for ``tr("…")`` and ``N_("…")`` calls
(string literals only), adds every new source string to ``resources/i18n/vi/<area>.ts`` as
*unfinished* (area chosen from the file path, see :data:`AREAS`), and compiles each ``.ts``
into a ``.qm`` with ``pyside6-lrelease`` when that tool is available.

Fill the ``<translation>`` elements by hand and remove ``type="unfinished"``; the test
``tests/unit/test_i18n.py`` fails while any string lacks a Vietnamese translation.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ocop_desktop import RESOURCES

PACKAGE = Path(__file__).resolve().parent
I18N_DIR = RESOURCES / "i18n" / "vi"
CONTEXT = "ocop"

#: (substring of the module path, area file); first match wins; otherwise "common".
AREAS = [
    ("dossier", "dossiers"),
    ("ocop", "ocop"), ("product", "ocop"), ("assess", "ocop"), ("certificate", "ocop"), ("forms", "ocop"),
    ("income", "income"), ("voucher", "income"), ("account", "income"), ("book", "income"),
    ("ledger", "income"), ("report", "income"), ("distribution", "income"), ("dashboard", "income"),
    ("backup", "safety"), ("lock", "safety"), ("audit", "safety"), ("safety", "safety"), ("recovery", "safety"),
    ("member", "members"), ("import", "members"),
]


def area_for(path: Path) -> str:
    """The translation file (area) a source file's new strings go to."""
    rel = str(path.relative_to(PACKAGE)).lower()
    for needle, area in AREAS:
        if needle in rel:
            return area
    return "common"


def extract(package: Path = PACKAGE) -> dict[str, Path]:
    """``{source string: first file using it}`` for every literal ``tr("…")`` call."""
    found: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in ("tr", "N_"):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, path)
    return found


def read_ts(path: Path) -> dict[str, str | None]:
    """``{source: translation or None when unfinished}`` of one ``.ts`` file."""
    out: dict[str, str | None] = {}
    if not path.exists():
        return out
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        done = node is not None and (node.text or "").strip() and node.get("type") not in ("unfinished", "obsolete", "vanished")
        out[source] = node.text if done else None
    return out


def write_ts(path: Path, messages: dict[str, str | None]) -> None:
    """Write ``messages`` as a Qt Linguist file (context :data:`CONTEXT`), sorted by source."""
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source in sorted(messages):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        node = ET.SubElement(msg, "translation")
        if messages[source]:
            node.text = messages[source]
        else:
            node.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + data + "\n", encoding="utf-8")


def all_ts_files() -> list[Path]:
    """Every Vietnamese ``.ts`` area file of the app (Qt's own ``qtbase.ts`` excluded: it is
    written by hand with Qt's contexts and only compiled here)."""
    return sorted(p for p in I18N_DIR.glob("*.ts") if p.stem != "qtbase")


def compile_qm() -> None:
    """Compile each ``.ts`` into a ``.qm`` beside it with ``pyside6-lrelease`` (if present)."""
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(tool).exists() and not shutil.which(tool):
        print("pyside6-lrelease not found: .qm files not rebuilt")
        return
    for ts in sorted(I18N_DIR.glob("*.ts")):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def update() -> int:
    """Add new strings to the area files; returns how many strings are untranslated."""
    known: dict[str, str | None] = {}
    files = {p.stem: read_ts(p) for p in all_ts_files()}
    for messages in files.values():
        for s, t in messages.items():
            if t or s not in known:
                known[s] = t
    for source, path in extract().items():
        if source not in known:
            files.setdefault(area_for(path), {})[source] = None
            known[source] = None
    for area, messages in files.items():
        write_ts(I18N_DIR / f"{area}.ts", messages)
    compile_qm()
    missing = [s for s, t in known.items() if not t]
    for s in missing:
        print("untranslated:", s)
    return len(missing)


if __name__ == "__main__":
    update()
