"""A tier's routine work is no event (rules round 7): with a tier of government or a kind of
unit as the subject (``Riêng cấp xã``, ``Các địa phương``, ``Các tổ chức hành nghề công
chứng``) and a count, ``đã thực hiện kiểm tra bản chính để chứng thực trên 294 nghìn bản sao``
tallies what all its units did, like a period's tally; a named body's check or visit still is
one. Invented sentences on a page with no date."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEADS = (
    "Riêng cấp xã",
    "Cấp huyện",
    "Các địa phương",
    "Còn cấp xã",
    "Các đơn vị",
    "Trong đó, cấp xã",
    "Các Phòng Tư pháp",
    "Các tổ chức hành nghề công chứng",
)
_WORK = (
    "đã thực hiện kiểm tra bản chính để chứng thực trên 294 nghìn bản sao tiếng Việt",
    "đã kiểm tra, đối chiếu 12.500 bản sao giấy tờ",
    "đã tổ chức 45 buổi tuyên truyền pháp luật",
    "đã giám sát việc chứng thực 3.200 hợp đồng, giao dịch",
)
TALLIES = [f"{lead} {_WORK[(i + j) % 4]}." for i, lead in enumerate(_LEADS) for j in range(3)]
HELD: list[tuple[str, tuple[str, None]]] = [
    (
        "Sở Tư pháp tỉnh Nam Định vừa kiểm tra công tác chứng thực tại UBND xã Yên Bằng.",
        ("inspection", None),
    ),
    (
        "Đoàn kiểm tra của Sở Tư pháp tỉnh Nam Định vừa làm việc với Phòng Tư pháp huyện Ý Yên.",
        ("inspection", None),
    ),
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"tally-{i:02d}") for i, t in enumerate(TALLIES)]
)
def test_a_tiers_tally_is_no_event(text: str) -> None:
    assert event_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "event"), [pytest.param(*row, id=f"held-{i:02d}") for i, row in enumerate(HELD)]
)
def test_a_named_bodys_check_is_one(text: str, event: tuple[str, None]) -> None:
    assert event_facts(text) == {event}
