from __future__ import annotations

import pytest
from _extract_helpers import run_until

from justicekg.extract.recognizers.events import classify


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Hội nghị triển khai nhiệm vụ và ký kết giao ước thi đua", "signing"),
        ("Lễ ký kết Quy chế phối hợp", "signing"),
        ("Hội nghị tập huấn nghiệp vụ", "training"),
        ("Đoàn giám sát của Ban Pháp chế đã giám sát", "inspection"),
        ("tổ chức Hội nghị tổng kết công tác năm 2017", "conference"),
        ("Tọa đàm nâng cao chất lượng", "conference"),
        ("Lễ kỷ niệm 70 năm Ngày truyền thống", "ceremony"),
        ("Phó Chủ tịch UBND tỉnh làm việc với Sở Tư pháp", "meeting"),
        ("tổ chức cưỡng chế giao quyền sử dụng đất", "other"),
    ],
)
def test_classify(sentence: str, kind: str) -> None:
    assert classify(sentence) == kind


@pytest.mark.parametrize(
    "text,published,expected",
    [
        pytest.param(
            "Ngày 12/3/2019, Cụm thi đua tổ chức Hội nghị.",
            None,
            [("2019-03-12", "conference")],
            id="dated",
        ),
        pytest.param(
            "Lễ kỷ niệm ngày truyền thống (19/7/1946 - 19/7/2016) được tổ chức.",
            None,
            [],
            id="anniversary",
        ),
        pytest.param(
            "Theo Quyết định số 12/QĐ-UBND ngày 05/3/2019 của UBND tỉnh, hội nghị.",
            None,
            [],
            id="document-date",
        ),
        pytest.param(
            "Ngày 16/6/2020, đoàn giám sát việc thi hành án từ ngày 01/10/2019 đến ngày 31/5/2020.",
            None,
            [("2020-06-16", "inspection")],
            id="period",
        ),
        pytest.param(
            "Sở sẽ tổ chức Hội nghị tập huấn vào ngày 25/7/2019.", "2019-07-15", [], id="future"
        ),
    ],
)
def test_events(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    doc = run_until(text, "events", published=published)
    assert [(e.name, e.data["kind"]) for e in doc.by_label("event")] == expected
