"""Place, rank and body words are no person (rules session 17): a place named after a place
noun (``ngã tư X``, ``sân bay X``, ``khu X``), a rank after an order (``Huân chương … Hạng
Ba``), a body's capitalized words (``Hội Nông Dân``, ``Đoàn Công tác``, ``Vùng Cảnh sát
biển``, ``Khoa Pháp luật``) were read as names beginning with a surname; a person so named, or
named after such a word as a title, still is one. ``Chủ tịch`` in any case before a name in any
case that is a province's (a historical figure) is that person. A title right before the place
noun (``Giám đốc cảng X``, ``Bí thư chi bộ khu X``) holds the noun, and a name follows.
Invented sentences after an invented lead."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 12/8/2025, Ủy ban nhân dân xã Tân Phong tổ chức hội nghị. "
NOT_PERSONS = [
    "Thửa đất nằm cách ngã tư Vương Lộc khoảng 200m về phía bắc.",
    "Gia đình cư trú tại tổ 4, khu Lạc Thành, phường Hòa Bình.",
    "Dự án đường nối từ cầu Tân Lập ra sân bay Chu Bình đã khởi công.",
    "Bà được tặng Huân chương Lao động Hạng Ba và Bằng khen của Bộ trưởng.",
    "Đơn vị đón nhận Huân chương Lao động Hạng Nhất trong năm nay.",
    "Dự hội nghị có đại diện Hội Nông Dân, Hội phụ nữ xã.",
    "Anh mang tiền án phí đến nộp cho Đoàn Công tác của Chi cục.",
    "Bộ Tư lệnh Vùng Cảnh sát biển 3 phối hợp tuyên truyền pháp luật.",
    "Dự hội thảo có các giảng viên Khoa Pháp luật Dân sự của Trường.",
    "Sân bay Chu Bình đón chuyến bay đầu tiên.",
]
PERSONS = [
    ("Ông Hồ Văn Tràm, Trưởng khu Lạc Thành, phát biểu.", "Hồ Văn Tràm"),
    ("Ông Đoàn Công, Phó Chủ tịch UBND xã, phát biểu.", "Đoàn Công"),
    ("Bà Nông Thị Dân, Chủ tịch Hội Nông dân xã, phát biểu.", "Nông Thị Dân"),
    ("Ông Hạng A Páo, Trưởng bản, phát biểu.", "Hạng A Páo"),
    ("Ông Lê Cảnh, Trưởng Công an xã, phát biểu.", "Lê Cảnh"),
    ("Giám đốc Cảng Lò Văn Khởi phát biểu.", "Lò Văn Khởi"),
    # a title right before the place noun holds it (review S5)
    ("Theo Giám đốc cảng Lương Khắc Tiềm, đơn vị luôn chấp hành pháp luật.", "Lương Khắc Tiềm"),
    ("Bí thư chi bộ khu Phùng Đắc Lũy cho biết bà con phấn khởi.", "Phùng Đắc Lũy"),
    ("Tổ trưởng khu Hà Văn Sáu cho biết bà con phấn khởi.", "Hà Văn Sáu"),
]


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(_LEAD + text, article_id="t", published="2025-08-12").persons}


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"word-{i:02d}") for i, t in enumerate(NOT_PERSONS)]
)
def test_a_place_rank_or_bodys_words_are_no_person(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"), [pytest.param(t, n, id=f"person-{i:02d}") for i, (t, n) in enumerate(PERSONS)]
)
def test_a_person_so_named_still_is_one(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "KỶ NIỆM NGÀY SINH CHỦ TỊCH HỒ CHÍ MINH",
        "Thực hiện lời dạy của chủ tịch Hồ CHí Minh về trồng cây.",
        "Câu nói ấy được trích từ lời Chủ Tịch Hồ Chí Minh.",
    ],
)
def test_a_historical_figure_after_chu_tich_in_any_case(text: str) -> None:
    assert "Hồ Chí Minh" in _persons(text)


@pytest.mark.parametrize(
    "text", ["Đoàn TNCS Hồ Chí Minh xã tổ chức trồng cây.", "Đồng chí Chủ tịch ĐÀ NẴNG dự."]
)
def test_the_city_is_no_person(text: str) -> None:
    assert _persons(text) == set()
