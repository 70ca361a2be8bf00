"""Participant family (rules session 15): an activity held at several places (``tại các xã Vạn
Lộc, Tân Hòa và Bàu Sen``, ``ở 3 xã: …``) names places, not people, even when a place's name
reads like a person's (a surname then a syllable): a plural place word opens the list, so one
item before is enough. A list of people after a place's body, or a person named after the list,
stays. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

PLACES = [
    "Ngày 5/6, tại các xã Vạn Lộc, Lương Hòa và Bàu Sen, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị "
    "tập huấn về trợ giúp pháp lý.",
    "Ngày 5/6, tại các xã Tân Vĩnh, Hồ Sen, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm tổ "
    "chức trợ giúp pháp lý lưu động.",
    "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm tổ chức tuyên truyền pháp luật tại hai xã Vạn Lộc, Lương "
    "Hòa của huyện Bàu Sen.",
    "Ngày 5/6, Phòng Tư pháp huyện Bàu Sen phối hợp với các thôn Tân Vĩnh, Lương Hòa tổ chức hội "
    "nghị tuyên truyền Luật Hòa giải ở cơ sở.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"places-{i}") for i, t in enumerate(PLACES)])
def test_places_listed_after_a_plural_place_word_are_no_people(text: str) -> None:
    assert event_participants(text, PUB) == set()


def test_people_named_after_a_list_of_places_stay() -> None:
    text = (
        "Ngày 5/6, tại các xã Vạn Lộc, Bàu Sen, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị tập huấn "
        "về trợ giúp pháp lý. Ông Lạc Văn Huề, Phó Giám đốc Sở Tư pháp chủ trì hội nghị."
    )
    assert event_participants(text, PUB) == {("2024-06-05", "Lạc Văn Huề")}


def test_a_list_of_people_stays() -> None:
    text = (
        "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm tổ chức hội nghị tập huấn. Tham dự có các đồng chí: Lạc "
        "Văn Huề, Mai Thị Lựu, Tạ Văn Khởi."
    )
    assert event_participants(text, PUB) == {
        ("2024-06-05", "Lạc Văn Huề"),
        ("2024-06-05", "Mai Thị Lựu"),
        ("2024-06-05", "Tạ Văn Khởi"),
    }
