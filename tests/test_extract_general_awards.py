"""Award rules that generalize to unseen pages: one invented example per rule.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _awards(text: str, published: str = "2023-05-10") -> set[tuple[str, str, str]]:
    return set(award_facts(text, published))


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Thủ tướng Chính phủ vừa ban hành Quyết định 2048/QĐ-TTg tặng Bằng khen cho 2 cá "
            "nhân tỉnh Kon Tum gồm: ông Lưu Văn Khải, Phó Giám đốc Sở Tư pháp; bà Đinh Thị "
            "Mận, Phó Chánh VP.UBND tỉnh đã có thành tích trong công tác.",
            {
                ("Bằng khen của Thủ tướng Chính phủ", "Lưu Văn Khải", CON),
                ("Bằng khen của Thủ tướng Chính phủ", "Đinh Thị Mận", CON),
            },
            id="giver-signs-a-decision-numbered-without-so",
        ),
        pytest.param(
            "Hội đồng gửi danh sách tập thể đề nghị tặng thưởng Huân chương Lao động hạng Ba "
            "trong phong trào thi đua “Vì người nghèo” giai đoạn 2016 - 2020 để lấy ý kiến "
            "nhân dân, gồm: Sở Tư pháp tỉnh Kon Tum và Sở Tư pháp tỉnh Gia Lai.",
            {
                ("Huân chương Lao động hạng Ba", "Sở Tư pháp tỉnh Kon Tum", NOM),
                ("Huân chương Lao động hạng Ba", "Sở Tư pháp tỉnh Gia Lai", NOM),
            },
            id="list-opened-by-gom-far-after-the-award",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp tặng Bằng khen của Bộ trưởng Bộ Tư pháp cho 3 tập thể và 4 "
            "cá nhân thuộc Sở Tư pháp tỉnh Kon Tum, Cục Thi hành án dân sự tỉnh Gia Lai.",
            set(),
            id="bodies-that-qualify-a-count-are-no-recipients",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 02 tập thể gồm Phòng Tư pháp huyện Đăk Hà, "
            "Phòng Tư pháp huyện Sa Thầy và 03 cá nhân có thành tích.",
            {
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Đăk Hà", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Sa Thầy", CON),
            },
            id="a-count-names-its-members-after-gom",
        ),
        pytest.param(
            "Theo đó, ông Lưu Văn Khải - Giám đốc Sở Tư pháp tỉnh Kon Tum được trao tặng Huân "
            "chương Lao động hạng Nhì; Các đồng chí Đinh Thị Mận - Phó Giám đốc Sở Tư pháp; "
            "Hà Quang Vinh - Chánh Văn phòng Sở và đồng chí Y Thị Bình - Trưởng phòng Tư pháp "
            "huyện Sa Thầy được trao tặng Huân chương Lao động hạng Ba.",
            {
                ("Huân chương Lao động hạng Nhì", "Lưu Văn Khải", CON),
                ("Huân chương Lao động hạng Ba", "Đinh Thị Mận", CON),
                ("Huân chương Lao động hạng Ba", "Hà Quang Vinh", CON),
                ("Huân chương Lao động hạng Ba", "Y Thị Bình", CON),
            },
            id="subjects-listed-over-semicolons-before-the-receiving-verb",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum họp. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho "
            "Sở Tư pháp tỉnh Kon Tum; Câu lạc bộ Pháp luật tỉnh; bà Đinh Thị Mận, Phó Giám đốc Sở; "
            "ông Hà Quang Vinh, Chánh Văn phòng Sở.",
            {
                ("Huân chương Lao động hạng Ba", "Sở Tư pháp tỉnh Kon Tum", CON),
                # a club is an organization (org_boards), so a recipient of the list
                ("Huân chương Lao động hạng Ba", "Câu lạc bộ Pháp luật", CON),
                ("Huân chương Lao động hạng Ba", "Đinh Thị Mận", CON),
                ("Huân chương Lao động hạng Ba", "Hà Quang Vinh", CON),
            },
            id="semicolon-list-runs-on-over-honorifics-and-unknown-names",
        ),
        pytest.param(
            "Cụm thi đua đã bình chọn Phòng Tư pháp huyện Sa Thầy, đề nghị Hội đồng Thi đua - "
            "Khen thưởng Sở Tư pháp tỉnh Kon Tum xét, tặng danh hiệu “Tập thể lao động xuất sắc”.",
            {("Tập thể lao động xuất sắc", "Phòng Tư pháp huyện Sa Thầy", NOM)},
            id="body-that-considers-the-award-is-no-recipient",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum họp. Thay mặt Thủ tướng Chính phủ, ông Hà Quang Vinh trao "
            "Bằng khen cho Phòng Tư pháp huyện Sa Thầy.",
            {("Bằng khen của Thủ tướng Chính phủ", "Phòng Tư pháp huyện Sa Thầy", CON)},
            id="handed-over-on-behalf-of-the-prime-minister",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum họp. Chủ tịch UBND tỉnh đã ký Quyết định 123/QĐ-UBND ngày "
            "5/4/2023 tặng Bằng khen cho Phòng Tư pháp huyện Sa Thầy.",
            {
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Kon Tum",
                    "Phòng Tư pháp huyện Sa Thầy",
                    CON,
                )
            },
            id="giver-signs-a-dated-decision",
        ),
    ],
)
def test_general_awards(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dịp này, Thứ trưởng Lê Văn Bằng trao Bằng khen chuyên đề của Bộ trưởng Bộ Tư pháp "
            "cho bà Đỗ Thị Lan, Phó Giám đốc Sở Tư pháp tỉnh Hà Nam.",
            {("Bằng khen của Bộ trưởng Bộ Tư pháp", "Đỗ Thị Lan", CON)},
            id="thematic",
        ),
        pytest.param(
            "Ông Nguyễn Văn Khang, Chấp hành viên Chi cục Thi hành án dân sự huyện Kim Bảng "
            "được tặng Bằng khen đột xuất của Bộ trưởng Bộ Tư pháp.",
            {("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn Khang", CON)},
            id="extraordinary",
        ),
        pytest.param(
            "Ông Nguyễn Văn Khang được tặng Bằng khen đột xuất vì hành động dũng cảm.",
            set(),
            id="no-giver-no-award",
        ),
    ],
)
def test_the_occasion_of_a_merit_does_not_hide_its_giver(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _awards(text) == expected
