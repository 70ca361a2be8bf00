"""The party's Central Committee written ``Trung ương Đảng`` as an actor (session 13, org13b):
after ``của``, ``lãnh đạo`` or ``chỉ đạo`` it is ``Ban Chấp hành Trung ương Đảng`` (as after a
member's title); a member of the Secretariat (``Bí thư Trung ương Đảng``), the Central Office and
a plenum name no committee. Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DAY = "2023-05-10"
BCH = "Ban Chấp hành Trung ương Đảng"

CASES = [
    P(
        "Sở Tư pháp tỉnh Yên Bái quán triệt các nghị quyết, kết luận, chỉ đạo của Trung ương "
        "Đảng, Bộ Chính trị, Quốc hội, Chính phủ.",
        {BCH, "Bộ Chính trị"},
        set(),
        id="directions-of",
    ),
    P(
        "Dưới sự lãnh đạo của Trung ương Đảng và Chính phủ, ngành Tư pháp đã trưởng thành.",
        {BCH, "Chính phủ"},
        set(),
        id="leadership-of",
    ),
    P(
        "Hội nghị quán triệt ý kiến chỉ đạo Trung ương Đảng về công tác cán bộ.",
        {BCH},
        set(),
        id="directions-without-cua",
    ),
    P(
        "Ông Lò Văn Tám, ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Yên Bái dự.",
        {BCH, "Tỉnh ủy Yên Bái"},
        set(),
        id="member-title-still",
    ),
    P(
        "Đồng chí Lò Văn Tám, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương dự.",
        {"Ban Nội chính Trung ương"},
        {BCH},
        id="neg-secretariat-member",
    ),
    P(
        "Văn phòng Trung ương Đảng phối hợp tổ chức Hội nghị Trung ương Đảng lần thứ tám.",
        {"Văn phòng Trung ương Đảng"},
        {BCH},
        id="neg-central-office-and-plenum",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_central_committee_as_actor(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DAY)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
