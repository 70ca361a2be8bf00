"""Session 14 (org14): a district's party committee written without its district (``Bí thư
Huyện ủy``, ``sự chỉ đạo của Huyện ủy``, ``Trưởng ban Dân vận Quận ủy``) is the page's
district's committee: the one committee of that head the page names in full, else the one
district of that level its sentence or page names; with none, it stays bare. Not a plural
(``các Huyện ủy``), nor the committee of a board written short (``Ủy viên BTV Huyện ủy``).
Invented sentences; expected names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Phòng Tư pháp huyện Bảo Lạc tổ chức hội nghị. Với sự chỉ đạo của Huyện ủy, công tác"
        " tư pháp đạt kết quả tốt.",
        {"Huyện ủy Bảo Lạc", "Phòng Tư pháp huyện Bảo Lạc"},
        {"Huyện ủy"},
        id="page-district",
    ),
    P(
        "Dự hội nghị có ông Vi Văn Tư, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nguyên Bình.",
        {"Huyện ủy Nguyên Bình", "Ủy ban nhân dân huyện Nguyên Bình"},
        {"Huyện ủy"},
        id="sentence-district",
    ),
    P(
        "Sáng 5/4, Huyện ủy Hà Quảng tổ chức hội nghị. Đồng chí Bí thư Huyện ủy chủ trì.",
        {"Huyện ủy Hà Quảng"},
        {"Huyện ủy"},
        id="named-in-full-elsewhere",
    ),
    P(
        "Quận ủy tổ chức hội nghị tại quận Cầu Giấy. Bà Hà Thu Trang, Trưởng ban Dân vận Quận"
        " ủy, phát biểu.",
        {"Quận ủy Cầu Giấy", "Ban Dân vận Quận ủy Cầu Giấy"},
        {"Ban Dân vận Quận ủy"},
        id="an-organ-carries-the-district",
    ),
    P(
        "Dự có bà Nông Thị Dung, Ủy viên Ban Thường vụ Huyện ủy Trùng Khánh, Chánh Văn phòng"
        " Huyện ủy.",
        {"Văn phòng Huyện ủy Trùng Khánh"},
        {"Văn phòng Huyện ủy"},
        id="committee-named-inside-a-board",
    ),
    P(
        "Sáng 5/4, Huyện ủy tổ chức hội nghị. Đồng chí Bí thư Huyện ủy chủ trì.",
        {"Huyện ủy"},
        set(),
        id="no-district-named-stays-bare",
    ),
    P(
        "Các Huyện ủy đã chỉ đạo quyết liệt công tác tiếp công dân.",
        set(),
        {"Huyện ủy"},
        id="negative-plural",
    ),
    P(
        "Bà Hà Thu Trang, Ủy viên BTV Huyện ủy, Phó Chủ tịch UBND huyện Thông Nông dự.",
        {"Ủy ban nhân dân huyện Thông Nông"},
        {"Huyện ủy Thông Nông", "Huyện ủy"},
        id="negative-board-written-short",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_district_committee_written_bare(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
