"""Event family (rules session 15): an activity negated up to five words before its cue (``không
phải thực hiện biện pháp cưỡng chế``, ``chưa phải áp dụng biện pháp cưỡng chế``) is not held,
as a shorter negation already was (``không tổ chức cưỡng chế``); a negation in another clause
(``… không hợp tác, Chi cục tổ chức cưỡng chế``) or after the cue leaves it held. Invented
bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

NEGATED = [
    "Nhờ làm tốt công tác vận động, nhiều năm liền Chi cục không phải thực hiện biện pháp cưỡng "
    "chế trong thi hành án.",
    "Nhờ đó, năm nay Chi cục Thi hành án dân sự huyện Bàu Sen chưa phải áp dụng biện pháp cưỡng "
    "chế nào.",
    "Do dịch bệnh, năm qua Sở Tư pháp tỉnh Hòa Lâm không có điều kiện mở lớp tập huấn.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"negated-{i}") for i, t in enumerate(NEGATED)]
)
def test_an_activity_negated_five_words_before_is_not_held(text: str) -> None:
    assert event_facts(text, PUB) == set()


HELD = [
    "Ngày 5/6, do ông Lạc Văn Huề không tự nguyện thi hành án, Chi cục Thi hành án dân sự huyện "
    "Bàu Sen tổ chức cưỡng chế kê biên tài sản.",
    "Ngày 5/6, Chi cục Thi hành án dân sự huyện Bàu Sen tổ chức cưỡng chế giao nhà, không để xảy "
    "ra mất an ninh trật tự.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"held-{i}") for i, t in enumerate(HELD)])
def test_a_negation_elsewhere_leaves_it_held(text: str) -> None:
    assert event_facts(text, PUB) == {("other", "2024-06-05")}
