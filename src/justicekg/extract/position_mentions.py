"""A person's facts (positions and mentions), and the titles without a name that mention
the one person holding them (``Thứ trưởng``, ``đồng chí Phó Chủ tịch UBND tỉnh``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from justicekg.extract.doc import Doc, Span
from justicekg.extract.title_orgs import org_after_title
from justicekg.text.normalize import fold

__all__ = ["PersonFacts", "title_references"]


@dataclass(slots=True)
class PersonFacts:
    """A person (by full name): the first mention, the positions (title, organization, the
    title's span) and every mention."""

    name: str
    first: Span
    positions: list[tuple[str, str | None, Span]] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


def title_references(doc: Doc, people: dict[str, PersonFacts], orgs: list[Span]) -> None:
    """``Thứ trưởng``, ``đồng chí Phó Chủ tịch UBND tỉnh``: a title without a name that only
    one person in the article holds is a mention of that person."""
    used = {id(sp) for f in people.values() for _, _, sp in f.positions}
    by_title: dict[str, set[str]] = {}
    by_pair: dict[tuple[str, str], set[str]] = {}
    for f in people.values():
        for title, org, _ in f.positions:
            by_title.setdefault(fold(title), set()).add(f.name)
            if org:
                by_pair.setdefault((fold(title), org), set()).add(f.name)
    for t in doc.by_label("title"):
        if id(t) in used or doc.text[t.start].islower():
            continue  # lower-case role nouns are generic ("cán bộ, công chức")
        o = org_after_title(doc.text, t, orgs)
        names = by_pair.get((fold(t.name), o.name), set()) if o else by_title.get(fold(t.name))
        if names and len(names) == 1:
            name = next(iter(names))
            ref = Span(t.start, o.end if o else t.end, "person_ref", name, "title-ref")
            people[name].mentions.append(ref)
