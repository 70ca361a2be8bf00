"""Positions as a family, rules round 14: a profession written before a name is a designation.

- ``luật sư``/``luật gia`` right before a name with no body named for it (``báo cáo viên Luật
  sư A trình bày``, ``luật sư B (Chủ nhiệm)``) is no position, like a degree or a rank;
- the bar or firm written as the name's aside (``luật sư C (Đoàn Luật sư tỉnh P)``, ``Luật sư
  D - Công ty Luật …``) is the profession's body;
- a lawyer of a bar named before the name (``Luật sư Đoàn Luật sư tỉnh P E``) and the person's
  other posts keep their reading.

Expected facts follow the conventions (``../shared/eval/README.md``) and the adjudicated
readings of the real corpus (a profession prefix is no title); invented people and sentences,
no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

BAR = "Đoàn Luật sư tỉnh Sóc Trăng"

CASES = [
    pytest.param(
        "Hội nghị nghe báo cáo viên Luật sư Thạch Sô Phên trình bày chuyên đề về hòa giải.",
        "Thạch Sô Phên",
        None,
        id="reporter-lawyer-prefix",
    ),
    pytest.param(
        "Ban Chủ nhiệm Đoàn Luật sư tỉnh Sóc Trăng gồm luật sư Thạch Sô Phên (Chủ nhiệm) và luật"
        " sư Lâm Thị Sa Rết (Phó Chủ nhiệm).",
        "Lâm Thị Sa Rết",
        {("Phó Chủ nhiệm", BAR)},
        id="prefix-with-bracketed-post",
    ),
    pytest.param(
        "Tham gia tư vấn có hai luật sư Thạch Sô Phên (Đoàn Luật sư tỉnh Sóc Trăng) và Lâm Thị Sa"
        " Rết.",
        "Thạch Sô Phên",
        {("Luật sư", BAR)},
        id="bar-as-the-names-aside",
    ),
    pytest.param(
        "Luật sư Đoàn Luật sư tỉnh Sóc Trăng Thạch Sô Phên tham gia bào chữa cho bị cáo.",
        "Thạch Sô Phên",
        {("Luật sư", BAR)},
        id="negative-bar-before-the-name-kept",
    ),
    pytest.param(
        "Luật gia Thạch Sô Phên, Chủ tịch Hội Luật gia huyện Mỹ Xuyên phát biểu tại hội nghị.",
        "Thạch Sô Phên",
        {("Chủ tịch", "Hội Luật gia huyện Mỹ Xuyên")},
        id="jurist-prefix-other-post-kept",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_profession_before_a_name_is_a_designation(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
