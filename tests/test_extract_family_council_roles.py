"""Family P3: roles in councils, steering committees, emulation blocs and clusters,
associations and unions, with their level and place.

Grammar: a role of such a body (``Trưởng Ban``/``Phó Trưởng Ban Thường trực`` of a ``Ban Chỉ
đạo``, ``Chủ tịch``/``Phó Chủ tịch Thường trực`` of a ``Hội đồng``, ``Trưởng Khối``/``Phó
Trưởng Cụm``/``Cụm trưởng`` of an emulation group, ``Chủ tịch`` of a ``Hội Luật gia``, ``Chủ
nhiệm`` of a ``Đoàn Luật sư``, ``Chủ tịch`` of a ``Công đoàn``, ``Ủy viên BTV`` of an
association's standing board) is written after the holder's main post (``Phó Chủ tịch UBND
tỉnh, Trưởng Ban Chỉ đạo THADS tỉnh``), with the body next to it (abbreviated: ``BCĐ``, ``TP``,
``VN``, lower-case words), bare when the page names the body (``… – Trưởng Khối``), or
elliptically before a post that names the body the union belongs to (``Chủ tịch Công đoàn,
Phó Giám đốc Sở Tư pháp tỉnh X``). The title is the role as written, the organization the body
in full, with its level and place.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored, scored_positions

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def check(
    text: str, person: str, expected: set[tuple[str, str | None]], published: str = "2021-05-10"
) -> tuple[bool, object]:
    """Whether ``person``'s positions in ``text`` include ``expected`` (and what they are)."""
    got = scored_positions(text, published)
    return scored(expected) <= got.get(person, set()), got.get(person)


UB = "Ủy ban nhân dân tỉnh Thái Bình"

STEERING_CASES = [
    pytest.param(
        "Dự có ông Đặng Văn Khoa, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo thi hành án dân"
        " sự tỉnh Thái Bình.",
        "Đặng Văn Khoa",
        {("Phó Chủ tịch", UB), ("Trưởng Ban", "Ban Chỉ đạo thi hành án dân sự tỉnh Thái Bình")},
        id="head-of-enforcement-steering-committee",
    ),
    pytest.param(
        "Dự có ông Đặng Văn Khoa, Phó Chủ tịch UBND tỉnh Thái Bình, Trưởng Ban Chỉ đạo THADS tỉnh.",
        "Đặng Văn Khoa",
        {("Phó Chủ tịch", UB), ("Trưởng Ban", "Ban Chỉ đạo Thi hành án dân sự tỉnh Thái Bình")},
        id="steering-committee-abbreviated-province-earlier",
    ),
    pytest.param(
        "Đồng chí Đỗ Văn Khiêm, Phó Bí thư Tỉnh ủy Thái Bình, Trưởng Ban Chỉ đạo Cải cách tư pháp"
        " tỉnh chủ trì hội nghị.",
        "Đỗ Văn Khiêm",
        {
            ("Phó Bí thư", "Tỉnh ủy Thái Bình"),
            ("Trưởng Ban", "Ban Chỉ đạo Cải cách tư pháp tỉnh Thái Bình"),
        },
        id="head-of-judicial-reform-committee",
    ),
    pytest.param(
        "Đồng chí Đỗ Văn Khiêm, Trưởng Ban Nội chính Tỉnh ủy Thái Bình, Phó Trưởng Ban Thường trực"
        " Ban Chỉ đạo Cải cách tư pháp tỉnh chủ trì hội nghị.",
        "Đỗ Văn Khiêm",
        {
            ("Trưởng Ban", "Ban Nội chính Tỉnh ủy Thái Bình"),
            ("Phó Trưởng Ban Thường trực", "Ban Chỉ đạo Cải cách tư pháp tỉnh Thái Bình"),
        },
        id="standing-deputy-head-of-judicial-reform-committee",
    ),
    pytest.param(
        "Ông Đặng Văn Khoa, Phó Chủ tịch UBND tỉnh Thái Bình - Trưởng BCĐ THADS tỉnh phát biểu.",
        "Đặng Văn Khoa",
        {("Phó Chủ tịch", UB), ("Trưởng Ban", "Ban Chỉ đạo Thi hành án dân sự tỉnh Thái Bình")},
        id="abbreviated-steering-committee-after-dash",
    ),
    pytest.param(
        "Ông Nguyễn Văn Phú, Chủ tịch UBND huyện Văn Lâm, Trưởng Ban Chỉ đạo thi hành án dân"
        " sự huyện phát biểu.",
        "Nguyễn Văn Phú",
        {
            ("Chủ tịch", "Ủy ban nhân dân huyện Văn Lâm"),
            ("Trưởng Ban", "Ban Chỉ đạo thi hành án dân sự huyện Văn Lâm"),
        },
        id="district-steering-committee",
    ),
]

