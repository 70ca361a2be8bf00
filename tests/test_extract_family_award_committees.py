"""Awards a People's Committee gives. Issue 9 and the kit: ``UBND tỉnh tặng Bằng khen`` (and
``đề nghị UBND tỉnh tặng Bằng khen``) is ``Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh P``;
``Bằng khen của UBND tỉnh`` (the giver written after the head) is kept as written; a flag
(``Cờ thi đua``) stays the committee's; the chairman named is the chairman's. Invented people
and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import CON, NOM, award_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_PUB = "2024-12-20"
_LEAD = "Ngày 18/12/2024, Sở Tư pháp tỉnh Hà Giang tổ chức Hội nghị tổng kết công tác năm 2024. "
_BODY = "Bằng khen của Ủy ban nhân dân tỉnh Hà Giang"
_CHAIR = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"
_FLAG = "Cờ thi đua của Ủy ban nhân dân tỉnh Hà Giang"
_BTP = "Bằng khen của Bộ trưởng Bộ Tư pháp"
_AN, _BINH = "Phùng Văn Ất", "Vi Thị Bính"
_CA, _VKS = "Công an tỉnh Hà Giang", "Viện kiểm sát nhân dân tỉnh Hà Giang"
_BP = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang"
_QS = "Bộ Chỉ huy Quân sự tỉnh Hà Giang"

_CASES = [
    # the committee gives (… tặng Bằng khen): the chairman's, the and the kit's rule
    ("Dịp này, UBND tỉnh tặng Bằng khen cho ông Phùng Văn Ất.", {(_CHAIR, _AN, CON)}),
    (
        "Dịp này, Ủy ban nhân dân tỉnh Hà Giang tặng Bằng khen cho bà Vi Thị Bính.",
        {(_CHAIR, _BINH, CON)},
    ),
    ("Dịp này, UBND tỉnh đã tặng thưởng Bằng khen cho Công an tỉnh.", {(_CHAIR, _CA, CON)}),
    (
        "Ông Phùng Văn Ất được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc.",
        {(_CHAIR, _AN, CON)},
    ),
    (
        "Dịp này, UBND tỉnh trao Bằng khen cho ông Phùng Văn Ất và bà Vi Thị Bính.",
        {(_CHAIR, _AN, CON), (_CHAIR, _BINH, CON)},
    ),
    # the committee written after the head: as written
    ("Dịp này, Bằng khen của UBND tỉnh được trao cho ông Phùng Văn Ất.", {(_BODY, _AN, CON)}),
    ("Dịp này, ông Phùng Văn Ất nhận Bằng khen của Ủy ban nhân dân tỉnh.", {(_BODY, _AN, CON)}),
    # nominated: the same rule (a flag stays the committee's)
    (
        "Sau khi xem xét, Khối thi đua thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Công an "
        "tỉnh, tặng Bằng khen cho Bộ Chỉ huy Bộ đội Biên phòng tỉnh, VKSND tỉnh, Bộ Chỉ huy Quân "
        "sự tỉnh.",
        {(_FLAG, _CA, NOM), (_CHAIR, _BP, NOM), (_CHAIR, _VKS, NOM), (_CHAIR, _QS, NOM)},
    ),
    (
        "Hội nghị thống nhất đề nghị UBND tỉnh tặng Bằng khen cho bà Vi Thị Bính.",
        {(_CHAIR, _BINH, NOM)},
    ),
    ("Sở đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen cho Công an tỉnh.", {(_CHAIR, _CA, NOM)}),
    ("Khối thi đua đề nghị UBND tỉnh khen thưởng Bằng khen cho VKSND tỉnh.", {(_CHAIR, _VKS, NOM)}),
    # the chairman named: the chairman's
    ("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho ông Phùng Văn Ất.", {(_CHAIR, _AN, CON)}),
    (
        "Hội nghị đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho bà Vi Thị Bính.",
        {(_CHAIR, _BINH, NOM)},
    ),
    ("Dịp này, ông Phùng Văn Ất nhận Bằng khen của Chủ tịch UBND tỉnh.", {(_CHAIR, _AN, CON)}),
    (
        "Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Sầm Văn Giáp trao Bằng khen cho bà Vi Thị Bính.",
        {(_CHAIR, _BINH, CON)},
    ),
    (
        "Dịp này, ông Sầm Văn Giáp, Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh "
        "cho bà Vi Thị Bính.",
        {(_CHAIR, _BINH, CON)},
    ),
    # the page names the chairman's award elsewhere: the same award
    (
        "Dịp này, 20 tập thể và 31 cá nhân được trao Bằng khen của Chủ tịch UBND tỉnh Hà Giang. "
        "Ông Phùng Văn Ất, Giám đốc Sở là một trong 31 cá nhân được UBND tỉnh tặng Bằng khen.",
        {(_CHAIR, _AN, CON)},
    ),
    # with the minister's award in the same sentence
    (
        "Dịp này, ông Phùng Văn Ất được Bộ trưởng Bộ Tư pháp tặng Bằng khen; bà Vi Thị Bính được "
        "UBND tỉnh tặng Bằng khen.",
        {(_BTP, _AN, CON), (_CHAIR, _BINH, CON)},
    ),
]

_LEVELS = [
    (
        "Ngày 9/12/2024, Phòng Tư pháp huyện Bắc Mê tổng kết năm. Dịp này, UBND huyện Bắc Mê "
        "tặng Giấy khen cho ông Phùng Văn Ất.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân huyện Bắc Mê", _AN, CON)},
    ),
    (
        "Ngày 9/12/2024, Phòng Tư pháp huyện Bắc Mê tổng kết năm. Dịp này, Chủ tịch UBND huyện "
        "Bắc Mê tặng Giấy khen cho ông Phùng Văn Ất.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân huyện Bắc Mê", _AN, CON)},
    ),
    (
        "Ngày 9/12/2024, Sở Tư pháp thành phố Hải Phòng tổng kết năm. Dịp này, UBND thành phố "
        "tặng Bằng khen cho bà Vi Thị Bính.",
        {("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng", _BINH, CON)},
    ),
    (
        "Ngày 9/12/2024, Sở Tư pháp thành phố Cần Thơ tổng kết năm. Dịp này, Sở đề nghị UBND "
        "thành phố tặng Bằng khen cho bà Vi Thị Bính.",
        {("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Cần Thơ", _BINH, NOM)},
    ),
    (
        "Ngày 9/12/2024, Phòng Tư pháp quận Ba Đình tổng kết năm. Dịp này, UBND quận Ba Đình "
        "tặng Giấy khen cho ông Phùng Văn Ất.",
        {("Giấy khen của Chủ tịch Ủy ban nhân dân quận Ba Đình", _AN, CON)},
    ),
    (
        "Ngày 9/12/2024, Sở Tư pháp tỉnh Lạng Sơn tổng kết năm. Dịp này, UBND tỉnh Lạng Sơn tặng "
        "Bằng khen cho 02 tập thể, 05 cá nhân có thành tích xuất sắc.",
        set(),
    ),
    (
        "Ngày 9/12/2024, Sở Tư pháp tỉnh Lạng Sơn tổng kết năm. Dịp này, Chủ tịch Ủy ban nhân dân "
        "tỉnh Lạng Sơn tặng Bằng khen cho ông Phùng Văn Ất.",
        {("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", _AN, CON)},
    ),
]


@pytest.mark.parametrize(
    ("tail", "expected"), [pytest.param(t, e, id=f"c{i:02d}") for i, (t, e) in enumerate(_CASES)]
)
def test_committee_award_name(tail: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(_LEAD + tail, _PUB)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=f"lv{i}") for i, (t, e) in enumerate(_LEVELS)]
)
def test_committee_award_at_each_level(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(text, _PUB)) == expected


_BODIES = [
    # a body named as the giver stays the giver; a head named stays the head
    (
        "Năm 2023, Tòa án nhân dân huyện Mèo Vạc được tặng Bằng khen của Tòa án nhân dân tối cao.",
        {("Bằng khen của Tòa án nhân dân tối cao", "Tòa án nhân dân huyện Mèo Vạc", CON)},
    ),
    (
        "Năm 2023, ông Phùng Văn Ất được nhận Bằng khen của Chánh án Tòa án nhân dân tối cao.",
        {("Bằng khen của Chánh án Tòa án nhân dân tối cao", _AN, CON)},
    ),
    (
        "Dịp này, Cục Thi hành án dân sự tỉnh Hà Giang tặng Giấy khen cho Chi cục Thi hành án dân "
        "sự huyện Mèo Vạc.",
        {
            (
                "Giấy khen của Cục Thi hành án dân sự tỉnh Hà Giang",
                "Chi cục Thi hành án dân sự huyện Mèo Vạc",
                CON,
            )
        },
    ),
    (
        "Dịp này, Bộ Công an tặng Bằng khen cho Công an tỉnh Hà Giang.",
        {("Bằng khen của Bộ Công an", _CA, CON)},
    ),
    (
        "Dịp này, Giám đốc Sở Tư pháp tỉnh Hà Giang trao Giấy khen của Giám đốc Sở cho bà Vi Thị "
        "Bính.",
        {("Giấy khen của Giám đốc Sở Tư pháp tỉnh Hà Giang", _BINH, CON)},
    ),
    (
        "Dịp này, Viện kiểm sát nhân dân tỉnh Hà Giang được tặng Bằng khen của Viện trưởng Viện "
        "kiểm sát nhân dân tối cao.",
        {("Bằng khen của Viện trưởng Viện kiểm sát nhân dân tối cao", _VKS, CON)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=f"bd{i}") for i, (t, e) in enumerate(_BODIES)]
)
def test_a_bodys_award_named_as_written(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(award_facts(text, _PUB)) == expected
