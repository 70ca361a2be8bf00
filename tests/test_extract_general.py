"""General rules checked on invented sentences (never taken from the evaluation articles).

Each row: a sentence, then the persons with their (title, organization) positions, the
organizations and the provinces the extractor must report for it.
"""

from __future__ import annotations

import pytest
from extract_helpers import award_facts

from justicekg.extract import extract
from justicekg.text.normalize import fold

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _run(text: str, published: str = "2021-05-10") -> dict[str, object]:
    r = extract(text, article_id="t", published=published)
    return {
        "persons": {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons},
        "orgs": [o.name for o in r.organizations],
        "provinces": r.provinces,
    }


@pytest.mark.parametrize(
    "text,person,positions,provinces",
    [
        pytest.param(
            "Bà Lê Thị Hà Giang, Phó Giám đốc Sở Tư pháp tỉnh Bắc Ninh, phát biểu.",
            "Lê Thị Hà Giang",
            [("Phó Giám đốc", "Sở Tư pháp tỉnh Bắc Ninh")],
            ["Bắc Ninh"],
            id="province-ends-name",
        ),
        pytest.param(
            "Ông Trần Thái Bình, Chánh Văn phòng Sở Tư pháp tỉnh Nam Định, báo cáo.",
            "Trần Thái Bình",
            [("Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Nam Định")],
            ["Nam Định"],
            id="surname-plus-province",
        ),
        pytest.param(
            "Đồng chí Nguyễn Hữu Quảng Nam tham dự buổi làm việc.",
            "Nguyễn Hữu Quảng Nam",
            [],
            [],
            id="honorific-province-name",
        ),
        pytest.param(
            "Ông Đỗ Minh Khoa, giảng viên Trường Đại học Luật Hà Nội, trình bày tham luận.",
            "Đỗ Minh Khoa",
            [("Giảng viên", "Trường Đại học Luật Hà Nội")],
            ["Hà Nội"],
            id="university",
        ),
        pytest.param(
            "Ông Lò Văn Sơn, Hiệu trưởng Trường Chính trị tỉnh Sơn La, dự.",
            "Lò Văn Sơn",
            [("Hiệu trưởng", "Trường Chính trị tỉnh Sơn La")],
            ["Sơn La"],
            id="political-school",
        ),
        pytest.param(
            "Bà Hoàng Thị Mai, chuyên viên chính Cục Hộ tịch, quốc tịch, chứng thực, hướng dẫn.",
            "Hoàng Thị Mai",
            [("chuyên viên chính", "Cục Hộ tịch, quốc tịch, chứng thực")],
            [],
            id="lower-title-ministry-unit",
        ),
        pytest.param(
            "Bà Đinh Thị Hoa, công chức tư pháp - hộ tịch UBND phường Tân Phong, phát biểu.",
            "Đinh Thị Hoa",
            [("công chức tư pháp - hộ tịch", "Ủy ban nhân dân phường Tân Phong")],
            [],
            id="lower-title-commune",
        ),
        pytest.param(
            "Ông Phan Văn Đức, Trưởng phòng Phòng Công chứng số 1 tỉnh Bình Dương, cho biết.",
            "Phan Văn Đức",
            [("Trưởng phòng", "Phòng Công chứng số 1 tỉnh Bình Dương")],
            ["Bình Dương"],
            id="numbered-unit",
        ),
        pytest.param(
            "Ông Mai Văn Tâm, chấp hành viên Chi cục THADS huyện Yên Thế, tham gia.",
            "Mai Văn Tâm",
            [("chấp hành viên", "Chi cục Thi hành án dân sự huyện Yên Thế")],
            [],  # a district names no province ("Real pages"); the body's province field keeps it
            id="lower-title-district-enforcement",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bình Dương họp. Ông Lê Văn Tứ, Trưởng phòng Phòng Công chứng số 7 "
            "phát biểu.",
            "Lê Văn Tứ",
            [("Trưởng phòng", "Phòng Công chứng số 7 tỉnh Bình Dương")],
            ["Bình Dương"],
            id="numbered-notary-office-implicit-province",
        ),
        pytest.param(
            "Ông Phạm Văn Năm, Đội trưởng Đội Thi hành án số 2, Chi cục THADS quận Bình "
            "Thạnh tham gia.",
            "Phạm Văn Năm",
            [("Đội trưởng", "Đội Thi hành án số 2")],
            [],  # a district names no province (kit: districts are not provinces)
            id="numbered-team",
        ),
        pytest.param(
            "Ông Vàng A Dình, Giám đốc Công ty TNHH Lê Gia, tham gia.",
            "Vàng A Dình",
            [("Giám đốc", "Công ty TNHH Lê Gia")],
            [],
            id="hmong-name-company-named-after-person",
        ),
        pytest.param(
            "Thay mặt lãnh đạo Bộ Tư pháp, Thứ trưởng Nguyễn Khánh Ngân trao quyết định.",
            "Nguyễn Khánh Ngân",
            [("Thứ trưởng", "Bộ Tư pháp")],
            [],
            id="vice-minister-not-head-of-unit",
        ),
        pytest.param(
            "Đồng chí Đặng Minh Khánh Hòa, Bí thư Tỉnh ủy Hà Giang, tới dự.",
            "Đặng Minh Khánh Hòa",
            [("Bí thư", "Tỉnh ủy Hà Giang")],
            ["Hà Giang"],
            id="province-tail-with-title-after",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Phú Yên họp. Trưởng Phòng Tư pháp huyện Đồng Xuân Nguyễn Văn Em "
            "báo cáo.",
            "Nguyễn Văn Em",
            [("Trưởng phòng", "Phòng Tư pháp huyện Đồng Xuân")],
            ["Phú Yên"],
            id="title-case-title-org-inside",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Phú Yên họp. Phó Trưởng phòng Hành chính tư pháp Nguyễn Thị "
            "Phương trình bày.",
            "Nguyễn Thị Phương",
            [("Phó Trưởng phòng", "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Phú Yên")],
            ["Phú Yên"],
            id="title-org-overlap-left",
        ),
        pytest.param(
            "Bà Y Thị Lan, công chức tư pháp - hộ tịch xã An Ninh Đông, dự.",
            "Y Thị Lan",
            [("công chức tư pháp - hộ tịch", "Ủy ban nhân dân xã An Ninh Đông")],
            [],
            id="commune-official-commune-body",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Phú Yên họp. Ông Nguyễn Minh Tâm, nguyên Giám đốc Sở Tư pháp, "
            "nay là Phó Chủ tịch UBND tỉnh, đến dự.",
            "Nguyễn Minh Tâm",
            # a former post keeps "Nguyên" (kit conventions, "Real pages")
            [
                ("Nguyên Giám đốc", "Sở Tư pháp tỉnh Phú Yên"),
                ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Phú Yên"),
            ],
            ["Phú Yên"],
            id="former-and-current",
        ),
        pytest.param(
            "Cục THADS tỉnh Hà Nam họp. Phó Giám đốc Sở Tư pháp, ông Nguyễn Văn Ảnh phát biểu.",
            "Nguyễn Văn Ảnh",
            [("Phó Giám đốc", "Sở Tư pháp tỉnh Hà Nam")],
            ["Hà Nam"],
            id="title-org-comma-honorific",
        ),
        pytest.param(
            "Thừa ủy quyền của Bộ trưởng Bộ Tư pháp, bà Lê Thị Vân trao Bằng khen.",
            "Lê Thị Vân",
            [],
            [],
            id="on-behalf-of-title-is-not-hers",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Điện Biên họp giao ban. Dự họp có đ/c Tòng Thị Lả - Chánh Văn phòng"
            " Sở.",
            "Tòng Thị Lả",
            [("Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Điện Biên")],
            ["Điện Biên"],
            id="bare-parent-after-office-head",
        ),
        pytest.param(
            "Đoàn do ông Khăm-pheng Xay-nha-vông, Phó Giám đốc Sở Tư pháp tỉnh Attapeu dẫn đầu.",
            "Khăm-pheng Xay-nha-vông",
            [("Phó Giám đốc", "Sở Tư pháp tỉnh Attapeu")],
            [],
            id="foreign-province-not-ours",
        ),
        pytest.param(
            "Tiếp đoàn có ông Sùng A Tếnh, Chủ tịch UBND phường Ngô Mây.",
            "Sùng A Tếnh",
            [("Chủ tịch", "Ủy ban nhân dân phường Ngô Mây")],
            [],
            id="ward-named-after-person",
        ),
        pytest.param(
            "Ông Nguyễn Huy Hoành, Phó Chủ tịch UBND xã Tịnh Khê, phát biểu.",
            "Nguyễn Huy Hoành",
            [("Phó Chủ tịch", "Ủy ban nhân dân xã Tịnh Khê")],
            [],
            id="commune-committee",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Cao Bằng tổ chức hội nghị. Dự có Phó Giám đốc Sở Lê Hòa.",
            "Lê Hòa",
            [("Phó Giám đốc", "Sở Tư pháp tỉnh Cao Bằng")],
            ["Cao Bằng"],
            id="title-bare-head-two-syllable-name",
        ),
        pytest.param(
            "Ông Phan Đức Đồng, Phó Vụ trưởng Vụ Thi đua – Khen thưởng, Bộ Tư pháp phát biểu.",
            "Phan Đức Đồng",
            [("Phó Vụ trưởng", "Vụ Thi đua - Khen thưởng")],
            [],
            id="given-name-dong",
        ),
        pytest.param(
            "Đồng chí Lê Hồng Khải, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh"
            " Nghệ An phát biểu.",
            "Lê Hồng Khải",
            # the party role is a title of its own now (the Tỉnh ủy, as real pages annotate it)
            [
                ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy Nghệ An"),
                ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An"),
            ],
            ["Nghệ An"],
            id="unknown-party-role-then-title",
        ),
        pytest.param(
            "Dự có ông Nguyễn Văn Khuể, Bí thư Đảng ủy, Chủ tịch UBND phường Trường Vinh.",
            "Nguyễn Văn Khuể",
            [
                ("Bí thư", "Đảng ủy phường Trường Vinh"),
                ("Chủ tịch", "Ủy ban nhân dân phường Trường Vinh"),
            ],
            [],
            id="ward-party-secretary-and-chair",
        ),
        pytest.param(
            "Dự có bà Ma Thị Nguyệt, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Thái Nguyên.",
            "Ma Thị Nguyệt",
            # the head noun the title shares with the body stays in both (kit convention)
            [("Phó Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Thái Nguyên")],
            ["Thái Nguyên"],
            id="national-assembly-delegation",
        ),
        pytest.param(
            "UBND xã Tân Phú tổ chức hội nghị. Dự có bà Điểu Thị Lan, Phó Chủ tịch UBND xã.",
            "Điểu Thị Lan",
            [("Phó Chủ tịch", "Ủy ban nhân dân xã Tân Phú")],
            [],
            id="bare-commune-committee",
        ),
        pytest.param(
            "Dự có ông K'Brể, Chuyên viên Phòng Tư pháp huyện Di Linh.",
            "K'Brể",
            [("Chuyên viên", "Phòng Tư pháp huyện Di Linh")],
            [],  # a district names no province (kit: districts are not provinces)
            id="glottal-one-word-name",
        ),
        pytest.param(
            "Dự có ông Nguyễn Văn Bình-Phó Giám đốc Sở Tư pháp tỉnh Nghệ An.",
            "Nguyễn Văn Bình",
            [("Phó Giám đốc", "Sở Tư pháp tỉnh Nghệ An")],
            ["Nghệ An"],
            id="unspaced-dash-before-title",
        ),
        pytest.param(
            "Chịu trách nhiệm nội dung: Giám đốc Sở Tư pháp tỉnh Hà Tĩnh - Ông Nguyễn Văn Ánh",
            "Nguyễn Văn Ánh",
            [("Giám đốc", "Sở Tư pháp tỉnh Hà Tĩnh")],
            ["Hà Tĩnh"],
            id="footer-title-dash-honorific-name",
        ),
        pytest.param(
            "Phó Thủ tướng Chính phủ Lê Đình Khang dự và phát biểu.",
            "Lê Đình Khang",
            [("Phó Thủ tướng", "Chính phủ")],
            [],
            id="deputy-prime-minister",
        ),
        pytest.param(
            "Chủ tịch UBND xã Phan Đình Phùng Lê Văn An phát biểu.",
            "Lê Văn An",
            [("Chủ tịch", "Ủy ban nhân dân xã Phan Đình Phùng")],
            [],
            id="three-syllable-commune-then-name",
        ),
        pytest.param(
            "Chủ tịch UBND thị trấn Lý Sơn Hoàng Văn Nam phát biểu.",
            "Hoàng Văn Nam",
            [("Chủ tịch", "Ủy ban nhân dân thị trấn Lý Sơn")],
            [],
            id="two-syllable-township-then-name",
        ),
    ],
)
def test_person_positions(
    text: str, person: str, positions: list[tuple[str, str]], provinces: list[str]
) -> None:
    got = _run(text)
    persons = got["persons"]
    assert isinstance(persons, dict)
    assert list(persons) == [person]
    assert [(fold(t), o) for t, o in persons[person]] == [(fold(t), o) for t, o in positions]
    assert got["provinces"] == provinces


