"""Session 14, second round (org14r2): a congress's ordinal written between a body and its
place (``Đại hội Hội Luật gia lần thứ IV tỉnh X``) is the congress's; the body is named
without it (``Hội Luật gia tỉnh X``), as when the ordinal ends the phrase. Not read past
where no place follows it. Invented sentences; expected names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Sáng 12/3, Đại hội Hội Công chứng viên lần thứ nhất tỉnh Tuyên Quang đã diễn ra.",
        {"Hội Công chứng viên tỉnh Tuyên Quang"},
        {"Hội Công chứng viên lần thứ nhất tỉnh Tuyên Quang"},
        id="word-ordinal",
    ),
    P(
        "Đại hội Hội Luật gia lần thứ IV tỉnh Hà Giang, nhiệm kỳ 2024 - 2029 đã bầu Ban Chấp"
        " hành mới.",
        {"Hội Luật gia tỉnh Hà Giang"},
        set(),
        id="roman-ordinal-before-a-province",
    ),
    P(
        "Đại hội Hội Cựu chiến binh lần thứ 7 huyện Mường Tè thành công tốt đẹp.",
        {"Hội Cựu chiến binh huyện Mường Tè"},
        set(),
        id="number-ordinal-before-a-district",
    ),
    P(
        "Đại hội đại biểu Hội Luật gia tỉnh Hà Giang lần thứ IV đã khai mạc.",
        {"Hội Luật gia tỉnh Hà Giang"},
        set(),
        id="ordinal-after-the-place-as-before",
    ),
    P(
        "Hội Luật gia lần thứ hai tổ chức tọa đàm tại tỉnh Hà Giang.",
        set(),
        {"Hội Luật gia tỉnh Hà Giang"},
        id="negative-no-place-after-the-ordinal",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_congress_ordinal_before_the_place(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
