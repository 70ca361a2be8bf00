"""Awards as a family, session 16: lesser and sector awards, and the unit that receives them.

* a body named after a recipient only as what it belongs to, in brackets (``Trại giam A
  (thuộc Tổng cục B, Bộ C)``) or set off by commas (``Trại giam A, thuộc Tổng cục B, Bộ C, tổ
  chức …``), receives nothing: the unit written does;
* a count between the giving verb and a lower-case head (``được Viện trưởng VKSND tối cao
  tặng 2 bằng khen``) does not hide the giver: the award is that giver's; with no giver the
  head stays generic;
* the courts' flag ``Cờ đơn vị thi đua xuất sắc`` is named in full with its giver after it;
* a board of leaders as giver (``Ban Giám đốc Công an tỉnh A tặng giấy khen``, ``Giấy khen
  của Ban Giám đốc …``) names the award as written, the board included; the head alone stays
  the head's;
* a flag named in quotes by what it is for (``cờ “Đơn vị dẫn đầu phong trào thi đua”``) is its
  giver's ``Cờ thi đua``, as the unquoted leading-unit flag is;
* a unit named in lower case right before its parent (``Phòng cảnh sát hình sự Công an tỉnh
  A``) receives, named with its parent; the parent alone does not;
* the armed forces' and the police's medals (``Huy chương Chiến sĩ vẻ vang hạng Nhất``, ``Huy
  chương Quân kỳ quyết thắng``, ``Huy chương Vì an ninh Tổ quốc``) are named complete, the class
  in words, for each named person; a contest's ``Huy chương Vàng`` is no award;
* a giver whose title shares its head noun with the body (``Trưởng Công an huyện A``) names
  the award with that title, the body once, written after the head, before the giving verb or
  with the giver's name; its conferring body is the body (no title in the organizations).

Invented people, bodies and sentences (no sentence of any real article); the expected facts
are written from the annotation conventions.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 15/3/2024, Công an tỉnh Yên Bái tổ chức hội nghị tổng kết công tác năm 2023. "
TRAI = "Trại giam Khe Mít"
HC3 = "Huân chương Chiến công hạng Ba"
BVTQ = "Huân chương Bảo vệ Tổ quốc hạng Nhì"
VKS = "Bằng khen của Viện trưởng Viện kiểm sát nhân dân tối cao"
CT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái"
TOA_FLAG = "Cờ đơn vị thi đua xuất sắc của Tòa án nhân dân tối cao"
CA = "Công an tỉnh Yên Bái"
CAH = "Công an huyện Mỹ Lâm"
UB_FLAG = "Cờ thi đua của Ủy ban nhân dân tỉnh Yên Bái"


def _awards(text: str) -> set[tuple[str, str, str]]:
    report = extract(_LEAD + text, article_id="t16", published="2024-03-20")
    return {(a.award, a.recipient, a.status) for a in report.awards}


def _conferred(*pairs: tuple[str, str]) -> set[tuple[str, str, str]]:
    return {(award, recipient, "conferred") for award, recipient in pairs}


PARENT_ASIDES: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Sáng 12-3, Trại giam Khe Mít (thuộc Tổng cục IX, Bộ Công an) long trọng tổ chức lễ "
        "đón nhận Huân chương Chiến công hạng Ba.",
        _conferred((HC3, TRAI)),
    ),
    (
        "Ngày 12-3, Trại giam Khe Mít, thuộc Tổng cục IX, Bộ Công an, tổ chức lễ kỷ niệm 30 năm "
        "ngày thành lập và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì.",
        _conferred((BVTQ, TRAI)),
    ),
    (
        "Thừa ủy quyền của Chủ tịch nước, ông Nông Văn Thạch đã trao Huân chương Chiến công hạng "
        "Ba cho tập thể Trại giam Khe Mít (thuộc Tổng cục IX, Bộ Công an, đóng tại xã Mỹ Lâm).",
        _conferred((HC3, TRAI)),
    ),
    (
        "Ngày 12-3, Trại giam Khe Mít (trực thuộc Bộ Công an) đón nhận Huân chương Chiến công "
        "hạng Ba.",
        _conferred((HC3, TRAI)),
    ),
    # no aside: both bodies receive
    (
        "Trại giam Khe Mít và Công an huyện Mỹ Lâm vinh dự đón nhận Huân chương Chiến công hạng "
        "Ba.",
        _conferred((HC3, TRAI), (HC3, CAH)),
    ),
    # the chain of parents ends where a lower-case word goes on with the list
    (
        "Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Trại giam Khe Mít, thuộc Tổng "
        "cục IX, và Công an huyện Mỹ Lâm.",
        _conferred((HC3, TRAI), (HC3, CAH)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARENT_ASIDES)
def test_parent_aside_receives_nothing(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


COUNTED_HEADS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Năm 2023, Viện kiểm sát nhân dân huyện Mỹ Lâm được Viện trưởng Viện kiểm sát nhân dân "
        "tối cao tặng 2 bằng khen.",
        _conferred((VKS, "Viện kiểm sát nhân dân huyện Mỹ Lâm")),
    ),
    (
        "Qua một năm phấn đấu, Viện KSND khu vực 12 được công nhận là Tập thể lao động xuất sắc "
        "và được Viện trưởng Viện KSND tối cao tặng 3 bằng khen vì thành tích trong công tác.",
        _conferred(
            ("Tập thể lao động xuất sắc", "Viện kiểm sát nhân dân khu vực 12"),
            (VKS, "Viện kiểm sát nhân dân khu vực 12"),
        ),
    ),
    (
        "Công an huyện Mỹ Lâm được Chủ tịch UBND tỉnh tặng 03 bằng khen.",
        _conferred((CT, CAH)),
    ),
    # a count with no giver: a generic lower-case head
    ("Năm 2023, Công an huyện Mỹ Lâm được tặng 2 bằng khen.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_HEADS)
def test_count_before_lower_head(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


COURT_FLAGS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Với kết quả đã đạt, TAND huyện Mỹ Lâm vinh dự nhận Cờ đơn vị thi đua xuất sắc của TAND "
        "tối cao.",
        _conferred((TOA_FLAG, "Tòa án nhân dân huyện Mỹ Lâm")),
    ),
    (
        "Tòa án nhân dân huyện Mỹ Lâm nhận Cờ đơn vị thi đua xuất sắc của Tòa án nhân dân tối "
        "cao năm 2023.",
        _conferred((TOA_FLAG, "Tòa án nhân dân huyện Mỹ Lâm")),
    ),
    (
        "Tòa án nhân dân huyện Mỹ Lâm được tặng Cờ đơn vị thi đua xuất sắc.",
        _conferred(("Cờ đơn vị thi đua xuất sắc", "Tòa án nhân dân huyện Mỹ Lâm")),
    ),
    (
        "Hội nghị đề nghị tặng Cờ đơn vị thi đua xuất sắc của TAND tối cao cho TAND huyện Mỹ Lâm.",
        {(TOA_FLAG, "Tòa án nhân dân huyện Mỹ Lâm", "nominated")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COURT_FLAGS)
def test_court_flag(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


BOARD_GIVERS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Ban Giám đốc Công an tỉnh Yên Bái đã trao tặng giấy khen cho Công an huyện Mỹ Lâm.",
        _conferred(("Giấy khen của Ban Giám đốc Công an tỉnh Yên Bái", CAH)),
    ),
    (
        "Công an huyện Mỹ Lâm vinh dự nhận Giấy khen của Ban Giám đốc Công an tỉnh Yên Bái.",
        _conferred(("Giấy khen của Ban Giám đốc Công an tỉnh Yên Bái", CAH)),
    ),
    # the head alone: its award
    (
        "Giám đốc Công an tỉnh Yên Bái đã trao tặng giấy khen cho Công an huyện Mỹ Lâm.",
        _conferred(("Giấy khen của Giám đốc Công an tỉnh Yên Bái", CAH)),
    ),
    (
        "Công an huyện Mỹ Lâm nhận Giấy khen của Giám đốc Công an tỉnh Yên Bái.",
        _conferred(("Giấy khen của Giám đốc Công an tỉnh Yên Bái", CAH)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOARD_GIVERS)
def test_board_giver(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


def test_board_giver_names_no_title_as_body() -> None:
    report = extract(
        _LEAD + "Ban Giám đốc Công an tỉnh Yên Bái đã trao tặng giấy khen cho Công an huyện Mỹ "
        "Lâm.",
        article_id="t16",
        published="2024-03-20",
    )
    names = {o.name for o in report.organizations}
    assert CA in names
    assert not any(n.startswith(("Giám đốc", "Ban Giám đốc")) for n in names)


QUOTED_FLAGS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Hội nghị đã bình xét, đề nghị UBND tỉnh tặng cờ “Đơn vị dẫn đầu phong trào thi đua” "
        "cho Bộ CHQS tỉnh.",
        {(UB_FLAG, "Bộ Chỉ huy Quân sự tỉnh Yên Bái", "nominated")},
    ),
    (
        "Công an huyện Mỹ Lâm nhận cờ “Đơn vị xuất sắc trong phong trào thi đua” của UBND tỉnh "
        "Yên Bái.",
        _conferred((UB_FLAG, CAH)),
    ),
    # a flag quoted with its own name stays that flag
    (
        "Bộ trưởng Bộ Tư pháp tặng Cờ “Thi đua ngành Tư pháp” cho Sở Tư pháp tỉnh Yên Bái.",
        _conferred(("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Yên Bái")),
    ),
    # a quoted slogan with no emulation in it is no flag
    ("Công an huyện Mỹ Lâm treo cờ “Chào mừng năm mới” trước trụ sở.", set()),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_FLAGS)
def test_quoted_flag(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


LOWER_UNITS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Ông Nông Văn Thạch trao Bằng khen của UBND tỉnh cho tập thể Phòng cảnh sát hình sự Công "
        "an tỉnh Yên Bái và Công an huyện Mỹ Lâm.",
        _conferred(
            ("Bằng khen của Ủy ban nhân dân tỉnh Yên Bái", "Phòng cảnh sát hình sự " + CA),
            ("Bằng khen của Ủy ban nhân dân tỉnh Yên Bái", CAH),
        ),
    ),
    (
        "Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho Đội cảnh sát giao thông Công an huyện Mỹ "
        "Lâm.",
        _conferred((CT, "Đội cảnh sát giao thông " + CAH)),
    ),
    # the parent named alone receives
    (
        "Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho Công an huyện Mỹ Lâm.",
        _conferred((CT, CAH)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_UNITS)
def test_lower_case_unit_before_parent(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


HCVV = "Huy chương Chiến sĩ vẻ vang"
MEDALS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Đại tá Nông Văn Thạch được Chủ tịch nước tặng Huy chương Chiến sĩ vẻ vang hạng Nhất.",
        _conferred((f"{HCVV} hạng Nhất", "Nông Văn Thạch")),
    ),
    (
        "Dịp này, 2 đồng chí được tặng Huy chương Chiến sĩ vẻ vang hạng III, gồm: Nông Văn "
        "Thạch, Hà Thị Lụa.",
        _conferred((f"{HCVV} hạng Ba", "Nông Văn Thạch"), (f"{HCVV} hạng Ba", "Hà Thị Lụa")),
    ),
    (
        "Ông Nông Văn Thạch được tặng Huy chương Chiến sĩ vẻ vang hạng Nhì, hạng Nhất.",
        _conferred((f"{HCVV} hạng Nhì", "Nông Văn Thạch"), (f"{HCVV} hạng Nhất", "Nông Văn Thạch")),
    ),
    (
        "Thượng tá Hà Thị Lụa nhận huy chương Quân kỳ quyết thắng.",
        _conferred(("Huy chương Quân kỳ quyết thắng", "Hà Thị Lụa")),
    ),
    (
        "Thượng tá Hà Thị Lụa nhận Huy chương “Vì an ninh Tổ quốc”.",
        _conferred(("Huy chương Vì an ninh Tổ quốc", "Hà Thị Lụa")),
    ),
    # an order's class written in lower case keeps its canonical name
    (
        "Ông Nông Văn Thạch được tặng Huân chương Chiến công hạng nhì.",
        _conferred(("Huân chương Chiến công hạng Nhì", "Nông Văn Thạch")),
    ),
    # a contest's medal is no award
    ("Vận động viên Hà Thị Lụa giành Huy chương Vàng tại giải điền kinh.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MEDALS)
def test_forces_medals(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


GKT = "Giấy khen của Trưởng Công an huyện Mỹ Lâm"
SHARED_HEADS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "Ông Nông Văn Thạch nhận Giấy khen của Trưởng Công an huyện Mỹ Lâm.",
        _conferred((GKT, "Nông Văn Thạch")),
    ),
    (
        "Trưởng Công an huyện Mỹ Lâm tặng Giấy khen cho ông Nông Văn Thạch.",
        _conferred((GKT, "Nông Văn Thạch")),
    ),
    (
        "Trưởng Công an huyện Mỹ Lâm Nông Văn Thạch trao giấy khen cho bà Hà Thị Lụa.",
        _conferred((GKT, "Hà Thị Lụa")),
    ),
    # a title written apart from its body keeps both, as before
    (
        "Giám đốc Sở Tư pháp tỉnh Yên Bái Nông Văn Thạch trao Giấy khen cho bà Hà Thị Lụa.",
        _conferred(("Giấy khen của Giám đốc Sở Tư pháp tỉnh Yên Bái", "Hà Thị Lụa")),
    ),
    (
        "Ông Nông Văn Thạch nhận Giấy khen của Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Mỹ Lâm.",
        _conferred(
            ("Giấy khen của Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Mỹ Lâm", "Nông Văn Thạch")
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_HEADS)
def test_title_sharing_the_body_head(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trưởng Công an huyện Mỹ Lâm tặng Giấy khen cho ông Nông Văn Thạch.",
        "Ông Nông Văn Thạch nhận Giấy khen của Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Mỹ Lâm.",
    ],
)
def test_giver_title_is_no_organization(text: str) -> None:
    report = extract(_LEAD + text, article_id="t16", published="2024-03-20")
    names = {o.name for o in report.organizations}
    assert not any(n.startswith(("Trưởng", "Chỉ huy trưởng")) for n in names), names
