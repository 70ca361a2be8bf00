"""Positions as a family, rules round 17 (worker pos17).

Forms:

- a commune official written with a bare ``UBND xã`` (``HĐND xã``) in a list of a commune's
  officials on a page that names several communes: the body is the commune the same sentence
  names last before the title (``bà A – Chủ tịch UBND xã X, ông B – Phó Chủ tịch UBND xã, ông C
  – Chủ tịch UBMTTQVN xã Y``); a sentence naming no commune before the title keeps it bare;
- names listed under a plural title without a count, each written after its own post
  (``Các Phó Chủ tịch Hội đồng gồm: Phó Giám đốc Sở X A, Phó Chánh Văn phòng UBND tỉnh B``),
  every item to the sentence's end: each holds the plural title too (a count, when written, must
  match the items); one item that is not a post and a name keeps the list from being read;
- a bare party secretary's title right before the chair of a numbered district's People's
  Committee (``Phó Bí thư, Chủ tịch UBND Quận 3``) is of that district's ``Quận ủy Quận 3``, as
  for a named one;
- a person named before an election of unnamed others (``Phó Chủ tịch HĐND tỉnh A chúc mừng
  các đồng chí được bầu làm Trưởng đoàn Hội thẩm``) is not elected; a person named before
  ``được bầu làm`` still is;
- a bare ``Trưởng đoàn`` (a visiting delegation's head) is never of a bar named on the page
  (``Đoàn Luật sư tỉnh X``, headed by its ``Chủ nhiệm``).

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs, positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
ELSEWHERE = " Chiều cùng ngày, đoàn đến làm việc tại UBND xã Sủng Là."

COMMUNE_CASES = [
    P(
        "Dự buổi trao quà có bà Sùng Thị Mỷ – Chủ tịch UBND xã Lũng Cú, ông Giàng Seo Chớ – Phó"
        " Chủ tịch UBND xã, ông Lò Văn Pao – Chủ tịch UBMTTQVN xã Sủng Là." + ELSEWHERE,
        "Giàng Seo Chớ",
        {("Phó Chủ tịch", "Ủy ban nhân dân xã Lũng Cú")},
        id="committee-of-commune-named-before",
    ),
    P(
        "Dự buổi trao quà có bà Sùng Thị Mỷ – Chủ tịch UBND xã Lũng Cú, ông Giàng Seo Chớ – Phó"
        " Chủ tịch HĐND xã." + ELSEWHERE,
        "Giàng Seo Chớ",
        {("Phó Chủ tịch", "Hội đồng nhân dân xã Lũng Cú")},
        id="council-of-commune-named-before",
    ),
    P(
        "Dự buổi trao quà có ông Giàng Seo Chớ – Phó Chủ tịch UBND xã, ông Lò Văn Pao – Chủ tịch"
        " UBMTTQVN xã Lũng Cú. Trước đó, đoàn đã đến UBND xã Lũng Cú." + ELSEWHERE,
        "Giàng Seo Chớ",
        {("Phó Chủ tịch", None)},
        id="negative-no-commune-before-in-sentence",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), COMMUNE_CASES)
def test_bare_commune_body_in_a_list_of_officials(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


HN = "tỉnh Hà Nam"
COUNCIL = f"Hội đồng phối hợp phổ biến, giáo dục pháp luật {HN}"
COUNCIL_LEAD = f"{COUNCIL} họp phiên đầu tiên. "
ROSTER = (
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vũ Thị Lan, Phó Giám đốc Sở Tư pháp Trần Văn Khải"
    " và Phó Chánh Văn phòng UBND tỉnh Lê Minh Đức."
)

ROSTER_CASES = [
    P(
        COUNCIL_LEAD + "Các Phó Chủ tịch Hội đồng gồm: " + ROSTER,
        "Trần Văn Khải",
        {("Phó Chủ tịch", COUNCIL), ("Phó Giám đốc", f"Sở Tư pháp {HN}")},
        id="plural-title-items-post-then-name",
    ),
    P(
        COUNCIL_LEAD + "Các Phó Chủ tịch Hội đồng gồm: " + ROSTER,
        "Vũ Thị Lan",
        {("Phó Chủ tịch", COUNCIL), ("Phó Chủ tịch", f"Ủy ban Mặt trận Tổ quốc Việt Nam {HN}")},
        id="same-title-of-own-body-kept",
    ),
    P(
        COUNCIL_LEAD + "Ba Phó Chủ tịch Hội đồng gồm: " + ROSTER,
        "Lê Minh Đức",
        {("Phó Chủ tịch", COUNCIL), ("Phó Chánh Văn phòng", f"Văn phòng Ủy ban nhân dân {HN}")},
        id="count-matches-items",
    ),
    P(
        COUNCIL_LEAD + "Hai Phó Chủ tịch Hội đồng gồm: " + ROSTER,
        "Lê Minh Đức",
        {("Phó Chánh Văn phòng", f"Văn phòng Ủy ban nhân dân {HN}")},
        id="negative-count-does-not-match",
    ),
    P(
        COUNCIL_LEAD
        + "Các Phó Chủ tịch Hội đồng gồm: Phó Giám đốc Sở Tư pháp Trần Văn Khải, ông Lê Minh Đức.",
        "Trần Văn Khải",
        {("Phó Giám đốc", f"Sở Tư pháp {HN}")},
        id="negative-item-without-post",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), ROSTER_CASES)
def test_plural_title_over_items_written_post_first(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


NUMBERED_CASES = [
    P(
        "Dự hội nghị có đồng chí Quách Minh Tuệ, Phó Bí thư, Chủ tịch Ủy ban nhân dân Quận 3, Thành"
        " phố Hồ Chí Minh.",
        "Quách Minh Tuệ",
        {("Phó Bí thư", "Quận ủy Quận 3"), ("Chủ tịch", "Ủy ban nhân dân Quận 3")},
        id="deputy-secretary-numbered-district",
    ),
    P(
        "Dự hội nghị có đồng chí Quách Minh Tuệ, Bí thư, Chủ tịch HĐND Quận 12.",
        "Quách Minh Tuệ",
        {("Bí thư", "Quận ủy Quận 12"), ("Chủ tịch", "Hội đồng nhân dân Quận 12")},
        id="secretary-numbered-district-council",
    ),
    P(
        "Dự hội nghị có đồng chí Quách Minh Tuệ, Phó Bí thư, Chủ tịch Ủy ban nhân dân quận Gò Vấp.",
        "Quách Minh Tuệ",
        {("Phó Bí thư", "Quận ủy Gò Vấp"), ("Chủ tịch", "Ủy ban nhân dân quận Gò Vấp")},
        id="named-district-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), NUMBERED_CASES)
def test_secretary_before_chair_of_a_numbered_district(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


JURORS = (
    "Hội nghị toàn thể hội thẩm nhân dân tỉnh Hà Nam nhiệm kỳ 2021 – 2026 đã bầu Đoàn Hội thẩm"
    " nhân dân tỉnh. "
)

JUROR_CASES = [
    P(
        JURORS
        + "Phát biểu tại hội nghị, Phó Chủ tịch HĐND tỉnh Mạc Thị Yến Nhi đã chúc mừng các đồng"
        " chí được bầu làm Trưởng đoàn, Phó Trưởng đoàn Hội thẩm nhân dân tỉnh.",
        "Mạc Thị Yến Nhi",
        {("Phó Chủ tịch", f"Hội đồng nhân dân {HN}")},
        id="negative-congratulating-the-elected",
    ),
    P(
        JURORS
        + "Bà Mạc Thị Yến Nhi, Phó Chủ tịch Ủy ban MTTQ tỉnh được bầu làm Trưởng đoàn Hội thẩm"
        " nhân dân tỉnh.",
        "Mạc Thị Yến Nhi",
        {
            ("Phó Chủ tịch", f"Ủy ban Mặt trận Tổ quốc Việt Nam {HN}"),
            ("Trưởng đoàn", f"Đoàn Hội thẩm nhân dân {HN}"),
        },
        id="named-person-elected",
    ),
    # the plural after "được" is the electorate of a passive: the named person is elected
    P(
        JURORS + "Bà Mạc Thị Yến Nhi được các vị đại biểu bầu làm Trưởng đoàn Hội thẩm nhân dân"
        " tỉnh.",
        "Mạc Thị Yến Nhi",
        {("Trưởng đoàn", f"Đoàn Hội thẩm nhân dân {HN}")},
        id="elected-by-the-plural-delegates",
    ),
    P(
        JURORS + "Bà Mạc Thị Yến Nhi được những người có mặt nhất trí bầu làm Trưởng đoàn Hội"
        " thẩm nhân dân tỉnh.",
        "Mạc Thị Yến Nhi",
        {("Trưởng đoàn", f"Đoàn Hội thẩm nhân dân {HN}")},
        id="elected-by-those-present",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), JUROR_CASES)
def test_election_of_unnamed_jurors_heads(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_delegation_head_is_not_the_bars() -> None:
    text = (
        "ĐOÀN LUẬT SƯ TỈNH HÀ NAM TIẾP ĐOÀN CÔNG TÁC CỦA LIÊN ĐOÀN\n\n"
        "Sáng 14/3/2022, Đoàn công tác của Liên đoàn Luật sư Việt Nam do LS.TS. Quách Minh Tuệ,"
        " Chủ tịch Liên đoàn Luật sư Việt Nam, làm Trưởng đoàn, đã đến làm việc với Đoàn Luật sư"
        " tỉnh Hà Nam."
    )
    got = people_and_orgs(text)[0]["Quách Minh Tuệ"]
    assert ("Chủ tịch", "Liên đoàn Luật sư Việt Nam") in got
    assert not any(org and org.startswith("Đoàn Luật sư") for _, org in got), got
