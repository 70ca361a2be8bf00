"""Doc and Span: the shared annotation type every recognizer reads and writes."""

from __future__ import annotations

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
        """Spans with ``label``, in text order."""
        return sorted((s for s in self.spans if s.label == label), key=lambda s: s.start)

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
        """True when ``[start, end)`` overlaps a span with one of ``labels``."""
        return any(s.label in labels and s.start < end and start < s.end for s in self.spans)
