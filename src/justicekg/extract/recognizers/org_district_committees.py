"""A district's party committee written without its district (session 14, org14).

``Bí thư Huyện ủy chủ trì``, ``Ủy viên Ban Thường vụ Quận ủy``, ``sự chỉ đạo của Huyện ủy``:
a district page writes its committee bare, as it writes ``UBND huyện`` or ``Phòng Tư pháp
huyện``. The committee is the page's district's (the conventions: a shortened body is resolved
from context), found as for those bodies: the one district of that level its member's own
title chain names (``Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện A``: A, even when
another district's committee is named in full elsewhere, review 14 S5; not a body the member
works with: ``Ủy viên Ban Thường vụ Huyện ủy đã làm việc với UBND huyện B`` is no B, review
14b N2), else the one committee of that head the page names in full (``Huyện ủy Tháp
Mười``), else the one district of that level the page names; with none, it stays bare
(``Huyện ủy``), as a body of a page that never names its place does. Its organs read with it
(``Ban Dân vận Quận ủy``, ``Văn phòng Huyện ủy``) carry the same district.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.org_committees import BARE_DISTRICT_COMMITTEES

#: a resolver of a body named with a bare level word (``X huyện``): its full name, or None
Resolver = Callable[[Doc, Span, list[Span]], "str | None"]


#: what joins two bodies of one title chain before the next title: a comma or "kiêm"
_CHAIN_JOIN = re.compile(r"\s*(?:,\s*(?:kiêm\s+)?|\s+kiêm\s+)")


def _chain_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between two bodies, is a join and a title only
    (``, Chủ tịch ``, `` kiêm Phó Chủ tịch Thường trực ``), no verb; the title may run into
    the next body (``, Ủy viên Ban Thường vụ Huyện ủy``)."""
    join = _CHAIN_JOIN.match(text, start, end)
    title = lexicon().title_re.match(text, join.end()) if join else None
    return title is not None and (title.end() >= end or not text[title.end() : end].strip())


def chain_district(doc: Doc, o: Span, orgs: list[Span]) -> str | None:
    """``o`` (named with a bare level word) completed with the one district of that level the
    bodies of its own title chain name (the bodies joined to it, one after another, by a
    comma and a title only: ``Huyện ủy, Chủ tịch UBND huyện A``), if there is exactly one."""
    level = o.name.rsplit(" ", 2)[-1] if o.name.endswith(" thị xã") else o.name.split()[-1]
    sent = doc.sentence_of(o.start)
    bodies = sorted(
        (x for x in orgs if x.label == "org" and sent.start <= x.start < sent.end),
        key=lambda x: (x.start, -x.end),
    )
    chain: list[Span] = []
    end = o.end
    for x in (x for x in bodies if x.start >= o.end):
        if x.start < end:  # inside the last body of the chain
            continue
        if not _chain_gap(doc.text, end, x.start):
            break
        chain.append(x)
        end = x.end
    start = o.start
    for x in sorted((x for x in bodies if x.end <= o.start), key=lambda x: (-x.end, x.start)):
        if x.end > start:
            continue
        if not _chain_gap(doc.text, x.end, start):
            break
        chain.append(x)
        start = x.start
    named = {
        str(x.data["district"])
        for x in chain
        if x.data.get("district") and x.name.endswith(f"{level} {x.data['district']}")
    }
    if len(named) != 1:
        return None
    o.data["district"] = next(iter(named))
    return f"{o.name} {o.data['district']}"


def _resolve(
    doc: Doc, o: Span, head: str, orgs: list[Span], names: set[str], resolvers: Sequence[Resolver]
) -> str | None:
    """The full name of the committee ``head`` that ``o`` (the committee or one of its organs)
    refers to, or None. ``resolvers[0]`` reads the district of the member's title chain,
    tried first; the others read the page's, tried after the committee named in full."""
    level = BARE_DISTRICT_COMMITTEES[head]
    probe = Span(o.start, o.end, "org", f"{head} {level}", o.rule, {})
    if resolvers[:1] and resolvers[0](doc, probe, orgs) and probe.data.get("district"):
        return f"{head} {probe.data['district']}"
    # the committee named in full, alone or inside an organ's name ("Ban Thường vụ Quận ủy X")
    full = sorted({n[n.index(head + " ") :] for n in names if head + " " in n})
    if full:
        return full[0] if len(full) == 1 else None
    probe = Span(o.start, o.end, "org", f"{head} {level}", o.rule, {})
    for resolve in resolvers[1:]:
        if resolve(doc, probe, orgs) and probe.data.get("district"):
            return f"{head} {probe.data['district']}"
    return None


def place_district_committees(doc: Doc, orgs: list[Span], resolvers: Sequence[Resolver]) -> None:
    """Name each bare district committee of ``orgs``, and each organ read with one, with its
    district, in place (see the module's docstring); ``resolvers`` complete a body named
    ``<head> <level>``: the title chain's district first, then the page's."""
    todo = [
        o
        for o in orgs
        if o.label == "org"
        and (
            o.data.get("bare_committee")
            or (
                o.data.get("parent") in BARE_DISTRICT_COMMITTEES
                and o.name.endswith(" " + str(o.data["parent"]))
            )
        )
    ]
    if not todo:
        return
    names = {o.name for o in orgs if o.label == "org"}
    for o in todo:
        head = str(o.data.get("parent") or o.name)
        full = _resolve(doc, o, head, orgs, names, resolvers)
        if full is None:
            continue
        if o.data.get("bare_committee"):
            o.name = full
            o.data["district"] = full[len(head) + 1 :]
        else:
            o.name = o.name[: -len(head)] + full
            o.data["parent"] = full
