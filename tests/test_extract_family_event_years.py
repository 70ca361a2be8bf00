"""Events: the year of a day written without one, from a year the same sentence names with a
number glued to it (a quarter ``quý 3/2025``, an edition ``lần thứ VII-2023``, a round ``đợt
1/2020``); never from a year the sentence does not make certain (the review of the first N
years of a dated document, ``sơ kết 03 năm triển khai Quyết định … ngày 30/9/2022``, leaves
the date null: the year would be counted, not read).
Invented people and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_QUARTERS = [
    (
        "Chiều 27/10, dưới sự chủ trì của ông Lý Văn Đạt, Chánh Văn phòng, Bộ Tư pháp tổ chức "
        "Họp báo thường kỳ quý 3/2025.",
        {("meeting", "2025-10-27")},
    ),
    (
        "Chiều 27-10, Sở Tư pháp tổ chức họp báo thường kỳ quý III/2025.",
        {("meeting", "2025-10-27")},
    ),
    (
        "Sáng 28/7, Bộ Tư pháp tổ chức họp báo thường kỳ quý II năm 2024 do ông Mai Văn Quế "
        "chủ trì.",
        {("meeting", "2024-07-28")},
    ),
    (
        "Ngày 12/1, Cục Thi hành án dân sự tỉnh tổ chức họp báo thông tin kết quả quý IV năm 2024.",
        {("meeting", "2025-01-12")},
    ),
    (
        "Chiều 15/1, Bộ Tư pháp họp báo thường kỳ Quý IV-2025 để thông tin về công tác tư pháp.",
        {("meeting", "2026-01-15")},
    ),
    (
        "Sáng 28/12, Sở Tư pháp tổ chức hội nghị giao ban, triển khai nhiệm vụ quý I/2026.",
        {("conference", "2025-12-28")},
    ),
    (
        "Sáng 10/4, Tòa án nhân dân tỉnh tổ chức hội nghị giao ban công tác quý 1/2024.",
        {("conference", "2024-04-10")},
    ),
    (
        "Ngày 5.10, Viện kiểm sát nhân dân huyện Hòa An họp giao ban quý III, năm 2023.",
        {("meeting", "2023-10-05")},
    ),
    (
        "Sáng 11/1, Chi cục Thi hành án dân sự huyện Yên Lạc tổ chức giao ban công tác quý I "
        "năm 2022.",
        {("conference", "2022-01-11")},
    ),
]

_EDITIONS = [
    (
        "Sáng 23-11, Tòa án nhân dân tỉnh Kon Tum tổ chức hội nghị hợp tác quốc tế lần thứ "
        "VII-2023 với Tòa án nhân dân tỉnh bạn.",
        {("conference", "2023-11-23")},
    ),
    (
        "Sáng 23/11, Sở Tư pháp tổ chức Hội nghị hợp tác lần thứ V - 2024 với Sở Tư pháp tỉnh bạn.",
        {("conference", "2024-11-23")},
    ),
    (
        "Ngày 14/6, Tòa án nhân dân tỉnh tổ chức tập huấn nghiệp vụ xét xử cho thẩm phán, đợt "
        "1/2020.",
        {("training", "2020-06-14")},
    ),
    (
        "Từ ngày 8 đến 10/8, Sở Tư pháp tổ chức lớp bồi dưỡng nghiệp vụ hộ tịch đợt II năm 2024.",
        {("training", "2024-08-08")},
    ),
    (
        "Sáng 2/3, Trường Đại học Luật khai mạc Hội thảo khoa học lần thứ 3-2022 về pháp luật "
        "dân sự.",
        {("conference", "2022-03-02")},
    ),
    (
        "Chiều 9/9, Bộ Tư pháp tổ chức Diễn đàn pháp luật lần thứ II/2021 với sự tham dự của "
        "bà Hà Thị Lụa.",
        {("conference", "2021-09-09")},
    ),
    (
        "Ngày 21/5, Sở Tư pháp tổ chức Hội nghị tập huấn cho hòa giải viên ở cơ sở (đợt 2) tại "
        "huyện Đông Sơn.",
        {("training", None)},
    ),
    (
        "Sáng 4/11, Tòa án nhân dân tỉnh tổ chức hội nghị hợp tác lần thứ 6 với Tòa án tỉnh bạn.",
        {("conference", None)},
    ),
]

# a review of N years of a dated document: its year would be counted, not read, so the
# date stays null (Real pages: the year only when certain)
_REVIEWS = [
    (
        "Sáng 30/12, tại Bộ Tư pháp, Thứ trưởng Vi Thị Mến chủ trì Hội nghị sơ kết 03 năm triển "
        "khai Quyết định số 1234/QĐ-TTg ngày 30/9/2022 của Thủ tướng Chính phủ.",
        {("conference", None)},
    ),
    (
        "Chiều 20/12, Sở Tư pháp tổ chức hội nghị tổng kết 5 năm thực hiện Kế hoạch số 33/KH-UBND "
        "ngày 15/10/2019 của Ủy ban nhân dân tỉnh.",
        {("conference", None)},
    ),
    (
        "Ngày 5/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
        "40-CT/TW ngày 1/11/2014 của Ban Bí thư.",
        {("conference", None)},
    ),
    (
        "Ngày 16/11, Ủy ban nhân dân huyện tổ chức Hội nghị sơ kết 2 năm triển khai Đề án số 06 "
        "ngày 06/10/2022 của Ủy ban nhân dân tỉnh.",
        {("conference", None)},
    ),
    (
        "Sáng 14/12, Sở tổ chức Hội nghị sơ kết 03 năm thi hành Nghị quyết số 21 ngày 16/6/2018 "
        "của Hội đồng nhân dân tỉnh.",
        {("conference", None)},
    ),
    # a plan carried out just after it is dated keeps the plan's year
    (
        "Ngày 18/7, thực hiện Kế hoạch số 12/KH-STP ngày 09/7/2025 của Sở Tư pháp, Phòng Tư "
        "pháp huyện tổ chức hội nghị tuyên truyền pháp luật.",
        {("conference", "2025-07-18")},
    ),
]

_UNCERTAIN = [
    # a quarter named in another sentence does not date this one's day
    (
        "Chiều 27/10, Bộ Tư pháp tổ chức Họp báo thường kỳ. Trong quý 3/2025, công tác tư pháp "
        "đạt nhiều kết quả.",
        {("meeting", None)},
    ),
    # quarters of two years: no year is certain
    (
        "Ngày 3/1, Sở họp báo về kết quả quý IV/2024 và kế hoạch quý I/2025 của ngành.",
        {("meeting", None)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"q{i}") for i, (t, e) in enumerate(_QUARTERS)]
    + [pytest.param(t, e, id=f"ed{i}") for i, (t, e) in enumerate(_EDITIONS)]
    + [pytest.param(t, e, id=f"rv{i}") for i, (t, e) in enumerate(_REVIEWS)]
    + [pytest.param(t, e, id=f"un{i}") for i, (t, e) in enumerate(_UNCERTAIN)],
)
def test_year_of_a_day_from_its_own_sentence(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected
