"""domain/, store/ and exports/ never import Qt (DESIGN.md "Shape")."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import ocop_desktop

ROOT = Path(ocop_desktop.__file__).resolve().parent.parent

SCRIPT = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt imported from a non-UI layer: ' + name)
        return None
sys.meta_path.insert(0, Block())
import ocop_desktop
names = []
for layer in ('domain', 'store', 'exports', 'imports'):
    try:
        pkg = importlib.import_module('ocop_desktop.' + layer)
    except ModuleNotFoundError:
        continue
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
        importlib.import_module(info.name)
        names.append(info.name)
import ocop_desktop.demo, ocop_desktop.i18n
print(len(names))
"""


def test_non_ui_layers_import_without_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 5


def test_the_blocker_really_blocks_qt():
    """The check above would catch a Qt import: importing the UI under the same blocker fails."""
    script = SCRIPT.replace("print(len(names))", "import ocop_desktop.ui.main_window")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0
    assert "Qt imported from a non-UI layer" in result.stderr