@pytest.mark.parametrize(
    "text,org",
    [
        pytest.param(
            "Văn phòng công chứng Trần Hưng Đạo tại đường Trần Phú, thành phố Vinh.",
            "Văn phòng công chứng Trần Hưng Đạo",
            id="notary-office",
        ),
        pytest.param(
            # the name in full, its abbreviation expanded (annotation conventions)
            "Học sinh Trường THPT Lê Lợi tham gia.",
            "Trường Trung học phổ thông Lê Lợi",
            id="school",
        ),
        pytest.param("Học viện Tư pháp tổ chức khóa học.", "Học viện Tư pháp", id="academy"),
        pytest.param(
            "Hội nghị diễn ra tại UBND xã Lê Lợi, huyện Chí Linh.",
            "Ủy ban nhân dân xã Lê Lợi",
            id="commune-named-after-person",
        ),
        pytest.param(
            "Học viên Học viện Chính trị quốc gia Hồ Chí Minh và Trường Cao đẳng Sư phạm Nghệ "
            "An tham gia.",
            "Trường Cao đẳng Sư phạm Nghệ An",
            id="two-institutions-sentence-case",
        ),
        pytest.param(
            "Học viên Học viện Chính trị quốc gia Hồ Chí Minh và Trường Cao đẳng Sư phạm Nghệ "
            "An tham gia.",
            "Học viện Chính trị quốc gia Hồ Chí Minh",
            id="academy-lower-case-words",
        ),
        pytest.param(
            "Công ty Luật TNHH Minh Khang tư vấn miễn phí.",
            "Công ty Luật TNHH Minh Khang",
            id="law-firm",
        ),
    ],
)
def test_named_institutions_are_not_persons(text: str, org: str) -> None:
    got = _run(text)
    assert got["persons"] == {}
    assert org in got["orgs"]


