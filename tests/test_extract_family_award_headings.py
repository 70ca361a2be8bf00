"""Awards headed on their own line over a list of recipients (session 11, x-org13): a
numbered heading (``1. Đề nghị tặng Huân chương …``: the number's dot is no sentence's end), a
heading that ends with the count of the recipients listed below (``…: 02 tập thể``), and the
verbs ``phong tặng`` / ``truy tặng`` before the award. A heading that is a procedure's title, or
a count with no list below, still names no recipient. Expected facts follow the conventions;
every name and sentence is invented."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

INTRO = "Sở Nội vụ tỉnh Cao Bằng công bố danh sách các tập thể đề nghị khen thưởng.\n"
TT = "Thanh tra tỉnh Cao Bằng"
SO = "Sở Tư pháp tỉnh Cao Bằng"
BAN = "Ban Dân vận Tỉnh ủy Cao Bằng"
HLB = "Huân chương Lao động hạng Ba"
TTG = "Bằng khen của Thủ tướng Chính phủ"
AHLD = "Anh hùng Lao động"

CASES = [
    pytest.param(
        INTRO + "1. Đề nghị tặng Huân chương Lao động hạng Ba\n- Thanh tra tỉnh Cao Bằng;\n"
        "- Sở Tư pháp tỉnh Cao Bằng",
        {(HLB, TT, NOM), (HLB, SO, NOM)},
        id="numbered-proposal-heading",
    ),
    pytest.param(
        INTRO + "1. Đề nghị tặng Bằng khen của Thủ tướng Chính phủ\n- Thanh tra tỉnh Cao Bằng;\n"
        "- Sở Tư pháp tỉnh Cao Bằng",
        {(TTG, TT, NOM), (TTG, SO, NOM)},
        id="numbered-proposal-giver-named",
    ),
    pytest.param(
        INTRO + "2) Tặng Huân chương Lao động hạng Ba\n- Thanh tra tỉnh Cao Bằng;\n"
        "- Sở Tư pháp tỉnh Cao Bằng",
        {(HLB, TT, CON), (HLB, SO, CON)},
        id="numbered-conferral-heading",
    ),
    pytest.param(
        INTRO + "\n1. Đề nghị tặng Huân chương Lao động hạng ba: 02 tập thể\n\n"
        "- Thanh tra tỉnh Cao Bằng;\n\n- Sở Tư pháp tỉnh Cao Bằng\n",
        {(HLB, TT, NOM), (HLB, SO, NOM)},
        id="heading-with-count-and-blank-lines",
    ),
    pytest.param(
        INTRO + "a) Đề nghị tặng Huân chương Lao động hạng Ba (02 tập thể)\n"
        "- Thanh tra tỉnh Cao Bằng;\n- Sở Tư pháp tỉnh Cao Bằng",
        {(HLB, TT, NOM), (HLB, SO, NOM)},
        id="heading-with-count-in-brackets",
    ),
    pytest.param(
        INTRO + "3. Đề nghị phong tặng danh hiệu Anh hùng Lao động: 01 tập thể\n"
        "- Ban Dân vận Tỉnh ủy Cao Bằng.",
        {(AHLD, BAN, NOM)},
        id="heading-title-conferred-by-phong-tang",
    ),
    pytest.param(
        INTRO + "1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể\n"
        "- Thanh tra tỉnh Cao Bằng;\n- Sở Tư pháp tỉnh Cao Bằng\n"
        "2. Đề nghị phong tặng danh hiệu Anh hùng Lao động: 01 tập thể\n"
        "- Ban Dân vận Tỉnh ủy Cao Bằng.",
        {(HLB, TT, NOM), (HLB, SO, NOM), (AHLD, BAN, NOM)},
        id="two-numbered-headings",
    ),
    pytest.param(
        INTRO + "1. Thủ tục đề nghị tặng Huân chương Lao động hạng Ba\n"
        "- Bước 1: Sở Tư pháp tỉnh Cao Bằng lập hồ sơ;\n- Bước 2: Thanh tra tỉnh Cao Bằng thẩm"
        " định.",
        set(),
        id="neg-procedure-title",
    ),
    pytest.param(
        INTRO + "1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể.\n"
        "Hồ sơ gửi về Sở Nội vụ trước ngày 15/9.",
        set(),
        id="neg-count-without-list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_award_headings(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = set(award_facts(text, "2020-09-01"))
    assert got == expected, sorted(got)
