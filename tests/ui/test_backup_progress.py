"""The backup progress dialog used before imports and postings (issue 7)."""

from ocop_desktop.ui.backup_progress import BackupProgress


def test_backup_progress_shows_share_then_check_and_cancels(qtbot):
    with BackupProgress(None, "Nhập chứng từ") as progress:
        assert progress("copy", 250, 1000) is True
        assert (progress.dialog.value(), progress.dialog.maximum()) == (250, 1000)
        assert progress.dialog.labelText() == "Đang sao lưu tệp trước: 25%"
        assert progress("check", 0, 0) is True
        assert progress.dialog.maximum() == 0 and progress.dialog.labelText() == "Đang kiểm tra bản sao lưu…"
        progress.dialog.cancel()
        assert progress("check", 0, 0) is False
