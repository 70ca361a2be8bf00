"""Doc.by_label reads the span index: the same answer as sorting the spans each time, kept up
to date as spans are added or the list replaced."""

from __future__ import annotations

import random

from justicekg.extract.doc import Doc, Span


def _sorted(doc: Doc, label: str) -> list[Span]:
    return sorted((s for s in doc.spans if s.label == label), key=lambda s: s.start)


def test_by_label_matches_a_fresh_sort_as_spans_arrive() -> None:
    rng = random.Random(7)
    doc = Doc("x" * 500)
    for n in range(300):
        start = rng.randrange(0, 400)
        doc.add(Span(start, start + rng.randrange(1, 50), rng.choice("abc"), f"s{n}"))
        if n % 17 == 0:
            for label in "abc":
                assert doc.by_label(label) == _sorted(doc, label)
                assert [id(s) for s in doc.by_label(label)] == [id(s) for s in _sorted(doc, label)]


def test_a_replaced_or_shortened_list_is_read_anew() -> None:
    doc = Doc("Sở Tư pháp tỉnh Nghệ An")
    doc.add(Span(16, 23, "province", "Nghệ An"))
    doc.add(Span(0, 10, "org", "Sở Tư pháp"))
    assert [s.name for s in doc.by_label("org")] == ["Sở Tư pháp"]
    doc.spans = [s for s in doc.spans if s.label != "org"]
    assert doc.by_label("org") == []
    doc.spans.append(Span(0, 23, "org", "Sở Tư pháp tỉnh Nghệ An"))
    assert [s.name for s in doc.by_label("org")] == ["Sở Tư pháp tỉnh Nghệ An"]
    doc.spans.pop()
    doc.spans.append(Span(3, 10, "org", "Tư pháp"))  # as long as before, another last span
    assert [s.name for s in doc.by_label("org")] == ["Tư pháp"]


def test_the_list_given_is_the_callers() -> None:
    doc = Doc("Nghệ An")
    doc.add(Span(0, 7, "province", "Nghệ An"))
    doc.by_label("province").clear()
    assert len(doc.by_label("province")) == 1
