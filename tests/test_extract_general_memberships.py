"""Memberships and shared appointments as real pages write them: alternate members of a party
committee, members of an association's executive board, posts abroad and in villages, several
people appointed to one post in one sentence. Every example is invented (names, sentences and
pairings).

Each case is one rule: the (title, organization) pairs the person must hold (titles folded).
"""

from __future__ import annotations

import pytest
from extract_helpers import folded_positions as _positions

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

POSITIONS = [
    pytest.param(
        "Dự có đồng chí Lò Văn Tâm, Ủy viên Dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy Sơn La.",
        "Lò Văn Tâm",
        {
            ("uy vien du khuyet trung uong dang", "Ban Chấp hành Trung ương Đảng"),
            ("bi thu", "Tỉnh ủy Sơn La"),
        },
        id="alternate-central-committee-member-capitalized",
    ),
    pytest.param(
        "Dự có các đồng chí: Lò Văn Tâm-Uỷ viên Dự khuyết Ban Chấp hành Trung ương Đảng, "
        "Phó Bí thư Thường trực Tỉnh ủy Sơn La; Hà Văn Bốn - Giám đốc Sở Tư pháp.",
        "Lò Văn Tâm",
        {
            ("uy vien du khuyet", "Ban Chấp hành Trung ương Đảng"),
            ("pho bi thu thuong truc", "Tỉnh ủy Sơn La"),
        },
        id="alternate-member-before-the-committee-named-in-full",
    ),
    pytest.param(
        "Bà Đặng Thị Mơ, Ủy viên dự khuyết Ban Chấp hành Đảng bộ tỉnh, Phó Giám đốc Sở Tư "
        "pháp tỉnh Hậu Giang.",
        "Đặng Thị Mơ",
        {
            ("uy vien du khuyet ban chap hanh dang bo tinh", "Tỉnh ủy Hậu Giang"),
            ("pho giam doc", "Sở Tư pháp tỉnh Hậu Giang"),
        },
        id="alternate-member-of-the-provincial-committee",
    ),
    pytest.param(
        "Đồng chí Đinh Văn Khởi, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương.",
        "Đinh Văn Khởi",
        {
            # (a member of the Secretariat: the gold names no body for the title, session 13)
            ("bi thu trung uong dang", None),
            ("truong ban", "Ban Nội chính Trung ương"),
        },
        id="secretary-of-the-central-committee",
    ),
    pytest.param(
        "Hội nghị do bà Trần Thị Huệ, Ủy viên Ban Chấp hành Hội Luật gia Việt Nam, Giám đốc "
        "Sở Tư pháp tỉnh Yên Bái chủ trì.",
        "Trần Thị Huệ",
        {
            ("uy vien ban chap hanh", "Ban Chấp hành Hội Luật gia Việt Nam"),
            ("giam doc", "Sở Tư pháp tỉnh Yên Bái"),
        },
        id="executive-board-member-of-an-association",
    ),
    pytest.param(
        "Ông Võ Văn Tư, Ủy viên Ban chấp hành Hội Luật gia tỉnh Kon Tum phát biểu.",
        "Võ Văn Tư",
        {("uy vien ban chap hanh", "Ban Chấp hành Hội Luật gia tỉnh Kon Tum")},
        id="executive-board-member-lower-case-board",
    ),
    pytest.param(
        "Ông Hà Văn Sáu, Ủy viên Ban Thường vụ Hội Luật gia tỉnh Kon Tum, Chánh án Tòa án "
        "nhân dân thành phố Kon Tum.",
        "Hà Văn Sáu",
        {
            ("uy vien ban thuong vu", "Ban Thường vụ Hội Luật gia tỉnh Kon Tum"),
            ("chanh an", "Tòa án nhân dân thành phố Kon Tum"),
        },
        id="standing-board-member-of-an-association",
    ),
    pytest.param(
        "Đoàn do ông Keo Sovann, Quốc vụ khanh Bộ Tư pháp Vương quốc Campuchia dẫn đầu.",
        "Keo Sovann",
        {("quoc vu khanh", "Bộ Tư pháp Campuchia")},
        id="secretary-of-state-of-a-foreign-ministry",
    ),
    pytest.param(
        "Dự lễ có Đại sứ Campuchia tại Việt Nam Chay Sokha.",
        "Chay Sokha",
        {("dai su", "Đại sứ quán Campuchia")},
        id="envoy-named-after-country-and-post",
    ),
    pytest.param(
        "Dự lễ có ông Chay Sokha, Đại sứ Campuchia tại Việt Nam.",
        "Chay Sokha",
        {("dai su", "Đại sứ quán Campuchia")},
        id="envoy-apposed-with-country",
    ),
    pytest.param(
        "Dự lễ có Tổng Lãnh sự Lào tại Đà Nẵng Vi-lay Bút-đa-khăm.",
        "Vi-lay Bút-đa-khăm",
        {("tong lanh su", "Tổng Lãnh sự quán Lào")},
        id="consul-general-posted-in-a-city",
    ),
    pytest.param(
        "Ông Hồ Văn Tám, Đại sứ Việt Nam tại Campuchia phát biểu.",
        "Hồ Văn Tám",
        {("dai su", "Đại sứ quán Việt Nam tại Campuchia")},
        id="vietnamese-envoy-abroad",
    ),
    pytest.param(
        "Dự có ông Xổm-phon Chăn-thạ-vông, Tham tán Đại sứ quán Lào.",
        "Xổm-phon Chăn-thạ-vông",
        {("tham tan", "Đại sứ quán Lào")},
        id="counsellor-of-an-embassy",
    ),
    pytest.param(
        "Thủ tướng Lào Thong-xinh Pha-la-vông đã tiếp đoàn.",
        "Thong-xinh Pha-la-vông",
        {("thu tuong", "Chính phủ Lào")},
        id="foreign-head-of-government-with-country-before-the-name",
    ),
    pytest.param(
        "Chủ tịch Quốc hội Lào Pa-ni Xay-nha-vông tiếp đoàn Bộ Tư pháp.",
        "Pa-ni Xay-nha-vông",
        {("chu tich", "Quốc hội Lào")},
        id="foreign-assembly-with-country-before-the-name",
    ),
    pytest.param(
        "Phó Chủ tịch nước Lào Bun-nhăng Vo-la-khăm tiếp đoàn.",
        "Bun-nhăng Vo-la-khăm",
        {("pho chu tich nuoc", None)},
        id="foreign-vice-president-names-the-office",
    ),
    pytest.param(
        "Bộ trưởng Bộ Tư pháp Lào Xay Sổm và Thứ trưởng Bộ Tư pháp Việt Nam Trần Tiến Nam.",
        "Trần Tiến Nam",
        {("thu truong", "Bộ Tư pháp")},
        id="home-ministry-with-the-country-written",
    ),
    pytest.param(
        "Dự có ông Lê Văn Một - Thạc sỹ luật, Hội viên Hội Luật gia tỉnh, Trưởng phòng Tư pháp "
        "huyện Lệ Thủy.",
        "Lê Văn Một",
        {("truong phong", "Phòng Tư pháp huyện Lệ Thủy")},
        id="degree-and-membership-before-the-title",
    ),
    pytest.param(
        "Tiếp đoàn có bà Lê Thị Hai, PGS.TS, Hiệu trưởng Trường Đại học Luật Hà Nội.",
        "Lê Thị Hai",
        {("hieu truong", "Trường Đại học Luật Hà Nội")},
        id="abbreviated-degrees-before-the-title",
    ),
    pytest.param(
        "Ông Lê Văn Một, nguyên Phó Giám đốc Sở Tư pháp, hiện là Chủ tịch Hội Luật gia tỉnh "
        "Sóc Trăng.",
        "Lê Văn Một",
        {
            ("nguyen pho giam doc", "Sở Tư pháp tỉnh Sóc Trăng"),
            ("chu tich", "Hội Luật gia tỉnh Sóc Trăng"),
        },
        id="former-post-then-present-one",
    ),
    pytest.param(
        "Ông Lê Văn Một (nguyên Vụ trưởng Vụ Pháp chế, hiện đang giữ chức Phó Chủ tịch Hội Luật "
        "gia Việt Nam) phát biểu.",
        "Lê Văn Một",
        {("nguyen vu truong", "Vụ Pháp chế"), ("pho chu tich", "Hội Luật gia Việt Nam")},
        id="present-post-held-in-brackets",
    ),
    pytest.param(
        "Bà Trần Thị Hai, Ủy viên Thường trực Ủy ban Pháp luật của Quốc hội phát biểu.",
        "Trần Thị Hai",
        {("uy vien thuong truc", "Ủy ban Pháp luật của Quốc hội")},
        id="standing-member-of-an-assembly-committee",
    ),
    pytest.param(
        "Buổi nói chuyện có ông Lò Văn Ún, trưởng bản Nà Cài tham dự.",
        "Lò Văn Ún",
        {("truong ban", None)},
        id="village-head",
    ),
    pytest.param(
        "Đồng chí Nguyễn Văn Hai và đồng chí Trần Thị Ba được bổ nhiệm làm Phó Giám đốc Sở Tư "
        "pháp tỉnh Phú Yên.",
        "Nguyễn Văn Hai",
        {("pho giam doc", "Sở Tư pháp tỉnh Phú Yên")},
        id="two-appointed-to-one-post",
    ),
    pytest.param(
        "Hai đồng chí Nguyễn Văn Hai, Trần Thị Ba được bầu làm Phó Chủ tịch Hội Luật gia tỉnh "
        "Phú Yên.",
        "Nguyễn Văn Hai",
        {("pho chu tich", "Hội Luật gia tỉnh Phú Yên")},
        id="capitalized-plural-cue-before-an-election",
    ),
    pytest.param(
        "Ông Lê Văn Một, ông Nguyễn Văn Hai và bà Trần Thị Ba được bổ nhiệm giữ chức Phó Cục "
        "trưởng Cục Thi hành án dân sự tỉnh Phú Yên.",
        "Lê Văn Một",
        {("pho cuc truong", "Cục Thi hành án dân sự tỉnh Phú Yên")},
        id="three-appointed-to-one-post",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), POSITIONS)
