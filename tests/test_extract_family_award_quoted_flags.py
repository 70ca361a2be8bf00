"""Emulation flags named in quotes after ``Cờ`` (``Cờ “Thi đua ngành Tư pháp”``) and the
giver written before the verb of an elliptical clause (``A được X tặng P, Bộ trưởng Bộ Tư pháp
tặng Cờ thi đua ngành Tư pháp``: the flag's name holds its giver, the clause goes on about A)
(session 11, x-org13). Expected facts follow the conventions; every name and sentence is
invented."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

SO = "Sở Tư pháp tỉnh Cao Bằng"
CUC = "Cục Thi hành án dân sự tỉnh Cao Bằng"
CTP = "Cờ thi đua ngành Tư pháp"
CPCP = "Cờ thi đua của Chính phủ"
HLN = "Huân chương Lao động hạng Nhì"
HLB = "Huân chương Lao động hạng Ba"
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"

CASES = [
    pytest.param(
        "Sở Tư pháp tỉnh Cao Bằng được Bộ trưởng Bộ Tư pháp tặng Cờ “Thi đua ngành Tư pháp”.",
        {(CTP, SO, CON)},
        id="quoted-flag-curly",
    ),
    pytest.param(
        'Sở Tư pháp tỉnh Cao Bằng được tặng Cờ "Thi đua ngành Tư pháp" năm 2020.',
        {(CTP, SO, CON)},
        id="quoted-flag-straight-with-year",
    ),
    pytest.param(
        "Cục Thi hành án dân sự tỉnh Cao Bằng được Chính phủ tặng Cờ “Thi đua của Chính phủ”.",
        {(CPCP, CUC, CON)},
        id="quoted-government-flag",
    ),
    pytest.param(
        "Đề nghị Thủ tướng Chính phủ tặng Cờ “Thi đua của Chính phủ” cho Cục Thi hành án dân sự"
        " tỉnh Cao Bằng.",
        {(CPCP, CUC, NOM)},
        id="quoted-flag-proposed",
    ),
    pytest.param(
        "Năm 2016, Cục Thi hành án dân sự tỉnh Cao Bằng được Chủ tịch nước tặng Huân chương Lao"
        " động hạng Ba, Bộ trưởng Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp.",
        {(HLB, CUC, CON), (CTP, CUC, CON)},
        id="elliptical-giver-then-flag",
    ),
    pytest.param(
        "Trong 5 năm qua, Cục Thi hành án dân sự tỉnh Cao Bằng được Chủ tịch nước tặng Huân"
        " chương Lao động hạng Ba, Bộ trưởng Bộ Tư pháp tặng Cờ “Thi đua ngành Tư pháp” và 03"
        " Bằng khen.",
        {(HLB, CUC, CON), (CTP, CUC, CON), (BTP, CUC, CON)},
        id="elliptical-giver-quoted-flag-and-count-of-awards",
    ),
    pytest.param(
        "Năm 2016, Cục Thi hành án dân sự tỉnh Cao Bằng được Chủ tịch nước tặng Huân chương Lao"
        " động hạng Ba; Bộ trưởng Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp cho 04 đơn vị.",
        {(HLB, CUC, CON)},
        id="neg-elliptical-clause-counts-its-own",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Cao Bằng được tặng Cờ “Đơn vị dẫn đầu phong trào”.",
        set(),
        id="neg-other-banner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quoted_flags(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = set(award_facts(text, "2021-01-15"))
    assert got == expected, sorted(got)
