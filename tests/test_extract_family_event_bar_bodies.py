"""Event days and the bar's bodies (rules round 7): ``Hội Luật gia`` and ``Đoàn Luật sư`` are
bodies, not laws, so the year of the document signed or reviewed in their sentence (``ký kết Quy
chế phối hợp năm 2018``), a headline's year and a full date after their name still date the day
(a law's year, ``Luật Luật sư năm 2006``, still does not). Invented sentences, no publication
date."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_BODIES = (
    "Hội Luật gia tỉnh Nam Định",
    "Đoàn Luật sư tỉnh Nam Định",
    "Đoàn Luật sư thành phố Hải Phòng",
    "Hội Luật gia huyện Ý Yên",
)
_DAYS = (
    ("Chiều 15-5", "05-15"),
    ("Ngày 15/5", "05-15"),
    ("Sáng 15.5", "05-15"),
    ("Ngày 15 tháng 5", "05-15"),
)
_DOCS = (
    ("Quy chế phối hợp năm 2018", "2018"),
    ("Chương trình phối hợp năm 2019", "2019"),
    ("Kế hoạch phối hợp năm 2021", "2021"),
)

SIGNINGS: list[tuple[str, set[tuple[str, str | None]]]] = [
    (
        f"{day}, Sở Tư pháp và {body} ký kết {_DOCS[(i + j) % 3][0]}.",
        {("signing", f"{_DOCS[(i + j) % 3][1]}-{md}")},
    )
    for i, body in enumerate(_BODIES)
    for j, (day, md) in enumerate(_DAYS)
]

OTHERS: list[tuple[str, set[tuple[str, str | None]]]] = [
    (
        "Sáng 20/3, Đoàn Luật sư tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2019.",
        {("conference", "2020-03-20")},
    ),
    (
        "Sáng 9/5, Hội Luật gia tỉnh Nam Định tổ chức Hội nghị triển khai nhiệm vụ năm 2021.",
        {("conference", "2021-05-09")},
    ),
    # a law's year is no event's
    (
        "Ngày 3/4, Hội Luật gia tỉnh Nam Định tổ chức tập huấn Luật Đất đai năm 2024.",
        {("training", None)},
    ),
    (
        "Ngày 3/4, Đoàn Luật sư tỉnh Nam Định tổ chức tập huấn Luật Luật sư năm 2006.",
        {("training", None)},
    ),
    (
        "Sáng 28/12, Đoàn Luật sư tỉnh Nam Định tổ chức Đại hội nhiệm kỳ 2024 - 2029.",
        {("other", "2024-12-28")},
    ),
    (
        "Chiều 12/6, Sở Tư pháp, Đoàn Luật sư và Hội Luật gia tỉnh Nam Định ký kết Chương trình "
        "phối hợp năm 2022 về trợ giúp pháp lý.",
        {("signing", "2022-06-12")},
    ),
    (
        "Đoàn Luật sư tỉnh Nam Định tổ chức giải bóng đá năm 2023\nSáng 12/5, Đoàn Luật sư tỉnh "
        "Nam Định khai mạc giải bóng đá.",
        {("other", "2023-05-12")},
    ),
    (
        "Hội Luật gia tỉnh Nam Định, ngày 20/10/2023, tổ chức Hội nghị phổ biến pháp luật.",
        {("conference", "2023-10-20")},
    ),
    (
        "Ngày 10/10, Hội Luật gia tỉnh Nam Định tổ chức Hội thảo góp ý dự thảo Luật Luật sư (sửa "
        "đổi) năm 2025.",
        {("conference", None)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"bar-{i:02d}") for i, row in enumerate(SIGNINGS + OTHERS)],
)
def test_bar_bodies_are_no_laws(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_facts(text) == expected
