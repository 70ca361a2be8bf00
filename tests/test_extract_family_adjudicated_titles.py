"""Titles as the adjudicated real-page gold writes them (session 11).

The adjudication applies the written conventions more strictly than the first gold did:

- abbreviations are expanded in titles as in names (``UVBTV``, ``UVTV``, ``Ủy viên BTV`` →
  ``Ủy viên Ban Thường vụ``; ``HUV`` → ``Huyện ủy viên``; ``Phó CT`` → ``Phó Chủ tịch``;
  ``Ủy viên BCH Trung ương Đảng`` → ``Ủy viên Ban Chấp hành Trung ương Đảng``; ``Phó Bí thư TT``
  → ``Phó Bí thư Thường trực``), where the first gold kept the membership titles as written;
- the post-2025 head of the provincial enforcement office, ``Trưởng Thi hành án dân sự tỉnh X``,
  is the title ``Trưởng Thi hành án dân sự`` with the body ``Thi hành án dân sự tỉnh X`` (the
  level word belongs to the body, as the written set e reads it);
- a tone mark typed on the wrong vowel (``Gíam đốc``) is read as the word (``Giám đốc``).

Negative cases: a title written in full is left as it is, ``TT`` after a title that is not a
deputy's is not read as ``Thường trực``, ``Gíam`` inside another word is not touched.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

from justicekg.extract.recognizers.titles import canonical_title

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
BTV_TB = "Ban Thường vụ Tỉnh ủy Thái Bình"
UB_TB = "Ủy ban nhân dân tỉnh Thái Bình"
THADS = "Thi hành án dân sự"

ABBREVIATED = [
    P(
        "Bà Lã Thị Quyên, UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Thái Bình phát biểu.",
        "Lã Thị Quyên",
        {("Ủy viên Ban Thường vụ", BTV_TB), ("Phó Chủ tịch", UB_TB)},
        id="uvbtv-run-together",
    ),
    P(
        "Ông Khổng Văn Lực, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Thái Bình dự hội nghị.",
        "Khổng Văn Lực",
        {("Ủy viên Ban Thường vụ", BTV_TB), ("Phó Chủ tịch", UB_TB)},
        id="uy-vien-btv",
    ),
    P(
        "Ông Khổng Văn Lực - UVTV Tỉnh ủy, Phó CT UBND tỉnh Thái Bình phát biểu chỉ đạo.",
        "Khổng Văn Lực",
        {("Ủy viên Ban Thường vụ", BTV_TB), ("Phó Chủ tịch", UB_TB)},
        id="uvtv-and-pho-ct",
    ),
    P(
        "Đến dự có ông Đàm Quốc Nghị, HUV, Trưởng Phòng Tư pháp huyện Vũ Thư.",
        "Đàm Quốc Nghị",
        {("Huyện ủy viên", "Huyện ủy Vũ Thư"), ("Trưởng Phòng", "Phòng Tư pháp huyện Vũ Thư")},
        id="huv",
    ),
    P(
        "Ông Tạ Hữu Khiêm, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy Thái Bình phát biểu.",
        "Tạ Hữu Khiêm",
        {
            ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bí thư", "Tỉnh ủy Thái Bình"),
        },
        id="bch-trung-uong",
    ),
    P(
        "Ông Tạ Hữu Khiêm, Phó Bí thư TT Tỉnh ủy Thái Bình phát biểu.",
        "Tạ Hữu Khiêm",
        {("Phó Bí thư Thường trực", "Tỉnh ủy Thái Bình")},
        id="pho-bi-thu-tt",
    ),
    P(
        "Bà Lã Thị Quyên, Phó Chủ tịch TT HĐND tỉnh Thái Bình chủ trì.",
        "Lã Thị Quyên",
        {("Phó Chủ tịch Thường trực", "Hội đồng nhân dân tỉnh Thái Bình")},
        id="pho-chu-tich-tt",
    ),
    # negative: written in full, the titles stay as written
    P(
        "Bà Lã Thị Quyên, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Thái Bình dự.",
        "Lã Thị Quyên",
        {("Ủy viên Ban Thường vụ", BTV_TB), ("Phó Chủ tịch", UB_TB)},
        id="written-in-full",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), ABBREVIATED)
def test_abbreviated_titles_are_expanded(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


ENFORCEMENT_HEAD = [
    P(
        "Ông Vi Đức Toản, Trưởng Thi hành án dân sự tỉnh Thái Bình phát biểu.",
        "Vi Đức Toản",
        {(f"Trưởng {THADS}", f"{THADS} tỉnh Thái Bình")},
        id="head",
    ),
    P(
        "Bà Hứa Thị Nhàn - Phó Trưởng Thi hành án dân sự tỉnh Thái Bình báo cáo.",
        "Hứa Thị Nhàn",
        {(f"Phó Trưởng {THADS}", f"{THADS} tỉnh Thái Bình")},
        id="deputy",
    ),
    P(
        "Ông Vi Đức Toản, Trưởng Thi hành án dân sự thành phố Cần Thơ chủ trì hội nghị.",
        "Vi Đức Toản",
        {(f"Trưởng {THADS}", f"{THADS} thành phố Cần Thơ")},
        id="city",
    ),
    # negative: the regional office below it keeps its own head title
    P(
        "Ông Vi Đức Toản, Trưởng Phòng Thi hành án dân sự khu vực 2 tỉnh Thái Bình phát biểu.",
        "Vi Đức Toản",
        {("Trưởng Phòng", f"Phòng {THADS} khu vực 2 tỉnh Thái Bình")},
        id="regional-office",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), ENFORCEMENT_HEAD)
def test_enforcement_head_title_stops_before_the_level(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected, "2025-10-10")
    assert ok, got


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Gíam đốc", "Giám đốc"),
        ("Phó Gíam đốc", "Phó Giám đốc"),
        ("phó gíam đốc", "Phó giám đốc"),
        ("Giám đốc", "Giám đốc"),  # negative: already right
        ("Gíamx đốc", "Gíamx đốc"),  # negative: not the word on its own
        # the general form: any tone on the "i" of "gi", moved to the vowel after it when that
        # gives a word of a title in the gazetteer
        ("GÍAM ĐỐC", "GIÁM ĐỐC"),
        ("Phó Gíam định viên", "Phó Giám định viên"),
        ("Gìam đốc", "Gìam đốc"),  # negative: "giàm" is no title's word
    ],
)
def test_misplaced_tone_mark_is_read_as_the_word(raw: str, title: str) -> None:
    assert canonical_title(raw) == title


def test_misplaced_tone_mark_in_a_sentence() -> None:
    ok, got = positions_are(
        "Ông Vi Đức Toản, Phó Gíam đốc Sở Tư pháp tỉnh Thái Bình phát biểu.",
        "Vi Đức Toản",
        {("Phó Giám đốc", "Sở Tư pháp tỉnh Thái Bình")},
    )
    assert ok, got
