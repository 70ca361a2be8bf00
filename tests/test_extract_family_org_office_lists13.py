"""A body's office and inspectorate listed before it (session 13, org13b): ``Văn phòng, Thanh
tra Sở Tư pháp tỉnh X`` and ``Thanh tra, Văn phòng Sở …`` name each unit with the parent, as
rooms listed so do. Invented sentences; negatives: the verb ``thanh tra`` (small), a district's
justice office in the list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DAY = "2023-05-10"
SO = "Sở Tư pháp tỉnh Yên Bái"
VKS = "Viện kiểm sát nhân dân tỉnh Lào Cai"

CASES = [
    P(
        f"Dự có đại diện Văn phòng, Thanh tra {SO}.",
        {f"Văn phòng {SO}", f"Thanh tra {SO}"},
        set(),
        id="office-then-inspectorate",
    ),
    P(
        f"Dự có đại diện Thanh tra, Văn phòng {SO}.",
        {f"Văn phòng {SO}", f"Thanh tra {SO}"},
        set(),
        id="inspectorate-then-office",
    ),
    P(
        f"Dự có đại diện Thanh tra, Phòng Bổ trợ tư pháp và Văn phòng {SO}.",
        {f"Thanh tra {SO}", f"Phòng Bổ trợ tư pháp {SO}", f"Văn phòng {SO}"},
        set(),
        id="with-a-room",
    ),
    P(
        f"Dự có Văn phòng, Thanh tra {VKS}.",
        {f"Văn phòng {VKS}", f"Thanh tra {VKS}"},
        set(),
        id="of-a-procuracy",
    ),
    P(
        f"Đoàn đã thanh tra, kiểm tra Văn phòng {SO}.",
        {f"Văn phòng {SO}"},
        {f"Thanh tra {SO}"},
        id="neg-the-verb",
    ),
    P(
        f"Dự có lãnh đạo Phòng Tư pháp, Thanh tra {SO}.",
        {f"Thanh tra {SO}"},
        {f"Phòng Tư pháp {SO}"},
        id="neg-a-justice-office-in-the-list",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_office_and_inspectorate_listed(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DAY)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
