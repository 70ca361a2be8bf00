"""Awards as a family, third table (rules round 5): a decision signed, a deputy by delegation,
several awards and givers in one sentence, ranks and "Đ/c" before names, a place in parentheses
after a recipient, headed lists under an intro line, and counts without names (invented people,
bodies' sentences and days; no sentence of any real article)."""

from __future__ import annotations

import pytest
from extract_helpers import award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/6/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "

ROWS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        (
            "Dịp này, Chủ tịch nước đã ký Quyết định tặng thưởng Huân chương Lao động hạng Ba "
            "cho Sở Tư pháp tỉnh Ninh Bình."
        ),
        {("Huân chương Lao động hạng Ba", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        (
            "Thừa ủy quyền của Thủ tướng Chính phủ, ông Lê Văn Cường trao Cờ thi đua của Chính "
            "phủ cho Cục THADS tỉnh Nam Định."
        ),
        {("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred")},
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 05 tập thể và 10 cá nhân; Giám "
            "đốc Sở Tư pháp tặng Giấy khen cho Phòng Tư pháp huyện Kim Bảng."
        ),
        {
            (
                "Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Nam",
                "Phòng Tư pháp huyện Kim Bảng",
                "conferred",
            )
        },
    ),
    (
        (
            "Dịp này, Giám đốc Sở tặng danh hiệu Chiến sĩ thi đua cơ sở cho các đồng chí: "
            "Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường."
        ),
        {
            ("Chiến sĩ thi đua cơ sở", "Lê Văn Cường", "conferred"),
            ("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An", "conferred"),
            ("Chiến sĩ thi đua cơ sở", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Giám đốc Sở tặng danh hiệu Tập thể lao động xuất sắc năm 2023 cho: Phòng "
            "Tư pháp huyện Kim Bảng, Phòng Tư pháp huyện Thanh Liêm."
        ),
        {
            ("Tập thể lao động xuất sắc", "Phòng Tư pháp huyện Kim Bảng", "conferred"),
            ("Tập thể lao động xuất sắc", "Phòng Tư pháp huyện Thanh Liêm", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho Thượng tá Nguyễn Văn An và "
            "Trung tá Trần Thị Bình."
        ),
        {
            ("Giấy khen của Giám đốc Công an tỉnh Hà Nam", "Nguyễn Văn An", "conferred"),
            ("Giấy khen của Giám đốc Công an tỉnh Hà Nam", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho Đ/c Nguyễn Văn An và Đ/c Trần Thị Bình.",
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Tại buổi Lễ, Thứ trưởng Lê Văn Cường đã trao Huân chương Lao động hạng Nhì của "
            "Chủ tịch nước cho Cục THADS tỉnh Nam Định và Huân chương Lao động hạng Ba cho ông "
            "Nguyễn Văn An."
        ),
        {
            ("Huân chương Lao động hạng Ba", "Nguyễn Văn An", "conferred"),
            ("Huân chương Lao động hạng Nhì", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
        },
    ),
    (
        "Dịp này, Sở Tư pháp tỉnh Ninh Bình là đơn vị vinh dự được nhận Cờ thi đua của Chính phủ.",
        {("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        (
            "Dịp này, UBND tỉnh đã tặng Bằng khen cho Sở Tư pháp vì có thành tích xuất sắc "
            "trong công tác năm 2023."
        ),
        {
            (
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
                "Sở Tư pháp tỉnh Hà Nam",
                "conferred",
            )
        },
    ),
    (
        (
            "Đồng chí Nguyễn Văn An, Giám đốc Sở Tư pháp được Bộ trưởng Bộ Tư pháp tặng Kỷ "
            "niệm chương Vì sự nghiệp Tư pháp."
        ),
        {("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Nguyễn Văn An", "conferred")},
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho các tập thể: Phòng Tư pháp huyện "
            "Kim Bảng (tỉnh Hà Nam), Phòng Tư pháp huyện Nho Quan (tỉnh Ninh Bình)."
        ),
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Kim Bảng", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Nho Quan", "conferred"),
        },
    ),
    (
        "Dịp này, Sở Tư pháp tỉnh Ninh Bình được Bộ Tư pháp tặng Cờ thi đua xuất sắc.",
        {("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "conferred")},
    ),
    (
        (
            "Dịp này, Chủ tịch UBND tỉnh đã tặng Bằng khen cho ông Nguyễn Văn An - Giám đốc Sở "
            "và tặng Giấy khen cho bà Trần Thị Bình."
        ),
        {
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Nguyễn Văn An", "conferred"),
            ("Giấy khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Hội đồng Thi đua - Khen thưởng tỉnh xét, đề nghị Thủ tướng Chính phủ "
            "tặng Bằng khen cho Sở Tư pháp tỉnh Hà Nam và ông Nguyễn Văn An."
        ),
        {
            ("Bằng khen của Thủ tướng Chính phủ", "Nguyễn Văn An", "nominated"),
            ("Bằng khen của Thủ tướng Chính phủ", "Sở Tư pháp tỉnh Hà Nam", "nominated"),
        },
    ),
    (
        (
            "Với thành tích đó, năm 2023 Cục THADS tỉnh Nam Định vinh dự được Chính phủ tặng "
            "Cờ thi đua; ông Nguyễn Văn An được Thủ tướng Chính phủ tặng Bằng khen."
        ),
        {
            ("Bằng khen của Thủ tướng Chính phủ", "Nguyễn Văn An", "conferred"),
            ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp đã trao tặng Kỷ niệm chương Vì sự nghiệp Tư pháp "
            "cho 03 đồng chí là: Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường."
        ),
        {
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Lê Văn Cường", "conferred"),
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, 03 cá nhân được tặng Kỷ niệm chương Vì sự nghiệp Tư pháp gồm các đồng "
            "chí: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường."
        ),
        {
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Lê Văn Cường", "conferred"),
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Kỷ niệm chương Vì sự nghiệp Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
    (
        "Dịp này, Bộ trưởng Bộ Tư pháp đã quyết định tặng Bằng khen cho Cục THADS tỉnh Nam Định.",
        {
            (
                "Bằng khen của Bộ trưởng Bộ Tư pháp",
                "Cục Thi hành án dân sự tỉnh Nam Định",
                "conferred",
            )
        },
    ),
    (
        (
            "Tại Hội nghị, Thứ trưởng Lê Văn Cường đã trao các hình thức khen thưởng sau:\nCờ "
            "thi đua của Chính phủ:\n1. Cục THADS tỉnh Nam Định\n2. Sở Tư pháp tỉnh Ninh "
            "Bình\nBằng khen của Thủ tướng Chính phủ:\n1. Ông Nguyễn Văn An\n2. Bà Trần Thị "
            "Bình\n"
        ),
        {
            ("Bằng khen của Thủ tướng Chính phủ", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Thủ tướng Chính phủ", "Trần Thị Bình", "conferred"),
            ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
            ("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Ninh Bình", "conferred"),
        },
    ),
    (
        (
            "Dịp này, các tập thể, cá nhân được khen thưởng gồm:\n- Cờ thi đua của Chính phủ: "
            "Cục THADS tỉnh Nam Định;\n- Bằng khen của Thủ tướng Chính phủ: ông Nguyễn Văn "
            "An.\n"
        ),
        {
            ("Bằng khen của Thủ tướng Chính phủ", "Nguyễn Văn An", "conferred"),
            ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
        },
    ),
    (
        (
            "Dịp này, nhiều tập thể, cá nhân được khen thưởng: Cục THADS tỉnh Nam Định được "
            "tặng Cờ thi đua của Chính phủ; ông Nguyễn Văn An được tặng Bằng khen của Thủ "
            "tướng Chính phủ."
        ),
        {
            ("Bằng khen của Thủ tướng Chính phủ", "Nguyễn Văn An", "conferred"),
            ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Nam Định", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho:\nPhòng Tư pháp huyện Kim "
            "Bảng;\nPhòng Tư pháp huyện Thanh Liêm;\nÔng Nguyễn Văn An, Trưởng phòng Tư pháp "
            "huyện Kim Bảng.\n"
        ),
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Kim Bảng", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Phòng Tư pháp huyện Thanh Liêm", "conferred"),
        },
    ),
    (
        (
            "Dịp này, Bộ trưởng Bộ Tư pháp tặng Bằng khen cho ông Nguyễn Văn An (Sở Tư pháp "
            "tỉnh Hà Nam) và bà Trần Thị Bình (Sở Tư pháp tỉnh Ninh Bình)."
        ),
        {
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Nguyễn Văn An", "conferred"),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Trần Thị Bình", "conferred"),
        },
    ),
]


@pytest.mark.parametrize(
    ("tail", "expected"), [pytest.param(*row, id=f"awards-{i:02d}") for i, row in enumerate(ROWS)]
)
def test_each_named_recipient_and_no_other(tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(_LEAD + tail, "2024-06-15")) == expected
