"""Event family (rules session 14): an excerpt that opens in the middle of a working session,
with a body reporting or proposing to a visiting official or team mid-sentence (``Theo đó, Sở
có những kiến nghị với Phó Chủ tịch: …``, ``Bên cạnh đó, lãnh đạo Chi cục đã báo cáo với Đoàn
công tác …``), reports one undated meeting, as when the sentence opens with the report
(``Báo cáo với đồng chí Chánh án …``); a proposal sent in a document, or the same words later on
the page, is none. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, participants_by_date

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-05-10"

OPENING = [
    "Theo đó, Sở Tư pháp tỉnh Hòa Lâm có những ý kiến, kiến nghị với Phó Chủ tịch: hiện Sở còn "
    "thiếu 5 biên chế. Phó Chủ tịch Kha Văn Tụ đánh giá cao nỗ lực của Sở.",
    "Bên cạnh đó, lãnh đạo Chi cục đã báo cáo với Đoàn công tác những khó khăn về trụ sở. Ông Kha "
    "Văn Tụ, Trưởng đoàn ghi nhận các kiến nghị.",
    "Ngoài kết quả nêu trên, Tòa án nhân dân huyện Bàu Sen đề xuất với Chánh án Kha Văn Tụ bổ "
    "sung thẩm phán. Chánh án Kha Văn Tụ đề nghị đơn vị khắc phục khó khăn.",
    "Báo cáo với đồng chí Bộ trưởng Kha Văn Tụ, lãnh đạo Sở Tư pháp tỉnh Hòa Lâm cho biết: Sở đã "
    "hoàn thành các chỉ tiêu được giao.",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"opening-{i}") for i, t in enumerate(OPENING)]
)
def test_an_excerpt_opening_mid_session_reports_a_meeting(text: str) -> None:
    assert event_facts(text, PUB) == {("meeting", None)}


def test_the_official_reported_to_takes_part() -> None:
    text = OPENING[0]
    assert participants_by_date(text, None) == {None: {"Kha Văn Tụ"}}


NONE = [
    # a proposal in a document
    "Sở Tư pháp tỉnh Hòa Lâm đã có văn bản kiến nghị với Chủ tịch UBND tỉnh về việc bổ sung biên "
    "chế. Hiện Sở đang chờ ý kiến.",
    # the same words later on the page, not its opening
    "Sở Tư pháp tỉnh Hòa Lâm hiện có 4 phòng chuyên môn. Theo đó, Sở có những kiến nghị với Phó "
    "Chủ tịch UBND tỉnh về biên chế.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"none-{i}") for i, t in enumerate(NONE)])
def test_a_proposal_not_made_in_session_is_no_meeting(text: str) -> None:
    assert event_facts(text, PUB) == set()
