"""Helpers shared by the extraction rule tests: award, event and participant facts of an
invented text."""

from __future__ import annotations

from justicekg.extract.pipeline import extract
from justicekg.text.normalize import fold

CON = "conferred"
NOM = "nominated"


def award_facts(text: str, published: str) -> list[tuple[str, str, str]]:
    """(award, recipient, status) of each award decision extracted from ``text``."""
    report = extract(text, article_id="t", published=published)
    return [(a.award, a.recipient, a.status) for a in report.awards]


def event_facts(text: str, published: str | None = None) -> set[tuple[str, str | None]]:
    """(kind, date) of each event extracted from ``text``."""
    report = extract(text, article_id="t", published=published)
    return {(e.kind, e.date) for e in report.events}


def event_participants(text: str, published: str | None = None) -> set[tuple[str | None, str]]:
    """(event date, participant) of each participant of each event extracted from ``text``."""
    report = extract(text, article_id="t", published=published)
    return {(e.date, p) for e in report.events for p in e.participants}


def participants_by_date(text: str, published: str | None = None) -> dict[str | None, set[str]]:
    """The participants of the events extracted from ``text``, by event date."""
    report = extract(text, article_id="t", published=published)
    return {e.date: set(e.participants) for e in report.events}


def person_positions(text: str, person: str) -> list[tuple[str, str | None]]:
    """The (title, organization) positions reported for ``person``, in order (2021-05-10)."""
    r = extract(text, article_id="t", published="2021-05-10")
    found = {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons}
    return found[person]


def folded_positions(text: str, person: str) -> set[tuple[str, str | None]]:
    """The (title, organization) pairs the report gives ``person``, titles folded."""
    report = extract(text, article_id="t")
    return {
        (fold(q.title), q.organization)
        for p in report.persons
        if p.name == person
        for q in p.positions
    }


def people_and_orgs(text: str) -> tuple[dict[str, set[tuple[str, str | None]]], set[str]]:
    """Each person's (title, organization) pairs, and the organization names, of ``text``."""
    r = extract(text, article_id="t", published="2021-05-10")
    people = {p.name: {(q.title, q.organization) for q in p.positions} for p in r.persons}
    return people, {o.name for o in r.organizations}


def scored_positions(text: str, published: str = "2021-05-10") -> dict[str, set[tuple]]:
    """Each person's (title, organization) pairs as the scorer compares them (case folded,
    abbreviations expanded, tone marks in one style)."""
    from justicekg.extract._score import normalize

    r = extract(text, article_id="t", published=published)
    return {
        p.name: {(normalize(q.title), normalize(q.organization)) for q in p.positions}
        for p in r.persons
    }


def scored(pairs: set[tuple[str, str | None]]) -> set[tuple]:
    """``pairs`` as the scorer compares them."""
    from justicekg.extract._score import normalize

    return {(normalize(t), normalize(o)) for t, o in pairs}


def scored_facts(
    text: str, published: str = "2021-05-10"
) -> tuple[dict[str, set[tuple]], set[str | None]]:
    """Each person's scored (title, organization) pairs, and the scored organization names."""
    from justicekg.extract._score import normalize

    r = extract(text, article_id="t", published=published)
    people = {
        p.name: {(normalize(q.title), normalize(q.organization)) for q in p.positions}
        for p in r.persons
    }
    return people, {normalize(o.name) for o in r.organizations}


def scored_names(names: set[str]) -> set[str | None]:
    """Organization ``names`` as the scorer compares them."""
    from justicekg.extract._score import normalize

    return {normalize(n) for n in names}


def positions_are(
    text: str,
    person: str,
    expected: set[tuple[str, str | None]] | None,
    published: str = "2021-05-10",
) -> tuple[bool, object]:
    """Whether ``person``'s positions in ``text`` are ``expected`` as scored (None: the text
    gives ``person`` no position, or no such person), and what they are."""
    got = scored_positions(text, published)
    if expected is None:
        return not got.get(person), got.get(person)
    return scored(expected) == got.get(person), got.get(person)


def scored_orgs(text: str, published: str | None = None) -> set[str]:
    """The organization names the report lists for ``text``, compared as the scorer does."""
    from justicekg.extract._score import normalize

    report = extract(text, article_id="t", published=published)
    return {str(normalize(o.name)) for o in report.organizations}


def each_at(types: list[str], places: list[str]) -> set[str]:
    """Every body type at every place: ``{"Sở Tư pháp tỉnh A", …}``."""
    return {f"{t} {p}" for t in types for p in places}
