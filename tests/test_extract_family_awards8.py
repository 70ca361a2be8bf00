"""Awards as a family, eighth table (rules round 10): awards told in a narrative sentence
(``được … tặng``, ``vinh dự nhận``, ``đón nhận``, ``trao tặng … cho …``), the conferring
authority named every way (Chủ tịch nước, Thủ tướng Chính phủ, Bộ trưởng, Chủ tịch UBND,
Tổng cục trưởng, Cục trưởng, Giám đốc Sở, Chánh án, Viện trưởng), the titles (Chiến sĩ thi
đua cơ sở / cấp tỉnh / toàn quốc, Lao động tiên tiến, Tập thể lao động xuất sắc, Danh hiệu
…), collectives and titled persons as recipients, tables written as lines, photo captions,
proposals (đề nghị, trình) against awards conferred, and awards received before (``từng
được``, conferred). Expected facts follow the conventions (``../shared/eval/README.md``);
invented people and sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

REG = "registered"
P = "Lạng Sơn"
SO = "Sở Tư pháp tỉnh Lạng Sơn"
CUC = "Cục Thi hành án dân sự tỉnh Lạng Sơn"
CC_CL = "Chi cục Thi hành án dân sự huyện Cao Lộc"
CC_VL = "Chi cục Thi hành án dân sự huyện Văn Lãng"
PTP_CL = "Phòng Tư pháp huyện Cao Lộc"
PTP_VL = "Phòng Tư pháp huyện Văn Lãng"
HLB = "Huân chương Lao động hạng Ba"
HLN = "Huân chương Lao động hạng Nhì"
HLI = "Huân chương Lao động hạng Nhất"
CPCP = "Cờ thi đua của Chính phủ"
CTP = "Cờ thi đua ngành Tư pháp"
CUB = "Cờ thi đua của Ủy ban nhân dân tỉnh Lạng Sơn"
TTG = "Bằng khen của Thủ tướng Chính phủ"
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
BCT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"
BTC = "Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự"
KNC = "Kỷ niệm chương Vì sự nghiệp Tư pháp"
CSCS = "Chiến sĩ thi đua cơ sở"
CSCT = "Chiến sĩ thi đua cấp tỉnh"
CSTQ = "Chiến sĩ thi đua toàn quốc"
CSTP = "Chiến sĩ thi đua ngành Tư pháp"
LDTT = "Lao động tiên tiến"
TTXS = "Tập thể lao động xuất sắc"
TTTT = "Tập thể lao động tiên tiến"
MEN = "Hoàng Thị Mến"
THUONG = "Lục Văn Thưởng"
KHIEM = "Nông Đức Khiêm"
DIU = "Vi Thị Dịu"

_LEAD = "Ngày 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức Hội nghị tổng kết công tác năm 2023. "
_LEAD_CUC = (
    "Ngày 12/01/2024, Cục Thi hành án dân sự tỉnh Lạng Sơn tổ chức Hội nghị triển khai "
    "nhiệm vụ năm 2024. "
)

_LEADN = _LEAD.strip() + "\n"

Case = tuple[str, set[tuple[str, str, str]]]


def _facts(text: str) -> set[tuple[str, str, str]]:
    return set(award_facts(text, "2024-01-20"))


NARRATIVE: list[Case] = [
    (
        _LEAD + "Tại hội nghị, Sở Tư pháp tỉnh Lạng Sơn vinh dự đón nhận Huân chương Lao động "
        "hạng Nhì của Chủ tịch nước.",
        {(HLN, SO, CON)},
    ),
    (
        _LEAD + "Thừa ủy quyền của Chủ tịch nước, ông Lục Văn Thưởng, Phó Chủ tịch UBND tỉnh đã "
        "trao Huân chương Lao động hạng Ba cho Phòng Tư pháp huyện Cao Lộc.",
        {(HLB, PTP_CL, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến, Trưởng phòng Hành chính tư pháp, vinh dự được nhận Kỷ niệm "
        "chương Vì sự nghiệp Tư pháp.",
        {(KNC, MEN, CON)},
    ),
    (
        _LEAD + "Phòng Tư pháp huyện Văn Lãng được Chủ tịch UBND tỉnh tặng Bằng khen vì đã có "
        "thành tích xuất sắc trong công tác phổ biến, giáo dục pháp luật.",
        {(BCT, PTP_VL, CON)},
    ),
    (
        _LEAD_CUC + "Năm 2023, Cục Thi hành án dân sự tỉnh Lạng Sơn được Thủ tướng Chính phủ "
        "tặng Bằng khen.",
        {(TTG, CUC, CON)},
    ),
    (
        _LEAD + "Chủ tịch nước đã ký quyết định tặng thưởng Huân chương Lao động hạng Ba cho Sở "
        "Tư pháp tỉnh Lạng Sơn.",
        {(HLB, SO, CON)},
    ),
    (
        _LEAD + "Thứ trưởng Bộ Tư pháp Nông Đức Khiêm đã trao Cờ thi đua của Bộ Tư pháp cho Sở "
        "Tư pháp tỉnh Lạng Sơn.",
        {(CTP, SO, CON)},
    ),
    (
        _LEAD_CUC + "Tổng cục trưởng Tổng cục Thi hành án dân sự tặng Bằng khen cho Chi cục Thi "
        "hành án dân sự huyện Cao Lộc.",
        {(BTC, CC_CL, CON)},
    ),
    (
        _LEAD_CUC + "Cục trưởng Cục Thi hành án dân sự tỉnh Lạng Sơn tặng Giấy khen cho Chi cục "
        "Thi hành án dân sự huyện Văn Lãng.",
        {("Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Lạng Sơn", CC_VL, CON)},
    ),
    (
        _LEAD + "Nhân dịp này, Giám đốc Sở Tư pháp tặng Giấy khen cho bà Vi Thị Dịu, chuyên "
        "viên Phòng Bổ trợ tư pháp.",
        {("Giấy khen của Giám đốc Sở Tư pháp tỉnh Lạng Sơn", DIU, CON)},
    ),
    (
        _LEAD + "Với thành tích đó, Sở Tư pháp được Bộ trưởng Bộ Tư pháp trao tặng Cờ thi đua "
        "ngành Tư pháp.",
        {(CTP, SO, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng, Phó Giám đốc Sở Tư pháp vinh dự được Thủ tướng Chính phủ "
        "tặng Bằng khen.",
        {(TTG, THUONG, CON)},
    ),
    (
        _LEAD + "Chi cục Thi hành án dân sự huyện Cao Lộc vinh dự nhận Cờ thi đua của UBND tỉnh.",
        {(CUB, CC_CL, CON)},
    ),
    (
        _LEAD + "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Phòng Tư pháp huyện Văn Lãng "
        "và bà Hoàng Thị Mến.",
        {(BTP, PTP_VL, CON), (BTP, MEN, CON)},
    ),
    (
        _LEAD + "Sở Tư pháp trân trọng đón nhận Bằng khen của Thủ tướng Chính phủ.",
        {(TTG, SO, CON)},
    ),
    (
        _LEAD + "Được sự ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy đã gắn Huân chương Lao động "
        "hạng Nhất lên lá cờ truyền thống của Sở Tư pháp.",
        {(HLI, SO, CON)},
    ),
    (
        _LEAD + "Ông Nông Đức Khiêm được Bộ trưởng Bộ Tư pháp tặng Kỷ niệm chương Vì sự nghiệp "
        "Tư pháp.",
        {(KNC, KHIEM, CON)},
    ),
    (
        _LEAD + "Tại buổi lễ, Chủ tịch UBND tỉnh đã trao Bằng khen cho ông Lục Văn Thưởng, "
        "Trưởng phòng Tư pháp huyện Cao Lộc.",
        {(BCT, THUONG, CON)},
    ),
    (
        _LEAD + "Ủy ban nhân dân tỉnh tặng Cờ thi đua cho Phòng Tư pháp huyện Cao Lộc.",
        {(CUB, PTP_CL, CON)},
    ),
    (
        _LEAD_CUC + "Cục Thi hành án dân sự tỉnh Lạng Sơn vinh dự được Chính phủ tặng Cờ thi đua.",
        {(CPCP, CUC, CON)},
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho ông Lục Văn Thưởng (Chấp hành viên) và bà "
        "Hoàng Thị Mến (Thư ký).",
        {(BCT, THUONG, CON), (BCT, MEN, CON)},
    ),
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 03 cá nhân: đồng chí Lục Văn Thưởng, Phó "
        "Giám đốc Sở; đồng chí Hoàng Thị Mến, Trưởng phòng Hành chính tư pháp; đồng chí Vi Thị "
        "Dịu, Chánh Thanh tra Sở.",
        {(BTP, THUONG, CON), (BTP, MEN, CON), (BTP, DIU, CON)},
    ),
    (
        _LEAD + "Trung tá Lục Văn Thưởng, Phó Trưởng Công an huyện Cao Lộc được Giám đốc Công an "
        "tỉnh tặng Giấy khen.",
        {("Giấy khen của Giám đốc Công an tỉnh Lạng Sơn", THUONG, CON)},
    ),
    (
        _LEAD + "Các tập thể Phòng Tư pháp huyện Cao Lộc, Phòng Tư pháp huyện Văn Lãng được tặng "
        "Bằng khen của Chủ tịch UBND tỉnh.",
        {(BCT, PTP_CL, CON), (BCT, PTP_VL, CON)},
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh Lạng Sơn đã tặng Bằng khen cho 02 tập thể là Phòng Tư pháp "
        "huyện Cao Lộc, Phòng Tư pháp huyện Văn Lãng và 01 cá nhân là bà Vi Thị Dịu.",
        {(BCT, PTP_CL, CON), (BCT, PTP_VL, CON), (BCT, DIU, CON)},
    ),
    (
        _LEAD + "Bằng khen của Bộ trưởng Bộ Tư pháp đã được trao cho Phòng Tư pháp huyện Văn Lãng; "
        "Bằng khen của Chủ tịch UBND tỉnh được trao cho bà Vi Thị Dịu.",
        {(BTP, PTP_VL, CON), (BCT, DIU, CON)},
    ),
    (
        _LEAD + "Dịp này, Phòng Tư pháp huyện Cao Lộc và ông Lục Văn Thưởng vinh dự đón nhận Bằng "
        "khen của Chủ tịch UBND tỉnh.",
        {(BCT, PTP_CL, CON), (BCT, THUONG, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng vinh dự là cá nhân duy nhất của tỉnh được Thủ tướng Chính phủ "
        "tặng Bằng khen.",
        {(TTG, THUONG, CON)},
    ),
    # counts and vague aggregates: no recipient by name
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 05 tập thể và 12 cá nhân.",
        set(),
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh đã tặng nhiều bằng khen cho Sở và các phòng chuyên môn.",
        set(),
    ),
    (
        _LEAD + "Lãnh đạo tỉnh trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc.",
        set(),
    ),
]


AUTHORITIES: list[Case] = [
    (
        _LEAD + "Ông Lục Văn Thưởng được tặng Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn.",
        {(BCT, THUONG, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {(BTP, MEN, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được tặng Bằng khen của Bộ trưởng.",
        {(BTP, MEN, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được tặng Bằng khen của Bộ Tư pháp.",
        {(BTP, MEN, CON)},
    ),
    (
        _LEAD + "Ông Nông Đức Khiêm được tặng Bằng khen của Thủ tướng.",
        {(TTG, KHIEM, CON)},
    ),
    (
        _LEAD_CUC + "Chi cục Thi hành án dân sự huyện Văn Lãng được tặng Bằng khen của Tổng cục "
        "trưởng Tổng cục Thi hành án dân sự.",
        {(BTC, CC_VL, CON)},
    ),
    (
        _LEAD_CUC + "Chi cục Thi hành án dân sự huyện Văn Lãng được tặng Bằng khen của Tổng cục "
        "trưởng Tổng cục THADS.",
        {(BTC, CC_VL, CON)},
    ),
    (
        _LEAD_CUC + "Chi cục Thi hành án dân sự huyện Văn Lãng được Tổng cục trưởng Tổng cục Thi "
        "hành án dân sự tặng Bằng khen.",
        {(BTC, CC_VL, CON)},
    ),
    (
        _LEAD_CUC + "Chi cục Thi hành án dân sự huyện Cao Lộc được Cục trưởng Cục Thi hành án "
        "dân sự tỉnh Lạng Sơn tặng Giấy khen.",
        {("Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Lạng Sơn", CC_CL, CON)},
    ),
    (
        _LEAD + "Phòng Tư pháp huyện Cao Lộc được tặng Cờ thi đua của Ủy ban nhân dân tỉnh Lạng "
        "Sơn.",
        {(CUB, PTP_CL, CON)},
    ),
    (
        _LEAD + "Phòng Tư pháp huyện Cao Lộc được UBND tỉnh Lạng Sơn tặng Cờ thi đua.",
        {(CUB, PTP_CL, CON)},
    ),
    (
        _LEAD + "Sở Tư pháp tỉnh Lạng Sơn được Chủ tịch nước tặng thưởng Huân chương Lao động "
        "hạng Ba.",
        {(HLB, SO, CON)},
    ),
    (
        _LEAD + "Ông Nông Đức Khiêm được Chủ tịch UBND huyện Cao Lộc tặng Giấy khen.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân huyện Cao Lộc", KHIEM, CON)},
    ),
    (
        _LEAD + "Bà Vi Thị Dịu được Giám đốc Sở Tư pháp tỉnh Lạng Sơn tặng Giấy khen.",
        {("Giấy khen của Giám đốc Sở Tư pháp tỉnh Lạng Sơn", DIU, CON)},
    ),
    (
        "Ngày 12/01/2024, Tòa án nhân dân tỉnh Lạng Sơn tổ chức Hội nghị tổng kết. Tòa án nhân "
        "dân huyện Cao Lộc được Chánh án Tòa án nhân dân tối cao tặng Bằng khen.",
        {
            (
                "Bằng khen của Chánh án Tòa án nhân dân tối cao",
                "Tòa án nhân dân huyện Cao Lộc",
                CON,
            )
        },
    ),
    (
        "Ngày 12/01/2024, Viện kiểm sát nhân dân tỉnh Lạng Sơn tổ chức Hội nghị tổng kết. Viện "
        "kiểm sát nhân dân huyện Văn Lãng được Viện trưởng Viện kiểm sát nhân dân tối cao tặng "
        "Bằng khen.",
        {
            (
                "Bằng khen của Viện trưởng Viện kiểm sát nhân dân tối cao",
                "Viện kiểm sát nhân dân huyện Văn Lãng",
                CON,
            )
        },
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng được Bộ trưởng Bộ Công an tặng Bằng khen.",
        {("Bằng khen của Bộ trưởng Bộ Công an", THUONG, CON)},
    ),
    (
        _LEAD + "Sở Tư pháp được Thủ tướng Chính phủ tặng Cờ thi đua.",
        {(CPCP, SO, CON)},
    ),
    (
        _LEAD + "Ông Nông Đức Khiêm được Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen.",
        {(BCT, KHIEM, CON)},
    ),
    (
        _LEAD + "Ông Nông Đức Khiêm được tặng Bằng khen của UBND tỉnh.",
        {("Bằng khen của Ủy ban nhân dân tỉnh Lạng Sơn", KHIEM, CON)},
    ),
]


ON_WHOSE_AUTHORITY: list[Case] = [
    (
        _LEAD + "Được ủy quyền của Chủ tịch UBND tỉnh, ông Lục Văn Thưởng trao Bằng khen cho Phòng "
        "Tư pháp huyện Văn Lãng.",
        {(BCT, PTP_VL, CON)},
    ),
    (
        _LEAD + "Theo ủy quyền của Bộ trưởng Bộ Tư pháp, ông Lục Văn Thưởng trao Bằng khen cho bà "
        "Vi Thị Dịu.",
        {(BTP, DIU, CON)},
    ),
    (
        _LEAD + "Được sự ủy quyền của Thủ tướng Chính phủ, đồng chí Lục Văn Thưởng trao Bằng khen "
        "cho Sở Tư pháp tỉnh Lạng Sơn.",
        {(TTG, SO, CON)},
    ),
    (
        _LEAD + "Thay mặt Thủ tướng Chính phủ, đồng chí Lục Văn Thưởng trao Bằng khen cho Sở Tư "
        "pháp tỉnh Lạng Sơn.",
        {(TTG, SO, CON)},
    ),
    (
        _LEAD + "Thừa ủy quyền của Bộ trưởng Bộ Tư pháp, Giám đốc Sở Tư pháp Lục Văn Thưởng trao "
        "Kỷ niệm chương Vì sự nghiệp Tư pháp cho bà Vi Thị Dịu.",
        {(KNC, DIU, CON)},
    ),
    (
        _LEAD_CUC + "Chi cục Thi hành án dân sự huyện Cao Lộc được Cục trưởng tặng Giấy khen.",
        {("Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Lạng Sơn", CC_CL, CON)},
    ),
    (
        _LEAD_CUC + "Chi cục Thi hành án dân sự huyện Cao Lộc được Tổng cục trưởng tặng Bằng khen.",
        {(BTC, CC_CL, CON)},
    ),
    (
        _LEAD + "Bà Vi Thị Dịu được Chủ tịch UBND xã Hoàng Đồng tặng Giấy khen.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân xã Hoàng Đồng", DIU, CON)},
    ),
]


TITLES: list[Case] = [
    (
        _LEAD + "Ông Lục Văn Thưởng được công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2023.",
        {(CSCS, THUONG, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến đạt danh hiệu Lao động tiên tiến.",
        {(LDTT, MEN, CON)},
    ),
    (
        _LEAD + "Phòng Tư pháp huyện Cao Lộc được công nhận danh hiệu Tập thể lao động xuất sắc.",
        {(TTXS, PTP_CL, CON)},
    ),
    (
        _LEAD + "Ông Nông Đức Khiêm, Chấp hành viên Chi cục Thi hành án dân sự huyện Văn Lãng, "
        "được Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.",
        {(CSCT, KHIEM, CON)},
    ),
    (
        _LEAD + "Bà Vi Thị Dịu vinh dự được Thủ tướng Chính phủ tặng danh hiệu Chiến sĩ thi đua "
        "toàn quốc.",
        {(CSTQ, DIU, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng được Bộ trưởng Bộ Tư pháp tặng danh hiệu Chiến sĩ thi đua "
        "ngành Tư pháp.",
        {(CSTP, THUONG, CON)},
    ),
    (
        _LEAD + "Chi cục Thi hành án dân sự huyện Cao Lộc đạt danh hiệu Tập thể lao động tiên "
        "tiến năm 2023.",
        {(TTTT, CC_CL, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được công nhận Chiến sĩ thi đua cơ sở.",
        {(CSCS, MEN, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở.",
        {(CSCS, MEN, CON)},
    ),
    (
        _LEAD + "Danh hiệu Chiến sĩ thi đua cấp tỉnh được trao cho ông Nông Đức Khiêm.",
        {(CSCT, KHIEM, CON)},
    ),
    (
        _LEAD + "Phòng Tư pháp huyện Văn Lãng được tặng danh hiệu Tập thể lao động xuất sắc và "
        "Cờ thi đua của UBND tỉnh.",
        {(TTXS, PTP_VL, CON), (CUB, PTP_VL, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng được tặng danh hiệu Chiến sĩ thi đua cơ sở và Bằng khen của "
        "Chủ tịch UBND tỉnh.",
        {(CSCS, THUONG, CON), (BCT, THUONG, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2021, 2022, "
        "2023).",
        {(CSCS, THUONG, CON)},
    ),
    (
        _LEAD
        + "Năm 2022, Phòng Tư pháp huyện Cao Lộc vinh dự được Bộ Tư pháp tặng Cờ thi đua, năm "
        "2023 được Thủ tướng Chính phủ tặng Bằng khen.",
        {(CTP, PTP_CL, CON), (TTG, PTP_CL, CON)},
    ),
    # a title as a goal, a count or a standard: no award
    (
        _LEAD + "Năm 2023, Sở có 45 cá nhân đạt danh hiệu Lao động tiên tiến và 6 cá nhân đạt "
        "Chiến sĩ thi đua cơ sở.",
        set(),
    ),
    (
        _LEAD + "Phấn đấu 100% công chức đạt danh hiệu Lao động tiên tiến.",
        set(),
    ),
    (
        _LEAD + "Tiêu chuẩn danh hiệu Chiến sĩ thi đua cơ sở được quy định tại Luật Thi đua, "
        "khen thưởng.",
        set(),
    ),
]


COLLECTIVES_AND_TITLED: list[Case] = [
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Phòng Công chứng số 1 tỉnh Lạng Sơn.",
        {(BTP, "Phòng Công chứng số 1 tỉnh Lạng Sơn", CON)},
    ),
    (
        _LEAD + "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lạng Sơn được Bộ trưởng Bộ Tư pháp "
        "tặng Bằng khen.",
        {(BTP, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lạng Sơn", CON)},
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho Phòng Tư pháp huyện Cao Lộc, Phòng Tư "
        "pháp huyện Văn Lãng.",
        {(BCT, PTP_CL, CON), (BCT, PTP_VL, CON)},
    ),
    (
        _LEAD + "Bằng khen của Bộ trưởng Bộ Tư pháp được trao cho Phòng Tư pháp huyện Văn Lãng.",
        {(BTP, PTP_VL, CON)},
    ),
    (
        _LEAD + "Đồng chí Nông Đức Khiêm, Phó Giám đốc Sở Tư pháp được tặng Bằng khen của Thủ "
        "tướng Chính phủ.",
        {(TTG, KHIEM, CON)},
    ),
    (
        _LEAD + "Thạc sĩ Lục Văn Thưởng, Giám đốc Trung tâm Trợ giúp pháp lý được tặng Kỷ niệm "
        "chương Vì sự nghiệp Tư pháp.",
        {(KNC, THUONG, CON)},
    ),
    (
        _LEAD_CUC + "Chấp hành viên Nông Đức Khiêm (Chi cục Thi hành án dân sự huyện Cao Lộc) "
        "được tặng Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự.",
        {(BTC, KHIEM, CON)},
    ),
    (
        _LEAD + "Văn phòng Sở Tư pháp tỉnh Lạng Sơn được công nhận danh hiệu Tập thể lao động "
        "xuất sắc.",
        {(TTXS, "Văn phòng Sở Tư pháp tỉnh Lạng Sơn", CON)},
    ),
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 04 tập thể, trong đó có Phòng Tư pháp "
        "huyện Cao Lộc và Phòng Tư pháp huyện Văn Lãng.",
        {(BTP, PTP_CL, CON), (BTP, PTP_VL, CON)},
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho ông Lục Văn Thưởng, bà Hoàng Thị Mến và "
        "bà Vi Thị Dịu.",
        {(BCT, THUONG, CON), (BCT, MEN, CON), (BCT, DIU, CON)},
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho các ông, bà: Lục Văn Thưởng, Hoàng Thị Mến.",
        {(BCT, THUONG, CON), (BCT, MEN, CON)},
    ),
    (
        _LEAD + "Bằng khen của Chủ tịch UBND tỉnh được trao cho bà Hoàng Thị Mến - Phó Trưởng "
        "phòng Tư pháp huyện Cao Lộc.",
        {(BCT, MEN, CON)},
    ),
]


TABLE_LINES: list[Case] = [
    (
        _LEADN + "Danh sách khen thưởng:\n1. Sở Tư pháp tỉnh Lạng Sơn: Cờ thi đua của Chính phủ.\n"
        "2. Phòng Tư pháp huyện Cao Lộc: Bằng khen của Thủ tướng Chính phủ.",
        {(CPCP, SO, CON), (TTG, PTP_CL, CON)},
    ),
    (
        _LEADN + "Kết quả khen thưởng năm 2023:\n- Cờ thi đua của UBND tỉnh: Phòng Tư pháp huyện "
        "Văn Lãng;\n- Bằng khen của Chủ tịch UBND tỉnh: Phòng Tư pháp huyện Cao Lộc.",
        {(CUB, PTP_VL, CON), (BCT, PTP_CL, CON)},
    ),
    (
        _LEADN + "Các cá nhân được tặng Bằng khen của Bộ trưởng Bộ Tư pháp:\n"
        "- Ông Lục Văn Thưởng, Phó Giám đốc Sở;\n- Bà Hoàng Thị Mến, Chánh Văn phòng Sở.",
        {(BTP, THUONG, CON), (BTP, MEN, CON)},
    ),
    (
        _LEADN + "Danh hiệu Chiến sĩ thi đua cơ sở:\n1. Bà Vi Thị Dịu\n2. Ông Nông Đức Khiêm",
        {(CSCS, DIU, CON), (CSCS, KHIEM, CON)},
    ),
    (
        _LEADN + "Tập thể được tặng Cờ thi đua ngành Tư pháp:\n+ Phòng Tư pháp huyện Cao Lộc\n"
        "+ Phòng Tư pháp huyện Văn Lãng",
        {(CTP, PTP_CL, CON), (CTP, PTP_VL, CON)},
    ),
    (
        _LEADN + "Danh sách đề nghị khen thưởng:\n| STT | Tên tập thể | Hình thức |\n| 1 | Phòng "
        "Tư pháp huyện Cao Lộc | Bằng khen của Bộ trưởng Bộ Tư pháp |\n| 2 | Phòng Tư pháp "
        "huyện Văn Lãng | Bằng khen của Bộ trưởng Bộ Tư pháp |",
        {(BTP, PTP_CL, NOM), (BTP, PTP_VL, NOM)},
    ),
    (
        _LEADN + "Danh sách đề nghị khen thưởng:\n1. Sở Tư pháp tỉnh Lạng Sơn - Cờ thi đua của "
        "Chính phủ;\n2. Bà Hoàng Thị Mến - Chiến sĩ thi đua toàn quốc.",
        {(CPCP, SO, NOM), (CSTQ, MEN, NOM)},
    ),
    (
        _LEADN + "Huân chương Lao động hạng Ba:\n- Ông Lục Văn Thưởng, Giám đốc Sở Tư pháp.",
        {(HLB, THUONG, CON)},
    ),
    (
        _LEADN + "Bằng khen của Thủ tướng Chính phủ\n- Phòng Tư pháp huyện Văn Lãng\n- Bà Vi Thị "
        "Dịu, Trưởng phòng Phổ biến, giáo dục pháp luật",
        {(TTG, PTP_VL, CON), (TTG, DIU, CON)},
    ),
    (
        _LEADN + "Khen thưởng:\nDanh hiệu Chiến sĩ thi đua cơ sở:\n1. Bà Vi Thị Dịu\n2. Ông Nông "
        "Đức Khiêm",
        {(CSCS, DIU, CON), (CSCS, KHIEM, CON)},
    ),
    (
        _LEADN + "Được tặng Bằng khen của Thủ tướng Chính phủ\n- Phòng Tư pháp huyện Văn Lãng\n"
        "- Bà Vi Thị Dịu",
        {(TTG, PTP_VL, CON), (TTG, DIU, CON)},
    ),
    (
        _LEADN + "Hội nghị đã bỏ phiếu đề nghị khen thưởng như sau.\nCờ thi đua của Chính phủ\n"
        "- Sở Tư pháp tỉnh Lạng Sơn\nBằng khen của Thủ tướng Chính phủ\n- Phòng Tư pháp huyện "
        "Cao Lộc",
        {(CPCP, SO, NOM), (TTG, PTP_CL, NOM)},
    ),
    (
        _LEADN + "Cờ thi đua của Chính phủ:\n- Sở Tư pháp tỉnh Lạng Sơn.\nBằng khen của Thủ tướng "
        "Chính phủ:\n- Phòng Tư pháp huyện Cao Lộc;\n- Bà Hoàng Thị Mến, Chánh Văn phòng Sở.",
        {(CPCP, SO, CON), (TTG, PTP_CL, CON), (TTG, MEN, CON)},
    ),
    (
        _LEADN + "DANH HIỆU CHIẾN SĨ THI ĐUA CẤP TỈNH:\n1. Ông Lục Văn Thưởng, Phó Giám đốc Sở Tư "
        "pháp\n2. Bà Vi Thị Dịu, Trưởng phòng Bổ trợ tư pháp",
        {(CSCT, THUONG, CON), (CSCT, DIU, CON)},
    ),
    (
        _LEADN + "Các đơn vị đăng ký thi đua năm 2024.\nDanh hiệu Tập thể lao động xuất sắc\n"
        "- Phòng Tư pháp huyện Cao Lộc\n- Phòng Tư pháp huyện Văn Lãng",
        {(TTXS, PTP_CL, REG), (TTXS, PTP_VL, REG)},
    ),
    (
        _LEADN + "Bằng khen của Chủ tịch UBND tỉnh (năm 2023)\n- Phòng Tư pháp huyện Cao Lộc",
        {(BCT, PTP_CL, CON)},
    ),
    # a heading over no recipients: a remark, or the criteria of a plan
    (
        _LEADN + "Bằng khen của Thủ tướng Chính phủ\nĐây là phần thưởng cao quý của tập thể.",
        set(),
    ),
    (
        _LEADN + "Bằng khen của Bộ trưởng Bộ Tư pháp:\n- Có 02 năm liên tục hoàn thành xuất sắc "
        "nhiệm vụ;\n- Gương mẫu chấp hành chủ trương của Đảng.",
        set(),
    ),
    # a procedure's title that ends with an award, over its steps: no heading of recipients
    (
        _LEADN + "Thủ tục đề nghị tặng Bằng khen của Thủ tướng Chính phủ\n- Sở Tư pháp tỉnh Lạng "
        "Sơn tiếp nhận hồ sơ;\n- Phòng Tư pháp huyện Cao Lộc thẩm định.",
        set(),
    ),
    (
        _LEADN + "Khen thưởng:\na) Cờ thi đua ngành Tư pháp: 03 tập thể;\nb) Bằng khen của Bộ "
        "trưởng: 15 cá nhân.",
        set(),
    ),
]


CAPTIONS: list[Case] = [
    (
        _LEAD + "\nPhó Chủ tịch UBND tỉnh Lục Văn Thưởng trao Cờ thi đua của UBND tỉnh cho Sở Tư "
        "pháp.\n"
        "Ảnh: Hoàng Thị Mến",
        {(CUB, SO, CON)},
    ),
    (
        _LEAD + "\nĐồng chí Nông Đức Khiêm trao Bằng khen của Bộ trưởng Bộ Tư pháp cho Phòng Tư "
        "pháp huyện Cao Lộc. (Ảnh: Vi Thị Dịu)",
        {(BTP, PTP_CL, CON)},
    ),
    (
        _LEAD + "\nLãnh đạo Sở Tư pháp đón nhận Huân chương Lao động hạng Nhì.\n",
        {(HLN, SO, CON)},
    ),
    (
        _LEAD + "\nẢnh: Thứ trưởng Nông Đức Khiêm trao Bằng khen của Bộ trưởng Bộ Tư pháp cho "
        "bà Hoàng Thị Mến.",
        {(BTP, MEN, CON)},
    ),
    (
        _LEAD + "\nĐồng chí Lục Văn Thưởng trao Bằng khen cho các tập thể có thành tích xuất "
        "sắc.\nẢnh: Vi Thị Dịu",
        set(),
    ),
    (
        _LEAD + "\nBà Hoàng Thị Mến (thứ hai từ trái) nhận Bằng khen của Thủ tướng Chính phủ.",
        {(TTG, MEN, CON)},
    ),
    (
        _LEAD_CUC + "\nCục trưởng Lục Văn Thưởng trao Giấy khen cho Chi cục Thi hành án dân sự "
        "huyện Cao Lộc.",
        {("Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Lạng Sơn", CC_CL, CON)},
    ),
    (
        _LEAD + "\nQuang cảnh lễ đón nhận Cờ thi đua của Chính phủ.\nẢnh: Vi Thị Dịu",
        set(),
    ),
]


PROPOSALS: list[Case] = [
    (
        _LEAD + "Hội đồng Thi đua - Khen thưởng Sở thống nhất đề nghị Thủ tướng Chính phủ tặng "
        "Bằng khen cho Phòng Tư pháp huyện Cao Lộc.",
        {(TTG, PTP_CL, NOM)},
    ),
    (
        _LEAD + "Sở Tư pháp trình Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho ông "
        "Lục Văn Thưởng.",
        {(HLB, THUONG, NOM)},
    ),
    (
        _LEAD + "Hội nghị đề nghị Bộ trưởng Bộ Tư pháp tặng Cờ thi đua cho Sở Tư pháp tỉnh Lạng "
        "Sơn.",
        {(CTP, SO, NOM)},
    ),
    (
        _LEAD + "Sở Tư pháp được đề nghị tặng Cờ thi đua của Chính phủ.",
        {(CPCP, SO, NOM)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được đề nghị công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.",
        {(CSCT, MEN, NOM)},
    ),
    (
        _LEAD + "Sở Tư pháp đã làm hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho bà Vi "
        "Thị Dịu.",
        {(BCT, DIU, NOM)},
    ),
    (
        _LEAD_CUC + "Cục Thi hành án dân sự tỉnh Lạng Sơn đề nghị Tổng cục trưởng tặng Bằng khen "
        "cho Chi cục Thi hành án dân sự huyện Văn Lãng.",
        {(BTC, CC_VL, NOM)},
    ),
    (
        _LEAD + "Hội nghị đã bỏ phiếu suy tôn Sở Tư pháp tỉnh Lạng Sơn dẫn đầu phong trào thi "
        "đua, đề nghị Chính phủ tặng Cờ thi đua.",
        {(CPCP, SO, NOM)},
    ),
    (
        _LEAD + "Ông Nông Đức Khiêm được bình xét danh hiệu Chiến sĩ thi đua ngành Tư pháp.",
        {(CSTP, KHIEM, NOM)},
    ),
    (
        _LEAD + "Sở Tư pháp tỉnh Lạng Sơn đăng ký thi đua đạt danh hiệu Tập thể lao động xuất sắc.",
        {(TTXS, SO, REG)},
    ),
    (
        _LEAD + "Sở đề xuất Ủy ban nhân dân tỉnh tặng Cờ thi đua cho Phòng Tư pháp huyện Văn Lãng.",
        {(CUB, PTP_VL, NOM)},
    ),
    (
        _LEAD + "Hội đồng đề nghị xét tặng Kỷ niệm chương Vì sự nghiệp Tư pháp cho bà Vi Thị Dịu.",
        {(KNC, DIU, NOM)},
    ),
    (
        _LEAD + "UBND tỉnh đã có Tờ trình đề nghị Thủ tướng Chính phủ tặng Bằng khen cho Sở Tư "
        "pháp tỉnh Lạng Sơn.",
        {(TTG, SO, NOM)},
    ),
    (
        _LEAD + "Trên cơ sở đề nghị của Giám đốc Sở Tư pháp, Chủ tịch UBND tỉnh đã tặng Bằng "
        "khen cho Phòng Tư pháp huyện Cao Lộc.",
        {(BCT, PTP_CL, CON)},
    ),
    (
        _LEAD + "Theo đề nghị của Hội đồng Thi đua - Khen thưởng, Bộ trưởng Bộ Tư pháp tặng Cờ "
        "thi đua cho Sở Tư pháp tỉnh Lạng Sơn.",
        {(CTP, SO, CON)},
    ),
]


PAST: list[Case] = [
    (
        _LEAD + "Sở Tư pháp tỉnh Lạng Sơn từng được Chủ tịch nước tặng Huân chương Lao động hạng "
        "Ba (năm 2012).",
        {(HLB, SO, CON)},
    ),
    (
        _LEAD + "Trước đó, bà Hoàng Thị Mến đã từng được tặng Bằng khen của Thủ tướng Chính phủ.",
        {(TTG, MEN, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng nhiều năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở, từng "
        "được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {(CSCS, THUONG, CON), (BTP, THUONG, CON)},
    ),
    (
        _LEAD + "Năm 2015, Phòng Tư pháp huyện Cao Lộc được UBND tỉnh tặng Cờ thi đua.",
        {(CUB, PTP_CL, CON)},
    ),
    (
        _LEAD + "Trong những năm qua, Sở Tư pháp đã được Chính phủ tặng Cờ thi đua (năm 2016), "
        "được Thủ tướng Chính phủ tặng Bằng khen (năm 2019).",
        {(CPCP, SO, CON), (TTG, SO, CON)},
    ),
    (
        _LEAD + "Chi cục Thi hành án dân sự huyện Cao Lộc 3 năm liền được tặng Cờ thi đua của "
        "Ủy ban nhân dân tỉnh.",
        {(CUB, CC_CL, CON)},
    ),
    (
        _LEAD + "Trải qua 30 năm, Sở Tư pháp tỉnh Lạng Sơn đã vinh dự được Đảng, Nhà nước trao "
        "tặng Huân chương Lao động hạng Ba, hạng Nhì.",
        {(HLB, SO, CON), (HLN, SO, CON)},
    ),
]


REASON_BEFORE_RECIPIENTS: list[Case] = [
    (
        _LEAD + "Thứ trưởng Nông Đức Khiêm trao Bằng khen của Bộ trưởng Bộ Tư pháp vì đã có thành "
        "tích xuất sắc trong công tác tư pháp năm 2023 cho Phòng Tư pháp huyện Cao Lộc.",
        {(BTP, PTP_CL, CON)},
    ),
    (
        _LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen về thành tích xuất sắc trong phong trào thi đua "
        "giai đoạn 2019 - 2023 cho ông Lục Văn Thưởng và bà Hoàng Thị Mến.",
        {(BCT, THUONG, CON), (BCT, MEN, CON)},
    ),
    (
        _LEAD + "Hội đồng thống nhất đề nghị Bộ trưởng Bộ Tư pháp tặng Bằng khen vì đã có thành "
        "tích xuất sắc trong công tác hộ tịch cho bà Vi Thị Dịu, công chức Tư pháp - Hộ tịch.",
        {(BTP, DIU, NOM)},
    ),
    (
        _LEAD + "Phó Chủ tịch UBND tỉnh Lục Văn Thưởng trao Bằng khen của Chủ tịch UBND tỉnh do "
        "đã có thành tích trong công tác phổ biến, giáo dục pháp luật cho Phòng Tư pháp huyện "
        "Văn Lãng.",
        {(BCT, PTP_VL, CON)},
    ),
    (
        _LEAD + "Được sự ủy quyền của Chủ tịch nước, ông Lục Văn Thưởng trao Huân chương Lao động "
        "hạng Ba vì đã có thành tích xuất sắc trong công tác từ năm 2015 đến năm 2020 cho Sở Tư "
        "pháp tỉnh Lạng Sơn.",
        {(HLB, SO, CON)},
    ),
    # a count after the reason names no one; a "cho" inside the reason of an award the
    # subject receives names no recipient
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp tặng Bằng khen vì có thành tích trong công tác phổ biến "
        "pháp luật cho 03 tập thể và 05 cá nhân.",
        set(),
    ),
    (
        _LEAD + "Sở Tư pháp được UBND tỉnh tặng Cờ thi đua do có thành tích dẫn đầu, góp phần cho "
        "Phòng Tư pháp huyện Cao Lộc phát triển.",
        {(CUB, SO, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được Bộ trưởng Bộ Tư pháp tặng Bằng khen vì đã có nhiều đóng góp "
        "cho Phòng Tư pháp huyện Văn Lãng.",
        {(BTP, MEN, CON)},
    ),
    # a "cho" the reason's own verb governs, far after the award, names no recipient
    (
        _LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen vì đã có thành tích xuất sắc trong công tác xây "
        "dựng, kiểm tra văn bản quy phạm pháp luật năm 2023, tham mưu cho UBND tỉnh Lạng Sơn ban "
        "hành nhiều văn bản.",
        set(),
    ),
    (
        _LEAD
        + "Chủ tịch UBND tỉnh tặng Bằng khen vì đã có thành tích xuất sắc trong phong trào thi "
        "đua yêu nước giai đoạn 2020 - 2024, góp phần hỗ trợ cho Phòng Tư pháp huyện Cao Lộc.",
        set(),
    ),
]


NAMES_IN_BRACKETS: list[Case] = [
    (
        _LEAD + "Khen thưởng năm 2023: Bằng khen của Thủ tướng Chính phủ (Phòng Tư pháp huyện Cao "
        "Lộc), Cờ thi đua của UBND tỉnh (Phòng Tư pháp huyện Văn Lãng).",
        {(TTG, PTP_CL, CON), (CUB, PTP_VL, CON)},
    ),
    (
        _LEAD + "Năm 2023, Sở có 01 tập thể được Thủ tướng Chính phủ tặng Bằng khen (Phòng Tư "
        "pháp huyện Cao Lộc).",
        {(TTG, PTP_CL, CON)},
    ),
    (
        _LEAD + "Có 02 cá nhân được tặng Kỷ niệm chương Vì sự nghiệp Tư pháp (ông Lục Văn Thưởng, "
        "bà Hoàng Thị Mến).",
        {(KNC, THUONG, CON), (KNC, MEN, CON)},
    ),
    (
        _LEAD + "Năm 2023, 02 tập thể được Bộ trưởng Bộ Tư pháp tặng Bằng khen (Phòng Tư pháp "
        "huyện Cao Lộc và Phòng Tư pháp huyện Văn Lãng); 01 cá nhân được tặng Kỷ niệm chương Vì "
        "sự nghiệp Tư pháp (bà Vi Thị Dịu).",
        {(BTP, PTP_CL, CON), (BTP, PTP_VL, CON), (KNC, DIU, CON)},
    ),
    (
        _LEADN + "Khen thưởng: Bằng khen của Thủ tướng Chính phủ (Phòng Tư pháp huyện Cao Lộc), "
        "Bằng khen của Bộ trưởng Bộ Tư pháp (bà Vi Thị Dịu).",
        {(TTG, PTP_CL, CON), (BTP, DIU, CON)},
    ),
    # the subject named before receives: brackets after are a workplace, a year, a credit
    (
        _LEAD + "Bà Hoàng Thị Mến được tặng Bằng khen của Chủ tịch UBND tỉnh (Phòng Tư pháp huyện "
        "Cao Lộc).",
        {(BCT, MEN, CON)},
    ),
    (
        _LEAD + "Sở Tư pháp được tặng Huân chương Lao động hạng Ba (năm 2012), Cờ thi đua của "
        "Chính phủ (năm 2016).",
        {(HLB, SO, CON), (CPCP, SO, CON)},
    ),
    (
        _LEAD + "\nBà Hoàng Thị Mến nhận Bằng khen của Thủ tướng Chính phủ (Ảnh: Vi Thị Dịu).",
        {(TTG, MEN, CON)},
    ),
    (
        _LEAD + "\nÔng Lục Văn Thưởng nhận Kỷ niệm chương Vì sự nghiệp Tư pháp. Ảnh: Nông Đức "
        "Khiêm",
        {(KNC, THUONG, CON)},
    ),
]


THE_UNIT: list[Case] = [
    (
        "Ngày 12/01/2024, Chi cục Thi hành án dân sự huyện Cao Lộc tổ chức hội nghị tổng kết. Chi "
        "cục có 12 công chức. Đơn vị đã được Tổng cục trưởng Tổng cục Thi hành án dân sự tặng "
        "Bằng khen.",
        {(BTC, CC_CL, CON)},
    ),
    (
        "Ngày 12/01/2024, Phòng Tư pháp huyện Văn Lãng tổ chức hội nghị tổng kết. Năm 2023, đơn "
        "vị vinh dự được Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen.",
        {(BCT, PTP_VL, CON)},
    ),
    (
        "Ngày 12/01/2024, Phòng Tư pháp huyện Văn Lãng tổ chức hội nghị tổng kết. Tập thể đơn vị "
        "được công nhận danh hiệu Tập thể lao động xuất sắc.",
        {(TTXS, PTP_VL, CON)},
    ),
    (
        "Sáng 12/01/2024, tại trụ sở, Sở Tư pháp tỉnh Lạng Sơn đã tổ chức Lễ công bố Quyết định "
        "của Chủ tịch nước về việc tặng thưởng Huân chương Lao động hạng Ba cho Sở.",
        {(HLB, SO, CON)},
    ),
    (
        "Sáng 12/01/2024, Cục Thi hành án dân sự tỉnh Lạng Sơn tổ chức hội nghị. Thứ trưởng Nông "
        "Đức Khiêm trao Cờ thi đua của Bộ Tư pháp cho Cục.",
        {(CTP, CUC, CON)},
    ),
    (
        "Sáng 12/01/2024, Phòng Tư pháp huyện Văn Lãng tổ chức hội nghị. Chủ tịch UBND tỉnh Lạng "
        "Sơn tặng Bằng khen cho đơn vị vì thành tích xuất sắc.",
        {(BCT, PTP_VL, CON)},
    ),
    (
        "Sáng 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức Lễ kỷ niệm 30 năm ngày thành lập và "
        "đón nhận Huân chương Lao động hạng Ba.",
        {(HLB, SO, CON)},
    ),
    (
        "Sáng 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức hội nghị. Chủ tịch UBND tỉnh tặng Bằng "
        "khen cho Sở và các phòng chuyên môn.",
        set(),
    ),
    (
        "Sáng 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức hội nghị. Chủ tịch UBND tỉnh tặng Bằng "
        "khen cho các đơn vị.",
        set(),
    ),
    # units counted, several or each: no one named
    (
        "Ngày 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức hội nghị. Các đơn vị được Chủ tịch UBND "
        "tỉnh tặng Bằng khen.",
        set(),
    ),
    (
        "Ngày 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức hội nghị. Nhiều đơn vị được Chủ tịch "
        "UBND tỉnh tặng Bằng khen.",
        set(),
    ),
    (
        "Ngày 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức hội nghị. 05 đơn vị được Chủ tịch UBND "
        "tỉnh tặng Bằng khen.",
        set(),
    ),
    (
        "Ngày 12/01/2024, Sở Tư pháp tỉnh Lạng Sơn tổ chức hội nghị. Mỗi đơn vị được tặng Bằng "
        "khen của Chủ tịch UBND tỉnh.",
        set(),
    ),
]


DECISIONS_AND_BODIES: list[Case] = [
    (
        _LEAD + "Sở Tư pháp tỉnh Lạng Sơn vừa được Thủ tướng Chính phủ quyết định tặng Bằng khen.",
        {(TTG, SO, CON)},
    ),
    (
        _LEAD + "UBND tỉnh Lạng Sơn quyết định tặng Cờ thi đua cho Phòng Tư pháp huyện Cao Lộc.",
        {(CUB, PTP_CL, CON)},
    ),
    (
        _LEAD + "Bộ trưởng Bộ Tư pháp ban hành Quyết định khen thưởng, tặng Bằng khen cho Phòng "
        "Tư pháp huyện Văn Lãng.",
        {(BTP, PTP_VL, CON)},
    ),
    (
        _LEAD + "Bộ Tư pháp đã hiệp y đề nghị Thủ tướng Chính phủ tặng Bằng khen cho Sở Tư pháp "
        "tỉnh Lạng Sơn.",
        {(TTG, SO, NOM)},
    ),
    (
        _LEAD + "Hiện nay, Sở đang trình Thủ tướng Chính phủ tặng Bằng khen cho Phòng Tư pháp "
        "huyện Cao Lộc.",
        {(TTG, PTP_CL, NOM)},
    ),
    (
        _LEAD + "Phòng Tư pháp huyện Cao Lộc được suy tôn là đơn vị dẫn đầu, được đề nghị tặng Cờ "
        "thi đua của UBND tỉnh.",
        {(CUB, PTP_CL, NOM)},
    ),
    (
        _LEAD + "Sở Tư pháp tỉnh Lạng Sơn long trọng đón nhận Quyết định của Chủ tịch nước tặng "
        "thưởng Huân chương Lao động hạng Nhì.",
        {(HLN, SO, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến là một trong 10 cá nhân được đề nghị Thủ tướng Chính phủ tặng "
        "Bằng khen.",
        {(TTG, MEN, NOM)},
    ),
    (
        _LEAD + "Sở Tư pháp đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình UBND tỉnh "
        "tặng Cờ thi đua cho Phòng Tư pháp huyện Văn Lãng.",
        {(CUB, PTP_VL, NOM)},
    ),
    (
        _LEAD + "Đoàn Luật sư tỉnh Lạng Sơn được tặng Cờ thi đua của Liên đoàn Luật sư Việt Nam.",
        {("Cờ thi đua của Liên đoàn Luật sư Việt Nam", "Đoàn Luật sư tỉnh Lạng Sơn", CON)},
    ),
    (
        _LEAD + "Bà Vi Thị Dịu được tặng Bằng khen của Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn.",
        {("Bằng khen của Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn", DIU, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng được tặng Bằng khen của Tổng Liên đoàn Lao động Việt Nam.",
        {("Bằng khen của Tổng Liên đoàn Lao động Việt Nam", THUONG, CON)},
    ),
    (
        _LEAD + "Ông Lục Văn Thưởng được tặng Kỷ niệm chương Vì sự nghiệp Công đoàn.",
        {("Kỷ niệm chương Vì sự nghiệp Công đoàn", THUONG, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được tặng Bằng khen của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
        "Lạng Sơn.",
        {("Bằng khen của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn", MEN, CON)},
    ),
    (
        _LEAD + "Bà Hoàng Thị Mến được tặng Bằng khen của Chủ tịch UBND TP. Hà Nội.",
        {("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội", MEN, CON)},
    ),
    (
        _LEAD + 'Bà Hoàng Thị Mến được tặng Kỷ niệm chương "Vì sự nghiệp Tư pháp".',
        {(KNC, MEN, CON)},
    ),
]


TABLES = {
    "narrative": NARRATIVE,
    "authorities": AUTHORITIES,
    "authority": ON_WHOSE_AUTHORITY,
    "titles": TITLES,
    "collectives": COLLECTIVES_AND_TITLED,
    "table_lines": TABLE_LINES,
    "captions": CAPTIONS,
    "proposals": PROPOSALS,
    "past": PAST,
    "reason": REASON_BEFORE_RECIPIENTS,
    "brackets": NAMES_IN_BRACKETS,
    "the_unit": THE_UNIT,
    "decisions_bodies": DECISIONS_AND_BODIES,
}

ALL = [
    pytest.param(text, expected, id=f"{name}-{i}")
    for name, table in TABLES.items()
    for i, (text, expected) in enumerate(table)
]


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_award_variants(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _facts(text) == expected
