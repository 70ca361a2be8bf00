"""Participants as a family (rules round 5): who a page with several events places at which,
and who it names without placing them there (a nominee, a byline, a photo credit, someone whose
instruction is carried out or who is remembered); invented people and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PAGES: list[tuple[str, set[tuple[str | None, str]]]] = [
    (
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Tham dự có ông Nguyễn Văn "
            "An - Phó Chủ tịch UBND tỉnh. Ngày 14/6/2024, Sở tổ chức Lễ kỷ niệm 30 năm Ngày "
            "thành lập. Dự Lễ kỷ niệm có bà Trần Thị Bình - Thứ trưởng Bộ Tư pháp."
        ),
        {("2024-06-12", "Nguyễn Văn An"), ("2024-06-14", "Trần Thị Bình")},
    ),
    (
        (
            "Sáng 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết do ông Nguyễn Văn An - Giám "
            "đốc Sở chủ trì. Chiều cùng ngày, bà Trần Thị Bình - Thứ trưởng Bộ Tư pháp làm "
            "việc với Sở Tư pháp."
        ),
        {("2024-06-12", "Trần Thị Bình"), ("2024-06-12", "Nguyễn Văn An")},
    ),
    (
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Tham dự có ông Nguyễn Văn "
            "An - Giám đốc Sở. Hội nghị thống nhất đề nghị Bộ trưởng tặng Bằng khen cho bà "
            "Trần Thị Bình - Trưởng phòng Hành chính tư pháp."
        ),
        {("2024-06-12", "Nguyễn Văn An")},
    ),
    (
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Tham dự có ông Nguyễn Văn "
            "An - Giám đốc Sở.\nTrần Thị Bình"
        ),
        {("2024-06-12", "Nguyễn Văn An")},
    ),
    (
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Tham dự có ông Nguyễn Văn "
            "An - Giám đốc Sở.\nẢnh: Trần Thị Bình"
        ),
        {("2024-06-12", "Nguyễn Văn An")},
    ),
    (
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Tham dự có ông Nguyễn Văn "
            "An - Giám đốc Sở. Thực hiện chỉ đạo của bà Trần Thị Bình, Chủ tịch UBND tỉnh, Sở "
            "đã hoàn thành kế hoạch."
        ),
        {("2024-06-12", "Nguyễn Văn An")},
    ),
    (
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Tham dự có ông Nguyễn Văn "
            "An - Giám đốc Sở. Hội nghị đã dành một phút mặc niệm tưởng nhớ ông Lê Văn Cường, "
            "nguyên Giám đốc Sở."
        ),
        {("2024-06-12", "Nguyễn Văn An")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(*row, id=f"page-{i}") for i, row in enumerate(PAGES)]
)
def test_who_each_event_places(text: str, expected: set[tuple[str | None, str]]) -> None:
    assert event_participants(text + "\n", "2024-06-15") == expected
