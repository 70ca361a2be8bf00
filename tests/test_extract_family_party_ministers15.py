"""Positions as a family, rules round 15: a provincial committee written in lower case, and a
minister named with the domain and ``Việt Nam``.

- a party role with its provincial committee written in lower case and bare (``Phó Bí thư
  tỉnh ủy, Chủ tịch UBND tỉnh X``), the chain going on, is of that province's committee
  (``Tỉnh ủy X``), on either side of the name; the chain goes on past it; with no province named
  after it, the role keeps its reading;
- a standing board's member written bare before the posts next to a name (``Ủy viên Ban
  Thường vụ, Phó Chủ tịch HĐND tỉnh X A``, ``UVBTVTU, …``) is a party role, as on the right of
  the name (``Ban Thường vụ Tỉnh ủy X``); before an association's post it keeps its reading;
- ``Bộ trưởng Tư pháp Việt Nam A`` (written beside a foreign minister) is a minister of Vietnam's
  own ministry (``Bộ Tư pháp``, named without the country); a foreign minister's ministry keeps
  its country (``Bộ Tư pháp Lào``).

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

YB = "tỉnh Yên Bái"

CASES = [
    pytest.param(
        f"Tham dự có ông Khúc Văn Độ, Phó Bí thư tỉnh ủy, Chủ tịch UBND {YB} và các đại biểu.",
        "Khúc Văn Độ",
        {("Phó Bí thư", "Tỉnh ủy Yên Bái"), ("Chủ tịch", f"Ủy ban nhân dân {YB}")},
        id="lower-committee-right-chain",
    ),
    pytest.param(
        f"Tham dự có Phó Bí thư tỉnh ủy, Chủ tịch UBND {YB} Khúc Văn Độ và các đại biểu.",
        "Khúc Văn Độ",
        {("Phó Bí thư", "Tỉnh ủy Yên Bái"), ("Chủ tịch", f"Ủy ban nhân dân {YB}")},
        id="lower-committee-left-chain",
    ),
    pytest.param(
        "Dự lễ có bà Vi Thị Sáo, Bí thư thành ủy, Chủ tịch HĐND thành phố Cần Thơ.",
        "Vi Thị Sáo",
        {("Bí thư", "Thành ủy Cần Thơ"), ("Chủ tịch", "Hội đồng nhân dân thành phố Cần Thơ")},
        id="lower-city-committee",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Bí thư tỉnh ủy {YB} phát biểu.",
        "Khúc Văn Độ",
        {("Bí thư", "Tỉnh ủy Yên Bái")},
        id="lower-committee-with-place-unchanged",
    ),
    pytest.param(
        "Ông Khúc Văn Độ, Phó Bí thư tỉnh ủy, cho biết thêm về kế hoạch.",
        "Khúc Văn Độ",
        {("Phó Bí thư", None)},
        id="negative-no-province-named",
    ),
    pytest.param(
        f"Tham dự có Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND {YB} Khúc Văn Độ và khách mời.",
        "Khúc Văn Độ",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Yên Bái"),
            ("Phó Chủ tịch", f"Hội đồng nhân dân {YB}"),
        },
        id="board-member-left-chain",
    ),
    pytest.param(
        f"Tham dự có UVBTVTU, Phó Chủ tịch HĐND {YB} Khúc Văn Độ và khách mời.",
        "Khúc Văn Độ",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Tỉnh ủy Yên Bái"),
            ("Phó Chủ tịch", f"Hội đồng nhân dân {YB}"),
        },
        id="board-member-abbreviated-left-chain",
    ),
    pytest.param(
        f"Dự có Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Luật gia {YB} Khúc Văn Độ và khách mời.",
        "Khúc Văn Độ",
        {("Phó Chủ tịch", f"Hội Luật gia {YB}")},
        id="negative-board-member-before-association-unchanged",
    ),
    pytest.param(
        "Phát biểu khai mạc, Bộ trưởng Tư pháp Việt Nam Khúc Văn Độ nhấn mạnh ý nghĩa hội nghị.",
        "Khúc Văn Độ",
        {("Bộ trưởng", "Bộ Tư pháp")},
        id="minister-domain-vietnam",
    ),
    pytest.param(
        "Thứ trưởng Tư pháp Việt Nam Khúc Văn Độ tiếp đoàn công tác.",
        "Khúc Văn Độ",
        {("Thứ trưởng", "Bộ Tư pháp")},
        id="deputy-minister-domain-vietnam",
    ),
    pytest.param(
        "Bộ trưởng Tư pháp Lào Xổm Phết và Bộ trưởng Tư pháp Việt Nam Khúc Văn Độ đồng chủ trì.",
        "Xổm Phết",
        {("Bộ trưởng", "Bộ Tư pháp Lào")},
        id="negative-foreign-minister-keeps-country",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_lower_committees_and_ministers(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    people, _ = people_and_orgs(text)
    assert people[person] == expected, people
