"""Probe for the PySide6 reference bug that crashes the app at scale (RESULTS.md item 1).

``python -m benchmarks.pyside_none_probe`` prints, for a few void Qt methods called from
Python, how ``sys.getrefcount(None)`` changes per call. −1.00 means every call drops a
reference to ``None``; under Python 3.11 (``None`` not immortal) the process dies with
"Fatal Python error: none_dealloc" after a few thousand such calls.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def none_lost_per_call(calls: int = 200) -> float:
    """References to ``None`` lost per ``QLabel.setText`` call (0.0 on a sound build);
    needs a ``QApplication``."""
    from PySide6.QtWidgets import QLabel
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(calls):
        label.setText("x")
    return (before - sys.getrefcount(None)) / calls


def main() -> int:
    import PySide6
    from PySide6.QtWidgets import QApplication, QComboBox, QLabel
    app = QApplication.instance() or QApplication([])  # noqa: F841
    combo, label = QComboBox(), QLabel()
    combo.addItems(["a", "b"])
    calls = {
        "QLabel.setText": lambda: label.setText("x"),
        "QComboBox.setCurrentIndex": lambda: combo.setCurrentIndex(1),
        "QComboBox.addItem": lambda: combo.addItem("z", 1),
    }
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}, None refcount {sys.getrefcount(None)}")
    for name, call in calls.items():
        before = sys.getrefcount(None)
        for _ in range(200):
            call()
        print(f"{name:28s} {(sys.getrefcount(None) - before) / 200:+.2f} reference(s) to None per call")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
