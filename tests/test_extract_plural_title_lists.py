"""Names listed after a plural title and ``gồm`` / ``bao gồm`` / ``là``, with group honorifics
(``các ông``, ``các ông, bà``): each holds the title (invented names and sentences)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import person_positions

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

LEAD = "Sáng 12/3/2024, Bộ Tư pháp tổ chức hội nghị tổng kết. "
DEPUTY = ("Thứ trưởng", "Bộ Tư pháp")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        pytest.param(
            "Lãnh đạo Bộ có bốn Thứ trưởng, gồm bà Đặng Thu Trang và các ông Lê Văn Hùng, "
            "Phạm Văn Dưỡng, Hồ Minh Tuấn.",
            ["Đặng Thu Trang", "Lê Văn Hùng", "Phạm Văn Dưỡng", "Hồ Minh Tuấn"],
            id="comma-gom-cac-ong",
        ),
        pytest.param(
            "Bộ trưởng là ông Trần Văn Khải, cùng với ba Thứ trưởng khác, bao gồm bà Ngô Thu Hà "
            "và các ông Lê Đức Việt, Phạm Quốc Dũng.",
            ["Ngô Thu Hà", "Lê Đức Việt", "Phạm Quốc Dũng"],
            id="nearest-intro-after-an-earlier-la",
        ),
        pytest.param(
            "Dự có hai Thứ trưởng là các ông, bà Lê Thị Miên và Võ Văn Bình.",
            ["Lê Thị Miên", "Võ Văn Bình"],
            id="cac-ong-ba",
        ),
        pytest.param(
            "Dự có các Thứ trưởng Lê Quốc Việt, Phạm Anh Dũng.",
            ["Lê Quốc Việt", "Phạm Anh Dũng"],
            id="plain-plural-kept",
        ),
    ],
)
def test_every_listed_name_holds_the_plural_title(sentence: str, names: list[str]) -> None:
    for name in names:
        assert DEPUTY in person_positions(LEAD + sentence, name), name


def test_a_singular_title_before_la_lends_nothing_to_a_later_list() -> None:
    text = (
        LEAD + "Người chủ trì là Thứ trưởng Lê Quốc Việt, cùng các ông Phạm Anh Dũng, Hồ Văn Nam."
    )
    assert DEPUTY not in person_positions(text, "Phạm Anh Dũng")
    assert DEPUTY not in person_positions(text, "Hồ Văn Nam")
