"""The heads of a people's jurors' delegation, elected or named in an apposition.

Grammar (people's council and court pages on the jurors' delegation of a term):

- the title: ``Trưởng đoàn``, ``Phó Trưởng đoàn`` (any case: ``Phó trưởng đoàn``), followed by
  its delegation (``Trưởng đoàn Đoàn Hội thẩm TAND tỉnh``, the shared noun ``Trưởng đoàn Hội
  thẩm nhân dân huyện``) or by nothing when the page named the delegation before or names it
  later in the sentence (``bà A làm Trưởng đoàn và ông B làm Phó trưởng đoàn Hội thẩm nhân
  dân``; ``các ông C và D làm Phó trưởng đoàn.``);
- the holders: an election (``bầu ông A làm Trưởng đoàn …``, ``A được bầu giữ chức …``, ``A
  được tín nhiệm bầu giữ cương vị …``) gives the title to every person named between the verb
  (or the clause's start: a ``;``, the previous title) and ``làm``/``giữ``, each person's own
  aside (``ông A - Phó Chủ tịch UBMTTQ tỉnh làm …``) allowed; an apposition (``ông A - Trưởng
  đoàn Hội thẩm …``, ``bà B, Phó Trưởng đoàn …``) gives it to the person right before it;
- the delegation: the one written after the title, else the last named before it, else the
  first named after it in the same sentence (the bodies of :mod:`.recognizers.org_jurors`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_jurors import DELEGATION_RULE

__all__ = ["juror_posts"]

#: the title, its delegation written right after it or shared through "đoàn"
_TITLE = re.compile(
    r"(?<![\w])(?P<t>(?:[Pp]hó[ \t]+)?[Tt]rưởng[ \t]+(?P<d>[Đđ]oàn)"
    r"(?:[ \t]+(?:thường|Thường)[ \t]+trực(?=[ \t]+[Đđ]oàn[ \t]+Hội))?)(?![\w])"
    r"(?P<shared>[ \t]+[Hh]ội[ \t]+thẩm(?:[ \t]+nhân[ \t]+dân)?(?![\w]))?"
)
#: a bare title ends its clause (or joins the next holder's)
_BARE_END = re.compile(r"[ \t]*(?:[,.;:)\n]|và[ \t]|cùng[ \t]|nhiệm[ \t]+kỳ|$)")
#: the words between the holders and an elected title
_ELECTED = re.compile(
    r"(?:(?:được[ \t]+)?(?:tín[ \t]+nhiệm[ \t]+)?(?:bầu[ \t]+)?(?:làm|giữ|là)"
    r"(?:[ \t]+(?:chức[ \t]+vụ|chức[ \t]+danh|chức|cương[ \t]+vị|vị[ \t]+trí))?)[ \t]*\Z"
)
#: an apposition: the holder right before the title
_APPOSED = re.compile(r"[ \t]*(?:,|-|–|—)[ \t]*\Z")
#: a juror's title: not a delegation's (``Đoàn Hội thẩm``, ``Trưởng đoàn Hội thẩm``)
#: (the look-behinds read after the "H": a search looks for it)
_JUROR = re.compile(r"H(?<![\w][\s\S])(?<![Đđ]oàn H)ội[ \t]+thẩm(?:[ \t]+nhân[ \t]+dân)?(?![\w])")
#: the juror apposed to the name before it ("bà A, Hội thẩm …", "ông B - Hội thẩm …")
_APPOSED_BEFORE = re.compile(r"[ \t]*(?:,|-|–)[ \t]*\Z")
#: the name right after the juror's court ("Hội thẩm TAND huyện X bà A")
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:ông|bà|Ông|Bà)[ \t]+)?")
#: where an election clause starts
_VERB = re.compile(r"(?<![\w])bầu(?![\w])")
_CLAUSE_END = re.compile(r";")
#: "được": the plural before it is elected (after it, the electorate of a passive)
_PASSIVE = re.compile(r"(?<![\w])được(?![\w])")
#: a plural subject of the election between the last name and the verb
#: (data/gazetteers/plural_subject_nouns.tsv)
_PLURAL_SUBJECT = gz.LazyPattern(
    lambda: re.compile(
        rf"(?<![\w])(?:các|những)[ \t]+(?:{gz.alternation('plural_subject_nouns')})(?![\w])"
    )
)


def _plural_elected(text: str, start: int, verb: int) -> bool:
    """A plural between ``start`` and the election ``verb`` is the one elected (``các đồng chí
    được bầu``), not the electorate of a passive (``A được các vị đại biểu bầu``)."""
    plural = _PLURAL_SUBJECT.search(text, start, verb)
    return plural is not None and _PASSIVE.search(text, plural.end(), verb) is not None


def _delegation(
    doc: Doc, t_end: int, shared_end: int, d_start: int, bodies: list[Span]
) -> Span | None:
    """The delegation of the title ending at ``t_end`` (its ``đoàn`` at ``d_start``, the
    shared ``Hội thẩm`` after it ending at ``shared_end``)."""
    for b in bodies:
        if b.start in (d_start, *range(t_end, t_end + 3)):
            return b
    if _BARE_END.match(doc.text, shared_end) is None:
        return None  # "Trưởng đoàn công tác", "Trưởng đoàn kiểm tra": another delegation
    before = [b for b in bodies if b.end <= d_start]
    if before:
        return before[-1]
    sent = doc.sentence_of(d_start)
    return next((b for b in bodies if t_end <= b.start < sent.end), None)


def _holders(doc: Doc, t: re.Match[str], floor: int, persons: list[Span]) -> list[Span]:
    """The persons given the title ``t``: elected ones, or the one in apposition."""
    text = doc.text
    sent = doc.sentence_of(t.start())
    start = max(sent.start, floor)
    for m in _CLAUSE_END.finditer(text, start, t.start()):
        start = m.end()
    before = [p for p in persons if start <= p.start and p.end <= t.start()]
    if not before:
        return []
    last = before[-1]
    gap = text[last.end : t.start()]
    if _APPOSED.search(gap) and len(gap) <= 4:
        return [last]
    head = text[start : t.start()]
    if _ELECTED.search(head) is None:
        return []
    verbs = [v.end() + start for v in _VERB.finditer(head)]
    # "bầu ông A làm …": the persons after the verb; "A được bầu làm …": those before it
    after_verb = [p for p in before if verbs and p.start >= verbs[-1]]
    if not after_verb and _plural_elected(text, last.end, verbs[-1] if verbs else t.start()):
        return []  # "A chúc mừng các đồng chí được bầu làm Trưởng đoàn": others, unnamed
    chosen = after_verb or before
    return [p for p in chosen if p.rule != "byline"]


def _jurors(doc: Doc, persons: list[Span]) -> list[tuple[str, tuple[str, str | None, Span]]]:
    """``bà A, Hội thẩm nhân dân TAND huyện X``, ``Hội thẩm TAND tỉnh Y ông B``: a juror of a
    court, in an apposition or right before the name (a plural ``các vị Hội thẩm`` is none)."""
    text = doc.text
    courts = {o.start: o for o in doc.by_label("org") if o.name.startswith("Tòa án")}
    ends = {p.end: p for p in persons}
    starts = {p.start: p for p in persons}
    out: list[tuple[str, tuple[str, str | None, Span]]] = []
    for m in _JUROR.finditer(text):
        court = courts.get(m.end() + 1) or courts.get(m.end())
        title = " ".join(m.group(0).split())
        span = Span(m.start(), m.end(), "title", title, DELEGATION_RULE)
        gap = _APPOSED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        holder = ends.get(gap.start()) if gap is not None else None
        if holder is None and court is not None:
            after = _NAME_AFTER.match(text, court.end)
            holder = starts.get(after.end()) if after is not None else None
        if holder is not None:
            out.append((holder.name, (title, court.name if court else None, span)))
    return out


def juror_posts(doc: Doc) -> list[tuple[str, tuple[str, str | None, Span]]]:
    """(person, (title, body, evidence span)) of each head of a jurors' delegation and of each
    juror named with the court."""
    persons = sorted(doc.by_label("person"), key=lambda p: p.start)
    out = _jurors(doc, persons)
    bodies = [o for o in doc.by_label("org") if o.rule == DELEGATION_RULE]
    if not bodies:
        return out
    starts = [p.start for p in persons]
    floor = 0
    for t in _TITLE.finditer(doc.text):
        body = _delegation(doc, t.end("t"), t.end(), t.start("d"), bodies)
        if body is None:
            floor = t.end()
            continue
        title = " ".join(t.group("t").split())
        span = Span(t.start(), t.end("t"), "title", title, DELEGATION_RULE)
        near = persons[: bisect_right(starts, t.start())]
        for p in _holders(doc, t, floor, near):
            out.append((p.name, (title, body.name, span)))
        # the next clause starts after this title and the delegation written right after it
        floor = body.end if t.start() <= body.start <= t.end() + 2 else t.end()
    return out
