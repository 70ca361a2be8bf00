"""Bodies named through a list or through another body, on invented sentences (never taken
from any real page): a body's party, union and youth organs named with it (also when listed
before it), bare bodies of a dash-separated list sharing the last one's place, and members of
an inter-agency list named by their sector.
"""

from __future__ import annotations

import pytest

from justicekg.extract import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str = "2021-05-10") -> set[str]:
    r = extract(text, article_id="t", published=published)
    return {o.name for o in r.organizations}


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Ngày 12/1/2021, Đảng bộ Sở Tư pháp tỉnh Yên Bái tổ chức hội nghị tổng kết.",
            {"Đảng bộ Sở Tư pháp tỉnh Yên Bái"},
            id="party-organization-of-a-department",
        ),
        pytest.param(
            "Chiều 8/3, Đại hội đại biểu Đảng bộ Bộ Tư pháp lần thứ II đã diễn ra.",
            {"Đảng bộ Bộ Tư pháp"},
            id="party-organization-of-a-ministry",
        ),
        pytest.param(
            "Chi cục THADS huyện Mỹ Tú tổ chức hội nghị. Sau đó, Chi bộ Chi cục kết hợp với"
            " Công đoàn Chi cục trao quà cho các hộ nghèo.",
            {
                "Chi bộ Chi cục Thi hành án dân sự huyện Mỹ Tú",
                "Công đoàn Chi cục Thi hành án dân sự huyện Mỹ Tú",
            },
            id="bare-district-office-as-parent",
        ),
        pytest.param(
            "Chiều 14/9/2023, Đảng ủy Tòa án nhân dân tỉnh Lai Châu gặp mặt Ban chấp hành Chi"
            " đoàn, Ban chấp hành Công đoàn và Ban chấp hành chi hội Luật gia Tòa án nhân dân"
            " tỉnh Lai Châu.",
            {
                "Đảng ủy Tòa án nhân dân tỉnh Lai Châu",
                "Chi đoàn Tòa án nhân dân tỉnh Lai Châu",
                "Công đoàn Tòa án nhân dân tỉnh Lai Châu",
                "Chi hội Luật gia Tòa án nhân dân tỉnh Lai Châu",
            },
            id="organs-listed-before-their-body",
        ),
        pytest.param(
            "Thay mặt Ban cán sự đảng, lãnh đạo Bộ Tư pháp, Bộ trưởng chúc mừng các đồng chí.",
            {"Ban cán sự đảng Bộ Tư pháp"},
            id="organ-and-leaders-before-the-body",
        ),
        pytest.param(
            "Đoàn cơ sở Tổng cục Thi hành án dân sự đã ban hành kế hoạch tổ chức cuộc thi.",
            {"Đoàn cơ sở Tổng cục Thi hành án dân sự"},
            id="a-youth-union-cell",
        ),
        pytest.param(
            "Dự lễ ký có đại diện Ban Pháp chế, Ban Dân tộc HĐND tỉnh Đắk Nông và Ban Thường vụ"
            " Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Đắk Nông.",
            {
                "Ban Pháp chế Hội đồng nhân dân tỉnh Đắk Nông",
                "Ban Dân tộc Hội đồng nhân dân tỉnh Đắk Nông",
                "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Đắk Nông",
            },
            id="council-boards-listed-before-their-council",
        ),
    ],
)
def test_organs_named_with_their_body(text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        pytest.param(
            # (a province's, named in full, is a body: tests/test_extract_general_orgs11_named.py)
            "Nghị quyết Đại hội Đảng bộ huyện Mộc Châu lần thứ XV được triển khai.",
            "Đảng bộ huyện Mộc Châu",
            id="a-congress-of-the-district",
        ),
        pytest.param(
            "Đảng ủy, UBND xã Tân Phú đã chỉ đạo quyết liệt.",
            "Đảng ủy Ủy ban nhân dân xã Tân Phú",
            id="bodies-side-by-side",
        ),
    ],
)
def test_no_organ_without_its_body(text: str, absent: str) -> None:
    assert absent not in _orgs(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Chiều 20-11, liên ngành THADS Công an- TAND- VKSND- Cục THADS TP Hải Phòng tổ chức"
            " sơ kết quy chế phối hợp.",
            {
                "Công an thành phố Hải Phòng",
                "Tòa án nhân dân thành phố Hải Phòng",
                "Viện kiểm sát nhân dân thành phố Hải Phòng",
                "Cục Thi hành án dân sự thành phố Hải Phòng",
            },
            id="dash-list-ending-with-an-enforcement-office",
        ),
        pytest.param(
            "Viện kiểm sát nhân dân - Công an - Tòa án nhân dân và Cục thi hành án dân sự tỉnh"
            " Nam Định thống nhất xây dựng quy định phối hợp.",
            {
                "Viện kiểm sát nhân dân tỉnh Nam Định",
                "Công an tỉnh Nam Định",
                "Tòa án nhân dân tỉnh Nam Định",
            },
            id="dash-list-with-va",
        ),
        pytest.param(
            "HĐND, UBND huyện Yên Thủy tổ chức kỳ họp.",
            {"Hội đồng nhân dân huyện Yên Thủy", "Ủy ban nhân dân huyện Yên Thủy"},
            id="council-and-committee",
        ),
    ],
)
def test_bare_bodies_share_the_last_place(text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Năm 2014, liên ngành Công an - Tư pháp - Tài chính - Quốc phòng - Toà án nhân dân tối"
            " cao - Viện Kiểm sát nhân dân tối cao đã thống nhất sửa đổi Thông tư liên tịch.",
            {"Bộ Tư pháp", "Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính"},
            id="central",
        ),
        pytest.param(
            "Sáng 3/4/2016, liên ngành Tư pháp - Công an - Tòa án - Cục Thi hành án dân sự tỉnh"
            " Nam Định đã ký kết quy chế phối hợp.",
            {
                "Sở Tư pháp tỉnh Nam Định",
                "Công an tỉnh Nam Định",
                "Tòa án nhân dân tỉnh Nam Định",
            },
            id="provincial",
        ),
    ],
)
def test_interagency_members_by_sector(text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text)


