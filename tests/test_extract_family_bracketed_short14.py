"""Session 14 (org14): a national body whose first mention writes a short form in brackets
inside its name (``Liên đoàn Luật sư (LĐLS) Việt Nam``, ``Hội đồng Phổ biến giáo dục pháp luật
(PBGDPL) Trung ương``): the body the gazetteer names, as if the brackets were not there. Only
a short form in capitals is skipped (``(sáng nay)`` is no part of a name). A council named
without ``phối hợp`` keeps its written name (names as the page writes them). Invented
sentences; expected names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Liên đoàn Luật sư (LĐLS) Việt Nam tổ chức hội nghị Ban Thường vụ mở rộng.",
        {"Liên đoàn Luật sư Việt Nam"},
        set(),
        id="bar-federation",
    ),
    P(
        "Sáng 3/6, Hội Luật gia (HLG) Việt Nam tổ chức tọa đàm khoa học.",
        {"Hội Luật gia Việt Nam"},
        set(),
        id="lawyers-association",
    ),
    P(
        "Phó Chủ tịch Hội đồng Phổ biến giáo dục pháp luật (PBGDPL) Trung ương phát biểu chỉ"
        " đạo hội thi.",
        {"Hội đồng Phổ biến giáo dục pháp luật Trung ương"},
        set(),
        id="central-legal-education-council",
    ),
    P(
        "Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam tổ chức hội nghị hiệp thương.",
        {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
        set(),
        id="front-central-committee",
    ),
    P(
        "Liên đoàn Luật sư (sáng nay) Việt Nam tổ chức hội nghị.",
        set(),
        {"Liên đoàn Luật sư Việt Nam"},
        id="negative-lower-case-aside",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_short_form_in_brackets_inside_a_name(
    text: str, present: set[str], absent: set[str]
) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
