"""A body's capitalized words are no person (rules round 7): ``Tổ Hòa giải``, ``Văn phòng Đoàn
Đại biểu Quốc hội`` read as ``Tổ Hòa`` and ``Đoàn Đại`` were counted as participants; a person
so named still is one (``ông Đoàn Đại, Phó Chủ tịch``, ``Ông Trần Văn Hòa giải thích …``).
Invented sentences after an invented lead."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 10/9/2025, Ủy ban nhân dân phường Ninh Xá tổ chức hội nghị. "
BODIES = [
    "Hội nghị trao quyết định công nhận hòa giải viên Tổ Hòa giải và tổ trưởng tổ hòa giải.",
    "Dự hội nghị có đại diện Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh.",
    "Đoàn Đại biểu Quốc hội tỉnh Nam Định tiếp xúc cử tri.",
    "Các thành viên Tổ Hòa giải thôn Đông tham dự.",
    "Lãnh đạo Đoàn Đại biểu Quốc hội tỉnh phát biểu.",
    "Tổ Hòa giải số 3 được khen thưởng.",
]
PERSONS = [
    ("Ông Trần Văn Hòa giải thích quy định mới.", "Trần Văn Hòa"),
    ("Ông Lê Hòa giải thích quy định mới.", "Lê Hòa"),
    ("Ông Lê Đại biểu dương các tổ hòa giải.", "Lê Đại"),
    ("Bà Nguyễn Thị Hòa, Tổ trưởng Tổ Hòa giải thôn Đông, phát biểu.", "Nguyễn Thị Hòa"),
    ("Ông Đoàn Đại, Phó Chủ tịch UBND phường, phát biểu.", "Đoàn Đại"),
]


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(_LEAD + text, article_id="t", published="2025-09-11").persons}


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"body-{i:02d}") for i, t in enumerate(BODIES)]
)
def test_a_bodys_words_are_no_person(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"), [pytest.param(*row, id=f"person-{i:02d}") for i, row in enumerate(PERSONS)]
)
def test_a_person_so_named_still_is_one(text: str, name: str) -> None:
    assert name in _persons(text)
