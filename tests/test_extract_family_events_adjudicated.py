"""Events read as the adjudicated gold reads them (conventions, Events and Real pages): a visit
paid to honour or wish well (``thăm hỏi``, ``tri ân``, ``chúc sức khỏe``) and an offering of
incense without a ``Lễ`` head noun (``dâng hương``, ``thắp hương``) are ``other``, not a meeting
or a ceremony; an offering held before a named conference stays an activity of its own; and the
year of a day written without one is not counted from a programme's period in parentheses
(``giai đoạn (2016 - 2020)``) nor from the review of N years of a dated document: the date is
null unless the text makes the year certain. Invented people and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

#: visits to honour or wish well, and offerings without "Lễ": other
_OTHER = [
    "Ngày 24/8/2023, Thứ trưởng Hoàng Văn Lực đã tới thăm hỏi gia đình nguyên Giám đốc Sở.",
    "Ngày 24/8/2023, Giám đốc Sở Tư pháp Đinh Thị Hằng đến tri ân gia đình các cán bộ lão thành.",
    "Ngày 24/8/2023, Chánh án Lương Văn Tấn đã tới thăm và chúc sức khỏe nguyên Chánh án tỉnh.",
    "Ngày 24/8/2023, Cục trưởng Tạ Văn Bình đã đến thăm và chúc sức khoẻ các cán bộ hưu trí.",
    "Ngày 24/8/2023, đoàn công tác Sở Tư pháp dâng hương tại Khu di tích lịch sử của tỉnh.",
    "Ngày 24/8/2023, đoàn đại biểu do ông Vương Đình Khải dẫn đầu đã dâng hoa, dâng hương tại "
    "Đài tưởng niệm.",
    "Ngày 24/8/2023, Bộ trưởng Kha Văn Tùng thăm hỏi gia đình và thắp hương tưởng nhớ cố Bộ "
    "trưởng.",
]

#: a visit that holds a working session, a congratulation, or an offering named by "Lễ"
_KEPT = [
    (
        "Ngày 24/8/2023, Thứ trưởng Hoàng Văn Lực thăm và làm việc với Sở Tư pháp tỉnh.",
        {("meeting", "2023-08-24")},
    ),
    (
        "Ngày 24/8/2023, lãnh đạo huyện đã đến thăm và chúc mừng Viện kiểm sát nhân dân huyện.",
        {("meeting", "2023-08-24")},
    ),
    (
        "Ngày 24/8/2023, Sở Tư pháp tổ chức Lễ dâng hương tưởng niệm các anh hùng liệt sĩ.",
        {("ceremony", "2023-08-24")},
    ),
    (
        "Ngày 24/8/2023, Viện kiểm sát nhân dân tỉnh tổ chức Hội nghị sơ kết công tác 6 tháng.",
        {("conference", "2023-08-24")},
    ),
]


@pytest.mark.parametrize("text", _OTHER)
def test_visits_to_honour_and_offerings_are_other(text: str) -> None:
    assert _events(text) == {("other", "2023-08-24")}


@pytest.mark.parametrize(("text", "expected"), _KEPT)
def test_working_visits_and_named_ceremonies_keep_their_kind(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected


def test_an_offering_before_a_conference_is_an_activity_of_its_own() -> None:
    text = (
        "Trước khi khai mạc Hội nghị, đoàn Cục Thi hành án dân sự tỉnh dâng hương tại Khu di "
        "tích.\nÔng Lò Văn Thiện, Cục trưởng phát biểu tại Hội nghị."
    )
    assert _events(text) == {("other", None), ("conference", None)}


def test_a_conference_named_later_still_names_an_undated_activity() -> None:
    # (no "before" frame: the activity reported first is the conference named later)
    text = (
        "Cục Thi hành án dân sự tỉnh vừa tổng kết công tác năm.\nÔng Lò Văn Thiện, Cục trưởng "
        "đã tham dự hội nghị."
    )
    assert ("other", None) not in _events(text)


#: a day and month whose year only a period or a review span suggests: null
_UNCERTAIN = [
    "Sáng 12/5, Sở Tư pháp tổ chức Hội nghị điển hình tiên tiến giai đoạn (2016 - 2020).",
    "Chiều 12/5, Sở Tư pháp tổ chức Hội nghị biểu dương điển hình tiên tiến giai đoạn "
    "(2019-2024) của ngành.",
    "Sáng 12/5, Sở Tư pháp tổ chức Hội nghị sơ kết 03 năm triển khai Quyết định số 77/QĐ-UBND "
    "ngày 02/3/2021 của Ủy ban nhân dân tỉnh.",
    "Ngày 12/5, Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết 5 năm thực hiện Kế hoạch số "
    "15/KH-UBND ngày 20/4/2019.",
]

#: the year made certain by the sentence itself
_CERTAIN = [
    (
        "Sáng 12/5/2020, Sở Tư pháp tổ chức Hội nghị điển hình tiên tiến giai đoạn (2016 - 2020).",
        {("conference", "2020-05-12")},
    ),
    (
        "Sáng 12/5, Sở Tư pháp tổ chức Hội nghị điển hình tiên tiến giai đoạn 2016 - 2020 năm "
        "2020.",
        {("conference", "2020-05-12")},
    ),
    (
        "Ngày 18/7, thực hiện Kế hoạch số 12/KH-STP ngày 09/7/2025, Sở Tư pháp tổ chức Hội nghị "
        "tập huấn.",
        {("training", "2025-07-18")},
    ),
]


@pytest.mark.parametrize("text", _UNCERTAIN)
def test_a_period_or_a_review_span_makes_no_year_certain(text: str) -> None:
    assert {d for _k, d in _events(text)} == {None}


@pytest.mark.parametrize(("text", "expected"), _CERTAIN)
def test_a_year_the_sentence_gives_is_kept(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected


#: a get-together ("gặp mặt") on an anniversary: the anniversary is its occasion, not a "Lễ"
_GET_TOGETHERS = [
    (
        "Sáng 27/8/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức gặp mặt chào mừng kỷ niệm 79 năm Ngày "
        "truyền thống ngành Tư pháp.",
        {("meeting", "2024-08-27")},
    ),
    (
        "Sáng 27/8/2024, Sở Tư pháp tổ chức gặp mặt kỷ niệm 79 năm Ngày truyền thống ngành.",
        {("meeting", "2024-08-27")},
    ),
    (
        "Ngày 27/8/2024, Sở Tư pháp cũng tổ chức gặp mặt, ôn lại chặng đường 79 năm kỷ niệm "
        "truyền thống ngành.",
        {("meeting", "2024-08-27")},
    ),
    (
        "Nhân dịp kỷ niệm 79 năm Ngày truyền thống, ngày 27/8/2024, Chánh án Hồ Văn Lịch gặp mặt "
        "các cán bộ hưu trí.",
        {("meeting", "2024-08-27")},
    ),
    # (a "Lễ" held with it stays the ceremony)
    (
        "Sáng 27/8/2024, Sở Tư pháp tổ chức Lễ kỷ niệm 79 năm Ngày truyền thống ngành và gặp mặt "
        "cán bộ hưu trí.",
        {("ceremony", "2024-08-27")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GET_TOGETHERS)
def test_a_get_together_on_an_anniversary_is_a_meeting(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _events(text) == expected
