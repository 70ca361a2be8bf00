"""Event dates, rules session 11: the day a page without a year or a date line gives its event,
from what the page itself makes certain (the conventions' "Real pages": a year in the same
sentence, a date line, a header).

- "today" after the report's subject (``Bộ Tư pháp sáng nay tổ chức …``) is the page's day,
  also behind an outlet's tag (``(HLO) -``, ``HL -``) or a glued ``date`` header; not
  ``ngành Tư pháp hôm nay`` deep in a sentence (today's sector, no day reported);
- the year of a range the sentence names (``chuẩn bị đợt tuyên truyền từ ngày 3-4/6/2024``) and of
  what is left of a year (``trong các tháng còn lại của năm 2024``: held within that year,
  not the year before, as a plan for a coming year is);
- a change the page says is still to come from a day (``Từ 1-4-2026, … sẽ có …``) dates the
  page shortly before it, so a day and month reported just before that day takes its year; a
  day months before it, or a change not still to come, gives nothing.

Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

CON, MEET, CER, TRN = "conference", "meeting", "ceremony", "training"
_CHAIR = "Ông Lục Văn Chiến, Giám đốc Sở Tư pháp chủ trì hội nghị."

#: (lead, page's date line or None, expected events)
TODAY = [
    (
        " date 2024-03-14 Bộ Tư pháp sáng nay tổ chức hội nghị sơ kết công tác quý I.",
        {(CON, "2024-03-14")},
    ),
    (
        " date 2024-03-14 (HLO) - Sở Tư pháp tỉnh Hòa Lâm sáng nay tổ chức hội nghị tập huấn "
        "công tác hộ tịch.",
        {(TRN, "2024-03-14")},
    ),
    (
        " date 2024-03-14 HL - Sở Tư pháp tỉnh Hòa Lâm chiều nay tổ chức hội nghị triển khai "
        "Luật Đất đai.",
        {(CON, "2024-03-14")},
    ),
    (
        " date 2024-03-14 (Hòalâm.vn) – Sở Tư pháp hôm nay tổ chức hội nghị sơ kết công tác.",
        {(CON, "2024-03-14")},
    ),
    (
        " date 2024-03-14 Sáng nay, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị triển khai nhiệm "
        "vụ quý II.",
        {(CON, "2024-03-14")},
    ),
]


@pytest.mark.parametrize(
    ("lead", "events"), [pytest.param(*row, id=f"today-{i}") for i, row in enumerate(TODAY)]
)
def test_today_after_the_subject_is_the_pages_day(lead: str, events: set) -> None:
    text = f"{lead}\n\n{_CHAIR}"
    assert event_facts(text) == events
    assert event_participants(text) == {(d, "Lục Văn Chiến") for _, d in events}


def test_todays_sector_deep_in_a_sentence_reports_no_day() -> None:
    text = (
        " date 2024-03-14 Công tác tư pháp của tỉnh Hòa Lâm trong giai đoạn hiện nay và hôm nay "
        "đã có nhiều đổi mới về nội dung và cách làm."
    )
    assert all(date is None for _, date in event_facts(text))


#: (sentence with a yearless day, expected events)
SAME_SENTENCE = [
    (
        "Sáng 1/6, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị chuẩn bị cho đợt tuyên truyền lưu "
        "động từ ngày 3-4/6/2024.",
        {(CON, "2024-06-01")},
    ),
    (
        "Chiều 3/11, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị tập huấn trước đợt kiểm tra từ "
        "ngày 10-12/11/2024.",
        {(TRN, "2024-11-03")},
    ),
    (
        "Chiều 2-9, Phó Chủ tịch Ủy ban nhân dân tỉnh Lục Văn Chiến chủ trì hội nghị bàn các "
        "nhiệm vụ trong các tháng còn lại của năm 2024.",
        {(CON, "2024-09-02")},
    ),
    (
        "Ngày 20/8, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị bàn các nhiệm vụ trong những tháng "
        "còn lại trong năm 2024.",
        {(CON, "2024-08-20")},
    ),
    (
        "Ngày 15/9, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị triển khai nhiệm vụ trong thời gian "
        "còn lại của năm 2023.",
        {(CON, "2023-09-15")},
    ),
    # (a plan of a coming year, met late in the year before: as before)
    (
        "Chiều 29/12, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị triển khai nhiệm vụ năm 2026.",
        {(CON, "2025-12-29")},
    ),
]


@pytest.mark.parametrize(
    ("sentence", "events"),
    [pytest.param(*row, id=f"sentence-{i}") for i, row in enumerate(SAME_SENTENCE)],
)
def test_the_sentence_gives_the_year(sentence: str, events: set) -> None:
    assert event_facts(f"{sentence} {_CHAIR}") == events


_WILL = "Từ 1-4-2026, Tòa án nhân dân tỉnh Hòa Lâm sẽ có 5 Tòa án khu vực.\n"
_HELD = (
    "Ngày {day}, Tòa án nhân dân tỉnh Hòa Lâm tổ chức lễ trao quyết định cho các Chánh án "
    "khu vực. Ông Lục Văn Chiến, Chánh án phát biểu giao nhiệm vụ."
)


@pytest.mark.parametrize(
    ("lead", "day", "date"),
    [
        pytest.param(_WILL, "31-3", "2026-03-31", id="day-before-change"),
        pytest.param(_WILL, "20/3", "2026-03-20", id="days-before-change"),
        pytest.param(
            "Kể từ ngày 1/1/2025, Sở Tư pháp tỉnh Hòa Lâm sẽ tiếp nhận thêm nhiệm vụ.\n",
            "28/12",
            "2024-12-28",
            id="year-before-change",
        ),
        # months before the change: any year; a change not still to come dates nothing
        pytest.param(
            "(HL) - Từ 1-4-2026, TAND TP.Hòa Lâm mới sẽ có 9 Tòa án khu vực.\n",
            "31-3",
            "2026-03-31",
            id="tag-and-dotted-name",
        ),
        pytest.param(_WILL, "10/11", None, id="months-before"),
        pytest.param(
            "Từ ngày 1/4/2026, Tòa án nhân dân tỉnh Hòa Lâm có 5 Tòa án khu vực.\n",
            "31-3",
            None,
            id="no-will",
        ),
    ],
)
def test_a_change_still_to_come_dates_the_page(lead: str, day: str, date: str | None) -> None:
    assert event_facts(lead + _HELD.format(day=day)) == {(CER, date)}


_MEETS = (
    "Sáng {day}, Phó Chủ tịch Ủy ban nhân dân tỉnh Lục Văn Chiến chủ trì buổi làm việc với Cục "
    "Thi hành án dân sự tỉnh về tiến độ các vụ việc lớn.\n"
)


@pytest.mark.parametrize(
    ("day", "tally", "date"),
    [
        pytest.param(
            "6.5",
            "Theo báo cáo của Cục, đến ngày 3.5.2021, Cục còn 41 việc chưa thi hành xong.",
            "2021-05-06",
            id="report-cutoff",
        ),
        pytest.param(
            "5/1",
            "Tính đến hết ngày 31/12/2023, toàn tỉnh đã thi hành xong 1.200 việc.",
            "2024-01-05",
            id="cutoff-year-before",
        ),
        # a cut-off months before the day: any year
        pytest.param(
            "27/12",
            "Từ ngày 01/10/2023 đến ngày 30/9/2024, Tòa án thụ lý 21.000 vụ việc.",
            None,
            id="months-after",
        ),
        # a day before the cut-off is no later meeting that hears it
        pytest.param(
            "1/5",
            "Đến ngày 3.5.2021, Cục còn 41 việc chưa thi hành xong.",
            None,
            id="before-cutoff",
        ),
    ],
)
def test_a_tallys_cutoff_dates_the_meeting_that_hears_it(
    day: str, tally: str, date: str | None
) -> None:
    text = _MEETS.format(day=day) + tally
    assert event_facts(text) == {(MEET, date)}
