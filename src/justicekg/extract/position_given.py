"""Posts a sentence gives to or says of a person named away from the title.

An appointment hands a post to the person named after ``cho`` (``trao quyết định giao quyền
Cục trưởng Cục X cho ông Y``, ``bổ nhiệm phó chánh án cho các ông A, B và bà C``: every name
of the run), and a sentence may go on to the posts its subject holds (``X từng công tác tại
An Giang, giữ chức Phó Cục trưởng, Cục trưởng Cục Y``). Neither title is written beside the
name, so the apposition rules of :mod:`.relations` do not read them. Names listed each after
its own post share the post an appointment verb gives after the last one (``A, Phó Giám đốc Sở
X và B, Trưởng phòng Y được bổ nhiệm giữ chức Phó Giám đốc Sở Z``: A's new post too).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from justicekg.extract.doc import Doc, Span
from justicekg.extract.name_runs import run_start
from justicekg.extract.position_details import TERM_AFTER
from justicekg.extract.position_lists import NAME_SEP
from justicekg.extract.position_mentions import PersonFacts
from justicekg.extract.scan import offsets
from justicekg.extract.title_orgs import org_after_title
from justicekg.text.normalize import fold

__all__ = [
    "GIVEN_BY",
    "appointed_for",
    "held_in_sentence",
    "share_appointed_left",
    "share_appointed_post",
    "title_ending_at",
]

_APPOINTED_TO = re.compile(
    r"(?:bổ nhiệm(?: lại)?|giao|điều động(?: và bổ nhiệm)?)(?:[ \t]+(?:giữ[ \t]+)?chức(?: vụ)?)?"
    r"[ \t]+$"
)
_FOR_NAME = re.compile(
    r"[ \t]+cho[ \t]+(?:các[ \t]+)?(?:(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ/c|Đ/c)[ \t]+)?$"
)


def appointed_for(
    doc: Doc,
    p: Span,
    orgs: list[Span],
    title_end: dict[int, Span],
    persons: list[Span] | None = None,
) -> tuple[Span, Span | None] | None:
    """``trao quyết định giao quyền Cục trưởng Cục X cho ông Y``: the post an appointment gives
    to the person named after ``cho``."""
    text = doc.text
    m = _FOR_NAME.search(text, max(0, p.start - 30), p.start)
    if m is None and persons:
        # "bổ nhiệm phó chánh án cho các ông A, B và bà C": every name of the list
        run = run_start(doc, persons, p, NAME_SEP, "fullmatch")
        if run is not None:  # the run of names p closes, read once for the page
            first = persons[run[0]]
        else:
            first = p
            for q in reversed([q for q in persons if q.end <= p.start]):
                if not NAME_SEP.fullmatch(text, q.end, first.start):
                    break
                first = q
        if first is not p:
            m = _FOR_NAME.search(text, max(0, first.start - 30), first.start)
    if m is None:
        return None
    o, t = title_ending_at(text, m.start(), orgs, title_end)
    if t is None or not _APPOINTED_TO.search(text, max(0, t.start - 40), t.start):
        return None
    return t, o


_HELD = re.compile(r"(?<![\w])giữ chức(?: vụ)?[ \t]+")
_NOT_HELD_BY_SUBJECT = re.compile(
    r"(?<![\w])(?:trao|công bố|quyết định|đề nghị|chúc mừng|cho)(?![\w])"
)
_LIST_SEP = re.compile(r"[ \t]*(?:,|và)[ \t]*")
_FOR_OTHER = re.compile(r"[ \t]+cho(?![\w])")


def held_in_sentence(
    doc: Doc, p: Span, title_at: dict[int, Span], orgs: list[Span], persons: list[Span]
) -> list[tuple[Span, Span | None]]:
    """``X từng công tác tại An Giang, giữ chức Phó Cục trưởng, Cục trưởng Cục Y``: posts the
    sentence's subject held, later in the sentence with no other person between; a title
    listed bare before the same title of a body (``Phó Cục trưởng, Cục trưởng Cục Y``) is of
    that body too."""
    text = doc.text
    sent = doc.sentence_of(p.start)
    # "giữ chức" opens every match: only its occurrences after the name are tried
    held = offsets(doc, "giữ chức")
    m = None
    for at in held[bisect_left(held, p.end) :]:
        if at >= sent.end or (m := _HELD.match(text, at, sent.end)) is not None:
            break
    if m is None or any(p.end <= q.start < m.start() for q in persons):
        return []
    if any(p.end <= r.start < m.start() for r in doc.by_label("person_ref")):
        return []  # "Theo ông A, …, ông B còn giữ chức …": B's post
    if _NOT_HELD_BY_SUBJECT.search(text, p.end, m.start()):
        return []
    out: list[tuple[Span, Span | None]] = []
    pending: list[Span] = []
    pos = m.end()
    end = pos
    while (t := title_at.get(pos)) is not None:
        o = org_after_title(text, t, orgs)
        if o is None:
            pending.append(t)
        else:
            base = fold(t.name).removeprefix("pho ")
            out.extend((x, o) for x in pending if fold(x.name).removeprefix("pho ") == base)
            pending = []
            out.append((t, o))
        end = o.end if o else t.end
        sep = _LIST_SEP.match(text, end)
        if sep is None:
            break
        pos = sep.end()
    if _FOR_OTHER.match(text, end):
        return []  # "giữ chức Phó Giám đốc Sở cho bà B": B's post
    return out


def title_ending_at(
    text: str, at: int, orgs: list[Span], title_end: dict[int, Span]
) -> tuple[Span | None, Span | None]:
    """The body ending at ``at`` (a cue such as ``cho``/``đối với`` follows it) and the title
    ending where that body starts, or at ``at`` when no body ends there: ``giao quyền Cục
    trưởng Cục X cho …`` → (``Cục X``, ``Cục trưởng``)."""
    o = next((x for x in orgs if x.end == at), None)
    end = o.start if o else at
    while o and end > 0 and text[end - 1] in " \t":
        end -= 1
    return o, title_end.get(end)


_HONORIFIC = r"(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ/c|Đ/c)"
#: the words of an appointment verb whose subject a list of names may be (not a bare "làm", a
#: career's "từng"): "được bổ nhiệm", "được chỉ định làm", "được bầu giữ chức", "đều là"
GIVEN_BY = re.compile(
    r"(?<![\w])(?:bổ nhiệm|điều động|chỉ định|bầu|phân công|giữ chức|đều)(?![\w])"
)
#: from the end of one listed name's own posts to the next name: a term of office, then a
#: comma, a semicolon or "và", an honorific
_OWN_POSTS_SEP = re.compile(
    rf"(?:{TERM_AFTER.pattern})?[ \t]*(?P<sep>[,;]|[,;]?[ \t]*và)[ \t]*(?:{_HONORIFIC}[ \t]+)?"
)


def share_appointed_post(
    text: str,
    persons: list[Span],
    own_end: dict[int, int],
    given_after: dict[int, Span],
    people: dict[str, PersonFacts],
) -> None:
    """``A, Phó Giám đốc Sở X và B, Trưởng phòng Y được bổ nhiệm giữ chức Phó Giám đốc Sở
    Z``: the names listed before B, each after its own posts, share the post the appointment
    verb gives after B's (the list closed by ``và``)."""
    by_start = {p.start: k for k, p in enumerate(persons)}
    for start, given in given_after.items():
        k = by_start.get(start)
        if k is None:
            continue
        owner = people[persons[k].name]
        shared = [x for x in owner.positions if x[2] is given]
        closed = False
        while shared and k > 0:
            prev = persons[k - 1]
            end = own_end.get(prev.start)
            if end is None or prev.start in given_after:
                break
            sep = _OWN_POSTS_SEP.fullmatch(text, end, persons[k].start)
            if sep is None or (not closed and "và" not in sep.group("sep")):
                break
            closed = True
            facts = people[prev.name]
            facts.positions.extend(x for x in shared if x not in facts.positions)
            k -= 1


