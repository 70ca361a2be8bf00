"""Emulation groups (session 13, org13): a province's bloc named without its province (``Khối thi
đua số 3``, ``Khối thi đua Nội chính``) is the bloc of the page's province; a number written
with a leading zero (``Cụm thi đua số 03``) is the number. Invented sentences; negatives: a
page naming no province, a central bloc, a cluster of several provinces.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"

CASES = [
    P(
        "Sở Tư pháp tỉnh Yên Bái là Khối trưởng Khối thi đua số 3 năm 2023. Khối thi đua số 3 "
        "đã tổ chức ký kết giao ước.",
        {"Khối thi đua số 3 tỉnh Yên Bái"},
        {"Khối thi đua số 3"},
        id="numbered-bloc-of-the-province",
    ),
    P(
        "Viện kiểm sát nhân dân tỉnh Cao Bằng tổ chức hội nghị của Khối thi đua Nội chính.",
        {"Khối thi đua Nội chính tỉnh Cao Bằng"},
        set(),
        id="internal-affairs-bloc-of-the-province",
    ),
    P(
        "Ngày 12/3, Khối thi đua Nội chính tổ chức hội nghị ký kết giao ước thi đua.",
        {"Khối thi đua Nội chính"},
        set(),
        id="bloc-on-a-page-without-province",
    ),
    P(
        "Sáng 19/10, tại Chi cục THADS huyện Lục Yên, Cụm thi đua số 03 tổ chức hội nghị.",
        {"Cụm thi đua số 3"},
        {"Cụm thi đua số 03"},
        id="leading-zero-dropped",
    ),
    P(
        "Sở Tư pháp tỉnh Yên Bái dự hội nghị của Khối thi đua các bộ, ban, ngành Nội chính Trung "
        "ương.",
        {"Khối thi đua các bộ, ban, ngành Nội chính Trung ương"},
        {"Khối thi đua các bộ, ban, ngành Nội chính Trung ương tỉnh Yên Bái"},
        id="neg-central-bloc",
    ),
    P(
        "Viện kiểm sát nhân dân tỉnh Kon Tum là Cụm trưởng Cụm thi đua số 7 năm 2023.",
        {"Cụm thi đua số 7"},
        {"Cụm thi đua số 7 tỉnh Kon Tum"},
        id="neg-cluster-of-provinces",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_emulation_groups(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