def test_interagency_list_without_a_level_names_no_body() -> None:
    orgs = _orgs("Liên ngành Tư pháp - Công an - Tòa án đã họp bàn.")
    assert not {"Bộ Công an", "Công an tỉnh", "Tòa án nhân dân tối cao"} & orgs


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Các đại biểu thuộc Tòa án nhân dân khu vực 1, 2 và 3 dự tập huấn.",
            {
                "Tòa án nhân dân khu vực 1",
                "Tòa án nhân dân khu vực 2",
                "Tòa án nhân dân khu vực 3",
            },
            id="numbered-regional-courts",
        ),
        pytest.param(
            "Phòng THADS khu vực 4, 5 đã hoàn thành chỉ tiêu.",
            {"Phòng Thi hành án dân sự khu vực 4", "Phòng Thi hành án dân sự khu vực 5"},
            id="numbered-regional-offices",
        ),
        pytest.param(
            "Ông Lê Văn Hải, Trưởng phòng Phòng Tư pháp thuộc UBND huyện Kim Sơn phát biểu.",
            {"Phòng Tư pháp huyện Kim Sơn"},
            id="division-thuoc-its-committee",
        ),
        pytest.param(
            "Trung tâm Trợ giúp pháp lý nhà nước thuộc Sở Tư pháp tỉnh Hà Nam tổ chức tập huấn.",
            {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam"},
            id="centre-thuoc-its-department",
        ),
        pytest.param(
            "Phòng Hành chính tư pháp thuộc Sở Tư pháp tỉnh Thái Bình chủ trì.",
            {"Phòng Hành chính tư pháp Sở Tư pháp tỉnh Thái Bình"},
            id="division-thuoc-its-department",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Nam Định tổ chức lễ kỷ niệm. Đoàn Thanh niên của Sở tham gia.",
            {"Đoàn Thanh niên Sở Tư pháp tỉnh Nam Định"},
            id="organ-cua-a-bare-department",
        ),
    ],
)
def test_numbered_and_linked_units(text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text, published="2025-11-14")


