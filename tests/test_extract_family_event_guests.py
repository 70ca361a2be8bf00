"""An event receiving its guests is that event (rules round 7): ``Đặc biệt, Đại hội đã vinh
dự được đón tiếp đồng chí A, Phó Chủ tịch Quốc hội đến dự`` is about the congress reported (or
first names it), no meeting of its own. Invented sentences on a page with no date."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_FIRSTS = (
    (
        "Đại hội thi đua yêu nước ngành Tòa án nhân dân lần thứ 2 đã thành công tốt đẹp.",
        "Đại hội",
        "other",
    ),
    ("Đại hội Đảng bộ Sở Tư pháp tỉnh Nam Định đã thành công tốt đẹp.", "Đại hội", "other"),
    (
        "Hội nghị tổng kết công tác tư pháp năm 2024 đã thành công tốt đẹp.",
        "Hội nghị",
        "conference",
    ),
    ("Hội thi hòa giải viên giỏi tỉnh Nam Định đã diễn ra sôi nổi.", "Hội thi", "other"),
    ("Lễ kỷ niệm 80 năm Ngày truyền thống ngành Tư pháp đã diễn ra trang trọng.", "Lễ", "ceremony"),
)
_GUESTS = (
    "Đặc biệt, {h} đã vinh dự được đón tiếp Đồng chí Lê Văn Cường, Phó Chủ tịch Quốc hội đến dự "
    "{h} và phát biểu chỉ đạo.",
    "{h} vinh dự được đón tiếp đồng chí Lê Văn Cường, Bộ trưởng Bộ Tư pháp.",
    "Tại đây, {h} đã đón tiếp đoàn đại biểu tỉnh Hủa Phăn.",
    "{h} cũng vinh dự đón đồng chí Lê Văn Cường, Phó Thủ tướng Chính phủ về dự.",
    "Đặc biệt, {h} vui mừng được đón tiếp các đồng chí lão thành cách mạng.",
)
ROWS = [
    (f"{first} {guest.format(h=head)}", {(kind, None)})
    for first, head, kind in _FIRSTS
    for guest in _GUESTS
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(*row, id=f"guest-{i:02d}") for i, row in enumerate(ROWS)]
)
def test_an_event_receiving_its_guests_is_that_event(
    text: str, expected: set[tuple[str, None]]
) -> None:
    assert event_facts(text) == expected
