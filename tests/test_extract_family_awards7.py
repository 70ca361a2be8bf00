"""Awards as a family, seventh table (rules round 9): the awards a body or a person has
received listed after a colon (``đã được tặng thưởng các phần thưởng: Huân chương …, Cờ …``,
on the same line or as list items), each with its year between them (``(năm 2005), …``,
``năm 2020, …``); the head of a body who receives a body's award (``Ông A - Giám đốc Sở Tư
pháp nhận Cờ thi đua``) receives it for that body; orders written with a quoted name
(``Huân chương “Lao động” hạng Nhất``); commemorative medals named ``Vì …`` of any length,
as written; a central organ named ``Trung ương`` before its body as the giver; a proposal a
unit registers in a covenant (``đăng ký đề nghị tặng Cờ thi đua``) is registered; the body of
the people named (``cho các đồng chí lãnh đạo Sở A: B, C``) is no recipient. Invented people
and sentences; no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 10/01/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2023. "
_LEAD_CUC = "Ngày 10/01/2024, Cục Thi hành án dân sự tỉnh Nam Định tổ chức Hội nghị tổng kết. "
_LEAD_VKS = "Ngày 10/01/2024, Viện kiểm sát nhân dân tỉnh Nam Định tổ chức Hội nghị tổng kết. "
SO = "Sở Tư pháp tỉnh Nam Định"
CUC = "Cục Thi hành án dân sự tỉnh Nam Định"
HLB = "Huân chương Lao động hạng Ba"
HLN = "Huân chương Lao động hạng Nhì"
CPCP = "Cờ thi đua của Chính phủ"
CTP = "Cờ thi đua ngành Tư pháp"
CUBT = "Cờ thi đua của Ủy ban nhân dân tỉnh Nam Định"
TTG = "Bằng khen của Thủ tướng Chính phủ"
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
KHANH = "Đỗ Văn Khánh"
LAN = "Vũ Thị Lan"


def _facts(text: str) -> set[tuple[str, str, str]]:
    return set(award_facts(text, "2024-01-15"))


AWARDS_AFTER_A_COLON: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        _LEAD + "Với những thành tích đạt được, Sở Tư pháp đã được Đảng, Nhà nước tặng thưởng "
        "nhiều phần thưởng cao quý: Huân chương Lao động hạng Ba (năm 2005), Huân chương Lao "
        "động hạng Nhì (năm 2010), Cờ thi đua của Chính phủ (năm 2015).",
        {(HLB, SO, CON), (HLN, SO, CON), (CPCP, SO, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan đã vinh dự nhận các danh hiệu: Chiến sĩ thi đua cấp tỉnh, Chiến "
        "sĩ thi đua ngành Tư pháp.",
        {("Chiến sĩ thi đua cấp tỉnh", LAN, CON), ("Chiến sĩ thi đua ngành Tư pháp", LAN, CON)},
    ),
    (
        _LEAD + "Với những thành tích đó, tập thể Sở đã được nhận: Cờ thi đua của Bộ Tư pháp (năm "
        "2019), Bằng khen của Thủ tướng Chính phủ (năm 2021).",
        {(CTP, SO, CON), (TTG, SO, CON)},
    ),
    (
        _LEAD + "Sở Tư pháp tỉnh Nam Định đã được tặng thưởng các phần thưởng:\n"
        "- Huân chương Lao động hạng Ba;\n- Cờ thi đua của Chính phủ.",
        {(HLB, SO, CON), (CPCP, SO, CON)},
    ),
    (
        _LEAD_CUC + "Qua 30 năm xây dựng và phát triển, Cục đã vinh dự được Đảng, Nhà nước trao "
        "tặng:\n+ Huân chương Lao động hạng Nhì (năm 2015);\n+ Huân chương Lao động hạng Ba (năm "
        "2010);\n+ Cờ thi đua của Chính phủ (năm 2018).",
        {(HLN, CUC, CON), (HLB, CUC, CON), (CPCP, CUC, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan đã được nhận:\n- Bằng khen của Thủ tướng Chính phủ năm 2019;\n"
        "- Bằng khen của Bộ trưởng Bộ Tư pháp năm 2017.",
        {(TTG, LAN, CON), (BTP, LAN, CON)},
    ),
    (
        _LEAD + "Ông Đỗ Văn Khánh được tặng Bằng khen của Thủ tướng Chính phủ năm 2020, Bằng "
        "khen của Bộ trưởng Bộ Tư pháp năm 2018.",
        {(TTG, KHANH, CON), (BTP, KHANH, CON)},
    ),
    # not after a receiving verb: a colon that opens a speech, or the results and their units
    (
        _LEAD + "Ông Đỗ Văn Khánh phát biểu: Cờ thi đua của Chính phủ là phần thưởng cao quý.",
        set(),
    ),
    (
        _LEAD + "Kết quả bình xét như sau: Cờ thi đua của Chính phủ cho Sở Tư pháp tỉnh Thái Bình.",
        {(CPCP, "Sở Tư pháp tỉnh Thái Bình", NOM)},
    ),
    (
        _LEAD + "Hội nghị đề nghị:\n- Cờ thi đua của Chính phủ: Sở Tư pháp tỉnh Thái Bình;\n"
        "- Cờ thi đua của Bộ Tư pháp: Sở Tư pháp tỉnh Hà Nam.",
        {(CPCP, "Sở Tư pháp tỉnh Thái Bình", NOM), (CTP, "Sở Tư pháp tỉnh Hà Nam", NOM)},
    ),
    (
        _LEAD + "Giám đốc Sở Tư pháp đã trao tặng:\n- Giấy khen cho Phòng Tư pháp huyện Ý Yên;\n"
        "- Giấy khen cho bà Vũ Thị Lan.",
        {
            ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Nam Định", "Phòng Tư pháp huyện Ý Yên", CON),
            ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Nam Định", LAN, CON),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), AWARDS_AFTER_A_COLON)
def test_awards_listed_after_a_colon(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


A_HEAD_RECEIVES_FOR_THE_BODY: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        _LEAD + "Ông Đỗ Văn Khánh - Giám đốc Sở Tư pháp nhận Cờ thi đua của UBND tỉnh.",
        {(CUBT, SO, CON)},
    ),
    (
        _LEAD + "Giám đốc Sở Tư pháp Đỗ Văn Khánh thay mặt tập thể đón nhận Cờ thi đua của Chính "
        "phủ.",
        {(CPCP, SO, CON)},
    ),
    (
        _LEAD_CUC + "Cục trưởng Cục Thi hành án dân sự tỉnh Nam Định Đỗ Văn Khánh thay mặt tập "
        "thể đơn vị đón nhận Cờ thi đua của Chính phủ.",
        {(CPCP, CUC, CON)},
    ),
    (
        _LEAD_VKS + "Viện trưởng Viện kiểm sát nhân dân huyện Ý Yên đón nhận Cờ thi đua của Viện "
        "kiểm sát nhân dân tối cao.",
        {
            (
                "Cờ thi đua của Viện kiểm sát nhân dân tối cao",
                "Viện kiểm sát nhân dân huyện Ý Yên",
                CON,
            )
        },
    ),
    (
        _LEAD + "Phó Giám đốc Sở Vũ Thị Lan nhận Cờ thi đua của UBND tỉnh.",
        {(CUBT, SO, CON)},
    ),
    (
        _LEAD_CUC + "Ông Đỗ Văn Khánh - Chi cục trưởng Chi cục Thi hành án dân sự huyện Ý Yên "
        "nhận danh hiệu Tập thể lao động xuất sắc.",
        {("Tập thể lao động xuất sắc", "Chi cục Thi hành án dân sự huyện Ý Yên", CON)},
    ),
    # the giver is no receiver; a personal award stays the person's; no head, or two bodies
    (
        _LEAD + "Ông Đỗ Văn Khánh, Giám đốc Sở Tư pháp trao Cờ thi đua của UBND tỉnh cho Phòng "
        "Tư pháp huyện Ý Yên.",
        {(CUBT, "Phòng Tư pháp huyện Ý Yên", CON)},
    ),
    (
        _LEAD + "Ông Đỗ Văn Khánh, Giám đốc Sở Tư pháp nhận Bằng khen của Thủ tướng Chính phủ.",
        {(TTG, KHANH, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan, chuyên viên Phòng Tư pháp huyện Ý Yên nhận Cờ thi đua của UBND "
        "tỉnh.",
        set(),
    ),
    (
        _LEAD + "Ông Đỗ Văn Khánh, Giám đốc Sở Tư pháp và bà Vũ Thị Lan, Trưởng phòng Tư pháp "
        "huyện Ý Yên nhận Cờ thi đua của UBND tỉnh.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), A_HEAD_RECEIVES_FOR_THE_BODY)
def test_a_head_receives_a_bodys_award_for_it(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts(text) == expected


NAMES_AS_WRITTEN: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        _LEAD + "Sở Tư pháp tỉnh Nam Định vinh dự đón nhận Huân chương “Lao động” hạng Nhất.",
        {("Huân chương Lao động hạng Nhất", SO, CON)},
    ),
    (
        _LEAD + 'Ông Đỗ Văn Khánh được tặng Huân chương "Bảo vệ Tổ quốc" hạng Ba.',
        {("Huân chương Bảo vệ Tổ quốc hạng Ba", KHANH, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan được tặng Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn.",
        {("Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn", LAN, CON)},
    ),
    (
        _LEAD + "Ông Đỗ Văn Khánh được tặng Kỷ niệm chương Vì sự nghiệp Thi hành án dân sự.",
        {("Kỷ niệm chương Vì sự nghiệp Thi hành án dân sự", KHANH, CON)},
    ),
    (
        _LEAD + "Ông Đỗ Văn Khánh được tặng Kỷ niệm chương Vì thế hệ trẻ.",
        {("Kỷ niệm chương Vì thế hệ trẻ", KHANH, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan được tặng Kỷ niệm chương “Vì sự nghiệp Dân vận” năm 2022.",
        {("Kỷ niệm chương Vì sự nghiệp Dân vận", LAN, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan được tặng Bằng khen của Trung ương Hội Liên hiệp Phụ nữ Việt Nam.",
        {("Bằng khen của Trung ương Hội Liên hiệp Phụ nữ Việt Nam", LAN, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan được Trung ương Hội Luật gia Việt Nam tặng Bằng khen.",
        {("Bằng khen của Trung ương Hội Luật gia Việt Nam", LAN, CON)},
    ),
    (
        _LEAD + "Bà Vũ Thị Lan được tặng Bằng khen của Hội Luật gia Việt Nam.",
        {("Bằng khen của Hội Luật gia Việt Nam", LAN, CON)},
    ),
    # a reason after a lower-case "vì" names no medal
    (
        _LEAD + "Ông Đỗ Văn Khánh được tặng Kỷ niệm chương vì đã có nhiều đóng góp cho ngành.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_AS_WRITTEN)
def test_award_names_as_written(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected


_LEAD_CUM = "Ngày 10/01/2024, Cụm thi đua số 2 tổ chức Hội nghị ký kết giao ước thi đua năm 2024. "
TB = "Sở Tư pháp tỉnh Thái Bình"
REG = "registered"

REGISTERED_PROPOSALS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        _LEAD_CUM + "Về danh hiệu thi đua, Sở Tư pháp tỉnh Nam Định và Sở Tư pháp tỉnh Thái Bình "
        "đăng ký đề nghị tặng Cờ thi đua của Chính phủ.",
        {(CPCP, SO, REG), (CPCP, TB, REG)},
    ),
    (
        _LEAD_CUM + "Cục Thi hành án dân sự tỉnh Nam Định đăng ký phấn đấu đạt danh hiệu “Tập thể "
        "lao động xuất sắc” và đề nghị Thủ tướng Chính phủ tặng Bằng khen.",
        {("Tập thể lao động xuất sắc", CUC, REG), (TTG, CUC, REG)},
    ),
    (
        _LEAD_CUM + "Sở Tư pháp tỉnh Thái Bình đăng ký thi đua, đề nghị Bộ trưởng Bộ Tư pháp tặng "
        "Cờ thi đua.",
        {(CTP, TB, REG)},
    ),
    # a proposal made, not registered: no registration before it, or another "đăng ký"
    (
        _LEAD + "Hội nghị thống nhất đề nghị Bộ trưởng Bộ Tư pháp tặng Cờ thi đua cho Sở Tư pháp "
        "tỉnh Thái Bình.",
        {(CTP, TB, NOM)},
    ),
    (
        _LEAD + "Phòng Tư pháp huyện Ý Yên làm tốt công tác đăng ký hộ tịch, được đề nghị Chủ "
        "tịch UBND tỉnh tặng Bằng khen.",
        {
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nam Định",
                "Phòng Tư pháp huyện Ý Yên",
                NOM,
            )
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), REGISTERED_PROPOSALS)
def test_a_proposal_registered_in_a_covenant(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts(text) == expected


PEOPLE_OF_A_BODY: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho các đồng chí lãnh đạo Sở Tư pháp tỉnh "
        "Nam Định: Đỗ Văn Khánh, Vũ Thị Lan.",
        {(BTP, KHANH, CON), (BTP, LAN, CON)},
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho cán bộ Phòng Tư pháp huyện Ý Yên là bà Vũ "
        "Thị Lan.",
        {("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nam Định", LAN, CON)},
    ),
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho lãnh đạo Sở Tư pháp tỉnh Nam Định.",
        set(),
    ),
    # the body itself still receives
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Sở Tư pháp tỉnh Nam Định và ông Đỗ Văn "
        "Khánh.",
        {(BTP, SO, CON), (BTP, KHANH, CON)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_OF_A_BODY)
def test_the_body_of_the_people_named_is_no_recipient(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts(text) == expected


COORDINATED_GIVER: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        _LEAD + "Sở Tư pháp được UBND tỉnh công nhận danh hiệu Tập thể lao động xuất sắc và tặng "
        "Bằng khen.",
        {
            ("Tập thể lao động xuất sắc", SO, CON),
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nam Định", SO, CON),
        },
    ),
    (
        _LEAD
        + "Bà Vũ Thị Lan được Bộ trưởng Bộ Tư pháp công nhận danh hiệu Chiến sĩ thi đua ngành "
        "Tư pháp và tặng Bằng khen.",
        {("Chiến sĩ thi đua ngành Tư pháp", LAN, CON), (BTP, LAN, CON)},
    ),
    (
        _LEAD_CUC + "Chi cục Thi hành án dân sự huyện Ý Yên được Tổng cục Thi hành án dân sự công "
        "nhận danh hiệu Tập thể lao động xuất sắc, tặng Bằng khen.",
        {
            ("Tập thể lao động xuất sắc", "Chi cục Thi hành án dân sự huyện Ý Yên", CON),
            (
                "Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự",
                "Chi cục Thi hành án dân sự huyện Ý Yên",
                CON,
            ),
        },
    ),
    # a giver named before its own award keeps it
    (
        _LEAD + "UBND tỉnh công nhận 15 xã đạt chuẩn tiếp cận pháp luật; Bộ trưởng Bộ Tư pháp tặng "
        "Bằng khen cho Phòng Tư pháp huyện Ý Yên.",
        {(BTP, "Phòng Tư pháp huyện Ý Yên", CON)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_GIVER)
def test_the_giver_of_a_coordinated_recognition(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts(text) == expected


BARE_TITLE_GIVERS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (_LEAD + "Thủ tướng tặng Cờ thi đua cho Sở Tư pháp tỉnh Nam Định.", {(CPCP, SO, CON)}),
    (_LEAD + "Sở Tư pháp tỉnh Nam Định được Bộ trưởng tặng Cờ thi đua.", {(CTP, SO, CON)}),
    (_LEAD + "Sở Tư pháp tỉnh Nam Định được tặng Cờ thi đua của Bộ trưởng.", {(CTP, SO, CON)}),
    (
        _LEAD + "Năm 2023, Sở Tư pháp đề nghị khen thưởng cấp trên cho 2 tập thể, trong đó đề nghị "
        "Bộ trưởng tặng Cờ thi đua cho Phòng Tư pháp huyện Ý Yên.",
        {(CTP, "Phòng Tư pháp huyện Ý Yên", NOM)},
    ),
    (_LEAD + "Sở Tư pháp tỉnh Nam Định được Thủ tướng tặng Bằng khen.", {(TTG, SO, CON)}),
    # a title with its body keeps the body's flag
    (
        _LEAD + "Sở Tư pháp được Chủ tịch UBND tỉnh tặng Cờ thi đua.",
        {("Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh Nam Định", SO, CON)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_TITLE_GIVERS)
def test_a_flag_of_a_bare_title_giver(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected
