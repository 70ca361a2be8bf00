"""Positions as a family, rules round 15: short titles the sector's pages write.

- ``Phó phòng`` (the deputy head of a division, written short) is a title of the division
  named after it, the head noun shared (``Phó phòng`` + ``Phòng Tư pháp huyện X``), as
  ``Trưởng phòng`` is;
- ``Thống đốc`` (the governor of the state bank) is a title of the bank named after it; a
  bank's name reads on over ``phát triển`` but stops before the verb ``phát biểu``.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

YB = "tỉnh Yên Bái"

CASES = [
    pytest.param(
        "Bà Vi Thị Sáo, Phó phòng Tư pháp huyện Văn Chấn cho biết.",
        "Vi Thị Sáo",
        {("Phó phòng", "Phòng Tư pháp huyện Văn Chấn")},
        id="deputy-division-district",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo, Phó Phòng Nghiệp vụ 1, Cục THADS {YB} cho biết.",
        "Vi Thị Sáo",
        {("Phó Phòng", f"Phòng Nghiệp vụ 1 Cục Thi hành án dân sự {YB}")},
        id="deputy-division-with-parent",
    ),
    pytest.param(
        "Phó phòng Tư pháp huyện Văn Chấn Vi Thị Sáo cho biết thêm.",
        "Vi Thị Sáo",
        {("Phó phòng", "Phòng Tư pháp huyện Văn Chấn")},
        id="deputy-division-before-name",
    ),
    pytest.param(
        "Dự họp có các Trưởng phòng, Phó phòng chuyên môn và ông Khúc Văn Độ, Giám đốc Sở Tư"
        f" pháp {YB}.",
        "Khúc Văn Độ",
        {("Giám đốc", f"Sở Tư pháp {YB}")},
        id="negative-plural-division-heads",
    ),
    pytest.param(
        "Ông Khúc Văn Độ, Phó Thống đốc Ngân hàng Nhà nước Việt Nam phát biểu.",
        "Khúc Văn Độ",
        {("Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam")},
        id="deputy-governor-bank-ends-before-verb",
    ),
    pytest.param(
        "Tới dự có ông Khúc Văn Độ, nguyên Thống đốc Ngân hàng Nhà nước.",
        "Khúc Văn Độ",
        {("Nguyên Thống đốc", "Ngân hàng Nhà nước")},
        id="former-governor",
    ),
    pytest.param(
        "Ông Khúc Văn Độ, Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh"
        f" {YB} phát biểu.",
        "Khúc Văn Độ",
        {("Giám đốc", f"Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh {YB}")},
        id="negative-bank-name-with-development-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_short_titles(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    people, _ = people_and_orgs(text)
    assert people[person] == expected, people
