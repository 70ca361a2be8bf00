"""Organization families of session 9 (x-org11), checked on invented sentences (never taken
from any real page):

- S: the court and procuracy written short before their place (``Viện kiểm sát Hà Nam``,
  ``Tòa án huyện X``, ``Viện kiểm sát Hà Nam, Nam Định``): the body in full; the short head
  alone, before a verb, a foreign name or a bare level word, is no body;
- P: one body type written once in the plural before a list of provinces (``các Sở Tư pháp
  Hà Nam, Nam Định``): that body of each province; a plural before one province is none;
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
- E: the enforcement system of a place (``các cơ quan Thi hành án dân sự tỉnh X``, ``ngành Thi
  hành án dân sự tỉnh X``) is no body; the office itself still is;
- R: a body over ``các tỉnh <region> gồm A, B`` with the region's own name (``Tây Bắc``,
  ``Đồng bằng sông Cửu Long``): that body of each listed province;
- B: boards of the youth union's committees (``Ban Thường vụ Tỉnh đoàn X``) and a steering
  committee's remit that ends before the clause's own verb (``… về X họp``);
- T: the court and procuracy with "dân" dropped (``Viện Kiểm sát nhân tỉnh X``) and regional
  bodies numbered with glued commas (``khu vực 1,2,3``, not a decimal ``1,5``);
- F: national bodies by their fixed names (the judges' selection council, the forensic
  institutes) and an online paper's own name (``Báo điện tử X``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import each_at as _each
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs


def _orgs(text: str, published: str | None = "2024-05-02") -> set[str]:
    return scored_orgs(text, published)


P = pytest.param
VKS = "Viện kiểm sát nhân dân"
TAND = "Tòa án nhân dân"
_WEST = ["tỉnh Sơn La", "tỉnh Yên Bái", "tỉnh Hòa Bình"]

SHORT = [
    P(
        "Đoàn công tác đã làm việc với Viện kiểm sát Sơn La và Yên Bái.",
        _each([VKS], _WEST[:2]),
        set(),
        id="s-procuracy-two-provinces",
    ),
    P(
        "Nhiều đơn vị làm tốt, như: Viện kiểm sát Sơn La, Yên Bái, Hòa Bình.",
        _each([VKS], _WEST),
        set(),
        id="s-procuracy-list",
    ),
    P(
        "Đại diện Viện kiểm sát Hà Nội, Hải Phòng phát biểu tham luận.",
        _each([VKS], ["thành phố Hà Nội", "thành phố Hải Phòng"]),
        set(),
        id="s-procuracy-cities",
    ),
    P(
        "Ông Lò Văn Thẩm, Chánh án Tòa án tỉnh Hòa Bình dự hội nghị.",
        {f"{TAND} tỉnh Hòa Bình"},
        set(),
        id="s-court-province-word",
    ),
    P(
        "Tòa án huyện Mộc Châu đã xét xử lưu động vụ án.",
        {f"{TAND} huyện Mộc Châu"},
        set(),
        id="s-court-district",
    ),
    P(
        "Tòa án Sơn La, Viện kiểm sát Sơn La cùng tham dự.",
        _each([TAND, VKS], ["tỉnh Sơn La"]),
        set(),
        id="s-court-and-procuracy",
    ),
    P(
        "Viện kiểm sát cấp cao tại Đà Nẵng tổ chức hội nghị tập huấn.",
        {f"{VKS} cấp cao tại Đà Nẵng"},
        set(),
        id="s-high-procuracy",
    ),
    P(
        "Tòa án tuyên phạt bị cáo Hà Văn Tịnh 3 năm tù.",
        set(),
        {TAND},
        id="s-neg-verb-after",
    ),
    P(
        "Viện kiểm sát truy tố bị can về tội trộm cắp tài sản.",
        set(),
        {VKS},
        id="s-neg-procuracy-verb",
    ),
    P(
        "Đoàn đã tìm hiểu mô hình Tòa án Hiến pháp của Đức.",
        set(),
        {f"{TAND} tỉnh Hiến"},
        id="s-neg-foreign-court",
    ),
    P(
        "Công tác xét xử lưu động án dân sự của Tòa án huyện được chú trọng.",
        set(),
        {f"{TAND} huyện"},
        id="s-neg-bare-district-word",
    ),
    P(
        "Viện kiểm sát hai cấp tỉnh Sơn La đã hoàn thành chỉ tiêu.",
        set(),
        {f"{VKS} tỉnh Sơn La"},
        id="s-neg-two-levels",
    ),
    P(
        "Viện kiểm sát quân sự khu vực 32 tổ chức hội nghị.",
        set(),
        {f"{VKS} quân sự khu vực 32"},
        id="s-neg-military",
    ),
]

PLURAL = [
    P(
        "Đoàn đã làm việc với các Sở Tư pháp Sơn La, Yên Bái, Hòa Bình.",
        _each(["Sở Tư pháp"], _WEST),
        set(),
        id="p-departments",
    ),
    P(
        "Một số đơn vị làm tốt (các Viện kiểm sát Sơn La, Yên Bái, Hòa Bình).",
        _each([VKS], _WEST),
        set(),
        id="p-procuracies-in-brackets",
    ),
    P(
        "Các Cục Thi hành án dân sự Hà Nam và Nam Định đã hoàn thành chỉ tiêu.",
        _each(["Cục Thi hành án dân sự"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="p-enforcement-and",
    ),
    P(
        "Các Tòa án Lạng Sơn, Cao Bằng và Bắc Kạn đã tổ chức phiên tòa mẫu.",
        _each([TAND], ["tỉnh Lạng Sơn", "tỉnh Cao Bằng", "tỉnh Bắc Kạn"]),
        set(),
        id="p-courts",
    ),
    P(
        "Các Trung tâm Trợ giúp pháp lý nhà nước Hà Nam, Nam Định phối hợp thực hiện.",
        _each(["Trung tâm Trợ giúp pháp lý nhà nước"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="p-legal-aid-centres",
    ),
    P(
        "Lãnh đạo các Sở Tư pháp Sơn La đã dự hội nghị.",
        set(),
        {"Sở Tư pháp tỉnh Sơn La"},
        id="p-neg-one-province",
    ),
    P(
        "Các Sở Tư pháp trong khu vực, Sơn La và Yên Bái đã dự.",
        set(),
        {"Sở Tư pháp tỉnh Sơn La"},
        id="p-neg-no-province-next",
    ),
]


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


SYSTEM = [
    P(
        "Các cơ quan Thi hành án dân sự tỉnh Sơn La đã nỗ lực phấn đấu.",
        set(),
        {"Thi hành án dân sự tỉnh Sơn La"},
        id="e-neg-the-agencies",
    ),
    P(
        "Các đơn vị trong ngành Thi hành án dân sự tỉnh Sơn La đã thi hành xong 900 việc.",
        set(),
        {"Thi hành án dân sự tỉnh Sơn La"},
        id="e-neg-the-sector",
    ),
    P(
        "Ngày 20/8/2025, Thi hành án dân sự tỉnh Sơn La tổ chức hội nghị.",
        {"Thi hành án dân sự tỉnh Sơn La"},
        set(),
        id="e-the-office",
    ),
]


REGIONS = [
    P(
        "Sở Tư pháp các tỉnh Tây Bắc gồm Sơn La, Điện Biên, Lai Châu ký kết giao ước.",
        _each(["Sở Tư pháp"], ["tỉnh Sơn La", "tỉnh Điện Biên", "tỉnh Lai Châu"]),
        set(),
        id="r-region-gom",
    ),
    P(
        "Cục THADS các tỉnh Đồng bằng sông Cửu Long gồm: Cà Mau, Bạc Liêu ký kết.",
        _each(["Cục Thi hành án dân sự"], ["tỉnh Cà Mau", "tỉnh Bạc Liêu"]),
        set(),
        id="r-region-gom-colon",
    ),
    P(
        "Sở Tư pháp các tỉnh Tây Nguyên (Gia Lai, Kon Tum) ký kết.",
        _each(["Sở Tư pháp"], ["tỉnh Gia Lai", "tỉnh Kon Tum"]),
        set(),
        id="r-region-bracket",
    ),
    P(
        "Sở Tư pháp các tỉnh Tây Bắc đã ký kết, gồm nhiều nội dung như Sơn La đề xuất.",
        set(),
        {"Sở Tư pháp tỉnh Sơn La"},
        id="r-neg-no-list",
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
TYPOS = [
    P(
        "Sáng 3-1, Viện Kiểm sát nhân tỉnh Sơn La tổ chức hội nghị tổng kết.",
        {f"{VKS} tỉnh Sơn La"},
        set(),
        id="t-dan-dropped",
    ),
    P(
        "Các đại biểu thuộc Tòa án Nhân khu vực 1,2,3 tham dự lớp tập huấn.",
        _each([TAND], ["khu vực 1", "khu vực 2", "khu vực 3"]),
        set(),
        id="t-glued-numbers",
    ),
    P(
        "Đại biểu Tòa án nhân dân khu vực 1,2 và 3 tham dự.",
        _each([TAND], ["khu vực 1", "khu vực 2", "khu vực 3"]),
        set(),
        id="t-glued-then-va",
    ),
    P(
        "Viện kiểm sát nhân viên trực ban đã tiếp nhận tin báo.",
        set(),
        {VKS},
        id="t-neg-no-place",
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
    *SHORT,
    *PLURAL,
    *PARTY,
    *CENTRAL,
    *PRESS,
    *ABBREVIATED,
    *SYSTEM,
    *REGIONS,
    *BOARDS,
    *TYPOS,
    *FIXED,
]


@pytest.mark.parametrize("text,present,absent", ALL)
def test_organization_families11(text: str, present: set[str], absent: set[str]) -> None:
    orgs = _orgs(text)
    assert _keys(present) <= orgs
    assert not (_keys(absent) & orgs)
