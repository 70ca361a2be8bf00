"""Session 14 (org14): ministries listed by their domains after a count or a mixed intro.

``các Bộ: A, B`` was read; the same elliptical list is written after a count (``bảy bộ gồm
A, B``, ``07 bộ: A, B``), after a mixed intro (``các bộ, tỉnh thành gồm: A, B; P, Q``: the
ministries are listed, the provinces after the semicolon are not ministries), and without a
colon when two or more domains follow (``các bộ Tư pháp, Công an``). A count word with no
``gồm`` or colon is no list (``năm`` is also "year"), nor a generic plural (``các bộ, ngành
Trung ương``). Invented sentences; expected names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Cục Kiểm tra văn bản đã gửi văn bản tới bảy bộ gồm Tài chính, Y tế, Giáo dục và Đào tạo.",
        {"Bộ Tài chính", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"},
        set(),
        id="count-word-and-includes",
    ),
    P(
        "Văn bản đôn đốc được gửi 05 bộ: Xây dựng, Công Thương, Nội vụ.",
        {"Bộ Xây dựng", "Bộ Công Thương", "Bộ Nội vụ"},
        set(),
        id="count-digits-and-colon",
    ),
    P(
        "Các bộ, tỉnh thành gồm: Công Thương, Y tế; Hà Nam, Ninh Bình bị nhắc nhở chậm gửi báo"
        " cáo.",
        {"Bộ Công Thương", "Bộ Y tế"},
        {"Bộ Hà Nam", "Bộ Ninh Bình"},
        id="mixed-intro-ministries-only",
    ),
    P(
        "Hội thảo có sự tham gia của lãnh đạo các bộ Tư pháp, Công an, Tài chính.",
        {"Bộ Tư pháp", "Bộ Công an", "Bộ Tài chính"},
        set(),
        id="no-colon-two-or-more",
    ),
    P(
        "Lãnh đạo các bộ, ngành Trung ương dự hội nghị trực tuyến.",
        set(),
        {"Bộ Trung ương"},
        id="negative-generic-plural",
    ),
    P(
        "Sáu bộ trưởng đã trả lời chất vấn tại kỳ họp.",
        set(),
        {"Bộ trưởng"},
        id="negative-ministers-counted",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_ministries_listed_by_domain(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
