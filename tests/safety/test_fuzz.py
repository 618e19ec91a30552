"""Bad input fuzzed (issue 6 item 6): hypothesis over every parser and importer reachable
here — amounts, dates, the member form's save path, cooperative files and backups. No
crash, no partial write, every refusal with a message. (Member CSV/XLSX import, vouchers
import, scoring JSON and dossier ZIP join when those modules exist: add a test per parser.)"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ocop_desktop.domain.formats import FormatError, format_money, parse_date, parse_money
from ocop_desktop.domain.members import Contribution, Member
from ocop_desktop.store.errors import StoreError, ValidationError

FAST = settings(deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
DB = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])

money_like = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789.,  -₫đVNDồng\u00a0", max_size=25),
    st.integers(min_value=-10**15, max_value=10**15).map(lambda n: format_money(n, symbol=bool(n % 2))),
)
date_like = st.one_of(
    st.text(max_size=20),
    st.text(alphabet="0123456789/-. ", max_size=12),
    st.builds(lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}", st.integers(-1, 40), st.integers(-1, 14),
              st.integers(0, 99999), st.sampled_from("/-.")),
)


@FAST
@given(money_like)
def test_parse_money_answers_or_refuses_with_a_message(text):
    try:
        value = parse_money(text)
    except FormatError as err:
        assert str(err).strip()
    else:
        assert isinstance(value, int)


@FAST
@given(st.integers(min_value=-10**15, max_value=10**15), st.booleans())
def test_money_round_trip(amount, symbol):
    assert parse_money(format_money(amount, symbol=symbol)) == amount


@FAST
@given(date_like)
def test_parse_date_answers_or_refuses_with_a_message(text):
    try:
        value = parse_date(text)
    except FormatError as err:
        assert str(err).strip()
    else:
        assert isinstance(value, dt.date) and value.year >= 1000  # 4-digit years only


@FAST
@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_date_round_trip(day):
    assert parse_date(day.strftime("%d/%m/") + f"{day.year:04d}") == day


dates = st.one_of(st.none(), st.dates(min_value=dt.date(1850, 1, 1), max_value=dt.date(2100, 1, 1)))
members = st.builds(
    Member,
    full_name=st.text(max_size=60),
    member_type=st.sampled_from(["official", "associate_capital", "associate_no_capital", "boss", ""]),
    kind=st.sampled_from(["individual", "organisation", "robot"]),
    sex=st.sampled_from([None, "M", "F", "X"]),
    birth_date=dates,
    id_number=st.one_of(st.text(max_size=14), st.text(alphabet="0123456789", min_size=9, max_size=12)),
    phone=st.one_of(st.text(max_size=14), st.text(alphabet="0123456789 +", max_size=13)),
    address=st.text(max_size=80),
    join_date=dates,
    capital_committed=st.integers(min_value=-10**12, max_value=10**13),
    status=st.sampled_from(["active", "left", "gone"]),
    left_date=dates,
    contributions=st.lists(st.builds(Contribution, date=st.dates(min_value=dt.date(1900, 1, 1)),
                                     amount=st.integers(min_value=-10**9, max_value=10**12),
                                     asset_type=st.sampled_from(["cash", "gold", "land_use_right", "other_asset", "x"])),
                           max_size=3),
)


def _fresh_store():
    from ocop_desktop.domain.cooperative import Cooperative
    from ocop_desktop.store.cooperative import save_cooperative
    from ocop_desktop.store.db import create_store
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    store = create_store(folder / "f.ocop")
    save_cooperative(store, Cooperative(name="HTX Fuzz", charter_capital=1_000_000_000))
    return store


_STORE = {}


@DB
@given(members)
@example(Member(full_name="¹", sex="M", capital_committed=1))  # found by this test: superscript digit in a name
@example(Member(full_name="A", sex="M", capital_committed=1, kind="robot"))  # found: kind not checked by the rules
def test_member_save_is_all_or_nothing(member):
    from ocop_desktop.store import members as ms
    store = _STORE.get("s") or _STORE.setdefault("s", _fresh_store())
    before = (store.scalar("SELECT COUNT(*) FROM members"), store.scalar("SELECT COUNT(*) FROM contributions"),
              store.scalar("SELECT COUNT(*) FROM audit_log"))
    try:
        ms.save_member(store, member, today=dt.date(2026, 11, 29))
    except StoreError as err:
        # ValidationError from the rules; ConstraintError when only the schema caught it
        # (e.g. an unknown kind: the domain rules do not check it yet)
        assert str(err).strip()
        if isinstance(err, ValidationError):
            assert err.problems and all(field and message.strip() for field, message in err.problems)
        after = (store.scalar("SELECT COUNT(*) FROM members"), store.scalar("SELECT COUNT(*) FROM contributions"),
                 store.scalar("SELECT COUNT(*) FROM audit_log"))
        assert after == before  # nothing written, not even history
    else:
        assert store.scalar("SELECT COUNT(*) FROM members") == before[0] + 1
    assert store.scalar("PRAGMA foreign_key_check") is None


def _file_bytes():
    header = b"SQLite format 3\x00"
    return st.one_of(
        st.binary(max_size=4096),
        st.binary(min_size=84, max_size=8192).map(lambda b: header + b),
    )


@DB
@given(_file_bytes())
def test_bad_files_are_refused_with_a_message(data):
    from ocop_desktop.store import backup
    from ocop_desktop.store.db import open_store
    folder = Path(tempfile.mkdtemp(prefix="fuzzf-"))
    path = folder / "x.ocop"
    path.write_bytes(data)
    status, problems = backup.check_file(path)
    assert status in ("ok", "problems", "unusable")
    assert status == "ok" or all(p.strip() for p in problems)
    try:
        open_store(path, auto_backup=False).close()
    except StoreError as err:
        assert str(err).strip()


@DB
@given(_file_bytes())
def test_restoring_a_bad_backup_changes_nothing(data):
    from ocop_desktop.store import backup
    store = _STORE.get("r") or _STORE.setdefault("r", _fresh_store())
    folder = Path(tempfile.mkdtemp(prefix="fuzzb-"))
    bad = folder / "bad.ocop"
    bad.write_bytes(data)
    before = store.path.read_bytes()
    try:
        backup.inspect_backup(bad)
    except StoreError as err:
        assert str(err).strip()
        try:
            backup.restore_backup(bad, store.path)
        except StoreError:
            pass
        else:
            raise AssertionError("a refused backup was restored")
        assert store.path.read_bytes() == before


@DB
@given(st.lists(st.one_of(st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1), st.floats(allow_nan=True), st.text(), st.binary()), min_size=3, max_size=3))
def test_audit_triggers_record_any_value(values):
    from ocop_desktop.store import audit
    store = _STORE.get("a")
    if store is None:
        store = _STORE.setdefault("a", _fresh_store())
        store.db.execute("CREATE TABLE later_things (id INTEGER PRIMARY KEY, a, b, c)")
        audit.AUDITED_TABLES["later_things"] = "Later thing"
        try:
            audit.install(store.db.conn)
        finally:
            del audit.AUDITED_TABLES["later_things"]
    with store.atomic() as db:
        cur = db.execute("INSERT INTO later_things (a, b, c) VALUES (?, ?, ?)", values)
    rid = cur.lastrowid
    entry = audit.record_history(store, "later_things", rid)[-1]
    assert entry["action"] == "insert" and set(entry["new"]) == {"id", "a", "b", "c"}


def test_fuzz_stores_are_cleaned_up():
    for store in _STORE.values():
        if store is not None:
            store.close()
    _STORE.clear()
    sqlite3.connect(":memory:").close()


def _scoring_json():
    """Random self-assessment files for ``assess score``: real criterion codes mixed with
    unknown ones, points of every JSON type, broken shapes and broken bytes."""
    from ocop_desktop.domain.ocop.forms import load_form
    codes = [c.code for c in load_form("07").all_criteria()][:40] + ["A0", "Z9", "", "a1a"]
    value = st.one_of(st.integers(-5, 30), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=4),
                      st.booleans(), st.none(), st.lists(st.integers(0, 5), max_size=2))
    doc = st.fixed_dictionaries(
        {"form": st.one_of(st.sampled_from(["07", "7", "01", "26", "27", "99", ""]), st.integers(-1, 30), st.none())},
        optional={"choices": st.one_of(st.dictionaries(st.sampled_from(codes), value, max_size=25), st.lists(st.integers())),
                  "knockouts": st.one_of(st.lists(st.text(max_size=12), max_size=3), st.text(max_size=5), st.integers())})
    import json
    return st.one_of(
        doc.map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8")),
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    )


@settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_scoring_json_answers_or_refuses_with_a_message(data):
    import contextlib
    import io
    from ocop_desktop.cli import run
    content = data.draw(_scoring_json())
    folder = Path(tempfile.mkdtemp(prefix="fuzzs-"))
    path = folder / "tu-danh-gia.json"
    path.write_bytes(content)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["assess", "score", str(path)])
    assert code in (0, 2)
    if code == 2:
        assert err.getvalue().strip() and "Traceback" not in err.getvalue()
