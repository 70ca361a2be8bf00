"""Session 14 (org14): a school named only as the venue of an activity (``phiên tòa giả định
tại Trường THPT A``, ``tại Trường Tiểu học B và Trường THCS C``, ``các em học sinh Trường
THCS C``) is a location, not an organization; a school the page gives another part (a partner,
its head's employer, its board) stays one. Universities are not touched. Invented sentences;
expected names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Sở Tư pháp tổ chức phiên tòa giả định tại Trường THPT Lê Quý Đôn, thu hút 500 học"
        " sinh tham dự.",
        {"Sở Tư pháp"},
        {"Trường Trung học phổ thông Lê Quý Đôn"},
        id="mock-trial-at-a-school",
    ),
    P(
        "Buổi tuyên truyền pháp luật diễn ra tại Trường Tiểu học Kim Đồng và Trường THCS Nguyễn"
        " Du.",
        set(),
        {"Trường Tiểu học Kim Đồng", "Trường Trung học cơ sở Nguyễn Du"},
        id="two-venue-schools-listed",
    ),
    P(
        "Đoàn viên đã tuyên truyền ở Trường Mầm non Hoa Ban. Các em học sinh Trường Mầm non Hoa"
        " Ban rất hào hứng.",
        set(),
        {"Trường Mầm non Hoa Ban"},
        id="venue-then-its-pupils",
    ),
    P(
        "Phòng Tư pháp huyện phối hợp với Trường THPT Lê Quý Đôn tổ chức tuyên truyền pháp luật.",
        {"Trường Trung học phổ thông Lê Quý Đôn"},
        set(),
        id="negative-a-partner-school",
    ),
    P(
        "Bà Hà Thị Nhung, Hiệu trưởng Trường Mầm non Hoa Sen, phát biểu cảm ơn.",
        {"Trường Mầm non Hoa Sen"},
        set(),
        id="negative-its-head",
    ),
    P(
        "Đoàn tuyên truyền tại Trường THCS Nguyễn Du. Sau buổi học, Ban Giám hiệu Trường THCS"
        " Nguyễn Du cảm ơn đoàn.",
        {"Trường Trung học cơ sở Nguyễn Du"},
        set(),
        id="negative-venue-and-actor",
    ),
    P(
        "Hội thảo khoa học được tổ chức tại Trường Đại học Luật Hà Nội.",
        {"Trường Đại học Luật Hà Nội"},
        set(),
        id="negative-a-university",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_venue_school(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
