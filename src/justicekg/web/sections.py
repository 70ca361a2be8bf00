"""The sections of an entity page, bounded whatever the entity's fame.

A minister appears in thousands of articles: each of their positions is one fact with
thousands of attestations and evidence sentences. A section therefore never joins a fact with
its evidence row by row. It runs

1. **one row per fact** (or per neighbour), attestation dates aggregated, in a stable order,
   one page at a time (``LIMIT``/``OFFSET``; :data:`PAGE_SIZE` rows);
2. for the facts on that page only, **one aggregate** — how many articles state the fact, and
   the first and last of its evidence nodes;
3. the quotes of those few evidence nodes.

Each query's cost grows with the entity's own facts (never with their product), and each page's
size is bounded. (``MINUS``, not ``FILTER NOT EXISTS``, for attendees without a participation
fact: Oxigraph evaluates the latter once per row, quadratic for a busy person.) Queries keep
their text so the page can show "the SPARQL behind this page".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from flask import url_for

from justicekg.namespaces import sparql_prologue
from justicekg.web import lookup

#: Rows per section and page (``?page=``).
PAGE_SIZE = 50
#: Rows of the "properties" and "referenced by" tables per page.
PROPERTY_PAGE_SIZE = 200
#: Evidence sentences shown per fact (the first and the last recorded).
QUOTES_PER_FACT = 2


@dataclass(frozen=True)
class SectionSpec:
    """One section: its key (an interface string), its query and how it is shown.

    The query has ``<IRI>`` (the entity) and ``BASE`` placeholders and no ``LIMIT``; a
    ``?fact`` variable, when selected, gets the evidence column.
    """

    key: str
    query: str
    page_size: int = PAGE_SIZE


def _spec(key: str, query: str, page_size: int = PAGE_SIZE) -> SectionSpec:
    return SectionSpec(key, query, page_size)


#: The awards an organization or a person received (the same section on both pages).
AWARDS_RECEIVED = _spec(
    "awards",
    """SELECT ?fact ?award ?year ?status WHERE {
  ?fact jkg:recipient <IRI> ; jkg:award ?award .
  OPTIONAL { ?fact jkg:year ?year } OPTIONAL { ?fact jkg:awardStatus ?status }
} ORDER BY DESC(?year) ?award ?fact""",
)

#: A position's attestation dates, aggregated per fact (one row per position).
_ATTESTED = """{ SELECT ?fact (MIN(?a) AS ?first_seen) (MAX(?a) AS ?last_seen) WHERE {
      ?fact MEMBER . OPTIONAL { ?fact jkg:attestedOn ?a } } GROUP BY ?fact }"""

SECTIONS: dict[str, list[SectionSpec]] = {
    "person": [
        _spec(
            "positions",
            "SELECT ?fact ?title ?organization ?start ?end ?first_seen ?last_seen WHERE {\n  "
            + _ATTESTED.replace("MEMBER", "org:member <IRI>")
            + """
  ?fact org:role ?title ; org:organization ?organization .
  OPTIONAL { ?fact schema:startDate ?start } OPTIONAL { ?fact schema:endDate ?end }
} ORDER BY ?start ?first_seen ?title ?fact""",
        ),
        _spec(
            "events_attended",
            """SELECT ?fact ?event ?date WHERE {
  { ?fact jkg:participant <IRI> ; jkg:atEvent ?event . }
  UNION { { ?event schema:attendee <IRI> }
          MINUS { ?p jkg:participant <IRI> ; jkg:atEvent ?event } }
  OPTIONAL { ?event schema:startDate ?date }
} ORDER BY ?date ?event""",
        ),
        AWARDS_RECEIVED,
    ],
    "org": [
        _spec(
            "people_by_title",
            "SELECT ?fact ?title ?person ?start ?end ?first_seen ?last_seen WHERE {\n  "
            + _ATTESTED.replace("MEMBER", "org:organization <IRI>")
            + """
  ?fact org:member ?person ; org:role ?title .
  OPTIONAL { ?fact schema:startDate ?start } OPTIONAL { ?fact schema:endDate ?end }
} ORDER BY ?title ?start ?first_seen ?fact""",
        ),
        _spec(
            "parent_orgs",
            """SELECT DISTINCT ?parent WHERE {
  { <IRI> org:subOrganizationOf ?parent } UNION { <IRI> org:unitOf ?parent }
  UNION { ?parent org:hasSubOrganization <IRI> } } ORDER BY ?parent""",
        ),
        _spec(
            "child_orgs",
            """SELECT DISTINCT ?child WHERE {
  { ?child org:subOrganizationOf <IRI> } UNION { ?child org:unitOf <IRI> }
  UNION { <IRI> org:hasSubOrganization ?child } } ORDER BY ?child""",
        ),
        _spec(
            "events_organized",
            """SELECT ?event ?date WHERE {
  ?event schema:organizer <IRI> . OPTIONAL { ?event schema:startDate ?date }
} ORDER BY ?date ?event""",
        ),
        AWARDS_RECEIVED,
    ],
    "province": [
        _spec(
            "organizations",
            """SELECT DISTINCT ?organization WHERE {
  ?organization jkg:province <IRI> .
  FILTER STRSTARTS(STR(?organization), "BASEid/org/") } ORDER BY ?organization""",
        ),
        _spec(
            "events",
            """SELECT DISTINCT ?event ?date WHERE {
  ?event jkg:province <IRI> . OPTIONAL { ?event schema:startDate ?date }
  FILTER STRSTARTS(STR(?event), "BASEid/event/") } ORDER BY ?date ?event""",
        ),
        _spec(
            "people",
            """SELECT DISTINCT ?person ?title ?organization WHERE {
  ?organization jkg:province <IRI> .
  ?fact org:organization ?organization ; org:member ?person ; org:role ?title .
} ORDER BY ?organization ?title ?person""",
        ),
        _spec(
            "successor",
            """SELECT DISTINCT ?successor WHERE {
  { <IRI> jkg:succeededBy ?successor } UNION { ?successor jkg:precededBy <IRI> } }