COUNCIL_CASES = [
    pytest.param(
        "Chủ trì buổi làm việc có bà Lê Thị Hòa, Phó Chủ tịch Thường trực Hội đồng phối hợp phổ"
        " biến, giáo dục pháp luật tỉnh Thái Bình, Giám đốc Sở Tư pháp tỉnh.",
        "Lê Thị Hòa",
        {
            (
                "Phó Chủ tịch Thường trực",
                "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Thái Bình",
            )
        },
        id="standing-vice-chair-of-the-legal-education-council",
    ),
    pytest.param(
        "Bà Trần Thị Vân, Phó Chủ tịch UBND tỉnh Thái Bình, Chủ tịch Hội đồng phối hợp PBGDPL"
        " tỉnh phát biểu.",
        "Trần Thị Vân",
        {("Phó Chủ tịch", UB)},
        id="vice-chair-of-province-chair-of-council-abbreviated",
    ),
    pytest.param(
        "Ông Hoàng Văn Thạch, Thứ trưởng Bộ Tư pháp, Phó Chủ tịch Thường trực Hội đồng Thi đua"
        " - Khen thưởng ngành Tư pháp phát biểu.",
        "Hoàng Văn Thạch",
        {
            ("Thứ trưởng", "Bộ Tư pháp"),
            ("Phó Chủ tịch Thường trực", "Hội đồng Thi đua - Khen thưởng ngành Tư pháp"),
        },
        id="emulation-council-of-the-sector",
    ),
]

EMULATION_CASES = [
    pytest.param(
        "Đồng chí Lò Văn Minh, Giám đốc Sở Tư pháp tỉnh Sơn La – Trưởng Khối thi đua Nội chính"
        " phát biểu.",
        "Lò Văn Minh",
        # (a province's bloc carries its province, as the gold names it: session 13)
        {
            ("Giám đốc", "Sở Tư pháp tỉnh Sơn La"),
            ("Trưởng Khối", "Khối thi đua Nội chính tỉnh Sơn La"),
        },
        id="head-of-an-emulation-bloc-named",
    ),
    pytest.param(
        "Khối thi đua Nội chính tỉnh Sơn La tổng kết công tác năm. Đồng chí Lò Văn Minh, Giám"
        " đốc Sở Tư pháp – Trưởng Khối phát biểu.",
        "Lò Văn Minh",
        {("Trưởng Khối", "Khối thi đua Nội chính tỉnh Sơn La")},
        id="head-of-the-page-bloc-bare",
    ),
    pytest.param(
        "Cụm thi đua số 3 tổ chức hội nghị. Ông Cầm Văn Hải, Chi cục trưởng Chi cục THADS huyện"
        " Mai Sơn, Trưởng Cụm chủ trì.",
        "Cầm Văn Hải",
        {("Trưởng Cụm", "Cụm thi đua số 3")},
        id="head-of-the-page-cluster-bare",
    ),
    pytest.param(
        "Cụm thi đua số 3 tổ chức hội nghị. Ông Cầm Văn Hải, Chi cục trưởng Chi cục THADS huyện"
        " Mai Sơn, Cụm trưởng chủ trì.",
        "Cầm Văn Hải",
        {("Cụm trưởng", "Cụm thi đua số 3")},
        id="cluster-head-inverted-bare",
    ),
    pytest.param(
        "Cụm thi đua số 3 tổ chức hội nghị. Bà Quàng Thị Hoa, Chi cục trưởng Chi cục THADS"
        " huyện Thuận Châu, Phó Trưởng Cụm báo cáo.",
        "Quàng Thị Hoa",
        {("Phó Trưởng Cụm", "Cụm thi đua số 3")},
        id="deputy-head-of-the-page-cluster",
    ),
    pytest.param(
        "Ông Cầm Văn Hải, Cục trưởng Cục THADS tỉnh Sơn La, Cụm trưởng Cụm thi đua số 1 phát biểu.",
        "Cầm Văn Hải",
        {
            ("Cục trưởng", "Cục Thi hành án dân sự tỉnh Sơn La"),
            ("Cụm trưởng", "Cụm thi đua số 1"),
        },
        id="cluster-head-named",
    ),
    pytest.param(
        "Ông Cầm Văn Hải, Cục trưởng Cục THADS tỉnh Sơn La, Trưởng Cụm thi đua số 1 phát biểu.",
        "Cầm Văn Hải",
        {
            ("Cục trưởng", "Cục Thi hành án dân sự tỉnh Sơn La"),
            ("Trưởng Cụm", "Cụm thi đua số 1"),
        },
        id="head-of-cluster-named",
    ),
]

ASSOCIATION_CASES = [
    pytest.param(
        "Dự đại hội có ông Phạm Văn Tâm, Chủ tịch Hội Luật gia tỉnh Thái Bình.",
        "Phạm Văn Tâm",
        {("Chủ tịch", "Hội Luật gia tỉnh Thái Bình")},
        id="chair-of-the-provincial-lawyers-association",
    ),
    pytest.param(
        "Dự đại hội có ông Phạm Văn Tâm, Chủ tịch Hội luật gia tỉnh Thái Bình.",
        "Phạm Văn Tâm",
        {("Chủ tịch", "Hội Luật gia tỉnh Thái Bình")},
        id="lower-case-association-name",
    ),
    pytest.param(
        "Dự đại hội có ông Phạm Văn Tâm, Phó Chủ tịch Hội Luật gia Việt Nam.",
        "Phạm Văn Tâm",
        {("Phó Chủ tịch", "Hội Luật gia Việt Nam")},
        id="vice-chair-of-the-national-association",
    ),
    pytest.param(
        "Dự đại hội có bà Vũ Thị Hạnh, Chủ tịch Hội Luật gia huyện Khoái Châu.",
        "Vũ Thị Hạnh",
        {("Chủ tịch", "Hội Luật gia huyện Khoái Châu")},
        id="district-association",
    ),
    pytest.param(
        "Dự đại hội có ông Phạm Văn Tâm, Giám đốc Sở Tư pháp, Chủ tịch Hội Luật gia tỉnh"
        " Thái Bình.",
        "Phạm Văn Tâm",
        {("Chủ tịch", "Hội Luật gia tỉnh Thái Bình")},
        id="association-after-the-state-post",
    ),
    pytest.param(
        "Ông Đỗ Minh Chiến, Chủ nhiệm Đoàn Luật sư tỉnh Thái Bình phát biểu.",
        "Đỗ Minh Chiến",
        {("Chủ nhiệm", "Đoàn Luật sư tỉnh Thái Bình")},
        id="head-of-the-bar",
    ),
    pytest.param(
        "Ông Đỗ Minh Chiến, Phó Chủ nhiệm Đoàn Luật sư TP Hà Nội phát biểu.",
        "Đỗ Minh Chiến",
        {("Phó Chủ nhiệm", "Đoàn Luật sư thành phố Hà Nội")},
        id="deputy-head-of-the-city-bar-abbreviated",
    ),
    pytest.param(
        "Ông Đỗ Minh Chiến, Phó Chủ nhiệm Đoàn luật sư thành phố Hồ Chí Minh phát biểu.",
        "Đỗ Minh Chiến",
        {("Phó Chủ nhiệm", "Đoàn Luật sư thành phố Hồ Chí Minh")},
        id="lower-case-bar",
    ),
    pytest.param(
        "Ông Đỗ Minh Chiến, Chủ tịch Liên đoàn Luật sư Việt Nam phát biểu.",
        "Đỗ Minh Chiến",
        {("Chủ tịch", "Liên đoàn Luật sư Việt Nam")},
        id="chair-of-the-bar-federation",
    ),
    pytest.param(
        "Ông Đỗ Minh Chiến, Phó Chủ tịch Liên đoàn luật sư Việt Nam phát biểu.",
        "Đỗ Minh Chiến",
        {("Phó Chủ tịch", "Liên đoàn Luật sư Việt Nam")},
        id="bar-federation-lower-case",
    ),
    pytest.param(
        "Bà Lê Thị Thu, Chủ tịch Công đoàn Sở Tư pháp tỉnh Thái Bình phát biểu.",
        "Lê Thị Thu",
        {("Chủ tịch", "Công đoàn Sở Tư pháp tỉnh Thái Bình")},
        id="chair-of-a-department-union",
    ),
    pytest.param(
        "Bà Lê Thị Thu, Chủ tịch Công đoàn, Phó Giám đốc Sở Tư pháp tỉnh Thái Bình phát biểu.",
        "Lê Thị Thu",
        {
            ("Chủ tịch", "Công đoàn Sở Tư pháp tỉnh Thái Bình"),
            ("Phó Giám đốc", "Sở Tư pháp tỉnh Thái Bình"),
        },
        id="union-chair-elliptical",
    ),
    pytest.param(
        "Bà Lê Thị Thu – Chủ tịch Công đoàn, Phó Cục trưởng Cục THADS tỉnh Thái Bình phát biểu.",
        "Lê Thị Thu",
        {("Chủ tịch", "Công đoàn Cục Thi hành án dân sự tỉnh Thái Bình")},
        id="union-chair-of-an-enforcement-office",
    ),
    pytest.param(
        "Bà Lê Thị Thu, Phó Chủ tịch Công đoàn Học viện Tư pháp phát biểu.",
        "Lê Thị Thu",
        {("Phó Chủ tịch", "Công đoàn Học viện Tư pháp")},
        id="union-of-a-national-academy",
    ),
    pytest.param(
        "Ông Nguyễn Văn Đức, Ủy viên BTV Hội Luật gia huyện Khoái Châu phát biểu.",
        "Nguyễn Văn Đức",
        {("Ủy viên Ban Thường vụ", "Ban Thường vụ Hội Luật gia huyện Khoái Châu")},
        id="standing-board-of-an-association",
    ),
    pytest.param(
        "Ông Nguyễn Văn Đức, Ủy viên Ban Chấp hành Hội Luật gia tỉnh Thái Bình phát biểu.",
        "Nguyễn Văn Đức",
        {("Ủy viên Ban Chấp hành", "Ban Chấp hành Hội Luật gia tỉnh Thái Bình")},
        id="executive-board-of-an-association",
    ),
    pytest.param(
        "Hội Luật gia tỉnh Thái Bình tổ chức Đại hội. Ông Phạm Văn Tâm, Chủ tịch Hội phát biểu.",
        "Phạm Văn Tâm",
        {("Chủ tịch", "Hội Luật gia tỉnh Thái Bình")},
        id="chair-of-the-page-association-bare",
    ),
    pytest.param(
        "Đoàn Luật sư tỉnh Thái Bình tổ chức Đại hội. Ông Đỗ Minh Chiến, Chủ nhiệm Đoàn phát biểu.",
        "Đỗ Minh Chiến",
        {("Chủ nhiệm", "Đoàn Luật sư tỉnh Thái Bình")},
        id="head-of-the-page-bar-bare",
    ),
]

#: the same grammar as the sector writes it: abbreviations, "kiêm", qualifiers, lower case
WRITTEN_FORMS_CASES = [
    pytest.param(
        "Đồng chí Đỗ Văn Khiêm, Phó Bí thư Tỉnh ủy Thái Bình, Trưởng BCĐ Cải cách tư pháp tỉnh"
        " chủ trì.",
        "Đỗ Văn Khiêm",
        {("Trưởng Ban", "Ban Chỉ đạo Cải cách tư pháp tỉnh Thái Bình")},
        id="abbreviated-judicial-reform-committee",
    ),
    pytest.param(
        "Ông Đặng Văn Khoa, Phó Chủ tịch UBND tỉnh Thái Bình kiêm Trưởng Ban Chỉ đạo thi hành"
        " án dân sự tỉnh phát biểu.",
        "Đặng Văn Khoa",
        {("Trưởng Ban", "Ban Chỉ đạo thi hành án dân sự tỉnh Thái Bình")},
        id="kiem-head-of-steering-committee",
    ),
    pytest.param(
        "Ông Đỗ Văn Khiêm, Phó trưởng ban Thường trực Ban Chỉ đạo Cải cách tư pháp tỉnh Thái Bình"
        " phát biểu.",
        "Đỗ Văn Khiêm",
        {("Phó trưởng ban Thường trực", "Ban Chỉ đạo Cải cách tư pháp tỉnh Thái Bình")},
        id="lower-case-standing-deputy-head",
    ),
    pytest.param(
        "Ông Phạm Văn Tâm, Phó Chủ tịch Thường trực Hội Luật gia tỉnh Thái Bình phát biểu.",
        "Phạm Văn Tâm",
        {("Phó Chủ tịch Thường trực", "Hội Luật gia tỉnh Thái Bình")},
        id="standing-vice-chair-of-an-association",
    ),
    pytest.param(
        "Ông Phạm Văn Tâm, Chủ tịch Hội Luật gia TP Hà Nội phát biểu.",
        "Phạm Văn Tâm",
        {("Chủ tịch", "Hội Luật gia thành phố Hà Nội")},
        id="association-of-a-city-abbreviated",
    ),
    pytest.param(
        "Bà Lê Thị Thu, Chủ tịch Công đoàn cơ sở Sở Tư pháp tỉnh Thái Bình phát biểu.",
        "Lê Thị Thu",
        {("Chủ tịch", "Công đoàn cơ sở Sở Tư pháp tỉnh Thái Bình")},
        id="chair-of-a-grassroots-union",
    ),
    pytest.param(
        "Anh Trần Văn Nam, Bí thư Chi đoàn Sở Tư pháp tỉnh Thái Bình phát biểu.",
        "Trần Văn Nam",
        {("Bí thư", "Chi đoàn Sở Tư pháp tỉnh Thái Bình")},
        id="youth-cell-secretary",
    ),
    pytest.param(
        "Ông Đỗ Minh Chiến, Chủ tịch Hội Công chứng viên tỉnh Thái Bình phát biểu.",
        "Đỗ Minh Chiến",
        {("Chủ tịch", "Hội Công chứng viên tỉnh Thái Bình")},
        id="association-of-notaries",
    ),
    pytest.param(
        "Khối thi đua Nội chính tỉnh Sơn La tổng kết. Ông Lò Văn Minh, Giám đốc Sở Tư pháp,"
        " Phó Trưởng Khối báo cáo.",
        "Lò Văn Minh",
        {("Phó Trưởng Khối", "Khối thi đua Nội chính tỉnh Sơn La")},
        id="deputy-head-of-the-page-bloc",
    ),
    pytest.param(
        "Ông Cầm Văn Hải, Cục trưởng Cục THADS tỉnh Sơn La - Trưởng Cụm thi đua số III phát biểu.",
        "Cầm Văn Hải",
        {("Trưởng Cụm", "Cụm thi đua số III")},
        id="roman-numbered-cluster-after-dash",
    ),
    pytest.param(
        "Hội Luật gia tỉnh Thái Bình tổ chức Đại hội. Bà Vũ Thị Hạnh, Phó Chủ tịch Hội trình"
        " bày báo cáo.",
        "Vũ Thị Hạnh",
        {("Phó Chủ tịch", "Hội Luật gia tỉnh Thái Bình")},
        id="vice-chair-of-the-page-association-bare",
    ),
    pytest.param(
        "Đoàn Luật sư tỉnh Thái Bình tổ chức Đại hội. Luật sư Đỗ Minh Chiến, Chủ nhiệm Đoàn"
        " Luật sư tỉnh phát biểu.",
        "Đỗ Minh Chiến",
        {("Chủ nhiệm", "Đoàn Luật sư tỉnh Thái Bình")},
        id="head-of-the-bar-bare-level",
    ),
]

