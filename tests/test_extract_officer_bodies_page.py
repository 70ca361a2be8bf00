"""The bodies of bare officer titles, read from one pass over the page.

Invented pages only. :class:`OfficerBodies` looks each title up by bisection; it must answer
what a plain scan of the title's paragraph answers (the rule of
:mod:`justicekg.extract.position_officers`), and the page is read once however many titles
it holds.
"""

from __future__ import annotations

import random

from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_officers import _OFFICERS, OfficerBodies
from justicekg.text.normalize import fold

_BODIES = [
    ("VKSND huyện Gio Linh", "procuracy"),
    ("VKSND tỉnh Quảng Trị", "procuracy"),
    ("TAND huyện Gio Linh", "court"),
    ("Chi cục THADS huyện Gio Linh", "district-enforcement"),
    ("Cục THADS tỉnh Quảng Trị", "provincial-enforcement"),
    ("Sở Tư pháp tỉnh Quảng Trị", "justice-department"),
]
_TITLES = ["Kiểm sát viên", "Thẩm phán", "Chấp hành viên", "Kế toán"]
_GLUE = [" đã dự", ", ", "; ", ": ", " và ", " phối hợp với ", ". ", "\n"]


def _scan(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """The rule read plainly: every paragraph and body looked at for the one title."""
    kinds = _OFFICERS.get(fold(title.name))
    if kinds is None:
        return None
    para = next((p for p in doc.paragraphs if p.start <= title.start < p.end), None)
    if para is None:
        return None
    bodies = [o for o in orgs if para.start <= o.start < para.end and o.data.get("kind") in kinds]
    sent = doc.sentence_of(title.start)
    colon = doc.text.rfind(":", sent.start, title.start)
    if colon >= 0 and ";" in doc.text[colon : sent.end]:
        return None
    same = [o for o in bodies if sent.start <= o.start < title.start]
    after = [o for o in bodies if o.start >= title.end]
    before = [o for o in bodies if o.end <= title.start]
    chosen = same[-1:] or after[:1] or before[-1:]
    return chosen[0].name if chosen else None


def _page(rng: random.Random, pieces: int) -> tuple[Doc, list[Span], list[Span]]:
    """An invented page of bodies and bare titles joined by glue, with their spans."""
    text, orgs, titles = "", [], []
    for _ in range(pieces):
        if rng.random() < 0.5:
            name, kind = rng.choice(_BODIES)
            orgs.append(Span(len(text), len(text) + len(name), "org", name, data={"kind": kind}))
        else:
            name = rng.choice(_TITLES)
            titles.append(Span(len(text), len(text) + len(name), "title", name))
            if rng.random() < 0.3:  # a body whose span runs over the title: not "before" it
                wide, kind = rng.choice(_BODIES)
                back = rng.randint(1, 15)
                orgs.append(
                    Span(max(0, len(text) - back), len(text) + 5, "org", wide, data={"kind": kind})
                )
            name += " Hồ Văn Sáu"
        text += name + rng.choice(_GLUE)
    doc = Doc(text)
    for span in orgs + titles:
        doc.add(span)
    return doc, doc.by_label("org"), titles


def test_the_bisection_answers_what_the_scan_answers() -> None:
    rng = random.Random(7)
    answered = 0
    for _ in range(300):
        doc, orgs, titles = _page(rng, rng.randint(1, 30))
        officers = OfficerBodies(doc, orgs)
        for title in titles:
            expected = _scan(doc, title, orgs)
            assert officers.of(title) == expected, (doc.text, title)
            answered += expected is not None
    assert answered > 100  # the pages do give bodies, not only None


class _Counted(list[Span]):
    """A list that counts the passes over it."""

    passes = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _Counted.passes += 1
        return super().__iter__()


def _passes(titles: int) -> int:
    text = "VKSND huyện Gio Linh tổ chức phiên tòa. " + "Kiểm sát viên Hồ Văn Sáu dự. " * titles
    doc = Doc(text)
    org = Span(0, 20, "org", "VKSND huyện Gio Linh", data={"kind": "procuracy"})
    officers = OfficerBodies(doc, _Counted([org]))
    _Counted.passes = 0
    at = 40
    for _ in range(titles):
        assert officers.of(Span(at, at + 13, "title", "Kiểm sát viên")) == org.name
        at += 29
    return _Counted.passes


def test_the_page_is_read_once_however_many_titles() -> None:
    assert _passes(400) == _passes(4) > 0
