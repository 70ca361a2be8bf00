"""Bylines the layout missed (rules session 17): a staff credit on a line of its own
(``Thực hiện: X``, ``BT: X + Ảnh: Y``), an author in capitals ending the last paragraph
(``… người dân”. THU HÀ``), a given name signed before the surname (``Trang Lê``). Invented
page texts."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_BODY = (
    "Ngày 14/3/2025, Ủy ban nhân dân xã Tân Phong tổ chức buổi tiếp công dân định kỳ tại trụ sở "
    "xã. Ông Đặng Văn Khải, Chủ tịch UBND xã, chủ trì buổi tiếp và giải đáp các kiến nghị của "
    "người dân về đất đai, hộ tịch và chính sách an sinh xã hội trên địa bàn."
)


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(text, article_id="t", published="2025-03-14").persons}


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("\nThực hiện: Mai Hương", "Mai Hương"),
        ("\n\nBT: Mai Hương + Ảnh: Quốc Bảo", "Mai Hương"),
        ("\n\nBT: Mai Hương + Ảnh: Quốc Bảo", "Quốc Bảo"),
        ("\nTrang Lê", "Trang Lê"),
        (" Người dân ghi nhận sự tận tình của cán bộ”. MAI HƯƠNG", "Mai Hương"),
    ],
)
def test_a_byline_is_a_person(tail: str, name: str) -> None:
    assert name in _persons(_BODY + tail)


@pytest.mark.parametrize(
    "tail",
    [
        "\nTrang Chủ",
        "\nThực hiện: Kế hoạch số 12 của UBND xã",
        " Người dân ghi nhận sự tận tình của cán bộ. UBND XÃ",
    ],
)
def test_no_byline(tail: str) -> None:
    assert _persons(_BODY + tail) == {"Đặng Văn Khải"}


def test_an_images_alternate_text_is_no_byline() -> None:
    text = "Gương sáng tư pháp\nAlternate Text\n\n" + _BODY
    assert _persons(text) == {"Đặng Văn Khải"}
