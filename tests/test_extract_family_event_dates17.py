"""Event days written in forms the rules misread: a day whose year was typed short under a
date line (``Chiều ngày 12/4/202`` on a page dated 12/04/2022: the date line's year); ``Hôm
qua`` on a page dated by its month only (a ``date 2019-05`` header: that month, SCHEMA's
``YYYY-MM``); a full day in parentheses closing the time phrase that opens its sentence
(``Trong ngày làm việc đầu tiên sau Tết (4/2/2020), …``); a bulletin's day (``Tin hoạt động …
ngày 10/6/2024 gồm …``) and the day a body of a city written ``TP.`` issues a decision (``Chi
cục … TP. A đã ra quyết định …``), which date no activity. Invented sentences and names."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_ROWS = [
    # a year typed short ("202"): read as a day and month, dated by the date line
    (
        "Hội nghị cán bộ công chức Sở Tư pháp tỉnh Hòa Lâm\n\n12/04/2022\n\nChiều ngày 12/4/202, "
        "Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị cán bộ, công chức năm 2022. Dự hội nghị có "
        "đồng chí Trịnh Văn Khuê, Giám đốc Sở.",
        {("conference", "2022-04-12")},
    ),
    # "Hôm qua" on a page dated by its month only: that month
    (
        " date 2019-05 Ông Đàm Quốc Vịnh làm Chủ nhiệm Đoàn Luật sư Hôm qua, 120 luật sư của "
        "Đoàn Luật sư tỉnh Hòa Lâm đã bầu Ban Chủ nhiệm nhiệm kỳ mới. Đại hội diễn ra trong "
        "không khí dân chủ.",
        {("other", "2019-05")},
    ),
    # a full day in parentheses after the opening time phrase: the report's day
    (
        "Trong ngày làm việc đầu tiên sau kỳ nghỉ Tết (4/2/2020), đồng chí Lục Văn Thắm, Viện "
        "trưởng VKSND tỉnh Hòa Lâm đã tham dự Lễ ra quân trồng cây đầu xuân.",
        {("ceremony", "2020-02-04")},
    ),
    # an occasion's day in parentheses is not the report's: no day for the event
    (
        "Nhân Ngày Pháp luật Việt Nam (9/11/2020), Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Lễ "
        "phát động cuộc thi tìm hiểu pháp luật.",
        {("ceremony", None)},
    ),
    # a bulletin's day dates no activity; the activity's own day does
    (
        "Tin hoạt động VKSND địa phương ngày 10/6/2024 gồm những nội dung chính sau: VKSND tỉnh "
        "Hòa Lâm tổ chức Hội nghị tập huấn nghiệp vụ.\nVKSND tỉnh Hòa Lâm: Ngày 06/6/2024, "
        "VKSND tỉnh Hòa Lâm tổ chức Hội nghị tập huấn nghiệp vụ kiểm sát.",
        {("training", "2024-06-06")},
    ),
    # past a colon, the day is the first item's activity, not the bulletin's
    (
        "Hòa Lâm, 10/6/2024. Tin hoạt động tuần qua: ngày 3/6/2024, Sở Tư pháp tỉnh Hòa Lâm tổ "
        "chức hội nghị tập huấn nghiệp vụ hộ tịch.",
        {("training", "2024-06-03")},
    ),
    # a decision issued by a body of a city written "TP.": the day of a document, no event
    (
        "Ngày 6-9-2020, TAND tỉnh Hòa Lâm đã mở phiên xét xử phúc thẩm vụ tranh chấp đất đai. "
        "Ngày 19-1-2021, Chi cục Thi hành án dân sự TP. Hòa Lâm đã ra quyết định cưỡng chế.",
        {("other", "2020-09-06")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"event-day-{i:02d}") for i, (t, e) in enumerate(_ROWS)],
)
def test_event_day(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_facts(text) == expected


def test_short_year_dates_participants() -> None:
    text = _ROWS[0][0]
    assert event_participants(text) == {("2022-04-12", "Trịnh Văn Khuê")}


def test_full_year_not_clipped() -> None:
    """A day with its full year is read as written, not as a year typed short."""
    text = "Chiều ngày 12/4/2021, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị cán bộ."
    assert event_facts(text) == {("conference", "2021-04-12")}
