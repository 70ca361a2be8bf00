"""Awards as a family, second table (rules round 5): givers written every way (a body for its
head, a deputy handing over, abbreviations, capitals), awards named in the passive and after
the recipients, lines that open on a title, several awards in one sentence, and counts without
names (invented people, bodies' sentences and days; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "

ROWS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Phó Giám đốc Sở Tư pháp Nguyễn "
            "Văn An và Chánh Văn phòng Sở Trần Thị Bình."
        ),
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Tặng Bằng khen của Bộ trưởng Bộ Tư pháp cho:\n+ Ông Nguyễn Văn An, Phó Giám đốc "
            "Sở;\n+ Bà Trần Thị Bình, Trưởng phòng Hành chính tư pháp.\n"
        ),
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ năm 2023 cho Cục THADS "
            "tỉnh Nam Định."
        ),
        {("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred")},
    ),
    (
        (
            "Dịp này, Cục THADS tỉnh Nam Định được tặng thưởng Cờ thi đua của Chính phủ; Sở Tư "
            "pháp tỉnh Ninh Bình được tặng Cờ thi đua ngành Tư pháp."
        ),
        {
            ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
            ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "conferred"),
        },
    ),
    (
        (
            "Tại Hội nghị, Thứ trưởng Lê Văn Cường đã trao Quyết định và Bằng khen của Thủ "
            "tướng Chính phủ cho bà Trần Thị Bình."
        ),
        {("Bằng khen của Thủ tướng Chính phủ", "Trần Thị Bình", "conferred")},
    ),
    (
        (
            "Dịp này, Sở Tư pháp tỉnh Ninh Bình vinh dự được nhận danh hiệu “Tập thể lao động "
            "xuất sắc”."
        ),
        {("Tập thể lao động xuất sắc", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        (
            "Giám đốc Sở Tư pháp tặng Giấy khen cho ông Nguyễn Văn An, chuyên viên Phòng Hành "
            "chính tư pháp."
        ),
        {("Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Nam", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, Chủ tịch UBND huyện Kim Bảng tặng Giấy khen cho Phòng Tư pháp huyện Kim Bảng.",
        {
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Kim Bảng",
                "Phòng Tư pháp huyện Kim Bảng",
                "conferred",
            )
        },
    ),
    (
        "Dịp này, ông Nguyễn Văn An được Chủ tịch nước tặng thưởng Huân chương Lao động hạng ba.",
        {("Huân chương Lao động hạng Ba", "Nguyễn Văn An", "conferred")},
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Cờ thi đua cho Cục THADS tỉnh Nam Định và Bằng "
            "khen cho Sở Tư pháp tỉnh Ninh Bình."
        ),
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "conferred"),
            ("Cờ thi đua ngành Tư pháp", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho ông Nguyễn Văn An; "
            "Thủ tướng Chính phủ tặng Bằng khen cho bà Trần Thị Bình."
        ),
        {
            ("Bằng khen của Thủ tướng Chính phủ", "Trần Thị Bình", "conferred"),
            ("Huân chương Lao động hạng Ba", "Nguyễn Văn An", "conferred"),
        },
    ),
    (
        "Bằng khen của Bộ trưởng Bộ Tư pháp được trao cho ông Nguyễn Văn An và bà Trần Thị Bình.",
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, 02 tập thể và 01 cá nhân được Bộ trưởng tặng Bằng khen gồm: Sở Tư pháp "
            "tỉnh Ninh Bình, Cục THADS tỉnh Nam Định và ông Nguyễn Văn An."
        ),
        {
            (
                "Bằng khen của Bộ trưởng Bộ Tư pháp",
                "Cục Thi hành án dân sự tỉnh Nam Định",
                "conferred",
            ),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Giám đốc Sở đã trao Giấy khen của Sở Tư pháp cho 02 cá nhân là bà Trần "
            "Thị Bình và ông Lê Văn Cường."
        ),
        {
            ("Giấy khen của Sở Tư pháp tỉnh Hà Nam", "Lê Văn Cường", "conferred"),
            ("Giấy khen của Sở Tư pháp tỉnh Hà Nam", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, đồng chí Lê Văn Cường, Phó Chủ tịch UBND tỉnh thay mặt lãnh đạo tỉnh "
            "trao Bằng khen của UBND tỉnh cho 02 tập thể và 03 cá nhân có thành tích xuất sắc."
        ),
        set(),
    ),
    (
        (
            "Dịp này, đồng chí Lê Văn Cường trao tặng Kỷ niệm chương “Vì sự nghiệp Tư pháp” "
            "cho các đồng chí: Nguyễn Văn An, Trần Thị Bình."
        ),
        {
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Tổng cục trưởng Tổng cục THADS tặng Bằng khen cho Chi cục THADS huyện "
            "Kim Bảng và ông Nguyễn Văn An."
        ),
        {
            (
                "Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự",
                "Chi cục Thi hành án dân sự huyện Kim Bảng",
                "conferred",
            ),
            (
                "Bằng khen của Tổng cục trưởng Tổng cục Thi hành án dân sự",
                "Nguyễn Văn An",
                "conferred",
            ),
        },
    ),
    (
        (
            "Chủ tịch UBND tỉnh tặng Bằng khen cho 02 cá nhân: Ông Nguyễn Văn An - Phó Giám "
            "đốc Sở Tư pháp, Bà Trần Thị Bình - Chánh Thanh tra Sở."
        ),
        {
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, ông Nguyễn Văn An và bà Trần Thị Bình được tặng danh hiệu Chiến sĩ thi "
            "đua cơ sở."
        ),
        {
            ("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An", "conferred"),
            ("Chiến sĩ thi đua cơ sở", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Với những thành tích đạt được, năm 2023 Sở Tư pháp tỉnh Ninh Bình được Chính phủ "
            "tặng Cờ thi đua."
        ),
        {("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        "Bộ trưởng Bộ Tư pháp đã tặng Cờ thi đua của Bộ Tư pháp cho Sở Tư pháp tỉnh Ninh Bình.",
        {("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        (
            "Dịp này, Chủ tịch UBND tỉnh Hà Nam đã tặng Bằng khen cho 05 tập thể, 10 cá nhân; "
            "Giám đốc Sở Tư pháp tặng Giấy khen cho ông Nguyễn Văn An."
        ),
        {("Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Nam", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, Bộ trưởng Bộ Tư Pháp tặng Bằng Khen cho ông Nguyễn Văn An.",
        {("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred")},
    ),
    (
        "Dịp này, Thủ tướng Chính phủ tặng Cờ Thi đua cho Cục THADS tỉnh Nam Định.",
        {("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred")},
    ),
    (
        (
            "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân:\nPhó Giám đốc Sở Tư "
            "pháp Nguyễn Văn An;\nTrưởng phòng Hành chính tư pháp Trần Thị Bình.\n"
        ),
        {
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Cục trưởng Cục THADS tỉnh Nam Định tặng Giấy khen cho Chi cục THADS "
            "huyện Giao Thủy và Chi cục THADS huyện Hải Hậu."
        ),
        {
            (
                "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Nam Định",
                "Chi cục Thi hành án dân sự huyện Giao Thủy",
                "conferred",
            ),
            (
                "Giấy khen của Cục trưởng Cục Thi hành án dân sự tỉnh Nam Định",
                "Chi cục Thi hành án dân sự huyện Hải Hậu",
                "conferred",
            ),
        },
    ),
    (
        (
            "Dịp này, Chi cục trưởng Chi cục THADS huyện Giao Thủy tặng Giấy khen cho bà Trần "
            "Thị Bình, Chấp hành viên."
        ),
        {
            (
                "Giấy khen của Chi cục trưởng Chi cục Thi hành án dân sự huyện Giao Thủy",
                "Trần Thị Bình",
                "conferred",
            )
        },
    ),
    (
        (
            "Dịp này, Viện trưởng VKSND tối cao tặng Kỷ niệm chương Vì sự nghiệp Kiểm sát cho "
            "ông Nguyễn Văn An."
        ),
        {("Kỷ niệm chương Vì sự nghiệp Kiểm sát", "Nguyễn Văn An", "conferred")},
    ),
    (
        (
            "Dịp này, Cục THADS tỉnh Nam Định đón nhận Huân chương Lao động hạng Nhất; 02 cá "
            "nhân được tặng Bằng khen của Thủ tướng Chính phủ là ông Nguyễn Văn An và bà Trần "
            "Thị Bình."
        ),
        {
            ("Bằng khen của Thủ tướng Chính phủ", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Thủ tướng Chính phủ", "Trần Thị Bình", "conferred"),
            ("Huân chương Lao động hạng Nhất", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
        },
    ),
    (
        (
            "Dịp này, ông Lê Văn Cường, Phó Chủ tịch UBND tỉnh đã trao Bằng khen của Chủ tịch "
            "UBND tỉnh cho 02 tập thể: Sở Tư pháp, Phòng Tư pháp huyện Kim Bảng."
        ),
        {
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
                "Phòng Tư pháp huyện Kim Bảng",
                "conferred",
            ),
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
                "Sở Tư pháp tỉnh Hà Nam",
                "conferred",
            ),
        },
    ),
    (
        (
            "Dịp này, Ủy ban nhân dân tỉnh Hà Nam tặng Bằng khen cho ông Nguyễn Văn An vì đã "
            "có thành tích xuất sắc."
        ),
        {("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Nguyễn Văn An", "conferred")},
    ),
    (
        (
            "Dịp này, Bộ Tư pháp tặng Bằng khen cho 03 tập thể, gồm: Phòng Phổ biến, giáo dục "
            "pháp luật; Phòng Hành chính tư pháp; Văn phòng Sở."
        ),
        {
            (
                "Bằng khen của Bộ trưởng Bộ Tư pháp",
                "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Hà Nam",
                "conferred",
            ),
            (
                "Bằng khen của Bộ trưởng Bộ Tư pháp",
                "Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Hà Nam",
                "conferred",
            ),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Văn phòng Sở Tư pháp tỉnh Hà Nam", "conferred"),
        },
    ),
    (
        (
            "Dịp này, ông Nguyễn Văn An được Chủ tịch UBND tỉnh tặng Bằng khen, bà Trần Thị "
            "Bình được Giám đốc Sở tặng Giấy khen."
        ),
        {
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Nguyễn Văn An", "conferred"),
            ("Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Nam", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Thứ trưởng Lê Văn Cường đã trao Bằng khen của Bộ trưởng Bộ Tư pháp cho "
            "các ông, bà: Nguyễn Văn An - Phó Giám đốc Sở Tư pháp; Trần Thị Bình - Trưởng "
            "phòng Bổ trợ tư pháp."
        ),
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Cục THADS tỉnh Nam Định được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua ngành "
            "Tư pháp năm 2023."
        ),
        {("Cờ thi đua ngành Tư pháp", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred")},
    ),
    (
        (
            "Dịp này, Sở Tư pháp tỉnh Ninh Bình được Thủ tướng Chính phủ tặng Bằng khen vì đã "
            "có thành tích xuất sắc trong công tác từ năm 2019 đến năm 2023."
        ),
        {("Bằng khen của Thủ tướng Chính phủ", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        (
            "Dịp này, Bà Trần Thị Bình – Trưởng phòng Hành chính tư pháp được tặng Bằng khen "
            "của Chủ tịch UBND tỉnh Hà Nam."
        ),
        {("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Trần Thị Bình", "conferred")},
    ),
    (
        "Dịp này, ông Nguyễn Văn An nhận Bằng khen của Bộ trưởng Bộ Tư pháp.",
        {("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred")},
    ),
    (
        (
            "Dịp này, Hội đồng Thi đua - Khen thưởng Bộ Tư pháp đã bình xét, đề nghị tặng Cờ "
            "thi đua của Chính phủ cho Cục THADS tỉnh Nam Định."
        ),
        {("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "nominated")},
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 02 tập thể: Cục THADS tỉnh Nam "
            "Định, Sở Tư pháp tỉnh Ninh Bình và 02 cá nhân: ông Nguyễn Văn An, bà Trần Thị "
            "Bình."
        ),
        {
            (
                "Bằng khen của Bộ trưởng Bộ Tư pháp",
                "Cục Thi hành án dân sự tỉnh Nam Định",
                "conferred",
            ),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Sở Tư pháp tỉnh Ninh Bình, Cục THADS tỉnh Nam Định được công nhận danh "
            "hiệu Tập thể lao động xuất sắc năm 2023."
        ),
        {
            ("Tập thể lao động xuất sắc", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
            ("Tập thể lao động xuất sắc", "Sở Tư pháp tỉnh Ninh Bình", "conferred"),
        },
    ),
    (
        "Dịp này, Chủ tịch UBND thành phố Hà Nội tặng Bằng khen cho Sở Tư pháp thành phố Hà Nội.",
        {
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội",
                "Sở Tư pháp thành phố Hà Nội",
                "conferred",
            )
        },
    ),
    (
        "Dịp này, Chủ tịch UBND TP. Hồ Chí Minh tặng Bằng khen cho ông Nguyễn Văn An.",
        {
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh",
                "Nguyễn Văn An",
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
