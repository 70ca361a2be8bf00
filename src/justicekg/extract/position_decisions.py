"""Posts that a decision names with the person it concerns: appointments and reliefs.

Appointment and dismissal pages write the post and the person around the decision's verb in
two orders that the title-beside-a-name rules do not read:

- the post first, the person after ``đối với`` (the decision's object):
  ``miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh X đối với ông A``, ``bổ nhiệm lại chức vụ
  Giám đốc Sở Tư pháp đối với bà B``, ``cách chức Trưởng phòng … đối với các ông C, D``;
- the person first, a post noun (``chức vụ``, ``chức danh``, ``chức``) between the verb and
  the title: ``ông A được bổ nhiệm chức vụ Giám đốc Sở X``, ``cho ông B thôi chức Chánh án
  TAND tỉnh Y``, ``bà C giữ chức danh Phó Chủ tịch Hội Z``; an approval or
  an acting post needs no post noun (``ông D được Quốc hội phê chuẩn bổ nhiệm Bộ trưởng Bộ …``,
  ``bà E được giao quyền Chi cục trưởng …``).

- a former post as a predicate (``ông A nguyên là Trưởng phòng …``): the title with
  ``Nguyên``, as the conventions write former posts;
- a transfer to a workplace and the post given there written bare after it: ``điều động ông
  A, Phó Giám đốc Sở X đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó Giám đốc``,
  ``… về công tác tại Trường Y và bổ nhiệm làm Hiệu trưởng``: the post is of that workplace.

The post relieved of and the post appointed to are both the person's (the conventions list
both for an appointment). The verbs and post nouns are data
(``data/gazetteers/post_decisions.tsv``); generic staff words a decision on many people names
(``điều động, phân công cán bộ đối với ông A``) are not posts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER
from justicekg.extract.name_runs import run_start
from justicekg.extract.position_appointments import (
    PROPOSALS,
    is_asked_to_consider,
    is_proposed,
)
from justicekg.extract.position_chains import HONORIFIC
from justicekg.extract.position_given import title_ending_at
from justicekg.extract.position_lists import NAME_SEP
from justicekg.extract.scan import offsets
from justicekg.extract.title_orgs import org_after_title
from justicekg.text.normalize import fold

__all__ = ["decided_posts"]

#: a proposal before the act is no decision ("Sở A đề nghị bổ nhiệm …", "dự kiến bổ nhiệm",
#: "xem xét bổ nhiệm", "trình bổ nhiệm"; review 14 M7): one lookbehind per word (fixed width);
#: "đã xem xét bổ nhiệm" is the deciding body's (review 15)
_NOT_PROPOSED = (
    "".join(f"(?<!{w} )" for lower in PROPOSALS for w in (lower, lower[0].upper() + lower[1:]))
    + "(?:(?<=đã xem xét )|(?<=Đã xem xét )|(?<!xem xét )(?<!Xem xét ))"
)


@cache
def _words(role: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in gz.load_rows("post_decisions") if r["role"] == role)


gz.on_reload(_words.cache_clear)


def _alts(role: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_words(role), key=len, reverse=True))


@gz.derived
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    acts, posts = _alts("act"), _alts("post")
    # "… <act> [lại] [giữ] [<post noun>] " right before the title (the post first)
    before_title = re.compile(
        rf"(?<![\w]){_NOT_PROPOSED}(?i:{acts})(?:[ \t]+lại)?(?:[ \t]+giữ)?"
        rf"(?:[ \t]+(?i:{posts}))?[ \t]+$"
    )
    # " đối với [các] [ông] " right before the name
    object_of = re.compile(rf"[ \t]+đối với[ \t]+(?:các[ \t]+)?(?:{HONORIFIC}[ \t]+)?$")
    # "<name> [đã] [được] <act> [lại] [giữ] <post noun> " right before the title
    after_name = re.compile(
        rf"[ \t]+(?:đã[ \t]+)?(?:được[ \t]+)?(?:{acts})(?:[ \t]+lại)?(?:[ \t]+giữ)?"
        rf"[ \t]+(?:{posts})[ \t]+"
    )
    not_posts = frozenset(fold(w) for w in _words("not_post"))
    return before_title, object_of, after_name, not_posts


def decided_posts(
    doc: Doc,
    p: Span,
    title_at: dict[int, Span],
    title_end: dict[int, Span],
    orgs: list[Span],
    persons: list[Span],
) -> list[tuple[Span, Span | None]]:
    """The posts a decision names with the person ``p``: the post written before ``đối với
    <p>`` (or before the run of names ``p`` is in) and the post written after ``<p> … <post
    noun>``; each with its body when one follows the title."""
    out: list[tuple[Span, Span | None]] = []
    before = _post_before(doc, p, title_end, orgs, persons)
    if before is not None:
        out.append(before)
    if not is_proposed(doc.text, p.start):  # "đề nghị bổ nhiệm ông A giữ chức …": no post
        after = _post_after(doc, p, title_at, orgs)
        if after is not None and all(after[0] is not t for t, _ in out):
            out.append(after)
        there = _post_at_workplace(doc, p, title_at, orgs, persons)
        if there is not None and all(there[0] is not t for t, _ in out):
            out.append(there)
    former = _former_post(doc, p, title_at, orgs)
    if former is not None:
        out.append(former)
    return out


#: "ông A nguyên là …", "bà B, nguyên là …": a former post as a predicate
_FORMER = re.compile(r"[ \t]*,?[ \t]*(?:vốn[ \t]+)?[Nn]guyên[ \t]+là[ \t]+")


def _former_post(
    doc: Doc, p: Span, title_at: dict[int, Span], orgs: list[Span]
) -> tuple[Span, Span | None] | None:
    """``ông A nguyên là Trưởng phòng Tư pháp huyện X``: a former post, its title with
    ``Nguyên`` (the conventions keep it for former posts)."""
    _, _, _, not_posts = _patterns()
    m = _FORMER.match(doc.text, p.end)
    t = title_at.get(m.end()) if m is not None else None
    if t is None or fold(t.name) in not_posts or fold(t.name).startswith("nguyen "):
        return None
    written = str(t.data.get("written") or t.name)
    former = Span(t.start, t.end, t.label, f"Nguyên {written}", t.rule, dict(t.data))
    former.data.pop("written", None)
    return former, org_after_title(doc.text, t, orgs)


def _post_before(
    doc: Doc, p: Span, title_end: dict[int, Span], orgs: list[Span], persons: list[Span]
) -> tuple[Span, Span | None] | None:
    """``miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh X đối với ông A``: the post before
    ``đối với`` and the name (or the first name of a run the name is in)."""
    before_title, object_of, _, not_posts = _patterns()
    text = doc.text
    first = p
    run = run_start(doc, persons, p, NAME_SEP, "fullmatch")
    if run is not None:
        first = persons[run[0]]
    m = object_of.search(text, max(0, first.start - 30), first.start)
    if m is None:
        return None
    o, t = title_ending_at(text, m.start(), orgs, title_end)
    if t is None and o is not None:  # "Trưởng phòng Tư pháp …": the body opens in the title
        t = next((x for x in title_end.values() if x.start < o.start < x.end < o.end), None)
    if t is None or fold(t.name) in not_posts:
        return None
    act = before_title.search(text, max(0, t.start - 48), t.start)
    if act is None or is_asked_to_consider(text, act.start()):
        return None
    if any(t.start < q.start < first.start for q in persons):
        return None  # another person between the post and the name: not this one's
    return t, o


#: "ông A được Quốc hội phê chuẩn bổ nhiệm …", "bà B được giao quyền …": the approving or
#: acting form of an appointment, the approving body named or not (up to six words: "Ủy ban
#: Thường vụ Quốc hội"), no post noun needed
_APPROVED = re.compile(
    rf"[ \t]+(?:đã[ \t]+)?được[ \t]+(?:[{UPPER}][\w]*(?:[ \t]+[\w]+){{0,5}}?[ \t]+)?"
    r"(?:phê chuẩn(?:[ \t]+việc)?[ \t]+(?:bổ nhiệm|bầu)[ \t]+"
    r"(?:(?:giữ[ \t]+)?(?:chức vụ|chức danh|chức)[ \t]+|làm[ \t]+)?"
    r"|giao[ \t]+(?=quyền[ \t]))"
)


def _post_after(
    doc: Doc, p: Span, title_at: dict[int, Span], orgs: list[Span]
) -> tuple[Span, Span | None] | None:
    """``ông A được bổ nhiệm chức vụ Giám đốc Sở X``, ``cho ông B thôi chức Chánh án …``: the
    title after the name, the decision's verb and a post noun."""
    _, _, after_name, not_posts = _patterns()
    text = doc.text
    m = after_name.match(text, p.end) or _APPROVED.match(text, p.end)
    if m is None:
        return None
    t = title_at.get(m.end())
    if t is None or fold(t.name) in not_posts:
        return None
    return t, org_after_title(text, t, orgs)


