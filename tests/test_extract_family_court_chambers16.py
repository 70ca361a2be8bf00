"""Session 16 (orgs16): a chamber of the page's court written with a small ``tòa`` in a list.

``tòa Hình sự, tòa Dân sự`` (the chamber's own word written small) on a page whose host is one
provincial court names that court's chambers: ``Tòa Hình sự Tòa án nhân dân tỉnh X``, as the
capitalized ``Tòa Hình sự`` already did. In a list of units, a district's court after the comma
is the next item, not the chamber's parent. In the adjudicated R16 gold every chamber written
with a small ``tòa`` (7 of 7, on two pages) is named with its court. Not a chamber: a trial
(``phiên tòa Hình sự sơ thẩm``), a chamber whose higher court follows the comma.

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
TA = "Tòa án nhân dân tỉnh Cao Bằng"

CASES = [
    P(
        f"{TA} tổ chức hội thi. Các đội dự thi gồm: tòa Hình sự, tòa Dân sự và tòa Hành chính.",
        {f"Tòa Hình sự {TA}", f"Tòa Dân sự {TA}", f"Tòa Hành chính {TA}"},
        set(),
        id="three-chambers-written-small",
    ),
    P(
        f"{TA} tổ chức hội thi. Vào chung kết có: tòa Kinh tế, TAND huyện Hòa An, tòa Lao động,"
        " TAND huyện Bảo Lạc.",
        {
            f"Tòa Kinh tế {TA}",
            f"Tòa Lao động {TA}",
            "Tòa án nhân dân huyện Hòa An",
            "Tòa án nhân dân huyện Bảo Lạc",
        },
        set(),
        id="chambers-between-district-courts",
    ),
    P(
        f"{TA} tổng kết năm. Tòa Gia đình và người chưa thành niên, TAND huyện Hà Quảng được khen.",
        {f"Tòa Gia đình và người chưa thành niên {TA}", "Tòa án nhân dân huyện Hà Quảng"},
        set(),
        id="capitalized-chamber-before-a-district-court",
    ),
    P(
        f"{TA} đã mở phiên tòa Hình sự sơ thẩm xét xử bị cáo Lùng Văn Pá.",
        set(),
        {f"Tòa Hình sự {TA}"},
        id="negative-a-trial",
    ),
    P(
        f"{TA} dự hội nghị. Bà Nông Thị Lụa, tòa Dân sự, Tòa án nhân dân cấp cao tại Hà Nội"
        " báo cáo.",
        set(),
        {f"Tòa Dân sự {TA}"},
        id="negative-higher-court-after-the-comma",
    ),
    P(
        "Sở Tư pháp tỉnh Cao Bằng tổ chức hội thi với các đội tòa Hình sự, tòa Dân sự.",
        set(),
        {"Tòa Hình sự Sở Tư pháp tỉnh Cao Bằng", "Tòa Dân sự Sở Tư pháp tỉnh Cao Bằng"},
        id="negative-no-court-on-the-page",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_small_chamber_of_the_host_court(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs
    assert not scored_names(absent) & orgs
