"""Participant family (rules session 14): the composition a decision gives a council or a board
(``Theo đó, Giám đốc Sở A là Chủ tịch Hội đồng; …``, ``Các Phó Chủ tịch Hội đồng gồm: …``)
names its members, not people at the meeting reported; someone the page places there by another
mention (``ông A chủ trì phiên họp``) still is, and so is someone a decision appoints at a
ceremony (``Theo đó, ông B giữ chức Phó Giám đốc Sở``). Invented bodies, names and sentences
only."""

from __future__ import annotations

import pytest
from extract_helpers import participants_by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-10-10"
_HELD = (
    "Sáng 9/10, Phó Chủ tịch UBND tỉnh Hòa Lâm Kha Đình Nhượng chủ trì phiên họp đầu tiên của "
    "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.\n"
)

COMPOSITIONS = [
    (
        "Theo đó, Phó Chủ tịch UBND tỉnh Kha Đình Nhượng là Chủ tịch Hội đồng; Giám đốc Sở Tư "
        "pháp Mai Trọng Bưởi là Phó Chủ tịch Thường trực Hội đồng.",
        {"Mai Trọng Bưởi"},
    ),
    (
        "Các Phó Chủ tịch Hội đồng gồm: Phó Giám đốc Sở Tư pháp Lò Thị Nhạn, Phó Chánh Văn phòng "
        "UBND tỉnh Hà Văn Sấm.",
        {"Lò Thị Nhạn", "Hà Văn Sấm"},
    ),
    (
        "Theo Quyết định, ông Mai Trọng Bưởi, Giám đốc Sở Tư pháp làm Phó Trưởng ban; bà Lò Thị "
        "Nhạn làm Ủy viên.",
        {"Mai Trọng Bưởi", "Lò Thị Nhạn"},
    ),
]


@pytest.mark.parametrize(
    "text,members",
    [pytest.param(t, m, id=f"composition-{i}") for i, (t, m) in enumerate(COMPOSITIONS)],
)
def test_a_councils_composition_names_no_participant(text: str, members: set[str]) -> None:
    found = participants_by_date(_HELD + text + "\n", PUB)
    assert "Kha Đình Nhượng" in found["2024-10-09"]
    assert not members & found["2024-10-09"]


def test_a_member_placed_at_the_meeting_stays_a_participant() -> None:
    text = (
        _HELD + "Theo đó, Giám đốc Sở Tư pháp Mai Trọng Bưởi là Phó Chủ tịch Thường trực Hội "
        "đồng.\nPhát biểu tại phiên họp, ông Mai Trọng Bưởi đề nghị các thành viên tích cực.\n"
    )
    assert {"Kha Đình Nhượng", "Mai Trọng Bưởi"} <= participants_by_date(text, PUB)["2024-10-09"]


def test_an_appointee_named_by_a_decision_at_a_ceremony_stays() -> None:
    text = (
        "Sáng 9/10, Sở Tư pháp tỉnh Hòa Lâm tổ chức Lễ công bố quyết định bổ nhiệm cán bộ. Theo "
        "đó, bà Lò Thị Nhạn giữ chức Phó Giám đốc Sở Tư pháp.\n"
    )
    assert "Lò Thị Nhạn" in participants_by_date(text, PUB)["2024-10-09"]
