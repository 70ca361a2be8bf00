"""Participant family (rules session 13): people a report names as the holders of a body's
posts now (``Hiện Sở có 2 phó giám đốc là bà A và ông B``, ``Hiện nay, Giám đốc Sở là ông C``)
or as relieved of a post by a decision or a resolution (``thông qua nghị quyết miễn nhiệm chức
danh … đối với ông D``, ``cho thôi giữ chức ông E``, ``ông E thôi giữ chức vụ …``) are the
subject of what is said, not placed at the event; someone present at it (``Hiện diện tại buổi
lễ có …``), handed the decision there (``trao quyết định cho thôi giữ chức đối với ông F``),
retiring (``công bố quyết định nghỉ hưu đối với ông G``) or placed there by another mention
is. Invented bodies, names and sentences only."""

from __future__ import annotations

import re

import pytest
from extract_helpers import event_participants as _participants

from justicekg.extract import gazetteers as gz

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = (
    "Sáng 14/3/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị tổng kết công tác pháp chế. "
    "Ông Khổng Văn Triệu, Giám đốc Sở chủ trì hội nghị. "
)
_DAY = "2024-03-14"
_CHAIR = (_DAY, "Khổng Văn Triệu")
_OTHER = "Mạc Thị Lụa"

#: sentences after the lead naming the other person as a holder or leaver of a post
ROSTER = [
    "Hiện Sở có 2 phó giám đốc là bà Mạc Thị Lụa và ông Thạch Văn Kiều.",
    "Hiện nay, Sở có ba phó giám đốc gồm các ông Thạch Văn Kiều, Ông Ích Đạt và bà Mạc Thị Lụa.",
    "Hiện tại, Trưởng phòng Hộ tịch của Sở là bà Mạc Thị Lụa.",
    "Hiện, Ban Giám đốc Sở gồm: bà Mạc Thị Lụa, ông Thạch Văn Kiều.",
    "Cũng tại kỳ họp, Hội đồng nhân dân tỉnh thông qua nghị quyết miễn nhiệm chức danh Phó Chủ "
    "tịch Ủy ban nhân dân tỉnh đối với bà Mạc Thị Lụa do chuyển công tác.",
    "Ủy ban nhân dân tỉnh đã có quyết định cho thôi giữ chức Phó Giám đốc Sở đối với ông Thạch "
    "Văn Kiều, Phó Giám đốc Sở và bà Mạc Thị Lụa, Trưởng phòng Hành chính tư pháp.",
    "Trước đó, Ủy ban nhân dân tỉnh đã quyết định cách chức bà Mạc Thị Lụa.",
    "Theo đó, Ủy ban nhân dân tỉnh quyết định điều động bà Mạc Thị Lụa thôi giữ chức vụ Phó "
    "Giám đốc Sở để nhận công tác khác.",
    "Bà Mạc Thị Lụa, Phó Giám đốc Sở được cho thôi làm Trưởng ban Pháp chế từ tháng 4.",
    # a body with a capital outside ASCII after "Hiện" (review 2, minor)
    "Hiện Ủy ban nhân dân tỉnh có 3 phó chủ tịch là bà Mạc Thị Lụa và ông Thạch Văn Kiều.",
]

#: sentences after the lead that place the other person there: both take part
PRESENT = [
    "Hiện diện tại buổi lễ có bà Mạc Thị Lụa, Phó Giám đốc Sở.",
    "Hiện nay, bà Mạc Thị Lụa, Phó Giám đốc Sở đã phát biểu tại hội nghị về kết quả đạt được.",
    "Ông Khổng Văn Triệu trao quyết định cho thôi giữ chức Trưởng phòng đối với bà Mạc Thị Lụa.",
    "Ông Khổng Văn Triệu công bố quyết định nghỉ hưu đối với bà Mạc Thị Lụa, Trưởng phòng Hộ tịch.",
    "Bà Mạc Thị Lụa, Phó Giám đốc Sở trình bày báo cáo miễn nhiệm hòa giải viên ở cơ sở.",
    "Tham dự hội nghị có bà Mạc Thị Lụa, Phó Chủ tịch Ủy ban nhân dân tỉnh.",
    "Ông Khổng Văn Triệu trao quyết định cho bà Mạc Thị Lụa thôi giữ chức Trưởng phòng để nghỉ "
    "hưu.",
    "Bà Mạc Thị Lụa, Phó Giám đốc Sở phát biểu, đề nghị cấp xã thôi làm thủ tục giấy.",
    # the one who announces the decision, and one placed there before it (rev13b's cases)
    "Bà Mạc Thị Lụa, Phó Giám đốc Sở công bố quyết định cho thôi giữ chức Trưởng phòng đối với "
    "ông Thạch Văn Kiều.",
    "Tham dự hội nghị có bà Mạc Thị Lụa, vừa được cho thôi giữ chức Phó Giám đốc Sở.",
]

#: the one relieved is not there, the speaker named after him in the sentence is
SPEAKER_AFTER = (
    "Hội nghị công bố quyết định miễn nhiệm chức vụ đối với ông Thạch Văn Kiều, sau đó bà Mạc "
    "Thị Lụa, Phó Giám đốc Sở phát biểu."
)


def test_a_speaker_after_the_relieved_one_takes_part() -> None:
    got = _participants(_LEAD + SPEAKER_AFTER, "2024-03-15")
    assert (_DAY, _OTHER) in got
    assert (_DAY, "Thạch Văn Kiều") not in got


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"roster-{i}") for i, s in enumerate(ROSTER)]
)
def test_a_holder_or_leaver_of_a_post_takes_no_part(sentence: str) -> None:
    got = _participants(_LEAD + sentence, "2024-03-15")
    assert _CHAIR in got
    assert (_DAY, _OTHER) not in got
    assert (_DAY, "Thạch Văn Kiều") not in got


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"present-{i}") for i, s in enumerate(PRESENT)]
)
def test_a_person_placed_there_takes_part(sentence: str) -> None:
    got = _participants(_LEAD + sentence, "2024-03-15")
    assert got == {_CHAIR, (_DAY, _OTHER)}


def test_a_rostered_person_placed_there_by_another_mention_takes_part() -> None:
    text = _LEAD + (
        "Hiện Sở có 2 phó giám đốc là bà Mạc Thị Lụa và ông Thạch Văn Kiều. "
        "Phát biểu tại hội nghị, bà Mạc Thị Lụa đề nghị các phòng rà soát văn bản."
    )
    got = _participants(text, "2024-03-15")
    assert (_DAY, _OTHER) in got
    assert (_DAY, "Thạch Văn Kiều") not in got


def test_the_relieving_acts_are_plain_words_longest_first() -> None:
    words = gz.column("relieved_acts", "word")
    assert "miễn nhiệm" in words
    for i, word in enumerate(words):
        assert re.fullmatch(r"\w+(?: \w+)*", word), word
        for later in words[i + 1 :]:
            assert not later.startswith(word + " "), (word, later)
