"""Families of the fourteenth positions round, part one: where a title meets its body.

(Part two, lists and chains of names and posts: test_extract_family_pos_boundaries_lists.py.)

B1. A title and its body written before the name (``Giám đốc Sở Thông tin và Truyền thông
Trần Văn A``): a body whose last word ends in ``ông`` (``Truyền thông``, ``Giao thông``, ``Gò
Công``, ``Đắk Nông``) is no honorific ``ông`` before the name; the title is the person's.

B2. Military procuracies and courts of an army corps (``Viện trưởng VKSQS Quân đoàn 12``), and
the area office of one (``VKSQS khu vực Quân đoàn 12``), are bodies as those of a military zone
(``Quân khu 3``) are: the title before them is not left without its body.

B5. The party organ of a body written short (``Bí thư BCS đảng``, ``BCS Đảng``, ``BCSĐ``) before
the title that names the body: the post is ``Bí thư`` of ``Ban cán sự đảng <body>`` (the organ
written in full stays in the title: ``Bí thư Ban cán sự đảng``).

B6. A title left without a body (an excerpt that breaks off, a plural after it) beside a longer
title of the same words that has one (``Bí thư`` / ``Bí thư Ban cán sự đảng`` @ X) is the same
post, not another; bodiless titles with no such long form stay.

B8. A ministry's unit with the ministry set apart between it and the name (``Vụ trưởng Vụ X (Bộ
Tư pháp) Name``, ``Cục trưởng Cục X, Bộ Tư pháp Name``): the title is the name's, the body the
unit (named without its ministry).

B9. A department abbreviated with hyphens between every part (``Sở LĐ-TB-XH``) is the department
in full, so the title is not given another department the page names.

B11. A staff title with its field (``cán bộ``, ``chuyên viên`` + lower-case words) keeps the
field when ``của`` and the body follow (``cán bộ phụ trách kế toán của TAND tỉnh X``) or a bare
level that names no place (``cán bộ dân số xã đứng ra …``: no body).

B13. A bare membership right before a council or committee (``Ủy viên Ủy ban Pháp luật của Quốc
hội``, ``thành viên Hội đồng …``) is a post in it; memberships the title list knows whole
(``Ủy viên BCH Trung ương Đảng``, ``Ủy viên Thường trực``) are unchanged.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs, positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
TTTT = "Sở Thông tin và Truyền thông"

B1_CASES = [
    P(
        "Giám đốc Sở Thông tin và Truyền thông Trần Văn Khải phát biểu khai mạc.",
        "Trần Văn Khải",
        {("Giám đốc", TTTT)},
        id="media-department-before-name",
    ),
    P(
        "Phó Giám đốc Sở Giao thông vận tải tỉnh Nam Định Lê Văn Thạch báo cáo tham luận.",
        "Lê Văn Thạch",
        {("Phó Giám đốc", "Sở Giao thông vận tải tỉnh Nam Định")},
        id="transport-department-with-province",
    ),
    P(
        "Tại buổi làm việc, Chủ tịch UBND tỉnh Đắk Nông Trần Văn Khải cho biết nhiều kết quả.",
        "Trần Văn Khải",
        {("Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Nông")},
        id="province-ending-in-ong",
    ),
    P(
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đắk Nông Phạm Văn Bình phát biểu.",
        "Phạm Văn Bình",
        {("Phó Bí thư", "Tỉnh ủy Đắk Nông"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Nông")},
        id="two-posts-before-name-province-ending-in-ong",
    ),
    P(
        "Trưởng phòng Văn hóa và Thông tin huyện Gò Công Lê Văn Thạch phát biểu.",
        "Lê Văn Thạch",
        {("Trưởng phòng", "Phòng Văn hóa và Thông tin huyện Gò Công")},
        id="district-ending-in-ong",
    ),
    P(
        "Giám đốc Sở Thông tin và Truyền thông, ông Trần Văn Khải phát biểu.",
        "Trần Văn Khải",
        {("Giám đốc", TTTT)},
        id="real-honorific-after-comma-still-read",
    ),
    P(
        "Đại diện Sở Thông tin và Truyền thông ông Trần Văn Khải phát biểu.",
        "Trần Văn Khải",
        None,
        id="no-title-no-post",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B1_CASES)
def test_b1_body_word_ending_in_ong(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


VKSQS = "Viện kiểm sát Quân sự"

B2_CASES = [
    P(
        "Đoàn do Thượng tá Trần Văn Khải, Viện trưởng VKSQS Quân đoàn 12 làm Trưởng đoàn.",
        "Trần Văn Khải",
        {("Viện trưởng", f"{VKSQS} Quân đoàn 12")},
        id="corps-procuracy-abbreviated",
    ),
    P(
        "Đại tá Lê Văn Thạch, Phó Viện trưởng Viện kiểm sát quân sự Quân đoàn 4 phát biểu.",
        "Lê Văn Thạch",
        {("Phó Viện trưởng", f"{VKSQS} Quân đoàn 4")},
        id="corps-procuracy-in-full",
    ),
    P(
        "Cùng dự có Thượng tá Phạm Văn Bình, Viện trưởng VKSQS khu vực Quân đoàn 12.",
        "Phạm Văn Bình",
        {("Viện trưởng", f"{VKSQS} khu vực Quân đoàn 12")},
        id="area-procuracy-of-a-corps",
    ),
    P(
        "Ông Lê Văn Thạch, Chánh án Tòa án quân sự Quân khu 3 dự hội nghị.",
        "Lê Văn Thạch",
        {("Chánh án", "Tòa án Quân sự Quân khu 3")},
        id="military-zone-court-unchanged",
    ),
    P(
        "Ông Lê Văn Thạch, Viện trưởng Viện kiểm sát quân sự khu vực 21 dự hội nghị.",
        "Lê Văn Thạch",
        {("Viện trưởng", f"{VKSQS} khu vực 21")},
        id="numbered-area-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B2_CASES)
def test_b2_corps_procuracies(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_b2_bare_area_is_no_body() -> None:
    _, orgs = people_and_orgs("Ông Lê Văn Thạch, cán bộ Viện kiểm sát quân sự khu vực phát biểu.")
    assert not any(o.startswith(VKSQS) for o in orgs), orgs


BCS_VKS = "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh Nam Định"
VKS_ND = "Viện kiểm sát nhân dân tỉnh Nam Định"

B5_CASES = [
    P(
        "Về phía VKSND tỉnh Nam Định có các đồng chí Trần Văn Khải - Tỉnh ủy viên, Bí thư BCS"
        " đảng, Viện trưởng; Lê Văn Thạch - Phó Viện trưởng.",
        "Trần Văn Khải",
        {("Tỉnh ủy viên", "Tỉnh ủy Nam Định"), ("Bí thư", BCS_VKS), ("Viện trưởng", VKS_ND)},
        id="bcs-lower-in-a-list-bare-head",
    ),
    P(
        "Đồng chí Trần Văn Khải, Bí thư BCS Đảng, Viện trưởng VKSND tỉnh Nam Định chủ trì.",
        "Trần Văn Khải",
        {("Bí thư", BCS_VKS), ("Viện trưởng", VKS_ND)},
        id="bcs-capital",
    ),
    P(
        "Đồng chí Lê Văn Thạch, Bí thư BCSĐ, Chánh án TAND tỉnh Nam Định chủ trì.",
        "Lê Văn Thạch",
        {
            ("Bí thư", "Ban cán sự đảng Tòa án nhân dân tỉnh Nam Định"),
            ("Chánh án", "Tòa án nhân dân tỉnh Nam Định"),
        },
        id="bcsd-of-a-court",
    ),
    P(
        "Đồng chí Lê Văn Thạch, Bí thư Ban cán sự đảng, Viện trưởng Viện kiểm sát nhân dân tỉnh"
        " Nam Định chủ trì.",
        "Lê Văn Thạch",
        {("Bí thư Ban cán sự đảng", BCS_VKS), ("Viện trưởng", VKS_ND)},
        id="written-in-full-keeps-the-organ-in-the-title",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B5_CASES)
def test_b5_abbreviated_party_organ(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


FIRST = (
    "Đồng chí Trần Văn Khải, Bí thư Ban cán sự đảng, Viện trưởng Viện kiểm sát nhân dân tỉnh"
    " Nam Định chủ trì Hội nghị. "
)

B6_CASES = [
    P(
        FIRST + "Kết thúc Hội nghị, đồng chí Trần Văn Khải, Bí thư Ban cán sự đảng, Viện trư",
        "Trần Văn Khải",
        {("Bí thư Ban cán sự đảng", BCS_VKS), ("Viện trưởng", VKS_ND)},
        id="excerpt-broken-off-after-the-organ",
    ),
    P(
        FIRST + "Đồng chí Trần Văn Khải, Bí thư Ban cán sự đảng và các đồng chí lãnh đạo dự.",
        "Trần Văn Khải",
        {("Bí thư Ban cán sự đảng", BCS_VKS), ("Viện trưởng", VKS_ND)},
        id="organ-before-a-plural",
    ),
    P(
        "Ông Trần Văn Khải, báo cáo viên pháp luật, Trưởng phòng Tư pháp huyện Hải Hậu phát"
        " biểu. Ông Trần Văn Khải, Bí thư Chi bộ, cho biết thêm.",
        "Trần Văn Khải",
        {
            ("Trưởng phòng", "Phòng Tư pháp huyện Hải Hậu"),
            ("Bí thư", None),
            ("báo cáo viên pháp luật", None),
        },
        id="bodiless-titles-with-no-long-form-stay",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B6_CASES)
def test_b6_short_title_without_body_beside_its_long_form(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


B8_CASES = [
    P(
        "Cục trưởng Cục Kiểm tra văn bản quy phạm pháp luật (Bộ Tư pháp) Trần Văn Khải đã ký.",
        "Trần Văn Khải",
        {("Cục trưởng", "Cục Kiểm tra văn bản quy phạm pháp luật")},
        id="ministry-in-parentheses",
    ),
    P(
        "Vụ trưởng Vụ Pháp chế, Bộ Tư pháp Lê Văn Thạch phát biểu.",
        "Lê Văn Thạch",
        {("Vụ trưởng", "Vụ Pháp chế")},
        id="ministry-after-comma",
    ),
    P(
        "Phó Vụ trưởng Vụ Pháp luật quốc tế (Bộ Tư pháp) Phạm Thị Mai trình bày tham luận.",
        "Phạm Thị Mai",
        {("Phó Vụ trưởng", "Vụ Pháp luật quốc tế")},
        id="deputy-in-parentheses",
    ),
    P(
        "Đại diện Bộ Tư pháp có Vụ Pháp chế, Bộ Tư pháp Trần Văn Khải tham dự.",
        "Trần Văn Khải",
        None,
        id="unit-without-a-title-gives-no-post",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B8_CASES)
def test_b8_parent_ministry_set_apart(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


B9_CASES = [
    P(
        "Điều động ông Trần Văn Khải, Phó giám đốc Sở LĐ-TB-XH giữ chức Phó chánh Thanh tra"
        " tỉnh; ông Lê Văn Thạch, Phó giám đốc Sở KH-CN tỉnh Nam Định nghỉ hưu.",
        "Trần Văn Khải",
        "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định",
        id="hyphenated-labour-department",
    ),
    P(
        "Ông Trần Văn Khải, Giám đốc Sở LĐ-TB&XH tỉnh Nam Định phát biểu.",
        "Trần Văn Khải",
        "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định",
        id="ampersand-form-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "body"), B9_CASES)
def test_b9_hyphenated_department(text: str, person: str, body: str) -> None:
    people, _ = people_and_orgs(text)
    assert any(
        title.lower() in ("phó giám đốc", "giám đốc") and org == body
        for title, org in people[person]
    ), people[person]
    assert all(org != "Sở Khoa học và Công nghệ tỉnh Nam Định" for _, org in people[person])


B11_CASES = [
    P(
        "Ông Trần Văn Khải, cán bộ phụ trách kế toán của TAND tỉnh Nam Định, bị khởi tố.",
        "Trần Văn Khải",
        {("cán bộ phụ trách kế toán", "Tòa án nhân dân tỉnh Nam Định")},
        id="field-of-body",
    ),
    P(
        "Bà Phạm Thị Mai, chuyên viên pháp chế của Sở Y tế tỉnh Nam Định cho biết.",
        "Phạm Thị Mai",
        {("chuyên viên pháp chế", "Sở Y tế tỉnh Nam Định")},
        id="specialist-field-of-department",
    ),
    P(
        "Khi được anh Trần Văn Khải - cán bộ dân số xã đứng ra làm phiên dịch thì buổi tuyên"
        " truyền sôi nổi hẳn.",
        "Trần Văn Khải",
        {("cán bộ dân số", None)},
        id="field-then-bare-commune",
    ),
    P(
        "Chị Phạm Thị Mai, cán bộ văn hóa xã, cho biết thêm.",
        "Phạm Thị Mai",
        {("cán bộ văn hóa", None)},
        id="field-then-bare-commune-comma",
    ),
    P(
        "Chị Phạm Thị Mai, cán bộ tư pháp xã Hải Nam cho biết.",
        "Phạm Thị Mai",
        {("cán bộ tư pháp", "Ủy ban nhân dân xã Hải Nam")},
        id="named-commune-unchanged",
    ),
    P(
        "Bà Phạm Thị Mai, chuyên viên Phòng Tư pháp huyện Hải Hậu cho biết.",
        "Phạm Thị Mai",
        {("chuyên viên", "Phòng Tư pháp huyện Hải Hậu")},
        id="no-field-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B11_CASES)
def test_b11_staff_title_with_its_field(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


B13_CASES = [
    P(
        "Ông Lê Văn Thạch, Ủy viên Ủy ban Pháp luật của Quốc hội phát biểu.",
        "Lê Văn Thạch",
        {("Ủy viên", "Ủy ban Pháp luật của Quốc hội")},
        id="member-of-assembly-committee",
    ),
    P(
        "Ông Lê Văn Thạch, Ủy viên Hội đồng Dân tộc của Quốc hội phát biểu.",
        "Lê Văn Thạch",
        {("Ủy viên", "Hội đồng Dân tộc của Quốc hội")},
        id="member-of-ethnic-council",
    ),
    P(
        "Ông Lê Văn Thạch, Ủy viên Thường trực Ủy ban Tư pháp của Quốc hội phát biểu.",
        "Lê Văn Thạch",
        {("Ủy viên Thường trực", "Ủy ban Tư pháp của Quốc hội")},
        id="standing-member-unchanged",
    ),
    P(
        "Đồng chí Trần Văn Khải, Ủy viên BCH Trung ương Đảng, Bộ trưởng Bộ Tư pháp phát biểu.",
        "Trần Văn Khải",
        {
            ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bộ trưởng", "Bộ Tư pháp"),
        },
        id="abbreviated-central-member-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B13_CASES)
def test_b13_bare_member_of_a_council(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
