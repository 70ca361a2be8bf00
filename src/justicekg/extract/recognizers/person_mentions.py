"""Short mentions of a person the page names in full: the same person, named in full.

``bà Thu Hà`` (the given names) or ``bà Lê Thu Hà`` (the middle name left out) after ``Lê Thị
Thu Hà``; ``ông Lê Văn cường`` (the last syllable written small) for ``Lê Văn Cường``. Only
mentions after an honorific are completed, with the latest full name named before them (else
the first after).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, SP

__all__ = ["complete_short_mentions"]

#: a lower-case word right after a name
_LOWER_NEXT = re.compile(rf"{SP}([{LOWER}]+)(?![\w])")


def _shortens(short: list[str], full: list[str]) -> bool:
    """``Thu Hà`` (the given names) or ``Lê Thu Hà`` (the middle name ``Thị`` or ``Văn``
    left out) of ``Lê Thị Thu Hà``."""
    if len(short) == 2 and full[-2:] == short and len(full) >= 3:
        return True
    return len(full) == 4 and full[1] in ("Thị", "Văn") and [full[0], *full[2:]] == short


def _fuller_name(person: Span, fuller: list[Span]) -> str | None:
    """The full name of the latest person named before ``person`` (else the first after it)
    whose name ``person``'s name shortens, else None."""
    short = person.name.split()
    found = [f for f in fuller if f is not person and _shortens(short, f.name.split())]
    if not found:
        return None
    before = [f for f in found if f.start < person.start]
    return (before[-1] if before else found[0]).name


def complete_short_mentions(doc: Doc) -> None:
    """Give each short mention after an honorific the full name of the person it shortens."""
    text = doc.text
    # "bà Thu Hà" after "Lê Thị Thu Hà", "bà Lê Thu Hà" after "Lê Thị Thu Hà": a short
    # mention after an honorific of a person the page names in full is that person
    fuller = [p for p in doc.by_label("person") if len(p.name.split()) >= 3]
    for person in doc.by_label("person"):
        if person.rule == "honorific" and len(person.name.split()) in (2, 3):
            low = _LOWER_NEXT.match(text, person.end)
            if low is not None:
                # "ông Lê Văn cường" for "Lê Văn Cường": the last syllable written small
                named = f"{person.name} {low.group(1).capitalize()}"
                if any(f.name == named for f in fuller):
                    person.name = named
                    continue
            full_name = _fuller_name(person, fuller)
            if full_name is not None:
                person.name = full_name
