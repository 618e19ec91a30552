"""Translations without Qt: one catalog for every layer.

User-facing strings are written in English in the code and wrapped in :func:`tr`. The
Vietnamese translations live in ``resources/i18n/vi/*.ts`` (Qt Linguist XML, context
``ocop``, one file per area; ``python -m ocop_desktop.i18n_update`` adds new strings); the GUI also installs the compiled ``.qm`` through ``QTranslator`` so
Qt-side lookups agree. Non-Qt layers (domain, store, exports, CLI) read the ``.ts`` directly,
so they never import Qt (DESIGN.md "Shape").

Vietnamese is the default language; :func:`set_language` switches to ``"en"``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from ocop_desktop import RESOURCES

__all__ = ["tr", "N_", "set_language", "language", "TS_DIR", "load_catalog"]

TS_DIR = RESOURCES / "i18n" / "vi"
CONTEXT = "ocop"
_language = "vi"


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, str]:
    """Return {English source: Vietnamese translation} read from every ``.ts`` file in
    :data:`TS_DIR` (Qt's own ``qtbase.ts`` excluded).

    Unfinished or empty translations are left out (the English text is shown instead).
    """
    catalog: dict[str, str] = {}
    for path in sorted(TS_DIR.glob("*.ts")):
        if path.stem != "qtbase":
            _read_into(catalog, path)
    return catalog


def _read_into(catalog: dict[str, str], path) -> None:
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or not (node.text or "").strip():
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalog[source] = node.text


def set_language(code: str) -> None:
    """Choose the UI language: ``"vi"`` (default) or ``"en"``.

    Raises ValueError for any other code."""
    global _language
    if code not in ("vi", "en"):
        raise ValueError(f"unsupported language: {code!r}")
    _language = code


def language() -> str:
    """The current UI language code (``"vi"`` or ``"en"``)."""
    return _language


def tr(text: str, /, **kwargs: object) -> str:
    """Translate *text* (English source) into the current language, then fill
    ``{name}`` placeholders from *kwargs* with :meth:`str.format`."""
    out = load_catalog().get(text, text) if _language == "vi" else text
    return out.format(**kwargs) if kwargs else out


def N_(text: str) -> str:
    """Mark *text* for translation without translating it now (for tables of labels that
    :func:`tr` translates at display time); returns *text* unchanged."""
    return text
