"""Title chains, party posts, assembly delegations, the military and foreign bodies as real
pages write them; every example is invented (names, sentences and pairings).

Each case is one rule: the (title, organization) pairs the person must hold (titles folded).
"""

from __future__ import annotations

import pytest
from extract_helpers import folded_positions as _positions

from justicekg.extract.pipeline import extract
from justicekg.text.normalize import fold

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _report(text: str):  # type: ignore[no-untyped-def]
    return extract(text, article_id="t")


POSITIONS = [
    pytest.param(
        "Đồng chí Phan Quốc Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La chủ trì.",
        "Phan Quốc Văn",
        {("pho bi thu", "Tỉnh ủy Sơn La"), ("chu tich", "Ủy ban nhân dân tỉnh Sơn La")},
        id="given-name-van-ends-a-three-syllable-name",
    ),
    pytest.param(
        "Dự có bà Hà Thị Liên, Tỉnh Ủy viên, Phó Chủ tịch HĐND tỉnh Yên Bái.",
        "Hà Thị Liên",
        {("tinh uy vien", "Tỉnh ủy Yên Bái"), ("pho chu tich", "Hội đồng nhân dân tỉnh Yên Bái")},
        id="title-capitalized-inside",
    ),
    pytest.param(
        "Bà Vi Thị Mến, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Cao Bằng dự.",
        "Vi Thị Mến",
        {("pho truong doan chuyen trach", "Đoàn đại biểu Quốc hội tỉnh Cao Bằng")},
        id="full-time-deputy-head-of-delegation",
    ),
    pytest.param(
        "Ông Lò Văn Khiêm, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Điện Biên chủ trì.",
        "Lò Văn Khiêm",
        {("bi thu", "Tỉnh ủy Điện Biên"), ("truong doan", "Đoàn đại biểu Quốc hội tỉnh Điện Biên")},
        id="head-of-delegation-abbreviated",
    ),
    pytest.param(
        "Ông Đinh Công Sáng, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Bình.",
        "Đinh Công Sáng",
        {
            ("uy vien ban thuong vu", "Ban Thường vụ Tỉnh ủy Hòa Bình"),
            ("chu nhiem", "Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"),
        },
        id="bare-standing-member-takes-the-chain-province",
    ),
    pytest.param(
        "Đại tá Mai Xuân Trường, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Phú Thọ phát biểu.",
        "Mai Xuân Trường",
        {("chi huy truong", "Bộ Chỉ huy Quân sự tỉnh Phú Thọ")},
        id="military-commander",
    ),
    pytest.param(
        "Thượng tá Lương Văn Tiến, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang dự.",
        "Lương Văn Tiến",
        {("pho chinh uy", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang")},
        id="deputy-political-commissar",
    ),
    pytest.param(
        "Dự có Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trương Minh Khải.",
        "Trương Minh Khải",
        {("uy vien bo chinh tri", "Bộ Chính trị"), ("thuong truc ban bi thu", "Ban Bí thư")},
        id="left-chain-of-titles-ending-with-their-bodies",
    ),
    pytest.param(
        "Về dự có Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Lê Minh Châu.",
        "Lê Minh Châu",
        {
            # (the gold names no body for this title, session 13)
            ("bi thu trung uong dang", None),
            ("chanh van phong", "Văn phòng Trung ương Đảng"),
        },
        id="left-chain-with-a-bare-party-title",
    ),
    pytest.param(
        "Các Thứ trưởng Bộ Tư pháp Hoàng Văn Hải, Đào Thị Nga và Cao Minh Đức dự họp.",
        "Cao Minh Đức",
        {("thu truong", "Bộ Tư pháp")},
        id="names-listed-after-a-plural-title",
    ),
    pytest.param(
        "Lãnh đạo Bộ đến thăm nguyên Bộ trưởng Tư pháp Vương Đình Khang tại nhà riêng.",
        "Vương Đình Khang",
        {("nguyen bo truong", "Bộ Tư pháp")},
        id="former-minister-named-by-domain",
    ),
    pytest.param(
        "Ông Kiều Văn Tâm, Viện trưởng Viện Kiểm sát nhân dân tỉnh Tuyên Quang dự.",
        "Kiều Văn Tâm",
        {("vien truong", "Viện kiểm sát nhân dân tỉnh Tuyên Quang")},
        id="procuracy-with-capitalized-kiem",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), POSITIONS)
def test_position(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    assert expected <= _positions(text, person)


def test_bare_standing_member_of_a_district_official_stays_unresolved() -> None:
    text = "Ông Vũ Đình Lực, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND huyện Tam Đường dự."
    got = _positions(text, "Vũ Đình Lực")
    assert ("uy vien ban thuong vu", None) in got
    assert not any(org and org.startswith("Ban Thường vụ Tỉnh ủy") for _, org in got)


def test_bare_minister_is_not_the_foreign_ministry() -> None:
    text = (
        "Chiều 5/9, đoàn Bộ Tư pháp Lào do Bộ trưởng Xay-xổm Phăn-đi dẫn đầu đến thăm. "
        "Bộ trưởng Trịnh Văn Quang tiếp đoàn."
    )
    assert ("bo truong", "Bộ Tư pháp Lào") in _positions(text, "Xay-xổm Phăn-đi")
    assert ("bo truong", "Bộ Tư pháp Lào") not in _positions(text, "Trịnh Văn Quang")


def test_ambassador_holds_the_mission() -> None:
    text = "Đoàn đến thăm Đại sứ quán Lào tại Hà Nội. Đại sứ Bun-mi Xay-na-vong cảm ơn đoàn."
    assert ("dai su", "Đại sứ quán Lào") in _positions(text, "Bun-mi Xay-na-vong")


def test_photo_credit_after_a_dash_is_not_part_of_a_foreign_name() -> None:
    text = "Thủ tướng tiếp Bộ trưởng Bộ Tư pháp Lào Xổm-phon Vi-lay - Ảnh: Lê Hùng"
    names = {p.name for p in _report(text).persons}
    assert "Xổm-phon Vi-lay" in names
    assert not any("Ảnh" in n for n in names)


@pytest.mark.parametrize(
    "body",
    ["Hội Liên hiệp Phụ nữ Việt Nam", "Ban Bí thư", "Tổng Liên đoàn Lao động Việt Nam"],
)
def test_national_bodies(body: str) -> None:
    text = f"Đại diện {body} dự hội nghị tại Hà Nội."
    assert body in {o.name for o in _report(text).organizations}


MORE_POSITIONS = [
    pytest.param(
        "Ông Đàm Văn Phú, Phó Chủ tịch UBND tỉnh Bắc Kạn-Trưởng ban Chỉ đạo THADS tỉnh kết luận.",
        "Đàm Văn Phú",
        {("truong ban", "Ban Chỉ đạo thi hành án dân sự tỉnh Bắc Kạn")},
        id="second-role-after-an-unspaced-dash",
    ),
    pytest.param(
        "Dự có Bí thư Thành ủy Hải Phòng Lê Văn Khải, Chủ tịch UBND thành phố Vũ Đức Tài.",
        "Vũ Đức Tài",
        {("chu tich", "Ủy ban nhân dân thành phố Hải Phòng")},
        id="name-right-after-thanh-pho-is-no-street",
    ),
    pytest.param(
        "Ông Hà Văn Sang - Phó Chủ tịch Ủy ban MTTQVN tỉnh Lạng Sơn dự.",
        "Hà Văn Sang",
        {("pho chu tich", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn")},
        id="front-committee-abbreviated-mttqvn",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), MORE_POSITIONS)
def test_more_positions(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    assert expected <= _positions(text, person)


def test_name_after_a_bare_district_word_is_a_person() -> None:
    text = "Bài về huyện Lạc Sơn, tỉnh Hòa Bình. Dự có Chủ tịch UBND huyện Bạch Văn Tuấn."
    report = _report(text)
    assert ("chu tich", "Ủy ban nhân dân huyện Lạc Sơn") in _positions(text, "Bạch Văn Tuấn")
    assert not any("Bạch Văn" in o.name for o in report.organizations)


def test_district_named_without_its_place_word() -> None:
    text = "Phòng Tư pháp Lạc Sơn đã tham mưu UBND huyện ban hành kế hoạch năm 2021."
    names = {o.name for o in _report(text).organizations}
    assert {"Phòng Tư pháp huyện Lạc Sơn", "Ủy ban nhân dân huyện Lạc Sơn"} <= names


def test_lower_case_party_committee_after_its_board() -> None:
    text = "Theo quyết định của Ban Thường vụ huyện ủy Lạc Sơn, ông Bùi Văn Khánh được phân công."
    assert "Ban Thường vụ Huyện ủy Lạc Sơn" in {o.name for o in _report(text).organizations}


def test_foreign_province_without_its_place_word() -> None:
    text = (
        "Sở Tư pháp tỉnh Kon Tum đón đoàn công tác của nước bạn Lào. Đoàn do ông Xổm-xạ "
        "Phim-ma, Tỉnh ủy viên - Giám đốc Sở Tư pháp Attapeu làm trưởng đoàn."
    )
    got = _positions(text, "Xổm-xạ Phim-ma")
    assert ("giam doc", "Sở Tư pháp tỉnh Attapeu") in got
    assert ("tinh uy vien", "Tỉnh ủy Attapeu") in got


def test_office_of_the_department_is_never_a_place_abroad() -> None:
    text = "Bà Lò Thị Mai, Phó Chánh Văn phòng Sở; đoàn Lào đến thăm Sở Tư pháp tỉnh Sơn La."
    assert ("pho chanh van phong", "Văn phòng Sở Tư pháp tỉnh Sơn La") in _positions(
        text, "Lò Thị Mai"
    )


def test_supreme_court_capitalized() -> None:
    text = "Chánh án TAND Tối cao quyết định tổ chức bộ máy của các tòa án."
    assert "Tòa án nhân dân tối cao" in {o.name for o in _report(text).organizations}


def test_post_2025_enforcement_title_stops_before_its_level() -> None:
    text = "Ông Mai Thế Hùng – Phó Trưởng Thi hành án dân sự tỉnh phát biểu tại An Giang."
    report = extract(text, article_id="t", published="2025-10-01")
    got = {(fold(q.title), q.organization) for p in report.persons for q in p.positions}
    assert ("pho truong thi hanh an dan su", "Thi hành án dân sự tỉnh An Giang") in got


def test_listed_court_and_procuracy_take_the_province() -> None:
    text = (
        "Chiều 6/11, Sở Tư pháp tỉnh Yên Bái phối hợp với Viện Kiểm sát nhân dân, "
        "Tòa án nhân dân, Sở Tài chính tổ chức Lễ ký kết quy chế phối hợp."
    )
    names = {o.name for o in _report(text).organizations}
    assert {"Viện kiểm sát nhân dân tỉnh Yên Bái", "Tòa án nhân dân tỉnh Yên Bái"} <= names


def test_a_generic_court_stays_unnamed() -> None:
    text = "Sở Tư pháp tỉnh Yên Bái nêu quy chế phối hợp giữa thi hành án và Tòa án nhân dân."
    assert "Tòa án nhân dân tỉnh Yên Bái" not in {o.name for o in _report(text).organizations}


def test_youth_union_is_not_a_person() -> None:
    text = "Dự có đại diện Hội Cựu chiến binh, Đoàn Thanh niên. Ông Đoàn Thanh Hải phát biểu."
    names = {p.name for p in _report(text).persons}
    assert names == {"Đoàn Thanh Hải"}


def test_six_syllable_foreign_name_after_an_honorific() -> None:
    text = "Phía nước bạn Lào có ông Khăm Xay Phon Sít Vông Xa, Giám đốc Sở Tư pháp tỉnh Attapeu."
    assert "Khăm Xay Phon Sít Vông Xa" in {p.name for p in _report(text).persons}


BATCH3 = [
    pytest.param(
        "Đồng chí Lại Văn Hòa - Tỉnh ủy viên, Bí Thư Ban Cán sự Đảng, Bí Thư Đảng ủy, Chánh án"
        " TAND tỉnh Nam Định phát biểu.",
        "Lại Văn Hòa",
        {
            ("bi thu ban can su dang", "Ban Cán sự Đảng Tòa án nhân dân tỉnh Nam Định"),
            ("bi thu", "Đảng ủy Tòa án nhân dân tỉnh Nam Định"),
            ("chanh an", "Tòa án nhân dân tỉnh Nam Định"),
        },
        id="bare-party-bodies-stay-in-the-title",
    ),
    pytest.param(
        "Ông Đặng Quốc Bảo - Ủy viên Ban Thường vụ Đảng ủy, Phó Chánh án TAND tối cao dự.",
        "Đặng Quốc Bảo",
        {("uy vien ban thuong vu", "Ban Thường vụ Đảng ủy Tòa án nhân dân tối cao")},
        id="standing-board-of-the-bare-party-committee",
    ),
    pytest.param(
        "Sáng 2/7, Phó Bí thư Thường trực Quận ủy Quận 3 Lâm Thị Hạnh đến thăm.",
        "Lâm Thị Hạnh",
        {("pho bi thu thuong truc", "Quận ủy Quận 3")},
        id="numbered-district-party-committee",
    ),
    pytest.param(
        "Dự lễ có Tổng Biên tập Báo Pháp luật Việt Nam Đỗ Minh Khang, đại diện các báo.",
        "Đỗ Minh Khang",
        {("tong bien tap", "Báo Pháp luật Việt Nam")},
        id="editor-named-after-the-newspaper",
    ),
    pytest.param(
        "Dự có Phó Chủ tịch nước Hà Thị Lựu.",
        "Hà Thị Lựu",
        {("pho chu tich nuoc", None)},
        id="vice-president-names-the-office-itself",
    ),
    pytest.param(
        "Phòng Tư pháp huyện Lạc Sơn tổ chức hội nghị. Ông Quách Văn Tú, Trưởng phòng Tư pháp"
        " phát biểu.",
        "Quách Văn Tú",
        {("truong phong", "Phòng Tư pháp huyện Lạc Sơn")},
        id="bare-district-unit-named-in-full-elsewhere",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), BATCH3)
def test_batch3(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    assert expected <= _positions(text, person)


def test_appointment_to_a_list_of_names() -> None:
    text = (
        "Ngày 12/10, Tòa án nhân dân tỉnh Trà Vinh tổ chức lễ công bố. Tại buổi lễ, bà Hạnh thay"
        " mặt Tòa án nhân dân tối cao trao quyết định bổ nhiệm phó chánh án cho"
        " các ông Kim Văn Sơn, Lâm Văn Tư và bà Thạch Thị Nga."
    )
    for name in ("Kim Văn Sơn", "Lâm Văn Tư", "Thạch Thị Nga"):
        assert ("pho chanh an", "Tòa án nhân dân tỉnh Trà Vinh") in _positions(text, name)


def _orgs(text: str) -> set[str]:
    return {o.name for o in _report(text).organizations}


def test_shared_units_over_a_province_list() -> None:
    text = "Hội thi gồm Sở Tư pháp và Cục THADS của các tỉnh Thái Bình, Hà Nam, Hải Phòng."
    got = _orgs(text)
    for unit in ("Sở Tư pháp", "Cục Thi hành án dân sự"):
        want = {f"{unit} tỉnh Thái Bình", f"{unit} tỉnh Hà Nam", f"{unit} thành phố Hải Phòng"}
        assert want <= got


def test_province_list_after_a_region() -> None:
    text = (
        "Có 3 đội đến từ Cục Thi hành án dân sự các tỉnh, thành phố Khu vực Duyên hải gồm: "
        "Quảng Nam, Quảng Ngãi, Đà Nẵng."
    )
    assert {
        "Cục Thi hành án dân sự tỉnh Quảng Nam",
        "Cục Thi hành án dân sự tỉnh Quảng Ngãi",
        "Cục Thi hành án dân sự thành phố Đà Nẵng",
    } <= _orgs(text)


def test_numbered_high_procuracies_and_departments() -> None:
    text = "Các VKSND cấp cao 1, 2 và 3 có 8 cá nhân; Cờ thi đua tặng Vụ 14, VKSND tối cao."
    assert {
        "Viện kiểm sát nhân dân cấp cao 1",
        "Viện kiểm sát nhân dân cấp cao 2",
        "Viện kiểm sát nhân dân cấp cao 3",
        "Vụ 14 Viện kiểm sát nhân dân tối cao",
    } <= _orgs(text)


def test_capitalized_thanh_pho_before_a_city() -> None:
    text = "Cờ thi đua tặng VKSND Thành phố Cần Thơ và Sở Tư pháp Thành phố Đà Nẵng."
    assert {"Viện kiểm sát nhân dân thành phố Cần Thơ", "Sở Tư pháp thành phố Đà Nẵng"} <= _orgs(
        text
    )


def test_supreme_procuracy_is_not_a_place_abroad() -> None:
    text = "Đoàn Bộ Tư pháp Lào thăm Việt Nam. Viện trưởng VKSND Tối cao Hồ Văn Lâm tiếp đoàn."
    assert ("vien truong", "Viện kiểm sát nhân dân tối cao") in _positions(text, "Hồ Văn Lâm")


def test_caption_title_then_dash_then_name() -> None:
    text = "Phó Chủ tịch Hội đồng Thi đua khen thưởng Ngành - Hồ Văn Dược trình bày báo cáo."
    assert ("pho chu tich", "Hội đồng Thi đua - Khen thưởng ngành Tư pháp") in _positions(
        text, "Hồ Văn Dược"
    )


def test_foreign_minister_named_by_domain_and_country() -> None:
    text = "Bộ trưởng Tư pháp Lào Xay-sổm Vông-xa phát biểu tại lễ kỷ niệm."
    assert ("bo truong", "Bộ Tư pháp Lào") in _positions(text, "Xay-sổm Vông-xa")


def test_first_commune_after_a_colon_is_a_place() -> None:
    text = "Hội nghị truyền thông tại 03 xã: Sơn Thủy, Sơn Kim, Sơn Tây thu hút nhiều người dân."
    assert not _report(text).persons


def test_copula_left_title_and_appointment_by_the_prime_minister() -> None:
    text = (
        "Trước đó, Tổng cục trưởng Tổng cục THADS là ông Lâm Quang Vũ đã được Thủ tướng bổ"
        " nhiệm Thứ trưởng Bộ Tư pháp."
    )
    got = _positions(text, "Lâm Quang Vũ")
    assert {("tong cuc truong", "Tổng cục Thi hành án dân sự"), ("thu truong", "Bộ Tư pháp")} <= got


def test_foreign_minister_title_is_not_the_previous_persons() -> None:
    text = "Dự có Phó Chủ tịch Quốc hội Trần Văn Tâm, Bộ trưởng Tư pháp Lào Xổm-phon Vi-lay."
    assert ("bo truong", "Bộ Tư pháp Lào") not in _positions(text, "Trần Văn Tâm")
    assert ("bo truong", "Bộ Tư pháp Lào") in _positions(text, "Xổm-phon Vi-lay")


def test_the_ministrys_enforcement_department() -> None:
    old = "Dự có ông Lê Hữu Thọ - Cục trưởng Cục Thi hành án dân sự, Bộ Tư pháp."
    assert ("cuc truong", "Cục Thi hành án dân sự") in _positions(old, "Lê Hữu Thọ")
    new = old + " Thi hành án dân sự tỉnh Gia Lai tổng kết năm."
    assert ("cuc truong", "Cục Quản lý Thi hành án dân sự") in _positions(new, "Lê Hữu Thọ")


def test_membership_heading_over_items_with_their_own_roles() -> None:
    text = (
        "Dự có các đồng chí Ủy viên Trung ương Đảng: Hồ Văn Nam, Phó Chủ tịch Quốc hội; đồng"
        " chí Lý Thị Lan, Tổng Thư ký Quốc hội."
    )
    member = ("uy vien trung uong dang", "Ban Chấp hành Trung ương Đảng")
    assert member in _positions(text, "Hồ Văn Nam")
    assert member in _positions(text, "Lý Thị Lan")


def test_office_heading_covers_only_its_bare_names() -> None:
    text = (
        "Dự có các Thứ trưởng: Hà Văn Sơn, Lê Thị Thủy; đồng chí Mạc Văn Long, Vụ trưởng Vụ"
        " Tổ chức cán bộ."
    )
    assert ("thu truong", None) in _positions(text, "Lê Thị Thủy")
    assert not any(t == "thu truong" for t, _ in _positions(text, "Mạc Văn Long"))


def test_capitalized_honorific_after_the_colon() -> None:
    text = "Các đồng chí Phó Viện trưởng VKSND tối cao: Đồng chí Tạ Văn Hải, đồng chí Lê Văn Bằng."
    for name in ("Tạ Văn Hải", "Lê Văn Bằng"):
        assert ("pho vien truong", "Viện kiểm sát nhân dân tối cao") in _positions(text, name)


def test_bare_general_department_on_an_enforcement_page() -> None:
    text = "Cục THADS tỉnh Phú Yên đạt chỉ tiêu mà Tổng cục giao. Tổng cục trưởng phát biểu."
    assert "Tổng cục Thi hành án dân sự" in _orgs(text)


def test_commune_list_of_people_is_no_commune() -> None:
    text = "Dự có Chủ tịch UBND các xã: Lê Văn Hùng, Trần Thị Mai."
    assert not any("Lê Văn" in o for o in _orgs(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        pytest.param(
            "Khu vực thi đua khối cơ quan Tư pháp các tỉnh đồng bằng bắc bộ tổ chức Hội thi.",
            "Khu vực thi đua khối cơ quan Tư pháp các tỉnh đồng bằng bắc bộ",
            id="lower-case-region",
        ),
        pytest.param(
            "Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh Tây Bắc tổ chức tổng kết.",
            "Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh Tây Bắc",
            id="comma-between-units",
        ),
        pytest.param(
            "Cụm thi đua số VII Tòa án nhân dân năm 2024 họp tại Cần Thơ.",
            "Cụm thi đua số VII Tòa án nhân dân",
            id="numbered-group-before-the-year",
        ),
    ],
)
def test_emulation_group_names(text: str, group: str) -> None:
    assert group in _orgs(text)


def test_bare_bodies_share_the_place_of_the_last_one() -> None:
    text = "Công an, Viện kiểm sát nhân dân và Tòa án nhân dân huyện Lạc Sơn, tỉnh Hòa Bình họp."
    assert {
        "Công an huyện Lạc Sơn",
        "Viện kiểm sát nhân dân huyện Lạc Sơn",
        "Tòa án nhân dân huyện Lạc Sơn",
    } <= _orgs(text)


def test_a_provincial_body_before_a_district_one_keeps_its_own_place() -> None:
    text = "Sở Tư pháp tỉnh Hòa Bình, Tòa án nhân dân huyện Lạc Sơn phối hợp tổ chức."
    got = _orgs(text)
    assert "Sở Tư pháp tỉnh Hòa Bình" in got
    assert not any(o.startswith("Sở Tư pháp huyện") for o in got)


def test_inspection_team_is_not_a_person() -> None:
    text = "Thời hạn làm việc của Đoàn Thanh tra là 30 ngày. Ông Đoàn Thanh Tùng dự."
    assert {p.name for p in _report(text).persons} == {"Đoàn Thanh Tùng"}


def test_membership_list_items_with_ranks_and_national_offices() -> None:
    text = (
        "Dự có các đồng chí Ủy viên Trung ương Đảng: Hà Thị Thanh, Trưởng ban Công tác đại biểu"
        " thuộc Ủy ban Thường vụ Quốc hội; đồng chí Vũ Hồng Phúc, Tổng Thanh tra Chính phủ;"
        " đồng chí Thượng tướng Lương Duy Ngọc, Thứ trưởng Bộ Công an."
    )
    member = ("uy vien trung uong dang", "Ban Chấp hành Trung ương Đảng")
    assert {
        member,
        ("truong ban", "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội"),
    } <= _positions(text, "Hà Thị Thanh")
    assert {member, ("tong thanh tra", "Thanh tra Chính phủ")} <= _positions(text, "Vũ Hồng Phúc")
    assert member in _positions(text, "Lương Duy Ngọc")


def test_classifier_nguoi_before_an_apposed_title() -> None:
    text = "Tìm hiểu về đồng chí Hà Quốc Vinh, người Viện trưởng VKSND Tối cao đầu tiên."
    assert ("vien truong", "Viện kiểm sát nhân dân tối cao") in _positions(text, "Hà Quốc Vinh")


def test_city_committee_with_a_glued_city_and_supreme_abbreviations() -> None:
    text = (
        "Đến dự có Bí thư Thành ủy TP.HCM Lâm Văn Nhân và ông Tôn Thất Hòa, Viện trưởng"
        " VKSNDTC; ông Kha Văn Lý, Phó Chánh án TANDTC."
    )
    assert ("bi thu", "Thành ủy Hồ Chí Minh") in _positions(text, "Lâm Văn Nhân")
    assert ("vien truong", "Viện kiểm sát nhân dân tối cao") in _positions(text, "Tôn Thất Hòa")
    assert ("pho chanh an", "Tòa án nhân dân tối cao") in _positions(text, "Kha Văn Lý")


def test_courts_over_a_province_list_and_online_newspapers() -> None:
    text = (
        "Có 4 đoàn của TAND các tỉnh: Bến Tre, Trà Vinh và Cà Mau. Báo Cà Mau điện tử đưa tin."
        " VKSND tối cao, VKS quân sự Trung ương có 48 cá nhân."
    )
    assert {
        "Tòa án nhân dân tỉnh Bến Tre",
        "Tòa án nhân dân tỉnh Trà Vinh",
        "Tòa án nhân dân tỉnh Cà Mau",
        "Báo Cà Mau",
        "Viện kiểm sát quân sự Trung ương",
    } <= _orgs(text)


def test_standing_board_of_the_council_and_its_vice_chair() -> None:
    text = (
        "Sáng 27/11, Thường trực HĐND tỉnh Yên Bái tổ chức giám sát. Bà Hà Thị Lan, Phó Chủ tịch"
        " Thường trực HĐND tỉnh dự."
    )
    assert "Thường trực Hội đồng nhân dân tỉnh Yên Bái" in _orgs(text)
    assert ("pho chu tich thuong truc", "Hội đồng nhân dân tỉnh Yên Bái") in _positions(
        text, "Hà Thị Lan"
    )
