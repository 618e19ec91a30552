"""``forms list``, ``forms show`` and ``assess score`` (issue 3 item 7); expected values
hand-worked on Decision 148/QĐ-TTg Annex III form 07 (see tests/unit/test_ocop_scoring.py)."""

import json

import pytest

from ocop_desktop.cli import run

#: Form 07, 75 points (A 28, B 23, C 24) with C7 at 1 < its 4★ mark "Độc đáo, mang tính đặc trưng****" (3).
CHOICES_75 = {"A1a": 1, "A1b": 3, "A1c": 2, "A1d": 2, "A1đ": 1, "A1e": 1, "A2a": 4, "A2b": 0, "A2c": 3,
              "A3a": 3, "A3b": 1, "A3c": 3, "A3d": 2, "A3đ": 1, "A3e": 1, "B4a": 5, "B4b": 4, "B4c": 4,
              "B5a": 5, "B5b": 5, "B5c": 0, "C6a": 2, "C6b": 2, "C6c": 2, "C6d": 2, "C6đ": 3, "C7": 1,
              "C8a": 2, "C8b": 2, "C9": 3, "C10": 2, "C11": 3}


def write(tmp_path, data, name="a.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_forms_list(capsys):
    assert run(["forms", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 26
    assert lines[6].startswith("07") and "Chế biến từ rau, củ, quả, hạt" in lines[6]
    assert run(["forms", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["code"] for d in data][:3] == ["01", "02", "03"] and data[6]["criteria"] == 32


def test_forms_show(capsys):
    assert run(["forms", "show", "7"]) == 0
    out = capsys.readouterr().out
    assert "Phiếu chấm điểm 07" in out and "Phần C: CHẤT LƯỢNG SẢN PHẨM (35 điểm)" in out
    assert "A1a    Nguồn nguyên liệu (5) [UBND cấp xã đánh giá]" in out
    assert "[cách ghi trước 2025: “huyện”]" in out
    assert run(["forms", "show", "07", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    c9 = data["parts"][2]["groups"][3]["criteria"][0]
    assert c9["code"] == "C9" and c9["minimums"] == {"3": 2, "4": 3, "5": 5}
    assert any(e["key"] == "food_safety_certificate" for e in c9["evidence"])


def test_forms_show_unknown(capsys):
    assert run(["forms", "show", "27"]) == 2
    assert "27" in capsys.readouterr().err


def test_assess_score_text(tmp_path, capsys):
    assert run(["assess", "score", write(tmp_path, {"form": "07", "choices": CHOICES_75})]) == 0
    out = capsys.readouterr().out
    assert "Tổng điểm: 75/100" in out
    assert "Phần A: 28/40  Phần B: 23/25  Phần C: 24/35" in out
    assert "Hạng sao: 3 sao (riêng tổng điểm cho 4 sao)" in out
    assert "C7: cần 3 điểm để đạt 4 sao, hiện có 1" in out
    assert "Điều kiện loại: không có" in out and "Tiêu chí chưa chấm: không có" in out
    assert "Để đạt 4 sao (thêm 2 điểm):" in out


def test_assess_score_json(tmp_path, capsys):
    partial = dict(CHOICES_75)
    del partial["C10"], partial["C11"]                       # 75 − 2 − 3 = 70
    path = write(tmp_path, {"form": "7", "choices": partial, "knockouts": []})
    assert run(["assess", "score", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 70 and data["band"] == 4 and data["stars"] == 3
    assert data["unanswered"] == ["C10", "C11"] and data["complete"] is False
    assert data["failed_minimums"] == [{"criterion": "C7", "level": 4, "required": 3, "actual": 1}]
    assert data["gap_advice"]["improvements"][0]["criterion"] == "C7"


def test_assess_score_knockout(tmp_path, capsys):
    path = write(tmp_path, {"form": "07", "choices": CHOICES_75, "knockouts": ["unacceptable_impurities"]})
    assert run(["--lang", "en", "assess", "score", path]) == 0
    out = capsys.readouterr().out
    assert "Knock-out: C6a (Evaluation stopped)" in out
    assert "Stars: Knocked out" in out


@pytest.mark.parametrize("choices,named", [({"Z1": 1}, "Z1"), ({"C7": 2}, "C7"), ({"A1a": "5"}, "A1a")])
def test_assess_score_bad_criterion_exits_2(tmp_path, capsys, choices, named):
    assert run(["assess", "score", write(tmp_path, {"form": "07", "choices": choices})]) == 2
    err = capsys.readouterr().err
    assert named in err and "Traceback" not in err


def test_assess_score_bad_files(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run(["assess", "score", str(bad)]) == 2
    assert "JSON" in capsys.readouterr().err
    assert run(["assess", "score", write(tmp_path, {"choices": {}})]) == 2
    assert run(["assess", "score", write(tmp_path, {"form": "99", "choices": {}})]) == 2
    assert run(["assess", "score", str(tmp_path / "missing.json")]) == 2
    assert run(["assess", "score", write(tmp_path, {"form": "07", "choices": {}, "knockouts": ["x"]})]) == 2
