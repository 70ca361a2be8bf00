"""Awards as a family, session 14: forms that hold for every way a page writes an award.

* a lower-case ``bằng khen`` / ``giấy khen`` whose giver is the subject of the giving verb
  right before it (``được Chủ tịch UBND tỉnh tặng bằng khen``) names that giver's award, as the
  capitalized head does; with no giver it stays generic;
* a person who receives for a body the text names (``Đại diện Công ty A, ông B nhận …``,
  ``ông B, đại diện Công ty A nhận …``, ``thay mặt đơn vị nhận``) is no recipient: the body is;
  a stand-in who hands an award over is a giver, not a recipient;
* a commemorative medal named by its head alone (``nhận kỷ niệm chương``) is the medal the page
  last named in full, else ``Kỷ niệm chương`` as written; its recipients after it follow it with
  no clause in between; counts and vague aggregates give nothing;
* a flag named with what it is for before its giver (``Cờ thi đua dẫn đầu Khối thi đua … của
  UBND tỉnh``, ``Cờ thi đua đơn vị dẫn đầu phong trào thi đua của Bộ Tư pháp``) is the giver's
  flag, also when the provincial committee ends the sentence;
* a contest named with its kind in lower case before its name (``Cuộc thi trực tuyến Tìm hiểu
  …``, ``Cuộc thi viết “…”``: ``contest_kinds.tsv``) names its prizes like any other; a
  contest with no name, counts of prizes and unnamed teams give nothing;
* a giver written as the executive organ of a body (``Bằng khen của Ban Chấp hành Công đoàn
  …``, ``… của Ban Thường vụ Tỉnh đoàn …``) names the award as written, the organ included;
* a flag with no giver named, for a province's emulation movement (``nhận Cờ thi đua trong
  phong trào thi đua yêu nước tỉnh …``), is the provincial committee's flag;
* an award handed over on behalf of a body (``Thay mặt UBND tỉnh, ông A trao Bằng khen …``) is
  that body's, as when the body is the subject of the giving verb.

Invented people, bodies and sentences (no sentence of any real article); the expected facts
are written from the annotation conventions.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = (
    "Ngày 9/4/2024, Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác thi đua, khen "
    "thưởng năm 2023. "
)
CT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái"
BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
TTG = "Bằng khen của Thủ tướng Chính phủ"
GK = "Giấy khen của Giám đốc Sở Tư pháp tỉnh Yên Bái"
GKH = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Trấn Yên"
KNC = "Kỷ niệm chương"
VSN = "Kỷ niệm chương Vì sự nghiệp Tư pháp"
PHONG = "Phòng Tư pháp huyện Trấn Yên"
SO = "Sở Tư pháp tỉnh Yên Bái"
CTY = "Công ty Luật Hoàng Phúc"
KHANG = "Lục Văn Khang"
NHAN = "Triệu Thị Nhàn"

LOWER_HEADS: list[tuple[str, set[tuple[str, str]]]] = [
    ("Phòng Tư pháp huyện Trấn Yên được Chủ tịch UBND tỉnh tặng bằng khen.", {(CT, PHONG)}),
    (
        "Năm 2023, Phòng Tư pháp huyện Trấn Yên đã được Bộ trưởng Bộ Tư pháp tặng bằng khen "
        "vì có thành tích xuất sắc.",
        {(BTP, PHONG)},
    ),
    (
        "Phòng Tư pháp huyện Trấn Yên vinh dự được Thủ tướng Chính phủ tặng bằng khen.",
        {(TTG, PHONG)},
    ),
    ("Bộ trưởng Bộ Tư pháp tặng bằng khen cho Phòng Tư pháp huyện Trấn Yên.", {(BTP, PHONG)}),
    ("Ông Lục Văn Khang được Giám đốc Sở Tư pháp tặng giấy khen.", {(GK, KHANG)}),
    ("Phòng Tư pháp huyện Trấn Yên được UBND huyện Trấn Yên trao tặng giấy khen.", {(GKH, PHONG)}),
    (
        "Phó Chủ tịch UBND tỉnh Lục Văn Khang trao bằng khen cho Phòng Tư pháp huyện Trấn Yên.",
        {(CT, PHONG)},
    ),
    # no giver: a lower-case head stays generic
    ("Phòng Tư pháp huyện Trấn Yên được tặng bằng khen.", set()),
    ("Phòng Tư pháp huyện Trấn Yên được khen thưởng bằng khen.", set()),
    # a count, a vague aggregate: no recipient named
    ("Chủ tịch UBND tỉnh tặng bằng khen cho 04 tập thể và 09 cá nhân.", set()),
    ("Nhiều tập thể, cá nhân được UBND tỉnh tặng bằng khen, giấy khen.", set()),
]

STAND_INS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Đại diện Công ty Luật Hoàng Phúc, ông Lục Văn Khang nhận Bằng khen của Bộ trưởng Bộ "
        "Tư pháp.",
        {(BTP, CTY)},
    ),
    (
        "Ông Lục Văn Khang, đại diện Công ty Luật Hoàng Phúc đã nhận Bằng khen của Bộ trưởng Bộ "
        "Tư pháp.",
        {(BTP, CTY)},
    ),
    (
        "Thay mặt Sở Tư pháp tỉnh Yên Bái, bà Triệu Thị Nhàn vinh dự đón nhận Bằng khen của Thủ "
        "tướng Chính phủ.",
        {(TTG, SO)},
    ),
    (
        "Đại diện Sở Tư pháp tỉnh Yên Bái, bà Triệu Thị Nhàn, Phó Giám đốc Sở lên nhận Bằng "
        "khen của Thủ tướng Chính phủ.",
        {(TTG, SO)},
    ),
    (
        "Bà Triệu Thị Nhàn, Giám đốc Sở Tư pháp tỉnh Yên Bái thay mặt đơn vị nhận Bằng khen của "
        "Thủ tướng Chính phủ.",
        {(TTG, SO)},
    ),
    (
        "Đại diện HTV Yên Bái, ông Lục Văn Khang nhận Bằng khen của Chủ tịch UBND tỉnh.",
        {(CT, "HTV Yên Bái")},
    ),
    # not a body: the person receives
    (
        "Đại diện gia đình, ông Lục Văn Khang nhận Bằng khen của Chủ tịch UBND tỉnh.",
        {(CT, KHANG)},
    ),
    ("Ông Lục Văn Khang nhận Bằng khen của Bộ trưởng Bộ Tư pháp.", {(BTP, KHANG)}),
    # the stand-in hands it over: a giver, the recipient is after "cho"
    (
        "Thay mặt lãnh đạo Bộ, ông Lục Văn Khang trao Bằng khen của Bộ trưởng Bộ Tư pháp cho bà "
        "Triệu Thị Nhàn.",
        {(BTP, NHAN)},
    ),
]

BARE_MEDALS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Ban tổ chức trao kỷ niệm chương cho các nhà tài trợ. Đại diện Công ty Luật Hoàng Phúc, "
        "ông Lục Văn Khang đã nhận kỷ niệm chương.",
        {(KNC, CTY)},
    ),
    ("Nhân dịp này, Ban biên tập trao Kỷ niệm chương cho ông Lục Văn Khang.", {(KNC, KHANG)}),
    (
        "Trao kỷ niệm chương cho các đồng chí: Lục Văn Khang, Triệu Thị Nhàn.",
        {(KNC, KHANG), (KNC, NHAN)},
    ),
    (
        "Bộ Tư pháp tặng Kỷ niệm chương Vì sự nghiệp Tư pháp cho 12 cá nhân. Ông Lục Văn Khang, "
        "bà Triệu Thị Nhàn vinh dự nhận Kỷ niệm chương.",
        {(VSN, KHANG), (VSN, NHAN)},
    ),
    ("Ông Lục Văn Khang được tặng Kỷ niệm chương của Bộ Tư pháp.", {(VSN, KHANG)}),
    # a lead names it bare, the text after it in full: the one medal named in full
    (
        "Ông Lục Văn Khang vinh dự nhận Kỷ niệm chương. Năm nay, Bộ Tư pháp đã tặng Kỷ niệm "
        "chương Vì sự nghiệp Tư pháp cho 12 cá nhân của tỉnh.",
        {(VSN, KHANG)},
    ),
    # two medals named after it: which one is not said
    (
        "Ông Lục Văn Khang vinh dự nhận Kỷ niệm chương. Bộ Tư pháp tặng Kỷ niệm chương Vì sự "
        "nghiệp Tư pháp, Viện kiểm sát nhân dân tối cao tặng Kỷ niệm chương Vì sự nghiệp Kiểm sát"
        " cho nhiều cá nhân.",
        {(KNC, KHANG)},
    ),
    # counts, vague aggregates, a clause between the head and a body named later
    ("Huyện Trấn Yên có 14 hòa giải viên được trao tặng kỷ niệm chương.", set()),
    ("Ông Lục Văn Khang đã nhận nhiều kỷ niệm chương.", set()),
    (
        "Theo đó, huyện Trấn Yên có 9 hòa giải viên được trao Kỷ niệm chương, nhằm ghi nhận đóng "
        "góp của họ, sáng 3/4, Phòng Tư pháp huyện Trấn Yên tổ chức lễ trao.",
        set(),
    ),
]


CO_TINH = "Cờ thi đua của Ủy ban nhân dân tỉnh Yên Bái"
CO_BO = "Cờ thi đua ngành Tư pháp"
CO_CP = "Cờ thi đua của Chính phủ"

LEADING_FLAGS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Sở Tư pháp tỉnh Yên Bái được tặng Cờ thi đua đơn vị dẫn đầu phong trào thi đua của "
        "UBND tỉnh.",
        {(CO_TINH, SO)},
    ),
    (
        "Sở Tư pháp tỉnh Yên Bái được tặng Cờ thi đua dẫn đầu Khối thi đua các cơ quan Nội "
        "chính của UBND tỉnh.",
        {(CO_TINH, SO)},
    ),
    ("Phòng Tư pháp huyện Trấn Yên đã nhận Cờ thi đua dẫn đầu của Bộ Tư pháp.", {(CO_BO, PHONG)}),
    (
        "Sở Tư pháp tỉnh Yên Bái được tặng Cờ thi đua xuất sắc dẫn đầu phong trào thi đua năm "
        "2023 của Chính phủ.",
        {(CO_CP, SO)},
    ),
    # leading a bloc is no award; a flag with no giver named gives no canonical name
    ("Sở Tư pháp tỉnh Yên Bái dẫn đầu Khối thi đua các cơ quan Nội chính năm 2023.", set()),
    (
        "Sở Tư pháp tỉnh Yên Bái dẫn đầu Khối thi đua và được tặng Cờ thi đua của UBND tỉnh.",
        {(CO_TINH, SO)},
    ),
]


def _awards(text: str) -> set[tuple[str, str]]:
    report = extract(_LEAD + text, article_id="t", published="2024-04-10")
    return {(a.award, a.recipient) for a in report.awards}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"lower-{i:02d}") for i, row in enumerate(LOWER_HEADS)],
)
def test_lower_case_head_named_by_its_giver(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"stand-in-{i:02d}") for i, row in enumerate(STAND_INS)],
)
def test_stand_in_receives_for_the_body(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"bare-medal-{i:02d}") for i, row in enumerate(BARE_MEDALS)],
)
def test_bare_medal_head(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"leading-flag-{i:02d}") for i, row in enumerate(LEADING_FLAGS)],
)
def test_flag_for_leading_is_the_givers(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected


CONTESTS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Kết thúc Cuộc thi trực tuyến Tìm hiểu Luật Phổ biến giáo dục pháp luật, Ban Tổ chức trao"
        " 01 giải Nhất, 02 giải Nhì. Giải Nhất thuộc về thí sinh Triệu Thị Nhàn; giải Nhì thuộc "
        "về thí sinh Lục Văn Khang.",
        {
            ("Giải Nhất Cuộc thi trực tuyến Tìm hiểu Luật Phổ biến giáo dục pháp luật", NHAN),
            ("Giải Nhì Cuộc thi trực tuyến Tìm hiểu Luật Phổ biến giáo dục pháp luật", KHANG),
        },
    ),
    (
        "Kết quả Cuộc thi viết “Pháp luật trong đời sống thôn bản”: Giải Nhất: bà Triệu Thị "
        "Nhàn; Giải Ba: ông Lục Văn Khang.",
        {
            ("Giải Nhất Cuộc thi viết Pháp luật trong đời sống thôn bản", NHAN),
            ("Giải Ba Cuộc thi viết Pháp luật trong đời sống thôn bản", KHANG),
        },
    ),
    (
        "Tại Cuộc thi sáng tác Tiểu phẩm về hòa giải cơ sở, bà Triệu Thị Nhàn đoạt giải Nhì.",
        {("Giải Nhì Cuộc thi sáng tác Tiểu phẩm về hòa giải cơ sở", NHAN)},
    ),
    # no name after the kind, counts, an unnamed team
    (
        "Cuộc thi trực tuyến đã thu hút hơn 9.000 lượt thí sinh, bà Triệu Thị Nhàn đạt giải Ba.",
        set(),
    ),
    (
        "Cuộc thi trực tuyến Tìm hiểu Luật Phổ biến giáo dục pháp luật trao 1 giải Nhất, 3 giải "
        "Nhì cho các thí sinh.",
        set(),
    ),
    (
        "Ban Tổ chức Cuộc thi viết “Pháp luật trong đời sống thôn bản” trao giải Nhất cho đội thi"
        " xã Minh Quân.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"contest-{i:02d}") for i, row in enumerate(CONTESTS)],
)
def test_contest_kind_before_its_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected


ORGANS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Bà Triệu Thị Nhàn được tặng Bằng khen của Ban Chấp hành Công đoàn Bộ Tư pháp.",
        {("Bằng khen của Ban Chấp hành Công đoàn Bộ Tư pháp", NHAN)},
    ),
    (
        "Bà Triệu Thị Nhàn được Ban Chấp hành Công đoàn Bộ Tư pháp tặng Bằng khen.",
        {("Bằng khen của Ban Chấp hành Công đoàn Bộ Tư pháp", NHAN)},
    ),
    (
        "Ông Lục Văn Khang được tặng Bằng khen của Ban Thường vụ Tỉnh đoàn Yên Bái.",
        {("Bằng khen của Ban Thường vụ Tỉnh đoàn Yên Bái", KHANG)},
    ),
    (
        "Ông Lục Văn Khang được tặng Bằng khen của Ban Chấp hành Trung ương Hội Luật gia Việt Nam.",
        {("Bằng khen của Ban Chấp hành Trung ương Hội Luật gia Việt Nam", KHANG)},
    ),
    # the body alone stays the body
    (
        "Bà Triệu Thị Nhàn được tặng Bằng khen của Công đoàn Bộ Tư pháp.",
        {("Bằng khen của Công đoàn Bộ Tư pháp", NHAN)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"organ-{i:02d}") for i, row in enumerate(ORGANS)],
)
def test_giver_named_by_its_organ(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected


MOVEMENT_FLAGS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "Viện trưởng Viện kiểm sát nhân dân tỉnh Yên Bái nhận Cờ thi đua trong phong trào thi "
        "đua yêu nước tỉnh Yên Bái.",
        {(CO_TINH, "Viện kiểm sát nhân dân tỉnh Yên Bái")},
    ),
    (
        "Sở Tư pháp tỉnh Yên Bái được tặng Cờ thi đua xuất sắc trong phong trào thi đua yêu nước"
        " của tỉnh.",
        {(CO_TINH, SO)},
    ),
    # a giver named: its flag; a movement led, no flag named: nothing
    (
        "Sở Tư pháp tỉnh Yên Bái được Thủ tướng Chính phủ tặng Cờ thi đua trong phong trào thi "
        "đua yêu nước.",
        {(CO_CP, SO)},
    ),
    ("Sở Tư pháp tỉnh Yên Bái dẫn đầu phong trào thi đua yêu nước của tỉnh năm 2023.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"movement-flag-{i:02d}") for i, row in enumerate(MOVEMENT_FLAGS)],
)
def test_flag_of_a_provincial_movement(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected


ON_BEHALF_GIVERS: list[tuple[str, set[tuple[str, str]]]] = [
    ("Thay mặt UBND tỉnh, ông Lục Văn Khang trao Bằng khen cho bà Triệu Thị Nhàn.", {(CT, NHAN)}),
    (
        "Thừa ủy quyền của Bộ Tư pháp, ông Lục Văn Khang trao Bằng khen cho Phòng Tư pháp huyện "
        "Trấn Yên.",
        {(BTP, PHONG)},
    ),
    # the award's own giver wins; a stand-in who receives is no giver
    (
        "Thay mặt UBND tỉnh, ông Lục Văn Khang trao Cờ thi đua của Chính phủ cho Phòng Tư pháp "
        "huyện Trấn Yên.",
        {(CO_CP, PHONG)},
    ),
    (
        "Thay mặt Sở Tư pháp tỉnh Yên Bái, ông Lục Văn Khang nhận Bằng khen của Thủ tướng Chính "
        "phủ.",
        {(TTG, SO)},
    ),
    # "thay mặt lãnh đạo": no body named, no giver read from it
    ("Thay mặt lãnh đạo tỉnh, ông Lục Văn Khang trao bằng khen cho bà Triệu Thị Nhàn.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, id=f"on-behalf-giver-{i:02d}") for i, row in enumerate(ON_BEHALF_GIVERS)],
)
def test_award_handed_over_for_a_body(text: str, expected: set[tuple[str, str]]) -> None:
    assert _awards(text) == expected
