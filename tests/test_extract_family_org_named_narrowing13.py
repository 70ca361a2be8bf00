"""Narrowing (session 13, org13b): an institution's proper name never opens with ``và`` (``2
lần tại Trại giam và 99 lần tại …`` names no ``Trại giam và 99``); named institutions joined by
``và`` stay two. Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DAY = "2023-05-10"

CASES = [
    P(
        "Viện kiểm sát nhân dân tỉnh Yên Bái đã kiểm sát 2 lần tại Trại giam và 99 lần tại Nhà "
        "tạm giữ.",
        {"Viện kiểm sát nhân dân tỉnh Yên Bái"},
        {"Trại giam và 99", "Trại giam và"},
        id="neg-name-opening-with-va",
    ),
    P(
        "Đoàn đã làm việc với Trại giam Hồng Sơn và Trại giam Khe Mạ thuộc Bộ Công an.",
        {"Trại giam Hồng Sơn", "Trại giam Khe Mạ"},
        set(),
        id="two-named-camps",
    ),
    P(
        "Học viện Chính trị và Bệnh viện 108 ký kết hợp tác.",
        {"Học viện Chính trị", "Bệnh viện 108"},
        set(),
        id="a-number-as-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_named_institutions(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DAY)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