#: councils, committees and association officers the gazetteers do not list by name
UNLISTED_CASES = [
    pytest.param(
        "Ông Lê Văn Hùng, Giám đốc Sở Tư pháp, Phó Chủ tịch Thường trực Hội đồng PHPBGDPL tỉnh"
        " Nghệ An phát biểu.",
        "Lê Văn Hùng",
        {
            (
                "Phó Chủ tịch Thường trực",
                "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nghệ An",
            )
        },
        id="abbreviated-legal-education-council",
    ),
    pytest.param(
        "Ông Lê Văn Hùng, Chủ tịch Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Nghệ An phát"
        " biểu.",
        "Lê Văn Hùng",
        {("Chủ tịch", "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Nghệ An")},
        id="emulation-council-of-a-department",
    ),
    pytest.param(
        "Ông Lê Văn Hùng, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Nghệ"
        " An phát biểu.",
        "Lê Văn Hùng",
        {("Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An")},
        id="emulation-council-of-a-province",
    ),
    pytest.param(
        "Ông Lê Văn Hùng, Trưởng Ban Chỉ đạo Chương trình 135 tỉnh Nghệ An phát biểu.",
        "Lê Văn Hùng",
        {("Trưởng Ban", "Ban Chỉ đạo Chương trình 135 tỉnh Nghệ An")},
        id="unlisted-steering-committee-with-its-place",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Phó Chủ tịch kiêm Tổng Thư ký Hội Luật gia tỉnh Nghệ An phát biểu.",
        "Lê Thị Hoa",
        {
            ("Phó Chủ tịch", "Hội Luật gia tỉnh Nghệ An"),
            ("Tổng Thư ký", "Hội Luật gia tỉnh Nghệ An"),
        },
        id="vice-chair-kiem-secretary-general",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Phó Chủ tịch, Tổng Thư ký Hội Luật gia tỉnh Nghệ An phát biểu.",
        "Lê Thị Hoa",
        {
            ("Phó Chủ tịch", "Hội Luật gia tỉnh Nghệ An"),
            ("Tổng Thư ký", "Hội Luật gia tỉnh Nghệ An"),
        },
        id="vice-chair-comma-secretary-general",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Chủ tịch Công đoàn cơ quan Sở Tư pháp tỉnh Nghệ An phát biểu.",
        "Lê Thị Hoa",
        {("Chủ tịch", "Công đoàn cơ quan Sở Tư pháp tỉnh Nghệ An")},
        id="union-of-the-agency",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Chi hội trưởng Chi hội Luật gia Sở Tư pháp tỉnh Nghệ An phát biểu.",
        "Lê Thị Hoa",
        {("Chi hội trưởng", "Chi hội Luật gia Sở Tư pháp tỉnh Nghệ An")},
        id="head-of-a-lawyers-branch",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Bí thư Đoàn Thanh niên Sở Tư pháp tỉnh Nghệ An phát biểu.",
        "Lê Thị Hoa",
        {("Bí thư", "Đoàn Thanh niên Sở Tư pháp tỉnh Nghệ An")},
        id="youth-union-secretary",
    ),
]


@pytest.mark.parametrize(
    "text,person,expected",
    STEERING_CASES
    + COUNCIL_CASES
    + EMULATION_CASES
    + ASSOCIATION_CASES
    + WRITTEN_FORMS_CASES
    + UNLISTED_CASES,
)
def test_role_in_a_council_bloc_or_association(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got


def test_a_bare_association_the_page_does_not_name_is_not_the_committee() -> None:
    """``Chủ tịch Hội`` with no association on the page: not the People's Committee's chair."""
    text = "Hội nghị có ông Nguyễn Văn Tài, Chủ tịch Hội phát biểu. UBND tỉnh Nghệ An đánh giá cao."
    got = scored_positions(text)
    assert got["Nguyễn Văn Tài"] == scored({("Chủ tịch", None)})
