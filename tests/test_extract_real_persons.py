"""Person names on real pages: one invented example per general rule (issue 9).

Every person, place and sentence here is invented; none comes from a real article.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _persons(text: str) -> list[str]:
    return [p.name for p in extract(text, article_id="t").persons]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Dự có ông Đặng Văn Kiểm, Trưởng phòng Công chứng số 2 và bà Hà Thị Hội.",
            ["Đặng Văn Kiểm", "Hà Thị Hội"],
            id="institution-word-ends-given-name",
        ),
        pytest.param(
            "Dự có ông Lê Văn Thứ, Chấp hành viên và bà Đỗ Thị Tỉnh.",
            ["Lê Văn Thứ", "Đỗ Thị Tỉnh"],
            id="title-word-as-last-given-name",
        ),
        pytest.param(
            "Đặng Văn Kiểm sát viên và Trần Thị Hội Liên hiệp Phụ nữ tỉnh",
            [],
            id="institution-word-inside",
        ),
        pytest.param(
            "Trước Tết Nguyên đán Giáp Thìn, ông Vũ Minh Hải dự họp.",
            ["Vũ Minh Hải"],
            id="lunar-year",
        ),
        pytest.param(
            "Tôi gặp anh Sáu Khải ở Cần Thơ, tức anh Trịnh Văn Thạch.",
            ["Trịnh Văn Thạch"],
            id="birth-order-nickname",
        ),
        pytest.param(
            "Liên đoàn Luật sư Việt Nam và Luật sư Mạc Văn Thuận", ["Mạc Văn Thuận"], id="country"
        ),
        pytest.param(
            "Đoàn tuyên truyền tại các xã Tân Hòa, Phú Lâm, Hồ Xuân và Lê Thanh.",
            [],
            id="place-list",
        ),
        pytest.param(
            "Tập huấn được tổ chức tại 05 xã (Tân Lập, Hồ Sơn, Lê Minh).",
            [],
            id="place-list-parenthesis",
        ),
        pytest.param(
            "Dự có lãnh đạo UBND huyện: Đỗ Văn Tùng, Hà Thị Lụa và Lương Minh Khang.",
            ["Đỗ Văn Tùng", "Hà Thị Lụa", "Lương Minh Khang"],
            id="people-list-after-place-word",
        ),
        pytest.param(
            "Tiếp đoàn có bà Xổm-phết Vông-sa, Giám đốc Sở Tư pháp tỉnh Hủa Phăn.",
            ["Xổm-phết Vông-sa"],
            id="foreign-province-after-title",
        ),
        pytest.param(
            "Đón đoàn có ông Sổm Phăn - Vông Sa Lít, Giám đốc Sở Tư pháp tỉnh Hủa Phăn.",
            ["Sổm Phăn - Vông Sa Lít"],
            id="lao-dash-name",
        ),
        pytest.param(
            "Thứ trưởng Bộ Tư pháp Lào Vông Phăn - Xay Sổm Lít phát biểu.",
            ["Vông Phăn - Xay Sổm Lít"],
            id="lao-dash-name-after-title",
        ),
        pytest.param(
            "Dự có ông Bun-Khăm Xay-Phôm-Ma, Thứ trưởng; ông Trịnh Lâm-Trưởng ban Pháp chế.",
            ["Bun-Khăm Xay-Phôm-Ma", "Trịnh Lâm"],
            id="capitalized-hyphen-parts",
        ),
        pytest.param(
            "Dự có ông Hồ Văn Lâm - Giám đốc Sở Tư pháp và bà Ngô Thị Mến - Sở Tư pháp.",
            ["Hồ Văn Lâm", "Ngô Thị Mến"],
            id="vietnamese-name-dash-title",
        ),
        pytest.param(
            "Ông TRẦN QUỐC BẢO, Giám đốc Sở Tư pháp; bà H'LIÊN NIÊ dự họp.",
            ["Trần Quốc Bảo", "H'Liên Niê"],
            id="upper-case-after-honorific",
        ),
        pytest.param(
            "Dự có bà Néang Sa Ry; Đàng Năng Hòa, Trầm Thị Mỹ; Cà Văn Lả.",
            ["Néang Sa Ry", "Đàng Năng Hòa", "Trầm Thị Mỹ", "Cà Văn Lả"],
            id="khmer-cham-thai-surnames",
        ),
        pytest.param(
            "Dự có bà Hứa thị Lan, Phó Giám đốc Sở và Trịnh văn Khôi. Bà Hứa Thị Lan phát biểu.",
            ["Hứa Thị Lan", "Trịnh Văn Khôi"],
            id="lower-case-middle-name",
        ),
        pytest.param(
            "Được tặng Bằng khen:\n1. VƯƠNG VĂN KHẢI - Chấp hành viên;\n2. LẠI THỊ MƠ, Thư ký;\n"
            "HÀ NỘI: Hội nghị tổng kết\n- ĐÀO VĂN T.",
            ["Vương Văn Khải", "Lại Thị Mơ"],
            id="upper-case-list-line",
        ),
        pytest.param(
            "Hội đàm với ngài Bun-mi Pha-lan, Thứ trưởng Bộ Tư pháp Lào.",
            ["Bun-mi Pha-lan"],
            id="honorific-ngai",
        ),
    ],
)
def test_person_names(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


_LEAD = (
    "Sáng 3/4, Sở Tư pháp tỉnh Bắc Kạn tổ chức hội nghị triển khai công tác năm 2024 tại hội "
    "trường lớn của Sở.\nÔng Lục Văn Tài, Giám đốc Sở phát biểu chỉ đạo hội nghị."
)


@pytest.mark.parametrize(
    "tail,expected,author",
    [
        pytest.param(
            " Ảnh: HOÀNG LAN\nĐại biểu thảo luận. Ảnh: TTXVN\nQuang cảnh. Ảnh: K'Ô BRÌU",
            ["Lục Văn Tài", "Hoàng Lan", "K'Ô Brìu"],
            None,
            id="upper-case-credit",
        ),
        pytest.param(
            "\n Công Minh\n,\n.",
            ["Lục Văn Tài", "Công Minh"],
            "Công Minh",
            id="byline-above-stray-punctuation",
        ),
        pytest.param(
            " Ảnh: Minh Hòa/TTXVN\nQuang cảnh. Ảnh: VGP/Nhật Minh\nĐại biểu. Ảnh: Báo Bắc Kạn",
            ["Lục Văn Tài", "Minh Hòa", "Nhật Minh"],
            None,
            id="credit-with-agency",
        ),
        pytest.param(
            "\nK'ÔN BRÌU", ["Lục Văn Tài", "K'Ôn Brìu"], "K'Ôn Brìu", id="upper-case-glottal-byline"
        ),
        pytest.param("\nPV TTXVN", ["Lục Văn Tài"], None, id="upper-case-agency-no-byline"),
        pytest.param("\nVăn Tài", ["Lục Văn Tài"], "Văn Tài", id="byline-repeats-full-name"),
        pytest.param(
            "\nThu Hà - Hồng Nhung",
            ["Lục Văn Tài", "Thu Hà", "Hồng Nhung"],
            "Thu Hà",
            id="two-authors",
        ),
        pytest.param("\nTheo Báo Bắc Kạn", ["Lục Văn Tài"], None, id="source-line-no-byline"),
        pytest.param(
            "\nTác giả: Mai Hương - Văn phòng Sở",
            ["Lục Văn Tài", "Mai Hương"],
            "Mai Hương",
            id="byline-tac-gia",
        ),
    ],
)
def test_bylines_and_credits(tail: str, expected: list[str], author: str | None) -> None:
    report = extract(_LEAD + tail, article_id="t")
    assert [p.name for p in report.persons] == expected
    assert report.article.author == author


def test_historical_figure_is_no_participant() -> None:
    report = extract(
        "Chiều 14/5/2024, Sở Tư pháp tỉnh Yên Bái tổ chức hội nghị học tập tư tưởng, đạo đức "
        "của Chủ tịch Hồ Chí Minh. Ông Bạch Văn Khuê, Giám đốc Sở Tư pháp chủ trì hội nghị.",
        article_id="t",
    )
    persons = {p.name: [(q.title, q.organization) for q in p.positions] for p in report.persons}
    assert persons["Hồ Chí Minh"] == [("Chủ tịch", None)]
    assert [e.participants for e in report.events] == [["Bạch Văn Khuê"]]
