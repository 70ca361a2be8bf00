"""Councils and steering committees (session 13, org13): a coordinating council written with
``TGPL`` (also in brackets after the full words) or with its central level (``ở Trung ương``,
``Trung ương``) as written; ``của tỉnh`` naming the owner (the page's province, or a bare
``tỉnh`` when the page names none); a steering committee's small remit with ``phổ biến, giáo dục``
or ending in ``của tỉnh X``; a remit that stops before a comma and a capitalized word (the next
body, not the remit). Invented sentences, with negatives.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
HD = "Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng"
PB = "Hội đồng phối hợp phổ biến, giáo dục pháp luật"

CASES = [
    P(
        "Tháng 3/2026, Tổ thư ký cùng Hội đồng phối hợp liên ngành về TGPL trong hoạt động tố "
        "tụng ở Trung ương rà soát kế hoạch kiểm tra.",
        {f"{HD} ở Trung ương"},
        {HD},
        id="central-council-abbreviated",
    ),
    P(
        f"Ông Trần Văn Khởi, Chủ tịch {PB} Trung ương, phát biểu chỉ đạo.",
        {f"{PB} Trung ương"},
        set(),
        id="central-council-without-o",
    ),
    P(
        "Theo kế hoạch năm 2026, Hội đồng phối hợp liên ngành về trợ giúp pháp lý (TGPL) trong "
        "hoạt động tố tụng của tỉnh sẽ kiểm tra ba huyện vùng cao.",
        {f"{HD} tỉnh"},
        {HD},
        id="council-of-bare-province",
    ),
    P(
        "Sở Tư pháp tỉnh Bắc Kạn là cơ quan thường trực. Hội đồng phối hợp liên ngành về TGPL "
        "trong hoạt động tố tụng của tỉnh họp phiên thường kỳ.",
        {f"{HD} tỉnh Bắc Kạn"},
        set(),
        id="council-of-page-province",
    ),
    P(
        f"{HD} tỉnh Cao Bằng họp phiên thứ nhất.",
        {f"{HD} tỉnh Cao Bằng"},
        set(),
        id="council-placed-unchanged",
    ),
    P(
        "Ông Hà Minh Quân, Trưởng Ban Chỉ đạo phổ biến, giáo dục pháp luật tỉnh Lạng Sơn, "
        "phát biểu.",
        {"Ban Chỉ đạo phổ biến, giáo dục pháp luật tỉnh Lạng Sơn"},
        set(),
        id="steering-remit-with-comma",
    ),
    P(
        "Ban Chỉ đạo công tác phổ biến, giáo dục pháp luật của tỉnh Hà Giang họp sơ kết.",
        {"Ban Chỉ đạo công tác phổ biến, giáo dục pháp luật tỉnh Hà Giang"},
        set(),
        id="steering-remit-of-province",
    ),
    P(
        "Sau khi Ban Chỉ đạo Trung ương về số hóa hồ sơ hộ tịch, Bộ Nội vụ cùng góp ý, dự thảo "
        "được chỉnh lý.",
        {"Ban Chỉ đạo Trung ương về số hóa hồ sơ hộ tịch", "Bộ Nội vụ"},
        {"Ban Chỉ đạo Trung ương về số hóa hồ sơ hộ tịch, Bộ Nội vụ"},
        id="remit-stops-before-next-body",
    ),
    P(
        "Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật đã họp phiên thứ nhất.",
        {"Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật"},
        set(),
        id="remit-goes-on-in-small-letters",
    ),
    P(
        "Ban Chỉ đạo đã làm việc với các huyện của tỉnh Hà Giang.",
        set(),
        {"Ban Chỉ đạo đã làm việc với các huyện tỉnh Hà Giang"},
        id="neg-clause-not-remit",
    ),
    P(
        f"{PB} các tỉnh, thành phố đã kiện toàn.",
        set(),
        {f"{PB} Trung ương", PB},
        id="neg-plural-councils",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_councils_and_steering_committees(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
