"""A local Fatherland Front committee is named in full (session 11): the adjudicated real-page
gold writes every ``Ủy ban Mặt trận Tổ quốc`` of a province, district or commune with ``Việt
Nam`` (``Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X``), whether the page writes it or not, as the
abbreviated forms (``Ủy ban MTTQ tỉnh X``) were already read. The national committee (``Ủy ban
Trung ương Mặt trận Tổ quốc Việt Nam``) and other mass organizations are unchanged.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are, scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
FRONT = "Ủy ban Mặt trận Tổ quốc Việt Nam"

CASES = [
    P(
        "Ông Giàng A Chử, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Lai Châu phát biểu.",
        "Giàng A Chử",
        {("Chủ tịch", f"{FRONT} tỉnh Lai Châu")},
        id="province",
    ),
    P(
        "Bà Lò Thị Mai, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc huyện Sìn Hồ dự hội nghị.",
        "Lò Thị Mai",
        {("Phó Chủ tịch", f"{FRONT} huyện Sìn Hồ")},
        id="district",
    ),
    P(
        "Ông Giàng A Chử, Chủ tịch Ủy ban Mặt trận Tổ quốc xã Pa Tần phát biểu.",
        "Giàng A Chử",
        {("Chủ tịch", f"{FRONT} xã Pa Tần")},
        id="commune",
    ),
    P(
        "Ngày 3/4, tại Lai Châu, ông Giàng A Chử, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh phát biểu.",
        "Giàng A Chử",
        {("Chủ tịch", f"{FRONT} tỉnh Lai Châu")},
        id="bare-level-page-province",
    ),
    P(
        "Ông Giàng A Chử, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu phát biểu.",
        "Giàng A Chử",
        {("Chủ tịch", f"{FRONT} tỉnh Lai Châu")},
        id="written-in-full",
    ),
    P(
        "Ông Giàng A Chử, Chủ tịch Ủy ban MTTQ tỉnh Lai Châu phát biểu.",
        "Giàng A Chử",
        {("Chủ tịch", f"{FRONT} tỉnh Lai Châu")},
        id="abbreviated",
    ),
    # negative: other bodies and the national committee keep their names
    P(
        "Ông Giàng A Chử, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát biểu.",
        "Giàng A Chử",
        {("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")},
        id="national-unchanged",
    ),
    P(
        "Ngày 3/4, tại Lai Châu, bà Lò Thị Mai, Chủ tịch Hội Nông dân tỉnh phát biểu.",
        "Lò Thị Mai",
        {("Chủ tịch", "Hội Nông dân tỉnh Lai Châu")},
        id="other-mass-organization",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_front_committee_named_in_full(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_front_committee_listed_in_full() -> None:
    text = "Đại diện Ủy ban Mặt trận Tổ quốc tỉnh Lai Châu, Sở Tư pháp tỉnh Lai Châu dự."
    assert scored_orgs(text) == scored_names({f"{FRONT} tỉnh Lai Châu", "Sở Tư pháp tỉnh Lai Châu"})
