"""Event families, fourth table (rules round 5): kinds of further activities (launches, hearings,
checks named by their team, council questions), days of laws passed, sessions and campaigns,
recurring and counted activities, and ranges that end a sentence (invented people, bodies'
sentences and days; no sentence of any real article)."""

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
            "Ngày 12/6/2024, Sở Tư pháp phối hợp với Đài PT-TH tỉnh tổ chức Chương trình tọa "
            "đàm trực tiếp về phòng, chống bạo lực gia đình."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Lễ phát động Tháng hành động phòng, chống ma túy.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, UBND xã Tân Lập tổ chức Lễ ra mắt mô hình Tổ hòa giải điểm.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        (
            "Ngày 12/6/2024, Bộ Tư pháp tổ chức Lễ công bố Quyết định thành lập Cục Quản lý "
            "thi hành án dân sự."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức hội nghị lấy ý kiến góp ý dự thảo Luật Đất đai "
            "(sửa đổi)."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024.",
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Chi bộ Sở Tư pháp tổ chức sinh hoạt chuyên đề quý II.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Bộ trưởng Bộ Tư pháp hội đàm với Bộ trưởng Bộ Tư pháp Lào.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Bộ trưởng Bộ Tư pháp tiếp xã giao Đại sứ Hàn Quốc tại Việt Nam.",
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn kiểm tra liên ngành tiến hành kiểm tra công tác thi hành án "
            "tại Chi cục THADS huyện Kim Bảng."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Tổ công tác của UBND tỉnh kiểm tra tiến độ giải quyết hồ sơ tại "
            "Sở Tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, VKSND tỉnh kiểm sát trực tiếp việc tuân theo pháp luật tại Cục "
            "THADS tỉnh."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức Hội "
            "thi Hòa giải viên giỏi."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Ngày hội Pháp luật tại thành phố Phủ Lý.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị biểu dương, khen thưởng các tập thể, "
            "cá nhân điển hình."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Cục THADS tỉnh tổ chức Lễ trao Quyết định nghỉ hưu cho Chấp hành viên.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức buổi lễ chào cờ đầu tháng.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, Cụm thi đua số 2 tổ chức Hội nghị tổng kết công tác thi đua và ký "
            "kết giao ước thi đua năm 2024."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp và Hội Luật gia tỉnh ký kết chương trình phối hợp.",
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        "Ngày 12/6/2024, hai bên đã ký Biên bản thỏa thuận hợp tác giai đoạn 2024 - 2029.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị triển khai Kế hoạch kiểm tra năm 2024.",
    ),
    (
        "2024-06-15",
        {("training", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị tập huấn công tác kiểm tra văn bản.",
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn kiểm tra của Bộ Tư pháp đã làm việc với UBND tỉnh về kết quả "
            "thực hiện Luật Xử lý vi phạm hành chính."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn kiểm tra số 1 của Ban Chỉ đạo THADS tỉnh làm việc tại Chi "
            "cục THADS huyện Kim Bảng."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, lãnh đạo Sở Tư pháp đã có buổi tiếp, làm việc với Đoàn công tác "
            "của Bộ Tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ban Thường vụ Tỉnh ủy làm việc với Ban cán sự đảng UBND tỉnh về "
            "công tác tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Chi cục THADS huyện Kim Bảng tổ chức thi hành án đối với khoản nợ "
            "của ông Lê Văn T."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị trực tuyến kết nối với 98 điểm cầu cấp xã.",
    ),
    (
        "2024-06-15",
        # (a questioning session is oversight, as a hearing is: inspection; rules round 7)
        {("inspection", "2024-06-12")},
        "Ngày 12/6/2024, Thường trực HĐND tỉnh tổ chức phiên chất vấn và trả lời chất vấn.",
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Hà Nội, Bộ Tư pháp long trọng tổ chức Lễ kỷ niệm 79 năm Ngày "
            "truyền thống ngành Tư pháp và đón nhận Huân chương Lao động hạng Nhất."
        ),
    ),
]

