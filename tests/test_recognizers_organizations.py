from __future__ import annotations

import pytest
from _extract_helpers import names, run_until

MAIN = "Sở Tư pháp tỉnh Bình Định tổ chức hội nghị. "


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Sở Tư pháp tỉnh Thanh Hoá", ["Sở Tư pháp tỉnh Thanh Hóa"], id="so"),
        pytest.param("Sở Tư pháp Thanh Hóa", ["Sở Tư pháp tỉnh Thanh Hóa"], id="bare-place"),
        pytest.param(
            "Cục Thi hành án dân sự (THADS) tỉnh Nghệ An",
            ["Cục Thi hành án dân sự tỉnh Nghệ An"],
            id="paren-abbr",
        ),
        pytest.param(
            "Chi cục THADS huyện Tĩnh Gia, tỉnh Thanh Hoá",
            ["Chi cục Thi hành án dân sự huyện Tĩnh Gia"],
            id="district",
        ),
        pytest.param("UBND TP. Đà Nẵng", ["Ủy ban nhân dân thành phố Đà Nẵng"], id="ubnd-tp"),
        pytest.param("Tổng cục THADS", ["Tổng cục Thi hành án dân sự"], id="tong-cuc"),
        pytest.param("Vụ Thi đua – Khen thưởng", ["Vụ Thi đua - Khen thưởng"], id="vu-dash"),
        pytest.param(
            "bà Hồ Thị Lan, Cục trưởng Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
            ["Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"],
            id="merged-cuc",
        ),
        pytest.param(
            "Cục Trợ giúp pháp lý và Bổ trợ tư pháp; Cục Quản lý thi hành án dân sự",
            ["Cục Trợ giúp pháp lý và Bổ trợ tư pháp", "Cục Quản lý thi hành án dân sự"],
            id="cuc-compound-listed",
        ),
        pytest.param("Cục Con nuôi", ["Cục Con nuôi"], id="cuc-con-nuoi"),
        pytest.param(
            "Cục Đăng ký quốc gia giao dịch bảo đảm",
            ["Cục Đăng ký quốc gia giao dịch bảo đảm"],
            id="cuc-dang-ky",
        ),
        pytest.param("Vụ Tổ chức cán bộ", ["Vụ Tổ chức cán bộ"], id="vu-tccb"),
        pytest.param(
            "Phó Giám đốc Sở Tư pháp tỉnh Attapeu (Lào)",
            ["Sở Tư pháp tỉnh Attapeu"],
            id="foreign-so",
        ),
        pytest.param("cán bộ Bộ Tư pháp Lào", ["Bộ Tư pháp Lào"], id="foreign-ministry"),
        pytest.param(
            "Phó Giám đốc Sở Tư pháp tỉnh Chăm-pa-sắc",
            ["Sở Tư pháp tỉnh Chăm-pa-sắc"],
            id="foreign-hyphen",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Xiêng Khoảng, nước bạn Lào",
            ["Sở Tư pháp tỉnh Xiêng Khoảng"],
            id="foreign-by-context",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum. UBND tỉnh Quyết định thành lập đoàn kiểm tra.",
            ["Sở Tư pháp tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"],
            id="capital-after-tinh-is-not-foreign",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Thừa Thiên - Huế",
            ["Sở Tư pháp tỉnh Thừa Thiên Huế"],
            id="dashed-province-is-not-foreign",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh \u00d0ồng Nai", ["Sở Tư pháp tỉnh Đồng Nai"], id="eth-for-d-stroke"
        ),
        pytest.param(
            "Bộ Tư pháp Vương quốc Campuchia", ["Bộ Tư pháp Campuchia"], id="foreign-ministry-alias"
        ),
        pytest.param(
            "Chủ tịch UBND phường Ngô Mây Sùng A Tếnh",
            ["Ủy ban nhân dân phường Ngô Mây"],
            id="ward-then-person",
        ),
        pytest.param(
            "Phòng Hộ tịch, quốc tịch, chứng thực, Sở Tư pháp tỉnh Yên Bái",
            ["Phòng Hộ tịch, quốc tịch, chứng thực Sở Tư pháp tỉnh Yên Bái"],
            id="sub-unit-comma-parent",
        ),
        pytest.param("Văn phòng Bộ Tư pháp", ["Văn phòng Bộ Tư pháp"], id="sub-unit-ministry"),
        pytest.param(
            "Ban Pháp chế HĐND tỉnh Quảng Ninh",
            ["Ban Pháp chế Hội đồng nhân dân tỉnh Quảng Ninh"],
            id="sub-unit-council",
        ),
        pytest.param("Tỉnh ủy Nghệ An", ["Tỉnh ủy Nghệ An"], id="party"),
        pytest.param("Phòng Tư pháp Quận 3", ["Phòng Tư pháp Quận 3"], id="quan-number"),
        pytest.param(
            MAIN + "UBND tỉnh chỉ đạo",
            ["Sở Tư pháp tỉnh Bình Định", "Ủy ban nhân dân tỉnh Bình Định"],
            id="implicit",
        ),
        pytest.param("các Sở Tư pháp, Phòng Tư pháp các huyện", [], id="generic"),
        pytest.param("Có 04 Chi cục THADS hoàn thành chỉ tiêu.", [], id="count-no-names"),
        pytest.param(
            "04 Chi cục THADS: huyện Lệ Thủy, thị xã Ba Đồn và thành phố Đồng Hới",
            [
                "Chi cục Thi hành án dân sự huyện Lệ Thủy",
                "Chi cục Thi hành án dân sự thị xã Ba Đồn",
                "Chi cục Thi hành án dân sự thành phố Đồng Hới",
            ],
            id="count-with-names",
        ),
        pytest.param(
            "Trường Đại học Luật Hà Nội và Học viện Tư pháp",
            ["Trường Đại học Luật Hà Nội", "Học viện Tư pháp"],
            id="university-academy",
        ),
        pytest.param(
            "Văn phòng công chứng Lê Quý Đôn", ["Văn phòng công chứng Lê Quý Đôn"], id="notary"
        ),
        pytest.param(
            "Phòng THADS khu vực 2 - Gia Lai",
            ["Phòng Thi hành án dân sự khu vực 2 - Gia Lai"],
            id="regional-2025",
        ),
        pytest.param(
            "Cục Quản lý thi hành án dân sự", ["Cục Quản lý thi hành án dân sự"], id="ministry-unit"
        ),
        pytest.param("09 Chi cục Thi hành án dân sự", [], id="count"),
        pytest.param("Tòa án hai cấp", [], id="two-levels"),
        pytest.param(
            "Khối thi đua các Sở Tư pháp khu vực Đồng bằng sông Cửu Long tổ chức",
            ["Khối thi đua các Sở Tư pháp khu vực Đồng bằng sông Cửu Long"],
            id="emulation-group",
        ),
        pytest.param("Khách sạn Mường Thanh", [], id="venue"),
        pytest.param("Cục Thuế tỉnh Yên Bái", ["Cục Thuế tỉnh Yên Bái"], id="unlisted-domain"),
        pytest.param(
            "Chi cục THADS huyện Cư M'gar",
            ["Chi cục Thi hành án dân sự huyện Cư M'gar"],
            id="district-apostrophe",
        ),
        pytest.param(
            "SỞ TƯ PHÁP TỈNH HÀ TĨNH\nTin tức", ["Sở Tư pháp tỉnh Hà Tĩnh"], id="upper-case-header"
        ),
        pytest.param(
            MAIN + "Ban Tổ chức hội nghị cảm ơn.",
            ["Sở Tư pháp tỉnh Bình Định"],
            id="organizing-committee",
        ),
        pytest.param(
            MAIN + "Trưởng ban Pháp chế phát biểu.",
            ["Sở Tư pháp tỉnh Bình Định", "Ban Pháp chế Hội đồng nhân dân tỉnh Bình Định"],
            id="council-board",
        ),
    ],
)
def test_organizations(text: str, expected: list[str]) -> None:
    assert names(run_until(text, "organizations"), "org") == expected


