"""Run a prefix of the recognizer pipeline on a bare Doc (recognizer tests)."""

from __future__ import annotations

from justicekg.extract.doc import Doc
from justicekg.extract.pipeline import DEFAULT_PIPELINE
from justicekg.extract.recognizers import base
from justicekg.text.normalize import normalize


def run_until(text: str, last: str, *, published: str | None = None) -> Doc:
    """A Doc after running every recognizer up to and including ``last``."""
    doc = Doc(normalize(text), published=published)
    for name in DEFAULT_PIPELINE:
        doc = base.get(name)(doc)
        if name == last:
            break
    return doc


def names(doc: Doc, label: str) -> list[str]:
    """Canonical names of the spans with ``label``, in text order, without repeats."""
    out: list[str] = []
    for span in doc.by_label(label):
        if span.name not in out:
            out.append(span.name)
    return out
