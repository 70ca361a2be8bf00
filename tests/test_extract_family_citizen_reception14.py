"""Session 14 (org14): the citizen-reception offices. ``Trụ sở Tiếp công dân tỉnh X`` (and a
district's) is a body of its own beside the ``Ban Tiếp công dân``; written with a bare ``tỉnh``
it is the page's province's; ``Ban Tiếp công dân Trung ương`` is the national one. A building
written small (``tại trụ sở UBND xã``) is none. Invented sentences; expected names written
from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Tháng 11, Trụ sở Tiếp công dân tỉnh Bạc Liêu đã tiếp 64 lượt công dân.",
        {"Trụ sở Tiếp công dân tỉnh Bạc Liêu"},
        set(),
        id="provincial-office",
    ),
    P(
        "Sở Tư pháp tỉnh Bạc Liêu cử cán bộ trực. Trụ sở Tiếp công dân tỉnh đã tiếp 30 lượt"
        " công dân.",
        {"Trụ sở Tiếp công dân tỉnh Bạc Liêu", "Sở Tư pháp tỉnh Bạc Liêu"},
        set(),
        id="bare-province-is-the-pages",
    ),
    P(
        "Trụ sở Tiếp công dân huyện Hồng Dân đã tiếp 12 lượt công dân.",
        {"Trụ sở Tiếp công dân huyện Hồng Dân"},
        set(),
        id="district-office",
    ),
    P(
        "Ban Tiếp công dân Trung ương đã chuyển đơn về địa phương.",
        {"Ban Tiếp công dân Trung ương"},
        set(),
        id="national-board",
    ),
    P(
        "Cán bộ tư pháp làm việc tại trụ sở UBND xã Vĩnh Hưng.",
        {"Ủy ban nhân dân xã Vĩnh Hưng"},
        {"Trụ sở Ủy ban nhân dân xã Vĩnh Hưng"},
        id="negative-a-building",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_citizen_reception_offices(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
