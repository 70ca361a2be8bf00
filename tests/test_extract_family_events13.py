"""Event families, thirteenth table (rules round 5): the activity a long subject goes on to
hold when the subject's names carry cue words (Thanh tra tỉnh, Hội đồng phối hợp, Ban Chỉ đạo
Đại hội, Tiểu ban, Ban Giám khảo, Ủy ban Kiểm tra, Trung tâm Hội nghị Quốc gia), a plan cited
whose follow-up only launches a campaign, and 'tiếp tục', 'tiếp thu', 'tiếp cận', which receive
no one (invented bodies' sentences and days only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

KINDS: list[tuple[str | None, set[_Fact], str]] = [
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đoàn công tác liên ngành gồm đại diện Sở Tư pháp, Thanh tra tỉnh, "
            "Ban Pháp chế HĐND tỉnh đã kiểm tra công tác chứng thực tại UBND huyện Kim Bảng."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Hội trường UBND tỉnh, Hội đồng phối hợp phổ biến, giáo dục "
            "pháp luật tỉnh tổ chức Hội nghị sơ kết."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ban Chỉ đạo Đại hội Thi đua yêu nước ngành Tư pháp tổ chức họp "
            "phiên thứ hai."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        "Ngày 12/6/2024, Sở Tư pháp tổ chức Hội nghị lấy ý kiến dự thảo Quy chế kiểm tra văn bản.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Tiểu ban Nội dung Đại hội Đảng bộ Sở họp cho ý kiến dự thảo Báo "
            "cáo chính trị."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Giám đốc Sở Tư pháp tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh.",
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị học tập, quán "
            "triệt Nghị quyết."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Phòng Tư pháp huyện phối hợp với UBND xã tổ chức Hội nghị tuyên "
            "truyền pháp luật về phòng, chống ma túy."
        ),
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, Hội đồng Thi đua - Khen thưởng Bộ Tư pháp họp xét khen thưởng cấp "
            "Nhà nước năm 2024."
        ),
    ),
    (
        "2024-06-15",
        {("other", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ban Giám khảo Cuộc thi viết về nghề tư pháp tổ chức chấm thi vòng "
            "chung khảo."
        ),
    ),
    (
        "2024-06-15",
        {("signing", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Lễ kỷ niệm 30 năm Ngày thành lập, Sở Tư pháp và Hội Luật gia "
            "tỉnh ký kết Chương trình phối hợp."
        ),
    ),
    (
        "2024-06-15",
        {("ceremony", "2024-06-12")},
        "Ngày 12/6/2024, Ban Thường vụ Tỉnh ủy tổ chức Lễ trao Huy hiệu Đảng đợt 19/5.",
    ),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        (
            "Ngày 12/6/2024, lãnh đạo UBND tỉnh có buổi làm việc với Ban Chỉ đạo Hội thi Hòa "
            "giải viên giỏi tỉnh."
        ),
    ),
    (
        "2024-06-15",
        {("inspection", "2024-06-12")},
        (
            "Ngày 12/6/2024, Ủy ban Kiểm tra Tỉnh ủy tiến hành kiểm tra việc thực hiện nhiệm "
            "vụ kiểm tra, giám sát tại Đảng ủy Sở Tư pháp."
        ),
    ),
    (
        "2024-06-15",
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, tại Trung tâm Hội nghị Quốc gia, Bộ Tư pháp tổ chức Hội nghị toàn "
            "quốc triển khai công tác tư pháp."
        ),
    ),
]

CITED: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        set(),
        (
            "Thực hiện Kế hoạch số 12/KH-BTP ngày 20/3/2024 của Bộ Tư pháp về phát động thi "
            "đua, tiến tới kỷ niệm các ngày lễ lớn, ngay sau khi nhận kế hoạch, Cục trưởng đã "
            "tiếp tục phát động thi đua trong toàn Cục."
        ),
    ),
    (
        None,
        set(),
        (
            "Trong thời gian qua, Sở Tư pháp tiếp tục đẩy mạnh cải cách hành chính và tiếp cận "
            "pháp luật cho người dân."
        ),
    ),
    (None, set(), "Các đại biểu đã tiếp thu ý kiến chỉ đạo và tiếp tục hoàn thiện dự thảo."),
    (
        "2024-06-15",
        {("meeting", "2024-06-12")},
        "Ngày 12/6/2024, Giám đốc Sở Tư pháp tiếp Đoàn công tác của Sở Tư pháp tỉnh Hủa Phăn.",
    ),
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
