"""A ceremony that holds an N-year anniversary on a day written without its year (``Sáng 9/7,
… tổ chức Lễ kỷ niệm 35 năm …``) takes the year of a span of exactly N years the page writes
elsewhere (``35 năm (10/7/1985 - 10/7/2020)``) when the day falls near the span's end; a span of
another length, an anniversary only aimed at (``hướng tới Kỷ niệm …``) or a day far from the
span's end leave the day without a year (the conventions: a year only when the text makes it
certain). Invented sentences, no date line."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_ROWS = [
    (
        "Sáng 9/7, Tạp chí Pháp luật Miền Tây tổ chức Lễ kỷ niệm 35 năm ngày ra số đầu tiên.\n"
        "Tạp chí ra số đầu tiên ngày 10/7/1985. Trải qua 35 năm (10/7/1985 - 10/7/2020), Tạp "
        "chí đã trưởng thành.",
        {("ceremony", "2020-07-09")},
    ),
    (
        "Chiều 26/3, Hội Luật gia tỉnh Hòa Bình long trọng tổ chức Lễ kỷ niệm 40 năm Ngày thành "
        "lập.\nChặng đường 40 năm (1982 - 2022) là chặng đường đáng tự hào.",
        {("ceremony", "2022-03-26")},
    ),
    # a span of another length: no year
    (
        "Sáng 9/3, Sở Tư pháp tỉnh Hòa Bình tổ chức Lễ kỷ niệm 35 năm Ngày thành lập.\nGiai đoạn "
        "(2015 - 2020), Sở đã hoàn thành nhiều nhiệm vụ.",
        {("ceremony", None)},
    ),
    # an anniversary only aimed at: no year
    (
        "Chiều 17/7, Sở Tư pháp tỉnh Hòa Bình tổ chức Lễ trao giải Cuộc thi viết.\nĐây là hoạt "
        "động hướng tới Kỷ niệm 79 năm Ngày truyền thống (19/7/1946 - 19/7/2025).",
        {("ceremony", None)},
    ),
    # the day is far from the span's end day: no year
    (
        "Sáng 9/2, Tạp chí Pháp luật Miền Tây tổ chức Lễ kỷ niệm 35 năm ngày ra số đầu tiên.\n"
        "Trải qua 35 năm (10/7/1985 - 10/7/2020), Tạp chí đã trưởng thành.",
        {("ceremony", None)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"anniversary-{i:02d}") for i, (t, e) in enumerate(_ROWS)],
)
def test_anniversary_year(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_facts(text) == expected
