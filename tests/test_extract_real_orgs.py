"""Organization rules for error classes seen on real pages; every example is invented.

No name or sentence here comes from a real article: each text is written to exercise one rule
(one example per rule): what must be found, and what must not.
"""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = None) -> set[str]:
    """The organization names the report lists."""
    return {o.name for o in extract(text, article_id="t", published=published).organizations}


CASES = [
    # --- places written without their name -------------------------------------------------
    pytest.param(
        "Phó Chủ tịch UBND tỉnh Lò Văn Khánh phát biểu chỉ đạo.",
        {"Ủy ban nhân dân tỉnh"},
        {"Ủy ban nhân dân"},
        id="bare-province-word-before-a-name",
    ),
    pytest.param(
        "Đoàn công tác thành phố Cần Thơ làm việc tại Ban Nội chính Tỉnh ủy, có đại diện HĐND "
        "tỉnh dự.",
        {"Ban Nội chính Tỉnh ủy", "Hội đồng nhân dân tỉnh"},
        {"Ban Nội chính Thành ủy Cần Thơ", "Hội đồng nhân dân thành phố Cần Thơ"},
        id="a-tinh-body-is-never-a-city's",
    ),
    pytest.param(
        "Chỉ thị của Tỉnh ủy về công tác thi hành án được quán triệt.",
        {"Tỉnh ủy"},
        set(),
        id="bare-party-committee",
    ),
    pytest.param(
        "Cục Thi hành án dân sự (THADS) tỉnh vừa họp sơ kết quý.",
        {"Cục Thi hành án dân sự tỉnh"},
        set(),
        id="bare-provincial-enforcement",
    ),
    pytest.param(
        "Cục THADS tỉnh Cao Bằng họp giao ban. Năm nay Cục Thi hành án dân sự đặt chỉ tiêu "
        "cao hơn. Tổng cục chỉ đạo Cục THADS địa phương.",
        {"Cục Thi hành án dân sự tỉnh Cao Bằng"},
        {"Cục Thi hành án dân sự"},
        id="enforcement-body-without-its-place",
    ),
    pytest.param(
        "THÀNH PHỐ TAM KỲ: HỘI NGHỊ HÒA GIẢI\nUBND thành phố vừa ban hành kế hoạch năm.",
        {"Ủy ban nhân dân thành phố Tam Kỳ"},
        {"Ủy ban nhân dân thành phố", "Ủy ban nhân dân tỉnh Quảng Nam"},
        id="the-one-district-the-page-names",
    ),
    pytest.param(
        "Vừa qua, UBND huyện phối hợp tổ chức tập huấn pháp luật.",
        {"Ủy ban nhân dân huyện"},
        set(),
        id="bare-district-word",
    ),
    pytest.param(
        "Chủ tịch UBND thành phố Đặng Văn Hòa dự hội nghị.",
        {"Ủy ban nhân dân thành phố"},
        {"Ủy ban nhân dân thành phố Đặng Văn Hòa"},
        id="city-word-before-a-name",
    ),
    # --- national bodies -------------------------------------------------------------------
    pytest.param(
        "Ông Trần Văn Luận, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp dự.",
        {"Ban Chấp hành Trung ương Đảng", "Bộ Tư pháp"},
        set(),
        id="member-of-the-central-committee",
    ),
    pytest.param(
        "Cùng dự có lãnh đạo Ủy ban Tư pháp, Ủy ban Pháp luật của Quốc hội.",
        {"Ủy ban Tư pháp của Quốc hội", "Ủy ban Pháp luật của Quốc hội"},
        {"Quốc hội"},
        id="committees-of-the-national-assembly",
    ),
    pytest.param(
        "Tỉnh triển khai Nghị quyết số 27-NQ/TW của Bộ Chính trị.",
        {"Bộ Chính trị"},
        set(),
        id="politburo",
    ),
    pytest.param(
        "Nghị quyết của Quân ủy Trung ương được quán triệt tới các đơn vị.",
        {"Quân ủy Trung ương"},
        set(),
        id="central-military-commission",
    ),
    pytest.param(
        "Ngay sau đó, Chính phủ lâm thời ra sắc lệnh thành lập Bộ Tư pháp.",
        {"Chính phủ lâm thời", "Bộ Tư pháp"},
        {"Chính phủ"},
        id="historical-government",
    ),
    # --- the press -------------------------------------------------------------------------
    pytest.param(
        "Theo Báo Pháp luật Việt Nam, hội thảo đã kết thúc. Theo dõi Báo Yên Bái trên mạng. "
        "Báo cáo nêu rõ.",
        {"Báo Pháp luật Việt Nam", "Báo Yên Bái"},
        {"Báo cáo", "Báo Yên Bái trên"},
        id="newspapers",
    ),
    pytest.param(
        "Theo Báo Pháp luật TP. Hồ Chí Minh, Báo Nhân Dân và Tạp chí Kiểm sát đưa tin.",
        {"Báo Pháp luật thành phố Hồ Chí Minh", "Báo Nhân Dân", "Tạp chí Kiểm sát"},
        {"Báo Pháp luật TP", "Báo Nhân Dân và Tạp chí Kiểm sát"},
        id="newspaper-of-a-city-and-two-titles",
    ),
    pytest.param(
        "Báo Công an nhân dân đưa tin. Báo Sơn La phản ánh việc này.",
        {"Báo Công an nhân dân", "Báo Sơn La"},
        {"Báo Công", "Báo Sơn La phản ánh"},
        id="newspaper-name-ending-in-lower-case-words",
    ),
    pytest.param(
        "Hội Công chứng viên tỉnh Bình Phước ra mắt. Hội Nghị Tổng Kết tỉnh Bình Phước.",
        {"Hội Công chứng viên tỉnh Bình Phước"},
        {"Hội Nghị Tổng Kết tỉnh Bình Phước"},
        id="association-named-with-its-province",
    ),
    pytest.param(
        "Cụm thi đua số 5 ký giao ước thi đua năm 2023.",
        {"Cụm thi đua số 5"},
        set(),
        id="emulation-cluster-before-ky",
    ),
    # --- the Government behind a title -------------------------------------------------------
    pytest.param(
        "Phó Thủ tướng Chính phủ Lê Văn Minh dự và phát biểu chỉ đạo.",
        {"Chính phủ"},
        {"Thủ tướng Chính phủ"},
        id="deputy-prime-minister-names-the-government",
    ),
    # --- elliptical lists ---------------------------------------------------------------------
    pytest.param(
        "Cuộc họp mời đại diện các sở, ngành: Xây dựng, Tài chính, Tư pháp của tỉnh Yên Bái.",
        {"Sở Tư pháp tỉnh Yên Bái", "Sở Tài chính tỉnh Yên Bái", "Sở Xây dựng tỉnh Yên Bái"},
        set(),
        id="departments-listed-after-cac-so",
    ),
    pytest.param(
        "Đại diện Sở Nội vụ, Tài chính tỉnh Yên Bái dự.",
        {"Sở Nội vụ tỉnh Yên Bái", "Sở Tài chính tỉnh Yên Bái"},
        set(),
        id="departments-sharing-one-head",
    ),
    pytest.param(
        "Lãnh đạo các sở, ban, ngành của tỉnh Yên Bái dự.",
        set(),
        {"Sở Tư pháp tỉnh Yên Bái"},
        id="generic-plural-yields-nothing",
    ),
    pytest.param(
        "Cục THADS các tỉnh, thành phố: Bắc Ninh, Hà Nam và Hải Dương đã ký giao ước.",
        {
            "Cục Thi hành án dân sự tỉnh Bắc Ninh",
            "Cục Thi hành án dân sự tỉnh Hà Nam",
            "Cục Thi hành án dân sự tỉnh Hải Dương",
        },
        set(),
        id="enforcement-bodies-of-listed-provinces",
    ),
    pytest.param(
        "Sau khi hợp nhất 2 Sở Tư pháp (gồm Gia Lai, Bình Định cũ), sở mới có 12 phòng.",
        {"Sở Tư pháp tỉnh Gia Lai", "Sở Tư pháp tỉnh Bình Định"},
        set(),
        id="counted-departments-with-their-provinces",
    ),
    pytest.param(
        "Sở Tư pháp các tỉnh Phú Yên, Khánh Hòa dự hội nghị.",
        {"Sở Tư pháp tỉnh Phú Yên", "Sở Tư pháp tỉnh Khánh Hòa"},
        set(),
        id="departments-of-provinces-listed-without-a-colon",
    ),
    pytest.param(
        "Cục THADS tỉnh Phú Yên, Khánh Hòa và Ninh Thuận ký giao ước thi đua.",
        {
            "Cục Thi hành án dân sự tỉnh Phú Yên",
            "Cục Thi hành án dân sự tỉnh Khánh Hòa",
            "Cục Thi hành án dân sự tỉnh Ninh Thuận",
        },
        set(),
        id="provinces-listed-after-a-provincial-body",
    ),
    pytest.param(
        "Đoàn kiểm tra Trung tâm phục vụ hành chính công của 03 xã (Tân An, Phú Mỹ, Lộc Hà).",
        {
            "Trung tâm Phục vụ hành chính công xã Tân An",
            "Trung tâm Phục vụ hành chính công xã Phú Mỹ",
            "Trung tâm Phục vụ hành chính công xã Lộc Hà",
        },
        set(),
        id="one-body-per-listed-commune",
    ),
    pytest.param(
        "Ủy ban nhân dân các xã Đăk Mar, Hà Mòn ký kết quy chế. UBND các xã trên địa bàn dự.",
        {"Ủy ban nhân dân xã Đăk Mar", "Ủy ban nhân dân xã Hà Mòn"},
        {"Ủy ban nhân dân xã"},
        id="communes-listed-after-cac-xa",
    ),
    pytest.param(
        "Sở tham mưu cho HĐND, UBND tỉnh Kon Tum ban hành nghị quyết.",
        {"Hội đồng nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"},
        set(),
        id="council-and-committee-share-a-place",
    ),
    pytest.param(
        "Dưới sự chỉ đạo của Tỉnh ủy Kon Tum, HĐND, UBND và các ngành.",
        {"Tỉnh ủy Kon Tum", "Hội đồng nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"},
        set(),
        id="bodies-after-the-party-committee",
    ),
    pytest.param(
        "Cục THADS phối hợp với Đảng ủy, UBND xã Tân An, huyện Văn Chấn ký giao ước.",
        {"Đảng ủy xã Tân An", "Ủy ban nhân dân xã Tân An"},
        set(),
        id="commune-party-committee-and-committee",
    ),
    pytest.param(
        "Đại diện Hội Luật gia, Đoàn Luật sư tỉnh Sóc Trăng dự.",
        {"Đoàn Luật sư tỉnh Sóc Trăng", "Hội Luật gia tỉnh Sóc Trăng"},
        set(),
        id="bar-and-lawyers-association-share-a-place",
    ),
    # --- councils, delegations, units and armed forces ---------------------------------------
    pytest.param(
        "Hội đồng Phối hợp công tác Phổ biến, giáo dục pháp luật tỉnh Sơn La họp định kỳ.",
        {"Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật tỉnh Sơn La"},
        set(),
        id="provincial-coordination-council",
    ),
    pytest.param(
        "Hội đồng Phối hợp PBGDPL tỉnh Sơn La họp phiên thứ nhất.",
        {"Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Sơn La"},
        set(),
        id="coordination-council-abbreviated",
    ),
    pytest.param(
        "Kế hoạch năm của Hội đồng phối hợp phổ biến giáo dục pháp luật Bộ Công an đã được "
        "ban hành.",
        {"Hội đồng phối hợp phổ biến giáo dục pháp luật Bộ Công an"},
        {"Bộ Công an"},
        id="ministry-coordination-council",
    ),
    pytest.param(
        "Phó trưởng Đoàn DBQH tỉnh Sơn La Lò Văn Minh dự.",
        {"Đoàn đại biểu Quốc hội tỉnh Sơn La"},
        set(),
        id="delegation-written-without-the-stroke",
    ),
    pytest.param(
        "Cục trưởng Cục Quản lý THADS dự và chỉ đạo.",
        {"Cục Quản lý thi hành án dân sự"},
        set(),
        id="enforcement-management-department",
    ),
    pytest.param(
        "Tham dự có Cục trưởng Cục PBGDPL & TGPL.",
        {"Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"},
        {"Cục Phổ biến, giáo dục pháp luật"},
        id="merged-unit-joined-by-ampersand",
    ),
    pytest.param(
        "Đại diện Bộ Chỉ huy Quân sự tỉnh Lai Châu và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai "
        "Châu dự.",
        {"Bộ Chỉ huy Quân sự tỉnh Lai Châu", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu"},
        set(),
        id="provincial-military-commands",
    ),
    pytest.param(
        "Hồ sơ do Sở Tư pháp, Cục THADS các tỉnh gửi về đã được tổng hợp.",
        set(),
        {"Sở Tư pháp"},
        id="a-plural-shared-by-the-list",
    ),
    pytest.param(
        "Đoàn làm việc tại huyện Ba Tri, tiếp đoàn có Phó Chủ tịch UBND huyện Ba Tri. Sau đó, "
        "UBND huyện cam kết phối hợp. Chiều, đoàn đến huyện Mỏ Cày Nam.",
        {"Ủy ban nhân dân huyện Ba Tri"},
        {"Ủy ban nhân dân huyện", "Ủy ban nhân dân huyện Mỏ Cày Nam"},
        id="bare-district-word-repeats-the-last-named",
    ),
    # --- how real pages write heads and places -----------------------------------------------
    pytest.param(
        "Tham dự có đại diện Toà án Nhân dân tỉnh Yên Bái.",
        {"Tòa án nhân dân tỉnh Yên Bái"},
        set(),
        id="capitals-inside-a-multi-word-head",
    ),
    pytest.param(
        "Ban Chỉ đạo Cải cách tư pháp T.P Cần Thơ vừa ban hành kế hoạch.",
        {"Ban Chỉ đạo Cải cách tư pháp thành phố Cần Thơ"},
        set(),
        id="city-written-T.P",
    ),
    pytest.param(
        "Chiều 5/6, ban Pháp chế HĐND tỉnh Yên Bái giám sát tại cục Thi hành án dân sự tỉnh.",
        {"Ban Pháp chế Hội đồng nhân dân tỉnh Yên Bái", "Cục Thi hành án dân sự tỉnh Yên Bái"},
        set(),
        id="lower-case-head-before-a-listed-domain",
    ),
    # --- sub-units, numbered units, courts at every level -----------------------------------
    pytest.param(
        "Dự lễ có Toà án Quân sự Quân khu 4 và Toà án Quân sự khu vực 2 (Quân khu 4).",
        {"Tòa án Quân sự Quân khu 4", "Tòa án Quân sự khu vực 2 Quân khu 4"},
        set(),
        id="military-courts",
    ),
    pytest.param(
        "Tham dự có Phòng 7 VKSND tỉnh Bến Tre và lãnh đạo hai cơ quan.",
        {"Phòng 7 Viện kiểm sát nhân dân tỉnh Bến Tre"},
        set(),
        id="numbered-division-of-a-procuracy",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Phó Trưởng phòng Văn bản và theo dõi pháp luật thuộc Sở Tư pháp dự.",
        {"Phòng Văn bản và theo dõi pháp luật Sở Tư pháp"},
        set(),
        id="unit-of-a-department-after-thuoc",
    ),
    pytest.param(
        "Bà Võ Thị Lan, Phó Trưởng phòng tư vấn Trung tâm trợ giúp pháp lý nhà nước tỉnh nói.",
        {"Phòng tư vấn Trung tâm Trợ giúp pháp lý nhà nước tỉnh"},
        set(),
        id="lower-case-unit-of-a-centre",
    ),
    pytest.param(
        "Viên chức Trung tâm Trợ giúp pháp lý nhà nước số 3, tỉnh Cà Mau tư vấn.",
        {"Trung tâm Trợ giúp pháp lý nhà nước số 3 tỉnh Cà Mau"},
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Cà Mau"},
        id="numbered-centre",
    ),
    pytest.param(
        "Thủ tướng Chính phủ Lê Văn Minh đến dự. Sau đó, Thủ tướng Chính phủ phát biểu.",
        {"Chính phủ"},
        {"Thủ tướng Chính phủ"},
        id="repeat-of-a-named-prime-minister",
    ),
    pytest.param(
        "Lãnh đạo Thi hành án dân sự tỉnh Lai Châu dự hội nghị.",
        {"Thi hành án dân sự tỉnh Lai Châu"},
        set(),
        id="post-2025-enforcement-body-on-an-undated-page",
    ),
    pytest.param(
        "Phòng Thi hành án dân sự khu vực 3, tỉnh Lai Châu tổ chức lễ. Dự lễ có lãnh đạo Phòng "
        "Thi hành án dân sự khu vực 3 cùng công chức.",
        {"Phòng Thi hành án dân sự khu vực 3 tỉnh Lai Châu"},
        {"Phòng Thi hành án dân sự khu vực 3"},
        id="regional-office-keeps-its-province",
    ),
    pytest.param(
        "Lãnh đạo Tòa án nhân dân cấp cao tại Đà Nẵng dự phiên họp.",
        {"Tòa án nhân dân cấp cao tại Đà Nẵng"},
        set(),
        id="high-court",
    ),
    pytest.param(
        "Cán bộ Đồn Biên phòng Ia Mơ phối hợp tuyên truyền pháp luật.",
        {"Đồn Biên phòng Ia Mơ"},
        set(),
        id="border-post",
    ),
    # --- provincial bodies of the press, the youth union and the party -----------------------
    pytest.param(
        "Phóng viên Đài Phát thanh - Truyền hình tỉnh Sơn La đưa tin.",
        {"Đài Phát thanh - Truyền hình tỉnh Sơn La"},
        set(),
        id="provincial-broadcaster-with-a-dash",
    ),
    pytest.param(
        "Sở Tư pháp tỉnh Sơn La phối hợp với Tỉnh đoàn Sơn La tổ chức cuộc thi.",
        {"Tỉnh đoàn Sơn La"},
        set(),
        id="provincial-youth-union",
    ),
    pytest.param(
        "Đảng ủy Khối các cơ quan tỉnh Sơn La trao quyết định.",
        {"Đảng ủy Khối các cơ quan tỉnh Sơn La"},
        set(),
        id="party-committee-of-provincial-agencies",
    ),
    pytest.param(
        "Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Sơn La làm việc với Sở.",
        {"Ủy ban Kiểm tra Tỉnh ủy Sơn La"},
        set(),
        id="inspection-commission-of-the-party-committee",
    ),
    # --- party organs, emulation areas, steering committees -----------------------------------
    pytest.param(
        "Bà Trịnh Thị Lan, Ủy viên Ban thường vụ Đảng ủy, Phó Giám đốc Sở Tư pháp tỉnh Sơn La "
        "phát biểu.",
        {"Ban Thường vụ Đảng ủy Sở Tư pháp tỉnh Sơn La", "Sở Tư pháp tỉnh Sơn La"},
        set(),
        id="party-organ-of-the-body-of-the-next-title",
    ),
    pytest.param(
        "Bộ Tư pháp cử đại diện Đảng ủy Bộ Trần Quang Minh tham dự.",
        {"Đảng ủy Bộ Tư pháp"},
        set(),
        id="bare-ministry-before-a-person's-name",
    ),
    pytest.param(
        "Năm nay, khu vực thi đua miền Tây Nam Bộ có tám đơn vị.",
        {"Khu vực thi đua miền Tây Nam Bộ"},
        set(),
        id="lower-case-emulation-area",
    ),
    pytest.param(
        "Quy chế của Ban Chỉ đạo Thi hành án dân sự trên địa bàn tỉnh Trà Vinh được sửa đổi.",
        {"Ban Chỉ đạo thi hành án dân sự tỉnh Trà Vinh"},
        set(),
        id="steering-committee-on-the-territory-of-a-province",
    ),
    # --- units of ministries named alone; glued city names ------------------------------------
    pytest.param(
        "Ông Trần Văn Nam, Vụ trưởng Vụ Tổ chức - Biên chế, Bộ Nội vụ phát biểu. Vụ việc tại "
        "Bộ Nội vụ.",
        {"Vụ Tổ chức - Biên chế", "Bộ Nội vụ"},
        {"Vụ việc tại"},
        id="unlisted-unit-before-its-ministry",
    ),
    pytest.param(
        "Bà Lê Thị Hoa, Cục trưởng Cục Đăng ký đất đai chủ trì hội nghị.",
        {"Cục Đăng ký đất đai"},
        {"Cục Đăng ký đất đai chủ trì hội nghị"},
        id="unlisted-unit-after-its-head's-title",
    ),
    pytest.param(
        "Ông Lê Văn Hùng, Phó Cục trưởng Cục Kiểm tra văn bản QPPL chủ trì.",
        {"Cục Kiểm tra văn bản quy phạm pháp luật"},
        set(),
        id="unit-with-an-abbreviated-domain",
    ),
    pytest.param(
        "Viện Khoa học pháp lý phối hợp tổ chức hội thảo.",
        {"Viện Khoa học pháp lý"},
        set(),
        id="research-institute-of-the-ministry",
    ),
    pytest.param(
        "Sở Tư pháp TP.HCM và Sở Tư pháp Cần Thơ ký kết.",
        {"Sở Tư pháp thành phố Hồ Chí Minh", "Sở Tư pháp thành phố Cần Thơ"},
        set(),
        id="city-alias-glued-to-TP",
    ),
    pytest.param(
        "Tạp chí Dân chủ và Pháp luật thuộc Bộ Tư pháp đăng bài.",
        {"Tạp chí Dân chủ và Pháp luật"},
        {"Tạp chí Dân chủ và Pháp luật thuộc Bộ Tư pháp"},
        id="magazine-name-stops-before-thuoc",
    ),
    # --- foreign bodies -------------------------------------------------------------------------
    pytest.param(
        "Bộ Tư pháp Lào và Tòa án nhân dân tối cao Lào ký biên bản ghi nhớ.",
        {"Bộ Tư pháp Lào", "Tòa án nhân dân tối cao Lào"},
        {"Tòa án nhân dân tối cao"},
        id="foreign-supreme-court",
    ),
    pytest.param(
        "Dự án do Đại sứ quán Nhật Bản tài trợ.",
        {"Đại sứ quán Nhật Bản"},
        set(),
        id="embassy",
    ),
    # --- provinces of earlier eras --------------------------------------------------------------
    pytest.param(
        "Năm 1980, Sở Tư pháp tỉnh Nghệ Tĩnh báo cáo Tỉnh ủy Nghệ Tĩnh về công tác hộ tịch.",
        {"Sở Tư pháp tỉnh Nghệ Tĩnh", "Tỉnh ủy Nghệ Tĩnh"},
        {"Sở Tư pháp tỉnh Nghệ An", "Sở Tư pháp tỉnh Hà Tĩnh"},
        id="historical-province",
    ),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_real_page_organizations(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert present <= found, found
    assert not (absent & found), found
