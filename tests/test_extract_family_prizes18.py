"""Awards: a contest's prizes, the forms read in session 18. A prize some contests give above
the first rank (``giải xuất sắc``) is a prize like the others; the giver of a prize written
before its winner (``ông A trao thưởng cho thí sinh đạt giải Nhất``) is no winner; a contest
the page launches after its results (``Dịp này, … phát động Cuộc thi …``) names no prize of
the contest it reports.
Invented people, contests and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2025-06-10"
_HT = "Hội thi Tuyên truyền viên pháp luật giỏi tỉnh Lai Châu năm 2025"
_LEAD = (
    f"Sáng 9/6/2025, Sở Tư pháp tỉnh Lai Châu tổ chức {_HT}. Tham dự có 36 thí sinh của các "
    "huyện, thành phố. "
)
_A, _B, _C = "Lò Thị Xiêng", "Tẩn Láo Sử", "Vàng Thị Pằng"

_CASES = [
    # a prize above the first rank
    (
        _LEAD,
        f"Giải xuất sắc hội thi thuộc về thí sinh {_A} (xã Nậm Tăm); giải Nhất: ông {_B}.",
        {(f"Giải Xuất sắc {_HT}", _A, CON), (f"Giải Nhất {_HT}", _B, CON)},
    ),
    (
        _LEAD,
        f"Bà {_C} đoạt giải xuất sắc nhất.",
        {(f"Giải Xuất sắc nhất {_HT}", _C, CON)},
    ),
    # the giver before the winner: no winner named after the giving verb
    (
        _LEAD,
        f"Ông {_B}, Giám đốc Sở Tư pháp, trao thưởng cho thí sinh đạt giải Nhất.",
        set(),
    ),
    (
        _LEAD,
        f"Ông {_B}, Giám đốc Sở Tư pháp, trao thưởng cho bà {_A} đạt giải Nhì.",
        {(f"Giải Nhì {_HT}", _A, CON)},
    ),
    # a contest launched before its results is the one the page reports
    (
        "Từ tháng 3/2025, Sở Tư pháp tỉnh Lai Châu phát động Cuộc thi Tìm hiểu Luật Đất đai "
        "năm 2025. ",
        f"Giải Nhất thuộc về bà {_A} (xã Nậm Tăm).",
        {("Giải Nhất Cuộc thi Tìm hiểu Luật Đất đai năm 2025", _A, CON)},
    ),
    # the contest reported is named before the one the page launches
    (
        _LEAD,
        f"Giải Ba thuộc về bà {_C}. Dịp này, Sở phát động Cuộc thi Tìm hiểu Luật Đất đai năm 2025.",
        {(f"Giải Ba {_HT}", _C, CON)},
    ),
]

_LAUNCHED_ONLY = [
    # the contest reported has no name; the one named is only launched
    (
        "Chiều 9/6/2025, Sở Tư pháp tổng kết cuộc thi. Giải Nhất thuộc về thí sinh "
        f"{_A}. Dịp này, Ban Tổ chức đã phát động Cuộc thi viết “Sáng kiến tuyên truyền "
        "pháp luật”."
    ),
]


@pytest.mark.parametrize(
    ("lead", "tail", "expected"),
    [pytest.param(lead, t, e, id=f"p{i:02d}") for i, (lead, t, e) in enumerate(_CASES)],
)
def test_contest_prizes18(lead: str, tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(lead + tail, _PUB)) == expected


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"n{i}") for i, t in enumerate(_LAUNCHED_ONLY)]
)
def test_launched_contest_names_no_prize18(text: str) -> None:
    assert award_facts(text, _PUB) == []
