"""Places abroad written as a body's place: ``Sở Tư pháp Thủ đô Viêng-Chăn``,
``VKSND tỉnh Sa-van-na-khet``.

A foreign capital is kept as written, with its hyphens and without a Vietnamese province;
``Thủ đô Hà Nội`` is Vietnam's capital and is read as the province it is. A name hyphenated
after its first syllable is transliterated, even where that syllable is a Vietnamese surname.
"""

from __future__ import annotations

import re

from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, lexicon

#: "Thủ đô" and a capitalized run of up to three syllables, hyphenated ones kept whole
_CAPITAL = re.compile(
    rf"[ \t]*,?[ \t]*Thủ đô{SP}(?P<name>{SYL}(?:-[{UPPER}{LOWER}][{LOWER}]*)*"
    rf"(?:{SP}{SYL}(?:-[{UPPER}{LOWER}][{LOWER}]*)*){{0,2}})"
)


def capital_abroad(text: str, pos: int) -> tuple[str, int] | None:
    """(name, end) of a capital abroad written at ``pos`` (``Thủ đô Phnôm Pênh``), else None.

    >>> capital_abroad("Sở Tư pháp Thủ đô Viêng-Chăn và …", 10)
    ('Viêng-Chăn', 28)
    >>> capital_abroad("Sở Tư pháp Thủ đô Hà Nội", 10) is None
    True
    """
    m = _CAPITAL.match(text, pos)
    if m is None or lexicon().province(m.group("name")) is not None:
        return None
    return m.group("name"), m.end()


def hyphenated(text: str, start: int, name: str) -> bool:
    """Whether the place ``name`` written at ``start`` has a hyphen right after its first
    syllable (``Sa-van-na-khet``; not ``Hồ Văn Tâm-Trưởng ban``).

    >>> hyphenated("tỉnh Sa-van-na-khet", 5, "Sa")
    True
    """
    return text.startswith("-", start + len(name.split()[0]))
