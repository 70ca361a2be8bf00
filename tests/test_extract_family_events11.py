"""Event families, eleventh table (rules round 5): activities without a head noun (a bare tổng kết
or sơ kết, an admission, volunteering, outreach, legal advice), council sessions (phiên giải
trình, họp Hội đồng thẩm định), trials opened or staged, and trials named as a work category
(tổ chức phiên tòa rút kinh nghiệm) that report none (invented bodies' sentences and days only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

BARE: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, UBND huyện Kim Bảng tổ chức tổng kết 10 năm thi hành Luật Hòa "
            "giải ở cơ sở."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức sơ kết 6 tháng đầu năm công tác tư pháp.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Chi bộ Văn phòng Sở tổ chức kết nạp đảng viên mới.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, UBND tỉnh tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục "
            "hành chính."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn Thanh niên Sở Tư pháp tổ chức chương trình tình nguyện tại "
            "xã Tân Lập."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức tuyên truyền, phổ biến pháp luật cho đồng bào "
            "dân tộc thiểu số."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Hội Luật gia tỉnh tổ chức tư vấn pháp luật miễn phí tại xã Tân Lập.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp họp Hội đồng thẩm định đánh giá xã đạt chuẩn tiếp cận "
            "pháp luật."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp trao quyết định bổ nhiệm Trưởng phòng Hành chính tư pháp.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        (
            "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Lễ chào cờ và công bố quyết định về công "
            "tác cán bộ."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Ngày hội hưởng ứng Ngày Pháp luật Việt Nam.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Tòa án nhân dân tỉnh mở phiên tòa xét xử vụ án tham ô tài sản.",
    ),
    (
        "2024-06-15",
        # (a hearing is oversight: inspection, as the dev gold writes it; rules round 7)
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Thường trực HĐND tỉnh tổ chức phiên giải trình về công tác thi "
            "hành án dân sự."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, VKSND tỉnh tổ chức Hội nghị sơ kết việc tổ chức phiên tòa rút "
            "kinh nghiệm."
        ),
    ),
    (None, set(), "VKSND tỉnh hoàn thành vượt mức chỉ tiêu tổ chức phiên tòa rút kinh nghiệm."),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("bare", BARE),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