@pytest.mark.parametrize(
    "text,absent",
    [
        pytest.param(
            "Thông tư hướng dẫn cơ cấu tổ chức của Phòng Tư pháp thuộc UBND huyện, quận, thị xã.",
            "Phòng Tư pháp Ủy ban nhân dân huyện",
            id="every-district",
        ),
        pytest.param(
            "Ngày 19/6/2023, Đoàn Thanh tra thuộc VKSND tỉnh Khánh Hòa công bố quyết định.",
            "Thanh tra Viện kiểm sát nhân dân tỉnh Khánh Hòa",
            id="an-inspection-team",
        ),
    ],
)
def test_no_linked_unit(text: str, absent: str) -> None:
    assert absent not in _orgs(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Bà Lê Thị Miên, Chánh Văn phòng HĐND và UBND huyện Nho Quan dự họp.",
            {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Nho Quan"},
            id="joint-office",
        ),
        pytest.param(
            "Dự có Văn phòng Đoàn Đại  biểu Quốc hội tỉnh Hà Nam và đại diện Ban thi đua khen"
            " thưởng tỉnh Hà Nam.",
            {
                "Văn phòng Đoàn đại biểu Quốc hội tỉnh Hà Nam",
                "Ban Thi đua - Khen thưởng tỉnh Hà Nam",
            },
            id="doubled-space-and-emulation-board",
        ),
        pytest.param(
            "Đại diện Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Hà Nam,"
            " Ngân hàng Chính sách xã hội tỉnh Hà Nam và Bảo hiểm xã hội tỉnh Hà Nam dự họp.",
            {
                "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Hà Nam",
                "Ngân hàng Chính sách xã hội tỉnh Hà Nam",
                "Bảo hiểm xã hội tỉnh Hà Nam",
            },
            id="banks-and-insurance",
        ),
        pytest.param(
            "Văn phòng Thừa phát lại quận Cầu Giấy và VP Thừa phát lại Quận 5 ký hợp đồng.",
            {"Văn phòng Thừa phát lại quận Cầu Giấy", "Văn phòng Thừa phát lại Quận 5"},
            id="bailiff-offices",
        ),
        pytest.param(
            "Tham dự có Bộ Tư lệnh Thủ đô Hà Nội, Bộ Tư lệnh TP.HCM, Bộ Tư lệnh Quân khu 3 và"
            " Tổng cục Hậu cần - Kỹ thuật.",
            {
                "Bộ Tư lệnh Thủ đô Hà Nội",
                "Bộ Tư lệnh Thành phố Hồ Chí Minh",
                "Bộ Tư lệnh Quân khu 3",
                "Tổng cục Hậu cần - Kỹ thuật",
            },
            id="army-commands",
        ),
        pytest.param(
            "Cơ quan Hợp tác quốc tế Nhật Bản (JICA) và UNDP làm việc với Bộ Tư pháp.",
            {"Cơ quan Hợp tác quốc tế Nhật Bản", "Chương trình Phát triển Liên hợp quốc"},
            id="foreign-partners",
        ),
    ],
)
def test_bodies_of_other_sectors(text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Ngày 06/03/2024, Liên ngành Công an - Viện kiểm sát - Tòa án - Thi hành án dân sự"
            " huyện Lục Nam tổ chức hội nghị tổng kết.",
            {
                "Công an huyện Lục Nam",
                "Viện kiểm sát nhân dân huyện Lục Nam",
                "Tòa án nhân dân huyện Lục Nam",
                "Chi cục Thi hành án dân sự huyện Lục Nam",
            },
            id="interagency-place-after-the-last-sector",
        ),
        pytest.param(
            "Bộ trưởng các Bộ: Ngoại giao, Quốc phòng, Công an, Tài chính và Văn phòng Chính"
            " phủ chịu trách nhiệm thi hành.",
            {"Bộ Ngoại giao", "Bộ Quốc phòng", "Bộ Công an", "Bộ Tài chính"},
            id="ministries-listed-by-domain",
        ),
        pytest.param(
            "Ngày 20/9/2011, Viện kiểm sát nhân dân tỉnh Bình Phước và Cục Hải quan Bình Phước"
            " ký kết phối hợp; Cục Quản lý thị trường Hà Nam cũng dự.",
            {"Cục Hải quan tỉnh Bình Phước", "Cục Quản lý thị trường tỉnh Hà Nam"},
            id="unlisted-domain-and-a-bare-province",
        ),
    ],
)
def test_sectors_and_bare_provinces(text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        pytest.param(
            "Đoàn công tác làm việc với Thường trực Tỉnh ủy Hà Nam. Ông Lê Văn Hào, Phó Bí thư"
            " Thường trực Tỉnh ủy Hà Nam phát biểu.",
            {"Thường trực Tỉnh ủy Hà Nam", "Tỉnh ủy Hà Nam"},
            "Thường trực",
            id="standing-members-of-a-party-committee",
        ),
        pytest.param(
            "Ông Trần Bình Minh, Phó Chủ tịch Thường trực HĐND tỉnh Hà Nam phát biểu.",
            {"Hội đồng nhân dân tỉnh Hà Nam"},
            "Thường trực Hội đồng nhân dân tỉnh Hà Nam",
            id="a-title-qualifier-is-no-body",
        ),
        pytest.param(
            "Sáng 14-8, Đoàn Thanh niên Đoàn Luật sư TP.HCM phối hợp với Đoàn Thanh niên phường"
            " Tân Định ra mắt điểm tư vấn pháp luật.",
            {"Đoàn Thanh niên Đoàn Luật sư thành phố Hồ Chí Minh"},
            "Đoàn Thanh niên",
            id="an-associations-youth-union",
        ),
    ],
)
def test_standing_members_and_association_organs(
    text: str, expected: set[str], absent: str
) -> None:
    orgs = _orgs(text)
    assert expected <= orgs
    assert absent not in orgs


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "date 2019-12\nCục Thi hành án dân sự (THADS) tỉnh Bạc Liêu vừa tổ chức hội nghị.",
            "Cục Thi hành án dân sự tỉnh Bạc Liêu",
            id="after-a-date-header-line",
        ),
        pytest.param(
            "Chiều 14-12 Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị.",
            "Sở Tư pháp tỉnh Hà Nam",
            id="after-a-dashed-date",
        ),
    ],
)
def test_a_date_is_no_count(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_a_count_is_still_no_body() -> None:
    assert not any(o.startswith("Sở Tư pháp") for o in _orgs("Có 12 Sở Tư pháp dự họp."))


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Ngày 5/6/2019, tại huyện Kim Bảng, Phòng Tư pháp huyện phối hợp với UBND xã Lê Hồ"
            " tổ chức tuyên truyền.",
            {"Phòng Tư pháp huyện Kim Bảng"},
            id="the-district-named-as-a-place",
        ),
        pytest.param(
            "Ngày 5/6/2019, Chi cục THADS huyện Kim Bảng tổ chức hội nghị. Dự có đại diện Công"
            " an huyện, VKSND huyện, TAND huyện.",
            {
                "Công an huyện Kim Bảng",
                "Viện kiểm sát nhân dân huyện Kim Bảng",
                "Tòa án nhân dân huyện Kim Bảng",
            },
            id="the-district-of-another-sentence",
        ),
    ],
)
def test_bare_district_bodies_take_the_pages_one_district(text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text)


