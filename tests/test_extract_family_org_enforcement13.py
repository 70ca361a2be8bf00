"""Civil enforcement offices written short (session 13, org13): a district office named by its
level word and district on an enforcement page (``Chi cục huyện X``, ``Chi cục TP X``); a
provincial department written ``Cục Thi hành án tỉnh`` on a page that never names its province
(the conventions' name, bare). Invented sentences, with negatives (another sector's Chi cục, no
enforcement page).
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
CC = "Chi cục Thi hành án dân sự"

CASES = [
    P(
        "Cục THADS tỉnh Yên Bái chỉ đạo Chi cục huyện Lục Yên tổ chức cưỡng chế.",
        {f"{CC} huyện Lục Yên", "Cục Thi hành án dân sự tỉnh Yên Bái"},
        set(),
        id="district-office-with-level-word",
    ),
    P(
        "Cục THADS tỉnh Yên Bái chỉ đạo Chi cục TP Yên Bái và Chi cục thị xã Nghĩa Lộ.",
        {f"{CC} thành phố Yên Bái", f"{CC} thị xã Nghĩa Lộ"},
        set(),
        id="city-and-town-offices",
    ),
    P(
        "Cục THADS tỉnh Yên Bái chỉ đạo Chi cục Văn Yên xác minh điều kiện thi hành án.",
        {f"{CC} huyện Văn Yên"},
        set(),
        id="district-office-without-level-word-unchanged",
    ),
    P(
        "Cục Thuế tỉnh Yên Bái chỉ đạo Chi cục huyện Lục Yên rà soát.",
        {"Cục Thuế tỉnh Yên Bái"},
        {f"{CC} huyện Lục Yên"},
        id="neg-another-sector",
    ),
    P(
        "Dự có đại diện Công an tỉnh, Cục Thi hành án tỉnh, Sở Nội vụ, Thanh tra tỉnh.",
        {"Cục Thi hành án dân sự tỉnh", "Công an tỉnh"},
        {"Cục Thi hành án tỉnh"},
        id="bare-provincial-department-full-name",
    ),
    P(
        "Cục Thi hành án tỉnh Cao Bằng tổ chức hội nghị.",
        {"Cục Thi hành án dân sự tỉnh Cao Bằng"},
        set(),
        id="placed-provincial-department-full-name",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_enforcement_offices(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
