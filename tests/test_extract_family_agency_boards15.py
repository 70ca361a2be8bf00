"""Positions as a family, rules round 15: the standing boards every agency of the sector has.

- a people's inspection board (``Ban Thanh tra nhân dân``), a board for the advancement of
  women (``Ban vì sự tiến bộ (của) phụ nữ``) and a union's women's board (``Ban Nữ công``) are
  bodies named with the agency (or union) written after them, like ``Ban liên lạc cán bộ hưu
  trí``; the women's board of a province is named with its place; the post written before such
  a board is of the board (``Trưởng ban`` + ``Ban Thanh tra nhân dân Sở Tư pháp tỉnh X``);
- a bare ``Công đoàn`` or ``Đảng ủy`` beside the post of such a board is the agency's own
  (``Công đoàn Tòa án nhân dân tỉnh X``), not the board's.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import folded_positions

from justicekg.text.normalize import fold

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

YB = "tỉnh Yên Bái"

BOARD_CASES = [
    pytest.param(
        f"Ông Khúc Văn Độ, Trưởng Ban Thanh tra nhân dân Cục THADS {YB} cho biết kết quả.",
        "Khúc Văn Độ",
        {("Trưởng Ban", f"Ban Thanh tra nhân dân Cục Thi hành án dân sự {YB}")},
        id="inspection-board-of-enforcement",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo – Phó Trưởng ban Thanh tra nhân dân Viện kiểm sát nhân dân {YB} báo cáo.",
        "Vi Thị Sáo",
        {("Phó Trưởng ban", f"Ban Thanh tra nhân dân Viện kiểm sát nhân dân {YB}")},
        id="inspection-board-small-after-title",
    ),
    pytest.param(
        f"Trưởng ban Thanh tra nhân dân Sở Tư pháp {YB} Khúc Văn Độ trình bày báo cáo.",
        "Khúc Văn Độ",
        {("Trưởng ban", f"Ban Thanh tra nhân dân Sở Tư pháp {YB}")},
        id="inspection-board-title-before-name",
    ),
    pytest.param(
        f"Dự có bà Vi Thị Sáo – Ủy viên thường trực Ban vì sự tiến bộ phụ nữ {YB}, cùng đoàn viên.",
        "Vi Thị Sáo",
        {("Ủy viên thường trực", f"Ban vì sự tiến bộ phụ nữ {YB}")},
        id="women-board-of-province",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo, Phó Trưởng ban Ban Vì sự tiến bộ của phụ nữ {YB} phát biểu.",
        "Vi Thị Sáo",
        {("Phó Trưởng ban", f"Ban vì sự tiến bộ của phụ nữ {YB}")},
        id="women-board-of-province-cua",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Trưởng ban Ban vì sự tiến bộ của phụ nữ Cục THADS {YB} phát biểu.",
        "Khúc Văn Độ",
        {("Trưởng ban", f"Ban vì sự tiến bộ của phụ nữ Cục Thi hành án dân sự {YB}")},
        id="women-board-of-enforcement",
    ),
    pytest.param(
        f"Phó Trưởng Ban vì sự tiến bộ phụ nữ Sở Tư pháp {YB} Vi Thị Sáo tặng quà.",
        "Vi Thị Sáo",
        {("Phó Trưởng Ban", f"Ban vì sự tiến bộ phụ nữ Sở Tư pháp {YB}")},
        id="women-board-title-before-name",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo, Trưởng Ban Nữ công Công đoàn Sở Tư pháp {YB} cho biết.",
        "Vi Thị Sáo",
        {("Trưởng Ban", f"Ban Nữ công Công đoàn Sở Tư pháp {YB}")},
        id="union-women-board",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo, Trưởng Ban nữ công, Công đoàn cơ sở Tòa án nhân dân {YB} cho biết.",
        "Vi Thị Sáo",
        {("Trưởng Ban", f"Ban Nữ công Công đoàn cơ sở Tòa án nhân dân {YB}")},
        id="union-women-board-comma",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo, Chủ tịch Công đoàn, Trưởng ban Thanh tra nhân dân Tòa án nhân dân {YB}"
        " cho biết.",
        "Vi Thị Sáo",
        {
            ("Chủ tịch", f"Công đoàn Tòa án nhân dân {YB}"),
            ("Trưởng ban", f"Ban Thanh tra nhân dân Tòa án nhân dân {YB}"),
        },
        id="union-of-the-agency-not-the-board",
    ),
    pytest.param(
        f"Ông Khúc Văn Độ, Chủ tịch Công đoàn, Trưởng ban liên lạc cán bộ hưu trí Sở Tư pháp {YB}"
        " phát biểu.",
        "Khúc Văn Độ",
        {
            ("Chủ tịch", f"Công đoàn Sở Tư pháp {YB}"),
            ("Trưởng ban", f"Ban liên lạc cán bộ hưu trí Sở Tư pháp {YB}"),
        },
        id="union-of-the-agency-beside-retirees-board",
    ),
    pytest.param(
        f"Bà Vi Thị Sáo, Chủ tịch Công đoàn, Phó Chánh án Tòa án nhân dân {YB} cho biết.",
        "Vi Thị Sáo",
        {
            ("Chủ tịch", f"Công đoàn Tòa án nhân dân {YB}"),
            ("Phó Chánh án", f"Tòa án nhân dân {YB}"),
        },
        id="negative-union-beside-a-post-unchanged",
    ),
    pytest.param(
        "Ông Khúc Văn Độ, Trưởng ban Thanh tra nhân dân xã Nậm Búng cho biết.",
        "Khúc Văn Độ",
        {("Trưởng ban", "Ban Thanh tra nhân dân xã Nậm Búng")},
        id="negative-commune-inspection-board-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), BOARD_CASES)
def test_agency_board_posts(text: str, person: str, expected: set[tuple[str, str]]) -> None:
    got = {(t, o.casefold() if o else None) for t, o in folded_positions(text, person)}
    assert {(fold(t), o.casefold()) for t, o in expected} == got, got
