"""Awards as a family (rules round 5): named recipients in every list layout, collective and
individual, each status, and the giver's form the conventions rebuild (invented people, bodies'
sentences and days; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "
_PUB = "2024-06-15"
_BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
_TTG = "Bằng khen của Thủ tướng Chính phủ"
_UBND = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam"
_CP = "Cờ thi đua của Chính phủ"
_NGANH = "Cờ thi đua ngành Tư pháp"
_AN, _BINH, _CUONG = "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"
_SO = "Sở Tư pháp tỉnh Hà Nam"
_NB = "Sở Tư pháp tỉnh Ninh Bình"
_CUC = "Cục Thi hành án dân sự tỉnh Nam Định"


def _row(tail: str, ident: str, *facts: tuple[str, str, str]) -> object:
    return pytest.param(tail, set(facts), id=ident)


AWARDS = [
    _row(
        "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho ông Nguyễn Văn An và bà Trần Thị Bình.",
        "two-persons-va",
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
    ),
    _row(
        "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 02 cá nhân: ông Nguyễn Văn An, Phó "
        "Giám đốc Sở; bà Trần Thị Bình, Trưởng phòng Hành chính tư pháp.",
        "colon-semicolons-titles",
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
    ),
    _row(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân:\n- Ông Nguyễn Văn An\n"
        "- Bà Trần Thị Bình\n",
        "dash-lines",
        (_UBND, _AN, CON),
        (_UBND, _BINH, CON),
    ),
    _row(
        "UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn An và bà Trần Thị Bình.",
        "ubnd-gives",
        (_UBND, _AN, CON),
        (_UBND, _BINH, CON),
    ),
    _row(
        "Thủ tướng Chính phủ tặng Bằng khen cho ông Nguyễn Văn An.",
        "ttg-gives",
        (_TTG, _AN, CON),
    ),
    _row(
        "Sở Tư pháp tỉnh Hà Nam vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng "
        "Ba.",
        "recipient-before-passive",
        ("Huân chương Lao động hạng Ba", _SO, CON),
    ),
    _row(
        "Tại Hội nghị, Cục THADS tỉnh Nam Định được trao tặng Cờ thi đua của Chính phủ.",
        "duoc-trao-tang",
        (_CP, _CUC, CON),
    ),
    _row(
        "Hội nghị thống nhất đề nghị Bộ trưởng tặng Cờ thi đua ngành Tư pháp cho Sở Tư pháp tỉnh "
        "Hà Nam và Sở Tư pháp tỉnh Ninh Bình.",
        "de-nghi-two-orgs",
        (_NGANH, _SO, NOM),
        (_NGANH, _NB, NOM),
    ),
    _row(
        "Bộ trưởng Bộ Tư pháp công nhận danh hiệu Chiến sĩ thi đua ngành Tư pháp cho ông Nguyễn "
        "Văn An.",
        "cong-nhan-cstd",
        ("Chiến sĩ thi đua ngành Tư pháp", _AN, CON),
    ),
    _row(
        "Ông Nguyễn Văn An được tặng danh hiệu Chiến sĩ thi đua ngành Tư pháp.",
        "person-duoc-tang-cstd",
        ("Chiến sĩ thi đua ngành Tư pháp", _AN, CON),
    ),
    _row(
        "Giám đốc Sở Tư pháp trao Giấy khen cho 03 tập thể gồm: Phòng Tư pháp huyện Kim Bảng, "
        "Phòng Tư pháp huyện Thanh Liêm, Phòng Tư pháp huyện Lý Nhân.",
        "giay-khen-gom",
        ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Nam", "Phòng Tư pháp huyện Kim Bảng", CON),
        ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Nam", "Phòng Tư pháp huyện Thanh Liêm", CON),
        ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Nam", "Phòng Tư pháp huyện Lý Nhân", CON),
    ),
    _row(
        "Thứ trưởng Bộ Tư pháp trao Bằng khen của Bộ trưởng Bộ Tư pháp cho các tập thể: Sở Tư "
        "pháp tỉnh Ninh Bình; Cục THADS tỉnh Nam Định.",
        "tap-the-colon-semicolon",
        (_BTP, _NB, CON),
        (_BTP, _CUC, CON),
    ),
    _row(
        "Dịp này, Bộ trưởng tặng Bằng khen cho ông Nguyễn Văn An (Phó Giám đốc Sở Tư pháp) và bà "
        "Trần Thị Bình (Chánh Văn phòng Sở).",
        "titles-in-parens",
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
    ),
    _row(
        "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho đồng chí Nguyễn Văn An, Phó Giám đốc Sở và đồng "
        "chí Trần Thị Bình, Trưởng phòng Phổ biến, giáo dục pháp luật.",
        "dong-chi-comma-titles",
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
    ),
    _row(
        "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 01 tập thể và 02 cá nhân: Sở Tư pháp tỉnh Ninh "
        "Bình; ông Nguyễn Văn An; bà Trần Thị Bình.",
        "collective-and-individual",
        (_BTP, _NB, CON),
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
    ),
    _row(
        "Ông Nguyễn Văn An - Phó Giám đốc Sở Tư pháp vinh dự đón nhận Bằng khen của Thủ tướng "
        "Chính phủ.",
        "don-nhan-person",
        (_TTG, _AN, CON),
    ),
    _row(
        "Đồng chí Lê Văn Cường - Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho "
        "ông Nguyễn Văn An.",
        "giver-person-not-recipient",
        (_UBND, _AN, CON),
    ),
    _row(
        "Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Cường trao Huân chương Lao động hạng Nhì cho "
        "Cục THADS tỉnh Nam Định.",
        "thua-uy-quyen",
        ("Huân chương Lao động hạng Nhì", _CUC, CON),
    ),
    _row(
        "Cục THADS tỉnh Nam Định vinh dự đón nhận Cờ thi đua của Chính phủ.",
        "org-don-nhan",
        (_CP, _CUC, CON),
    ),
    _row(
        "Cục THADS tỉnh Nam Định được công nhận danh hiệu Tập thể lao động xuất sắc.",
        "cong-nhan-tldxs",
        ("Tập thể lao động xuất sắc", _CUC, CON),
    ),
    _row(
        "Hội đồng Thi đua - Khen thưởng thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho "
        "bà Trần Thị Bình.",
        "de-nghi-ttg",
        (_TTG, _BINH, NOM),
    ),
    _row(
        "Các đơn vị đăng ký phấn đấu đạt Cờ thi đua của Chính phủ gồm: Sở Tư pháp tỉnh Hà Nam, "
        "Sở Tư pháp tỉnh Ninh Bình.",
        "dang-ky",
        (_CP, _SO, "registered"),
        (_CP, _NB, "registered"),
    ),
    _row(
        "Bộ trưởng Bộ Tư pháp tặng Kỷ niệm chương Vì sự nghiệp Tư pháp cho ông Nguyễn Văn An và "
        "bà Trần Thị Bình.",
        "ky-niem-chuong",
        ("Kỷ niệm chương Vì sự nghiệp Tư pháp", _AN, CON),
        ("Kỷ niệm chương Vì sự nghiệp Tư pháp", _BINH, CON),
    ),
    _row(
        "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 02 cá nhân:\n1. Ông Nguyễn Văn An - "
        "Phó Giám đốc Sở;\n2. Bà Trần Thị Bình - Trưởng phòng Hành chính tư pháp.\n",
        "numbered-lines",
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
    ),
    _row(
        "Chủ tịch UBND tỉnh Hà Nam tặng Bằng khen cho 02 tập thể, gồm: Sở Tư pháp tỉnh Ninh Bình "
        "và Cục THADS tỉnh Nam Định.",
        "count-comma-gom",
        (_UBND, _NB, CON),
        (_UBND, _CUC, CON),
    ),
    _row(
        "Ông Nguyễn Văn An được Bộ trưởng Bộ Tư pháp tặng Bằng khen.",
        "person-duoc-bo-truong",
        (_BTP, _AN, CON),
    ),
    _row(
        "Thứ trưởng Lê Văn Cường trao Bằng khen của Thủ tướng Chính phủ cho bà Trần Thị Bình.",
        "trao-to-person",
        (_TTG, _BINH, CON),
    ),
    _row(
        "Chánh án TAND tối cao tặng Bằng khen cho TAND tỉnh Hà Nam.",
        "chanh-an",
        (
            "Bằng khen của Chánh án Tòa án nhân dân tối cao",
            "Tòa án nhân dân tỉnh Hà Nam",
            CON,
        ),
    ),
    _row(
        "Cục THADS tỉnh Nam Định và Sở Tư pháp tỉnh Ninh Bình được Thủ tướng Chính phủ tặng Cờ "
        "thi đua.",
        "two-recipients-before",
        (_CP, _CUC, CON),
        (_CP, _NB, CON),
    ),
    _row(
        "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho các cá nhân: Nguyễn Văn An, Trần Thị "
        "Bình, Lê Văn Cường.",
        "bare-names",
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
        (_BTP, _CUONG, CON),
    ),
    _row(
        "Hội nghị suy tôn Sở Tư pháp tỉnh Ninh Bình dẫn đầu phong trào thi đua, đề nghị Chính "
        "phủ tặng Cờ thi đua.",
        "suy-ton",
        (_CP, _NB, NOM),
    ),
    _row(
        "Dịp này, 02 cá nhân được tặng Bằng khen của Bộ trưởng Bộ Tư pháp là ông Nguyễn Văn An "
        "và bà Trần Thị Bình.",
        "recipients-after-la",
        (_BTP, _AN, CON),
        (_BTP, _BINH, CON),
    ),
]


@pytest.mark.parametrize(("tail", "expected"), AWARDS)
def test_each_named_recipient(tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(_LEAD + tail, _PUB)) == expected