def test_bare_district_bodies_stay_bare_on_a_page_that_names_none() -> None:
    orgs = _orgs("Ngày 5/6/2019, Phòng Tư pháp huyện tổ chức tuyên truyền tại xã.")
    assert "Phòng Tư pháp huyện" in orgs


def test_councils_of_judges_ordinals_and_central_boards() -> None:
    orgs = _orgs(
        "Ngày 3/11/2023, tại Kỳ họp thứ 6 Quốc hội khóa XV, các thành viên Hội đồng Thẩm phán"
        " TANDTC và Ủy ban Thẩm phán TAND cấp cao tại Đà Nẵng dự. Thực hiện quyết định của Ban"
        " Bí thư TW Đảng, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"
        " theo dõi vụ án."
    )
    assert {
        "Quốc hội",
        "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
        "Ủy ban Thẩm phán Tòa án nhân dân cấp cao tại Đà Nẵng",
        "Ban Bí thư Trung ương Đảng",
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
    } <= orgs


def test_abbreviated_department_domains() -> None:
    orgs = _orgs(
        "Dự họp có Sở TT&TT, Sở GD&ĐT, Sở TN&MT, Sở NN&PTNT, Sở KH&ĐT, Sở VH-TT&DL và Sở"
        " KH&CN tỉnh Hà Nam."
    )
    assert {
        "Sở Thông tin và Truyền thông tỉnh Hà Nam",
        "Sở Giáo dục và Đào tạo tỉnh Hà Nam",
        "Sở Tài nguyên và Môi trường tỉnh Hà Nam",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam",
        "Sở Kế hoạch và Đầu tư tỉnh Hà Nam",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam",
        "Sở Khoa học và Công nghệ tỉnh Hà Nam",
    } <= orgs


def test_army_and_police_units() -> None:
    orgs = _orgs(
        "Tham dự có Ban CHQS huyện Kim Bảng, Trại giam Nam Hà (Cục 10-Bộ Công an), Trại tạm giam"
        " Công an tỉnh Hà Nam, Cơ quan CSĐT Công an huyện Kim Bảng, Phòng Cảnh sát điều tra tội"
        " phạm về trật tự xã hội Công an tỉnh Hà Nam, Sư đoàn 312 và Hải đoàn 28 BĐBP."
    )
    assert {
        "Ban Chỉ huy Quân sự huyện Kim Bảng",
        "Trại giam Nam Hà",
        "Cục 10 Bộ Công an",
        "Trại tạm giam Công an tỉnh Hà Nam",
        "Cơ quan Cảnh sát điều tra Công an huyện Kim Bảng",
        "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Hà Nam",
        "Sư đoàn 312",
        "Hải đoàn 28 Bộ đội Biên phòng",
    } <= orgs


def test_court_chambers_with_their_court() -> None:
    orgs = _orgs(
        "Tòa Hình sự đã xét xử. Dự có Tòa Hình sự TAND tỉnh Hà Nam và Tòa Gia đình và người chưa"
        " thành niên TAND thành phố Hà Nội."
    )
    assert {
        "Tòa Hình sự Tòa án nhân dân tỉnh Hà Nam",
        "Tòa Gia đình và người chưa thành niên Tòa án nhân dân thành phố Hà Nội",
    } <= orgs
    assert "Tòa Hình sự" not in orgs
