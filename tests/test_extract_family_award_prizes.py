"""Awards: a contest's prizes (``Giải <rank> <contest>``) to each named winner, whether the
winners follow the prize (``trao giải Nhất cho bà A``, ``giải Nhì thuộc về ông B``) or come
before it (``thí sinh C … đạt giải Ba``); the contest named after the rank or the page's
contest; counts and unnamed teams give nothing; a sports event or an emulation congress is no
contest. Invented people, contests and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import CON, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2024-05-14"
_HT = "Hội thi Hòa giải viên giỏi tỉnh Hà Giang năm 2024"
_LEAD = (
    f"Sáng 12/5/2024, Sở Tư pháp tỉnh Hà Giang tổ chức {_HT}. Tham dự có 40 thí sinh là hòa giải "
    "viên cơ sở của các huyện, thành phố. "
)
_CT = "Cuộc thi “Em yêu pháp luật”"
#: award names are canonical: the contest named without its quotation marks
_CT_AWARD = "Cuộc thi Em yêu pháp luật"
_CT_LEAD = (
    "Ngày 12/5/2024, Sở Tư pháp tỉnh Hà Giang tổ chức Lễ tổng kết và trao giải Cuộc thi “Em yêu "
    "pháp luật”. Cuộc thi đã thu hút hơn 20.000 lượt thí sinh tham gia. "
)
_RCV = 'Hội thi Rung chuông vàng "Tìm hiểu Luật Hòa giải ở cơ sở"'
_RCV_AWARD = "Hội thi Rung chuông vàng Tìm hiểu Luật Hòa giải ở cơ sở"
_RCV_LEAD = (
    f"Ngày 12/5/2024, Phòng Tư pháp huyện Bắc Mê tổ chức {_RCV} cho 60 thí sinh là tuyên "
    "truyền viên pháp luật. "
)
_A, _B, _C = "Phàn Thị Dín", "Sùng Văn Páo", "Lục Thị Mỷ"

_CASES = [
    (
        _LEAD,
        f"Ban Tổ chức đã trao giải Nhất cho bà {_A} - Hòa giải viên thôn Nà Khương.",
        {(f"Giải Nhất {_HT}", _A, CON)},
    ),
    (
        _LEAD,
        f"Giải Nhì thuộc về ông {_B}, Tổ trưởng Tổ hòa giải thôn Lùng Tám.",
        {(f"Giải Nhì {_HT}", _B, CON)},
    ),
    (
        _LEAD,
        f"Đồng giải Ba thuộc về bà {_A} và ông {_B}.",
        {(f"Giải Ba {_HT}", _A, CON), (f"Giải Ba {_HT}", _B, CON)},
    ),
    (
        _LEAD,
        f"Kết quả, thí sinh {_A} (xã Tùng Vài) đạt giải Nhất; 2 thí sinh {_B} (xã Cán Tỷ) "
        f"và {_C} (xã Lũng Tám) đạt giải Nhì.",
        {(f"Giải Nhất {_HT}", _A, CON), (f"Giải Nhì {_HT}", _B, CON), (f"Giải Nhì {_HT}", _C, CON)},
    ),
    (
        _LEAD,
        f"Ông Hoàng Văn Tủa, Giám đốc Sở Tư pháp trao giải Nhất cho thí sinh {_A}.",
        {(f"Giải Nhất {_HT}", _A, CON)},
    ),
    (
        _LEAD,
        f"Bà {_C} – Hòa giải viên thôn Nà Khương, xã Tùng Vài đạt giải ba hội thi.",
        {(f"Giải Ba {_HT}", _C, CON)},
    ),
    (_LEAD, f"Với phần thi ấn tượng, bà {_A} đã giành giải Nhất.", {(f"Giải Nhất {_HT}", _A, CON)}),
    (
        _LEAD,
        f"Ông {_B} xuất sắc đoạt giải Đặc biệt của Hội thi.",
        {(f"Giải Đặc biệt {_HT}", _B, CON)},
    ),
    (
        _LEAD,
        f"Ban Tổ chức trao 3 giải Nhì cho các thí sinh {_A} (Quản Bạ), {_B} (Yên Minh) và "
        f"{_C} (Đồng Văn); 5 giải Ba và 8 giải Khuyến khích cho các thí sinh khác.",
        {(f"Giải Nhì {_HT}", _A, CON), (f"Giải Nhì {_HT}", _B, CON), (f"Giải Nhì {_HT}", _C, CON)},
    ),
    (
        _LEAD,
        "Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích cho "
        "các thí sinh.",
        set(),
    ),
    (
        _LEAD,
        "Ban Tổ chức đã trao giải nhất tập thể cho đơn vị huyện Quản Bạ, giải nhì cho đơn "
        "vị huyện Yên Minh.",
        set(),
    ),
    (
        _LEAD,
        f"Kết thúc Hội thi, Ban Tổ chức trao giải nhất cho bà {_A}, đồng giải nhì thuộc về "
        f"ông {_B} và bà {_C}.",
        {(f"Giải Nhất {_HT}", _A, CON), (f"Giải Nhì {_HT}", _B, CON), (f"Giải Nhì {_HT}", _C, CON)},
    ),
    (
        _CT_LEAD,
        f"Giải Nhất của Cuộc thi thuộc về thí sinh {_A}, sinh viên Trường Cao đẳng Sư phạm tỉnh.",
        {(f"Giải Nhất {_CT_AWARD}", _A, CON)},
    ),
    (
        _CT_LEAD,
        f"Ngoài ra, thí sinh {_B}, học sinh Trường Trung học cơ sở Minh Khai đạt giải ba "
        "Cuộc thi này.",
        {(f"Giải Ba {_CT_AWARD}", _B, CON)},
    ),
    (
        _CT_LEAD,
        "Trường Trung học cơ sở Minh Khai đạt giải Khuyến khích dành cho tập thể có nhiều "
        "thí sinh tham gia nhất.",
        {(f"Giải Khuyến khích {_CT_AWARD}", "Trường Trung học cơ sở Minh Khai", CON)},
    ),
    (
        _RCV_LEAD,
        f"Về giải cá nhân: Ban Tổ chức đã trao giải nhất cho bà {_A} - Tuyên truyền "
        f"viên xã Yên Cường, đồng giải nhì thuộc về bà {_C} - Tuyên truyền viên xã Đường Âm.",
        {(f"Giải Nhất {_RCV_AWARD}", _A, CON), (f"Giải Nhì {_RCV_AWARD}", _C, CON)},
    ),
    (
        _LEAD,
        f"Giải Nhất được trao cho bà {_A}, Hòa giải viên thôn Nà Khương.",
        {(f"Giải Nhất {_HT}", _A, CON)},
    ),
    (
        _LEAD,
        f"Ban Giám khảo đã trao 01 giải Nhất cho bà {_A}; 02 giải Nhì cho ông {_B} và bà {_C}.",
        {(f"Giải Nhất {_HT}", _A, CON), (f"Giải Nhì {_HT}", _B, CON), (f"Giải Nhì {_HT}", _C, CON)},
    ),
    (_LEAD, f"Giải Tư thuộc về ông {_B} (huyện Quản Bạ).", {(f"Giải Tư {_HT}", _B, CON)}),
    (
        _RCV_LEAD,
        f"Thí sinh {_B} giành giải Nhất với 20/20 câu trả lời đúng.",
        {(f"Giải Nhất {_RCV_AWARD}", _B, CON)},
    ),
]

_OTHER_CONTEST = [
    # the contest named after the rank
    (
        f"Huyện Bắc Mê đạt giải Nhất Hội thi Tuyên truyền viên giỏi tỉnh Hà Giang năm 2024\n"
        f"Ngày 12/5/2024, bà {_A}, Hòa giải viên thôn Nà Khương đạt giải Nhì Hội thi Tuyên truyền "
        "viên giỏi tỉnh Hà Giang năm 2024.",
        {("Giải Nhì Hội thi Tuyên truyền viên giỏi tỉnh Hà Giang năm 2024", _A, CON)},
    ),
    # a quoted name said to be a contest
    (
        f"Ngày 12/5/2024, Bộ Tư pháp tổng kết cuộc thi. Giải Nhất thuộc về thí sinh {_A}. “Pháp "
        "luật với thanh niên” là cuộc thi do Bộ Tư pháp phối hợp tổ chức.",
        {("Giải Nhất Cuộc thi Pháp luật với thanh niên", _A, CON)},
    ),
]

_NO_CONTEST = [
    # a sports event is no contest
    f"Ngày 12/5/2024, Sở Tư pháp tổ chức Hội thao. Ông {_B} đạt giải Nhất môn cầu lông.",
    # an emulation congress is no contest
    f"Ngày 12/5/2024, tỉnh tổ chức Đại hội thi đua yêu nước lần thứ VI. Ông {_B} đạt giải Nhất "
    "bóng bàn.",
    f"Ngày 12/5/2024, Công đoàn Sở tổ chức Giải bóng đá mini. Đội của ông {_B} đạt giải Nhất.",
    # a contest without a name: no prize named
    f"Ngày 12/5/2024, Sở tổ chức cuộc thi tìm hiểu pháp luật. Bà {_A} đạt giải Nhất.",
]


@pytest.mark.parametrize(
    ("lead", "tail", "expected"),
    [pytest.param(lead, t, e, id=f"p{i:02d}") for i, (lead, t, e) in enumerate(_CASES)],
)
def test_contest_prizes(lead: str, tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(lead + tail, _PUB)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"o{i}") for i, (t, e) in enumerate(_OTHER_CONTEST)],
)
def test_contest_named_with_the_prize(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(text, _PUB)) == expected


@pytest.mark.parametrize("text", [pytest.param(t, id=f"n{i}") for i, t in enumerate(_NO_CONTEST)])
def test_no_contest_no_prize(text: str) -> None:
    assert award_facts(text, _PUB) == []
