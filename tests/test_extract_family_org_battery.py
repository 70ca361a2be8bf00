"""Organization battery of session 10 (x-org12): the ways the sector names its bodies, each
written as an invented sentence (never taken from any real page), with the organizations the
conventions give (names in full, abbreviations expanded, a provincial body with its province,
a sub-unit with its parent, an elliptical list expanded, a plural or generic mention none).

Groups: central bodies; provincial bodies; district and commune bodies; the post-2025 regional
units (``khu vực``); courts and procuracies; civil enforcement (THADS); Party bodies; youth
union; Fronts and mass organizations; councils and steering committees; sub-units; lists;
abbreviations; names with an inner comma; provinces in brackets after a plural; foreign bodies;
press and universities; notary offices; negatives.

Each row: a sentence, the date of its page, the organizations the report must list, and names
it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"  # before the 2025 mergers: provinces, districts as they were
NEW = "2025-09-15"  # after: two-level local government, regional courts and offices
UB = "Ủy ban nhân dân"
HD = "Hội đồng nhân dân"
TA = "Tòa án nhân dân"
VKS = "Viện kiểm sát nhân dân"
THA = "Thi hành án dân sự"
MT = "Ủy ban Mặt trận Tổ quốc Việt Nam"

CENTRAL = [
    P(
        "Bộ Tư pháp tổ chức hội nghị trực tuyến toàn quốc.",
        OLD,
        {"Bộ Tư pháp"},
        set(),
        id="c-ministry",
    ),
    P(
        "Tổng cục THADS phối hợp với Vụ Tổ chức cán bộ triển khai kế hoạch.",
        OLD,
        {f"Tổng cục {THA}", "Vụ Tổ chức cán bộ"},
        set(),
        id="c-general-dept-and-unit",
    ),
    P(
        "Cục Quản lý thi hành án dân sự (Bộ Tư pháp) ban hành hướng dẫn.",
        NEW,
        {"Cục Quản lý thi hành án dân sự", "Bộ Tư pháp"},
        set(),
        id="c-new-enforcement-dept",
    ),
    P(
        "Văn phòng Bộ Tư pháp và Thanh tra Bộ Tư pháp cùng tham dự.",
        OLD,
        {"Văn phòng Bộ Tư pháp", "Thanh tra Bộ Tư pháp"},
        set(),
        id="c-generic-units-keep-ministry",
    ),
    P(
        "Cục Phổ biến, giáo dục pháp luật chủ trì cuộc thi.",
        OLD,
        {"Cục Phổ biến, giáo dục pháp luật"},
        {"Cục Phổ biến"},
        id="c-inner-comma-dept",
    ),
    P(
        "Thủ tướng Chính phủ đã ký quyết định phê duyệt đề án.",
        OLD,
        {"Thủ tướng Chính phủ"},
        set(),
        id="c-prime-minister",
    ),
    P(
        "Văn phòng Chính phủ có văn bản gửi Bộ Công an và Bộ Nội vụ.",
        OLD,
        {"Văn phòng Chính phủ", "Bộ Công an", "Bộ Nội vụ"},
        set(),
        id="c-government-office",
    ),
    P(
        "Ủy ban Tư pháp của Quốc hội tổ chức phiên giải trình.",
        OLD,
        {"Ủy ban Tư pháp của Quốc hội"},
        set(),
        id="c-assembly-committee",
    ),
    P(
        "Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật.",
        OLD,
        {"Ủy ban Thường vụ Quốc hội"},
        set(),
        id="c-assembly-standing",
    ),
    P(
        "Ban Nội chính Trung ương phối hợp với Ủy ban Kiểm tra Trung ương.",
        OLD,
        {"Ban Nội chính Trung ương", "Ủy ban Kiểm tra Trung ương"},
        set(),
        id="c-central-party-boards",
    ),
    P(
        "Tòa án nhân dân tối cao và Viện kiểm sát nhân dân tối cao ký quy chế phối hợp.",
        OLD,
        {f"{TA} tối cao", f"{VKS} tối cao"},
        set(),
        id="c-supreme-court-procuracy",
    ),
    P(
        "Đại diện TANDTC và VKSNDTC dự họp.",
        OLD,
        {f"{TA} tối cao", f"{VKS} tối cao"},
        set(),
        id="c-supreme-abbrev",
    ),
    P(
        "Trung ương Đoàn phát động phong trào trong đoàn viên.",
        OLD,
        {"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"},
        set(),
        id="c-youth-central",
    ),
    P(
        "Cục Trợ giúp pháp lý tổ chức tập huấn cho trợ giúp viên.",
        OLD,
        {"Cục Trợ giúp pháp lý"},
        set(),
        id="c-legal-aid-dept",
    ),
    P(
        "Cục Bổ trợ tư pháp hướng dẫn các tổ chức hành nghề công chứng.",
        OLD,
        {"Cục Bổ trợ tư pháp"},
        set(),
        id="c-judicial-support-dept",
    ),
]

PROVINCIAL = [
    P(
        "Sở Tư pháp tỉnh Ninh Bình tổ chức hội nghị.",
        OLD,
        {"Sở Tư pháp tỉnh Ninh Bình"},
        set(),
        id="p-dept",
    ),
    P(
        "UBND tỉnh Phú Yên ban hành kế hoạch.",
        OLD,
        {f"{UB} tỉnh Phú Yên"},
        set(),
        id="p-committee-abbrev",
    ),
    P(
        "HĐND tỉnh Cao Bằng tổ chức kỳ họp thứ 12.",
        OLD,
        {f"{HD} tỉnh Cao Bằng"},
        set(),
        id="p-council-abbrev",
    ),
    P(
        "UBND TP. Cần Thơ chỉ đạo các sở, ngành thực hiện.",
        OLD,
        {f"{UB} thành phố Cần Thơ"},
        set(),
        id="p-city-committee",
    ),
    P(
        "Sở Tư pháp TP.HCM tổ chức tọa đàm.",
        OLD,
        {"Sở Tư pháp thành phố Hồ Chí Minh"},
        set(),
        id="p-dept-hcm",
    ),
    P(
        "Công an tỉnh Lạng Sơn phối hợp với Bộ Chỉ huy Quân sự tỉnh Lạng Sơn.",
        OLD,
        {"Công an tỉnh Lạng Sơn", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"},
        set(),
        id="p-police-military",
    ),
    P(
        "Đoàn đại biểu Quốc hội tỉnh Hà Giang giám sát tại địa phương.",
        OLD,
        {"Đoàn đại biểu Quốc hội tỉnh Hà Giang"},
        set(),
        id="p-assembly-delegation",
    ),
    P(
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Tuyên Quang tổ chức trợ giúp lưu động.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Tuyên Quang"},
        set(),
        id="p-legal-aid-centre",
    ),
    P(
        "Trung tâm TGPL nhà nước tỉnh Yên Bái tổ chức trợ giúp lưu động.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái"},
        set(),
        id="p-legal-aid-abbrev",
    ),
    P(
        "Sở Nội vụ tỉnh Bắc Kạn và Sở Tài chính tỉnh Bắc Kạn thẩm định hồ sơ.",
        OLD,
        {"Sở Nội vụ tỉnh Bắc Kạn", "Sở Tài chính tỉnh Bắc Kạn"},
        set(),
        id="p-two-depts",
    ),
    P(
        "Sở Thông tin và Truyền thông tỉnh Lào Cai cung cấp tin bài.",
        OLD,
        {"Sở Thông tin và Truyền thông tỉnh Lào Cai"},
        set(),
        id="p-dept-with-va",
    ),
    P(
        "Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bình phối hợp thực hiện.",
        OLD,
        {"Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bình"},
        set(),
        id="p-dept-with-dash",
    ),
    P(
        "Thanh tra tỉnh Quảng Bình công bố kết luận thanh tra.",
        OLD,
        {"Thanh tra tỉnh Quảng Bình"},
        set(),
        id="p-inspectorate",
    ),
    P(
        "Cục Thuế tỉnh Kon Tum và Kho bạc Nhà nước tỉnh Kon Tum phối hợp thu hồi.",
        OLD,
        {"Cục Thuế tỉnh Kon Tum", "Kho bạc Nhà nước tỉnh Kon Tum"},
        set(),
        id="p-tax-treasury",
    ),
    P(
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh Sơn La tham mưu tổ chức kỳ họp.",
        OLD,
        {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Sơn La"},
        set(),
        id="p-joint-office-abbrev",
    ),
    P(
        "Trường Chính trị tỉnh Gia Lai khai giảng lớp trung cấp lý luận chính trị.",
        OLD,
        {"Trường Chính trị tỉnh Gia Lai"},
        set(),
        id="p-political-school",
    ),
    P(
        "Sở Tư pháp Hà Nội tổ chức hội nghị tập huấn.",
        OLD,
        {"Sở Tư pháp thành phố Hà Nội"},
        set(),
        id="p-dept-city-no-word",
    ),
    P(
        "Ủy ban nhân dân tỉnh Tây Ninh vừa có quyết định.",
        NEW,
        {f"{UB} tỉnh Tây Ninh"},
        set(),
        id="p-new-committee",
    ),
]

DISTRICT_COMMUNE = [
    P(
        "Phòng Tư pháp huyện Mường Tè tổ chức tuyên truyền.",
        OLD,
        {"Phòng Tư pháp huyện Mường Tè"},
        set(),
        id="d-justice-office",
    ),
    P(
        "UBND huyện Bảo Lâm phối hợp với Chi cục THADS huyện Bảo Lâm.",
        OLD,
        {f"{UB} huyện Bảo Lâm", f"Chi cục {THA} huyện Bảo Lâm"},
        set(),
        id="d-committee-and-office",
    ),
    P(
        "UBND thị xã Sơn Tây tổ chức tổng kết.",
        OLD,
        {f"{UB} thị xã Sơn Tây"},
        set(),
        id="d-town",
    ),
    P(
        "UBND quận Hải Châu và UBND Quận 7 ký kết phối hợp.",
        OLD,
        {f"{UB} quận Hải Châu", f"{UB} Quận 7"},
        set(),
        id="d-urban-districts",
    ),
    P(
        "UBND thành phố Vinh chỉ đạo rà soát hồ sơ.",
        OLD,
        {f"{UB} thành phố Vinh"},
        set(),
        id="d-provincial-city",
    ),
    P(
        "Công an huyện Quế Võ phối hợp với Huyện đoàn Quế Võ.",
        OLD,
        {"Công an huyện Quế Võ", "Huyện đoàn Quế Võ"},
        set(),
        id="d-police-youth",
    ),
    P(
        "HĐND huyện Tiên Lữ tổ chức kỳ họp chuyên đề.",
        OLD,
        {f"{HD} huyện Tiên Lữ"},
        set(),
        id="d-council",
    ),
    P(
        "UBND xã Tân Lập tổ chức ngày hội pháp luật.",
        OLD,
        {f"{UB} xã Tân Lập"},
        set(),
        id="cm-commune",
    ),
    P(
        "UBND phường Bến Thành phối hợp với Công an phường Bến Thành.",
        NEW,
        {f"{UB} phường Bến Thành", "Công an phường Bến Thành"},
        set(),
        id="cm-ward",
    ),
    P(
        "Đảng ủy xã Phước Sơn tổ chức hội nghị quán triệt nghị quyết.",
        NEW,
        {"Đảng ủy xã Phước Sơn"},
        set(),
        id="cm-party-commune",
    ),
    P(
        "HĐND xã Hòa Vang tổ chức kỳ họp thứ nhất.",
        NEW,
        {f"{HD} xã Hòa Vang"},
        set(),
        id="cm-council-commune",
    ),
    P(
        "Ủy ban MTTQ Việt Nam xã Đông Hưng tổ chức hội nghị.",
        NEW,
        {f"{MT} xã Đông Hưng"},
        set(),
        id="cm-front-commune",
    ),
    P(
        "Công an xã Ea Kar tiếp nhận hồ sơ.",
        NEW,
        {"Công an xã Ea Kar"},
        set(),
        id="cm-police-commune",
    ),
    P(
        "UBND thị trấn Phong Điền tổ chức đối thoại.",
        OLD,
        {f"{UB} thị trấn Phong Điền"},
        set(),
        id="cm-township",
    ),
]

REGIONAL = [
    P(
        "Tòa án nhân dân khu vực 1 - Hà Nội tổ chức phiên tòa rút kinh nghiệm.",
        NEW,
        {f"{TA} khu vực 1 - Hà Nội"},
        set(),
        id="r-court-place",
    ),
    P(
        "TAND khu vực 4 - Nghệ An xét xử sơ thẩm vụ án.",
        NEW,
        {f"{TA} khu vực 4 - Nghệ An"},
        set(),
        id="r-court-abbrev",
    ),
    P(
        "VKSND khu vực 6 kiểm sát trực tiếp tại nhà tạm giữ.",
        NEW,
        {f"{VKS} khu vực 6"},
        set(),
        id="r-procuracy-bare",
    ),
    P(
        "Viện KSND khu vực 2 phối hợp với TAND khu vực 2.",
        NEW,
        {f"{VKS} khu vực 2", f"{TA} khu vực 2"},
        set(),
        id="r-procuracy-and-court",
    ),
    P(
        "Phòng THADS khu vực 3 tổ chức cưỡng chế.",
        NEW,
        {f"Phòng {THA} khu vực 3"},
        set(),
        id="r-enforcement-office",
    ),
    P(
        "Thi hành án dân sự tỉnh Quảng Trị tổ chức hội nghị triển khai nhiệm vụ.",
        NEW,
        {f"{THA} tỉnh Quảng Trị"},
        set(),
        id="r-enforcement-province",
    ),
    P(
        "THADS TP. Hải Phòng tổ chức hội nghị sơ kết.",
        NEW,
        {f"{THA} thành phố Hải Phòng"},
        set(),
        id="r-enforcement-city-abbrev",
    ),
    P(
        "Phòng Thi hành án dân sự khu vực 7 - Thi hành án dân sự tỉnh Lâm Đồng vừa cưỡng chế.",
        NEW,
        {f"Phòng {THA} khu vực 7"},
        set(),
        id="r-enforcement-office-parent",
    ),
    P(
        "Chi cục Thuế khu vực XV phối hợp với Phòng THADS khu vực 1.",
        NEW,
        {"Chi cục Thuế khu vực XV", f"Phòng {THA} khu vực 1"},
        set(),
        id="r-tax-roman",
    ),
    P(
        "Kho bạc Nhà nước khu vực VII và Bảo hiểm xã hội khu vực VII ký kết phối hợp.",
        NEW,
        {"Kho bạc Nhà nước khu vực VII", "Bảo hiểm xã hội khu vực VII"},
        set(),
        id="r-treasury-insurance",
    ),
    P(
        "Các Phòng Thi hành án dân sự khu vực trên địa bàn tỉnh đã ra quân.",
        NEW,
        set(),
        {f"Phòng {THA} khu vực"},
        id="r-neg-plural-offices",
    ),
    P(
        "Viện kiểm sát nhân dân khu vực 5 - Đồng Nai và Tòa án nhân dân khu vực 5 - Đồng Nai"
        " ký quy chế.",
        NEW,
        {f"{VKS} khu vực 5 - Đồng Nai", f"{TA} khu vực 5 - Đồng Nai"},
        set(),
        id="r-procuracy-court-place",
    ),
]

COURTS = [
    P(
        "TAND tỉnh Bình Phước mở phiên tòa xét xử lưu động.",
        OLD,
        {f"{TA} tỉnh Bình Phước"},
        set(),
        id="j-provincial-court",
    ),
    P(
        "VKSND huyện Lục Yên kiểm sát việc tạm giữ.",
        OLD,
        {f"{VKS} huyện Lục Yên"},
        set(),
        id="j-district-procuracy",
    ),
    P(
        "TAND cấp cao tại Hà Nội xét xử phúc thẩm vụ án.",
        OLD,
        {f"{TA} cấp cao tại Hà Nội"},
        set(),
        id="j-high-court",
    ),
    P(
        "VKSND cấp cao tại Thành phố Hồ Chí Minh kháng nghị bản án.",
        OLD,
        {f"{VKS} cấp cao tại Thành phố Hồ Chí Minh"},
        set(),
        id="j-high-procuracy",
    ),
    P(
        "Tòa án quân sự Quân khu 4 xét xử lưu động.",
        OLD,
        {"Tòa án quân sự Quân khu 4"},
        set(),
        id="j-military-court",
    ),
    P(
        "Viện kiểm sát quân sự khu vực 22 phối hợp tuyên truyền.",
        OLD,
        {"Viện kiểm sát quân sự khu vực 22"},
        set(),
        id="j-military-procuracy",
    ),
    P(
        "TAND, VKSND huyện Chợ Mới phối hợp tổ chức phiên tòa.",
        OLD,
        {f"{TA} huyện Chợ Mới", f"{VKS} huyện Chợ Mới"},
        set(),
        id="j-elliptical-pair",
    ),
    P(
        "Tòa án nhân dân và Viện kiểm sát nhân dân tỉnh Hậu Giang ký kết quy chế.",
        OLD,
        {f"{TA} tỉnh Hậu Giang", f"{VKS} tỉnh Hậu Giang"},
        set(),
        id="j-elliptical-va",
    ),
    P(
        "Phòng 7 VKSND tỉnh Bắc Giang tổ chức hội nghị chuyên đề.",
        OLD,
        {f"Phòng 7 {VKS} tỉnh Bắc Giang"},
        set(),
        id="j-procuracy-room",
    ),
    P(
        "Tòa Hình sự TAND tỉnh Thái Bình xét xử vụ án.",
        OLD,
        {f"Tòa Hình sự {TA} tỉnh Thái Bình"},
        set(),
        id="j-criminal-bench",
    ),
    P(
        "Cơ quan Cảnh sát điều tra Công an tỉnh Thái Nguyên khởi tố vụ án.",
        OLD,
        {"Cơ quan Cảnh sát điều tra Công an tỉnh Thái Nguyên"},
        set(),
        id="j-investigation-agency",
    ),
    P(
        "Viện kiểm sát hai cấp tỉnh Vĩnh Long đã hoàn thành chỉ tiêu.",
        OLD,
        set(),
        {f"{VKS} tỉnh Vĩnh Long"},
        id="j-neg-two-levels",
    ),
    P(
        "Tòa án các cấp đã giải quyết nhiều vụ án.",
        OLD,
        set(),
        {TA},
        id="j-neg-all-levels",
    ),
]

ENFORCEMENT = [
    P(
        "Cục THADS tỉnh Đắk Nông tổ chức hội nghị.",
        OLD,
        {f"Cục {THA} tỉnh Đắk Nông"},
        set(),
        id="e-provincial",
    ),
    P(
        "Chi cục THADS thành phố Buôn Ma Thuột phối hợp cưỡng chế.",
        OLD,
        {f"Chi cục {THA} thành phố Buôn Ma Thuột"},
        set(),
        id="e-district-city",
    ),
    P(
        "Chi cục Thi hành án dân sự thị xã Bình Long tổ chức tổng kết.",
        OLD,
        {f"Chi cục {THA} thị xã Bình Long"},
        set(),
        id="e-district-town",
    ),
    P(
        "Văn phòng Cục THADS tỉnh Quảng Nam tham mưu tổ chức.",
        OLD,
        {f"Văn phòng Cục {THA} tỉnh Quảng Nam"},
        set(),
        id="e-office-of",
    ),
    P(
        "Phòng Nghiệp vụ và Tổ chức thi hành án Cục THADS tỉnh Bến Tre hướng dẫn.",
        OLD,
        {f"Phòng Nghiệp vụ và Tổ chức thi hành án Cục {THA} tỉnh Bến Tre"},
        set(),
        id="e-room-of",
    ),
    P(
        "Chi cục THADS các huyện: Krông Pắc, Cư M'gar, Ea Súp đã hoàn thành chỉ tiêu.",
        OLD,
        {
            f"Chi cục {THA} huyện Krông Pắc",
            f"Chi cục {THA} huyện Cư M'gar",
            f"Chi cục {THA} huyện Ea Súp",
        },
        set(),
        id="e-district-list",
    ),
    P(
        "Cục THADS các tỉnh Hà Nam, Nam Định, Ninh Bình dự hội nghị.",
        OLD,
        {f"Cục {THA} tỉnh Hà Nam", f"Cục {THA} tỉnh Nam Định", f"Cục {THA} tỉnh Ninh Bình"},
        set(),
        id="e-province-list",
    ),
    P(
        "Ban Chỉ đạo thi hành án dân sự tỉnh Phú Thọ họp phiên thường kỳ.",
        OLD,
        {f"Ban Chỉ đạo {THA} tỉnh Phú Thọ"},
        set(),
        id="e-steering",
    ),
    P(
        "09 Chi cục THADS trực thuộc đã hoàn thành chỉ tiêu.",
        OLD,
        set(),
        {f"Chi cục {THA}"},
        id="e-neg-count",
    ),
]

PARTY = [
    P("Tỉnh ủy Bạc Liêu ban hành chỉ thị.", OLD, {"Tỉnh ủy Bạc Liêu"}, set(), id="pt-provincial"),
    P(
        "Thành ủy Hải Phòng tổ chức hội nghị cán bộ chủ chốt.",
        OLD,
        {"Thành ủy Hải Phòng"},
        set(),
        id="pt-city",
    ),
    P(
        "Huyện ủy Văn Lãng tổ chức sơ kết.",
        OLD,
        {"Huyện ủy Văn Lãng"},
        set(),
        id="pt-district",
    ),
    P(
        "Ban Thường vụ Tỉnh ủy Bình Thuận cho ý kiến.",
        OLD,
        {"Ban Thường vụ Tỉnh ủy Bình Thuận"},
        set(),
        id="pt-standing-board",
    ),
    P(
        "Ban Tuyên giáo Tỉnh ủy Sóc Trăng tổ chức hội nghị báo cáo viên.",
        OLD,
        {"Ban Tuyên giáo Tỉnh ủy Sóc Trăng"},
        set(),
        id="pt-propaganda",
    ),
    P(
        "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức hội nghị.",
        NEW,
        {"Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"},
        set(),
        id="pt-new-propaganda",
    ),
    P(
        "Ban Nội chính Tỉnh ủy Trà Vinh phối hợp thẩm định.",
        OLD,
        {"Ban Nội chính Tỉnh ủy Trà Vinh"},
        set(),
        id="pt-internal-affairs",
    ),
    P(
        "Ủy ban Kiểm tra Huyện ủy Mai Sơn kiểm tra đảng viên.",
        OLD,
        {"Ủy ban Kiểm tra Huyện ủy Mai Sơn"},
        set(),
        id="pt-district-inspection",
    ),
    P(
        "Đảng ủy Sở Tư pháp tỉnh Long An tổ chức đại hội.",
        OLD,
        {"Đảng ủy Sở Tư pháp tỉnh Long An"},
        set(),
        id="pt-party-of-dept",
    ),
    P(
        "Chi bộ Phòng Tư pháp huyện Đức Trọng tổ chức sinh hoạt chuyên đề.",
        OLD,
        {"Chi bộ Phòng Tư pháp huyện Đức Trọng"},
        set(),
        id="pt-cell-of-office",
    ),
    P(
        "Đảng ủy Cục THADS tỉnh Kiên Giang tổ chức hội nghị.",
        OLD,
        {f"Đảng ủy Cục {THA} tỉnh Kiên Giang"},
        set(),
        id="pt-party-of-enforcement",
    ),
    P(
        "Ban Tổ chức Tỉnh ủy, Ban Dân vận Tỉnh ủy Điện Biên phối hợp.",
        OLD,
        {"Ban Tổ chức Tỉnh ủy Điện Biên", "Ban Dân vận Tỉnh ủy Điện Biên"},
        set(),
        id="pt-elliptical-boards",
    ),
    P(
        "Thị ủy Hồng Lĩnh lãnh đạo thực hiện.",
        OLD,
        {"Thị ủy Hồng Lĩnh"},
        set(),
        id="pt-town",
    ),
    P(
        "Đảng ủy các cơ quan Đảng tỉnh Hưng Yên tổ chức hội nghị.",
        NEW,
        {"Đảng ủy các cơ quan Đảng tỉnh Hưng Yên"},
        set(),
        id="pt-party-agencies",
    ),
    P(
        "Đảng ủy UBND tỉnh Khánh Hòa tổ chức đại hội.",
        OLD,
        {f"Đảng ủy {UB} tỉnh Khánh Hòa"},
        set(),
        id="pt-party-of-committee",
    ),
]

YOUTH = [
    P(
        "Tỉnh đoàn Quảng Ninh tổ chức chiến dịch tình nguyện.",
        OLD,
        {"Tỉnh đoàn Quảng Ninh"},
        set(),
        id="y-provincial",
    ),
    P(
        "Huyện đoàn Thạch Hà phối hợp tuyên truyền.",
        OLD,
        {"Huyện đoàn Thạch Hà"},
        set(),
        id="y-district",
    ),
    P(
        "Thành đoàn Đà Nẵng phát động phong trào.",
        OLD,
        {"Thành đoàn Đà Nẵng"},
        set(),
        id="y-city",
    ),
    P(
        "Ban Thường vụ Tỉnh đoàn Hà Tĩnh khen thưởng các tập thể.",
        OLD,
        {"Ban Thường vụ Tỉnh đoàn Hà Tĩnh"},
        set(),
        id="y-board",
    ),
    P(
        "Chi đoàn Sở Tư pháp tỉnh Hải Dương tổ chức sinh hoạt.",
        OLD,
        {"Chi đoàn Sở Tư pháp tỉnh Hải Dương"},
        set(),
        id="y-cell-of-dept",
    ),
    P(
        "Đoàn Thanh niên Sở Tư pháp tỉnh Thái Bình ra quân tình nguyện.",
        OLD,
        {"Đoàn Thanh niên Sở Tư pháp tỉnh Thái Bình"},
        set(),
        id="y-union-of-dept",
    ),
    P(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu tổ chức tuyên dương.",
        OLD,
        {"Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu"},
        set(),
        id="y-full-name",
    ),
]

FRONTS = [
    P(
        "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức hội nghị phản biện.",
        OLD,
        {f"{MT} tỉnh Đồng Tháp"},
        set(),
        id="f-front-abbrev",
    ),
    P(
        "UBMTTQ Việt Nam huyện Cái Bè phối hợp tuyên truyền.",
        OLD,
        {f"{MT} huyện Cái Bè"},
        set(),
        id="f-front-glued-abbrev",
    ),
    P(
        "Hội Liên hiệp Phụ nữ tỉnh Vĩnh Phúc tổ chức tọa đàm.",
        OLD,
        {"Hội Liên hiệp Phụ nữ tỉnh Vĩnh Phúc"},
        set(),
        id="f-women",
    ),
    P(
        "Hội LHPN tỉnh Bắc Ninh phối hợp với Sở Tư pháp tỉnh Bắc Ninh.",
        OLD,
        {"Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh", "Sở Tư pháp tỉnh Bắc Ninh"},
        set(),
        id="f-women-abbrev",
    ),
    P(
        "Hội Nông dân tỉnh Thái Nguyên và Hội Cựu chiến binh tỉnh Thái Nguyên ký kết chương trình.",
        OLD,
        {"Hội Nông dân tỉnh Thái Nguyên", "Hội Cựu chiến binh tỉnh Thái Nguyên"},
        set(),
        id="f-farmers-veterans",
    ),
    P(
        "Liên đoàn Lao động tỉnh Quảng Ngãi tổ chức tư vấn pháp luật.",
        OLD,
        {"Liên đoàn Lao động tỉnh Quảng Ngãi"},
        set(),
        id="f-labour",
    ),
    P(
        "Hội Luật gia tỉnh Bình Dương tổ chức đại hội.",
        OLD,
        {"Hội Luật gia tỉnh Bình Dương"},
        set(),
        id="f-jurists",
    ),
    P(
        "Đoàn Luật sư tỉnh Bà Rịa - Vũng Tàu cử luật sư tham gia.",
        OLD,
        {"Đoàn Luật sư tỉnh Bà Rịa - Vũng Tàu"},
        set(),
        id="f-bar",
    ),
    P(
        "Hội Luật gia Việt Nam và Liên đoàn Luật sư Việt Nam phối hợp.",
        OLD,
        {"Hội Luật gia Việt Nam", "Liên đoàn Luật sư Việt Nam"},
        set(),
        id="f-national-associations",
    ),
    P(
        "Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị.",
        OLD,
        {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
        set(),
        id="f-front-central",
    ),
    P(
        "Hội Chữ thập đỏ tỉnh Hưng Yên trao quà cho hộ nghèo.",
        OLD,
        {"Hội Chữ thập đỏ tỉnh Hưng Yên"},
        set(),
        id="f-red-cross",
    ),
    P(
        "Hội Nông dân, Hội Cựu chiến binh huyện Gia Bình phối hợp tuyên truyền.",
        OLD,
        {"Hội Nông dân huyện Gia Bình", "Hội Cựu chiến binh huyện Gia Bình"},
        set(),
        id="f-elliptical-associations",
    ),
]

COUNCILS = [
    P(
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Quảng Trị họp phiên thứ nhất.",
        OLD,
        {"Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Quảng Trị"},
        set(),
        id="k-pbgdpl-council",
    ),
    P(
        "Hội đồng phối hợp PBGDPL tỉnh Bình Định ban hành kế hoạch.",
        OLD,
        {"Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Bình Định"},
        set(),
        id="k-pbgdpl-abbrev",
    ),
    P(
        "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam xét đề nghị khen thưởng.",
        OLD,
        {"Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam"},
        set(),
        id="k-emulation-council-place",
    ),
    P(
        "Ban Chỉ đạo 138 tỉnh Thừa Thiên Huế tổng kết công tác.",
        OLD,
        {"Ban Chỉ đạo 138 tỉnh Thừa Thiên Huế"},
        set(),
        id="k-numbered-steering",
    ),
    P(
        "Hội đồng thi đua - khen thưởng đã họp xét.",
        OLD,
        set(),
        {"Hội đồng thi đua - khen thưởng"},
        id="k-neg-bare-council",
    ),
    P(
        "Hội đồng Phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng tỉnh Ninh Thuận"
        " họp.",
        OLD,
        {
            "Hội đồng Phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng"
            " tỉnh Ninh Thuận"
        },
        set(),
        id="k-legal-aid-council",
    ),
    P(
        "Hội đồng tư vấn đặc xá tỉnh Bắc Giang họp xét hồ sơ.",
        OLD,
        set(),
        {"Hội đồng tư vấn đặc"},
        id="k-neg-cut-council",
    ),
]

SUBUNITS = [
    P(
        "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Ninh Thuận hướng dẫn nghiệp vụ.",
        OLD,
        {"Phòng Hành chính tư pháp Sở Tư pháp tỉnh Ninh Thuận"},
        set(),
        id="u-room-of-dept",
    ),
    P(
        "Văn phòng UBND tỉnh Hà Tĩnh tham mưu tổ chức.",
        OLD,
        {f"Văn phòng {UB} tỉnh Hà Tĩnh"},
        set(),
        id="u-office-of-committee",
    ),
    P(
        "Thanh tra Sở Tư pháp tỉnh Lâm Đồng tiến hành thanh tra.",
        OLD,
        {"Thanh tra Sở Tư pháp tỉnh Lâm Đồng"},
        set(),
        id="u-inspectorate-of-dept",
    ),
    P(
        "Ban Pháp chế HĐND tỉnh Quảng Bình giám sát tại Sở Tư pháp.",
        OLD,
        {f"Ban Pháp chế {HD} tỉnh Quảng Bình", "Sở Tư pháp tỉnh Quảng Bình"},
        set(),
        id="u-legal-board",
    ),
    P(
        "Phòng Cảnh sát hình sự Công an tỉnh Long An phối hợp điều tra.",
        OLD,
        {"Phòng Cảnh sát hình sự Công an tỉnh Long An"},
        set(),
        id="u-police-room",
    ),
    P(
        "Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Cà Mau tổ chức cuộc thi.",
        OLD,
        {"Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Cà Mau"},
        set(),
        id="u-inner-comma-room",
    ),
    P(
        "Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật Sở Tư pháp tỉnh Đắk Lắk thẩm định.",
        OLD,
        {"Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật Sở Tư pháp tỉnh Đắk Lắk"},
        set(),
        id="u-long-room",
    ),
    P(
        "Ban Kinh tế - Ngân sách HĐND tỉnh Thanh Hóa thẩm tra báo cáo.",
        OLD,
        {f"Ban Kinh tế - Ngân sách {HD} tỉnh Thanh Hóa"},
        set(),
        id="u-budget-board",
    ),
    P(
        "Ban Pháp chế HĐND huyện Yên Thế giám sát tại UBND xã Đồng Tâm.",
        OLD,
        {f"Ban Pháp chế {HD} huyện Yên Thế", f"{UB} xã Đồng Tâm"},
        set(),
        id="u-district-board",
    ),
    P(
        "Phòng Tư pháp thuộc UBND huyện Cẩm Thủy hướng dẫn chứng thực.",
        OLD,
        {"Phòng Tư pháp huyện Cẩm Thủy"},
        set(),
        id="u-room-thuoc",
    ),
]

LISTS = [
    P(
        "Tham dự có đại diện các sở: Tư pháp, Tài chính, Nội vụ tỉnh Bình Định.",
        OLD,
        {"Sở Tư pháp tỉnh Bình Định", "Sở Tài chính tỉnh Bình Định", "Sở Nội vụ tỉnh Bình Định"},
        set(),
        id="l-depts-colon",
    ),
    P(
        "Tham gia có các sở, ngành: Tư pháp, Công an, Tài chính, Nội vụ của tỉnh Long An.",
        OLD,
        {
            "Sở Tư pháp tỉnh Long An",
            "Công an tỉnh Long An",
            "Sở Tài chính tỉnh Long An",
            "Sở Nội vụ tỉnh Long An",
        },
        {"Sở Công an tỉnh Long An"},
        id="l-depts-and-police",
    ),
    P(
        "Sở Tư pháp tỉnh Long An chủ trì, các sở, ngành: Công an, Thanh tra, Tài chính phối hợp.",
        OLD,
        {"Công an tỉnh Long An", "Thanh tra tỉnh Long An", "Sở Tài chính tỉnh Long An"},
        set(),
        id="l-depts-police-inspectorate",
    ),
    P(
        "Sở Tư pháp, Sở Nội vụ, Sở Tài chính tỉnh Quảng Nam cùng tham gia.",
        OLD,
        {"Sở Tư pháp tỉnh Quảng Nam", "Sở Nội vụ tỉnh Quảng Nam", "Sở Tài chính tỉnh Quảng Nam"},
        set(),
        id="l-depts-shared-place",
    ),
    P(
        "UBND, HĐND tỉnh Kon Tum chỉ đạo quyết liệt.",
        OLD,
        {f"{UB} tỉnh Kon Tum", f"{HD} tỉnh Kon Tum"},
        set(),
        id="l-committee-council",
    ),
    P(
        "Công an, Tòa án, Viện kiểm sát tỉnh Lai Châu phối hợp chặt chẽ.",
        OLD,
        {"Công an tỉnh Lai Châu", f"{TA} tỉnh Lai Châu", f"{VKS} tỉnh Lai Châu"},
        set(),
        id="l-police-court-procuracy",
    ),
    P(
        "UBND các huyện: Hải Hậu, Giao Thủy, Xuân Trường đã hoàn thành.",
        OLD,
        {f"{UB} huyện Hải Hậu", f"{UB} huyện Giao Thủy", f"{UB} huyện Xuân Trường"},
        set(),
        id="l-committees-of-districts",
    ),
    P(
        "Phòng Tư pháp các huyện Tam Nông, Thanh Sơn đạt kết quả tốt.",
        OLD,
        {"Phòng Tư pháp huyện Tam Nông", "Phòng Tư pháp huyện Thanh Sơn"},
        set(),
        id="l-rooms-of-districts",
    ),
    P(
        "Sở Tư pháp các tỉnh: Hà Giang, Tuyên Quang, Cao Bằng dự hội nghị.",
        OLD,
        {"Sở Tư pháp tỉnh Hà Giang", "Sở Tư pháp tỉnh Tuyên Quang", "Sở Tư pháp tỉnh Cao Bằng"},
        set(),
        id="l-depts-of-provinces",
    ),
    P(
        "UBND các xã Tân Hòa, Tân Lợi đã ra quyết định.",
        OLD,
        {f"{UB} xã Tân Hòa", f"{UB} xã Tân Lợi"},
        set(),
        id="l-committees-of-communes",
    ),
    P(
        "Phòng Tư pháp các huyện, thị xã, thành phố đã tổ chức tuyên truyền.",
        OLD,
        set(),
        {"Phòng Tư pháp huyện"},
        id="l-neg-generic-plural",
    ),
    P(
        "Lãnh đạo các sở, ban, ngành tỉnh Bắc Giang dự hội nghị.",
        OLD,
        set(),
        {"Sở tỉnh Bắc Giang"},
        id="l-neg-sectors",
    ),
    P(
        "Ban Dân vận, Ban Tuyên giáo Huyện ủy Lạc Sơn phối hợp tổ chức.",
        OLD,
        {"Ban Dân vận Huyện ủy Lạc Sơn", "Ban Tuyên giáo Huyện ủy Lạc Sơn"},
        set(),
        id="l-district-boards",
    ),
    P(
        "Tòa án nhân dân, Viện kiểm sát nhân dân và Chi cục THADS huyện Kỳ Anh ký kết quy chế.",
        OLD,
        {f"{TA} huyện Kỳ Anh", f"{VKS} huyện Kỳ Anh", f"Chi cục {THA} huyện Kỳ Anh"},
        set(),
        id="l-three-bodies-district",
    ),
    P(
        "UBND xã Tam Nông, xã Thanh Sơn và xã Cẩm Khê đã hoàn thành sắp xếp.",
        NEW,
        {f"{UB} xã Tam Nông", f"{UB} xã Thanh Sơn", f"{UB} xã Cẩm Khê"},
        set(),
        id="l-communes-each-with-word",
    ),
    P(
        "Công an phường Việt Trì, phường Nông Trang phối hợp tuần tra.",
        NEW,
        {"Công an phường Việt Trì", "Công an phường Nông Trang"},
        set(),
        id="l-wards-each-with-word",
    ),
    P(
        "UBND xã Tam Nông và xã hội hóa công tác trợ giúp.",
        NEW,
        {f"{UB} xã Tam Nông"},
        {f"{UB} xã hội"},
        id="l-neg-word-not-a-commune",
    ),
]

BRACKETS = [
    P(
        "Sở Tư pháp các tỉnh (Lạng Sơn, Cao Bằng, Bắc Kạn) tham dự hội nghị.",
        OLD,
        {"Sở Tư pháp tỉnh Lạng Sơn", "Sở Tư pháp tỉnh Cao Bằng", "Sở Tư pháp tỉnh Bắc Kạn"},
        set(),
        id="b-depts-bracket",
    ),
    P(
        "Cục THADS các tỉnh (Sóc Trăng, Bạc Liêu, Cà Mau) ký kết giao ước thi đua.",
        OLD,
        {f"Cục {THA} tỉnh Sóc Trăng", f"Cục {THA} tỉnh Bạc Liêu", f"Cục {THA} tỉnh Cà Mau"},
        set(),
        id="b-enforcement-bracket",
    ),
    P(
        "Đại diện Sở Tư pháp 3 tỉnh (Quảng Trị, Quảng Bình, Hà Tĩnh) trao đổi kinh nghiệm.",
        OLD,
        {"Sở Tư pháp tỉnh Quảng Trị", "Sở Tư pháp tỉnh Quảng Bình", "Sở Tư pháp tỉnh Hà Tĩnh"},
        set(),
        id="b-counted-bracket",
    ),
    P(
        "Chi cục THADS các huyện (Đức Cơ, Chư Prông) hoàn thành chỉ tiêu.",
        OLD,
        {f"Chi cục {THA} huyện Đức Cơ", f"Chi cục {THA} huyện Chư Prông"},
        set(),
        id="b-district-bracket",
    ),
    P(
        "Viện kiểm sát nhân dân các tỉnh (An Giang, Kiên Giang) phối hợp kiểm sát.",
        OLD,
        {f"{VKS} tỉnh An Giang", f"{VKS} tỉnh Kiên Giang"},
        set(),
        id="b-procuracy-bracket",
    ),
    P(
        "Sở Tư pháp các tỉnh, thành phố (Hà Nội, Hưng Yên) chia sẻ kinh nghiệm.",
        OLD,
        {"Sở Tư pháp thành phố Hà Nội", "Sở Tư pháp tỉnh Hưng Yên"},
        set(),
        id="b-provinces-and-cities",
    ),
    P(
        "Sở Tư pháp 5 tỉnh Bắc Trung Bộ (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị) dự.",
        OLD,
        {
            "Sở Tư pháp tỉnh Thanh Hóa",
            "Sở Tư pháp tỉnh Nghệ An",
            "Sở Tư pháp tỉnh Hà Tĩnh",
            "Sở Tư pháp tỉnh Quảng Bình",
            "Sở Tư pháp tỉnh Quảng Trị",
        },
        set(),
        id="b-count-region-bracket",
    ),
    P(
        "Đại diện Sở Tư pháp các tỉnh trong Cụm thi đua (Lào Cai, Yên Bái, Hà Giang) dự.",
        OLD,
        {"Sở Tư pháp tỉnh Lào Cai", "Sở Tư pháp tỉnh Yên Bái", "Sở Tư pháp tỉnh Hà Giang"},
        set(),
        id="b-group-bracket",
    ),
    P(
        "Đoàn đại biểu Quốc hội các tỉnh Lào Cai, Yên Bái giám sát chung.",
        OLD,
        {"Đoàn đại biểu Quốc hội tỉnh Lào Cai", "Đoàn đại biểu Quốc hội tỉnh Yên Bái"},
        set(),
        id="b-assembly-delegations",
    ),
    P(
        "Sở Tư pháp 5 tỉnh đã ký kết giao ước thi đua.",
        OLD,
        set(),
        {"Sở Tư pháp"},
        id="b-neg-count-without-names",
    ),
]

ABBREVIATIONS = [
    P(
        "UBND H. Mỹ Đức tổ chức đối thoại với người dân.",
        OLD,
        {f"{UB} huyện Mỹ Đức"},
        set(),
        id="a-district-h-dot",
    ),
    P(
        "Viện KSND tỉnh Tiền Giang tổ chức hội nghị.",
        OLD,
        {f"{VKS} tỉnh Tiền Giang"},
        set(),
        id="a-procuracy-mixed",
    ),
    P(
        "Chi cục THA DS huyện Cờ Đỏ ra quyết định thi hành án.",
        OLD,
        {f"Chi cục {THA} huyện Cờ Đỏ"},
        set(),
        id="a-enforcement-split",
    ),
    P(
        "TAND TP. Hà Nội xét xử phúc thẩm.",
        OLD,
        {f"{TA} thành phố Hà Nội"},
        set(),
        id="a-court-city",
    ),
    P(
        "VKSND Tp.HCM tổ chức hội nghị.",
        OLD,
        {f"{VKS} thành phố Hồ Chí Minh"},
        set(),
        id="a-procuracy-glued-city",
    ),
    P(
        "Cục THADS TP. Đà Nẵng tổ chức hội nghị.",
        OLD,
        {f"Cục {THA} thành phố Đà Nẵng"},
        set(),
        id="a-enforcement-city",
    ),
    P(
        "UBND TX. Ba Đồn phối hợp tổ chức.",
        OLD,
        {f"{UB} thị xã Ba Đồn"},
        set(),
        id="a-town-abbrev",
    ),
]

INNER_COMMA = [
    P(
        "Trường Đào tạo, Bồi dưỡng nghiệp vụ kiểm sát tổ chức lớp bồi dưỡng.",
        OLD,
        {"Trường Đào tạo, Bồi dưỡng nghiệp vụ kiểm sát"},
        {"Trường Đào tạo"},
        id="i-procuracy-school",
    ),
    P(
        "Trường Đào tạo, bồi dưỡng nghiệp vụ kiểm sát tại Thành phố Hồ Chí Minh khai giảng lớp.",
        OLD,
        {"Trường Đào tạo, bồi dưỡng nghiệp vụ kiểm sát tại Thành phố Hồ Chí Minh"},
        {"Trường Đào tạo"},
        id="i-procuracy-school-branch",
    ),
    P(
        "Trung tâm Đào tạo, Bồi dưỡng cán bộ, công chức tỉnh Yên Bái tổ chức lớp học.",
        OLD,
        {"Trung tâm Đào tạo, Bồi dưỡng cán bộ, công chức tỉnh Yên Bái"},
        {"Trung tâm Đào tạo"},
        id="i-training-centre",
    ),
    P(
        "Vụ Phổ biến, giáo dục pháp luật Bộ Tư pháp chủ trì.",
        OLD,
        {"Vụ Phổ biến, giáo dục pháp luật"},
        {"Vụ Phổ biến"},
        id="i-ministry-unit-comma",
    ),
    P(
        "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý Sở Tư pháp tỉnh Hậu Giang tổ chức.",
        OLD,
        {"Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý Sở Tư pháp tỉnh Hậu Giang"},
        {"Phòng Phổ biến"},
        id="i-room-comma-va",
    ),
]

FOREIGN = [
    P(
        "Đoàn công tác Bộ Tư pháp Lào sang thăm và làm việc.",
        OLD,
        {"Bộ Tư pháp Lào"},
        set(),
        id="x-lao-ministry",
    ),
    P(
        "Sở Tư pháp tỉnh Savannakhet và Sở Tư pháp tỉnh Quảng Trị ký biên bản ghi nhớ.",
        OLD,
        {"Sở Tư pháp tỉnh Savannakhet", "Sở Tư pháp tỉnh Quảng Trị"},
        set(),
        id="x-lao-province-dept",
    ),
    P(
        "Bộ Tư pháp Nhật Bản và Cơ quan Hợp tác Quốc tế Nhật Bản hỗ trợ dự án.",
        OLD,
        {"Bộ Tư pháp Nhật Bản", "Cơ quan Hợp tác Quốc tế Nhật Bản"},
        set(),
        id="x-japan",
    ),
    P(
        "Chương trình Phát triển Liên hợp quốc tài trợ hội thảo.",
        OLD,
        {"Chương trình Phát triển Liên hợp quốc"},
        set(),
        id="x-undp",
    ),
    P(
        "Đại sứ quán Hàn Quốc tại Việt Nam phối hợp tổ chức.",
        OLD,
        {"Đại sứ quán Hàn Quốc tại Việt Nam"},
        set(),
        id="x-embassy",
    ),
    P(
        "Tòa án nhân dân tối cao Lào cử đoàn sang làm việc.",
        OLD,
        {"Tòa án nhân dân tối cao Lào"},
        set(),
        id="x-lao-court",
    ),
]

PRESS_UNIVERSITIES = [
    P(
        "Báo Pháp luật Việt Nam và Tạp chí Dân chủ và Pháp luật đưa tin.",
        OLD,
        {"Báo Pháp luật Việt Nam", "Tạp chí Dân chủ và Pháp luật"},
        set(),
        id="m-ministry-press",
    ),
    P(
        "Đài Phát thanh và Truyền hình tỉnh Phú Thọ phối hợp tuyên truyền.",
        OLD,
        {"Đài Phát thanh và Truyền hình tỉnh Phú Thọ"},
        set(),
        id="m-provincial-broadcaster",
    ),
    P(
        "Báo Quảng Ninh đăng loạt bài về cải cách tư pháp.",
        OLD,
        {"Báo Quảng Ninh"},
        set(),
        id="m-provincial-paper",
    ),
    P(
        "Trường Đại học Luật Hà Nội và Học viện Tư pháp ký kết hợp tác.",
        OLD,
        {"Trường Đại học Luật Hà Nội", "Học viện Tư pháp"},
        set(),
        id="m-law-schools",
    ),
    P(
        "Trường Đại học Kiểm sát Hà Nội tổ chức lễ khai giảng.",
        OLD,
        {"Trường Đại học Kiểm sát Hà Nội"},
        set(),
        id="m-procuracy-university",
    ),
    P(
        "Khoa Luật Đại học Quốc gia Hà Nội tổ chức hội thảo.",
        OLD,
        {"Khoa Luật Đại học Quốc gia Hà Nội"},
        set(),
        id="m-faculty",
    ),
    P(
        "Trường Đại học Luật Thành phố Hồ Chí Minh tổ chức hội thảo khoa học.",
        OLD,
        {"Trường Đại học Luật Thành phố Hồ Chí Minh"},
        set(),
        id="m-hcm-law-school",
    ),
    P(
        "Đài Truyền hình Việt Nam và Thông tấn xã Việt Nam đưa tin.",
        OLD,
        {"Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam"},
        set(),
        id="m-national-media",
    ),
    P(
        "Học viện Chính trị quốc gia Hồ Chí Minh tổ chức hội thảo.",
        OLD,
        {"Học viện Chính trị quốc gia Hồ Chí Minh"},
        set(),
        id="m-political-academy",
    ),
    P(
        "Báo Bảo vệ pháp luật phối hợp với Báo Công lý tổ chức tọa đàm.",
        OLD,
        {"Báo Bảo vệ pháp luật", "Báo Công lý"},
        set(),
        id="m-sector-papers",
    ),
    P(
        "Tạp chí Dân chủ và Pháp luật (Bộ Tư pháp) đăng loạt bài chuyên đề.",
        OLD,
        {"Tạp chí Dân chủ và Pháp luật", "Bộ Tư pháp"},
        {"Tạp chí Dân chủ và Pháp"},
        id="m-magazine-before-bracket",
    ),
    P(
        "Báo Bảo vệ pháp luật (VKSND tối cao) đưa tin về phiên tòa.",
        OLD,
        {"Báo Bảo vệ pháp luật", f"{VKS} tối cao"},
        {"Báo Bảo vệ pháp"},
        id="m-paper-before-bracket",
    ),
    P(
        "Đài Truyền hình Thành phố Hồ Chí Minh (HTV) phát sóng phóng sự.",
        OLD,
        {"Đài Truyền hình Thành phố Hồ Chí Minh"},
        set(),
        id="m-city-television",
    ),
]

NOTARIES = [
    P(
        "Phòng Công chứng số 1 tỉnh Lâm Đồng thực hiện công chứng hợp đồng.",
        OLD,
        {"Phòng Công chứng số 1 tỉnh Lâm Đồng"},
        set(),
        id="n-public-notary",
    ),
    P(
        "Phòng Công chứng số 2 và Phòng Công chứng số 3 tỉnh Nghệ An được chuyển đổi.",
        OLD,
        {"Phòng Công chứng số 2 tỉnh Nghệ An", "Phòng Công chứng số 3 tỉnh Nghệ An"},
        set(),
        id="n-two-numbered",
    ),
    P(
        "Văn phòng công chứng Hòa Bình tại tỉnh Phú Thọ được cấp phép hoạt động.",
        OLD,
        {"Văn phòng công chứng Hòa Bình"},
        {"Văn phòng công chứng tỉnh Hòa Bình"},
        id="n-private-notary",
    ),
    P(
        "Các văn phòng công chứng trên địa bàn tỉnh đã được kiểm tra.",
        OLD,
        set(),
        {"Văn phòng công chứng"},
        id="n-neg-plural",
    ),
    P(
        "Hội Công chứng viên tỉnh Thanh Hóa tổ chức đại hội nhiệm kỳ đầu.",
        OLD,
        {"Hội Công chứng viên tỉnh Thanh Hóa"},
        set(),
        id="n-notaries-association",
    ),
]

NEGATIVES = [
    P(
        "Đảng và Nhà nước luôn quan tâm đến công tác tư pháp.",
        OLD,
        set(),
        {"Đảng", "Nhà nước"},
        id="z-neg-party-state",
    ),
    P(
        "Hội nghị diễn ra tại Khách sạn Mường Thanh Lạng Sơn.",
        OLD,
        set(),
        {"Khách sạn Mường Thanh Lạng Sơn"},
        id="z-neg-hotel",
    ),
    P(
        "Luật Thi hành án dân sự năm 2008 đã được sửa đổi.",
        OLD,
        set(),
        {THA},
        id="z-neg-law",
    ),
    P(
        "Các cơ quan tư pháp tỉnh Hà Nam đã làm tốt.",
        OLD,
        set(),
        {"Cơ quan tư pháp tỉnh Hà Nam"},
        id="z-neg-agencies",
    ),
]

NUMBERED = [
    P(
        "Trung tâm Trợ giúp pháp lý nhà nước số 2 tỉnh Sóc Trăng tổ chức trợ giúp lưu động.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước số 2 tỉnh Sóc Trăng"},
        set(),
        id="nu-legal-aid-numbered",
    ),
    P(
        "Trung tâm Dịch vụ đấu giá tài sản số 3 tỉnh Đồng Nai tổ chức phiên đấu giá.",
        OLD,
        {"Trung tâm Dịch vụ đấu giá tài sản số 3 tỉnh Đồng Nai"},
        set(),
        id="nu-auction-numbered",
    ),
    P(
        "Trại tạm giam số 2 Công an tỉnh Bình Thuận tổ chức tuyên truyền pháp luật.",
        OLD,
        {"Trại tạm giam số 2 Công an tỉnh Bình Thuận"},
        set(),
        id="nu-detention-numbered",
    ),
    P(
        "Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh Bình Phước tư vấn miễn phí.",
        OLD,
        {"Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh Bình Phước"},
        set(),
        id="nu-jurists-centre",
    ),
    P(
        "Đảng ủy Khối các cơ quan tỉnh Hà Nam tổ chức hội nghị.",
        OLD,
        {"Đảng ủy Khối các cơ quan tỉnh Hà Nam"},
        set(),
        id="nu-party-bloc",
    ),
    P(
        "Đảng ủy Khối Doanh nghiệp tỉnh Thái Bình tổ chức hội nghị.",
        OLD,
        {"Đảng ủy Khối Doanh nghiệp tỉnh Thái Bình"},
        set(),
        id="nu-party-bloc-business",
    ),
    P(
        "Chi bộ Cục THADS tỉnh Phú Yên tổ chức đại hội.",
        OLD,
        {f"Chi bộ Cục {THA} tỉnh Phú Yên"},
        set(),
        id="nu-cell-enforcement",
    ),
    P(
        "Chi bộ TAND huyện Tân Phú tổ chức sinh hoạt chuyên đề.",
        OLD,
        {f"Chi bộ {TA} huyện Tân Phú"},
        set(),
        id="nu-cell-court",
    ),
    P(
        "Văn phòng công chứng Trần Minh Khoa tại tỉnh Đồng Nai được thành lập.",
        OLD,
        {"Văn phòng công chứng Trần Minh Khoa"},
        set(),
        id="nu-notary-person-name",
    ),
    P(
        "Văn phòng công chứng Quận 5 được chuyển nhượng.",
        OLD,
        {"Văn phòng công chứng Quận 5"},
        set(),
        id="nu-notary-district-number",
    ),
]

CASES = [
    P(
        "Sở tư pháp tỉnh Hà Nam phối hợp với Phòng tư pháp huyện Kim Bảng.",
        OLD,
        {"Sở Tư pháp tỉnh Hà Nam", "Phòng Tư pháp huyện Kim Bảng"},
        set(),
        id="s-lower-domain",
    ),
    P(
        "SỞ TƯ PHÁP TỈNH NAM ĐỊNH\nHội nghị triển khai nhiệm vụ năm 2024.",
        OLD,
        {"Sở Tư pháp tỉnh Nam Định"},
        set(),
        id="s-upper-header",
    ),
    P(
        "Ủy ban nhân dân (UBND) tỉnh Gia Lai vừa ban hành kế hoạch.",
        OLD,
        {f"{UB} tỉnh Gia Lai"},
        set(),
        id="s-parenthesized-abbrev",
    ),
    P(
        "Chi cục THADS huyện Ea H'leo và UBND huyện Krông Búk phối hợp.",
        OLD,
        {f"Chi cục {THA} huyện Ea H'leo", f"{UB} huyện Krông Búk"},
        set(),
        id="s-apostrophe-place",
    ),
    P(
        "Cục THADS tỉnh Bà Rịa – Vũng Tàu tổ chức hội nghị.",
        OLD,
        {f"Cục {THA} tỉnh Bà Rịa - Vũng Tàu"},
        set(),
        id="s-dash-province",
    ),
    P(
        "Cục Thi hành án dân sự tỉnh Thừa Thiên - Huế tổ chức hội nghị.",
        OLD,
        {f"Cục {THA} tỉnh Thừa Thiên Huế"},
        set(),
        id="s-hue-dash",
    ),
    P(
        "Ông Đinh Quang Vỹ, Giám đốc Sở Tư pháp tỉnh Bắc Kạn phát biểu.",
        OLD,
        {"Sở Tư pháp tỉnh Bắc Kạn"},
        set(),
        id="s-after-title",
    ),
    P(
        "Đồng chí Lưu Thị Hạnh - Phó Chánh án TAND huyện Phù Cát dự họp.",
        OLD,
        {f"{TA} huyện Phù Cát"},
        set(),
        id="s-after-title-dash",
    ),
    P(
        "Sở Tư pháp tỉnh Ninh Bình.\nNgày 5/3/2024, Sở phối hợp với Tỉnh đoàn tổ chức"
        " tuyên truyền.",
        OLD,
        {"Sở Tư pháp tỉnh Ninh Bình", "Tỉnh đoàn Ninh Bình"},
        set(),
        id="s-short-resolved",
    ),
    P(
        "Cục THADS tỉnh Hòa Bình. Cục đã phối hợp với Ban Nội chính Tỉnh ủy.",
        OLD,
        {f"Cục {THA} tỉnh Hòa Bình", "Ban Nội chính Tỉnh ủy Hòa Bình"},
        set(),
        id="s-board-of-short-committee",
    ),
]

#: the families fixed in this session, with more variants and negatives
FIXED = [
    P(
        "UBND H. Đông Anh phối hợp với Chi cục THADS H. Đông Anh.",
        OLD,
        {f"{UB} huyện Đông Anh", f"Chi cục {THA} huyện Đông Anh"},
        {f"{UB} tỉnh H"},
        id="h-district-abbrev-two",
    ),
    P(
        "Ông Đỗ Văn H. Lâm được mời dự.",
        OLD,
        set(),
        {"huyện Lâm"},
        id="h-neg-initial",
    ),
    P(
        "THADS tỉnh Cà Mau tổ chức hội nghị triển khai nhiệm vụ.",
        NEW,
        {f"{THA} tỉnh Cà Mau"},
        set(),
        id="t-new-office-abbrev",
    ),
    P(
        "Ngày 12/9/2025, THADS TP Cần Thơ ký kết quy chế phối hợp.",
        NEW,
        {f"{THA} thành phố Cần Thơ"},
        set(),
        id="t-new-office-city",
    ),
    P(
        "Ngành THADS tỉnh Cà Mau đã thi hành xong nhiều việc.",
        NEW,
        set(),
        {f"{THA} tỉnh Cà Mau"},
        id="t-neg-sector-capital",
    ),
    P(
        "Các cơ quan Thi hành án dân sự tỉnh Cà Mau đã nỗ lực.",
        NEW,
        set(),
        {f"{THA} tỉnh Cà Mau"},
        id="t-neg-agencies-capital",
    ),
    P(
        "THADS tỉnh Cà Mau tổ chức hội nghị năm 2024.",
        OLD,
        set(),
        {f"{THA} tỉnh Cà Mau"},
        id="t-neg-before-2025",
    ),
    P(
        "Cùng với công tác THADS cả nước, THADS tỉnh Cà Mau cũng từng bước hoàn thiện.",
        None,
        set(),
        {f"{THA} tỉnh Cà Mau"},
        id="t-neg-undated-sector",
    ),
    P(
        # (the gold names the executive committee listed before the standing one with the
        # party committee too: session 13 turned this row, a negative before, positive)
        "Ông được điều động thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Yên Bái.",
        OLD,
        {"Ban Thường vụ Tỉnh ủy Yên Bái", "Ban Chấp hành Tỉnh ủy Yên Bái"},
        set(),
        id="bl-executive-committee",
    ),
    P(
        "Cục THA DS tỉnh Hậu Giang tổ chức hội nghị.",
        OLD,
        {f"Cục {THA} tỉnh Hậu Giang"},
        set(),
        id="t-split-abbrev-province",
    ),
    P(
        "Ban Tổ chức, Ban Dân vận và Ban Tuyên giáo Tỉnh ủy Yên Bái phối hợp tổ chức.",
        OLD,
        {
            "Ban Tổ chức Tỉnh ủy Yên Bái",
            "Ban Dân vận Tỉnh ủy Yên Bái",
            "Ban Tuyên giáo Tỉnh ủy Yên Bái",
        },
        set(),
        id="bl-three-boards",
    ),
    P(
        "Ban Dân vận Huyện ủy, Ban Tuyên giáo Huyện ủy Mộc Châu cùng dự.",
        OLD,
        {"Ban Dân vận Huyện ủy Mộc Châu", "Ban Tuyên giáo Huyện ủy Mộc Châu"},
        set(),
        id="bl-bare-parent-repeated",
    ),
    P(
        "Ban Pháp chế HĐND, Ban Kinh tế - Ngân sách HĐND tỉnh Lạng Sơn thẩm tra báo cáo.",
        OLD,
        {f"Ban Pháp chế {HD} tỉnh Lạng Sơn", f"Ban Kinh tế - Ngân sách {HD} tỉnh Lạng Sơn"},
        set(),
        id="bl-council-boards",
    ),
    P(
        "Ban Pháp chế, Ban Văn hóa - Xã hội HĐND huyện Lộc Bình giám sát.",
        OLD,
        {f"Ban Pháp chế {HD} huyện Lộc Bình", f"Ban Văn hóa - Xã hội {HD} huyện Lộc Bình"},
        set(),
        id="bl-district-council-boards",
    ),
    P(
        "Phòng Tư pháp, Ban Tuyên giáo Huyện ủy Mộc Châu phối hợp tổ chức.",
        OLD,
        {"Ban Tuyên giáo Huyện ủy Mộc Châu"},
        {"Phòng Tư pháp Huyện ủy Mộc Châu"},
        id="bl-neg-not-a-board",
    ),
    P(
        "Ban Tổ chức Tỉnh ủy, Ban Dân vận Huyện ủy Mộc Châu phối hợp.",
        OLD,
        {"Ban Dân vận Huyện ủy Mộc Châu"},
        {"Ban Tổ chức Huyện ủy Mộc Châu", "Ban Tổ chức Tỉnh ủy Huyện ủy Mộc Châu"},
        id="bl-neg-other-committee",
    ),
    P(
        "Kho bạc Nhà nước khu vực 3 phối hợp thu hồi tiền.",
        NEW,
        {"Kho bạc Nhà nước khu vực 3"},
        set(),
        id="rg-treasury-arabic",
    ),
    P(
        "Chi cục Hải quan khu vực II tiếp nhận hồ sơ.",
        NEW,
        {"Chi cục Hải quan khu vực II"},
        set(),
        id="rg-customs",
    ),
    P(
        "Bảo hiểm xã hội khu vực miền núi còn nhiều khó khăn.",
        NEW,
        set(),
        {"Bảo hiểm xã hội khu vực"},
        id="rg-neg-not-a-number",
    ),
    P(
        "Ông Hà Văn Lực, Bí thư Trung ương Đoàn dự buổi làm việc.",
        OLD,
        {"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"},
        set(),
        id="y-central-after-title",
    ),
    P(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Mường Nhé ra quân.",
        OLD,
        {"Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Mường Nhé"},
        set(),
        id="y-full-name-district",
    ),
    P(
        "Trường Đào tạo, bồi dưỡng cán bộ, công chức tỉnh Quảng Ngãi mở lớp.",
        OLD,
        {"Trường Đào tạo, bồi dưỡng cán bộ, công chức tỉnh Quảng Ngãi"},
        {"Trường Đào tạo"},
        id="i-school-officials",
    ),
]

#: the second wave: councils and steering committees named by a remit written small, a party
#: committee's numbered steering committee, the 2025 provincial press, foreign provinces spelt
#: abroad, member schools of a national university
WAVE2 = [
    P(
        "Ban Chỉ đạo phòng, chống tội phạm tỉnh Hưng Yên họp phiên thường kỳ.",
        OLD,
        {"Ban Chỉ đạo phòng, chống tội phạm tỉnh Hưng Yên"},
        {"Ban Chỉ đạo phòng"},
        id="w-steering-inner-comma",
    ),
    P(
        "Ban Chỉ đạo công tác thi hành án dân sự huyện Văn Giang họp.",
        OLD,
        {f"Ban Chỉ đạo công tác {THA.lower()} huyện Văn Giang"},
        set(),
        id="w-steering-district-small",
    ),
    P(
        "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hưng Yên kiểm tra tại xã Tân Tiến.",
        OLD,
        {"Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hưng Yên"},
        set(),
        id="w-steering-new-countryside",
    ),
    P(
        "Hội đồng Giáo dục quốc phòng và an ninh tỉnh Hưng Yên tổ chức lớp bồi dưỡng.",
        OLD,
        {"Hội đồng Giáo dục quốc phòng và an ninh tỉnh Hưng Yên"},
        set(),
        id="w-council-defence",
    ),
    P(
        "Hội đồng thẩm định bảng giá đất tỉnh Hưng Yên họp.",
        OLD,
        {"Hội đồng thẩm định bảng giá đất tỉnh Hưng Yên"},
        set(),
        id="w-council-land-prices",
    ),
    P(
        "Hội đồng hòa giải cơ sở xã Tân Tiến hoạt động hiệu quả.",
        OLD,
        {"Hội đồng hòa giải cơ sở xã Tân Tiến"},
        set(),
        id="w-council-commune",
    ),
    P(
        "Ban Chỉ đạo Thi hành án dân sự trên địa bàn tỉnh Hưng Yên họp.",
        OLD,
        {f"Ban Chỉ đạo {THA} tỉnh Hưng Yên"},
        {f"Ban Chỉ đạo {THA} trên địa bàn tỉnh Hưng Yên"},
        id="w-steering-on-territory",
    ),
    P(
        "Hội đồng cấp tỉnh Hưng Yên đã họp xét.",
        OLD,
        set(),
        {"Hội đồng cấp tỉnh Hưng Yên"},
        id="w-neg-council-level",
    ),
    P(
        "Hội đồng xét xử tuyên phạt bị cáo tại huyện Văn Giang.",
        OLD,
        set(),
        {"Hội đồng xét xử tuyên phạt bị cáo tại huyện Văn Giang"},
        id="w-neg-trial-panel",
    ),
    P(
        "Hội đồng đã họp tại xã Tân Tiến.",
        OLD,
        set(),
        {"Hội đồng đã họp tại xã Tân Tiến"},
        id="w-neg-clause",
    ),
    P(
        "Ban chỉ đạo các cấp tỉnh Hưng Yên đã vào cuộc.",
        OLD,
        set(),
        {"Ban chỉ đạo các cấp tỉnh Hưng Yên"},
        id="w-neg-all-levels",
    ),
    P(
        "Ủy ban bầu cử tỉnh Hưng Yên và Hội đồng Bầu cử quốc gia kiểm tra.",
        OLD,
        {"Ủy ban bầu cử tỉnh Hưng Yên", "Hội đồng Bầu cử quốc gia"},
        set(),
        id="w-election-bodies",
    ),
    P(
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên tổ chức tọa đàm.",
        OLD,
        {"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hưng Yên"},
        set(),
        id="w-science-union",
    ),
    P(
        "Ban Chỉ đạo 35 Tỉnh ủy Điện Biên tổ chức hội thảo.",
        OLD,
        {"Ban Chỉ đạo 35 Tỉnh ủy Điện Biên"},
        set(),
        id="w-steering-35",
    ),
    P(
        "Ông Lò Văn Sảng, Phó Trưởng Ban Chỉ đạo 35 Huyện ủy Tủa Chùa phát biểu.",
        OLD,
        {"Ban Chỉ đạo 35 Huyện ủy Tủa Chùa"},
        set(),
        id="w-steering-35-district",
    ),
    P(
        "Báo và Phát thanh, Truyền hình Điện Biên đưa tin về hội nghị.",
        NEW,
        {"Báo và Phát thanh, Truyền hình Điện Biên"},
        {"Báo và Phát thanh"},
        id="w-merged-press",
    ),
    P(
        "Sở Tư pháp phối hợp với Báo và Phát thanh, truyền hình tỉnh Điện Biên tuyên truyền.",
        NEW,
        {"Báo và Phát thanh, truyền hình tỉnh Điện Biên"},
        set(),
        id="w-merged-press-place-word",
    ),
    P(
        "Sở Tư pháp tỉnh Champasak và Sở Tư pháp tỉnh Kon Tum ký kết biên bản ghi nhớ.",
        OLD,
        {"Sở Tư pháp tỉnh Champasak", "Sở Tư pháp tỉnh Kon Tum"},
        set(),
        id="w-foreign-province-spelling",
    ),
    P(
        "Sở Tư pháp tỉnh Oudomxay thăm và làm việc với Sở Tư pháp tỉnh Điện Biên.",
        OLD,
        {"Sở Tư pháp tỉnh Oudomxay", "Sở Tư pháp tỉnh Điện Biên"},
        set(),
        id="w-foreign-province-spelling-2",
    ),
    P(
        "Trường Đại học Kinh tế - Luật, Đại học Quốc gia Thành phố Hồ Chí Minh tổ chức hội thảo.",
        OLD,
        {
            "Trường Đại học Kinh tế - Luật, Đại học Quốc gia Thành phố Hồ Chí Minh",
            "Đại học Quốc gia Thành phố Hồ Chí Minh",
        },
        {"Đại học Quốc gia Thành"},
        id="w-member-school-city",
    ),
]

#: the third wave: rooms of one parent listed before it (the first written without the parent)
ROOMS = [
    P(
        "Phòng Hành chính tư pháp, Phòng Bổ trợ tư pháp Sở Tư pháp tỉnh Thái Bình dự họp.",
        OLD,
        {
            "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Thái Bình",
            "Phòng Bổ trợ tư pháp Sở Tư pháp tỉnh Thái Bình",
        },
        set(),
        id="o-two-rooms-of-dept",
    ),
    P(
        "Phòng Phổ biến, giáo dục pháp luật, Phòng Hành chính tư pháp thuộc Sở Tư pháp tỉnh"
        " Thái Bình dự họp.",
        OLD,
        {
            "Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Thái Bình",
            "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Thái Bình",
        },
        {"Phòng Phổ biến"},
        id="o-room-with-comma-first",
    ),
    P(
        "Văn phòng, Phòng Hành chính tư pháp Sở Tư pháp tỉnh Thái Bình dự họp.",
        OLD,
        {
            "Văn phòng Sở Tư pháp tỉnh Thái Bình",
            "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Thái Bình",
        },
        set(),
        id="o-office-and-room",
    ),
    P(
        "Phòng Tổ chức cán bộ, Phòng Nghiệp vụ và tổ chức thi hành án Cục THADS tỉnh Thái Bình dự.",
        OLD,
        {
            f"Phòng Tổ chức cán bộ Cục {THA} tỉnh Thái Bình",
            f"Phòng Nghiệp vụ và tổ chức thi hành án Cục {THA} tỉnh Thái Bình",
        },
        set(),
        id="o-rooms-of-enforcement",
    ),
    P(
        "Phòng 7, Phòng 9 VKSND tỉnh Thái Bình phối hợp kiểm sát.",
        OLD,
        {f"Phòng 7 {VKS} tỉnh Thái Bình", f"Phòng 9 {VKS} tỉnh Thái Bình"},
        set(),
        id="o-numbered-rooms",
    ),
    P(
        "Phòng Cảnh sát hình sự, Phòng Cảnh sát kinh tế Công an tỉnh Thái Bình phối hợp.",
        OLD,
        {
            "Phòng Cảnh sát hình sự Công an tỉnh Thái Bình",
            "Phòng Cảnh sát kinh tế Công an tỉnh Thái Bình",
        },
        {"Phòng Cảnh sát hình sự, Phòng Cảnh sát kinh tế Công an tỉnh Thái Bình"},
        id="o-police-rooms",
    ),
    P(
        "Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Thái Bình kiểm tra.",
        OLD,
        {"Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Thái Bình"},
        set(),
        id="o-fire-police-commas",
    ),
    P(
        "Phòng Tư pháp, Phòng Hành chính tư pháp Sở Tư pháp tỉnh Thái Bình dự họp.",
        OLD,
        {"Phòng Hành chính tư pháp Sở Tư pháp tỉnh Thái Bình"},
        {"Phòng Tư pháp Sở Tư pháp tỉnh Thái Bình"},
        id="o-neg-district-office",
    ),
    P(
        "Phòng Tư pháp, Công an huyện Kiến Xương phối hợp tuyên truyền.",
        OLD,
        {"Phòng Tư pháp huyện Kiến Xương", "Công an huyện Kiến Xương"},
        set(),
        id="o-two-district-bodies",
    ),
]

#: the fourth wave: short forms of provincial bodies
SHORT_FORMS = [
    P(
        "BHXH tỉnh Vĩnh Phúc và KBNN tỉnh Vĩnh Phúc phối hợp thu hồi.",
        OLD,
        {"Bảo hiểm xã hội tỉnh Vĩnh Phúc", "Kho bạc Nhà nước tỉnh Vĩnh Phúc"},
        set(),
        id="sf-insurance-treasury",
    ),
    P(
        "NHCSXH huyện Tam Dương giải ngân vốn vay.",
        OLD,
        {"Ngân hàng Chính sách xã hội huyện Tam Dương"},
        set(),
        id="sf-policy-bank",
    ),
    P(
        "BCH Quân sự tỉnh Vĩnh Phúc tổ chức diễn tập.",
        OLD,
        {"Bộ Chỉ huy Quân sự tỉnh Vĩnh Phúc"},
        set(),
        id="sf-military-command",
    ),
    P(
        "BCH Quân sự huyện Tam Dương và Bộ CHQS huyện Lập Thạch tổ chức diễn tập.",
        OLD,
        {"Ban Chỉ huy Quân sự huyện Tam Dương", "Ban Chỉ huy Quân sự huyện Lập Thạch"},
        {"Bộ Chỉ huy Quân sự huyện Tam Dương", "Bộ Chỉ huy Quân sự huyện Lập Thạch"},
        id="sf-military-command-of-district",
    ),
    P(
        "Hội ND tỉnh Vĩnh Phúc và Hội CCB tỉnh Vĩnh Phúc phối hợp.",
        OLD,
        {"Hội Nông dân tỉnh Vĩnh Phúc", "Hội Cựu chiến binh tỉnh Vĩnh Phúc"},
        {"Hội ND tỉnh Vĩnh Phúc"},
        id="sf-farmers",
    ),
    P(
        "Đoàn TN Sở Tư pháp tỉnh Vĩnh Phúc ra quân tình nguyện.",
        OLD,
        {"Đoàn Thanh niên Sở Tư pháp tỉnh Vĩnh Phúc"},
        set(),
        id="sf-youth-of-dept",
    ),
    P(
        "Trung tâm DVĐGTS tỉnh Vĩnh Phúc tổ chức phiên đấu giá.",
        OLD,
        {"Trung tâm Dịch vụ đấu giá tài sản tỉnh Vĩnh Phúc"},
        set(),
        id="sf-auction-centre",
    ),
    P(
        "Sở Tư pháp tỉnh Vĩnh Phúc. Khi mới thành lập, Sở chỉ có hai phòng, gồm Văn phòng và"
        " Phòng Tổ chức cán bộ.",
        OLD,
        {"Sở Tư pháp tỉnh Vĩnh Phúc"},
        {"Văn phòng Sở Tư pháp tỉnh Vĩnh Phúc"},
        id="sf-neg-parent-not-written",
    ),
    P(
        "TAND KV1 - Lâm Đồng xét xử sơ thẩm vụ án.",
        NEW,
        {f"{TA} khu vực 1 - Lâm Đồng"},
        set(),
        id="sf-kv-court",
    ),
    P(
        "VKSND KV 2 phối hợp với Phòng THADS KV2 kiểm sát việc cưỡng chế.",
        NEW,
        {f"{VKS} khu vực 2", f"Phòng {THA} khu vực 2"},
        set(),
        id="sf-kv-procuracy-office",
    ),
    P(
        "Tòa án nhân dân KV 7 - TP.HCM tổ chức phiên tòa.",
        NEW,
        {f"{TA} khu vực 7 - Thành phố Hồ Chí Minh"},
        set(),
        id="sf-kv-court-city",
    ),
    P(
        "Phòng THADS khu vực 1, khu vực 2 và khu vực 5 đã hoàn thành xuất sắc chỉ tiêu.",
        NEW,
        {f"Phòng {THA} khu vực 1", f"Phòng {THA} khu vực 2", f"Phòng {THA} khu vực 5"},
        set(),
        id="sf-regional-repeated-word",
    ),
    P(
        "Phòng THADS khu vực 1, khu vực Tây Nguyên đã hoàn thành.",
        NEW,
        {f"Phòng {THA} khu vực 1"},
        {f"Phòng {THA} khu vực Tây Nguyên"},
        id="sf-neg-regional-named-area",
    ),
    P(
        "Sở Tư pháp tỉnh Quảng Bình cho biết Phòng công chứng số 1 và số 2 đã thực hiện 5.000"
        " việc công chứng.",
        OLD,
        {"Phòng Công chứng số 1 tỉnh Quảng Bình", "Phòng Công chứng số 2 tỉnh Quảng Bình"},
        set(),
        id="sf-numbered-notaries-elliptical",
    ),
    P(
        "Trại tạm giam số 1 và số 2 Công an tỉnh Đồng Tháp phối hợp tuyên truyền.",
        OLD,
        {"Trại tạm giam số 1 Công an tỉnh Đồng Tháp", "Trại tạm giam số 2 Công an tỉnh Đồng Tháp"},
        set(),
        id="sf-numbered-detention-elliptical",
    ),
]

#: the fifth wave: Vietnam's missions abroad, international bodies, numbered centres as written
ABROAD = [
    P(
        "Đại sứ quán Việt Nam tại Lào tổ chức tiếp đón đoàn công tác.",
        OLD,
        {"Đại sứ quán Việt Nam tại Lào"},
        set(),
        id="ab-own-embassy",
    ),
    P(
        "Tổng Lãnh sự quán Việt Nam tại Luang Prabang hỗ trợ đoàn.",
        OLD,
        {"Tổng Lãnh sự quán Việt Nam tại Luang Prabang"},
        set(),
        id="ab-own-consulate",
    ),
    P(
        "Đại sứ quán Việt Nam tại Vương quốc Campuchia hỗ trợ đoàn.",
        OLD,
        {"Đại sứ quán Việt Nam tại Campuchia"},
        set(),
        id="ab-own-embassy-kingdom",
    ),
    P(
        "Ngân hàng Thế giới (WB) và Tổ chức Di cư Quốc tế (IOM) hỗ trợ kỹ thuật.",
        OLD,
        {"Ngân hàng Thế giới", "Tổ chức Di cư Quốc tế"},
        {"Ngân hàng Thế"},
        id="ab-international-bodies",
    ),
    P(
        "Quỹ Châu Á và Ngân hàng Phát triển châu Á tài trợ hội thảo.",
        OLD,
        {"Quỹ Châu Á", "Ngân hàng Phát triển châu Á"},
        set(),
        id="ab-asian-funds",
    ),
    P(
        "Sở Tư pháp tỉnh Cà Mau cho biết Trung tâm trợ giúp pháp lý số 2, 3 và 4 đã ra quân.",
        OLD,
        {
            "Trung tâm trợ giúp pháp lý số 2 tỉnh Cà Mau",
            "Trung tâm trợ giúp pháp lý số 3 tỉnh Cà Mau",
            "Trung tâm trợ giúp pháp lý số 4 tỉnh Cà Mau",
        },
        {"Trung tâm Trợ giúp pháp lý nhà nước số 2 tỉnh Cà Mau"},
        id="ab-numbered-centres-as-written",
    ),
    P(
        "Trung tâm TGPL nhà nước số 2 tỉnh Cà Mau tổ chức trợ giúp lưu động.",
        OLD,
        {"Trung tâm Trợ giúp pháp lý nhà nước số 2 tỉnh Cà Mau"},
        set(),
        id="ab-numbered-centre-abbrev",
    ),
]

#: the sixth wave: party and youth bodies of a province's army command, agencies' bloc, cells
PARTY2 = [
    P(
        "Đảng ủy Quân sự tỉnh Tuyên Quang tổ chức hội nghị.",
        OLD,
        {"Đảng ủy Quân sự tỉnh Tuyên Quang"},
        set(),
        id="p2-army-party-committee",
    ),
    P(
        "Chi bộ 2 Cục THADS tỉnh Tuyên Quang tổ chức đại hội.",
        OLD,
        {f"Chi bộ 2 Cục {THA} tỉnh Tuyên Quang"},
        set(),
        id="p2-numbered-cell",
    ),
    P(
        "Chi bộ 5 đảng viên đã tham gia sinh hoạt.",
        OLD,
        set(),
        {"Chi bộ 5"},
        id="p2-neg-cell-count",
    ),
    P(
        "Đoàn Khối các cơ quan tỉnh Tuyên Quang và Hội đồng Đội tỉnh Tuyên Quang phối hợp.",
        OLD,
        {"Đoàn Khối các cơ quan tỉnh Tuyên Quang", "Hội đồng Đội tỉnh Tuyên Quang"},
        set(),
        id="p2-youth-bloc-pioneers",
    ),
    P(
        "Cơ quan Thi hành án hình sự Công an huyện Dầu Tiếng phối hợp quản lý phạm nhân.",
        OLD,
        {"Cơ quan Thi hành án hình sự Công an huyện Dầu Tiếng"},
        set(),
        id="p2-criminal-enforcement-agency",
    ),
    P(
        "Cơ quan Thi hành án hình sự đã tiếp nhận hồ sơ.",
        OLD,
        set(),
        {"Cơ quan Thi hành án hình sự"},
        id="p2-neg-agency-without-parent",
    ),
    P(
        "Ủy ban Kiểm sát VKSND tỉnh Bình Dương họp thảo luận án.",
        OLD,
        {f"Ủy ban Kiểm sát {VKS} tỉnh Bình Dương"},
        set(),
        id="p2-procuracy-committee",
    ),
    P(
        "Văn phòng Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương tiếp nhận tố giác.",
        OLD,
        {"Văn phòng Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương"},
        set(),
        id="p2-office-of-investigation-agency",
    ),
]

ALL = (
    PARTY2
    + ABROAD
    + SHORT_FORMS
    + ROOMS
    + WAVE2
    + FIXED
    + NUMBERED
    + CASES
    + CENTRAL
    + PROVINCIAL
    + DISTRICT_COMMUNE
    + REGIONAL
    + COURTS
    + ENFORCEMENT
    + PARTY
    + YOUTH
    + FRONTS
    + COUNCILS
    + SUBUNITS
    + LISTS
    + BRACKETS
    + ABBREVIATIONS
    + INNER_COMMA
    + FOREIGN
    + PRESS_UNIVERSITIES
    + NOTARIES
    + NEGATIVES
)


@pytest.mark.parametrize(("text", "published", "expected", "absent"), ALL)
def test_battery(text: str, published: str | None, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, published)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
