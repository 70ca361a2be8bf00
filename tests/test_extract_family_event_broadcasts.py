"""A broadcast announced is no event reported (rules round 7): ``Lễ … sẽ được tường thuật
trực tiếp trên kênh VTV2 của Đài Truyền hình Việt Nam và các đài địa phương … vào tối
9/11`` is ahead of the report however long the channels named between; a ceremony that
``đã được truyền hình trực tiếp`` on a day was held. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_HEADS = (
    "Lễ tổng kết, trao giải cuộc thi viết “Tìm hiểu Luật Hòa giải ở cơ sở” gắn với Ngày Pháp luật "
    "nước CHXHCN Việt Nam",
    "Lễ trao giải Cuộc thi tìm hiểu pháp luật trực tuyến",
    "Chương trình giao lưu “Pháp luật với cuộc sống”",
    "Lễ kỷ niệm 80 năm Ngày truyền thống ngành Tư pháp",
    "Hội thi hòa giải viên giỏi toàn quốc",
)
_AIRED = (
    "sẽ được truyền hình trực tiếp trên kênh VTV2 của Đài Truyền hình Việt Nam, đồng thời tiếp "
    "sóng trên hệ thống phát thanh của Đài Tiếng nói Việt Nam và các đài địa phương",
    "sẽ được phát sóng trực tiếp trên kênh VTV1",
    "sẽ được tường thuật trực tiếp trên sóng Đài Phát thanh và Truyền hình tỉnh Nam Định",
    "sẽ được truyền hình trực tiếp trên các kênh của Đài Truyền hình Việt Nam",
    "sẽ được phát thanh trực tiếp trên hệ thống Đài Tiếng nói Việt Nam",
)
_DAYS = (
    "vào ngày 9/11",
    "vào tối 9/11",
    "lúc 20 giờ ngày 9/11",
    "vào sáng ngày 9/11/2025",
    "vào 20h ngày 9/11",
)
ANNOUNCED = [
    f"{head} {aired} {_DAYS[(i + j) % 5]}."
    for i, head in enumerate(_HEADS)
    for j, aired in enumerate(_AIRED)
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"aired-{i:02d}") for i, t in enumerate(ANNOUNCED)]
)
def test_a_broadcast_announced_is_no_event(text: str) -> None:
    assert event_facts(text, "2025-11-05") == set()


def test_a_broadcast_held_is_one() -> None:
    text = (
        "Tối 9/11/2025, Lễ trao giải Cuộc thi tìm hiểu pháp luật đã được truyền hình trực tiếp "
        "trên kênh VTV1."
    )
    assert event_facts(text, "2025-11-10") == {("ceremony", "2025-11-09")}
