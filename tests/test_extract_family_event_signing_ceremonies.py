"""Events, rules session 11: an undated signing reported through its ceremony (``Tham gia
buổi lễ có …`` then ``… chủ trì lễ ký kết giao ước``, or ``Lễ ký kết …`` then ``Phát biểu tại
buổi lễ, …``) is one signing, not a ceremony and a signing; a ceremony of its own (``Lễ kỷ
niệm``) stays one. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Tham gia buổi lễ có đại diện lãnh đạo 12 Chi hội Luật gia thuộc Cụm thi đua số 3.\n"
            "Đại tá Khuất Văn Triêm, Chủ tịch Hội Luật gia tỉnh Hòa Lâm chủ trì lễ ký kết giao "
            "ước thi đua.",
            "signing",
            id="ceremony-then-signing",
        ),
        pytest.param(
            "Sở Tư pháp và Công an tỉnh Hòa Lâm vừa tổ chức Lễ ký kết Quy chế phối hợp.\nPhát "
            "biểu tại buổi lễ, ông Khuất Văn Triêm, Giám đốc Sở Tư pháp đánh giá cao sự phối hợp.",
            "signing",
            id="signing-then-ceremony",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Hòa Lâm vừa tổ chức Lễ kỷ niệm 30 năm thành lập. Phát biểu tại buổi "
            "lễ, ông Khuất Văn Triêm, Giám đốc Sở ôn lại truyền thống.",
            "ceremony",
            id="anniversary",
        ),
    ],
)
def test_a_signing_and_its_ceremony_are_one(text: str, kind: str) -> None:
    assert event_facts(text) == {(kind, None)}
    assert event_participants(text) == {(None, "Khuất Văn Triêm")}
