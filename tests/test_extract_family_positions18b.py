"""Positions as a family, rules round 18 (second pass): party and mass-organization bodies of
agencies and districts, read on pages no rule was written from.

- a seat on an executive written short (``Ủy viên BCH``, ``UVBCH``, ``UV BCH``) is the title
  ``Ủy viên Ban Chấp hành``, so the chain of titles after it goes on;
- the central agencies' party committee (``Đảng ủy Khối các cơ quan Trung ương``) is a body
  of its own, so its boards are named with it (``Ban Tổ chức Đảng ủy Khối …``);
- a province's committee of its party agencies written with a bare ``tỉnh`` (``Ban Tổ chức
  Đảng ủy các cơ quan Đảng tỉnh``) is the page's province's;
- the women's union as a district page writes it (``Hội phụ nữ huyện X``) is a body;
- an agency's veterans' association (``Hội Cựu chiến binh Bộ X``) is named with its agency,
  and an officer's title written with its first words only (``Phó Chủ tịch Hội Cựu chiến
  binh``) takes the one of several such bodies its sentence names before it.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import positions_are, scored_orgs

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

CASES = [
    pytest.param(
        "Hôm nay, Công đoàn cơ sở Chi cục Thi hành án dân sự huyện Hải Hậu họp. Dự họp có bà"
        " Trần Thị Lan - Ủy viên BCH Liên đoàn lao động huyện, Chủ tịch Hội phụ nữ huyện Hải"
        " Hậu.",
        "Trần Thị Lan",
        {
            ("Ủy viên Ban Chấp hành", "Ban Chấp hành Liên đoàn Lao động huyện Hải Hậu"),
            ("Chủ tịch", "Hội Phụ nữ huyện Hải Hậu"),
        },
        id="executive-seat-short-and-women-union",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Nam Định họp. Dự họp có ông Khúc Văn Bảo, UVBCH, Phó Trưởng ban Ban"
        " Tổ chức Đảng ủy các cơ quan Đảng tỉnh.",
        "Khúc Văn Bảo",
        {
            ("Ủy viên Ban Chấp hành", None),
            ("Phó Trưởng ban", "Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh Nam Định"),
        },
        id="party-agencies-committee-bare-province",
    ),
    pytest.param(
        "Dự hội nghị có ông Đoàn Văn Khải, Phó Trưởng Ban Tổ chức Đảng ủy Khối các cơ quan"
        " Trung ương.",
        "Đoàn Văn Khải",
        {("Phó Trưởng Ban", "Ban Tổ chức Đảng ủy Khối các cơ quan Trung ương")},
        id="central-agencies-committee-board",
    ),
    pytest.param(
        "Hôm qua, đoàn của Hội Cựu chiến binh Bộ Công Thương do ông Lê Văn Nam dẫn đầu đã về"
        " thăm; ông Hà Văn Tâm - Phó Chủ tịch Hội Cựu chiến binh - Phó Trưởng đoàn. Đoàn làm"
        " việc với Hội Cựu chiến binh Sở Công Thương tỉnh Nam Định.",
        "Hà Văn Tâm",
        {("Phó Chủ tịch", "Hội Cựu chiến binh Bộ Công Thương")},
        id="veterans-named-before-in-sentence",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_positions(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


def test_veterans_association_of_an_agency_is_a_body() -> None:
    text = "Hội Cựu chiến binh Bộ Công Thương tổ chức gặp mặt hội viên."
    assert "hội cựu chiến binh bộ công thương" in scored_orgs(text)
    assert org_kinds(text)["Hội Cựu chiến binh Bộ Công Thương"] == "other"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Sáng 9/9/2024, Hội Cựu chiến binh Bộ Công an phối hợp với Sở Tư pháp tỉnh Lai Châu"
            " tổ chức tọa đàm.",
            "Hội Cựu chiến binh Bộ Công an",
            id="veterans-of-a-ministry",
        ),
        pytest.param(
            "Đoàn công tác của Hội Cựu chiến binh Bộ Tư pháp đến thăm.",
            "Hội Cựu chiến binh Bộ Tư pháp",
            id="veterans-of-a-ministry-after-a-team",
        ),
        pytest.param(
            "Công đoàn Bộ Tư pháp tổ chức hội nghị.",
            "Công đoàn Bộ Tư pháp",
            id="union-of-a-ministry",
        ),
    ],
)
def test_members_body_of_a_ministry_is_no_ministry_unit(text: str, name: str) -> None:
    # (review 18, S4) SCHEMA.md: a ministry-unit is a Vụ, Cục, Văn phòng or Thanh tra of it; an
    # association or union formed in a ministry is other
    assert org_kinds(text)[name] == "other"


def test_office_of_a_ministry_stays_a_ministry_unit() -> None:
    assert org_kinds("Văn phòng Bộ Tư pháp gửi công văn.")["Văn phòng Bộ Tư pháp"] == (
        "ministry-unit"
    )


def org_kinds(text: str) -> dict[str, str | None]:
    """Each organization of ``text`` and its kind."""
    return {o.name: o.kind for o in extract(text, article_id="t").organizations}


def test_executive_seat_short_before_the_central_committee_stays_whole() -> None:
    text = "Dự họp có ông Khúc Văn Bảo, Ủy viên BCH Trung ương Đảng, Bộ trưởng Bộ Công Thương."
    ok, got = positions_are(
        text,
        "Khúc Văn Bảo",
        {
            ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bộ trưởng", "Bộ Công Thương"),
        },
    )
    assert ok, got
