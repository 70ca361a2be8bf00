"""Event families, ninth table (rules round 5): related-article lists under a report add no
events, a first line that carries a day or a page's stamp, an excerpt that starts mid-sentence,
and titles and bodies whose names hold a cue word (kiểm tra viên, thanh tra viên, Ủy ban Kiểm
tra, phiên tòa lưu động); invented people, bodies' sentences and days only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

RELATED: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023. Tham dự "
            "có ông Nguyễn Văn An - Phó Chủ tịch UBND tỉnh.\nTin liên quan\nSở Tư pháp tổ chức "
            "Lễ kỷ niệm 30 năm Ngày thành lập (05/6/2024)\nHội nghị tập huấn nghiệp vụ hộ tịch "
            "năm 2024 (20/5/2024)"
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.\nCác tin "
            "khác\n- Cục THADS tỉnh tổ chức Hội nghị sơ kết (10/6/2024)\n- Sở Tư pháp ký kết "
            "Quy chế phối hợp với Công an tỉnh (03/6/2024)"
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.\nTin cùng "
            "chuyên mục:\nLễ công bố quyết định bổ nhiệm Phó Giám đốc Sở - 07/06/2024\nKiểm "
            "tra công tác hộ tịch tại huyện Kim Bảng - 01/06/2024"
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.\nBài viết "
            "liên quan\nHội nghị triển khai Luật Đất đai năm 2024 10/06/2024\nTập huấn kỹ năng "
            "hòa giải ở cơ sở 05/06/2024"
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.\nXem "
            "thêm:\n>> Sở Tư pháp tổ chức Lễ kỷ niệm 30 năm Ngày thành lập\n>> Hội nghị tập "
            "huấn nghiệp vụ hộ tịch năm 2024"
        ),
    ),
]

FIRST_DATED: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("conference", "2024-01-15")},
        (
            "Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023 (15/01/2024)\nTham dự có "
            "ông Nguyễn Văn An - Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("conference", "2024-01-15")},
        (
            "15/01/2024 - Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023\nTham dự có "
            "ông Nguyễn Văn An - Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Hội nghị tổng kết công tác tư pháp năm 2023 | 15/01/2024\nTham dự có ông Nguyễn "
            "Văn An - Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("conference", "2024-01-15")},
        (
            "date 2024-01-16 Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023 16/01/2024 "
            "08:12\nSáng 15/1, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "date 2024-01 Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023\nSở Tư pháp "
            "vừa tổ chức Hội nghị tổng kết công tác năm 2023."
        ),
    ),
    (
        None,
        {("conference", "2024-01-15")},
        (
            "tư pháp năm 2023 và đề ra nhiệm vụ năm 2024. Sáng 15/1/2024, Sở Tư pháp tổ chức "
            "Hội nghị tổng kết."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "(Ảnh: Nguyễn Văn An)\nHội nghị tổng kết công tác tư pháp năm 2023 đã diễn ra tại "
            "Hội trường Sở Tư pháp."
        ),
    ),
]

NAMES: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, VKSND tỉnh tổ chức Hội nghị tổng kết với sự tham dự của các kiểm "
            "sát viên, kiểm tra viên toàn ngành."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, Thanh tra tỉnh tổ chức lớp bồi dưỡng nghiệp vụ cho thanh tra viên "
            "các sở, ngành."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị biểu dương báo cáo viên, tuyên truyền "
            "viên pháp luật tiêu biểu."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết, Ủy ban Kiểm tra Đảng ủy Sở "
            "báo cáo kết quả."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Tòa án nhân dân huyện Kim Bảng tổ chức phiên tòa xét xử lưu động "
            "vụ án cố ý gây thương tích."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Tổ công tác đặc biệt của Thủ tướng Chính phủ làm việc với UBND "
            "tỉnh Hà Nam."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Tổ kiểm tra của Sở Tư pháp kiểm tra việc đăng ký hộ tịch tại UBND "
            "xã Tân Lập."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Giám đốc Sở Tư pháp tiếp Đoàn giám sát viên của Bộ Tư pháp.",
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (
            ("related", RELATED),
            ("firstdated", FIRST_DATED),
            ("names", NAMES),
        )
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
