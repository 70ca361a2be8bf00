"""extract/alternation.py: the faster forms of a pattern match exactly what the plain ones do."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from justicekg.extract.alternation import Alternation, first_then_behind, words_not_after
from justicekg.extract.lexicon import _trie_branches, trie_alt

WORDS = ["Sở", "Sở Tư pháp", "sở", "Phòng", "Chi cục", "UBND", "Ủy ban", "đ/c", "Bà"]
#: texts from the words' pieces, letters, spaces and punctuation
TEXTS = st.lists(
    st.sampled_from([*WORDS, " ", "  ", "x", "ſ", "K", ",", ".", "\n", "Tư", "ở", "S"]),
    max_size=12,
).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_words_not_after_is_the_look_behind_alternation(text: str) -> None:
    plain = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, WORDS)) + r")(?![\w])")
    fast = re.compile(r"(?:" + words_not_after(WORDS) + r")(?![\w])")
    assert _spans(fast, text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_trie_branches_are_the_trie_with_its_look_behind(text: str) -> None:
    words = set(WORDS)
    plain = re.compile(r"(?<![\w.])(?:" + trie_alt(words) + r")(?![\w])")
    fast = re.compile("(?:" + "|".join(_trie_branches(words, not_after=r"[\w.]")) + r")(?![\w])")
    assert _spans(fast, text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from([0, re.IGNORECASE]))
def test_alternation_matches_as_the_whole_pattern(text: str, flags: int) -> None:
    alternatives = [(w[0], re.escape(w)) for w in sorted(WORDS, key=len, reverse=True)]
    before, after = r"(?<![\w])", r"(?![\w])"
    whole = re.compile(before + "(?:" + "|".join(p for _, p in alternatives) + ")" + after, flags)
    fast = Alternation(alternatives, before=before, after=after, flags=flags)
    for pos in range(len(text) + 1):
        got, want = fast.match(text, pos), whole.match(text, pos)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"[Bb]an[ \t]+[Cc]hỉ[ \t]+[Đđ]ạo", "Ban Chỉ đạo, xBan chỉ đạo; ban chỉ đạo"),
        (r"Ngân hàng(?=[ \t]+[A-ZĐ])", "Ngân hàng Nhà nước, xNgân hàng Á"),
        (r"\d\d?/\d", "12/3 a12/3 1/2"),
    ],
)
def test_first_then_behind_is_the_look_behind_first(pattern: str, text: str) -> None:
    plain = re.compile(r"(?<![\w])" + pattern)
    assert _spans(re.compile(first_then_behind(pattern)), text) == _spans(plain, text)


@pytest.mark.parametrize("pattern", ["(?:a|b)c", "a?b", "x*", "", r"\bword"])
def test_first_then_behind_refuses_a_pattern_without_one_first_character(pattern: str) -> None:
    with pytest.raises(ValueError):
        first_then_behind(pattern)
