"""Events, rules session 11: an excerpt that reports an activity without a day of its own
(``Tham dự hội thi có …``) and gives its schedule in a sentence of its own (``Thời gian thi từ
3-4/6/2024.``, ``Thời gian tổ chức: ngày 12/5/2024``) dates the activity by the schedule's first
day; two schedules, or a day after the page's date, date nothing. Invented bodies, names and
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_GUEST = (
    "Tham dự hội thi có ông Khuất Văn Triêm, Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục "
    "pháp luật tỉnh Hòa Lâm. Hội thi có 12 đội dự thi đến từ các huyện. "
)
_CONF = (
    "Tham dự hội nghị có ông Khuất Văn Triêm, Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm. "
    "Hội nghị thảo luận nhiều nội dung quan trọng. "
)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(_GUEST + "Thời gian thi từ 3- 4/6/2024.", {("other", "2024-06-03")}, id="thi"),
        pytest.param(
            _GUEST + "Thời gian thi: từ ngày 3 đến ngày 4/6/2024.",
            {("other", "2024-06-03")},
            id="thi-colon",
        ),
        pytest.param(
            _CONF + "Thời gian tổ chức: ngày 12/5/2024.",
            {("conference", "2024-05-12")},
            id="to-chuc",
        ),
        pytest.param(
            _CONF + "Thời gian diễn ra từ sáng ngày 12/5/2024.",
            {("conference", "2024-05-12")},
            id="dien-ra",
        ),
    ],
)
def test_the_schedule_dates_the_undated_activity(text: str, events: set) -> None:
    assert event_facts(text) == events
    assert event_participants(text) == {(d, "Khuất Văn Triêm") for _, d in events}


def test_a_schedule_after_the_page_dates_nothing() -> None:
    text = _GUEST + "Thời gian thi từ 3- 4/6/2024."
    assert ("other", "2024-06-03") not in event_facts(text, "2024-05-20")


def test_two_schedules_date_nothing() -> None:
    text = _GUEST + "Thời gian thi từ 3- 4/6/2024. Thời gian thi: ngày 10/6/2024."
    assert {d for _, d in event_facts(text)} == {None}
