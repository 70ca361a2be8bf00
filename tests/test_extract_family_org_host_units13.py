"""Units of the page's procuracy or court written without it (session 13, org13): ``Văn phòng
Viện``, ``Đảng ủy Viện``, ``Văn phòng Tòa án`` (the host's bare head word) and ``Văn phòng tổng
hợp``, ``Phòng Tổ chức cán bộ``, ``Tòa Hình sự`` (no parent) on a page whose host is one
provincial procuracy or court. Invented sentences; negatives: two procuracies, a page about a
department, a court named as often as the procuracy, a parent written next (after a comma or
a dash), another institute's office (``Văn phòng Viện nghiên cứu …``).
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
VKS = "Viện kiểm sát nhân dân tỉnh Yên Bái"
TA = "Tòa án nhân dân tỉnh Cao Bằng"

CASES = [
    P(
        f"{VKS} tổ chức hội nghị. Văn phòng Viện và Phòng Tổ chức cán bộ báo cáo.",
        {f"Văn phòng {VKS}", f"Phòng Tổ chức cán bộ {VKS}"},
        set(),
        id="procuracy-office-and-division",
    ),
    P(
        f"{VKS} tổ chức hội nghị. Đồng chí Bí thư Đảng ủy Viện phát biểu; lãnh đạo Văn phòng "
        "tổng hợp báo cáo.",
        {f"Đảng ủy {VKS}", f"Văn phòng tổng hợp {VKS}"},
        set(),
        id="procuracy-party-committee-and-general-office",
    ),
    P(
        f"{VKS} tổ chức lễ. Dự có đại diện lãnh đạo: Văn phòng HĐND và UBND huyện, phòng Tổ "
        f"chức cán bộ, Văn phòng {VKS}.",
        {f"Phòng Tổ chức cán bộ {VKS}"},
        set(),
        id="division-written-small-in-list",
    ),
    P(
        f"{TA} tổ chức hội nghị. Văn phòng Tòa án và Tòa Hình sự báo cáo kết quả.",
        {f"Văn phòng {TA}", f"Tòa Hình sự {TA}"},
        set(),
        id="court-office-and-chamber",
    ),
    P(
        f"{VKS} và Viện kiểm sát nhân dân tỉnh Lào Cai ký kết. Văn phòng Viện chuẩn bị.",
        set(),
        {f"Văn phòng {VKS}", "Văn phòng Viện kiểm sát nhân dân tỉnh Lào Cai"},
        id="neg-two-procuracies",
    ),
    P(
        f"Sở Tư pháp tỉnh Yên Bái phối hợp với {VKS}. Phòng Tổ chức cán bộ báo cáo.",
        set(),
        {f"Phòng Tổ chức cán bộ {VKS}"},
        id="neg-page-of-a-department",
    ),
    P(
        f"{VKS} phối hợp với Tòa án nhân dân tỉnh Yên Bái; Tòa án đã xét xử. Văn phòng Viện "
        "chuẩn bị.",
        set(),
        {f"Văn phòng {VKS}"},
        id="neg-court-named-as-often",
    ),
    P(
        f"{VKS} tổ chức hội nghị. Phòng Tổ chức cán bộ Công an tỉnh Yên Bái dự.",
        set(),
        {f"Phòng Tổ chức cán bộ {VKS}"},
        id="neg-parent-written-next",
    ),
    P(
        f"{TA} dự hội nghị. Tòa Dân sự, Tòa án nhân dân cấp cao tại Đà Nẵng báo cáo.",
        set(),
        {f"Tòa Dân sự {TA}"},
        id="neg-chamber-with-its-court-after-a-comma",
    ),
    P(
        f"{VKS} tiếp đoàn công tác. Trước đó, Văn phòng Viện nghiên cứu pháp luật biển đã gửi "
        "công văn đề nghị phối hợp.",
        set(),
        {f"Văn phòng {VKS}"},
        id="neg-office-of-another-institute",
    ),
    P(
        f"{VKS} tổ chức hội nghị. Đảng ủy Viện khoa học hình sự trao đổi kinh nghiệm.",
        set(),
        {f"Đảng ủy {VKS}"},
        id="neg-party-committee-of-another-institute",
    ),
    P(
        f"{TA} tổ chức hội nghị. Văn phòng Tòa án phối hợp với Tòa Hành chính - TAND cấp cao "
        "tại Đà Nẵng.",
        {f"Văn phòng {TA}"},
        {f"Tòa Hành chính {TA}"},
        id="neg-chamber-with-its-court-after-a-dash",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_units_of_the_host(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
