"""An occasion framed before the clause is no ceremony (rules round 7): ``Nhằm kỷ niệm 70 năm
ngày Thương binh Liệt sỹ (…), vừa qua Chi đoàn … tổ chức hoạt động tình nguyện …`` reports the
activity (``other``), like ``Nhân dịp kỷ niệm …``; ``Để``, ``Hướng tới``, ``Chào mừng kỷ
niệm`` frame it the same way; a ``Lễ kỷ niệm`` held is still a ceremony. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_FRAMES = (
    "Nhằm kỷ niệm 70 năm ngày Thương binh Liệt sỹ (27/7/1947 – 27/7/2017)",
    "Để kỷ niệm 77 năm Ngày Thương binh – Liệt sĩ",
    "Hướng tới kỷ niệm 80 năm Ngày truyền thống ngành Tư pháp",
    "Chào mừng kỷ niệm 78 năm Cách mạng tháng Tám",
    "Nhân dịp kỷ niệm 70 năm Ngày Thương binh Liệt sỹ",
)
_ACTS = (
    (
        "Chi đoàn Sở Tư pháp tỉnh Nam Định tổ chức hoạt động tình nguyện về nguồn tại xã Yên Bằng",
        "other",
    ),
    (
        "Đoàn Thanh niên Cục Thi hành án dân sự tỉnh Nam Định tổ chức dọn vệ sinh nghĩa trang liệt "
        "sĩ huyện Ý Yên",
        "other",
    ),
    ("Công đoàn Sở Tư pháp tỉnh Nam Định tổ chức thăm hỏi, tặng quà gia đình chính sách", "other"),
    (
        "Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị phổ biến pháp luật cho cựu chiến binh",
        "conference",
    ),
    ("Chi đoàn Sở Tư pháp tỉnh Nam Định tổ chức giải bóng đá thanh niên", "other"),
)


def _rows() -> list[tuple[str, set[tuple[str, str | None]]]]:
    """Each frame before each activity, with a comma or a semicolon and ``vừa qua`` or
    ``Vừa qua`` (no publication date: the day is unknown)."""
    rows = []
    for i, frame in enumerate(_FRAMES):
        for j, (act, kind) in enumerate(_ACTS):
            lead, sep = ("Vừa qua ", "; ") if (i + j) % 2 else ("vừa qua, ", ", ")
            rows.append((f"{frame}{sep}{lead}{act}.", {(kind, None)}))
    rows.append(
        (
            "Sáng 27/7/2024, Sở Tư pháp tỉnh Nam Định tổ chức Lễ kỷ niệm 77 năm Ngày Thương binh – "
            "Liệt sĩ.",
            {("ceremony", "2024-07-27")},
        )
    )
    return rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"occasion-{i:02d}") for i, row in enumerate(_rows())],
)
def test_a_framed_occasion_is_no_ceremony(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_facts(text) == expected
