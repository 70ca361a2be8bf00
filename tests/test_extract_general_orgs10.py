"""Organization and province families of pages scored at arrival (session 8, round 2), checked
on invented sentences (never taken from any real page):

- L: elliptical lists of one body type over several places in the layouts the list reader
  missed (``các Trung tâm TGPL nhà nước tỉnh/thành phố A, B``, ``VKS các huyện, thị như: X, Y``,
  ``21 Viện KSND cấp tỉnh gồm: TP. A, các tỉnh B, C``, a bare ``Thị xã`` item skipped), the
  numbered detention facilities of one police body (``Trại tạm giam số 1, số 2 Công an tỉnh
  A``) and the regional centres of one type (``… khu vực miền Trung, Tây Nguyên``);
- H: provinces of 1976-2008 that no longer exist (``Nghĩa Bình``, ``Quảng Nam - Đà Nẵng``) as
  provinces and in bodies' names, and the revolutionary-era governments and their ministries
  named in full;
- W: names kept as written or expanded as the conventions say (``Ban ATGT`` → ``Ban An toàn
  giao thông``, ``Báo SGGP``, ``Tạp chí … ngày nay``, a bank's ``- Chi nhánh``, ``Cục A, B và C``
  written twice, ``Phòng Công chứng số 3 trực thuộc Sở Tư pháp tỉnh A``, ``TAND Cấp cao tại``).

Each row: a sentence, the organizations (or provinces) the report must list, and names it must
not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import each_at as _each
from extract_helpers import scored_names as _keys

from justicekg.extract._score import normalize
from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _report(text: str) -> tuple[set[str], set[str]]:
    report = extract(text, article_id="t", published="2024-05-02")
    orgs = {str(normalize(o.name)) for o in report.organizations}
    return orgs, {str(normalize(p)) for p in report.provinces}


P = pytest.param
TGPL = "Trung tâm Trợ giúp pháp lý nhà nước"
VKS = "Viện kiểm sát nhân dân"
_NORTH = ["thành phố Hà Nội", "tỉnh Ninh Bình", "tỉnh Nam Định", "tỉnh Hà Nam"]
_HN_DISTRICTS = ["huyện Ba Vì", "huyện Phúc Thọ", "huyện Đan Phượng", "huyện Thạch Thất"]

# L: one body type (or several) over a list of places, in the layouts the reader missed
LISTS = [
    P(
        "Tham dự có đại diện các Trung tâm TGPL nhà nước tỉnh/thành phố Hà Nội, Ninh Bình, "
        "Nam Định, Hà Nam.",
        _each([TGPL], _NORTH),
        {TGPL},
        id="l-slash-levels",
    ),
    P(
        "Lớp tập huấn có sự tham gia của các Trung tâm Trợ giúp pháp lý nhà nước tỉnh/TP Hà "
        "Nội, Ninh Bình, Nam Định và Hà Nam.",
        _each([TGPL], _NORTH),
        set(),
        id="l-slash-tp",
    ),
    P(
        "Sau đó lần lượt thành lập 4 VKS các huyện, thị như: Ba Vì, Phúc Thọ, Đan Phượng và "
        "Thạch Thất.",
        _each([VKS], _HN_DISTRICTS),
        set(),
        id="l-vks-huyen-thi-nhu",
    ),
    P(
        "Năm 1978 thành lập VKSND các huyện: Ba Vì, Phúc Thọ, Đan Phượng, Thạch Thất.",
        _each([VKS], _HN_DISTRICTS),
        set(),
        id="l-vksnd-huyen-colon",
    ),
    P(
        "Thành lập 5 VKS các huyện, thị như: Ba Vì, Thị Xã, Phúc Thọ, Đan Phượng và Thạch Thất.",
        _each([VKS], _HN_DISTRICTS),
        {f"{VKS} thị xã Thị Xã"},
        id="l-bare-town-item-skipped",
    ),
    P(
        "Nghị định thành lập 4 Viện KSND cấp tỉnh gồm: TP. Hà Nội, các tỉnh Ninh Bình, Nam "
        "Định và Hà Nam.",
        _each([VKS], _NORTH),
        set(),
        id="l-cap-tinh-gom",
    ),
    P(
        "Năm 1976 thành lập các Tòa án nhân dân cấp tỉnh: Ninh Bình, Nam Định, Hà Nam.",
        _each(["Tòa án nhân dân"], ["tỉnh Ninh Bình", "tỉnh Nam Định", "tỉnh Hà Nam"]),
        set(),
        id="l-court-cap-tinh-colon",
    ),
    P(
        "Tòa án nhân dân cấp tỉnh đã giải quyết 1.200 vụ án trong năm 2023.",
        set(),
        {"Tòa án nhân dân tỉnh"},
        id="l-cap-tinh-no-list",
    ),
    P(
        "Các Viện kiểm sát nhân dân cấp huyện như: Ba Vì, Phúc Thọ đã hoàn thành chỉ tiêu.",
        _each([VKS], ["huyện Ba Vì", "huyện Phúc Thọ"]),
        set(),
        id="l-cap-huyen-nhu",
    ),
    P(
        "Tham dự có lãnh đạo Viện kiểm sát, Công an, Tòa án huyện Phúc Thọ.",
        _each([VKS, "Công an", "Tòa án nhân dân"], ["huyện Phúc Thọ"]),
        set(),
        id="l-bodies-one-district",
    ),
    P(
        "Công an, Tòa án, Chi cục Thuế huyện Phúc Thọ đã cùng ký quy chế phối hợp.",
        _each(["Công an", "Tòa án nhân dân", "Chi cục Thuế"], ["huyện Phúc Thọ"]),
        set(),
        id="l-tax-office-in-list",
    ),
    P(
        "Viện kiểm sát nhân dân các huyện Ba Vì, Phúc Thọ và thị xã Sơn Tây đã ký kết.",
        _each([VKS], ["huyện Ba Vì", "huyện Phúc Thọ", "thị xã Sơn Tây"]),
        set(),
        id="l-mixed-levels",
    ),
    P(
        "Đoàn kiểm sát 4 phân trại thuộc Trại tạm giam số 1 - Công an tỉnh Nam Định là: Ý Yên, "
        "Hải Hậu và 2 phân trại thuộc Trại tạm giam số 2 - Công an tỉnh Nam Định.",
        {
            "Trại tạm giam số 1 Công an tỉnh Nam Định",
            "Trại tạm giam số 2 Công an tỉnh Nam Định",
        },
        set(),
        id="l-detention-dash",
    ),
    P(
        "Kiểm sát trực tiếp Trại tạm giam số 1, số 2 Công an tỉnh Nam Định.",
        {
            "Trại tạm giam số 1 Công an tỉnh Nam Định",
            "Trại tạm giam số 2 Công an tỉnh Nam Định",
        },
        set(),
        id="l-detention-list",
    ),
    P(
        "Kiểm sát Trại tạm giam số 1 và số 3 thuộc Công an thành phố Hải Phòng.",
        {
            "Trại tạm giam số 1 Công an thành phố Hải Phòng",
            "Trại tạm giam số 3 Công an thành phố Hải Phòng",
        },
        set(),
        id="l-detention-va-thuoc",
    ),
    P(
        "Trại tạm giam số 2 Công an thành phố Hà Nội tiếp nhận 30 bị can.",
        {"Trại tạm giam số 2 Công an thành phố Hà Nội"},
        set(),
        id="l-detention-one",
    ),
    P(
        "Qua kiểm sát nhận thấy Nhà tạm giữ Công an TP Nam Định thực hiện tốt việc lập hồ sơ.",
        {"Nhà tạm giữ Công an thành phố Nam Định"},
        {"Nhà tạm giữ"},
        id="l-holding-house",
    ),
    P(
        "Nhà tạm giữ Công an huyện Ý Yên được kiểm sát trực tiếp.",
        {"Nhà tạm giữ Công an huyện Ý Yên"},
        set(),
        id="l-holding-house-district",
    ),
    P(
        "Đoàn đã kiểm sát tại Phân trại tạm giam Hồng Lĩnh từ ngày 7/9 đến ngày 15/12.",
        {"Phân trại tạm giam Hồng Lĩnh"},
        set(),
        id="l-sub-camp-named",
    ),
    P(
        "Bộ Y tế thành lập Trung tâm Pháp y tâm thần khu vực miền Trung, Tây Nguyên và Tây Nam Bộ.",
        {
            "Trung tâm Pháp y tâm thần khu vực miền Trung",
            "Trung tâm Pháp y tâm thần khu vực Tây Nguyên",
            "Trung tâm Pháp y tâm thần khu vực Tây Nam Bộ",
        },
        set(),
        id="l-regional-centres",
    ),
    P(
        "Hệ thống có Trung tâm Pháp y tâm thần khu vực Tây Nguyên tại tỉnh Đắk Lắk; Trung tâm "
        "Pháp y tâm thần khu vực TP.HCM; Trung tâm Pháp y tâm thần miền núi phía Bắc tại tỉnh "
        "Phú Thọ.",
        {
            "Trung tâm Pháp y tâm thần miền núi phía Bắc",
            "Trung tâm Pháp y tâm thần khu vực thành phố Hồ Chí Minh",
            "Trung tâm Pháp y tâm thần khu vực Tây Nguyên",
        },
        set(),
        id="l-regional-centres-semicolons",
    ),
    P(
        "Bộ Y tế lập các trung tâm gồmTrung tâm Pháp y tâm thần miền núi phía Bắc tại tỉnh Phú "
        "Thọ vàTrung tâm Pháp y tâm thần khu vực Tây Nam Bộ tại TP Cần Thơ.",
        {
            "Trung tâm Pháp y tâm thần miền núi phía Bắc",
            "Trung tâm Pháp y tâm thần khu vực Tây Nam Bộ",
        },
        set(),
        id="l-regional-centres-glued",
    ),
    P(
        "Trung tâm Pháp y tâm thần khu vực Tây Nguyên, Sở Y tế tỉnh Đắk Lắk và các đơn vị dự họp.",
        {"Trung tâm Pháp y tâm thần khu vực Tây Nguyên"},
        {"Trung tâm Pháp y tâm thần khu vực Sở Y tế"},
        id="l-regional-centre-then-other-body",
    ),
    P(
        "Trên cơ sở Viện Giám định pháp y tâm thần, Bộ Y tế lập các trung tâm khu vực.",
        {"Viện Giám định pháp y tâm thần"},
        set(),
        id="l-forensic-institute",
    ),
    P(
        "Năm 2023, Sở Tư pháp, Công an tỉnh/thành phố Ninh Bình, Nam Định ký kết quy chế.",
        _each(["Sở Tư pháp", "Công an"], ["tỉnh Ninh Bình", "tỉnh Nam Định"]),
        set(),
        id="l-two-types-slash",
    ),
    P(
        "Hội nghị có sự tham dự của lãnh đạo các Trung tâm TGPL nhà nước tỉnh/thành phố Hà Nội, "
        "Ninh Bình, Nam Định, Hà Nam. Hội nghị nhằm tăng cường năng lực cho trợ giúp viên pháp "
        "lý. Ông Trần Quang Vinh, Phó Giám đốc Sở Tư pháp tỉnh Ninh Bình, phát biểu khai mạc.",
        _each([TGPL], _NORTH) | {"Sở Tư pháp tỉnh Ninh Bình"},
        set(),
        id="l-in-paragraph",
    ),
]

# H: provinces of an earlier era and revolutionary-era governments
HISTORY_ORGS = [
    P(
        "Năm 1980, ông Trần Văn Khải là Chánh án Tòa án nhân dân tỉnh Nghĩa Bình.",
        {"Tòa án nhân dân tỉnh Nghĩa Bình"},
        set(),
        id="h-court-old-province",
    ),
    P(
        "Nghị định thành lập 5 Viện KSND cấp tỉnh gồm: TP. Hồ Chí Minh, các tỉnh Minh Hải, Cửu "
        "Long, Sông Bé và Gia Lai - Kontum.",
        _each(
            [VKS],
            [
                "thành phố Hồ Chí Minh",
                "tỉnh Minh Hải",
                "tỉnh Cửu Long",
                "tỉnh Sông Bé",
                "tỉnh Gia Lai - Kontum",
            ],
        ),
        {f"{VKS} tỉnh Gia Lai", f"{VKS} tỉnh Kon Tum"},
        id="h-procuracy-list-old-provinces",
    ),
    P(
        "Sở Tư pháp tỉnh Quảng Nam - Đà Nẵng và Sở Tư pháp tỉnh Hải Hưng ký kết chương trình.",
        {"Sở Tư pháp tỉnh Quảng Nam - Đà Nẵng", "Sở Tư pháp tỉnh Hải Hưng"},
        {"Sở Tư pháp tỉnh Quảng Nam", "Sở Tư pháp thành phố Đà Nẵng"},
        id="h-compound-province",
    ),
    P(
        "Công an, Tòa án các tỉnh: Nghệ Tĩnh, Bình Trị Thiên và Thanh Hóa họp bàn.",
        _each(
            ["Công an", "Tòa án nhân dân"],
            ["tỉnh Nghệ Tĩnh", "tỉnh Bình Trị Thiên", "tỉnh Thanh Hóa"],
        ),
        set(),
        id="h-types-old-provinces",
    ),
    P(
        "Bộ trưởng Bộ Tư pháp thuộc Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam "
        "ký quyết định.",
        {
            "Bộ Tư pháp Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam",
            "Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam",
        },
        {"Bộ Tư pháp", "Chính phủ"},
        id="h-ministry-of-prg",
    ),
    P(
        "Ông từng công tác tại Bộ Tư pháp Chính phủ Cách mạng lâm thời Cộng hòa Miền Nam Việt Nam.",
        {
            "Bộ Tư pháp Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam",
            "Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam",
        },
        {"Bộ Tư pháp", "Chính phủ"},
        id="h-ministry-of-prg-no-link",
    ),
    P(
        "Ngày 28/8/1945, Chính phủ lâm thời nước Việt Nam Dân chủ Cộng hòa ra tuyên cáo.",
        {"Chính phủ lâm thời nước Việt Nam Dân chủ Cộng hòa"},
        {"Chính phủ lâm thời Việt Nam Dân chủ Cộng hòa", "Chính phủ"},
        id="h-provisional-government-nuoc",
    ),
    P(
        "Chính phủ lâm thời Việt Nam Dân chủ Cộng hòa ra mắt quốc dân.",
        {"Chính phủ lâm thời Việt Nam Dân chủ Cộng hòa"},
        {"Chính phủ"},
        id="h-provisional-government",
    ),
    P(
        "Bộ Nội vụ và Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam cùng ký.",
        {"Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam"},
        {"Bộ Nội vụ Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam"},
        id="h-ministry-and-government-not-joined",
    ),
    P(
        "Ngày 19/7/1946, Chủ tịch Chính phủ Việt Nam Dân chủ cộng hòa ban hành Sắc lệnh số 13/SL.",
        {"Chính phủ Việt Nam Dân chủ Cộng hòa"},
        {"Chính phủ"},
        id="h-dcch-government-after-title",
    ),
    P(
        "Ngày 2/3/1946, Chính phủ nước Việt Nam Dân chủ Cộng hòa ban hành sắc lệnh.",
        {"Chính phủ nước Việt Nam Dân chủ Cộng hòa"},
        {"Chính phủ"},
        id="h-dcch-government-nuoc",
    ),
    P(
        "Viện kiểm sát nhân dân tỉnh Hà Sơn Bình được thành lập năm 1976.",
        {f"{VKS} tỉnh Hà Sơn Bình"},
        set(),
        id="h-procuracy-old-province",
    ),
    P(
        "Ông Lê Văn Hải nguyên là Phó Giám đốc Sở Tư pháp tỉnh Vĩnh Phú.",
        {"Sở Tư pháp tỉnh Vĩnh Phú"},
        set(),
        id="h-department-old-province",
    ),
    P(
        "Trước năm 1991, Viện kiểm sát nhân dân tỉnh Cửu Long, tỉnh Minh Hải và tỉnh Hậu Giang "
        "đã phối hợp chặt chẽ.",
        {f"{VKS} tỉnh Cửu Long"},
        set(),
        id="h-bodies-in-paragraph",
    ),
]

HISTORY_PROVINCES = [
    P("Năm 1980, ông công tác tại tỉnh Nghĩa Bình.", {"Nghĩa Bình"}, set(), id="hp-after-tinh"),
    P(
        "Thành lập Viện kiểm sát các tỉnh Minh Hải, Kiên Giang, Cửu Long và Long An.",
        {"Minh Hải", "Kiên Giang", "Cửu Long", "Long An"},
        set(),
        id="hp-in-list",
    ),
    P(
        "Các tỉnh Quảng Nam - Đà Nẵng, Gia Lai - Kontum được thành lập.",
        {"Quảng Nam - Đà Nẵng", "Gia Lai - Kontum"},
        {"Quảng Nam", "Đà Nẵng", "Gia Lai", "Kontum", "Kon Tum"},
        id="hp-compounds",
    ),
    P(
        "Năm 1976, tỉnh Hà Nam Ninh được thành lập trên cơ sở hợp nhất.",
        {"Hà Nam Ninh"},
        {"Hà Nam"},
        id="hp-three-syllables",
    ),
    P("Tòa án tỉnh Bình Trị Thiên xét xử vụ án.", {"Bình Trị Thiên"}, set(), id="hp-court-btt"),
    P(
        "Ông Khổng Minh Hải, Phó Chánh án, phát biểu tại tỉnh Ninh Bình.",
        {"Ninh Bình"},
        {"Minh Hải"},
        id="hp-given-name-not-province",
    ),
    P(
        "Đồng bằng sông Cửu Long có 13 tỉnh, thành phố.",
        set(),
        {"Cửu Long"},
        id="hp-river-not-province",
    ),
    P(
        "Đoàn công tác leo dãy Hoàng Liên Sơn trong chuyến thăm tỉnh Lào Cai.",
        {"Lào Cai"},
        {"Hoàng Liên Sơn"},
        id="hp-mountain-not-province",
    ),
    P(
        "Ông Trần Hải Hưng là Phó Giám đốc Sở Tư pháp tỉnh Nam Định.",
        {"Nam Định"},
        {"Hải Hưng"},
        id="hp-person-not-province",
    ),
    P(
        "Hội nghị Hiệp hội Luật châu Á - Thái Bình Dương diễn ra tại Hà Nội.",
        {"Hà Nội"},
        {"Thái Bình"},
        id="hp-pacific-not-province",
    ),
    P(
        "Năm 1989, tỉnh Phú Khánh được tách thành tỉnh Phú Yên và tỉnh Khánh Hòa.",
        {"Phú Khánh", "Phú Yên", "Khánh Hòa"},
        set(),
        id="hp-split",
    ),
    P(
        "Năm 1991, tỉnh Hà Sơn Bình tách thành tỉnh Hà Tây và tỉnh Hòa Bình.",
        {"Hà Sơn Bình", "Hòa Bình"},
        set(),
        id="hp-split-three",
    ),
    P(
        "Năm 2020, trung tâm đặt trụ sở tại Thừa Thiên-Huế.",
        {"Thừa Thiên Huế"},
        {"Huế"},
        id="hp-hyphen-no-spaces-is-not-the-city",
    ),
    P(
        "Tỉnh Sông Bé tách thành tỉnh Bình Dương và tỉnh Bình Phước.",
        {"Sông Bé", "Bình Dương", "Bình Phước"},
        set(),
        id="hp-capital-tinh",
    ),
]

# W: names as written, or expanded as the conventions say
WRITTEN = [
    P(
        "Đại diện Ban ATGT tỉnh Nam Định phát biểu.",
        {"Ban An toàn giao thông tỉnh Nam Định"},
        {"Ban ATGT tỉnh Nam Định"},
        id="w-atgt",
    ),
    P(
        "Đồng chí Trần Văn Hòa- Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Phó trưởng Ban ATGT tỉnh "
        "chủ trì hội nghị tại tỉnh Kon Tum.",
        {"Ban An toàn giao thông tỉnh Kon Tum"},
        set(),
        id="w-atgt-bare-province",
    ),
    P(
        "Ông Lê Văn Tùng, Phó trưởng Ban An toàn giao thông tỉnh Nam Định, chủ trì.",
        {"Ban An toàn giao thông tỉnh Nam Định"},
        set(),
        id="w-atgt-full",
    ),
    P(
        "Sau khi Báo SGGP đăng bài, cơ quan đã trả lời.",
        {"Báo Sài Gòn Giải Phóng"},
        {"Báo SGGP"},
        id="w-sggp",
    ),
    P("Báo CAND đưa tin về vụ việc.", {"Báo Công an nhân dân"}, {"Báo CAND"}, id="w-cand"),
    P(
        "Ông Trần Văn Tâm, Phó Tổng biên tập Tạp chí Khoa học ngày nay, đã có ý kiến.",
        {"Tạp chí Khoa học ngày nay"},
        {"Tạp chí Khoa học"},
        id="w-ngay-nay-comma",
    ),
    P(
        "Theo Tạp chí Nông thôn ngày nay đưa tin, hội nghị diễn ra.",
        {"Tạp chí Nông thôn ngày nay"},
        {"Tạp chí Nông thôn"},
        id="w-ngay-nay-verb",
    ),
    P(
        "Báo Pháp luật ngày nay đăng bài về vụ việc.",
        {"Báo Pháp luật ngày nay"},
        set(),
        id="w-ngay-nay-dang",
    ),
    P(
        "Ông phải trả nợ cho Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh tỉnh Ninh Bình.",
        # (abbreviations in full, as the conventions name bodies: org18)
        {"Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam - Chi nhánh tỉnh Ninh Bình"},
        set(),
        id="w-bank-dash-branch",
    ),
    P(
        "Đại diện Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Hà Nam phát biểu.",
        {"Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Hà Nam"},
        set(),
        id="w-bank-plain-branch",
    ),
    P(
        "Đại diện Cục Hộ tịch, Quốc tịch, Chứng thực cho biết. Ông Trần Công Lâm - Cục trưởng "
        "Cục Hộ tịch, Quốc tịch và Chứng thực (Bộ Tư pháp) trả lời.",
        {"Cục Hộ tịch, Quốc tịch, Chứng thực"},
        {"Cục Hộ tịch, Quốc tịch và Chứng thực"},
        id="w-commas-first-written",
    ),
    P(
        "Ông Trần Công Lâm - Cục trưởng Cục Hộ tịch, Quốc tịch và Chứng thực trả lời. Đại diện "
        "Cục Hộ tịch, Quốc tịch, Chứng thực cho biết thêm.",
        # the "và" form is a form of the gazetteer's domain: read whole, under its name
        {"Cục Hộ tịch, Quốc tịch, Chứng thực"},
        {"Cục Hộ tịch", "Cục Hộ tịch, Quốc tịch và Chứng thực"},
        id="w-and-first-read-whole",
    ),
    P(
        "Phòng Công chứng số 12 được đổi tên từ Phòng Công chứng số 3 trực thuộc Sở Tư pháp "
        "tỉnh Ninh Bình. Nay UBND TP Hà Nội phê duyệt đề án.",
        {"Phòng Công chứng số 3 tỉnh Ninh Bình"},
        {"Phòng Công chứng số 3 thành phố Hà Nội"},
        id="w-notary-of-department",
    ),
    P(
        "Phòng Công chứng số 2 thuộc Sở Tư pháp thành phố Cần Thơ tiếp nhận hồ sơ.",
        {"Phòng Công chứng số 2 thành phố Cần Thơ"},
        set(),
        id="w-notary-thuoc",
    ),
    P(
        "Công chứng viên Phòng Công chứng số 3 tỉnh Ninh Bình chứng nhận hợp đồng.",
        {"Phòng Công chứng số 3 tỉnh Ninh Bình"},
        set(),
        id="w-notary-place",
    ),
    P(
        "Ông Trần Văn Hà - chánh án TAND Cấp cao tại Hà Nội - cho biết.",
        {"Tòa án nhân dân cấp cao tại Hà Nội"},
        set(),
        id="w-high-court-capitals",
    ),
    P(
        "Viện KSND Cấp Cao tại Đà Nẵng tổ chức hội nghị.",
        {"Viện kiểm sát nhân dân cấp cao tại Đà Nẵng"},
        set(),
        id="w-high-procuracy-capitals",
    ),
    P(
        "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh xét xử phúc thẩm.",
        {"Tòa án nhân dân cấp cao tại thành phố Hồ Chí Minh"},
        set(),
        id="w-high-court-hcm",
    ),
    P(
        "Viện kiểm sát nhân dân khu vực 5 - Ninh Bình tổ chức hội nghị.",
        {f"{VKS} khu vực 5 - Ninh Bình"},
        set(),
        id="w-regional-procuracy-dash",
    ),
    P(
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định phối hợp tổ chức.",
        {"Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định"},
        set(),
        id="w-department-and-kept",
    ),
    P(
        "Báo Dân tộc và Phát triển đưa tin về hội nghị.",
        {"Báo Dân tộc và Phát triển"},
        set(),
        id="w-press-va",
    ),
    P(
        "Ngày 12/3/2024, Ban ATGT tỉnh Ninh Bình phối hợp với Báo SGGP tổ chức hội thảo. Ông "
        "Trần Quang Đạt, Trưởng Ban ATGT tỉnh Ninh Bình, phát biểu khai mạc.",
        {"Ban An toàn giao thông tỉnh Ninh Bình", "Báo Sài Gòn Giải Phóng"},
        {"Ban ATGT tỉnh Ninh Bình", "Báo SGGP"},
        id="w-in-paragraph",
    ),
    P(
        "Ông phải trả nợ cho Ngân hàng TMCP Công thương Việt Nam - Chi nhánh thành phố Cần Thơ.",
        {"Ngân hàng Thương mại cổ phần Công thương Việt Nam - Chi nhánh thành phố Cần Thơ"},
        set(),
        id="w-bank-hyphen-city",
    ),
    P(
        "Đoàn làm việc với Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật.",
        {"Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật"},
        set(),
        id="w-long-and-unchanged",
    ),
    P(
        "Sau khi có kinh phí của Quỹ TGPL Việt Nam phân bổ, Trung tâm đã ra quân.",
        {"Quỹ Trợ giúp pháp lý Việt Nam"},
        set(),
        id="w-legal-aid-fund",
    ),
    P(
        "Trại tạm giam Công an tỉnh Nam Định tiếp nhận phạm nhân.",
        {"Trại tạm giam Công an tỉnh Nam Định"},
        set(),
        id="w-detention-unnumbered",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LISTS + HISTORY_ORGS + WRITTEN)
def test_organization_families10(text: str, present: set[str], absent: set[str]) -> None:
    found, _ = _report(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)


def test_government_after_title_is_no_person() -> None:
    """``Chủ tịch Chính phủ Việt Nam Dân chủ cộng hòa``: the government's name is no person's."""
    report = extract(
        "Ngày 19/7/1946, Chủ tịch Chính phủ Việt Nam Dân chủ cộng hòa ban hành sắc lệnh.",
        article_id="t",
        published="2023-07-19",
    )
    assert not report.persons


@pytest.mark.parametrize(("text", "present", "absent"), HISTORY_PROVINCES)
def test_historical_provinces10(text: str, present: set[str], absent: set[str]) -> None:
    _, found = _report(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
