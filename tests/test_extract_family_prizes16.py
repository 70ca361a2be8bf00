"""Awards: a contest's prizes (``Giải <rank> <contest>``, status conferred, one entry per named
winner) in the forms of the sector's contest pages: winners listed on the lines after the prize,
a dash after the prize, a passive ``được trao giải``, a winner before the prize when none follows
it, and a press award with a name of its own (``Giải Báo chí …``: ranks ``Giải A``/``Giải B``,
or the prize itself won without a rank). Prizes only to come, prize money, counts, teams that are
no named body, a sports medal and a prize without a contest give nothing. Invented people,
contests, outlets and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2025-06-10"
_HT = "Hội thi Tuyên truyền viên pháp luật giỏi tỉnh Lai Châu năm 2025"
_LEAD = (
    f"Sáng 9/6/2025, Sở Tư pháp tỉnh Lai Châu tổ chức {_HT}. Tham dự có 36 thí sinh của các "
    "huyện, thành phố. "
)
_CT = "Cuộc thi trực tuyến Tìm hiểu Luật Thủy lợi năm 2025"
_CT_LEAD = f"Ngày 9/6/2025, Sở Tư pháp tỉnh Lai Châu tổ chức Lễ tổng kết và trao giải {_CT}. "
_PRESS = "Giải Báo chí về công tác hộ tịch lần thứ ba"
_PRESS_LEAD = (
    "Sáng 9/6/2025, tại Hà Nội, Bộ Tư pháp tổ chức Lễ trao giải Báo chí về công tác hộ tịch "
    "lần thứ ba. Ban Tổ chức đã nhận 120 tác phẩm dự thi. "
)
_A, _B, _C = "Lò Thị Xiêng", "Tẩn Láo Sử", "Vàng Thị Pằng"


def _h(rank: str) -> str:
    return f"Giải {rank} {_HT}"


_CASES = [
    # winners listed on the lines after the prize
    (
        _LEAD,
        f"Giải Nhì gồm:\n- Bà {_A}, xã Nậm Tăm;\n- Ông {_B}, xã Pa Vây Sử.",
        {(_h("Nhì"), _A, CON), (_h("Nhì"), _B, CON)},
    ),
    (
        _LEAD,
        f"Đạt giải Ba gồm các thí sinh:\n+ Ông {_B} (huyện Sìn Hồ)\n+ Bà {_C} (huyện Tân Uyên)",
        {(_h("Ba"), _B, CON), (_h("Ba"), _C, CON)},
    ),
    (
        _LEAD,
        f"Kết quả như sau:\nGiải Nhất: bà {_A}\nGiải Nhì: ông {_B}\nGiải Ba: bà {_C}.",
        {(_h("Nhất"), _A, CON), (_h("Nhì"), _B, CON), (_h("Ba"), _C, CON)},
    ),
    (
        _LEAD,
        f"Giải Nhất:\n- Bà {_A} (xã Nậm Tăm)\nGiải Nhì:\n- Ông {_B} (xã Pa Vây Sử)\n"
        f"- Bà {_C} (xã Mường Khoa)",
        {(_h("Nhất"), _A, CON), (_h("Nhì"), _B, CON), (_h("Nhì"), _C, CON)},
    ),
    # a colon or a dash after the prize
    (
        _LEAD,
        f"Các thí sinh đạt giải Ba: bà {_A}, ông {_B} và bà {_C}.",
        {(_h("Ba"), _A, CON), (_h("Ba"), _B, CON), (_h("Ba"), _C, CON)},
    ),
    (_LEAD, f"Giải Nhất – bà {_A} (xã Nậm Tăm).", {(_h("Nhất"), _A, CON)}),
    # the winner before the prize
    (_LEAD, f"Bà {_A} được trao giải Nhất.", {(_h("Nhất"), _A, CON)}),
    (
        _LEAD,
        f"Ông {_B} đạt giải Nhì - một kết quả xứng đáng với sự chuẩn bị kỹ lưỡng.",
        {(_h("Nhì"), _B, CON)},
    ),
    # prizes of several ranks in one sentence
    (
        _LEAD,
        f"Giải Nhất thuộc về bà {_A}, giải Nhì thuộc về ông {_B}, giải Ba thuộc về bà {_C}.",
        {(_h("Nhất"), _A, CON), (_h("Nhì"), _B, CON), (_h("Ba"), _C, CON)},
    ),
    # an online contest named in the sentence before
    (
        _CT_LEAD,
        f"Giải Nhất thuộc về thí sinh {_A} (phường Đông Phong).",
        {(f"Giải Nhất {_CT}", _A, CON)},
    ),
    # a press award: its ranks A, B, and the prize itself won without a rank
    (
        _PRESS_LEAD,
        f"Giải A được trao cho tác giả {_A} (Báo Lai Châu). Giải B thuộc về tác giả {_C}.",
        {(f"Giải A {_PRESS}", _A, CON), (f"Giải B {_PRESS}", _C, CON)},
    ),
    (
        f"Báo Lai Châu đoạt giải báo chí về công tác hộ tịch lần thứ ba\n{_PRESS_LEAD}",
        "Bộ trưởng Bộ Tư pháp phát biểu tại buổi lễ.",
        {(_PRESS, "Báo Lai Châu", CON)},
    ),
    # bodies listed as winners, each an entry; a parent body is no winner
    (
        _LEAD,
        "Ban Tổ chức trao giải Nhì cho Phòng Tư pháp huyện Sìn Hồ và Phòng Tư pháp huyện Tân Uyên.",
        {
            (_h("Nhì"), "Phòng Tư pháp huyện Sìn Hồ", CON),
            (_h("Nhì"), "Phòng Tư pháp huyện Tân Uyên", CON),
        },
    ),
    (
        _LEAD,
        "Phòng Tư pháp huyện Sìn Hồ, Phòng Tư pháp huyện Tân Uyên đạt giải Ba.",
        {
            (_h("Ba"), "Phòng Tư pháp huyện Sìn Hồ", CON),
            (_h("Ba"), "Phòng Tư pháp huyện Tân Uyên", CON),
        },
    ),
    (
        _LEAD,
        "Trường Trung học cơ sở Nậm Tăm thuộc Phòng Giáo dục và Đào tạo huyện Sìn Hồ đạt giải Ba.",
        {(_h("Ba"), "Trường Trung học cơ sở Nậm Tăm", CON)},
    ),
    # negative cases
    (_LEAD, f"Ban Tổ chức sẽ trao giải Nhất cho bà {_A} vào tuần sau.", set()),
    (_LEAD, f"Dự kiến, giải Nhất thuộc về bà {_A}.", set()),
    (_LEAD, "Giải Nhất trị giá 5.000.000 đồng, giải Nhì trị giá 3.000.000 đồng.", set()),
    (_LEAD, "Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba cho các thí sinh.", set()),
    (_PRESS_LEAD, "Ban Tổ chức đã chọn ra 2 Giải A, 3 Giải B và 5 Giải C.", set()),
    # a team that is no named body gives nothing (the adjudicated gold's practice)
    (
        _LEAD,
        "Ban Tổ chức trao giải Nhất cho Đội xã Nậm Tăm, giải Nhì cho đội thi xã Pa Vây Sử.",
        set(),
    ),
    (_PRESS_LEAD, "Báo Lai Châu sẽ nhận giải báo chí về công tác hộ tịch lần thứ ba.", set()),
]

_NO_CONTEST = [
    # a sports medal is no prize of a contest
    f"Sáng 9/6/2025, Sở Tư pháp tổ chức Hội thao. Ông {_B} giành Huy chương Vàng môn cầu lông.",
    # a prize without a contest
    f"Sáng 9/6/2025, bà {_A} đạt giải Nhất.",
    # a sports tournament with a name is no named prize
    f"Sáng 9/6/2025, Công đoàn Sở tổ chức Giải Bóng đá mini Cúp Tư pháp. Đội của ông {_B} thi "
    "đấu xuất sắc và đoạt giải Nhất.",
]


@pytest.mark.parametrize(
    ("lead", "tail", "expected"),
    [pytest.param(lead, t, e, id=f"p{i:02d}") for i, (lead, t, e) in enumerate(_CASES)],
)
def test_contest_prizes16(lead: str, tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(lead + tail, _PUB)) == expected


@pytest.mark.parametrize("text", [pytest.param(t, id=f"n{i}") for i, t in enumerate(_NO_CONTEST)])
def test_no_contest_no_prize16(text: str) -> None:
    assert award_facts(text, _PUB) == []
