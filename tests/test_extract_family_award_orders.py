"""Awards: an order's name may run to four words before its class (``Huân chương Bảo vệ Tổ
quốc hạng Nhì``, in either case), and a unit written before the ministry it belongs to
(``Trại giam A, Bộ Công an``, ``Học viện Tư pháp, Bộ Tư pháp``) receives alone: the ministry
places it. Invented bodies, people and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2024-10-20"

_ORDERS = [
    ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Huân chương Bảo vệ Tổ quốc hạng Nhì"),
    ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Huân chương Bảo vệ Tổ quốc hạng Ba"),
    ("Huân chương Bảo vệ Tổ quốc hạng Nhất", "Huân chương Bảo vệ Tổ quốc hạng Nhất"),
    ("Huân chương bảo vệ Tổ quốc hạng Nhì", "Huân chương Bảo vệ Tổ quốc hạng Nhì"),
    ("Huân chương Bảo vệ Tổ quốc hạng II", "Huân chương Bảo vệ Tổ quốc hạng Nhì"),
    ("Huân chương Bảo vệ Tổ quốc hạng III", "Huân chương Bảo vệ Tổ quốc hạng Ba"),
    ("Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Ba"),
    ("Huân chương Độc lập hạng Nhì", "Huân chương Độc lập hạng Nhì"),
    ("Huân chương Chiến công hạng Nhất", "Huân chương Chiến công hạng Nhất"),
    ("Huân chương Quân công hạng Ba", "Huân chương Quân công hạng Ba"),
    ("Huân chương Chiến sĩ vẻ vang hạng Nhất", "Huân chương Chiến sĩ vẻ vang hạng Nhất"),
]

_LEADS = [
    "Sáng 18/10/2024, {r} (xã Tân Phong, huyện Lạc Thủy) đã long trọng tổ chức lễ kỷ niệm 20 năm "
    "thành lập và đón nhận {a}.",
    "Ngày 18/10/2024, {r} tổ chức Lễ đón nhận {a} của Chủ tịch nước.",
]

_UNITS = [
    ("Trại giam Suối Hai, Bộ Công an", "Trại giam Suối Hai"),
    ("Trại giam Thủ Đức, Bộ Công an", "Trại giam Thủ Đức"),
    (
        "Trường Đại học Kiểm sát Hà Nội, Viện kiểm sát nhân dân tối cao",
        "Trường Đại học Kiểm sát Hà Nội",
    ),
    ("Học viện Tư pháp, Bộ Tư pháp", "Học viện Tư pháp"),
    ("Báo Pháp luật Việt Nam, Bộ Tư pháp", "Báo Pháp luật Việt Nam"),
    ("Trại giam Nam Hà, Bộ Công an", "Trại giam Nam Hà"),
    ("Vụ Pháp chế, Bộ Công an", "Vụ Pháp chế"),
    ("Trường Cao đẳng Luật miền Nam, Bộ Tư pháp", "Trường Cao đẳng Luật miền Nam"),
]


@pytest.mark.parametrize(
    ("written", "canonical", "lead"),
    [
        pytest.param(w, c, lead, id=f"o{i}-l{j}")
        for i, (w, c) in enumerate(_ORDERS)
        for j, lead in enumerate(_LEADS[:1] if i % 2 else _LEADS)
    ],
)
def test_an_order_of_four_words_is_named_in_full(written: str, canonical: str, lead: str) -> None:
    text = lead.format(r="Sở Tư pháp tỉnh Hòa Bình", a=written)
    assert award_facts(text, _PUB) == [(canonical, "Sở Tư pháp tỉnh Hòa Bình", "conferred")]


@pytest.mark.parametrize(
    ("written", "unit"), [pytest.param(w, u, id=f"u{i}") for i, (w, u) in enumerate(_UNITS)]
)
def test_a_unit_before_its_ministry_receives_alone(written: str, unit: str) -> None:
    text = (
        f"Sáng 3/7/2024, {written} long trọng tổ chức lễ kỷ niệm tròn 10 năm ngày thành lập, "
        "đón nhận Bằng khen của Thủ tướng Chính phủ."
    )
    assert award_facts(text, _PUB) == [("Bằng khen của Thủ tướng Chính phủ", unit, "conferred")]


def test_the_conferrer_named_before_is_no_recipient() -> None:
    text = (
        "Thừa ủy quyền của Thủ tướng Chính phủ, Trung tướng Hà Văn Tấn trao Bằng khen của Thủ "
        "tướng Chính phủ cho Trại giam Suối Hai, Bộ Công an."
    )
    assert award_facts(text, _PUB) == [
        ("Bằng khen của Thủ tướng Chính phủ", "Trại giam Suối Hai", "conferred")
    ]
