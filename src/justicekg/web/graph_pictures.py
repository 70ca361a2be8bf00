"""Pictures of the graph pages that are not projections: the award heat map (one row per
province identity) and an award's recipients and giver."""

from __future__ import annotations

from typing import Any

import networkx as nx

from justicekg.analytics import drawing, overview
from justicekg.web import lookup
from justicekg.web.i18n import translate

#: Province renames: a province whose only predecessor ended the day it began (Thừa Thiên Huế
#: → Huế) is the same province under a new name; mergers (several → one) are not.
RENAMES = """SELECT ?old ?new WHERE {
  ?a <https://w3id.org/justicekg/ontology#succeededBy> ?b ;
     <https://w3id.org/justicekg/ontology#validUntil> ?day ;
     <http://www.w3.org/2000/01/rdf-schema#label> ?old .
  ?b <https://w3id.org/justicekg/ontology#validFrom> ?day ;
     <http://www.w3.org/2000/01/rdf-schema#label> ?new .
  FILTER NOT EXISTS { ?c <https://w3id.org/justicekg/ontology#succeededBy> ?b FILTER(?c != ?a) }
}"""


def heatmap(store: Any, counts: dict[tuple[str, int], int], lang: str) -> str:
    """The award heat map with one row per province identity: a renamed province's rows are
    one row, labelled with both names; decisions without a province are the central level."""
    renamed = {row["old"].value: row["new"].value for row in store.query(RENAMES)}
    merged: dict[tuple[str, int], int] = {}
    for (row, year), n in counts.items():
        key = renamed.get(row, row)
        merged[(key, year)] = merged.get((key, year), 0) + n
    labels = {new: f"{new} ({old})" for old, new in renamed.items()}
    labels[overview.NATIONAL] = translate("heat_national", lang)
    return drawing.heatmap_svg(merged, row_labels=labels, lang=lang)


#: An award's recipients and who conferred it (awards are not in the entity projection).
AWARD_LINKS = """SELECT DISTINCT ?other ?relation ?label ?kind WHERE {
  { ?fact <https://w3id.org/justicekg/ontology#award> AWARD ;
          <https://w3id.org/justicekg/ontology#recipient> ?other . BIND("recipient" AS ?relation) }
  UNION { AWARD <https://w3id.org/justicekg/ontology#conferrer> ?other .
          BIND("conferrer" AS ?relation) }
  OPTIONAL { ?other <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  BIND(IF(CONTAINS(STR(?other), "/id/person/"), "person", "organization") AS ?kind)
} LIMIT 200"""


def award_graph(store: Any, iri: str) -> nx.Graph:
    """The picture's graph of an award: the award in the middle, its recipients and giver."""
    graph = nx.Graph(name="award")
    try:
        term = lookup.term(iri)
    except ValueError:
        return graph
    rows = list(store.query(AWARD_LINKS.replace("AWARD", term)))
    if not rows:
        return graph
    labels = {
        row["s"].value: row["l"].value
        for row in store.query(
            f"SELECT ?s ?l {{ VALUES ?s {{ {term} }} "
            "?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
        )
    }
    graph.add_node(iri, kind="award", label=labels.get(iri, ""))
    for row in rows:
        other = row["other"].value
        label = row["label"].value if row["label"] is not None else ""
        graph.add_node(other, kind=row["kind"].value, label=label)
        graph.add_edge(iri, other, relation=row["relation"].value)
    return graph
