"""Runs of listed names read once per page (:mod:`justicekg.extract.name_runs`) and the
persons recognizer's taken stretches: the same answers as walking the names one by one, and
linear on a page listing thousands of names. Every name is invented."""

from __future__ import annotations

import random
import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.name_runs import run_start
from justicekg.extract.recognizers.persons import _Taken

SEP = re.compile(r"[ \t]*(?:,|và)[ \t]*")


def _walk(text: str, persons: list[Span], p: Span) -> int:
    """The first person of the run ``p`` closes, walking back one name at a time."""
    j = persons.index(p)
    k = j
    while k > 0 and SEP.fullmatch(text, persons[k - 1].end, persons[k].start):
        k -= 1
    return k


def _page(rng: random.Random, n: int) -> tuple[Doc, list[Span]]:
    parts, spans, pos = [], [], 0
    for i in range(n):
        sep = rng.choice([", ", " và ", "; ", ", ông ", " "]) if i else "các đồng chí: "
        parts.append(sep)
        pos += len(sep)
        name = rng.choice(["Lò Văn Khiêm", "Vi Thị Sáo", "Mạc Đình Lư"])
        parts.append(name)
        spans.append(Span(pos, pos + len(name), "person", name))
        pos += len(name)
    return Doc("".join(parts) + "."), spans


def test_runs_are_those_of_the_walk() -> None:
    rng = random.Random(3)
    for _ in range(30):
        doc, persons = _page(rng, rng.randrange(1, 40))
        for p in persons:
            found = run_start(doc, persons, p, SEP, "fullmatch")
            assert found is not None
            assert found == (_walk(doc.text, persons, p), persons.index(p))


def test_an_overlapping_list_or_a_stranger_is_left_to_the_walk() -> None:
    doc, persons = _page(random.Random(5), 5)
    assert run_start(doc, persons, Span(0, 3, "person", "X"), SEP, "fullmatch") is None
    overlapping = [*persons, Span(persons[-1].start, persons[-1].end + 1, "person", "Y")]
    assert run_start(doc, overlapping, persons[2], SEP, "fullmatch") is None


def test_a_list_that_grows_is_read_anew() -> None:
    doc, persons = _page(random.Random(9), 6)
    first = run_start(doc, persons, persons[3], SEP, "fullmatch")
    shorter = persons[:4]
    assert run_start(doc, shorter, persons[3], SEP, "fullmatch") == first
    assert run_start(doc, persons, persons[5], SEP, "fullmatch") == (
        _walk(doc.text, persons, persons[5]),
        5,
    )


def test_taken_stretches_answer_as_a_scan_of_all() -> None:
    rng = random.Random(1)
    taken, plain = _Taken(), []
    for _ in range(400):
        a = rng.randrange(0, 1000)
        b = a + rng.randrange(0, 40)
        expected = all(b <= s or a >= e for s, e in plain)
        assert taken.free(a, b) == expected
        if rng.random() < 0.5:
            taken.append((a, b))
            plain.append((a, b))


def test_a_long_list_after_a_colon_keeps_every_name() -> None:
    from justicekg.extract import extract

    names = [f"Lò Văn {g}" for g in ("Khiêm", "Lư", "Sáo", "Tuấn", "Bình")] * 120
    text = "Sở Tư pháp tỉnh Lai Châu tổ chức hội nghị. Tham dự có các đồng chí: " + ", ".join(names)
    persons = {p.name for p in extract(text + ".", article_id="t").persons}
    assert {f"Lò Văn {g}" for g in ("Khiêm", "Lư", "Sáo", "Tuấn", "Bình")} <= persons
