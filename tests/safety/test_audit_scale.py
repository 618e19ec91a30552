"""Audit trail at province scale (issue 7): an update logs only the changed columns plus the
record's name; the History page reads a count and pages (no list of every id), a text
search runs on a worker thread; exports stream."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from ocop_desktop.domain.income.vouchers import Voucher
from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store import audit
from ocop_desktop.store import members as members_store
from ocop_desktop.store import vouchers as vs
from ocop_desktop.store.schema_audit_scale import AUDIT_INDEXES

TODAY = dt.date(2026, 11, 29)


def _member(name="Nguyễn Thị Hoa", capital=20_000_000):
    return Member(full_name=name, member_type="official", sex="F", capital_committed=capital, phone="0900000001",
                  contributions=[Contribution(date=dt.date(2026, 1, 5), amount=5_000_000)])


def _newest(store, table):
    eid = store.scalar("SELECT MAX(id) FROM audit_log WHERE table_name = ?", [table])
    raw = store.query("SELECT action, old_json, new_json FROM audit_log WHERE id = ?", [eid])[0]
    return audit.entries(store, [eid])[eid], raw


# --- smaller update entries ---------------------------------------------------------

def test_member_edit_logs_changed_columns_and_the_name(store):
    mid, _ = members_store.save_member(store, _member(), today=TODAY)
    member = members_store.get_member(store, mid)
    member.phone = "0912345678"
    members_store.save_member(store, member, today=TODAY)
    entry, raw = _newest(store, "members")
    assert raw["action"] == "update"
    # phone and the save time changed; full_name is kept to name the record; nothing else
    old, new = json.loads(raw["old_json"]), json.loads(raw["new_json"])
    assert set(old) == set(new) == {"full_name", "phone", "updated_at"}
    assert (old["full_name"], old["phone"], new["full_name"], new["phone"]) == (
        "Nguyễn Thị Hoa", "0900000001", "Nguyễn Thị Hoa", "0912345678")
    assert audit.changes(entry) == [("phone", "0900000001", "0912345678")]
    assert audit.record_label(entry) == "Nguyễn Thị Hoa"


def test_voucher_posting_logs_one_column_and_the_number(store):
    with store.atomic():
        v = vs.write_voucher(store, Voucher("cash_receipt", dt.date(2026, 3, 1), 100_000, "other_income", "thu khác"))
    entry, raw = _newest(store, "vouchers")
    # write_voucher inserts unposted, writes the lines, then posts: the last entry is 0 → 1
    assert raw["action"] == "update"
    assert json.loads(raw["old_json"]) == {"number": v.number, "posted": 0}
    assert json.loads(raw["new_json"]) == {"number": v.number, "posted": 1}
    assert audit.changes(entry) == [("posted", 0, 1)]
    assert audit.record_label(entry) == v.number == "PT-2026-0001"


def test_contribution_edit_keeps_member_id_for_the_record_name(qtbot, store):
    from ocop_desktop.ui.models.audit import AuditTableModel, changes_text
    mid, _ = members_store.save_member(store, _member(), today=TODAY)
    member = members_store.get_member(store, mid)
    member.contributions[0].amount = 6_000_000
    members_store.save_member(store, member, today=TODAY)
    entry, raw = _newest(store, "contributions")
    assert json.loads(raw["old_json"]) == {"member_id": mid, "amount": 5_000_000}
    assert audit.changes(entry) == [("amount", 5_000_000, 6_000_000)]
    model = AuditTableModel(store)
    assert model.record_text(entry) == "Nguyễn Thị Hoa"
    assert changes_text(entry) == "Giá trị (đồng): 5.000.000 ₫ → 6.000.000 ₫"


def test_update_changing_nothing_writes_nothing(store):
    mid, _ = members_store.save_member(store, _member(), today=TODAY)
    before = audit.entry_count(store)
    with store.atomic() as db:
        db.execute("UPDATE members SET phone = phone, name_folded = 'x' WHERE id = ?", [mid])  # name_folded: not logged
    assert audit.entry_count(store) == before


def test_old_full_row_entries_still_display(store):
    """Entries written before this change hold the whole row: same changes and name."""
    old = {"id": 7, "full_name": "Trần Văn Ba", "phone": "0900000001", "address": "Phú Thọ", "updated_at": "a"}
    new = dict(old, phone="0912345678", updated_at="b")
    with store.atomic() as db:
        db.execute("INSERT INTO audit_log (table_name, row_id, action, old_json, new_json) VALUES "
                   "('members', 7, 'update', ?, ?)", [json.dumps(old), json.dumps(new)])
    entry, _raw = _newest(store, "members")
    assert audit.changes(entry) == [("phone", "0900000001", "0912345678")]
    assert audit.record_label(entry) == "Trần Văn Ba"


def test_wide_table_update_logs_only_the_changed_column(store):
    cols = ", ".join(f"c{i} INTEGER" for i in range(150))  # more than one json_object()/json_remove() call
    with store.atomic() as db:
        db.execute(f"CREATE TABLE later_things (id INTEGER PRIMARY KEY, name TEXT, scan BLOB, {cols})")
    audit.AUDITED_TABLES["later_things"] = "Later thing"
    try:
        audit.install(store.db.conn)
        with store.atomic() as db:
            db.execute("INSERT INTO later_things (id, name, scan, c149) VALUES (1, 'PT001', x'0000', 1)")
            db.execute("UPDATE later_things SET c149 = 2, c0 = NULL WHERE id = 1")  # c0 stays NULL
            db.execute("UPDATE later_things SET scan = x'0102' WHERE id = 1")  # same size: logged as equal
        entry, raw = _newest(store, "later_things")
        assert json.loads(raw["old_json"]) == {"name": "PT001", "c149": 1}
        assert audit.changes(entry) == [("c149", 1, 2)]
    finally:
        del audit.AUDITED_TABLES["later_things"]


# --- paged reading -------------------------------------------------------------------

def _fill(store, rows):
    """Log entries (table, action, app_user, os_user, at) written directly; returns ids."""
    with store.atomic() as db:
        db.execute("DELETE FROM audit_log")
        return [db.execute("INSERT INTO audit_log (at, app_user, os_user, table_name, row_id, action, new_json) "
                           "VALUES (?, ?, ?, ?, 1, ?, ?)", [at, app, os_, table, action, json.dumps({"name": f"r{i}"})]
                           ).lastrowid for i, (table, action, app, os_, at) in enumerate(rows)]


def _day(d, h=3):
    return dt.datetime(2026, 11, d, h, tzinfo=dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_query_counts_and_pages_from_both_ends(store):
    rows = [("members" if i % 3 == 0 else "vouchers", "update" if i % 2 else "insert",
             "Chị Lan" if i < 10 else "", "root" if i % 5 else "lan", _day(10 + i // 10)) for i in range(30)]
    ids = _fill(store, rows)
    newest_first = ids[::-1]
    q = audit.AuditQuery()
    assert q.count(store) == 30
    assert q.page_ids(store, 0, 4, 30) == newest_first[:4]
    assert q.page_ids(store, 28, 4, 30) == newest_first[28:]  # clipped at the end
    # members: i = 0, 3, …, 27 → 10 entries; updates among them: odd i = 3, 9, 15, 21, 27
    members = audit.AuditQuery(table="members")
    assert members.count(store) == 10
    expected = [ids[i] for i in (27, 24, 21, 18, 15, 12, 9, 6, 3, 0)]
    assert members.page_ids(store, 0, 3, 10) == expected[:3]
    assert members.page_ids(store, 7, 3, 10) == expected[7:]  # read from the older end
    both = audit.AuditQuery(table="members", action="update")
    assert both.count(store) == 5 and both.page_ids(store, 0, 10, 5) == [ids[i] for i in (27, 21, 15, 9, 3)]
    # "Chị Lan" is an app user for i < 10; "lan" the OS account for i % 5 == 0 → 0, 5, …, 25
    lan = audit.AuditQuery(user="Chị Lan")
    assert lan.count(store) == 10
    assert audit.AuditQuery(user="lan").count(store) == 6
    root = audit.AuditQuery(user="root", table="members")  # i % 5 and i % 3 == 0 → 3, 6, 9, 12, 18, 21, 24, 27
    assert root.page_ids(store, 0, 10, root.count(store)) == [ids[i] for i in (27, 24, 21, 18, 12, 9, 6, 3)]
    # days: entries i // 10 == 1 are on 11/11 (UTC 03:00, the same local day in any zone within ±3 h)
    day = dt.datetime(2026, 11, 11, 3, tzinfo=dt.timezone.utc).astimezone().date()
    q = audit.AuditQuery(date_from=day, date_to=day)
    assert q.count(store) == 10 and q.page_ids(store, 0, 2, 10) == [ids[19], ids[18]]
    assert audit.AuditQuery(date_to=day - dt.timedelta(days=5)).count(store) == 0


def test_query_detects_a_gap_in_the_ids(store):
    ids = _fill(store, [("members", "insert", "", "root", _day(1))] * 6)
    with store.atomic() as db:
        db.execute("DELETE FROM audit_log WHERE id = ?", [ids[2]])
    q = audit.AuditQuery()
    assert q.count(store) == 6  # max - min + 1: the gap is not known yet
    with pytest.raises(audit.GapError):
        q.page_ids(store, 0, 6, 6)
    assert q.count(store) == 5 and q.page_ids(store, 0, 6, 5) == [ids[5], ids[4], ids[3], ids[1], ids[0]]


def test_search_ranges_and_streamed_ids(store):
    ids = _fill(store, [("members", "insert", "", "root", _day(1))] * 25)
    q = audit.AuditQuery(search="r1")  # names r1, r10 … r19 → 11 entries
    assert q.search_range(store, ids[-1], ids[0]) == 11
    assert q.search_range(store, ids[15], ids[10]) == 6  # r10 … r15
    assert q.range_ids(store, ids[19], ids[10], 2, 3) == [ids[17], ids[16], ids[15]]
    assert list(q.iter_ids(store, chunk=4)) == [ids[i] for i in (19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 1)]
    assert list(q.iter_ids(store, chunk=4, ranges=[(ids[12], ids[11]), (ids[1], ids[0])])) == [ids[12], ids[11], ids[1]]


def test_filters_lists_and_indexes(store):
    _fill(store, [("vouchers", "insert", "Anh Minh", "root", _day(1)), ("members", "update", "", "lan", _day(1)),
                  ("vouchers", "delete", "Chị Lan", "root", _day(1))])
    assert audit.logged_tables(store) == ["members", "vouchers"]  # AUDITED_TABLES order
    assert audit.logged_users(store) == ["Anh Minh", "Chị Lan", "lan", "root"]
    names = {r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(AUDIT_INDEXES) <= names
    for kw, index in [({"table": "members"}, "audit_log_table_id"), ({"action": "delete"}, "audit_log_action"),
                      ({"user": "root"}, "audit_log_os_user"), ({"user": "root", "table": "vouchers"}, "audit_log_table_id"),
                      ({"user": "root", "action": "delete"}, "audit_log_action")]:
        q = audit.AuditQuery(**kw)
        sql, params = q._arms(store)  # no text filter in these queries
        plan = " ".join(r[3] for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql} ORDER BY id DESC", params))
        assert f"COVERING INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan


# --- the History page model ----------------------------------------------------------

def test_model_search_on_a_worker_thread(qtbot, qtmodeltester, store, monkeypatch):
    from ocop_desktop.ui.models import audit as audit_model
    ids = _fill(store, [("members", "insert", "", "root", _day(1))] * 25)
    monkeypatch.setattr(audit_model, "SYNC_SPAN", 0)
    monkeypatch.setattr(audit_model, "CHUNK", 7)
    monkeypatch.setattr(audit_model, "PAGE", 4)
    model = audit_model.AuditTableModel(store)
    assert model.rowCount() == 25 and model.entry(24)["id"] == ids[0]
    progress = []
    model.progress.connect(progress.append)
    with qtbot.waitSignal(model.searched, timeout=10_000) as done:
        model.set_filters(search="r1")
    assert done.args == [True] and not model.searching
    # names r0 … r24 on ids[0] … ids[24]; "r1" matches r1 and r10 … r19
    assert [model.entry(r)["id"] for r in range(model.rowCount())] == [ids[i] for i in (19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 1)]
    assert progress[-1] == 1.0 and len(progress) == 4  # 25 ids in ranges of 7
    # id ranges of 7 from the newest, each holding a match: r18–r19, r11–r17, r10, r1
    assert model.id_ranges() == [(ids[24], ids[18]), (ids[17], ids[11]), (ids[10], ids[4]), (ids[3], ids[0])]
    qtmodeltester.check(model)


def test_page_shows_search_progress_and_exports_the_matches(qtbot, store, monkeypatch, tmp_path):
    from ocop_desktop.ui.models import audit as audit_model
    from ocop_desktop.ui.pages.audit import AuditPage
    from ocop_desktop.ui.ask import Ask
    ids = _fill(store, [("members", "insert", "", "root", _day(1))] * 25)
    monkeypatch.setattr(audit_model, "SYNC_SPAN", 0)
    monkeypatch.setattr(audit_model, "CHUNK", 5)
    page = AuditPage(store)
    qtbot.addWidget(page)
    assert page.count.text() == "25 thay đổi"
    with qtbot.waitSignal(page.model.searched, timeout=10_000):
        page.search.setText("r2")  # r2, r20 … r24
        assert page.model.searching and not page.export_button.isEnabled()
    assert page.count.text() == "6 thay đổi" and page.export_button.isEnabled()
    target = tmp_path / "h.csv"
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a, **k: str(target)))
    told = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a, **k: told.append(a)))
    page.export()
    with open(target, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert [r[4] for r in rows[1:]] == ["r24", "r23", "r22", "r21", "r20", "r2"] and told
    assert ids


def test_stopping_a_search_keeps_what_was_found(qtbot, store, monkeypatch):
    import threading
    from ocop_desktop.ui.models import audit as audit_model
    ids = _fill(store, [("members", "insert", "", "root", _day(1))] * 25)
    monkeypatch.setattr(audit_model, "SYNC_SPAN", 0)
    monkeypatch.setattr(audit_model, "CHUNK", 10)
    release = threading.Event()
    plain = audit.AuditQuery.search_range

    def held(self, store_, high, low):
        release.wait(10)
        return plain(self, store_, high, low)

    monkeypatch.setattr(audit.AuditQuery, "search_range", held)
    model = audit_model.AuditTableModel(store)
    with qtbot.waitSignal(model.searched, timeout=10_000) as done:
        model.set_filters(search="r2")  # r2, r20 … r24: five in the newest ten ids (16–25), r2 in the oldest
        model.stop_search()
        release.set()  # the first range (ids 16–25) finishes, no other starts
    assert done.args == [False] and not model.searching
    assert [model.entry(r)["id"] for r in range(model.rowCount())] == [ids[i] for i in (24, 23, 22, 21, 20)]


def test_export_reports_progress_and_can_be_cancelled(store, tmp_path):
    from ocop_desktop.exports.audit import ExportCancelled, export_audit
    _fill(store, [("members", "insert", "", "root", _day(1))] * 1200)
    seen = []
    target = tmp_path / "all.csv"
    export_audit(store, audit.AuditQuery().iter_ids(store), target, progress=lambda d, t: seen.append((d, t)), total=1200)
    assert seen == [(500, 1200), (1000, 1200)]  # one call per 500 entries read
    with open(target, encoding="utf-8-sig") as fh:
        assert sum(1 for _ in fh) == 1201  # header + one row per entry (one field each)
    with pytest.raises(ExportCancelled):
        export_audit(store, audit.AuditQuery().iter_ids(store), tmp_path / "no.csv", progress=lambda d, t: False)
    assert not (tmp_path / "no.csv").exists() and not list(tmp_path.glob(".no.csv*"))


def test_page_export_cancelled_writes_nothing(qtbot, store, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QProgressDialog
    from ocop_desktop.ui.ask import Ask
    from ocop_desktop.ui.pages.audit import AuditPage
    _fill(store, [("members", "insert", "", "root", _day(1))] * 600)
    page = AuditPage(store)
    qtbot.addWidget(page)
    target = tmp_path / "h.xlsx"
    monkeypatch.setattr(Ask, "save_file", classmethod(lambda cls, *a, **k: str(target)))
    told = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a, **k: told.append(a)))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    page.export()
    assert not target.exists() and told == []


def test_xlsx_export_continues_on_more_sheets_and_adds_the_suffix(store, tmp_path, monkeypatch):
    """Found by review: a history longer than an Excel sheet was cut at row 1,048,576 while
    the message said every change was written. Now it continues on "History (2)", … (here
    with 5-row sheets: 12 entries → 4 + 4 + 4 rows under three headers)."""
    import openpyxl
    from ocop_desktop.exports import audit as audit_export
    _fill(store, [("members", "insert", "", "root", _day(1))] * 12)
    monkeypatch.setattr(audit_export, "SHEET_ROWS", 5)
    path = audit_export.export_audit(store, audit.AuditQuery().iter_ids(store), tmp_path / "lich-su")
    assert path == tmp_path / "lich-su.xlsx" and path.exists()
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["Lịch sử", "Lịch sử (2)", "Lịch sử (3)"]
    counts = [sum(1 for _ in book[name].iter_rows()) for name in book.sheetnames]
    assert counts == [5, 5, 5]  # the header + 4 entries on each
