"""Positions battery of the eleventh rules round: posts the sector writes outside prose.

Invented sentences and short pages, each with the positions the annotation conventions expect
(``../shared/eval/README.md``): an author who signs the page with a post (``Tên - Chức vụ``,
``Tên (Chức vụ)``, the name alone on its line and the post on the next one, a degree before the
name); a byline without a post, a unit only, a signature in capitals and a photo credit stay
without positions.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
SO = "Sở Tư pháp tỉnh"
HEAD = "Sở Tư pháp tỉnh Nam Định tổ chức hội nghị tập huấn nghiệp vụ hộ tịch năm 2021.\n\n"

# --- A. the author signs with a post ---------------------------------------------------------
SIGNATURE_CASES = [
    P(
        HEAD + "Khổng Văn Tiệp - Phó Trưởng phòng Hành chính tư pháp\n",
        "Khổng Văn Tiệp",
        {("Phó Trưởng phòng", f"Phòng Hành chính tư pháp {SO} Nam Định")},
        id="dash-post",
    ),
    P(
        HEAD + "Khổng Văn Tiệp – Phó Chánh Văn phòng Sở\n",
        "Khổng Văn Tiệp",
        {("Phó Chánh Văn phòng", f"Văn phòng {SO} Nam Định")},
        id="en-dash-post-of-the-department",
    ),
    P(
        HEAD + "Khổng Văn Tiệp (Chánh Văn phòng Sở)\n",
        "Khổng Văn Tiệp",
        {("Chánh Văn phòng", f"Văn phòng {SO} Nam Định")},
        id="bracket-post",
    ),
    P(
        HEAD + "Lều Thị Quyến (Thư ký nghiệp vụ)\n",
        "Lều Thị Quyến",
        {("Thư ký nghiệp vụ", None)},
        id="bracket-post-no-body",
    ),
    P(
        HEAD + "Khổng Văn Tiệp\nPhó Giám đốc Sở Tư pháp tỉnh Nam Định\n",
        "Khổng Văn Tiệp",
        {("Phó Giám đốc", f"{SO} Nam Định")},
        id="post-on-the-next-line",
    ),
    P(
        HEAD + "ThS. Khổng Văn Tiệp\nTrưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp tỉnh"
        " Nam Định\n",
        "Khổng Văn Tiệp",
        {("Trưởng phòng", f"Phòng Phổ biến, giáo dục pháp luật {SO} Nam Định")},
        id="degree-name-post-on-the-next-line",
    ),
    P(
        "Sáu năm xây dựng tạp chí của đội ngũ luật sư.\n\nTS. Luật sư Khổng Văn Tiệp\nChủ tịch"
        " Liên đoàn Luật sư Việt Nam\n\nSáu năm qua, tạp chí đã có nhiều số đặc biệt.",
        "Khổng Văn Tiệp",
        {("Chủ tịch", "Liên đoàn Luật sư Việt Nam")},
        id="two-degrees-name-post-on-the-next-line",
    ),
    # negatives: a byline with no post keeps none
    P(HEAD + "Khổng Văn Tiệp\n", "Khổng Văn Tiệp", None, id="byline-alone"),
    P(
        HEAD + "Khổng Văn Tiệp (Chi cục THADS huyện Ý Yên)\n",
        "Khổng Văn Tiệp",
        None,
        id="byline-with-a-unit",
    ),
    P(HEAD + "Khổng Văn Tiệp – PTP Ý Yên\n", "Khổng Văn Tiệp", None, id="byline-in-capitals"),
    P(
        HEAD + "Hội nghị kết thúc cùng ngày. Ảnh: Khổng Văn Tiệp\n",
        "Khổng Văn Tiệp",
        None,
        id="photo-credit",
    ),
    P(
        HEAD + "Khổng Văn Tiệp\nphó giám đốc các sở đều dự hội nghị.\n",
        "Khổng Văn Tiệp",
        None,
        id="lower-case-prose-on-the-next-line",
    ),
]

# --- B. a ministry's unit named by its head's title alone -------------------------------------
ELIDED_UNIT_CASES = [
    P(
        "Ông Lò Văn Khiên, Vụ trưởng Pháp luật quốc tế phát biểu.",
        "Lò Văn Khiên",
        {("Vụ trưởng", "Vụ Pháp luật quốc tế")},
        id="head-of-department-domain",
    ),
    P(
        "Ông Lò Văn Khiên, Vụ trưởng Tổ chức cán bộ, Bộ Tư pháp công bố quyết định.",
        "Lò Văn Khiên",
        {("Vụ trưởng", "Vụ Tổ chức cán bộ")},
        id="ministry-after-is-dropped",
    ),
    P(
        "Ông Lò Văn Khiên, Phó Vụ trưởng Phổ biến, giáo dục pháp luật trình bày chuyên đề.",
        "Lò Văn Khiên",
        {("Phó Vụ trưởng", "Vụ Phổ biến, giáo dục pháp luật")},
        id="deputy-domain-with-a-comma",
    ),
    P(
        "Ông Lò Văn Khiên, Vụ trưởng tổ chức cán bộ Viện KSND tối cao công bố quyết định.",
        "Lò Văn Khiên",
        {("Vụ trưởng", "Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối cao")},
        id="supreme-procuracy-unit-lower-case",
    ),
    P(
        "Cục trưởng Bổ trợ tư pháp Lò Văn Khiên phát biểu khai mạc.",
        "Lò Văn Khiên",
        {("Cục trưởng", "Cục Bổ trợ tư pháp")},
        id="director-domain-before-the-name",
    ),
    P(
        "Ông Lò Văn Khiên, hiện là Vụ trưởng Pháp luật dân sự - kinh tế, trao đổi với báo chí.",
        "Lò Văn Khiên",
        {("Vụ trưởng", "Vụ Pháp luật dân sự - kinh tế")},
        id="copula-domain-with-a-dash",
    ),
    # negatives: the unit written, no domain, the enforcement Cục of a province
    P(
        "Ông Lò Văn Khiên, Vụ trưởng Vụ Pháp chế, Bộ Tư pháp phát biểu.",
        "Lò Văn Khiên",
        {("Vụ trưởng", "Vụ Pháp chế")},
        id="unit-written",
    ),
    P(
        "Ông Lò Văn Khiên, Cục trưởng cho biết năm nay đơn vị đạt kết quả tốt.",
        "Lò Văn Khiên",
        {("Cục trưởng", None)},
        id="no-domain-after",
    ),
    P(
        "Từ Phó Bí thư huyện tới Cục trưởng THADS: ông Lò Văn Khiên kể lại.",
        "Lò Văn Khiên",
        None,
        id="enforcement-is-a-province-s",
    ),
]

# --- C. party posts written in lower case ---------------------------------------------------
PARTY_CASE_CASES = [
    P(
        "Đồng chí Lò Văn Khiên, Ủy viên Ban chấp hành Trung ương Đảng, Bộ trưởng Bộ Tư pháp"
        " phát biểu.",
        "Lò Văn Khiên",
        {
            ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bộ trưởng", "Bộ Tư pháp"),
        },
        id="central-committee-member-lower-case-board",
    ),
    P(
        "Đồng chí Lò Văn Khiên, Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ Tư pháp"
        " phát biểu.",
        "Lò Văn Khiên",
        {
            ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bộ trưởng", "Bộ Tư pháp"),
        },
        id="central-committee-member-title-case-board",
    ),
]

# --- D. a trade union written bare before the post of a department's unit ------------------
UNION_CASES = [
    P(
        "Ông Lò Văn Khiên – Chủ tịch Công đoàn, Chánh Thanh tra Sở Tư pháp tỉnh Gia Lai phát biểu.",
        "Lò Văn Khiên",
        {
            ("Chủ tịch", "Công đoàn Sở Tư pháp tỉnh Gia Lai"),
            ("Chánh Thanh tra", "Thanh tra Sở Tư pháp tỉnh Gia Lai"),
        },
        id="union-chair-inspector",
    ),
    P(
        "Bà Lò Thị Khiên – Phó Chủ tịch Công đoàn, Trưởng Phòng Phổ biến, giáo dục pháp luật Sở"
        " Tư pháp tỉnh Gia Lai phát biểu.",
        "Lò Thị Khiên",
        {
            ("Phó Chủ tịch", "Công đoàn Sở Tư pháp tỉnh Gia Lai"),
            ("Trưởng Phòng", "Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Gia Lai"),
        },
        id="union-deputy-office-head",
    ),
    P(
        "Ông Lò Văn Khiên – Chủ tịch Công đoàn, Phó Giám đốc Sở Tư pháp tỉnh Gia Lai phát biểu.",
        "Lò Văn Khiên",
        {
            ("Chủ tịch", "Công đoàn Sở Tư pháp tỉnh Gia Lai"),
            ("Phó Giám đốc", "Sở Tư pháp tỉnh Gia Lai"),
        },
        id="union-chair-deputy-director",
    ),
]

# --- E. former posts and ranks written short; "Bác" before a retired official's name ---------
SHORT_CASES = [
    P(
        "Dự buổi gặp mặt có các cán bộ hưu trí.\nBác Đinh Khắc Thìn - Nguyên KSV cao cấp VKSND"
        " tối cao;\n",
        "Đinh Khắc Thìn",
        {("Nguyên Kiểm sát viên cao cấp", "Viện kiểm sát nhân dân tối cao")},
        id="uncle-former-senior-procurator-short",
    ),
    P(
        "Ông Đinh Khắc Thìn, KSV trung cấp VKSND huyện Mỹ Văn phát biểu.",
        "Đinh Khắc Thìn",
        {("Kiểm sát viên trung cấp", "Viện kiểm sát nhân dân huyện Mỹ Văn")},
        id="intermediate-procurator-short",
    ),
    P(
        "Ông Đinh Khắc Thìn, nguyên PGĐ Sở Tư pháp tỉnh Nam Định phát biểu.",
        "Đinh Khắc Thìn",
        {("Nguyên Phó Giám đốc", f"{SO} Nam Định")},
        id="former-deputy-director-code",
    ),
    P(
        "Ông Đinh Khắc Thìn, PGĐ Sở Tư pháp tỉnh Nam Định phát biểu.",
        "Đinh Khắc Thìn",
        {("Phó Giám đốc", f"{SO} Nam Định")},
        id="deputy-director-code",
    ),
    P(
        "Buổi gặp mặt có bác Đinh Khắc Thìn, nguyên Chánh án TAND huyện Mỹ Lộc.",
        "Đinh Khắc Thìn",
        {("nguyên Chánh án", "Tòa án nhân dân huyện Mỹ Lộc")},
        id="uncle-lower-case",
    ),
]

# --- F. a title after the name's comma that opens a clause of its own -----------------------
CLAUSE_CASES = [
    P(
        "Theo ông Đinh Khắc Thìn, kiểm sát viên cao cấp là chức danh mới của ngành.",
        "Đinh Khắc Thìn",
        None,
        id="rank-as-the-next-clause-s-subject",
    ),
    P(
        "Theo Viện trưởng VKSND tối cao Đinh Khắc Thìn, kiểm sát viên cao cấp là chức danh mới.",
        "Đinh Khắc Thìn",
        {("Viện trưởng", "Viện kiểm sát nhân dân tối cao")},
        id="title-before-the-name-stays",
    ),
    P(
        "Ông Đinh Khắc Thìn, chấp hành viên Chi cục THADS huyện Mỹ Lộc là người trực tiếp tổ"
        " chức thi hành.",
        "Đinh Khắc Thìn",
        {("chấp hành viên", "Chi cục Thi hành án dân sự huyện Mỹ Lộc")},
        id="title-with-its-body-before-la-stays",
    ),
    P(
        "Ông Đinh Khắc Thìn, Chấp hành viên là người trực tiếp tổ chức thi hành.",
        "Đinh Khắc Thìn",
        {("Chấp hành viên", None)},
        id="capitalized-title-before-la-stays",
    ),
    P(
        "Ông Đinh Khắc Thìn, chấp hành viên, là người trực tiếp tổ chức thi hành.",
        "Đinh Khắc Thìn",
        {("chấp hành viên", None)},
        id="title-closed-by-a-comma-stays",
    ),
]

# --- G. a district, a district-level city or the province written bare with a capital -------
HCM_PAGE = "UBND Quận 1 tổ chức hội nghị triển khai Luật Công chứng. Đến tham dự có "
BARE_LEVEL_CASES = [
    P(
        "Tại huyện Cẩm Khê, tỉnh Phú Thọ, Trung tâm tổ chức trợ giúp pháp lý lưu động với sự tham"
        " gia của ông Lã Văn Hiếu – Chủ tịch Hội Luật gia Huyện; bà Lã Thị Nhung – Phó Trưởng"
        " phòng Tư pháp Huyện.",
        "Lã Văn Hiếu",
        {("Chủ tịch", "Hội Luật gia huyện Cẩm Khê")},
        id="jurists-of-the-district-capitalized",
    ),
    P(
        "Tại huyện Cẩm Khê, tỉnh Phú Thọ, bà Lã Thị Nhung – Phó Chủ tịch UBND Huyện phát biểu.",
        "Lã Thị Nhung",
        {("Phó Chủ tịch", "Ủy ban nhân dân huyện Cẩm Khê")},
        id="committee-of-the-district-capitalized",
    ),
    P(
        HCM_PAGE + "ông Lã Văn Hiếu – Trưởng phòng Bổ trợ tư pháp – Sở Tư pháp TP. HCM, bà Lã Thị"
        " Nhung – Trưởng phòng Tư pháp Quận cùng trên 300 cán bộ.",
        "Lã Thị Nhung",
        {("Trưởng phòng", "Phòng Tư pháp Quận 1")},
        id="justice-office-of-the-numbered-district",
    ),
    P(
        HCM_PAGE + "bà Lã Thị Nhung – Trưởng phòng Tư pháp quận phát biểu.",
        "Lã Thị Nhung",
        {("Trưởng phòng", "Phòng Tư pháp Quận 1")},
        id="justice-office-of-the-numbered-district-lower-case",
    ),
    P(
        "Tỉnh Thái Bình: đến dự có đồng chí Lã Văn Hiếu - Ủy viên Ban Thường vụ, Phó Bí thư Đảng"
        " ủy khối các cơ quan Tỉnh, đồng chí Lã Thị Nhung, Giám đốc Sở Tư pháp.",
        "Lã Văn Hiếu",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thái Bình"),
            ("Phó Bí thư", "Đảng ủy Khối các cơ quan tỉnh Thái Bình"),
        },
        id="bloc-committee-of-the-province-capitalized",
    ),
]


def test_withheld_initial_is_no_person() -> None:
    """``Lê Văn T.``: a bare initial still withholds the name."""
    from justicekg.extract.pipeline import extract

    report = extract("Bị cáo Lục Văn T. bị tuyên phạt 3 năm tù.", article_id="t")
    assert not [p.name for p in report.persons]


def test_district_party_committee_is_no_bare_district() -> None:
    """``Quận ủy`` after a board is the district's party committee, not a bare ``Quận``."""
    from extract_helpers import scored_names, scored_orgs

    orgs = scored_orgs("Tại quận Gò Vấp, bà Lã Thị Nhung, Trưởng ban Dân vận Quận ủy phát biểu.")
    assert not orgs & scored_names({"Ban Dân vận quận Gò Vấp", "Ban Dân vận Quận"})


