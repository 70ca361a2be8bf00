from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from justicekg.text.segment import paragraphs, sentences


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Tại TP. Vinh có hội nghị. Ông A dự.",
            ["Tại TP. Vinh có hội nghị.", "Ông A dự."],
            id="TP",
        ),
        pytest.param("Tp. Huế đẹp. Có mưa.", ["Tp. Huế đẹp.", "Có mưa."], id="Tp"),
        pytest.param(
            "TS. Lê Văn Khải phát biểu. Hết.", ["TS. Lê Văn Khải phát biểu.", "Hết."], id="TS"
        ),
        pytest.param(
            "ThS. Trần Thị Hà trình bày. Hết.", ["ThS. Trần Thị Hà trình bày.", "Hết."], id="ThS"
        ),
        pytest.param(
            "hộ tịch, chứng thực v.v. Năm nay tốt.",
            ["hộ tịch, chứng thực v.v.", "Năm nay tốt."],
            id="vv",
        ),
        pytest.param(
            "gồm: - 04 Sở Tư pháp: A, B - 04 Cục: C.",
            ["gồm: - 04 Sở Tư pháp: A, B - 04 Cục: C."],
            id="list",
        ),
        pytest.param(
            "ông Lê Văn T. (trú tại xã X) không đến.",
            ["ông Lê Văn T. (trú tại xã X) không đến."],
            id="initial",
        ),
        pytest.param("Dòng một\nDòng hai", ["Dòng một", "Dòng hai"], id="lines"),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.slice(text) for s in sentences(text)] == expected


@given(st.text())
def test_segments_are_in_bounds(text: str) -> None:
    for seg in [*sentences(text), *paragraphs(text)]:
        assert 0 <= seg.start < seg.end <= len(text)
