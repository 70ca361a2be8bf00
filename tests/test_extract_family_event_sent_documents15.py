"""Event family (rules session 15): on a day, a document signed and sent whose content names an
activity (``đã ký văn bản gửi các sở đôn đốc thực hiện kiểm tra …``) reports no activity held:
the cue after the sending is what the document is about. An activity held before the sending
(``… tổ chức kiểm tra … và có văn bản gửi …``, ``Đoàn kiểm tra làm việc …; sau đó, Đoàn đã có
văn bản gửi …``, ``tại buổi làm việc …, … yêu cầu Cục có văn bản gửi …``) stays. Invented
bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

PUB = "2024-06-10"

SENT = [
    "Ngày 22/5, Cục trưởng Lạc Văn Huề đã ký văn bản gửi các sở, ngành đôn đốc thực hiện kiểm tra "
    "văn bản.",
    "Ngày 5/6, Giám đốc Sở Tư pháp Mai Thị Lựu đã ký văn bản gửi Ủy ban nhân dân các huyện đôn đốc "
    "việc kiểm tra, rà soát văn bản.",
    "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm có văn bản gửi các phòng tư pháp hướng dẫn việc giám sát "
    "hoạt động hòa giải ở cơ sở.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"sent-{i}") for i, t in enumerate(SENT)])
def test_a_document_sent_about_an_activity_holds_none(text: str) -> None:
    assert event_facts(text, PUB) == set()


HELD = [
    (
        "Ngày 5/6, Sở Tư pháp tỉnh Hòa Lâm tổ chức kiểm tra công tác chứng thực tại huyện Bàu Sen "
        "và có văn bản gửi Ủy ban nhân dân huyện kiến nghị khắc phục.",
        {("inspection", "2024-06-05")},
    ),
    (
        "Ngày 5/6, Đoàn kiểm tra của Sở Tư pháp tỉnh Hòa Lâm làm việc tại Phòng Tư pháp huyện Bàu "
        "Sen; sau đó, Đoàn đã có văn bản gửi Ủy ban nhân dân huyện.",
        {("inspection", "2024-06-05")},
    ),
    (
        "Ngày 5/6, tại buổi làm việc với Cục Thi hành án dân sự tỉnh Hòa Lâm, ông Lạc Văn Huề yêu "
        "cầu Cục có văn bản gửi các Chi cục hướng dẫn nghiệp vụ.",
        {("meeting", "2024-06-05")},
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"), [pytest.param(t, f, id=f"held-{i}") for i, (t, f) in enumerate(HELD)]
)
def test_an_activity_held_stays(text: str, facts: set[tuple[str, str]]) -> None:
    assert event_facts(text, PUB) == facts