def test_regional_enforcement_office_after_2025() -> None:
    text = (
        "Bà Trịnh Thị Ngọc, Trưởng phòng Thi hành án dân sự khu vực 3 - Đồng Tháp, "
        "dự hội nghị của Thi hành án dân sự tỉnh Đồng Tháp."
    )
    got = _run(text, published="2025-09-10")
    assert got["persons"] == {
        "Trịnh Thị Ngọc": [("Trưởng phòng", "Phòng Thi hành án dân sự khu vực 3 - Đồng Tháp")]
    }
    assert "Thi hành án dân sự tỉnh Đồng Tháp" in got["orgs"]


def _awards(text: str, published: str = "2022-12-20") -> list[tuple[str, str, str]]:
    return award_facts(text, published)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Sở Tư pháp tỉnh Tuyên Quang tổ chức hội nghị tổng kết. Tập thể Phòng Hành chính "
            "tư pháp và ông Ngô Văn Hải được Chủ tịch UBND tỉnh tặng Bằng khen.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang",
                    "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Tuyên Quang",
                    "conferred",
                ),
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang",
                    "Ngô Văn Hải",
                    "conferred",
                ),
            ],
            id="recipients-before-giver",
        ),
        pytest.param(
            "Cục THADS tỉnh Sóc Trăng vinh dự được Chủ tịch nước tặng Huân chương Lao động "
            "hạng Nhì.",
            [
                (
                    "Huân chương Lao động hạng Nhì",
                    "Cục Thi hành án dân sự tỉnh Sóc Trăng",
                    "conferred",
                )
            ],
            id="order-by-head-of-state",
        ),
        pytest.param(
            "Tại hội nghị, các đơn vị trong Cụm đã đăng ký thi đua năm 2024 như sau:\n"
            "- Cờ thi đua của Chính phủ: Cục THADS tỉnh Bạc Liêu;\n"
            "- Cờ thi đua ngành Tư pháp: Cục THADS tỉnh Cà Mau.\nHội nghị kết thúc.",
            [
                ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Bạc Liêu", "registered"),
                ("Cờ thi đua ngành Tư pháp", "Cục Thi hành án dân sự tỉnh Cà Mau", "registered"),
            ],
            id="registered-list",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái tổ chức lễ. Các cá nhân được tặng giấy khen của Giám đốc "
            "Sở gồm bà Đàm Thị Yến và ông Nông Văn Thắng.",
            [
                ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Yên Bái", "Đàm Thị Yến", "conferred"),
                ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Yên Bái", "Nông Văn Thắng", "conferred"),
            ],
            id="lower-case-certificate-bare-giver",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kiên Giang họp. Hội nghị thống nhất đề nghị Bộ trưởng Bộ Tư pháp "
            "tặng Cờ thi đua ngành Tư pháp cho Sở Tư pháp tỉnh Kiên Giang, tặng Bằng khen cho "
            "bà Dương Thị Mỹ.",
            [
                ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Kiên Giang", "nominated"),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Dương Thị Mỹ", "nominated"),
            ],
            id="coordinated-clause-keeps-nomination",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kiên Giang họp. Chủ tịch UBND tỉnh tặng Cờ thi đua cho Phòng Tư "
            "pháp thành phố Rạch Giá.",
            [
                (
                    "Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang",
                    "Phòng Tư pháp thành phố Rạch Giá",
                    "conferred",
                )
            ],
            id="committee-flag",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kiên Giang họp. Bằng khen của Chủ tịch UBND tỉnh được trao cho 02 "
            "tập thể và bà Lữ Thị Thơm.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang",
                    "Lữ Thị Thơm",
                    "conferred",
                )
            ],
            id="passive-award-first",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kiên Giang họp. Dịp này, 12 cá nhân được trao tặng Kỷ niệm chương "
            "Vì sự nghiệp Tư pháp, trong đó có ông Lâm Văn Hòa.",
            [("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Lâm Văn Hòa", "conferred")],
            id="commemorative-medal",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái tổ chức hội nghị. Giám đốc Sở Tư pháp tặng Giấy khen cho "
            "05 tập thể và 12 cá nhân.",
            [],
            id="counts-only",
        ),
    ],
)
def test_awards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


