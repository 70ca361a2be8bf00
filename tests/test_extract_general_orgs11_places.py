"""Organization families of session 9 (x-org11), part one: bodies written with their place
(``Viện kiểm sát Sơn La``, ``các Sở Tư pháp A, B``), checked on invented sentences (never
taken from any real page; part two, bodies by their own names:
test_extract_general_orgs11_named.py):

- S: the court and procuracy written short before their place (``Viện kiểm sát Hà Nam``,
  ``Tòa án huyện X``, ``Viện kiểm sát Hà Nam, Nam Định``): the body in full; the short head
  alone, before a verb, a foreign name or a bare level word, is no body;
- P: one body type written once in the plural before a list of provinces (``các Sở Tư pháp
  Hà Nam, Nam Định``): that body of each province; a plural before one province is none;
- E: the enforcement system of a place (``các cơ quan Thi hành án dân sự tỉnh X``, ``ngành Thi
  hành án dân sự tỉnh X``) is no body; the office itself still is;
- R: a body over ``các tỉnh <region> gồm A, B`` with the region's own name (``Tây Bắc``,
  ``Đồng bằng sông Cửu Long``): that body of each listed province;
- T: the court and procuracy with "dân" dropped (``Viện Kiểm sát nhân tỉnh X``) and regional
  bodies numbered with glued commas (``khu vực 1,2,3``, not a decimal ``1,5``).

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import each_at as _each
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = "2024-05-02") -> set[str]:
    return scored_orgs(text, published)


P = pytest.param
VKS = "Viện kiểm sát nhân dân"
TAND = "Tòa án nhân dân"
_WEST = ["tỉnh Sơn La", "tỉnh Yên Bái", "tỉnh Hòa Bình"]

SHORT = [
    P(
        "Đoàn công tác đã làm việc với Viện kiểm sát Sơn La và Yên Bái.",
        _each([VKS], _WEST[:2]),
        set(),
        id="s-procuracy-two-provinces",
    ),
    P(
        "Nhiều đơn vị làm tốt, như: Viện kiểm sát Sơn La, Yên Bái, Hòa Bình.",
        _each([VKS], _WEST),
        set(),
        id="s-procuracy-list",
    ),
    P(
        "Đại diện Viện kiểm sát Hà Nội, Hải Phòng phát biểu tham luận.",
        _each([VKS], ["thành phố Hà Nội", "thành phố Hải Phòng"]),
        set(),
        id="s-procuracy-cities",
    ),
    P(
        "Ông Lò Văn Thẩm, Chánh án Tòa án tỉnh Hòa Bình dự hội nghị.",
        {f"{TAND} tỉnh Hòa Bình"},
        set(),
        id="s-court-province-word",
    ),
    P(
        "Tòa án huyện Mộc Châu đã xét xử lưu động vụ án.",
        {f"{TAND} huyện Mộc Châu"},
        set(),
        id="s-court-district",
    ),
    P(
        "Tòa án Sơn La, Viện kiểm sát Sơn La cùng tham dự.",
        _each([TAND, VKS], ["tỉnh Sơn La"]),
        set(),
        id="s-court-and-procuracy",
    ),
    P(
        "Viện kiểm sát cấp cao tại Đà Nẵng tổ chức hội nghị tập huấn.",
        {f"{VKS} cấp cao tại Đà Nẵng"},
        set(),
        id="s-high-procuracy",
    ),
    P(
        "Tòa án tuyên phạt bị cáo Hà Văn Tịnh 3 năm tù.",
        set(),
        {TAND},
        id="s-neg-verb-after",
    ),
    P(
        "Viện kiểm sát truy tố bị can về tội trộm cắp tài sản.",
        set(),
        {VKS},
        id="s-neg-procuracy-verb",
    ),
    P(
        "Đoàn đã tìm hiểu mô hình Tòa án Hiến pháp của Đức.",
        set(),
        {f"{TAND} tỉnh Hiến"},
        id="s-neg-foreign-court",
    ),
    P(
        "Công tác xét xử lưu động án dân sự của Tòa án huyện được chú trọng.",
        set(),
        {f"{TAND} huyện"},
        id="s-neg-bare-district-word",
    ),
    P(
        "Viện kiểm sát hai cấp tỉnh Sơn La đã hoàn thành chỉ tiêu.",
        set(),
        {f"{VKS} tỉnh Sơn La"},
        id="s-neg-two-levels",
    ),
    P(
        "Viện kiểm sát quân sự khu vực 32 tổ chức hội nghị.",
        set(),
        {f"{VKS} quân sự khu vực 32"},
        id="s-neg-military",
    ),
]


PLURAL = [
    P(
        "Đoàn đã làm việc với các Sở Tư pháp Sơn La, Yên Bái, Hòa Bình.",
        _each(["Sở Tư pháp"], _WEST),
        set(),
        id="p-departments",
    ),
    P(
        "Một số đơn vị làm tốt (các Viện kiểm sát Sơn La, Yên Bái, Hòa Bình).",
        _each([VKS], _WEST),
        set(),
        id="p-procuracies-in-brackets",
    ),
    P(
        "Các Cục Thi hành án dân sự Hà Nam và Nam Định đã hoàn thành chỉ tiêu.",
        _each(["Cục Thi hành án dân sự"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="p-enforcement-and",
    ),
    P(
        "Các Tòa án Lạng Sơn, Cao Bằng và Bắc Kạn đã tổ chức phiên tòa mẫu.",
        _each([TAND], ["tỉnh Lạng Sơn", "tỉnh Cao Bằng", "tỉnh Bắc Kạn"]),
        set(),
        id="p-courts",
    ),
    P(
        "Các Trung tâm Trợ giúp pháp lý nhà nước Hà Nam, Nam Định phối hợp thực hiện.",
        _each(["Trung tâm Trợ giúp pháp lý nhà nước"], ["tỉnh Hà Nam", "tỉnh Nam Định"]),
        set(),
        id="p-legal-aid-centres",
    ),
    P(
        "Lãnh đạo các Sở Tư pháp Sơn La đã dự hội nghị.",
        set(),
        {"Sở Tư pháp tỉnh Sơn La"},
        id="p-neg-one-province",
    ),
    P(
        "Các Sở Tư pháp trong khu vực, Sơn La và Yên Bái đã dự.",
        set(),
        {"Sở Tư pháp tỉnh Sơn La"},
        id="p-neg-no-province-next",
    ),
]


SYSTEM = [
    P(
        "Các cơ quan Thi hành án dân sự tỉnh Sơn La đã nỗ lực phấn đấu.",
        set(),
        {"Thi hành án dân sự tỉnh Sơn La"},
        id="e-neg-the-agencies",
    ),
    P(
        "Các đơn vị trong ngành Thi hành án dân sự tỉnh Sơn La đã thi hành xong 900 việc.",
        set(),
        {"Thi hành án dân sự tỉnh Sơn La"},
        id="e-neg-the-sector",
    ),
    P(
        "Ngày 20/8/2025, Thi hành án dân sự tỉnh Sơn La tổ chức hội nghị.",
        {"Thi hành án dân sự tỉnh Sơn La"},
        set(),
        id="e-the-office",
    ),
]


REGIONS = [
    P(
        "Sở Tư pháp các tỉnh Tây Bắc gồm Sơn La, Điện Biên, Lai Châu ký kết giao ước.",
        _each(["Sở Tư pháp"], ["tỉnh Sơn La", "tỉnh Điện Biên", "tỉnh Lai Châu"]),
        set(),
        id="r-region-gom",
    ),
    P(
        "Cục THADS các tỉnh Đồng bằng sông Cửu Long gồm: Cà Mau, Bạc Liêu ký kết.",
        _each(["Cục Thi hành án dân sự"], ["tỉnh Cà Mau", "tỉnh Bạc Liêu"]),
        set(),
        id="r-region-gom-colon",
    ),
    P(
        "Sở Tư pháp các tỉnh Tây Nguyên (Gia Lai, Kon Tum) ký kết.",
        _each(["Sở Tư pháp"], ["tỉnh Gia Lai", "tỉnh Kon Tum"]),
        set(),
        id="r-region-bracket",
    ),
    P(
        "Sở Tư pháp các tỉnh Tây Bắc đã ký kết, gồm nhiều nội dung như Sơn La đề xuất.",
        set(),
        {"Sở Tư pháp tỉnh Sơn La"},
        id="r-neg-no-list",
    ),
]


TYPOS = [
    P(
        "Sáng 3-1, Viện Kiểm sát nhân tỉnh Sơn La tổ chức hội nghị tổng kết.",
        {f"{VKS} tỉnh Sơn La"},
        set(),
        id="t-dan-dropped",
    ),
    P(
        "Các đại biểu thuộc Tòa án Nhân khu vực 1,2,3 tham dự lớp tập huấn.",
        _each([TAND], ["khu vực 1", "khu vực 2", "khu vực 3"]),
        set(),
        id="t-glued-numbers",
    ),
    P(
        "Đại biểu Tòa án nhân dân khu vực 1,2 và 3 tham dự.",
        _each([TAND], ["khu vực 1", "khu vực 2", "khu vực 3"]),
        set(),
        id="t-glued-then-va",
    ),
    P(
        "Viện kiểm sát nhân viên trực ban đã tiếp nhận tin báo.",
        set(),
        {VKS},
        id="t-neg-no-place",
    ),
]

ALL = [
    *SHORT,
    *PLURAL,
    *SYSTEM,
    *REGIONS,
    *TYPOS,
]


@pytest.mark.parametrize("text,present,absent", ALL)
def test_organization_families11_at_places(text: str, present: set[str], absent: set[str]) -> None:
    orgs = _orgs(text)
    assert _keys(present) <= orgs
    assert not (_keys(absent) & orgs)
