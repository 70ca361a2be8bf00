"""Organization rules that over-fired (session 11, x-org13), each narrowed with invented
sentences: a capitalized Vietnamese word then a lower-case one after a head is a sentence-cased
compound (``Văn phòng Liên đoàn``, ``Ban Tổ chức Chương trình``), not a province abroad, even
on a page about a foreign delegation; a unit placed by its own level word (``Phòng … tỉnh,``)
is not the sub-unit of the next body of a list; a place word ending a line does not take the
first word of the next line as its name.

Each row: a text, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DATE = "2023-11-20"

ABROAD = [
    P(
        "Đoàn công tác Bộ Tư pháp Lào thăm Liên đoàn Luật sư Việt Nam. Tiếp đoàn có ông Tạ Văn"
        " Khải, Chánh Văn phòng Liên đoàn và đại diện các ban.",
        {"Bộ Tư pháp Lào", "Liên đoàn Luật sư Việt Nam"},
        {"Văn phòng tỉnh Liên"},
        id="neg-office-of-federation",
    ),
    P(
        "Đoàn đại biểu nước bạn Lào trao đổi về điều kiện thành lập Văn phòng Thừa phát lại và"
        " nguồn kinh phí.",
        set(),
        {"Văn phòng tỉnh Thừa"},
        id="neg-bailiff-office-generic",
    ),
    P(
        "Bộ Tư pháp Lào cho biết, Ban Tổ chức Chương trình sẽ lựa chọn các gương điển hình.",
        {"Bộ Tư pháp Lào"},
        {"Ban Tổ chức tỉnh Chương"},
        id="neg-organizing-board-of-programme",
    ),
    P(
        "Cán bộ Văn phòng Dự án hỗ trợ tư pháp của Campuchia tham dự.",
        set(),
        {"Văn phòng tỉnh Dự"},
        id="neg-project-office",
    ),
    P(
        "Đoàn công tác Sở Tư pháp tỉnh Attapeu (Lào) làm việc với Sở Tư pháp tỉnh Kon Tum."
        " Giám đốc Sở Tư pháp Attapeu cảm ơn sự đón tiếp.",
        {"Sở Tư pháp tỉnh Attapeu", "Sở Tư pháp tỉnh Kon Tum"},
        set(),
        id="foreign-spelling-still-abroad",
    ),
    P(
        "Đoàn công tác nước bạn Lào gồm lãnh đạo Sở Tư pháp Bokeo, Sở Tư pháp tỉnh Kon Tum đón"
        " tiếp.",
        {"Sở Tư pháp tỉnh Bokeo", "Sở Tư pháp tỉnh Kon Tum"},
        set(),
        id="bare-place-abroad-before-comma",
    ),
]

LISTS = [
    P(
        "Sở Tư pháp tỉnh Thái Nguyên. Báo cáo viên của Phòng Cảnh sát giao thông tỉnh, Sở Tư"
        " pháp và Chi cục An toàn vệ sinh thực phẩm.",
        {"Sở Tư pháp tỉnh Thái Nguyên"},
        {"Phòng Cảnh sát giao thông tỉnh Sở Tư pháp tỉnh Thái Nguyên"},
        id="neg-placed-unit-then-list",
    ),
    P(
        "Sở Tư pháp tỉnh Thái Nguyên phối hợp với Phòng Cảnh sát môi trường huyện, Sở Tư pháp"
        " và Công an tỉnh.",
        {"Sở Tư pháp tỉnh Thái Nguyên"},
        {"Phòng Cảnh sát môi trường huyện Sở Tư pháp tỉnh Thái Nguyên"},
        id="neg-district-placed-unit-then-list",
    ),
    P(
        "Sở Tư pháp tỉnh Thái Nguyên phối hợp với Phòng Văn bản và Theo dõi thi hành pháp luật,"
        " Sở Tư pháp tỉnh Bắc Kạn.",
        {"Phòng Văn bản và Theo dõi thi hành pháp luật Sở Tư pháp tỉnh Bắc Kạn"},
        set(),
        id="unit-then-its-department",
    ),
]

LINES = [
    P(
        "Huyện Nam Giang, tỉnh Quảng Nam. Bà Tạ Thị Ngần - Phó Chủ tịch HĐND huyện\n"
        "Địa chỉ: Thị trấn Thạnh Mỹ",
        {"Hội đồng nhân dân huyện Nam Giang"},
        {"Hội đồng nhân dân huyện Địa"},
        id="neg-place-word-ends-line",
    ),
    P(
        "Ông Lưu Quang Vĩnh, Chủ tịch UBND huyện\nTrà Bồng phát biểu.",
        set(),
        {"Ủy ban nhân dân huyện Trà Bồng phát"},
        id="neg-line-break-no-run-on",
    ),
]

ALL = ABROAD + LISTS + LINES


@pytest.mark.parametrize(("text", "expected", "absent"), ALL)
def test_overreach(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DATE)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)


#: centres that are buildings (data/gazetteers/org_venues.tsv): a venue or an address, no body
VENUES = [
    P(
        "Mọi ý kiến gửi về địa chỉ: Sở Nội vụ, tầng 12, tháp B, Trung tâm Hành chính tỉnh Bình"
        " Phước.",
        {"Sở Nội vụ tỉnh Bình Phước"},
        {"Trung tâm Hành chính tỉnh Bình Phước"},
        id="neg-administrative-centre-address",
    ),
    P(
        "Hội nghị được tổ chức tại Trung tâm Hội nghị tỉnh Bình Phước.",
        set(),
        {"Trung tâm Hội nghị tỉnh Bình Phước"},
        id="neg-conference-centre-venue",
    ),
    P(
        "Lễ ký kết diễn ra tại Trung tâm Thông tin - Hội nghị tỉnh Bình Phước.",
        set(),
        {"Trung tâm Thông tin - Hội nghị tỉnh Bình Phước"},
        id="neg-information-conference-centre",
    ),
    P(
        "Trung tâm Hành chính công tỉnh Bình Phước tiếp nhận hồ sơ.",
        {"Trung tâm Hành chính công tỉnh Bình Phước"},
        set(),
        id="public-service-centre-is-a-body",
    ),
    P(
        "Trung tâm Dịch vụ việc làm tỉnh Bình Phước phối hợp tổ chức.",
        {"Trung tâm Dịch vụ việc làm tỉnh Bình Phước"},
        set(),
        id="unlisted-centre-still-a-body",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), VENUES)
def test_venues(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DATE)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
