"""Event families, eighth table (rules round 5): the forms the sector writes heads, abbreviations
and days in (Hội Nghị, HỘI NGHỊ, toạ đàm, BCĐ, TGPL, 12.06.2024, 12 / 6 / 2024, a missing
full stop), and two named activities joined in one sentence (invented bodies' sentences and days
only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

FORMS: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội Nghị Tổng Kết công tác năm 2023.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp và Công an tỉnh tổ chức Lễ Ký kết Quy chế phối hợp.",
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Tập Huấn nghiệp vụ hộ tịch.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "NGÀY 12/6/2024, SỞ TƯ PHÁP TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức toạ đàm về công tác hoà giải ở cơ sở.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, BCĐ THADS tỉnh tổ chức Hội nghị đánh giá công tác phối hợp.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Trung tâm TGPL tỉnh tổ chức TGPL lưu động tại xã Tân Lập.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, UBND tỉnh tổ chức buổi làm việc với Đoàn công tác BTP.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Cục THADS tỉnh tổ chức LỄ CÔNG BỐ QUYẾT ĐỊNH bổ nhiệm Cục trưởng.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12"), ("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết và Lễ trao giải Hội thi.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12"), ("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội Nghị tổng kết và Lễ kỷ niệm 30 năm Ngày thành lập.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12.06.2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12 / 6 / 2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/ 2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Sáng 12-06-2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Sáng ngày 12 - 6 - 2024, Sở Tư pháp tổ chức Hội nghị tổng kết.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Sáng ngày 12/6/2024 tại Hội trường Sở, Hội nghị tổng kết đã được tổ chức.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Sáng 12/6/2024 Sở Tư pháp tổ chức Hội nghị tổng kết",
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("case", FORMS),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
