"""Event family (rules session 15): an undated report of a contest, games, a show or a
festival named by its year (``Vừa qua, … tổ chức Hội thi hòa giải viên giỏi năm 2024``, ``Hội
thao … năm 2024``) is dated by that year, in which such an activity is held
(the conventions: a year in the same sentence makes it certain). Not a review or a plan named
by its year (``Hội nghị tổng kết công tác năm 2024``, ``triển khai nhiệm vụ năm 2024``: held
after or before it), a contest reviewed, awarded or launched (``tổng kết và trao giải Hội thi
… năm 2024``, ``lễ phát động Hội thi …``), nor a year other than the page's.
Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

NAMED = [
    (
        "Vừa qua, Ủy ban nhân dân xã Tân Vĩnh tổ chức Hội thi hòa giải viên giỏi năm 2024.",
        "other",
    ),
    (
        "Mới đây, Công đoàn Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội thao chào mừng ngày truyền thống "
        "năm 2024.",
        "other",
    ),
    (
        "Vừa qua, Phòng Tư pháp huyện Bàu Sen tổ chức Hội diễn văn nghệ quần chúng năm 2024.",
        "other",
    ),
    (
        "Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội thi tìm hiểu pháp luật năm 2024 cho đoàn viên "
        "thanh niên các xã.",
        "other",
    ),
    (
        "Vừa qua, Hội Luật gia tỉnh Hòa Lâm tổ chức Liên hoan tuyên truyền pháp luật năm 2024 tại "
        "huyện Bàu Sen.",
        "other",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind"), [pytest.param(t, k, id=f"named-{i}") for i, (t, k) in enumerate(NAMED)]
)
def test_an_activity_named_by_its_year_is_dated_by_it(text: str, kind: str) -> None:
    assert event_facts(text, PUB) == {(kind, "2024")}


UNDATED = [
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác tư pháp năm 2024.",
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị triển khai nhiệm vụ công tác năm 2024.",
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức tổng kết và trao giải Hội thi hòa giải viên giỏi "
    "năm 2024.",
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức lễ phát động Hội thi hòa giải viên giỏi năm 2024.",
    # a year other than the page's: an earlier edition recalled
    "Vừa qua, Ủy ban nhân dân xã Tân Vĩnh tổ chức gặp mặt các đội đạt giải tại Hội thi hòa giải "
    "viên giỏi năm 2022.",
    # a course keeps the reading of earlier tests (undated); a contest run for weeks online too
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm mở lớp bồi dưỡng nghiệp vụ hộ tịch năm 2024 cho công "
    "chức cấp xã.",
    "Vừa qua, Sở Tư pháp tỉnh Hòa Lâm tổ chức Cuộc thi trực tuyến tìm hiểu Hiến pháp năm 2024.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"undated-{i}") for i, t in enumerate(UNDATED)]
)
def test_other_years_named_leave_the_report_undated(text: str) -> None:
    facts = event_facts(text, PUB)
    assert facts and {date for _kind, date in facts} == {None}
