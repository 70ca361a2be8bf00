"""Session 14, second round (org14r2): a district-level city whose name extends the name of
its province (``thành phố Điện Biên Phủ`` in ``tỉnh Điện Biên``) is that city, not the
province: its bodies carry the city (``Phòng Tư pháp thành phố Điện Biên Phủ``). A province
written after ``tỉnh`` or a centrally-run city keeps its name. Invented sentences; expected
names written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names, scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Phòng Tư pháp thành phố Điện Biên Phủ tổ chức hội nghị tuyên truyền pháp luật.",
        {"Phòng Tư pháp thành phố Điện Biên Phủ"},
        {"Phòng Tư pháp tỉnh Điện Biên"},
        id="justice-office-of-the-city",
    ),
    P(
        "Một số đơn vị như Chi cục Thi hành án dân sự thành phố Điện Biên Phủ còn đạt tỷ lệ"
        " thấp về tiền.",
        {"Chi cục Thi hành án dân sự thành phố Điện Biên Phủ"},
        {"Thi hành án dân sự tỉnh Điện Biên"},
        id="enforcement-office-of-the-city",
    ),
    P(
        "Ông Lò Văn Pến, Chủ tịch UBND thành phố Điện Biên Phủ, dự hội nghị.",
        {"Ủy ban nhân dân thành phố Điện Biên Phủ"},
        {"Ủy ban nhân dân tỉnh Điện Biên"},
        id="peoples-committee-of-the-city",
    ),
    P(
        "Sở Tư pháp tỉnh Điện Biên tổ chức hội nghị tập huấn.",
        {"Sở Tư pháp tỉnh Điện Biên"},
        set(),
        id="the-province-as-written",
    ),
    P(
        "UBND thành phố Hồ Chí Minh và Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu ký kết quy chế.",
        {"Ủy ban nhân dân thành phố Hồ Chí Minh", "Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu"},
        set(),
        id="centrally-run-city-and-dashed-province",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_city_extending_its_province(text: str, present: set[str], absent: set[str]) -> None:
    orgs = scored_orgs(text)
    assert scored_names(present) <= orgs, orgs
    assert not scored_names(absent) & orgs, orgs
