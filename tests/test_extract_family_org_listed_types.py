"""Elliptical lists of body types whose places come after a clause that says which ones
(``Sở Tư pháp, Tòa án nhân dân … 3 tỉnh thực hiện thí điểm (bao) gồm: A, B, C``), with the
bodies' leaders named between the types (``Tỉnh/Thành ủy, UBND và lãnh đạo Sở Tư pháp …``);
and the body an organ is named with (``Công đoàn Bộ Tư pháp`` → ``Bộ Tư pháp`` too)
(session 11, x-org13). Every sentence is invented; the expected names follow the conventions
(an elliptical list expanded, a generic plural without names none).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DATE = "2013-08-22"
PROVS = ("Cao Bằng", "Bắc Kạn", "Lạng Sơn")


def each(*types: str, places: tuple[str, ...] = PROVS) -> set[str]:
    return {f"{t} tỉnh {p}" for t in types for p in places}


LISTS = [
    P(
        "Tham dự có lãnh đạo Sở Tư pháp, Tòa án nhân dân và Cục Thi hành án dân sự 3 tỉnh thực"
        " hiện thí điểm gồm: Cao Bằng, Bắc Kạn, Lạng Sơn.",
        each("Sở Tư pháp", "Tòa án nhân dân", "Cục Thi hành án dân sự"),
        set(),
        id="count-clause-then-list",
    ),
    P(
        "Tham dự có lãnh đạo Sở Tư pháp và Công an các tỉnh tham gia Đề án bao gồm: Cao Bằng,"
        " Bắc Kạn và Lạng Sơn.",
        each("Sở Tư pháp", "Công an"),
        set(),
        id="plural-clause-bao-gom",
    ),
    P(
        "Đại diện Tỉnh/Thành ủy, Ủy ban nhân dân, và Lãnh đạo Sở Tư pháp, Tòa án nhân dân 3"
        " tỉnh, thành phố thực hiện thí điểm bao gồm: Cao Bằng, Hải Phòng, Lạng Sơn.",
        {
            "Tỉnh ủy Cao Bằng",
            "Thành ủy Hải Phòng",
            "Tỉnh ủy Lạng Sơn",
            "Ủy ban nhân dân thành phố Hải Phòng",
            "Sở Tư pháp thành phố Hải Phòng",
            "Tòa án nhân dân tỉnh Lạng Sơn",
        }
        | each("Ủy ban nhân dân", "Sở Tư pháp", places=("Cao Bằng", "Lạng Sơn")),
        set(),
        id="party-committees-and-leaders-between-types",
    ),
    P(
        "Sở Tư pháp tỉnh Cao Bằng tổng kết. Dự có đại diện Văn phòng UBND tỉnh, Sở Nội vụ và"
        " lãnh đạo Phòng Tư pháp 10 huyện, thành phố.",
        {"Sở Nội vụ tỉnh Cao Bằng", "Văn phòng Ủy ban nhân dân tỉnh Cao Bằng"},
        {"Phòng Tư pháp"},
        id="leaders-word-then-generic-plural-keeps-bodies-before",
    ),
    P(
        "Sở Tư pháp, Công an các tỉnh đã triển khai kế hoạch, gồm nhiều nội dung: tuyên truyền,"
        " kiểm tra.",
        set(),
        {"Sở Tư pháp tỉnh tuyên truyền"},
        id="neg-clause-without-places",
    ),
    P(
        "Sở Tư pháp, Công an các tỉnh thực hiện tốt nhiệm vụ bao gồm: tuyên truyền, phổ biến"
        " pháp luật.",
        set(),
        {"Sở Tư pháp", "Công an"},
        id="neg-list-of-tasks",
    ),
]

#: a listed place that begins with a capital level word ("…, Thành phố Hồ Chí Minh")
CAPITALS = [
    P(
        "Sở Tư pháp, Công an các tỉnh, thành phố: Cao Bằng, Hải Phòng, Thành phố Hồ Chí Minh.",
        {
            "Sở Tư pháp tỉnh Cao Bằng",
            "Sở Tư pháp thành phố Hải Phòng",
            "Sở Tư pháp thành phố Hồ Chí Minh",
            "Công an thành phố Hồ Chí Minh",
        },
        set(),
        id="capital-city-word-in-list",
    ),
    P(
        "Sở Tư pháp các tỉnh: Cao Bằng, Tỉnh Bắc Kạn.",
        {"Sở Tư pháp tỉnh Cao Bằng", "Sở Tư pháp tỉnh Bắc Kạn"},
        set(),
        id="capital-province-word-in-list",
    ),
    P(
        "Sở Tư pháp các tỉnh: Cao Bằng, Thành phố Lạng Sơn.",
        {"Sở Tư pháp tỉnh Cao Bằng"},
        {"Sở Tư pháp thành phố Lạng Sơn", "Sở Tư pháp tỉnh Lạng Sơn"},
        id="neg-provincial-city-in-list",
    ),
]

OWNERS = [
    P(
        "Đại hội Công đoàn Bộ Tư pháp lần thứ III thành công tốt đẹp.",
        {"Công đoàn Bộ Tư pháp", "Bộ Tư pháp"},
        set(),
        id="union-of-ministry",
    ),
    P(
        "Đảng bộ Sở Tư pháp tỉnh Cao Bằng chỉ đạo đại hội các chi bộ.",
        {"Đảng bộ Sở Tư pháp tỉnh Cao Bằng", "Sở Tư pháp tỉnh Cao Bằng"},
        set(),
        id="party-organization-of-department",
    ),
    P(
        "Chi đoàn Viện kiểm sát nhân dân tỉnh Cao Bằng ra quân tình nguyện.",
        {"Chi đoàn Viện kiểm sát nhân dân tỉnh Cao Bằng", "Viện kiểm sát nhân dân tỉnh Cao Bằng"},
        set(),
        id="youth-branch-of-procuracy",
    ),
    P(
        "Đảng bộ Ủy ban nhân dân tỉnh Cao Bằng tổ chức đại hội.",
        {"Đảng bộ Ủy ban nhân dân tỉnh Cao Bằng"},
        {"Ủy ban nhân dân tỉnh Cao Bằng"},
        id="neg-party-organization-of-committee-bloc",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), LISTS + CAPITALS + OWNERS)
def test_listed_types_and_owners(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DATE)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)


def test_organ_owner_is_no_award_recipient() -> None:
    """The body an organ names is listed, but the organ alone receives its award."""
    from extract_helpers import CON, award_facts

    text = "Chi đoàn Sở Tư pháp tỉnh Cao Bằng nhận Bằng khen của Chủ tịch UBND tỉnh Cao Bằng."
    assert award_facts(text, DATE) == [
        (
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng",
            "Chi đoàn Sở Tư pháp tỉnh Cao Bằng",
            CON,
        )
    ]
    assert _keys({"Sở Tư pháp tỉnh Cao Bằng"}) <= scored_orgs(text, DATE)
