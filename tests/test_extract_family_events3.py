"""Event families, third table (rules round 5): an event the excerpt's first line states (a
headline in capitals, a title in sentence case, a bare "Tổng kết …"), undated reports of every
kind, and who a report places at its event, listed in every layout (invented people, bodies'
sentences and days; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import participants_by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Fact = tuple[str, str | None]

FIRST_LINES: list[tuple[str | None, set[_Fact], str]] = [
    (
        None,
        {("conference", "2024-06-12")},
        (
            "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm "
            "2023\nTham dự Hội nghị có ông Nguyễn Văn An - Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023\nTham dự Hội "
            "nghị có ông Nguyễn Văn An - Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Hà Nam: Tổng kết công tác tư pháp năm 2023\nTham dự Hội nghị có ông Nguyễn Văn An "
            "- Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("training", None)},
        (
            "Tập huấn nghiệp vụ hộ tịch cho công chức tư pháp - hộ tịch cấp xã\nTham dự lớp "
            "tập huấn có ông Nguyễn Văn An - Phó Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("meeting", None)},
        (
            "Thứ trưởng Nguyễn Văn An làm việc tại tỉnh Hà Nam\nĐoàn công tác đã nghe lãnh đạo "
            "Sở Tư pháp báo cáo kết quả công tác."
        ),
    ),
    (
        None,
        {("inspection", None)},
        (
            "Kiểm tra công tác thi hành án dân sự tại Chi cục THADS huyện Kim Bảng\nĐoàn đã "
            "nghe báo cáo và kiểm tra hồ sơ."
        ),
    ),
    (
        None,
        {("signing", None)},
        (
            "Ký kết Quy chế phối hợp giữa Sở Tư pháp và Công an tỉnh\nTham dự có ông Nguyễn "
            "Văn An - Giám đốc Sở Tư pháp."
        ),
    ),
    (
        None,
        {("ceremony", None)},
        (
            "Lễ công bố quyết định bổ nhiệm Phó Giám đốc Sở Tư pháp\nTham dự có ông Nguyễn Văn "
            "An - Phó Chủ tịch UBND tỉnh."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "HỘI NGHỊ TRIỂN KHAI NHIỆM VỤ CÔNG TÁC TƯ PHÁP NĂM 2024\nChủ trì Hội nghị có ông "
            "Nguyễn Văn An - Giám đốc Sở Tư pháp."
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
        {("conference", "2024-06-12")},
        (
            "SỞ TƯ PHÁP TỔ CHỨC HỘI NGHỊ TỔNG KẾT\nSáng 12/6/2024, Sở Tư pháp tổ chức Hội nghị "
            "tổng kết công tác năm 2023."
        ),
    ),
    (
        None,
        {("conference", "2024-01-15")},
        (
            "Hà Nam: Tổng kết công tác tư pháp năm 2023\nSáng 15/1, Sở Tư pháp tổ chức Hội "
            "nghị tổng kết công tác tư pháp năm 2023."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Sáng 12/6, Sở Tư pháp tổ chức Hội nghị tổng kết.\nÔng Nguyễn Văn An - Giám đốc Sở "
            "chủ trì Hội nghị."
        ),
    ),
    (
        None,
        {("conference", "2024-06-12")},
        "Sáng 12/6, Sở Tư pháp tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024.",
    ),
    (
        None,
        {("conference", None)},
        "Sở Tư pháp tổ chức Hội nghị tổng kết năm 2023. Sáng 12/6, Đoàn công tác đến dự.",
    ),
    (
        None,
        {("training", None), ("conference", None)},
        (
            "Mới đây, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ hòa giải. Cũng trong dịp này, "
            "Sở tổ chức Hội nghị đối thoại với hòa giải viên."
        ),
    ),
    (
        None,
        {("meeting", None)},
        (
            "Vừa qua, Đoàn công tác của Sở Tư pháp tỉnh Hà Nam do ông Nguyễn Văn An - Giám đốc "
            "Sở làm trưởng đoàn đã thăm và làm việc với Sở Tư pháp tỉnh Hủa Phăn."
        ),
    ),
    (None, {("conference", None)}, "Trong 2 ngày 12-13/6, Sở Tư pháp tổ chức Hội nghị tổng kết."),
    (
        None,
        {("other", None)},
        "Vừa qua, Chi cục THADS huyện Kim Bảng tổ chức cưỡng chế thi hành án đối với ông Lê Văn T.",
    ),
    (
        None,
        {("other", None)},
        (
            "Mới đây, Trung tâm TGPL tỉnh phối hợp với UBND xã Tân Lập tổ chức trợ giúp pháp "
            "lý lưu động tại thôn 3."
        ),
    ),
    (
        None,
        {("training", None)},
        (
            "Thực hiện Kế hoạch số 12/KH-STP ngày 02/3/2024, trong 02 ngày, Sở Tư pháp tổ chức "
            "lớp bồi dưỡng nghiệp vụ cho hòa giải viên."
        ),
    ),
    (
        None,
        {("conference", None)},
        (
            "Sở Tư pháp tỉnh Hà Nam đã tổ chức Hội nghị trực tuyến triển khai Luật Hòa giải, "
            "đối thoại tại Tòa án."
        ),
    ),
    (
        None,
        {("inspection", None)},
        "Đoàn giám sát của Ban Pháp chế HĐND tỉnh đã có buổi làm việc với Sở Tư pháp.",
    ),
    (
        None,
        {("inspection", None)},
        (
            "Đoàn giám sát của Ban Pháp chế HĐND tỉnh đã giám sát việc thi hành pháp luật về "
            "hộ tịch tại Sở Tư pháp."
        ),
    ),
]


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    [pytest.param(*row, id=f"first-{i:02d}") for i, row in enumerate(FIRST_LINES)],
)
def test_the_events_of_an_excerpt(published: str | None, expected: set[_Fact], text: str) -> None:
    assert _events(text + "\n", published) == expected


_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "

PRESENT: list[tuple[set[str], str]] = [
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Tham dự Hội nghị có ông Nguyễn Văn An - Phó Giám đốc Sở; bà Trần Thị Bình - "
            "Trưởng phòng Hành chính tư pháp."
        ),
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Dự Hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh; đồng chí Trần Thị "
            "Bình, Giám đốc Sở Tư pháp."
        ),
    ),
    ({"Nguyễn Văn An"}, "Hội nghị do ông Nguyễn Văn An - Giám đốc Sở Tư pháp chủ trì."),
    ({"Nguyễn Văn An"}, "Đồng chí Nguyễn Văn An - Thứ trưởng Bộ Tư pháp dự và chỉ đạo Hội nghị."),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Về phía Bộ Tư pháp có Thứ trưởng Nguyễn Văn An; về phía tỉnh có Phó Chủ tịch UBND "
            "tỉnh Trần Thị Bình."
        ),
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        "Tham dự có Thứ trưởng Bộ Tư pháp Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Trần Thị Bình.",
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Cường"},
        (
            "Cùng dự có các đồng chí: Nguyễn Văn An - Phó Chủ tịch UBND tỉnh; Trần Thị Bình - "
            "Giám đốc Sở Tư pháp; Lê Văn Cường - Cục trưởng Cục THADS tỉnh."
        ),
    ),
    (
        {"Nguyễn Văn An"},
        (
            "Phát biểu tại Hội nghị, ông Nguyễn Văn An - Giám đốc Sở cho biết năm 2023 Sở đã "
            "hoàn thành các chỉ tiêu."
        ),
    ),
    (
        {"Nguyễn Văn An"},
        (
            "Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh ghi "
            "nhận kết quả đạt được."
        ),
    ),
    (
        {"Nguyễn Văn An"},
        (
            "Tham dự và chỉ đạo Hội nghị có đồng chí Nguyễn Văn An, Tỉnh ủy viên, Phó Chủ tịch "
            "UBND tỉnh."
        ),
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Chủ trì Hội nghị có ông Nguyễn Văn An - Giám đốc Sở và bà Trần Thị Bình - Phó "
            "Giám đốc Sở."
        ),
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Tham dự Hội nghị có:\n- Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh;\n- Bà Trần Thị "
            "Bình, Giám đốc Sở Tư pháp."
        ),
    ),
    (
        {"Nguyễn Văn An"},
        (
            "Tại Hội nghị, bà Trần Thị Bình được đề nghị tặng Bằng khen của Bộ trưởng. Ông "
            "Nguyễn Văn An - Giám đốc Sở chủ trì Hội nghị."
        ),
    ),
    ({"Nguyễn Văn An"}, "Ông Nguyễn Văn An, Giám đốc Sở Tư pháp trình bày báo cáo tổng kết."),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Thay mặt lãnh đạo tỉnh, ông Nguyễn Văn An - Phó Chủ tịch UBND tỉnh trao Bằng khen "
            "cho bà Trần Thị Bình."
        ),
    ),
    ({"Nguyễn Văn An"}, "Hội nghị có sự tham dự của ông Nguyễn Văn An, Thứ trưởng Bộ Tư pháp."),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Hội nghị có sự tham dự của Thứ trưởng Nguyễn Văn An và Phó Chủ tịch UBND tỉnh "
            "Trần Thị Bình."
        ),
    ),
    (
        {"Nguyễn Văn An"},
        (
            "Tới dự Hội nghị có đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng "
            "Ban Nội chính Tỉnh ủy."
        ),
    ),
    (
        {"Nguyễn Văn An"},
        "Đến dự Hội nghị có TS. Nguyễn Văn An, Phó Viện trưởng Viện Khoa học pháp lý.",
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Ông Nguyễn Văn An (Giám đốc Sở Tư pháp) và bà Trần Thị Bình (Phó Giám đốc Sở) "
            "đồng chủ trì Hội nghị."
        ),
    ),
    ({"Nguyễn Văn An"}, "Tham dự Hội nghị có Đại tá Nguyễn Văn An, Phó Giám đốc Công an tỉnh."),
    (
        {"Nguyễn Văn An"},
        "Dự Hội nghị có ông Nguyễn Văn An, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh.",
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Dự Hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Văn An; Giám đốc Sở Tư pháp Trần Thị "
            "Bình cùng đại diện lãnh đạo các sở, ngành."
        ),
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Về dự Hội nghị có ông Nguyễn Văn An - Phó Cục trưởng Cục Phổ biến, giáo dục pháp "
            "luật, Bộ Tư pháp và bà Trần Thị Bình - Phó Chủ tịch HĐND tỉnh."
        ),
    ),
    ({"Nguyễn Văn An"}, "Ông Nguyễn Văn An, Giám đốc Sở Tư pháp phát biểu khai mạc Hội nghị."),
    (
        {"Nguyễn Văn An"},
        "Tham dự Hội nghị có ông Nguyễn Văn An - Giám đốc Sở Tư pháp.\nTrần Thị Bình",
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Tham dự Hội nghị có ông Nguyễn Văn An - Bí thư Đảng ủy, Giám đốc Sở; bà Trần Thị "
            "Bình - Chủ tịch Công đoàn Sở."
        ),
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An"},
        (
            "Tham dự Hội nghị, về phía Trung ương có ông Nguyễn Văn An, Phó Tổng cục trưởng "
            "Tổng cục THADS; về phía địa phương có bà Trần Thị Bình, Phó Chủ tịch UBND tỉnh."
        ),
    ),
    (
        {"Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Cường"},
        (
            "Tham dự có các ông, bà: Nguyễn Văn An, Phó Chủ tịch UBND tỉnh; Trần Thị Bình, "
            "Giám đốc Sở; Lê Văn Cường, Chánh án TAND tỉnh."
        ),
    ),
]


@pytest.mark.parametrize(
    ("names", "tail"), [pytest.param(*row, id=f"present-{i:02d}") for i, row in enumerate(PRESENT)]
)
def test_who_the_report_places_at_its_event(names: set[str], tail: str) -> None:
    found = participants_by_date(_LEAD + tail + "\n", "2024-06-15")
    assert found == {"2024-06-12": names}
