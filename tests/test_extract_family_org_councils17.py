"""Session 17 (org17): a body's emulation council named in running text is listed as its body.

``đề nghị Hội đồng Thi đua - Khen thưởng VKSND tỉnh A xét, tặng …`` names who decides for the
body; the conventions list no emulation council (a generic mention) and the adjudicated R16
gold lists the body instead (3 pages, none listing such a council). A council a person holds a
post in stays (the post names it), and so do a sector's council (``… ngành Tư pháp``) and
councils of another kind.

Invented sentences; the expected names are written from the conventions.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored, scored_names, scored_orgs, scored_positions

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param

CASES = [
    P(
        "Cụm thi đua thống nhất đề nghị Hội đồng Thi đua - Khen thưởng VKSND tỉnh Hà Giang xem"
        " xét, tặng danh hiệu Tập thể lao động xuất sắc cho 2 đơn vị.",
        {"Viện kiểm sát nhân dân tỉnh Hà Giang"},
        {"Hội đồng Thi đua - Khen thưởng Viện kiểm sát nhân dân tỉnh Hà Giang"},
        id="procuracy-council-asked-to-consider",
    ),
    P(
        "Hồ sơ được gửi Hội đồng thi đua khen thưởng Sở Tư pháp tỉnh Yên Bái trước ngày 15/11.",
        {"Sở Tư pháp tỉnh Yên Bái"},
        {"Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Yên Bái"},
        id="department-council-lower-case",
    ),
    P(
        "Hội đồng Thi đua - Khen thưởng ngành Tư pháp đã họp xét danh hiệu thi đua năm 2020.",
        {"Hội đồng Thi đua - Khen thưởng ngành Tư pháp"},
        set(),
        id="negative-sector-council-stays",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_council_listed_as_its_body(text: str, present: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, "2021-05-10")
    assert scored_names(present) <= got, got
    assert not (scored_names(absent) & got), got


def test_council_post_keeps_the_council() -> None:
    text = (
        "Ông Trịnh Văn Lâm, Viện trưởng VKSND tỉnh Hà Giang, Chủ tịch Hội đồng Thi đua - Khen"
        " thưởng VKSND tỉnh Hà Giang phát biểu."
    )
    council = "Hội đồng Thi đua - Khen thưởng Viện kiểm sát nhân dân tỉnh Hà Giang"
    people = scored_positions(text)
    assert scored({("Chủ tịch", council)}) <= people.get("Trịnh Văn Lâm", set()), people
    assert scored_names({council, "Viện kiểm sát nhân dân tỉnh Hà Giang"}) <= scored_orgs(text)
