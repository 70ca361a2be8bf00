"""A get-together (``họp mặt``) is a meeting, like ``gặp mặt``, also when it marks an
anniversary (``Họp mặt kỷ niệm 95 năm Ngày thành lập …``) or a day (``Họp mặt nhân Ngày Quốc tế
Phụ nữ``): the head noun decides, and the anniversary it marks does not make it a ceremony. A
``Lễ kỷ niệm`` held is still a ceremony. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_ROWS = [
    (
        "Sáng 8/3/2024, Công đoàn Sở Tư pháp tỉnh Nam Định tổ chức họp mặt kỷ niệm 114 năm Ngày "
        "Quốc tế Phụ nữ.",
        {("meeting", "2024-03-08")},
    ),
    (
        "Chiều 19/10/2023, Chi hội Phụ nữ Cục Thi hành án dân sự tỉnh Yên Bái tổ chức Họp mặt kỷ "
        "niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
        {("meeting", "2023-10-19")},
    ),
    (
        "Vừa qua, Tòa án nhân dân tỉnh Bắc Kạn tổ chức buổi họp mặt cán bộ hưu trí nhân dịp kỷ "
        "niệm Ngày truyền thống của ngành.",
        {("meeting", None)},
    ),
    (
        "Ngày 27/8/2024, Sở Tư pháp tỉnh Hà Giang họp mặt các đồng chí nguyên lãnh đạo Sở qua các "
        "thời kỳ.",
        {("meeting", "2024-08-27")},
    ),
    # a ceremony held stays one
    (
        "Sáng 28/8/2024, Sở Tư pháp tỉnh Hà Giang tổ chức Lễ kỷ niệm 79 năm Ngày truyền thống "
        "ngành Tư pháp.",
        {("ceremony", "2024-08-28")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"gathering-{i:02d}") for i, (t, e) in enumerate(_ROWS)],
)
def test_gathering_kind(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_facts(text) == expected
