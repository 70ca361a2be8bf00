"""Participants as a family, round 14: a person the report places at an event needs no title.

A person named with only an honorific (``ông``, ``bà``) in a sentence about a case is taken for
a party to it (``buộc ông A trả …``, ``bà B có trách nhiệm bồi thường``), not for someone at the
event. A case word that is only the topic of what is said there (``ông A hướng dẫn bà con về
việc bồi thường``, ``giải đáp về điều kiện thi hành án``) does not make the sentence a case's:
the person is at the event, title or not.

Expected facts follow the conventions (``../shared/eval/README.md``, "Events": participants are
the named persons the article places at the event); invented people and sentences."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

OPEN = (
    "Ngày 12/3/2021, Trung tâm Trợ giúp pháp lý tỉnh Sóc Trăng tổ chức buổi làm việc với người"
    " dân xã Mỹ Hương. "
)
DAY = "2021-03-12"
NAME = "Thạch Sô Phên"

CASES = [
    pytest.param(
        OPEN + "Tại buổi làm việc, ông Thạch Sô Phên hướng dẫn bà con về việc bồi thường thiệt"
        " hại.",
        {(DAY, NAME)},
        id="topic-ve-viec",
    ),
    pytest.param(
        OPEN + "Tại buổi làm việc, bà Thạch Sô Phên giải đáp về điều kiện thi hành án dân sự.",
        {(DAY, NAME)},
        id="topic-ve",
    ),
    pytest.param(
        OPEN + "Ông Thạch Sô Phên trao đổi với người dân về vấn đề trả nợ ngân hàng.",
        {(DAY, NAME)},
        id="topic-ve-van-de",
    ),
    pytest.param(
        OPEN + "Tại buổi làm việc, luật sư Thạch Sô Phên tư vấn về việc bồi thường thiệt hại.",
        {(DAY, NAME)},
        id="lawyer-prefix",
    ),
    # negatives: a party to the case is no participant
    pytest.param(
        OPEN + "Theo bản án, ông Thạch Sô Phên có trách nhiệm bồi thường cho bà Lâm Thị Sa Rết.",
        set(),
        id="negative-party-who-pays",
    ),
    pytest.param(
        OPEN + "Quyết định buộc ông Thạch Sô Phên trả cho bà Lâm Thị Sa Rết 20 triệu đồng.",
        set(),
        id="negative-judgment-debtor",
    ),
    pytest.param(
        OPEN + "Theo hồ sơ về việc bồi thường, ông Thạch Sô Phên phải trả nợ cho bà Lâm Thị Sa"
        " Rết.",
        set(),
        id="negative-a-case-word-besides-the-topic",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_case_word_as_a_topic_leaves_the_person_at_the_event(
    text: str, expected: set[tuple[str | None, str]]
) -> None:
    assert event_participants(text) == expected