# --- H. the head of the district enforcement office on a page that names the district only ---
ENFORCEMENT_PAGE = (
    " đọc báo cáo công tác thi hành án dân sự. Đại diện Công an huyện Sóc Sơn phát biểu."
)
OFFICE_CASES = [
    P(
        "Tại hội nghị, đồng chí Kha Văn Lịch - Phó Chi cục trưởng" + ENFORCEMENT_PAGE,
        "Kha Văn Lịch",
        {("Phó Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Sóc Sơn")},
        id="deputy-head-of-the-district-s-office",
    ),
    P(
        "Ông Kha Văn Lịch, Chi cục trưởng" + ENFORCEMENT_PAGE,
        "Kha Văn Lịch",
        {("Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Sóc Sơn")},
        id="head-of-the-district-s-office",
    ),
    # negatives: two districts, no enforcement, after the 2025 reform
    P(
        "Ông Kha Văn Lịch, Chi cục trưởng đọc báo cáo thi hành án. Đại diện Công an huyện Sóc Sơn"
        " và Công an huyện Đông Anh phát biểu.",
        "Kha Văn Lịch",
        {("Chi cục trưởng", None)},
        id="two-districts-named",
    ),
    P(
        "Ông Kha Văn Lịch, Chi cục trưởng đọc báo cáo về công tác kiểm lâm. Đại diện Công an"
        " huyện Sóc Sơn phát biểu.",
        "Kha Văn Lịch",
        {("Chi cục trưởng", None)},
        id="page-not-about-enforcement",
    ),
    P(
        "Ông Kha Văn Lịch, Chi cục trưởng" + ENFORCEMENT_PAGE,
        "Kha Văn Lịch",
        {("Chi cục trưởng", None)},
        "2025-09-10",
        id="after-the-reform",
    ),
    P(
        "Ông Kha Văn Lịch, Chi cục trưởng" + ENFORCEMENT_PAGE,
        "Kha Văn Lịch",
        {("Chi cục trưởng", None)},
        "2025-04-15",
        id="after-the-reform-of-march-2025",
    ),
    P(
        "Ông Kha Văn Lịch, Chi cục trưởng" + ENFORCEMENT_PAGE,
        "Kha Văn Lịch",
        {("Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Sóc Sơn")},
        "2025-02-28",
        id="just-before-the-reform",
    ),
]

