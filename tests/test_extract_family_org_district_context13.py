"""District bodies read from the page's one district (session 13, org13b).

- a bare list of sector heads (``lãnh đạo các ngành gồm: Viện kiểm sát, Công an, Tòa án, Chi cục
  thuế``) on a page whose district bodies are all of one district is that district's bodies;
  not on a page of two districts, or naming a provincial court, procuracy or police, not a
  sector (``cán bộ ngành Tòa án, Viện kiểm sát``);
- ``Phòng Tư pháp huyện`` takes the district its sentence writes in brackets after communes
  (``xã A, B (Văn Yên)``); two such districts give none.

Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DAY = "2023-05-10"
HOST = "Viện kiểm sát nhân dân huyện Văn Yên đã chủ động phối hợp với các ngành. "

CASES = [
    P(
        HOST + "Sáng 12/9, đoàn làm việc với đại diện lãnh đạo các ngành gồm: Công an, Chi cục "
        "thuế, Tòa án, Viện kiểm sát.",
        {
            "Công an huyện Văn Yên",
            "Tòa án nhân dân huyện Văn Yên",
            "Chi cục Thuế huyện Văn Yên",
            "Viện kiểm sát nhân dân huyện Văn Yên",
        },
        set(),
        id="sector-list-on-a-district-page",
    ),
    P(
        HOST + "Khối nội chính gồm: Ban chỉ huy quân sự, Công an, Chi cục thi hành án dân sự và "
        "Tòa án đã họp.",
        {
            "Ban Chỉ huy Quân sự huyện Văn Yên",
            "Công an huyện Văn Yên",
            "Chi cục Thi hành án dân sự huyện Văn Yên",
            "Tòa án nhân dân huyện Văn Yên",
        },
        set(),
        id="bloc-members",
    ),
    P(
        "Viện kiểm sát nhân dân huyện Văn Yên và Tòa án nhân dân tỉnh Yên Bái phối hợp. Lãnh đạo "
        "các ngành gồm: Công an, Tòa án dự.",
        set(),
        {"Công an huyện Văn Yên", "Tòa án nhân dân huyện Văn Yên"},
        id="neg-a-provincial-court-on-the-page",
    ),
    P(
        "Viện kiểm sát nhân dân huyện Văn Yên và Công an huyện Văn Chấn phối hợp. Lãnh đạo các "
        "ngành gồm: Công an, Tòa án dự.",
        set(),
        {"Tòa án nhân dân huyện Văn Yên", "Tòa án nhân dân huyện Văn Chấn"},
        id="neg-two-districts",
    ),
    # a list of another body's or of the whole country's (rev13b's cases)
    P(
        HOST + "Hội nghị quán triệt chỉ thị của Bộ Công an, Tòa án và Viện kiểm sát về phối hợp.",
        set(),
        {"Tòa án nhân dân huyện Văn Yên"},
        id="neg-inside-a-named-body",
    ),
    P(
        HOST + "Ngành Công an, Tòa án và Viện kiểm sát cả nước đã phối hợp chặt chẽ.",
        set(),
        {"Tòa án nhân dân huyện Văn Yên", "Công an huyện Văn Yên"},
        id="neg-the-countrys-sectors",
    ),
    P(
        "Chi cục Thi hành án dân sự huyện Văn Yên tập huấn cho cán bộ ngành Tòa án, Viện kiểm sát.",
        set(),
        {"Tòa án nhân dân huyện Văn Yên", "Viện kiểm sát nhân dân huyện Văn Yên"},
        id="neg-the-sector",
    ),
    P(
        "Vừa qua, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái phối hợp với Phòng Tư pháp "
        "huyện tổ chức trợ giúp pháp lý cho người dân xã Khánh Thiện, Tân Phượng (Văn Yên).",
        {"Phòng Tư pháp huyện Văn Yên"},
        set(),
        id="district-in-brackets-after-communes",
    ),
    P(
        "Vừa qua, Phòng Tư pháp huyện tuyên truyền cho người dân xã Khánh Thiện (Văn Yên) và xã "
        "Sơn Thịnh (Văn Chấn).",
        set(),
        {"Phòng Tư pháp huyện Văn Yên", "Phòng Tư pháp huyện Văn Chấn"},
        id="neg-two-districts-in-brackets",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_bodies_of_the_page_district(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DAY)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
