"""Bodies of one list that share the place written after the last (B2), on invented
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

# B2: bodies of one list share the place written after the last (or a plural level word
# before a list of places): each body is named with each place
LISTS = [
    P(
        "Dự họp có đại diện các cơ quan: Sở Tài chính, Kho bạc Nhà nước, Bảo hiểm xã hội, "
        "Viện kiểm sát nhân dân tỉnh Hà Tĩnh.",
        {
            "Sở Tài chính tỉnh Hà Tĩnh",
            "Kho bạc Nhà nước tỉnh Hà Tĩnh",
            "Bảo hiểm xã hội tỉnh Hà Tĩnh",
            "Viện kiểm sát nhân dân tỉnh Hà Tĩnh",
        },
        {"Kho bạc Nhà nước", "Bảo hiểm xã hội"},
        id="b2-central-offices",
    ),
    P(
        "Kho bạc Nhà nước, Bảo hiểm xã hội và Cục Thuế tỉnh Nam Định ký quy chế phối hợp.",
        {"Kho bạc Nhà nước tỉnh Nam Định", "Bảo hiểm xã hội tỉnh Nam Định"},
        set(),
        id="b2-treasury-first",
    ),
    P(
        "Thành viên Ban Chỉ đạo gồm Bộ Chỉ huy Quân sự, Công an tỉnh Nam Định.",
        {"Bộ Chỉ huy Quân sự tỉnh Nam Định", "Công an tỉnh Nam Định"},
        set(),
        id="b2-military-command",
    ),
    P(
        "Ban Chỉ đạo gồm Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh, Kho bạc Nhà nước tỉnh và "
        "Bảo hiểm xã hội tỉnh Hà Tĩnh.",
        {"Kho bạc Nhà nước tỉnh Hà Tĩnh", "Bảo hiểm xã hội tỉnh Hà Tĩnh"},
        set(),
        id="b2-bank-branch",
    ),
    P(
        "Thành phần gồm đại diện Công an, Tòa án nhân dân, Viện kiểm sát nhân dân tỉnh Nam Định.",
        {
            "Công an tỉnh Nam Định",
            "Tòa án nhân dân tỉnh Nam Định",
            "Viện kiểm sát nhân dân tỉnh Nam Định",
        },
        set(),
        id="b2-internal-affairs",
    ),
    P(
        "Tòa án nhân dân, Viện kiểm sát nhân dân thị xã Hương Trà và Phong Điền phối hợp tổ "
        "chức phiên tòa rút kinh nghiệm.",
        {
            "Tòa án nhân dân thị xã Hương Trà",
            "Tòa án nhân dân thị xã Phong Điền",
            "Viện kiểm sát nhân dân thị xã Hương Trà",
            "Viện kiểm sát nhân dân thị xã Phong Điền",
        },
        set(),
        id="b2-two-towns",
    ),
    P(
        "Đại diện Tòa án nhân dân, Viện kiểm sát nhân dân các huyện Hải Hậu, Giao Thủy dự họp.",
        {
            "Tòa án nhân dân huyện Hải Hậu",
            "Tòa án nhân dân huyện Giao Thủy",
            "Viện kiểm sát nhân dân huyện Hải Hậu",
            "Viện kiểm sát nhân dân huyện Giao Thủy",
        },
        set(),
        id="b2-plural-districts",
    ),
    P(
        "TAND, VKSND các huyện Hải Hậu và Nghĩa Hưng đã phối hợp xét xử lưu động.",
        {
            "Tòa án nhân dân huyện Hải Hậu",
            "Tòa án nhân dân huyện Nghĩa Hưng",
            "Viện kiểm sát nhân dân huyện Hải Hậu",
            "Viện kiểm sát nhân dân huyện Nghĩa Hưng",
        },
        set(),
        id="b2-abbreviated-districts",
    ),
    P(
        "Ủy ban nhân dân các huyện Hải Hậu và Giao Thủy báo cáo kết quả.",
        {"Ủy ban nhân dân huyện Hải Hậu", "Ủy ban nhân dân huyện Giao Thủy"},
        set(),
        id="b2-committees-districts",
    ),
    P(
        "Phòng Tư pháp các huyện Hải Hậu, Giao Thủy và Nghĩa Hưng tham gia cuộc thi.",
        {
            "Phòng Tư pháp huyện Hải Hậu",
            "Phòng Tư pháp huyện Giao Thủy",
            "Phòng Tư pháp huyện Nghĩa Hưng",
        },
        set(),
        id="b2-justice-offices-districts",
    ),
    P(
        "Viện kiểm sát nhân dân huyện Hải Hậu, Giao Thủy cùng tham dự.",
        {"Viện kiểm sát nhân dân huyện Hải Hậu", "Viện kiểm sát nhân dân huyện Giao Thủy"},
        set(),
        id="b2-one-head-two-districts",
    ),
    P(
        "Phòng Tư pháp các huyện miền núi của tỉnh Nam Định tham gia cuộc thi.",
        set(),
        {"Phòng Tư pháp huyện miền núi"},
        id="b2-generic-districts-guard",
    ),
    P(
        "Viện kiểm sát nhân dân huyện Hải Hậu và Sở Tư pháp tỉnh Nam Định ký kết quy chế.",
        {"Viện kiểm sát nhân dân huyện Hải Hậu", "Sở Tư pháp tỉnh Nam Định"},
        {"Viện kiểm sát nhân dân huyện Sở Tư pháp"},
        id="b2-list-ends-guard",
    ),
    P(
        "Hội Liên hiệp Thanh niên các tỉnh Bình Dương và Bình Phước ký kết phối hợp.",
        {"Hội Liên hiệp Thanh niên tỉnh Bình Dương", "Hội Liên hiệp Thanh niên tỉnh Bình Phước"},
        {"Hội Liên hiệp Thanh niên các tỉnh Bình Dương"},
        id="b2-youth-two-provinces",
    ),
    P(
        "Hội Luật gia các tỉnh Nam Định, Thái Bình và Ninh Bình ký kết quy chế phối hợp.",
        {
            "Hội Luật gia tỉnh Nam Định",
            "Hội Luật gia tỉnh Thái Bình",
            "Hội Luật gia tỉnh Ninh Bình",
        },
        set(),
        id="b2-lawyers-assoc-provinces",
    ),
    P(
        "Đoàn Luật sư các tỉnh Nam Định và Thái Bình tổ chức giao lưu.",
        {"Đoàn Luật sư tỉnh Nam Định", "Đoàn Luật sư tỉnh Thái Bình"},
        set(),
        id="b2-bar-provinces",
    ),
    P(
        "Cục Thi hành án dân sự các tỉnh Nam Định, Thái Bình dự hội nghị.",
        {"Cục Thi hành án dân sự tỉnh Nam Định", "Cục Thi hành án dân sự tỉnh Thái Bình"},
        set(),
        id="b2-enforcement-provinces",
    ),
    P(
        "Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết.",
        {"Cụm thi đua các tỉnh Tây Nguyên"},
        {"Cụm thi đua tỉnh Tây Nguyên"},
        id="b2-region-keeps-plural",
    ),
    P(
        "Lãnh đạo Sở Tư pháp, Sở Nội vụ, Sở Tài chính tỉnh Nam Định dự họp.",
        {"Sở Tư pháp tỉnh Nam Định", "Sở Nội vụ tỉnh Nam Định", "Sở Tài chính tỉnh Nam Định"},
        set(),
        id="b2-departments",
    ),
    P(
        "HĐND, UBND huyện Hải Hậu và huyện Giao Thủy tổ chức tiếp xúc cử tri.",
        {
            "Hội đồng nhân dân huyện Hải Hậu",
            "Ủy ban nhân dân huyện Hải Hậu",
            "Ủy ban nhân dân huyện Giao Thủy",
        },
        set(),
        id="b2-councils-level-repeated",
    ),
    P(
        "Công an, Viện kiểm sát nhân dân, Tòa án nhân dân huyện Hải Hậu phối hợp xét xử.",
        {
            "Công an huyện Hải Hậu",
            "Viện kiểm sát nhân dân huyện Hải Hậu",
            "Tòa án nhân dân huyện Hải Hậu",
        },
        set(),
        id="b2-district-internal-affairs",
    ),
    P(
        "Tòa án nhân dân và Viện kiểm sát nhân dân quận Hoàng Mai, Long Biên dự tập huấn.",
        {
            "Tòa án nhân dân quận Hoàng Mai",
            "Tòa án nhân dân quận Long Biên",
            "Viện kiểm sát nhân dân quận Hoàng Mai",
            "Viện kiểm sát nhân dân quận Long Biên",
        },
        set(),
        id="b2-urban-districts",
    ),
    P(
        "Ủy ban nhân dân thị xã Hương Trà và Ủy ban nhân dân thị xã Phong Điền ký kết.",
        {"Ủy ban nhân dân thị xã Hương Trà", "Ủy ban nhân dân thị xã Phong Điền"},
        set(),
        id="b2-each-written",
    ),
    P(
        "Viện KSND, TAND huyện Hải Hậu và các TX. Hương Trà, Phong Điền phối hợp giải quyết án.",
        {
            "Viện kiểm sát nhân dân huyện Hải Hậu",
            "Tòa án nhân dân thị xã Hương Trà",
            "Viện kiểm sát nhân dân thị xã Phong Điền",
        },
        set(),
        id="b2-mixed-levels-abbreviated",
    ),
    P(
        "Viện trưởng Viện KSND khu vực 3 phát biểu. Lễ ký kết Quy chế phối hợp giữa Viện KSND "
        "và TAND khu vực 3 - Huế diễn ra trang trọng.",
        {"Viện kiểm sát nhân dân khu vực 3 - Huế", "Tòa án nhân dân khu vực 3 - Huế"},
        {"Viện kiểm sát nhân dân khu vực 3"},
        id="b2-regional-shared",
    ),
    P(
        "Lễ ký kết giữa VKSND và TAND khu vực 2 - Nam Định được tổ chức tại trụ sở.",
        {"Viện kiểm sát nhân dân khu vực 2 - Nam Định", "Tòa án nhân dân khu vực 2 - Nam Định"},
        set(),
        id="b2-regional-shared-abbreviated",
    ),
    P(
        "Kho bạc Nhà nước đã hướng dẫn các đơn vị thanh toán.",
        set(),
        {"Kho bạc Nhà nước tỉnh Nam Định"},
        id="b2-bare-treasury-guard",
    ),
    P(
        "Đoàn Luật sư các tỉnh đã cử luật sư tham gia.",
        set(),
        {"Đoàn Luật sư tỉnh"},
        id="b2-plural-no-list-guard",
    ),
]


@pytest.mark.parametrize("text,present,absent", LISTS)
def test_organization_bounds(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
