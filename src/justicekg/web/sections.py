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

A section that can grow with the corpus (a person's events, the events an organization
organized) also has a **count** query (an index range, cheap at any size) and a **large**
variant: above :data:`ORDERED_UP_TO` rows, the page reads its window of the large variant in
the store's index order (no ``ORDER BY`` over all rows) and sorts only that window, and says
so. The "properties" and "referenced by" tables are windows of per-predicate ranges
(:mod:`justicekg.web.windows`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from flask import url_for

from justicekg.namespaces import sparql_prologue
from justicekg.web import lookup, windows

#: Rows per section and page (``?page=``).
PAGE_SIZE = 50
#: Rows of the "properties" and "referenced by" tables per page.
PROPERTY_PAGE_SIZE = 200
#: Evidence sentences shown per fact (the first and the last recorded).
QUOTES_PER_FACT = 2
#: A section of at most this many rows is read in its full order; a larger one by windows.
ORDERED_UP_TO = 1000


@dataclass(frozen=True)
class SectionSpec:
    """One section: its key (an interface string), its query and how it is shown.

    The query has ``<IRI>`` (the entity) and ``BASE`` placeholders and no ``LIMIT``; a
    ``?fact`` variable, when selected, gets the evidence column. ``count`` (selecting ``?n``)
    and ``large`` (the same columns, no ``ORDER BY``) bound a section that can grow with the
    corpus: see the module docstring.
    """

    key: str
    query: str
    page_size: int = PAGE_SIZE
    count: str | None = None
    large: str | None = None
    #: The column the rows of a window of ``large`` are sorted by (then the others).
    sort_by: str | None = None


def _spec(key: str, query: str, page_size: int = PAGE_SIZE, **bounded: Any) -> SectionSpec:
    return SectionSpec(key, query, page_size, **bounded)


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
            count="SELECT (COUNT(*) AS ?n) WHERE { ?fact jkg:participant <IRI> }",
            # The builder states each attendance as a participation fact as well; a bare
            # schema:attendee (data loaded from elsewhere) is listed only while the section
            # is small enough to be read whole.
            large="""SELECT ?fact ?event ?date WHERE {
  { SELECT ?fact ?event WHERE { ?fact jkg:participant <IRI> ; jkg:atEvent ?event } WINDOW }
  OPTIONAL { ?event schema:startDate ?date } }""",
            sort_by="date",
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
            count="SELECT (COUNT(*) AS ?n) WHERE { ?event schema:organizer <IRI> }",
            large="""SELECT ?event ?date WHERE {
  { SELECT ?event WHERE { ?event schema:organizer <IRI> } WINDOW }
  OPTIONAL { ?event schema:startDate ?date } }""",
            sort_by="date",
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
    #: ``sources`` counts evidence sentences, not articles (a fact with very many of them).
    sentences: bool = False


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
    """One section as shown: cells per row, the evidence of each row's fact, paging.

    ``total`` is the number of rows of all pages when it was counted (cheaply; None when
    not), ``unsorted`` says the rows of this page were read in the store's order (a large
    section: only this page's rows are sorted)."""

    key: str
    query: str
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[Evidence] | None = None
    more: bool = False
    page: int = 1
    total: int | None = None
    unsorted: bool = False
    page_size: int = PAGE_SIZE

    @property
    def editor_url(self) -> str:
        return url_for("pages.editor") + "?" + urlencode({"query": self.query})

    @property
    def first(self) -> int:
        """The 1-based number of this page's first row."""
        return (self.page - 1) * self.page_size + 1


def _count(state: Any, spec: SectionSpec, iri: str) -> int | None:
    if spec.count is None:
        return None
    rows = lookup.select(state, expand(spec.count, iri, state.settings.base_iri)).rows
    return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0


def _sort_key(column: str | None) -> Any:
    def key(row: dict[str, Any]) -> tuple[int, str, str]:
        term = row.get(column) if column else None
        value = getattr(term, "value", "")
        rest = " ".join(getattr(t, "value", "") for t in row.values() if t is not None)
        return (0 if value else 1, value, rest)

    return key


def run(state: Any, presenter: Any, spec: SectionSpec, iri: str, *, page: int = 1) -> Section:
    """One page of a section, with the evidence of the facts on it."""
    if spec is PROPERTIES or spec is INCOMING:
        return _statements(state, presenter, spec, iri, page=page)
    base = state.settings.base_iri
    offset = (page - 1) * spec.page_size
    total = _count(state, spec, iri)
    large = spec.large is not None and total is not None and total > ORDERED_UP_TO
    if large:
        assert spec.large is not None
        window = f"LIMIT {spec.page_size} OFFSET {offset}"
        text = expand(spec.large.replace("WINDOW", window), iri, base)
        result = lookup.select(state, text, max_rows=spec.page_size)
        result.rows.sort(key=_sort_key(spec.sort_by))
        more = offset + spec.page_size < (total or 0)
    else:
        text = expand(spec.query, iri, base)
        paged = text + f"\nLIMIT {spec.page_size + 1} OFFSET {offset}"
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
        total=total,
        unsorted=large,
        page_size=spec.page_size,
    )
    if "fact" in result.variables:
        facts = [row["fact"].value if row["fact"] is not None else None for row in rows]
        section.evidence = group_evidence(evidence_of(state, presenter, facts))
    return section


def _statements(state: Any, presenter: Any, spec: SectionSpec, iri: str, *, page: int) -> Section:
    incoming = spec is INCOMING
    offset = (page - 1) * spec.page_size
    found = windows.statements(state, iri, incoming=incoming, offset=offset, size=spec.page_size)
    columns = ["s", "p"] if incoming else ["p", "o"]
    value = "s" if incoming else "o"
    rows = [{"p": presenter.cell(r["p"]), value: presenter.cell(r["x"])} for r in found.rows]
    return Section(
        spec.key,
        sparql_prologue() + found.query,
        columns,
        rows,
        more=offset + spec.page_size < found.total,
        page=page,
        total=found.total,
        unsorted=found.unsorted,
        page_size=spec.page_size,
    )


def evidence_of(state: Any, presenter: Any, facts: list[str | None]) -> list[Evidence]:
    """The :class:`Evidence` of each fact (None: a fact-less row, e.g. a bare attendee)."""
    known = sorted({f for f in facts if f})
    if not known:
        return [Evidence() for _ in facts]
    summary = windows.support(state, known, quotes=QUOTES_PER_FACT)
    evs = sorted({e for s in summary.values() for e in s.picks})
    quotes: dict[str, tuple[Any, Any]] = {}
    if evs:
        query = sparql_prologue() + QUOTES.replace("EVS", lookup.values("ev", evs))
        for row in lookup.select(state, query):
            quotes[row["ev"].value] = (presenter.cell(row["quote"]), presenter.cell(row["article"]))
    out = []
    for fact in facts:
        found = summary.get(fact or "")
        if found is None:
            out.append(Evidence())
            continue
        picked = [quotes[e] for e in found.picks if e in quotes]
        out.append(Evidence(found.sources, picked, sentences=found.sentences))
    return out
