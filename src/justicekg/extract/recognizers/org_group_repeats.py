"""An emulation group named short after its full name (session 14, org14).

A page names a group in full once (``Cụm thi đua số 1 VKSND tỉnh X``, ``Cụm thi đua Sở Tư
pháp, Thi hành án dân sự các tỉnh miền núi phía Bắc``) and then shortens it: ``Cụm thi đua số
1``, ``các thành viên Cụm thi đua 2``, ``Cụm thi đua các tỉnh miền núi phía Bắc``. The short
mention is the same group (the conventions: a repeat mention is the same body, named in full),
so it takes the full name when the page's longer names of that group are one chain (each the
start of the next: the longest is the name).

A short name is a repeat of a longer one when the longer starts with it (``Cụm thi đua số 1``
→ ``Cụm thi đua số 1 …``; a number stays whole: ``số 1`` is no start of ``số 10``), or when
both have the same head (``Cụm thi đua``) and the short one's words after the head, three or
more, end the longer one (``… các tỉnh miền núi phía Bắc``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from justicekg.extract.doc import Span

#: the heads of an emulation group's name
_HEADS = ("Cụm thi đua", "Khối thi đua", "Khu vực thi đua")


def _head(name: str) -> str:
    low = name.casefold()
    return next((h for h in _HEADS if low.startswith(h.casefold() + " ")), "")


def _repeat_of(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` named short.

    >>> _repeat_of("Cụm thi đua số 1", "Cụm thi đua số 1 Sở Tư pháp tỉnh A")
    True
    >>> _repeat_of("Cụm thi đua số 1", "Cụm thi đua số 10 Sở Tư pháp tỉnh A")
    False
    >>> _repeat_of("Cụm thi đua các tỉnh miền núi phía Bắc",
    ...            "Cụm thi đua Sở Tư pháp, Cục THADS các tỉnh miền núi phía Bắc")
    True
    """
    s, g = short.casefold(), long.casefold()
    if len(g) <= len(s):
        return False
    if g.startswith(s + " "):
        return True
    head = _head(short)
    if not head or _head(long) != head:
        return False
    rest = s[len(head) + 1 :]
    return len(rest.split()) >= 3 and g.endswith(" " + rest)


def name_group_repeats(orgs: Sequence[Span]) -> None:
    """Give each short mention of an emulation group in ``orgs`` the group's full name (see the
    module's docstring); ``orgs`` are changed in place."""
    groups = [o for o in orgs if o.label == "org" and o.data.get("kind") == "emulation-group"]
    names = list(dict.fromkeys(o.name for o in groups))  # in the page's order
    if len(names) < 2:
        return
    for o in groups:
        longer = sorted((n for n in names if _repeat_of(o.name, n)), key=len)
        if not longer:
            continue
        chain = all(_repeat_of(a, b) or a.casefold() == b.casefold() for a, b in pairwise(longer))
        if chain:
            o.name = max(longer, key=len)  # of two spellings as long, the one written first
