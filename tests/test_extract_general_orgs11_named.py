"""Organization families of session 9 (x-org11), part two: bodies by their own names (party
organizations, the supreme court's and procuracy's units, papers, short forms, boards, fixed
names), checked on invented sentences (never taken from any real page; part one, bodies
written with their place: test_extract_general_orgs11_places.py):

- D: a province's party organization written with its province (``Đại hội Đảng bộ tỉnh X``,
  ``Ban Chấp hành Đảng bộ tỉnh X``) is a body; a district's, or one with no province
  written (mostly a title's word, ``Ủy viên Ban Chấp hành Đảng bộ tỉnh``), is none;
- C: units of the supreme procuracy and court written with their parent, their domain in the
  gazetteer or not (``Cục Điều tra VKSND tối cao``, ``Viện Phúc thẩm 2 VKSND tối cao``), and
  several units listed before one parent written short (``Vụ 12 VKSND tối cao và …``);
- N: a newspaper whose sentence-case name ends in lower-case syllables, joined by ``và`` to
  the next body (``Báo Công lý và Tạp chí …``, ``Báo Bảo vệ pháp luật và Báo …``);
- A: short forms the sector writes: ``Q.3`` / ``Q. Gò Vấp`` for a city's district, ``LĐLĐ``,
  ``UBKT`` (a party committee's inspection commission), ``Hội CCB``;
- B: boards of the youth union's committees (``Ban Thường vụ Tỉnh đoàn X``) and a steering
  committee's remit that ends before the clause's own verb (``… về X họp``);
- F: national bodies by their fixed names (the judges' selection council, the forensic
  institutes) and an online paper's own name (``Báo điện tử X``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = "2024-05-02") -> set[str]:
    return scored_orgs(text, published)


P = pytest.param

PARTY = [
    P(
        "Nghị quyết Đại hội Đảng bộ tỉnh Sơn La lần thứ XV được triển khai sâu rộng.",
        {"Đảng bộ tỉnh Sơn La"},
        set(),
        id="d-congress-resolution",
    ),
    P(
        "Chiều 16/10, Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVII khai mạc.",
        {"Đảng bộ tỉnh Hòa Bình"},
        set(),
        id="d-delegates-congress",
    ),
    P(
        "Bà Lê Thị Hạnh được bầu vào Ban Chấp hành Đảng bộ tỉnh Yên Bái nhiệm kỳ 2025-2030.",
        {"Ban Chấp hành Đảng bộ tỉnh Yên Bái"},
        set(),
        id="d-executive-board",
    ),
    P(
        "Đảng bộ thành phố Hải Phòng đã lãnh đạo thực hiện thắng lợi nhiệm vụ.",
        {"Đảng bộ thành phố Hải Phòng"},
        set(),
        id="d-city",
    ),
    P(
        "Đại hội Đảng bộ thành phố Sơn La lần thứ XX thành công tốt đẹp.",
        set(),
        {"Đảng bộ thành phố Sơn La", "Đảng bộ tỉnh Sơn La"},
        id="d-neg-provincial-city",
    ),
    P(
        "Sở Tư pháp tỉnh Sơn La dự hội nghị. Ông Cà Văn Lả, Ủy viên Ban Chấp hành Đảng bộ "
        "tỉnh, Giám đốc Sở Tư pháp phát biểu.",
        set(),
        {"Đảng bộ tỉnh Sơn La", "Ban Chấp hành Đảng bộ tỉnh Sơn La"},
        id="d-neg-title-word",
    ),
    P(
        "Ông Lò Văn Páo, Ủy viên Ban Chấp hành Đảng bộ tỉnh Sơn La, Giám đốc Sở Nội vụ dự.",
        set(),
        {"Đảng bộ tỉnh Sơn La", "Ban Chấp hành Đảng bộ tỉnh Sơn La"},
        id="d-neg-member-title-with-province",
    ),
    P(
        "Đảng bộ Sở Tư pháp tỉnh Yên Bái tổ chức hội nghị tổng kết.",
        {"Đảng bộ Sở Tư pháp tỉnh Yên Bái"},
        {"Đảng bộ tỉnh Yên Bái"},
        id="d-department-party-organization",
    ),
]


VKSTC = "Viện kiểm sát nhân dân tối cao"
TATC = "Tòa án nhân dân tối cao"
CENTRAL = [
    P(
        "Cục Điều tra VKSND tối cao đã khởi tố vụ án.",
        {f"Cục Điều tra {VKSTC}"},
        set(),
        id="c-investigation-department",
    ),
    P(
        "Ông Trịnh Văn Lũy, Viện trưởng Viện Phúc thẩm 3 VKSND tối cao phát biểu.",
        {f"Viện Phúc thẩm 3 {VKSTC}"},
        set(),
        id="c-appeal-institute-after-title",
    ),
    P(
        "Vụ Pháp chế và Quản lý khoa học VKSND tối cao tổ chức hội thảo.",
        {f"Vụ Pháp chế và Quản lý khoa học {VKSTC}"},
        {"Vụ Pháp chế"},
        id="c-joined-domain",
    ),
    P(
        "Vụ Giám đốc kiểm tra II TAND tối cao tổ chức hội nghị.",
        {f"Vụ Giám đốc kiểm tra II {TATC}"},
        set(),
        id="c-court-roman-number",
    ),
    P(
        "Cục Thống kê tội phạm và Công nghệ thông tin VKSNDTC triển khai phần mềm.",
        {f"Cục Thống kê tội phạm và Công nghệ thông tin {VKSTC}"},
        set(),
        id="c-abbreviated-parent",
    ),
    P(
        "Viện Khoa học kiểm sát thuộc VKSND tối cao tổ chức hội thảo.",
        {f"Viện Khoa học kiểm sát {VKSTC}"},
        set(),
        id="c-thuoc",
    ),
    P(
        "Vụ 12 VKSND tối cao và Cục Điều tra VKSND tối cao đã phối hợp.",
        {f"Vụ 12 {VKSTC}", f"Cục Điều tra {VKSTC}"},
        {f"Vụ 12 VKSND tối cao {VKSTC}"},
        id="c-two-units-each-with-parent",
    ),
    P(
        "Vụ 2 TAND tối cao, Vụ Tổ chức cán bộ và Văn phòng TAND tối cao họp.",
        {f"Vụ 2 {TATC}", f"Vụ Tổ chức cán bộ {TATC}", f"Văn phòng {TATC}"},
        set(),
        id="c-listed-units-short-parent",
    ),
    P(
        "Vụ Hợp tác quốc tế Bộ Tư pháp và VKSND tối cao đã phối hợp tổ chức.",
        {"Vụ Hợp tác quốc tế", VKSTC},
        {f"Vụ Hợp tác quốc tế Bộ Tư pháp và {VKSTC}"},
        id="c-neg-two-bodies-joined",
    ),
    P(
        "Viện Kiểm sát nhân dân tối cao ban hành chỉ thị.",
        {VKSTC},
        {f"Viện Kiểm sát nhân dân {VKSTC}"},
        id="c-neg-the-procuracy-itself",
    ),
    P(
        "Vụ 12, Cục Điều tra VKSND tối cao đã phối hợp.",
        {f"Cục Điều tra {VKSTC}"},
        {f"Vụ 12, Cục Điều tra {VKSTC}"},
        id="c-neg-no-list-in-one-name",
    ),
]


PRESS = [
    P(
        "Báo Công lý và Tạp chí Tòa án nhân dân đưa tin về hội nghị.",
        {"Báo Công lý", "Tạp chí Tòa án nhân dân"},
        {"Báo Công"},
        id="n-two-syllable-name-before-va",
    ),
    P(
        "Báo Bảo vệ pháp luật và Báo Công an nhân dân đưa tin.",
        {"Báo Bảo vệ pháp luật", "Báo Công an nhân dân"},
        {"Báo Bảo"},
        id="n-three-lower-syllables-before-va",
    ),
    P(
        "Tạp chí Kiểm sát và Báo Công lý phối hợp tổ chức tọa đàm.",
        {"Tạp chí Kiểm sát", "Báo Công lý"},
        set(),
        id="n-magazine-first",
    ),
    P(
        "Báo Công an nhân dân và Ủy ban nhân dân tỉnh Sơn La phối hợp tuyên truyền.",
        {"Báo Công an nhân dân", "Ủy ban nhân dân tỉnh Sơn La"},
        set(),
        id="n-paper-and-a-committee",
    ),
    P(
        "Tạp chí Dân chủ và Pháp luật đăng bài của tác giả.",
        {"Tạp chí Dân chủ và Pháp luật"},
        {"Tạp chí Dân chủ"},
        id="n-neg-va-inside-a-name",
    ),
]


ABBREVIATED = [
    P(
        "Chi cục THADS Q.1 tổ chức hội nghị sơ kết.",
        {"Chi cục Thi hành án dân sự Quận 1"},
        set(),
        id="a-district-number",
    ),
    P(
        "UBND Q.12 và UBND Q. Gò Vấp phối hợp tổ chức.",
        {"Ủy ban nhân dân Quận 12", "Ủy ban nhân dân quận Gò Vấp"},
        set(),
        id="a-district-numbered-and-named",
    ),
    P(
        "Phòng Tư pháp Q.Tân Bình tổ chức tuyên truyền.",
        {"Phòng Tư pháp quận Tân Bình"},
        set(),
        id="a-district-glued",
    ),
    P(
        "LĐLĐ tỉnh Sơn La tổ chức hội nghị.",
        {"Liên đoàn Lao động tỉnh Sơn La"},
        set(),
        id="a-labour-federation",
    ),
    P(
        "UBKT Tỉnh ủy Sơn La tổ chức hội nghị.",
        {"Ủy ban Kiểm tra Tỉnh ủy Sơn La"},
        set(),
        id="a-inspection-commission",
    ),
    P(
        "Hội CCB huyện Mộc Châu tổ chức đại hội.",
        {"Hội Cựu chiến binh huyện Mộc Châu"},
        set(),
        id="a-veterans",
    ),
    P(
        "Ông Quàng Văn Dự sinh năm 1970, quê ở Q. Tân Bình.",
        set(),
        {"Quận Tân Bình", "quận Tân Bình"},
        id="a-neg-place-alone",
    ),
]


BOARDS = [
    P(
        "Ban Thường vụ Tỉnh đoàn Sơn La phát động tháng thanh niên.",
        {"Ban Thường vụ Tỉnh đoàn Sơn La"},
        set(),
        id="b-youth-standing-board",
    ),
    P(
        "Ban Chấp hành Huyện đoàn Mộc Châu họp phiên thường kỳ.",
        {"Ban Chấp hành Huyện đoàn Mộc Châu"},
        set(),
        id="b-youth-executive-board",
    ),
    P(
        "Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật họp phiên thứ nhất.",
        {"Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật"},
        {"Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật họp phiên thứ nhất"},
        id="b-remit-before-hop",
    ),
    P(
        "Ban Chỉ đạo tỉnh Sơn La về sắp xếp, tổ chức lại đơn vị hành chính làm việc với huyện.",
        {"Ban Chỉ đạo tỉnh Sơn La về sắp xếp, tổ chức lại đơn vị hành chính"},
        set(),
        id="b-remit-keeps-to-chuc-lai",
    ),
    P(
        "Ban Chỉ đạo về việc đó đã họp nhiều lần trong năm.",
        set(),
        {"Ban Chỉ đạo về việc đó"},
        id="b-neg-remit-pointed-at",
    ),
]


FIXED = [
    P(
        "Năm 2024, Hội đồng tuyển chọn và giám sát Thẩm phán quốc gia họp phiên thứ ba.",
        {"Hội đồng tuyển chọn và giám sát Thẩm phán quốc gia"},
        set(),
        id="f-judges-council",
    ),
    P(
        "Hồ sơ đã gửi Hội đồng tuyển chọn, giám sát Thẩm phán quốc gia xem xét.",
        {"Hội đồng tuyển chọn, giám sát Thẩm phán quốc gia"},
        set(),
        id="f-judges-council-comma",
    ),
    P(
        "Viện Khoa học hình sự và Viện Pháp y Quốc gia đã giám định lại.",
        {"Viện Khoa học hình sự", "Viện Pháp y Quốc gia"},
        set(),
        id="f-forensic-institutes",
    ),
    P(
        "Theo dõi Báo điện tử Tuổi Xanh trên mạng xã hội.",
        {"Báo điện tử Tuổi Xanh"},
        set(),
        id="f-online-paper",
    ),
    P(
        "Báo Sơn La điện tử đưa tin về hội nghị.",
        {"Báo Sơn La"},
        {"Báo Sơn La điện tử"},
        id="f-paper-with-online-edition",
    ),
]

ALL = [
    *PARTY,
    *CENTRAL,
    *PRESS,
    *ABBREVIATED,
    *BOARDS,
    *FIXED,
]


@pytest.mark.parametrize("text,present,absent", ALL)
def test_organization_families11_named(text: str, present: set[str], absent: set[str]) -> None:
    orgs = _orgs(text)
    assert _keys(present) <= orgs
    assert not (_keys(absent) & orgs)
