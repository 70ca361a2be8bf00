"""Bodies written right after a title (session 16): an association, a school and its units, a
prison, a general department with a numeral, a board of a front committee, a court's unit, a
state bank branch; the body is the title's organization and is listed, a unit with its parent
as written. Negative cases: a person's name, a verb, a plural or generic mention, a unit with
neither parent nor place, a party organ, a long run of small words (invented names only)."""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_Case = tuple[str, str, tuple[str, str | None], str | None]

READ: list[_Case] = [
    (
        "Ông Trần Minh Khôi, Chủ tịch Hội Nhà văn Việt Nam phát biểu tại buổi lễ.",
        "Trần Minh Khôi",
        ("Chủ tịch", "Hội Nhà văn Việt Nam"),
        "Hội Nhà văn Việt Nam",
    ),
    (
        "Bà Lò Thị Mến - Giám thị Trại giam Suối Mơ, dự buổi lễ.",
        "Lò Thị Mến",
        ("Giám thị", "Trại giam Suối Mơ"),
        "Trại giam Suối Mơ",
    ),
    (
        "Ông Mạc Văn Đô, Tổng cục trưởng Tổng cục IX dự hội nghị.",
        "Mạc Văn Đô",
        ("Tổng cục trưởng", "Tổng cục IX"),
        "Tổng cục IX",
    ),
    (
        "Bà Ninh Thị Cúc, Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh Hà Tĩnh điều hành buổi lễ.",
        "Ninh Thị Cúc",
        ("Giám đốc", "Ngân hàng Nhà nước Chi nhánh tỉnh Hà Tĩnh"),
        "Ngân hàng Nhà nước Chi nhánh tỉnh Hà Tĩnh",
    ),
    (
        "Ông Lã Văn Tư - Trưởng phòng Thi đua - Khen thưởng TANDTC dự buổi lễ.",
        "Lã Văn Tư",
        ("Trưởng phòng", "Phòng Thi đua - Khen thưởng Tòa án nhân dân tối cao"),
        "Phòng Thi đua - Khen thưởng Tòa án nhân dân tối cao",
    ),
    (
        "Đồng chí Kiều Văn Sở, Phó Trưởng ban Ban Dân chủ - Pháp luật Ủy ban Trung ương Mặt trận"
        " Tổ quốc Việt Nam chủ trì buổi làm việc.",
        "Kiều Văn Sở",
        (
            "Phó Trưởng ban",
            "Ban Dân chủ - Pháp luật Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        "Ban Dân chủ - Pháp luật Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ),
    (
        "TS. Vi Văn Cầm - Trưởng Khoa Luật Hiến pháp Trường Đại học Luật Sông Mây; ông Hà Văn Lự"
        " - chuyên viên.",
        "Vi Văn Cầm",
        ("Trưởng Khoa", "Khoa Luật Hiến pháp Trường Đại học Luật Sông Mây"),
        "Khoa Luật Hiến pháp Trường Đại học Luật Sông Mây",
    ),
    (
        "Bà Đinh Thị Nhạn, Phó Chủ tịch hội Nhà văn Việt Nam cho biết như vậy.",
        "Đinh Thị Nhạn",
        ("Phó Chủ tịch", "Hội Nhà văn Việt Nam"),
        "Hội Nhà văn Việt Nam",
    ),
    (
        "Đồng chí Kiều Văn Sở, Phó Trưởng ban thường trực ban Tuyên giáo và Dân vận Trung ương dự.",
        "Kiều Văn Sở",
        ("Phó Trưởng ban thường trực", "Ban Tuyên giáo và Dân vận Trung ương"),
        "Ban Tuyên giáo và Dân vận Trung ương",
    ),
    (
        "GS.TS Mai Văn Tám - Chủ tịch Trung tâm trọng tài Quốc tế Việt Nam; ông Lã Văn Tư dự.",
        "Mai Văn Tám",
        ("Chủ tịch", "Trung tâm trọng tài Quốc tế Việt Nam"),
        "Trung tâm trọng tài Quốc tế Việt Nam",
    ),
    (
        "Ông Lã Văn Tư, Trưởng Đại diện Văn phòng Quỹ Sông Hồng tại Việt Nam dự buổi lễ.",
        "Lã Văn Tư",
        ("Trưởng Đại diện", "Văn phòng Quỹ Sông Hồng tại Việt Nam"),
        "Văn phòng Quỹ Sông Hồng tại Việt Nam",
    ),
    (
        "Trường Đại học Luật Sông Mây tổ chức hội thảo. Bà Vi Thị Ba - Giảng viên cao cấp Khoa"
        " Luật Kinh tế; ông Lã Văn Tư dự.",
        "Vi Thị Ba",
        ("Giảng viên cao cấp", "Khoa Luật Kinh tế Trường Đại học Luật Sông Mây"),
        "Khoa Luật Kinh tế Trường Đại học Luật Sông Mây",
    ),
    (
        "Ông Khúc Văn Bảy, chuyên viên phòng Kế hoạch và Đầu tư huyện Mường Lát phát biểu.",
        "Khúc Văn Bảy",
        ("Chuyên viên", "Phòng Kế hoạch và Đầu tư huyện Mường Lát"),
        "Phòng Kế hoạch và Đầu tư huyện Mường Lát",
    ),
]


@pytest.mark.parametrize(("text", "person", "position", "org"), READ)
def test_body_after_title_is_read(
    text: str, person: str, position: tuple[str, str | None], org: str | None
) -> None:
    people, orgs = people_and_orgs(text)
    assert position in people[person]
    assert org in orgs


NOT_READ: list[tuple[str, str, str]] = [
    # a verb after the head's first name word: the name stops before it
    ("Ông Trần Minh Khôi, Chủ tịch Hội Nông dân xã phát biểu tại buổi lễ.", "Hội Nông dân xã", ""),
    # a plural mention: no one body
    (
        "Ông Trần Minh Khôi, Chủ tịch Hội Luật gia các huyện dự buổi lễ.",
        "Hội Luật gia",
        "Hội Luật gia các huyện",
    ),
    # a unit with neither parent nor place: left to the page's context
    ("Bà Lò Thị Mến, Phó Trưởng phòng Nghiệp vụ II dự buổi lễ.", "Phòng Nghiệp vụ II", ""),
    # a party organ: read by the party rules, not here
    ("Ông Mạc Văn Đô, Bí thư Ban Cán sự Đảng dự buổi lễ.", "Ban Cán sự Đảng", ""),
    # a long run of small words: no name the rule can bound
    (
        "Ông Mạc Văn Đô, Giám đốc Trung tâm Hỗ trợ tư vấn pháp luật và dịch vụ công trực tuyến"
        " dự họp.",
        "Trung tâm Hỗ trợ",
        "",
    ),
    # a body with branches at every level, written without its place: its level is unknown
    ("Ông Trần Minh Khôi, Chủ tịch Hội Nông dân dự buổi lễ.", "Hội Nông dân", ""),
    # a faculty without its school, two schools on the page: no parent to give it
    (
        "Trường Đại học Sông Mây và Học viện Núi Đá ký kết. Bà Vi Thị Ba - Trưởng Khoa Luật Kinh"
        " tế; ông Lã Văn Tư dự.",
        "Khoa Luật Kinh tế",
        "",
    ),
    # a common noun of the head ("Hội nghị"): no body
    ("Ông Lã Văn Tư, Chủ tịch Hội nghị Hiệp thương dự.", "Hội nghị Hiệp thương", ""),
    # a title after a dash ends the name
    (
        "TS. Vi Văn Cầm - Trưởng Khoa Luật Hiến pháp - Trưởng đoàn; ông Hà Văn Lự dự.",
        "Khoa Luật Hiến pháp - Trưởng đoàn",
        "",
    ),
]


@pytest.mark.parametrize(("text", "absent", "also_absent"), NOT_READ)
def test_no_body_or_no_run_on(text: str, absent: str, also_absent: str) -> None:
    _, orgs = people_and_orgs(text)
    assert absent not in orgs
    assert not also_absent or also_absent not in orgs


def test_name_after_title_is_not_a_body() -> None:
    people, orgs = people_and_orgs("Chủ tịch Hội Nhà văn Việt Nam Trần Minh Khôi phát biểu.")
    assert ("Chủ tịch", "Hội Nhà văn Việt Nam") in people["Trần Minh Khôi"]
    assert not any("Khôi" in o for o in orgs)
