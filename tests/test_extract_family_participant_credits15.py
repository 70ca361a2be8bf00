"""Participant family (rules session 15): a line that credits its author names no one at the
event, whatever it puts between the label and the name (``Tác giả bài viết - chuyên viên Phòng
A Lê Thị B``, ``Người đưa tin: ThS. C``, ``Cộng tác viên: D``, ``(Bài viết của đồng chí E, …)``);
the conventions: not the author. An author named at a ceremony (``Tác giả F nhận giải Nhất``, no
separator after the label) and a photo caption of someone speaking stay participants.
Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"
LEAD = (
    "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác năm. Ông Kha Đình "
    "Nhượng, Giám đốc Sở chủ trì hội nghị.\n"
)
CHAIR = {("2024-06-05", "Kha Đình Nhượng")}

CREDITS = [
    "Tác giả bài viết - chuyên viên Phòng Hành chính tư pháp Mai Thị Lựu",
    "Tác giả bài viết: ThS. Mai Thị Lựu, Phó Trưởng phòng Phổ biến giáo dục pháp luật",
    "Tác giả: Mai Thị Lựu - Văn phòng Sở",
    "Người đưa tin: Mai Thị Lựu",
    "Người gửi tin: Mai Thị Lựu (Văn phòng Sở)",
    "Cộng tác viên: Mai Thị Lựu",
    "(Bài viết của đồng chí Mai Thị Lựu, Phó Giám đốc Sở Tư pháp tỉnh Hòa Lâm)",
]


@pytest.mark.parametrize("line", [pytest.param(t, id=f"credit-{i}") for i, t in enumerate(CREDITS)])
def test_an_author_credited_is_no_participant(line: str) -> None:
    assert event_participants(LEAD + line, PUB) == CHAIR


def test_an_author_awarded_at_a_ceremony_takes_part() -> None:
    text = (
        "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm tổ chức Lễ trao giải Cuộc thi viết về công tác hòa "
        "giải.\nTác giả Mai Thị Lựu nhận giải Nhất tại buổi lễ.\n"
    )
    assert ("2024-06-05", "Mai Thị Lựu") in event_participants(text, PUB)


def test_a_caption_of_a_speaker_stays() -> None:
    text = LEAD + "Ông Tạ Văn Khởi, Phó Giám đốc Sở Tư pháp phát biểu tại hội nghị.\n"
    assert event_participants(text, PUB) == CHAIR | {("2024-06-05", "Tạ Văn Khởi")}
