"""Events, rules session 11: a page's own interview (``chúng tôi có cuộc trao đổi với bà A``,
``Phóng viên có cuộc trò chuyện với ông B``, ``buổi phỏng vấn với PV``) is no activity of the
sector and places no one at an event; a working exchange between bodies (``Sở … có buổi trao
đổi với Đoàn công tác …``) stays a meeting. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

INTERVIEWS = [
    "Nhân dịp cuối năm, chúng tôi đã có buổi trao đổi với bà Khuất Thị Triêm – Giám đốc Sở Tư "
    "pháp tỉnh Hòa Lâm.",
    "Chúng tôi có cuộc trò chuyện với bà Khuất Thị Triêm – Giám đốc Sở Tư pháp tỉnh Hòa Lâm về "
    "công tác hộ tịch.",
    "Nhân dịp đầu xuân, nhà báo đã có buổi gặp gỡ bà Khuất Thị Triêm – Giám đốc Sở Tư pháp tỉnh "
    "Hòa Lâm.",
    "Trong buổi trao đổi với phóng viên, bà Khuất Thị Triêm – Giám đốc Sở Tư pháp tỉnh Hòa Lâm "
    "cho biết nhiều kết quả nổi bật.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"interview-{i}") for i, t in enumerate(INTERVIEWS)]
)
def test_the_pages_interview_is_no_event(text: str) -> None:
    assert event_facts(text) == set()
    assert event_participants(text) == set()


def test_an_exchange_between_bodies_is_a_meeting() -> None:
    text = (
        "Sáng 12/5/2024, Sở Tư pháp tỉnh Hòa Lâm có buổi trao đổi với Đoàn công tác Sở Tư pháp "
        "tỉnh Hà Nam về công tác hộ tịch. Bà Khuất Thị Triêm, Giám đốc Sở chủ trì buổi trao đổi."
    )
    assert event_facts(text, "2024-05-13") == {("meeting", "2024-05-12")}
    assert event_participants(text, "2024-05-13") == {("2024-05-12", "Khuất Thị Triêm")}