ORDER BY ?successor""",
        ),
        _spec(
            "predecessors",
            """SELECT DISTINCT ?predecessor WHERE {
  { <IRI> jkg:precededBy ?predecessor } UNION { ?predecessor jkg:succeededBy <IRI> } }
ORDER BY ?predecessor""",
        ),
    ],
    "event": [
        _spec(
            "details",
            """SELECT ?kind ?date ?place ?province ?organizer WHERE {
  OPTIONAL { <IRI> jkg:eventKind ?kind } OPTIONAL { <IRI> schema:startDate ?date }
  OPTIONAL { <IRI> schema:location ?place } OPTIONAL { <IRI> jkg:province ?province }
  OPTIONAL { <IRI> schema:organizer ?organizer }
}""",
        ),
        _spec(
            "participants",
            """SELECT ?fact ?person WHERE {
  { ?fact jkg:atEvent <IRI> ; jkg:participant ?person . }
  UNION { { <IRI> schema:attendee ?person }
          MINUS { ?p jkg:atEvent <IRI> ; jkg:participant ?person } }
} ORDER BY ?person""",
        ),
        _spec(
            "awards",
            """SELECT ?fact ?award ?recipient ?status ?year WHERE {
  ?fact jkg:decidedAt <IRI> ; jkg:award ?award ; jkg:recipient ?recipient .
  OPTIONAL { ?fact jkg:awardStatus ?status } OPTIONAL { ?fact jkg:year ?year }
} ORDER BY ?award ?recipient ?fact""",
        ),
    ],
    "article": [
        _spec(
            "positions",
            """SELECT DISTINCT ?fact ?person ?title ?organization WHERE {
  ?ev jkg:inArticle <IRI> . ?fact jkg:evidence ?ev ;
    org:member ?person ; org:role ?title ; org:organization ?organization .
} ORDER BY ?organization ?title ?person""",
        ),
        _spec(
            "events",
            """SELECT DISTINCT ?fact ?person ?event WHERE {
  ?ev jkg:inArticle <IRI> . ?fact jkg:evidence ?ev ; jkg:participant ?person ; jkg:atEvent ?event .
} ORDER BY ?event ?person""",
        ),
        _spec(
            "awards",
            """SELECT DISTINCT ?fact ?recipient ?award ?status WHERE {
  ?ev jkg:inArticle <IRI> . ?fact jkg:evidence ?ev ; jkg:recipient ?recipient ; jkg:award ?award .
  OPTIONAL { ?fact jkg:awardStatus ?status }
} ORDER BY ?award ?recipient""",
        ),
    ],
    "award": [
        _spec(
            "recipients",
            """SELECT ?fact ?year ?status ?recipient WHERE {
  ?fact jkg:award <IRI> ; jkg:recipient ?recipient .
  OPTIONAL { ?fact jkg:year ?year } OPTIONAL { ?fact jkg:awardStatus ?status }
} ORDER BY DESC(?year) ?status ?recipient ?fact""",
        ),
    ],
}

PROPERTIES = _spec(
    "properties", "SELECT ?p ?o WHERE { <IRI> ?p ?o } ORDER BY ?p ?o", PROPERTY_PAGE_SIZE
)
INCOMING = _spec(
    "referenced_by", "SELECT ?s ?p WHERE { ?s ?p <IRI> } ORDER BY ?p ?s", PROPERTY_PAGE_SIZE
)

#: Per fact on a page: how many articles state it, and its first and last evidence nodes.
EVIDENCE_SUMMARY = """SELECT ?fact (COUNT(DISTINCT COALESCE(?article, ?ev)) AS ?sources)
       (MIN(STR(?ev)) AS ?first) (MAX(STR(?ev)) AS ?last) WHERE {
  FACTS
  ?fact jkg:evidence ?ev . OPTIONAL { ?ev jkg:inArticle ?article }
} GROUP BY ?fact"""

QUOTES = """SELECT ?ev ?quote ?article WHERE {
  EVS
  ?ev jkg:quote ?quote . OPTIONAL { ?ev jkg:inArticle ?article }
}"""


def expand(query: str, iri: str, base: str) -> str:
    """The full query text for entity ``iri`` (a validated term), with the prologue."""
    return sparql_prologue() + query.replace("BASE", base).replace("<IRI>", lookup.term(iri))


@dataclass
class Evidence:
    """What supports one fact: the number of articles, and a few sentences with their source.

    As shown: one sentence per source, a sentence already shown for an earlier fact of the
    section only referred to (``repeated``), and the other sources counted (``others``).
    """

    sources: int = 0
    quotes: list[tuple[Any, Any]] = field(default_factory=list)
    repeated: bool = False
    others: int = 0


def group_evidence(rows: list[Evidence]) -> list[Evidence]:
    """One sentence per source per fact, each sentence once per section, the rest counted.

    >>> from types import SimpleNamespace as C
    >>> q = (C(text="Câu A."), C(href="/a"))
    >>> shown = group_evidence([Evidence(3, [q, q]), Evidence(1, [q])])
    >>> [(len(e.quotes), e.repeated, e.others) for e in shown]
    [(1, False, 2), (0, True, 0)]
    """
    seen: set[str] = set()
    for e in rows:
        kept: list[tuple[Any, Any]] = []
        texts: set[str] = set()
        sources: set[str] = set()
        for quote, article in e.quotes:
            source = getattr(article, "href", None) or quote.text
            if source in sources or quote.text in texts:
                continue  # one sentence per source, and one source per sentence
            sources.add(source)
            texts.add(quote.text)
            if quote.text in seen:
                e.repeated = True  # shown for an earlier fact of this section
                continue
            kept.append((quote, article))
        seen.update(texts)
        e.quotes = kept
        e.others = max(0, e.sources - len(kept) - (1 if e.repeated else 0))
    return rows


@dataclass
class Section:
    """One section as shown: cells per row, the evidence of each row's fact, paging."""

    key: str
    query: str
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[Evidence] | None = None
    more: bool = False
    page: int = 1

    @property
    def editor_url(self) -> str:
        return url_for("pages.editor") + "?" + urlencode({"query": self.query})


