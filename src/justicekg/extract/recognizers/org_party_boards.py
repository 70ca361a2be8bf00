"""A local party committee's board named by the committee's place.

Pages write ``Ban Tuyên giáo huyện X`` (``Trưởng ban Dân vận tỉnh Y``, ``Ban Tổ chức quận
Z``) for the board of the party committee of that place; the conventions name it with its
committee: ``Ban Tuyên giáo Huyện ủy X``, ``Ban Dân vận Tỉnh ủy Y``, ``Ban Tổ chức Quận ủy Z``.
The boards are in ``data/gazetteers/party_place_boards.tsv``; a board of the government or of
the council (``Ban Dân tộc tỉnh Y``, ``Ban Pháp chế HĐND``) is not among them, and a board
already named with its committee is left as written. ``Ban Tổ chức huyện X`` is also the
organizing committee of an event the district holds (a contest, a festival): it is the party's
only where the page's words make it so (the party or a party committee in its sentence, the
board named with its committee elsewhere on the page, or a named holder's post with no event
in its sentence: ``Ông A, Trưởng Ban Tổ chức huyện X phát biểu``).
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc

__all__ = ["party_board_of_place"]

#: the committee of each level word: "huyện" → "Huyện ủy"
_COMMITTEE = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}
#: a board whose name an event's organizing committee shares ("Ban Tổ chức huyện X")
_EVENT_TOO = frozenset({"Ban Tổ chức"})


#: a title right before the board: a named person's post ("Trưởng Ban Tổ chức huyện X")
_HOLDER = re.compile(r"(?<![\w])(?:Phó[ \t]+)?[Tt]rưởng(?:[ \t]+ban)?[ \t]+$")


@gz.derived
def _event_words() -> re.Pattern[str]:
    """An event's words in a board holder's sentence (organizing_board_events.tsv)."""
    words = gz.alternation("organizing_board_events")
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE)


@gz.derived
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The board before its place (a level word, then a place written with a capital, not a
    number: "quận 3"), and the party's words: "Đảng", "đảng viên", "cấp ủy", a committee
    ("Huyện ủy"), "Bí thư", another of its boards ("Ban Tuyên giáo huyện X")."""
    words = gz.column("party_place_boards", "word")
    boards = "|".join(re.escape(w) for w in words)
    by_place = re.compile(rf"^(?P<board>{boards}) (?P<level>{'|'.join(_COMMITTEE)}) (?=[^\W\d])")
    others = "|".join(re.escape(w) for w in words if w not in _EVENT_TOO)
    party = re.compile(rf"(?<![\w])(?:[Đđ]ảng|cấp ủy|[A-ZĐ]\w* ủy|Bí thư|{others})(?![\w])")
    return by_place, party


def party_board_of_place(name: str, doc: Doc | None = None, at: int = 0) -> str:
    """``Ban Tuyên giáo huyện X`` → ``Ban Tuyên giáo Huyện ủy X``; other names as given.

    With the page ``doc`` and the name's offset ``at``, ``Ban Tổ chức huyện X`` is the
    party's only where the page's words make it so (else an event's organizing committee).

    >>> party_board_of_place("Ban Dân vận thị xã Bình An")
    'Ban Dân vận Thị ủy Bình An'
    >>> party_board_of_place("Ban Dân tộc tỉnh Bình An")
    'Ban Dân tộc tỉnh Bình An'
    """
    by_place, party_words = _patterns()
    m = by_place.match(name)
    if m is None or not name[m.end()].isupper():
        return name
    party = f"{m.group('board')} {_COMMITTEE[m.group('level')]} {name[m.end() :]}"
    if doc is not None and m.group("board") in _EVENT_TOO and party not in doc.text:
        said = doc.sentence_of(at)
        held = _HOLDER.search(doc.text, max(said.start, at - 14), at) is not None
        if held and _event_words().search(doc.text, said.start, said.end) is None:
            return party  # "Ông A, Trưởng Ban Tổ chức huyện X phát biểu": a standing post
        if party_words.search(doc.text, said.start, said.end) is None:
            return name  # "Ban Tổ chức huyện X trao giải cho các đội thi": the contest's
    return party
