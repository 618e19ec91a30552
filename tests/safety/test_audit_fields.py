"""History page and export: every logged column has a Vietnamese label and values read as
the app shows them (issue 6 item 5; the raw names and ISO times were found on the History
page of the demo)."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from ocop_desktop.domain.audit_fields import DETAIL_FIELDS, FIELD_LABELS, HIDDEN_FIELDS, field_label, show_value
from ocop_desktop.store import audit
from ocop_desktop.store.db import create_store


def test_every_audited_column_of_a_new_file_has_a_label(tmp_path):
    store = create_store(tmp_path / "new.ocop")
    try:
        missing = []
        for table in audit.AUDITED_TABLES:
            try:
                columns = [r[1] for r in store.db.execute(f'PRAGMA table_info("{table}")')]
            except sqlite3.Error:
                continue
            missing += [f"{table}.{c}" for c in columns
                        if c not in FIELD_LABELS and c not in HIDDEN_FIELDS and c not in audit._SKIP_COLUMNS]
    finally:
        store.close()
    assert missing == []


@pytest.fixture
def vietnam_time():
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_values_read_as_on_screen(vietnam_time):
    assert field_label("item_key") == "Mục hồ sơ"
    # evidence.json (Decision 148/QĐ-TTg checklist): packaging_samples
    assert show_value("item_key", "A2b:packaging_samples") == "A2b · Mẫu bao bì, hình ảnh đóng gói sản phẩm"
    assert show_value("registration_type", "reevaluation") == "Đánh giá lại"
    assert show_value("status", "submitted") == "Đã nộp"
    # SQLite's datetime('now') is UTC; Vietnam is UTC+7
    assert show_value("locked_at", "2026-11-30 05:43:58") == "30/11/2026 12:43"
    assert show_value("trademark_date", "2024-03-05") == "05/03/2024"
    assert show_value("price", 125_000) == "125.000 ₫"
    assert show_value("total", 85, "assessments") == "85 điểm"
    assert show_value("province_code", 25) == "Phú Thọ"
    assert show_value("ward_code", 7948) == "Phường Âu Cơ"
    assert show_value("rep_woman_or_minority", 1) == "Có"
    assert show_value("choices", '{"A1": 3}') == "(chi tiết)"
    story = "Sản phẩm " * 20
    shown = show_value("story", story)
    assert len(shown) == 80 and shown.endswith("…") and story.startswith(shown[:-1])
    assert show_value("ward_code", 999_999_999) == "999999999"  # an unknown code stays as it is
    assert show_value("notes", "") == "—"
    assert show_value("dossier_id", 3) == "#3"
    # vouchers (Circular 71/2019 forms: phiếu chi) and their codes
    assert show_value("vtype", "cash_payment") == "Phiếu chi"
    assert show_value("category", "wages") == "Trả tiền công lao động"
    assert show_value("channel", "ecommerce", "vouchers") == "Thương mại điện tử"
    assert show_value("channel", "supermarket", "product_channels") == "Chuỗi siêu thị"
    assert show_value("kind", "self", "assessments") == "Tự đánh giá"
    assert show_value("month", "2025-12", "locked_months") == "12/2025"
    # an OCOP certificate is not a capital certificate
    assert field_label("certificate_no", "certificates") == "Số giấy chứng nhận"
    assert field_label("certificate_no", "members") == "Số giấy chứng nhận góp vốn"


def test_detail_columns_show_only_that_they_changed():
    from ocop_desktop.ui.models.audit import changes_text
    entry = {"action": "update", "table_name": "assessments",
             "old": {"name": "Mật ong", "choices": '{"A1": 1}', "total": 60},
             "new": {"name": "Mật ong", "choices": '{"A1": 3}', "total": 64}}
    assert changes_text(entry) == "Mức đã chọn của các tiêu chí: sửa đổi; Tổng điểm: 60 điểm → 64 điểm"
    added = {"action": "insert", "table_name": "assessments", "old": None,
             "new": {"name": "Mật ong", "choices": '{"A1": 1}', "total": 60}}
    assert changes_text(added) == "Tên: Mật ong; Tổng điểm: 60 điểm"
    assert DETAIL_FIELDS <= set(FIELD_LABELS)


def test_search_finds_values_typed_as_the_screen_shows_them(store):
    """Found by review: "Thành viên chính thức", "5.606.000" and "16/11/2026" found nothing
    (the log stores official, 5606000, 2026-11-16)."""
    import datetime as dt

    from ocop_desktop.domain.members import Contribution, Member
    from ocop_desktop.store import members as members_store
    member = Member(full_name="Trần Văn Bình", member_type="official", sex="M", capital_committed=5_606_000,
                    join_date=dt.date(2026, 11, 16),
                    contributions=[Contribution(date=dt.date(2026, 11, 16), amount=5_606_000)])
    members_store.save_member(store, member, today=dt.date(2026, 11, 29))
    member_entries = set(audit.entry_ids(store, table="members"))
    for typed in ("Thành viên chính thức", "thanh vien chinh thuc", "5.606.000", "5.606.000 ₫", "16/11/2026"):
        assert set(audit.entry_ids(store, table="members", search=typed)) == member_entries, typed
    assert audit.entry_ids(store, table="members", search="Thành viên liên kết góp vốn") == []
    assert audit.entry_ids(store, table="members", search="17/11/2026") == []
