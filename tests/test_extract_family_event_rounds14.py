"""Event family (rules session 14): the numbered rounds of one campaign (``chia thành ba đợt,
đợt một vào ngày 4/10 tại xã A; đợt hai vào ngày 9/11 tại xã B``) are one activity per round,
each on its day, though the sentence names the activity only before it; a round still ahead
(``sẽ …``) or a span (``đợt kiểm tra kéo dài đến ngày …``) is none. Invented bodies, names and
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2023-11-20"
_LEAD = (
    "Hưởng ứng Ngày Pháp luật Việt Nam, Đoàn Luật sư tỉnh Hòa Lâm tổ chức trợ giúp pháp lý miễn "
    "phí cho bà con trên địa bàn.\n"
)

ROUNDS = [
    "Năm nay, Đoàn chia thành hai đợt, đợt một vào ngày 04/10/2023 tại UBND xã Tân Vĩnh; đợt "
    "hai vào ngày 09/11/2023 tại UBND xã Bàu Sen.",
    "Năm nay, Đoàn chia thành hai đợt: đợt 1 vào ngày 4/10 tại xã Tân Vĩnh, đợt 2 vào ngày 9/11 "
    "tại xã Bàu Sen.",
    "Hoạt động được chia thành hai đợt, đợt thứ nhất diễn ra vào ngày 4/10 tại xã Tân Vĩnh và "
    "đợt thứ hai vào chính ngày Pháp luật Việt Nam (9/11) tại xã Bàu Sen.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"rounds-{i}") for i, t in enumerate(ROUNDS)])
def test_each_round_is_an_event_on_its_day(text: str) -> None:
    assert event_facts(_LEAD + text + "\n", PUB) == {
        ("other", "2023-10-04"),
        ("other", "2023-11-09"),
    }


def test_a_round_ahead_is_no_event() -> None:
    text = "Đoàn sẽ tổ chức đợt hai vào ngày 9/12/2023 tại xã Bàu Sen."
    assert event_facts(text, PUB) == set()


def test_a_round_in_a_tally_is_no_event() -> None:
    text = (
        "Trong đợt hai, từ ngày 1/10 đến ngày 30/10/2023, Sở đã tiếp nhận 15 hồ sơ đề nghị trợ "
        "giúp pháp lý."
    )
    assert event_facts(text, PUB) == set()
