"""Contest prizes as the adjudicated real-page gold names them (session 11): award names are
canonical, so the quotation marks around a contest's name (``“…”``, ``"…"``, ``«…»``) are not
part of the prize's name (``Giải Nhất Cuộc thi Em yêu pháp luật``). The contest keeps its words;
a contest written without quotation marks is unchanged; a quoted name that is not a contest
gives no prize.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts

from justicekg.extract.recognizers.award_prizes import unquoted

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
_PUB = "2024-05-20"
_A, _B = "Vàng Thị Sính", "Lầu Văn Chừ"

CASES = [
    P(
        "Ngày 12/5/2024, Sở Tư pháp tỉnh Lai Châu tổng kết Cuộc thi “Tuổi trẻ với Hiến pháp”. "
        f"Giải Nhất thuộc về thí sinh {_A}.",
        {("Giải Nhất Cuộc thi Tuổi trẻ với Hiến pháp", _A, CON)},
        id="curly-quotes",
    ),
    P(
        'Ngày 12/5/2024, Phòng Tư pháp huyện Sìn Hồ tổ chức Hội thi "Hòa giải viên giỏi" cho '
        f"40 thí sinh. Ban Tổ chức trao giải Nhì cho ông {_B}.",
        {("Giải Nhì Hội thi Hòa giải viên giỏi", _B, CON)},
        id="straight-quotes",
    ),
    P(
        "Ngày 12/5/2024, Sở Tư pháp tỉnh Lai Châu tổng kết Cuộc thi «Em yêu pháp luật». "
        f"Giải Ba thuộc về thí sinh {_A} và thí sinh {_B}.",
        {
            ("Giải Ba Cuộc thi Em yêu pháp luật", _A, CON),
            ("Giải Ba Cuộc thi Em yêu pháp luật", _B, CON),
        },
        id="guillemets-two-winners",
    ),
    P(
        "Ngày 12/5/2024, Sở Tư pháp tỉnh Lai Châu tổng kết Cuộc thi Tìm hiểu pháp luật trực "
        f"tuyến năm 2024. Giải Nhất thuộc về thí sinh {_A}.",
        {("Giải Nhất Cuộc thi Tìm hiểu pháp luật trực tuyến năm 2024", _A, CON)},
        id="unquoted-unchanged",
    ),
    P(
        f"Ngày 12/5/2024, bà {_A} phát biểu về chủ đề “Tuổi trẻ với Hiến pháp” tại hội nghị.",
        set(),
        id="quoted-not-a-contest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contest_prize_names_drop_quotation_marks(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert set(award_facts(text, _PUB)) == expected


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Giải Nhất Cuộc thi “Em yêu pháp luật”", "Giải Nhất Cuộc thi Em yêu pháp luật"),
        ('Giải Ba Hội thi "Tìm hiểu Luật"', "Giải Ba Hội thi Tìm hiểu Luật"),
        ("Giải Nhì Cuộc thi « Pháp luật » năm 2024", "Giải Nhì Cuộc thi Pháp luật năm 2024"),
        ("Giải Nhất Hội thi Hòa giải viên giỏi", "Giải Nhất Hội thi Hòa giải viên giỏi"),
    ],
)
def test_unquoted(raw: str, name: str) -> None:
    assert unquoted(raw) == name
