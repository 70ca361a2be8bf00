"""Family P1 of the sixth rules round: positions whose body the extractor resolved wrong
on pages it had not read. Its other families: titles (P2) in
``test_extract_positions_titles.py``, two or more roles in one phrase (P3) in
``test_extract_positions_joined_roles.py``, foreign officials (P4) in
``test_extract_positions_foreign.py``.

Grammar (Vietnamese justice-sector news):

- P1, a body resolved from context: an organ of a party committee written with the committee
  word alone (``Chánh Văn phòng Quận ủy``, ``Trưởng Ban Tuyên giáo Huyện ủy``) is the organ of
  the committee the page names in full; a standing member's board is the committee of the
  chain's next post (``Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Quận ủy X``); a club
  (``Chủ nhiệm Câu lạc bộ …``) or a project (``Cố vấn trưởng Dự án JICA``) named after the
  title is its body; court clerks (``Thư ký Tòa án nhân dân huyện X``) hold ``Thư ký`` of
  that court, also when several are listed before the title; ``Phó Chủ tịch HĐND`` is of the
  council, never of the People's Committee.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

TAND_VT = "Tòa án nhân dân huyện Vũ Thư"
HLG = "Hội Luật gia tỉnh Thái Bình"
LDLS = "Liên đoàn Luật sư Việt Nam"

P1_CASES = [
    pytest.param(
        "Quận ủy Gò Vấp tổ chức hội nghị. Dự có bà Lê Thị Hạnh, Chánh Văn phòng Quận ủy.",
        "Lê Thị Hạnh",
        {("Chánh Văn phòng", "Văn phòng Quận ủy Gò Vấp")},
        id="office-of-the-urban-district-committee",
    ),
    pytest.param(
        "Quận ủy Gò Vấp tổ chức hội nghị. Dự có bà Lê Thị Hạnh, Chánh văn phòng Quận ủy; bà"
        " Phạm Thị Hà, Trưởng ban Dân vận Quận ủy.",
        "Lê Thị Hạnh",
        {("Chánh văn phòng", "Văn phòng Quận ủy Gò Vấp")},
        id="office-lower-case-in-a-list",
    ),
    pytest.param(
        "Quận ủy Gò Vấp tổ chức hội nghị. Dự có bà Lê Thị Hạnh, Chánh văn phòng Quận ủy; bà"
        " Phạm Thị Hà, Trưởng ban Dân vận Quận ủy.",
        "Phạm Thị Hà",
        {("Trưởng ban", "Ban Dân vận Quận ủy Gò Vấp")},
        id="mass-mobilization-board-in-a-list",
    ),
    pytest.param(
        "Quận ủy Gò Vấp tổ chức hội nghị. Dự có bà Phạm Thị Hà, Trưởng Ban Tuyên giáo Quận ủy.",
        "Phạm Thị Hà",
        {("Trưởng Ban", "Ban Tuyên giáo Quận ủy Gò Vấp")},
        id="propaganda-board-bare",
    ),
    pytest.param(
        "Huyện ủy Vũ Thư tổ chức hội nghị. Ông Trần Văn Nam, Phó Trưởng Ban Tổ chức Huyện ủy"
        " phát biểu.",
        "Trần Văn Nam",
        {("Phó Trưởng Ban", "Ban Tổ chức Huyện ủy Vũ Thư")},
        id="deputy-head-of-organization-board",
    ),
    pytest.param(
        "Hội nghị do Huyện ủy Vũ Thư tổ chức. Bà Lê Thị Hạnh, Phó Chánh Văn phòng Huyện ủy dự.",
        "Lê Thị Hạnh",
        {("Phó Chánh Văn phòng", "Văn phòng Huyện ủy Vũ Thư")},
        id="deputy-chief-of-office-committee-before",
    ),
    pytest.param(
        "Đến dự có ông Lê Văn Khải, Bí thư Quận ủy Gò Vấp; bà Lê Thị Hạnh, Chánh Văn phòng"
        " Quận ủy.",
        "Lê Thị Hạnh",
        {("Chánh Văn phòng", "Văn phòng Quận ủy Gò Vấp")},
        id="committee-named-in-the-secretary-s-post",
    ),
    pytest.param(
        "Dự hội nghị có ông Lê Văn Khải, Ủy viên Ban Thường vụ Quận ủy Ba Đình, Chánh Văn phòng"
        " Quận ủy.",
        "Lê Văn Khải",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Quận ủy Ba Đình"),
            ("Chánh Văn phòng", "Văn phòng Quận ủy Ba Đình"),
        },
        id="standing-member-then-chief-of-office",
    ),
    pytest.param(
        "Thị ủy Sơn Tây tổ chức hội nghị. Bà Đỗ Thị Nga, Trưởng Ban Dân vận Thị ủy phát biểu.",
        "Đỗ Thị Nga",
        {("Trưởng Ban", "Ban Dân vận Thị ủy Sơn Tây")},
        id="town-committee-board",
    ),
    pytest.param(
        "Tỉnh ủy Thái Bình tổ chức hội nghị. Ông Phạm Văn Nhã, Chánh Văn phòng Tỉnh ủy phát biểu.",
        "Phạm Văn Nhã",
        {("Chánh Văn phòng", "Văn phòng Tỉnh ủy Thái Bình")},
        id="office-of-the-provincial-committee",
    ),
    pytest.param(
        "Đến dự có bà Lê Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Quận ủy Gò Vấp.",
        "Lê Thị Hạnh",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Quận ủy Gò Vấp"),
            ("Trưởng Ban", "Ban Tuyên giáo Quận ủy Gò Vấp"),
        },
        id="standing-member-of-the-next-post-s-district-committee",
    ),
    pytest.param(
        "Đến dự có ông Hà Văn Tùng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Kiến Xương.",
        "Hà Văn Tùng",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Kiến Xương"),
            ("Trưởng Ban", "Ban Dân vận Huyện ủy Kiến Xương"),
        },
        id="standing-member-of-the-rural-district-committee",
    ),
    pytest.param(
        "Đến dự có ông Nguyễn Văn Bình, Phó Chủ tịch Hội Luật gia tỉnh Thái Bình và ông Phạm"
        " Văn Cường, Ủy viên Thường vụ Hội.",
        "Phạm Văn Cường",
        {("Ủy viên Thường vụ", HLG)},
        id="standing-member-of-the-association-named-before",
    ),
    pytest.param(
        "Tham dự có bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh Thái Bình.",
        "Lê Thị Hoa",
        {("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Thái Bình")},
        id="council-vice-chair-abbreviated",
    ),
    pytest.param(
        "Ông Kiều Văn Long, Phó Chủ tịch Thường trực HĐND huyện Vũ Thư dự.",
        "Kiều Văn Long",
        {("Phó Chủ tịch Thường trực", "Hội đồng nhân dân huyện Vũ Thư")},
        id="council-standing-vice-chair-of-a-district",
    ),
    pytest.param(
        "Tham dự có ông Đỗ Văn Hòa, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Tư pháp.",
        "Đỗ Văn Hòa",
        {("Bí thư Ban cán sự đảng", "Ban cán sự đảng Bộ Tư pháp"), ("Bộ trưởng", "Bộ Tư pháp")},
        id="party-board-secretary-minister",
    ),
    pytest.param(
        "Ông Hoàng Văn Phú, Chủ nhiệm Câu lạc bộ Pháp luật phường Đông Hưng, phát biểu.",
        "Hoàng Văn Phú",
        {("Chủ nhiệm", "Câu lạc bộ Pháp luật phường Đông Hưng")},
        id="club-of-a-ward",
    ),
    pytest.param(
        "Ông Hoàng Văn Phú, Chủ nhiệm Câu lạc bộ pháp chế doanh nghiệp phát biểu.",
        "Hoàng Văn Phú",
        {("Chủ nhiệm", "Câu lạc bộ pháp chế doanh nghiệp")},
        id="club-lower-case-before-a-verb",
    ),
    pytest.param(
        "Ông Hoàng Văn Phú - Chủ nhiệm CLB Trợ giúp pháp lý xã Tân Hòa chia sẻ kinh nghiệm.",
        "Hoàng Văn Phú",
        {("Chủ nhiệm", "Câu lạc bộ Trợ giúp pháp lý xã Tân Hòa")},
        id="club-abbreviated",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Phó Chủ nhiệm Câu lạc bộ Luật sư trẻ và ông Hoàng Văn Phú cùng dự.",
        "Lê Thị Hoa",
        {("Phó Chủ nhiệm", "Câu lạc bộ Luật sư trẻ")},
        id="club-ends-before-the-next-person",
    ),
    pytest.param(
        "Ông Hoàng Văn Phú, Chủ nhiệm, trình bày.",
        "Hoàng Văn Phú",
        {("Chủ nhiệm", None)},
        id="no-club-no-body",
    ),
    pytest.param(
        "Thư ký phiên tòa: bà Lê Thị An và bà Đỗ Thị Bình, Thư ký Tòa án nhân dân huyện Vũ Thư.",
        "Lê Thị An",
        {("Thư ký", TAND_VT)},
        id="clerks-listed-first",
    ),
    pytest.param(
        "Thư ký phiên tòa: bà Lê Thị An và bà Đỗ Thị Bình, Thư ký Tòa án nhân dân huyện Vũ Thư.",
        "Đỗ Thị Bình",
        {("Thư ký", TAND_VT)},
        id="clerks-listed-second",
    ),
    pytest.param(
        "Tham gia phiên tòa có các bà Lê Thị An, Đỗ Thị Bình - Thư ký Tòa án nhân dân huyện Vũ"
        " Thư.",
        "Lê Thị An",
        {("Thư ký", TAND_VT)},
        id="clerks-plural-honorific",
    ),
    pytest.param(
        "Thư ký phiên tòa: ông Phạm Văn Cường - Thư ký TAND tỉnh Thái Bình.",
        "Phạm Văn Cường",
        {("Thư ký", "Tòa án nhân dân tỉnh Thái Bình")},
        id="one-clerk-abbreviated-court",
    ),
    pytest.param(
        "Thư ký phiên tòa là bà Nguyễn Thị An, Thư ký Tòa án nhân dân huyện Vũ Thư.",
        "Nguyễn Thị An",
        {("Thư ký", TAND_VT)},
        id="clerk-court-in-full",
    ),
    pytest.param(
        "Tham dự có đồng chí Lưu Văn Tâm - Chánh Văn phòng Đảng ủy Khối các cơ quan tỉnh Thái"
        " Bình.",
        "Lưu Văn Tâm",
        {("Chánh Văn phòng", "Văn phòng Đảng ủy Khối các cơ quan tỉnh Thái Bình")},
        id="office-of-the-bloc-committee",
    ),
    pytest.param(
        "Các thư ký Lê Thị An, Đỗ Thị Bình, Thư ký TAND huyện Vũ Thư tham gia phiên tòa.",
        "Lê Thị An",
        {("Thư ký", TAND_VT)},
        id="clerks-after-a-plural-title",
        marks=pytest.mark.xfail(strict=True, reason="the plural title gives a null body first"),
    ),
    pytest.param(
        "Chi bộ trao quyết định cho 02 đảng viên mới: Lê Thị An, Đỗ Thị Bình, đều là Thư ký TAND"
        " huyện Vũ Thư.",
        "Lê Thị An",
        {("Thư ký", TAND_VT)},
        id="clerks-deu-la",
    ),
    pytest.param(
        "Hai đồng chí Lê Thị An và Đỗ Thị Bình cùng là Thư ký Tòa án nhân dân huyện Vũ Thư.",
        "Lê Thị An",
        {("Thư ký", TAND_VT)},
        id="clerks-cung-la",
    ),
    pytest.param(
        "Bà Lê Thị An và bà Đỗ Thị Bình đều là Phó Chánh án TAND huyện Vũ Thư.",
        "Đỗ Thị Bình",
        {("Phó Chánh án", TAND_VT)},
        id="deputies-deu-la",
    ),
    pytest.param(
        "Ông Đỗ Văn Khải - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND và ông Lê Văn Phúc, Ủy viên"
        " BTV, Phó Chủ tịch UBND tỉnh Thái Bình cùng dự.",
        "Đỗ Văn Khải",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Thái Bình"),
            ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Thái Bình"),
        },
        id="bare-council-is-not-the-people-s-committee",
    ),
    pytest.param(
        "Ông Đỗ Văn Khải - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND và ông Lê Văn Phúc, Ủy viên"
        " BTV, Phó Chủ tịch UBND tỉnh Thái Bình cùng dự.",
        "Lê Văn Phúc",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Thái Bình"),
            ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình"),
        },
        id="the-people-s-committee-after-a-bare-council",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Nam Định tổ chức hội nghị. Dự có ông Trần Văn Hòa, Phó Chủ tịch Hội đồng"
        " nhân dân, phát biểu.",
        "Trần Văn Hòa",
        {("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định")},
        id="bare-council-of-the-page-s-province",
    ),
    pytest.param(
        "Dự có ông Ma Văn Dũng, Ủy viên Thường trực, Trưởng Ban Pháp chế HĐND tỉnh Thái Bình.",
        "Ma Văn Dũng",
        {
            ("Ủy viên Thường trực", "Hội đồng nhân dân tỉnh Thái Bình"),
            ("Trưởng Ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Thái Bình"),
        },
        id="standing-member-of-the-council-whose-board-he-heads",
    ),
    pytest.param(
        "Hội nghị bầu ông Trần Văn Vượng, Phó Viện trưởng VKSND tối cao làm Ủy viên Thường vụ,"
        " Phó Chủ tịch Hội Luật gia Việt Nam.",
        "Trần Văn Vượng",
        {
            ("Phó Viện trưởng", "Viện kiểm sát nhân dân tối cao"),
            ("Ủy viên Thường vụ", "Hội Luật gia Việt Nam"),
            ("Phó Chủ tịch", "Hội Luật gia Việt Nam"),
        },
        id="standing-member-and-vice-chair-of-the-association",
    ),
]


@pytest.mark.parametrize("text,person,expected", P1_CASES)
def test_position_family(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = check(text, person, expected)
    assert ok, got
