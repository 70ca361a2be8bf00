"""Events of session 18 (read set R18): the session of the National Assembly that passed a
law or a resolution, cited with it (``Luật … được Quốc hội khóa XIII, kỳ họp thứ 3 thông qua``,
``Nghị quyết … của Quốc hội khóa XIV, kỳ họp thứ 7``, ``… thông qua tại kỳ họp thứ 5``), is
not a meeting the page reports; a session reported as held still is. Invented sentences and
names."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

from justicekg.extract.recognizers.event_kinds import classify

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Điều 4 Luật Hòa giải cơ sở được Quốc hội khóa XIII, kỳ họp thứ 3 thông qua, hòa "
        "giải viên phải là người có uy tín.",
        "Căn cứ Nghị quyết số 12/2019/QH14 của Quốc hội khóa XIV, kỳ họp thứ 7, Sở đã rà soát "
        "các văn bản.",
        "Theo Luật Đất đai được thông qua tại kỳ họp thứ 5, Quốc hội khóa XV, người dân được "
        "cấp giấy chứng nhận.",
        # an excerpt cut in the middle of the citation
        "Theo Điều 2 Luật Hòa giải cơ sở được Quốc hội khóa XIII, kỳ họp th",
    ],
)
def test_cited_session_is_no_meeting(sentence: str) -> None:
    assert classify(sentence) != "meeting"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 5/6, Quốc hội khóa XV, kỳ họp thứ 9 tiếp tục phiên họp tại Hội trường Diên Hồng.",
        "Chiều 12/4, Hội đồng nhân dân huyện Tân Phú khai mạc kỳ họp thứ 6.",
    ],
)
def test_session_held_is_a_meeting(sentence: str) -> None:
    assert classify(sentence) == "meeting"


def test_cited_session_gives_no_event() -> None:
    text = (
        "Tòa án nhân dân huyện Tân Phú\n\n"
        "Theo Điều 1 Luật tổ chức Tòa án nhân dân được Quốc hội khóa X, kỳ họp thứ 11 thông qua, "
        "Tòa án là cơ quan xét xử."
    )
    assert event_facts(text) == set()
