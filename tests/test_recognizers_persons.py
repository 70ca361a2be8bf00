from __future__ import annotations

import pytest
from _extract_helpers import names, run_until


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("đồng chí Lê Anh Tuấn, Phó Chủ tịch", ["Lê Anh Tuấn"], id="surname"),
        pytest.param("Ông Y Sơn Byă, báo cáo viên", ["Y Sơn Byă"], id="ede-honorific"),
        pytest.param("bà H'Nguyên Niê, Phó Giám đốc", ["H'Nguyên Niê"], id="ede-apostrophe"),
        pytest.param("ông Lê Văn T. (trú tại xã X)", [], id="withheld"),
        pytest.param("34 Đại lộ Lê Lợi, đường Trần Phú", [], id="street"),
        pytest.param("tỉnh Lâm Đồng và Hà Tĩnh", [], id="places"),
        pytest.param("Giám đốc Sở Tư pháp tỉnh Kiên Giang", [], id="title-only"),
        pytest.param("Đồng chí Phó Chủ tịch UBND tỉnh", [], id="title-after-honorific"),
        pytest.param(
            "Thứ trưởng Bộ Tư pháp Trần Tiến Dũng đánh giá", ["Trần Tiến Dũng"], id="title-left"
        ),
        pytest.param("ĐT: 02373.852.763\nĐịa chỉ: 58 Trần Phú", [], id="address"),
        pytest.param("Bà Lê Thị Hà Giang phát biểu", ["Lê Thị Hà Giang"], id="province-tail"),
        pytest.param("Ông Trần Thái Bình cho biết", ["Trần Thái Bình"], id="surname-province"),
        pytest.param("Trường THPT Lê Lợi, đường Trần Phú", [], id="school-street"),
        pytest.param("Văn phòng công chứng Trần Hưng Đạo", [], id="notary-office"),
        pytest.param("giảng viên Trường Đại học Luật Hà Nội", [], id="university-not-surname"),
        pytest.param("tại thôn Trần Xá, xã Lê Lợi", [], id="village-commune"),
        pytest.param("Ông Vàng A Dình phát biểu", ["Vàng A Dình"], id="hmong-middle-a"),
        pytest.param("Đoàn Hà Giang đến thăm", [], id="surname-like-word-no-cue"),
    ],
)
def test_persons(text: str, expected: list[str]) -> None:
    assert names(run_until(text, "persons"), "person") == expected


def test_short_reference() -> None:
    doc = run_until("Ông Lê Hữu Nghĩa chủ trì. Theo ông Nghĩa, việc đã xong.", "persons")
    assert names(doc, "person_ref") == ["Nghĩa"]


def test_byline() -> None:
    text = (
        "Tiêu đề bài viết về hội nghị tổng kết\n\n" + "Nội dung bài viết dài. " * 5 + "\n\nThu Hà"
    )
    assert names(run_until(text, "persons"), "person") == ["Thu Hà"]
