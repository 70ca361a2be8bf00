"""Session 16 (orgs16): a body's emulation council that is no one's body is named by its body.

``đề nghị Hội đồng Thi đua - Khen thưởng VKSND tỉnh X xét, tặng …`` names the procuracy: the
conventions list the emulation council among the generic mentions that are no organizations.
In the adjudicated R16 gold no body's council named in running text is listed (0 of 3 pages;
two of them list the body instead). A council that is a person's body stays (the closure rule),
and so do the sector's and the central council, bodies of their own.

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs, scored_names, scored_orgs

P = pytest.param
HD = "Hội đồng Thi đua - Khen thưởng"

CASES = [
    P(
        f"Các đơn vị đề nghị {HD} VKSND tỉnh Yên Bái xét, tặng danh hiệu Tập thể lao động xuất"
        " sắc.",
        {"Viện kiểm sát nhân dân tỉnh Yên Bái"},
        {f"{HD} Viện kiểm sát nhân dân tỉnh Yên Bái"},
        id="procuracy-council-considers",
    ),
    P(
        "Hội đồng thi đua khen thưởng Sở Tư pháp tỉnh Bắc Kạn đã họp xét danh hiệu thi đua năm"
        " 2023.",
        {"Sở Tư pháp tỉnh Bắc Kạn"},
        {f"{HD} Sở Tư pháp tỉnh Bắc Kạn"},
        id="department-council-meets",
    ),
    P(
        f"{HD} ngành Tư pháp đã họp xét khen thưởng.",
        {f"{HD} ngành Tư pháp"},
        set(),
        id="negative-sector-council-stays",
    ),
    P(
        f"{HD} Trung ương đã thẩm định hồ sơ.",
        {f"{HD} Trung ương"},
        set(),
        id="negative-central-council-stays",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_council_named_by_its_body(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs
    assert not scored_names(absent) & orgs


HEADS = [
    P(
        f"Ông Hà Văn Mỵ, Chủ tịch {HD} Sở Tư pháp tỉnh Yên Bái phát biểu.",
        "Hà Văn Mỵ",
        f"{HD} Sở Tư pháp tỉnh Yên Bái",
        id="title-before-the-council",
    ),
    P(
        f"{HD} Sở Tư pháp tỉnh Yên Bái do ông Hà Văn Mỵ làm Chủ tịch.",
        "Hà Văn Mỵ",
        f"{HD} Sở Tư pháp tỉnh Yên Bái",
        id="council-led-by",
    ),
]


@pytest.mark.parametrize(("text", "person", "council"), HEADS)
def test_council_of_a_person_stays(text: str, person: str, council: str) -> None:
    people, orgs = people_and_orgs(text)
    assert ("Chủ tịch", council) in people[person]
    assert council in orgs
