"""Event family (rules session 15): a later working day of a multi-day activity (``bước vào
ngày làm việc thứ hai``, ``bước sang ngày làm việc thứ ba``, a morning's ``tiếp tục phiên làm
việc thứ hai``) reports the activity that began on an earlier day; the conventions date a
multi-day event by its first day. An afternoon's second session, a second edition (``lần thứ
hai``), a council's ``kỳ họp thứ hai`` or a session continuing with no ordinal keep their day.
Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

PUB = "2024-12-20"

LATER_DAY = [
    (
        "Sáng 12/12, Kỳ họp thứ 9 Hội đồng nhân dân tỉnh Hòa Lâm khóa X bước vào ngày làm việc "
        "thứ hai, thảo luận tại hội trường.",
        {("meeting", "2024-12-11")},
    ),
    (
        "Ngày 12/12, kỳ họp thứ 9 HĐND huyện Bàu Sen tiếp tục ngày làm việc thứ 2 với phiên chất "
        "vấn Chi cục trưởng Chi cục Thi hành án dân sự huyện.",
        {("inspection", "2024-12-11")},
    ),
    (
        "Sáng 13/12, Kỳ họp thứ 9 Hội đồng nhân dân tỉnh Hòa Lâm bước sang ngày làm việc thứ ba, "
        "nghe các báo cáo thẩm tra.",
        {("meeting", "2024-12-11")},
    ),
    (
        "Sáng 12/12, Đại hội đại biểu Hội Luật gia tỉnh Hòa Lâm lần thứ IV tiếp tục phiên làm việc "
        "thứ hai, bầu Ban Chấp hành khóa mới.",
        {("other", "2024-12-11")},
    ),
    (
        "Sáng ngày 12/12, Đại hội Chi bộ Sở Tư pháp tỉnh Hòa Lâm bước vào phiên làm việc thứ hai "
        "với nội dung thảo luận văn kiện.",
        {("other", "2024-12-11")},
    ),
    (
        "Sáng 12/12, bước vào ngày làm việc thứ hai, Hội nghị tập huấn nghiệp vụ công chứng của "
        "Sở Tư pháp tỉnh Hòa Lâm tiếp tục với chuyên đề về chứng thực.",
        {("training", "2024-12-11")},
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"), [pytest.param(t, f, id=f"later-{i}") for i, (t, f) in enumerate(LATER_DAY)]
)
def test_a_later_working_day_dates_the_activity_by_its_first_day(
    text: str, facts: set[tuple[str, str]]
) -> None:
    assert event_facts(text, PUB) == facts


def test_a_first_day_reported_before_is_the_same_event() -> None:
    text = (
        "Ngày 11/12, Kỳ họp thứ 9 Hội đồng nhân dân tỉnh Hòa Lâm khóa X khai mạc tại Hội trường "
        "tỉnh. Sáng 12/12, Kỳ họp bước vào ngày làm việc thứ hai."
    )
    assert event_facts(text, PUB) == {("meeting", "2024-12-11")}


KEEP_DAY = [
    # an afternoon's second session follows the morning's, the same day
    "Chiều 12/12, Đại hội đại biểu Hội Luật gia tỉnh Hòa Lâm lần thứ IV tiến hành phiên làm việc "
    "thứ hai, bầu Ban Chấp hành khóa mới.",
    "Chiều 12/12, Đại hội Chi bộ Sở Tư pháp tỉnh Hòa Lâm tiếp tục phiên làm việc thứ hai.",
    # a second edition, a council's second sitting: no later day of one activity
    "Sáng 12/12, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội thi hòa giải viên giỏi lần thứ hai.",
    "Sáng 12/12, Hội đồng nhân dân huyện Bàu Sen khai mạc kỳ họp thứ hai, khóa X.",
    # continuing with no ordinal day: the day reported stays
    "Sáng 12/12, Hội nghị tập huấn nghiệp vụ hộ tịch tiếp tục làm việc với phần thảo luận.",
    # working days counted as a length, not the day reported
    "Sáng 12/12, sau hai ngày làm việc, Hội nghị tập huấn nghiệp vụ hộ tịch đã bế mạc.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"keep-{i}") for i, t in enumerate(KEEP_DAY)])
def test_other_days_keep_their_date(text: str) -> None:
    assert {date for _kind, date in event_facts(text, PUB)} == {"2024-12-12"}


def test_a_range_written_gives_the_first_day_itself() -> None:
    text = (
        "Ngày làm việc thứ hai Hội nghị tập huấn nghiệp vụ công chứng của Sở Tư pháp tỉnh Hòa Lâm "
        "(10 - 11/12/2024)\nHội nghị đã nghe các chuyên đề về chứng thực."
    )
    assert event_facts(text, PUB) == {("training", "2024-12-10")}
