"""Award families (rules round 16): the government's flag named with a year after it (``Cờ thi
đua của Chính phủ năm 2023``), where ``Chính phủ`` is no organization span of the page, is
still the ``Cờ thi đua của Chính phủ``; the plain and the passive forms stay as they were.
Invented bodies' awards only."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2024-06-15"
_FLAG = "Cờ thi đua của Chính phủ"

YEARED = [
    (
        "Sở Tư pháp tỉnh Hà Nam được tặng Cờ thi đua của Chính phủ năm 2023.",
        "Sở Tư pháp tỉnh Hà Nam",
    ),
    (
        "Cục Thi hành án dân sự tỉnh Hà Nam đón nhận Cờ thi đua Chính phủ năm 2022.",
        "Cục Thi hành án dân sự tỉnh Hà Nam",
    ),
    (
        "Năm 2023, Sở Tư pháp tỉnh Ninh Bình vinh dự được tặng Cờ thi đua của Chính phủ năm 2022.",
        "Sở Tư pháp tỉnh Ninh Bình",
    ),
]


@pytest.mark.parametrize(
    ("text", "recipient"), [pytest.param(t, r, id=f"yeared-{i}") for i, (t, r) in enumerate(YEARED)]
)
def test_the_governments_flag_with_a_year_is_conferred(text: str, recipient: str) -> None:
    assert award_facts(text, _PUB) == [(_FLAG, recipient, CON)]


def test_the_plain_flag_is_unchanged() -> None:
    text = "Sở Tư pháp tỉnh Hà Nam được tặng Cờ thi đua của Chính phủ."
    assert award_facts(text, _PUB) == [(_FLAG, "Sở Tư pháp tỉnh Hà Nam", CON)]


def test_a_nominated_flag_with_a_year_is_nominated() -> None:
    text = (
        "Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ năm 2023 "
        "cho Sở Tư pháp tỉnh Hà Nam."
    )
    assert award_facts(text, _PUB) == [(_FLAG, "Sở Tư pháp tỉnh Hà Nam", NOM)]


def test_a_government_named_in_a_decree_is_no_award() -> None:
    text = "Nghị định số 98/2023/NĐ-CP của Chính phủ năm 2023 quy định chi tiết Luật Thi đua."
    assert award_facts(text, _PUB) == []
