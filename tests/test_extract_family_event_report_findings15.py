"""Event family (rules session 15): with no day, a sentence led by what a numbered report says
(``Theo Báo cáo số 12/BC-UBND ngày … của UBND tỉnh về tổng kết …, …``) reports the report's
findings, not an activity held, as a sentence led by an inspection's conclusions already did;
an activity held under a plan (``Theo kế hoạch, Sở đã tổ chức …``) stays. Invented bodies,
names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

FINDINGS = [
    "Theo Báo cáo số 527/BC-UBND ngày 01/7/2024 của Ủy ban nhân dân tỉnh Hòa Lâm về tổng kết 10 "
    "năm thực hiện Chiến lược, thời gian qua các lực lượng đã phối hợp chặt chẽ.",
    "Theo Báo cáo số 45/BC-STP của Sở Tư pháp tỉnh Hòa Lâm về sơ kết công tác 6 tháng, các phòng "
    "tư pháp đã tổ chức kiểm tra, rà soát hồ sơ chứng thực.",
    "Theo Báo cáo số 18/BC-CTHADS ngày 3/6/2024 của Cục Thi hành án dân sự tỉnh Hòa Lâm, các Chi "
    "cục đã tổ chức cưỡng chế nhiều vụ việc phức tạp.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"findings-{i}") for i, t in enumerate(FINDINGS)]
)
def test_a_report_cited_with_no_day_holds_no_activity(text: str) -> None:
    assert event_facts(text, PUB) == set()


def test_an_activity_held_under_a_plan_stays() -> None:
    text = (
        "Theo kế hoạch, Sở Tư pháp tỉnh Hòa Lâm đã tổ chức Hội nghị tập huấn nghiệp vụ hộ tịch cho "
        "công chức cấp xã."
    )
    assert event_facts(text, PUB) == {("training", None)}
