"""Organization families of pages scored at arrival (session 7, round 2), checked on invented
sentences (never taken from any real page):

- T: elliptical lists of body types sharing a list of provinces, districts or communes
  (``Công an, Tòa án nhân dân, Sở Tư pháp các tỉnh: A, B và C`` → each type × each place);
- E: civil-enforcement bodies named in old or shortened forms (``Chi cục Thi hành án huyện X``,
  ``Thi hành án dân sự tỉnh X``, ``Phòng Thi hành án tỉnh X``) and units of the supreme
  procuracy named with their parent (``Cơ quan Điều tra VKSND tối cao``, ``Vụ 16 VKSND tối cao``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import each_at as _each
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs


def _orgs(text: str, published: str | None = None) -> set[str]:
    """The organization names the report lists for ``text`` (a page with no date line: its
    date is read from the text), compared as the scorer does."""
    return scored_orgs(text, published)


P = pytest.param
_NB = ["tỉnh Ninh Bình", "tỉnh Nam Định", "tỉnh Hà Nam"]
_SOUTH = ["tỉnh Long An", "tỉnh Tiền Giang", "thành phố Cần Thơ"]

# T: a list of body types, then a plural level word and the places (or one level word and
# several places); every type of the list takes every place
TYPE_LISTS = [
    P(
        "Dự hội nghị có đại diện Công an, Tòa án nhân dân, Viện kiểm sát nhân dân các tỉnh: "
        "Ninh Bình, Nam Định và Hà Nam.",
        _each(["Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân"], _NB),
        {"Công an", "Tòa án nhân dân"},
        id="t-three-types-colon",
    ),
    P(
        "Tham dự có cán bộ các Sở Tư pháp, Cục Thi hành án dân sự, Tòa án nhân dân, Viện kiểm "
        "sát nhân dân, Công an, Ủy ban nhân dân, Hội đồng nhân dân các tỉnh: Ninh Bình, Nam "
        "Định, Hà Nam.",
        _each(
            [
                "Sở Tư pháp",
                "Cục Thi hành án dân sự",
                "Tòa án nhân dân",
                "Viện kiểm sát nhân dân",
                "Công an",
                "Ủy ban nhân dân",
                "Hội đồng nhân dân",
            ],
            _NB,
        ),
        set(),
        id="t-seven-types-cac",
    ),
    P(
        "Hội nghị có sự tham gia của Sở Tư pháp, Cơ quan thi hành án dân sự, Tòa án nhân dân "
        "các tỉnh: Ninh Bình, Nam Định và Hà Nam.",
        _each(["Sở Tư pháp", "Tòa án nhân dân"], _NB),
        {"Cơ quan thi hành án dân sự tỉnh Ninh Bình", "Cơ quan Thi hành án dân sự tỉnh Hà Nam"},
        id="t-generic-class-skipped",
    ),
    P(
        "Đại biểu đến từ Công an, VKSND, TAND các tỉnh Long An, Tiền Giang và thành phố Cần Thơ.",
        _each(["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"], _SOUTH),
        set(),
        id="t-abbrev-no-colon",
    ),
    P(
        "Lãnh đạo UBND, HĐND các tỉnh, thành phố: Long An, Tiền Giang, Cần Thơ dự lễ.",
        _each(["Ủy ban nhân dân", "Hội đồng nhân dân"], _SOUTH),
        set(),
        id="t-abbrev-province-city",
    ),
    P(
        "Sở Tư pháp và Cục THADS các tỉnh: Ninh Bình, Nam Định, Hà Nam đã ký kết quy chế.",
        _each(["Sở Tư pháp", "Cục Thi hành án dân sự"], _NB),
        set(),
        id="t-two-types-va",
    ),
    P(
        "Sở Tư pháp, Công an, Viện kiểm sát nhân dân của 3 tỉnh: Ninh Bình, Nam Định và Hà Nam "
        "cùng tham dự.",
        _each(["Sở Tư pháp", "Công an", "Viện kiểm sát nhân dân"], _NB),
        set(),
        id="t-counted-cua",
    ),
    P(
        "Đại diện Tòa án nhân dân, Viện kiểm sát nhân dân 03 tỉnh (Ninh Bình, Nam Định, Hà Nam) "
        "trao đổi kinh nghiệm.",
        _each(["Tòa án nhân dân", "Viện kiểm sát nhân dân"], _NB),
        set(),
        id="t-counted-parenthesis",
    ),
    P(
        "Sở Tư pháp, Công an tỉnh Ninh Bình và Nam Định phối hợp tổ chức hội thảo.",
        _each(["Sở Tư pháp", "Công an"], ["tỉnh Ninh Bình", "tỉnh Nam Định"]),
        set(),
        id="t-singular-level-two-places",
    ),
    P(
        "Cục THADS, Tòa án nhân dân tỉnh Ninh Bình, Nam Định, Hà Nam đã thống nhất kế hoạch.",
        _each(["Cục Thi hành án dân sự", "Tòa án nhân dân"], _NB),
        set(),
        id="t-singular-level-three-places",
    ),
    P(
        "Hội Luật gia, Đoàn Luật sư các tỉnh: Long An, Tiền Giang và thành phố Cần Thơ tham dự.",
        _each(["Hội Luật gia", "Đoàn Luật sư"], _SOUTH),
        set(),
        id="t-associations",
    ),
    P(
        "Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân các tỉnh Ninh Bình, Nam Định đã chỉ đạo.",
        _each(["Ủy ban nhân dân"], ["tỉnh Ninh Bình", "tỉnh Nam Định"]),
        set(),
        id="t-only-listed-type-before-level",
    ),
    P(
        "Công an, Ủy ban nhân dân, Hội đồng nhân dân các tỉnh: Ninh Bình, Nam Định, Hà Nam, "
        "Long An và Tiền Giang.",
        _each(
            ["Công an", "Ủy ban nhân dân", "Hội đồng nhân dân"],
            [*_NB, "tỉnh Long An", "tỉnh Tiền Giang"],
        ),
        set(),
        id="t-five-places",
    ),
    P(
        "Các Sở Tư pháp, Sở Nội vụ của 3 tỉnh gồm: Ninh Bình, Nam Định và Hà Nam đã báo cáo.",
        _each(["Sở Tư pháp", "Sở Nội vụ"], _NB),
        set(),
        id="t-departments-gom",
    ),
    P(
        "Công an, Viện kiểm sát nhân dân, Tòa án nhân dân các tỉnh khu vực Tây Nam Bộ gồm: "
        "Long An, Tiền Giang, Cần Thơ.",
        _each(["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"], _SOUTH),
        {"Công an tỉnh Tây Nam Bộ"},
        id="t-region-before-list",
    ),
    P(
        "Lãnh đạo Công an, Tòa án nhân dân, Viện kiểm sát nhân dân các huyện: Gia Viễn, Hoa Lư "
        "và Yên Mô tham dự.",
        _each(
            ["Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân"],
            ["huyện Gia Viễn", "huyện Hoa Lư", "huyện Yên Mô"],
        ),
        set(),
        id="t-districts",
    ),
    P(
        "Đảng ủy, HĐND, UBND các xã: Yên Phong, Khánh Thịnh và Yên Lâm đã ký giao ước thi đua.",
        _each(
            ["Đảng ủy", "Hội đồng nhân dân", "Ủy ban nhân dân"],
            ["xã Yên Phong", "xã Khánh Thịnh", "xã Yên Lâm"],
        ),
        set(),
        id="t-communes",
    ),
    P(
        "Công an, VKSND, TAND hai tỉnh Lào Cai và Yên Bái ký kết quy chế phối hợp.",
        _each(
            ["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"],
            ["tỉnh Lào Cai", "tỉnh Yên Bái"],
        ),
        set(),
        id="t-two-provinces-word-count",
    ),
    P(
        "Sở Tư pháp, Sở Nội vụ tỉnh Lào Cai và tỉnh Yên Bái trao đổi kinh nghiệm.",
        _each(["Sở Tư pháp", "Sở Nội vụ"], ["tỉnh Lào Cai", "tỉnh Yên Bái"]),
        set(),
        id="t-singular-prefixed-places",
    ),
    P(
        "Công an, Tòa án nhân dân các tỉnh, thành phố phía Bắc đã cử cán bộ tham dự.",
        set(),
        {"Công an", "Tòa án nhân dân"},
        id="t-generic-plural-north",
    ),
    P(
        "Lãnh đạo Ủy ban nhân dân, Hội đồng nhân dân các huyện, thị xã: Gia Viễn, Tam Điệp.",
        _each(["Ủy ban nhân dân", "Hội đồng nhân dân"], ["huyện Gia Viễn", "thành phố Tam Điệp"]),
        set(),
        id="t-districts-mixed-levels",
    ),
    P(
        "Tòa án nhân dân, Viện kiểm sát nhân dân các tỉnh: Hà Nam (2 vụ), Nam Định (3 vụ).",
        _each(["Tòa án nhân dân", "Viện kiểm sát nhân dân"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="t-asides-after-places",
    ),
    P(
        "Lãnh đạo Công an, Viện KSND, TAND, Chi cục THADS huyện Gia Viễn tham dự.",
        _each(
            ["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân", "Chi cục Thi hành án dân sự"],
            ["huyện Gia Viễn"],
        ),
        set(),
        id="t-district-bloc-one-place",
    ),
    P(
        "Cục THADS, Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương đã tham dự.",
        set(),
        {"Cục Thi hành án dân sự", "Sở Tư pháp"},
        id="t-generic-plural-central-cities",
    ),
    P(
        "Tỉnh ủy, HĐND, UBND các tỉnh, thành phố: Cần Thơ, Long An đã chỉ đạo quyết liệt.",
        {
            "Thành ủy Cần Thơ",
            "Tỉnh ủy Long An",
            *_each(["Hội đồng nhân dân", "Ủy ban nhân dân"], ["thành phố Cần Thơ", "tỉnh Long An"]),
        },
        {"Tỉnh ủy Cần Thơ"},
        id="t-party-committees",
    ),
    P(
        "Huyện ủy, UBND các huyện Gia Viễn, Yên Mô đã tổ chức quán triệt.",
        {"Huyện ủy Gia Viễn", "Huyện ủy Yên Mô", "Ủy ban nhân dân huyện Gia Viễn"},
        set(),
        id="t-district-party-committees",
    ),
    P(
        "Công an, Viện kiểm sát, Tòa án, Thi hành án dân sự tỉnh Hà Nam và Nam Định phối hợp.",
        _each(
            ["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân", "Thi hành án dân sự"],
            ["tỉnh Hà Nam", "tỉnh Nam Định"],
        ),
        set(),
        id="t-post-2025-enforcement-type",
    ),
    P(
        "Ban Thường vụ Tỉnh ủy, UBND tỉnh Hà Nam đã chỉ đạo.",
        {"Ban Thường vụ Tỉnh ủy Hà Nam", "Ủy ban nhân dân tỉnh Hà Nam"},
        {"Tỉnh ủy Hà Nam"},
        id="t-type-inside-an-organ-is-no-item",
    ),
    # precision: generic plurals without names yield nothing
    P(
        "Công an, Tòa án nhân dân, Viện kiểm sát nhân dân các tỉnh đã phối hợp chặt chẽ.",
        set(),
        {"Công an", "Tòa án nhân dân", "Viện kiểm sát nhân dân"},
        id="t-generic-plural-nothing",
    ),
    P(
        "Sở Tư pháp, Tòa án nhân dân các tỉnh, thành phố trong khu vực đã tham gia.",
        set(),
        {"Sở Tư pháp", "Tòa án nhân dân"},
        id="t-generic-plural-region",
    ),
    P(
        "Chủ tịch UBND các xã: Lê Văn Tâm, Trần Thị Mai và Phạm Văn Lộc đã ký cam kết.",
        set(),
        {"Ủy ban nhân dân xã Lê Văn Tâm"},
        id="t-names-not-communes",
    ),
    P(
        "Công an, Tòa án nhân dân tỉnh Ninh Bình đã tổ chức phiên tòa xét xử lưu động.",
        {"Công an tỉnh Ninh Bình", "Tòa án nhân dân tỉnh Ninh Bình"},
        set(),
        id="t-one-place",
    ),
    P(
        "Sở Tư pháp, Công an tỉnh Ninh Bình và Ủy ban nhân dân huyện Gia Viễn đã phối hợp.",
        {"Sở Tư pháp tỉnh Ninh Bình", "Công an tỉnh Ninh Bình", "Ủy ban nhân dân huyện Gia Viễn"},
        {"Sở Tư pháp tỉnh Gia Viễn"},
        id="t-list-ends-at-a-body",
    ),
    P(
        "VKSND, TAND các tỉnh Hà Nam và Nam Định tổ chức hội nghị liên ngành.",
        _each(["Viện kiểm sát nhân dân", "Tòa án nhân dân"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="t-abbrev-two-places",
    ),
    P(
        "Ủy ban MTTQ Việt Nam, Ủy ban nhân dân các tỉnh: Ninh Bình, Nam Định cùng ký kết.",
        _each(
            ["Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân"],
            ["tỉnh Ninh Bình", "tỉnh Nam Định"],
        ),
        set(),
        id="t-front-committee",
    ),
    P(
        "Công an, Viện KSND, Tòa án nhân dân các tỉnh: Ninh Bình; Nam Định; Hà Nam.",
        _each(["Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"], _NB),
        set(),
        id="t-semicolons",
    ),
]

# W: the same lists written once with a single place after the last type (any level)
WARD_LISTS = [
    P(
        "Tham dự có đại diện lãnh đạo Đảng ủy, HĐND và UBND, MTTQ phường Tân Mai.",
        _each(
            [
                "Đảng ủy",
                "Hội đồng nhân dân",
                "Ủy ban nhân dân",
                "Ủy ban Mặt trận Tổ quốc Việt Nam",
            ],
            ["phường Tân Mai"],
        ),
        set(),
        id="w-ward-four-bodies",
    ),
    P(
        "Đảng ủy, Ủy ban nhân dân xã Yên Phong, huyện Yên Mô tổ chức hội nghị.",
        {"Đảng ủy xã Yên Phong", "Ủy ban nhân dân xã Yên Phong"},
        {"Đảng ủy huyện Yên Mô"},
        id="w-commune-with-district",
    ),
    P(
        "Ông Lê Văn Tâm, Chủ tịch UBND thành phố Tam Điệp, tỉnh Ninh Bình phát biểu.",
        {"Ủy ban nhân dân thành phố Tam Điệp"},
        {"Ủy ban nhân dân tỉnh Ninh Bình"},
        id="w-city-then-province-no-list",
    ),
    P(
        "Công an, Viện kiểm sát nhân dân huyện Gia Viễn và Yên Mô đã phối hợp điều tra.",
        _each(["Công an", "Viện kiểm sát nhân dân"], ["huyện Gia Viễn", "huyện Yên Mô"]),
        set(),
        id="w-district-two-places",
    ),
    P(
        "Sở Tư pháp tỉnh Ninh Bình trao Giấy khen cho 02 tập thể: Sở Tư pháp, Phòng Tư pháp "
        "huyện Gia Viễn.",
        {"Sở Tư pháp tỉnh Ninh Bình", "Phòng Tư pháp huyện Gia Viễn"},
        {"Sở Tư pháp huyện Gia Viễn"},
        id="w-province-body-not-of-the-district",
    ),
    P(
        "Ủy ban MTTQ Việt Nam, Hội đồng nhân dân thị trấn Me cùng giám sát.",
        _each(["Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội đồng nhân dân"], ["thị trấn Me"]),
        set(),
        id="w-township",
    ),
]

# G: grassroots bodies named with their hamlet (and, numbered, its commune) or commune
GRASSROOTS = [
    P(
        "Chi bộ thôn Đông Hạ tổ chức đại hội nhiệm kỳ mới.",
        {"Chi bộ thôn Đông Hạ"},
        {"thôn Đông Hạ"},
        id="g-party-cell-hamlet",
    ),
    P(
        "Đại hội Chi bộ ấp Bình An lần thứ X đã thành công tốt đẹp.",
        {"Chi bộ ấp Bình An"},
        set(),
        id="g-party-cell-ap",
    ),
    P(
        "Ban công tác mặt trận tiểu khu 3 phối hợp tổ chức Ngày hội Đại đoàn kết.",
        {"Ban công tác Mặt trận tiểu khu 3"},
        set(),
        id="g-front-board-numbered",
    ),
    P(
        "Ban CTMT khu phố Tân Lập đã vận động nhân dân hiến đất.",
        {"Ban công tác Mặt trận khu phố Tân Lập"},
        set(),
        id="g-front-board-abbrev",
    ),
    P(
        "Chi hội Cựu chiến binh thôn Phú Xá 2 được tặng Giấy khen.",
        {"Chi hội Cựu chiến binh thôn Phú Xá 2"},
        set(),
        id="g-veterans-branch",
    ),
    P(
        "Chi hội CCB bản Na Sài tích cực tham gia hòa giải.",
        {"Chi hội Cựu chiến binh bản Na Sài"},
        set(),
        id="g-veterans-abbrev",
    ),
    P(
        "Chi hội Khuyến học xóm Đồng Tâm trao 20 suất học bổng.",
        {"Chi hội Khuyến học xóm Đồng Tâm"},
        set(),
        id="g-study-branch",
    ),
    P(
        "Chi hội Người cao tuổi tổ dân phố số 7, phường Tân Mai tổ chức mừng thọ.",
        {"Chi hội Người cao tuổi tổ dân phố số 7 phường Tân Mai"},
        set(),
        id="g-elderly-numbered-ward",
    ),
    P(
        "Tổ hòa giải tổ dân phố số 10, phường Tân Mai hòa giải thành 4 vụ việc.",
        {"Tổ hòa giải tổ dân phố số 10 phường Tân Mai"},
        set(),
        id="g-mediation-numbered-ward",
    ),
    P(
        "Tổ hòa giải thôn Đông Hạ, xã Yên Phong hòa giải thành 5 vụ.",
        {"Tổ hòa giải thôn Đông Hạ"},
        {"Tổ hòa giải thôn Đông Hạ xã Yên Phong"},
        id="g-mediation-named-no-commune",
    ),
    P(
        "Bà Trần Thị Mai là thành viên tổ hòa giải thôn Đông Hạ nhiều năm.",
        {"Tổ hòa giải thôn Đông Hạ"},
        set(),
        id="g-mediation-lowercase",
    ),
    P(
        "Tổ hòa giải cơ sở ấp 4 đã giải quyết dứt điểm mâu thuẫn.",
        {"Tổ hòa giải ấp 4"},
        set(),
        id="g-mediation-grassroots-word",
    ),
    P(
        "Chi hội Phụ nữ buôn Ea Kmar ra mắt mô hình mới.",
        {"Chi hội Phụ nữ buôn Ea Kmar"},
        set(),
        id="g-women-branch-buon",
    ),
    P(
        "Chi hội Nông dân khóm 2 tổ chức tập huấn.",
        {"Chi hội Nông dân khóm 2"},
        set(),
        id="g-farmers-khom",
    ),
    P(
        "Chi đoàn thôn Yên Lạc ra quân làm đường giao thông.",
        {"Chi đoàn thôn Yên Lạc"},
        set(),
        id="g-youth-cell",
    ),
    P(
        "Bà Trần Thị Mai làm Chủ nhiệm Nhà trẻ xã Yên Phong nhiều năm.",
        {"Nhà trẻ xã Yên Phong"},
        set(),
        id="g-creche-commune",
    ),
    P(
        "Trường mầm non xã Yên Phong được công nhận đạt chuẩn quốc gia.",
        {"Trường mầm non xã Yên Phong"},
        set(),
        id="g-kindergarten-commune",
    ),
    P(
        "Trường THCS thị trấn Me tổ chức tuyên truyền pháp luật cho học sinh.",
        {"Trường Trung học cơ sở thị trấn Me"},
        set(),
        id="g-secondary-school-abbrev",
    ),
    P(
        "Trạm Y tế phường Tân Mai phối hợp tổ chức khám bệnh miễn phí.",
        {"Trạm Y tế phường Tân Mai"},
        set(),
        id="g-health-station",
    ),
    P(
        "Trường Tiểu học xã Khánh Thịnh tổ chức ngày hội đọc sách.",
        {"Trường tiểu học xã Khánh Thịnh"},
        set(),
        id="g-primary-school",
    ),
    P(
        "Chi bộ tiểu khu Bắc Sơn 1 có 45 đảng viên.",
        {"Chi bộ tiểu khu Bắc Sơn 1"},
        set(),
        id="g-party-cell-subzone",
    ),
    P(
        "Ban Thanh tra nhân dân xã Yên Phong đã giám sát 3 công trình.",
        {"Ban Thanh tra nhân dân xã Yên Phong"},
        set(),
        id="g-inspection-board-commune",
    ),
    P(
        "Thôn Đông Hạ có 300 hộ dân sinh sống.",
        set(),
        {"Thôn Đông Hạ", "thôn Đông Hạ"},
        id="g-hamlet-is-a-place",
    ),
    P(
        "Chi bộ đã lãnh đạo thôn Đông Hạ hoàn thành chỉ tiêu.",
        set(),
        {"Chi bộ thôn Đông Hạ"},
        id="g-verb-between",
    ),
    P(
        "Các tổ hòa giải ở thôn, tổ dân phố đã hoạt động hiệu quả.",
        set(),
        {"Tổ hòa giải thôn", "Tổ hòa giải tổ dân phố"},
        id="g-generic-plural",
    ),
    P(
        "Chi hội trưởng Chi hội Cựu chiến binh thôn Phú Xá 2 phát biểu.",
        {"Chi hội Cựu chiến binh thôn Phú Xá 2"},
        set(),
        id="g-head-title-before",
    ),
    P(
        "Chi đoàn tổ Hòa Bình ra quân dọn vệ sinh.",
        set(),
        {"Chi đoàn tổ Hòa Bình"},
        id="g-unnumbered-to-skipped",
    ),
]

# L: lawyers' and notaries' bodies (a bar written without its place takes the page's province)
LAWYERS = [
    P(
        "Sở Tư pháp tỉnh Ninh Bình làm việc với Ban Chủ nhiệm Đoàn Luật sư về công tác phát "
        "triển luật sư.",
        {"Ban Chủ nhiệm Đoàn Luật sư tỉnh Ninh Bình"},
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        id="l-board-page-province",
    ),
    P(
        "Tham dự có các thành viên Ban Chủ nhiệm Đoàn Luật sư và luật sư thành viên.",
        {"Ban Chủ nhiệm Đoàn Luật sư"},
        set(),
        id="l-board-no-province",
    ),
    P(
        "Sở Tư pháp tỉnh Ninh Bình đề nghị Đoàn Luật sư tăng cường quản lý luật sư.",
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-bar-page-province",
    ),
    P(
        "Ông Lê Văn Tâm, Chủ nhiệm Đoàn luật sư tỉnh Ninh Bình phát biểu.",
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-bar-with-province",
    ),
    P(
        "Đoàn Luật sư thành phố Cần Thơ tổ chức đại hội nhiệm kỳ mới.",
        {"Đoàn Luật sư thành phố Cần Thơ"},
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        id="l-bar-city",
    ),
    P(
        "Các Đoàn Luật sư trên cả nước đã cử luật sư tham gia trợ giúp pháp lý.",
        set(),
        {"Đoàn Luật sư"},
        id="l-generic-plural",
    ),
    P(
        "Liên đoàn Luật sư Việt Nam tổ chức hội nghị toàn quốc.",
        {"Liên đoàn Luật sư Việt Nam"},
        {"Đoàn Luật sư"},
        id="l-federation-not-bar",
    ),
    P(
        "Đại hội đã bầu 31 Ủy viên Hội đồng Luật sư toàn quốc nhiệm kỳ mới.",
        {"Hội đồng Luật sư toàn quốc"},
        set(),
        id="l-national-council",
    ),
    P(
        "Ban Thường vụ Liên đoàn Luật sư Việt Nam đã ban hành nghị quyết.",
        {"Ban Thường vụ Liên đoàn Luật sư Việt Nam"},
        set(),
        id="l-federation-standing-board",
    ),
    P(
        "Ban Chấp hành Đoàn Luật sư tỉnh Ninh Bình họp phiên thường kỳ.",
        {"Ban Chấp hành Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-executive-board-with-province",
    ),
    P(
        "Sở Tư pháp tỉnh Ninh Bình phối hợp với Ban chủ nhiệm Đoàn luật sư kiểm tra.",
        {"Ban Chủ nhiệm Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-board-lowercase",
    ),
    P(
        "Văn phòng công chứng Trần Văn Lộc đã chứng thực 500 hợp đồng.",
        {"Văn phòng công chứng Trần Văn Lộc"},
        set(),
        id="l-notary-named-after-person",
    ),
    P(
        "Văn phòng công chứng Quận 5 được thành lập năm 2010.",
        {"Văn phòng công chứng Quận 5"},
        set(),
        id="l-notary-district",
    ),
    P(
        "Phòng Công chứng số 1 tỉnh Ninh Bình tiếp nhận 300 hồ sơ.",
        {"Phòng Công chứng số 1 tỉnh Ninh Bình"},
        set(),
        id="l-notary-public-office",
    ),
    P(
        "Hội Công chứng viên tỉnh Ninh Bình tổ chức đại hội.",
        {"Hội Công chứng viên tỉnh Ninh Bình"},
        set(),
        id="l-notaries-association",
    ),
    P(
        "Luật sư của Đoàn Luật sư tỉnh Ninh Bình tham gia bào chữa.",
        {"Đoàn Luật sư tỉnh Ninh Bình"},
        set(),
        id="l-bar-after-cua",
    ),
]

# F: units listed before a parent that keeps their names (supreme bodies, foreign bodies)
FOREIGN = [
    P(
        "Tặng Bằng khen cho Vụ Tổ chức cán bộ, Văn phòng, Phòng Hợp tác quốc tế của Viện kiểm "
        "sát nhân dân tối cao Lào.",
        {
            "Phòng Hợp tác quốc tế Viện kiểm sát nhân dân tối cao Lào",
            "Văn phòng Viện kiểm sát nhân dân tối cao Lào",
            "Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối cao Lào",
        },
        {"Vụ Tổ chức cán bộ"},
        id="f-units-of-foreign-procuracy",
    ),
    P(
        "Các tập thể được khen gồm: vụ tổ chức cán bộ, văn phòng, phòng hợp tác quốc tế của "
        "VKSND tối cao Lào.",
        {
            "Văn phòng Viện kiểm sát nhân dân tối cao Lào",
            "Phòng hợp tác quốc tế Viện kiểm sát nhân dân tối cao Lào",
            "Vụ tổ chức cán bộ Viện kiểm sát nhân dân tối cao Lào",
        },
        set(),
        id="f-units-lowercase-abbrev-parent",
    ),
    P(
        "Vụ 7, Vụ 14 và Văn phòng VKSND tối cao được tặng Cờ thi đua.",
        {
            "Vụ 7 Viện kiểm sát nhân dân tối cao",
            "Văn phòng Viện kiểm sát nhân dân tối cao",
            "Vụ 14 Viện kiểm sát nhân dân tối cao",
        },
        set(),
        id="f-numbered-units-supreme",
    ),
    P(
        "Vụ Hợp tác quốc tế, Vụ Tổ chức cán bộ thuộc Tòa án nhân dân tối cao Lào đã phối hợp.",
        {
            "Vụ Hợp tác quốc tế Tòa án nhân dân tối cao Lào",
            "Vụ Tổ chức cán bộ Tòa án nhân dân tối cao Lào",
        },
        set(),
        id="f-units-thuoc-foreign-court",
    ),
    P(
        "Vụ Hợp tác quốc tế của Bộ Tư pháp Lào đã phối hợp tổ chức hội thảo.",
        {"Vụ Hợp tác quốc tế Bộ Tư pháp Lào"},
        set(),
        id="f-unit-of-foreign-ministry",
    ),
    P(
        "Vụ Pháp chế, Vụ Hợp tác quốc tế Bộ Tư pháp đã phối hợp.",
        {"Vụ Pháp chế", "Vụ Hợp tác quốc tế"},
        {"Vụ Pháp chế Bộ Tư pháp"},
        id="f-ministry-units-without-ministry",
    ),
    P(
        "Lãnh đạo một số vụ, phòng thuộc TAND tối cao dự hội nghị.",
        {"Tòa án nhân dân tối cao"},
        {"Phòng Tòa án nhân dân tối cao", "Vụ Tòa án nhân dân tối cao"},
        id="f-generic-units-nothing",
    ),
    P(
        "Ông Lê Văn Tâm, Bí thư Ban cán sự đảng, Viện trưởng Viện kiểm sát nhân dân tối cao phát "
        "biểu.",
        {"Viện kiểm sát nhân dân tối cao"},
        {"Viện trưởng Viện kiểm sát nhân dân tối cao"},
        id="f-title-not-unit",
    ),
    P(
        "Phòng Tư pháp huyện Gia Viễn, Văn phòng VKSND tối cao đã phối hợp.",
        {"Phòng Tư pháp huyện Gia Viễn", "Văn phòng Viện kiểm sát nhân dân tối cao"},
        {"Phòng Tư pháp huyện Gia Viễn Viện kiểm sát nhân dân tối cao"},
        id="f-placed-body-not-unit",
    ),
    P(
        "Vụ Kế hoạch - Tài chính, Vụ 2 của Viện kiểm sát nhân dân tối cao nhận Bằng khen.",
        {
            "Vụ Kế hoạch - Tài chính Viện kiểm sát nhân dân tối cao",
            "Vụ 2 Viện kiểm sát nhân dân tối cao",
        },
        set(),
        id="f-dash-unit",
    ),
    P(
        "Huân chương Độc lập hạng Ba cho ông Khamla Vongsa, Bộ trưởng Bộ Nội vụ, nguyên Viện "
        "trưởng Viện kiểm sát nhân dân tối cao Lào.",
        {"Bộ Nội vụ Lào"},
        {"Bộ Nội vụ"},
        id="f-chain-ministry-before-foreign",
    ),
    P(
        "Đoàn do bà Souphan Keomixay, Phó Chủ tịch Quốc hội, Viện trưởng Viện kiểm sát nhân dân "
        "tối cao Lào dẫn đầu.",
        {"Quốc hội Lào"},
        {"Quốc hội"},
        id="f-chain-assembly",
    ),
    P(
        "Tiếp đoàn có ông Bounmy Phommala, Bộ trưởng Bộ Tư pháp Lào, nguyên Thứ trưởng Bộ Tài "
        "chính.",
        {"Bộ Tài chính Lào", "Bộ Tư pháp Lào"},
        set(),
        id="f-chain-foreign-first",
    ),
    P(
        "Tham dự có ông Lê Văn Tâm, Thứ trưởng Bộ Tư pháp và ông Khamla Vongsa, Thứ trưởng Bộ Tư "
        "pháp Lào.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào"},
        set(),
        id="f-two-chains-kept-apart",
    ),
    P(
        "Thay mặt Chính phủ, Bộ Tư pháp trao Huân chương Lao động cho Bộ Tư pháp Lào.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào", "Chính phủ"},
        {"Chính phủ Lào"},
        id="f-no-person-chain",
    ),
    P(
        "Chủ tịch nước đã ký quyết định tặng Huân chương Hữu nghị cho ông Khamla Vongsa, Viện "
        "trưởng Viện kiểm sát nhân dân tối cao Lào.",
        {"Viện kiểm sát nhân dân tối cao Lào"},
        {"Chủ tịch nước Lào"},
        id="f-conferrer-outside-chain",
    ),
    P(
        "Ông Somsak Inthavong, Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội, Viện trưởng Viện "
        "kiểm sát nhân dân tối cao Lào phát biểu.",
        {"Quốc hội Lào"},
        {"Bộ Chính trị Lào"},
        id="f-chain-politburo-not-suffixed",
    ),
    P(
        "Ông Lê Văn Tâm, Bộ trưởng Bộ Tư pháp, đã có chuyến thăm và làm việc tại Lào.",
        {"Bộ Tư pháp"},
        {"Bộ Tư pháp Lào"},
        id="f-country-as-destination",
    ),
    P(
        "Bà Trần Thị Mai nhấn mạnh: Bản ghi nhớ giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào được "
        "thực hiện tốt.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào"},
        set(),
        id="f-speaker-clause-not-a-chain",
    ),
    P(
        "Tiếp đoàn có ông Khamla Vongsa, Thứ trưởng Bộ Tư pháp Lào và Bộ Tư pháp Việt Nam.",
        {"Bộ Tư pháp", "Bộ Tư pháp Lào"},
        set(),
        id="f-vietnam-written-stays",
    ),
    P(
        "Bộ Tư pháp Lào và Bộ Tư pháp Việt Nam ký kết kế hoạch hợp tác.",
        {"Bộ Tư pháp Lào"},
        set(),
        id="f-foreign-ministry",
    ),
    P(
        "Viện Kiểm sát Nhân dân Tối cao Lào cử đoàn công tác sang làm việc.",
        {"Viện kiểm sát nhân dân tối cao Lào"},
        set(),
        id="f-foreign-procuracy-capitalized",
    ),
]

# E: the civil-enforcement system in old and shortened forms (annotators write the full
# "… Thi hành án dân sự …"), and units of the supreme procuracy named with their parent
ENFORCEMENT = [
    P(
        "Chi cục Thi hành án huyện Gia Viễn đã tổ chức cưỡng chế.",
        {"Chi cục Thi hành án dân sự huyện Gia Viễn"},
        {"Chi cục Thi hành án huyện Gia Viễn"},
        id="e-district-shortened",
    ),
    P(
        "Cục Thi hành án tỉnh Ninh Bình tổ chức hội nghị tổng kết.",
        {"Cục Thi hành án dân sự tỉnh Ninh Bình"},
        {"Cục Thi hành án tỉnh Ninh Bình"},
        id="e-province-shortened",
    ),
    P(
        "Tổng cục Thi hành án đã ban hành văn bản hướng dẫn.",
        {"Tổng cục Thi hành án dân sự"},
        {"Tổng cục Thi hành án"},
        id="e-general-department-shortened",
    ),
    P(
        "Ông Lê Văn Tâm, Chi cục trưởng Chi cục Thi hành án huyện Yên Mô phát biểu.",
        {"Chi cục Thi hành án dân sự huyện Yên Mô"},
        {"Chi cục Thi hành án huyện Yên Mô"},
        id="e-district-shortened-title",
    ),
    P(
        "Văn phòng Cục Thi hành án tỉnh Nam Định tổ chức tập huấn.",
        {"Văn phòng Cục Thi hành án dân sự tỉnh Nam Định"},
        {"Văn phòng Cục Thi hành án tỉnh Nam Định"},
        id="e-office-of-shortened",
    ),
    P(
        "Năm 2007, Thi hành án dân sự tỉnh Nam Định đã thi hành xong 3.000 việc.",
        {"Thi hành án dân sự tỉnh Nam Định"},
        set(),
        id="e-pre2009-province",
    ),
    P(
        "Thi hành án dân sự huyện Yên Mô, tỉnh Ninh Bình đã tổ chức cưỡng chế.",
        {"Thi hành án dân sự huyện Yên Mô"},
        set(),
        id="e-pre2009-district",
    ),
    P(
        "Phòng Thi hành án tỉnh Nam Định đã tổ chức hội nghị.",
        {"Phòng Thi hành án dân sự tỉnh Nam Định"},
        {"Phòng Thi hành án tỉnh Nam Định"},
        id="e-pre2009-room",
    ),
    P(
        "Phòng Thi hành án dân sự tỉnh Long An được tặng Bằng khen.",
        {"Phòng Thi hành án dân sự tỉnh Long An"},
        set(),
        id="e-pre2009-room-full",
    ),
    P(
        "Cơ quan Điều tra VKSND tối cao đã khởi tố vụ án.",
        {"Cơ quan điều tra Viện kiểm sát nhân dân tối cao"},
        {"Viện kiểm sát nhân dân tối cao"},
        id="e-supreme-investigation",
    ),
    P(
        "Cơ quan điều tra Viện kiểm sát nhân dân tối cao đã bắt tạm giam bị can.",
        {"Cơ quan điều tra Viện kiểm sát nhân dân tối cao"},
        set(),
        id="e-supreme-investigation-full",
    ),
    P(
        "Vụ 16 VKSND tối cao tổ chức hội nghị.",
        {"Vụ 16 Viện kiểm sát nhân dân tối cao"},
        {"Vụ 16"},
        id="e-supreme-numbered-department",
    ),
    P(
        "Vụ Thi đua - Khen thưởng VKSND tối cao đã thẩm định hồ sơ.",
        {"Vụ Thi đua - Khen thưởng Viện kiểm sát nhân dân tối cao"},
        {"Vụ Thi đua - Khen thưởng"},
        id="e-supreme-emulation-department",
    ),
    P(
        "Ông Trần Văn Lộc, Vụ trưởng Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối cao phát biểu.",
        {"Vụ Tổ chức cán bộ Viện kiểm sát nhân dân tối cao"},
        set(),
        id="e-supreme-personnel-department",
    ),
    P(
        "Văn phòng Tòa án nhân dân tối cao thông báo lịch tiếp công dân.",
        {"Văn phòng Tòa án nhân dân tối cao"},
        set(),
        id="e-supreme-court-office",
    ),
    P(
        "Chi cục THA huyện Hoa Lư đã trả tiền cho đương sự.",
        {"Chi cục Thi hành án dân sự huyện Hoa Lư"},
        set(),
        id="e-district-tha",
    ),
    P(
        "Chi cục Thi hành án thành phố Thủ Dầu Một, tỉnh Bình Dương đã tổ chức cưỡng chế.",
        {"Chi cục Thi hành án dân sự thành phố Thủ Dầu Một"},
        set(),
        id="e-district-city-shortened",
    ),
    P(
        "Các Chi cục Thi hành án trên địa bàn tỉnh đã hoàn thành chỉ tiêu.",
        set(),
        {"Chi cục Thi hành án dân sự", "Chi cục Thi hành án"},
        id="e-generic-plural",
    ),
    P(
        "Cục Thi hành án dân sự tỉnh Hà Nam và Chi cục Thi hành án huyện Kim Bảng phối hợp.",
        {"Cục Thi hành án dân sự tỉnh Hà Nam", "Chi cục Thi hành án dân sự huyện Kim Bảng"},
        set(),
        id="e-mixed-forms",
    ),
    P(
        "Tổng cục Thi hành án dân sự và Cục Thi hành án tỉnh Hà Nam ký kết.",
        {"Tổng cục Thi hành án dân sự", "Cục Thi hành án dân sự tỉnh Hà Nam"},
        set(),
        id="e-full-and-short",
    ),
    P(
        "Cục Thi hành án Bộ Quốc phòng đã phối hợp với Cục Thi hành án dân sự tỉnh Hà Nam.",
        {"Cục Thi hành án dân sự tỉnh Hà Nam"},
        {"Cục Thi hành án dân sự Bộ Quốc phòng"},
        id="e-military-enforcement-not-civil",
    ),
    P(
        "Phòng Thi hành án quân khu 3 đã phối hợp tổ chức.",
        set(),
        {"Phòng Thi hành án dân sự quân khu 3"},
        id="e-military-room-not-civil",
    ),
    P(
        "Đội Thi hành án Chi cục Thi hành án dân sự huyện Kim Bảng đã cưỡng chế.",
        {"Chi cục Thi hành án dân sự huyện Kim Bảng"},
        set(),
        id="e-team-not-renamed",
    ),
    P(
        "Năm 2005, Thi hành án dân sự thị xã Tam Điệp đã thi hành xong 800 việc.",
        {"Thi hành án dân sự thị xã Tam Điệp"},
        set(),
        id="e-pre2009-city",
    ),
    P(
        "Ban Chỉ đạo Thi hành án dân sự tỉnh Ninh Bình họp phiên thường kỳ.",
        {"Ban Chỉ đạo Thi hành án dân sự tỉnh Ninh Bình"},
        {"Thi hành án dân sự tỉnh Ninh Bình"},
        id="e-steering-board-not-pre2009",
    ),
    P(
        "Ông Lê Văn Tâm, Cục trưởng Cục Thi hành án dân sự tỉnh Hà Nam chủ trì hội nghị.",
        {"Cục Thi hành án dân sự tỉnh Hà Nam"},
        {"Thi hành án dân sự tỉnh Hà Nam"},
        id="e-head-not-pre2009",
    ),
    P(
        "Kết quả công tác thi hành án dân sự tỉnh Hà Nam năm 2007 đạt khá.",
        set(),
        {"Thi hành án dân sự tỉnh Hà Nam"},
        id="e-lowercase-activity-nothing",
    ),
    P(
        "Trại giam Nam Hà phối hợp với Cục Cảnh sát Thi hành án hình sự và hỗ trợ tư pháp.",
        set(),
        {"Cục Cảnh sát Thi hành án dân sự"},
        id="e-criminal-enforcement-kept",
    ),
    P(
        "Vụ Hợp tác quốc tế Bộ Tư pháp và Viện kiểm sát nhân dân tối cao đã phối hợp.",
        {"Vụ Hợp tác quốc tế", "Viện kiểm sát nhân dân tối cao"},
        {"Vụ Hợp tác quốc tế Viện kiểm sát nhân dân tối cao"},
        id="e-ministry-unit-not-merged",
    ),
    P(
        "Đại diện Vụ Tổ chức cán bộ - Tòa án nhân dân tối cao trao quyết định.",
        {"Vụ Tổ chức cán bộ Tòa án nhân dân tối cao"},
        set(),
        id="e-supreme-court-unit-dash",
    ),
    P(
        "Ngày 17/9, Cơ quan Điều tra (Cục 2) Viện KSND tối cao khởi tố vụ án.",
        {"Cơ quan điều tra Viện kiểm sát nhân dân tối cao"},
        set(),
        id="e-investigation-bracketed-unit",
    ),
    P(
        "Công văn của VKSND tối cao (Vụ 14) hướng dẫn thủ tục hồ sơ.",
        {"Viện kiểm sát nhân dân tối cao", "Vụ 14 Viện kiểm sát nhân dân tối cao"},
        set(),
        id="e-bracketed-unit-after-parent",
    ),
    P(
        "Ngày 10/5/2006, THADS huyện Yên Mô đã tổ chức cưỡng chế thành công.",
        {"Thi hành án dân sự huyện Yên Mô"},
        set(),
        id="e-pre2009-abbrev-old-page",
    ),
    P(
        "Ngày 10/5/2024, THADS tỉnh Ninh Bình đạt nhiều kết quả.",
        set(),
        {"Thi hành án dân sự tỉnh Ninh Bình"},
        id="e-abbrev-sector-recent-page",
    ),
    P(
        "Thứ trưởng chủ trì cuộc họp với Cục Hành chính tư pháp về sơ kết 6 tháng.",
        {"Cục Hành chính tư pháp"},
        set(),
        id="e-2025-department",
    ),
    P(
        "Dự có các thành viên Hội đồng phổ biến giáo dục pháp luật huyện Gia Viễn.",
        {"Hội đồng phổ biến giáo dục pháp luật huyện Gia Viễn"},
        set(),
        id="n-legal-education-council-short",
    ),
    P(
        "Đại diện Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh Ninh Bình dự họp.",
        {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Ninh Bình"},
        {"Hội đồng nhân dân tỉnh Ninh Bình"},
        id="n-joint-office-abbrev-council",
    ),
    P(
        "Ông Lê Văn Tâm, Ủy viên Ủy ban Văn hóa - Xã hội của Quốc hội phát biểu.",
        {"Ủy ban Văn hóa - Xã hội của Quốc hội"},
        set(),
        id="n-culture-society-committee",
    ),
    P(
        "Vụ Tổ chức - Cán bộ TAND Tối cao cần tăng cường công tác đào tạo thẩm phán.",
        {"Vụ Tổ chức - Cán bộ Tòa án nhân dân tối cao"},
        set(),
        id="e-supreme-court-unit-dashed-domain",
    ),
    P(
        "Vụ 14 Viện kiểm sát nhân dân tối cao đã kiểm sát việc giải quyết.",
        {"Vụ 14 Viện kiểm sát nhân dân tối cao"},
        set(),
        id="e-supreme-numbered-full",
    ),
]


@pytest.mark.parametrize(
    "text,present,absent", TYPE_LISTS + WARD_LISTS + GRASSROOTS + LAWYERS + FOREIGN + ENFORCEMENT
)
def test_organization_families8(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
