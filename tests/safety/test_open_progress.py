"""Issue 7: upgrading a big file runs on a worker thread behind a progress dialog that names
each stage (a 3.8 GB file spends minutes on its backup and the new steps)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from ocop_desktop.store import backup, migrations
from ocop_desktop.store.errors import NewerSchemaError
from ocop_desktop.ui import safety_open

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-v1.ocop"


def test_big_file_upgrade_runs_off_the_gui_thread_with_stages(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "old.ocop"
    shutil.copy(FIXTURE, path)
    monkeypatch.setattr(backup, "BACKGROUND_MIN_BYTES", 0)
    threads, labels = [], []
    first = migrations.STEPS[1]

    def step(db):
        threads.append(threading.current_thread().name)
        return first(db)
    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], step, *migrations.STEPS[2:]])
    real_set = QProgressDialog.setLabelText
    monkeypatch.setattr(QProgressDialog, "setLabelText", lambda self, text: (labels.append(text), real_set(self, text)))
    store = safety_open.open_with_recovery(None, path)
    try:
        assert store is not None and store.schema_version == migrations.SCHEMA_VERSION
        assert threads == ["ocop-upgrade"]
        total = migrations.SCHEMA_VERSION - 1
        assert labels[0].startswith("Đang sao lưu tệp trước khi nâng cấp")
        assert any(text.startswith(f"Đang nâng cấp dữ liệu: bước 1/{total}") for text in labels)
        assert any(text.startswith(f"Đang nâng cấp dữ liệu: bước {total}/{total}") for text in labels)
        assert [b.reason for b in backup.list_backups(path)] == ["before-migration"]
        assert store.scalar("SELECT COUNT(*) FROM members") > 0  # the fixture's members kept
    finally:
        store.close()


def test_small_file_or_current_file_opens_directly(tmp_path, monkeypatch, store):
    path = store.path
    store.close()
    monkeypatch.setattr(backup, "BACKGROUND_MIN_BYTES", 0)
    from ocop_desktop.store.db import pending_upgrade
    assert pending_upgrade(path) == 0
    s = safety_open.open_showing_progress(None, path)  # current: no dialog, no thread
    assert s.schema_version == migrations.SCHEMA_VERSION
    s.close()


def test_errors_of_the_worker_reach_the_caller(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "old.ocop"
    shutil.copy(FIXTURE, path)
    monkeypatch.setattr(backup, "BACKGROUND_MIN_BYTES", 0)

    def broken(db):
        raise NewerSchemaError("hỏng")
    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], broken, *migrations.STEPS[2:]])
    with pytest.raises(NewerSchemaError):
        safety_open.open_showing_progress(None, path)
