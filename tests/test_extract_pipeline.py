from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from justicekg.extract import extract, extract_file
from justicekg.extract.recognizers import base
from justicekg.model import ExtractionReport

EVAL = Path("/work/shared/eval")
SAMPLE = (
    "SỞ TƯ PHÁP TỈNH THANH HÓA\nTrang chủ | Tin tức | Liên hệ\n\n"
    "Hội nghị tổng kết công tác thi đua năm 2017\n\nSáng ngày 27-11-2017, tại TP Thanh Hóa, "
    "Sở Tư pháp tổ chức hội nghị. Tham dự có đồng chí Lê Anh Tuấn, Tỉnh ủy viên, Phó Chủ tịch "
    "UBND tỉnh Thanh Hoá. Hội nghị đề nghị Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp cho Sở Tư "
    "pháp tỉnh Bình Định.\n\nNguyễn Oanh\nCác tin liên quan\nĐịa chỉ: 34 Đại lộ Lê Lợi"
)


def _check_offsets(report: ExtractionReport) -> None:
    text = report.article.text
    evidences = [p.evidence for p in report.persons]
    evidences += [q.evidence for p in report.persons for q in p.positions]
    evidences += [o.evidence for o in report.organizations]
    evidences += [e.evidence for e in report.events]
    evidences += [v for e in report.events for v in e.participant_evidence.values()]
    evidences += [a.evidence for a in report.awards]
    for ev in evidences:
        if ev is not None:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text
    for m in report.mentions:
        assert 0 <= m.start < m.end <= len(text)


def test_sample_article() -> None:
    report = extract(SAMPLE, article_id="s")
    data = report.to_dict()
    assert report.extractor.startswith("justicekg-extract/")
    persons = {p["name"]: p for p in data["persons"]}
    assert set(persons) == {"Lê Anh Tuấn", "Nguyễn Oanh"}
    assert [(q["title"], q["organization"]) for q in persons["Lê Anh Tuấn"]["positions"]] == [
        ("Tỉnh ủy viên", "Tỉnh ủy Thanh Hóa"),
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa"),
    ]
    assert data["events"][0]["kind"] == "conference"
    assert data["events"][0]["date"] == "2017-11-27"
    assert data["events"][0]["participants"] == ["Lê Anh Tuấn"]
    assert [(a["award"], a["recipient"], a["status"]) for a in data["awards"]] == [
        ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Bình Định", "nominated")
    ]
    assert data["article"]["author"] == "Nguyễn Oanh"
    assert data["article"]["publisher"] == "Sở Tư pháp tỉnh Thanh Hóa"
    assert data["provinces"] == ["Thanh Hóa", "Bình Định"]
    _check_offsets(report)
    assert ExtractionReport.from_dict(json.loads(json.dumps(data))).to_dict() == data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_extract_never_raises(text: str) -> None:
    _check_offsets(extract(text, article_id="h"))


_ALPHABET = st.sampled_from(
    [
        *"abcđêôơư ÀÁẢÃẠàáảãạ.,;:-–()/\n0123456789",
        "Sở Tư pháp ",
        "tỉnh ",
        "Thanh Hoá ",
        "ông ",
        "Nguyễn Văn ",
        "Cục THADS ",
        "ngày 12/3 ",
        "tặng ",
        "Cờ thi đua ",
        "Bằng khen ",
        "Hội nghị ",
        "Phó Chủ tịch ",
        "UBND ",
        "huyện ",
        "cho ",
        "đề nghị ",
        "TP. ",
        "Quận 3 ",
        "đồng chí ",
        "Giám đốc ",
        "Lễ ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_extract_never_raises_on_vietnamese_noise(text: str) -> None:
    _check_offsets(extract(text, article_id="h", published="2020-01-01"))


def test_registry_lists_builtins() -> None:
    assert {"layout", "persons", "organizations", "awards"} <= set(base.names())


def test_extract_does_not_import_rdflib_or_flask() -> None:
    code = (
        "import sys, justicekg.extract as e; e.extract('Sở Tư pháp', article_id='x'); "
        "assert 'rdflib' not in sys.modules and 'flask' not in sys.modules, "
        "[m for m in sys.modules if m.startswith(('rdflib', 'flask'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.skipif(not EVAL.is_dir(), reason="evaluation kit not present")
def test_extract_file_uses_stem() -> None:
    report = extract_file(EVAL / "articles" / "seed.txt")
    assert report.article.id == "seed"
    _check_offsets(report)


@pytest.mark.skipif(not (EVAL / "gold").is_dir(), reason="evaluation kit not present")
def test_dev_set_quality_bar(capsys: pytest.CaptureFixture[str]) -> None:
    from justicekg.extract.evaluate import run_eval

    result = run_eval(None, EVAL / "gold", echo=False)
    assert result["overall_f1"] >= 0.92
    for name, row in result["fact_sets"].items():
        assert row["f1"] >= 0.85, name


def test_a_professional_title_without_a_body_takes_its_employer_from_the_article() -> None:
    from justicekg.extract.pipeline import extract

    text = (
        "Ngày 05/6/2021, Chi cục THADS huyện Ea Kar tổ chức cưỡng chế thi hành án. "
        "Chấp hành viên Hoàng Văn Tư công bố quyết định cưỡng chế. "
        "Trợ giúp viên pháp lý Lý Thị Mai hướng dẫn người dân."
    )
    report = extract(text, article_id="t")
    positions = {p.name: [(q.title, q.organization) for q in p.positions] for p in report.persons}
    assert positions["Hoàng Văn Tư"] == [
        ("Chấp hành viên", "Chi cục Thi hành án dân sự huyện Ea Kar")
    ]
    assert positions["Lý Thị Mai"] == [("Trợ giúp viên pháp lý", None)]  # no centre named