def test_unit_list_after_plural_head() -> None:
    got = _run("Đoàn đã kiểm tra Chi cục THADS các huyện Đông Hưng, Quỳnh Phụ và Tiền Hải.")
    assert got["orgs"] == [
        "Chi cục Thi hành án dân sự huyện Đông Hưng",
        "Chi cục Thi hành án dân sự huyện Quỳnh Phụ",
        "Chi cục Thi hành án dân sự huyện Tiền Hải",
    ]


def test_appointment_term() -> None:
    r = extract(
        "Ông Lê Văn Nam được bổ nhiệm giữ chức Phó Cục trưởng Cục THADS tỉnh Gia Lai "
        "kể từ ngày 01/10/2020 đến ngày 30/9/2025.",
        article_id="t",
    )
    [pos] = r.persons[0].positions
    assert (pos.title, pos.organization, pos.start, pos.end) == (
        "Phó Cục trưởng",
        "Cục Thi hành án dân sự tỉnh Gia Lai",
        "2020-10-01",
        "2025-09-30",
    )


@pytest.mark.parametrize(
    "published,provinces",
    [
        # before 2025 Huế is a provincial city, which names no province (kit conventions)
        pytest.param("2023-10-02", [], id="city-before-2025"),
        pytest.param("2025-10-02", ["Huế"], id="province-after-2025"),
    ],
)
def test_province_as_of_article_date(published: str, provinces: list[str]) -> None:
    got = _run("Ông Trương Công Lý, Chủ tịch UBND thành phố Huế, dự.", published=published)
    assert got["provinces"] == provinces


