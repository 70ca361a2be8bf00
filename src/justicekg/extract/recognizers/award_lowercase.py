"""Lower-case award heads a giver names before its verb: ``được Chủ tịch UBND tỉnh tặng bằng
khen``, ``Thủ tướng Chính phủ đã tặng bằng khen cho …``.

A lower-case ``bằng khen`` or ``giấy khen`` is generic (``được khen thưởng bằng khen``) unless
a giver makes it one award: after it (``bằng khen của Bộ trưởng``, read in
:mod:`.award_names`) or, as here, as the subject of the giving verb right before it. Pages
write the head in lower case as often as not; the giver, not the capital, names the award.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc
from justicekg.extract.recognizers.award_givers import CONFERRER_VERB

__all__ = ["giver_before"]

#: how far before the head the giver and its verb are read (as the conferrer reading does)
_REACH = 60
#: a count of the awards between the giving verb and the head ("tặng 02 bằng khen")
_COUNT = re.compile(r"(?<=\s)\d{1,3}\s+$")


def giver_before(doc: Doc, start: int, sent_start: int) -> bool:
    """True when an organization the page names is the subject of the giving verb that ends
    right before ``start`` (``UBND tỉnh A tặng``, ``được Bộ trưởng Bộ Tư pháp trao tặng``), or
    the body before the name of the person who is (``Giám đốc Sở Tư pháp Lê Văn A trao``).

    >>> from justicekg.extract.pipeline import extract
    >>> r = extract("Phòng Tư pháp huyện Mỹ Lâm được Chủ tịch UBND tỉnh Yên Bái tặng bằng khen.",
    ...             article_id="t", published="2024-01-05")
    >>> [(a.award, a.recipient) for a in r.awards]
    [('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái', 'Phòng Tư pháp huyện Mỹ Lâm')]
    """
    base = max(sent_start, start - _REACH)
    count = _COUNT.search(doc.text, base, start)
    if count is not None:
        start = count.start()  # "được Viện trưởng … tặng 2 bằng khen": the count aside
    cv = CONFERRER_VERB.search(doc.text, base, start)
    if cv is None or cv.end() != start:
        return False
    at = cv.start()
    person = next((p for p in doc.by_label("person") if p.end == at), None)
    if person is not None:
        # "Phó Chủ tịch UBND tỉnh Lê Văn A trao bằng khen": the giver's title and body before
        # his name
        at = person.start - 1 if doc.text[person.start - 1 : person.start] == " " else person.start
    return any(o.end == at for o in doc.by_label("org"))
