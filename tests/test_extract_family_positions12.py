"""Positions battery of the eleventh rules round: posts the sector writes outside prose.

Invented sentences and short pages, each with the positions the annotation conventions expect
(``../shared/eval/README.md``): an author who signs the page with a post (``Tên - Chức vụ``,
``Tên (Chức vụ)``, the name alone on its line and the post on the next one, a degree before the
name); a byline without a post, a unit only, a signature in capitals and a photo credit stay
without positions.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

P = pytest.param
SO = "Sở Tư pháp tỉnh"
HEAD = "Sở Tư pháp tỉnh Nam Định tổ chức hội nghị tập huấn nghiệp vụ hộ tịch năm 2021.\n\n"

# --- A. the author signs with a post ---------------------------------------------------------
SIGNATURE_CASES = [
    P(
        HEAD + "Khổng Văn Tiệp - Phó Trưởng phòng Hành chính tư pháp\n",
        "Khổng Văn Tiệp",
        {("Phó Trưởng phòng", f"Phòng Hành chính tư pháp {SO} Nam Định")},
        id="dash-post",
    ),
    P(
        HEAD + "Khổng Văn Tiệp – Phó Chánh Văn phòng Sở\n",
        "Khổng Văn Tiệp",
        {("Phó Chánh Văn phòng", f"Văn phòng {SO} Nam Định")},
        id="en-dash-post-of-the-department",
    ),
    P(
        HEAD + "Khổng Văn Tiệp (Chánh Văn phòng Sở)\n",
        "Khổng Văn Tiệp",
        {("Chánh Văn phòng", f"Văn phòng {SO} Nam Định")},
        id="bracket-post",
    ),
    P(
        HEAD + "Lều Thị Quyến (Thư ký nghiệp vụ)\n",
        "Lều Thị Quyến",
        {("Thư ký nghiệp vụ", None)},
        id="bracket-post-no-body",
    ),
    P(
        HEAD + "Khổng Văn Tiệp\nPhó Giám đốc Sở Tư pháp tỉnh Nam Định\n",
        "Khổng Văn Tiệp",
        {("Phó Giám đốc", f"{SO} Nam Định")},
        id="post-on-the-next-line",
    ),
    P(
        HEAD + "ThS. Khổng Văn Tiệp\nTrưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp tỉnh"
        " Nam Định\n",
        "Khổng Văn Tiệp",
        {("Trưởng phòng", f"Phòng Phổ biến, giáo dục pháp luật {SO} Nam Định")},
        id="degree-name-post-on-the-next-line",
    ),
    P(
        "Sáu năm xây dựng tạp chí của đội ngũ luật sư.\n\nTS. Luật sư Khổng Văn Tiệp\nChủ tịch"
        " Liên đoàn Luật sư Việt Nam\n\nSáu năm qua, tạp chí đã có nhiều số đặc biệt.",
        "Khổng Văn Tiệp",
        {("Chủ tịch", "Liên đoàn Luật sư Việt Nam")},
        id="two-degrees-name-post-on-the-next-line",
    ),
    # negatives: a byline with no post keeps none
    P(HEAD + "Khổng Văn Tiệp\n", "Khổng Văn Tiệp", None, id="byline-alone"),
    P(
        HEAD + "Khổng Văn Tiệp (Chi cục THADS huyện Ý Yên)\n",
        "Khổng Văn Tiệp",
        None,
        id="byline-with-a-unit",
    ),
    P(HEAD + "Khổng Văn Tiệp – PTP Ý Yên\n", "Khổng Văn Tiệp", None, id="byline-in-capitals"),
    P(
        HEAD + "Hội nghị kết thúc cùng ngày. Ảnh: Khổng Văn Tiệp\n",
        "Khổng Văn Tiệp",
        None,
        id="photo-credit",
    ),
    P(
        HEAD + "Khổng Văn Tiệp\nphó giám đốc các sở đều dự hội nghị.\n",
        "Khổng Văn Tiệp",
        None,
        id="lower-case-prose-on-the-next-line",
    ),
]

ALL_CASES = SIGNATURE_CASES


@pytest.mark.parametrize(("text", "person", "expected"), ALL_CASES)
def test_positions_battery(
    text: str, person: str, expected: set[tuple[str, str | None]] | None
) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
