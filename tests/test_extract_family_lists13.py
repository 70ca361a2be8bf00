"""Positions, thirteenth rules round: names listed under a plural title, each with an aside.

Grammar (Vietnamese justice-sector news):

- ``Bốn Phó Chủ tịch là các ông A (nguyên Vụ trưởng …), B, C và D``: every listed name holds
  the plural title (with its body), also when a name carries its own aside in brackets (a
  former or other post); the aside stays that person's own post.
- Not listed: a name after the list's end (a new sentence), and a name inside another clause.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

LEAD = "Liên đoàn Luật sư Việt Nam tổ chức đại hội. "
LD = "Liên đoàn Luật sư Việt Nam"

LIST_CASES = [
    pytest.param(
        LEAD + "Bốn Phó Chủ tịch là các ông Vi Văn Ngàn (nguyên Vụ trưởng Vụ Pháp chế), Trịnh"
        " Quang Vỹ, Hà Văn Tĩnh và Lò Văn Ún.",
        "Trịnh Quang Vỹ",
        {("Phó Chủ tịch", LD)},
        id="name-after-an-aside",
    ),
    pytest.param(
        LEAD + "Bốn Phó Chủ tịch là các ông Vi Văn Ngàn (nguyên Vụ trưởng Vụ Pháp chế), Trịnh"
        " Quang Vỹ, Hà Văn Tĩnh và Lò Văn Ún.",
        "Lò Văn Ún",
        {("Phó Chủ tịch", LD)},
        id="last-name-after-an-aside",
    ),
    pytest.param(
        LEAD + "Hai Phó Chủ tịch là ông Trịnh Quang Vỹ (luật sư Đoàn Luật sư tỉnh Hà Giang) và"
        " bà Đèo Thị Sen (Đoàn Luật sư tỉnh Lai Châu).",
        "Đèo Thị Sen",
        {("Phó Chủ tịch", LD)},
        id="each-name-with-an-aside",
    ),
    pytest.param(
        LEAD + "Hai Phó Chủ tịch là ông Trịnh Quang Vỹ và bà Đèo Thị Sen. Ông Hà Văn Tĩnh (Hà"
        " Giang) phát biểu.",
        "Hà Văn Tĩnh",
        None,
        id="negative-a-name-after-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), LIST_CASES)
def test_listed_names_with_asides(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got
