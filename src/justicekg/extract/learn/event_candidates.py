"""Candidate events for the learned event model: every dated sentence of an article's body.

A candidate is one date written in the body (``Sáng 14/12``, ``ngày 9.1.2024``, a range, a
month) with its sentence. Its features describe the task, not the rules' decision: the words
around the date and in its sentence, the event cue words of ``data/gazetteers/event_cues.tsv``
(by kind), plan and document words, the date's form (with or without a year, a range, a month,
in parentheses, after the page's date, years before it), where the sentence stands (first
line, first sentences, a photo caption) and how many dated sentences the page has.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.event_days import is_caption
from justicekg.extract.recognizers.event_kinds import classify
from justicekg.text.normalize import fold

__all__ = ["Candidate", "candidates", "cue_features", "mask_persons", "reported_date", "words"]

_WORD = re.compile(r"\w+")
_PLAN = re.compile(r"(?<![\w])(?:sẽ|dự kiến|kế hoạch|sắp|chuẩn bị|đề nghị|yêu cầu)(?![\w])", re.I)
_DONE = re.compile(r"(?<![\w])(?:đã|vừa|vừa qua|mới đây)(?![\w])", re.IGNORECASE)
_DOCUMENT = re.compile(
    r"(?<![\w])(?:quyết định|công văn|kế hoạch|thông báo|nghị định|nghị quyết|thông tư|"
    r"chỉ thị|văn bản|luật|số)(?![\w])",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(r"(?<![\w])(?:sáng|chiều|tối|trưa)\s+(?:ngày\s*)?$", re.IGNORECASE)
_HOLDS = re.compile(
    r"(?<![\w])(?:tổ chức|diễn ra|khai mạc|chủ trì|tham dự|dự|làm việc|tiến hành)(?![\w])",
    re.IGNORECASE,
)
_ISSUES = re.compile(
    r"(?<![\w])(?:ban hành|ký ban hành|phê duyệt|thành lập|phát động)(?![\w])", re.I
)
_OF = re.compile(r"\s*của\s")
_RANGE_WORDS = re.compile(r"(?<![\w])(?:từ|đến|trong|giai đoạn|năm)\s*(?:ngày\s*)?$", re.I)


@dataclass(slots=True)
class Candidate:
    """One date in the body with its sentence and features."""

    date: str | None  # the date an event on it would be reported with (None: year unknown)
    start: int  # the date's offset
    sentence: tuple[int, int]
    features: dict[str, float] = field(default_factory=dict)
    kind: str = "other"  # the kind its sentence's cue words give


def reported_date(name: str) -> str | None:
    """The report's date for a date span's value: a day without a certain year is ``None``.

    >>> reported_date("2024-01-15"), reported_date("--01-15"), reported_date("2023-09")
    ('2024-01-15', None, '2023-09')
    """
    return None if not name or name.startswith("-") else name


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case, numbers left out.

    >>> words("Ngày 12/3, Sở họp")
    ['ngày', 'sở', 'họp']
    """
    return list(_words(text))


@lru_cache(maxsize=16)  # (a sentence is read for its date, then again as an event's evidence)
def _words(text: str) -> tuple[str, ...]:
    return tuple([w.lower() for w in _WORD.findall(text) if not w.isdigit()])


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def candidates(
    doc: Doc,
    only: Collection[str | None] | None = None,
    *,
    kinds: bool = True,
    masked: str | None = None,
) -> list[Candidate]:
    """The dated sentences of the body of ``doc`` (after the ``dates`` recognizer ran): only
    those whose date is in ``only`` when given, each without its kind (``"other"``) when
    ``kinds`` is false (both only save time); ``masked``: :func:`mask_persons` of ``doc``
    when the caller has it."""
    text = doc.text
    body_start = doc.meta.get("body_start", 0)
    body_end = doc.meta.get("body_end", len(text))
    published = doc.published or doc.meta.get("dateline")
    dates = [
        d
        for d in doc.by_label("date")
        if body_start <= d.start < body_end and not doc.covered(d.start, d.end, ("dateline",))
    ]
    sentence_index = {s.start: i for i, s in enumerate(doc.sentences)}
    body_sentences = [s for s in doc.sentences if body_start <= s.start < body_end]
    first_body = sentence_index.get(body_sentences[0].start, 0) if body_sentences else 0
    dated_sentences = {doc.sentence_of(d.start).start for d in dates}
    by_date = Counter(reported_date(d.name) for d in dates)
    days = sorted({d.name for d in dates if reported_date(d.name)})
    first_line_end = text.find("\n")
    masked = mask_persons(doc) if masked is None else masked
    persons = doc.by_label("person")
    orgs = doc.by_label("org")
    most = max((n for day, n in by_date.items() if day), default=0)
    common: dict[str, float] = {
        "doc:dated_sentences=" + _bucket(len(dated_sentences), (0, 1, 2, 4, 8)): 1.0,
        "doc:published": 1.0 if published else 0.0,
    }
    out = []
    for rank, d in enumerate(dates):
        if only is not None and reported_date(d.name) not in only:
            continue
        sent = doc.sentence_of(d.start)
        stext = text[sent.start : sent.end]
        f = dict(common)
        f.update(_date_form(d, published))
        f.update(_context(masked, d, sent.start, sent.end))
        f.update(cue_features(stext))
        idx = sentence_index.get(sent.start, 0) - first_body
        f["pos:sentence=" + _bucket(idx, (0, 1, 2, 4, 8))] = 1.0
        f["pos:rank=" + _bucket(rank, (0, 1, 3))] = 1.0
        if first_line_end == -1 or d.start < first_line_end:
            f["pos:first_line"] = 1.0
        people = sum(1 for p in persons if sent.start <= p.start < sent.end)
        f["s:persons=" + _bucket(people, (0, 1, 3))] = 1.0
        if any(sent.start <= o.start < d.start for o in orgs) or any(
            d.end <= o.start < sent.end for o in orgs
        ):
            f["s:names_body"] = 1.0
        if is_caption(stext):
            f["pos:caption"] = 1.0
        if d.start - sent.start < 25:
            f["pos:opens_sentence"] = 1.0
        name = reported_date(d.name)
        if name and by_date[name] == most:
            f["date:most_mentioned"] = 1.0
        if name and days and name == days[-1]:
            f["date:latest"] = 1.0
        if name and days and name == days[0]:
            f["date:earliest"] = 1.0
        f["date:repeated=" + _bucket(by_date[name], (1, 2))] = 1.0
        kind = classify(stext, doc.title) if kinds else "other"  # an event here would take
        out.append(Candidate(name, d.start, (sent.start, sent.end), f, kind))
    return out


