"""OCOP Desktop: a desktop application for Vietnamese cooperatives (hợp tác xã).

Layers (see docs/ARCHITECTURE.md): ``ui`` → ``exports``/``store`` → ``domain``.
``domain``, ``store`` and ``exports`` never import Qt.
"""

from pathlib import Path

__version__ = "0.1.0"

#: Folder of data the app ships (forms, demo, translations, fonts).
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
