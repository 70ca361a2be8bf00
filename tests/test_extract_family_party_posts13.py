"""Positions, thirteenth rules round: posts the conventions give no body or a bare title.

Grammar (Vietnamese justice-sector news):

- ``Bí thư Trung ương Đảng`` (a secretary of the Party's Central Committee, a member of its
  Secretariat) is a post complete in itself: the text names no body, so the organization is
  null, whether the post opens a chain (``…, Bí thư Trung ương Đảng, Chánh án …``), closes it,
  or stands before the name. ``Ủy viên Trung ương Đảng`` still names its body.
- A lower-case ``cố`` before a title (``tưởng nhớ cố Bộ trưởng X``) is an epithet of the late
  holder, like ``ông``, and not part of the title; ``Cố Thứ trưởng`` written capitalized keeps
  it, and ``cố vấn trưởng`` (an adviser) is a title of its own.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are as check

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

SECRETARY = "Bí thư Trung ương Đảng"
TW = "Ban Chấp hành Trung ương Đảng"

SECRETARIAT_CASES = [
    pytest.param(
        "Ngày 12/3/2024, đồng chí Hoàng Văn Tịnh, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng,"
        " Chánh án Tòa án nhân dân tối cao dự Hội nghị.",
        "Hoàng Văn Tịnh",
        {
            ("Ủy viên Bộ Chính trị", "Bộ Chính trị"),
            (SECRETARY, None),
            ("Chánh án", "Tòa án nhân dân tối cao"),
        },
        id="inside-a-chain",
    ),
    pytest.param(
        "Cùng dự có đồng chí Đinh Quốc Lãm, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung"
        " ương.",
        "Đinh Quốc Lãm",
        {(SECRETARY, None), ("Trưởng Ban", "Ban Nội chính Trung ương")},
        id="opening-a-chain",
    ),
    pytest.param(
        "Hội nghị có sự tham dự của ông Vũ Hữu Khang, Bí thư Trung ương Đảng.",
        "Vũ Hữu Khang",
        {(SECRETARY, None)},
        id="alone-after-the-name",
    ),
    pytest.param(
        "Về dự có Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Lưu Đình Thạc.",
        "Lưu Đình Thạc",
        {(SECRETARY, None), ("Chánh Văn phòng", "Văn phòng Trung ương Đảng")},
        id="before-the-name",
    ),
    pytest.param(
        "Dự hội nghị có đồng chí Mạc Thị Huyền, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp.",
        "Mạc Thị Huyền",
        {(("Ủy viên Trung ương Đảng"), TW), ("Bộ trưởng", "Bộ Tư pháp")},
        id="negative-a-member-still-names-the-committee",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), SECRETARIAT_CASES)
def test_secretary_of_the_central_committee_has_no_body(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got


LATE_CASES = [
    pytest.param(
        "Ngày 5/4/2024, Bộ Tư pháp tổ chức Lễ kỷ niệm 100 năm ngày sinh cố Bộ trưởng Đào Quang"
        " Vinh.",
        "Đào Quang Vinh",
        {("Bộ trưởng", "Bộ Tư pháp")},
        id="late-minister",
    ),
    pytest.param(
        "Bộ Tư pháp ôn lại những đóng góp của cố Thứ trưởng Lương Đình Khải cho ngành.",
        "Lương Đình Khải",
        {("Thứ trưởng", "Bộ Tư pháp")},
        id="late-deputy-minister",
    ),
    pytest.param(
        "Đoàn đến thắp hương tưởng nhớ cố Giám đốc Sở Tư pháp tỉnh Hòa Bình Quách Văn Thịnh.",
        "Quách Văn Thịnh",
        {("Giám đốc", "Sở Tư pháp tỉnh Hòa Bình")},
        id="late-director-with-body",
    ),
    pytest.param(
        "Tại lễ tưởng niệm, Bộ Tư pháp Campuchia và gia quyến Cố Thứ trưởng Keo Sophal cảm ơn"
        " đoàn.",
        "Keo Sophal",
        {("Cố Thứ trưởng", "Bộ Tư pháp Campuchia")},
        id="negative-capitalized-stays",
    ),
    pytest.param(
        "Ông Tanaka Ichiro, cố vấn trưởng Dự án JICA phát biểu tại hội thảo.",
        "Tanaka Ichiro",
        {("Cố vấn trưởng", "Dự án JICA")},
        id="negative-adviser",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), LATE_CASES)
def test_late_holder_epithet_is_not_the_title(
    text: str, person: str, expected: set[tuple[str, str | None]]
) -> None:
    ok, got = check(text, person, expected)
    assert ok, got