#: between two names of a run, the next one's own posts before it: a comma, a semicolon, "và"
_LEFT_RUN_SEP = re.compile(rf"[ \t]*(?P<sep>[,;]|[,;]?[ \t]*và)[ \t]*(?:{_HONORIFIC}[ \t]+)?")
#: what opens the run: the appointment itself ("quyết định bổ nhiệm", "điều động")
_RUN_APPOINTED = re.compile(
    rf"(?<![\w])(?:bổ nhiệm(?: lại)?|điều động(?: và bổ nhiệm)?)[ \t]+(?:{_HONORIFIC}[ \t]+)?$"
)


def share_appointed_left(
    text: str,
    persons: list[Span],
    own_start: dict[int, int],
    given_to: dict[int, Span],
    people: dict[str, PersonFacts],
) -> None:
    """``bổ nhiệm Phó Viện trưởng VKSND tỉnh X A, Phó Viện trưởng VKSND tỉnh Y B và C giữ
    chức vụ Phó Viện trưởng VKSND tỉnh Y``: the names of the run an appointment opens, each
    written after its own post, share the post given after the last name (the list closed
    by ``và``)."""
    by_start = {p.start: k for k, p in enumerate(persons)}
    for start, given in given_to.items():
        k = by_start.get(start)
        if k is None:
            continue
        shared = [x for x in people[persons[k].name].positions if x[2] is given]
        run: list[Span] = []
        closed = False
        while shared and k > 0:
            prev, cur = persons[k - 1], persons[k]
            if prev.start not in own_start or prev.start in given_to:
                break
            sep = _LEFT_RUN_SEP.fullmatch(text, prev.end, own_start.get(cur.start, cur.start))
            if sep is None or (not closed and "và" not in sep.group("sep")):
                break
            closed = True
            run.append(prev)
            k -= 1
        if run and _RUN_APPOINTED.search(
            text, max(0, own_start[run[-1].start] - 40), own_start[run[-1].start]
        ):
            for prev in run:
                facts = people[prev.name]
                facts.positions.extend(x for x in shared if x not in facts.positions)
