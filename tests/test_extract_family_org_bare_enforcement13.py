"""The provincial enforcement office written ``Thi hành án dân sự tỉnh`` with no head before it
and no province after it (session 13, org13b): the page province's office, named as written
(``Thi hành án dân sự tỉnh X``: the name before 2009 and again from the 2025 reform), on a page
that names no ``Cục Thi hành án``. Invented sentences; negatives: the sector (``ngành``,
``công tác``), a steering committee, a ``Cục`` on the page, ``tỉnh, thành phố``.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OFFICE = "Thi hành án dân sự tỉnh Yên Bái"

CASES = [
    P(
        "Sáng 5-4, Phó Chủ tịch UBND tỉnh Yên Bái làm việc với lãnh đạo Thi hành án dân sự "
        "tỉnh về kết quả sáu tháng.",
        "2023-05-10",
        {OFFICE},
        set(),
        id="leaders-of-the-office",
    ),
    P(
        "Năm 2007, Thi hành án dân sự huyện Văn Chấn, tỉnh Yên Bái phát động thi đua. Được sự "
        "chỉ đạo của Thi hành án dân sự tỉnh, đơn vị hoàn thành chỉ tiêu.",
        "2007-11-02",
        {OFFICE, "Thi hành án dân sự huyện Văn Chấn"},
        set(),
        id="old-page-district-then-province",
    ),
    P(
        "Tỉnh Yên Bái: Thi hành án dân sự tỉnh phải về đích sớm.",
        None,
        {OFFICE},
        set(),
        id="undated-headline",
    ),
    P(
        "Năm 2015, Chi cục Thi hành án dân sự huyện Văn Chấn, tỉnh Yên Bái được Cục Thi hành án "
        "dân sự tỉnh khen. Thi hành án dân sự tỉnh chỉ đạo sát sao.",
        "2015-03-02",
        {"Cục Thi hành án dân sự tỉnh Yên Bái"},
        {OFFICE},
        id="neg-a-cuc-on-the-page",
    ),
    P(
        "Tỉnh Yên Bái: công tác Thi hành án dân sự tỉnh năm 2022 đạt kết quả; ngành Thi hành án "
        "dân sự tỉnh còn khó khăn.",
        "2023-01-05",
        set(),
        {OFFICE},
        id="neg-the-sector",
    ),
    P(
        "Tỉnh Yên Bái: Ban Chỉ đạo Thi hành án dân sự tỉnh họp phiên thường kỳ.",
        "2023-01-05",
        set(),
        {OFFICE},
        id="neg-steering-committee",
    ),
    P(
        "Hội nghị các Trưởng Thi hành án dân sự tỉnh, thành phố tổ chức tại tỉnh Yên Bái.",
        "2023-01-05",
        set(),
        {OFFICE},
        id="neg-every-province",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "absent"), CASES)
def test_bare_provincial_office(
    text: str, published: str | None, expected: set[str], absent: set[str]
) -> None:
    got = scored_orgs(text, published)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
