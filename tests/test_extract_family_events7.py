"""Event families, seventh table (rules round 5): whole short pages. Several stops of one visit
are one event, the activity the report goes on to (Chiều cùng ngày, Sau đó, Trước đó, ngày …)
is another, a caption dates an undated lead, and what is said at the event adds none (invented
people, bodies' sentences and days; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

PAGES: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Sáng 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm "
            "2023. Tham dự có ông Nguyễn Văn An - Phó Chủ tịch UBND tỉnh. Hội nghị đã nghe báo "
            "cáo tổng kết và thảo luận. Phát biểu chỉ đạo, ông An đề nghị Sở tiếp tục đổi mới. "
            "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 05 tập thể."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn công tác Bộ Tư pháp do Thứ trưởng Nguyễn Văn An làm trưởng "
            "đoàn đã làm việc với Cục THADS tỉnh Hà Nam. Tiếp đó, Đoàn đã làm việc tại Chi cục "
            "THADS huyện Kim Bảng."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12"), ("ceremony", "2024-06-14")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. Ngày "
            "14/6/2024, Sở tổ chức Lễ kỷ niệm 30 năm Ngày thành lập."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12"), ("meeting", "2024-06-10")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Trước đó, ngày 10/6/2024, "
            "Sở đã tổ chức họp báo giới thiệu Hội nghị."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Trong 2 ngày 12-13/6/2024, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ hộ tịch. "
            "Ngày 13/6, các học viên được hướng dẫn thực hành trên phần mềm."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Vừa qua, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023.\nQuang cảnh Hội "
            "nghị ngày 12/6/2024."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12"), ("signing", "2024-06-12")},
        (
            "Sáng 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết. Chiều cùng ngày, Sở Tư pháp và "
            "Công an tỉnh tổ chức Lễ ký kết Quy chế phối hợp."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12"), ("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn công tác của Bộ Tư pháp làm việc với Sở Tư pháp tỉnh Hà Nam. "
            "Sau đó, Đoàn đã đến thăm và tặng quà gia đình chính sách tại xã Tân Lập."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn kiểm tra của Cục THADS tỉnh đã kiểm tra tại Chi cục THADS "
            "huyện Kim Bảng. Buổi làm việc diễn ra trong không khí thẳng thắn. Kết thúc buổi "
            "kiểm tra, ông Nguyễn Văn An - Phó Cục trưởng đánh giá cao kết quả."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        (
            "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Lễ công bố quyết định bổ nhiệm Phó Cục "
            "trưởng. Tại buổi lễ, ông Nguyễn Văn An trao quyết định và tặng hoa chúc mừng."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Tại Hội nghị, Giám đốc Sở "
            "trao Giấy khen cho các tập thể. Hội nghị kết thúc vào chiều cùng ngày."
        ),
    ),
    (
        None,
        {("conference", None), ("meeting", None)},
        (
            "Sáng 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết. Chiều 12/6, Đoàn công tác làm "
            "việc với Chi cục THADS huyện Kim Bảng."
        ),
    ),
    (
        None,
        {("conference", None), ("ceremony", None)},
        (
            "Sáng 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết. Ngày 14/6, Sở tổ chức Lễ kỷ niệm "
            "30 năm Ngày thành lập."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp khai mạc lớp bồi dưỡng nghiệp vụ hòa giải. Lớp bồi "
            "dưỡng diễn ra trong 3 ngày, từ ngày 12 đến 14/6/2024."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Bộ Tư pháp tổ chức Hội nghị trực tuyến toàn quốc triển khai công "
            "tác năm 2024. Tại điểm cầu tỉnh Hà Nam, ông Nguyễn Văn An - Phó Chủ tịch UBND "
            "tỉnh chủ trì."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam và Sở Tư pháp tỉnh Hủa Phăn ký kết Biên "
            "bản ghi nhớ hợp tác giai đoạn 2024 - 2029. Trước khi ký kết, hai bên đã hội đàm "
            "về kết quả hợp tác."
        ),
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (("pages", PAGES),)
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
