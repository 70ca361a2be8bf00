"""Organs and committees named once for several bodies (session 13, org13): organs of one party
committee listed before it (``Ban Chấp hành, Ban Thường vụ Tỉnh ủy X``, ``Văn phòng, Ban Tổ
chức Tỉnh ủy X``); the people's committee a district office is written with (``Phòng Tư pháp
UBND huyện X`` names the committee too, an organ named with the committee does not); the Front's
abbreviation written with ``Việt Nam`` twice. Invented sentences, with negatives.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
UB = "Ủy ban nhân dân"

CASES = [
    P(
        "Ông Lê Văn Bảy thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Yên Bái nhiệm kỳ "
        "2010 - 2015.",
        {"Ban Chấp hành Tỉnh ủy Yên Bái", "Ban Thường vụ Tỉnh ủy Yên Bái"},
        set(),
        id="executive-and-standing-boards",
    ),
    P(
        "Dự có lãnh đạo Văn phòng, Ban Tổ chức Tỉnh ủy Cao Bằng.",
        {"Văn phòng Tỉnh ủy Cao Bằng", "Ban Tổ chức Tỉnh ủy Cao Bằng"},
        set(),
        id="office-and-board",
    ),
    P(
        "Dự có đại diện Ban Tuyên giáo, Ban Dân vận và Ủy ban Kiểm tra Huyện ủy Lục Yên.",
        {
            "Ban Tuyên giáo Huyện ủy Lục Yên",
            "Ban Dân vận Huyện ủy Lục Yên",
            "Ủy ban Kiểm tra Huyện ủy Lục Yên",
        },
        set(),
        id="three-boards-of-district-committee",
    ),
    P(
        "Dự có Sở Tư pháp, Ban Nội chính Tỉnh ủy Hà Giang.",
        {"Sở Tư pháp tỉnh Hà Giang", "Ban Nội chính Tỉnh ủy Hà Giang"},
        {"Sở Tư pháp Tỉnh ủy Hà Giang"},
        id="neg-a-department-is-no-organ",
    ),
    P(
        "Sở Tư pháp tỉnh Yên Bái phối hợp với Phòng Tư pháp UBND huyện Lục Yên tổ chức hội nghị.",
        {"Phòng Tư pháp huyện Lục Yên", f"{UB} huyện Lục Yên"},
        set(),
        id="office-names-its-committee",
    ),
    P(
        "Sở Tư pháp tỉnh Hà Tĩnh phối hợp với Phòng Tư pháp UBND TP. Hà Tĩnh tổ chức tập huấn.",
        {"Phòng Tư pháp thành phố Hà Tĩnh", f"{UB} thành phố Hà Tĩnh"},
        set(),
        id="city-office-names-its-committee",
    ),
    P(
        "Phòng Tư pháp huyện Văn Yên tổ chức tập huấn.",
        {"Phòng Tư pháp huyện Văn Yên"},
        {f"{UB} huyện Văn Yên"},
        id="neg-office-written-without-committee",
    ),
    P(
        "Tham dự có đại diện Đảng ủy UBND tỉnh Lâm Đồng và Văn phòng UBND tỉnh Lâm Đồng.",
        {f"Đảng ủy {UB} tỉnh Lâm Đồng", f"Văn phòng {UB} tỉnh Lâm Đồng"},
        {f"{UB} tỉnh Lâm Đồng"},
        id="neg-organs-named-with-committee",
    ),
    P(
        "Đại diện Thường trực UBMTTQVN Việt Nam thị xã Nghĩa Lộ dự.",
        {"Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Nghĩa Lộ"},
        set(),
        id="front-abbreviation-doubled",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_organs_and_committees(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
