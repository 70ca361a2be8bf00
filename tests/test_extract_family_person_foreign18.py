"""Persons, rules round 18: a family name that is also a body's headword (``ông Văn …``), a
foreign name after a title and a short state form (``Thủ tướng CHLB Đức …``), a romanized name
with a middle initial, a Chăm H'roi family name of two syllables (``K Pá``), a one-word repeat
of a hyphened foreign family name (its marks misplaced or not), and common words or places that
begin with a surname (``Cung Cấp``, ``Lê Nin``, ``Viên Chăn``). Invented sentences and names."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 10/9/2025, Ủy ban nhân dân phường Ninh Xá tổ chức hội nghị. "


def _persons(sentence: str) -> set[str]:
    return {p.name for p in extract(_LEAD + sentence, article_id="t").persons}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ông Văn Đức Hòa, Phó Chủ tịch UBND phường An Phú, phát biểu.", "Văn Đức Hòa"),
        ("Thủ tướng CHLB Đức Karl Weber vừa thăm Việt Nam.", "Karl Weber"),
        ("Bà Đinh Thị Ngát và ông Peter J. Miller đồng chủ trì hội nghị.", "Peter J. Miller"),
        ("Hai bị cáo là K Pá Dăm và vợ bị truy tố.", "K Pá Dăm"),
    ],
)
def test_names_read(sentence: str, name: str) -> None:
    assert name in _persons(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị được tổ chức tại Cung Cách mạng của thủ đô.",
        "Logo Cung Cấp\nĐoàn viên học tập chủ nghĩa Mác - Lê Nin.",
        "Đoàn công tác làm việc tại Viên Chăn trong ba ngày.",
        "Văn phòng Sở Tư pháp và Văn Phòng Bộ chuẩn bị tài liệu.",
    ],
)
def test_no_person(sentence: str) -> None:
    assert _persons(sentence) == set()


def test_one_word_foreign_repeat_is_the_full_name() -> None:
    text = (
        "Chủ tịch nước Cuba Pedro Díaz-Ruiz chủ trì buổi tiếp. Tại buổi tiếp, Chủ tịch "
        "Díaz-Ruiz khẳng định hợp tác. Chủ tịch Diáz-Ruiz cảm ơn đoàn."
    )
    assert _persons(text) == {"Pedro Díaz-Ruiz"}


def test_byline_above_lines_of_dots() -> None:
    text = (
        "Ngày 10/9/2025, Sở Nội vụ tổ chức kiểm tra công tác cải cách hành chính tại các "
        "đơn vị trong tỉnh.\n\nHẢI ĐĂNG\n\n \n.\n.\n.\n"
    )
    report = extract(text, article_id="t")
    assert [p.name for p in report.persons] == ["Hải Đăng"]