def test_position(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    assert _positions(text, person) == expected


def test_a_name_in_an_earlier_sentence_does_not_share_an_appointment() -> None:
    text = (
        "Ông Lê Văn Một phát biểu. Ông Nguyễn Văn Hai được bổ nhiệm giữ chức Phó Cục trưởng "
        "Cục Thi hành án dân sự tỉnh Phú Yên."
    )
    assert _positions(text, "Lê Văn Một") == set()


def test_a_titled_name_before_an_appointment_keeps_its_own_post() -> None:
    text = (
        "Ông Lê Văn Một, Giám đốc Sở Tư pháp tỉnh Phú Yên và ông Nguyễn Văn Hai được bổ nhiệm "
        "giữ chức Phó Giám đốc Sở Nội vụ tỉnh Phú Yên."
    )
    assert _positions(text, "Lê Văn Một") == {("giam doc", "Sở Tư pháp tỉnh Phú Yên")}


def test_a_foreign_name_does_not_take_the_country_before_it() -> None:
    names = [
        p.name
        for p in extract("Thủ tướng Lào Thong-xinh Pha-la-vông phát biểu.", article_id="t").persons
    ]
    assert names == ["Thong-xinh Pha-la-vông"]


def test_a_degree_alone_gives_no_position() -> None:
    assert (
        _positions("Ông Lê Văn Một, Tiến sĩ luật học, nhận xét về dự thảo.", "Lê Văn Một") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn dâng hương tại Khu Di tích Kim Sơn và thăm Nhà tưởng niệm Lê Văn Hưu.",
        "Đoàn dâng hoa tại Nhà Lưu niệm Trần Văn Tám và Đình Tân Phước.",
    ],
)
def test_a_place_named_after_a_person_is_no_person(text: str) -> None:
    assert extract(text, article_id="t").persons == []
