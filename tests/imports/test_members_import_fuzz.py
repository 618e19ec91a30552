"""Issue 6 item 6 / issue 2 item 7: random bytes and strings given as a member CSV never
crash the importer and never write: either the file is refused with a message, or every
problem is listed and nothing is written unless there is none."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import member_samples
from ocop_desktop.imports import members as im
from ocop_desktop.store.errors import ValidationError

TODAY = dt.date(2026, 11, 29)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _count(store):
    return store.scalar("SELECT COUNT(*) FROM members"), store.scalar("SELECT COUNT(*) FROM contributions")


def _exercise(store, table):
    before = _count(store)
    report = im.analyse(store, table, TODAY)
    assert all(p.message for p in report.problems)
    assert _count(store) == before  # analysing never writes
    if report.problems or not report.members:
        try:
            im.commit(store, report)
        except ValidationError as err:
            assert str(err)
        else:
            raise AssertionError("a report with problems was committed")
        assert _count(store) == before
    else:
        ids = im.commit(store, report)
        assert len(ids) == len(report.members)
        assert _count(store)[0] == before[0] + len(ids)


@SETTINGS
@given(data=st.binary(max_size=600))
def test_random_bytes(store, data):
    try:
        table = im.read_csv_bytes(data, "random.csv")
    except im.ImportFileError as err:
        assert "random.csv" in str(err)
        return
    _exercise(store, table)


cell = st.text(alphabet=st.sampled_from(list("0123456789.,; /-\"đĐăâêôơưàáảãạ\u0301\u0303 NamNữChính thứcE+\n\r\t")), max_size=14)


@SETTINGS
@given(rows=st.lists(st.lists(cell, max_size=14), max_size=6), sep=st.sampled_from([",", ";", "\t"]))
def test_random_rows_below_a_real_header(store, rows, sep):
    text = sep.join(member_samples.HEADER) + "\n" + "\n".join(sep.join(r) for r in rows)
    table = im.read_csv_text(text, "rows.csv")
    _exercise(store, table)


@SETTINGS
@given(text=st.text(max_size=400))
def test_random_text(store, text):
    try:
        table = im.read_csv_text(text, "t.csv")
    except im.ImportFileError:
        return
    _exercise(store, table)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from(["Chính thức", "Liên kết góp vốn"]),
                               st.integers(min_value=1, max_value=40)), min_size=1, max_size=9))
def test_capital_caps_equal_passing_every_other_row(store, rows):
    """The importer's O(1) stand-ins for "the other rows" give the same cap errors as
    calling check_member with every other row of the file (Law 17/2023 Art. 74 cl. 1)."""
    from ocop_desktop.store.members import check_member
    lines = [",".join(member_samples.HEADER)]
    for i, (mtype, millions) in enumerate(rows):
        yy = 60 + i
        lines.append(f"{i + 1},Người {i},Nam,01/01/19{yy},0250{yy}{i:06d},,Thôn 1,Việt Nam,{mtype},10/09/2019,"
                     f"{millions}.000.000,")
    table = im.read_csv_text("\n".join(lines))
    report = im.analyse(store, table, TODAY)
    got = {(p.row, p.field) for p in report.problems}
    members = [m for _, m in report.members]
    expected = set()
    for k, (row, m) in enumerate(report.members):
        _, errors, _ = check_member(store, m, TODAY, others=members[:k] + members[k + 1:])
        expected |= {(row, "capital_committed") for f, _ in errors if f == "capital_committed"}
    assert got == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=100), junk=st.binary(max_size=64))
def test_damaged_xlsx_is_refused_with_a_message(tmp_path_factory, member_sample_files, cut, junk):
    """A workbook cut short or with junk appended/prepended: refused by name, or read whole."""
    good = member_sample_files["members-title-rows.xlsx"].read_bytes()
    path = tmp_path_factory.mktemp("x") / "hong.xlsx"
    path.write_bytes(good[: len(good) * cut // 100] + junk)
    try:
        table = im.read_file(path)
    except im.ImportFileError as err:
        assert "hong.xlsx" in str(err)
    else:
        assert table.kind in ("xlsx", "csv")
