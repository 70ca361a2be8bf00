"""Elliptical lists: one head written once before several domains (session 13, org13). ``các
Vụ: A, B`` and ``các Cục: A, B`` (a ministry's departments, named without it); ``các Phòng
chuyên môn: A, B`` (the page's department's divisions); ``Phòng Tư pháp, Nội vụ … huyện X`` and
``các phòng: …`` on a page about one district (a district's offices); ``các sở A, B`` with no
colon (two domains or more), and a placed body inside a list of departments. Invented
sentences; negatives: the provincial enforcement Cục, one domain after a plural, a list of
provinces after the departments, a district office with no district, two domains joined by
``và`` inside one name (one office; after a full first unit, ``và`` shares its head too).
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
STP = "Sở Tư pháp tỉnh Yên Bái"

CASES = [
    P(
        "Bộ Tư pháp chủ trì. Dự có đại diện các Vụ: Pháp chế, Tổ chức cán bộ, Thi đua - Khen "
        "thưởng.",
        {"Vụ Pháp chế", "Vụ Tổ chức cán bộ", "Vụ Thi đua - Khen thưởng"},
        set(),
        id="ministry-departments",
    ),
    P(
        "Dự có đại diện các Cục: Bổ trợ tư pháp, Con nuôi và Hộ tịch, quốc tịch, chứng thực.",
        {"Cục Bổ trợ tư pháp", "Cục Con nuôi", "Cục Hộ tịch, quốc tịch, chứng thực"},
        set(),
        id="ministry-general-departments",
    ),
    P(
        "Dự có đại diện Vụ Pháp chế, Tổ chức cán bộ và Hợp tác quốc tế.",
        {"Vụ Pháp chế", "Vụ Tổ chức cán bộ", "Vụ Hợp tác quốc tế"},
        set(),
        id="shared-head-after-first-department",
    ),
    P(
        f"{STP} chủ trì. Dự có các Phòng chuyên môn: Hành chính tư pháp, Bổ trợ tư pháp.",
        {f"Phòng Hành chính tư pháp {STP}", f"Phòng Bổ trợ tư pháp {STP}"},
        set(),
        id="divisions-of-the-department",
    ),
    P(
        "UBND huyện Lục Yên chủ trì. Dự có Phòng Tư pháp, Nội vụ, Tài chính - Kế hoạch huyện "
        "Lục Yên.",
        {
            "Phòng Tư pháp huyện Lục Yên",
            "Phòng Nội vụ huyện Lục Yên",
            "Phòng Tài chính - Kế hoạch huyện Lục Yên",
        },
        set(),
        id="district-offices-place-after",
    ),
    P(
        "UBND huyện Văn Yên chủ trì. Dự có các phòng: Tư pháp, Nội vụ, Tài chính - Kế hoạch.",
        {
            "Phòng Tư pháp huyện Văn Yên",
            "Phòng Nội vụ huyện Văn Yên",
            "Phòng Tài chính - Kế hoạch huyện Văn Yên",
        },
        set(),
        id="district-offices-of-the-page",
    ),
    P(
        f"{STP} chủ trì. Dự có lãnh đạo các sở Tài chính, Nội vụ, Xây dựng.",
        {"Sở Tài chính tỉnh Yên Bái", "Sở Nội vụ tỉnh Yên Bái", "Sở Xây dựng tỉnh Yên Bái"},
        set(),
        id="departments-without-colon",
    ),
    P(
        f"{STP} chủ trì. Dự có đại diện các sở, ngành: Tài chính, Công an tỉnh, Nội vụ.",
        {"Sở Tài chính tỉnh Yên Bái", "Công an tỉnh Yên Bái", "Sở Nội vụ tỉnh Yên Bái"},
        set(),
        id="placed-body-inside-department-list",
    ),
    P(
        "Dự có đại diện các Cục: Thi hành án dân sự, Con nuôi.",
        {"Cục Con nuôi"},
        {"Cục Thi hành án dân sự"},
        id="neg-provincial-enforcement-department",
    ),
    P(
        f"{STP} chủ trì. Lãnh đạo các sở Tư pháp cũng dự.",
        {STP},
        {"Sở Tư pháp"},
        id="neg-one-domain-after-plural",
    ),
    P(
        "Dự có lãnh đạo các sở Tư pháp, Tài chính các tỉnh Lạng Sơn, Cao Bằng.",
        set(),
        {"Sở Tài chính", "Sở Tư pháp"},
        id="neg-provinces-after-departments",
    ),
    P(
        "Dự có các phòng: Tư pháp, Nội vụ của nhiều huyện.",
        set(),
        {"Phòng Tư pháp", "Phòng Nội vụ"},
        id="neg-district-offices-without-district",
    ),
    P(
        "Lãnh đạo Phòng Tư pháp và Nội vụ huyện Mường Tè dự họp.",
        {"Phòng Tư pháp và Nội vụ huyện Mường Tè"},
        {"Phòng Nội vụ huyện Mường Tè", "Phòng Tư pháp huyện Mường Tè"},
        id="neg-offices-joined-inside-one-name",
    ),
    P(
        "Lãnh đạo Phòng Tư pháp huyện Mường Tè và Tài chính - Kế hoạch dự họp.",
        {"Phòng Tư pháp huyện Mường Tè", "Phòng Tài chính-Kế hoạch huyện Mường Tè"},
        set(),
        id="shared-head-after-and",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_units_listed_by_domain(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
