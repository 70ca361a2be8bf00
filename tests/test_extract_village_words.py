"""The village words (``data/gazetteers/village_words.tsv``): one list that several modules
read in part; what each reads is the ``readers`` column."""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz

READERS = {
    "grassroots_posts",
    "grassroots_page",
    "grassroots_number",
    "grassroots_orgs",
    "person_street",
    "person_place",
    "person_run",
}


def test_every_reader_is_known_and_reads_something() -> None:
    rows = gz.load_rows("village_words")
    named = {r for row in rows for r in row["readers"].split("|")}
    assert named == READERS
    assert all(gz.read_by("village_words", r) for r in READERS)


def test_a_word_comes_before_the_shorter_words_it_starts_with() -> None:
    # an alternation built in file order then reads the longer word first
    words = gz.column("village_words", "word")
    for i, word in enumerate(words):
        for later in words[i + 1 :]:
            assert not later.startswith(word + " "), (word, later)


def test_the_page_does_not_read_words_that_start_other_phrases() -> None:
    page = gz.read_by("village_words", "grassroots_page")
    assert "bản" not in page and "làng" not in page  # "bản Quy chế", "làng nghề"
    assert "bản" in gz.read_by("village_words", "grassroots_posts")


def test_the_grassroots_body_reads_a_hamlet_from_the_list() -> None:
    from justicekg.extract.recognizers.org_grassroots import _VILLAGE

    village = re.compile(_VILLAGE)
    assert village.match("khối phố 3").group("vword") == "khối phố"
    assert village.match("tổ dân phố số 10").group("vword") == "tổ dân phố"
    assert village.match("Sóc Trăng") is None  # sóc is read by posts only
