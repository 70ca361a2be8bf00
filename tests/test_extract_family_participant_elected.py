"""Participants: people a meeting elects are named as its result, not placed at it (``Hội nghị
đã bầu ông A làm Trưởng đoàn``, ``ông B … được bầu làm Phó Trưởng đoàn``, ``ông C trúng cử``),
unless another mention places them there (``ông A phát biểu nhận nhiệm vụ``) or the page says
the whole electing body attended (``25/25 vị Hội thẩm``). A credit line with a post's
abbreviation (``Người viết tin bài: TP …``) names the author. Invented people and sentences."""

from __future__ import annotations

import pytest
from extract_helpers import participants_by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_DAY = "2021-10-12"
_LEAD = (
    "Sáng 12/10/2021, Thường trực HĐND tỉnh Lai Châu tổ chức Hội nghị Đoàn Hội thẩm Tòa án "
    "nhân dân tỉnh. Ông Hà Văn Quý, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị. "
)
_QUY, _TAM, _HOA, _BAY = "Hà Văn Quý", "Lò Văn Tâm", "Lường Thị Hoa", "Cầm Văn Bảy"

_ELECTED = [
    "Hội nghị đã bầu ông Lò Văn Tâm làm Trưởng đoàn; ông Cầm Văn Bảy và bà Lường Thị Hoa làm "
    "Phó Trưởng đoàn Hội thẩm Tòa án nhân dân tỉnh, nhiệm kỳ 2021-2026.",
    "Đồng chí Lò Văn Tâm, Phó Chủ tịch UBMTTQ Việt Nam tỉnh và đồng chí Lường Thị Hoa, là cán "
    "bộ hưu trí được bầu làm Trưởng, Phó đoàn Hội thẩm.",
    "Kết quả, 100% các ông, bà Hội thẩm có mặt nhất trí bầu bà Lường Thị Hoa - Chủ tịch Hội "
    "Khuyến học tỉnh làm Trưởng đoàn và ông Cầm Văn Bảy - Phó Chủ tịch UBMTTQ tỉnh làm Phó "
    "trưởng đoàn Hội thẩm nhân dân.",
    "Kết quả, ông Lò Văn Tâm được tín nhiệm bầu giữ chức Trưởng đoàn Hội thẩm.",
    "Với số phiếu tuyệt đối, ông Lò Văn Tâm trúng cử Trưởng đoàn Hội thẩm nhân dân tỉnh.",
    "Hội nghị bầu bổ sung bà Lường Thị Hoa giữ chức Phó Trưởng đoàn Hội thẩm.",
    "Các Hội thẩm đã bỏ phiếu kín bầu ông Lò Văn Tâm giữ chức Trưởng đoàn.",
    "Ông Lò Văn Tâm tái đắc cử Trưởng đoàn Hội thẩm nhân dân tỉnh nhiệm kỳ 2021 - 2026.",
    "Kết quả, ông Lò Văn Tâm được tín nhiệm bầu giữ cương vị Trưởng đoàn Hội thẩm; các ông Cầm "
    "Văn Bảy và Hà Văn Lực làm Phó trưởng đoàn.",
    "Hội nghị thống nhất bầu ông Lò Văn Tâm, Chánh án Tòa án nhân dân huyện Tam Đường, làm "
    "Trưởng đoàn.",
    "Hội nghị nhất trí bầu ông Lò Văn Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính "
    "Tỉnh ủy làm Trưởng đoàn Hội thẩm nhân dân.",
    "Các vị Hội thẩm đã thống nhất bầu ông Lò Văn Tâm - Phó Chủ tịch UBMTTQVN tỉnh làm Trưởng "
    "đoàn, bà Lường Thị Hoa - Phó Chủ tịch Liên đoàn Lao động tỉnh và bà Lê Thị Miên - Phó Giám "
    "đốc Sở Nội vụ làm Phó Trưởng đoàn Hội thẩm.",
    "Ông Lò Văn Tâm đắc cử Trưởng đoàn Hội thẩm với 100% phiếu bầu.",
    "Hội nghị đã bầu ra Ban Điều hành gồm các đồng chí: Lò Văn Tâm, Lường Thị Hoa, Cầm Văn Bảy.",
    "Đại hội đã bầu đồng chí Lò Văn Tâm vào Ban Chấp hành Chi hội Luật gia.",
    # the officers a vote elected, listed in the next sentence
    "Hội nghị đã bầu ông Lò Văn Tâm làm Trưởng đoàn. Hai Phó Trưởng đoàn Hội thẩm nhiệm kỳ "
    "2021-2026 gồm các ông: Cầm Văn Bảy và Hà Văn Lực.",
]

