"""One unit of each body a list names after a plural head and a colon::

    LIST := "các" UNIT ":" BODY (SEP BODY)*        SEP := "," | "và" | ", và"

``các Thư viện: Bộ A, Học viện B và Tạp chí C`` names ``Thư viện Bộ A``, ``Thư viện Học viện
B``, ``Thư viện Tạp chí C`` (a sub-unit is named with its parent); the bodies read in the list
are named there only as the units' owners and give way (a body the page names elsewhere keeps
its own mention). The units (``data/gazetteers/org_each_units.tsv``) are those every body has
under its own name; each BODY is an organization already read, the list ends at the first word
that is none (``và một số …``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import list_sep

__all__ = ["units_of_each_listed_body"]


@gz.derived
def _plural_head() -> re.Pattern[str]:
    words = sorted(gz.column("org_each_units", "word"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(rf"(?<![\w])[Cc]ác[ \t]+(?P<unit>{alt})[ \t]*:[ \t]*")


_SEP = re.compile(list_sep(semicolon=False))


def units_of_each_listed_body(doc: Doc, spans: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """The units a list names (``các Thư viện: A, B``), and the listed bodies that give way.

    Returns:
        (the new unit spans, the body spans they replace).
    """
    text = doc.text
    if "các " not in text and "Các " not in text:
        return [], []
    orgs = sorted((s for s in spans if s.label == "org"), key=lambda s: (s.start, -s.end))
    by_start: dict[int, Span] = {}
    for s in orgs:
        by_start.setdefault(s.start, s)  # the longest body read at each position
    names = {s.name for s in orgs}
    units: list[Span] = []
    owners: list[Span] = []
    for m in _plural_head().finditer(text):
        unit = " ".join(m.group("unit").split())
        listed: list[Span] = []
        pos = m.end()
        while (body := by_start.get(pos)) is not None:
            listed.append(body)
            sep = _SEP.match(text, body.end)
            if sep is None or sep.end() == body.end:
                break
            pos = sep.end()
        if len(listed) < 2:
            continue  # one body after the colon is no list
        for body in listed:
            name = f"{unit} {body.name}"
            owners.append(body)
            if name in names:
                continue
            names.add(name)
            data = {"kind": "other", "province": body.data.get("province"), "parent": body.name}
            units.append(Span(body.start, body.end, "org", name, "each-unit", data))
    return units, owners
