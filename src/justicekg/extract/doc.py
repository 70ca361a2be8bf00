"""Doc and Span: the shared annotation type every recognizer reads and writes."""

from __future__ import annotations

from bisect import bisect_left, insort, insort_right
from dataclasses import dataclass, field
from typing import Any

from justicekg.text.segment import Segment, paragraphs, sentences

__all__ = ["Doc", "Span"]


@dataclass(slots=True)
class Span:
    """A recognized piece of the text.

    ``label`` is the recognizer's label (``person``, ``org``, ``province``, ``title`` …),
    ``name`` the canonical name the span resolves to, ``rule`` what fired, ``data`` extra
    attributes (organization kind, date ISO value …).
    """

    start: int
    end: int
    label: str
    name: str
    rule: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Doc:
    """Normalized article text, its segmentation and the spans found so far.

    >>> d = Doc("Ông Lê Văn A. Bà Trần Thị B.")
    >>> [d.text[s.start:s.end] for s in d.sentences]
    ['Ông Lê Văn A.', 'Bà Trần Thị B.']
    """

    text: str
    published: str | None = None
    title: str | None = None
    spans: list[Span] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    #: article-level facts recognizers share: main province, body range, byline …
    meta: dict[str, Any] = field(default_factory=dict)
    _index: _SpanIndex | None = field(default=None, init=False, repr=False, compare=False)
    #: scans of the (fixed) text shared by the rules that ask for them (:mod:`.scan`)
    _scans: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = sentences(self.text)
        if not self.paragraphs:
            self.paragraphs = paragraphs(self.text)

    def add(self, span: Span) -> Span:
        """Add a span and return it."""
        self.spans.append(span)
        return span

    def by_label(self, label: str) -> list[Span]:
        """Spans with ``label``, in text order (by start; spans that start together in the
        order they were added), as a new list.

        Read from the index :meth:`covered` reads, which sorts each span in once as it is
        added, not at every call.

        >>> d = Doc("Sở Tư pháp tỉnh Nghệ An")
        >>> _ = d.add(Span(16, 23, "province", "Nghệ An")), d.add(Span(0, 23, "org", "Sở"))
        >>> _ = d.add(Span(0, 10, "org", "Sở Tư pháp"))
        >>> [s.name for s in d.by_label("org")]
        ['Sở', 'Sở Tư pháp']
        """
        return list(self._current_index().spans.get(label, ()))

    def sentence_of(self, pos: int) -> Segment:
        """The sentence containing offset ``pos`` (or the nearest one before it)."""
        lo, hi = 0, len(self.sentences) - 1
        best = self.sentences[0] if self.sentences else Segment(0, len(self.text))
        while lo <= hi:
            mid = (lo + hi) // 2
            seg = self.sentences[mid]
            if seg.start <= pos:
                best = seg
                lo = mid + 1
            else:
                hi = mid - 1
        return best

    def covered(self, start: int, end: int, labels: tuple[str, ...]) -> bool:
        """True when ``[start, end)`` overlaps a span with one of ``labels``.

        Answered from an index of the spans by label and start, kept up to date as spans are
        appended (a new ``spans`` list, or a shorter one, rebuilds it): the cost depends on
        the spans near ``[start, end)``, not on the length of the article.

        >>> d = Doc("Sở Tư pháp tỉnh Nghệ An")
        >>> _ = d.add(Span(16, 23, "province", "Nghệ An"))
        >>> d.covered(0, 17, ("province",)), d.covered(0, 16, ("province",))
        (True, False)
        """
        index = self._current_index()
        for label in labels:  # (a loop, not any() over a generator: called very often)
            if index.overlaps(label, start, end):
                return True
        return False

    def _current_index(self) -> _SpanIndex:
        """The index of the spans, brought up to date (a new ``spans`` list, or one that lost
        spans, rebuilds it)."""
        index = self._index
        spans = self.spans
        if index is not None and index.source is spans and index.count == len(spans):
            if not spans or spans[-1] is index.last:  # nothing added since: the usual case
                return index
        if index is None or not index.reads(spans):
            index = self._index = _SpanIndex(spans)
        index.catch_up()
        return index


class _SpanIndex:
    """Spans of one list, by label, sorted by start, with the longest span's length per label;
    and the spans themselves by label, in the order :meth:`Doc.by_label` gives.

    A span overlapping ``[start, end)`` starts before ``end`` and, being at most ``longest``
    long, after ``start - longest``: only the spans starting in that window are looked at.
    Spans are only ever appended to a Doc's list (or the list is replaced), so the index reads
    the spans added since its last use.
    """

    __slots__ = ("by_label", "count", "last", "longest", "source", "spans")

    def __init__(self, source: list[Span]) -> None:
        self.source = source
        self.count = 0
        self.last: Span | None = None
        self.by_label: dict[str, list[tuple[int, int]]] = {}
        self.longest: dict[str, int] = {}
        self.spans: dict[str, list[Span]] = {}

    def reads(self, source: list[Span]) -> bool:
        """True when ``source`` is the list read so far, only appended to since."""
        if source is not self.source or self.count > len(source):
            return False
        return self.count == 0 or source[self.count - 1] is self.last

    def catch_up(self) -> None:
        if self.count == 0 and len(self.source) > 8:
            self._build()
            return
        for span in self.source[self.count :]:
            insort(self.by_label.setdefault(span.label, []), (span.start, span.end))
            self.longest[span.label] = max(self.longest.get(span.label, 0), span.end - span.start)
            # after the spans that start at the same place: the order they were added in
            insort_right(self.spans.setdefault(span.label, []), span, key=_start)
        self.count = len(self.source)
        self.last = self.source[-1] if self.source else None

    def _build(self) -> None:
        """Read the whole list at once (a new list, as after a recognizer filtered the
        spans): one stable sort per label, the same lists as adding the spans one by one
        (ties by start in the order the spans were added; ``(start, end)`` pairs sorted)."""
        grouped: dict[str, list[Span]] = {}
        for span in self.source:
            grouped.setdefault(span.label, []).append(span)
        for label, spans in grouped.items():
            ordered = sorted(spans, key=_start)
            self.spans[label] = ordered
            self.by_label[label] = sorted([(s.start, s.end) for s in ordered])
            self.longest[label] = max([0, *(s.end - s.start for s in ordered)])
        self.count = len(self.source)
        self.last = self.source[-1]

    def overlaps(self, label: str, start: int, end: int) -> bool:
        spans = self.by_label.get(label)
        if not spans:
            return False
        first = bisect_left(spans, (start - self.longest[label], -1))
        last = bisect_left(spans, (end, -1))
        for i in range(first, last):
            if start < spans[i][1]:
                return True
        return False


def _start(span: Span) -> int:
    return span.start
