"""Positions as a family, rules round 14: local party posts and short forms of assembly posts.

- a party role written with a bare ``Đảng ủy`` in a list of a commune's officials (``bà A –
  Chủ tịch UBND xã X, ông B – Phó Bí thư Đảng ủy``) is of the commune's party committee
  (``Đảng ủy xã X``): the nearest commune body the sentence names before it, else after it; a
  sentence naming no commune, or a department's committee (``Bí thư Đảng ủy, Giám đốc Sở``),
  keeps its reading;
- a standing-board member written bare before the post of a People's Council (``Ủy viên BTV,
  Phó Chủ tịch HĐND tỉnh X``) sits on the province's party board, as before the post of a
  People's Committee: a council has no standing board;
- ``ĐBQH`` is ``Đại biểu Quốc hội`` (of ``Quốc hội``), as ``Đoàn ĐBQH`` is the delegation;
- a post written bare in brackets after a name in a list of a body's members (``Ban Chấp hành
  Chi bộ X gồm đồng chí A (Bí thư) và đồng chí B (Phó Bí thư)``) is of the last body of a
  fitting head the sentence names before the name (a ``Đảng bộ`` stands for its ``Đảng ủy``);
- a unit's head noun after its head's title (``Đội trưởng Đội Thi hành án …``, ``Hiệu trưởng
  Trường …``) opens the unit's name, never a person's.

Expected facts follow the conventions (``../shared/eval/README.md``); invented people and
sentences, no sentence of any real article."""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

HG = "Hà Giang"

COMMUNE_CASES = [
    pytest.param(
        "Dự buổi trao quà có bà Sùng Thị Mỷ – Chủ tịch UBND xã Lũng Cú, ông Vừ Mí Sính – Phó Bí"
        " thư Đảng ủy, ông Giàng Seo Chớ – Phó Chủ tịch UBND xã.",
        "Vừ Mí Sính",
        {("Phó Bí thư", "Đảng ủy xã Lũng Cú")},
        id="deputy-secretary-after-commune-chair",
    ),
    pytest.param(
        "Tiếp đoàn có ông Vừ Mí Sính, Bí thư Đảng ủy, bà Sùng Thị Mỷ, Chủ tịch UBND thị trấn Phó"
        " Bảng.",
        "Vừ Mí Sính",
        {("Bí thư", "Đảng ủy thị trấn Phó Bảng")},
        id="secretary-before-commune-chair",
    ),
    pytest.param(
        "Cùng dự có ông Giàng Seo Chớ, Chủ tịch HĐND phường Quang Trung; ông Vừ Mí Sính, Phó Bí thư"
        " Thường trực Đảng ủy.",
        "Vừ Mí Sính",
        {("Phó Bí thư Thường trực", "Đảng ủy phường Quang Trung")},
        id="standing-deputy-after-ward-council",
    ),
    pytest.param(
        "Đến dự có ông Vừ Mí Sính, Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh Hà Giang.",
        "Vừ Mí Sính",
        {
            ("Bí thư", f"Đảng ủy Sở Tư pháp tỉnh {HG}"),
            ("Giám đốc", f"Sở Tư pháp tỉnh {HG}"),
        },
        id="negative-department-committee-kept",
    ),
    pytest.param(
        "Dự đại hội có ông Vừ Mí Sính, Phó Bí thư Đảng ủy; đại diện các phòng thuộc Sở Tư pháp"
        " tỉnh Hà Giang.",
        "Vừ Mí Sính",
        {("Phó Bí thư", None)},
        id="negative-no-commune-named",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), COMMUNE_CASES)
