"""Event kinds, rules session 11: an anniversary the activity answers to (``Hưởng ứng kỷ niệm
ngày thành lập …, Sở … tổ chức …``), also behind an outlet's tag (``ABC - Hưởng ứng kỷ niệm
…``), is its occasion, not a ceremony held; a ``Lễ kỷ niệm`` held stays a ceremony. Invented
bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    ("text", "published", "events"),
    [
        pytest.param(
            "Hưởng ứng kỷ niệm Ngày Pháp luật Việt Nam, ngày 5/11/2024, Sở Tư pháp tỉnh Hòa Lâm "
            "tổ chức tuyên truyền pháp luật lưu động tại xã Yên Lạc.",
            "2024-11-06",
            {("other", "2024-11-05")},
            id="huong-ung",
        ),
        pytest.param(
            "HLO - Hưởng ứng kỷ niệm Ngày thành lập Hội Luật gia (15/4), ngày 14/4/2024, Hội "
            "Luật gia tỉnh Hòa Lâm tổ chức tư vấn pháp luật miễn phí tại xã Yên Lạc.",
            "2024-04-15",
            {("other", "2024-04-14")},
            id="behind-a-tag",
        ),
        pytest.param(
            "Hưởng ứng kỷ niệm Ngày Pháp luật Việt Nam, sáng 8/11/2024, Sở Tư pháp tỉnh Hòa Lâm "
            "tổ chức Hội nghị tọa đàm về văn hóa pháp lý.",
            "2024-11-09",
            {("conference", "2024-11-08")},
            id="names-a-conference",
        ),
        pytest.param(
            "Sáng 5/11/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Lễ kỷ niệm 79 năm Ngày truyền thống "
            "ngành Tư pháp.",
            "2024-11-06",
            {("ceremony", "2024-11-05")},
            id="le-ky-niem",
        ),
    ],
)
def test_the_anniversary_answered_to_is_the_occasion(
    text: str, published: str, events: set
) -> None:
    assert event_facts(text, published) == events


@pytest.mark.parametrize(
    ("text", "published", "events"),
    [
        pytest.param(
            "Ngày 27/7/2024, Công đoàn Sở Tư pháp tỉnh Hòa Lâm tổ chức buổi họp mặt chào mừng kỷ "
            "niệm 50 năm Ngày thành lập Công đoàn ngành.",
            "2024-07-28",
            {("ceremony", "2024-07-27")},
            id="hop-mat-chao-mung",
        ),
        # (a "gặp mặt" greeting an anniversary is a meeting: test_extract_family_events_adjudicated)
        # an emulation greeting an anniversary holds none
        pytest.param(
            "Ngày 5/3/2024, Sở Tư pháp tỉnh Hòa Lâm phát động thi đua chào mừng kỷ niệm 79 năm "
            "Ngày truyền thống ngành Tư pháp.",
            "2024-03-06",
            {("other", "2024-03-05")},
            id="thi-dua-chao-mung",
        ),
    ],
)
def test_a_get_together_greeting_an_anniversary_is_a_ceremony(
    text: str, published: str, events: set
) -> None:
    assert event_facts(text, published) == events
