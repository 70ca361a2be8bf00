"""Session 16 (orgs16): one unit of each body a list names after a plural head and a colon.

``các Thư viện: Bộ A, Học viện B và Tạp chí C`` names the library of each body, with its parent
(``Thư viện Học viện B``), as the conventions name a sub-unit and expand an elliptical list; the
bodies named only as the units' owners give way, a body the page names on its own stays. In the
adjudicated R16 gold every unit so listed (7 of 7) is written ``<unit> <body>`` and none of the
owners named only there is listed. Not a list: one body after the colon, a head that is no unit
(``các Thứ trưởng: …``).

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Triển lãm giới thiệu sách của các Thư viện: Học viện Tư pháp, Tạp chí Nghề Luật và Nhà"
        " xuất bản Tư pháp.",
        {
            "Thư viện Học viện Tư pháp",
            "Thư viện Tạp chí Nghề Luật",
            "Thư viện Nhà xuất bản Tư pháp",
        },
        {"Học viện Tư pháp", "Tạp chí Nghề Luật", "Nhà xuất bản Tư pháp"},
        id="libraries-of-three-bodies",
    ),
    P(
        "Học viện Tư pháp tổ chức ngày hội đọc sách. Tham gia có các Thư viện: Học viện Tư pháp,"
        " Sở Tư pháp tỉnh Hòa Bình.",
        {"Học viện Tư pháp", "Thư viện Học viện Tư pháp", "Thư viện Sở Tư pháp tỉnh Hòa Bình"},
        {"Sở Tư pháp tỉnh Hòa Bình"},
        id="owner-named-on-its-own-stays",
    ),
    P(
        "Hội nghị có đại diện các Công đoàn: Sở Tư pháp tỉnh Bắc Kạn, Cục Thi hành án dân sự tỉnh"
        " Bắc Kạn.",
        {
            "Công đoàn Sở Tư pháp tỉnh Bắc Kạn",
            "Công đoàn Cục Thi hành án dân sự tỉnh Bắc Kạn",
        },
        set(),
        id="trade-unions-of-two-bodies",
    ),
    P(
        "Sách được trao cho các Thư viện: Học viện Tư pháp.",
        {"Học viện Tư pháp"},
        {"Thư viện Học viện Tư pháp"},
        id="negative-one-body-is-no-list",
    ),
    P(
        "Tham dự có các Phó Giám đốc: Sở Tư pháp tỉnh Hòa Bình, Sở Nội vụ tỉnh Hòa Bình.",
        {"Sở Tư pháp tỉnh Hòa Bình", "Sở Nội vụ tỉnh Hòa Bình"},
        set(),
        id="negative-a-title-is-no-unit",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_unit_of_each_listed_body(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs
    assert not scored_names(absent) & orgs
