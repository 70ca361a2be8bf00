"""Event family (rules session 15): checks named as a body's standing work, not one check held.
A check that continues a list headed by a word of strengthening or a field (``tăng cường kiểm
tra, giám sát``, ``công tác kiểm tra, tự kiểm tra và kiểm tra chuyên đề``) and, with no day, a
check a body joins in as its work (``Hội cũng tham gia giám sát thực hiện pháp luật``) report no
event. A team joined (``tham gia Đoàn giám sát``), a check on a day, and a conference attended
(``đã tham gia hội nghị``) stay events. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

DUTIES = [
    "Năm 2023, Sở tăng cường công tác kiểm tra, tự kiểm tra và kiểm tra chuyên đề đối với các "
    "phòng tư pháp.",
    "Cục đã tăng cường kiểm tra, giám sát việc tổ chức thi hành án của các Chi cục, kịp thời chấn "
    "chỉnh sai sót.",
    "Sở đẩy mạnh thanh tra, kiểm tra chuyên ngành về công chứng, đấu giá tài sản trên địa bàn.",
    "Trong năm, Ủy ban Mặt trận Tổ quốc tỉnh Hòa Lâm đã tham gia giám sát việc thi hành pháp luật "
    "tại nhiều cơ quan, đơn vị.",
    "Hội Luật gia tỉnh Hòa Lâm tham gia giám sát, phản biện xã hội đối với các dự thảo văn bản "
    "quy phạm pháp luật của tỉnh.",
    "Các chi hội luật gia tích cực tham gia kiểm tra, giám sát việc thực hiện hương ước ở khu dân "
    "cư.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"duty-{i}") for i, t in enumerate(DUTIES)])
def test_checks_named_as_standing_work_are_no_event(text: str) -> None:
    assert event_facts(text, PUB) == set()


HELD = [
    (
        "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tham gia Đoàn giám sát của Hội đồng nhân dân tỉnh tại "
        "Chi cục Thi hành án dân sự huyện Bàu Sen.",
        {("inspection", None)},
    ),
    (
        "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm tham gia giám sát việc thi hành án tại Chi cục Thi hành "
        "án dân sự huyện Bàu Sen.",
        {("inspection", "2024-06-05")},
    ),
    (
        "Hội Luật gia tỉnh Hòa Lâm vừa tổ chức tổng kết công tác Hội năm 2023. Ông Kha Đình "
        "Nhượng, Phó Chủ tịch Ủy ban nhân dân tỉnh đã tham gia hội nghị.",
        {("conference", None)},
    ),
    (
        "Ông Lạc Văn Huề, Phó Viện trưởng Viện kiểm sát nhân dân tỉnh Hòa Lâm, Trưởng đoàn phát "
        "biểu tại buổi làm việc.\nTham gia giám sát có bà Mai Thị Lựu, Phó Trưởng ban Pháp chế "
        "HĐND tỉnh.\n",
        {("inspection", None)},
    ),
    (
        "Vừa qua, Đoàn kiểm tra của Sở Tư pháp tỉnh Hòa Lâm đã tăng cường kiểm tra tại Phòng Tư "
        "pháp huyện Bàu Sen và làm việc với lãnh đạo huyện.",
        {("inspection", None)},
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"), [pytest.param(t, f, id=f"held-{i}") for i, (t, f) in enumerate(HELD)]
)
def test_a_check_held_or_an_activity_attended_stays(
    text: str, facts: set[tuple[str, str | None]]
) -> None:
    assert event_facts(text, PUB) == facts