@pytest.mark.parametrize(
    "name", ["Hoàng Văn Yên Bái", "Vũ Đình Hà Nam", "Lê Quảng Bình", "Lê Văn Thanh Hà"]
)
@pytest.mark.parametrize(
    "context",
    [
        "Bà {n}, Phó Giám đốc Sở Tư pháp tỉnh Hưng Yên, phát biểu.",
        "Tham dự có {n} - Trưởng phòng Phòng Tư pháp huyện Văn Lâm.",
        "Theo {n}, công tác đã tốt.",
    ],
)
def test_place_named_persons_in_context(name: str, context: str) -> None:
    got = _run(context.format(n=name), published="2020-01-01")
    assert list(got["persons"]) == [name]  # type: ignore[call-overload]


def test_names_listed_under_plural_title() -> None:
    got = _run(
        "Cục THADS tỉnh Hà Nam họp. Các đồng chí Phó Cục trưởng: Lã Văn Hòa, Mẫn Thị Yên dự."
    )
    assert got["persons"] == {
        "Lã Văn Hòa": [("Phó Cục trưởng", "Cục Thi hành án dân sự tỉnh Hà Nam")],
        "Mẫn Thị Yên": [("Phó Cục trưởng", "Cục Thi hành án dân sự tỉnh Hà Nam")],
    }