_PRESENT = [
    # the presider greets the elected: still there
    (
        "Ông Lò Văn Tâm, Chánh án TAND tỉnh phát biểu chúc mừng các đồng chí được bầu vào Ban "
        "Điều hành Đoàn Hội thẩm.",
        {_QUY, _TAM},
    ),
    # elected, then placed there by their own speech
    (
        "Hội nghị đã bầu ông Lò Văn Tâm làm Trưởng đoàn. Phát biểu nhận nhiệm vụ, ông Lò Văn Tâm "
        "cảm ơn sự tín nhiệm của các Hội thẩm.",
        {_QUY, _TAM},
    ),
    ("Sau khi được bầu, ông Lò Văn Tâm phát biểu nhận nhiệm vụ.", {_QUY, _TAM}),
    # the whole body attended: the one elected is among them
    (
        "Dự hội nghị có 25/25 vị Hội thẩm nhân dân tỉnh. Hội nghị đã thống nhất bầu ông Lò Văn "
        "Tâm làm Trưởng đoàn Hội thẩm.",
        {_QUY, _TAM},
    ),
    # the first session of a committee just elected: its members hold it
    (
        "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu bà Lường Thị Hoa, Phó Chánh Văn phòng, giữ "
        "chức Chủ tịch Công đoàn; ông Cầm Văn Bảy giữ chức Phó Chủ tịch Công đoàn.",
        {_QUY, _HOA, _BAY},
    ),
    (
        "Tại kỳ họp thứ nhất, các đại biểu đã bầu ông Lò Văn Tâm giữ chức Chủ tịch HĐND xã.",
        {_QUY, _TAM},
    ),
    (
        "Hội nghị công bố kết quả hội nghị lần thứ nhất Ban Chấp hành Đảng bộ. Ông Lò Văn Tâm được "
        "bầu làm Bí thư. Hai Phó Bí thư gồm các ông: Cầm Văn Bảy, Trưởng ban Tổ chức; và bà Lường "
        "Thị Hoa, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh.",
        {_QUY, _TAM, _BAY, _HOA},
    ),
    (
        "Bà Lường Thị Hoa, Phó Chủ tịch UBMTTQ tỉnh dự và chủ trì việc bầu Trưởng đoàn Hội thẩm.",
        {_QUY, _HOA},
    ),
    (
        "Hội nghị đã tiến hành bầu Trưởng đoàn. Ông Lò Văn Tâm, Chánh án Tòa án nhân dân tỉnh "
        "phát biểu chỉ đạo hội nghị.",
        {_QUY, _TAM},
    ),
    (
        "Đồng chí Cầm Văn Bảy, Bí thư Tỉnh ủy dự và chúc mừng các đồng chí trúng cử Ban Điều hành.",
        {_QUY, _BAY},
    ),
]

_CREDITS = [
    "Người viết tin bài: TP Lường Thị Hoa",
    "Tin: PV Lường Thị Hoa",
    "Người viết bài: Lường Thị Hoa",
]


@pytest.mark.parametrize("tail", [pytest.param(t, id=f"el{i:02d}") for i, t in enumerate(_ELECTED)])
def test_people_elected_are_not_placed_at_the_meeting(tail: str) -> None:
    assert participants_by_date(_LEAD + tail, _DAY) == {_DAY: {_QUY}}


@pytest.mark.parametrize(
    ("tail", "expected"), [pytest.param(t, e, id=f"pr{i}") for i, (t, e) in enumerate(_PRESENT)]
)
def test_people_placed_there_stay(tail: str, expected: set[str]) -> None:
    assert participants_by_date(_LEAD + tail, _DAY) == {_DAY: expected}


@pytest.mark.parametrize("tail", [pytest.param(t, id=f"cr{i}") for i, t in enumerate(_CREDITS)])
def test_a_credit_line_with_a_posts_abbreviation_names_no_participant(tail: str) -> None:
    assert participants_by_date(_LEAD + "\n" + tail, _DAY) == {_DAY: {_QUY}}
