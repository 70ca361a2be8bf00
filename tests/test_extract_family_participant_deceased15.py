"""Participant family (rules session 15): someone the page says has died (``bà A (đã mất năm
2004)``, ``ông B (đã chết)``, ``ông C đã mất từ năm 2010``), typically the owner of the assets an
enforcement hands over, is at no event of the page. An official at the enforcement who spent days
on it (``ông D đã mất nhiều ngày vận động``) stays. Invented bodies, names and sentences only.
"""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"
LEAD = "Ngày 5/6, Chi cục Thi hành án dân sự huyện Bàu Sen tổ chức cưỡng chế giao nhà, đất. "
CHIEF = "Ông Tạ Văn Khởi, Chi cục trưởng chỉ đạo buổi cưỡng chế."

DECEASED = [
    "Tài sản là nhà, đất của bà Lạc Thị Huề (đã mất năm 2010). ",
    "Nhà, đất đứng tên ông Lạc Văn Huề (đã chết) và vợ là người phải thi hành án. ",
    "Thửa đất trước đây thuộc quyền sử dụng của ông Lạc Văn Huề (mất năm 2015). ",
    "Người được thi hành án là các con của ông Lạc Văn Huề, ông Huề đã mất từ năm 2018. ",
    "Nhà, đất là di sản của ông Lạc Văn Huề đã chết vào năm 2019. ",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"dead-{i}") for i, t in enumerate(DECEASED)])
def test_someone_deceased_is_no_participant(text: str) -> None:
    assert event_participants(LEAD + text + CHIEF, PUB) == {("2024-06-05", "Tạ Văn Khởi")}


def test_time_or_effort_spent_is_no_death() -> None:
    text = (
        LEAD + "Ông Lạc Văn Huề, Phó Chủ tịch Ủy ban nhân dân xã Tân Vĩnh dự buổi cưỡng chế; ông "
        "Lạc Văn Huề đã mất nhiều ngày vận động gia đình tự nguyện giao nhà. " + CHIEF
    )
    assert ("2024-06-05", "Lạc Văn Huề") in event_participants(text, PUB)
