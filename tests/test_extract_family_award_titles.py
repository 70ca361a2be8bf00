"""Awards as a family (rules round 7): a title named lower-case right after the verb that
confers it (``được xếp hạng tập thể lao động xuất sắc``, ``đạt chiến sĩ thi đua cơ sở``,
``được bình chọn là …``) is that title, and an aside in parentheses after it (``(hạng A)``,
``(năm 2022)``) names no new subject, so the awards coordinated after it (``và được Bộ trưởng
Bộ Tư pháp tặng Bằng khen, Cờ thi đua ngành Tư pháp``) go to the same recipient. Counts and
goals (``12 tập thể lao động xuất sắc``, ``phấn đấu trở thành …``) name none. Invented
sentences."""

from __future__ import annotations

import pytest
from extract_helpers import award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết. "
ORG = "Chi cục Thi hành án dân sự huyện Ý Yên"
PER = "Trần Thị Bình"
TLX = "Tập thể lao động xuất sắc"
TLT = "Tập thể lao động tiên tiến"
CSC = "Chiến sĩ thi đua cơ sở"
LTT = "Lao động tiên tiến"
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
CT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nam Định"
CO = "Cờ thi đua ngành Tư pháp"
_VERBS = ("được công nhận", "được xếp hạng", "đạt", "được bình chọn là")
_ASIDES = (" (hạng A)", " (năm 2022)", "", " trong 3 năm liên tiếp (từ 2020 đến 2022)")
_TAILS: tuple[tuple[str, set[str]], ...] = (
    (" và được Bộ trưởng Bộ Tư pháp tặng Bằng khen", {BTP}),
    (", được Chủ tịch UBND tỉnh Nam Định tặng Bằng khen", {CT}),
    (" và được Bộ trưởng Bộ Tư pháp tặng Bằng khen, Cờ thi đua ngành Tư pháp", {BTP, CO}),
    ("", set()),
)


def _grid() -> list[tuple[str, set[tuple[str, str]]]]:
    """Each verb with each aside, a unit's and a person's title in turn, and a coordinated
    award or none (a flag is a unit's: a person gets none)."""
    rows = []
    for vi, verb in enumerate(_VERBS):
        for ai, aside in enumerate(_ASIDES):
            tail, more = _TAILS[(vi + ai) % 4]
            if (vi + ai) % 2 == 0:
                text = f"{ORG} đã vinh dự {verb} tập thể lao động xuất sắc{aside}{tail}."
                rows.append((text, {(TLX, ORG)} | {(m, ORG) for m in more}))
            else:
                text = f"Bà {PER} nhiều năm liền {verb} chiến sĩ thi đua cơ sở{aside}{tail}."
                rows.append((text, {(CSC, PER)} | {(m, PER) for m in more if m != CO}))
    return rows


OTHERS: list[tuple[str, set[tuple[str, str]]]] = [
    (f"{ORG} được công nhận tập thể lao động tiên tiến.", {(TLT, ORG)}),
    (f"Bà {PER} đạt lao động tiên tiến năm 2023.", {(LTT, PER)}),
    ("Các đơn vị phấn đấu trở thành tập thể lao động xuất sắc.", set()),
    ("Năm 2023, Sở có 12 tập thể lao động xuất sắc và 30 chiến sĩ thi đua cơ sở.", set()),
    ("Hội nghị bàn giải pháp xây dựng tập thể lao động xuất sắc.", set()),
    (
        f"Bà {PER} được bình chọn là chiến sĩ thi đua cơ sở (năm 2023), được Bộ trưởng Bộ Tư "
        "pháp tặng Bằng khen.",
        {(CSC, PER), (BTP, PER)},
    ),
    (
        f"{ORG} được xếp hạng nhất Khối thi đua và được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {(BTP, ORG)},
    ),
    (f"{ORG} (đơn vị dẫn đầu) được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.", {(BTP, ORG)}),
    (
        f"{ORG} đạt danh hiệu Tập thể lao động xuất sắc (năm 2022, 2023) và được Chủ tịch UBND "
        "tỉnh Nam Định tặng Bằng khen.",
        {(TLX, ORG), (CT, ORG)},
    ),
]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [pytest.param(*row, id=f"titles-{i:02d}") for i, row in enumerate(_grid() + OTHERS)],
)
def test_lower_case_titles_and_asides(tail: str, expected: set[tuple[str, str]]) -> None:
    assert {(a, r) for a, r, _ in award_facts(_LEAD + tail, "2024-06-15")} == expected
