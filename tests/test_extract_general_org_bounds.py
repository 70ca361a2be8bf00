"""An organization's name as the page writes it: where it ends (B1) and its abbreviated
unit names written out (B3). Organization families of pages scored before anyone read them,
checked on invented sentences (never taken from any real page).

The other families of those pages: bodies of one list sharing a place (B2) in
``test_extract_orgs_list_places.py``, bodies named with a bare level word (B4) in
``test_extract_orgs_bare_levels.py``, organs and teams of a body (B5) in
``test_extract_orgs_organs.py``.

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

# B1: a name runs to its real end: not cut at a syllable that looks like a verb ("Báo Giao
# thông", "Đấu giá", "Kinh tế - Luật"), and not run on into the verb and what follows
# ("Trại giam A nhận Huân chương …", "Khoa Luật phối hợp với …")
BOUNDS = [
    P(
        "Theo Báo Giao thông, Sở Tư pháp tỉnh Nam Định đã ban hành kế hoạch.",
        {"Báo Giao thông", "Sở Tư pháp tỉnh Nam Định"},
        {"Báo Giao"},
        id="b1-press-punct",
    ),
    P(
        "Phóng viên Báo Giao thông đã phỏng vấn Giám đốc Sở Tư pháp tỉnh Nam Định.",
        {"Báo Giao thông"},
        {"Báo Giao"},
        id="b1-press-function-word",
    ),
    P(
        "Báo Giao thông đưa tin về hội nghị của Sở Tư pháp tỉnh Nam Định.",
        {"Báo Giao thông"},
        {"Báo Giao", "Báo Giao thông đưa"},
        id="b1-press-dua-tin",
    ),
    P(
        "Báo Pháp luật Việt Nam thông tin về phiên tòa.",
        {"Báo Pháp luật Việt Nam"},
        {"Báo Pháp luật Việt Nam thông"},
        id="b1-press-verb-kept-out",
    ),
    P(
        "Theo Báo Tiền Phong, Cục Thi hành án dân sự tỉnh Nam Định đã thi hành xong vụ việc.",
        {"Báo Tiền Phong", "Cục Thi hành án dân sự tỉnh Nam Định"},
        set(),
        id="b1-press-capitalized",
    ),
    P(
        "Công ty Cổ phần Đấu giá số 5 Quốc gia tổ chức phiên đấu giá quyền sử dụng đất.",
        {"Công ty Cổ phần Đấu giá số 5 Quốc gia"},
        {"Công ty Cổ phần Đấu", "Công ty Cổ phần Đấu giá số 5 Quốc"},
        id="b1-auction-national",
    ),
    P(
        "Công ty Cổ phần Đấu giá số 3 Quốc gia đã bán đấu giá thành công tài sản.",
        {"Công ty Cổ phần Đấu giá số 3 Quốc gia"},
        {"Công ty Cổ phần Đấu"},
        id="b1-auction-da",
    ),
    P(
        "Ông Lê Văn Tâm, Giám đốc Công ty Cổ phần Đấu giá Hợp danh Sao Mai phát biểu.",
        {"Công ty Cổ phần Đấu giá Hợp danh Sao Mai"},
        set(),
        id="b1-auction-named",
    ),
    P(
        "Khối thi đua các bộ, ban, ngành Nội chính Trung ương tổ chức hội nghị ký kết giao ước.",
        {"Khối thi đua các bộ, ban, ngành Nội chính Trung ương"},
        {"Khối thi đua các bộ"},
        id="b1-block-ministries",
    ),
    P(
        "Đoàn kiểm tra của Khối thi đua các bộ, ban, ngành Nội chính Trung ương làm việc với "
        "Bộ Tư pháp.",
        {"Khối thi đua các bộ, ban, ngành Nội chính Trung ương", "Bộ Tư pháp"},
        {"Khối thi đua các bộ"},
        id="b1-block-inspection",
    ),
    P(
        "Khối thi đua các cơ quan Trung ương tổng kết công tác năm 2023.",
        {"Khối thi đua các cơ quan Trung ương"},
        {"Khối thi đua các cơ quan Trung"},
        id="b1-block-central",
    ),
    P(
        "Bộ Tư pháp là Trưởng Khối thi đua các cơ quan Trung ương năm 2022.",
        {"Khối thi đua các cơ quan Trung ương", "Bộ Tư pháp"},
        {"Khối thi đua các cơ quan Trung"},
        id="b1-block-head",
    ),
    P(
        "Trại giam Hòa Lâm nhận Huân chương Lao động hạng Nhì.",
        {"Trại giam Hòa Lâm"},
        {"Trại giam Hòa Lâm nhận Huân chương Lao"},
        id="b1-prison-receives",
    ),
    P(
        "Trại giam Hòa Lâm vinh dự nhận Cờ thi đua của Bộ Công an.",
        {"Trại giam Hòa Lâm", "Bộ Công an"},
        set(),
        id="b1-prison-honoured",
    ),
    P(
        "Trại giam Hòa Lâm đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.",
        {"Trại giam Hòa Lâm"},
        set(),
        id="b1-prison-don-nhan",
    ),
    P(
        "Trường Trung cấp Luật Vị Thanh trao Bằng khen cho các học viên.",
        {"Trường Trung cấp Luật Vị Thanh"},
        {"Trường Trung cấp Luật Vị Thanh trao Bằng"},
        id="b1-school-gives",
    ),
    P(
        "Văn phòng công chứng Minh Tâm nhận Giấy khen của Sở Tư pháp tỉnh Nam Định.",
        {"Văn phòng công chứng Minh Tâm", "Sở Tư pháp tỉnh Nam Định"},
        {"Văn phòng công chứng Minh Tâm nhận Giấy"},
        id="b1-notary-receives",
    ),
    P(
        "Trường Đại học Kinh tế - Luật tổ chức hội thảo về phá sản doanh nghiệp.",
        {"Trường Đại học Kinh tế - Luật"},
        {"Trường Đại học Kinh"},
        id="b1-university-dash-name",
    ),
    P(
        "Ông Nguyễn Văn An, giảng viên Trường Đại học Luật – Đại học Huế trình bày tham luận.",
        {"Trường Đại học Luật - Đại học Huế", "Đại học Huế"},
        {"Trường Đại học Luật – Đại", "Trường Đại học Luật"},
        id="b1-school-dash-university",
    ),
    P(
        "Bà Trần Thị Lựu, Hiệu trưởng Trường Đại học Luật, Đại học Huế phát biểu khai mạc.",
        {"Trường Đại học Luật, Đại học Huế", "Đại học Huế"},
        {"Trường Đại học Luật"},
        id="b1-school-comma-university",
    ),
    P(
        "Trường Đại học Kinh tế, Đại học Đà Nẵng ký kết hợp tác với Sở Tư pháp thành phố Đà Nẵng.",
        {"Trường Đại học Kinh tế, Đại học Đà Nẵng", "Sở Tư pháp thành phố Đà Nẵng"},
        {"Trường Đại học Kinh tế"},
        id="b1-school-comma-da-nang",
    ),
    P(
        "Khoa Luật phối hợp với Trường Đại học Sư phạm - Đại học Thái Nguyên tổ chức tọa đàm.",
        {"Trường Đại học Sư phạm - Đại học Thái Nguyên"},
        {"Khoa Luật phối hợp với Trường Đại học Sư phạm - Đại học Thái Nguyên"},
        id="b1-faculty-verb-not-board",
    ),
    P(
        "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội tổ chức hội thảo.",
        {"Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội"},
        {"Trường Đại học Khoa học Xã"},
        id="b1-school-humanities",
    ),
    P(
        "Trường Đại học Sư phạm tổ chức cuộc thi tìm hiểu pháp luật.",
        {"Trường Đại học Sư phạm"},
        {"Trường Đại học Sư"},
        id="b1-compound-before-verb",
    ),
    P(
        "Học viện Tư pháp nhận Huân chương Lao động hạng Nhất.",
        {"Học viện Tư pháp"},
        {"Học viện Tư pháp nhận Huân chương Lao"},
        id="b1-academy-receives",
    ),
    P(
        "Trường Đại học Luật Hà Nội nhận Huân chương Độc lập hạng Nhất.",
        {"Trường Đại học Luật Hà Nội"},
        {"Trường Đại học Luật Hà Nội nhận Huân chương Độc"},
        id="b1-university-receives",
    ),
    P(
        "Trường Cao đẳng Luật miền Bắc tổ chức khai giảng năm học mới.",
        {"Trường Cao đẳng Luật miền Bắc"},
        set(),
        id="b1-college-region",
    ),
    P(
        "Trường Đại học Luật Hà Nội và Học viện Tư pháp ký kết chương trình hợp tác.",
        {"Trường Đại học Luật Hà Nội", "Học viện Tư pháp"},
        {"Trường Đại học Luật Hà Nội và Học viện Tư pháp"},
        id="b1-two-institutions",
    ),
]

# B3: abbreviated unit names expanded as the conventions write them
ABBREVIATIONS = [
    P(
        "Ông Trần Văn Luận, Hiệu trưởng Trường THPT số 1 Tuy Phước phát biểu.",
        {"Trường Trung học phổ thông số 1 Tuy Phước"},
        {"Trường THPT số 1 Tuy Phước"},
        id="b3-high-school",
    ),
    P(
        "Trường THCS Nguyễn Du tổ chức ngoại khóa pháp luật cho học sinh.",
        {"Trường Trung học cơ sở Nguyễn Du"},
        {"Trường THCS Nguyễn Du"},
        id="b3-secondary-school",
    ),
    P(
        "Trung tâm Dịch vụ BĐGTS tỉnh Nam Định tổ chức phiên đấu giá.",
        {"Trung tâm Dịch vụ bán đấu giá tài sản tỉnh Nam Định"},
        {"Trung tâm Dịch vụ BĐGTS tỉnh Nam Định"},
        id="b3-auction-centre",
    ),
    P(
        "Trường Trung học phổ thông Lê Quý Đôn phối hợp với Phòng Tư pháp huyện Hải Hậu.",
        {"Trường Trung học phổ thông Lê Quý Đôn", "Phòng Tư pháp huyện Hải Hậu"},
        set(),
        id="b3-high-school-written-out",
    ),
    P(
        "VKSQS Quân khu 5 phối hợp với TAQS Quân khu 5 tổ chức phiên tòa.",
        {"Viện kiểm sát quân sự Quân khu 5", "Tòa án quân sự Quân khu 5"},
        set(),
        id="b3-military-abbreviations",
    ),
    P(
        "Viện kiểm sát quân sự Quân khu 5 phối hợp Tòa án quân sự Quân khu 5 tổ chức phiên tòa.",
        {"Viện kiểm sát quân sự Quân khu 5", "Tòa án quân sự Quân khu 5"},
        set(),
        id="b3-military-written-out",
    ),
    P(
        "Viện kiểm sát nhân dân khu vực 3 - Huế tổ chức hội nghị triển khai nhiệm vụ.",
        {"Viện kiểm sát nhân dân khu vực 3 - Huế"},
        {"Viện kiểm sát nhân dân khu vực 3"},
        id="b3-regional-procuracy",
    ),
]


@pytest.mark.parametrize("text,present,absent", BOUNDS + ABBREVIATIONS)
def test_organization_bounds(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
