"""A title after a name's comma that opens a clause of its own, no apposition.

``Theo ông A, kiểm sát viên cao cấp là chức danh mới``: the words after the comma are the
subject of the next clause (a common noun in lower case, no body after it, ``là`` right after
it), not a post of A. A title in capitals, one with its body (``A, chấp hành viên Chi cục X
là người …``) and one with a comma before ``là`` stay an apposition.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Span
from justicekg.extract.title_orgs import org_after_title

#: the copula right after the title: the title is the clause's subject
_COPULA_AFTER = re.compile(r"[ \t]+(?:là|chính là|cũng là|đều là)(?![\w])")


def opens_clause(text: str, t: Span, orgs: list[Span]) -> bool:
    """Whether the title ``t`` (written after a name and its comma) is the subject of a new
    clause rather than the name's post.

    >>> from justicekg.extract.pipeline import extract
    >>> t = "Theo ông Lò Văn Khiên, kiểm sát viên cao cấp là chức danh mới."
    >>> r = extract(t, article_id="t")
    >>> [(p.name, p.positions) for p in r.persons]
    [('Lò Văn Khiên', [])]
    """
    if not text[t.start : t.start + 1].islower():
        return False
    if org_after_title(text, t, orgs) is not None:
        return False
    return _COPULA_AFTER.match(text, t.end) is not None
