"""Session 14 (org14): emulation groups (Cụm, Khối, Khu vực thi đua).

* A group named in full once and then short (``Cụm thi đua số 1``, ``thành viên Cụm thi đua
  2``, ``Cụm thi đua các tỉnh …`` after ``Cụm thi đua Sở Tư pháp, Cục THADS các tỉnh …``) is
  one group, with its full name; not when the page names two groups the short name could be.
* A numbered group's name: ``thuộc`` between the number and its body is no part of it, the
  supreme body it belongs to keeps ``tối cao``, a lower-case word after the number that goes on
  no name ends it (the sentence goes on), and ``và`` before another group ends it.

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

REPEAT_CASES = [
    P(
        "Ngày 9/4, cụm thi đua số 1 VKSND tỉnh Lâm Đồng gồm VKSND huyện Lạc Dương, VKSND huyện"
        " Đam Rông tổ chức ký kết giao ước. Năm nay, Cụm thi đua số 1 thống nhất nhiều nội dung.",
        {"Cụm thi đua số 1 Viện kiểm sát nhân dân tỉnh Lâm Đồng"},
        {"Cụm thi đua số 1"},
        id="numbered-group-repeated-bare",
    ),
    P(
        "Sáng 6/9, Cụm thi đua 3 Sở Tư pháp thành phố Hà Nội tổ chức tọa đàm về hòa giải. Các"
        " thành viên Cụm thi đua 3 đã chia sẻ kinh nghiệm.",
        {"Cụm thi đua 3 Sở Tư pháp thành phố Hà Nội"},
        {"Cụm thi đua 3"},
        id="members-of-the-group",
    ),
    P(
        "Cụm thi đua số VII Tòa án nhân dân tổ chức hội thao năm 2024. Tòa án nhân dân tỉnh"
        " Long An là Cụm trưởng Cụm thi đua số VII.",
        {"Cụm thi đua số VII Tòa án nhân dân", "Tòa án nhân dân tỉnh Long An"},
        {"Cụm thi đua số VII"},
        id="roman-numbered-group",
    ),
    P(
        "Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh Tây Bắc tổ chức hội nghị. Các đơn"
        " vị thuộc Cụm thi đua các tỉnh Tây Bắc đã thi đua sôi nổi.",
        {"Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh Tây Bắc"},
        {"Cụm thi đua các tỉnh Tây Bắc"},
        id="group-named-by-its-region",
    ),
    P(
        "Cụm thi đua số 1 Sở Tư pháp tỉnh Gia Lai và Cụm thi đua số 1 Cục Thi hành án dân sự"
        " tỉnh Gia Lai cùng dự. Cụm thi đua số 1 đã thống nhất nội dung.",
        {
            "Cụm thi đua số 1 Sở Tư pháp tỉnh Gia Lai",
            "Cụm thi đua số 1 Cục Thi hành án dân sự tỉnh Gia Lai",
        },
        {"Cụm thi đua số 1 Sở Tư pháp tỉnh Gia Lai và Cụm thi đua số 1"},
        id="negative-two-groups-the-short-name-stays",
    ),
    P(
        "Cụm thi đua số 10 Sở Tư pháp tỉnh Kon Tum tổ chức hội nghị. Cụm thi đua số 1 tổ chức"
        " ký kết giao ước.",
        {"Cụm thi đua số 10 Sở Tư pháp tỉnh Kon Tum", "Cụm thi đua số 1"},
        {"Cụm thi đua số 10"},
        id="negative-another-number",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), REPEAT_CASES)
def test_group_named_short_is_the_full_group(
    text: str, present: set[str], absent: set[str]
) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs


NAME_CASES = [
    P(
        "Cụm thi đua số 3 thuộc Viện kiểm sát nhân dân tỉnh Gia Lai tổ chức ký kết giao ước.",
        {"Cụm thi đua số 3 Viện kiểm sát nhân dân tỉnh Gia Lai"},
        {"Cụm thi đua số 3 thuộc Viện kiểm sát nhân dân tỉnh Gia Lai"},
        id="belongs-to-its-body",
    ),
    P(
        "Cụm thi đua số IV trực thuộc Tòa án nhân dân tối cao tổ chức hội nghị.",
        {"Cụm thi đua số IV Tòa án nhân dân tối cao"},
        set(),
        id="directly-under-the-supreme-court",
    ),
    P(
        "Khối thi đua số 5 Viện kiểm sát nhân dân tối cao tổ chức hội nghị sơ kết.",
        {"Khối thi đua số 5 Viện kiểm sát nhân dân tối cao"},
        {"Khối thi đua số 5 Viện kiểm sát nhân dân"},
        id="supreme-body-kept",
    ),
    P(
        "Cụm thi đua số 3 đánh giá cao sự phối hợp của các thành viên.",
        {"Cụm thi đua số 3"},
        {"Cụm thi đua số 3 đánh giá cao sự"},
        id="sentence-goes-on-after-the-number",
    ),
    P(
        "Khu vực thi đua số 2 các tỉnh miền Đông Nam Bộ tổ chức hội nghị tổng kết.",
        {"Khu vực thi đua số 2 các tỉnh miền Đông Nam Bộ"},
        {"Khu vực thi đua số 2"},
        id="negative-region-after-the-number-stays",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), NAME_CASES)
def test_numbered_group_name(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs


@pytest.mark.parametrize("order", [0, 1])
def test_two_spellings_as_long_the_first_written_wins(order: int) -> None:
    """Two spellings of one full name (``Nội chính`` / ``nội chính``) as long as each other: the
    short mention takes the one the page writes first, whatever the order of a set (the
    extraction is the same in every process)."""
    from justicekg.extract.doc import Span
    from justicekg.extract.recognizers.org_group_repeats import name_group_repeats

    spellings = ["Khối thi đua Nội chính tỉnh Đông Hà", "Khối thi đua nội chính tỉnh Đông Hà"]
    first, second = spellings[order], spellings[1 - order]
    kind = {"kind": "emulation-group"}
    orgs = [
        Span(0, 10, "org", first, data=dict(kind)),
        Span(20, 30, "org", second, data=dict(kind)),
        Span(40, 50, "org", "Khối thi đua Nội chính", data=dict(kind)),
    ]
    name_group_repeats(orgs)
    assert orgs[2].name == first
