"""Event families, tenth table (rules round 5): an excerpt that opens inside a working session
(Báo cáo với Đoàn công tác …, Báo cáo với đồng chí Bộ trưởng …), the year an undated activity
was held when that is all the text gives (ngay từ Quý I năm 2010, Trong năm 2023) but not the
year of what someone reports nor one of history, and a day a party's compliance was done by (đến
ngày 19/01/2024 ông A đã tự nguyện giao tài sản), not a tally's or deadline's day (invented
people, bodies' sentences and days only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

REPORTED_TO: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("meeting", None)},
        (
            "Báo cáo với Đoàn công tác, ông Lê Văn Tám - Giám đốc Sở Tư pháp cho biết năm qua "
            "Sở đã hoàn thành các chỉ tiêu được giao."
        ),
    ),
    (
        None,
        {("meeting", None)},
        (
            "Báo cáo với đồng chí Bộ trưởng, lãnh đạo Cục THADS tỉnh cho biết: trong năm 2023, "
            "toàn tỉnh đã thi hành xong 5.200 việc."
        ),
    ),
    (
        None,
        {("meeting", None)},
        (
            "Báo cáo với Thứ trưởng Nguyễn Văn An, bà Trần Thị Bình - Cục trưởng Cục THADS "
            "tỉnh cho biết đơn vị đã hoàn thành chỉ tiêu."
        ),
    ),
    (
        None,
        {("inspection", None)},
        (
            "Báo cáo với Đoàn kiểm tra, lãnh đạo Phòng Tư pháp huyện cho biết đã hoàn thành "
            "việc số hóa sổ hộ tịch."
        ),
    ),
    (
        None,
        {("meeting", None)},
        "Trình bày với Đoàn công tác, ông Lê Văn Tám cho biết Chi cục còn thiếu 3 Chấp hành viên.",
    ),
    (None, set(), "Sở Tư pháp báo cáo với UBND tỉnh về kết quả công tác năm 2023."),
    (
        None,
        {("training", None)},
        "Ông Lê Văn Tám cho biết, trong năm 2023, Sở đã tổ chức lớp tập huấn cho hòa giải viên.",
    ),
]

YEAR_ONLY: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("conference", None)},
        "Trong năm 2010, Sở Tư pháp đã tổ chức Hội nghị điển hình tiên tiến lần thứ nhất.",
    ),
    (
        "2024-06-15",
        {("conference", "2022")},
        "Trong năm 2022, Sở Tư pháp đã tổ chức Hội nghị điển hình tiên tiến lần thứ hai.",
    ),
    (
        None,
        {("signing", "2010")},
        (
            "Ngay từ Quý I năm 2010, Sở Tư pháp tỉnh Hà Nam đã phát động phong trào thi đua và "
            "tổ chức ký giao ước thi đua với các Phòng Tư pháp."
        ),
    ),
    (
        None,
        {("training", "2023")},
        "Trong năm 2023, Sở Tư pháp đã tổ chức Hội nghị tập huấn chuyên sâu cho hòa giải viên.",
    ),
    (
        None,
        {("conference", "2024")},
        (
            "Vào đầu năm 2024, Cục THADS tỉnh Nam Định đã tổ chức Hội nghị triển khai nhiệm vụ "
            "công tác."
        ),
    ),
    (
        None,
        # (the month given too: YYYY-MM, as the R16 gold writes every month-dated event, 7 of 7)
        {("meeting", "2019-03")},
        "Hồi tháng 3 năm 2019, Đoàn công tác của Bộ Tư pháp đã làm việc với UBND tỉnh Hà Nam.",
    ),
    (
        "2024-06-15",
        {("conference", None)},
        "Vừa qua, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.",
    ),
    (
        None,
        {("conference", None)},
        "Sở Tư pháp đã tổ chức Hội nghị triển khai Kế hoạch công tác năm 2024.",
    ),
]

DONE_BY: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("other", "2024-01-19")},
        (
            "Sau thời gian vận động thuyết phục, đến ngày 19/01/2024 ông Lê Văn Tám đã tự "
            "nguyện giao tài sản thế chấp để thi hành án."
        ),
    ),
    (
        None,
        {("other", "2024-03-15")},
        (
            "Nhờ kiên trì vận động, đến ngày 15/3/2024, bà Trần Thị Chín đã tự nguyện thi hành "
            "xong nghĩa vụ trả nợ."
        ),
    ),
    (
        None,
        {("other", "2024-03-15")},
        (
            "Đến 15/3/2024, gia đình ông Lê Văn Tám đã tự nguyện tháo dỡ công trình để bàn "
            "giao đất cho người được thi hành án."
        ),
    ),
    (None, set(), "Tính đến ngày 30/9/2024, Cục THADS tỉnh đã thi hành xong 1.250 việc."),
    (
        None,
        set(),
        "Từ ngày 01/10/2023 đến ngày 30/6/2024, các cơ quan thi hành án đã thi hành xong 850 việc.",
    ),
    (None, set(), "Đến ngày 30/6/2024, toàn tỉnh đã giải quyết xong 300 việc, đạt 75%."),
    (None, set(), "Hạn chót đến ngày 30/6/2024, các đơn vị phải nộp báo cáo về Sở."),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (
            ("reported", REPORTED_TO),
            ("year", YEAR_ONLY),
            ("byday", DONE_BY),
        )
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
