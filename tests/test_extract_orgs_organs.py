"""Organs and teams of a body (B5): party organs, retirees' boards, mediation teams,
alliances, on invented sentences (never taken from any real page); a family of pages
scored before anyone read them (the others in ``test_extract_general_org_bounds.py``).

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

# B5: organs and teams of a body: party organs, retirees' boards, mediation teams, alliances
ORGANS = [
    P(
        "Đảng ủy Khối cơ quan và Doanh nghiệp tỉnh Quảng Trị trao quyết định cho Chi bộ.",
        {"Đảng ủy Khối cơ quan và Doanh nghiệp tỉnh Quảng Trị"},
        set(),
        id="b5-bloc-committee-without-cac",
    ),
    P(
        "Đồng chí Phạm Văn Đức, Phó Bí thư Đảng ủy Khối cơ quan tỉnh Nam Định dự đại hội.",
        {"Đảng ủy Khối cơ quan tỉnh Nam Định"},
        set(),
        id="b5-bloc-committee-agencies",
    ),
    P(
        "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Nam Định tổ chức hội nghị.",
        {"Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Nam Định"},
        set(),
        id="b5-bloc-committee-with-cac",
    ),
    P(
        "Ban liên lạc cán bộ hưu trí Viện kiểm sát nhân dân cấp cao tại Đà Nẵng tổ chức gặp mặt.",
        {
            "Ban liên lạc cán bộ hưu trí Viện kiểm sát nhân dân cấp cao tại Đà Nẵng",
            "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng",
        },
        set(),
        id="b5-retirees-board",
    ),
    P(
        "Ban liên lạc hưu trí Sở Tư pháp tỉnh Nam Định gặp mặt đầu xuân.",
        {"Ban liên lạc hưu trí Sở Tư pháp tỉnh Nam Định"},
        set(),
        id="b5-retirees-board-short",
    ),
    P(
        "Đảng đoàn Liên minh Hợp tác xã Việt Nam làm việc với Liên minh Hợp tác xã tỉnh Quảng "
        "Ngãi.",
        {
            "Đảng đoàn Liên minh Hợp tác xã Việt Nam",
            "Liên minh Hợp tác xã Việt Nam",
            "Liên minh Hợp tác xã tỉnh Quảng Ngãi",
        },
        set(),
        id="b5-cooperative-alliance",
    ),
    P(
        "Tổ hòa giải thôn Vinh Quang ra mắt trước bà con.",
        {"Tổ hòa giải thôn Vinh Quang"},
        set(),
        id="b5-mediation-team-hamlet",
    ),
    P(
        "Tổ hòa giải tổ dân phố số 5 đã hòa giải thành 3 vụ việc.",
        {"Tổ hòa giải tổ dân phố số 5"},
        set(),
        id="b5-mediation-team-numbered",
    ),
    P(
        "Ban tổ chức đã trao giải nhất cho tổ hòa giải Thôn Bình An; giải nhì cho thôn Pà Lang.",
        {"Tổ hòa giải thôn Bình An"},
        set(),
        id="b5-mediation-team-small-head",
    ),
    P(
        "Theo Kế hoạch số 12-KH/ĐU của Đảng ủy Khối cơ quan và Doanh nghiệp tỉnh về đại hội chi "
        "bộ, Sở Tư pháp tỉnh Quảng Trị đã triển khai.",
        {"Đảng ủy Khối cơ quan và Doanh nghiệp tỉnh Quảng Trị"},
        {"Đảng ủy Khối cơ quan và Doanh nghiệp tỉnh"},
        id="b5-bloc-committee-bare-province",
    ),
    P(
        "Các tổ hòa giải trên địa bàn xã đã hoạt động hiệu quả.",
        set(),
        {"Tổ hòa giải"},
        id="b5-mediation-teams-generic-guard",
    ),
    P(
        "Ban cán sự Đảng Viện kiểm sát nhân dân tỉnh Điện Biên tổ chức hội nghị.",
        {"Ban cán sự Đảng Viện kiểm sát nhân dân tỉnh Điện Biên"},
        set(),
        id="b5-party-board-of-procuracy",
    ),
    P(
        "Đảng ủy Tòa án nhân dân tỉnh Cà Mau tổ chức đại hội nhiệm kỳ mới.",
        {"Đảng ủy Tòa án nhân dân tỉnh Cà Mau"},
        set(),
        id="b5-party-committee-of-court",
    ),
    P(
        "Thường trực Hội đồng nhân dân thị xã Long Mỹ làm việc với Ủy ban Mặt trận Tổ quốc Việt "
        "Nam thị xã Long Mỹ.",
        {
            "Thường trực Hội đồng nhân dân thị xã Long Mỹ",
            "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Long Mỹ",
        },
        set(),
        id="b5-standing-council-and-front",
    ),
]


@pytest.mark.parametrize("text,present,absent", ORGANS)
def test_organization_bounds(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
