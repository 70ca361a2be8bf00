"""Positions, thirteenth rules round: boards named by their purpose after a head's title.

Grammar (Vietnamese justice-sector news):

- ``Trưởng Ban Chỉ đạo <purpose>``: a steering committee has no name of its own; the text
  names it by what it steers, written right after the board word, up to a punctuation mark, a
  dash, the next name or the sentence's verb (``phát biểu``, ``cho biết``, ``chủ trì``). That
  board is the head's body, not another steering committee named elsewhere on the page. A
  quoted programme name is kept whole.
- ``Trưởng Ban tổ chức <a named event>`` (``Hội thi …``, ``Cuộc thi …``, ``Chương trình …``):
  the head of that event's organizing board, ``Ban Tổ chức <event>``. A generic noun
  (``cuộc thi``) or nothing after ``tổ chức`` still gives the title alone; a party committee's
  commission (``Trưởng Ban Tổ chức Tỉnh ủy X``) still is that commission.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

QUOTED = "“Cán bộ tư pháp tiêu biểu, tận tụy”"
#: an invented contest; its subject is a title (``Tuyên truyền viên pháp luật``), no end of it
CONTEST = (
    "Trao giải cho các đội, bà Sần Thị Lụa, Phó Chủ tịch UBND tỉnh Lai Châu, Trưởng Ban tổ chức"
    " Hội thi Tuyên truyền viên pháp luật giỏi tỉnh Lai Châu năm 2023, chúc mừng các đội."
)
CONTEST_BOARD = "Ban Tổ chức Hội thi Tuyên truyền viên pháp luật giỏi tỉnh Lai Châu năm 2023"

STEERING_CASES = [
    pytest.param(
        "Ngày 11/5/2024, Bộ trưởng Bộ Tư pháp Lê Quang Trung, Trưởng Ban Chỉ đạo thực hiện thí"
        " điểm chế định Thừa phát lại phát biểu.",
        "Lê Quang Trung",
        {
            ("Bộ trưởng", "Bộ Tư pháp"),
            ("Trưởng Ban", "Ban Chỉ đạo thực hiện thí điểm chế định Thừa phát lại"),
        },
        id="purpose-ends-at-the-verb",
    ),
    pytest.param(
        "Ban Chỉ đạo Thi hành án dân sự tỉnh Sơn La họp phiên thường kỳ. Ông Hà Minh Tân, Phó"
        " Chủ tịch UBND tỉnh Sơn La, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh Sơn La, dự.",
        "Hà Minh Tân",
        {
            ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La"),
            ("Trưởng Ban", "Ban Chỉ đạo cải cách hành chính tỉnh Sơn La"),
        },
        id="not-the-other-steering-committee-of-the-page",
    ),
    pytest.param(
        "Thứ trưởng Bộ Tư pháp Ngô Văn Kiên, Trưởng ban chỉ đạo Chương trình bình chọn “Cán bộ"
        " tư pháp tiêu biểu, tận tụy” cho biết chương trình đã thành công.",
        "Ngô Văn Kiên",
        {
            ("Thứ trưởng", "Bộ Tư pháp"),
            ("Trưởng ban", f"Ban chỉ đạo Chương trình bình chọn {QUOTED}"),
        },
        id="quoted-programme-kept-whole",
    ),
    pytest.param(
        "Thứ trưởng Bộ Tư pháp Ngô Văn Kiên, Trưởng ban chỉ đạo Cuộc thi tìm hiểu, học tập"
        " “Pháp luật với thanh niên” cho biết cuộc thi đã thành công.",
        "Ngô Văn Kiên",
        {
            ("Thứ trưởng", "Bộ Tư pháp"),
            ("Trưởng ban", "Ban chỉ đạo Cuộc thi tìm hiểu, học tập “Pháp luật với thanh niên”"),
        },
        id="two-verbs-of-one-programme-before-its-quoted-name",
    ),
    pytest.param(
        "Ông Lò Văn Hùng, Trưởng Ban Chỉ đạo Đề án 06 của huyện Mường La, ông Quàng Văn Tiến"
        " “Người tốt việc tốt” năm 2023 dự.",
        "Lò Văn Hùng",
        {("Trưởng Ban", "Ban Chỉ đạo Đề án 06 của huyện Mường La")},
        id="negative-a-comma-before-a-name-ends-it",
    ),
    pytest.param(
        "Dự có ông Đinh Công Sứ, Phó Trưởng Ban Chỉ đạo Đề án 06 của tỉnh Yên Bái; bà Lò Thị"
        " Mai, Giám đốc Sở Tư pháp tỉnh Yên Bái.",
        "Đinh Công Sứ",
        {("Phó Trưởng Ban", "Ban Chỉ đạo Đề án 06 của tỉnh Yên Bái")},
        id="deputy-purpose-ends-at-semicolon",
    ),
    pytest.param(
        "Ban Chỉ đạo cải cách tư pháp tỉnh Bạc Liêu kiểm tra tại huyện Hồng Dân. Ông Lý Văn"
        " Sơn, Phó Trưởng Ban chỉ đạo cải cách tư pháp làm Trưởng Đoàn kiểm tra.",
        "Lý Văn Sơn",
        {("Phó Trưởng Ban", "Ban Chỉ đạo cải cách tư pháp tỉnh Bạc Liêu")},
        id="negative-the-page-names-the-board-in-full",
    ),
    pytest.param(
        "Ban Chỉ đạo thi hành án dân sự tỉnh Bắc Kạn họp phiên thứ ba. Ông Hoàng Văn Thái, Phó"
        " Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.",
        "Hoàng Văn Thái",
        {
            ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Kạn"),
            ("Trưởng Ban", "Ban Chỉ đạo thi hành án dân sự tỉnh Bắc Kạn"),
        },
        id="negative-the-verb-right-after-the-board",
    ),
    pytest.param(
        "Hội nghị tổng kết của Ban Chỉ đạo Đề án 06 tỉnh Cao Bằng. Ông Nông Văn Chiến, Phó"
        " Trưởng Ban Chỉ đạo và các thành viên của Ban Chỉ đạo dự.",
        "Nông Văn Chiến",
        {("Phó Trưởng Ban", "Ban Chỉ đạo Đề án 06 tỉnh Cao Bằng")},
        id="negative-no-purpose-after-the-board",
    ),
    pytest.param(
        "Ông Hà Minh Tân, Phó Chủ tịch UBND tỉnh Sơn La, Trưởng Ban Chỉ đạo Thi hành án dân sự"
        " tỉnh Sơn La chủ trì hội nghị.",
        "Hà Minh Tân",
        {
            ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La"),
            ("Trưởng Ban", "Ban Chỉ đạo Thi hành án dân sự tỉnh Sơn La"),
        },
        id="negative-a-named-committee-stays",
    ),
    pytest.param(
        "Ông Lò Văn Páo, Phó Giám đốc Sở Tư pháp tỉnh Hà Giang, Trưởng Ban Chỉ đạo dự án hỗ trợ"
        " pháp lý cho doanh nghiệp tỉnh Hà Giang phát biểu.",
        "Lò Văn Páo",
        {
            ("Phó Giám đốc", "Sở Tư pháp tỉnh Hà Giang"),
            ("Trưởng Ban", "Ban Chỉ đạo dự án hỗ trợ pháp lý cho doanh nghiệp tỉnh Hà Giang"),
        },
        id="negative-a-compound-does-not-stop-the-purpose",
    ),
    pytest.param(
        "Bà Vàng Thị Mai, Trưởng Ban Chỉ đạo ứng dụng công nghệ thông tin và trao đổi dữ liệu"
        " của ngành tư pháp tỉnh Điện Biên chủ trì buổi làm việc.",
        "Vàng Thị Mai",
        {
            (
                "Trưởng Ban",
                "Ban Chỉ đạo ứng dụng công nghệ thông tin và trao đổi dữ liệu của ngành tư pháp"
                " tỉnh Điện Biên",
            )
        },
        id="negative-compounds-of-a-stop-word-in-the-purpose",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), STEERING_CASES)
def test_steering_committee_named_by_its_purpose(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got


EVENT_CASES = [
    pytest.param(
        CONTEST,
        "Sần Thị Lụa",
        {
            ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu"),
            ("Trưởng Ban", CONTEST_BOARD),
        },
        id="named-contest",
    ),
    pytest.param(
        "Ông Trịnh Văn Kha, Giám đốc Sở Tư pháp tỉnh Phú Thọ, Trưởng ban Tổ chức Cuộc thi Tìm"
        " hiểu pháp luật trực tuyến năm 2024 cho biết có 12.000 lượt người dự thi.",
        "Trịnh Văn Kha",
        {
            ("Giám đốc", "Sở Tư pháp tỉnh Phú Thọ"),
            ("Trưởng ban", "Ban Tổ chức Cuộc thi Tìm hiểu pháp luật trực tuyến năm 2024"),
        },
        id="named-online-contest-ends-at-verb",
    ),
    pytest.param(
        "Ông Trịnh Văn Kha, Giám đốc Sở Tư pháp tỉnh Phú Thọ, Trưởng ban Tổ chức cuộc thi cho"
        " biết có 12.000 lượt người dự thi.",
        "Trịnh Văn Kha",
        # round 16: a contest's noun alone names its board (R16 dev gold 3 : 1; "Trưởng Ban" +
        # "Ban …", the head noun in both)
        {("Giám đốc", "Sở Tư pháp tỉnh Phú Thọ"), ("Trưởng ban", "Ban Tổ chức cuộc thi")},
        id="generic-contest-named-by-its-noun",
    ),
    pytest.param(
        "Ông Trịnh Văn Kha, Giám đốc Sở Tư pháp tỉnh Phú Thọ - Trưởng ban tổ chức Hội thi phát"
        " biểu khai mạc.",
        "Trịnh Văn Kha",
        # round 16: a contest's noun alone names its board (R16 dev gold 3 : 1)
        {("Giám đốc", "Sở Tư pháp tỉnh Phú Thọ"), ("Trưởng ban", "Ban Tổ chức Hội thi")},
        id="contest-named-by-its-kind-only",
    ),
    pytest.param(
        "Theo bà Lưu Thị Hạnh, Trưởng ban tổ chức, Phó Giám đốc Sở Tư pháp tỉnh Điện Biên, hội"
        " thi có 40 đội tham gia.",
        "Lưu Thị Hạnh",
        {("Trưởng ban tổ chức", None), ("Phó Giám đốc", "Sở Tư pháp tỉnh Điện Biên")},
        id="negative-bare-board",
    ),
    pytest.param(
        "Ngày 8/6/2024, bà Mai Thị Nga, Phó trưởng Ban Tổ chức Tỉnh ủy Hà Nam dự hội nghị.",
        "Mai Thị Nga",
        {("Phó trưởng Ban", "Ban Tổ chức Tỉnh ủy Hà Nam")},
        id="negative-party-commission",
    ),
    pytest.param(
        "Dự lễ có ông Lò Văn Páo, Giám đốc Sở Tư pháp tỉnh Hà Giang, Trưởng Ban tổ chức Hội thi"
        " Hòa giải viên giỏi năm 2024 và bà Vàng Thị Mai, Phó Giám đốc Sở Tư pháp dự lễ.",
        "Lò Văn Páo",
        {
            ("Giám đốc", "Sở Tư pháp tỉnh Hà Giang"),
            ("Trưởng Ban", "Ban Tổ chức Hội thi Hòa giải viên giỏi năm 2024"),
        },
        id="negative-the-event-ends-before-and-the-next-person",
    ),
    pytest.param(
        "Ông Lò Văn Páo, Giám đốc Sở Tư pháp tỉnh Hà Giang, Trưởng Ban tổ chức Hội thi Hòa giải"
        " viên giỏi năm 2024 Phó Giám đốc Sở Tư pháp Vàng Thị Mai cùng dự.",
        "Lò Văn Páo",
        {
            ("Giám đốc", "Sở Tư pháp tỉnh Hà Giang"),
            ("Trưởng Ban", "Ban Tổ chức Hội thi Hòa giải viên giỏi năm 2024"),
        },
        id="negative-the-event-ends-before-the-next-title",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), EVENT_CASES)
def test_organizing_board_of_a_named_event(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got


def test_the_board_is_an_organization() -> None:
    orgs = scored_orgs(CONTEST)
    assert CONTEST_BOARD.lower() in orgs, orgs


def test_boards_of_several_places_are_no_organization() -> None:
    orgs = scored_orgs(
        "Ông Hà Minh Tân, Phó Chủ tịch UBND tỉnh Sơn La, Trưởng Ban Chỉ đạo Thi hành án dân sự"
        " các huyện, thành phố dự."
    )
    assert not any("cac huyen" in o or "các huyện" in o for o in orgs)
    assert not any(o.startswith("ban chỉ đạo thi hành án dân sự") for o in orgs), orgs


@pytest.mark.parametrize(
    "text",
    [
        "Dự lễ có ông Lò Văn Páo, Giám đốc Sở Tư pháp tỉnh Hà Giang, Trưởng Ban tổ chức Hội thi"
        " Hòa giải viên giỏi năm 2024 và bà Vàng Thị Mai, Phó Giám đốc Sở Tư pháp dự lễ.",
        "Ông Lò Văn Páo, Giám đốc Sở Tư pháp tỉnh Hà Giang, Trưởng Ban tổ chức Hội thi Hòa giải"
        " viên giỏi năm 2024 Phó Giám đốc Sở Tư pháp Vàng Thị Mai cùng dự.",
    ],
    ids=["and-the-next-person", "the-next-title"],
)
def test_negative_the_event_board_stops_before_the_next_item(text: str) -> None:
    orgs = scored_orgs(text)
    boards = {o for o in orgs if o.startswith("ban tổ chức")}
    assert boards == {"ban tổ chức hội thi hòa giải viên giỏi năm 2024"}, orgs
