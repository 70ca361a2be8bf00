"""Session 17 (org17): a ruling party named in running text is an organization.

``đường lối của Đảng Cộng sản Việt Nam``, ``Đại hội XX của Đảng Cộng sản Trung Quốc``, ``Tổng
Bí thư Đảng Cộng sản Trung Quốc``, ``vào hàng ngũ Đảng CSVN``: the party named by its own name
(R16: 3 pages, 4 parties, each listed by the adjudicated gold). Inside an organ's name
(``Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam``, ``Ủy viên Trung ương Đảng …``) the organ
is the body; a member (``Đảng viên Đảng Cộng sản Việt Nam``) names no body; the bare ``Đảng``
stays generic.

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Bộ trưởng giới thiệu chủ trương của Đảng Cộng sản Việt Nam về xây dựng Nhà nước pháp"
        " quyền với đoàn khách.",
        {"Đảng Cộng sản Việt Nam"},
        set(),
        id="own-party-in-running-text",
    ),
    P(
        "Hai bên trao đổi về kết quả Đại hội lần thứ XX của Đảng Cộng sản Trung Quốc và Đảng"
        " Nhân dân Cách mạng Lào.",
        {"Đảng Cộng sản Trung Quốc", "Đảng Nhân dân Cách mạng Lào"},
        set(),
        id="foreign-parties",
    ),
    P(
        "Năm 2015, anh Trần Văn Lực được kết nạp vào hàng ngũ Đảng CSVN.",
        {"Đảng Cộng sản Việt Nam"},
        set(),
        id="party-abbreviated",
    ),
    P(
        "Chị xin hứa phấn đấu trở thành người Đảng viên Đảng Cộng sản Việt Nam xứng đáng.",
        set(),
        {"Đảng Cộng sản Việt Nam"},
        id="negative-a-member",
    ),
    P(
        "Thực hiện Nghị quyết của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XIII.",
        {"Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"},
        {"Đảng Cộng sản Việt Nam"},
        id="negative-inside-the-organ",
    ),
    P(
        "Ông Khamla Sivongsa, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, dự hội nghị.",
        {"Bộ Chính trị Đảng Nhân dân Cách mạng Lào"},
        {"Đảng Nhân dân Cách mạng Lào"},
        id="negative-party-after-its-organ",
    ),
    P(
        "Cán bộ luôn tuyệt đối trung thành với Đảng và Nhà nước.",
        set(),
        {"Đảng"},
        id="negative-bare-party",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_parties_in_running_text(text: str, present: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, "2021-05-10")
    assert scored_names(present) <= got, got
    assert not (scored_names(absent) & got), got


# The Central Committee written without the party is named as written (R16: 2 of 2 pages, a
# post's organization with it); written with the party it keeps it.
COMMITTEE_CASES = [
    P(
        "Ông Đinh Văn Toàn, Ủy viên dự khuyết Ban Chấp hành Trung ương, Bí thư Tỉnh ủy phát biểu.",
        {"Ban Chấp hành Trung ương"},
        {"Ban Chấp hành Trung ương Đảng"},
        id="committee-as-written",
    ),
    P(
        "Thực hiện Nghị quyết số 12 của Ban Chấp hành Trung ương Đảng về công tác cán bộ.",
        {"Ban Chấp hành Trung ương Đảng"},
        {"Ban Chấp hành Trung ương"},
        id="negative-committee-with-the-party",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), COMMITTEE_CASES)
def test_central_committee_as_written(text: str, present: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, "2021-05-10")
    assert scored_names(present) <= got, got
    assert not (scored_names(absent) & got), got
