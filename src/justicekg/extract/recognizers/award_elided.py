"""Elided award heads: one ``Bằng khen`` written once for several givers.

``được tặng Bằng khen của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh A và UBND huyện B`` names
three awards: ``Bằng khen của Thủ tướng Chính phủ``, ``Bằng khen của Chủ tịch Ủy ban nhân dân
tỉnh A`` and ``Bằng khen của Ủy ban nhân dân huyện B``. After the giver an award's name
carries, each further giver listed (``,``, ``;``, ``và``, a repeated ``của``) is the giver of
one more award of the same head; so is each giver listed before the one that is the subject of
a passive giving verb (``được Bộ trưởng Bộ Tư pháp, Chủ tịch UBND tỉnh A tặng Bằng khen``).
A giver is a head's title and its body (``Chủ tịch UBND tỉnh A``, ``Bộ trưởng Bộ Tư pháp``,
``Viện trưởng VKSND tối cao``), a body that gives awards in its own name (``UBND huyện B``,
``Chính phủ``), or any body after an explicit ``của``; a name followed by a verb of its own
(``…, UBND huyện B đã tặng …``) starts a new clause instead.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.award_givers import CONFERRER_VERB, PROVINCIAL_GIVER
from justicekg.extract.recognizers.award_names import canonical_award

#: between two givers of one head: "…, Chủ tịch …", "… và của …", "…; …"
_SEP = re.compile(r"\s*(?:,\s*và|,|;|và)\s*(?P<of>của\s+)?")
#: the titles that sign an award in their body's name
_GIVER_TITLES = frozenset(
    {
        "Chủ tịch",
        "Bộ trưởng",
        "Thủ tướng",
        "Viện trưởng",
        "Chánh án",
        "Giám đốc",
        "Cục trưởng",
        "Tổng cục trưởng",
        "Chi cục trưởng",
        "Chủ nhiệm",
        "Tổng Giám đốc",
        "Chỉ huy trưởng",
    }
)
#: bodies that give awards in their own name
_GIVING_BODY = re.compile(
    r"(?:Ủy ban nhân dân|UBND|Thủ tướng Chính phủ|Chính phủ|Bộ |Tòa án|Viện kiểm sát)"
)
#: a verb of the name just read: it is the subject of a new clause, not a giver
_OWN_VERB = re.compile(
    r"\s*(?:đã|cũng|vừa|sẽ|tặng|trao|khen thưởng|được|là|có|tổ chức|đánh giá)(?![\w])"
)
#: the heads that carry their giver in their name
_GIVEN = ("bằng khen", "giấy khen")


def elided_givers(doc: Doc, head: str, end: int, limit: int) -> tuple[list[str], int]:
    """The further givers (qualifiers) listed after an award's giver ending at ``end`` (up to
    ``limit``), and where the last of them ends (``end`` when there is none)."""
    if not head.lower().startswith(_GIVEN):
        return [], end
    text = doc.text
    orgs = {o.start: o for o in doc.by_label("org")}
    titles = {t.start: t for t in doc.by_label("title")}
    found: list[str] = []
    while end < limit:
        sep = _SEP.match(text, end, limit)
        if sep is None:
            break
        at = sep.end()
        qualifier, stop = _giver_at(doc, at, orgs, titles, of=sep.group("of") is not None)
        if qualifier is None or stop > limit or _OWN_VERB.match(text, stop, limit):
            break
        found.append(qualifier)
        end = stop
    return found, end


#: between two givers listed before their verb
_SEP_BEFORE = re.compile(r"\s*(?:,\s*và|,|và)\s*$")
#: the passive that opens givers listed before their verb: "… được A, B tặng"
_PASSIVE = re.compile(r"(?<![\w])được\s*$")


def givers_before(doc: Doc, head: str, body: str | None, head_start: int, lo: int) -> list[str]:
    """The further givers listed before ``body``, the subject of the giving verb right
    before the award head at ``head_start`` (not before ``lo``), nearest last."""
    if body is None or not head.lower().startswith(_GIVEN):
        return []
    text = doc.text
    orgs = [o for o in doc.by_label("org") if lo <= o.start and o.end <= head_start]
    subject = next(
        (
            o
            for o in reversed(orgs)
            if o.name == body and CONFERRER_VERB.match(text[o.end : head_start])
        ),
        None,
    )
    if subject is None:
        return []
    titles = doc.by_label("title")
    at = _title_start(titles, subject.start)
    found: list[str] = []
    while True:
        sep = _SEP_BEFORE.search(text, max(lo, at - 8), at)
        if sep is None:
            break
        o = next((o for o in reversed(orgs) if o.end == sep.start()), None)
        if o is None:
            if text.endswith("Thủ tướng Chính phủ", lo, sep.start()):
                found.append("Thủ tướng Chính phủ")
                at = sep.start() - len("Thủ tướng Chính phủ")
            break
        t = next((t for t in titles if t.end in (o.start - 1, o.start)), None)
        if t is not None and t.name.removeprefix("Phó ") in _GIVER_TITLES:
            found.append(f"{t.name.removeprefix('Phó ')} {o.name}")
        elif t is None and _GIVING_BODY.match(o.name):
            found.append(o.name)
        else:
            break
        at = t.start if t is not None else o.start
    if not _PASSIVE.search(text, max(lo, at - 12), at):
        return []  # "A, B trao Bằng khen": officials handing it over, not its givers
    return found[::-1]


def _title_start(titles: list[Span], start: int) -> int:
    """Where the title right before a body starting at ``start`` starts (else ``start``)."""
    t = next((t for t in titles if t.end in (start - 1, start)), None)
    return t.start if t is not None else start


def _giver_at(
    doc: Doc, at: int, orgs: dict[int, Span], titles: dict[int, Span], *, of: bool
) -> tuple[str | None, int]:
    """The giver named at ``at`` (a qualifier as the award names it) and its end."""
    t = titles.get(at)
    if t is not None and t.name.removeprefix("Phó ") in _GIVER_TITLES:
        o = orgs.get(t.end) or orgs.get(t.end + 1)
        if o is not None:
            return f"{t.name.removeprefix('Phó ')} {o.name}", o.end
        if t.name == "Thủ tướng" and doc.text.startswith(" Chính phủ", t.end):
            return "Thủ tướng Chính phủ", t.end + len(" Chính phủ")
        pg = PROVINCIAL_GIVER.match(doc.text, t.end)
        if t.name == "Chủ tịch" and pg is not None:
            return _bare_provincial(doc, pg), pg.end()
        return None, at
    if doc.text.startswith("Thủ tướng Chính phủ", at):
        return "Thủ tướng Chính phủ", at + len("Thủ tướng Chính phủ")
    o = orgs.get(at)
    if o is not None and (of or _GIVING_BODY.match(o.name)):
        return o.name, o.end
    pg = PROVINCIAL_GIVER.match(doc.text, at - 1) if at > 0 else None
    if pg is not None and pg.start() == at - 1:
        return _bare_provincial(doc, pg), pg.end()
    return None, at


def _bare_provincial(doc: Doc, pg: re.Match[str]) -> str:
    """``Chủ tịch UBND tỉnh`` with no name: the page's own committee."""
    level = "tỉnh" if pg.group("level").lower() == "tỉnh" else "thành phố"
    chair = "Chủ tịch " if pg.group("chair") else ""
    return f"{chair}Ủy ban nhân dân {level}"


def elided_awards(
    head: str, qualifiers: list[str], *, written: bool
) -> list[tuple[str, str | None, str | None]]:
    """The (award, conferrer, recipient kind) of each further giver of ``head`` (``written``
    after it, or before its verb)."""
    out = []
    for q in qualifiers:
        hit = canonical_award(head, q, as_written=written)
        if hit is not None:
            out.append(hit)
    return out
