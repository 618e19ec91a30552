"""Search folding and Vietnamese sorting (DESIGN.md "Data")."""

import unicodedata

from hypothesis import given, strategies as st

from ocop_desktop.domain.text import fold, nfc, person_sort_key, vn_sort_key


def test_fold_matches_every_spelling_of_duc():
    target = fold("Nguyễn Văn Đức")
    assert target == "nguyen van duc"
    assert fold("NGUYEN VAN DUC") == target
    assert fold(unicodedata.normalize("NFD", "Nguyễn Văn Đức")) == target
    assert fold("nguyễn văn đức") == target


def test_nfc_collapses_spaces_and_composes():
    assert nfc("  Trần \u00a0 Thị  Hường ") == "Trần Thị Hường"
    assert nfc(unicodedata.normalize("NFD", "Hường")) == "Hường"


def test_vietnamese_alphabet_order_not_code_points():
    # Vietnamese order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y;
    # tones after the letter: none, huyền, sắc, hỏi, ngã, nặng.
    words = ["Yến", "Đức", "Dũng", "Ước", "Uyên", "Ánh", "Anh", "Ăn", "Âu", "Bình", "Ơn", "Ôn", "On"]
    assert sorted(words, key=vn_sort_key) == [
        "Anh", "Ánh", "Ăn", "Âu", "Bình", "Dũng", "Đức", "On", "Ôn", "Ơn", "Uyên", "Ước", "Yến"]
    assert sorted(["Ánh", "Zoe"]) == ["Zoe", "Ánh"]  # code-point order is wrong for Vietnamese


def test_tones_order_after_base_letter():
    tones = ["ma", "mà", "má", "mả", "mã", "mạ"]
    assert sorted(reversed(tones), key=vn_sort_key) == tones


def test_people_sort_by_given_name_then_rest():
    names = ["Trần Thị Hường", "Nguyễn Văn Đức", "Lê Văn Anh", "Phạm Thị Ngọc Ánh", "Bùi Văn Anh"]
    assert sorted(names, key=person_sort_key) == [
        "Bùi Văn Anh", "Lê Văn Anh", "Phạm Thị Ngọc Ánh", "Nguyễn Văn Đức", "Trần Thị Hường"]


@given(st.text())
def test_fold_is_idempotent_and_nfc_invariant(text):
    assert fold(fold(text)) == fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))
