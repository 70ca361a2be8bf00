"""Foreign bodies with transliterated place names (O3), kept whole, without a Vietnamese
province, checked on invented sentences (never taken from any real page); a family of
unseen pages (the others in ``test_extract_general_orgs6.py``).

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

# O3: foreign bodies with transliterated place names, kept whole, without a Vietnamese province
FOREIGN = [
    P(
        "Đoàn công tác Sở Tư pháp tỉnh Bu-Li-Khăm-Xay (Lào) thăm Sở Tư pháp tỉnh Nghệ An.",
        {"Sở Tư pháp tỉnh Bu-Li-Khăm-Xay", "Sở Tư pháp tỉnh Nghệ An"},
        {"Sở Tư pháp tỉnh Bu"},
        id="o3-so-tu-phap-hyphen",
    ),
    P(
        "Sở Tư pháp Thủ đô Viêng-Chăn và Sở Tư pháp thành phố Hà Nội ký biên bản ghi nhớ.",
        {"Sở Tư pháp Thủ đô Viêng-Chăn", "Sở Tư pháp thành phố Hà Nội"},
        {"Sở Tư pháp Thủ đô", "Sở Tư pháp tỉnh Viêng"},
        id="o3-thu-do-vieng-chan",
    ),
    P(
        "Lãnh đạo Vụ Quản lý thi hành án Bộ Tư pháp Lào làm việc tại Hà Nội.",
        {"Vụ Quản lý thi hành án Bộ Tư pháp Lào"},
        {"Vụ Quản lý thi hành án"},
        id="o3-vu-bo-tu-phap-lao",
    ),
    P(
        "Tiếp đoàn Sở Tư pháp tỉnh Hủa-Phăn, Sở Tư pháp tỉnh Thanh Hóa cho biết.",
        {"Sở Tư pháp tỉnh Hủa-Phăn", "Sở Tư pháp tỉnh Thanh Hóa"},
        {"Sở Tư pháp tỉnh Hủa"},
        id="o3-hua-phan",
    ),
    P(
        "Sở Tư pháp tỉnh Xiêng-Khoảng (Lào) trao đổi kinh nghiệm với Sở Tư pháp tỉnh Nghệ An.",
        {"Sở Tư pháp tỉnh Xiêng-Khoảng"},
        {"Sở Tư pháp tỉnh Xiêng"},
        id="o3-xieng-khoang",
    ),
    P(
        "Tòa án nhân dân tỉnh Chăm-pa-xắc cử đoàn sang học tập kinh nghiệm.",
        {"Tòa án nhân dân tỉnh Chăm-pa-xắc"},
        {"Tòa án nhân dân tỉnh Chăm"},
        id="o3-toa-an-lower",
    ),
    P(
        "Viện kiểm sát nhân dân tỉnh Sa-van-na-khet ký kết hợp tác với VKSND tỉnh Quảng Trị.",
        {"Viện kiểm sát nhân dân tỉnh Sa-van-na-khet", "Viện kiểm sát nhân dân tỉnh Quảng Trị"},
        {"Viện kiểm sát nhân dân tỉnh Sa"},
        id="o3-vks-savannakhet",
    ),
    P(
        "Đoàn đại biểu Sở Tư pháp tỉnh Luông-Pha-Bang thăm và làm việc tại Điện Biên.",
        {"Sở Tư pháp tỉnh Luông-Pha-Bang"},
        {"Sở Tư pháp tỉnh Điện Biên"},
        id="o3-luong-pha-bang",
    ),
    P(
        "Sở Tư pháp tỉnh Sê-Kông, nước Cộng hòa Dân chủ Nhân dân Lào, thăm Kon Tum.",
        {"Sở Tư pháp tỉnh Sê-Kông"},
        {"Sở Tư pháp tỉnh Kon Tum"},
        id="o3-se-kong",
    ),
    P(
        "Ông Bun-mi Phôm-ma-chăn, Giám đốc Sở Tư pháp tỉnh Chăm-pa-sắc phát biểu.",
        {"Sở Tư pháp tỉnh Chăm-pa-sắc"},
        {"Sở Tư pháp tỉnh Chăm"},
        id="o3-giam-doc-so-lao",
    ),
    P(
        "Bộ Tư pháp Lào và Bộ Tư pháp Việt Nam ký kế hoạch hợp tác.",
        {"Bộ Tư pháp Lào", "Bộ Tư pháp"},
        set(),
        id="o3-bo-tu-phap-lao",
    ),
    P(
        "Cục Thi hành án Bộ Tư pháp Lào tiếp đoàn công tác.",
        {"Cục Thi hành án Bộ Tư pháp Lào"},
        set(),
        id="o3-cuc-bo-tu-phap-lao",
    ),
    P(
        "Sở Tư pháp tỉnh U-đôm-xay tổ chức tiếp đoàn Sở Tư pháp tỉnh Điện Biên.",
        {"Sở Tư pháp tỉnh U-đôm-xay", "Sở Tư pháp tỉnh Điện Biên"},
        {"Sở Tư pháp tỉnh U"},
        id="o3-u-dom-xay",
    ),
    P(
        "Tòa án nhân dân Thủ đô Viêng-Chăn và Tòa án nhân dân thành phố Hà Nội trao đổi.",
        {"Tòa án nhân dân Thủ đô Viêng-Chăn", "Tòa án nhân dân thành phố Hà Nội"},
        {"Tòa án nhân dân Thủ đô"},
        id="o3-toa-an-thu-do",
    ),
    P(
        "Sở Tư pháp tỉnh Atta-pư và Sở Tư pháp tỉnh Kon Tum ký biên bản hợp tác.",
        {"Sở Tư pháp tỉnh Atta-pư", "Sở Tư pháp tỉnh Kon Tum"},
        {"Sở Tư pháp tỉnh Atta"},
        id="o3-atta-pu",
    ),
    P(
        "Ông Xổm-phết Vi-lay-vông, Phó Giám đốc Sở Tư pháp tỉnh Bò-Kẹo dự lễ.",
        {"Sở Tư pháp tỉnh Bò-Kẹo"},
        {"Sở Tư pháp tỉnh Bò"},
        id="o3-bo-keo",
    ),
    P(
        "Sở Tư pháp tỉnh Phông-xa-lỳ (Lào) thăm Sở Tư pháp tỉnh Lai Châu.",
        {"Sở Tư pháp tỉnh Phông-xa-lỳ", "Sở Tư pháp tỉnh Lai Châu"},
        set(),
        id="o3-phong-xa-ly",
    ),
    P(
        "Viện Kiểm sát nhân dân tỉnh Khăm-muộn cùng VKSND tỉnh Hà Tĩnh hội đàm.",
        {"Viện kiểm sát nhân dân tỉnh Khăm-muộn", "Viện kiểm sát nhân dân tỉnh Hà Tĩnh"},
        {"Viện kiểm sát nhân dân tỉnh Khăm"},
        id="o3-khammouane",
    ),
    P(
        "Sở Tư pháp tỉnh Xay-nha-bu-ly, Lào thăm làm việc tại tỉnh Sơn La.",
        {"Sở Tư pháp tỉnh Xay-nha-bu-ly"},
        {"Sở Tư pháp tỉnh Sơn La", "Sở Tư pháp tỉnh Xay"},
        id="o3-xaynhabury",
    ),
    P(
        "Đoàn Sở Tư pháp tỉnh Viêng-Chăn đến thăm Sở Tư pháp tỉnh Hòa Bình.",
        {"Sở Tư pháp tỉnh Viêng-Chăn", "Sở Tư pháp tỉnh Hòa Bình"},
        {"Sở Tư pháp tỉnh Viêng"},
        id="o3-tinh-vieng-chan",
    ),
    P(
        "Công an tỉnh Hủa-Phăn và Công an tỉnh Thanh Hóa ký kết hợp tác.",
        {"Công an tỉnh Hủa-Phăn", "Công an tỉnh Thanh Hóa"},
        {"Công an tỉnh Hủa"},
        id="o3-cong-an-hua-phan",
    ),
    P(
        "Ủy ban nhân dân tỉnh Chăm-pa-xắc tiếp đoàn Ủy ban nhân dân tỉnh Kon Tum.",
        {"Ủy ban nhân dân tỉnh Chăm-pa-xắc", "Ủy ban nhân dân tỉnh Kon Tum"},
        {"Ủy ban nhân dân tỉnh Chăm"},
        id="o3-ubnd-champasak",
    ),
    P(
        "Sở Tư pháp tỉnh Xê-Kông, Lào tiếp nhận tài liệu.",
        {"Sở Tư pháp tỉnh Xê-Kông"},
        {"Sở Tư pháp tỉnh Xê"},
        id="o3-xe-kong",
    ),
    P(
        "Đoàn của Sở Tư pháp Thủ đô Phnôm Pênh thăm Sở Tư pháp tỉnh Tây Ninh.",
        {"Sở Tư pháp Thủ đô Phnôm Pênh", "Sở Tư pháp tỉnh Tây Ninh"},
        {"Sở Tư pháp Thủ đô"},
        id="o3-phnom-penh",
    ),
    P(
        "Sở Tư pháp tỉnh Bu-li-khăm-xay thăm Sở Tư pháp tỉnh Hà Tĩnh.",
        {"Sở Tư pháp tỉnh Bu-li-khăm-xay", "Sở Tư pháp tỉnh Hà Tĩnh"},
        {"Sở Tư pháp tỉnh Bu"},
        id="o3-lower-hyphen",
    ),
]


@pytest.mark.parametrize("text,present,absent", FOREIGN)
def test_organization_families(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
