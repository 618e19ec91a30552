"""Test set-up: offscreen Qt before any QApplication, a fresh database per test, isolated
QSettings and user data folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Keep platformdirs data and QSettings of every test in a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    from ocop_desktop import i18n
    i18n.set_language("vi")
    yield
    i18n.set_language("vi")


@pytest.fixture
def store(tmp_path):
    """A fresh, empty cooperative file with a profile (charter capital not set)."""
    from ocop_desktop.domain.cooperative import Cooperative
    from ocop_desktop.store.cooperative import save_cooperative
    from ocop_desktop.store.db import create_store
    s = create_store(tmp_path / "coop.ocop")
    save_cooperative(s, Cooperative(name="HTX Thử nghiệm"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo cooperative built once per session (copy it before writing)."""
    from ocop_desktop.demo import build_demo
    path = tmp_path_factory.mktemp("demo") / "demo.ocop"
    build_demo(path)
    return path


@pytest.fixture
def demo_store(tmp_path, demo_template):
    """A private copy of the demo cooperative, opened."""
    import shutil
    from ocop_desktop.store.db import open_store
    target = tmp_path / "demo.ocop"
    shutil.copy(demo_template, target)
    s = open_store(target)
    yield s
    s.close()


@pytest.fixture
def qsettings_isolated(tmp_path):
    """QSettings written to a temporary INI folder."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from PySide6.QtCore import QCoreApplication
    QCoreApplication.setOrganizationName("OCOP Desktop Tests")
    QCoreApplication.setApplicationName("OCOP Desktop Tests")
    yield
