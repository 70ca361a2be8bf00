"""Event families, fifth table (rules round 5): several cues in one sentence. The activity held
decides, not a field of work it treats (công tác kiểm tra, giám sát; về công tác tập huấn), a
result or decision it hears (kết quả kiểm tra, Quyết định kiểm tra) nor an activity it plans
(kế hoạch tổ chức Hội nghị tập huấn); invented people, bodies' sentences and days only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

KINDS: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết công tác kiểm tra, xử lý văn "
            "bản quy phạm pháp luật."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, Thứ trưởng Nguyễn Văn An dự Hội nghị tập huấn chuyên sâu về công "
            "tác thi hành án."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Lễ kỷ niệm 30 năm Ngày thành lập Sở Tư pháp, Bộ trưởng Bộ Tư "
            "pháp trao Huân chương Lao động hạng Nhì cho Sở."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ban Chỉ đạo THADS tỉnh họp phiên thứ 3 nghe báo cáo kết quả kiểm "
            "tra tại các Chi cục."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị công bố Quyết định kiện toàn Hội đồng "
            "phối hợp phổ biến, giáo dục pháp luật."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, UBND tỉnh tổ chức Hội nghị giao ban công tác kiểm tra, giám sát 6 "
            "tháng đầu năm."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn giám sát của HĐND tỉnh làm việc với Sở Tư pháp về công tác "
            "tập huấn, bồi dưỡng hòa giải viên."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, lãnh đạo Sở Tư pháp họp bàn kế hoạch tổ chức Hội nghị tập huấn "
            "cho hòa giải viên."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức họp báo công bố kết quả Hội thi hòa giải viên giỏi.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Hội nghị sơ kết, đồng thời ký kết Quy chế "
            "phối hợp với Công an tỉnh."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Hội nghị ký kết giao ước thi đua, Cụm thi đua số 4 đã suy tôn "
            "Sở Tư pháp tỉnh Ninh Bình dẫn đầu."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Thứ trưởng Nguyễn Văn An dự và chỉ đạo Hội nghị ký kết Quy chế "
            "phối hợp liên ngành."
        ),
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Tư pháp tổ chức Hội "
            "nghị tập huấn nghiệp vụ."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị triển khai công tác thanh tra năm 2024.",
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức tập huấn kỹ năng kiểm tra văn bản cho công "
            "chức cấp huyện."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Hội nghị tổng kết công tác thi hành án dân "
            "sự, theo dõi thi hành án hành chính và công tác kiểm tra năm 2023."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hòa "
            "giải ở cơ sở và khen thưởng các tập thể, cá nhân."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Hội nghị trực tuyến tổng kết công tác tư pháp được tổ chức với sự "
            "tham dự của Thứ trưởng Nguyễn Văn An."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Lễ công bố Quyết định kiểm tra công tác hộ tịch.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Giám đốc Sở Tư pháp chủ trì cuộc họp về công tác chuẩn bị tổ chức "
            "Hội nghị tổng kết."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị sơ kết công tác phối hợp giữa Sở Tư "
            "pháp và Công an tỉnh trong kiểm tra, giám sát."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn công tác Sở Tư pháp tỉnh Hà Nam đã đến thăm và làm việc với "
            "Sở Tư pháp tỉnh Hủa Phăn về hợp tác tập huấn."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp công bố Quyết định và tiến hành kiểm tra tại Phòng Tư "
            "pháp huyện Kim Bảng."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Hà Nội, Hội thảo khoa học về công tác giám sát thi hành án "
            "dân sự đã diễn ra."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đảng bộ Sở Tư pháp tổ chức Lễ trao Huy hiệu 40 năm tuổi Đảng cho "
            "đảng viên."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội thi hòa giải viên giỏi nhằm giao lưu, trao "
            "đổi, học tập kinh nghiệm."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, hai đơn vị đã tổ chức trao đổi, học tập kinh nghiệm về công tác hòa giải.",
    ),
]

CITED: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        set(),
        (
            "Thực hiện kế hoạch tổ chức Hội thi của UBND huyện, các xã đã xây dựng kế hoạch tổ "
            "chức Hội thi tại cơ sở."
        ),
    ),
    (None, set(), "Theo kế hoạch, Hội thi sẽ được tổ chức tại 12 xã trong tháng 7."),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (
            ("kinds", KINDS),
            ("cited", CITED),
        )
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
