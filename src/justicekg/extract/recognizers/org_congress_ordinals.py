"""A congress's ordinal written between a body and its place.

Pages name a body's congress ``Đại hội Hội Luật gia lần thứ IV tỉnh X`` as well as ``Đại
hội Hội Luật gia tỉnh X lần thứ IV``: the ordinal is the congress's, not the body's, whose
name is ``Hội Luật gia tỉnh X``. :data:`ORDINAL_BEFORE_PLACE` is read past where a body's
place is looked for (:func:`.org_places.place_at`); :func:`without_ordinal` drops it from a
name read from the text as a whole. Only before a place word and a capitalized name: an
ordinal that ends a name (``… tỉnh X lần thứ IV``) is outside it already.
"""

from __future__ import annotations

import re

from justicekg.extract.lexicon import UPPER

__all__ = ["ORDINAL_BEFORE_PLACE", "without_ordinal"]

_ORDINAL = r"lần[ \t]+thứ[ \t]+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|[IVXLC]+|\d{1,2})"
_PLACE_AFTER = rf"(?=[ \t]*,?[ \t]*(?:tỉnh|thành phố|huyện|quận|thị xã)[ \t]+[{UPPER}])"
#: the ordinal right after a body's head and domain, a place after it
ORDINAL_BEFORE_PLACE = re.compile(rf"[ \t]+{_ORDINAL}(?![\w]){_PLACE_AFTER}")


def without_ordinal(name: str) -> str:
    """``Hội Công chứng viên lần thứ nhất tỉnh X`` → ``Hội Công chứng viên tỉnh X``.

    >>> without_ordinal("Hội Luật gia lần thứ IV tỉnh Bình An")
    'Hội Luật gia tỉnh Bình An'
    >>> without_ordinal("Hội Luật gia tỉnh Bình An")
    'Hội Luật gia tỉnh Bình An'
    """
    return ORDINAL_BEFORE_PLACE.sub("", name, count=1)