# --- I. a bare "Chủ nhiệm" on a page about one bar association -------------------------------
BAR = "Đoàn Luật sư tỉnh Hưng Yên được thành lập năm 1992"
BAR_CASES = [
    P(
        BAR + " do luật sư Kha Văn Lịch làm Chủ nhiệm.",
        "Kha Văn Lịch",
        {("Chủ nhiệm", "Đoàn Luật sư tỉnh Hưng Yên"), ("Luật sư", None)},
        id="made-head-of-the-bar",
    ),
    P(
        BAR + ". Năm 1999, Hội nghị bầu Ban Chủ nhiệm gồm ông Kha Văn Lịch (Chủ nhiệm) và bà Lã"
        " Thị Nhung (Phó chủ nhiệm).",
        "Lã Thị Nhung",
        {("Phó chủ nhiệm", "Đoàn Luật sư tỉnh Hưng Yên")},
        id="deputy-head-in-brackets",
    ),
    P(
        BAR + ", phối hợp với UBND tỉnh Hưng Yên. Ông Kha Văn Lịch, Chủ nhiệm phát biểu.",
        "Kha Văn Lịch",
        {("Chủ nhiệm", "Đoàn Luật sư tỉnh Hưng Yên")},
        id="a-people-s-committee-is-no-other-head",
    ),
    # negatives: another body a "Chủ nhiệm" heads, two bars
    P(
        BAR + ". Ông Kha Văn Lịch, Chủ nhiệm phát biểu. Ông Lã Văn Hiếu, Chủ nhiệm Ủy ban Kiểm"
        " tra Tỉnh ủy Hưng Yên dự.",
        "Kha Văn Lịch",
        {("Chủ nhiệm", None)},
        id="a-committee-s-head-on-the-page",
    ),
    P(
        BAR + " và Đoàn Luật sư tỉnh Hải Dương. Ông Kha Văn Lịch, Chủ nhiệm phát biểu.",
        "Kha Văn Lịch",
        {("Chủ nhiệm", None)},
        id="two-bars",
    ),
]

