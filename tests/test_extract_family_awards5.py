"""Awards as a family, fifth table (rules round 5): statuses in every phrasing of a nomination
(bỏ phiếu suy tôn, xét, trình, thống nhất đề nghị cấp trên khen thưởng, bình xét, biểu quyết)
and of a registration (đăng ký danh hiệu, đăng ký phấn đấu đạt), with an emulation group as the
subject that decides (invented people, bodies' sentences; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "

ROWS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        (
            "Hội nghị đã bỏ phiếu suy tôn Sở Tư pháp tỉnh Ninh Bình là đơn vị dẫn đầu, đề nghị "
            "Bộ trưởng Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp."
        ),
        {("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "nominated")},
    ),
    (
        (
            "Hội đồng Thi đua - Khen thưởng Sở đã xét, trình Chủ tịch UBND tỉnh tặng Bằng khen "
            "cho ông Nguyễn Văn An."
        ),
        {("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Nguyễn Văn An", "nominated")},
    ),
    (
        (
            "Cụm thi đua thống nhất đề nghị cấp trên khen thưởng Cờ thi đua của Chính phủ cho "
            "Cục THADS tỉnh Nam Định."
        ),
        {("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "nominated")},
    ),
    (
        (
            "Các đơn vị trong Cụm đã đăng ký danh hiệu Cờ thi đua ngành Tư pháp, gồm: Sở Tư "
            "pháp tỉnh Hà Nam, Sở Tư pháp tỉnh Ninh Bình."
        ),
        {
            ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Hà Nam", "registered"),
            ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "registered"),
        },
    ),
    (
        (
            "Sở Tư pháp tỉnh Ninh Bình đăng ký phấn đấu đạt danh hiệu Tập thể lao động xuất "
            "sắc năm 2024."
        ),
        {("Tập thể lao động xuất sắc", "Sở Tư pháp tỉnh Ninh Bình", "registered")},
    ),
    (
        (
            "Hội nghị bình xét, đề nghị tặng danh hiệu Chiến sĩ thi đua ngành Tư pháp cho bà "
            "Trần Thị Bình."
        ),
        {("Chiến sĩ thi đua ngành Tư pháp", "Trần Thị Bình", "nominated")},
    ),
    (
        (
            "Hội nghị đã biểu quyết đề nghị Thủ tướng Chính phủ tặng Bằng khen cho Cục THADS "
            "tỉnh Nam Định."
        ),
        {
            (
                "Bằng khen của Thủ tướng Chính phủ",
                "Cục Thi hành án dân sự tỉnh Nam Định",
                "nominated",
            )
        },
    ),
    (
        "Sở Tư pháp tỉnh Ninh Bình được Cụm thi đua suy tôn và đề nghị Chính phủ tặng Cờ thi đua.",
        {("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Ninh Bình", "nominated")},
    ),
]


@pytest.mark.parametrize(
    ("tail", "expected"), [pytest.param(*row, id=f"awards-{i:02d}") for i, row in enumerate(ROWS)]
)
def test_each_named_recipient_and_no_other(tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(_LEAD + tail, "2024-06-15")) == expected
