"""Family F3 of the seventh rules round (issue 9): foreign officials' posts
(:mod:`justicekg.extract.position_foreign`).

Grammar: a foreign official (a romanized name, also with the family name in capitals: ``Bounmy
SIPHANDONE``) with a chain of posts that names the country once, at the end (``…, Phó Chủ tịch
Quốc hội, nguyên Viện trưởng Viện Kiểm sát nhân dân tối cao Lào``; also with no comma: ``Bộ
trưởng Bộ Nội vụ nguyên Viện trưởng … Lào``), or after each body (``Bộ trưởng Bộ Tư pháp Lào``,
``… nước Cộng hòa Dân chủ Nhân dân Lào``, ``… Vương quốc Campuchia``); a party seat followed by
the party (``Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào``, ``Ủy viên Bộ Chính trị Đảng …``);
a minister's title written bare on a page about one foreign ministry. The bare national bodies
of such a chain are the country's; a party seat is of that party's organ; the bare title is of
that ministry. A Vietnamese official's chain keeps its own bodies even when it ends with a
foreign one.

Every person and sentence here is invented; institutions and countries are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
LPRP = "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"
VKS_LAO = "Viện kiểm sát nhân dân tối cao Lào"
UVTW = "Ủy viên Trung ương Đảng"

F3_CASES = [
    P(
        "Đoàn được bà Sengphet Vongkham, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Phó Chủ"
        " tịch Quốc hội, nguyên Chánh án Tòa án Nhân dân Tối cao Lào đón tại sân bay.",
        "Sengphet Vongkham",
        {
            (UVTW, LPRP),
            ("Phó Chủ tịch", "Quốc hội Lào"),
            ("nguyên Chánh án", "Tòa án Nhân dân Tối cao Lào"),
        },
        id="chain-ends-with-country",
    ),
    P(
        "Huân chương Độc lập hạng III cho ông Bounmy Keola, Bộ trưởng Bộ Nội vụ nguyên Viện trưởng"
        " Viện Kiểm sát Nhân dân Tối cao Lào.",
        "Bounmy Keola",
        {("Bộ trưởng", "Bộ Nội vụ Lào"), ("nguyên Viện trưởng", VKS_LAO)},
        id="chain-without-comma",
    ),
    P(
        "Chiều 12/3, ông Sengphet Vongkham, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Phó"
        " Viện trưởng Viện Kiểm sát Nhân dân Tối cao Lào đã tiếp đoàn công tác.",
        "Sengphet Vongkham",
        {(UVTW, LPRP), ("Phó Viện trưởng", VKS_LAO)},
        id="party-seat-then-procurator",
    ),
    P(
        "Ông Sengphet Vongkham, Phó Chủ tịch Quốc hội Lào phát biểu.",
        "Sengphet Vongkham",
        {("Phó Chủ tịch", "Quốc hội Lào")},
        id="assembly-vice-chair",
    ),
    P(
        "Ông Bounmy Keola, Bộ trưởng Bộ Nội vụ Lào phát biểu.",
        "Bounmy Keola",
        {("Bộ trưởng", "Bộ Nội vụ Lào")},
        id="home-minister",
    ),
    P(
        "Ông Bounmy Keola - Bộ trưởng Bộ Tư pháp Lào phát biểu.",
        "Bounmy Keola",
        {("Bộ trưởng", "Bộ Tư pháp Lào")},
        id="justice-minister-dash",
    ),
    P(
        "Tiếp đoàn có ông Phonesay Sihalath, Thứ trưởng Bộ Tư pháp nước Cộng hòa Dân chủ Nhân dân"
        " Lào.",
        "Phonesay Sihalath",
        {("Thứ trưởng", "Bộ Tư pháp Lào")},
        id="country-in-full",
    ),
    P(
        "Ông Sengphet Vongkham, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, Chủ tịch Quốc"
        " hội Lào phát biểu.",
        "Sengphet Vongkham",
        {
            ("Ủy viên Bộ Chính trị", "Bộ Chính trị Đảng Nhân dân Cách mạng Lào"),
            ("Chủ tịch", "Quốc hội Lào"),
        },
        id="politburo-seat",
    ),
    P(
        "Ông Sengphet Vongkham - Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào phát biểu.",
        "Sengphet Vongkham",
        {("Ủy viên Bộ Chính trị", "Bộ Chính trị Đảng Nhân dân Cách mạng Lào")},
        id="politburo-seat-dash",
    ),
    P(
        "Ông Sok Vanna, Bộ trưởng Bộ Tư pháp Campuchia phát biểu.",
        "Sok Vanna",
        {("Bộ trưởng", "Bộ Tư pháp Campuchia")},
        id="cambodia",
    ),
    P(
        "Ông Sok Vanna, Bộ trưởng Bộ Tư pháp Vương quốc Campuchia phát biểu.",
        "Sok Vanna",
        {("Bộ trưởng", "Bộ Tư pháp Campuchia")},
        id="kingdom-in-full",
    ),
    P(
        "Ông Sok Vanna, Ủy viên Trung ương Đảng Nhân dân Campuchia, Bộ trưởng Bộ Tư pháp"
        " Campuchia phát biểu.",
        "Sok Vanna",
        {
            (UVTW, "Ban Chấp hành Trung ương Đảng Nhân dân Campuchia"),
            ("Bộ trưởng", "Bộ Tư pháp Campuchia"),
        },
        id="cambodian-party-seat",
    ),
    P(
        "Ông Sok Vanna, Ủy viên Trung ương Đảng Nhân dân Campuchia, Bộ trưởng Bộ Tư pháp, Phó"
        " Thủ tướng Chính phủ Hoàng gia Campuchia.",
        "Sok Vanna",
        {
            (UVTW, "Ban Chấp hành Trung ương Đảng Nhân dân Campuchia"),
            ("Bộ trưởng", "Bộ Tư pháp Campuchia"),
            ("Phó Thủ tướng", "Chính phủ Hoàng gia Campuchia"),
        },
        id="royal-government",
    ),
    P(
        "Ông Sengphet Vongkham, Bộ trưởng Bộ Tư pháp, Phó Chủ tịch Quốc hội Lào phát biểu.",
        "Sengphet Vongkham",
        {("Bộ trưởng", "Bộ Tư pháp Lào"), ("Phó Chủ tịch", "Quốc hội Lào")},
        id="ministry-then-assembly-of-country",
    ),
    P(
        "Ông Sengphet Vongkham, Viện trưởng Viện Kiểm sát Nhân dân Tối cao, Ủy viên Trung ương"
        " Đảng Nhân dân Cách mạng Lào phát biểu.",
        "Sengphet Vongkham",
        {("Viện trưởng", VKS_LAO), (UVTW, LPRP)},
        id="party-seat-last",
    ),
    P(
        "Ông Sengphet Vongkham, Chánh án Tòa án Nhân dân Tối cao, Ủy viên Trung ương Đảng Nhân"
        " dân Cách mạng Lào phát biểu.",
        "Sengphet Vongkham",
        {("Chánh án", "Tòa án nhân dân tối cao Lào"), (UVTW, LPRP)},
        id="court-then-party-seat",
    ),
    P(
        "Bộ trưởng Bộ Tư pháp Lào Bounmy Keola phát biểu.",
        "Bounmy Keola",
        {("Bộ trưởng", "Bộ Tư pháp Lào")},
        id="minister-before-name",
    ),
    P(
        "Phó Chủ tịch Quốc hội Lào Sengphet Vongkham tiếp đoàn.",
        "Sengphet Vongkham",
        {("Phó Chủ tịch", "Quốc hội Lào")},
        id="assembly-before-name",
    ),
    P(
        "Ông Somchai Chaiyo, Bộ trưởng Bộ Tư pháp Thái Lan phát biểu.",
        "Somchai Chaiyo",
        {("Bộ trưởng", "Bộ Tư pháp Thái Lan")},
        id="thailand",
    ),
    P(
        "Ông Kim Min-su, Thứ trưởng Bộ Tư pháp Hàn Quốc phát biểu.",
        "Kim Min-su",
        {("Thứ trưởng", "Bộ Tư pháp Hàn Quốc")},
        id="korea",
    ),
    P(
        "Tham dự có ông Sengphet Vongkham, Phó Chủ tịch Quốc hội Lào; ông Bounmy Keola, Bộ trưởng"
        " Bộ Nội vụ Lào.",
        "Bounmy Keola",
        {("Bộ trưởng", "Bộ Nội vụ Lào")},
        id="list-second",
    ),
    P(
        "Đoàn đã làm việc với Bộ Tư pháp Lào. Thứ trưởng Bounmy Keola phát biểu chào mừng.",
        "Bounmy Keola",
        {("Thứ trưởng", "Bộ Tư pháp Lào")},
        id="bare-deputy-minister-of-the-page",
    ),
    P(
        "Đoàn đã làm việc với Bộ Tư pháp Lào. Ông Bounmy Keola, Thứ trưởng phát biểu chào mừng.",
        "Bounmy Keola",
        {("Thứ trưởng", "Bộ Tư pháp Lào")},
        id="bare-deputy-minister-after-name",
    ),
    P(
        "Đoàn đã làm việc với Bộ Tư pháp Lào và Bộ Tư pháp Campuchia. Ông Bounmy Keola, Thứ"
        " trưởng phát biểu.",
        "Bounmy Keola",
        {("Thứ trưởng", None)},
        id="two-foreign-ministries-no-guess",
    ),
    P(
        "Đoàn đã làm việc với Bộ Tư pháp Lào. Ông Nguyễn Văn An, Thứ trưởng phát biểu.",
        "Nguyễn Văn An",
        {("Thứ trưởng", None)},
        id="vietnamese-deputy-not-of-laos",
    ),
    P(
        "Đoàn chia buồn cùng Bộ Tư pháp Lào và gia đình Cố Thứ trưởng Bounmy SIPHANDONE vừa từ"
        " trần.",
        "Bounmy SIPHANDONE",
        {("Cố Thứ trưởng", "Bộ Tư pháp Lào")},
        id="late-deputy-family-name-in-capitals",
    ),
    P(
        "Bộ trưởng Bộ Tư pháp Lào Bounmy SIPHANDONE tiếp đoàn.",
        "Bounmy SIPHANDONE",
        {("Bộ trưởng", "Bộ Tư pháp Lào")},
        id="minister-family-name-in-capitals",
    ),
    P(
        "Ông Nguyễn Văn An, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp phát biểu.",
        "Nguyễn Văn An",
        {(UVTW, "Ban Chấp hành Trung ương Đảng"), ("Bộ trưởng", "Bộ Tư pháp")},
        id="vietnamese-minister",
    ),
    P(
        "Ông Nguyễn Văn An, Thứ trưởng Bộ Tư pháp, Đại sứ Việt Nam tại Lào phát biểu.",
        "Nguyễn Văn An",
        {("Thứ trưởng", "Bộ Tư pháp"), ("Đại sứ", "Đại sứ quán Việt Nam tại Lào")},
        id="vietnamese-chain-keeps-its-bodies",
    ),
    P(
        "Ông Lạc Văn Bình, Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội phát biểu tại Lào.",
        "Lạc Văn Bình",
        {(UVTW, "Ban Chấp hành Trung ương Đảng"), ("Phó Chủ tịch", "Quốc hội")},
        id="vietnamese-in-laos",
    ),
    P(
        "Ông Sengphet Vongkham, Ủy viên Trung ương Đảng NDCM Lào, Phó Chủ tịch Quốc hội Lào phát"
        " biểu.",
        "Sengphet Vongkham",
        {(UVTW, LPRP), ("Phó Chủ tịch", "Quốc hội Lào")},
        id="party-abbreviated",
    ),
]


@pytest.mark.parametrize("text,person,expected", F3_CASES)
def test_foreign_officials(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_party_name_is_no_person() -> None:
    """``Ủy viên Bộ Chính trị Đảng Nhân dân …``: the party's name is not a person's."""
    from extract_helpers import people_and_orgs

    people, _ = people_and_orgs(
        "Ông Sengphet Vongkham, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào phát biểu."
    )
    assert set(people) == {"Sengphet Vongkham"}, people
