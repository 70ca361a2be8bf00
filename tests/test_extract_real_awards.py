"""Award rules for real pages (issue 9): one invented example per rule.

Every person and sentence here is invented; institutions and provinces are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _awards(text: str, published: str = "2022-12-20") -> list[tuple[str, str, str]]:
    return award_facts(text, published)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Sở Tư pháp tỉnh Gia Lai tổ chức hội nghị. Dịp này, UBND tỉnh tặng Bằng khen cho "
            "Phòng Tư pháp huyện Chư Sê.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
                    "Phòng Tư pháp huyện Chư Sê",
                    CON,
                )
            ],
            id="committee-certificate-is-the-chairmans",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Gia Lai họp. Chủ tịch UBND tỉnh tặng Cờ thi đua cho Phòng Tư pháp "
            "huyện Ia Grai.",
            [
                (
                    "Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
                    "Phòng Tư pháp huyện Ia Grai",
                    CON,
                )
            ],
            id="split-flag-rebuilt-with-its-giver",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bến Tre vinh dự đón nhận Huân chương lao động hạng II.",
            [("Huân chương Lao động hạng Nhì", "Sở Tư pháp tỉnh Bến Tre", CON)],
            id="order-class-in-roman-numerals",
        ),
        pytest.param(
            'Năm 2021, Chi cục THADS huyện Chợ Lách đạt danh hiệu "Tập thể lao động suất sắc".',
            [("Tập thể lao động xuất sắc", "Chi cục Thi hành án dân sự huyện Chợ Lách", CON)],
            id="common-misspelling",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bến Tre họp. Phòng Tư pháp huyện Ba Tri được UBND tỉnh tặng danh "
            "hiệu tập thể lao động xuất sắc năm 2021.",
            [("Tập thể lao động xuất sắc", "Phòng Tư pháp huyện Ba Tri", CON)],
            id="lower-case-title-after-danh-hieu-without-giver",
        ),
        pytest.param(
            "Chi cục THADS huyện Mỏ Cày Nam đạt danh hiệu Tập thể lao động xuất sắc năm 2019, "
            "năm 2020 được Bộ trưởng Bộ Tư pháp tặng Bằng khen.",
            [
                (
                    "Tập thể lao động xuất sắc",
                    "Chi cục Thi hành án dân sự huyện Mỏ Cày Nam",
                    CON,
                ),
                (
                    "Bằng khen của Bộ trưởng Bộ Tư pháp",
                    "Chi cục Thi hành án dân sự huyện Mỏ Cày Nam",
                    CON,
                ),
            ],
            id="subject-carries-over-coordinated-passive-clauses",
        ),
        pytest.param(
            "Chi cục THADS huyện Giồng Trôm hoàn thành chỉ tiêu. Năm 2020, Chi cục đã được Thủ "
            "tướng Chính phủ tặng Bằng khen.",
            [
                (
                    "Bằng khen của Thủ tướng Chính phủ",
                    "Chi cục Thi hành án dân sự huyện Giồng Trôm",
                    CON,
                )
            ],
            id="bare-head-subject-names-the-latest-unit",
        ),
        pytest.param(
            "Thứ trưởng Đinh Văn Khang chủ trì Lễ trao tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
            [],
            id="presider-is-no-recipient",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bến Tre họp. Chính phủ, Bộ Tư pháp và UBND tỉnh đã tặng nhiều "
            "Bằng khen cho Sở.",
            [],
            id="givers-of-a-vague-aggregate-give-nothing",
        ),
        pytest.param(
            "Hội nghị bỏ phiếu suy tôn Sở Tư pháp tỉnh Trà Vinh là đơn vị dẫn đầu, đề nghị tặng "
            "Cờ thi đua của Chính phủ.",
            [("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Trà Vinh", NOM)],
            id="nominee-before-de-nghi-tang-stays",
        ),
        pytest.param(
            "Cục THADS tỉnh Đắk Lắk tổ chức hội nghị. Bộ trưởng Bộ Tư pháp tặng Bằng khen cho "
            "02 cá nhân:\nNguyễn Văn Toàn - Chấp hành viên Chi cục THADS huyện Krông Búk\n"
            "Trần Thị Mai - Chuyên viên Cục THADS tỉnh Đắk Lắk\nHội nghị kết thúc.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn Toàn", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Mai", CON),
            ],
            id="unmarked-list-lines-that-start-with-a-name",
        ),
        pytest.param(
            'Cục THADS tỉnh Đắk Lắk họp. Dịp này, Bộ trưởng trao Kỷ niệm chương "Vì sự nghiệp '
            'Tư pháp" cho ông Lê Văn Bảy, Phó Cục trưởng.',
            [("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Lê Văn Bảy", CON)],
            id="commemorative-medal-in-quotes",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Đắk Lắk họp. Giám đốc Sở Tư pháp đã tặng Giấy khen cho 05 tập thể, "
            "10 cá nhân; trong đó có Phòng Tư pháp huyện Ea Súp.",
            [
                (
                    "Giấy khen của Giám đốc Sở Tư pháp tỉnh Đắk Lắk",
                    "Phòng Tư pháp huyện Ea Súp",
                    CON,
                )
            ],
            id="names-among-a-count-after-a-semicolon",
        ),
        pytest.param(
            "Hội đồng họp dưới sự chủ trì của Thứ trưởng Võ Minh Trí để xét tặng Kỷ niệm chương "
            "Vì sự nghiệp Tư pháp cho 120 trường hợp.",
            [],
            id="presided-by-is-no-recipient",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Sóc Trăng họp. Hội nghị thống nhất đề nghị Bộ trưởng Bộ Tư pháp "
            "tặng Cờ thi đua ngành Tư pháp cho Phòng Tư pháp huyện Kế Sách và công nhận danh "
            "hiệu Chiến sĩ thi đua ngành Tư pháp cho ông Thạch Văn Sơn.",
            [
                ("Cờ thi đua ngành Tư pháp", "Phòng Tư pháp huyện Kế Sách", NOM),
                ("Chiến sĩ thi đua ngành Tư pháp", "Thạch Văn Sơn", NOM),
            ],
            id="coordinated-cong-nhan-keeps-the-nomination",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Sóc Trăng họp. Thứ trưởng đã trao tặng:\n- Bằng khen của Bộ "
            "trưởng Bộ Tư pháp cho Phòng Tư pháp huyện Mỹ Tú; bà Lý Thị Kiều - Chuyên viên và "
            "ông Sơn Văn Tha - Chuyên viên, vì đã có thành tích xuất sắc;\n- Hết.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Mỹ Tú", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Lý Thị Kiều", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sơn Văn Tha", CON),
            ],
            id="list-item-opening-with-its-award-runs-over-semicolons",
        ),
        pytest.param(
            "Sở Tư pháp thành phố Cần Thơ họp. Dịp này, Bằng khen của Chủ tịch UBND Thành phố "
            "được trao cho Phòng Tư pháp quận Ninh Kiều.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Cần Thơ",
                    "Phòng Tư pháp quận Ninh Kiều",
                    CON,
                )
            ],
            id="provincial-giver-written-without-its-name",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Sóc Trăng họp. Bộ trưởng Bộ Tư pháp tặng Bằng khen cho bà Trần Thị "
            "Mai, Trợ giúp viên pháp lý, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Sóc Trăng.",
            [("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Mai", CON)],
            id="workplace-after-title-and-comma-is-no-recipient",
        ),
        pytest.param(
            "Các đơn vị đăng ký thi đua như sau:\n- Sở Tư pháp tỉnh Hậu Giang: đăng ký Bằng "
            "khen của Bộ trưởng Bộ Tư pháp và danh hiệu Tập thể lao động xuất sắc.",
            [
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sở Tư pháp tỉnh Hậu Giang", "registered"),
                ("Tập thể lao động xuất sắc", "Sở Tư pháp tỉnh Hậu Giang", "registered"),
            ],
            id="conjoined-awards-share-their-recipients",
        ),
        pytest.param(
            "Cục THADS tỉnh Bình Phước họp. Cục trưởng Cục THADS tỉnh tặng Giấy khen cho 02 "
            "đơn vị sau:\n1/ Chi cục THADS huyện Lộc Ninh\n2/ Chi cục THADS huyện Bù Đốp",
            [
                (
                    "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Bình Phước",
                    "Chi cục Thi hành án dân sự huyện Lộc Ninh",
                    CON,
                ),
                (
                    "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Bình Phước",
                    "Chi cục Thi hành án dân sự huyện Bù Đốp",
                    CON,
                ),
            ],
            id="items-numbered-with-a-slash",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Bình Phước họp. Năm 2021, Phòng Tư pháp huyện Hớn Quản được tặng "
            "Cờ thi đua xuất sắc của Bộ Tư pháp.",
            [("Cờ thi đua ngành Tư pháp", "Phòng Tư pháp huyện Hớn Quản", CON)],
            id="flag-xuat-sac-of-its-giver",
        ),
        pytest.param(
            "Cục THADS tỉnh Bình Phước tổ chức lễ. Thừa ủy quyền của Chủ tịch nước, ông Lý Văn "
            "Hưng đã gắn Huân chương Lao động hạng Ba lên lá cờ truyền thống của Cục THADS tỉnh "
            "Bình Phước.",
            [("Huân chương Lao động hạng Ba", "Cục Thi hành án dân sự tỉnh Bình Phước", CON)],
            id="order-pinned-onto-the-units-flag",
        ),
        pytest.param(
            "Huân chương Lao động hạng Nhì cho Cục THADS tỉnh Bình Phước\nSáng 10/5, Cục THADS "
            "tỉnh Bình Phước tổ chức lễ kỷ niệm.",
            [("Huân chương Lao động hạng Nhì", "Cục Thi hành án dân sự tỉnh Bình Phước", CON)],
            id="verbless-headline-award-for-a-named-unit",
        ),
        pytest.param(
            "Tổng cục THADS họp.\nDanh sách khen thưởng\n| STT | Họ và tên | Đơn vị | Hình "
            "thức |\n| 1 | Đào Văn Khoa | Cục THADS tỉnh Thái Bình | Bằng khen của Thủ tướng "
            "Chính phủ |",
            [("Bằng khen của Thủ tướng Chính phủ", "Đào Văn Khoa", CON)],
            id="table-row-unit-of-a-person-is-no-recipient",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Thái Bình họp. Bộ trưởng Bộ Tư pháp đã ký Quyết định số 88/QĐ-BTP "
            "tặng Bằng khen cho ông Vũ Đình Lâm.",
            [("Bằng khen của Bộ trưởng Bộ Tư pháp", "Vũ Đình Lâm", CON)],
            id="giver-signs-the-decision",
        ),
        pytest.param(
            "Cục THADS tỉnh Thái Bình tổ chức lễ. Các đồng chí được nhận Kỷ niệm chương Vì sự "
            "nghiệp Tư pháp gồm: ông Trần Văn Tâm, bà Phạm Thị Lài.",
            [
                ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Trần Văn Tâm", CON),
                ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Phạm Thị Lài", CON),
            ],
            id="commemorative-medal-then-gom",
        ),
        pytest.param(
            "Cục THADS tỉnh Lào Cai họp. Cục THADS tỉnh Lào Cai đã được Bộ Tư pháp tặng Cờ thi "
            "đua (năm 2018), Bộ trưởng Bộ Tư pháp tặng Bằng khen (năm 2019).",
            [
                ("Cờ thi đua ngành Tư pháp", "Cục Thi hành án dân sự tỉnh Lào Cai", CON),
                ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Cục Thi hành án dân sự tỉnh Lào Cai", CON),
            ],
            id="elliptical-clause-with-its-own-giver-keeps-the-subject",
        ),
        pytest.param(
            "Cục THADS tỉnh Yên Bái họp. Cục trưởng Hoàng Văn Bình trao Giấy khen cho ông Lò "
            "Văn Pấu.",
            [("Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Yên Bái", "Lò Văn Pấu", CON)],
            id="giver-named-by-title-and-person",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái họp. Giám đốc Sở trao Giấy khen cho bà Nông Thị Hoa.",
            [("Giấy khen của Giám đốc Sở Tư pháp tỉnh Yên Bái", "Nông Thị Hoa", CON)],
            id="giver-named-by-title-and-bare-head",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái họp. Phó Chủ tịch UBND tỉnh Giàng A Tông trao Bằng khen "
            "cho Phòng Tư pháp huyện Mù Cang Chải.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
                    "Phòng Tư pháp huyện Mù Cang Chải",
                    CON,
                )
            ],
            id="deputy-hands-over-the-heads-award",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Sơn La họp. Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Lò Minh "
            "Hùng trao Bằng khen cho Phòng Tư pháp huyện Mộc Châu.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
                    "Phòng Tư pháp huyện Mộc Châu",
                    CON,
                )
            ],
            id="giver-on-whose-authority-it-is-handed-over",
        ),
        pytest.param(
            "Cục THADS tỉnh Quảng Bình họp. Cục THADS tỉnh Quảng Bình đã được tặng thưởng 01 "
            "Huân chương Lao động hạng Ba, 02 Bằng khen của Thủ tướng Chính phủ.",
            [
                ("Huân chương Lao động hạng Ba", "Cục Thi hành án dân sự tỉnh Quảng Bình", CON),
                (
                    "Bằng khen của Thủ tướng Chính phủ",
                    "Cục Thi hành án dân sự tỉnh Quảng Bình",
                    CON,
                ),
            ],
            id="counted-awards-are-not-counted-recipients",
        ),
        pytest.param(
            "Cục THADS tỉnh Phú Yên họp. Nhiều đơn vị được Thủ tướng Chính phủ tặng Bằng khen, "
            "tiêu biểu là Chi cục THADS huyện Tây Hòa và Chi cục THADS huyện Phú Hòa.",
            [
                (
                    "Bằng khen của Thủ tướng Chính phủ",
                    "Chi cục Thi hành án dân sự huyện Tây Hòa",
                    CON,
                ),
                (
                    "Bằng khen của Thủ tướng Chính phủ",
                    "Chi cục Thi hành án dân sự huyện Phú Hòa",
                    CON,
                ),
            ],
            id="named-examples-of-the-recipients",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum tổ chức Lễ trao tặng và đón nhận Huân chương Lao động hạng "
            "Ba.",
            [("Huân chương Lao động hạng Ba", "Sở Tư pháp tỉnh Kon Tum", CON)],
            id="ceremony-of-handing-over-and-receiving",
        ),
        pytest.param(
            "Bộ Tư pháp tổ chức lễ. Nhân dịp này, Chủ tịch nước tặng Huân chương Hữu nghị cho "
            "Bộ Tư pháp Lào.",
            [("Huân chương Hữu nghị", "Bộ Tư pháp Lào", CON)],
            id="order-without-a-class",
        ),
        pytest.param(
            "Cục THADS tỉnh Kiên Giang họp. Tổng cục trưởng Tổng cục THADS tặng Bằng khen cho "
            "bà Lê Thị Cúc, Cục THADS tỉnh Kiên Giang.",
            [
                (
                    "Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự",
                    "Lê Thị Cúc",
                    CON,
                )
            ],
            id="workplace-right-after-a-person-is-no-recipient",
        ),
        pytest.param(
            "Sở Tư pháp tổ chức hội nghị tổng kết. Dịp này, Phòng Tư pháp huyện Krông Nô được "
            "Chủ tịch UBND tỉnh tặng Bằng khen.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "Phòng Tư pháp huyện Krông Nô",
                    CON,
                )
            ],
            id="page-without-a-province-keeps-the-giver-bare",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Gia Lai họp. Theo đề nghị của Giám đốc Sở Tư pháp, Chủ tịch UBND "
            "tỉnh đã tặng Bằng khen cho Phòng Tư pháp huyện Chư Păh.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
                    "Phòng Tư pháp huyện Chư Păh",
                    CON,
                )
            ],
            id="decision-on-a-proposal-is-conferred",
        ),
        pytest.param(
            "Cục THADS tỉnh Tiền Giang họp. Phát biểu tại lễ, đồng chí Trương Văn Mười, Phó Chủ "
            "tịch UBND tỉnh chúc mừng Cục THADS tỉnh Tiền Giang đã vinh dự đón nhận Huân chương "
            "Lao động hạng Nhì.",
            [("Huân chương Lao động hạng Nhì", "Cục Thi hành án dân sự tỉnh Tiền Giang", CON)],
            id="speaker-who-congratulates-is-no-recipient",
        ),
        pytest.param(
            "Cục THADS tỉnh Tiền Giang họp. Đồng chí Lê Văn Thạch, Cục trưởng Cục THADS tỉnh Tiền "
            "Giang đề nghị các đơn vị tiếp tục phấn đấu đạt Cờ thi đua của Chính phủ.",
            [],
            id="person-who-asks-is-no-nominee",
        ),
        pytest.param(
            # the flag is not hers but the body's she heads (rules round 9: the head who
            # receives a body's award receives it for that body)
            "Sở Tư pháp tỉnh Vĩnh Long họp. Bà Lê Thị Lan, Giám đốc Sở Tư pháp nhận Cờ thi đua "
            "của Chính phủ.",
            [("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Vĩnh Long", CON)],
            id="a-person-holds-a-bodys-flag-for-it",
        ),
    ],
)
def test_real_awards(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected
