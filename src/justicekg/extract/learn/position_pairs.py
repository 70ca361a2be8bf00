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
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_bodies import CITED_BEFORE
from justicekg.extract.position_details import named_in_full
from justicekg.extract.title_orgs import org_after_title, resolve_title_org
from justicekg.text.normalize import fold

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
    """The folded words of ``text[lo:hi]``, a person's name standing as one word ``PER`` (the
    model learns words around titles, never names)."""
    parts = []
    at = lo
    for q in persons.within(lo - 60, hi):
        if q.end <= at:
            continue
        parts.append(text[at : max(at, q.start)])
        parts.append(" PER ")
        at = max(at, q.end)
    parts.append(text[at:hi])
    return [w if w == "PER" else _fold_word(w) for w in _WORD.findall("".join(parts))]


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> str:
    return fold(word)


def candidates(doc: Doc, keep: Callable[[Span], bool] | None = None) -> list[Candidate]:
    """Every (person mention, title span, organization reading) within :data:`WINDOW`.

    Args:
        doc: a document the recognizers have annotated.
        keep: read only the title spans it accepts (all when ``None``).
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
    sorted_persons = _Sorted(persons)
    context = (sorted_persons, _Sorted(titles), _Sorted(orgs))
    for t in wanted:
        readings = _readings(doc, t, orgs)
        after = org_after_title(text, t, orgs)
        t_end = after.end if after is not None else t.end
        near = sorted_persons.within(t.start - WINDOW - 80, t_end + WINDOW + 1)
        near = [
            p
            for p in near
            if (p.start >= t_end and p.start - t_end <= WINDOW)
            or (p.end <= t.start and t.start - p.end <= WINDOW)
        ]
        own: dict[str, dict[str, float]] = {}
        for p in near:
            base = _pair_features(doc, t, t_end, p, *context, own)
            for org, sources in readings.items():
                feats = dict(base)
                feats.update(_org_features(t, org, sources, after is not None))
                written = str(t.data.get("written") or t.name)
                out.append(Candidate(p.name, written, org, t, p, feats))
    return out


def _readings(doc: Doc, t: Span, orgs: list[Span]) -> dict[str | None, set[str]]:
    """Organization readings of a title, each with where it came from."""
    out: dict[str | None, set[str]] = {}
    after = org_after_title(doc.text, t, orgs)
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


def _pair_features(
    doc: Doc,
    t: Span,
    t_end: int,
    p: Span,
    persons: _Sorted,
    titles: _Sorted,
    orgs: _Sorted,
    own: dict[str, dict[str, float]],
) -> dict[str, float]:
    """The pairing's features; ``own`` keeps the title's own by side (filled here)."""
    text = doc.text
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
    if re.search(r"(?<!\w)và(?!\w)", gap):
        f[f"{side}|sep_va"] = 1.0
    words = _words(text, lo, hi, persons)
    f[f"{side}|nwords={_bucket(len(words), (0, 1, 3, 6, 12))}"] = 1.0
    for w in words[:3]:
        f[f"{side}|w_first={w}"] = 1.0
    for w in words[-3:]:
        f[f"{side}|w_last={w}"] = 1.0
    if _HONORIFIC.match(gap):
        f[f"{side}|adjacent"] = 1.0
    stripped = gap.strip()
    if stripped:
        f[f"{side}|gap_first_char={stripped[0]}"] = 1.0
        f[f"{side}|gap_last_char={stripped[-1]}"] = 1.0
    # other persons and titles between the two
    between_p = len(persons.within(lo, hi))
    between_t = sum(1 for x in titles.within(lo, hi) if x is not t)
    between_o = len(orgs.within(lo, hi))
    pb, tb = _bucket(between_p, (0, 1, 2)), _bucket(between_t, (0, 1, 2, 4))
    f[f"{side}|persons_between={pb}"] = 1.0
    f[f"{side}|titles_between={tb}"] = 1.0
    f[f"{side}|orgs_between={_bucket(between_o, (0, 1, 3))}"] = 1.0
    f[f"{side}|pb={pb}|tb={tb}"] = 1.0
    # the nearest person on the name's side of the title: the one a title usually belongs to
    nearest = persons.first_from(t_end) if left else persons.last_before(t.start)
    if nearest is p:
        f[f"{side}|nearest_person"] = 1.0
    # a person right after the title (and its body) holds it in "Title Org Name" layouts
    after_t = persons.first_from(t_end)
    if after_t is not None and _HONORIFIC.match(text[t_end : after_t.start]):
        f[f"{side}|title_then_{'this' if after_t is p else 'other'}_person"] = 1.0
    before_t = persons.last_before(t.start)
    if before_t is not None:
        sep = text[before_t.end : t.start]
        if len(sep) <= 4 and sep.strip() in (",", "-", "–", "(", ":", ""):
            who = "this" if before_t is p else "other"
            f[f"{side}|person_then_title_{who}|sep={sep.strip() or 'space'}"] = 1.0
    if side not in own:
        own[side] = _title_features(doc, t, t_end, side, persons)
    f.update(own[side])
    f[f"person_rule={p.rule}"] = 1.0
    # layout: a list item, a line of its own, the sentence's crowd
    line_start = text.rfind("\n", 0, p.start) + 1
    if _LIST_ITEM.match(text, line_start):
        f["person_list_item"] = 1.0
    sent = doc.sentence_of(p.start)
    same = doc.sentence_of(t.start) is sent or doc.sentence_of(t.start) == sent
    f[f"{side}|same_sentence={int(same)}"] = 1.0
    crowd = len(persons.within(sent.start, sent.end))
    f[f"{side}|persons_in_sentence={_bucket(crowd, (1, 2, 4))}"] = 1.0
    first = min(t.start, p.start)
    before = _words(text, max(0, first - 20), first, persons)
    if before:
        f[f"word_before={before[-1]}"] = 1.0
    return f


def _title_features(doc: Doc, t: Span, t_end: int, side: str, persons: _Sorted) -> dict[str, float]:
    """The title's own shape and surroundings, the same for every name paired with it on
    ``side`` (:func:`candidates` reads them once per title and side)."""
    text = doc.text
    head = _fold_word(str(t.data.get("head") or ""))
    f = {f"head={head}": 1.0, f"{side}|head={head}": 1.0}
    first_word = _fold_word(t.name.split()[0]) if t.name.split() else ""
    f[f"title_first={first_word}"] = 1.0
    if text[t.start : t.start + 1].islower():
        f[f"{side}|title_lower"] = 1.0
    f[f"title_rule={t.rule}"] = 1.0
    prev = _words(text, max(0, t.start - 30), t.start, persons)
    if prev:
        f[f"{side}|title_prev={prev[-1]}"] = 1.0
    for w in prev[-4:]:
        if w in _PLURAL:
            f["plural_before_title"] = 1.0
    nxt = _words(text, t_end, t_end + 12, persons)
    if nxt:
        f[f"{side}|title_next={nxt[0]}"] = 1.0
    return f
