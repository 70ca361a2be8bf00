from __future__ import annotations

import pytest
from _extract_helpers import run_until

NOM = "nominated"
CON = "conferred"
REG = "registered"


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Hội nghị bình xét, suy tôn đề nghị Bộ Tư pháp tặng Cờ thi đua ngành Tư pháp gồm: "
            "- 02 Sở Tư pháp: Sở Tư pháp tỉnh Bình Định, Sở Tư pháp tỉnh Quảng Ngãi và 09 Chi cục.",
            [
                ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Bình Định", NOM),
                ("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Quảng Ngãi", NOM),
            ],
            id="list",
        ),
        pytest.param(
            "Dịp này, Thủ tướng Chính phủ tặng Bằng khen cho Chi cục THADS huyện Quỳnh Lưu, "
            "tỉnh Nghệ An.",
            [
                (
                    "Bằng khen của Thủ tướng Chính phủ",
                    "Chi cục Thi hành án dân sự huyện Quỳnh Lưu",
                    CON,
                )
            ],
            id="rebuilt",
        ),
        pytest.param(
            "Cục THADS tỉnh Quảng Ninh vinh dự được Chính phủ tặng Cờ thi đua.",
            [("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Quảng Ninh", CON)],
            id="passive",
        ),
        pytest.param(
            "Theo đó, Cục THADS tỉnh Quảng Trị đăng ký phấn đấu đạt Cờ thi đua của Chính phủ; "
            "Cục THADS tỉnh Hà Tĩnh đăng ký Tập thể lao động xuất sắc.",
            [
                ("Cờ thi đua của Chính phủ", "Cục Thi hành án dân sự tỉnh Quảng Trị", REG),
                ("Tập thể lao động xuất sắc", "Cục Thi hành án dân sự tỉnh Hà Tĩnh", REG),
            ],
            id="registered",
        ),
        pytest.param(
            "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Cục THADS tỉnh Yên Bái.",
            [("Huân chương Lao động hạng Nhì", "Cục Thi hành án dân sự tỉnh Yên Bái", CON)],
            id="medal",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Yên Bái họp. Chủ tịch UBND tỉnh đã tặng Bằng khen cho Phòng Tư pháp "
            "huyện Văn Yên.",
            [
                (
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
                    "Phòng Tư pháp huyện Văn Yên",
                    CON,
                )
            ],
            id="provincial-giver",
        ),
        pytest.param(
            "Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 03 tập thể và 05 cá nhân.",
            [],
            id="counts",
        ),
        pytest.param(
            "đề nghị tặng danh hiệu Chiến sĩ thi đua ngành Tư pháp cho bà Trần Ngọc Diễm, "
            "Trưởng phòng Hành chính tư pháp.",
            [("Chiến sĩ thi đua ngành Tư pháp", "Trần Ngọc Diễm", NOM)],
            id="person",
        ),
    ],
)
def test_awards(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = run_until(text, "awards")
    got = [(a.name, a.data["recipient"], a.data["status"]) for a in doc.by_label("award")]
    assert got == expected
