"""Session 17 (org17): a province's own centre named bare, and a party committee's standing
board listed before its body's leaders.

``Hội Nông dân tỉnh A phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tổ chức …``: the state
legal-aid centre is a province's only, so a bare one is the page's province's even where the
page names no department (``Trung tâm Trợ giúp pháp lý nhà nước tỉnh A``); where the page names
no province it stays bare, as the conventions keep bodies of an unnamed province (R16: 2 pages,
3 bodies, a cell of the centre included). A domain written small (``đến Trung tâm trợ giúp pháp
lý nhà nước``) is any centre.

``thay mặt Ban Thường vụ Đảng ủy, lãnh đạo Bộ Tư pháp``: the board is the ministry's party
committee's, named in full, as the other organs of such a list (R16: 1 page).

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Hội Nông dân tỉnh Hà Nam phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tổ chức hai"
        " buổi tư vấn cho hội viên tại xã.",
        {"Hội Nông dân tỉnh Hà Nam", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam"},
        set(),
        id="bare-centre-takes-the-page-province",
    ),
    P(
        "Chi bộ Trung tâm Trợ giúp pháp lý Nhà nước tiến hành Đại hội nhiệm kỳ mới với sự tham"
        " dự của toàn thể đảng viên.",
        {"Chi bộ Trung tâm Trợ giúp pháp lý nhà nước", "Trung tâm Trợ giúp pháp lý nhà nước"},
        set(),
        id="no-province-the-centre-stays-bare",
    ),
    P(
        "Cán bộ xã hướng dẫn người dân tìm đến Trung tâm trợ giúp pháp lý nhà nước khi gặp"
        " vướng mắc; Hội Nông dân tỉnh Hà Nam ghi nhận.",
        {"Hội Nông dân tỉnh Hà Nam"},
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam", "Trung tâm Trợ giúp pháp lý nhà nước"},
        id="negative-written-small-any-centre",
    ),
    P(
        "Ngày 12/5/2024, Cục Trợ giúp pháp lý (Bộ Tư pháp) tổng kết công tác năm. Trung tâm Trợ"
        " giúp pháp lý nhà nước ở các địa phương đã thụ lý hơn 20.000 vụ việc; riêng tỉnh Nghệ"
        " An đạt kết quả tốt.",
        {"Cục Trợ giúp pháp lý", "Bộ Tư pháp"},
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nghệ An", "Trung tâm Trợ giúp pháp lý nhà nước"},
        id="negative-generic-centres-on-a-national-page",
    ),
    P(
        "Cục Trợ giúp pháp lý (Bộ Tư pháp) tổng kết công tác năm. Trung tâm Trợ giúp pháp lý nhà"
        " nước đã thụ lý hơn 20.000 vụ việc; riêng tỉnh Nghệ An đạt kết quả tốt.",
        {"Cục Trợ giúp pháp lý", "Trung tâm Trợ giúp pháp lý nhà nước"},
        {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nghệ An"},
        id="negative-province-named-in-passing-owns-no-centre",
    ),
    P(
        "Bộ trưởng Bộ Tư pháp Trần Văn Khôi thay mặt Ban Thường vụ Đảng ủy, lãnh đạo Bộ Tư pháp"
        " cảm ơn các phóng viên.",
        {"Ban Thường vụ Đảng ủy Bộ Tư pháp", "Bộ Tư pháp"},
        {"Đảng ủy Bộ Tư pháp"},
        id="standing-board-of-the-party-committee-listed",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_centres_and_boards(text: str, present: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, "2021-05-10")
    assert scored_names(present) <= got, got
    assert not (scored_names(absent) & got), got
