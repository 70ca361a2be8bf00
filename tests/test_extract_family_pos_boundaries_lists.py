"""Families of the fourteenth positions round, part two: lists and chains of names and posts.

(Part one, where a title meets its body: test_extract_family_pos_boundaries_bodies.py.)

B3. A counted plural title heading a list whose items each give one name and that person's own
post (``Ba Phó Bí thư Tỉnh ủy gồm các ông: A, Chủ tịch UBND tỉnh; B, …; và C, …``): when the
items are as many as the count, every listed person holds the heading's title too. An uncounted
heading (``Các Thứ trưởng: A, B; đồng chí C, Vụ trưởng …``), a count the items do not match, or
an item that is not one name and its post, gives no one the heading's title.

B4. Lawyers listed under a plural title with their professional title before each name (``02
Phó Chủ nhiệm Đoàn gồm Luật sư A và Luật sư B``, ``LS. A, LS. B``): ``Luật sư`` stands where
``ông``/``bà`` would; a bare ``Đoàn``/``Hội`` before ``gồm`` is the bar or association the page
names.

B7. A chain of posts written before the name and opened by a party role (``Ủy viên T.Ư Đảng,
Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Name``): the state posts between the
party role and the title next to the name are the person's too (``Ủy viên T.Ư Đảng`` is the
Central Committee's member, written as on the page). Without a party role opening it, a list of
bare posts before a name stays a list (only the nearest post is the name's).

B10. Names that each set their posts after a dash, in turn (``A – Giám đốc Sở X, B – Phó Chánh
án …``): the post between A and B is A's (a title before a name is otherwise the next name's:
``Thứ trưởng A, Chủ tịch UBND tỉnh B``).

B12. Persons at a title's edge: a two-syllable run whose second syllable opens a title going on
past it (``Từ Phó Bí thư huyện …``, ``Đinh Phó Chủ tịch …``) is a word and a title, not a name;
a place named after the President with his title (``Lăng Chủ tịch Hồ Chí Minh``, ``Khu di tích
Chủ tịch …``) names no person, while ``tấm gương của Chủ tịch Hồ Chí Minh`` still does. A
foreign name followed by a dash and a degree or profession (``ông Morita Kenji - Giáo sư thỉnh
giảng …``, ``- Tiến sĩ luật``) ends at the dash (the dash goes on a foreign name only with more
name syllables).

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import people_and_orgs, positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

ELECTED = (
    "Ông Đinh Văn Tâm được bầu làm Bí thư Tỉnh ủy Nam Định. {count} Phó Bí thư Tỉnh ủy gồm các"
    " ông: Lê Văn Thạch, Chủ tịch UBND tỉnh; Phạm Văn Bình, Trưởng ban Tổ chức Tỉnh ủy{third}."
)
THIRD = "; và Trần Văn Khải, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"
DEPUTY = ("Phó Bí thư", "Tỉnh ủy Nam Định")

B3_CASES = [
    P(
        ELECTED.format(count="Hai", third=""),
        "Lê Văn Thạch",
        {DEPUTY, ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")},
        id="two-items-first",
    ),
    P(
        ELECTED.format(count="Hai", third=""),
        "Phạm Văn Bình",
        {DEPUTY, ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Nam Định")},
        id="two-items-second",
    ),
    P(
        ELECTED.format(count="Ba", third=THIRD),
        "Trần Văn Khải",
        {DEPUTY, ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định")},
        id="three-items-last-after-and",
    ),
    P(
        ELECTED.format(count="03", third=THIRD),
        "Lê Văn Thạch",
        {DEPUTY, ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")},
        id="count-in-digits",
    ),
    P(
        ELECTED.format(count="Ba", third=""),
        "Lê Văn Thạch",
        {("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")},
        id="count-not-matched-no-heading-title",
    ),
    P(
        ELECTED.format(count="Các", third=""),
        "Phạm Văn Bình",
        {("Trưởng ban", "Ban Tổ chức Tỉnh ủy Nam Định")},
        id="uncounted-heading-no-title",
    ),
    P(
        "Hai Thứ trưởng gồm: Lê Văn Thạch, Phạm Văn Bình; đồng chí Trần Văn Khải, Vụ trưởng Vụ"
        " Pháp chế.",
        "Trần Văn Khải",
        {("Vụ trưởng", "Vụ Pháp chế")},
        id="item-of-two-names-is-no-item",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B3_CASES)
def test_b3_counted_heading_over_items(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


BAR = "Đoàn Luật sư tỉnh Nam Định"
BAR_OPENING = f"{BAR} có Luật sư Trần Văn Khải, Chủ nhiệm Đoàn; "

B4_CASES = [
    P(
        f"02 Phó Chủ nhiệm {BAR} gồm Luật sư Lê Văn Thạch và Luật sư Phạm Thị Mai.",
        "Phạm Thị Mai",
        {("Phó Chủ nhiệm", BAR)},
        id="lawyers-after-full-body",
    ),
    P(
        BAR_OPENING + "02 Phó Chủ nhiệm Đoàn gồm Luật sư Lê Văn Thạch và Luật sư Phạm Thị Mai.",
        "Lê Văn Thạch",
        {("Phó Chủ nhiệm", BAR)},
        id="lawyers-after-bare-bar",
    ),
    P(
        BAR_OPENING + "hai Phó Chủ nhiệm Đoàn gồm LS. Lê Văn Thạch, LS. Phạm Thị Mai.",
        "Phạm Thị Mai",
        {("Phó Chủ nhiệm", BAR)},
        id="abbreviated-lawyers",
    ),
    P(
        "Hội Luật gia huyện Hải Hậu có ông Trần Văn Khải, Chủ tịch Hội; các Phó Chủ tịch Hội"
        " gồm ông Lê Văn Thạch và bà Phạm Thị Mai.",
        "Phạm Thị Mai",
        {("Phó Chủ tịch", "Hội Luật gia huyện Hải Hậu")},
        id="bare-association-before-list",
    ),
    P(
        BAR_OPENING + "tham dự có Luật sư Lê Văn Thạch và Luật sư Phạm Thị Mai.",
        "Lê Văn Thạch",
        None,
        id="lawyers-listed-under-no-title",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B4_CASES)
def test_b4_lawyers_listed_under_a_title(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


PARTY_OPENED = "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Nam Định Trần Văn Khải"
ND = "tỉnh Nam Định"

B7_CASES = [
    P(
        PARTY_OPENED + " tham dự lễ.",
        "Trần Văn Khải",
        {
            ("Bí thư", "Tỉnh ủy Nam Định"),
            ("Chủ tịch", f"Hội đồng nhân dân {ND}"),
            ("Trưởng đoàn", f"Đoàn đại biểu Quốc hội {ND}"),
        },
        id="party-role-opens-three-posts",
    ),
    P(
        "Ủy viên T.Ư Đảng, " + PARTY_OPENED + "; Phó Bí thư Tỉnh ủy Lê Văn Thạch tham dự lễ.",
        "Trần Văn Khải",
        {
            ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bí thư", "Tỉnh ủy Nam Định"),
            ("Chủ tịch", f"Hội đồng nhân dân {ND}"),
            ("Trưởng đoàn", f"Đoàn đại biểu Quốc hội {ND}"),
        },
        id="central-member-abbreviated-opens-four-posts",
    ),
    P(
        "Ủy viên TƯ Đảng, Bí thư Tỉnh ủy Nam Định Lê Văn Thạch phát biểu.",
        "Lê Văn Thạch",
        {
            ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Bí thư", "Tỉnh ủy Nam Định"),
        },
        id="central-member-without-dot",
    ),
    P(
        "Phó Bí thư Tỉnh ủy, Giám đốc Công an tỉnh, Chủ tịch UBND tỉnh Nam Định Lê Văn Thạch dự.",
        "Lê Văn Thạch",
        {
            ("Phó Bí thư", "Tỉnh ủy Nam Định"),
            ("Giám đốc", f"Công an {ND}"),
            ("Chủ tịch", f"Ủy ban nhân dân {ND}"),
        },
        id="deputy-secretary-opens",
    ),
    P(
        "Dự hội nghị có Giám đốc Sở Tư pháp, Phó Chủ tịch UBND tỉnh Nam Định Trần Văn Khải.",
        "Trần Văn Khải",
        {("Phó Chủ tịch", f"Ủy ban nhân dân {ND}")},
        id="no-party-role-a-list",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B7_CASES)
def test_b7_chain_before_the_name_opened_by_a_party_role(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


B10_CASES = [
    P(
        "Tham dự có các đồng chí: Trần Văn Khải - Giám đốc Sở Tư pháp, Lê Văn Thạch - Cục trưởng"
        " Cục THADS tỉnh Nam Định.",
        "Trần Văn Khải",
        {("Giám đốc", "Sở Tư pháp tỉnh Nam Định")},
        id="hyphen-lists-bare-department",
    ),
    P(
        "Tham dự có Trần Văn Khải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định, Phạm Thị"
        " Mai – Phó Chánh án TAND tỉnh Nam Định.",
        "Trần Văn Khải",
        {("Phó Bí thư", "Tỉnh ủy Nam Định"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")},
        id="en-dash-two-posts",
    ),
    P(
        "Tham dự có Trần Văn Khải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định, Phạm Thị"
        " Mai – Phó Chánh án TAND tỉnh Nam Định.",
        "Phạm Thị Mai",
        {("Phó Chánh án", "Tòa án nhân dân tỉnh Nam Định")},
        id="next-name-keeps-only-its-own",
    ),
    P(
        "Dự lễ có Thứ trưởng Bộ Tư pháp Lê Văn Thạch, Chủ tịch UBND tỉnh Nam Định Trần Văn Khải.",
        "Lê Văn Thạch",
        {("Thứ trưởng", "Bộ Tư pháp")},
        id="titles-before-names-unchanged",
    ),
    P(
        "Dự lễ có ông Lê Văn Thạch - Thứ trưởng Bộ Tư pháp, Chủ tịch UBND tỉnh Nam Định Trần Văn"
        " Khải và các đại biểu.",
        "Trần Văn Khải",
        {("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")},
        id="next-name-without-dash-keeps-the-title-before-it",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), B10_CASES)
def test_b10_names_with_dashed_posts_in_turn(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got


B12_CASES = [
    P("Từ Phó Bí thư huyện tới Cục trưởng Cục THADS tỉnh.", set(), id="from-deputy-secretary"),
    P("Đinh Phó Chủ tịch UBND xã đến dự.", set(), id="surname-like-word-before-deputy"),
    P("Đoàn viếng Lăng Chủ tịch Hồ Chí Minh.", set(), id="mausoleum"),
    P("Đại diện Ban Quản lý Lăng Chủ tịch Hồ Chí Minh dự.", set(), id="mausoleum-board"),
    P("Đoàn dâng hương tại Khu di tích Chủ tịch Hồ Chí Minh.", set(), id="relic-site"),
    P(
        "Cả nước làm theo tấm gương của Chủ tịch Hồ Chí Minh.",
        {"Hồ Chí Minh"},
        id="the-president-named-in-passing",
    ),
    P("Ông Lê Phó phát biểu.", {"Lê Phó"}, id="honorific-two-syllable-name-kept"),
]


@pytest.mark.parametrize(("text", "names"), B12_CASES)
def test_b12_persons_at_a_titles_edge(text: str, names: set[str]) -> None:
    people, _ = people_and_orgs(text)
    assert set(people) == names, people


B12_FOREIGN_CASES = [
    P(
        "Tham dự có ông Morita Kenji - Giáo sư thỉnh giảng Đại học Kyoto, Nhật Bản.",
        {"Morita Kenji"},
        id="professor-after-dash",
    ),
    P("Tham dự có ông Morita Kenji - Tiến sĩ luật, chuyên gia.", {"Morita Kenji"}, id="doctor"),
    P(
        "Ông Xổm Phăn - Vông Sa Lít, Giám đốc Sở Tư pháp tỉnh Attapeu phát biểu.",
        {"Xổm Phăn - Vông Sa Lít"},
        id="dashed-foreign-name-kept-whole",
    ),
]


@pytest.mark.parametrize(("text", "names"), B12_FOREIGN_CASES)
def test_b12_foreign_name_before_a_dashed_profession(text: str, names: set[str]) -> None:
    people, _ = people_and_orgs(text)
    assert set(people) == names, people
