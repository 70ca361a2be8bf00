"""Event family (rules session 14): a page that only announces. When the one day the page gives
an activity is ahead (``dự kiến … diễn ra vào ngày 10/9/2024``, ``Ngày 20/9 tới, … sẽ tổ chức
…``) and it dates no activity as held, its other sentences (``Hội thi có 12 đội tham gia``, a
headline ``ngày 10/9 khai mạc kỳ họp …``) describe what is announced: no event, undated or
dated a year back; a sentence that says something was done still reports it. A sentence led by
``Một buổi …`` (a photo's example) reports no activity either. Invented bodies, names and
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-09-05"

ANNOUNCED = [
    "Hòa Lâm: ngày 10/9 khai mạc kỳ họp thứ 12 HĐND tỉnh\n\nTheo kế hoạch, kỳ họp thứ 12 HĐND "
    "tỉnh Hòa Lâm khóa XVI sẽ khai mạc vào ngày 10/9/2024 tại Hội trường tỉnh. Dự kiến kỳ họp "
    "diễn ra trong 2 ngày.",
    "Ngày 20/9 tới, Sở Tư pháp tỉnh Hòa Lâm sẽ tổ chức Hội thi hòa giải viên giỏi. Hội thi có "
    "12 đội tham gia, mỗi đội gồm 3 thành viên.",
    "Ngày 20/9 tới, Sở Tư pháp tỉnh Hòa Lâm sẽ tổ chức Hội nghị tổng kết công tác tư pháp. Hội "
    "nghị do ông Kha Đình Nhượng, Giám đốc Sở chủ trì.",
    "Tân Vĩnh: 18/9 diễn ra Hội thi hòa giải viên giỏi\n\nTheo đó, dự kiến Hội thi diễn ra trong "
    "1 ngày (18-9-2024) tại Nhà văn hóa huyện Tân Vĩnh.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"announced-{i}") for i, t in enumerate(ANNOUNCED)]
)
def test_an_announcing_page_reports_no_event(text: str) -> None:
    assert event_facts(text, PUB) == set()


def test_an_announcing_page_still_reports_what_was_done() -> None:
    text = (
        "Ngày 20/9 tới, Sở Tư pháp tỉnh Hòa Lâm sẽ tổ chức Hội thi hòa giải viên giỏi. Vừa qua, "
        "Sở đã tổ chức họp báo giới thiệu Hội thi."
    )
    assert event_facts(text, PUB) == {("meeting", None)}


def test_a_yearless_day_not_written_ahead_elsewhere_keeps_its_year() -> None:
    # the page's yearless day after its own date, with nothing announced: the year before
    text = "Ngày 10/9, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị tổng kết công tác năm."
    assert event_facts(text, PUB) == {("conference", "2023-09-10")}


ILLUSTRATIONS = [
    "Một buổi họp nghiệp vụ tại Chi cục Thi hành án dân sự huyện Tân Vĩnh.",
    "Một phiên tòa xét xử lưu động của Tòa án nhân dân huyện Bàu Sen.",
    "Một buổi tuyên truyền pháp luật cho đồng bào tại xã Tân Vĩnh.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"illustration-{i}") for i, t in enumerate(ILLUSTRATIONS)]
)
def test_a_sentence_led_by_one_reports_no_activity(text: str) -> None:
    assert event_facts(text, PUB) == set()


def test_a_named_session_still_reports() -> None:
    text = "Vừa qua, Chi cục Thi hành án dân sự huyện Tân Vĩnh đã tổ chức buổi họp nghiệp vụ."
    assert event_facts(text, PUB) == {("meeting", None)}
