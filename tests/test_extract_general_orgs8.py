"""Civil-enforcement bodies named in old or shortened forms (E: ``Chi cục Thi hành án
huyện X``, ``Thi hành án dân sự tỉnh X``, ``Phòng Thi hành án tỉnh X``) and units of the
supreme procuracy named with their parent (``Cơ quan Điều tra VKSND tối cao``, ``Vụ 16
VKSND tối cao``), checked on invented sentences (never taken from any real page).

A family of pages scored at arrival (session 7, round 2); the others: lists of body types
sharing places (T, W) in ``test_extract_orgs_type_lists.py``, grassroots bodies (G) in
``test_extract_orgs_grassroots.py``, lawyers' and notaries' bodies (L) in
``test_extract_orgs_lawyers.py``, units listed before their parent (F) in
``test_extract_orgs_parent_lists.py``.

Each row: a sentence, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def _orgs(text: str, published: str | None = None) -> set[str]:
    """The organization names the report lists for ``text`` (a page with no date line: its
    date is read from the text), compared as the scorer does."""
    return scored_orgs(text, published)


P = pytest.param

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


@pytest.mark.parametrize("text,present,absent", ENFORCEMENT)
def test_organization_families8(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
