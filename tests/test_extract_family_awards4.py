"""Awards as a family, fourth table (rules round 5): givers at every level (xã, phường, thị xã,
thành phố, quận, tỉnh), courts, procuracies and national associations, each naming the award by
its head and body, and titles reached (đạt danh hiệu, the spelling Chiến sỹ); invented people,
bodies' sentences and days, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "

ROWS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Dịp này, Chủ tịch UBND xã Tân Lập tặng Giấy khen cho ông Nguyễn Văn An.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân xã Tân Lập", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, Chủ tịch UBND thị xã Duy Tiên tặng Giấy khen cho Tổ hòa giải thôn 3.",
        {
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân thị xã Duy Tiên",
                "Tổ hòa giải thôn 3",
                "conferred",
            )
        },
    ),
    (
        "Dịp này, Chủ tịch UBND thành phố Phủ Lý tặng Giấy khen cho bà Trần Thị Bình.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân thành phố Phủ Lý", "Trần Thị Bình", "conferred")},
    ),
    (
        "Dịp này, Chủ tịch UBND quận Ba Đình tặng Giấy khen cho ông Nguyễn Văn An.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân quận Ba Đình", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, Chánh án TAND tỉnh Hà Nam tặng Giấy khen cho ông Nguyễn Văn An.",
        {("Giấy khen của Chánh án Tòa án nhân dân tỉnh Hà Nam", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, Viện trưởng VKSND tỉnh Hà Nam tặng Giấy khen cho bà Trần Thị Bình.",
        {
            (
                "Giấy khen của Viện trưởng Viện kiểm sát nhân dân tỉnh Hà Nam",
                "Trần Thị Bình",
                "conferred",
            )
        },
    ),
    (
        "Dịp này, Chủ tịch UBND phường Lê Hồng Phong tặng Giấy khen cho ông Nguyễn Văn An.",
        {
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân phường Lê Hồng Phong",
                "Nguyễn Văn An",
                "conferred",
            )
        },
    ),
    (
        "Dịp này, Giám đốc Sở Tư pháp tỉnh Ninh Bình tặng Giấy khen cho ông Nguyễn Văn An.",
        {("Giấy khen của Giám đốc Sở Tư pháp tỉnh Ninh Bình", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, Chủ tịch Hội Luật gia Việt Nam tặng Bằng khen cho Hội Luật gia tỉnh Hà Nam.",
        {("Bằng khen của Chủ tịch Hội Luật gia Việt Nam", "Hội Luật gia tỉnh Hà Nam", "conferred")},
    ),
    (
        (
            "Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho Công đoàn Sở Tư pháp "
            "tỉnh Hà Nam."
        ),
        {
            (
                "Bằng khen của Tổng Liên đoàn Lao động Việt Nam",
                "Công đoàn Sở Tư pháp tỉnh Hà Nam",
                "conferred",
            )
        },
    ),
    (
        "Dịp này, ông Nguyễn Văn An đạt danh hiệu Chiến sỹ thi đua cơ sở.",
        {("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Trong 5 năm qua, ông Nguyễn Văn An liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.",
        {("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Năm 2023, Sở Tư pháp tỉnh Ninh Bình đạt danh hiệu Tập thể lao động xuất sắc.",
        {("Tập thể lao động xuất sắc", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng danh hiệu Chiến sỹ thi đua ngành Tư pháp cho "
            "bà Trần Thị Bình."
        ),
        {("Chiến sĩ thi đua ngành Tư pháp", "Trần Thị Bình", "conferred")},
    ),
    (
        "Dịp này, ông Nguyễn Văn An được nhận Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, bà Trần Thị Bình vinh dự được công nhận danh hiệu Chiến sỹ thi đua cấp tỉnh.",
        {("Chiến sĩ thi đua cấp tỉnh", "Trần Thị Bình", "conferred")},
    ),
    (
        "Dịp này, Cục THADS tỉnh Nam Định được tặng thưởng Giấy khen của UBND tỉnh.",
        {
            (
                # the committee's as written after the head (dev gold: "Giấy khen … của UBND
                # huyện A" is "Giấy khen của Ủy ban nhân dân huyện A")
                "Giấy khen của Ủy ban nhân dân tỉnh Hà Nam",
                "Cục Thi hành án dân sự tỉnh Nam Định",
                "conferred",
            )
        },
    ),
]


@pytest.mark.parametrize(
    ("tail", "expected"), [pytest.param(*row, id=f"awards-{i:02d}") for i, row in enumerate(ROWS)]
)
def test_each_named_recipient_and_no_other(tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(_LEAD + tail, "2024-06-15")) == expected
