"""The people of a place as one collective recipient: ``cán bộ và Nhân dân xã A``.

Orders and certificates go to a commune's, a district's or a province's people as a whole,
written as two or more of the words for its people joined by commas and ``và`` before the place
(``Nhân dân và cán bộ huyện B``, ``Đảng bộ, chính quyền và Nhân dân xã C``, ``cán bộ, chiến sĩ
và Nhân dân thị trấn D``), one of them ``Nhân dân`` (``cán bộ, chiến sĩ Công an huyện E`` are a
body's staff, read elsewhere). The collective is named as written, whether it follows the award
(``trao Bằng khen cho cán bộ và Nhân dân xã A``) or is the subject that receives it (``Đảng bộ,
chính quyền và Nhân dân xã C vinh dự đón nhận Huân chương …``). No organization rule knows it,
so without this reading the award has no recipient at all. The words are data:
``award_collectives.tsv``.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Span
from justicekg.extract.gazetteers import column

#: the level of the place the people are of
_LEVEL = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)"
#: the place's name: capitalized words or a number ("xã Hồng Phong", "phường 3")
_PLACE = r"(?:[A-ZĐ][\w'’-]*(?:[ \t]+[A-ZĐ][\w'’-]*){0,3}|\d{1,2})"


@gz.derived
def _collective() -> re.Pattern[str]:
    words = "|".join(column("award_collectives", "word"))
    word = rf"(?:{words})"
    return re.compile(
        rf"(?<![\w])(?P<name>{word}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){word}){{1,4}}"
        rf"[ \t]+{_LEVEL}[ \t]+{_PLACE})(?![\w])"
    )


_PEOPLE = re.compile(r"(?<![\w])[Nn]hân dân(?![\w])")


def place_collectives(text: str, start: int, end: int) -> list[Span]:
    """The collectives of a place's people named in ``text[start:end]``.

    >>> t = "trao Bằng khen cho cán bộ và Nhân dân xã Hòa Lạc (huyện Kỳ Sơn)"
    >>> [s.name for s in place_collectives(t, 0, len(t))]
    ['cán bộ và Nhân dân xã Hòa Lạc']
    >>> t = "cho cán bộ, chiến sĩ Công an huyện Kỳ Sơn"
    >>> place_collectives(t, 0, len(t))
    []
    """
    out: list[Span] = []
    for m in _collective().finditer(text, start, end):
        name = m.group("name")
        if not _PEOPLE.search(name):
            continue  # no people of a place: "cán bộ, chiến sĩ …" of a body
        out.append(Span(m.start("name"), m.end("name"), "org", name, "place-collective"))
    return out
