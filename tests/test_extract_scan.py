"""extract.scan: sentence scans up to a position answer as ``finditer``/``search`` from the
sentence start would, for every position of invented sentences."""

from __future__ import annotations

import re

import pytest

from justicekg.extract.doc import Doc
from justicekg.extract.position_lists import _INTRO_REACH, _LIST_INTRO
from justicekg.extract.recognizers.award_conferrers import _CONFERRER_REACH
from justicekg.extract.recognizers.award_givers import (
    _AUTHORIZED,
    _AUTHORIZED_REACH,
    CONFERRER_ANY,
)
from justicekg.extract.scan import first_match, last_match, matches, offsets

#: invented sentences with many matches of each pattern (no sentence break inside a line)
_TEXT = (
    "Ban gồm ông A, bà B là thành viên, các Phó Giám đốc khác gồm có ông C và bà D, "
    "Bộ trưởng đã ký Quyết định số 12/QĐ-BTP ngày 5/4/2023 tặng Bằng khen, "
    "thừa ủy quyền của Chủ tịch UBND tỉnh, ông E trao tặng Giấy khen, "
    "Thay mặt Thủ tướng, bà G đã tặng thưởng Cờ thi đua và bao gồm ông H. "
) * 3 + "Câu sau gồm ông I, được sự ủy quyền ông K tặng khen thưởng gồm"


def _spans(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize(
    ("pattern", "reach"),
    [(_LIST_INTRO, _INTRO_REACH), (CONFERRER_ANY, _CONFERRER_REACH), (_AUTHORIZED, 30)],
)
def test_scans_agree_with_the_plain_regex(pattern: re.Pattern[str], reach: int) -> None:
    doc = Doc(_TEXT)
    text = doc.text
    checked = 0
    for sent in doc.sentences:
        for hi in range(sent.start, sent.end + 1):
            want = list(pattern.finditer(text, sent.start, hi))
            got = matches(doc, pattern, sent.start, hi, reach=reach)
            assert [m.span() for m in got] == [m.span() for m in want], hi
            assert _spans(last_match(doc, pattern, sent.start, hi, reach=reach)) == (
                want[-1].span() if want else None
            )
            first = first_match(doc, pattern, sent.start, hi, reach=reach)
            assert _spans(first) == _spans(pattern.search(text, sent.start, hi))
            checked += bool(want)
    assert checked > 100  # the sentences have matches to agree on


def test_a_range_past_its_sentence_is_scanned_as_asked() -> None:
    doc = Doc(_TEXT)
    end = len(doc.text)
    got = matches(doc, CONFERRER_ANY, 0, end, reach=_CONFERRER_REACH)
    assert [m.span() for m in got] == [m.span() for m in CONFERRER_ANY.finditer(doc.text)]
    assert first_match(doc, _AUTHORIZED, 0, end, reach=_AUTHORIZED_REACH) is not None


def test_offsets_lists_every_occurrence_in_order() -> None:
    doc = Doc("aa gồm gồm, gồmgồm")
    assert offsets(doc, "gồm") == [m.start() for m in re.finditer("gồm", doc.text)]
    assert offsets(doc, "aa") == [0]
    assert offsets(Doc("aaa"), "aa") == [0, 1]
