"""Word lists the recognizers read from ``data/gazetteers`` and join, in file order, into a
pattern's alternation: plain lists hold words only (no escaping needed), the others hold
regular-expression alternatives that compile on their own."""

from __future__ import annotations

import re

import pytest

from justicekg.extract import gazetteers as gz

PLAIN = [
    "name_hyphen_stops",
    "org_parent_stops",
    "bank_name_words",
    "elected_acts",
    "count_nouns",
    "party_organs",
    "board_event_nouns",
    "club_name_stops",
    "org_each_units",
    "press_next_bodies",
    "press_name_stops",
    "title_after_words",
]
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
ORDERED = ["org_parent_stops", "bank_name_words", "elected_acts", "count_nouns", "party_organs"]


@pytest.mark.parametrize("name", [*ORDERED, "board_event_nouns", *PATTERNS])
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
    from justicekg.extract.recognizers.org_groups import _group_stop
    from justicekg.extract.recognizers.persons import FOREIGN

    assert re.fullmatch(FOREIGN, "Khăm-Pheng") and not re.match(FOREIGN + "$", "Bình-Phó")
    assert _group_stop().search("Cụm thi đua số 3 bình xét") is not None
    assert _BODY_HEAD.match("Hội Luật gia") and not _BODY_HEAD.match("Hội nghị")
    assert _ACTS.search("ông A phát biểu chúc mừng") and not _ACTS.search("Ban Điều hành")
    assert not _ACTS.search("dựng")  # a word, not the start of one
    assert _OFFICERS["tham phan"] == ("court",)
    assert _OFFICERS["chap hanh vien"] == ("district-enforcement", "provincial-enforcement")


def test_the_remote_words_are_words_and_ordered() -> None:
    rows = gz.load_rows("remote_words")
    for kind in ("not_title", "backing", "degree", "authored", "signed"):
        words = [r["word"] for r in rows if r["kind"] == kind]
        assert words, kind
        for i, word in enumerate(words):
            assert re.fullmatch(r"\w+(?: \w+)*", word), (kind, word)
            assert not any(later.startswith(word + " ") for later in words[i + 1 :]), word


def test_the_club_stops_are_single_syllables() -> None:
    # a club's name is read word by word: a stop of two words would never be met
    assert all(" " not in w for w in gz.column("club_name_stops", "word"))


def test_the_moved_lists_are_read() -> None:
    from justicekg.extract.participant_remote import _patterns
    from justicekg.extract.recognizers.org_civil import _STOP
    from justicekg.extract.recognizers.org_divisions import _MORE
    from justicekg.extract.recognizers.org_head_lists import _DISTRICT_DOMAINS, _PROVINCIAL_DOMAINS
    from justicekg.extract.recognizers.org_party_lists import _LISTED_BEFORE
    from justicekg.extract.recognizers.title_boards import _event

    assert _MORE.match(", 2 phối hợp") and not _MORE.match(", 12 công chức")
    assert "Nội vụ" in _DISTRICT_DOMAINS and "Thi hành án dân sự" in _PROVINCIAL_DOMAINS
    assert _LISTED_BEFORE.search("Ban Chấp hành, Ban Tuyên giáo và Dân vận, ")
    assert _event().match(" Hội thi Hòa giải viên giỏi") and not _event().match(" Hội đồng")
    assert "thuộc" in _STOP and "pháp" not in _STOP
    backing, author, signer_after = _patterns()
    assert backing.search("nhận được sự quan tâm sát sao của Chủ tịch UBND tỉnh ")
    assert author.search("Thực hiện Thông tư số 5 của Bộ trưởng ")
    assert signer_after.match(" đã ký Công điện số 3") and not signer_after.match(
        " ký Thông tư số 3"
    )
