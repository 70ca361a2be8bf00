"""Event family (rules session 14): ``làm việc`` that reports no working session — a way or a
condition of working (``tinh thần làm việc``, ``phong cách làm việc``, ``trang thiết bị làm
việc``), a habit (``thường xuyên phối hợp, làm việc với …``, ``luôn làm việc …``), how someone
works (``làm việc tận tụy``), a workplace (``hiện làm việc tại …``, ``sau khi tốt nghiệp về làm
việc tại …``) — makes no undated meeting; a working session with a body stays a meeting.
Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-05-10"

NO_SESSION = [
    "Với tinh thần làm việc nghiêm túc, cán bộ Sở Tư pháp tỉnh Hòa Lâm đã hoàn thành tốt nhiệm "
    "vụ được giao.",
    "Ông Kha Văn Tụ có phong cách làm việc khoa học, gần gũi với nhân dân.",
    "Thái độ làm việc của công chức bộ phận một cửa huyện Bàu Sen được người dân đánh giá cao.",
    "Chi cục Thi hành án dân sự huyện Bàu Sen được bổ sung trang thiết bị làm việc hiện đại.",
    "Các cơ quan thường xuyên phối hợp, làm việc chặt chẽ trong công tác thi hành án dân sự.",
    "Lãnh đạo Sở Tư pháp tỉnh Hòa Lâm luôn làm việc sát sao với các phòng chuyên môn.",
    "Nhiều năm qua, các chấp hành viên của Chi cục làm việc tận tụy, không quản khó khăn.",
    "Ông Kha Văn Tụ hiện làm việc tại Văn phòng Sở Tư pháp tỉnh Hòa Lâm.",
    "Chị Mai Thị Lựu đang làm việc ở Phòng Tư pháp huyện Bàu Sen.",
    "Sau khi tốt nghiệp, anh Kha Văn Tụ về làm việc tại Tòa án nhân dân huyện Bàu Sen.",
    "Ra trường năm 2015, chị Mai Thị Lựu vào làm việc tại Chi cục Thi hành án dân sự huyện.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"none-{i}") for i, t in enumerate(NO_SESSION)]
)
def test_working_that_is_no_session_makes_no_event(text: str) -> None:
    assert event_facts(text, PUB) == set()


SESSION = [
    "Ngày 5/5, Đoàn công tác của Bộ Tư pháp làm việc với Sở Tư pháp tỉnh Hòa Lâm về công tác "
    "hộ tịch.",
    "Ngày 5/5, Bộ trưởng Kha Văn Tụ đến thăm và làm việc tại Cục Thi hành án dân sự tỉnh Hòa Lâm.",
    "Chiều 5/5, Phó Chủ tịch UBND tỉnh Kha Văn Tụ đã làm việc với Sở Tư pháp tỉnh Hòa Lâm.",
    # a way of working said of the session reported: still the one meeting
    "Ngày 5/5, Sở Tư pháp tỉnh Hòa Lâm làm việc với Đoàn công tác của Bộ Tư pháp trên tinh thần "
    "làm việc thẳng thắn, cởi mở.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"session-{i}") for i, t in enumerate(SESSION)]
)
def test_a_working_session_stays_a_meeting(text: str) -> None:
    assert event_facts(text, PUB) == {("meeting", "2024-05-05")}


def test_an_undated_working_session_stays_a_meeting() -> None:
    text = (
        "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm đã làm việc với UBND huyện Bàu Sen về công tác chứng "
        "thực. Tại buổi làm việc, ông Kha Văn Tụ, Giám đốc Sở đề nghị huyện tăng cường kiểm tra."
    )
    assert event_facts(text, PUB) == {("meeting", None)}
