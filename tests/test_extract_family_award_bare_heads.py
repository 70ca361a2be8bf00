"""Awards as a family (rules round 7): a unit's bare head as the subject, lower-case in the
middle of a sentence (``Năm 2024, chi cục đã được đề nghị UBND tỉnh tặng cờ thi đua``, ``cục
được Thủ tướng Chính phủ tặng Bằng khen``), also after a reporting verb (``A cho biết chi cục
đã được …``), names the unit the page named before with that head; a plural (``Các chi cục``,
``Những cục``, ``Cả chi cục``) names none. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị. "
CC = "Chi cục Thi hành án dân sự huyện Ý Yên"
CU = "Cục Thi hành án dân sự tỉnh Nam Định"
INTRO_CC = f"{CC} là đơn vị điển hình. "
INTRO_CU = f"{CU} hoàn thành xuất sắc chỉ tiêu. "
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
TTG = "Bằng khen của Thủ tướng Chính phủ"
CO = "Cờ thi đua của Ủy ban nhân dân tỉnh Nam Định"
CTN = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nam Định"

ROWS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        (INTRO_CC + "Năm 2024, chi cục đã được đề nghị UBND tỉnh tặng cờ thi đua."),
        {
            (CO, CC, NOM),
        },
    ),
    (
        (INTRO_CC + "Năm 2023, chi cục được Bộ trưởng Bộ Tư pháp tặng Bằng khen."),
        {
            (BTP, CC, CON),
        },
    ),
    (
        (INTRO_CU + "Năm 2023, cục được Thủ tướng Chính phủ tặng Bằng khen."),
        {
            (TTG, CU, CON),
        },
    ),
    (
        (INTRO_CC + "Các chi cục đã được đề nghị tặng Bằng khen của Bộ trưởng Bộ Tư pháp."),
        set(),
    ),
    (
        (INTRO_CC + "Nhiều chi cục được tặng Bằng khen của Bộ trưởng Bộ Tư pháp."),
        set(),
    ),
    (
        (INTRO_CC + "Năm 2022, chi cục vinh dự được Chủ tịch UBND tỉnh Nam Định tặng Bằng khen."),
        {
            (CTN, CC, CON),
        },
    ),
    (
        (INTRO_CC + "Chi cục đã được tặng Bằng khen của Bộ trưởng Bộ Tư pháp."),
        {
            (BTP, CC, CON),
        },
    ),
    (
        (
            INTRO_CC + "Nhờ đó, chi cục liên tục được nhận Bằng khen của Chủ tịch UBND tỉnh Nam "
            "Định."
        ),
        {
            (CTN, CC, CON),
        },
    ),
    (
        (INTRO_CU + "Năm 2021, cục đã được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua."),
        {
            ("Cờ thi đua ngành Tư pháp", CU, CON),
        },
    ),
    (
        (INTRO_CC + "Năm 2024, chi cục được đề nghị Bộ trưởng Bộ Tư pháp tặng Bằng khen."),
        {
            (BTP, CC, NOM),
        },
    ),
    (
        (INTRO_CC + "Cả chi cục được tặng Bằng khen của Bộ trưởng Bộ Tư pháp."),
        set(),
    ),
    (
        (INTRO_CU + "Những cục được tặng Cờ thi đua ngành Tư pháp gồm nhiều đơn vị."),
        set(),
    ),
    (
        (INTRO_CC + "Năm 2023, chi cục cũng được Thủ tướng Chính phủ tặng Bằng khen."),
        {
            (TTG, CC, CON),
        },
    ),
    (
        (
            INTRO_CC + "Giám đốc Sở Tư pháp cho biết chi cục đã được đề nghị tặng Bằng khen của Bộ "
            "trưởng Bộ Tư pháp."
        ),
        {
            (BTP, CC, NOM),
        },
    ),
    (
        (INTRO_CC + "Năm 2020, chi cục đã đón nhận Bằng khen của Thủ tướng Chính phủ."),
        {
            (TTG, CC, CON),
        },
    ),
    (
        (INTRO_CU + "Với kết quả đó, cục được Chủ tịch UBND tỉnh Nam Định tặng Bằng khen."),
        {
            (CTN, CU, CON),
        },
    ),
    (
        (INTRO_CU + "Năm 2024, cục đã được đề nghị Thủ tướng Chính phủ tặng Bằng khen."),
        {
            (TTG, CU, NOM),
        },
    ),
    (
        (INTRO_CC + "Trong năm, chi cục được tặng Bằng khen của Chủ tịch UBND tỉnh Nam Định."),
        {
            (CTN, CC, CON),
        },
    ),
    (
        (INTRO_CC + "Năm 2019, chi cục được Chủ tịch UBND tỉnh Nam Định tặng Cờ thi đua."),
        {
            ("Cờ thi đua của Chủ tịch Ủy ban nhân dân tỉnh Nam Định", CC, CON),
        },
    ),
    (
        (INTRO_CU + "Năm 2022, cục vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ."),
        {
            (TTG, CU, CON),
        },
    ),
    (
        (INTRO_CC + "Năm 2023, các chi cục trực thuộc được tặng Giấy khen."),
        set(),
    ),
    (
        (
            INTRO_CC + "Năm 2021, chi cục đã được Bộ trưởng Bộ Tư pháp tặng Bằng khen và được Chủ "
            "tịch UBND tỉnh Nam Định tặng Bằng khen."
        ),
        {
            (BTP, CC, CON),
            (CTN, CC, CON),
        },
    ),
    (
        (
            INTRO_CC
            + "Năm 2018, chi cục được tặng Bằng khen của Thủ tướng Chính phủ, Bằng khen của"
            " Bộ trưởng Bộ Tư pháp."
        ),
        {
            (BTP, CC, CON),
            (TTG, CC, CON),
        },
    ),
    (
        (
            INTRO_CU + "Năm 2020, cục được tặng Bằng khen của Thủ tướng Chính phủ, Chủ tịch UBND "
            "tỉnh Nam Định."
        ),
        {
            (CTN, CU, CON),
            (TTG, CU, CON),
        },
    ),
    (
        (INTRO_CC + "Sau đó, chi cục được Bộ trưởng Bộ Tư pháp tặng Bằng khen."),
        {
            (BTP, CC, CON),
        },
    ),
]


@pytest.mark.parametrize(
    ("tail", "expected"), [pytest.param(*row, id=f"bare-{i:02d}") for i, row in enumerate(ROWS)]
)
def test_a_bare_head_names_the_unit(tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(_LEAD + tail, "2024-06-15")) == expected