def test_plain_case_site_header_is_publisher_not_headline() -> None:
    r = extract(
        "Cục Thi hành án dân sự tỉnh Bắc Giang\nTrang chủ | Tin tức\n"
        "Hội nghị tổng kết công tác thi hành án dân sự năm 2022\n"
        "Ngày 10/01/2023, Cục THADS tỉnh Bắc Giang tổ chức hội nghị tổng kết.",
        article_id="t",
    )
    assert r.article.title == "Hội nghị tổng kết công tác thi hành án dân sự năm 2022"
    assert r.article.publisher == "Cục Thi hành án dân sự tỉnh Bắc Giang"


def test_foreign_delegation() -> None:
    """A delegation from abroad: the foreign body is an organization of kind other with no
    province, its province is not a Vietnamese province, a bare ``Sở`` in its sentence is it."""
    r = extract(
        "Ngày 12/4/2024, Sở Tư pháp tỉnh Cao Bằng tiếp đoàn công tác Sở Tư pháp tỉnh Quảng Tây"
        " (Trung Quốc) do ông Lý Kiến Quốc, Phó Giám đốc Sở làm trưởng đoàn; ông Bun-thoong"
        " Sổm-phết, cán bộ Bộ Tư pháp Lào cùng dự.",
        article_id="t",
        published="2024-04-12",
    )
    orgs = {o.name: (o.kind, o.province) for o in r.organizations}
    assert orgs["Sở Tư pháp tỉnh Quảng Tây"] == ("other", None)
    assert orgs["Bộ Tư pháp Lào"] == ("other", None)
    assert r.provinces == ["Cao Bằng"]
    people = {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons}
    assert people["Lý Kiến Quốc"] == [("Phó Giám đốc", "Sở Tư pháp tỉnh Quảng Tây")]
    assert "Bun-thoong Sổm-phết" in people


