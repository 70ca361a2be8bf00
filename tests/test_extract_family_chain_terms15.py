"""Positions as a family, rules round 15: terms inside a chain of posts, plurals before one.

- a term written after a post or its body (``khóa XIII``, ``nhiệm kỳ 2021-2026``) does not end
  the chain of posts: the posts after it (``…, Ủy viên Trung ương Đảng khóa XIII, Bộ trưởng Bộ
  Tư pháp``) and, before a name, those before it (``Ủy viên Trung ương Đảng khóa XIII, Bộ
  trưởng Bộ Tư pháp Name``) are the person's; the title stays as before, without the term;
- a title after a plural (``sự tham dự của các Ủy viên Trung ương Đảng, Bộ trưởng … Name``,
  ``các đại biểu Quốc hội, Giám đốc Sở … Name``) names a class of people, not a post of the
  person named after the chain.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

YB = "tỉnh Yên Bái"
CC = ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")
MIN = ("Bộ trưởng", "Bộ Tư pháp")

CASES = [
    pytest.param(
        "Đồng chí Khúc Văn Độ, Ủy viên Trung ương Đảng khóa XIII, Bộ trưởng Bộ Tư pháp phát biểu.",
        "Khúc Văn Độ",
        {CC, MIN},
        id="term-right-chain",
    ),
    pytest.param(
        "Ủy viên Trung ương Đảng khóa XIII, Bộ trưởng Bộ Tư pháp Khúc Văn Độ phát biểu.",
        "Khúc Văn Độ",
        {CC, MIN},
        id="term-left-chain",
    ),
    pytest.param(
        "Đồng chí Khúc Văn Độ, Bí thư Trung ương Đảng khoá XII, Chánh án TAND tối cao chủ trì.",
        "Khúc Văn Độ",
        {("Bí thư Trung ương Đảng", None), ("Chánh án", "Tòa án nhân dân tối cao")},
        id="term-old-tone-style",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo, Đại biểu Quốc hội khóa XV, Giám đốc Sở Tư pháp {YB} phát biểu.",
        "Vi Thị Sáo",
        {("Đại biểu Quốc hội", "Quốc hội"), ("Giám đốc", f"Sở Tư pháp {YB}")},
        id="term-assembly-member",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Tỉnh ủy viên khóa XIX, Giám đốc Sở Tư pháp {YB} phát biểu.",
        "Khúc Văn Độ",
        {("Tỉnh ủy viên", "Tỉnh ủy Yên Bái"), ("Giám đốc", f"Sở Tư pháp {YB}")},
        id="term-provincial-committee-member",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Phó Chủ tịch HĐND {YB} nhiệm kỳ 2021-2026, Chủ tịch Hội Luật gia tỉnh"
        " phát biểu.",
        "Khúc Văn Độ",
        {("Phó Chủ tịch", f"Hội đồng nhân dân {YB}"), ("Chủ tịch", f"Hội Luật gia {YB}")},
        id="term-years-after-body",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Chủ tịch HĐND {YB} khóa XVIII, các đại biểu và cử tri dự tiếp xúc.",
        "Khúc Văn Độ",
        {("Chủ tịch", f"Hội đồng nhân dân {YB}")},
        id="negative-term-then-no-post",
    ),
    pytest.param(
        "Tham dự có ông Khúc Văn Độ, Đại biểu Quốc hội khóa XV, và bà Lò Thị Mến, Giám đốc Sở"
        f" Tư pháp {YB}.",
        "Khúc Văn Độ",
        {("Đại biểu Quốc hội", "Quốc hội")},
        id="negative-term-then-next-person",
    ),
    pytest.param(
        "Hội nghị có sự tham dự của các Ủy viên Trung ương Đảng khóa XIII, Bộ trưởng Bộ Tư pháp"
        " Lò Thị Mến và lãnh đạo các sở.",
        "Lò Thị Mến",
        {MIN},
        id="negative-plural-with-term",
    ),
    pytest.param(
        "Hội nghị có sự tham dự của các Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp Lò Thị Mến"
        " và lãnh đạo các sở.",
        "Lò Thị Mến",
        {MIN},
        id="negative-plural-party-title",
    ),
    pytest.param(
        f"Dự hội nghị có những đại biểu Quốc hội, Giám đốc Sở Tư pháp {YB} Lò Thị Mến và khách"
        " mời.",
        "Lò Thị Mến",
        {("Giám đốc", f"Sở Tư pháp {YB}")},
        id="negative-plural-assembly-members",
    ),
    pytest.param(
        "Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp Lò Thị Mến phát biểu khai mạc.",
        "Lò Thị Mến",
        {CC, MIN},
        id="singular-left-chain-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_chain_terms_and_plurals(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    people, _ = people_and_orgs(text)
    assert people[person] == expected, people
