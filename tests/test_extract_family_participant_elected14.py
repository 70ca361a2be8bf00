"""Participants (rules session 14): the people an event elects receive their post there and are
its participants, as the adjudicated gold reads the conventions (``Đại hội đã bầu bà A giữ chức
Chủ tịch``, ``ông B và bà C được bầu làm Phó Chủ tịch``, ``… gồm các luật sư: D, E``); people
elected after the event the page reports are not placed at it (``Sau hội nghị, …``, ``Sau khi
đại hội kết thúc, …``). Invented bodies, names and sentences."""

from __future__ import annotations

import pytest
from extract_helpers import participants_by_date

_DAY = "2024-03-16"
_LEAD = (
    "Sáng 16/3/2024, Hội Luật gia huyện Bàu Sen tổ chức Đại hội đại biểu lần thứ II, nhiệm kỳ "
    "2024-2029. Ông Kha Đình Nhượng, Phó Chủ tịch UBND huyện dự và phát biểu chỉ đạo. "
)
_NHUONG = "Kha Đình Nhượng"
_LUU, _TU, _BUOI = "Mai Thị Lựu", "Quách Văn Tụ", "Trịnh Văn Bưởi"

AT_THE_EVENT = [
    ("Đại hội đã bầu bà Mai Thị Lựu giữ chức Chủ tịch Hội nhiệm kỳ 2024-2029.", {_LUU}),
    (
        "Kết quả, bà Mai Thị Lựu được bầu làm Chủ tịch Hội; ông Quách Văn Tụ và ông Trịnh Văn "
        "Bưởi được bầu làm Phó Chủ tịch Hội.",
        {_LUU, _TU, _BUOI},
    ),
    (
        "Đại hội đã bầu bà Mai Thị Lựu làm Chủ tịch Hội. Hai Phó Chủ tịch Hội gồm các luật gia: "
        "Quách Văn Tụ và Trịnh Văn Bưởi.",
        {_LUU, _TU, _BUOI},
    ),
    ("Với 100% số phiếu, ông Quách Văn Tụ trúng cử Chủ tịch Hội Luật gia huyện.", {_TU}),
    (
        "Các đại biểu đã bỏ phiếu kín bầu ông Trịnh Văn Bưởi, Trưởng phòng Tư pháp huyện, giữ "
        "chức Phó Chủ tịch Hội.",
        {_BUOI},
    ),
]


@pytest.mark.parametrize(
    ("tail", "people"), [pytest.param(t, p, id=f"at{i}") for i, (t, p) in enumerate(AT_THE_EVENT)]
)
def test_people_the_event_elects_take_part(tail: str, people: set[str]) -> None:
    assert participants_by_date(_LEAD + tail, _DAY) == {_DAY: {_NHUONG} | people}


AFTER_THE_EVENT = [
    "Sau đại hội, kết quả 3 ứng cử viên được bầu vào Ban Thường vụ Hội gồm: bà Mai Thị Lựu, "
    "luật gia, giữ chức Chủ tịch Hội; ông Quách Văn Tụ giữ chức Phó Chủ tịch Hội.",
    "Sau khi đại hội kết thúc, ông Quách Văn Tụ được bầu làm Chủ tịch Hội Luật gia huyện.",
    "Sau hội nghị, bà Mai Thị Lựu được bầu giữ chức Chủ tịch Hội.",
]


@pytest.mark.parametrize(
    "tail", [pytest.param(t, id=f"after{i}") for i, t in enumerate(AFTER_THE_EVENT)]
)
def test_people_elected_after_the_event_do_not_take_part(tail: str) -> None:
    assert participants_by_date(_LEAD + tail, _DAY) == {_DAY: {_NHUONG}}


def test_a_speech_that_greets_those_elected_adds_no_one() -> None:
    tail = "Ông Kha Đình Nhượng chúc mừng các đồng chí được bầu vào Ban Chấp hành Hội."
    assert participants_by_date(_LEAD + tail, _DAY) == {_DAY: {_NHUONG}}
