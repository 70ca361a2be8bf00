"""Event family (rules session 15): a sentence that opens by recommending an office what to do
(``Kiến nghị với Chủ tịch UBND huyện A xử lý vi phạm …``, ``Đề xuất với Bộ trưởng xem xét sửa
đổi …``: an inspection's conclusions, a report's proposals) reports no working session, unlike
one reporting to a visiting official or team (``Báo cáo với Đoàn công tác, ông A cho biết …``,
``Kiến nghị với Đoàn công tác, lãnh đạo Chi cục đề nghị …``), which places an excerpt in the
middle of a session. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

RECOMMENDS = [
    "Kiến nghị với Chủ tịch Ủy ban nhân dân huyện Bàu Sen xử lý vi phạm của cán bộ trong công tác "
    "thi hành án dân sự.",
    "Kiến nghị với Bộ trưởng Bộ Tư pháp xem xét sửa đổi Thông tư hướng dẫn về chứng thực.",
    "Đề xuất với Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm chỉ đạo các sở, ngành phối hợp giải quyết "
    "dứt điểm vụ việc.",
    "Kiến nghị với Giám đốc Sở Tư pháp tỉnh Hòa Lâm chấn chỉnh công tác chứng thực tại các xã.",
    "Đề xuất với Chủ tịch Ủy ban nhân dân tỉnh bố trí kinh phí cho công tác trợ giúp pháp lý.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"recommends-{i}") for i, t in enumerate(RECOMMENDS)]
)
def test_a_recommendation_is_no_session(text: str) -> None:
    assert event_facts(text, PUB) == set()


REPORTED_TO = [
    "Báo cáo với Đoàn công tác, ông Lạc Văn Huề, Chi cục trưởng cho biết năm qua Chi cục đã thi "
    "hành xong nhiều việc.",
    "Báo cáo với đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh, lãnh đạo Sở Tư pháp cho biết còn "
    "nhiều khó khăn.",
    "Kiến nghị với Đoàn công tác, lãnh đạo Chi cục đề nghị bổ sung biên chế.",
    # a person addressed by name, not an office: a session's guest asked in person
    "Kiến nghị với Thứ trưởng Lạc Văn Huề, lãnh đạo Cục đề nghị xem xét bổ sung biên chế.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"reported-{i}") for i, t in enumerate(REPORTED_TO)]
)
def test_reporting_to_a_visitor_stays_a_session(text: str) -> None:
    assert event_facts(text, PUB) == {("meeting", None)}