#: "… đến (nhận) công tác tại " / "về công tác tại ": the workplace a transfer sends one to
_TO_WORKPLACE = re.compile(r"(?<![\w])(?:đến|về)[ \t]+(?:nhận[ \t]+)?công tác tại[ \t]+")
#: between the workplace and the post given there: "và bổ nhiệm giữ chức", ", bổ nhiệm làm"
_GIVEN_THERE = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]+và[ \t]+)(?:được[ \t]+)?bổ nhiệm[ \t]+"
    r"(?:(?:giữ[ \t]+)?(?:chức vụ|chức danh|chức)[ \t]+|làm[ \t]+)?"
)
#: the workplace's head noun written bare after the post ("Phó Giám đốc Sở"): the same body
_BARE_HEAD = re.compile(rf"[ \t]+(?P<head>[{UPPER}][\wđ]*)(?=[ \t]*(?:[,.;)]|$))")


def _post_at_workplace(
    doc: Doc, p: Span, title_at: dict[int, Span], orgs: list[Span], persons: list[Span]
) -> tuple[Span, Span | None] | None:
    """``điều động ông A, … đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ chức Phó Giám
    đốc``: the bare post given at the workplace a transfer names, in ``p``'s sentence with no
    other person between."""
    text = doc.text
    # "công tác tại" opens every match: only its first occurrence after the name is tried
    # (read once per page, so that a long sentence of names costs linear time)
    found = offsets(doc, "công tác tại")
    at = bisect_left(found, p.end)
    if at == len(found) or found[at] >= doc.sentence_of(p.start).end:
        return None
    m = _TO_WORKPLACE.search(text, max(p.end, found[at] - 12), found[at] + 16)
    if m is None or any(p.end <= q.start < m.start() for q in persons):
        return None
    o = next((x for x in orgs if x.start == m.end()), None)
    if o is None:
        return None
    given = _GIVEN_THERE.match(text, o.end)
    t = title_at.get(given.end()) if given is not None else None
    if t is None or org_after_title(text, t, orgs) is not None:
        return None  # a post with its own body is read where it is written
    bare = _BARE_HEAD.match(text, t.end)
    if bare is not None and not o.name.startswith(bare.group("head") + " "):
        return None  # "… giữ chức Phó Giám đốc Sở" of another head than the workplace's
    return t, o
