"""Family T2 of the seventh rules round (issue 9): the post-2025 civil judgment enforcement head.

Grammar (Vietnamese justice-sector news, from 2025-03, when the provincial ``Cục Thi hành án
dân sự tỉnh X`` became ``Thi hành án dân sự tỉnh X``): the head and deputy head are written
``Trưởng`` / ``Phó Trưởng`` (``Phó trưởng``, ``Quyền Trưởng``) directly before the body, which is
named by its level (``tỉnh`` or ``thành phố``, also ``Thành phố``, ``TP``, ``TP.``) with or without
the place after it (``Trưởng Thi hành án dân sự tỉnh phát biểu``); the title stops before the
level word, which belongs to the body (``Trưởng Thi hành án dân sự`` + ``Thi hành án dân sự tỉnh
X``, as the written set e and the adjudicated real-page gold read it). Variants: after the name
with a comma or a dash, before the name, chained after a party role or after ``Chấp hành
viên`` (the enforcement officer of the same body), in a list of officials split by semicolons.
The regional office below it keeps its own ``Trưởng Phòng`` + ``Phòng Thi hành án dân sự khu
vực N``.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
AFTER = "2025-10-10"
TB = "Thi hành án dân sự tỉnh Thái Bình"
HUE = "Thi hành án dân sự thành phố Huế"
HEAD_T = "Trưởng Thi hành án dân sự"
HEAD_C = "Trưởng Thi hành án dân sự"
DEP_T = "Phó Trưởng Thi hành án dân sự"

T2_CASES = [
    P(
        "Ông Trần Văn Khôi, Trưởng Thi hành án dân sự tỉnh Thái Bình phát biểu.",
        "Trần Văn Khôi",
        {(HEAD_T, TB)},
        id="head-comma",
    ),
    P(
        "Ông Trần Văn Khôi - Trưởng Thi hành án dân sự tỉnh Thái Bình phát biểu.",
        "Trần Văn Khôi",
        {(HEAD_T, TB)},
        id="head-dash",
    ),
    P(
        "Đồng chí Trần Văn Khôi – Trưởng Thi hành án dân sự tỉnh Thái Bình chủ trì hội nghị.",
        "Trần Văn Khôi",
        {(HEAD_T, TB)},
        id="head-en-dash",
    ),
    P(
        "Bà Ngô Thị Lan, Phó Trưởng Thi hành án dân sự tỉnh Thái Bình báo cáo.",
        "Ngô Thị Lan",
        {(DEP_T, TB)},
        id="deputy",
    ),
    P(
        "Bà Ngô Thị Lan, Phó trưởng Thi hành án dân sự tỉnh Thái Bình báo cáo.",
        "Ngô Thị Lan",
        {("Phó trưởng Thi hành án dân sự", TB)},
        id="deputy-lower",
    ),
    P(
        "Phó Trưởng Thi hành án dân sự tỉnh Thái Bình Ngô Thị Lan báo cáo kết quả.",
        "Ngô Thị Lan",
        {(DEP_T, TB)},
        id="deputy-before-name",
    ),
    P(
        "Ông Đặng Văn Hùng, Quyền Trưởng Thi hành án dân sự tỉnh Thái Bình phát biểu.",
        "Đặng Văn Hùng",
        {("Quyền Trưởng Thi hành án dân sự", TB)},
        id="acting",
    ),
    P(
        "Ông Trần Văn Khôi, Trưởng Thi hành án dân sự thành phố Huế phát biểu.",
        "Trần Văn Khôi",
        {(HEAD_C, HUE)},
        id="city",
    ),
    P(
        "Ông Trần Văn Khôi, Trưởng Thi hành án dân sự Thành phố Huế phát biểu.",
        "Trần Văn Khôi",
        {(HEAD_C, HUE)},
        id="city-capital",
    ),
    P(
        "Ông Trần Văn Khôi, Trưởng Thi hành án dân sự TP Huế phát biểu.",
        "Trần Văn Khôi",
        {(HEAD_C, HUE)},
        id="city-tp",
    ),
    P(
        "Ông Trần Văn Khôi, Trưởng Thi hành án dân sự TP. Hồ Chí Minh phát biểu.",
        "Trần Văn Khôi",
        {(HEAD_C, "Thi hành án dân sự thành phố Hồ Chí Minh")},
        id="city-tp-dot",
    ),
    P(
        "Bà Lò Thị Mai, Phó Trưởng Thi hành án dân sự thành phố Cần Thơ dự.",
        "Lò Thị Mai",
        {("Phó Trưởng Thi hành án dân sự", "Thi hành án dân sự thành phố Cần Thơ")},
        id="city-deputy",
    ),
    P(
        "Ông Trần Văn Khôi, Chấp hành viên, Trưởng Thi hành án dân sự thành phố Huế báo cáo.",
        "Trần Văn Khôi",
        {("Chấp hành viên", HUE), (HEAD_C, HUE)},
        id="officer-then-head-city",
    ),
    P(
        "Ông Đặng Văn Hùng, Chấp hành viên, Phó Trưởng Thi hành án dân sự tỉnh Lào Cai báo cáo.",
        "Đặng Văn Hùng",
        {
            ("Chấp hành viên", "Thi hành án dân sự tỉnh Lào Cai"),
            (DEP_T, "Thi hành án dân sự tỉnh Lào Cai"),
        },
        id="officer-then-deputy",
    ),
    P(
        "Đồng chí Hồ Văn Tịnh, Bí thư Đảng ủy, Trưởng Thi hành án dân sự tỉnh Nghệ An chủ trì.",
        "Hồ Văn Tịnh",
        {
            ("Bí thư", "Đảng ủy Thi hành án dân sự tỉnh Nghệ An"),
            (HEAD_T, "Thi hành án dân sự tỉnh Nghệ An"),
        },
        id="party-then-head",
    ),
    P(
        "Dự có ông Hồ Văn Tịnh, Trưởng Thi hành án dân sự tỉnh Nghệ An; bà Lò Thị Mai, Phó Trưởng"
        " Thi hành án dân sự tỉnh Nghệ An.",
        "Lò Thị Mai",
        {(DEP_T, "Thi hành án dân sự tỉnh Nghệ An")},
        id="list-second",
    ),
    P(
        "Dự có ông Hồ Văn Tịnh, Trưởng Thi hành án dân sự tỉnh Nghệ An; bà Lò Thị Mai, Phó Trưởng"
        " Thi hành án dân sự tỉnh Nghệ An.",
        "Hồ Văn Tịnh",
        {(HEAD_T, "Thi hành án dân sự tỉnh Nghệ An")},
        id="list-first",
    ),
    P(
        "Thi hành án dân sự tỉnh Lào Cai tổ chức hội nghị. Ông Đặng Văn Hùng, Trưởng Thi hành án"
        " dân sự tỉnh phát biểu.",
        "Đặng Văn Hùng",
        {(HEAD_T, "Thi hành án dân sự tỉnh Lào Cai")},
        id="bare-level-resolved",
    ),
    P(
        "Thi hành án dân sự tỉnh Lào Cai tổ chức hội nghị. Bà Lò Thị Mai - Phó Trưởng Thi hành án"
        " dân sự tỉnh báo cáo.",
        "Lò Thị Mai",
        {(DEP_T, "Thi hành án dân sự tỉnh Lào Cai")},
        id="bare-level-deputy",
    ),
    P(
        "Ông Đặng Văn Hùng, Trưởng Phòng Thi hành án dân sự khu vực 3 phát biểu.",
        "Đặng Văn Hùng",
        {("Trưởng Phòng", "Phòng Thi hành án dân sự khu vực 3")},
        id="regional-office-head",
    ),
    P(
        "Ông Đặng Văn Hùng, Chấp hành viên Phòng Thi hành án dân sự khu vực 5 phát biểu.",
        "Đặng Văn Hùng",
        {("Chấp hành viên", "Phòng Thi hành án dân sự khu vực 5")},
        id="regional-officer",
    ),
    P(
        "Ông Vũ Văn Thành, Trưởng Thi hành án dân sự tỉnh Thái Bình, và bà Ngô Thị Lan ký kết.",
        "Vũ Văn Thành",
        {(HEAD_T, TB)},
        id="head-then-and",
    ),
    P(
        "Tham dự có đồng chí Vũ Văn Thành, Tỉnh ủy viên; đồng chí Ngô Thị Lan, Trưởng Thi hành án"
        " dân sự tỉnh Thái Bình.",
        "Ngô Thị Lan",
        {(HEAD_T, TB)},
        id="list-after-party-member",
    ),
    P(
        "Bà Ngô Thị Lan, Phó Trưởng Thi hành án dân sự tỉnh Thái Bình kiêm Chấp hành viên phát"
        " biểu.",
        "Ngô Thị Lan",
        {(DEP_T, TB), ("Chấp hành viên", None)},
        id="deputy-kiem-officer",
        marks=pytest.mark.xfail(strict=True, reason="a bodiless title after kiêm takes no body"),
    ),
    P(
        "Ông Trần Văn Khôi, Trưởng THADS tỉnh Thái Bình phát biểu.",
        "Trần Văn Khôi",
        # the title as the gold of data/eval/e writes the short form: "Trưởng" (no shared head)
        {("Trưởng", TB)},
        id="abbreviated",
    ),
]


@pytest.mark.parametrize("text,person,expected", T2_CASES)
def test_enforcement_head_family(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected, AFTER)
    assert ok, got


def test_before_2025_the_level_is_no_title() -> None:
    """Before 2025-03 the provincial office was a ``Cục``: no ``Trưởng … tỉnh`` post is read."""
    ok, got = positions_are(
        "Ông Trần Văn Khôi, Cục trưởng Cục Thi hành án dân sự tỉnh Thái Bình phát biểu.",
        "Trần Văn Khôi",
        {("Cục trưởng", "Cục Thi hành án dân sự tỉnh Thái Bình")},
        "2021-05-10",
    )
    assert ok, got
