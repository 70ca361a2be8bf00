"""A local party committee's board named by the committee's place.

Pages write ``Ban Tuyên giáo huyện X`` (``Trưởng ban Dân vận tỉnh Y``, ``Ban Tổ chức quận
Z``) for the board of the party committee of that place; the conventions name it with its
committee: ``Ban Tuyên giáo Huyện ủy X``, ``Ban Dân vận Tỉnh ủy Y``, ``Ban Tổ chức Quận ủy Z``.
The boards are in ``data/gazetteers/party_place_boards.tsv``; a board of the government or of
the council (``Ban Dân tộc tỉnh Y``, ``Ban Pháp chế HĐND``) is not among them, and a board
already named with its committee is left as written.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz

__all__ = ["party_board_of_place"]

#: the committee of each level word: "huyện" → "Huyện ủy"
_COMMITTEE = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}
_BOARDS = "|".join(re.escape(w) for w in gz.column("party_place_boards", "word"))
#: a board, a level word, then a place written with a capital (not a number: "quận 3")
_BY_PLACE = re.compile(rf"^(?P<board>{_BOARDS}) (?P<level>{'|'.join(_COMMITTEE)}) (?=[^\W\d])")


def party_board_of_place(name: str) -> str:
    """``Ban Tuyên giáo huyện X`` → ``Ban Tuyên giáo Huyện ủy X``; other names as given.

    >>> party_board_of_place("Ban Dân vận thị xã Bình An")
    'Ban Dân vận Thị ủy Bình An'
    >>> party_board_of_place("Ban Dân tộc tỉnh Bình An")
    'Ban Dân tộc tỉnh Bình An'
    """
    m = _BY_PLACE.match(name)
    if m is None or not name[m.end()].isupper():
        return name
    return f"{m.group('board')} {_COMMITTEE[m.group('level')]} {name[m.end() :]}"
