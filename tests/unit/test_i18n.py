"""Every user-facing string has a Vietnamese translation; Vietnamese is the default."""

from ocop_desktop import i18n
from ocop_desktop.i18n_update import all_ts_files, extract, read_ts


def test_every_tr_string_is_translated():
    translated = {}
    for path in all_ts_files():
        for source, text in read_ts(path).items():
            if text:
                translated[source] = text
    missing = sorted(s for s in extract() if s not in translated)
    assert missing == [], f"{len(missing)} strings without Vietnamese translation; run python -m ocop_desktop.i18n_update and translate: {missing[:20]}"


def test_vietnamese_default_and_english_switch():
    i18n.set_language("vi")
    assert i18n.tr("Members") == "Thành viên"
    assert i18n.tr("Paid {paid} of {committed} ({pct})", paid="1", committed="2", pct="50%") == "Đã góp 1 / 2 (50%)"
    i18n.set_language("en")
    assert i18n.tr("Members") == "Members"


def test_compiled_qm_exists_for_each_ts():
    for path in all_ts_files():
        assert path.with_suffix(".qm").exists(), path
