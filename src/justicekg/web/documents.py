"""An entity's data document: its statements, its positions spelled out, and the document's
own description (``foaf:primaryTopic``, ``dcterms:license``), so that one GET tells a client
who holds which title in which organization, and under what terms it may reuse that.

No Flask here: the view passes the state, the IRIs and the page in.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pyoxigraph as ox

from justicekg.config import ONTOLOGY_DIR
from justicekg.web import rdfdoc
from justicekg.web.lookup import construct, term

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FOAF_DOCUMENT = ox.NamedNode("http://xmlns.com/foaf/0.1/Document")
PRIMARY_TOPIC = ox.NamedNode("http://xmlns.com/foaf/0.1/primaryTopic")
LICENSE = ox.NamedNode("http://purl.org/dc/terms/license")
IS_PART_OF = ox.NamedNode("http://purl.org/dc/terms/isPartOf")

#: Triples of positions (memberships) added to page 1 of a document, at most.
POSITION_TRIPLES = 2000


def positions_query(iri: str) -> str:
    """The memberships an entity takes part in (as member or organization): each one's type,
    title, organization, member and dates, and the labels of its title, organization and
    member (its evidence and attestations stay in the membership's own document).

    >>> "org:hasMembership" in positions_query("http://x/a")
    True
    """
    t = term(iri)
    return (
        "PREFIX org: <http://www.w3.org/ns/org#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
        "PREFIX schema: <https://schema.org/>\n"
        "CONSTRUCT { ?m ?p ?o . ?x rdfs:label ?label }\n"
        f"WHERE {{ {{ {t} org:hasMembership ?m }} UNION {{ ?m org:organization {t} }}\n"
        "  { ?m ?p ?o VALUES ?p { rdf:type org:role org:organization org:member\n"
        "                         schema:startDate schema:endDate } }\n"
        "  UNION { ?m org:role|org:organization|org:member ?x . ?x rdfs:label ?label\n"
        f"          FILTER(?x != {t}) }}\n"
        "}"
    )


@cache
def data_license() -> str | None:
    """The licence the ontology declares (``dcterms:license`` in ``ontology/justicekg.ttl``):
    one statement of terms for the vocabulary and the data served with it."""
    path = ONTOLOGY_DIR / "justicekg.ttl"
    if not path.exists():
        return None
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        if quad.predicate == LICENSE and isinstance(quad.object, ox.NamedNode):
            return quad.object.value
    return None


def about(document: str, topic: str, dataset: str) -> list[ox.Triple]:
    """The document's own triples: a ``foaf:Document`` whose primary topic is ``topic``,
    part of ``dataset``, under the data licence.

    >>> triples = about("http://x/d", "http://x/a", "http://x/v")
    >>> [t.predicate.value.rsplit("/", 1)[-1] for t in triples]
    ['22-rdf-syntax-ns#type', 'primaryTopic', 'isPartOf', 'license']
    """
    doc = ox.NamedNode(document)
    triples = [
        ox.Triple(doc, RDF_TYPE, FOAF_DOCUMENT),
        ox.Triple(doc, PRIMARY_TOPIC, ox.NamedNode(topic)),
        ox.Triple(doc, IS_PART_OF, ox.NamedNode(dataset)),
    ]
    licence = data_license()
    if licence:
        triples.append(ox.Triple(doc, LICENSE, ox.NamedNode(licence)))
    return triples


def document(
    state: Any, iri: str, *, document: str, dataset: str, page: int = 1
) -> tuple[list[ox.Triple], bool]:
    """One page of the data document ``document`` about ``iri``, and whether more follow.

    Every page says what it is (:func:`about`); page 1 also spells out the entity's positions
    (:func:`positions_query`), so a person's document names titles and organizations.
    """
    triples, more = rdfdoc.describe(state, iri, page=page)
    extra = about(document, iri, dataset)
    if page == 1:
        positions, _cut = construct(state, positions_query(iri), max_rows=POSITION_TRIPLES)
        extra.extend(positions)
    have = set(triples)
    triples.extend(t for t in dict.fromkeys(extra) if t not in have)
    return sorted(triples, key=str), more
