"""Event family (rules session 13): a period lead after a connective (``Cũng trong năm 2024,
…``, ``Riêng trong 6 tháng đầu năm 2024, …``) opens a tally of a period like the bare lead
(``Năm 2024, …``): counted activities (``kiểm sát 208 lần``, ``tổ chức 12 hội nghị``) are no
event; one activity held in that year, with no count, still is. Invented bodies and sentences
only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

TALLIES = [
    "Cũng trong năm 2024, Viện Kiểm sát nhân dân hai cấp tỉnh Hòa Lâm đã trực tiếp kiểm sát 208 "
    "lần việc tạm giữ, tạm giam.",
    "Riêng trong 6 tháng đầu năm 2024, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức 12 hội nghị tuyên "
    "truyền pháp luật.",
    "Ngoài ra, trong năm 2024, Sở Tư pháp tỉnh Hòa Lâm đã kiểm tra 35 đơn vị cấp xã.",
    "Đồng thời, trong năm 2024, Thanh tra Sở đã tiến hành nhiều cuộc thanh tra chuyên ngành.",
    "Năm 2024, Viện Kiểm sát nhân dân hai cấp tỉnh Hòa Lâm đã trực tiếp kiểm sát 208 lần việc "
    "tạm giữ.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"tally-{i}") for i, t in enumerate(TALLIES)])
def test_a_periods_tally_is_no_event(text: str) -> None:
    assert event_facts(text, "2025-01-20") == set()


HELD = [
    (
        "Cũng trong năm 2024, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị tổng kết 10 năm thi "
        "hành Luật Hòa giải ở cơ sở.",
        ("conference", "2024"),
    ),
    (
        "Cũng trong ngày 15/1/2025, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị triển khai công "
        "tác tư pháp.",
        ("conference", "2025-01-15"),
    ),
]


@pytest.mark.parametrize(
    "text,fact", [pytest.param(t, f, id=f"held-{i}") for i, (t, f) in enumerate(HELD)]
)
def test_one_activity_of_the_period_is_an_event(text: str, fact: tuple[str, str]) -> None:
    assert event_facts(text, "2025-01-20") == {fact}