# --- J. a court's chief written short; a unit linked to its parent by "của" -----------------
COURT_UNIT_CASES = [
    P(
        "Phó chánh Tòa án nhân dân tối cao Kha Văn Lịch lưu ý cán bộ của ngành.",
        "Kha Văn Lịch",
        {("Phó chánh", "Tòa án nhân dân tối cao")},
        id="deputy-chief-of-the-supreme-court-short",
    ),
    P(
        "Tại tỉnh Phú Yên, đồng chí Kha Văn Lịch, Phó Chánh Tòa án nhân dân tỉnh cho biết.",
        "Kha Văn Lịch",
        {("Phó Chánh", "Tòa án nhân dân tỉnh Phú Yên")},
        id="deputy-chief-of-the-provincial-court-short",
    ),
    P(
        "Ông Kha Văn Lịch, Phó Chánh tòa Hình sự, TAND tỉnh Phú Yên cho biết.",
        "Kha Văn Lịch",
        {("Phó Chánh tòa", "Tòa Hình sự Tòa án nhân dân tỉnh Phú Yên")},
        id="chamber-head-stays",
    ),
    P(
        "Tại tỉnh Phú Yên, ông Kha Văn Lịch, Trợ giúp viên pháp lý, Phó Trưởng phòng Nghiệp vụ"
        " của Trung tâm Trợ giúp pháp lý nhà nước tỉnh bào chữa cho bị cáo.",
        "Kha Văn Lịch",
        {
            ("Trợ giúp viên pháp lý", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Phú Yên"),
            (
                "Phó Trưởng phòng",
                "Phòng Nghiệp vụ Trung tâm Trợ giúp pháp lý nhà nước tỉnh Phú Yên",
            ),
        },
        id="unit-of-the-centre-with-cua",
    ),
]

# --- K. a title and its body before the name, a comma and a degree or rank between -----------
DEGREE_CASES = [
    P(
        "Tham dự có Vụ trưởng Vụ Pháp chế, Bộ Tư pháp, TS Phùng Đắc Lộc.",
        "Phùng Đắc Lộc",
        {("Vụ trưởng", "Vụ Pháp chế")},
        id="department-head-ministry-doctor",
    ),
    P(
        "Tham dự có Giám đốc Sở Tư pháp tỉnh Nam Định, ThS. Phùng Đắc Lộc.",
        "Phùng Đắc Lộc",
        {("Giám đốc", f"{SO} Nam Định")},
        id="director-master",
    ),
    P(
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nam Định, Đại tá Phùng Đắc Lộc phát biểu.",
        "Phùng Đắc Lộc",
        {("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Nam Định")},
        id="commander-colonel",
    ),
    # negative: the title is the person's before, in apposition
    P(
        "Ông Khúc Văn Hạ, Giám đốc Sở Tư pháp tỉnh Nam Định, TS. Phùng Đắc Lộc và bà Lò Thị Thơ"
        " cùng dự.",
        "Phùng Đắc Lộc",
        None,
        id="title-of-the-name-before",
    ),
]

# --- L. a minister beside the Politburo; the ministry written small --------------------------
MINISTER_CASES = [
    P(
        "Đồng chí Hà Văn Mẫn, Ủy viên Bộ Chính trị dự. Bộ trưởng Lò Văn Ninh phát biểu.",
        "Lò Văn Ninh",
        {("Bộ trưởng", None)},
        id="politburo-is-no-ministry",
    ),
    P(
        "Đồng chí Hà Văn Mẫn, Ủy viên Bộ Chính trị dự. Bộ trưởng Bộ Tư pháp Lò Văn Ninh phát"
        " biểu. Bộ trưởng Lò Văn Ninh nhấn mạnh.",
        "Lò Văn Ninh",
        {("Bộ trưởng", "Bộ Tư pháp")},
        id="the-page-s-ministry-beside-the-politburo",
    ),
    P(
        "Tới dự buổi lễ có bà Vi Thị Mẫn, Phó Thủ tướng Chính phủ; ông Lò Văn Ninh, Bộ trưởng"
        " bộ Tư Pháp, Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương.",
        "Lò Văn Ninh",
        {
            ("Bộ trưởng", "Bộ Tư pháp"),
            (
                "Phó Chủ tịch",
                "Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương",
            ),
        },
        id="ministry-written-small-and-the-next-post",
    ),
    P(
        "Dự có đồng chí Lò Văn Ninh, Bộ trưởng Tư pháp, Phó Chủ tịch Thường trực Hội đồng phối"
        " hợp phổ biến, giáo dục pháp luật Trung ương.",
        "Lò Văn Ninh",
        {
            ("Bộ trưởng", "Bộ Tư pháp"),
            (
                "Phó Chủ tịch Thường trực",
                "Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương",
            ),
        },
        id="ministry-by-its-domain-and-the-next-post",
    ),
]

# --- M. a given name of one toned vowel ("Như Ý") is no withheld initial ---------------------
TONED_CASES = [
    P(
        "Các Phó Chủ tịch Hội đồng gồm: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai Hồ Thị Kim"
        " Thoa, Phó Giám đốc Sở Tư pháp Lục Như Ý, Phó Chánh Văn phòng UBND tỉnh Trần Trọng"
        " Thiêm.",
        "Lục Như Ý",
        # (and the plural title the list gives every item, pos17; its council unnamed: null)
        {("Phó Giám đốc", "Sở Tư pháp tỉnh Gia Lai"), ("Phó Chủ tịch", None)},
        id="toned-one-letter-given-name",
    ),
    P(
        "Các Phó Chủ tịch Hội đồng gồm: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai Hồ Thị Kim"
        " Thoa, Phó Giám đốc Sở Tư pháp Lục Như Ý, Phó Chánh Văn phòng UBND tỉnh Trần Trọng"
        " Thiêm.",
        "Hồ Thị Kim Thoa",
        {("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai")},
        id="the-next-title-is-not-the-name-before-s",
    ),
    P("Bà Lục Thị Ý phát biểu tại hội nghị.", "Lục Thị Ý", None, id="toned-name-no-post"),
]

ALL_CASES = (
    TONED_CASES
    + MINISTER_CASES
    + DEGREE_CASES
    + COURT_UNIT_CASES
    + BAR_CASES
    + OFFICE_CASES
    + BARE_LEVEL_CASES
    + SIGNATURE_CASES
    + ELIDED_UNIT_CASES
    + PARTY_CASE_CASES
    + UNION_CASES
    + SHORT_CASES
    + CLAUSE_CASES
)


def test_elided_unit_is_an_organization() -> None:
    """The unit a title stands for is listed among the page's organizations."""
    from extract_helpers import scored_names, scored_orgs

    orgs = scored_orgs("Ông Lò Văn Khiên, Vụ trưởng Pháp luật quốc tế phát biểu.")
    assert scored_names({"Vụ Pháp luật quốc tế"}) <= orgs


@pytest.mark.parametrize("args", [P(p.values, id=p.id, marks=p.marks) for p in ALL_CASES])
def test_positions_battery(args: tuple[object, ...]) -> None:
    text, person, expected, *rest = args
    published = str(rest[0]) if rest else "2021-05-10"
    ok, got = positions_are(str(text), str(person), expected, published)  # type: ignore[arg-type]
    assert ok, got
