"""Event family (rules session 14): two named activities joined by ``và`` after a person's
verb (``Thủ tướng A dự Lễ kỷ niệm … và Đại hội thi đua …``) are two events: the person's name
before ``dự`` does not make ``Lễ`` part of a name (as ``Trung tâm Hội nghị`` is). Invented names
and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-08-26"

TWO = [
    "Sáng 25/8, Phó Thủ tướng Kha Đình Nhượng dự Lễ kỷ niệm 79 năm Ngày truyền thống ngành Tư "
    "pháp và Đại hội thi đua yêu nước ngành Tư pháp lần thứ VII.",
    "Sáng 25/8, Bộ trưởng Mai Trọng Bưởi dự Lễ kỷ niệm 79 năm Ngày truyền thống ngành Tư pháp và "
    "Đại hội đại biểu Hội Luật gia tỉnh Hòa Lâm.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"two-{i}") for i, t in enumerate(TWO)])
def test_a_person_attending_two_named_activities_gives_two_events(text: str) -> None:
    assert event_facts(text, PUB) == {("ceremony", "2024-08-25"), ("other", "2024-08-25")}


def test_a_venue_named_after_an_activity_is_still_no_head() -> None:
    text = (
        "Sáng 25/8, tại Trung tâm Hội nghị tỉnh Hòa Lâm, Sở Tư pháp tổ chức Lễ kỷ niệm 79 năm "
        "Ngày truyền thống ngành Tư pháp."
    )
    assert event_facts(text, PUB) == {("ceremony", "2024-08-25")}
