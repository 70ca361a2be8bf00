"""Event family (rules session 14): an activity reported with no day but as a round of a year
(``tập huấn nghiệp vụ … đợt 1/2024``, ``bồi dưỡng … đợt 2 năm 2024``) is dated by that year
(``YYYY``, as the conventions date what gives only a year), also after ``Vừa qua``; a day
given dates it to the day, and a round of a year long before the page gives no date. Invented
bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, participants_by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-05-10"

ROUNDS = [
    "Tòa án nhân dân tỉnh Hòa Lâm vừa tổ chức tập huấn nghiệp vụ xét xử cho hơn 200 thẩm phán, "
    "đợt 1/2024.",
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức bồi dưỡng nghiệp vụ hộ tịch đợt 2 năm 2024 cho công "
    "chức tư pháp xã.",
    "Mới đây, Cục Thi hành án dân sự tỉnh Hòa Lâm đã tổ chức tập huấn nghiệp vụ cho chấp hành "
    "viên đợt I/2024.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"round-{i}") for i, t in enumerate(ROUNDS)])
def test_a_round_of_a_year_dates_the_activity(text: str) -> None:
    assert event_facts(text, PUB) == {("training", "2024")}


def test_its_participants_follow_the_year() -> None:
    text = ROUNDS[0] + " Ông Kha Văn Tụ, Phó Chánh án Tòa án nhân dân tỉnh phát biểu khai mạc."
    assert participants_by_date(text, PUB) == {"2024": {"Kha Văn Tụ"}}


def test_a_day_given_dates_it_to_the_day() -> None:
    text = "Ngày 5/5, Tòa án nhân dân tỉnh Hòa Lâm tổ chức tập huấn nghiệp vụ đợt 1/2024."
    assert event_facts(text, PUB) == {("training", "2024-05-05")}


def test_a_round_long_before_the_page_gives_no_date() -> None:
    text = "Sở Tư pháp tỉnh Hòa Lâm vừa tổ chức tập huấn nghiệp vụ đợt 1/2017."
    assert event_facts(text, PUB) == {("training", None)}


def test_a_year_in_the_activitys_name_gives_no_date() -> None:
    text = "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác tư pháp năm 2023."
    assert event_facts(text, PUB) == {("conference", None)}
