"""Positions as a family, rules round 17 (worker pos17).

Forms: a commune official written with a bare ``UBND xã`` (``HĐND xã``) in a list of a
commune's officials on a page that names several communes: the body is the commune the same
sentence names last before the title (``bà A – Chủ tịch UBND xã X, ông B – Phó Chủ tịch UBND
xã, ông C – Chủ tịch UBMTTQVN xã Y``); a sentence that names no commune before the title keeps the title bare.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

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
