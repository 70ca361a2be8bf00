"""Family P2, titles. Positions whose organization, title or holder the extractor got wrong on pages
it had not read (the sixth rules round); the other families in
``test_extract_family_positions8.py``.

Grammar (Vietnamese justice-sector news):

- P2, titles: ``Vụ phó`` (not the ``vụ`` of ``chức vụ phó chánh án``), ``Phó Tổng thư ký``,
  ``Phó Chủ nhiệm``, ``Cố vấn trưởng``, ``Trưởng đại diện``, ``chuyên gia (dài hạn, pháp lý)``,
  staff titles with their field in lower case (``chuyên viên tổ chức thi hành án``), judges'
  ranks beside a chamber's head, ``Ủy viên Ban cán sự đảng`` / ``Ủy viên Đảng đoàn`` (the body
  is that organ of the named body, or of the next post's body), ``Nguyên`` kept.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

TAND_VT = "Tòa án nhân dân huyện Vũ Thư"
HLG = "Hội Luật gia tỉnh Thái Bình"
LDLS = "Liên đoàn Luật sư Việt Nam"

P2_CASES = [
    pytest.param(
        "Dự có ông Lê Văn Khải, Vụ phó Vụ Pháp luật hình sự - hành chính.",
        "Lê Văn Khải",
        {("Vụ phó", "Vụ Pháp luật hình sự - hành chính")},
        id="deputy-head-of-department",
    ),
    pytest.param(
        "Bà Trần Thị Mai, Vụ phó Vụ Hợp tác quốc tế, Bộ Tư pháp phát biểu.",
        "Trần Thị Mai",
        {("Vụ phó", "Vụ Hợp tác quốc tế")},
        id="deputy-head-then-ministry",
    ),
    pytest.param(
        "Ông Lê Minh Tân, thẩm phán trung cấp, được điều động giữ chức vụ phó chánh án TAND"
        " huyện Vũ Thư.",
        "Lê Minh Tân",
        {("Thẩm phán trung cấp", None), ("Phó chánh án", TAND_VT)},
        id="the-noun-chuc-vu-is-no-deputy-head",
    ),
    pytest.param(
        "Ông Nguyễn Văn Bình, Phó Tổng thư ký Liên đoàn Luật sư Việt Nam phát biểu.",
        "Nguyễn Văn Bình",
        {("Phó Tổng thư ký", LDLS)},
        id="deputy-secretary-general",
    ),
    pytest.param(
        "Ông Phạm Văn Cường, Phó Chủ nhiệm Ủy ban Tư pháp của Quốc hội dự.",
        "Phạm Văn Cường",
        {("Phó Chủ nhiệm", "Ủy ban Tư pháp của Quốc hội")},
        id="vice-chair-of-a-committee",
    ),
    pytest.param(
        "Bà Tạ Thị Nga, Phó Chủ nhiệm Đoàn Luật sư thành phố Hà Nội, phát biểu.",
        "Tạ Thị Nga",
        {("Phó Chủ nhiệm", "Đoàn Luật sư thành phố Hà Nội")},
        id="vice-chair-of-a-bar",
    ),
    pytest.param(
        "Ông Tanaka Hiroshi, Cố vấn trưởng Dự án JICA, phát biểu.",
        "Tanaka Hiroshi",
        {("Cố vấn trưởng", "Dự án JICA")},
        id="chief-adviser-of-a-project",
    ),
    pytest.param(
        "Bà Yamada Keiko, chuyên gia dài hạn Dự án JICA hỗ trợ pháp luật, trình bày.",
        "Yamada Keiko",
        {("chuyên gia dài hạn", "Dự án JICA")},
        id="long-term-expert-of-a-project",
    ),
    pytest.param(
        "Ông Sato Ichiro, chuyên gia pháp lý của Bộ Tư pháp Nhật Bản, trình bày.",
        "Sato Ichiro",
        {("chuyên gia pháp lý", "Bộ Tư pháp Nhật Bản")},
        id="legal-expert-of-a-foreign-ministry",
    ),
    pytest.param(
        "Ông Sato Ichiro, chuyên gia pháp luật dân sự Bộ Tư pháp Nhật Bản, trình bày.",
        "Sato Ichiro",
        {("chuyên gia pháp luật dân sự", "Bộ Tư pháp Nhật Bản")},
        id="expert-with-a-field",
    ),
    pytest.param(
        "Bà Hoàng Thị Nhàn, chuyên viên Phòng Tư pháp huyện Vũ Thư, trình bày.",
        "Hoàng Thị Nhàn",
        {("chuyên viên", "Phòng Tư pháp huyện Vũ Thư")},
        id="officer-of-a-division",
    ),
    pytest.param(
        "Bà Đinh Thị Thu, chuyên viên tổ chức thi hành án Chi cục THADS huyện Vũ Thư, trình bày.",
        "Đinh Thị Thu",
        {("chuyên viên tổ chức thi hành án", "Chi cục Thi hành án dân sự huyện Vũ Thư")},
        id="officer-with-a-field",
    ),
    pytest.param(
        "Bà Đinh Thị Thu, chuyên viên pháp chế Sở Tư pháp tỉnh Thái Bình, trình bày.",
        "Đinh Thị Thu",
        {("chuyên viên pháp chế", "Sở Tư pháp tỉnh Thái Bình")},
        id="legal-affairs-officer",
    ),
    pytest.param(
        "Ông Lê Văn An, cán bộ tư pháp xã Tân Hòa, trình bày.",
        "Lê Văn An",
        {("cán bộ tư pháp", "Ủy ban nhân dân xã Tân Hòa")},
        id="commune-justice-official",
    ),
    pytest.param(
        "Bà Ngô Thị Hạnh, Thẩm phán trung cấp, Chánh tòa Tòa Hình sự TAND tỉnh Thái Bình, chủ"
        " tọa phiên tòa.",
        "Ngô Thị Hạnh",
        {
            ("Thẩm phán trung cấp", "Tòa án nhân dân tỉnh Thái Bình"),
            ("Chánh tòa", "Tòa Hình sự Tòa án nhân dân tỉnh Thái Bình"),
        },
        id="judge-and-head-of-chamber",
    ),
    pytest.param(
        "Ông Võ Văn Tài, Thẩm phán cao cấp, Phó Chánh tòa Tòa Dân sự Tòa án nhân dân cấp cao tại"
        " Hà Nội, phát biểu.",
        "Võ Văn Tài",
        {
            ("Thẩm phán cao cấp", "Tòa án nhân dân cấp cao tại Hà Nội"),
            ("Phó Chánh tòa", "Tòa Dân sự Tòa án nhân dân cấp cao tại Hà Nội"),
        },
        id="senior-judge-and-deputy-head-of-chamber",
    ),
    pytest.param(
        "Ông Lại Văn Tuân, Phó Bí thư Thường trực Huyện ủy Vũ Thư dự.",
        "Lại Văn Tuân",
        {("Phó Bí thư Thường trực", "Huyện ủy Vũ Thư")},
        id="standing-deputy-secretary-of-a-district",
    ),
    pytest.param(
        "Bà Phan Thị Thảo, Phó Bí thư Thường trực Quận ủy Quận 1 dự.",
        "Phan Thị Thảo",
        {("Phó Bí thư Thường trực", "Quận ủy Quận 1")},
        id="standing-deputy-secretary-of-an-urban-district",
    ),
    pytest.param(
        "Ông Dương Văn Hùng, Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Tư pháp phát biểu.",
        "Dương Văn Hùng",
        {
            ("Ủy viên Ban cán sự đảng", "Ban cán sự đảng Bộ Tư pháp"),
            ("Thứ trưởng", "Bộ Tư pháp"),
        },
        id="party-board-member-deputy-minister",
    ),
    pytest.param(
        "Đồng chí Trịnh Văn Lộc - Ủy viên Ban cán sự đảng, Phó Chánh án TAND tối cao phát biểu.",
        "Trịnh Văn Lộc",
        {
            ("Ủy viên Ban cán sự đảng", "Ban cán sự đảng Tòa án nhân dân tối cao"),
            ("Phó Chánh án", "Tòa án nhân dân tối cao"),
        },
        id="party-board-member-deputy-chief-justice",
    ),
    pytest.param(
        "Ông Lương Văn Kiên, Ủy viên Đảng đoàn Hội Luật gia Việt Nam dự.",
        "Lương Văn Kiên",
        {("Ủy viên Đảng đoàn", "Đảng đoàn Hội Luật gia Việt Nam")},
        id="party-group-member-of-an-association",
    ),
    pytest.param(
        "Ông Lương Văn Kiên, Ủy viên Đảng đoàn, Phó Chủ tịch Hội Luật gia tỉnh Thái Bình dự.",
        "Lương Văn Kiên",
        {("Ủy viên Đảng đoàn", f"Đảng đoàn {HLG}"), ("Phó Chủ tịch", HLG)},
        id="party-group-member-then-vice-chair",
    ),
    pytest.param(
        "Ông Bạch Văn Sinh, nguyên Phó Cục trưởng Cục THADS tỉnh Thái Bình phát biểu.",
        "Bạch Văn Sinh",
        {("Nguyên Phó Cục trưởng", "Cục Thi hành án dân sự tỉnh Thái Bình")},
        id="former-deputy-head",
    ),
    pytest.param(
        "Ông Trương Văn Quý, Nguyên Vụ trưởng Vụ Phổ biến, giáo dục pháp luật, phát biểu.",
        "Trương Văn Quý",
        {("Nguyên Vụ trưởng", "Vụ Phổ biến, giáo dục pháp luật")},
        id="former-head-of-department",
    ),
    pytest.param(
        "Ông Tôn Văn Lực, Tổng biên tập Tạp chí Dân chủ và Pháp luật phát biểu.",
        "Tôn Văn Lực",
        {("Tổng biên tập", "Tạp chí Dân chủ và Pháp luật")},
        id="editor-in-chief-before-a-verb",
    ),
    pytest.param(
        "Ông Mạc Văn Hưng, Thư ký Hội Luật gia huyện Vũ Thư dự.",
        "Mạc Văn Hưng",
        {("Thư ký", "Hội Luật gia huyện Vũ Thư")},
        id="secretary-of-an-association",
    ),
    pytest.param(
        "Ông Ito Masami, Giáo sư danh dự Đại học Kyoto, trình bày tham luận.",
        "Ito Masami",
        {("Giáo sư danh dự", "Đại học Kyoto")},
        id="professor-emeritus",
    ),
    pytest.param(
        "Tại Hội nghị, bà Nguyễn Thị Mơ, Thẩm phán trung cấp, Chánh tòa Kinh tế, Tòa án nhân dân"
        " tỉnh Thái Bình đã phổ biến pháp luật.",
        "Nguyễn Thị Mơ",
        {
            ("Thẩm phán trung cấp", "Tòa án nhân dân tỉnh Thái Bình"),
            ("Chánh tòa", "Tòa Kinh tế Tòa án nhân dân tỉnh Thái Bình"),
        },
        id="chamber-by-its-domain-court-after-a-comma",
    ),
    pytest.param(
        "Bà Phí Thị Hằng, Ủy viên Ban Cán sự Đảng, Thứ trưởng Bộ Tư pháp phát biểu.",
        "Phí Thị Hằng",
        {
            ("Ủy viên Ban Cán sự Đảng", "Ban Cán sự Đảng Bộ Tư pháp"),
            ("Thứ trưởng", "Bộ Tư pháp"),
        },
        id="party-board-member-capitalized",
    ),
    pytest.param(
        "Quận 3 tổ chức tập huấn tại Thành phố Hồ Chí Minh. Tại Hội nghị, bà Nguyễn Thị Dung,"
        " Thẩm phán trung cấp, Chánh tòa Kinh tế, Tòa án nhân dân Thành phố đã phổ biến pháp"
        " luật.",
        "Nguyễn Thị Dung",
        {
            ("Thẩm phán trung cấp", "Tòa án nhân dân thành phố Hồ Chí Minh"),
            ("Chánh tòa", "Tòa Kinh tế Tòa án nhân dân thành phố Hồ Chí Minh"),
        },
        id="chamber-of-the-page-s-city-court",
    ),
]


@pytest.mark.parametrize("text,person,expected", P2_CASES)
def test_position_family(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = check(text, person, expected)
    assert ok, got
