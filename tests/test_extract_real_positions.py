"""Position rules for error classes seen on real pages; every example is invented.

No name or sentence here comes from a real article: each text is written to exercise one rule
(one example per rule): the (title, organization) pairs the person must hold.
"""

from __future__ import annotations

import pytest
from extract_helpers import folded_positions as _positions

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

CASES = [
    pytest.param(
        "Đồng chí Trần Văn Luận, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp phát biểu.",
        "Trần Văn Luận",
        {("uy vien trung uong dang", "Ban Chấp hành Trung ương Đảng")},
        id="central-committee-member-names-its-body",
    ),
    pytest.param(
        "Ông Lê Khắc Hòa, Ủy viên TW Đảng - Phó Chủ tịch Quốc hội đến thăm Sở Tư pháp.",
        "Lê Khắc Hòa",
        {("pho chu tich", "Quốc hội")},
        id="titles-chained-by-a-dash",
    ),
    pytest.param(
        "Ông Phạm Minh Khoa, Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng dự.",
        "Phạm Minh Khoa",
        {("uy vien thuong vu", "Quân ủy Trung ương")},
        id="standing-member-of-a-named-committee",
    ),
    pytest.param(
        "Ông Đỗ Hữu Tài, Ủy viên Ban thường vụ Đảng ủy, Thứ trưởng Bộ Tư pháp chủ trì.",
        "Đỗ Hữu Tài",
        {("uy vien ban thuong vu", "Ban Thường vụ Đảng ủy Bộ Tư pháp")},
        id="standing-committee-title-in-sentence-case",
    ),
    pytest.param(
        "Ông Hồ Văn Lâm, Phó tổng Cục trưởng Tổng cục Thi hành án dân sự cho biết như vậy.",
        "Hồ Văn Lâm",
        {("pho tong cuc truong", "Tổng cục Thi hành án dân sự")},
        id="deputy-director-general-mixed-case",
    ),
    pytest.param(
        "Đoàn công tác của Bộ Tư pháp do Bí thư Đảng ủy, Bộ trưởng Vũ Đức Thành làm trưởng đoàn.",
        "Vũ Đức Thành",
        # the committee word stays in the title as after a name ("A, Bí thư Đảng ủy, Giám đốc
        # Sở …"), the form most real-page gold writes for this ellipsis
        {("bi thu", "Đảng ủy Bộ Tư pháp"), ("bo truong", "Bộ Tư pháp")},
        id="bare-party-secretary-before-a-title",
    ),
    pytest.param(
        "Cùng dự có Phó Bí thư chuyên trách Đảng ủy Bộ Tư pháp Lý Thị Hằng.",
        "Lý Thị Hằng",
        {("pho bi thu chuyen trach", "Đảng ủy Bộ Tư pháp")},
        id="full-time-deputy-secretary",
    ),
    pytest.param(
        "Lãnh đạo Bộ trao quyết định giao quyền Cục trưởng Cục THADS tỉnh Quảng Nam cho ông "
        "Mạc Văn Tư, Phó Cục trưởng Cục THADS tỉnh Quảng Nam.",
        "Mạc Văn Tư",
        {("quyen cuc truong", "Cục Thi hành án dân sự tỉnh Quảng Nam")},
        id="post-given-to-the-person-after-cho",
    ),
    pytest.param(
        "Dự có Phó trưởng Đoàn ĐBQH tỉnh Hà Tĩnh Khúc Văn Duy.",
        "Khúc Văn Duy",
        {("pho truong doan", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh")},
        id="deputy-head-of-a-named-delegation",
    ),
    pytest.param(
        "Giới luật gia tiễn biệt ông Lương Văn Kha – vị Bộ trưởng Tư pháp đã có nhiều đóng góp.",
        "Lương Văn Kha",
        {("bo truong", "Bộ Tư pháp")},
        id="classifier-vi-before-an-apposed-title",
    ),
    pytest.param(
        "Ông Tôn Văn Kiệt, Cục trưởng Cục THADS tỉnh Bạc Liêu. Năm 2019, ông Kiệt được điều "
        "động giữ chức Cục trưởng Cục THADS tỉnh Cà Mau.",
        "Tôn Văn Kiệt",
        {("cuc truong", "Cục Thi hành án dân sự tỉnh Cà Mau")},
        id="repeat-mention-appointed-to-a-post",
    ),
    pytest.param(
        "Giám đốc Sở Tư pháp Viên Thị Lan từng công tác tại Long An, giữ chức Phó Giám đốc, "
        "Giám đốc Sở Tư pháp tỉnh Long An.",
        "Viên Thị Lan",
        {("pho giam doc", "Sở Tư pháp tỉnh Long An"), ("giam doc", "Sở Tư pháp tỉnh Long An")},
        id="posts-the-subject-held-with-a-shared-body",
    ),
    pytest.param(
        "Dự có ông Lục Văn Nhân - Phó Trưởng Ban dân chủ, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
        "Cao Bằng.",
        "Lục Văn Nhân",
        {("pho truong ban", "Ban dân chủ Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng")},
        id="lower-case-unit-of-a-named-body",
    ),
    pytest.param(
        "Năm nay, bà Âu Thị Ngân, Giám đốc Sở Tư pháp tỉnh Bình Dương, là trưởng khu vực thi "
        "đua. Khu vực thi đua miền Đông Nam Bộ họp tại Bình Dương.",
        "Âu Thị Ngân",
        {("truong khu vuc", "Khu vực thi đua miền Đông Nam Bộ")},
        id="predicate-la-after-an-apposition",
    ),
]

NOT_CASES = [
    pytest.param(
        "Thừa lệnh, ông Chu Văn Đạt trao Bằng khen của Bộ trưởng Bộ Tư pháp cho bà Tạ Thu Nga.",
        "Tạ Thu Nga",
        ("bo truong", "Bộ Tư pháp"),
        id="an-award-given-cho-is-no-appointment",
    ),
    pytest.param(
        "Đoàn công tác do ông Kiều Văn Sang, Phó Giám đốc Sở Tư pháp làm trưởng đoàn.",
        "Kiều Văn Sang",
        ("truong doan", None),
        id="head-of-a-working-visit-is-no-post",
    ),
    pytest.param(
        "Ông Hứa Minh Trí trao quyết định bổ nhiệm bà Kha Thị Yến giữ chức Phó Giám đốc Sở Tư "
        "pháp tỉnh Long An.",
        "Hứa Minh Trí",
        ("pho giam doc", "Sở Tư pháp tỉnh Long An"),
        id="a-post-given-to-another-person-is-not-the-subject's",
    ),
    pytest.param(
        "Bà Mã Thị Mến, Trưởng Ban và các thành viên, Sở Tư pháp tỉnh Cao Bằng dự họp.",
        "Mã Thị Mến",
        ("truong ban", "Ban và các thành viên Sở Tư pháp tỉnh Cao Bằng"),
        id="a-plural-after-a-title-is-no-unit",
    ),
]


@pytest.mark.parametrize(("text", "person", "unexpected"), NOT_CASES)
def test_real_position_rule_not(text: str, person: str, unexpected: tuple[str, str | None]) -> None:
    assert unexpected not in _positions(text, person)


@pytest.mark.parametrize(("text", "person", "expected"), CASES)
def test_real_position_rule(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    got = _positions(text, person)
    assert expected <= got, got
