"""Names next to a recipient that only place it: they are no recipients themselves.

A body named in passing in a parenthesis (``Ban An ninh A (tiền thân của Công an B)``), the
body of a post the title list does not know (``liệt sĩ C, nguyên Trưởng ty Công an tỉnh D``)
a body whose members are counted (``Khối thi đua số 3 có 2 đơn vị được tặng …``) and the
agent of a passive verb (``A được Bộ Tư pháp xếp hạng …``).
"""

from __future__ import annotations

import re

#: "A có 3 đơn vị được tặng": a body whose members are counted, not itself the recipient
_HAS_COUNT = re.compile(
    r"\s+(?:(?:cũng|đã|còn)\s+)?có\s+(?:\d{1,4}|một|hai|ba|bốn|năm)\s+"
    r"(?:tập thể|cá nhân|đơn vị|tổ chức|trường hợp|người|cán bộ|công chức|đồng chí)(?![\w])"
)
#: "A được B xếp hạng": the body after a passive "được" (or "bởi") acts, it receives nothing
_AGENT = re.compile(r"(?<![\w])(?:được|bởi)\s+$")
#: a parenthesis that names a body in passing: its predecessor, successor or former name
_ASIDE = re.compile(
    r"\(\s*(?:tiền thân|nay là|nay thuộc|trước đây là|trước đây|trước là|sau này là|sau là|"
    r"nay đổi tên thành|nay)(?![\w])[^()]*$",
    re.IGNORECASE,
)


def _in_aside(text: str, pos: int) -> bool:
    """True when ``pos`` is inside a parenthesis that names a body in passing (``(tiền thân
    của Công an A)``, ``(nay là Cục B)``).

    >>> t = "cho Ban An ninh A (nay là Công an tỉnh B) và ông C"
    >>> _in_aside(t, t.index("Công an")), _in_aside(t, t.index("ông C"))
    (True, False)
    """
    return _ASIDE.search(text, max(0, pos - 80), pos) is not None


#: a post the title list does not know, between a person and its body: ", nguyên Trưởng ty "
_POST_GAP = re.compile(r",\s+(?:nguyên\s+)?(?P<head>[A-ZĐ]\w*)(?P<rest>(?:\s+\w+){0,3})\s+")


def _is_post_gap(gap: str) -> bool:
    """True when ``gap`` (between a person's name and a body) is a post written as one
    capitalized word and up to three lower-case ones (``, nguyên Trưởng ty ``).

    >>> _is_post_gap(", nguyên Trưởng ty "), _is_post_gap(", Trưởng ban Tuyên giáo ")
    (True, False)
    """
    m = _POST_GAP.fullmatch(gap)
    return m is not None and all(w[:1].islower() for w in m.group("rest").split())
