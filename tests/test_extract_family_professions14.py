"""Positions as a family, rules round 14: a profession written before a name, and its body.

- ``luật sư``/``luật gia`` right before a name is a role, not an honorific, rank or degree:
  with no body named for it (``luật sư A trình bày``, ``luật sư B (Chủ nhiệm)``) it is a
  position with organization null (the conventions' ``báo cáo viên pháp luật``);
- the bar or firm written as the name's aside (``luật sư C (Đoàn Luật sư tỉnh P)``, ``Luật sư
  D, Công ty Luật …``) is the profession's body; another kind of body there is not;
- a lawyer of a bar named before the name (``Luật sư Đoàn Luật sư tỉnh P E``) and the person's
  other posts keep their reading.

Expected facts follow the conventions (``../shared/eval/README.md``, "Positions"); invented
people and sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

BAR = "Đoàn Luật sư tỉnh Sóc Trăng"

CASES = [
    pytest.param(
        "Hội nghị nghe luật sư Thạch Sô Phên trình bày chuyên đề về hòa giải.",
        "Thạch Sô Phên",
        {("Luật sư", None)},
        id="lawyer-prefix-no-body-is-a-null-post",
    ),
    pytest.param(
        "Ban Chủ nhiệm Đoàn Luật sư tỉnh Sóc Trăng gồm luật sư Thạch Sô Phên (Chủ nhiệm) và luật"
        " sư Lâm Thị Sa Rết (Phó Chủ nhiệm).",
        "Lâm Thị Sa Rết",
        {("Phó Chủ nhiệm", BAR), ("Luật sư", None)},
        id="prefix-with-bracketed-post-keeps-both",
    ),
    pytest.param(
        "Tham gia tư vấn có hai luật sư Thạch Sô Phên (Đoàn Luật sư tỉnh Sóc Trăng) và Lâm Thị Sa"
        " Rết.",
        "Thạch Sô Phên",
        {("Luật sư", BAR)},
        id="bar-as-the-names-aside",
    ),
    pytest.param(
        "Tham gia tư vấn có luật sư Thạch Sô Phên, Công ty Luật Hòa Bình Sóc Trăng.",
        "Thạch Sô Phên",
        {("Luật sư", "Công ty Luật Hòa Bình Sóc Trăng")},
        id="firm-after-a-comma",
    ),
    pytest.param(
        "Tham gia tư vấn có luật sư Thạch Sô Phên (Sở Tư pháp tỉnh Sóc Trăng) và một số cán bộ.",
        "Thạch Sô Phên",
        {("Luật sư", None)},
        id="negative-aside-not-a-bar-or-firm",
    ),
    pytest.param(
        "Luật sư Đoàn Luật sư tỉnh Sóc Trăng Thạch Sô Phên tham gia bào chữa cho bị cáo.",
        "Thạch Sô Phên",
        {("Luật sư", BAR)},
        id="negative-bar-before-the-name-kept",
    ),
    pytest.param(
        "Phát biểu tại hội nghị, luật gia Thạch Sô Phên, Chủ tịch Hội Luật gia huyện Mỹ Xuyên cho"
        " biết Hội đã tư vấn cho 300 lượt người.",
        "Thạch Sô Phên",
        {("Chủ tịch", "Hội Luật gia huyện Mỹ Xuyên"), ("Luật gia", None)},
        id="jurist-prefix-and-other-post",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'luật gia' is not yet a title, nor a row of profession_prefixes (gap)",
        ),
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_profession_before_a_name_is_a_role(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
