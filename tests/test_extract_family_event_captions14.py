"""Event family (rules session 14): the forms of a page that show or describe work without
reporting one activity. (a) A caption line led by a generic subject (``Cán bộ Chi cục … kiểm tra
hồ sơ``, ``Chấp hành viên … làm việc với đương sự``), naming no one, with no day and nothing
said done; (b) a way of working (``thường xuyên làm việc với các sở``, ``đã chủ động làm việc
với UBND các xã``); (c) a tally led by the period just ended (``Năm qua, … giám sát 12 cuộc``).
A report of the same work (dated, said done, or inside a paragraph) still is an event. Invented
bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-03-10"
_LEAD = "Công tác thi hành án dân sự ở huyện Bàu Sen còn nhiều khó khăn do địa bàn rộng.\n"

CAPTIONS = [
    "Cán bộ Chi cục Thi hành án dân sự huyện Bàu Sen kiểm tra hồ sơ thi hành án.",
    "Chấp hành viên Chi cục Thi hành án dân sự huyện Bàu Sen làm việc với đương sự.",
    "Cán bộ, công chức Phòng Tư pháp huyện Bàu Sen kiểm tra sổ hộ tịch tại xã Tân Vĩnh.",
    "Trợ giúp viên pháp lý tư vấn pháp luật cho người dân xã Tân Vĩnh.",
    "Kiểm sát viên Viện kiểm sát nhân dân huyện Bàu Sen kiểm sát việc cưỡng chế.",
]


@pytest.mark.parametrize(
    "line", [pytest.param(t, id=f"caption-{i}") for i, t in enumerate(CAPTIONS)]
)
def test_a_generic_caption_line_reports_no_activity(line: str) -> None:
    assert event_facts(_LEAD + line + "\n" + _LEAD, PUB) == set()


REPORTS = [
    # said done
    (
        "Cán bộ Chi cục Thi hành án dân sự huyện Bàu Sen đã tổ chức cưỡng chế giao nhà cho người "
        "mua trúng đấu giá.",
        {("other", None)},
    ),
    # dated
    (
        "Ngày 5/3, cán bộ Chi cục Thi hành án dân sự huyện Bàu Sen kiểm tra hồ sơ thi hành án.",
        {("inspection", "2024-03-05")},
    ),
]


@pytest.mark.parametrize(
    "line,facts", [pytest.param(t, f, id=f"report-{i}") for i, (t, f) in enumerate(REPORTS)]
)
def test_a_report_of_the_work_is_still_an_event(line: str, facts: set) -> None:
    assert event_facts(_LEAD + line + "\n", PUB) == facts


def test_a_caption_inside_a_paragraph_is_a_report_sentence() -> None:
    text = (
        "Vừa qua, Chi cục Thi hành án dân sự huyện Bàu Sen đã tổ chức đợt kiểm tra hồ sơ. Cán bộ "
        "Chi cục kiểm tra hồ sơ thi hành án tại kho lưu trữ.\n"
    )
    assert event_facts(text, PUB) == {("inspection", None)}


HABITS = [
    "Chi cục đã chủ động làm việc với UBND các xã để tháo gỡ vướng mắc trong công tác thi hành án.",
    "Bên cạnh đó, Sở Tư pháp thường xuyên làm việc với các sở, ngành để hướng dẫn nghiệp vụ.",
    "Lãnh đạo Phòng Tư pháp luôn trao đổi với UBND các xã về công tác hộ tịch.",
    "Cục thường xuyên phối hợp với Viện kiểm sát làm việc với các đương sự để vận động thi hành "
    "án.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"habit-{i}") for i, t in enumerate(HABITS)])
def test_a_way_of_working_reports_no_session(text: str) -> None:
    assert event_facts(text, PUB) == set()


def test_a_session_said_held_is_still_a_meeting() -> None:
    text = "Ngày 5/3, Chi cục đã chủ động làm việc với UBND xã Tân Vĩnh để tháo gỡ vướng mắc."
    assert event_facts(text, PUB) == {("meeting", "2024-03-05")}


TALLIES = [
    "Năm qua, Hội Luật gia huyện Bàu Sen đã tham gia giám sát 12 cuộc, hòa giải thành 45 vụ việc.",
    "Trong năm vừa qua, Phòng Tư pháp đã phối hợp kiểm tra 14 xã, thị trấn.",
    "Quý qua, Chi cục đã tổ chức 6 cuộc cưỡng chế, thi hành xong 120 việc.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"tally-{i}") for i, t in enumerate(TALLIES)])
def test_a_tally_of_the_period_just_ended_reports_no_event(text: str) -> None:
    assert event_facts(text, PUB) == set()


def test_the_period_just_ended_with_one_activity_named_is_left_alone() -> None:
    # no count: the sentence names one activity of the year, undated
    text = "Năm qua, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị tổng kết 10 năm thi hành Luật."
    assert event_facts(text, PUB) == {("conference", None)}
