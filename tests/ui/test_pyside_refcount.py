"""Guard against the PySide6 build that leaks references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt method call that
returns nothing (``QLabel.setText``…); after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc" (found by the province-scale benchmark, issue 7). The
project pins ``PySide6-Essentials<6.12``; this test fails if a leaking build is installed.
"""

import sys

import pytest
from PySide6.QtWidgets import QComboBox, QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_references(qtbot):
    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    combo.addItems(["a", "b"])
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        combo.setCurrentIndex(1)
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"{lost} references to None lost in 1000 void Qt calls"
