"""Elliptical lists of body types sharing a list of provinces, districts or communes
(T: ``Công an, Tòa án nhân dân, Sở Tư pháp các tỉnh: A, B và C`` → each type × each place;
W: the same lists written once with a single place after the last type), checked on
invented sentences (never taken from any real page); a family of pages scored at arrival
(session 7, round 2; the others in ``test_extract_general_orgs8.py``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import each_at as _each
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = None) -> set[str]:
    """The organization names the report lists for ``text`` (a page with no date line: its
    date is read from the text), compared as the scorer does."""
    return scored_orgs(text, published)


P = pytest.param
_NB = ["tỉnh Ninh Bình", "tỉnh Nam Định", "tỉnh Hà Nam"]
_SOUTH = ["tỉnh Long An", "tỉnh Tiền Giang", "thành phố Cần Thơ"]

# T: a list of body types, then a plural level word and the places (or one level word and
# several places); every type of the list takes every place
TYPE_LISTS = [
    P(
        "Dự hội nghị có đại diện Công an, Tòa án nhân dân, Viện kiểm sát nhân dân các tỉnh: "
        "Ninh Bình, Nam Định và Hà Nam.",
        _each(["Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân"], _NB),
        {"Công an", "Tòa án nhân dân"},
        id="t-three-types-colon",
    ),
    P(
        "Hội nghị có đại diện các Sở Tư pháp, Công an, Viện kiểm sát nhân dân, Cục Thi hành án "
        "dân sự, Hội đồng nhân dân, Tòa án nhân dân, Ủy ban nhân dân các tỉnh: Ninh Bình, Nam "
        "Định, Hà Nam.",
        _each(
            [
                "Sở Tư pháp",
                "Cục Thi hành án dân sự",
                "Tòa án nhân dân",
                "Viện kiểm sát nhân dân",
                "Công an",
                "Ủy ban nhân dân",
                "Hội đồng nhân dân",
            ],
            _NB,
        ),
        set(),
        id="t-seven-types-cac",
    ),
    P(
        "Hội nghị có sự tham gia của Sở Tư pháp, Cơ quan thi hành án dân sự, Tòa án nhân dân "
        "các tỉnh: Ninh Bình, Nam Định và Hà Nam.",
        _each(["Sở Tư pháp", "Tòa án nhân dân"], _NB),
        {"Cơ quan thi hành án dân sự tỉnh Ninh Bình", "Cơ quan Thi hành án dân sự tỉnh Hà Nam"},
        id="t-generic-class-skipped",
    ),
    P(
        "Đại biểu đến từ Công an, VKSND, TAND các tỉnh Long An, Tiền Giang và thành phố Cần Thơ.",
        _each(["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"], _SOUTH),
        set(),
        id="t-abbrev-no-colon",
    ),
    P(
        "Lãnh đạo UBND, HĐND các tỉnh, thành phố: Long An, Tiền Giang, Cần Thơ dự lễ.",
        _each(["Ủy ban nhân dân", "Hội đồng nhân dân"], _SOUTH),
        set(),
        id="t-abbrev-province-city",
    ),
    P(
        "Sở Tư pháp và Cục THADS các tỉnh: Ninh Bình, Nam Định, Hà Nam đã ký kết quy chế.",
        _each(["Sở Tư pháp", "Cục Thi hành án dân sự"], _NB),
        set(),
        id="t-two-types-va",
    ),
    P(
        "Sở Tư pháp, Công an, Viện kiểm sát nhân dân của 3 tỉnh: Ninh Bình, Nam Định và Hà Nam "
        "cùng tham dự.",
        _each(["Sở Tư pháp", "Công an", "Viện kiểm sát nhân dân"], _NB),
        set(),
        id="t-counted-cua",
    ),
    P(
        "Đại diện Tòa án nhân dân, Viện kiểm sát nhân dân 03 tỉnh (Ninh Bình, Nam Định, Hà Nam) "
        "trao đổi kinh nghiệm.",
        _each(["Tòa án nhân dân", "Viện kiểm sát nhân dân"], _NB),
        set(),
        id="t-counted-parenthesis",
    ),
    P(
        "Sở Tư pháp, Công an tỉnh Ninh Bình và Nam Định phối hợp tổ chức hội thảo.",
        _each(["Sở Tư pháp", "Công an"], ["tỉnh Ninh Bình", "tỉnh Nam Định"]),
        set(),
        id="t-singular-level-two-places",
    ),
    P(
        "Cục THADS, Tòa án nhân dân tỉnh Ninh Bình, Nam Định, Hà Nam đã thống nhất kế hoạch.",
        _each(["Cục Thi hành án dân sự", "Tòa án nhân dân"], _NB),
        set(),
        id="t-singular-level-three-places",
    ),
    P(
        "Hội Luật gia, Đoàn Luật sư các tỉnh: Long An, Tiền Giang và thành phố Cần Thơ tham dự.",
        _each(["Hội Luật gia", "Đoàn Luật sư"], _SOUTH),
        set(),
        id="t-associations",
    ),
    P(
        "Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân các tỉnh Ninh Bình, Nam Định đã chỉ đạo.",
        _each(["Ủy ban nhân dân"], ["tỉnh Ninh Bình", "tỉnh Nam Định"]),
        set(),
        id="t-only-listed-type-before-level",
    ),
    P(
        "Công an, Ủy ban nhân dân, Hội đồng nhân dân các tỉnh: Ninh Bình, Nam Định, Hà Nam, "
        "Long An và Tiền Giang.",
        _each(
            ["Công an", "Ủy ban nhân dân", "Hội đồng nhân dân"],
            [*_NB, "tỉnh Long An", "tỉnh Tiền Giang"],
        ),
        set(),
        id="t-five-places",
    ),
    P(
        "Các Sở Tư pháp, Sở Nội vụ của 3 tỉnh gồm: Ninh Bình, Nam Định và Hà Nam đã báo cáo.",
        _each(["Sở Tư pháp", "Sở Nội vụ"], _NB),
        set(),
        id="t-departments-gom",
    ),
    P(
        "Công an, Viện kiểm sát nhân dân, Tòa án nhân dân các tỉnh khu vực Tây Nam Bộ gồm: "
        "Long An, Tiền Giang, Cần Thơ.",
        _each(["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"], _SOUTH),
        {"Công an tỉnh Tây Nam Bộ"},
        id="t-region-before-list",
    ),
    P(
        "Lãnh đạo Công an, Tòa án nhân dân, Viện kiểm sát nhân dân các huyện: Gia Viễn, Hoa Lư "
        "và Yên Mô tham dự.",
        _each(
            ["Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân"],
            ["huyện Gia Viễn", "huyện Hoa Lư", "huyện Yên Mô"],
        ),
        set(),
        id="t-districts",
    ),
    P(
        "Đảng ủy, HĐND, UBND các xã: Yên Phong, Khánh Thịnh và Yên Lâm đã ký giao ước thi đua.",
        _each(
            ["Đảng ủy", "Hội đồng nhân dân", "Ủy ban nhân dân"],
            ["xã Yên Phong", "xã Khánh Thịnh", "xã Yên Lâm"],
        ),
        set(),
        id="t-communes",
    ),
    P(
        "Công an, VKSND, TAND hai tỉnh Lào Cai và Yên Bái ký kết quy chế phối hợp.",
        _each(
            ["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"],
            ["tỉnh Lào Cai", "tỉnh Yên Bái"],
        ),
        set(),
        id="t-two-provinces-word-count",
    ),
    P(
        "Sở Tư pháp, Sở Nội vụ tỉnh Lào Cai và tỉnh Yên Bái trao đổi kinh nghiệm.",
        _each(["Sở Tư pháp", "Sở Nội vụ"], ["tỉnh Lào Cai", "tỉnh Yên Bái"]),
        set(),
        id="t-singular-prefixed-places",
    ),
    P(
        "Công an, Tòa án nhân dân các tỉnh, thành phố phía Bắc đã cử cán bộ tham dự.",
        set(),
        {"Công an", "Tòa án nhân dân"},
        id="t-generic-plural-north",
    ),
    P(
        "Lãnh đạo Ủy ban nhân dân, Hội đồng nhân dân các huyện, thị xã: Gia Viễn, Tam Điệp.",
        _each(["Ủy ban nhân dân", "Hội đồng nhân dân"], ["huyện Gia Viễn", "thành phố Tam Điệp"]),
        set(),
        id="t-districts-mixed-levels",
    ),
    P(
        "Tòa án nhân dân, Viện kiểm sát nhân dân các tỉnh: Hà Nam (2 vụ), Nam Định (3 vụ).",
        _each(["Tòa án nhân dân", "Viện kiểm sát nhân dân"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="t-asides-after-places",
    ),
    P(
        "Lãnh đạo Công an, Viện KSND, TAND, Chi cục THADS huyện Gia Viễn tham dự.",
        _each(
            ["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân", "Chi cục Thi hành án dân sự"],
            ["huyện Gia Viễn"],
        ),
        set(),
        id="t-district-bloc-one-place",
    ),
    P(
        "Cục THADS, Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương đã tham dự.",
        set(),
        {"Cục Thi hành án dân sự", "Sở Tư pháp"},
        id="t-generic-plural-central-cities",
    ),
    P(
        "Tỉnh ủy, HĐND, UBND các tỉnh, thành phố: Cần Thơ, Long An đã chỉ đạo quyết liệt.",
        {
            "Thành ủy Cần Thơ",
            "Tỉnh ủy Long An",
            *_each(["Hội đồng nhân dân", "Ủy ban nhân dân"], ["thành phố Cần Thơ", "tỉnh Long An"]),
        },
        {"Tỉnh ủy Cần Thơ"},
        id="t-party-committees",
    ),
    P(
        "Huyện ủy, UBND các huyện Gia Viễn, Yên Mô đã tổ chức quán triệt.",
        {"Huyện ủy Gia Viễn", "Huyện ủy Yên Mô", "Ủy ban nhân dân huyện Gia Viễn"},
        set(),
        id="t-district-party-committees",
    ),
    P(
        "Công an, Viện kiểm sát, Tòa án, Thi hành án dân sự tỉnh Hà Nam và Nam Định phối hợp.",
        _each(
            ["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân", "Thi hành án dân sự"],
            ["tỉnh Hà Nam", "tỉnh Nam Định"],
        ),
        set(),
        id="t-post-2025-enforcement-type",
    ),
    P(
        "Ban Thường vụ Tỉnh ủy, UBND tỉnh Hà Nam đã chỉ đạo.",
        {"Ban Thường vụ Tỉnh ủy Hà Nam", "Ủy ban nhân dân tỉnh Hà Nam"},
        {"Tỉnh ủy Hà Nam"},
        id="t-type-inside-an-organ-is-no-item",
    ),
    # precision: generic plurals without names yield nothing
    P(
        "Công an, Tòa án nhân dân, Viện kiểm sát nhân dân các tỉnh đã phối hợp chặt chẽ.",
        set(),
        {"Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân"},
        id="t-generic-plural-nothing",
    ),
    P(
        "Sở Tư pháp, Tòa án nhân dân các tỉnh, thành phố trong khu vực đã tham gia.",
        set(),
        {"Sở Tư pháp", "Tòa án nhân dân"},
        id="t-generic-plural-region",
    ),
    P(
        "Chủ tịch UBND các xã: Lê Văn Tâm, Trần Thị Mai và Phạm Văn Lộc đã ký cam kết.",
        set(),
        {"Ủy ban nhân dân xã Lê Văn Tâm"},
        id="t-names-not-communes",
    ),
    P(
        "Công an, Tòa án nhân dân tỉnh Ninh Bình đã tổ chức phiên tòa xét xử lưu động.",
        {"Công an tỉnh Ninh Bình", "Tòa án nhân dân tỉnh Ninh Bình"},
        set(),
        id="t-one-place",
    ),
    P(
        "Sở Tư pháp, Công an tỉnh Ninh Bình và Ủy ban nhân dân huyện Gia Viễn đã phối hợp.",
        {"Sở Tư pháp tỉnh Ninh Bình", "Công an tỉnh Ninh Bình", "Ủy ban nhân dân huyện Gia Viễn"},
        {"Sở Tư pháp tỉnh Gia Viễn"},
        id="t-list-ends-at-a-body",
    ),
    P(
        "VKSND, TAND các tỉnh Hà Nam và Nam Định tổ chức hội nghị liên ngành.",
        _each(["Viện kiểm sát nhân dân", "Tòa án nhân dân"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="t-abbrev-two-places",
    ),
    P(
        "Ủy ban MTTQ Việt Nam, Ủy ban nhân dân các tỉnh: Ninh Bình, Nam Định cùng ký kết.",
        _each(
            ["Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân"],
            ["tỉnh Ninh Bình", "tỉnh Nam Định"],
        ),
        set(),
        id="t-front-committee",
    ),
    P(
        "Công an, Viện KSND, Tòa án nhân dân các tỉnh: Ninh Bình; Nam Định; Hà Nam.",
        _each(["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"], _NB),
        set(),
        id="t-semicolons",
    ),
]

# W: the same lists written once with a single place after the last type (any level)
WARD_LISTS = [
    P(
        "Tham dự có đại diện lãnh đạo Đảng ủy, HĐND và UBND, MTTQ phường Tân Mai.",
        _each(
            [
                "Đảng ủy",
                "Hội đồng nhân dân",
                "Ủy ban nhân dân",
                "Ủy ban Mặt trận Tổ quốc Việt Nam",
            ],
            ["phường Tân Mai"],
        ),
        set(),
        id="w-ward-four-bodies",
    ),
    P(
        "Đảng ủy, Ủy ban nhân dân xã Yên Phong, huyện Yên Mô tổ chức hội nghị.",
        {"Đảng ủy xã Yên Phong", "Ủy ban nhân dân xã Yên Phong"},
        {"Đảng ủy huyện Yên Mô"},
        id="w-commune-with-district",
    ),
    P(
        "Ông Lê Văn Tâm, Chủ tịch UBND thành phố Tam Điệp, tỉnh Ninh Bình phát biểu.",
        {"Ủy ban nhân dân thành phố Tam Điệp"},
        {"Ủy ban nhân dân tỉnh Ninh Bình"},
        id="w-city-then-province-no-list",
    ),
    P(
        "Công an, Viện kiểm sát nhân dân huyện Gia Viễn và Yên Mô đã phối hợp điều tra.",
        _each(["Công an", "Viện kiểm sát nhân dân"], ["huyện Gia Viễn", "huyện Yên Mô"]),
        set(),
        id="w-district-two-places",
    ),
    P(
        "Sở Tư pháp tỉnh Ninh Bình trao Giấy khen cho 02 tập thể: Sở Tư pháp, Phòng Tư pháp "
        "huyện Gia Viễn.",
        {"Sở Tư pháp tỉnh Ninh Bình", "Phòng Tư pháp huyện Gia Viễn"},
        {"Sở Tư pháp huyện Gia Viễn"},
        id="w-province-body-not-of-the-district",
    ),
    P(
        "Ủy ban MTTQ Việt Nam, Hội đồng nhân dân thị trấn Me cùng giám sát.",
        _each(["Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội đồng nhân dân"], ["thị trấn Me"]),
        set(),
        id="w-township",
    ),
]


@pytest.mark.parametrize("text,present,absent", TYPE_LISTS + WARD_LISTS)
def test_organization_families8(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
