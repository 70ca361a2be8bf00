"""Local places and bodies as pages write them (session 11, x-org13): a province named after
``miền núi`` / ``vùng núi`` (its uplands, not a mountain called so) is the page's province, so a
bare ``tỉnh`` body takes it; a commune told apart by a number (``xã Xuân Quang 1``) keeps it,
not a count or a date after the name; a district's forest ranger station (``Hạt Kiểm lâm
huyện X``). Every sentence is invented; expected names follow the conventions.

Each row: a text, the organizations the report must list, and names it must not list.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
DATE = "2023-06-01"
TGPL = "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"

CASES = [
    P(
        "Trợ giúp viên pháp lý của Trung tâm Trợ giúp pháp lý nhà nước tỉnh tuyên truyền pháp"
        " luật cho người dân ở miền núi Phú Yên.",
        {f"{TGPL} Phú Yên"},
        {TGPL},
        id="province-of-its-uplands",
    ),
    P(
        "Người dân vùng núi Hà Giang được Trung tâm Trợ giúp pháp lý nhà nước tỉnh hỗ trợ.",
        {f"{TGPL} Hà Giang"},
        {TGPL},
        id="province-of-its-mountain-area",
    ),
    P(
        "Đoàn khảo sát núi Ba Vì; Trung tâm Trợ giúp pháp lý nhà nước tỉnh cử người tham gia.",
        set(),
        {f"{TGPL} Hà Nội"},
        id="neg-a-mountain-is-no-province",
    ),
    P(
        "Cán bộ phối hợp với UBND xã Xuân Quang 1 kiểm tra hiện trường.",
        {"Ủy ban nhân dân xã Xuân Quang 1"},
        {"Ủy ban nhân dân xã Xuân Quang"},
        id="numbered-commune",
    ),
    P(
        "UBND xã Tân Lập 2, huyện Đồng Phú tổ chức hội nghị.",
        {"Ủy ban nhân dân xã Tân Lập 2"},
        set(),
        id="numbered-commune-before-comma",
    ),
    P(
        "UBND xã Tân Lập 3 năm liền đạt chuẩn tiếp cận pháp luật.",
        {"Ủy ban nhân dân xã Tân Lập"},
        {"Ủy ban nhân dân xã Tân Lập 3"},
        id="neg-count-after-commune",
    ),
    P(
        "UBND xã Tân Lập 12/5/2023 đã tổ chức đối thoại.",
        {"Ủy ban nhân dân xã Tân Lập"},
        {"Ủy ban nhân dân xã Tân Lập 12"},
        id="neg-date-after-commune",
    ),
    P(
        "Hạt Kiểm lâm huyện Đồng Xuân phối hợp lập biên bản.",
        {"Hạt Kiểm lâm huyện Đồng Xuân"},
        set(),
        id="ranger-station-of-district",
    ),
    P(
        "Hạt Kiểm lâm đã lập biên bản vụ việc.",
        set(),
        {"Hạt Kiểm lâm"},
        id="neg-ranger-station-without-place",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_local_names(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, DATE)
    assert _keys(expected) <= got, sorted(got)
    assert not (_keys(absent) & got), sorted(got)
