"""Bodies a page names only in part, on invented sentences (never taken from any real page):
district enforcement offices named by their district alone, a title's body implied by
another's name, central party and army bodies, and names that a list joins with ``và``.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs as _report

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

Positions = set[tuple[str, str | None]]


ENFORCEMENT = (
    "Đ/c Dương Văn Sơn, Phó cục trưởng, dự và chỉ đạo Hội nghị. Cụm thi đua số 5 gồm các Chi"
    " cục: Thường Xuân, Như Xuân và Lang Chánh; lãnh đạo cả ba Chi cục THADS đều có mặt."
    " Đồng chí Lê Văn Sáng, Chi cục trưởng Chi cục Như Xuân phát biểu. Chỉ đạo Cụm thi đua cần"
    " tập trung thực hiện tốt phong trào."
)


def test_district_offices_named_by_their_district() -> None:
    people, orgs = _report(ENFORCEMENT)
    assert people["Lê Văn Sáng"] == {
        ("Chi cục trưởng", "Chi cục Thi hành án dân sự huyện Như Xuân")
    }
    for district in ("Thường Xuân", "Như Xuân", "Lang Chánh"):
        assert f"Chi cục Thi hành án dân sự huyện {district}" in orgs
    # the province's office, implied by its district offices
    assert people["Dương Văn Sơn"] == {("Phó cục trưởng", "Cục Thi hành án dân sự tỉnh")}
    # a group written generically is no name
    assert not any(o.startswith("Cụm thi đua cần") for o in orgs)


def test_no_district_office_off_an_enforcement_page() -> None:
    _, orgs = _report("Các Chi cục: Bá Thước, Quan Hóa tham gia hội thao.")
    assert not any(o.startswith("Chi cục") for o in orgs)


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Hôm nay, Bộ trưởng Lê Văn Long đã nghe báo cáo. Báo cáo tại Hội nghị, Chánh Văn"
            " phòng Bộ Tư pháp Nguyễn Văn Hoàn cho biết.",
            "Lê Văn Long",
            {("Bộ trưởng", "Bộ Tư pháp")},
            id="ministry-named-inside-its-office",
        ),
        pytest.param(
            "Phó Thủ tướng Thường trực Phạm Văn Minh dự hội nghị.",
            "Phạm Văn Minh",
            {("Phó Thủ tướng Thường trực", "Chính phủ")},
            id="standing-deputy-prime-minister",
        ),
        pytest.param(
            "Tại đại hội, ông Chu Văn Bảo, Phó Trưởng Ban Tổ chức Đảng ủy Chính phủ, công bố"
            " các quyết định.",
            "Chu Văn Bảo",
            {("Phó Trưởng Ban", "Ban Tổ chức Đảng ủy Chính phủ")},
            id="board-of-a-central-party-committee",
        ),
        pytest.param(
            "Đại tướng Trần Văn Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ"
            " trưởng Bộ Công an chủ trì.",
            "Trần Văn Lâm",
            {
                ("Ủy viên Bộ Chính trị", "Bộ Chính trị"),
                ("Bí thư", "Đảng ủy Công an Trung ương"),
                ("Bộ trưởng", "Bộ Công an"),
            },
            id="central-police-party-committee",
        ),
        pytest.param(
            "Thượng tướng Nguyễn Văn Khoa - Ủy viên Thường vụ Quân ủy Trung ương, Tổng Tham mưu"
            " trưởng, Thứ trưởng Bộ Quốc phòng dự.",
            "Nguyễn Văn Khoa",
            {
                ("Ủy viên Thường vụ", "Quân ủy Trung ương"),
                ("Tổng Tham mưu trưởng", None),
                ("Thứ trưởng", "Bộ Quốc phòng"),
            },
            id="chief-of-staff-does-not-end-the-chain",
        ),
        pytest.param(
            "Thượng tướng Đỗ Văn Căn - Phó Chủ nhiệm Tổng cục Chính trị dự.",
            "Đỗ Văn Căn",
            {("Phó Chủ nhiệm", "Tổng cục Chính trị")},
            id="army-political-department",
        ),
    ],
)
def test_implied_and_central_bodies(text: str, person: str, expected: Positions) -> None:
    people, _ = _report(text)
    assert people[person] == expected


def test_institutions_joined_by_va() -> None:
    _, orgs = _report(
        "Giảng viên Học viện Hành chính quốc gia và Viện Nghiên cứu lập pháp tham dự."
    )
    assert {"Học viện Hành chính quốc gia", "Viện Nghiên cứu lập pháp"} <= orgs


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Về phía lãnh đạo huyện có bà Huỳnh Thị Lan, Ủy viên BTV Huyện ủy, Phó Chủ tịch"
            " UBND huyện Xuân Lộc dự.",
            "Huỳnh Thị Lan",
            {
                ("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Xuân Lộc"),
                ("Phó Chủ tịch", "Ủy ban nhân dân huyện Xuân Lộc"),
            },
            id="bare-district-committee-takes-the-chain's-district",
        ),
        pytest.param(
            "Ông Lê Văn Cảnh, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo THADS huyện Kim Bảng"
            " phát biểu.",
            "Lê Văn Cảnh",
            {
                ("Phó Chủ tịch", "Ủy ban nhân dân huyện Kim Bảng"),
                ("Trưởng Ban", "Ban Chỉ đạo thi hành án dân sự huyện Kim Bảng"),
            },
            id="bare-district-body-takes-the-chain's-district",
        ),
        pytest.param(
            "Tham dự có Trung tá Nguyễn Văn Phong - Viện trưởng Viện KSQS khu vực 52; ông Hoàng"
            " Văn Chung - Viện trưởng Viện KSND Khu vực 8 - Gia Lai.",
            "Nguyễn Văn Phong",
            {("Viện trưởng", "Viện kiểm sát Quân sự khu vực 52")},
            id="military-procuracy-abbreviated",
        ),
        pytest.param(
            "Thủ tướng Nguyễn Văn Dĩnh tiếp Bộ trưởng Bộ Tư pháp nước CHDCND Lào Xay Sổm Phon."
            " Bộ trưởng Xay Sổm Phon cho biết quan hệ giữa Bộ Tư pháp Lào và Bộ Tư pháp Việt Nam"
            " gắn bó.",
            "Xay Sổm Phon",
            {("Bộ trưởng", "Bộ Tư pháp Lào")},
            id="a-foreign-minister-named-again-by-the-bare-title",
        ),
        pytest.param(
            "Cùng dự có các Ủy viên Trung ương Đảng: Thượng tướng Lê Văn Nam, Chủ nhiệm Ủy ban"
            " Quốc phòng-An ninh và Đối ngoại của Quốc hội; Phó Chủ nhiệm Hội đồng Dân tộc của"
            " Quốc hội Hoàng Văn Chính.",
            "Hoàng Văn Chính",
            {
                ("Phó Chủ nhiệm", "Hội đồng Dân tộc của Quốc hội"),
                ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            },
            id="list-item-opening-with-the-title",
        ),
    ],
)
def test_chain_places_and_lists(text: str, person: str, expected: Positions) -> None:
    people, _ = _report(text)
    assert people[person] == expected


@pytest.mark.parametrize(
    "text,absent",
    [
        pytest.param(
            "Đoàn Luật sư tỉnh có 19 tổ chức hành nghề, trong đó có 2 Công ty Luật và 17 Văn"
            " phòng luật sư.",
            "Công ty Luật",
            id="a-count-of-law-firms",
        ),
        pytest.param(
            "Tham dự có đại diện Sở Tư pháp một số tỉnh, thành phố trực thuộc Trung ương; giảng"
            " viên Đại học Luật Hà Nội.",
            "Sở Tư pháp",
            id="departments-of-some-provinces",
        ),
        pytest.param(
            "Chiều 8/7, Khối cơ quan Nội chính tỉnh tổ chức hội nghị. Khối cơ quan Nội chính tỉnh"
            " tập trung vào một số nội dung thi đua.",
            "Khối cơ quan Nội",
            id="group-name-ends-at-a-verb",
        ),
    ],
)
def test_not_organizations(text: str, absent: str) -> None:
    _, orgs = _report(text)
    assert not any(o.startswith(absent) and o != "Khối cơ quan Nội chính tỉnh" for o in orgs)


def test_regional_court_with_its_city_after_a_dash() -> None:
    people, _ = _report(
        "Tại buổi lễ, Chánh án TAND khu vực 9 – TP.HCM Nguyễn Văn Phước phát biểu. Viện trưởng"
        " VKSND khu vực 2 - Hà Nội Lê Văn Hùng dự."
    )
    assert people["Nguyễn Văn Phước"] == {
        ("Chánh án", "Tòa án nhân dân khu vực 9 - Thành phố Hồ Chí Minh")
    }
    assert people["Lê Văn Hùng"] == {("Viện trưởng", "Viện kiểm sát nhân dân khu vực 2 - Hà Nội")}


def test_signature_block() -> None:
    people, _ = _report(
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\nNơi nhận: Sở Tư pháp tỉnh Hà Nam.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Hòa\n"
    )
    assert people["Trần Văn Hòa"] == {("Phó giám đốc", "Sở Tư pháp tỉnh Hà Nam")}


def test_a_decision_list_of_bodies() -> None:
    _, orgs = _report(
        "Chánh Văn phòng UBND tỉnh Hà Nam, Giám đốc các Sở,\nngành: Tư pháp, Lao động, Thương"
        " binh và Xã hội, Y tế, Đài Phát thanh Truyền hình tỉnh, Báo Hà Nam và Thủ trưởng các"
        " cơ quan có liên quan chịu trách nhiệm thi hành."
    )
    assert {
        "Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam",
        "Sở Y tế tỉnh Hà Nam",
        "Đài Phát thanh Truyền hình tỉnh Hà Nam",
        "Báo Hà Nam",
    } <= orgs
    assert not any(o.startswith("Báo Hà Nam và") for o in orgs)


def test_press_name_ends_before_a_verb() -> None:
    _, orgs = _report("Báo Pháp luật Việt Nam, Tạp chí Dân chủ và Pháp luật đẩy mạnh tuyên truyền.")
    assert "Tạp chí Dân chủ và Pháp luật" in orgs


@pytest.mark.parametrize(
    "text,person,expected",
    [
        pytest.param(
            "Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng tỉnh Sóc"
            " Trăng tổ chức hội nghị. Đồng chí Trần Văn Phong, Phó Giám đốc Sở Tư pháp - Phó Chủ"
            " tịch Hội đồng phối hợp liên ngành phát biểu.",
            "Trần Văn Phong",
            {
                ("Phó Giám đốc", "Sở Tư pháp tỉnh Sóc Trăng"),
                (
                    "Phó Chủ tịch",
                    "Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng tỉnh"
                    " Sóc Trăng",
                ),
            },
            id="council-named-in-full-earlier",
        ),
        pytest.param(
            "Đồng chí Ma Văn Thu, Giám đốc Sở Nội vụ tỉnh Hà Giang – Trưởng Khối thi đua Nội chính"
            " chủ trì.",
            "Ma Văn Thu",
            {
                ("Giám đốc", "Sở Nội vụ tỉnh Hà Giang"),
                # (a province's bloc carries its province, as the gold names it: session 13)
                ("Trưởng Khối", "Khối thi đua Nội chính tỉnh Hà Giang"),
            },
            id="head-of-an-emulation-group",
        ),
        pytest.param(
            "Viện kiểm sát nhân dân tỉnh Trà Vinh tổ chức hội nghị.\nĐồng chí Bùi Văn Hận-Chánh"
            " văn phòng đọc báo cáo.",
            "Bùi Văn Hận",
            {("Chánh văn phòng", "Văn phòng Viện kiểm sát nhân dân tỉnh Trà Vinh")},
            id="office-of-the-page's-procuracy",
        ),
        pytest.param(
            "Tại buổi lễ, đồng chí Trần Văn Hưởng, Viện trưởng Viện kiểm sát nhân dân thị xã, đồng"
            " chí Phạm Văn Tộ, Phó trưởng Công an thị xã Cai Lậy ký kết quy chế.",
            "Trần Văn Hưởng",
            {("Viện trưởng", "Viện kiểm sát nhân dân thị xã Cai Lậy")},
            id="bare-level-takes-the-sentence's-district",
        ),
    ],
)
def test_bodies_named_in_part(text: str, person: str, expected: Positions) -> None:
    people, _ = _report(text)
    assert people[person] == expected


def test_district_office_named_without_the_district_level() -> None:
    _, orgs = _report("Chi cục Thi hành án dân sự Kỳ Sơn (Nghệ An) không phải cưỡng chế.")
    assert "Chi cục Thi hành án dân sự huyện Kỳ Sơn" in orgs
    _, orgs = _report("Chi cục THADS Châu Thành phối hợp.")  # several districts: no guess
    assert not any(o.startswith("Chi cục") for o in orgs)
