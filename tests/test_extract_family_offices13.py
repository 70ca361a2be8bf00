"""Positions, thirteenth rules round: representative offices after their head's title.

Grammar (Vietnamese justice-sector news):

- ``Trưởng Văn phòng đại diện <Body> tại <City>``, ``Phó Cơ quan đại diện <Body> tại <City>``:
  the head's title is the office word as written with ``đại diện`` (``Trưởng văn phòng đại
  diện``, ``Phó cơ quan đại diện``); the body is the office of the body it represents in that
  city, the city named as the conventions name a province (``… tại thành phố Hồ Chí Minh``,
  ``… tại tỉnh Hà Giang``); without a city, the office of the body alone. It is never the
  ``Văn phòng`` (chief office) of another body of the page.
- Not a post: ``văn phòng đại diện`` with no head's word before it (a kind of office).

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

LEAD = "Ngày 10/3/2024, Sở Tư pháp tỉnh Hà Giang tổ chức hội nghị. "

OFFICE_CASES = [
    pytest.param(
        LEAD + "Ông Hà Văn Tĩnh, Trưởng Văn phòng đại diện Báo Pháp luật Việt Nam tại Hà Giang,"
        " phát biểu.",
        "Hà Văn Tĩnh",
        {
            (
                "Trưởng Văn phòng đại diện",
                "Văn phòng đại diện Báo Pháp luật Việt Nam tại tỉnh Hà Giang",
            )
        },
        id="newspaper-office-in-a-province",
    ),
    pytest.param(
        LEAD + "Dự có ông Lò Văn Ún, Phó Chủ nhiệm Đoàn Luật sư tỉnh Lai Châu, Trưởng văn phòng"
        " đại diện Tạp chí Luật sư Việt Nam tại TP. Hồ Chí Minh.",
        "Lò Văn Ún",
        {
            ("Phó Chủ nhiệm", "Đoàn Luật sư tỉnh Lai Châu"),
            (
                "Trưởng văn phòng đại diện",
                "Văn phòng đại diện Tạp chí Luật sư Việt Nam tại thành phố Hồ Chí Minh",
            ),
        },
        id="journal-office-in-a-city-second-post",
    ),
    pytest.param(
        LEAD + "Cùng dự có bà Đoàn Thị Hoa - Phó cơ quan đại diện Bộ Tư pháp Lào tại TP. Đà Nẵng.",
        "Đoàn Thị Hoa",
        {("Phó cơ quan đại diện", "Cơ quan đại diện Bộ Tư pháp Lào tại thành phố Đà Nẵng")},
        id="ministry-office-deputy",
    ),
    pytest.param(
        LEAD + "Ông Hà Văn Tĩnh, Trưởng Văn phòng đại diện Báo Pháp luật Việt Nam phát biểu.",
        "Hà Văn Tĩnh",
        {("Trưởng Văn phòng đại diện", "Văn phòng đại diện Báo Pháp luật Việt Nam")},
        id="no-city",
    ),
    pytest.param(
        "Công ty được mở văn phòng đại diện tại Hà Giang. Ông Hà Văn Tĩnh, Chánh Văn phòng Sở"
        " Tư pháp tỉnh Hà Giang dự.",
        "Hà Văn Tĩnh",
        {("Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Hà Giang")},
        id="negative-a-kind-of-office",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), OFFICE_CASES)
def test_representative_office_of_its_head(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got


#: an invented representative office the gazetteer would name in full (no real office)
_INVENTED_OFFICE = {
    "written": "Văn phòng đại diện Viện Pháp chế Đông Dương tại Đà Nẵng"
    "|văn phòng đại diện Viện Pháp chế Đông Dương tại Đà Nẵng"
    "|Cơ quan đại diện Viện Pháp chế Đông Dương tại Đà Nẵng",
    "name": "Văn phòng đại diện Viện Pháp chế Đông Dương tại thành phố Đà Nẵng",
    "kind": "other",
    "before": "",
}


@pytest.fixture
def invented_office(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``org_national`` with one invented office row added (its compiled pattern rebuilt)."""
    from justicekg.extract import gazetteers as gz
    from justicekg.extract.recognizers import national

    real = gz.load_rows

    def load_rows(name: str) -> tuple[dict[str, str], ...]:
        rows = real(name)
        return (*rows, _INVENTED_OFFICE) if name == "org_national" else rows

    monkeypatch.setattr(gz, "load_rows", load_rows)
    national._national.cache_clear()
    try:
        yield
    finally:
        monkeypatch.undo()
        national._national.cache_clear()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            LEAD + "Ông Hà Văn Tĩnh, Trưởng Văn phòng đại diện Viện Pháp chế Đông Dương tại Đà"
            " Nẵng, phát biểu.",
            "Trưởng Văn phòng đại diện",
            id="title-added-before-the-known-office",
        ),
        pytest.param(
            LEAD + "Bà Đoàn Thị Hoa - Phó Văn phòng đại diện Viện Pháp chế Đông Dương tại Đà Nẵng"
            " dự.",
            "Phó Văn phòng đại diện",
            id="deputy-of-the-known-office",
        ),
    ],
)
@pytest.mark.usefixtures("invented_office")
def test_an_office_the_gazetteer_names_in_full_keeps_its_name(text: str, title: str) -> None:
    # the known branch: the office read whole (its city as the gazetteer writes it), the head's
    # title before it added as written
    person = "Hà Văn Tĩnh" if "Tĩnh" in text else "Đoàn Thị Hoa"
    expected = {(title, "Văn phòng đại diện Viện Pháp chế Đông Dương tại thành phố Đà Nẵng")}
    ok, got = check(text, person, expected)
    assert ok, got
