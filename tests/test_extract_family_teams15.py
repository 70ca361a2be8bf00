"""Positions as a family, rules round 15: the heads of task teams (``Tổ``).

- a standing team is a body named with its purpose and the body or place it serves (``Tổ công
  tác liên ngành huyện X``, ``Tổ giúp việc Ban Chỉ đạo THADS tỉnh X``, ``Tổ Thư ký giúp việc Hội
  đồng …``); its head's title (``Tổ trưởng``, ``Tổ phó``) shares the head noun with it and is a
  post of that team; a team sent for one activity (``Tổ tuyên truyền``, ``Tổ kiểm tra``, a bare
  ``Tổ công tác``) is no body, as a ``Đoàn kiểm tra`` (review 15, pos15-S2);
- ``Tổ trưởng`` is a post only before the team it heads: alone (``Tổ trưởng, cùng các thành
  viên``) or as a role for a day (``làm Tổ trưởng``) it gives no post;
- a residents' group (``tổ dân phố``) is left to the grassroots rules, as before; a party cell
  beside a team's head is not the team's (a team has no cell of its own).

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

YB = "tỉnh Yên Bái"

CASES = [
    pytest.param(
        "Ông Khúc Văn Độ, Tổ trưởng Tổ công tác liên ngành huyện Văn Chấn báo cáo kết quả.",
        "Khúc Văn Độ",
        {("Tổ trưởng", "Tổ công tác liên ngành huyện Văn Chấn")},
        id="interagency-team-of-district",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Tổ trưởng Tổ giúp việc Ban Chỉ đạo THADS {YB} báo cáo kết quả.",
        "Khúc Văn Độ",
        {("Tổ trưởng", f"Tổ giúp việc Ban Chỉ đạo thi hành án dân sự {YB}")},
        id="support-team-of-steering-board",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo – Tổ phó Tổ Thư ký giúp việc Hội đồng phối hợp PBGDPL {YB} phát biểu.",
        "Vi Thị Sáo",
        {("Tổ phó", f"Tổ Thư ký giúp việc Hội đồng phối hợp phổ biến, giáo dục pháp luật {YB}")},
        id="secretariat-team-deputy",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Phó Viện trưởng, Tổ trưởng Tổ tuyên truyền Viện kiểm sát nhân dân {YB}"
        " chủ trì cuộc họp.",
        "Khúc Văn Độ",
        {("Phó Viện trưởng", f"Viện kiểm sát nhân dân {YB}")},
        id="negative-outreach-team-in-a-chain",
    ),
    pytest.param(
        f"Tổ trưởng Tổ kiểm tra Sở Tư pháp {YB} Khúc Văn Độ công bố quyết định.",
        "Khúc Văn Độ",
        set(),
        id="negative-inspection-team-head-before-name",
    ),
    pytest.param(
        "Ông Khúc Văn Độ, Tổ trưởng, cùng các thành viên trong tổ đã đến từng nhà.",
        "Khúc Văn Độ",
        set(),
        id="negative-bare-team-head",
    ),
    pytest.param(
        f"Tổ công tác của Cục THADS {YB} do ông Khúc Văn Độ, Phó Cục trưởng làm Tổ trưởng đã làm"
        " việc với Chi cục.",
        "Khúc Văn Độ",
        {("Phó Cục trưởng", f"Cục Thi hành án dân sự {YB}")},
        id="negative-head-for-a-day",
    ),
    pytest.param(
        "Bà Lò Thị Mến, Tổ trưởng Tổ dân phố số 5 phường Hồng Hà phát biểu.",
        "Lò Thị Mến",
        {("Tổ trưởng Tổ dân phố", None)},
        id="negative-residents-group-left-to-grassroots",
    ),
    pytest.param(
        "Bà Lò Thị Mến, Phó Bí thư Chi bộ, Trưởng thôn, Tổ trưởng tổ hòa giải thôn Khe Còng, xã"
        " Nậm Búng, được khen thưởng.",
        "Lò Thị Mến",
        {
            ("Phó Bí thư Chi bộ", "Chi bộ thôn Khe Còng"),
            ("Trưởng thôn", None),
            ("Tổ trưởng", "Tổ hòa giải thôn Khe Còng"),
        },
        id="negative-party-cell-not-the-teams",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_team_heads(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    people, _ = people_and_orgs(text)
    got = {(t, o.casefold() if o else None) for t, o in people[person]}
    assert {(t, o.casefold() if o else None) for t, o in expected} == got, people
