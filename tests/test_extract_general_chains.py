"""Title chains, shared titles and abbreviated bodies, on invented sentences (never taken from
any real page): a chain of posts written before a name, names listed under one title written
after the last of them, ``, kiêm``, ranks between a party role and the post that names its
body, ``BCĐ`` (a steering committee), a district's office named with its People's Committee
and a provincial city's committees.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs as _report

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

Positions = set[tuple[str, str | None]]


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Ủy viên Trung ương Đảng, Phó Thủ tướng Lê Văn Tám dự hội nghị.",
            "Lê Văn Tám",
            {
                ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                ("Phó Thủ tướng", "Chính phủ"),
            },
            id="party-membership-before-a-title-without-body",
        ),
        pytest.param(
            "Ủy viên Trung ương Đảng, Ủy viên Ban Thường vụ Đảng ủy Chính phủ, Phó Thủ tướng"
            " Trần Văn Hòa dự và chỉ đạo.",
            "Trần Văn Hòa",
            {
                ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Đảng ủy Chính phủ"),
                ("Phó Thủ tướng", "Chính phủ"),
            },
            id="three-posts-before-the-name",
        ),
        pytest.param(
            "Tỉnh ủy viên, Giám đốc Sở Tư pháp tỉnh Hà Nam Ngô Văn Lâm báo cáo.",
            "Ngô Văn Lâm",
            {("Tỉnh ủy viên", "Tỉnh ủy Hà Nam"), ("Giám đốc", "Sở Tư pháp tỉnh Hà Nam")},
            id="provincial-committee-member-before-a-title",
        ),
        pytest.param(
            "Về phía Cục THADS tỉnh Hà Nam có đồng chí Lê Thị Miên – Cục trưởng; đồng chí: Phạm"
            " Văn An, Đỗ Thị Hoa – Phó Cục trưởng.",
            "Phạm Văn An",
            {("Phó Cục trưởng", "Cục Thi hành án dân sự tỉnh Hà Nam")},
            id="names-after-a-colon-share-the-last-title",
        ),
        pytest.param(
            "Dự có các đồng chí Phạm Văn An và Đỗ Thị Hoa, Phó Giám đốc Sở Tư pháp tỉnh Nam Định.",
            "Phạm Văn An",
            {("Phó Giám đốc", "Sở Tư pháp tỉnh Nam Định")},
            id="names-after-a-plural-honorific-share-the-title",
        ),
        pytest.param(
            "Đồng chí Rơ Châm Hơi - Phó Bí thư Tỉnh ủy, kiêm Trưởng Ban Chỉ đạo Cải cách tư"
            " pháp tỉnh Gia Lai chủ trì phiên họp.",
            "Rơ Châm Hơi",
            {
                ("Phó Bí thư", "Tỉnh ủy Gia Lai"),
                ("Trưởng Ban", "Ban Chỉ đạo Cải cách tư pháp tỉnh Gia Lai"),
            },
            id="comma-then-kiem",
        ),
        pytest.param(
            "Dự có đồng chí Trần Văn Hải – Phó Chủ tịch UBND tỉnh, Trưởng BCĐ THADS tỉnh Hà Nam.",
            "Trần Văn Hải",
            {
                ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"),
                ("Trưởng Ban", "Ban Chỉ đạo Thi hành án dân sự tỉnh Hà Nam"),
            },
            id="head-of-an-abbreviated-steering-committee",
        ),
        pytest.param(
            "Đồng chí Võ Văn Hùng - Ủy viên BTV Tỉnh ủy, Phó Trưởng Ban Thường trực BCĐ Cải"
            " cách tư pháp tỉnh Gia Lai dự.",
            "Võ Văn Hùng",
            {
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Gia Lai"),
                ("Phó Trưởng Ban Thường trực", "Ban Chỉ đạo Cải cách tư pháp tỉnh Gia Lai"),
            },
            id="deputy-of-an-abbreviated-steering-committee",
        ),
        pytest.param(
            "Đến dự buổi lễ có bà Lý Thị Hồng - Tỉnh ủy viên, Bí thư Ban cán sự Đảng, Thẩm phán"
            " trung cấp, Chánh án Tòa án nhân dân tỉnh Bạc Liêu.",
            "Lý Thị Hồng",
            {
                ("Tỉnh ủy viên", "Tỉnh ủy Bạc Liêu"),
                ("Bí thư Ban cán sự Đảng", "Ban cán sự Đảng Tòa án nhân dân tỉnh Bạc Liêu"),
                ("Thẩm phán trung cấp", None),
                ("Chánh án", "Tòa án nhân dân tỉnh Bạc Liêu"),
            },
            id="rank-between-party-role-and-head",
        ),
        pytest.param(
            "Đồng chí Vũ Văn Tâm, Cục trưởng Cục Kiểm tra VBQPPL báo cáo.",
            "Vũ Văn Tâm",
            {("Cục trưởng", "Cục Kiểm tra văn bản quy phạm pháp luật")},
            id="abbreviated-ministry-unit",
        ),
    ],
)
def test_chains(text: str, person: str, expected: Positions) -> None:
    people, _ = _report(text)
    assert people[person] == expected


@pytest.mark.parametrize(
    "text,person",
    [
        pytest.param(
            "Tham dự có đồng chí Phạm Văn An, Đỗ Thị Hoa – Phó Giám đốc Sở Tư pháp tỉnh Nam Định.",
            "Phạm Văn An",
            id="no-list-cue-no-sharing",
        ),
        pytest.param(
            "Cùng dự có các đồng chí: Đinh Thị Lụa; Đào Văn Tùng, Trưởng Ban Nội chính Tỉnh ủy.",
            "Đinh Thị Lụa",
            id="semicolon-ends-the-run",
        ),
    ],
)
def test_title_not_shared(text: str, person: str) -> None:
    people, _ = _report(text)
    assert people[person] == set()


@pytest.mark.parametrize(
    "text,present,absent",
    [
        pytest.param(
            "Phòng Tư pháp UBND huyện Kim Bảng phối hợp tổ chức phiên tòa giả định.",
            "Phòng Tư pháp huyện Kim Bảng",
            "Phòng Tư pháp Ủy ban nhân dân huyện Kim Bảng",
            id="district-office-named-by-its-district",
        ),
        pytest.param(
            "VKSND TP. Hà Tĩnh phối hợp với Thành đoàn Hà Tĩnh tổ chức.",
            "Thành đoàn Hà Tĩnh",
            "Tỉnh đoàn Hà Tĩnh",
            id="city-youth-union-of-a-province-named-like-its-city",
        ),
        pytest.param(
            "Đồng chí Lê Văn Nam, Bí thư Thành ủy Phủ Lý dự.",
            "Thành ủy Phủ Lý",
            "Thành ủy",
            id="party-committee-of-a-provincial-city",
        ),
        pytest.param(
            "Thành đoàn Phủ Lý và Huyện đoàn Kim Bảng phối hợp tổ chức.",
            "Huyện đoàn Kim Bảng",
            "Huyện đoàn",
            id="district-youth-union",
        ),
        pytest.param(
            "Tham dự có Sở Lao động thương binh và xã hội tỉnh Hà Nam.",
            "Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam",
            "Sở Lao động",
            id="department-domain-in-lower-case",
        ),
    ],
)
def test_organizations(text: str, present: str, absent: str) -> None:
    _, orgs = _report(text)
    assert present in orgs
    assert absent not in orgs


def test_posts_before_a_dash_and_the_name() -> None:
    people, _ = _report(
        "Chiều 14/4, Ban Chấp hành Đảng bộ tỉnh Long An họp. UVTW Đảng, Bí thư Tỉnh ủy, Chủ"
        " tịch HĐND tỉnh – Nguyễn Văn Ngạn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Nguyễn"
        " Văn Sáu chủ trì hội nghị."
    )
    assert people["Nguyễn Văn Ngạn"] == {
        ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("Bí thư", "Tỉnh ủy Long An"),
        ("Chủ tịch", "Hội đồng nhân dân tỉnh Long An"),
    }
    assert people["Nguyễn Văn Sáu"] == {
        ("Phó Bí thư", "Tỉnh ủy Long An"),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Long An"),
    }


def test_a_dash_between_two_listed_people_keeps_each_title() -> None:
    people, _ = _report(
        "Dự có ông Lê Văn An, Phó Chủ tịch UBND tỉnh Hà Nam - ông Trần Văn Luận, Giám đốc Sở"
        " Tư pháp tỉnh Hà Nam."
    )
    assert people["Lê Văn An"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam")}
    assert people["Trần Văn Luận"] == {("Giám đốc", "Sở Tư pháp tỉnh Hà Nam")}


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Các đồng chí: Hoàng Văn Tứ, UV BTV Tỉnh ủy, Phó Chủ tịch TT HĐND tỉnh Hòa Bình chủ"
            " trì hội nghị.",
            "Hoàng Văn Tứ",
            {
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Hòa Bình"),
                ("Phó Chủ tịch Thường trực", "Hội đồng nhân dân tỉnh Hòa Bình"),
            },
            id="abbreviated-standing-titles",
        ),
        pytest.param(
            "Dự có đồng chí Nguyễn Văn Vang, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khóa"
            " XIII của tỉnh Tuyên Quang.",
            "Nguyễn Văn Vang",
            {
                ("Bí thư", "Tỉnh ủy Tuyên Quang"),
                ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Tuyên Quang"),
            },
            id="delegation-with-its-term",
        ),
        pytest.param(
            "Đồng chí Nguyễn Văn Ký được tín nhiệm tái bầu làm Bí thư Tỉnh ủy Quảng Ninh.",
            "Nguyễn Văn Ký",
            {("Bí thư", "Tỉnh ủy Quảng Ninh")},
            id="re-elected-to-a-post",
        ),
    ],
)
def test_more_title_forms(text: str, person: str, expected: Positions) -> None:
    people, _ = _report(text)
    assert people[person] == expected


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Hội nghị do đồng chí Giám đốc Sở Tư pháp tỉnh Hà Nam (ông Hồ Văn Mẫn) chủ trì.",
            "Hồ Văn Mẫn",
            {("Giám đốc", "Sở Tư pháp tỉnh Hà Nam")},
            id="name-in-brackets-after-the-title",
        ),
        pytest.param(
            "Đ/c Vũ Văn Chín (bên phải) - Phó Giám đốc Sở Tư pháp tỉnh Hà Nam tặng hoa.",
            "Vũ Văn Chín",
            {("Phó Giám đốc", "Sở Tư pháp tỉnh Hà Nam")},
            id="caption-aside-before-the-title",
        ),
    ],
)
def test_brackets(text: str, person: str, expected: Positions) -> None:
    people, _ = _report(text)
    assert people[person] == expected