def mask_persons(doc: Doc) -> str:
    """The text with every person's name replaced by ``PER`` (same length, offsets kept): the
    model's word features never hold a person's name.

    >>> d = Doc("Ông Lê Văn An dự.")
    >>> _ = d.add(Span(4, 13, "person", "Lê Văn An"))
    >>> mask_persons(d)
    'Ông PER       dự.'
    """
    text = doc.text
    persons = [p for p in doc.by_label("person") if p.end - p.start >= 3]
    parts: list[str] = []
    at = 0
    for p in persons:  # (in text order: the pieces between the names, each name masked)
        if p.start < at:  # names that overlap: each masked over the one before, as written
            chars = list(text)
            for q in persons:
                chars[q.start : q.end] = "PER".ljust(q.end - q.start)
            return "".join(chars)
        parts += (text[at : p.start], "PER".ljust(p.end - p.start))
        at = p.end
    parts.append(text[at:])
    return "".join(parts)


def _date_form(d: Span, published: str | None) -> dict[str, float]:
    name = d.name
    f: dict[str, float] = {}
    if name.startswith("-"):
        f["form:no_year"] = 1.0
    elif len(name) == 7:
        f["form:month"] = 1.0
    elif len(name) == 4:
        f["form:year"] = 1.0
    else:
        f["form:day"] = 1.0
    if d.data.get("inferred"):
        f["form:inferred_year"] = 1.0
    if d.data.get("range"):
        f["form:range"] = 1.0
    if published and not name.startswith("-"):
        if name[: len(published)] > published[: len(name)]:
            f["date:after_published"] = 1.0
        years = int(published[:4]) - int(name[:4])
        f["date:years_before=" + _bucket(years, (-1, 0, 1, 3))] = 1.0
        if name[:7] == published[:7]:
            f["date:same_month"] = 1.0
        try:
            days = (date.fromisoformat(published[:10]) - date.fromisoformat(name)).days
            f["date:days_before=" + _bucket(days, (-1, 0, 2, 7, 31, 365))] = 1.0
        except ValueError:
            pass
        if name == published:
            f["date:published_day"] = 1.0
    return f


def _context(text: str, d: Span, s0: int, s1: int) -> dict[str, float]:
    before = text[max(s0, d.start - 60) : d.start]
    after = text[d.end : min(s1, d.end + 80)]
    stext = text[s0:s1]
    f: dict[str, float] = {}
    for w in words(before)[-4:]:
        f["b:" + w] = 1.0
    for w in words(after)[:6]:
        f["a:" + w] = 1.0
    sentence_words = words(stext)
    for w in dict.fromkeys(sentence_words):  # (not a set: the same order whatever the hash seed)
        f["w:" + w] = 0.5
    for a, b in itertools.pairwise(sentence_words):
        f["w2:" + a + "_" + b] = 0.5
    f["s:len=" + _bucket(len(sentence_words), (8, 20, 40, 80))] = 1.0
    if text[max(s0, d.start - 2) : d.start].rstrip().endswith("("):
        f["ctx:in_parens"] = 1.0
    if _TIME_OF_DAY.search(before):
        f["ctx:time_of_day"] = 1.0
    if _DOCUMENT.search(text, max(s0, d.start - 40), d.start):
        f["ctx:document_before"] = 1.0
    if _RANGE_WORDS.search(before):
        f["ctx:period_word"] = 1.0
    if _PLAN.search(stext):
        f["s:plan"] = 1.0
    if _DONE.search(stext):
        f["s:done"] = 1.0
    if _HOLDS.search(stext):
        f["s:holds"] = 1.0
    if _ISSUES.search(stext):
        f["s:issues"] = 1.0
    if _OF.match(after):
        f["ctx:of_issuer"] = 1.0
    return f


def cue_features(stext: str) -> dict[str, float]:
    """The cue-word features of a sentence (kinds of the event cues in it, strong ones,
    an anniversary), computed once per sentence text."""
    return dict(_cue_features(stext))


@lru_cache(maxsize=8)  # within one page (its title, a sentence read twice)
def _cue_features(stext: str) -> tuple[tuple[str, float], ...]:
    f: dict[str, float] = {}
    folded = fold(stext)
    for cue, kind, prio in lexicon().cues_in(stext):  # the cues that may match, same result
        if cue.search(stext):
            f["cue:" + kind] = 1.0
            if prio < 12:
                f["cue:strong"] = 1.0
    if "ky niem" in folded:
        f["cue:anniversary"] = 1.0
    return tuple(f.items())
