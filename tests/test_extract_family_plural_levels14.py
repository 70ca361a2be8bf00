"""Session 14 (org14): a generic plural of places after a list of body types (``UBND các
xã``, ``Công an các huyện``) makes generic only the types that exist at those levels; a type
that does not (``Sở Tư pháp``: no commune or district has one) stays a body of its own. Invented
sentences; expected names written from the conventions (a page that never names its province
keeps its bodies bare).
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Phó Chủ tịch UBND tỉnh giao Sở Tư pháp, UBND các phường, xã nghiên cứu triển khai.",
        {"Sở Tư pháp"},
        set(),
        id="department-before-communes",
    ),
    P(
        "UBND tỉnh giao Sở Tư pháp, Sở Nội vụ, UBND các huyện triển khai kế hoạch.",
        {"Sở Tư pháp", "Sở Nội vụ"},
        set(),
        id="departments-before-districts",
    ),
    P(
        "Sở Tư pháp và Công an các huyện phối hợp thực hiện kế hoạch.",
        {"Sở Tư pháp"},
        {"Công an"},
        id="department-and-district-police",
    ),
    P(
        "Công an, Tòa án nhân dân các huyện phối hợp thực hiện kế hoạch.",
        set(),
        {"Công an", "Tòa án nhân dân"},
        id="negative-types-of-the-plural-level",
    ),
    P(
        "Sở Tư pháp, Công an các tỉnh phối hợp thực hiện kế hoạch.",
        set(),
        {"Sở Tư pháp"},
        id="negative-provinces-cover-the-department",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_generic_plural_covers_its_levels(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
