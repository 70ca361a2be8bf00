"""Event families, fifteenth table (rules round 5): signings in every phrasing (ký, ký kết, Lễ
ký, ký giao ước, ký Kế hoạch hợp tác, ký cam kết) and the signing that is no activity reported:
a document said to have been signed (Quy chế phối hợp đã ký kết với …) or a plan an official
signs (invented bodies' sentences and days only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

SIGNING: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, đại diện lãnh đạo hai đơn vị đã ký Quy chế phối hợp trong công "
            "tác thi hành án dân sự."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp và Đài Phát thanh - Truyền hình tỉnh ký Chương trình "
            "phối hợp tuyên truyền pháp luật."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, Bộ Tư pháp và Bộ Tư pháp Campuchia ký Kế hoạch hợp tác năm 2024.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Cục THADS tỉnh và Ngân hàng Nông nghiệp chi nhánh tỉnh ký kết "
            "Biên bản thỏa thuận phối hợp."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, các đơn vị trong Khối thi đua ký giao ước thi đua năm 2024.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Lễ ký Thỏa thuận hợp tác với Sở Tư pháp tỉnh Hủa Phăn.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, Liên ngành Tư pháp tỉnh đã ký Quy chế phối hợp liên ngành.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp và UBND các huyện ký cam kết thực hiện chỉ tiêu thi đua.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết 3 năm thực hiện Quy chế phối "
            "hợp đã ký kết với Công an tỉnh."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp đã ký kết với Công an tỉnh Quy chế phối hợp trong công "
            "tác lý lịch tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, hai bên đã ký kết Quy chế phối hợp giai đoạn 2024 - 2029.",
    ),
    (None, set(), "Chủ tịch UBND tỉnh đã ký Kế hoạch số 120/KH-UBND về triển khai Luật Đất đai."),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("signing", SIGNING),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
