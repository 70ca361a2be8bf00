"""Session 14 (org14): two small families of organization names.

* A party committee written out (``Ban Chấp hành Đảng bộ tỉnh X``, ``Ban Thường vụ Đảng bộ
  Sở Y``) is the body the page names; the party organization it heads (``Đảng bộ tỉnh X``) is
  an organization only where the page writes it on its own (``Đại hội Đảng bộ tỉnh X``).
* A journal written with a small ``tạp chí`` before its capitalized name (``ra mắt tạp chí X``,
  ``đăng trên tạp chí X``) is ``Tạp chí X``, as ``theo báo X`` is ``Báo X``; not a plural
  (``các tạp chí …``), a name written small, nor the press of a level (``báo, tạp chí Trung
  ương``).

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

BOARD_CASES = [
    P(
        "Bà Mùa Thị Dơ được bầu vào Ban Chấp hành Đảng bộ tỉnh Lai Châu nhiệm kỳ 2025 – 2030.",
        {"Ban Chấp hành Đảng bộ tỉnh Lai Châu"},
        {"Đảng bộ tỉnh Lai Châu"},
        id="elected-to-the-provincial-committee",
    ),
    P(
        "Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XX đã thảo luận các"
        " văn kiện.",
        {"Ban Chấp hành Đảng bộ tỉnh Cao Bằng"},
        {"Đảng bộ tỉnh Cao Bằng"},
        id="plenum-of-the-committee",
    ),
    P(
        "Ngày 12/3, Ban Chấp hành Đảng bộ Sở Tư pháp tỉnh Hà Giang họp phiên thường kỳ quý I.",
        {"Ban Chấp hành Đảng bộ Sở Tư pháp tỉnh Hà Giang", "Sở Tư pháp tỉnh Hà Giang"},
        {"Đảng bộ Sở Tư pháp tỉnh Hà Giang"},
        id="committee-of-a-department",
    ),
    P(
        "Bà Vàng Thị Mỷ tham gia Ban Chấp hành Đảng bộ tỉnh Tuyên Quang và Ban Chấp hành Đảng bộ"
        " Ủy ban nhân dân tỉnh Tuyên Quang.",
        {
            "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang",
            "Ban Chấp hành Đảng bộ Ủy ban nhân dân tỉnh Tuyên Quang",
        },
        {"Đảng bộ tỉnh Tuyên Quang", "Đảng bộ Ủy ban nhân dân tỉnh Tuyên Quang"},
        id="two-committees",
    ),
    P(
        "Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XIII đã bầu Ban Chấp hành Đảng bộ tỉnh"
        " Bắc Kạn gồm 51 đồng chí.",
        {"Đảng bộ tỉnh Bắc Kạn", "Ban Chấp hành Đảng bộ tỉnh Bắc Kạn"},
        set(),
        id="negative-organization-written-on-its-own-stays",
    ),
    P(
        "Ban Chấp hành Hội Luật gia tỉnh Yên Bái khóa mới ra mắt tại hội nghị.",
        {"Ban Chấp hành Hội Luật gia tỉnh Yên Bái", "Hội Luật gia tỉnh Yên Bái"},
        set(),
        id="negative-an-association-keeps-its-body",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), BOARD_CASES)
def test_party_committee_written_out(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs


JOURNAL_CASES = [
    P(
        "Hội Luật gia tỉnh Phú Thọ tổ chức lễ ra mắt tạp chí Pháp Lý Đồng Hành, phát hành hằng"
        " quý.",
        {"Tạp chí Pháp Lý Đồng Hành"},
        set(),
        id="launch-of-a-journal",
    ),
    P(
        "Bài nghiên cứu của ông Hà Quang Vinh đăng trên tạp chí Dân chủ và Pháp luật số tháng 6.",
        {"Tạp chí Dân chủ và Pháp luật"},
        set(),
        id="published-in-a-journal",
    ),
    P(
        "Cán bộ thường xuyên đọc các tạp chí Luật học để cập nhật kiến thức.",
        set(),
        {"Tạp chí Luật học"},
        id="negative-plural",
    ),
    P(
        "Thư viện đặt mua báo, tạp chí Trung ương và địa phương cho cán bộ.",
        set(),
        {"Tạp chí Trung ương"},
        id="negative-press-of-a-level",
    ),
    P(
        "Sở Tư pháp phối hợp với tạp chí chuyên ngành làm phóng sự.",
        set(),
        {"Tạp chí chuyên ngành"},
        id="negative-written-small",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), JOURNAL_CASES)
def test_journal_written_small(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