def test_district_enforcement_parent() -> None:
    doc = run_until("Chi cục THADS huyện Tĩnh Gia, tỉnh Thanh Hoá", "organizations")
    span = doc.by_label("org")[0]
    assert span.data["kind"] == "district-enforcement"
    assert span.data["province"] == "Thanh Hóa"
    assert span.data["parent"] == "Cục Thi hành án dân sự tỉnh Thanh Hóa"


def test_union_and_party_bodies_of_the_articles_only_agency() -> None:
    doc = run_until(
        "Cục Thi hành án dân sự tỉnh Hòa Bình tổ chức hội nghị. Dự có ông Bạch Văn Thắng, Bí thư "
        "Đảng ủy Cục; bà Xa Thị Hoa, Chủ tịch Công đoàn Cục.",
        "organizations",
    )
    got = {(o.name, o.data.get("kind")) for o in doc.by_label("org")}
    assert ("Đảng ủy Cục Thi hành án dân sự tỉnh Hòa Bình", "party-committee") in got
    assert ("Công đoàn Cục Thi hành án dân sự tỉnh Hòa Bình", "other") in got


def test_a_province_name_with_a_spaced_dash_after_tinh() -> None:
    doc = run_until(
        "Sở Tư pháp tỉnh Bình Phước chủ trì; bà Lê Thị Nguyệt, Phó Giám đốc Sở Tư pháp tỉnh "
        "Bà Rịa - Vũng Tàu dự họp.",
        "organizations",
    )
    assert "Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu" in names(doc, "org")