CITED: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        set(),
        "Sở Tư pháp được thành lập theo Quyết định số 123/QĐ-UB ngày 15/10/1992 của UBND tỉnh.",
    ),
    (
        None,
        set(),
        (
            "Luật Thi hành án dân sự (sửa đổi) được Quốc hội thông qua tại Kỳ họp thứ 9 ngày "
            "24/6/2025."
        ),
    ),
    (
        None,
        set(),
        "Chỉ thị số 32-CT/TW ngày 9/12/2003 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng.",
    ),
    (
        None,
        set(),
        "Dự kiến trong tháng 7/2024, Sở sẽ tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.",
    ),
    (None, set(), "Năm 2020, Sở Tư pháp đã được Thủ tướng Chính phủ tặng Bằng khen."),
    (
        None,
        set(),
        "Ngày 12/6/2024, Sở Tư pháp ban hành Kế hoạch tổ chức Hội nghị tổng kết công tác năm 2024.",
    ),
    (
        None,
        set(),
        (
            "Ngày 12/6/2024, UBND tỉnh có Quyết định số 1234/QĐ-UBND bổ nhiệm ông Nguyễn Văn "
            "An giữ chức Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        set(),
        (
            "Ngày 12/6/2024, Bộ trưởng Bộ Tư pháp ký Quyết định số 1234/QĐ-BTP bổ nhiệm ông "
            "Nguyễn Văn An."
        ),
    ),
    (
        None,
        set(),
        (
            "Tiếp nối thành công của Hội thi năm 2022, Sở Tư pháp tiếp tục phát động phong "
            "trào thi đua."
        ),
    ),
    (None, set(), "Hội nghị tổng kết năm 2024 dự kiến được tổ chức vào ngày 20/12/2024."),
    (None, set(), "Trước đó, vào tháng 3/2023, Sở đã tổ chức 05 lớp tập huấn cho hòa giải viên."),
    (
        None,
        set(),
        (
            "Từ năm 2020 đến nay, Sở Tư pháp đã tổ chức 120 hội nghị phổ biến pháp luật cho "
            "hơn 15.000 lượt người."
        ),
    ),
    (None, set(), "Ngày 01/7/2025, tỉnh Hà Nam và tỉnh Ninh Bình hợp nhất thành tỉnh Ninh Bình."),
    (None, set(), "Kỳ họp thứ 7, Quốc hội khóa XV diễn ra từ ngày 20/5 đến ngày 28/6/2024."),
    (None, set(), "Sở Tư pháp đề nghị các đơn vị tổ chức kiểm tra trước ngày 30/6/2024."),
    (None, set(), "Hằng năm, Sở Tư pháp tổ chức Hội nghị tập huấn cho đội ngũ hòa giải viên."),
    (None, set(), "Hội thi được tổ chức 2 năm một lần nhằm tôn vinh hòa giải viên giỏi."),
    (None, set(), "Ngày 12/6/2024, Sở Tư pháp nhận được đơn đề nghị của bà Trần Thị Bình."),
    (
        None,
        set(),
        "Theo đó, Hội nghị sẽ được tổ chức theo hình thức trực tuyến vào ngày 20/6/2024.",
    ),
]

RANGES: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("training", "2024-06-12")},
        "Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ hộ tịch từ ngày 12 đến 14/6/2024.",
    ),
    (
        None,
        {("training", "2024-05-30")},
        "Sở Tư pháp tổ chức lớp bồi dưỡng nghiệp vụ từ ngày 30/5 đến ngày 01/6/2024.",
    ),
    (
        None,
        {("training", "2024-06-12")},
        "Lớp tập huấn nghiệp vụ của Sở Tư pháp diễn ra trong 2 ngày 12-13/6/2024.",
    ),
    (
        "2024-06-20",
        {("training", "2024-06-12")},
        "Lớp tập huấn nghiệp vụ của Sở Tư pháp diễn ra trong 2 ngày 12-13/6.",
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Hội nghị tổng kết của Sở Tư pháp được tổ chức vào ngày 2024-06-12.",
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [
        pytest.param(*row, id=f"{name}-{i:02d}")
        for name, table in (
            ("kinds", KINDS),
            ("cited", CITED),
            ("ranges", RANGES),
        )
        for i, row in enumerate(table)
    ],
)
def test_the_events_a_page_reports(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected
