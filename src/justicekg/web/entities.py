"""What each staff page shows: one SPARQL query per section, run in-process on the store.

Every section keeps its query text so the page can show "the SPARQL behind this page" with a
link that opens it in the editor.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from flask import url_for

from justicekg.catalogue import format_day, format_number, gettext, keys
from justicekg.web import lookup, sections
from justicekg.web.i18n import current as current_language
from justicekg.web.rdfdoc import PREFIXES
from justicekg.web.search import SearchIndex
from justicekg.web.state import WebState

XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class Cell:
    """A value on a page: text, with a link when it is an entity or a URL."""

    text: str
    href: str | None = None
    title: str | None = None
    lang: str | None = None


def expand(query: str, iri: str, base: str) -> str:
    return sections.expand(query, iri, base)


#: Literal datatypes written as days (27/11/2017 in Vietnamese).
DATE_TYPES = {XSD + "date", XSD + "dateTime", XSD + "gYearMonth", XSD + "gYear"}
NUMBER_TYPES = {XSD + "integer", XSD + "int", XSD + "nonNegativeInteger"}
#: What a number of those types looks like; hand-made data may carry "abc"^^xsd:integer,
#: which is shown as written.
_INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*")


class Presenter:
    """Turns RDF terms into :class:`Cell` s with labels and page links, in one language."""

    def __init__(self, state: WebState, lang: str | None = None) -> None:
        self.state = state
        self.base = state.settings.base_iri
        self.index: SearchIndex = index_of(state)
        self.lang = lang or current_language()

    def cell(self, term: Any) -> Cell:
        if term is None:
            return Cell("")
        if isinstance(term, ox.NamedNode):
            iri = term.value
            href = self.href(iri)
            label = self.label_in_language(iri) or self.index.label(iri) or self.label_of(iri)
            return Cell(label or fallback_label(iri, self.lang), href, iri)
        if isinstance(term, ox.Literal):
            datatype = term.datatype.value
            if datatype in DATE_TYPES:
                return Cell(format_day(term.value, self.lang))
            if datatype in NUMBER_TYPES and _INTEGER.fullmatch(term.value):
                return Cell(format_number(int(term.value), self.lang))
            return Cell(term.value, None, None, term.language)
        return Cell(str(term))

    def label_in_language(self, iri: str) -> str | None:
        """A label in the page's language when the data has one (concepts, the ontology)."""
        labels: dict[str, dict[str, str]] = self.state.cached(
            "labels_by_language", lambda: _labels_by_language(self.state)
        )
        return labels.get(iri, {}).get(self.lang)

    def cell_for(self, iri: str, label: str) -> Cell:
        return Cell(label, self.href(iri), iri)

    def href(self, iri: str) -> str | None:
        if iri.startswith(self.base + "id/"):
            kind, _, slug = iri[len(self.base) + 3 :].partition("/")
            if kind and slug:
                return url_for("resources.page", kind=kind, slug=slug)
        if iri.startswith(self.base + "ontology"):
            return url_for("resources.ontology") + "#" + iri.partition("#")[2]
        if iri.startswith(("http://", "https://")):
            return iri
        return None

    def label_of(self, iri: str) -> str | None:
        labels: dict[str, str] = self.state.cached("labels", lambda: _all_labels(self.state))
        return labels.get(iri)


def _all_labels(state: WebState) -> dict[str, str]:
    out: dict[str, str] = {}
    query = (
        "SELECT ?s ?l WHERE { { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION "
        "{ ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } }"
    )
    for row in state.store.query(query):
        s, lit = row["s"], row["l"]
        if not isinstance(s, ox.NamedNode):
            continue
        if s.value not in out or lit.language == "vi":
            out[s.value] = lit.value
    for path in _ontology_label_sources():
        for quad in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
            if quad.predicate.value in (
                "http://www.w3.org/2000/01/rdf-schema#label",
                "http://www.w3.org/2004/02/skos/core#prefLabel",
            ) and isinstance(quad.subject, ox.NamedNode):
                lit = quad.object
                if quad.subject.value not in out or getattr(lit, "language", None) == "vi":
                    out[quad.subject.value] = lit.value
    return out


def _labels_by_language(state: WebState) -> dict[str, dict[str, str]]:
    """``iri → {lang: label}`` for terms labelled in more than one language."""
    out: dict[str, dict[str, str]] = {}
    query = (
        "SELECT ?s ?l WHERE { { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION "
        "{ ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } FILTER(LANG(?l) = 'en') }"
    )
    english = {
        row["s"].value for row in state.store.query(query) if isinstance(row["s"], ox.NamedNode)
    }
    sources = [state.store.query(query.replace("= 'en'", "!= ''"))]
    for rows in sources:
        for row in rows:
            s, lit = row["s"], row["l"]
            if isinstance(s, ox.NamedNode) and s.value in english and lit.language:
                out.setdefault(s.value, {}).setdefault(lit.language, lit.value)
    for path in _ontology_label_sources():
        for quad in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
            lit = quad.object
            if (
                quad.predicate.value
                in (
                    "http://www.w3.org/2000/01/rdf-schema#label",
                    "http://www.w3.org/2004/02/skos/core#prefLabel",
                )
                and isinstance(quad.subject, ox.NamedNode)
                and isinstance(lit, ox.Literal)
                and lit.language
            ):
                out.setdefault(quad.subject.value, {}).setdefault(lit.language, lit.value)
    return out


_EVENT_SLUG = re.compile(r"/id/event/([a-z]+)--(\d{4}(?:-\d{2}){0,2})--")


def fallback_label(iri: str, lang: str) -> str:
    """A term nobody labelled, in words, never its IRI: an event by its kind and day (the
    minter puts both in the IRI), anything else by its last path segment.

    >>> fallback_label("https://x/id/event/conference--2023-12-15--thanh-hoa-ojfw7r", "vi")
    'Hội nghị ngày 15/12/2023'
    """
    m = _EVENT_SLUG.search(iri)
    if m:
        kind = (
            gettext(f"event_kind_{m.group(1)}", lang)
            if f"event_kind_{m.group(1)}" in keys(lang)
            else gettext("event_kind_event", lang)
        )
        return gettext(
            "event_title", lang, kind=kind[:1].upper() + kind[1:], date=format_day(m.group(2), lang)
        )
    tail = iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail.replace("-", " ").replace("_", " ").strip() or "—"


def _ontology_label_sources() -> list[str]:
    from justicekg.config import ONTOLOGY_DIR

    path = ONTOLOGY_DIR / "justicekg.ttl"
    return [str(path)] if path.exists() else []


#: Seconds a request waits for the search index of a new store version before it is
#: answered from the previous version's (while the new one is being built).
STALE_AFTER = 10.0


def index_of(state: WebState) -> SearchIndex:
    """The search index of the store's current version (shared on disk by every process of
    an on-disk store: :mod:`justicekg.web.search_disk`); after a write, the previous
    version's while the new one takes more than :data:`STALE_AFTER` seconds to build."""
    from justicekg.web.search_disk import open_index

    index: SearchIndex = state.cached(
        "index",
        lambda: open_index(state.store, state.settings, state.stamp),
        stale_after=STALE_AFTER,
    )
    return index


def compact(iri: str) -> str:
    """A prefixed name when a known prefix fits.

    >>> compact("http://www.w3.org/ns/org#member")
    'org:member'
    """
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def holders_context(state: WebState, iri: str, at: str) -> dict[str, Any]:
    """Who held the organization's posts on day ``at`` (``/page/org/<slug>?at=DATE``).

    Raises:
        HoldersError: ``at`` is not an ISO day (400).
    """
    from justicekg.holders import check_day, holders, holders_query, org_until, org_until_query

    day = check_day(at)
    presenter = Presenter(state)
    query = holders_query(iri)
    until = org_until(lookup.select(state, org_until_query(iri)).rows)
    found = holders(lookup.select(state, query).rows, at=day, until=until)
    rows = [
        {
            "person": presenter.cell_for(h.person, h.name or h.person),
            "title": presenter.cell_for(h.post, h.post_title) if h.post else Cell(h.post_title),
            "acting": h.acting,
            "interval": h.interval_text(),
            "evidence": h.evidence(),
        }
        for h in found
    ]
    return {"holders_at": day, "holders": rows, "holders_query": query}


#: The catalogue key naming one entity of a kind (singular), by the IRI's kind segment.
KIND_KEYS = {
    "person": "kind_person",
    "org": "kind_organization",
    "province": "kind_province",
    "event": "kind_event",
    "award": "kind_award",
    "article": "kind_article",
    "district": "kind_district",
    "title": "kind_title",
    "position": "kind_position",
}


def readable(rows: list[dict[str, Any]], lang: str) -> list[tuple[str, list[Cell]]]:
    """The entity's statements a reader wants, as ``(what, values)``: only predicates the
    message catalogue names (``prop_<prefix>_<name>``), only values with a label or a text;
    evidence links, centrality scores, types and labels stay in the data documents."""
    grouped: dict[str, list[Cell]] = {}
    for row in rows:
        predicate, value = row["p"], row["o"]
        key = "prop_" + compact(predicate.title or predicate.text).replace(":", "_")
        if key not in keys(lang) or not value.text:
            continue
        if value.lang and value.lang not in (lang, "vi"):
            continue
        cells = grouped.setdefault(key, [])
        if all(c.text != value.text for c in cells):
            cells.append(value)
    return [(key, cells) for key, cells in grouped.items()]


def entity_context(state: WebState, kind: str, iri: str, *, page: int = 1) -> dict[str, Any]:
    """Everything ``entity.html`` (or ``article.html``) needs for one page of one entity."""
    from flask import current_app

    presenter = Presenter(state)
    parts = [
        sections.run(state, presenter, spec, iri, page=page)
        for spec in sections.SECTIONS.get(kind, [])
    ]
    props = sections.run(state, presenter, sections.PROPERTIES, iri, page=page)
    incoming = sections.run(state, presenter, sections.INCOMING, iri, page=page)
    # An event's page already has its details section: the same facts are not shown twice.
    about = [] if kind == "event" else readable(props.rows, presenter.lang)
    for row in props.rows:
        row["p"] = Cell(compact(row["p"].title or row["p"].text), row["p"].href)
    for row in incoming.rows:
        row["p"] = Cell(compact(row["p"].title or row["p"].text), row["p"].href)
    label = (
        presenter.index.label(iri) or presenter.label_of(iri) or fallback_label(iri, presenter.lang)
    )
    everything = [*parts, props, incoming]
    context: dict[str, Any] = {
        "template": "entity.html",
        "kind_key": KIND_KEYS.get(kind, kind),
        "iri": iri,
        "kind": kind,
        "label": label,
        "sections": parts,
        "properties": props,
        "about": about,
        "incoming": incoming,
        "queries": everything,
        "page": page,
        "more": any(s.more for s in everything),
        "has_neighbourhood": kind in ("person", "org", "province", "event", "award")
        and "_neighbourhood.html" in (current_app.jinja_env.list_templates()),
    }
    if kind == "article":
        context.update(article_context(state, presenter, iri))
        context["template"] = "article.html"
    return context


ARTICLE_QUERY = """SELECT ?text ?headline ?published ?url WHERE {
  OPTIONAL { <IRI> schema:text ?text } OPTIONAL { <IRI> schema:headline ?headline }
  OPTIONAL { <IRI> schema:datePublished ?published } OPTIONAL { <IRI> schema:url ?url } }"""

MENTIONS_QUERY = """SELECT DISTINCT ?entity ?start ?end WHERE {
  ?ev jkg:inArticle <IRI> ; jkg:startOffset ?start ; jkg:endOffset ?end .
  { ?entity jkg:evidence ?ev }
  UNION { ?fact jkg:evidence ?ev .
          ?fact (org:member|org:organization|org:role|jkg:participant|jkg:atEvent
                 |jkg:recipient|jkg:award) ?entity }
  FILTER STRSTARTS(STR(?entity), "BASEid/")
}"""


def article_context(state: WebState, presenter: Presenter, iri: str) -> dict[str, Any]:
    """The article text cut into segments: plain text and linked entity mentions."""
    base = state.settings.base_iri
    head_q = expand(ARTICLE_QUERY, iri, base)
    mention_q = expand(MENTIONS_QUERY, iri, base)
    head = next(iter(lookup.select(state, head_q, max_rows=1)), None)
    text = head["text"].value if head is not None and head["text"] is not None else ""
    entities: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for row in lookup.select(state, mention_q):
        entity = row["entity"].value
        kind = entity[len(base) + 3 :].partition("/")[0]
        if kind in ("person", "org", "province", "district", "event", "award", "title"):
            entities[entity] = presenter.cell(row["entity"]).text
        try:
            spans.append((int(row["start"].value), int(row["end"].value)))
        except (TypeError, ValueError):
            pass
    headline = head["headline"].value if head is not None and head["headline"] else None
    segments = highlight(without_headline(text, headline), entities, presenter)
    return {
        "headline": headline,
        "published": head["published"].value if head is not None and head["published"] else None,
        "url": head["url"].value if head is not None and head["url"] else None,
        "segments": segments,
        "mentions": sorted(
            ((label, presenter.href(e) or "") for e, label in entities.items()), key=lambda m: m[0]
        ),
        "queries_article": [head_q, mention_q],
    }


def without_headline(text: str, headline: str | None) -> str:
    r"""The article's text without the lines that only repeat its headline (the page's title
    copied into the body by the site's template), so the headline is shown once.

    >>> without_headline("Tin A\n\nTin A\nNội dung.\n Tin A ", "Tin A")
    'Nội dung.'
    """
    if not headline:
        return text
    target = " ".join(headline.split())
    lines = [line for line in text.splitlines() if " ".join(line.split()) != target]
    return "\n".join(lines).strip()


def highlight(text: str, entities: dict[str, str], presenter: Presenter) -> list[Cell]:
    """Cut ``text`` at every occurrence of an entity's label (longest labels first).

    >>> [c.text for c in highlight("Ông A gặp B.", {}, None)]  # type: ignore[arg-type]
    ['Ông A gặp B.']
    """
    taken: list[tuple[int, int, str]] = []
    for iri, label in sorted(entities.items(), key=lambda item: -len(item[1])):
        if len(label) < 3:
            continue
        start = text.find(label)
        while start >= 0:
            end = start + len(label)
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, iri))
            start = text.find(label, end)
    taken.sort()
    cells: list[Cell] = []
    pos = 0
    for start, end, iri in taken:
        if start > pos:
            cells.append(Cell(text[pos:start]))
        cells.append(Cell(text[start:end], presenter.href(iri), iri))
        pos = end
    if pos < len(text):
        cells.append(Cell(text[pos:]))
    return cells


def ontology_context(triples: list[ox.Triple]) -> dict[str, Any]:
    """Classes and properties of the ontology with their labels and comments."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    owl = "http://www.w3.org/2002/07/owl#"
    kinds = {
        owl + "Class": "classes",
        owl + "ObjectProperty": "object_properties",
        owl + "DatatypeProperty": "datatype_properties",
        owl + "AnnotationProperty": "annotation_properties",
    }
    terms: dict[str, dict[str, Any]] = {}
    groups: dict[str, list[str]] = {v: [] for v in kinds.values()}
    for t in triples:
        s = t.subject.value if isinstance(t.subject, ox.NamedNode) else None
        if s is None:
            continue
        entry = terms.setdefault(
            s, {"iri": s, "name": compact(s), "labels": {}, "comments": {}, "other": []}
        )
        p, o = t.predicate.value, t.object
        if p == rdf_type and isinstance(o, ox.NamedNode) and o.value in kinds:
            groups[kinds[o.value]].append(s)
        elif p == "http://www.w3.org/2000/01/rdf-schema#label" and isinstance(o, ox.Literal):
            entry["labels"][o.language or ""] = o.value
        elif p == "http://www.w3.org/2000/01/rdf-schema#comment" and isinstance(o, ox.Literal):
            entry["comments"][o.language or ""] = o.value
        else:
            value = (
                compact(o.value)
                if isinstance(o, ox.NamedNode)
                else html.unescape(str(getattr(o, "value", o)))
            )
            entry["other"].append((compact(p), value))
    return {
        "groups": {k: [terms[s] for s in sorted(set(v))] for k, v in groups.items()},
        "ontology_iri": next(
            (
                str(getattr(t.subject, "value", ""))
                for t in triples
                if t.predicate.value == rdf_type
                and isinstance(t.object, ox.NamedNode)
                and t.object.value == owl + "Ontology"
            ),
            "",
        ),
    }
