"""Organization families of pages scored before anyone read them, checked on invented
sentences (never taken from any real page): where a body's name ends (B1), bodies of one list
that share a trailing place (B2) and abbreviated unit names (B3).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs


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

# B3: abbreviated unit names expanded as the conventions write them
ABBREVIATIONS = [
    P(
        "Ông Trần Văn Bình, Hiệu trưởng Trường THPT số 1 Tuy Phước phát biểu.",
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


@pytest.mark.parametrize("text,present,absent", BOUNDS + LISTS + ABBREVIATIONS + LEVELS + ORGANS)
def test_organization_bounds(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
