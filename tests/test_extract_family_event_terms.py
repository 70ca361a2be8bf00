"""Events: the year of a day written without one when its sentence names a term of office
(``nhiệm kỳ 2016 - 2020``). A congress, a founding or a first session is held in the term's
first year; a review of the term at its end (``tổng kết công tác năm 2020 và nhiệm kỳ 2016 -
2020`` → 2020, not 2016); any other meeting of a sitting body may fall in any year of its term,
so the term alone dates nothing. Invented people and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_REVIEWED = [
    (
        "Sáng 21-12, tại Hà Nội, Tòa án nhân dân tỉnh Hòa Bình tổ chức Hội nghị trực tuyến tổng "
        "kết công tác năm 2020 và nhiệm kỳ 2016 - 2020, triển khai công tác Tòa án năm 2021.",
        {("conference", "2020-12-21")},
    ),
    (
        "Chiều 18/12, Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác tư pháp năm "
        "2025 và nhiệm kỳ 2021-2025, triển khai nhiệm vụ năm 2026.",
        {("conference", "2025-12-18")},
    ),
    (
        "Ngày 10.1, Cục Thi hành án dân sự tỉnh tổ chức hội nghị tổng kết công tác năm 2020, "
        "nhiệm kỳ 2016–2020 và triển khai nhiệm vụ năm 2021.",
        {("conference", "2021-01-10")},
    ),
    (
        "Sáng 20/12, Hội Luật gia tỉnh Tây Ninh tổ chức hội nghị tổng kết nhiệm kỳ 2018 - 2023.",
        {("conference", "2023-12-20")},
    ),
    (
        "Ngày 15/3, Ban Chấp hành Đảng bộ Sở Tư pháp tổ chức hội nghị tổng kết nhiệm kỳ "
        "2020 - 2025.",
        {("conference", "2025-03-15")},
    ),
    (
        "Sáng 14/12, Tòa án nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2025 và nhiệm "
        "kỳ 2021 - 2025 của Hội thẩm nhân dân.",
        {("conference", "2025-12-14")},
    ),
    (
        "Ngày 22/1, Hội Luật gia huyện tổ chức hội nghị tổng kết công tác năm 2024 và nhiệm kỳ "
        "2019-2024.",
        {("conference", "2025-01-22")},
    ),
    (
        "Sáng 30-12, Viện kiểm sát nhân dân tỉnh tổ chức Hội nghị tổng kết công tác kiểm sát "
        "năm 2025 và 5 năm nhiệm kỳ 2021 - 2025, triển khai nhiệm vụ năm 2026.",
        {("conference", "2025-12-30")},
    ),
    (
        "Chiều 26/12, UBND huyện Mỹ Tú tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ "
        "NHIỆM KỲ 2021 - 2025.",
        {("conference", "2025-12-26")},
    ),
    (
        "Sáng 19.12, Tòa án nhân dân thành phố tổ chức hội nghị trực tuyến tới 40 điểm cầu tổng "
        "kết công tác năm 2025 và nhiệm kỳ 2021 – 2025, triển khai công tác năm 2026. Tới dự có "
        "đồng chí Hà Văn Lộc, Phó Bí thư Thành ủy.",
        {("conference", "2025-12-19")},
    ),
    (
        "Ngày 25/12, Hội Luật gia tỉnh tổ chức Hội nghị Ban Chấp hành tổng kết công tác năm "
        "2025, nhìn lại nhiệm kỳ 2020-2025 và triển khai chương trình công tác năm 2026.",
        {("conference", "2025-12-25")},
    ),
]

_ELECTED = [
    (
        "Sáng 8/8, Đại hội Đảng bộ Sở Tư pháp tỉnh Ninh Thuận nhiệm kỳ 2025 - 2030 diễn ra.",
        {("other", "2025-08-08")},
    ),
    (
        "Chiều 5/6, Chi bộ Phòng Tư pháp huyện Văn Yên tổ chức Đại hội nhiệm kỳ 2022 - 2025.",
        {("other", "2022-06-05")},
    ),
    (
        "Ngày 29/9, Hội nghị thành lập Hội Luật gia huyện Tân Mỹ, nhiệm kỳ 2023 - 2028 được tổ "
        "chức tại Hội trường Ủy ban nhân dân huyện.",
        {("conference", "2023-09-29")},
    ),
    (
        "Sáng 4/8, Đảng ủy Sở Tư pháp tổ chức Hội nghị công bố quyết định thành lập các Chi bộ "
        "trực thuộc và chỉ định cấp ủy chi bộ nhiệm kỳ 2025 - 2030.",
        {("conference", "2025-08-04")},
    ),
    (
        "Ngày 14/5, Đại hội Chi bộ Cục Thi hành án dân sự tỉnh đã tổng kết nhiệm kỳ 2020 - 2025 "
        "và bầu Ban Chấp hành nhiệm kỳ 2025 - 2030.",
        {("other", "2025-05-14")},
    ),
    (
        "Sáng 22/7, Đoàn Luật sư tỉnh Bình Phước tổ chức Đại hội lần thứ IV, nhiệm kỳ 2024-2029.",
        {("other", "2024-07-22")},
    ),
    (
        "Ngày 3/10, Hội Hòa giải viên xã Tân Lập ra mắt Ban Chấp hành nhiệm kỳ 2021 – 2026 "
        "với sự tham dự của ông Lò Văn Khởi, Chủ tịch UBND xã.",
        {("other", "2021-10-03")},
    ),
    (
        "Thực hiện kế hoạch của Đảng ủy Khối, các chi bộ trực thuộc đã chuẩn bị chu đáo. Sáng "
        "16-4, Chi bộ Thanh tra tỉnh tiến hành Đại hội đại biểu nhiệm kỳ 2020 - 2022. Dự Đại "
        "hội có bà Kiều Thị Mến, Phó Bí thư Đảng ủy Khối; ông Vi Đức Hạnh, Chánh Thanh tra tỉnh.",
        {("other", "2020-04-16")},
    ),
]

_SITTING = [
    (
        "Sáng 10/7, Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026 khai "
        "mạc tại Hội trường Tỉnh ủy.",
        None,
    ),
    (
        "Chiều 3/4, Ban Chấp hành Đảng bộ Sở Tư pháp tổ chức Hội nghị lần thứ 15, nhiệm kỳ "
        "2020 - 2025.",
        None,
    ),
    (
        "Ngày 20/9, Thường trực Hội đồng nhân dân huyện, nhiệm kỳ 2021 - 2026 làm việc với Phòng "
        "Tư pháp huyện về công tác hòa giải ở cơ sở.",
        None,
    ),
    (
        "Sáng 12/5, Ban Pháp chế HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 giám sát công tác thi hành "
        "án dân sự tại Cục Thi hành án dân sự tỉnh.",
        None,
    ),
    (
        "Ngày 6/11, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, nhiệm kỳ 2021 - 2026 "
        "họp phiên thường kỳ do ông Đinh Công Trứ, Phó Chủ tịch UBND tỉnh chủ trì.",
        None,
    ),
    (
        "Chiều 17/10, Đoàn giám sát của Hội đồng nhân dân tỉnh khóa X, nhiệm kỳ 2021 - 2026 làm "
        "việc với Sở Tư pháp về việc thực hiện Luật Trợ giúp pháp lý.",
        None,
    ),
]

_PLANNED = [
    # another year of the sentence decides
    (
        "Sáng 28/12, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 20 để quyết định "
        "nhiệm vụ phát triển kinh tế - xã hội năm 2026.",
        {("2025-12-28",)},
    ),
    (
        "Chiều 9/1, Ban Chấp hành Đảng bộ Sở, nhiệm kỳ 2020 - 2025 họp triển khai nhiệm vụ năm "
        "2024.",
        {("2024-01-09",)},
    ),
]


def _dates(text: str) -> set[str | None]:
    return {d for _k, d in _events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"rv{i}") for i, (t, e) in enumerate(_REVIEWED)]
    + [pytest.param(t, e, id=f"el{i}") for i, (t, e) in enumerate(_ELECTED)],
)
def test_a_term_reviewed_or_elected_dates_its_day(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"sit{i}") for i, (t, _) in enumerate(_SITTING)]
)
def test_a_sitting_bodys_term_dates_nothing(text: str) -> None:
    assert _dates(text) == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"pl{i}") for i, (t, e) in enumerate(_PLANNED)],
)
def test_another_year_of_the_sentence_decides(text: str, expected: set[tuple[str]]) -> None:
    assert {(d,) for d in _dates(text)} == expected
