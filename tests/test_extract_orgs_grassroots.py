"""Grassroots bodies named with their hamlet (and, numbered, its commune) or commune (G),
checked on invented sentences (never taken from any real page); a family of pages scored
at arrival (session 7, round 2; the others in ``test_extract_general_orgs8.py``).

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


@pytest.mark.parametrize("text,present,absent", GRASSROOTS)
def test_organization_families8(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text)
    assert _keys(present) <= found, sorted(found)
    assert not (_keys(absent) & found), sorted(found)
