"""What an ingest did: the articles stored, the triples written, the files rejected and why.

:func:`justicekg.pipeline.ingest_paths` fills an :class:`IngestSummary`; its
:meth:`~IngestSummary.text` is what ``justicekg ingest`` prints and ``serve`` logs, in the
reader's language.
"""

from __future__ import annotations

__all__ = ["IngestSummary", "Rejected", "first_lines"]

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from justicekg import catalogue

if TYPE_CHECKING:
    from justicekg.gate import LeftOut
    from justicekg.validate import ValidationReport


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file that was not stored, and why."""

    source: str
    reason: str
    #: ``input`` (unreadable file), ``validation`` (SHACL violations) or ``mapping``
    kind: str
    validation: ValidationReport | None = None

    def reason_in(self, lang: str) -> str:
        """Why, in ``lang``: a validation report's first lines (the shapes' messages in
        ``lang``), a catalogue message in ``lang``, else ``reason`` as it is."""
        if self.validation is not None:
            return first_lines(self.validation.text_in(lang))
        return catalogue.render(self.reason, lang)


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did: articles stored, triples written, files rejected."""

    stored: list[str] = field(default_factory=list)
    triples: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)
    #: (file, what the SHACL gate left out of its graph): the rest of the article is stored
    left_out: list[tuple[str, LeftOut]] = field(default_factory=list)
    #: (file, message): stored, but worth a look (the same text already stored under another id)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return len(self.stored)

    def text(self, lang: str = catalogue.DEFAULT) -> str:
        """What the ingest did, in ``lang`` (Vietnamese by default), one line per file noted."""

        def tr(key: str, /, **values: object) -> str:
            return catalogue.gettext(key, lang, **values)

        head = tr(
            "ingest_summary",
            articles=self.articles,
            triples=self.triples,
            rejected=len(self.rejected),
        )
        if self.left_out:
            head += tr("ingest_summary_left_out", n=len(self.left_out))
        lines = [head]
        lines += ["  " + tr("ingest_forced", name=name) for name in self.forced]
        lines += [
            "  " + tr("ingest_left_out", source=source, line=item.line(lang))
            for source, item in self.left_out
        ]
        lines += [
            "  " + tr("ingest_warning", source=source, message=catalogue.render(message, lang))
            for source, message in self.warnings
        ]
        lines += [
            "  " + tr("ingest_rejected", source=r.source, reason=r.reason_in(lang))
            for r in self.rejected
        ]
        return "\n".join(lines)


def first_lines(text: str, n: int = 6) -> str:
    """The first ``n`` non-blank lines of ``text`` on one line, and how many more."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    more = f" … (+{len(lines) - n} lines)" if len(lines) > n else ""
    return "; ".join(lines[:n]) + more
