"""Candidate positions: every person mention paired with every title phrase near it.

A candidate is one reading ``(person, title, organization)`` of a title span next to a person
mention: the title on either side of the name, within a window, across list separators, with
each organization reading the title allows (the body written right after it, the one its head
noun implies from context, or none). Its features describe the
pairing, not the rules' decision: distance, the separators and words between, whether another
person or title intervenes, which side, the title's head noun, whether a body follows the
title, and the line layout. :mod:`.positions` learns from the gold which pairings hold.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from functools import lru_cache

from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_bodies import CITED_BEFORE
from justicekg.extract.position_details import named_in_full
from justicekg.extract.title_orgs import org_after_title, resolve_title_org
from justicekg.text.normalize import fold
from justicekg.text.segment import Segment

#: the widest gap (characters) between a title and a name that still makes a candidate
WINDOW = 160

_WORD = re.compile(r"\w+")
_SEPARATORS = (
    ("comma", ","),
    ("semi", ";"),
    ("colon", ":"),
    ("paren", "("),
    ("close", ")"),
    ("dash", "-"),
    ("ndash", "–"),
    ("line", "\n"),
    ("dot", "."),
)
_AND = re.compile(r"(?<!\w)và(?!\w)")
_HONORIFIC = re.compile(r"^\s*(?:(?:đồng chí|ông|bà|đ/c)\s+)?$", re.IGNORECASE)
#: words that make the role after them a group's, not one person's ("các thành viên là …")
_PLURAL = frozenset({"cac", "nhung", "tap"})
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-+•*]|\d+[.)/])")


@dataclass(slots=True)
class Candidate:
    """One reading of a title next to a person mention, with its features."""

    person: str
    title: str
    org: str | None
    span: Span
    mention: Span
    features: dict[str, float] = field(default_factory=dict)


class _Sorted:
    """Spans sorted by start, looked up by bisection (pages with thousands of names stay fast)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]

    def within(self, lo: int, hi: int) -> list[Span]:
        """The spans that start in ``[lo, hi)``."""
        return self.spans[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def count(self, lo: int, hi: int) -> int:
        """How many spans start in ``[lo, hi)`` (``len(within(lo, hi))``, no list made)."""
        return max(0, bisect_left(self.starts, hi) - bisect_left(self.starts, lo))

    def first_from(self, pos: int) -> Span | None:
        i = bisect_left(self.starts, pos)
        return self.spans[i] if i < len(self.spans) else None

    def last_before(self, pos: int) -> Span | None:
        """The last span that ends at or before ``pos``."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.spans[i].end > pos:
            i -= 1
        return self.spans[i] if i >= 0 else None


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def _words(text: str, lo: int, hi: int, persons: _Sorted) -> list[str]:
    """The words of ``text[lo:hi]`` as written, a person's name standing as one word ``PER``
    (the model learns words around titles, never names); :func:`_folded` folds those read."""
    parts = []
    at = lo
    for q in persons.within(lo - 60, hi):
        if q.end <= at:
            continue
        parts.append(text[at : max(at, q.start)])
        parts.append(" PER ")
        at = max(at, q.end)
    if not parts:  # no name inside: the words of the text itself (no copy of the piece)
        return _WORD.findall(text, lo, hi)
    parts.append(text[at:hi])
    return _WORD.findall("".join(parts))


def _folded(word: str) -> str:
    """A word of :func:`_words` as the features give it: folded, ``PER`` kept."""
    return word if word == "PER" else _fold_word(word)


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> str:
    return fold(word)


def candidates(
    doc: Doc,
    keep: Callable[[Span], bool] | None = None,
    names: Container[str] | None = None,
) -> list[Candidate]:
    """Every (person mention, title span, organization reading) within :data:`WINDOW`.

    Args:
        doc: a document the recognizers have annotated.
        keep: read only the title spans it accepts (all when ``None``).
        names: pair only the person mentions of these names (all when ``None``); the others
            still count as the persons around a pairing.
    """
    text = doc.text
    # bylines and credits hold no post; a historical figure ("Chủ tịch Hồ Chí Minh") none today
    persons = [
        p
        for p in doc.by_label("person")
        if p.rule not in ("byline", "credit") and not p.data.get("historical")
    ]
    titles = doc.by_label("title")
    orgs = doc.by_label("org")
    wanted = [t for t in titles if keep is None or keep(t)]
    if not persons or not wanted:
        return []
    out: list[Candidate] = []
    page = _Page(doc, persons, titles, orgs)
    sorted_persons = page.persons
    for t in wanted:
        after = org_after_title(text, t, orgs)
        t_end = after.end if after is not None else t.end
        near = sorted_persons.within(t.start - WINDOW - 80, t_end + WINDOW + 1)
        near = [
            p
            for p in near
            if (
                (p.start >= t_end and p.start - t_end <= WINDOW)
                or (p.end <= t.start and t.start - p.end <= WINDOW)
            )
            and (names is None or p.name in names)
        ]
        if not near:
            continue
        readings = [
            (org, _org_features(t, org, sources, after is not None))
            for org, sources in _readings(doc, t, orgs, after).items()
        ]
        written = str(t.data.get("written") or t.name)
        title = _Title(page, t, t_end)
        for p in near:
            base = _pair_features(page, t, title, p)
            for org, org_features in readings:
                feats = dict(base)
                feats.update(org_features)
                out.append(Candidate(p.name, written, org, t, p, feats))
    return out


def _readings(
    doc: Doc, t: Span, orgs: list[Span], after: Span | None
) -> dict[str | None, set[str]]:
    """Organization readings of a title, each with where it came from (``after``: the body
    written right after it, :func:`org_after_title`)."""
    out: dict[str | None, set[str]] = {}
    if after is not None:
        out.setdefault(named_in_full(after.name, orgs), set()).add("after")
    else:
        out.setdefault(None, set()).add("null")
        # ("lời dạy của Chủ tịch X": an office cited, not a body of this page)
        if not CITED_BEFORE.search(doc.text, max(0, t.start - 16), t.start):
            resolved = resolve_title_org(doc, t, orgs, t.start)
            if resolved is not None:
                out.setdefault(named_in_full(resolved, orgs), set()).add("context")
    return out


def _org_features(t: Span, org: str | None, sources: set[str], has_after: bool) -> dict[str, float]:
    feats: dict[str, float] = {f"org_src={s}": 1.0 for s in sorted(sources)}
    feats["org_src=" + "+".join(sorted(sources))] = 1.0
    head = str(t.data.get("head") or "")
    if org is None:
        feats["org_null"] = 1.0
        feats[f"org_null|head={_fold_word(head)}"] = 1.0
    else:
        first = _fold_word(org).split()[0] if org.strip() else ""
        feats[f"org_first={first}"] = 1.0
        feats[f"head={_fold_word(head)}|org_first={first}"] = 1.0
        if head and org.startswith(head):
            feats["org_head_match"] = 1.0
        if " tỉnh " in org or " thành phố " in org:
            feats["org_has_province"] = 1.0
    if has_after:
        feats["title_has_org_after"] = 1.0
    return feats


class _Page:
    """A page's spans and what its pairings share, each read once per :func:`candidates`:
    the words of a stretch of text (by its offsets) and each person mention's layout."""

    def __init__(self, doc: Doc, persons: list[Span], titles: list[Span], orgs: list[Span]):
        self.doc = doc
        self.text = doc.text
        self.persons = _Sorted(persons)
        self.titles = _Sorted(titles)
        self.orgs = _Sorted(orgs)
        self._words: dict[tuple[int, int], list[str]] = {}
        self._mentions: dict[int, _Mention] = {}

    def words(self, lo: int, hi: int) -> list[str]:
        """:func:`_words` of ``text[lo:hi]``, unfolded (the same list for the same offsets: not
        to be changed): a pairing folds only the few it reads (:func:`_folded`)."""
        found = self._words.get((lo, hi))
        if found is None:
            found = self._words[(lo, hi)] = _words(self.text, lo, hi, self.persons)
        return found

    def mention(self, p: Span) -> _Mention:
        """The layout of the person mention ``p``."""
        found = self._mentions.get(id(p))
        if found is None:
            line_start = self.text.rfind("\n", 0, p.start) + 1
            sent = self.doc.sentence_of(p.start)
            crowd = self.persons.count(sent.start, sent.end)
            found = self._mentions[id(p)] = _Mention(
                f"person_rule={p.rule}",
                _LIST_ITEM.match(self.text, line_start) is not None,
                sent,
                _bucket(crowd, (1, 2, 4)),
            )
        return found


@dataclass(frozen=True, slots=True)
class _Mention:
    """A person mention's own features: its rule's, whether it opens a list item, its
    sentence and how many persons that sentence names (bucketed)."""

    rule: str
    list_item: bool
    sentence: Segment
    crowd: str


class _Title:
    """What every pairing of one title shares: the persons right before and after it, its
    sentence and its own features by side (:func:`_title_features`, read once a side)."""

    def __init__(self, page: _Page, t: Span, t_end: int) -> None:
        text = page.text
        self.page = page
        self.span = t
        self.end = t_end
        self.sentence = page.doc.sentence_of(t.start)
        # a person right after the title (and its body), with only an honorific between
        self.after = page.persons.first_from(t_end)
        self.after_adjacent = self.after is not None and bool(
            _HONORIFIC.match(text[t_end : self.after.start])
        )
        # a person right before it, and the separator between ("A, Title"), if a short one
        self.before = page.persons.last_before(t.start)
        self.before_sep: str | None = None
        if self.before is not None:
            sep = text[self.before.end : t.start]
            if len(sep) <= 4 and sep.strip() in (",", "-", "–", "(", ":", ""):
                self.before_sep = sep.strip() or "space"
        self._own: dict[str, dict[str, float]] = {}

    def own(self, side: str) -> dict[str, float]:
        found = self._own.get(side)
        if found is None:
            found = self._own[side] = _title_features(self.page, self.span, self.end, side)
        return found


def _pair_features(page: _Page, t: Span, title: _Title, p: Span) -> dict[str, float]:
    """The pairing's features (``title``: what all of ``t``'s pairings share)."""
    text = page.text
    t_end = title.end
    left = t.start < p.start  # the title is written before the name
    lo, hi = (t_end, p.start) if left else (p.end, t.start)
    gap = text[lo:hi] if hi > lo else ""
    side = "L" if left else "R"
    f: dict[str, float] = {"bias_" + side: 1.0}
    f[f"{side}|gap={_bucket(len(gap), (0, 2, 10, 30, 80))}"] = 1.0
    for name, sep in _SEPARATORS:
        n = gap.count(sep)
        if n:
            f[f"{side}|sep_{name}={min(n, 3)}"] = 1.0
    if _AND.search(gap):
        f[f"{side}|sep_va"] = 1.0
    words = page.words(lo, hi)
    f[f"{side}|nwords={_bucket(len(words), (0, 1, 3, 6, 12))}"] = 1.0
    for w in words[:3]:
        f[f"{side}|w_first={_folded(w)}"] = 1.0
    for w in words[-3:]:
        f[f"{side}|w_last={_folded(w)}"] = 1.0
    if _HONORIFIC.match(gap):
        f[f"{side}|adjacent"] = 1.0
    stripped = gap.strip()
    if stripped:
        f[f"{side}|gap_first_char={stripped[0]}"] = 1.0
        f[f"{side}|gap_last_char={stripped[-1]}"] = 1.0
    # other persons and titles between the two
    between_p = page.persons.count(lo, hi)
    between_t = page.titles.count(lo, hi)
    if lo <= t.start < hi:  # (the title itself is not between)
        between_t = sum(1 for x in page.titles.within(lo, hi) if x is not t)
    between_o = page.orgs.count(lo, hi)
    pb, tb = _bucket(between_p, (0, 1, 2)), _bucket(between_t, (0, 1, 2, 4))
    f[f"{side}|persons_between={pb}"] = 1.0
    f[f"{side}|titles_between={tb}"] = 1.0
    f[f"{side}|orgs_between={_bucket(between_o, (0, 1, 3))}"] = 1.0
    f[f"{side}|pb={pb}|tb={tb}"] = 1.0
    # the nearest person on the name's side of the title: the one a title usually belongs to
    nearest = title.after if left else title.before
    if nearest is p:
        f[f"{side}|nearest_person"] = 1.0
    # a person right after the title (and its body) holds it in "Title Org Name" layouts
    if title.after_adjacent:
        f[f"{side}|title_then_{'this' if title.after is p else 'other'}_person"] = 1.0
    if title.before_sep is not None:
        who = "this" if title.before is p else "other"
        f[f"{side}|person_then_title_{who}|sep={title.before_sep}"] = 1.0
    f.update(title.own(side))
    mention = page.mention(p)
    f[mention.rule] = 1.0
    # layout: a list item, a line of its own, the sentence's crowd
    if mention.list_item:
        f["person_list_item"] = 1.0
    sent = mention.sentence
    same = title.sentence is sent or title.sentence == sent
    f[f"{side}|same_sentence={int(same)}"] = 1.0
    f[f"{side}|persons_in_sentence={mention.crowd}"] = 1.0
    first = min(t.start, p.start)
    before = page.words(max(0, first - 20), first)
    if before:
        f[f"word_before={_folded(before[-1])}"] = 1.0
    return f


def _title_features(page: _Page, t: Span, t_end: int, side: str) -> dict[str, float]:
    """The title's own shape and surroundings, the same for every name paired with it on
    ``side`` (:func:`candidates` reads them once per title and side)."""
    text = page.text
    head = _fold_word(str(t.data.get("head") or ""))
    f = {f"head={head}": 1.0, f"{side}|head={head}": 1.0}
    first_word = _fold_word(t.name.split()[0]) if t.name.split() else ""
    f[f"title_first={first_word}"] = 1.0
    if text[t.start : t.start + 1].islower():
        f[f"{side}|title_lower"] = 1.0
    f[f"title_rule={t.rule}"] = 1.0
    prev = page.words(max(0, t.start - 30), t.start)
    if prev:
        f[f"{side}|title_prev={_folded(prev[-1])}"] = 1.0
    for w in prev[-4:]:
        if _folded(w) in _PLURAL:
            f["plural_before_title"] = 1.0
    nxt = page.words(t_end, t_end + 12)
    if nxt:
        f[f"{side}|title_next={_folded(nxt[0])}"] = 1.0
    return f
