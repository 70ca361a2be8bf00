"""Bodies named by their level only (session 13, org13b): ``Tòa án nhân dân cùng cấp`` after a
placed body of the same sentence is the court of that body's place; a head listed right before
it (``Công an, Tòa án cùng cấp``) too; an investigation agency's force is listed with it.
Invented sentences; negatives: no placed body in the sentence (a level word only, a body named in
an earlier sentence), a plural, a generic noun before ``cùng cấp``.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DAY = "2023-05-10"

CASES = [
    P(
        "Sáng 5-4, Viện kiểm sát nhân dân huyện Văn Chấn phối hợp với Tòa án nhân dân cùng cấp "
        "tổ chức phiên tòa rút kinh nghiệm.",
        {"Tòa án nhân dân huyện Văn Chấn", "Viện kiểm sát nhân dân huyện Văn Chấn"},
        set(),
        id="district-procuracy-then-court",
    ),
    P(
        "Chiều 12/6, VKSND tỉnh Yên Bái phối hợp với TAND cùng cấp xét xử lưu động vụ án.",
        {"Tòa án nhân dân tỉnh Yên Bái"},
        set(),
        id="provincial-abbreviated",
    ),
    P(
        "Tòa án nhân dân thành phố Yên Bái đã phối hợp chặt chẽ với Viện kiểm sát cùng cấp.",
        {"Viện kiểm sát nhân dân thành phố Yên Bái"},
        set(),
        id="court-then-short-procuracy",
    ),
    P(
        "Hiện, VKSND tỉnh Yên Bái đã phê chuẩn quyết định khởi tố bị can của Cơ quan CSĐT Công "
        "an cùng cấp đối với Lò Văn Tám.",
        {"Cơ quan Cảnh sát điều tra Công an tỉnh Yên Bái", "Công an tỉnh Yên Bái"},
        set(),
        id="investigation-agency-and-its-force",
    ),
    P(
        "Chi cục Thi hành án dân sự huyện Lục Yên phối hợp với Công an, Tòa án cùng cấp cưỡng chế.",
        {"Công an huyện Lục Yên", "Tòa án nhân dân huyện Lục Yên"},
        set(),
        id="listed-heads-before",
    ),
    P(
        "Các phòng Tư pháp cấp huyện kiểm tra văn bản của HĐND và UBND cùng cấp.",
        set(),
        {"Ủy ban nhân dân huyện", "Hội đồng nhân dân huyện"},
        id="neg-level-word-only",
    ),
    P(
        "Viện kiểm sát nhân dân huyện Văn Chấn làm việc. Tòa án nhân dân cùng cấp chưa báo cáo.",
        set(),
        {"Tòa án nhân dân huyện Văn Chấn"},
        id="neg-body-in-an-earlier-sentence",
    ),
    P(
        "Viện kiểm sát nhân dân tỉnh Yên Bái chỉ đạo các Tòa án cùng cấp và cấp dưới.",
        set(),
        {"Tòa án nhân dân tỉnh Yên Bái"},
        id="neg-plural",
    ),
    # the level of the place (rev13b's cases): a district-level city's office is a Chi cục; a
    # commune has a police and a committee but no court
    P(
        "Viện kiểm sát nhân dân thành phố Vinh phối hợp với Thi hành án dân sự cùng cấp.",
        {"Chi cục Thi hành án dân sự thành phố Vinh"},
        {"Cục Thi hành án dân sự thành phố Vinh"},
        id="district-level-city",
    ),
    P(
        "Công an phường Bến Thủy phối hợp với Tòa án cùng cấp và Ủy ban nhân dân cùng cấp.",
        {"Ủy ban nhân dân phường Bến Thủy"},
        {"Tòa án nhân dân phường Bến Thủy"},
        id="neg-no-court-of-a-commune",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_bodies_of_the_same_level(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DAY)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
