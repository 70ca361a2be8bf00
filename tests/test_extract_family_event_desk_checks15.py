"""Event family (rules session 15): an enforcement's routine verification of a debtor's means
(``tiến hành xác minh điều kiện thi hành án``, ``xác minh điều kiện THA``) is desk work, as a
check of files or assets is, not an inspection held; a verification held at a place or a team's
session stays one. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

ROUTINE = [
    "Chấp hành viên tiến hành xác minh điều kiện thi hành án của người phải thi hành án theo quy "
    "định.",
    "Ngay sau khi nhận bản án, Chi cục đã ra quyết định thi hành án, tiến hành xác minh điều kiện "
    "thi hành án và phân loại việc.",
    "Năm qua, các Chi cục đã xác minh điều kiện THA đối với toàn bộ số việc thụ lý mới.",
    "Chấp hành viên đã nhiều lần xác minh, phân loại điều kiện thi hành án của các đương sự.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"routine-{i}") for i, t in enumerate(ROUTINE)]
)
def test_verifying_a_debtors_means_is_no_inspection(text: str) -> None:
    assert event_facts(text, PUB) == set()


def test_a_verification_team_at_a_body_stays() -> None:
    text = (
        "Vừa qua, Đoàn xác minh của Cục Thi hành án dân sự tỉnh Hòa Lâm đã làm việc tại Chi cục "
        "Thi hành án dân sự huyện Bàu Sen."
    )
    assert event_facts(text, PUB) == {("inspection", None)}


def test_a_dated_verification_stays() -> None:
    text = (
        "Ngày 5/6, Chấp hành viên Chi cục Thi hành án dân sự huyện Bàu Sen tiến hành xác minh điều "
        "kiện thi hành án tại nhà ông Lạc Văn Huề."
    )
    assert event_facts(text, PUB) == {("inspection", "2024-06-05")}
