"""A person who receives an award for a body the text names: the body receives it.

``Đại diện Công ty A, ông B nhận Bằng khen …``, ``Thay mặt Sở Tư pháp tỉnh C, bà D đón nhận
…``, ``Ông B, đại diện Công ty A nhận …``: the person stands in for the body named after
``đại diện``/``thay mặt``, so the award is the body's and not the person's (conventions: the
body a person receives for). Only a receiving verb counts (``nhận``, ``đón nhận``): ``Thay mặt
lãnh đạo Bộ, ông B trao Bằng khen cho …`` names a giver. A flag read this way without a named
body is :meth:`.award_referents._ReferentReading._on_behalf`'s.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span

__all__ = ["stand_in_body"]

#: "Đại diện", "Thay mặt (cho)" right before the body the person stands for
_FOR_BODY = re.compile(r"(?<![\w])(?:[Đđ]ại diện|[Tt]hay mặt)(?:\s+cho)?\s+$")
#: the receiving verb after the stand-in ("đã nhận", "vinh dự đón nhận", "lên nhận")
_RECEIVES = re.compile(r"(?<![\w])(?:đón nhận|nhận)(?![\w])")
#: a giving verb between the stand-in and the award: then the stand-in hands it over
_GIVES = re.compile(r"(?<![\w])(?:trao|tặng|gắn|trao tặng)(?![\w])")
#: a body the page names by its acronym alone, which no organization span reads: "Đại diện
#: VNPT, ông B nhận …" (an all-capitals word, maybe with a few capitalized words after it)
_ACRONYM = re.compile(
    r"(?:[Đđ]ại diện|[Tt]hay mặt)(?:\s+cho)?\s+"
    r"(?P<body>[A-ZĐ][A-ZĐ0-9&]{1,9}(?:[ \t]+[A-ZĐ][\w&]*){0,4})(?=\s*[,–-])"
)
#: between the body and the name of its stand-in: "Công ty A, ông B", "Sở C - bà D"
_BODY_THEN_PERSON = re.compile(r"\s*[,–-]\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?$")
#: between a person and the cue: "ông B, đại diện", "ông B - Giám đốc, đại diện"
_PERSON_THEN_CUE = re.compile(r"\s*(?:[,–-][^,.;:\n]{0,80})?[,–-]?\s*$")


def stand_in_body(
    doc: Doc,
    recipients: list[tuple[str, str, Span]],
    clause_start: int,
    award_start: int,
) -> list[tuple[str, str, Span]]:
    """The recipients with a stand-in person replaced by the body the text names after
    ``đại diện``/``thay mặt`` in the clause before the award (and its receiving verb).

    >>> from justicekg.extract.pipeline import extract
    >>> r = extract("Đại diện Công ty Luật Hòa Mỹ, ông Phạm Đức Lượng nhận Bằng khen của Bộ "
    ...             "trưởng Bộ Tư pháp.", article_id="t", published="2024-01-05")
    >>> sorted(a.recipient for a in r.awards)
    ['Công ty Luật Hòa Mỹ']
    """
    text = doc.text
    verb = None
    for v in _RECEIVES.finditer(text, clause_start, award_start):
        verb = v
    if verb is None or _GIVES.search(text, verb.end(), award_start):
        return recipients
    body = None
    for o in doc.by_label("org"):
        if clause_start <= o.start and o.end <= verb.start():
            cue = _FOR_BODY.search(text, max(clause_start, o.start - 20), o.start)
            if cue is not None:
                body = (cue, o)
    if body is None:
        body = _acronym_body(text, clause_start, verb.start())
    if body is None:
        return recipients
    cue, org = body
    stand_ins = [
        p
        for p in doc.by_label("person")
        if clause_start <= p.start
        and p.end <= verb.start()
        and (
            (p.start >= org.end and _BODY_THEN_PERSON.match(text[org.end : p.start]) is not None)
            or (p.end <= cue.start() and _PERSON_THEN_CUE.match(text[p.end : cue.start()]))
        )
    ]
    if not stand_ins:
        return recipients
    names = {p.name for p in stand_ins}
    if not any(r[1] == "person" and r[0] in names for r in recipients):
        return recipients  # the stand-in is not what the clause gives it to
    kept = [r for r in recipients if not (r[1] == "person" and r[0] in names)]
    if not any(r[0] == org.name for r in kept):
        kept.insert(0, (org.name, "organization", org))
    return kept


def _acronym_body(text: str, start: int, end: int) -> tuple[re.Match[str], Span] | None:
    """The cue and a body named by its acronym after it, between ``start`` and ``end``."""
    m = _ACRONYM.search(text, start, end)
    if m is None:
        return None
    cue = _FOR_BODY.search(text, m.start(), m.start("body"))
    if cue is None:
        return None
    name = m.group("body")
    return cue, Span(m.start("body"), m.end("body"), "org", name, "acronym-stand-in")
