"""Event family (rules session 14): employment is no working session. ``khi mới vào làm việc
tại Chi cục``, ``được nhận vào làm việc``, ``bắt đầu làm việc``, ``từng làm việc``, ``sau 20
năm làm việc``, a narrator's ``tôi được làm việc trong cơ quan …`` say where or how long someone
works: the cue ``làm việc`` reports no meeting there. A working session (``làm việc với``, ``đến
làm việc tại``) still does. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-05-20"

CAREERS = [
    "Dù đã có nhiều năm kinh nghiệm, khi mới vào làm việc tại Chi cục Thi hành án dân sự huyện "
    "Tân Vĩnh, anh Kha Đình Nhượng vẫn gặp nhiều bỡ ngỡ.",
    "Sau khi tốt nghiệp, chị Mai Thị Bưởi được nhận vào làm việc tại Phòng Tư pháp huyện Bàu Sen.",
    "Ông Kha Đình Nhượng bắt đầu làm việc tại Sở Tư pháp tỉnh Hòa Lâm từ năm 2005.",
    "Bà Mai Thị Bưởi từng làm việc ở Phòng Công chứng số 2 tỉnh Hòa Lâm.",
    "Sau 20 năm làm việc trong ngành thi hành án, ông Kha Đình Nhượng vẫn giữ nếp cũ.",
    "Tôi được làm việc trong một tập thể đoàn kết, luôn sẵn sàng giúp đỡ nhau.",
    "Em đã làm việc tại Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm được ba năm.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"career-{i}") for i, t in enumerate(CAREERS)])
def test_employment_is_no_working_session(text: str) -> None:
    assert event_facts(text, PUB) == set()


SESSIONS = [
    (
        "Ngày 15/5, Đoàn công tác của Bộ Tư pháp đến làm việc tại Sở Tư pháp tỉnh Hòa Lâm.",
        {("meeting", "2024-05-15")},
    ),
    (
        "Ngày 15/5, ông Kha Đình Nhượng, Giám đốc Sở Tư pháp tỉnh Hòa Lâm làm việc với Phòng Tư "
        "pháp huyện Bàu Sen.",
        {("meeting", "2024-05-15")},
    ),
    (
        "Ngày 15/5, tôi được làm việc với Đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm.",
        {("meeting", "2024-05-15")},
    ),
]


@pytest.mark.parametrize(
    "text,facts", [pytest.param(t, f, id=f"session-{i}") for i, (t, f) in enumerate(SESSIONS)]
)
def test_a_working_session_stays_a_meeting(text: str, facts: set) -> None:
    assert event_facts(text, PUB) == facts