def run(state: Any, presenter: Any, spec: SectionSpec, iri: str, *, page: int = 1) -> Section:
    """One page of a section, with the evidence of the facts on it."""
    base = state.settings.base_iri
    text = expand(spec.query, iri, base)
    paged = text + f"\nLIMIT {spec.page_size + 1} OFFSET {(page - 1) * spec.page_size}"
    result = lookup.select(state, paged, max_rows=spec.page_size + 1)
    more = len(result.rows) > spec.page_size or result.truncated
    rows = result.rows[: spec.page_size]
    columns = [c for c in result.variables if c != "fact"]
    section = Section(
        spec.key,
        text,
        columns,
        [{c: presenter.cell(row[c]) for c in columns} for row in rows],
        more=more,
        page=page,
    )
    if "fact" in result.variables:
        facts = [row["fact"].value if row["fact"] is not None else None for row in rows]
        section.evidence = group_evidence(evidence_of(state, presenter, facts))
    return section


def evidence_of(state: Any, presenter: Any, facts: list[str | None]) -> list[Evidence]:
    """The :class:`Evidence` of each fact (None: a fact-less row, e.g. a bare attendee)."""
    known = sorted({f for f in facts if f})
    if not known:
        return [Evidence() for _ in facts]
    prologue = sparql_prologue()
    summary: dict[str, tuple[int, list[str]]] = {}
    query = prologue + EVIDENCE_SUMMARY.replace("FACTS", lookup.values("fact", known))
    for row in lookup.select(state, query):
        picks = sorted({t.value for t in (row["first"], row["last"]) if t is not None})
        summary[row["fact"].value] = (int(row["sources"].value), picks[:QUOTES_PER_FACT])
    evs = sorted({e for _n, picks in summary.values() for e in picks})
    quotes: dict[str, tuple[Any, Any]] = {}
    if evs:
        query = prologue + QUOTES.replace("EVS", lookup.values("ev", evs))
        for row in lookup.select(state, query):
            quotes[row["ev"].value] = (presenter.cell(row["quote"]), presenter.cell(row["article"]))
    out = []
    for fact in facts:
        sources, picks = summary.get(fact or "", (0, []))
        out.append(Evidence(sources, [quotes[e] for e in picks if e in quotes]))
    return out
