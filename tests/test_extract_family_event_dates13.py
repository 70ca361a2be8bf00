"""Event family (rules session 13): a day range typed with a space on one side of the dash
(``Trong 2 ngày (23 và 24 -6)``) dates its event on its first day like any range; a day whose
sentence dates a law, not an activity (``Ngày 20/6/2012, tại kỳ họp thứ 3, Quốc hội đã thông
qua Luật …``, ``… Chủ tịch nước đã ký Lệnh công bố Luật …``), is no event, while an activity
held on a law (``tổ chức hội nghị quán triệt Luật …``) is. Invented bodies, names and sentences
only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

RANGES = [
    (
        "Trong 2 ngày (23 và 24 -6), Hội Luật gia tỉnh Hòa Lâm đã tổ chức Đại hội nhiệm kỳ V.",
        "2021-06-23",
    ),
    (
        "Trong 2 ngày (23 và 24- 6), Hội Luật gia tỉnh Hòa Lâm đã tổ chức Đại hội nhiệm kỳ V.",
        "2021-06-23",
    ),
    (
        "Trong hai ngày 23 và 24 -6, Hội Luật gia tỉnh Hòa Lâm đã tổ chức Đại hội nhiệm kỳ V.",
        "2021-06-23",
    ),
    (
        "Trong 3 ngày (từ 21 đến 23 -6), Sở Tư pháp tỉnh Hòa Lâm tổ chức Đại hội Chi bộ.",
        "2021-06-21",
    ),
    # the forms without the space, as before
    (
        "Trong 2 ngày (23 và 24-6), Hội Luật gia tỉnh Hòa Lâm đã tổ chức Đại hội nhiệm kỳ V.",
        "2021-06-23",
    ),
]


@pytest.mark.parametrize(
    "text,day", [pytest.param(t, d, id=f"range-{i}") for i, (t, d) in enumerate(RANGES)]
)
def test_a_spaced_range_dates_its_event_on_the_first_day(text: str, day: str) -> None:
    assert event_facts(text, "2021-06-25") == {("other", day)}


def test_a_spaced_dash_without_a_day_word_is_no_date() -> None:
    text = "Đại hội Hội Luật gia tỉnh Hòa Lâm có 23 và 24 -6 đoàn đại biểu tham dự."
    assert all(date is None for _kind, date in event_facts(text, "2021-06-25"))


LAWS = [
    "Ngày 20 tháng 6 năm 2012, tại kỳ họp thứ 3, Quốc hội khóa XIII đã thông qua Luật Giám "
    "định tư pháp.",
    "Ngày 02/7/2012, Chủ tịch nước đã ký Lệnh công bố Luật Giám định tư pháp.",
    "Ngày 29/9/2004, Ủy ban Thường vụ Quốc hội đã thông qua Pháp lệnh Giám định tư pháp.",
    "Ngày 10/11/2023, Quốc hội vừa thông qua Luật Hòa giải ở cơ sở sửa đổi.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"law-{i}") for i, t in enumerate(LAWS)])
def test_a_laws_day_is_no_event(text: str) -> None:
    assert event_facts(text, "2024-03-01") == set()


HELD = [
    (
        "Ngày 5/2/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị quán triệt Luật Đất đai vừa "
        "được Quốc hội thông qua.",
        ("conference", "2024-02-05"),
    ),
    (
        "Ngày 5/2/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tập huấn, giới thiệu Luật Đất "
        "đai mà Quốc hội đã thông qua Luật tại kỳ họp thứ 5.",
        ("training", "2024-02-05"),
    ),
    (
        "Sáng 8/1/2024, Bộ Tư pháp tổ chức họp báo công bố Lệnh của Chủ tịch nước công bố các "
        "luật đã được Quốc hội thông qua.",
        ("meeting", "2024-01-08"),
    ),
    # the law's passing as the topic or the time of another activity (the reviewer's cases)
    (
        "Sáng 10/1/2024, Đoàn đại biểu Quốc hội tỉnh Hòa Lâm tiếp xúc cử tri huyện Tân Mỹ, "
        "thông tin về việc Quốc hội đã thông qua Luật Đất đai.",
        ("meeting", "2024-01-10"),
    ),
    (
        "Ngày 12/2/2024, Sở Tư pháp tỉnh Hòa Lâm khai mạc lớp bồi dưỡng nghiệp vụ sau khi "
        "Quốc hội thông qua Luật Công chứng.",
        ("training", "2024-02-12"),
    ),
]


@pytest.mark.parametrize(
    "text,fact", [pytest.param(t, f, id=f"held-{i}") for i, (t, f) in enumerate(HELD)]
)
def test_an_activity_held_on_a_law_is_an_event(text: str, fact: tuple[str, str]) -> None:
    assert event_facts(text, "2024-03-01") == {fact}


UNDATED_LAWS = [
    "Tại kỳ họp thứ 3, Quốc hội khóa XIII đã thông qua Luật Giám định tư pháp.",
    "Sau đó, Chủ tịch nước đã ký Lệnh công bố Luật Giám định tư pháp.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"undated-law-{i}") for i, t in enumerate(UNDATED_LAWS)]
)
def test_a_law_passed_without_a_day_is_no_event(text: str) -> None:
    assert event_facts(text) == set()


def test_an_undated_activity_on_a_law_is_an_event() -> None:
    text = "Sở Tư pháp tỉnh Hòa Lâm vừa tổ chức hội nghị quán triệt Luật Giám định tư pháp."
    assert event_facts(text) == {("conference", None)}
