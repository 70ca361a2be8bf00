"""Event family (rules session 14): mobile legal aid or counselling held (``tổ chức trợ giúp
pháp lý lưu động tại xã …``, ``tư vấn pháp luật lưu động``) is an activity of kind ``other``,
reported even with no day; a count of them over a period
(``tổ chức bốn đợt trợ giúp pháp lý lưu động``, also after a source's tag, ``AB- Từ đầu năm đến
nay, …``) or the field of work (``công tác trợ giúp pháp lý lưu động``) is none. Invented
bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-05-10"

HELD = [
    "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm đã tổ chức trợ giúp pháp lý lưu động tại xã "
    "Tân Vĩnh.",
    "Vừa qua, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm phối hợp với UBND xã Tân Vĩnh tổ "
    "chức đợt trợ giúp pháp lý lưu động cho đồng bào dân tộc thiểu số.",
    "Hội Luật gia huyện Bàu Sen đã tổ chức tư vấn pháp luật lưu động cho người dân xã Tân Vĩnh.",
    "Mới đây, Hội Luật gia huyện Bàu Sen phối hợp với Phòng Tư pháp tổ chức tư vấn pháp luật lưu "
    "động tại thôn Tân Vĩnh.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"held-{i}") for i, t in enumerate(HELD)])
def test_mobile_aid_held_is_an_activity(text: str) -> None:
    assert event_facts(text, PUB) == {("other", None)}


def test_a_dated_mobile_aid_takes_its_day() -> None:
    text = (
        "Ngày 5/5, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm tổ chức trợ giúp pháp lý lưu "
        "động tại xã Tân Vĩnh."
    )
    assert event_facts(text, PUB) == {("other", "2024-05-05")}


NONE = [
    "AB- Từ đầu năm đến nay, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm đã tổ chức bốn đợt "
    "trợ giúp pháp lý lưu động tại 12 xã, tư vấn gần 200 vụ việc.",
    "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hòa Lâm đã tổ chức ba đợt trợ giúp pháp lý lưu động "
    "cho đồng bào vùng cao.",
    "Sở Tư pháp tỉnh Hòa Lâm chú trọng công tác trợ giúp pháp lý lưu động cho người dân vùng sâu.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"none-{i}") for i, t in enumerate(NONE)])
def test_a_count_or_a_field_of_mobile_aid_is_no_activity(text: str) -> None:
    assert event_facts(text, PUB) == set()
