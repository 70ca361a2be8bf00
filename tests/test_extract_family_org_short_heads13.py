"""Short heads in a list before a district body share its place (session 13, org13b):
``Công an, Tòa án, Viện kiểm sát huyện A`` is the police, the court and the procuracy of A.
Invented sentences; negatives: a semicolon between, the same body twice.
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
        "Huyện ủy Tân Lộc chỉ đạo. Dự có lãnh đạo Công an, Tòa án, Viện kiểm sát huyện Tân Lộc.",
        {
            "Công an huyện Tân Lộc",
            "Tòa án nhân dân huyện Tân Lộc",
            "Viện kiểm sát nhân dân huyện Tân Lộc",
        },
        set(),
        id="police-court-procuracy",
    ),
    P(
        "Dự có lãnh đạo Tòa án, Viện kiểm sát nhân dân, Công an huyện Văn Chấn.",
        {"Tòa án nhân dân huyện Văn Chấn", "Viện kiểm sát nhân dân huyện Văn Chấn"},
        set(),
        id="short-court-first",
    ),
    P(
        "Đại diện Viện Kiểm sát và Tòa án thị xã Nghĩa Lộ cùng dự.",
        {"Viện kiểm sát nhân dân thị xã Nghĩa Lộ", "Tòa án nhân dân thị xã Nghĩa Lộ"},
        set(),
        id="capital-k-and-conjunction",
    ),
    P(
        "Dự có Viện KSND, Chi cục Thi hành án dân sự huyện Lục Yên.",
        {"Viện kiểm sát nhân dân huyện Lục Yên", "Chi cục Thi hành án dân sự huyện Lục Yên"},
        set(),
        id="abbreviated-procuracy",
    ),
    P(
        "Bản án đã được Tòa án tuyên; Viện kiểm sát huyện Lục Yên không kháng nghị.",
        {"Viện kiểm sát nhân dân huyện Lục Yên"},
        {"Tòa án nhân dân huyện Lục Yên"},
        id="neg-semicolon-between",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_short_heads_share_the_place(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DAY)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
