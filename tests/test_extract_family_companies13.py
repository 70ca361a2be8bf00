"""Positions, thirteenth rules round: companies written after a title.

Grammar (Vietnamese justice-sector news):

- ``Giám đốc Công ty <legal form or trade> <Proper Name>``: the company is the body of the
  title. The words between the head and the name are those of a legal form or trade
  (``TNHH``, ``cổ phần``, ``đấu giá hợp danh``, ``Luật TNHH thực hành luật``); the name is
  capitalized words, ``và Cộng sự`` kept. ``Doanh nghiệp tư nhân X`` and ``Hợp tác xã X`` alike.
- A company the text writes after the title but names no further (``Giám đốc Công ty cho
  biết``) is not the page's ``Sở Tư pháp``: the title is left without a body rather than
  given the page's department.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

LEAD = "Ngày 10/3/2024, Sở Tư pháp tỉnh Hà Giang tổ chức hội nghị. "

COMPANY_CASES = [
    pytest.param(
        LEAD + "Bà Đèo Thị Sen – Giám đốc Công ty Tinh Phú trao quà cho học sinh.",
        "Đèo Thị Sen",
        {("Giám đốc", "Công ty Tinh Phú")},
        id="bare-proper-name",
    ),
    pytest.param(
        LEAD + "Ông Hà Văn Tĩnh, Giám đốc Công ty đấu giá hợp danh Đông Á, phát biểu.",
        "Hà Văn Tĩnh",
        {("Giám đốc", "Công ty đấu giá hợp danh Đông Á")},
        id="auction-partnership",
    ),
    pytest.param(
        LEAD + "Ông Hà Văn Tĩnh – Giám đốc Công ty Luật TNHH thực hành luật Quang Minh được"
        " bầu làm Chủ nhiệm Đoàn Luật sư tỉnh.",
        "Hà Văn Tĩnh",
        {
            ("Giám đốc", "Công ty Luật TNHH thực hành luật Quang Minh"),
            ("Chủ nhiệm", "Đoàn Luật sư tỉnh Hà Giang"),
        },
        id="law-firm-with-trade-words",
    ),
    pytest.param(
        LEAD + "Ông Lò Văn Ún, Giám đốc Doanh nghiệp tư nhân Ún Lò, phát biểu.",
        "Lò Văn Ún",
        {("Giám đốc", "Doanh nghiệp tư nhân Ún Lò")},
        id="private-enterprise",
    ),
    pytest.param(
        LEAD + "Luật sư Vi Văn Ngàn, Giám đốc Công ty Luật TNHH Ngàn Vi và Cộng sự, trình bày.",
        "Vi Văn Ngàn",
        {("Giám đốc", "Công ty Luật TNHH Ngàn Vi và Cộng sự")},
        id="and-partners",
    ),
    pytest.param(
        LEAD + "Ông Trịnh Quang Vỹ – Giám đốc Công ty Luật TNHH thực hành luật Quang Vỹ Trịnh"
        " được bầu làm Chủ nhiệm Đoàn Luật sư tỉnh.",
        "Trịnh Quang Vỹ",
        {
            ("Giám đốc", "Công ty Luật TNHH thực hành luật Quang Vỹ Trịnh"),
            ("Chủ nhiệm", "Đoàn Luật sư tỉnh Hà Giang"),
        },
        id="firm-named-after-its-founder",
    ),
    pytest.param(
        LEAD + "Ông Trịnh Quang Vỹ – Giám đốc Công ty Luật TNHH Trịnh Văn Vỹ, phát biểu.",
        "Trịnh Văn Vỹ",
        None,
        id="negative-the-founders-name-is-no-person",
    ),
    pytest.param(
        LEAD + "Bà Đèo Thị Sen – Giám đốc Công ty L",
        "Đèo Thị Sen",
        {("Giám đốc", None)},
        id="negative-caption-cut-short",
    ),
    pytest.param(
        LEAD + "Ông Hà Văn Tĩnh, Giám đốc Công ty cho biết doanh thu tăng.",
        "Hà Văn Tĩnh",
        {("Giám đốc", None)},
        id="negative-company-unnamed-is-not-the-department",
    ),
    pytest.param(
        LEAD + "Ông Hà Văn Tĩnh, Giám đốc Sở, cho biết công ty đã nộp hồ sơ.",
        "Hà Văn Tĩnh",
        {("Giám đốc", "Sở Tư pháp tỉnh Hà Giang")},
        id="negative-the-department-still-resolved",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), COMPANY_CASES)
def test_company_after_a_title(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got


def test_negative_a_firm_not_read_keeps_the_founders_name() -> None:
    """A founder-named firm whose name is too long to read is no company: the person span
    its name holds is kept (nothing is dropped for a company not added)."""
    from justicekg.extract.doc import Doc, Span
    from justicekg.extract.recognizers.title_companies import companies_after_titles

    text = (
        "Bà Đèo Thị Sen, Giám đốc Công ty TNHH Lò Văn Páo Green Star Tech Solutions"
        " International Group Asia, phát biểu."
    )
    doc = Doc(text)
    title = text.index("Giám đốc")
    founder = text.index("Lò Văn Páo")
    doc.add(Span(title, title + len("Giám đốc"), "title", "Giám đốc", "gazetteer", {"head": ""}))
    person = doc.add(Span(founder, founder + len("Lò Văn Páo"), "person", "Lò Văn Páo"))
    companies_after_titles(doc)
    assert person in doc.spans
    assert not doc.by_label("org")
