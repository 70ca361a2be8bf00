"""Sub-units named with their parent (O1: party committee, general department, court,
association), checked on invented sentences (never taken from any real page). A family of
unseen pages; the others: heads the grammar did not know (O2) in
``test_extract_orgs_new_heads.py``, foreign bodies with transliterated place names (O3)
in ``test_extract_orgs_foreign_places.py``, spurious bodies made from a bare head (O4) and
the guards of all four in ``test_extract_orgs_spurious.py``.

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = "2023-05-10") -> set[str]:
    """The organization names the report lists for ``text``, compared as the scorer does
    (case, dashes and abbreviations folded)."""
    return scored_orgs(text, published)


P = pytest.param

# O1: a sub-unit carries its parent (party committee, general department, court, association)
SUBUNITS = [
    P(
        "Bà Lê Thị Hoa, Trưởng Ban Tuyên giáo Quận ủy Gò Vấp phát biểu tại hội nghị.",
        {"Ban Tuyên giáo Quận ủy Gò Vấp"},
        {"Ban Tuyên giáo quận Gò Vấp"},
        id="o1-tuyen-giao-quan-uy",
    ),
    P(
        "Ban Dân vận Huyện ủy Kim Bảng phối hợp với Phòng Tư pháp huyện tổ chức hội nghị.",
        {"Ban Dân vận Huyện ủy Kim Bảng"},
        {"Ban Dân vận huyện Kim Bảng"},
        id="o1-dan-van-huyen-uy",
    ),
    P(
        "Ông Trần Văn Nam - Chánh Văn phòng Quận ủy Hoàng Mai dự buổi làm việc.",
        {"Văn phòng Quận ủy Hoàng Mai"},
        {"Văn phòng quận Hoàng Mai"},
        id="o1-van-phong-quan-uy",
    ),
    P(
        "Đại diện Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh Nghệ An trao quyết định.",
        {"Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh Nghệ An"},
        {"Ban Tổ chức"},
        id="o1-to-chuc-dang-uy-co-quan-dang",
    ),
    P(
        "Lãnh đạo Vụ Nghiệp vụ 2 Tổng cục Thi hành án dân sự làm việc với Cục THADS tỉnh Nam Định.",
        {"Vụ Nghiệp vụ 2 Tổng cục Thi hành án dân sự", "Cục Thi hành án dân sự tỉnh Nam Định"},
        {"Vụ Nghiệp vụ 2"},
        id="o1-vu-nghiep-vu-tong-cuc",
    ),
    P(
        "Vụ Nghiệp vụ 3 - Tổng cục THADS đã hướng dẫn các địa phương.",
        {"Vụ Nghiệp vụ 3 Tổng cục Thi hành án dân sự"},
        {"Vụ Nghiệp vụ 3"},
        id="o1-vu-nghiep-vu-dash-abbr",
    ),
    P(
        "Thẩm phán Tòa Kinh tế Tòa án nhân dân thành phố Hà Nội trình bày tham luận.",
        {"Tòa Kinh tế Tòa án nhân dân thành phố Hà Nội"},
        {"Tòa Kinh tế"},
        id="o1-toa-kinh-te",
    ),
    P(
        "Ông Phạm Văn Lộc, Phó Chánh tòa Tòa Hình sự TAND tỉnh Nam Định cho biết.",
        {"Tòa Hình sự Tòa án nhân dân tỉnh Nam Định"},
        {"Tòa Hình sự"},
        id="o1-toa-hinh-su-abbr",
    ),
    P(
        "Giảng viên Khoa Luật Kinh tế Đại học Vinh tham gia tư vấn cho người dân.",
        {"Khoa Luật Kinh tế Đại học Vinh"},
        {"Khoa Luật Kinh tế"},
        id="o1-khoa-dai-hoc",
    ),
    P(
        "Ban cán sự đảng Bộ Tư pháp ban hành nghị quyết về công tác cán bộ.",
        {"Ban cán sự đảng Bộ Tư pháp"},
        set(),
        id="o1-ban-can-su-bo",
    ),
    P(
        "Ban cán sự đảng UBND tỉnh Hà Tĩnh chỉ đạo rà soát văn bản.",
        {"Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Tĩnh"},
        set(),
        id="o1-ban-can-su-ubnd-abbr",
    ),
    P(
        "Đảng đoàn Liên đoàn Luật sư Việt Nam họp phiên thường kỳ.",
        {"Đảng đoàn Liên đoàn Luật sư Việt Nam"},
        set(),
        id="o1-dang-doan-lien-doan",
    ),
    P(
        "Đồng chí Hà Văn Sơn, Bí thư Chi bộ Phòng Tư pháp huyện Kim Bảng phát biểu.",
        {"Chi bộ Phòng Tư pháp huyện Kim Bảng"},
        set(),
        id="o1-chi-bo-phong",
    ),
    P(
        "Đảng bộ các cơ quan Đảng tỉnh Quảng Ninh tổ chức đại hội nhiệm kỳ mới.",
        {"Đảng bộ các cơ quan Đảng tỉnh Quảng Ninh"},
        set(),
        id="o1-dang-bo-co-quan-dang",
    ),
    P(
        "Ông Vũ Đức Minh, Chủ nhiệm Đoàn Luật sư tỉnh Thanh Hóa cùng Ban Chủ nhiệm Đoàn Luật sư"
        " tỉnh Thanh Hóa tiếp đoàn.",
        {"Ban Chủ nhiệm Đoàn Luật sư tỉnh Thanh Hóa", "Đoàn Luật sư tỉnh Thanh Hóa"},
        set(),
        id="o1-ban-chu-nhiem-doan-luat-su",
    ),
    P(
        "Ban Chấp hành Trung ương Hội Luật gia Việt Nam họp Hội nghị lần thứ 5.",
        {"Ban Chấp hành Trung ương Hội Luật gia Việt Nam"},
        set(),
        id="o1-bch-trung-uong-hoi",
    ),
    P(
        "Ban Thường vụ Trung ương Hội Luật gia Việt Nam tặng Bằng khen cho 12 tập thể.",
        {"Ban Thường vụ Trung ương Hội Luật gia Việt Nam"},
        set(),
        id="o1-btv-trung-uong-hoi",
    ),
    P(
        "Hội đồng Khen thưởng – Kỷ luật Đoàn Luật sư tỉnh Lâm Đồng xem xét hồ sơ.",
        {"Hội đồng Khen thưởng – Kỷ luật Đoàn Luật sư tỉnh Lâm Đồng"},
        set(),
        id="o1-hoi-dong-khen-thuong-ky-luat",
    ),
    P(
        "Văn phòng Liên đoàn Luật sư Việt Nam thông báo lịch tập huấn.",
        {"Văn phòng Liên đoàn Luật sư Việt Nam"},
        {"Văn phòng tỉnh Liên"},
        id="o1-van-phong-lien-doan",
    ),
    P(
        "Chi đoàn Khối nội chính huyện Tiên Lãng ra quân tuyên truyền pháp luật.",
        {"Chi đoàn Khối nội chính huyện Tiên Lãng"},
        set(),
        id="o1-chi-doan-khoi",
    ),
    P(
        "Đoàn thanh niên Sở Tư pháp tỉnh Hà Tĩnh phối hợp với Huyện đoàn Can Lộc tổ chức.",
        {"Đoàn thanh niên Sở Tư pháp tỉnh Hà Tĩnh", "Huyện đoàn Can Lộc"},
        set(),
        id="o1-doan-thanh-nien-huyen-doan",
    ),
    P(
        "Ủy ban Kiểm tra Huyện ủy Hương Sơn kiểm tra việc chấp hành kỷ luật đảng.",
        {"Ủy ban Kiểm tra Huyện ủy Hương Sơn"},
        {"Ủy ban Kiểm tra"},
        id="o1-ubkt-huyen-uy",
    ),
    P(
        "Ban Thường vụ Huyện ủy Xuân Lộc làm việc với Chi cục THADS huyện.",
        {"Ban Thường vụ Huyện ủy Xuân Lộc"},
        set(),
        id="o1-btv-huyen-uy",
    ),
    P(
        "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ tổ chức hội nghị báo cáo viên.",
        {"Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ"},
        {"Ban Tuyên giáo"},
        id="o1-tuyen-giao-dan-van-thanh-uy",
    ),
    P(
        "Đảng ủy Cục Thi hành án dân sự tỉnh Bình Định tổng kết công tác xây dựng Đảng.",
        {"Đảng ủy Cục Thi hành án dân sự tỉnh Bình Định"},
        set(),
        id="o1-dang-uy-cuc",
    ),
    P(
        "Bà Đỗ Thị Lan, Phó Trưởng Ban Dân vận Quận ủy Tân Bình, dự lễ ra mắt mô hình.",
        {"Ban Dân vận Quận ủy Tân Bình"},
        {"Ban Dân vận quận Tân Bình"},
        id="o1-dan-van-quan-uy-title",
    ),
    P(
        "Tòa Dân sự TAND cấp cao tại Đà Nẵng xét xử phúc thẩm vụ án.",
        {"Tòa Dân sự Tòa án nhân dân cấp cao tại Đà Nẵng"},
        {"Tòa Dân sự"},
        id="o1-toa-dan-su-cap-cao",
    ),
]


@pytest.mark.parametrize("text,present,absent", SUBUNITS)
def test_organization_families(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
