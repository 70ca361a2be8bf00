"""Family D1 of the seventh rules round (issue 9): the head of a body named earlier in the
sentence, introduced by ``do … làm`` (:mod:`justicekg.extract.position_led`).

Grammar: ``<Body> [its term, its size, a verb …] do <ông|bà|đồng chí> <Name>[, <post>] làm
<Title>`` — ``Chủ nhiệm`` of a committee (``Ủy ban Kiểm tra …``) or club (``Câu lạc bộ …``),
``Chủ tịch`` of a council, an association, a committee or a federation, ``Trưởng ban`` of a
board: the title is of that body, not of its head noun's default body (``Chủ tịch`` → the
People's Committee). Another kind of body before (``Sở Tư pháp … do ông A làm Chủ nhiệm``), a
body in another sentence, or a title the table does not list leaves the title as it was.

Every person and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest
from extract_helpers import positions_are

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
UBKT = "Ủy ban Kiểm tra Tỉnh ủy Điện Biên"
HD = "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nam Định"
UB = "Ủy ban nhân dân tỉnh Nam Định"

D1_CASES = [
    P(
        "Ủy ban Kiểm tra Tỉnh ủy Điện Biên nhiệm kỳ mới có 11 thành viên, do ông Lò Văn Quân làm"
        " Chủ nhiệm.",
        "Lò Văn Quân",
        {("Chủ nhiệm", UBKT)},
        id="control-commission-term",
    ),
    P(
        "Ủy ban Kiểm tra Tỉnh ủy Điện Biên do ông Lò Văn Quân làm Chủ nhiệm.",
        "Lò Văn Quân",
        {("Chủ nhiệm", UBKT)},
        id="control-commission-short",
    ),
    P(
        "Ủy ban Kiểm tra Tỉnh ủy Điện Biên gồm 9 đồng chí, do đồng chí Lò Văn Quân làm Chủ nhiệm.",
        "Lò Văn Quân",
        {("Chủ nhiệm", UBKT)},
        id="comrade",
    ),
    P(
        "Ủy ban Kiểm tra Huyện ủy Mường Chà do bà Lò Thị Mai làm Chủ nhiệm.",
        "Lò Thị Mai",
        {("Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Mường Chà")},
        id="district-commission",
    ),
    P(
        "Câu lạc bộ Pháp luật xã Tân Hòa do ông Lê Văn An làm Chủ nhiệm.",
        "Lê Văn An",
        {("Chủ nhiệm", "Câu lạc bộ Pháp luật xã Tân Hòa")},
        id="legal-club",
    ),
    P(
        "Câu lạc bộ Pháp luật xã Tân Hòa được thành lập năm 2019 do ông Lê Văn An làm Chủ nhiệm.",
        "Lê Văn An",
        {("Chủ nhiệm", "Câu lạc bộ Pháp luật xã Tân Hòa")},
        id="club-founded",
    ),
    P(
        "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Nam Định do ông Lê Văn An làm Chủ tịch.",
        "Lê Văn An",
        {("Chủ tịch", "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Nam Định")},
        id="emulation-council",
    ),
    P(
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nam Định do bà Lê Thị Hoa, Phó Chủ"
        " tịch UBND tỉnh làm Chủ tịch.",
        "Lê Thị Hoa",
        {("Phó Chủ tịch", UB), ("Chủ tịch", HD)},
        id="council-post-apposed",
    ),
    P(
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nam Định do bà Lê Thị Hoa – Phó Chủ"
        " tịch UBND tỉnh làm Chủ tịch.",
        "Lê Thị Hoa",
        {("Phó Chủ tịch", UB), ("Chủ tịch", HD)},
        id="council-post-dash",
    ),
    P(
        "Hội Luật gia tỉnh Nam Định có 500 hội viên, do ông Lê Văn An làm Chủ tịch.",
        "Lê Văn An",
        {("Chủ tịch", "Hội Luật gia tỉnh Nam Định")},
        id="association",
    ),
    P(
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định do ông Lê Văn An làm Chủ tịch.",
        "Lê Văn An",
        {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định")},
        id="front-committee",
    ),
    P(
        "Liên đoàn Lao động tỉnh Nam Định do bà Lê Thị Hoa làm Chủ tịch.",
        "Lê Thị Hoa",
        {("Chủ tịch", "Liên đoàn Lao động tỉnh Nam Định")},
        id="labour-federation",
    ),
    P(
        "Ban Chỉ đạo thi hành án dân sự tỉnh Nam Định do ông Lê Văn An, Phó Chủ tịch UBND tỉnh làm"
        " Trưởng ban.",
        "Lê Văn An",
        {("Phó Chủ tịch", UB), ("Trưởng ban", "Ban Chỉ đạo thi hành án dân sự tỉnh Nam Định")},
        id="steering-board",
    ),
    P(
        "Ban Tổ chức cuộc thi Hòa giải viên giỏi tỉnh Nam Định do ông Lê Văn An làm Trưởng Ban.",
        "Lê Văn An",
        {("Trưởng Ban", "Ban Tổ chức cuộc thi Hòa giải viên giỏi tỉnh Nam Định")},
        id="contest-board",
        marks=pytest.mark.xfail(strict=True, reason="the board is not read"),
    ),
    P(
        "Ngày 5/3, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nam Định đã được kiện toàn,"
        " do bà Lê Thị Hoa làm Chủ tịch.",
        "Lê Thị Hoa",
        {("Chủ tịch", HD)},
        id="date-first",
    ),
    P(
        "Theo quyết định, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nam Định do bà Lê Thị"
        " Hoa làm Chủ tịch.",
        "Lê Thị Hoa",
        {("Chủ tịch", HD)},
        id="clause-first",
    ),
    P(
        "UBND tỉnh Nam Định do ông Lê Văn An làm Chủ tịch đã ban hành kế hoạch.",
        "Lê Văn An",
        {("Chủ tịch", UB)},
        id="peoples-committee",
    ),
    # not the body named before
    P(
        "Sở Tư pháp tỉnh Nam Định tổ chức hội nghị do ông Lê Văn An làm Chủ nhiệm.",
        "Lê Văn An",
        {("Chủ nhiệm", None)},
        id="department-not-led",
    ),
    P(
        "Ủy ban Kiểm tra Tỉnh ủy Điện Biên họp. Hội nghị do ông Lò Văn Quân làm Chủ nhiệm.",
        "Lò Văn Quân",
        {("Chủ nhiệm", None)},
        id="other-sentence",
    ),
    P(
        "Câu lạc bộ Pháp luật xã Tân Hòa do ông Lê Văn An làm Thư ký.",
        "Lê Văn An",
        {("Thư ký", None)},
        id="title-not-listed",
    ),
    P(
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nam Định họp; ông Lê Văn An, Chủ tịch"
        " UBND tỉnh Nam Định dự.",
        "Lê Văn An",
        {("Chủ tịch", UB)},
        id="no-do-lam",
    ),
    P(
        "Đoàn công tác của Sở Tư pháp tỉnh Nam Định do ông Lê Văn An làm Trưởng đoàn đã làm việc"
        " tại huyện Vụ Bản.",
        "Lê Văn An",
        set(),
        id="delegation-head",
    ),
    P(
        "Sở Tư pháp tỉnh Nam Định và Hội Luật gia tỉnh Nam Định phối hợp, do ông Lê Văn An làm Chủ"
        " tịch Hội đồng chấm thi.",
        "Lê Văn An",
        {("Chủ tịch", None)},
        id="named-council-after",
    ),
    P(
        "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Nam Định do bà Lê Thị Hoa làm Chủ nhiệm.",
        "Lê Thị Hoa",
        {("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Nam Định")},
        id="bloc-committee",
    ),
    P(
        "Câu lạc bộ Trợ giúp pháp lý xã Tân Hòa ra mắt, do ông Lê Văn An làm Chủ nhiệm.",
        "Lê Văn An",
        {("Chủ nhiệm", "Câu lạc bộ Trợ giúp pháp lý xã Tân Hòa")},
        id="legal-aid-club",
    ),
]


@pytest.mark.parametrize("text,person,expected", D1_CASES)
def test_led_body_family(text: str, person: str, expected: set[tuple[str, str | None]]) -> None:
    ok, got = positions_are(text, person, expected)
    assert ok, got
