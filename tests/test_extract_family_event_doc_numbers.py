"""Events, rules session 11: a day written after a document's number and sign, without
``số`` and in lower case (``tại văn bản 517/TCTHADS-NV ngày 14/8/2020``, ``Theo tờ trình
45/TTr-STP ngày 3/5/2024``, ``hướng dẫn 31-HD/BTGTU ngày …``), dates the document, not an
activity; a count (``1517 việc``) or a bare day is no document number. Invented bodies, names
and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

#: (text, the document's day)
NOT_EVENTS = [
    (
        "Trả lời Báo Hòa Lâm tại văn bản 517/TCTHADS-NV ngày 14/8/2020, Phó Tổng cục "
        "trưởng Khuất Văn Triêm cho biết đang xem xét vụ việc.",
        "2020-08-14",
    ),
    (
        "Theo tờ trình 45/TTr-STP ngày 3/5/2024, Sở Tư pháp tỉnh Hòa Lâm đề nghị kiện toàn Hội "
        "đồng phối hợp phổ biến, giáo dục pháp luật.",
        "2024-05-03",
    ),
    (
        "Tại công văn 112/UBND-NC ngày 14/6/2024, Ủy ban nhân dân tỉnh Hòa Lâm giao Sở Tư pháp "
        "kiểm tra việc thực hiện.",
        "2024-06-14",
    ),
    (
        "Căn cứ quyết định 1234/2024/QĐ-UBND ngày 2/4/2024, Sở Tư pháp tỉnh Hòa Lâm thành lập Tổ "
        "công tác.",
        "2024-04-02",
    ),
]


@pytest.mark.parametrize(
    ("text", "day"), [pytest.param(*row, id=f"doc-{i}") for i, row in enumerate(NOT_EVENTS)]
)
def test_a_documents_day_is_no_event(text: str, day: str) -> None:
    assert day not in {date for _, date in event_facts(text, "2024-07-30")}


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "Thực hiện hướng dẫn 31-HD/BTGTU ngày 10/01/2019 của Ban Tuyên giáo Tỉnh ủy, ngày "
            "6/2/2023 Viện kiểm sát nhân dân tỉnh Hòa Lâm tổ chức hội nghị giao ban.",
            {("conference", "2023-02-06")},
            id="held-after-the-document",
        ),
        pytest.param(
            "Ngày 14/8/2020, Cục Thi hành án dân sự tỉnh Hòa Lâm tổ chức hội nghị sơ kết 6 tháng, "
            "có 1517 việc đã thi hành xong.",
            {("conference", "2020-08-14")},
            id="a-count-is-no-number",
        ),
        pytest.param(
            "Tổ 12 phường Đông Hòa, ngày 14/6/2024, Mặt trận Tổ quốc phường tổ chức hội nghị "
            "tuyên truyền pháp luật.",
            {("conference", "2024-06-14")},
            id="a-group-number",
        ),
    ],
)
def test_a_day_after_no_document_number_is_reported(text: str, events: set) -> None:
    assert event_facts(text, "2024-07-30" if "2024" in text else None) == events
