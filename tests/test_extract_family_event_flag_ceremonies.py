"""Event kinds, rules session 11: a flag-salute (``tổ chức chào cờ đầu tuần``) is a ceremony
(``lễ``), not the conference a later sentence names as a task ahead (``chuẩn bị chu đáo Hội nghị
tổng kết năm``); the salute that opens a conference (``Sau nghi thức chào cờ, … khai mạc hội
nghị``) stays part of that conference. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_SPEECH = (
    "Sau phần chào cờ, ông Khuất Văn Triêm, Viện trưởng giao nhiệm vụ tuần mới. Viện trưởng đề "
    "nghị các phòng chuẩn bị chu đáo Hội nghị tổng kết năm."
)


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Sáng 5/2/2024, Viện kiểm sát nhân dân tỉnh Hòa Lâm tổ chức chào cờ đầu tuần.",
            id="chao-co",
        ),
        pytest.param(
            "Sáng ngày 05/02/2024, Viện kiểm sát nhân dân tỉnh Hòa Lâm tổ chức chào cờ và giao "
            "ban đầu tuần.",
            id="chao-co-giao-ban",
        ),
        pytest.param(
            "Ngày 5/2/2024, Viện kiểm sát nhân dân tỉnh Hòa Lâm tổ chức Lễ chào cờ đầu tuần.",
            id="le-chao-co",
        ),
    ],
)
def test_a_flag_salute_is_a_ceremony(lead: str) -> None:
    text = f"{lead} {_SPEECH}"
    assert event_facts(text, "2024-02-06") == {("ceremony", "2024-02-05")}
    assert event_participants(text, "2024-02-06") == {("2024-02-05", "Khuất Văn Triêm")}


def test_the_salute_opening_a_conference_is_the_conference() -> None:
    text = (
        "Sáng 10/1/2023, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác năm 2022. "
        "Sau nghi thức chào cờ, ông Khuất Văn Triêm, Giám đốc Sở khai mạc hội nghị."
    )
    assert event_facts(text, "2023-01-11") == {("conference", "2023-01-10")}
