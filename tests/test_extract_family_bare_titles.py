"""Family P1: a head title whose organization the context gives, not the words next to it.

Grammar (justice-sector news): a body is named once (as the article's subject, the organizer of
the event, a headline, the place of a visit), then its officials are given bare head titles
(``Giám đốc Sở``, ``Cục trưởng``, ``Phó Chánh án``, ``Chủ tịch UBND xã``, ``Trưởng phòng``),
before or after their names, after ``ông``/``bà``/``đồng chí``, with commas, dashes or in
lists. The head noun of the title (Bộ, Sở, Cục, Chi cục, Tòa án, Viện kiểm sát, Ủy ban nhân
dân, Phòng, Văn phòng, Trung tâm) picks the body of that kind on the page; when two bodies of
the same kind could fit, the organization stays unresolved (``None``) rather than guessed.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

SO_NAM_DINH = "Sở Tư pháp tỉnh Nam Định"
CUC_HA_TINH = "Cục Thi hành án dân sự tỉnh Hà Tĩnh"

SUBJECT_BODY_CASES = [
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020."
        " Ông Trần Văn Khải, Giám đốc Sở chủ trì Hội nghị.",
        "Trần Văn Khải",
        {("Giám đốc", SO_NAM_DINH)},
        id="director-of-the-department-after-name",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020."
        " Giám đốc Sở Trần Văn Khải chủ trì Hội nghị.",
        "Trần Văn Khải",
        {("Giám đốc", SO_NAM_DINH)},
        id="director-of-the-department-before-name",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020."
        " Phó Giám đốc Sở Lê Thị Hoa trình bày báo cáo.",
        "Lê Thị Hoa",
        {("Phó Giám đốc", SO_NAM_DINH)},
        id="deputy-director-before-name",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020."
        " Đồng chí Lê Thị Hoa – Phó Giám đốc Sở trình bày báo cáo.",
        "Lê Thị Hoa",
        {("Phó Giám đốc", SO_NAM_DINH)},
        id="deputy-director-after-dash",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Nam Định vừa tổ chức Hội nghị triển khai nhiệm vụ năm 2021. Tham dự có"
        " ông Trần Văn Khải, Giám đốc Sở; bà Lê Thị Hoa, Phó Giám đốc Sở và các trưởng phòng.",
        "Lê Thị Hoa",
        {("Phó Giám đốc", SO_NAM_DINH)},
        id="second-item-of-a-list",
    ),
    pytest.param(
        "SỞ TƯ PHÁP TỈNH SƠN LA TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG\n"
        "Sáng 8/7, Giám đốc Sở Cầm Văn Đông chủ trì hội nghị sơ kết công tác 6 tháng đầu năm.",
        "Cầm Văn Đông",
        {("Giám đốc", "Sở Tư pháp tỉnh Sơn La")},
        id="department-named-in-an-upper-case-headline",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020."
        " Ông Trần Văn Khải, giám đốc Sở chủ trì Hội nghị.",
        "Trần Văn Khải",
        {("Giám đốc", SO_NAM_DINH)},
        id="lower-case-director",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020."
        " Ông Trần Văn Khải, Giám đốc phát biểu khai mạc.",
        "Trần Văn Khải",
        {("Giám đốc", SO_NAM_DINH)},
        id="director-without-sở",
    ),
    pytest.param(
        "Ngày 5/6, Cục Thi hành án dân sự tỉnh Hà Tĩnh tổ chức hội nghị giao ban."
        " Cục trưởng Phan Văn Lực chủ trì hội nghị.",
        "Phan Văn Lực",
        {("Cục trưởng", CUC_HA_TINH)},
        id="head-of-enforcement-department-before-name",
    ),
    pytest.param(
        "Ngày 5/6, Cục THADS tỉnh Hà Tĩnh tổ chức hội nghị giao ban. Ông Phan Văn Lực,"
        " Cục trưởng phát biểu chỉ đạo.",
        "Phan Văn Lực",
        {("Cục trưởng", CUC_HA_TINH)},
        id="head-of-enforcement-department-abbreviated-body",
    ),
    pytest.param(
        "Ngày 5/6, Cục THADS tỉnh Hà Tĩnh tổ chức hội nghị giao ban. Bà Nguyễn Thị Mận -"
        " Phó Cục trưởng trình bày dự thảo báo cáo.",
        "Nguyễn Thị Mận",
        {("Phó Cục trưởng", CUC_HA_TINH)},
        id="deputy-head-of-department-after-dash",
    ),
    pytest.param(
        "Chiều 20/9, Chi cục Thi hành án dân sự huyện Can Lộc tổ chức hội nghị cán bộ."
        " Bà Võ Thị Sen, Chi cục trưởng điều hành hội nghị.",
        "Võ Thị Sen",
        {("Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Can Lộc")},
        id="head-of-district-office",
    ),
    pytest.param(
        "Chiều 20/9, Chi cục THADS huyện Can Lộc tổ chức hội nghị cán bộ."
        " Phó Chi cục trưởng Hồ Văn Tài báo cáo kết quả.",
        "Hồ Văn Tài",
        {("Phó Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Can Lộc")},
        id="deputy-head-of-district-office-before-name",
    ),
    pytest.param(
        "Sáng 14/1, Bộ Tư pháp tổ chức Hội nghị triển khai công tác năm 2021."
        " Bộ trưởng Lê Thành Vinh chủ trì Hội nghị.",
        "Lê Thành Vinh",
        {("Bộ trưởng", "Bộ Tư pháp")},
        id="minister-before-name",
    ),
    pytest.param(
        "Sáng 14/1, Bộ Tư pháp tổ chức Hội nghị triển khai công tác năm 2021."
        " Thứ trưởng Phạm Quang Lâm trình bày báo cáo.",
        "Phạm Quang Lâm",
        {("Thứ trưởng", "Bộ Tư pháp")},
        id="deputy-minister-before-name",
    ),
    pytest.param(
        "Sáng 14/1, Bộ Tư pháp tổ chức Hội nghị triển khai công tác năm 2021. Đồng chí"
        " Phạm Quang Lâm, Thứ trưởng trình bày báo cáo.",
        "Phạm Quang Lâm",
        {("Thứ trưởng", "Bộ Tư pháp")},
        id="deputy-minister-after-name",
    ),
    pytest.param(
        "Ngày 3/12, TAND tỉnh Bắc Giang tổ chức hội nghị tổng kết. Ông Thân Văn Dũng,"
        " Chánh án phát biểu chỉ đạo.",
        "Thân Văn Dũng",
        {("Chánh án", "Tòa án nhân dân tỉnh Bắc Giang")},
        id="chief-judge-after-name",
    ),
    pytest.param(
        "Ngày 3/12, Tòa án nhân dân tỉnh Bắc Giang tổ chức hội nghị tổng kết."
        " Phó Chánh án Giáp Thị Lan báo cáo kết quả.",
        "Giáp Thị Lan",
        {("Phó Chánh án", "Tòa án nhân dân tỉnh Bắc Giang")},
        id="deputy-chief-judge-before-name",
    ),
    pytest.param(
        "Ngày 3/12, VKSND huyện Lục Nam tổ chức hội nghị triển khai công tác. Viện trưởng"
        " Ngô Văn Tú chủ trì.",
        "Ngô Văn Tú",
        {("Viện trưởng", "Viện kiểm sát nhân dân huyện Lục Nam")},
        id="chief-procurator-of-a-district",
    ),
    pytest.param(
        "Ngày 3/12, Viện kiểm sát nhân dân tỉnh Bắc Giang tổ chức hội nghị."
        " Bà Hoàng Thị Thuở, Phó Viện trưởng trình bày báo cáo.",
        "Hoàng Thị Thuở",
        {("Phó Viện trưởng", "Viện kiểm sát nhân dân tỉnh Bắc Giang")},
        id="deputy-chief-procurator-after-name",
    ),
    pytest.param(
        "Sáng 2/4, UBND xã Tân Lập tổ chức Ngày Pháp luật. Ông Hà Văn Kiên, Chủ tịch UBND xã"
        " phát biểu khai mạc.",
        "Hà Văn Kiên",
        {("Chủ tịch", "Ủy ban nhân dân xã Tân Lập")},
        id="commune-chairman",
    ),
    pytest.param(
        "Chiều 5/4, UBND tỉnh Quảng Bình tổ chức hội nghị trực tuyến. Phó Chủ tịch UBND tỉnh"
        " Trương Minh Hòa chủ trì.",
        "Trương Minh Hòa",
        {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")},
        id="province-vice-chairman-before-name",
    ),
    pytest.param(
        "Đoàn công tác đã làm việc tại huyện Bố Trạch, tỉnh Quảng Bình. Tiếp đoàn có ông"
        " Đinh Văn Lượng, Chủ tịch UBND huyện.",
        "Đinh Văn Lượng",
        {("Chủ tịch", "Ủy ban nhân dân huyện Bố Trạch")},
        id="district-chairman-place-of-the-visit",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Phú Thọ tổ chức hội nghị cán bộ, công chức năm 2021. Bà Đinh Thị Lý,"
        " Chánh Văn phòng Sở trình bày báo cáo.",
        "Đinh Thị Lý",
        {("Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Phú Thọ")},
        id="chief-of-office-of-the-department",
    ),
    pytest.param(
        "Phòng Tư pháp huyện Thanh Sơn tổ chức tập huấn cho hòa giải viên. Ông Hà Văn Quân,"
        " Trưởng phòng trực tiếp giới thiệu các nội dung.",
        "Hà Văn Quân",
        {("Trưởng phòng", "Phòng Tư pháp huyện Thanh Sơn")},
        id="head-of-district-justice-division",
    ),
    pytest.param(
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lai Châu tổ chức trợ giúp pháp lý lưu động."
        " Giám đốc Trung tâm Lò Văn Pản trực tiếp tư vấn.",
        "Lò Văn Pản",
        {("Giám đốc", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lai Châu")},
        id="director-of-the-legal-aid-centre",
    ),
    pytest.param(
        "Ngày 15/8, Sở Tư pháp tỉnh Lào Cai tổ chức hội nghị sau sắp xếp. Ông Lý Văn Sùng,"
        " Giám đốc Sở chủ trì.",
        "Lý Văn Sùng",
        {("Giám đốc", "Sở Tư pháp tỉnh Lào Cai")},
        id="post-2025-province",
    ),
]

#: from July 2025 the provincial enforcement office is "Thi hành án dân sự tỉnh X", its head
#: "Trưởng Thi hành án dân sự", its district branches "Phòng Thi hành án dân sự khu vực N"
POST_2025_CASES = [
    pytest.param(
        "Ngày 9/10, Thi hành án dân sự tỉnh Tuyên Quang tổ chức hội nghị. Ông Ma Văn Quý,"
        " Phó Trưởng Thi hành án dân sự tỉnh phát biểu.",
        "Ma Văn Quý",
        {("Phó Trưởng Thi hành án dân sự", "Thi hành án dân sự tỉnh Tuyên Quang")},
        id="post-2025-enforcement-office",
    ),
    pytest.param(
        "Ngày 9/10, Sở Tư pháp tỉnh Tuyên Quang tổ chức hội nghị. Bà Hà Thị Liên, Phó Giám"
        " đốc Sở phát biểu.",
        "Hà Thị Liên",
        {("Phó Giám đốc", "Sở Tư pháp tỉnh Tuyên Quang")},
        id="post-2025-department",
    ),
]

TWO_BODIES_CASES = [
    pytest.param(
        "TAND và VKSND huyện Yên Dũng phối hợp tổ chức phiên tòa rút kinh nghiệm. Ông Thân"
        " Văn Hải, Chánh án và bà Giáp Thị Nga, Viện trưởng cùng dự.",
        "Giáp Thị Nga",
        {("Viện trưởng", "Viện kiểm sát nhân dân huyện Yên Dũng")},
        id="court-and-procuracy-each-head-to-its-own",
    ),
    pytest.param(
        "TAND và VKSND huyện Yên Dũng phối hợp tổ chức phiên tòa rút kinh nghiệm. Ông Thân"
        " Văn Hải, Chánh án và bà Giáp Thị Nga, Viện trưởng cùng dự.",
        "Thân Văn Hải",
        {("Chánh án", "Tòa án nhân dân huyện Yên Dũng")},
        id="court-and-procuracy-chief-judge",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Hòa Bình phối hợp với Cục THADS tỉnh tổ chức ký kết quy chế."
        " Cục trưởng Bùi Văn Thắng và Giám đốc Sở Quách Thị Hạnh ký quy chế.",
        "Quách Thị Hạnh",
        {("Giám đốc", "Sở Tư pháp tỉnh Hòa Bình")},
        id="department-and-enforcement-director",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Hòa Bình phối hợp với Cục THADS tỉnh tổ chức ký kết quy chế."
        " Cục trưởng Bùi Văn Thắng và Giám đốc Sở Quách Thị Hạnh ký quy chế.",
        "Bùi Văn Thắng",
        {("Cục trưởng", "Cục Thi hành án dân sự tỉnh Hòa Bình")},
        id="department-and-enforcement-head",
    ),
    pytest.param(
        "Đoàn công tác của Sở Tư pháp tỉnh Hà Nam và Sở Tư pháp tỉnh Ninh Bình trao đổi kinh"
        " nghiệm. Ông Trần Đức Nam, Giám đốc Sở phát biểu.",
        "Trần Đức Nam",
        {("Giám đốc", None)},
        id="two-departments-do-not-guess",
    ),
]

#: the same grammar as the sector writes it: abbreviated titles and bodies, upper-case
#: headlines, lists under one title, district, town and ward levels, qualifiers
WRITTEN_FORMS_CASES = [
    pytest.param(
        "CỤC THADS TỈNH HÀ TĨNH TỔNG KẾT CÔNG TÁC NĂM 2020\n"
        "Sáng 8/1, Cục trưởng Phan Văn Lực chủ trì hội nghị tổng kết.",
        "Phan Văn Lực",
        {("Cục trưởng", CUC_HA_TINH)},
        id="enforcement-office-in-an-upper-case-headline",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị. Ông Trần Văn Khải – GĐ Sở"
        " phát biểu.",
        "Trần Văn Khải",
        {("Giám đốc", SO_NAM_DINH)},
        id="abbreviated-director",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị. Bà Lê Thị Hoa, PGĐ Sở trình"
        " bày báo cáo.",
        "Lê Thị Hoa",
        {("Phó Giám đốc", SO_NAM_DINH)},
        id="abbreviated-deputy-director",
    ),
    pytest.param(
        "Ngày 12/3, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị. Dự có các Phó Giám đốc Sở:"
        " Lê Thị Hoa, Đỗ Văn Thành.",
        "Đỗ Văn Thành",
        {("Phó Giám đốc", SO_NAM_DINH)},
        id="list-under-a-plural-title",
    ),
    pytest.param(
        "Sáng 14/1, Bộ Tư pháp tổ chức Hội nghị. Thứ trưởng Thường trực Phạm Quang Lâm chủ trì.",
        "Phạm Quang Lâm",
        {("Thứ trưởng Thường trực", "Bộ Tư pháp")},
        id="standing-deputy-minister",
    ),
    pytest.param(
        "Ngày 3/12, TAND huyện Lục Nam tổ chức hội nghị. Bà Giáp Thị Lan, Phó Chánh án TAND"
        " huyện báo cáo.",
        "Giáp Thị Lan",
        {("Phó Chánh án", "Tòa án nhân dân huyện Lục Nam")},
        id="deputy-chief-judge-of-the-district-bare-level",
    ),
    pytest.param(
        "Ngày 3/12, đoàn công tác làm việc tại thị xã Sơn Tây. Tiếp đoàn có ông Kiều Văn Sơn,"
        " Phó Chủ tịch UBND thị xã.",
        "Kiều Văn Sơn",
        {("Phó Chủ tịch", "Ủy ban nhân dân thị xã Sơn Tây")},
        id="town-vice-chairman-bare-level",
    ),
    pytest.param(
        "Ngày 3/12, đoàn công tác làm việc tại phường Quang Trung. Tiếp đoàn có ông Lê Văn"
        " Tuân, Chủ tịch UBND phường.",
        "Lê Văn Tuân",
        {("Chủ tịch", "Ủy ban nhân dân phường Quang Trung")},
        id="ward-chairman-bare-level",
    ),
    pytest.param(
        "Ngày 3/12, VKSND tỉnh Bắc Giang tổ chức hội nghị. Ông Ngô Văn Tú, Viện trưởng VKSND"
        " tỉnh chủ trì.",
        "Ngô Văn Tú",
        {("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Bắc Giang")},
        id="chief-procurator-of-the-province-bare-level",
    ),
    pytest.param(
        "Chiều 20/9, Chi cục THADS thị xã Kỳ Anh tổ chức hội nghị. Ông Hồ Văn Tài, Chi cục"
        " trưởng chủ trì.",
        "Hồ Văn Tài",
        {("Chi cục trưởng", "Chi cục Thi hành án dân sự thị xã Kỳ Anh")},
        id="head-of-a-town-office",
    ),
    pytest.param(
        "Ngày 5/6, Cục Thi hành án dân sự tỉnh Hà Tĩnh tổ chức hội nghị. Đồng chí Nguyễn Thị"
        " Mận, Phó Cục trưởng phụ trách chủ trì hội nghị.",
        "Nguyễn Thị Mận",
        {("Phó Cục trưởng phụ trách", CUC_HA_TINH)},
        id="deputy-head-in-charge",
    ),
    pytest.param(
        "Ngày 5/6, Cục Thi hành án dân sự tỉnh Hà Tĩnh tổ chức hội nghị. Ông Phan Văn Lực,"
        " Cục trưởng và bà Nguyễn Thị Mận, Phó Cục trưởng đồng chủ trì.",
        "Nguyễn Thị Mận",
        {("Phó Cục trưởng", CUC_HA_TINH)},
        id="head-and-deputy-co-chair",
    ),
    pytest.param(
        "Ngày 3/12, Tòa án nhân dân tỉnh Bắc Giang tổ chức hội nghị. Chánh án Thân Văn Dũng"
        " và Phó Chánh án Giáp Thị Lan dự.",
        "Giáp Thị Lan",
        {("Phó Chánh án", "Tòa án nhân dân tỉnh Bắc Giang")},
        id="chief-and-deputy-before-names",
    ),
    pytest.param(
        "Ông Hà Văn Tùng, Chánh tòa Hình sự TAND tỉnh Yên Bái trình bày báo cáo.",
        "Hà Văn Tùng",
        {("Chánh tòa", "Tòa Hình sự Tòa án nhân dân tỉnh Yên Bái")},
        id="head-of-a-court-chamber-lower-case",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Phó Chánh Tòa Dân sự Tòa án nhân dân tỉnh Yên Bái trình bày báo cáo.",
        "Lê Thị Hoa",
        {("Phó Chánh Tòa", "Tòa Dân sự Tòa án nhân dân tỉnh Yên Bái")},
        id="deputy-head-of-a-court-chamber",
    ),
    pytest.param(
        "Ngày 2/4, Sở Tư pháp TP Hà Nội tổ chức Ngày Pháp luật. Ông Đỗ Văn Bình, Giám đốc Sở"
        " phát biểu.",
        "Đỗ Văn Bình",
        {("Giám đốc", "Sở Tư pháp thành phố Hà Nội")},
        id="department-of-a-city-abbreviated",
    ),
]


@pytest.mark.parametrize(
    "text,person,expected", SUBJECT_BODY_CASES + TWO_BODIES_CASES + WRITTEN_FORMS_CASES
)
def test_bare_head_title_takes_its_body_from_context(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got


@pytest.mark.parametrize("text,person,expected", POST_2025_CASES)
def test_bare_head_title_after_the_2025_reorganization(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected, published="2025-10-10")
    assert ok, got
