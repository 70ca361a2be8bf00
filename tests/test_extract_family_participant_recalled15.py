"""Participant family (rules session 15): on a page reporting an event, someone named in a
sentence led by an earlier time (``Trước đây, ông A từng giữ chức …``, ``Những năm trước, …``)
or whose earlier words a speaker recalls (``nhắc lại lời căn dặn của đồng chí B``) is not placed
at the event; the conventions: participants are the people the page places there. Someone in a
sentence with a day of its own, or whose words are heard there, stays. Invented bodies, names
and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"
LEAD = (
    "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác năm. Ông Kha Đình "
    "Nhượng, Giám đốc Sở chủ trì hội nghị. "
)
CHAIR = {("2024-06-05", "Kha Đình Nhượng")}

RECALLED = [
    "Trước đây, ông Lạc Văn Huề từng giữ chức Giám đốc Sở trong hai nhiệm kỳ.",
    "Trước kia, bà Mai Thị Lựu là Trưởng phòng Hành chính tư pháp của Sở.",
    "Những năm trước, đồng chí Lạc Văn Huề, Phó Chủ tịch UBND tỉnh thường về dự hội nghị của Sở.",
    "Ông Nhượng nhắc lại lời căn dặn của đồng chí Lạc Văn Huề, nguyên Bộ trưởng Bộ Tư pháp.",
    "Các đại biểu ghi nhớ lời dặn dò của Bộ trưởng Lạc Văn Huề về đạo đức công vụ.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"recalled-{i}") for i, t in enumerate(RECALLED)]
)
def test_someone_recalled_is_no_participant(text: str) -> None:
    assert event_participants(LEAD + text, PUB) == CHAIR


PRESENT = [
    "Trình bày tham luận, bà Mai Thị Lựu, Trưởng phòng Tư pháp huyện Bàu Sen nhắc lại lời căn dặn "
    "của lãnh đạo Sở.",
    "Hội nghị đã nghe lời phát biểu của đồng chí Mai Thị Lựu, Phó Chủ tịch UBND tỉnh.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"present-{i}") for i, t in enumerate(PRESENT)]
)
def test_someone_speaking_there_stays(text: str) -> None:
    assert event_participants(LEAD + text, PUB) == CHAIR | {("2024-06-05", "Mai Thị Lựu")}
