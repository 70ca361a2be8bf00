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
            "Thứ trưởng Bộ Tư pháp Trần Tiến Duẩn đánh giá", ["Trần Tiến Duẩn"], id="title-left"
        ),
        pytest.param("ĐT: 02373.852.763\nĐịa chỉ: 58 Trần Phú", [], id="address"),
        pytest.param("Bà Lê Thị Hà Giang phát biểu", ["Lê Thị Hà Giang"], id="province-tail"),
        pytest.param("Ông Trần Thái Bình cho biết", ["Trần Thái Bình"], id="surname-province"),
        pytest.param("Trường THPT Lê Lợi, đường Trần Phú", [], id="school-street"),
        pytest.param("Văn phòng công chứng Trần Hưng Đạo", [], id="notary-office"),
        pytest.param(
            "Hội nghị diễn ra tại phường Ngô Mây, tỉnh Gia Lai.", [], id="ward-person-name"
        ),
        pytest.param("số 5 đường Lê Duẩn, thị trấn Phan Đình Phùng", [], id="street-township"),
        pytest.param("Đoàn đến xã Nguyễn Huệ và trường THCS Chu Văn An.", [], id="commune-school"),
        pytest.param(
            "khu phố Trần Phú, tổ dân phố Lê Lợi, đại lộ Võ Nguyên Giáp, quận Lê Chân",
            [],
            id="street-words",
        ),
        pytest.param(
            "Trường Tiểu học Nguyễn Bá Ngọc, Trường Phổ thông dân tộc nội trú Lê Quý Đôn",
            [],
            id="school-levels",
        ),
        pytest.param(
            "Chủ tịch UBND phường Ngô Mây Sùng A Tếnh báo cáo",
            ["Sùng A Tếnh"],
            id="name-after-ward",
        ),
        pytest.param(
            "ông Khăm-pheng Xay-nha-vông, Phó Giám đốc Sở Tư pháp tỉnh Attapeu; bà Sổm-chít",
            ["Khăm-pheng Xay-nha-vông", "Sổm-chít"],
            id="lao-hyphenated",
        ),
        pytest.param(
            "Thứ trưởng Bộ Tư pháp Lào Xổm-phêt Phôm-ma-chăn dẫn đầu",
            ["Xổm-phêt Phôm-ma-chăn"],
            id="lao-after-title",
        ),
        pytest.param(
            "Dự có đ/c Lò Văn Pọm; Ths. Quàng Thị Dung; Luật gia Tòng Văn Hặc; Luật sư Điêu"
            " Chính Tơi; bà Lầu Thị Mỷ; ông Giàng A Pao; ông Rơ Châm Hyơn; ông Rmah Đôn",
            [
                "Lò Văn Pọm",
                "Quàng Thị Dung",
                "Tòng Văn Hặc",
                "Điêu Chính Tơi",
                "Lầu Thị Mỷ",
                "Giàng A Pao",
                "Rơ Châm Hyơn",
                "Rmah Đôn",
            ],
            id="minority-surnames",
        ),
        pytest.param(
            "ông Nay Phi La; ông Danh Sơn; ông Thạch Sa Rươne; bà Kim Thị Sa Pho",
            ["Nay Phi La", "Danh Sơn", "Thạch Sa Rươne", "Kim Thị Sa Pho"],
            id="khmer-jarai",
        ),
        pytest.param(
            "Danh Sơn, Chuyên viên; Rmah Đôn phát biểu; Điểu Kré tham dự",
            ["Danh Sơn", "Rmah Đôn", "Điểu Kré"],
            id="minority-surnames-bare",
        ),
        pytest.param(
            "Đoàn đến thị xã Sơn Tây, huyện Kim Bảng, tỉnh Sơn La và Kim Sơn",
            [],
            id="places-with-surname-syllables",
        ),
        pytest.param(
            "Đoàn dâng hương tại Đền thờ Lê Lợi, tượng đài Trần Phú, chợ Nguyễn Trãi và công viên"
            " Lý Thái Tổ.",
            [],
            id="monuments-markets-parks",
        ),
        pytest.param("Ông Nguyễn Văn Cầu phát biểu.", ["Nguyễn Văn Cầu"], id="given-name-cau"),
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


def test_nghi_is_a_given_name_but_not_a_decree() -> None:
    doc = run_until(
        "Đoàn do ông Phan Hữu Nghị, Phó Tổng cục trưởng dẫn đầu, làm việc theo Nghị định số 12 "
        "và Nghị quyết số 5 của Chính phủ.",
        "persons",
    )
    assert [p.name for p in doc.by_label("person")] == ["Phan Hữu Nghị"]
