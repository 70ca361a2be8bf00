"""Event families, twelfth table (rules round 5): more day forms (several days of a month
without a year, 'đến hết ngày', a weekday before the day, 'Hôm 12/6', 'Mới đây (12/6)', a first
day opened by 'Từ ngày' and a comma) and the spans that report no one activity ('Từ ngày … đến
nay' with a tally, a law's force, a plan); invented bodies' sentences and days only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

DAYS: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-01-20",
        {("training", "2024-01-11")},
        "Ngày 11, 12 tháng 01, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        None,
        {("training", None)},
        "Ngày 11, 12 tháng 01, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        None,
        {("training", "2024-01-11")},
        "Trong các ngày 11/01 và 12/01/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        None,
        {("training", "2024-01-11")},
        "Từ ngày 11/01 đến hết ngày 12/01/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Từ 8 giờ ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Sáng thứ Tư, ngày 12 tháng 6 năm 2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Sáng thứ Tư (ngày 12/6), Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Vào sáng ngày 12-6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("training", "2024-06-12")},
        "Trong hai ngày 12 và 13-6, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        "2024-06-20",
        {("training", "2024-06-12")},
        "Trong 2 ngày (12 - 13/6), Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Ngày 12.6, tại Hội trường Sở, Hội nghị tổng kết đã được tổ chức.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Hôm 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Ngày 12/6 vừa qua, Sở Tư pháp đã tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Vừa qua, ngày 12/6, Sở Tư pháp đã tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Mới đây (12/6), Sở Tư pháp đã tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("conference", "2024-06-12")},
        "Vào ngày 12/6, tại Hội trường Sở Tư pháp đã diễn ra Hội nghị tổng kết.",
    ),
    (
        "2024-06-20",
        {("training", "2024-06-12")},
        "Từ ngày 12/6, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ kéo dài 3 ngày.",
    ),
    (
        "2025-01-05",
        {("conference", "2024-12-30")},
        "Ngày 30/12, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2024.",
    ),
    (
        "2025-01-05",
        {("conference", "2025-01-03")},
        "Ngày 3/1, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2024.",
    ),
    (None, set(), "Từ ngày 15/3/2024 đến nay, Sở Tư pháp đã tổ chức 10 hội nghị tập huấn."),
    (None, set(), "Từ ngày 01/7/2024, Luật Đất đai năm 2024 có hiệu lực thi hành."),
    (None, set(), "Từ ngày 01/6/2024, Sở Tư pháp sẽ tổ chức kiểm tra tại các xã."),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("days", DAYS),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
