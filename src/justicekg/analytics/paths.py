"""How are A and B connected: the shortest path between two entities, every hop explained.

A path is walked on the ``entity`` projection (persons, organizations, events, provinces).
Each hop is then explained from the store by the fact behind it and the evidence sentence
that states it. Two persons linked through an event they both attended make one hop, "both
attended the conference … of 2017-11-27", with both participation sentences as evidence.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_edge("a", "e", relation="participant"); g.add_edge("b", "e", relation="participant")
>>> g.nodes["e"].update(kind="event")
>>> [h.relation for h in explain_path(None, g, ["a", "e", "b"]).hops]
['co-participant']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from justicekg.analytics.projections import PREFIXES
from justicekg.catalogue import LANGUAGES, format_day, gettext
from justicekg.store.base import Store

#: The language of :attr:`Hop.fact` (the CLI's, with ISO dates); :attr:`Hop.facts` holds
#: every interface language, with dates as people write them (27/11/2017).
FACT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Quote:
    """An evidence sentence and the article it comes from."""

    text: str
    article: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None

    def line(self, lang: str = FACT_LANGUAGE) -> str:
        """``     "sentence" [article]``, or ``     stated in [article]`` without a sentence."""
        where = f"[{self.title or self.article}]" if (self.title or self.article) else ""
        if not self.text:
            return "     " + gettext("path_stated_in", lang, where=where)
        return f'     "{self.text}" {where}'.rstrip()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "article": self.article,
            "title": self.title,
            "url": self.url,
            "published": self.published,
        }


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a path: from ``source`` to ``target`` because of ``fact`` (a sentence)."""

    source: str
    source_label: str
    target: str
    target_label: str
    relation: str
    fact: str
    via: str | None = None  # the event two co-participants share
    evidence: tuple[Quote, ...] = ()
    #: The fact in every interface language (``{"vi": …, "en": …}``), from the catalogue.
    facts: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_label": self.source_label,
            "target": self.target,
            "target_label": self.target_label,
            "relation": self.relation,
            "fact": self.fact,
            "facts": dict(self.facts),
            "via": self.via,
            "evidence": [q.to_dict() for q in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class PathResult:
    """The answer to "how are A and B connected": ``hops`` is empty when they are not."""

    source: str
    target: str
    nodes: tuple[str, ...] = ()
    hops: tuple[Hop, ...] = field(default_factory=tuple)

    @property
    def found(self) -> bool:
        return bool(self.nodes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "found": self.found,
            "length": len(self.nodes) - 1 if self.nodes else None,
            "nodes": list(self.nodes),
            "hops": [h.to_dict() for h in self.hops],
        }

    def text(self) -> str:
        """The human view: one numbered line per hop, its evidence indented under it."""
        if not self.found:
            return gettext("path_none", FACT_LANGUAGE, a=self.source, b=self.target)
        lines = []
        for i, hop in enumerate(self.hops, 1):
            lines.append(f"{i}. {hop.fact}")
            for q in hop.evidence:
                lines.append(q.line())
        return "\n".join(lines)


def shortest_path(graph: nx.Graph, source: str, target: str) -> list[str]:
    """The fewest-hops path from ``source`` to ``target`` (empty when not connected).

    Ties are broken deterministically: networkx's BFS follows insertion order, and the
    projections insert in query order, so the same store always gives the same path.
    """
    if source not in graph or target not in graph:
        return []
    try:
        return list(nx.shortest_path(graph, source, target))
    except nx.NetworkXNoPath:
        return []


def find_path(store: Store | None, graph: nx.Graph, source: str, target: str) -> PathResult:
    """Shortest path on ``graph`` (the ``entity`` projection), each hop explained."""
    return explain_path(store, graph, shortest_path(graph, source, target), source, target)


def explain_path(
    store: Store | None,
    graph: nx.Graph,
    nodes: list[str],
    source: str | None = None,
    target: str | None = None,
) -> PathResult:
    """Turn a node path into hops with facts and evidence (evidence needs a store)."""
    if not nodes:
        return PathResult(source or "", target or "")
    hops: list[Hop] = []
    i = 0
    while i < len(nodes) - 1:
        a, b = nodes[i], nodes[i + 1]
        c = nodes[i + 2] if i + 2 < len(nodes) else None
        if (
            c is not None
            and graph.nodes[b].get("kind") == "event"
            and graph.edges[a, b].get("relation") == "participant"
            and graph.edges[b, c].get("relation") == "participant"
        ):
            hops.append(_co_participation(store, graph, a, b, c))
            i += 2
            continue
        hops.append(_hop(store, graph, a, b))
        i += 1
    return PathResult(source or nodes[0], target or nodes[-1], tuple(nodes), tuple(hops))


def _label(graph: nx.Graph, node: str) -> str:
    return str(graph.nodes[node].get("label") or node)


def describe_event(
    graph: nx.Graph, event: str, lang: str = FACT_LANGUAGE, *, iso: bool = True
) -> str:
    """``the conference "Hội nghị …" of 2017-11-27`` (``hội nghị “Hội nghị …” ngày 27/11/2017``
    in Vietnamese) from an event node's attributes, worded by the catalogue."""
    data = graph.nodes[event]
    kind = gettext(f"event_kind_{data.get('event_kind') or 'event'}", lang)
    label = data.get("label")
    if label and label != event.rsplit("/", 1)[-1]:
        text = gettext("event_named", lang, kind=kind, label=label)
    else:
        text = gettext("event_unnamed", lang, kind=kind)
    if data.get("date"):
        date = data["date"] if iso else format_day(data["date"], lang)
        text = gettext("event_on", lang, event=text, date=date)
    return text


def _in_languages(render: Any) -> tuple[str, dict[str, str]]:
    """The CLI's fact (English, ISO dates) and the pages' facts (every language)."""
    return render(FACT_LANGUAGE, True), {lang: render(lang, False) for lang in LANGUAGES}


def _co_participation(store: Store | None, graph: nx.Graph, a: str, e: str, c: str) -> Hop:
    def render(lang: str, iso: bool) -> str:
        return gettext(
            "path_co_participation",
            lang,
            a=_label(graph, a),
            c=_label(graph, c),
            b=describe_event(graph, e, lang, iso=iso),
        )

    fact, facts = _in_languages(render)
    both = _participation_evidence(store, a, e) + _participation_evidence(store, c, e)
    # one sentence often names both participants: show it once
    unique: dict[str, Quote] = {}
    for q in both:
        unique.setdefault(q.text, q)
    evidence = tuple(unique.values())
    return Hop(
        a,
        _label(graph, a),
        c,
        _label(graph, c),
        "co-participant",
        fact,
        e,
        evidence,
        facts,
    )


#: Relations whose fact has its own wording in the catalogue (``path_<relation>``).
_FACTS = frozenset({"participant", "position", "subOrganizationOf", "province", "organizer"})


def _hop(store: Store | None, graph: nx.Graph, a: str, b: str) -> Hop:
    data = graph.edges[a, b]
    relation = str(data.get("relation") or "linked")
    # Facts read one way (person → event, child → parent): start from the fact's subject.
    first, second = a, b
    subject = data.get("subject")
    kinds = (graph.nodes[a].get("kind"), graph.nodes[b].get("kind"))
    if subject == b or (
        subject is None
        and (
            (relation == "participant" and kinds[0] == "event")
            or (relation == "position" and kinds[0] == "organization")
            or (relation == "province" and kinds[0] == "province")
            or (relation == "organizer" and kinds[0] == "organization")
        )
    ):
        first, second = b, a
    title = data.get("title")
    key = f"path_{relation}" if relation in _FACTS else "path_linked"
    if relation == "position" and not title:
        key = "path_position_untitled"

    def render(lang: str, iso: bool) -> str:
        names = {"a": _label(graph, first), "b": _label(graph, second)}
        if graph.nodes[second].get("kind") == "event":
            names["b"] = describe_event(graph, second, lang, iso=iso)
        if graph.nodes[first].get("kind") == "event":
            text = describe_event(graph, first, lang, iso=iso)
            names["a"] = text[:1].upper() + text[1:]
        return gettext(key, lang, title=title, **names)

    fact, facts = _in_languages(render)
    evidence: tuple[Quote, ...] = ()
    if relation == "participant":
        evidence = _participation_evidence(store, first, second)
    elif relation == "position":
        evidence = _position_evidence(store, first, second)
    else:
        evidence = _stated_in(store, first, _PREDICATES.get(relation), second)
    return Hop(
        a,
        _label(graph, a),
        b,
        _label(graph, b),
        relation,
        fact,
        None,
        evidence,
        facts,
    )


# -- evidence from the store ---------------------------------------------------------------

_ARTICLE = """
  ?ev jkg:quote ?quote .
  OPTIONAL { ?ev jkg:inArticle ?article
             OPTIONAL { ?article schema:headline ?title }
             OPTIONAL { ?article schema:url ?url }
             OPTIONAL { ?article schema:datePublished ?published } }
"""


def _quotes(store: Store | None, pattern: str, limit: int = 2) -> tuple[Quote, ...]:
    if store is None:
        return ()
    query = (
        PREFIXES
        + "SELECT DISTINCT ?quote ?article ?title ?url ?published WHERE {\n"
        + pattern
        + _ARTICLE
        + f"}} ORDER BY ?published ?quote LIMIT {limit}"
    )
    out: dict[str, Quote] = {}
    for row in store.query(query):
        vals = [str(row[n].value) if row[n] is not None else None for n in range(5)]
        text = vals[0] or ""
        if text not in out:  # the same sentence in several articles: keep the first
            out[text] = Quote(text, *vals[1:])
    return tuple(out.values())


def _participation_evidence(store: Store | None, person: str, event: str) -> tuple[Quote, ...]:
    return _quotes(
        store,
        f"?x jkg:participant <{person}> ; jkg:atEvent <{event}> ; jkg:evidence ?ev .\n",
        limit=1,
    )


def _position_evidence(store: Store | None, person: str, org: str) -> tuple[Quote, ...]:
    return _quotes(
        store, f"?x org:member <{person}> ; org:organization <{org}> ; jkg:evidence ?ev .\n"
    )


_PREDICATES = {
    "subOrganizationOf": "org:subOrganizationOf",
    "province": "jkg:province",
    "organizer": "schema:organizer",
}


def _stated_in(
    store: Store | None, subject: str, predicate: str | None, obj: str
) -> tuple[Quote, ...]:
    """The articles whose graphs state ``subject predicate obj``, with the subject's first
    mention as the sentence when the article gives one (these facts have no evidence node)."""
    if store is None or predicate is None:
        return ()
    query = (
        PREFIXES
        + f"""SELECT ?quote ?article ?title ?url ?published WHERE {{
  GRAPH ?g {{ <{subject}> {predicate} <{obj}> }}
  ?g prov:wasDerivedFrom ?article .
  OPTIONAL {{ ?article schema:headline ?title }}
  OPTIONAL {{ ?article schema:url ?url }}
  OPTIONAL {{ ?article schema:datePublished ?published }}
  OPTIONAL {{ GRAPH ?g {{ <{subject}> jkg:evidence/jkg:quote ?quote }} }}
}} ORDER BY DESC(BOUND(?quote)) ?published LIMIT 1"""
    )
    out = []
    for row in store.query(query):
        vals = [row[n].value if row[n] is not None else None for n in range(5)]
        out.append(Quote(vals[0] or "", *vals[1:]))
    return tuple(out)


def shared_events(store: Store, a: str, b: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Events both persons attended, oldest first: ``{event, label, date}`` rows."""
    query = (
        PREFIXES
        + f"""SELECT DISTINCT ?e ?label ?date WHERE {{
  ?x jkg:participant <{a}> ; jkg:atEvent ?e .
  ?y jkg:participant <{b}> ; jkg:atEvent ?e .
  OPTIONAL {{ ?e rdfs:label ?label }} OPTIONAL {{ ?e schema:startDate ?date }}
}} ORDER BY ?date LIMIT {limit}"""
    )
    return [
        {
            "event": row["e"].value,
            "label": row["label"].value if row["label"] is not None else None,
            "date": row["date"].value if row["date"] is not None else None,
        }
        for row in store.query(query)
    ]
