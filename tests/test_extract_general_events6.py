"""Events and participants, round 6: error classes of unseen pages (invented people and
sentences only)."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts as _events
from extract_helpers import event_participants as _participants

_LEAD = (
    "Chiều ngày 14/9/2022, tại Hội trường Sở Tư pháp, Chi bộ Phòng Công chứng số 2 tổ chức "
    "Đại hội Chi bộ nhiệm kỳ 2022 – 2025. Tham dự có đồng chí Trịnh Văn Khải - Giám đốc Sở "
    "Tư pháp.\n"
)


@pytest.mark.parametrize(
    "clock",
    [
        pytest.param("Thứ 3 Ngày 02/3/2021, 08:15:40 AM\n\n", id="weekday-clock-before"),
        pytest.param("Chuyên mục tin tức 05/02/2029\n\n", id="stamp-years-after"),
    ],
)
def test_a_site_clock_contradicted_by_the_lead_is_not_the_page_date(clock: str) -> None:
    assert _events(clock + _LEAD) == {("other", "2022-09-14")}
    assert _participants(clock + _LEAD) == {("2022-09-14", "Trịnh Văn Khải")}


def test_a_date_line_the_lead_agrees_with_still_dates_the_page() -> None:
    text = "Thứ 5, 15/9/2022\n\n" + _LEAD.replace("Chiều ngày 14/9/2022", "Chiều ngày 14/9")
    assert _events(text) == {("other", "2022-09-14")}