def test_bare_party_committee_of_a_commune_list(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


BOARD_CASES = [
    pytest.param(
        "Dự hội nghị có ông Vừ Mí Sính, Ủy viên BTV, Phó Chủ tịch HĐND tỉnh Hà Giang.",
        "Vừ Mí Sính",
        {
            ("Ủy viên Ban Thường vụ", f"Ban Thường vụ Tỉnh ủy {HG}"),
            ("Phó Chủ tịch", f"Hội đồng nhân dân tỉnh {HG}"),
        },
        id="standing-board-before-council-post",
    ),
    pytest.param(
        "Dự hội nghị có ông Vừ Mí Sính, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh Hà Giang.",
        "Vừ Mí Sính",
        {
            ("Ủy viên Ban Thường vụ", f"Ban Thường vụ Tỉnh ủy {HG}"),
            ("Phó Chủ tịch", f"Ủy ban nhân dân tỉnh {HG}"),
        },
        id="standing-board-before-committee-post",
    ),
    pytest.param(
        "Dự hội nghị có ông Vừ Mí Sính, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Luật gia tỉnh Hà"
        " Giang.",
        "Vừ Mí Sính",
        {
            ("Ủy viên Ban Thường vụ", f"Ban Thường vụ Hội Luật gia tỉnh {HG}"),
            ("Phó Chủ tịch", f"Hội Luật gia tỉnh {HG}"),
        },
        id="negative-association-keeps-its-board",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), BOARD_CASES)
def test_council_has_no_standing_board(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


DEPUTY_CASES = [
    pytest.param(
        "Tham dự có ông Vừ Mí Sính, ĐBQH tỉnh Hà Giang.",
        "Vừ Mí Sính",
        {("Đại biểu Quốc hội", "Quốc hội")},
        id="deputy-short",
    ),
    pytest.param(
        "Tham dự có ông Vừ Mí Sính, Giám đốc Sở Tư pháp, ĐBQH tỉnh Hà Giang.",
        "Vừ Mí Sính",
        {("Giám đốc", f"Sở Tư pháp tỉnh {HG}"), ("Đại biểu Quốc hội", "Quốc hội")},
        id="deputy-short-in-a-chain",
    ),
    pytest.param(
        "Tham dự có Phó Trưởng đoàn ĐBQH tỉnh Hà Giang Vừ Mí Sính.",
        "Vừ Mí Sính",
        {("Phó Trưởng đoàn", f"Đoàn đại biểu Quốc hội tỉnh {HG}")},
        id="negative-delegation-stays-a-body",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), DEPUTY_CASES)
def test_short_national_assembly_deputy(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


UNIT_HEAD_CASES = [
    pytest.param(
        "Ông Vừ Mí Sính, Đội trưởng Đội Thi hành án Chi cục THADS huyện Yên Minh cho biết.",
        id="enforcement-team",
    ),
    pytest.param(
        "Ông Vừ Mí Sính, Đội trưởng Đội Cảnh sát kinh tế Công an huyện Yên Minh cho biết.",
        id="police-team",
    ),
    pytest.param(
        "Ông Vừ Mí Sính, Hiệu trưởng Trường Trung học phổ thông Yên Minh cho biết.",
        id="school",
    ),
]


@pytest.mark.parametrize("text", UNIT_HEAD_CASES)
def test_unit_after_its_heads_title_is_no_person(text: str) -> None:
    """``Đội trưởng Đội Thi hành án …``: the unit's head noun after its head's title opens the
    unit's name, not a person's (no surname is ``Đội`` or ``Trường``)."""
    from justicekg.extract.pipeline import extract

    names = {p.name for p in extract(text, article_id="t").persons}
    assert names == {"Vừ Mí Sính"}, names


BRACKET_CASES = [
    pytest.param(
        "Ban Chấp hành Chi bộ Sở Tư pháp tỉnh Hà Giang nhiệm kỳ mới gồm đồng chí Vừ Mí Sính (Bí"
        " thư) và đồng chí Sùng Thị Mỷ (Phó Bí thư).",
        "Sùng Thị Mỷ",
        {("Phó Bí thư", f"Chi bộ Sở Tư pháp tỉnh {HG}")},
        id="party-cell-deputy",
    ),
    pytest.param(
        "Đại hội Đảng bộ Cục THADS tỉnh Hà Giang bầu Ban Chấp hành gồm: đồng chí Vừ Mí Sính (Bí"
        " thư), đồng chí Sùng Thị Mỷ (Phó Bí thư).",
        "Vừ Mí Sính",
        {("Bí thư", f"Đảng ủy Cục Thi hành án dân sự tỉnh {HG}")},
        id="party-unit-stands-for-its-committee",
    ),
    pytest.param(
        "Ban Chủ nhiệm Câu lạc bộ Pháp chế doanh nghiệp tỉnh Hà Giang gồm ông Vừ Mí Sính (Chủ"
        " nhiệm) và bà Sùng Thị Mỷ (Phó Chủ nhiệm).",
        "Sùng Thị Mỷ",
        {("Phó Chủ nhiệm", "Câu lạc bộ Pháp chế doanh nghiệp tỉnh Hà Giang")},
        id="club-board",
    ),
    pytest.param(
        "Sau buổi lễ, đồng chí Vừ Mí Sính (Bí thư) phát biểu cảm ơn các đại biểu.",
        "Vừ Mí Sính",
        {("Bí thư", None)},
        id="negative-no-body-in-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), BRACKET_CASES)
def test_bracketed_post_of_the_listed_body(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
