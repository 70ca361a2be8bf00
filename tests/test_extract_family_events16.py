"""Event families, sixteenth table (rules round 5): activities announced without 'sẽ' (a day
followed by 'tới đây', 'Sắp tới', 'Theo lịch,', 'lên kế hoạch', 'đang chuẩn bị', 'Trong tuần
tới') are not events, beside one reported as held (invented bodies' sentences and days only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

AHEAD: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        set(),
        "Ngày 20/6/2024 tới đây, Sở Tư pháp tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.",
    ),
    (None, set(), "Sắp tới, Sở Tư pháp tổ chức Hội thi hòa giải viên giỏi tại huyện Kim Bảng."),
    (
        None,
        set(),
        "Theo lịch, ngày 20/6/2024, Đoàn kiểm tra của Bộ Tư pháp làm việc với UBND tỉnh.",
    ),
    (None, set(), "Sở Tư pháp đang chuẩn bị tổ chức Hội nghị tổng kết công tác năm 2024."),
    (
        None,
        set(),
        "Hội nghị được lên kế hoạch tổ chức vào ngày 20/6/2024 tại Hội trường UBND tỉnh.",
    ),
    (None, set(), "Dự kiến ngày 20/6/2024, Sở Tư pháp tổ chức Lễ kỷ niệm 30 năm Ngày thành lập."),
    (None, set(), "Trong tuần tới, Đoàn công tác của Sở Tư pháp làm việc với các huyện."),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết. Ngày 20/6/2024 tới đây, Sở "
            "tiếp tục tổ chức Hội nghị tập huấn."
        ),
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("future", AHEAD),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