@pytest.mark.parametrize(
    "marker",
    [
        "Tin đọc nhiều",
        "Các bài viết khác",
        "Tin bài khác",
        "Xem thêm:",
        "Tin liên quan",
        "Thu Hương\nLượt xem: 1.205",
    ],
)
def test_side_lists_name_bodies_but_report_no_events(marker: str) -> None:
    """Headlines listed after a side-list marker name organizations and provinces, but the
    activities they report are not events of this page."""
    r = extract(
        "Sở Tư pháp tỉnh Nghệ An\nThứ Hai, 14/03/2022 09:15\nLượt xem: 123\nTập huấn hòa giải\n"
        "Sáng nay, Sở Tư pháp tỉnh Nghệ An tổ chức Hội nghị tập huấn.\n"
        f"{marker}\nNgày 12/3/2022, Sở Tư pháp tỉnh Hà Tĩnh tổ chức Hội nghị tổng kết\n",
        article_id="t",
    )
    assert [(e.kind, e.date) for e in r.events] == [("training", "2022-03-14")]
    assert "Sở Tư pháp tỉnh Hà Tĩnh" in [o.name for o in r.organizations]
    assert r.provinces == ["Nghệ An", "Hà Tĩnh"]


def test_regional_office_takes_its_parents_province() -> None:
    r = extract(
        "Ông Nguyễn Minh Tín, Trưởng phòng Phòng Thi hành án dân sự khu vực 5 - Thi hành án dân"
        " sự tỉnh Đồng Nai dự họp cùng đại diện Viện kiểm sát nhân dân khu vực 5 - Đồng Nai và"
        " Tòa án nhân dân khu vực 2.",
        article_id="t",
        published="2025-10-07",
    )
    orgs = {o.name: (o.kind, o.province) for o in r.organizations}
    assert orgs["Phòng Thi hành án dân sự khu vực 5"] == ("district-enforcement", "Đồng Nai")
    assert orgs["Viện kiểm sát nhân dân khu vực 5 - Đồng Nai"] == ("procuracy", "Đồng Nai")
    assert orgs["Tòa án nhân dân khu vực 2"][0] == "court"


def test_plural_title_then_la_lists_holders() -> None:
    r = extract(
        "Sở Tư pháp tỉnh Nghệ An tổ chức hội nghị. Hai Phó Giám đốc Sở là ông Lê Văn Hà và bà"
        " Vũ Thị Xuân cùng dự.",
        article_id="t",
        published="2024-10-20",
    )
    people = {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons}
    assert people == {
        "Lê Văn Hà": [("Phó Giám đốc", "Sở Tư pháp tỉnh Nghệ An")],
        "Vũ Thị Xuân": [("Phó Giám đốc", "Sở Tư pháp tỉnh Nghệ An")],
    }
