"""A body named with a bare level word takes the page's province (B4), on invented
sentences (never taken from any real page); a family of pages scored before anyone read
them (the others in ``test_extract_general_org_bounds.py``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = "2024-05-10") -> set[str]:
    """The organization names the report lists for ``text``, compared as the scorer does."""
    return scored_orgs(text, published)


P = pytest.param

#: an opening paragraph that names no place (a page's places then count as in its body)
LEAD = (
    "Thực hiện kế hoạch công tác năm, trong những tháng qua các cơ quan tư pháp đã tăng cường "
    "phối hợp, đẩy mạnh tuyên truyền, phổ biến pháp luật, nâng cao chất lượng giải quyết các "
    "vụ việc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội ở địa phương.\n"
)

# B4: a body named with a bare level word takes the page's province (or its listed neighbour's
# place); a page that names its province once in passing is placed by its cities and districts
LEVELS = [
    P(
        LEAD + "Hội Luật gia tỉnh có hai trung tâm tư vấn pháp luật tại thành phố Lào Cai. Ông "
        "Hoàng Văn Tiến, nguyên Viện trưởng Viện kiểm sát nhân dân tỉnh, tư vấn cho người dân "
        "thị xã Sa Pa. Dự án đường tránh đi tỉnh Lai Châu.",
        {"Hội Luật gia tỉnh Lào Cai", "Viện kiểm sát nhân dân tỉnh Lào Cai"},
        {"Hội Luật gia tỉnh Lai Châu", "Hội Luật gia tỉnh"},
        id="b4-capital-and-town-outvote-passing-mention",
    ),
    P(
        LEAD + "Tại thành phố Thái Bình, Sở Tư pháp tỉnh phối hợp với huyện Vũ Thư tổ chức "
        "tuyên truyền. Đoàn công tác tỉnh Nam Định đến thăm.",
        {"Sở Tư pháp tỉnh Thái Bình"},
        {"Sở Tư pháp tỉnh Nam Định"},
        id="b4-capital-and-district",
    ),
    P(
        LEAD + "Đoàn công tác của Tòa án nhân dân tỉnh làm việc tại huyện Hải Hậu và huyện Giao "
        "Thủy. Trước đó đoàn đã làm việc với tỉnh Thái Bình.",
        {"Tòa án nhân dân tỉnh Nam Định"},
        {"Tòa án nhân dân tỉnh Thái Bình"},
        id="b4-two-districts",
    ),
    P(
        LEAD + "Hội Luật gia tỉnh tư vấn miễn phí cho người dân thị xã Sa Pa và huyện Bát Xát. "
        "Nhiều hộ dân đã chuyển đến tỉnh Lai Châu.",
        {"Hội Luật gia tỉnh Lào Cai"},
        {"Hội Luật gia tỉnh Lai Châu"},
        id="b4-town-and-district",
    ),
    P(
        LEAD + "Viện kiểm sát nhân dân tỉnh kiểm sát việc tạm giữ tại thành phố Lạng Sơn và huyện "
        "Cao Lộc, giáp tỉnh Cao Bằng.",
        {"Viện kiểm sát nhân dân tỉnh Lạng Sơn"},
        {"Viện kiểm sát nhân dân tỉnh Cao Bằng"},
        id="b4-capital-border",
    ),
    P(
        LEAD + "Viện kiểm sát nhân dân tỉnh Nam Định phối hợp với tỉnh Thái Bình. Hội Luật gia "
        "tỉnh cùng tham gia.",
        {"Hội Luật gia tỉnh Nam Định"},
        {"Hội Luật gia tỉnh Thái Bình"},
        id="b4-named-province-first",
    ),
    P(
        "Lãnh đạo TAND tỉnh, Viện Kiểm sát nhân dân tỉnh Khánh Hòa tham dự hội nghị.",
        {"Tòa án nhân dân tỉnh Khánh Hòa", "Viện kiểm sát nhân dân tỉnh Khánh Hòa"},
        {"Tòa án nhân dân tỉnh"},
        id="b4-level-before-neighbour",
    ),
    P(
        "Chiều 23/8, Tòa án nhân dân cấp cao tại Đà Nẵng tổ chức hội nghị trực tuyến với các "
        "tỉnh Gia Lai, Quảng Bình. Tại điểm cầu Khánh Hòa, lãnh đạo TAND tỉnh, Viện Kiểm sát "
        "nhân dân tỉnh Khánh Hòa tham dự.",
        {"Tòa án nhân dân tỉnh Khánh Hòa"},
        {"Tòa án nhân dân tỉnh"},
        id="b4-level-before-neighbour-many-provinces",
    ),
    P(
        "Tham dự có lãnh đạo UBND huyện, Công an huyện Hải Hậu.",
        {"Ủy ban nhân dân huyện Hải Hậu", "Công an huyện Hải Hậu"},
        set(),
        id="b4-district-level-before-neighbour",
    ),
    P(
        "Đại diện Hội Luật gia tỉnh và Sở Tư pháp tỉnh Nam Định phát biểu.",
        {"Hội Luật gia tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Định"},
        {"Hội Luật gia tỉnh"},
        id="b4-lawyers-assoc-and-department",
    ),
    P(
        "Đại diện Tòa án nhân dân tỉnh - Viện kiểm sát nhân dân tỉnh Thái Bình ký kết quy chế.",
        {"Tòa án nhân dân tỉnh Thái Bình", "Viện kiểm sát nhân dân tỉnh Thái Bình"},
        set(),
        id="b4-dash-joined",
    ),
    P(
        "Ban Chỉ huy Quân sự huyện, Công an huyện Giao Thủy tham gia diễn tập.",
        {"Ban Chỉ huy Quân sự huyện Giao Thủy", "Công an huyện Giao Thủy"},
        set(),
        id="b4-military-command-district",
    ),
    P(
        "Viện kiểm sát nhân dân tỉnh đã phối hợp Tòa án nhân dân tỉnh Nam Định tổ chức phiên tòa.",
        {"Viện kiểm sát nhân dân tỉnh Nam Định", "Tòa án nhân dân tỉnh Nam Định"},
        set(),
        id="b4-page-province",
    ),
    P(
        "Hội Luật gia Huyện Hải Hậu tổ chức đại hội. Ông Trần Văn Long được bầu làm Chủ tịch "
        "Hội Luật gia Huyện.",
        {"Hội Luật gia huyện Hải Hậu"},
        {"Hội Luật gia Huyện", "Hội Luật gia huyện"},
        id="b4-capital-level-word",
    ),
    P(
        "Sở Tư pháp tỉnh, Ủy ban nhân dân tỉnh Nam Định tổ chức hội nghị.",
        {"Sở Tư pháp tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định"},
        set(),
        id="b4-department-before-committee",
    ),
    P(
        "Thường trực Tỉnh ủy, HĐND, UBND tỉnh Nam Định dự lễ.",
        {"Hội đồng nhân dân tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định"},
        set(),
        id="b4-council-committee",
    ),
    P(
        "Lãnh đạo UBND tỉnh, Công an tỉnh và Sở Tư pháp tỉnh Hà Nam dự hội nghị.",
        {"Ủy ban nhân dân tỉnh Hà Nam", "Công an tỉnh Hà Nam", "Sở Tư pháp tỉnh Hà Nam"},
        set(),
        id="b4-three-provincial",
    ),
    P(
        "Phòng Tư pháp huyện và Chi cục Thi hành án dân sự huyện Ý Yên ký kết quy chế phối hợp.",
        {"Phòng Tư pháp huyện Ý Yên", "Chi cục Thi hành án dân sự huyện Ý Yên"},
        set(),
        id="b4-district-justice-office",
    ),
    P(
        "Tòa án nhân dân tỉnh, Sở Tư pháp thành phố Hải Phòng dự hội nghị.",
        {"Sở Tư pháp thành phố Hải Phòng"},
        {"Tòa án nhân dân tỉnh Hải Phòng", "Tòa án nhân dân thành phố Hải Phòng"},
        id="b4-level-mismatch-guard",
    ),
    P(
        "Viện kiểm sát nhân dân huyện, Tòa án nhân dân tỉnh Nam Định phối hợp xét xử.",
        {"Tòa án nhân dân tỉnh Nam Định"},
        {"Viện kiểm sát nhân dân huyện Nam Định"},
        id="b4-level-mismatch-district-guard",
    ),
    P(
        "Đại diện Ủy ban nhân dân xã, Công an xã Hải Thanh tham dự.",
        {"Công an xã Hải Thanh"},
        set(),
        id="b4-commune",
    ),
    P(
        LEAD + "Sở Tư pháp tỉnh Nam Định tổ chức hội nghị tại thành phố Nam Định. Hội Luật gia "
        "tỉnh và Đoàn Luật sư tỉnh cùng tham dự.",
        {"Hội Luật gia tỉnh Nam Định", "Đoàn Luật sư tỉnh Nam Định"},
        set(),
        id="b4-capital-same-province",
    ),
    P(
        LEAD + "Ủy ban nhân dân tỉnh Nam Định và Ủy ban nhân dân tỉnh Thái Bình ký kết hợp tác. "
        "Đại diện Sở Tư pháp tỉnh Thái Bình phát biểu. Hội Luật gia tỉnh Thái Bình dự.",
        {"Sở Tư pháp tỉnh Thái Bình", "Hội Luật gia tỉnh Thái Bình"},
        set(),
        id="b4-two-provinces-named",
    ),
    P(
        "Lãnh đạo Công an huyện, Viện kiểm sát nhân dân huyện Nghĩa Hưng dự phiên tòa.",
        {"Công an huyện Nghĩa Hưng", "Viện kiểm sát nhân dân huyện Nghĩa Hưng"},
        set(),
        id="b4-police-before-procuracy",
    ),
    P(
        "Lãnh đạo UBND thị xã, Công an thị xã Hương Trà tham dự buổi làm việc.",
        {"Ủy ban nhân dân thị xã Hương Trà", "Công an thị xã Hương Trà"},
        set(),
        id="b4-town-level-before-neighbour",
    ),
]


@pytest.mark.parametrize("text,present,absent", LEVELS)
def test_organization_bounds(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
