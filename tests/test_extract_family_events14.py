"""Event families, fourteenth table (rules round 5): a capitalized first line taken for page
furniture states the excerpt's event when it names an activity (LỄ KỶ NIỆM …, LỄ KÝ KẾT …, TẬP
HUẤN …) and the body reports someone taking part; a site's section label (TIN HOẠT ĐỘNG - HỘI
NGHỊ, HỘI THẢO) or a plan's title states none (invented bodies and people only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

HEADERS: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        set(),
        "TIN HOẠT ĐỘNG - HỘI NGHỊ, HỘI THẢO\nTham dự có ông Nguyễn Văn An - Giám đốc Sở Tư pháp.",
    ),
    (
        None,
        set(),
        (
            "SỰ KIỆN - HOẠT ĐỘNG CỦA SỞ TƯ PHÁP TỈNH HÀ NAM\nTham dự có ông Nguyễn Văn An - "
            "Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("ceremony", None)},
        (
            "LỄ KỶ NIỆM 30 NĂM NGÀY THÀNH LẬP SỞ TƯ PHÁP\nTham dự có ông Nguyễn Văn An - Phó "
            "Chủ tịch UBND tỉnh."
        ),
    ),
    (
        None,
        {("signing", None)},
        (
            "LỄ KÝ KẾT QUY CHẾ PHỐI HỢP GIỮA SỞ TƯ PHÁP VÀ CÔNG AN TỈNH\nTham dự có ông Nguyễn "
            "Văn An - Phó Chủ tịch UBND tỉnh."
        ),
    ),
    (
        None,
        {("training", None)},
        (
            "TẬP HUẤN NGHIỆP VỤ HỘ TỊCH CHO CÔNG CHỨC CẤP XÃ NĂM 2024\nTham dự có ông Nguyễn "
            "Văn An - Phó Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        set(),
        (
            "KẾ HOẠCH TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC TƯ PHÁP NĂM 2024\nCác đơn vị chuẩn bị "
            "báo cáo gửi về Sở Tư pháp."
        ),
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("headers", HEADERS),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
