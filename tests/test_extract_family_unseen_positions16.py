"""Positions the rules missed or gave the wrong body on pages no rule writer had read
(rules round 16, worker pos16).

Forms: posts written before a dash and the name when a lead-in opens the sentence (``Theo
Chánh án TAND huyện X – A``, ``Phát biểu tại hội nghị, Giám đốc Sở X - A cho biết``); the
commune's justice and civil-status officer written ``cán bộ``/``công chức`` with any case of
``Tư pháp - hộ tịch`` (the body: the commune's People's Committee); an author whose name is
spelt as a province, signing under the headline with the day and clock time it was posted (the
author, no mention of the province: bare ``tỉnh`` bodies take the page's named province).

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
TAND_KB = "Tòa án nhân dân huyện Kim Bảng"
STP = "Sở Tư pháp tỉnh Hà Nam"

DASH_CASES = [
    P(
        "Theo Chánh án TAND huyện Kim Bảng – Khổng Văn Tường, năm nay số vụ án tăng.",
        "Khổng Văn Tường",
        {("Chánh án", TAND_KB)},
        id="lead-word-then-posts-dash",
    ),
    P(
        "Theo Chánh án TAND huyện Kim Bảng - Khổng Văn Tường, số vụ án tăng nhẹ.",
        "Khổng Văn Tường",
        {("Chánh án", TAND_KB)},
        id="lead-word-hyphen",
    ),
    P(
        "Phát biểu tại buổi làm việc, Giám đốc Sở Tư pháp tỉnh Hà Nam - Khổng Văn Tường cho biết"
        " đơn vị đã hoàn thành kế hoạch.",
        "Khổng Văn Tường",
        {("Giám đốc", STP)},
        id="lead-phrase-comma-then-posts",
    ),
    P(
        "Dự buổi họp có Chánh án TAND huyện Kim Bảng – Khổng Văn Tường.",
        "Khổng Văn Tường",
        {("Chánh án", TAND_KB)},
        id="after-lower-verb-kept",
    ),
    P(
        # negative: the post after a person and a comma is that person's, not the next name's
        "Ông Quách Đình Lựu, Giám đốc Sở Tư pháp tỉnh Hà Nam - Khổng Văn Tường cho biết"
        " đơn vị đã hoàn thành kế hoạch.",
        "Khổng Văn Tường",
        None,
        id="post-of-previous-person",
    ),
    P(
        "Ông Quách Đình Lựu, Giám đốc Sở Tư pháp tỉnh Hà Nam - Khổng Văn Tường cho biết"
        " đơn vị đã hoàn thành kế hoạch.",
        "Quách Đình Lựu",
        {("Giám đốc", STP)},
        id="previous-person-keeps-post",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), DASH_CASES)
def test_posts_before_dash_after_lead_in(text, person, expected):
    ok, got = positions_are(text, person, expected)
    assert ok, got


UB_TH = "Ủy ban nhân dân xã Thanh Hà"

CIVIL_CASES = [
    P(
        "Chị Quách Thị Mận, cán bộ Tư pháp - hộ tịch xã Thanh Hà, huyện Kim Bảng luôn tận tình.",
        "Quách Thị Mận",
        {("cán bộ Tư pháp - hộ tịch", UB_TH)},
        id="can-bo-mixed-case",
    ),
    P(
        "Chị Quách Thị Mận, công chức Tư pháp - hộ tịch xã Thanh Hà luôn tận tình với dân.",
        "Quách Thị Mận",
        {("công chức Tư pháp - hộ tịch", UB_TH)},
        id="cong-chuc-mixed-case",
    ),
    P(
        "Chị Quách Thị Mận, cán bộ Tư pháp – Hộ tịch xã Thanh Hà luôn tận tình với dân.",
        "Quách Thị Mận",
        {("cán bộ Tư pháp – Hộ tịch", UB_TH)},
        id="can-bo-en-dash-capitals",
    ),
    P(
        "Chị Quách Thị Mận, cán bộ tư pháp - hộ tịch UBND thị trấn Thanh Hà luôn tận tình.",
        "Quách Thị Mận",
        {("cán bộ tư pháp - hộ tịch", "Ủy ban nhân dân thị trấn Thanh Hà")},
        id="can-bo-lower-committee-written",
    ),
    P(
        "Chị Quách Thị Mận làm cán bộ Tư pháp - hộ tịch nhiều năm, luôn tận tình.",
        "Quách Thị Mận",
        {("cán bộ Tư pháp - hộ tịch", None)},
        id="no-commune-no-body",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CIVIL_CASES)
def test_commune_civil_status_officer(text, person, expected):
    ok, got = positions_are(text, person, expected)
    assert ok, got


def _page(author_line: str) -> str:
    return (
        "Tòa án địa phương\n\n"
        "Tọa đàm kỷ niệm ngày truyền thống của ngành\n\n"
        f"{author_line}\n\n"
        "Sáng nay, TAND tỉnh Bạc Liêu tổ chức buổi tọa đàm với nhiều hoạt động giao lưu bổ ích"
        " dành cho cán bộ trong đơn vị.\n\n"
        "Đến dự có ông Khổng Văn Tường - Tỉnh ủy viên, Chánh án TAND tỉnh; cùng cán bộ các"
        " phòng chuyên môn.\n\n"
        "TAND tỉnh Bạc Liêu trao quà cho các đội thi xuất sắc trong buổi giao lưu.\n"
    )


@pytest.mark.parametrize(
    "author_line",
    [
        P("Cao Bằng 12/04/2024 - 09:15", id="province-named-author-dash-clock"),
        P("Cao Bằng 09:15, 12/04/2024", id="province-named-author-clock-first"),
    ],
)
def test_author_spelt_as_province_is_no_place(author_line):
    r = extract(_page(author_line), article_id="t", published="2024-04-12")
    people = {p.name: {(q.title, q.organization) for q in p.positions} for p in r.persons}
    assert people["Khổng Văn Tường"] == {
        ("Tỉnh ủy viên", "Tỉnh ủy Bạc Liêu"),
        ("Chánh án", "Tòa án nhân dân tỉnh Bạc Liêu"),
    }
    assert "Cao Bằng" in people
    assert "Cao Bằng" not in set(r.provinces)


def test_place_dateline_without_clock_stays_a_place():
    # negative: a line with the province and a day only is no signed stamp: no author read
    r = extract(_page("Cao Bằng 12/04/2024"), article_id="t", published="2024-04-12")
    assert "Cao Bằng" not in {p.name for p in r.persons}


#: a given name spelt as an institution's word ("Viện", "Sở", "Hội") ends the run when a verb
#: follows it; a body's or a title's own lower-case word after it does not end a name
NAME_END_CASES = [
    P(
        "Trong ảnh là Viện trưởng Viện kiểm sát nhân dân tỉnh Hà Nam Khổng Văn Viện phát biểu.",
        "Khổng Văn Viện",
        {("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Hà Nam")},
        id="given-name-vien-before-verb",
    ),
    P(
        "Giám đốc Sở Tư pháp tỉnh Hà Nam Khổng Văn Sở phát biểu khai mạc.",
        "Khổng Văn Sở",
        {("Giám đốc", STP)},
        id="given-name-so-before-verb",
    ),
    P(
        "Chủ tịch Hội Luật gia tỉnh Hà Nam Khổng Văn Hội trao quà cho hội viên.",
        "Khổng Văn Hội",
        {("Chủ tịch", "Hội Luật gia tỉnh Hà Nam")},
        id="given-name-hoi-before-verb",
    ),
    P(
        "Ông Khổng Văn Hội, Chủ tịch Hội Luật gia tỉnh Hà Nam trao quà cho hội viên.",
        "Khổng Văn Hội",
        {("Chủ tịch", "Hội Luật gia tỉnh Hà Nam")},
        id="given-name-before-comma-kept",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), NAME_END_CASES)
def test_given_name_spelt_as_institution_word(text, person, expected):
    ok, got = positions_are(text, person, expected)
    assert ok, got


@pytest.mark.parametrize(
    "text",
    [
        P("Ông Khổng Văn Lợi Viện kiểm sát tỉnh Hà Nam phát biểu.", id="body-follows-name"),
        P("Bà Quách Thị Mận Tỉnh ủy viên phát biểu.", id="title-follows-name"),
    ],
)
def test_institution_word_opening_a_body_is_no_given_name(text):
    names = {p.name for p in extract(text, article_id="t").persons}
    assert not any(n.endswith((" Viện", " Tỉnh")) for n in names), names


#: a nickname in brackets (a birth-order word and a name) between the name and its post
ALIAS_CASES = [
    P(
        "Chị Quách Thị Mận (Út Mận), cán bộ Tư pháp - hộ tịch xã Thanh Hà luôn phấn đấu.",
        "Quách Thị Mận",
        {("cán bộ Tư pháp - hộ tịch", UB_TH)},
        id="alias-ut-comma",
    ),
    P(
        "Chị Quách Thị Mận (Út Mận), Phó Chủ tịch UBND xã Thanh Hà luôn phấn đấu.",
        "Quách Thị Mận",
        {("Phó Chủ tịch", UB_TH)},
        id="alias-ut-vice-chair",
    ),
    P(
        "Ông Khổng Văn Tường (Hai Lợi) - Phó Chủ tịch UBND xã Thanh Hà phát biểu.",
        "Khổng Văn Tường",
        {("Phó Chủ tịch", UB_TH)},
        id="alias-hai-dash",
    ),
]


def test_nickname_is_no_person_of_its_own():
    text = "Ông Khổng Văn Tường (Hai Lợi) - Phó Chủ tịch UBND xã Thanh Hà phát biểu."
    assert {p.name for p in extract(text, article_id="t").persons} == {"Khổng Văn Tường"}


@pytest.mark.parametrize(("text", "person", "expected"), ALIAS_CASES)
def test_nickname_in_brackets_before_post(text, person, expected):
    ok, got = positions_are(text, person, expected)
    assert ok, got


OTHER_CASES = [
    P(
        "Bà Quách Thị Mận, vốn là Chủ tịch Hội Luật gia quận Cầu Giấy cho biết, việc rất nhiều.",
        "Quách Thị Mận",
        {("Chủ tịch", "Hội Luật gia quận Cầu Giấy")},
        id="von-la-copula",
    ),
    P(
        "Bà Quách Thị Mận vốn là cán bộ hưu trí nên có nhiều thời gian.",
        "Quách Thị Mận",
        None,
        id="von-la-status-no-post",
    ),
    P(
        "Bộ trưởng đã tiếp ông Sato Kenji, Trưởng Đại diện Văn phòng Jica tại Việt Nam.",
        "Sato Kenji",
        {("Trưởng Đại diện", "Văn phòng Jica tại Việt Nam")},
        id="office-of-foreign-body-in-vietnam",
    ),
    P(
        # the province abroad written bare stays one when the sentence goes on elsewhere
        "Đoàn công tác Lào có ông Xổm Phăn, Giám đốc Sở Tư pháp Sêkong tại Hà Nội.",
        "Xổm Phăn",
        {("Giám đốc", "Sở Tư pháp tỉnh Sêkong")},
        id="bare-province-abroad-kept",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), OTHER_CASES)
def test_copula_and_offices_abroad(text, person, expected):
    ok, got = positions_are(text, person, expected)
    assert ok, got


#: a bare party organ before two posts held together ("…, A kiêm B Hội X"): the organ of the
#: body the pair shares, not another body of the page
KIEM_CASES = [
    P(
        "Ông Quách Đình Lựu, Bí thư Đảng đoàn UBND tỉnh Hà Nam phát biểu. Dự buổi họp có ông"
        " Khổng Văn Tường, Phó Bí thư Đảng đoàn, Phó Chủ tịch kiêm Tổng Thư ký Hội Luật gia"
        " Việt Nam.",
        "Khổng Văn Tường",
        {
            ("Phó Bí thư Đảng đoàn", "Đảng đoàn Hội Luật gia Việt Nam"),
            ("Phó Chủ tịch", "Hội Luật gia Việt Nam"),
            ("Tổng Thư ký", "Hội Luật gia Việt Nam"),
        },
        id="organ-of-kiem-pair-body",
    ),
    P(
        "Dự buổi họp có ông Khổng Văn Tường, Phó Bí thư Đảng đoàn, Phó Chủ tịch kiêm nhiệm"
        " Tổng Thư ký Hội Luật gia tỉnh Hà Nam.",
        "Khổng Văn Tường",
        {
            ("Phó Bí thư Đảng đoàn", "Đảng đoàn Hội Luật gia tỉnh Hà Nam"),
            ("Phó Chủ tịch", "Hội Luật gia tỉnh Hà Nam"),
            ("Tổng Thư ký", "Hội Luật gia tỉnh Hà Nam"),
        },
        id="organ-of-kiem-nhiem-pair-body",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), KIEM_CASES)
def test_bare_organ_before_posts_held_together(text, person, expected):
    ok, got = positions_are(text, person, expected)
    assert ok, got


#: "Thành ủy viên" before a post of a city below a province: that city's committee; of a
#: centrally-run city or a province: as before
CITY_CASES = [
    P(
        "Dự có đồng chí Khổng Văn Tường – Thành ủy viên, Viện trưởng VKSND TP Từ Sơn phát biểu.",
        "Khổng Văn Tường",
        {
            ("Thành ủy viên", "Thành ủy Từ Sơn"),
            ("Viện trưởng", "Viện kiểm sát nhân dân thành phố Từ Sơn"),
        },
        id="member-of-district-city-committee",
    ),
    P(
        "Dự có đồng chí Khổng Văn Tường – Thành ủy viên, Giám đốc Sở Tư pháp thành phố Cần Thơ.",
        "Khổng Văn Tường",
        {("Thành ủy viên", "Thành ủy Cần Thơ"), ("Giám đốc", "Sở Tư pháp thành phố Cần Thơ")},
        id="member-of-central-city-committee",
    ),
    P(
        "Dự có đồng chí Khổng Văn Tường – Tỉnh ủy viên, Viện trưởng VKSND tỉnh Bắc Ninh.",
        "Khổng Văn Tường",
        {
            ("Tỉnh ủy viên", "Tỉnh ủy Bắc Ninh"),
            ("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Bắc Ninh"),
        },
        id="province-member-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CITY_CASES)
def test_city_committee_member(text, person, expected):
    ok, got = positions_are(text, person, expected)
    assert ok, got
