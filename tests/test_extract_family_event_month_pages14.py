"""Event family (rules session 14, narrowed): a yearless day the page writes elsewhere with a
year is announced only when that written day is after the page's date at the precision the page
gives it. A page dated by its month only (``date 2024-09``) holding an activity on a day of that
month, and a headline ending in the page's own stamp (``09/09/2024 15:32``), report the activity
held on its day; a day of the page's month is ahead only where its sentence says so (``sẽ``,
``dự kiến``). Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_SIGN = (
    "Sở Tư pháp tỉnh Hòa Lâm tổ chức lễ ký kết quy chế phối hợp với Hội Luật gia tỉnh về công "
    "tác trợ giúp pháp lý. Tham dự có ông Kha Đình Nhượng, Giám đốc Sở."
)
_HEAD = "Hòa Lâm ký kết phối hợp về trợ giúp pháp lý"

HELD: list[tuple[str, str]] = [
    # (header and headline, the body's lead with its yearless day)
    (f" date 2024-09 {_HEAD} 09/09/2024 15:32", "Sáng 9-9, "),
    (f" date 2024-09 {_HEAD} 09/09/2024 15:32", "Sáng 9/9, "),
    (f" date 2024-09 {_HEAD} 9/9/2024 08:05", "Chiều 9-9, "),
    (f" date 2024-09 {_HEAD} (09/09/2024)", "Sáng 9-9, "),
    (f" date 2024-09 {_HEAD} ngày 9/9/2024", "Sáng 9-9, "),
    (f" date 2024-09 {_HEAD}", "Sáng 9-9, "),
    (f" date 2024-09-09 {_HEAD} 09/09/2024 15:32", "Sáng 9-9, "),
    (f" date 2024-09-09 {_HEAD}", "Ngày 9/9, "),
    (f" date 2024-09-10 {_HEAD} 10/09/2024 07:40", "Sáng 9-9, "),
]


@pytest.mark.parametrize(
    ("head", "lead"), [pytest.param(h, b, id=f"held-{i}") for i, (h, b) in enumerate(HELD)]
)
def test_a_day_held_in_the_pages_month_stays_held_and_dated(head: str, lead: str) -> None:
    assert event_facts(f"{head}\n\n{lead}{_SIGN}") == {("signing", "2024-09-09")}


def test_the_day_written_again_with_its_year_in_the_body_is_no_announcement() -> None:
    text = (
        f" date 2024-09 {_HEAD}\n\nSáng 9-9, {_SIGN} Quy chế được ký ngày 9/9/2024 và có hiệu lực "
        "từ ngày ký."
    )
    assert event_facts(text) == {("signing", "2024-09-09")}


_SESSION = (
    "Theo kế hoạch, kỳ họp thứ 12 HĐND tỉnh Hòa Lâm khóa XVI sẽ khai mạc vào ngày {d}/2024 tại "
    "Hội trường tỉnh. Dự kiến kỳ họp diễn ra trong 2 ngày."
)

ANNOUNCED: list[str] = [
    # a month-dated page: a day of a later month, or of its own month in a sentence ahead
    " date 2024-09 Hòa Lâm: ngày 20/10 khai mạc kỳ họp thứ 12 HĐND tỉnh\n\n"
    + _SESSION.format(d="20/10"),
    " date 2024-09 Hòa Lâm: ngày 20/9 khai mạc kỳ họp thứ 12 HĐND tỉnh\n\n"
    + _SESSION.format(d="20/9"),
    # a day-dated page whose headline ends in its stamp: the day ahead is still announced
    " date 2024-09-05 Hòa Lâm: ngày 20/9 khai mạc kỳ họp thứ 12 HĐND tỉnh 05/09/2024 10:12\n\n"
    + _SESSION.format(d="20/9"),
    " date 2024-09-05 Hòa Lâm: ngày 10/9 khai mạc kỳ họp thứ 12 HĐND tỉnh\n\n"
    + _SESSION.format(d="10/9"),
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"announced-{i}") for i, t in enumerate(ANNOUNCED)]
)
def test_a_day_written_ahead_is_still_announced(text: str) -> None:
    assert event_facts(text) == set()
