"""Narrowings of session 13 (org13): a member of the Secretariat (``Bí thư Trung ương Đảng``) holds
a title of its own that names no body, so the page names no ``Ban Chấp hành Trung ương Đảng``
for it (the gold gives the title no organization), while a member of the Central Committee
(``Ủy viên Trung ương Đảng``) still names it. Invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import folded_positions, scored_names, scored_orgs

P = pytest.param
OLD = "2024-05-02"
BCH = "Ban Chấp hành Trung ương Đảng"

CASES = [
    P(
        "Đồng chí Lê Minh Khang, Bí thư Trung ương Đảng, Chánh án Tòa án nhân dân tối cao phát "
        "biểu.",
        "Lê Minh Khang",
        {("bi thu trung uong dang", None), ("chanh an", "Tòa án nhân dân tối cao")},
        set(),
        {BCH},
        id="secretary-then-post",
    ),
    P(
        "Dự có Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương Hà "
        "Quang Vĩnh.",
        "Hà Quang Vĩnh",
        {("bi thu trung uong dang", None), ("uy vien bo chinh tri", "Bộ Chính trị")},
        {"Bộ Chính trị"},
        {BCH},
        id="secretary-in-left-chain",
    ),
    P(
        "Ông Trịnh Văn Lực, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp phát biểu.",
        "Trịnh Văn Lực",
        {("uy vien trung uong dang", BCH), ("bo truong", "Bộ Tư pháp")},
        {BCH},
        set(),
        id="central-committee-member-still-names-it",
    ),
]


@pytest.mark.parametrize(("text", "person", "positions", "expected", "absent"), CASES)
def test_secretariat_title_names_no_body(
    text: str,
    person: str,
    positions: set[tuple[str, str | None]],
    expected: set[str],
    absent: set[str],
) -> None:
    assert positions <= folded_positions(text, person)
    got = scored_orgs(text, OLD)
    assert scored_names(expected) <= got, sorted(got)
    assert not (scored_names(absent) & got), sorted(got)
