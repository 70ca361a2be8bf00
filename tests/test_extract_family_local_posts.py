"""Family M1 of the seventh rules round (issue 9): a person's several posts in one phrase, the
first body written bare (:mod:`justicekg.extract.position_units`, ``relations``).

Grammar: ``<party role> <bare committee word>, <post> <local body with its name>`` — the
committee word (``Huyện ủy``, ``Quận ủy``, ``Thị ủy``, ``Thành ủy``, ``Đảng ủy``) is of the
locality the next post names, whether the party role is written in capitals or not (``Phó Bí
thư Thường trực`` / ``Phó bí thư thường trực``) and whether the posts are joined by a comma, a
dash or ``kiêm``. A board's head written with the board's own name after the title and a bare
provincial level (``Trưởng Ban Tôn giáo tỉnh``, ``Phó trưởng Ban chuyên trách Ban Bảo vệ chăm
sóc sức khỏe cán bộ tỉnh``) is of that board of the page's province, never of another board of
the page (``Ban Thường vụ Tỉnh ủy``); a bare ``Trưởng Ban`` still takes the page's only board.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
HVB = "Huyện ủy Vụ Bản"
UVB = "Ủy ban nhân dân huyện Vụ Bản"
HDVB = "Hội đồng nhân dân huyện Vụ Bản"
BTV = "Ban Thường vụ Tỉnh ủy Nam Định họp. "

M1_CASES = [
    P(
        "Ông Nguyễn Văn Thái, Phó bí thư thường trực Huyện ủy, Chủ tịch HĐND huyện Vụ Bản phát"
        " biểu.",
        "Nguyễn Văn Thái",
        {("Phó bí thư thường trực", HVB), ("Chủ tịch", HDVB)},
        id="lower-standing-deputy",
    ),
    P(
        "Ông Nguyễn Văn Thái, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Vụ Bản phát"
        " biểu.",
        "Nguyễn Văn Thái",
        {("Phó Bí thư Thường trực", HVB), ("Chủ tịch", HDVB)},
        id="capital-standing-deputy",
    ),
    P(
        "Ông Nguyễn Văn Thái, Phó bí thư Huyện ủy, Chủ tịch UBND huyện Vụ Bản phát biểu.",
        "Nguyễn Văn Thái",
        {("Phó bí thư", HVB), ("Chủ tịch", UVB)},
        id="lower-deputy",
    ),
    P(
        "Ông Nguyễn Văn Thái - Phó bí thư Huyện ủy, Chủ tịch UBND huyện Vụ Bản phát biểu.",
        "Nguyễn Văn Thái",
        {("Phó bí thư", HVB), ("Chủ tịch", UVB)},
        id="dash-after-name",
    ),
    P(
        "Ông Nguyễn Văn Thái, Phó bí thư thường trực Huyện ủy kiêm Chủ tịch HĐND huyện Vụ Bản"
        " phát biểu.",
        "Nguyễn Văn Thái",
        {("Phó bí thư thường trực", HVB), ("Chủ tịch", HDVB)},
        id="kiem-lower",
    ),
    P(
        "Ông Nguyễn Văn Thái, Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Vụ Bản phát biểu.",
        "Nguyễn Văn Thái",
        {("Bí thư", HVB), ("Chủ tịch", UVB)},
        id="kiem-secretary",
    ),
    P(
        "Ông Nguyễn Văn Thái, Phó bí thư Quận ủy, Chủ tịch UBND quận Hoàn Kiếm phát biểu.",
        "Nguyễn Văn Thái",
        {("Phó bí thư", "Quận ủy Hoàn Kiếm"), ("Chủ tịch", "Ủy ban nhân dân quận Hoàn Kiếm")},
        id="urban-district",
    ),
    P(
        "Ông Nguyễn Văn Thái, Phó bí thư Thị ủy, Chủ tịch UBND thị xã Sơn Tây phát biểu.",
        "Nguyễn Văn Thái",
        {("Phó bí thư", "Thị ủy Sơn Tây"), ("Chủ tịch", "Ủy ban nhân dân thị xã Sơn Tây")},
        id="town",
    ),
    P(
        "Ông Nguyễn Văn Thái, Phó bí thư Thành ủy, Chủ tịch UBND thành phố Nam Định phát biểu.",
        "Nguyễn Văn Thái",
        {("Phó bí thư", "Thành ủy Nam Định"), ("Chủ tịch", "Ủy ban nhân dân thành phố Nam Định")},
        id="provincial-city",
    ),
    P(
        "Ông Nguyễn Văn Thái, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Bắc"
        " Giang phát biểu.",
        "Nguyễn Văn Thái",
        {
            ("Ủy viên Ban Thường vụ", "Ban Thường vụ Thành ủy Bắc Giang"),
            ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Bắc Giang"),
        },
        id="city-standing-member",
    ),
    P(
        "Ông Nguyễn Văn Thái, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội phát biểu.",
        "Nguyễn Văn Thái",
        {("Phó Bí thư", "Thành ủy Hà Nội"), ("Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội")},
        id="central-city",
    ),
    P(
        "Bà Lê Thị Hoa, Phó bí thư Đảng ủy, Chủ tịch UBND xã Tân Hòa phát biểu.",
        "Lê Thị Hoa",
        {("Phó bí thư", "Đảng ủy xã Tân Hòa"), ("Chủ tịch", "Ủy ban nhân dân xã Tân Hòa")},
        id="commune",
    ),
    P(
        "Tham dự có ông Nguyễn Văn Thái, Phó bí thư Huyện ủy, Chủ tịch UBND huyện Vụ Bản; bà Lê"
        " Thị Hoa, Phó Chủ tịch HĐND huyện.",
        "Nguyễn Văn Thái",
        {("Phó bí thư", HVB), ("Chủ tịch", UVB)},
        id="in-a-list",
    ),
    P(
        "Ông Nguyễn Văn Thái, ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện Vụ Bản phát"
        " biểu.",
        "Nguyễn Văn Thái",
        {("Ủy viên Ban Thường vụ", "Ban Thường vụ Huyện ủy Vụ Bản"), ("Phó Chủ tịch", UVB)},
        id="lower-standing-member",
    ),
    # a board named after its head's title
    P(
        "Ông Nguyễn Văn Lạc, Phó giám đốc Sở Nội vụ kiêm Trưởng Ban Tôn giáo tỉnh phát biểu. Ban"
        " Thường vụ Tỉnh ủy Quảng Ngãi họp.",
        "Nguyễn Văn Lạc",
        {
            ("Phó giám đốc", "Sở Nội vụ tỉnh Quảng Ngãi"),
            ("Trưởng Ban", "Ban Tôn giáo tỉnh Quảng Ngãi"),
        },
        id="board-after-kiem",
    ),
    P(
        BTV + "Bà Lê Thị Hoa, Phó Trưởng Ban Tôn giáo tỉnh phát biểu.",
        "Lê Thị Hoa",
        {("Phó Trưởng Ban", "Ban Tôn giáo tỉnh Nam Định")},
        id="board-deputy",
    ),
    P(
        BTV + "Bà Lê Thị Hoa, Trưởng Ban Dân tộc tỉnh, phát biểu.",
        "Lê Thị Hoa",
        {("Trưởng Ban", "Ban Dân tộc tỉnh Nam Định")},
        id="board-comma",
    ),
    P(
        BTV + "Bà Lê Thị Hoa - Trưởng ban Dân tộc tỉnh phát biểu.",
        "Lê Thị Hoa",
        {("Trưởng ban", "Ban Dân tộc tỉnh Nam Định")},
        id="board-lower-title",
    ),
    P(
        BTV + "Bà Lê Thị Hoa, Trưởng Ban Quản lý các khu công nghiệp tỉnh phát biểu.",
        "Lê Thị Hoa",
        {("Trưởng Ban", "Ban Quản lý các khu công nghiệp tỉnh Nam Định")},
        id="board-long-name",
    ),
    P(
        BTV + "Bà Lê Thị Hoa, Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh phát"
        " biểu.",
        "Lê Thị Hoa",
        {
            ("Phó Giám đốc", "Sở Nội vụ tỉnh Nam Định"),
            ("Trưởng Ban", "Ban Thi đua - Khen thưởng tỉnh Nam Định"),
        },
        id="board-after-department",
    ),
    P(
        BTV + "Bà Đinh Thị Hoa, Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ"
        " tỉnh hiện cũng giữ chức Phó giám đốc Sở Y tế.",
        "Đinh Thị Hoa",
        {
            ("Phó trưởng Ban chuyên trách", "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh Nam Định"),
            ("Phó giám đốc", "Sở Y tế tỉnh Nam Định"),
        },
        id="board-head-noun-again",
    ),
    P(
        BTV + "Ông Lê Văn Báy, Phó Trưởng ban Thường trực Ban Dân tộc tỉnh phát biểu.",
        "Lê Văn Báy",
        {("Phó Trưởng ban Thường trực", "Ban Dân tộc tỉnh Nam Định")},
        id="board-standing-deputy",
    ),
    P(
        BTV + "Bà Lê Thị Hoa, Trưởng Ban Nội chính phát biểu.",
        "Lê Thị Hoa",
        {("Trưởng Ban", None)},
        id="other-board-not-taken",
    ),
    P(
        "Ban Thường vụ Tỉnh ủy Nam Định và Ban Dân vận Tỉnh ủy Nam Định họp. Bà Lê Thị Hoa,"
        " Trưởng Ban Dân vận phát biểu.",
        "Lê Thị Hoa",
        {("Trưởng Ban", "Ban Dân vận Tỉnh ủy Nam Định")},
        id="board-named-on-page",
    ),
    P(
        "Ban Pháp chế HĐND tỉnh Nam Định giám sát. Ông Nguyễn Văn Lạc, Trưởng Ban phát biểu.",
        "Nguyễn Văn Lạc",
        {("Trưởng Ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Nam Định")},
        id="bare-head-page-board",
    ),
    P(
        BTV + "Bà Lê Thị Hoa, Trưởng Ban Dân tộc thành phố phát biểu.",
        "Lê Thị Hoa",
        {("Trưởng Ban", "Ban Dân tộc thành phố Nam Định")},
        id="board-city-level",
        marks=pytest.mark.xfail(strict=True, reason="read as an organization of no place"),
    ),
]


@pytest.mark.parametrize("text,person,expected", M1_CASES)
def test_local_posts_family(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
