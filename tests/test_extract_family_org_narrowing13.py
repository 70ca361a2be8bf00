"""Narrowings of session 13 (org13): a member of the Secretariat (``Bí thư Trung ương Đảng``) holds
a title of its own that names no body, so the page names no ``Ban Chấp hành Trung ương Đảng``
for it (the gold gives the title no organization), while a member of the Central Committee
(``Ủy viên Trung ương Đảng``) still names it; a degree in a field (``tốt nghiệp Đại học
Luật``) names no university, and ``Đại học A`` on a page of ``Trường Đại học A`` is that school;
a body named with a bare level word then more level words (``VKSND huyện, thị xã, thành phố``)
is one of every such place, no body. Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import folded_positions, scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
BCH = "Ban Chấp hành Trung ương Đảng"

CASES = [
    P(
        "Tới dự buổi gặp mặt còn có ông Lê Minh Khang, Bí thư Trung ương Đảng, Chánh án Tòa án "
        "nhân dân tỉnh Tuyên Quang.",
        "Lê Minh Khang",
        {("bi thu trung uong dang", None), ("chanh an", "Tòa án nhân dân tỉnh Tuyên Quang")},
        set(),
        {BCH},
        id="secretary-then-post",
    ),
    P(
        "Dự có Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương Hà "
        "Quang Vĩnh.",
        "Hà Quang Vĩnh",
        {("bi thu trung uong dang", None), ("uy vien bo chinh tri", "Bộ Chính trị")},
        {"Bộ Chính trị"},
        {BCH},
        id="secretary-in-left-chain",
    ),
    P(
        "Ông Trịnh Văn Lực, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp phát biểu.",
        "Trịnh Văn Lực",
        {("uy vien trung uong dang", BCH), ("bo truong", "Bộ Tư pháp")},
        {BCH},
        set(),
        id="central-committee-member-still-names-it",
    ),
]


@pytest.mark.parametrize(("text", "person", "positions", "expected", "absent"), CASES)
def test_secretariat_title_names_no_body(
    text: str,
    person: str,
    positions: set[tuple[str, str | None]],
    expected: set[str],
    absent: set[str],
) -> None:
    assert positions <= folded_positions(text, person)
    got = scored_orgs(text, OLD)
    assert scored_names(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (scored_names(absent) & got), sorted(got)


UNIVERSITIES = [
    P(
        "Sau khi tốt nghiệp Đại học Luật chị trở về quê hương công tác.",
        set(),
        {"Đại học Luật"},
        id="neg-degree-in-a-field",
    ),
    P(
        "Ông tốt nghiệp Đại học Luật Hà Nội năm 2001.",
        {"Đại học Luật Hà Nội"},
        set(),
        id="named-university-after-degree",
    ),
    P(
        "Trường Đại học Luật Hà Nội tổ chức lễ kỷ niệm. Đại học Luật Hà Nội đã đào tạo nhiều "
        "thế hệ cử nhân.",
        {"Trường Đại học Luật Hà Nội"},
        {"Đại học Luật Hà Nội"},
        id="university-named-short-is-the-school",
    ),
    P(
        "Đại học Quốc gia Hà Nội tổ chức hội thảo.",
        {"Đại học Quốc gia Hà Nội"},
        set(),
        id="national-university-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), UNIVERSITIES)
def test_universities(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert scored_names(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (scored_names(absent) & got), sorted(got)


LEVEL_LISTS = [
    P(
        "Viện trưởng, Phó Viện trưởng VKSND huyện, thị xã, thành phố dự hội nghị của VKSND "
        "tỉnh Yên Bái.",
        {"Viện kiểm sát nhân dân tỉnh Yên Bái"},
        {"Viện kiểm sát nhân dân huyện"},
        id="neg-procuracies-of-every-district",
    ),
    P(
        "Trưởng, phó phòng Tư pháp huyện, thành phố dự. Sở Tư pháp tỉnh Yên Bái chủ trì.",
        {"Sở Tư pháp tỉnh Yên Bái"},
        {"Phòng Tư pháp huyện"},
        id="neg-offices-of-every-district",
    ),
    P(
        "Bộ máy giúp việc của TAND tỉnh, TP trực thuộc trung ương được kiện toàn.",
        set(),
        {"Tòa án nhân dân tỉnh"},
        id="neg-courts-of-every-province",
    ),
    P(
        "Buổi ký kết có đại diện VKSND tỉnh, Tòa án nhân dân tỉnh Điện Biên cùng các sở.",
        {"Tòa án nhân dân tỉnh Điện Biên", "Viện kiểm sát nhân dân tỉnh Điện Biên"},
        set(),
        id="shared-province-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), LEVEL_LISTS)
def test_bodies_of_every_place_of_a_level(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert scored_names(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (scored_names(absent) & got), sorted(got)
