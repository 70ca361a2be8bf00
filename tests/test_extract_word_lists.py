"""Word lists the recognizers read from ``data/gazetteers`` and join, in file order, into a
pattern's alternation: plain lists hold words only (no escaping needed), the others hold
regular-expression alternatives that compile on their own."""

from __future__ import annotations

import re

import pytest

from justicekg.extract import gazetteers as gz

PLAIN = ["name_hyphen_stops", "org_parent_stops", "bank_name_words", "elected_acts"]
PATTERNS = ["org_group_stops", "award_body_heads"]


@pytest.mark.parametrize("name", PLAIN)
def test_plain_lists_hold_words(name: str) -> None:
    for word in gz.column(name, "word"):
        assert re.fullmatch(r"\w+(?: \w+)*", word), (name, word)


@pytest.mark.parametrize("name", PATTERNS)
def test_pattern_lists_compile_one_by_one(name: str) -> None:
    for cell in gz.column(name, "word"):
        re.compile(cell)  # an unbalanced group would leak into its neighbours


# name_hyphen_stops is read in a lookahead (a yes or no): its order cannot matter
@pytest.mark.parametrize("name", ["org_parent_stops", "bank_name_words", "elected_acts", *PATTERNS])
def test_a_word_comes_before_the_shorter_words_it_starts_with(name: str) -> None:
    # in an alternation the first that fits wins: "ký kết" must come before "ký"
    words = gz.column(name, "word")
    for i, word in enumerate(words):
        for later in words[i + 1 :]:
            assert not later.startswith(word + " "), (name, word, later)


def test_the_lists_are_read() -> None:
    from justicekg.extract.participant_elected import _ACTS
    from justicekg.extract.position_officers import _OFFICERS
    from justicekg.extract.recognizers.award_unlisted import _BODY_HEAD
    from justicekg.extract.recognizers.org_groups import _GROUP_STOP
    from justicekg.extract.recognizers.persons import FOREIGN

    assert re.fullmatch(FOREIGN, "Khăm-Pheng") and not re.match(FOREIGN + "$", "Bình-Phó")
    assert _GROUP_STOP.search("Cụm thi đua số 3 bình xét") is not None
    assert _BODY_HEAD.match("Hội Luật gia") and not _BODY_HEAD.match("Hội nghị")
    assert _ACTS.search("ông A phát biểu chúc mừng") and not _ACTS.search("Ban Điều hành")
    assert not _ACTS.search("dựng")  # a word, not the start of one
    assert _OFFICERS["tham phan"] == ("court",)
    assert _OFFICERS["chap hanh vien"] == ("district-enforcement", "provincial-enforcement")
