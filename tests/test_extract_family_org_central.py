"""Central bodies and a body's own organs (session 11, x-org13): a Central Committee or
Politburo seat followed by a foreign party's name is that party's organ, in the organizations
too and whatever the case of the party's words; the Fatherland Front's central committee written
after its officer's title without ``Ủy ban``; the Front's party delegation; the border guard
command written short; a basic-level youth or union branch (``Chi đoàn cơ sở``, ``Công đoàn cơ
sở``) of a body, alone or listed. Every sentence is invented.

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DATE = "2024-03-12"
LAO_CC = "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"
VN_CC = "Ban Chấp hành Trung ương Đảng"
FRONT = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"

PARTIES = [
    P(
        "Ông Sổm-phăn Xay-nhạ - Ủy viên Trung ương Đảng Nhân dân cách mạng Lào, Bộ trưởng Bộ Tư"
        " pháp Lào đồng chủ trì.",
        {LAO_CC, "Bộ Tư pháp Lào"},
        {VN_CC},
        id="foreign-party-small-letters",
    ),
    P(
        "Ông Sổm-phăn Xay-nhạ - Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bộ trưởng Bộ Tư"
        " pháp Lào đồng chủ trì.",
        {LAO_CC},
        {VN_CC},
        id="foreign-party-capitals",
    ),
    P(
        "Bà Khăm-la Vông-xa, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào phát"
        " biểu.",
        {LAO_CC},
        {VN_CC},
        id="foreign-party-full-organ",
    ),
    P(
        "Đồng chí Tạ Văn Khải, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp dự hội nghị.",
        {VN_CC, "Bộ Tư pháp"},
        {LAO_CC},
        id="own-party-stays",
    ),
    P(
        "Đồng chí Tạ Văn Khải, Ủy viên Trung ương Đảng, Trưởng đoàn đại biểu Việt Nam thăm Lào.",
        {VN_CC},
        {LAO_CC},
        id="own-party-on-a-page-about-laos",
    ),
]

FRONTS = [
    P(
        "Đồng chí Tạ Văn Khải, Bí thư Đảng đoàn, Chủ tịch Trung ương Mặt trận Tổ quốc Việt Nam"
        " phát biểu.",
        {FRONT},
        set(),
        id="front-after-chair",
    ),
    P(
        "Bà Tạ Thị Ngần, Phó Chủ tịch Trung ương MTTQ Việt Nam dự lễ.",
        {FRONT},
        set(),
        id="front-abbreviated-after-vice-chair",
    ),
    P(
        "Hội nghị đã nghe báo cáo của Đảng đoàn Trung ương Mặt trận Tổ quốc Việt Nam.",
        {"Đảng đoàn Trung ương Mặt trận Tổ quốc Việt Nam"},
        {FRONT},
        id="front-party-delegation",
    ),
    P(
        "Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị.",
        {FRONT},
        set(),
        id="front-committee-written",
    ),
    P(
        "Các văn bản hướng dẫn của Trung ương, Mặt trận Tổ quốc Việt Nam được triển khai.",
        set(),
        {FRONT},
        id="neg-centre-then-front",
    ),
]

COMMANDS = [
    P(
        "Tham dự có đại diện Bộ Ngoại giao, Bộ Công an, Bộ Tư lệnh Biên phòng của phía Việt Nam.",
        {"Bộ Ngoại giao", "Bộ Công an", "Bộ Tư lệnh Biên phòng"},
        set(),
        id="border-command-short",
    ),
    P(
        "Bộ Tư lệnh Bộ đội Biên phòng phối hợp với Bộ Tư pháp.",
        {"Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư pháp"},
        {"Bộ Tư lệnh Biên phòng"},
        id="border-command-full-stays",
    ),
]

ALL = PARTIES + FRONTS + COMMANDS


@pytest.mark.parametrize(("text", "expected", "absent"), ALL)
def test_central_bodies(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DATE)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)


#: a body's own organs with "cơ sở" (a basic-level youth or union branch), alone or listed
ORGANS = [
    P(
        "Chi đoàn cơ sở Sở Tư pháp tỉnh Cao Bằng tổ chức chương trình Tết Trung thu.",
        {"Chi đoàn cơ sở Sở Tư pháp tỉnh Cao Bằng"},
        set(),
        id="basic-youth-branch",
    ),
    P(
        "Công đoàn cơ sở và Chi đoàn Sở Tư pháp tỉnh Cao Bằng tổ chức gặp mặt.",
        {"Công đoàn cơ sở Sở Tư pháp tỉnh Cao Bằng", "Chi đoàn Sở Tư pháp tỉnh Cao Bằng"},
        set(),
        id="basic-union-listed-before-branch",
    ),
    P(
        "Công đoàn và Chi đoàn cơ sở Cục Thi hành án dân sự tỉnh Cao Bằng phát động phong trào.",
        {
            "Công đoàn Cục Thi hành án dân sự tỉnh Cao Bằng",
            "Chi đoàn cơ sở Cục Thi hành án dân sự tỉnh Cao Bằng",
        },
        set(),
        id="union-listed-before-basic-branch",
    ),
    P(
        "Chi đoàn cơ sở có 25 đoàn viên đã tham gia.",
        set(),
        {"Chi đoàn cơ sở"},
        id="neg-branch-without-body",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ORGANS)
def test_organs(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DATE)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
