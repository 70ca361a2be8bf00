"""Awards: a vague aggregate (``nhiều Bằng khen``) names no award, and neither does a head
listed right after it (``nhiều Bằng khen, giấy khen của A, B``): the givers after the list
belong to the aggregate. An award named before the aggregate still counts. Invented bodies and
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2025-06-10"
_UNIT = "Phòng Tư pháp huyện Mỹ Lâm"

_CASES = [
    (
        f"{_UNIT} được tặng nhiều Bằng khen, giấy khen của Bộ Tư pháp, UBND tỉnh Yên Bái.",
        set(),
    ),
    (
        f"{_UNIT} được tặng nhiều Bằng khen và Giấy khen của UBND tỉnh Yên Bái.",
        set(),
    ),
    (
        f"{_UNIT} được tặng Huân chương Lao động hạng Ba và nhiều Bằng khen, giấy khen của "
        "Bộ Tư pháp, UBND tỉnh Yên Bái.",
        {("Huân chương Lao động hạng Ba", _UNIT, CON)},
    ),
    # no aggregate: the list of givers names one award each
    (
        f"{_UNIT} được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {("Bằng khen của Bộ trưởng Bộ Tư pháp", _UNIT, CON)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=f"v{i}") for i, (t, e) in enumerate(_CASES)]
)
def test_vague_list(text: str, expected: set[tuple[str, str, str]]) -> None:
    lead = "Ngày 9/6/2025, Sở Tư pháp tỉnh Yên Bái tổ chức hội nghị. "
    assert set(award_facts(lead + text, _PUB)) == expected
