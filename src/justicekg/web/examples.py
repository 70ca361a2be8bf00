"""Example SPARQL queries offered by the editor; each title is ``example_<key>`` in the
message catalogue."""

from __future__ import annotations

from dataclasses import dataclass

from justicekg.web.rdfdoc import sparql_prologue


@dataclass(frozen=True, slots=True)
class Example:
    key: str
    query: str

    @property
    def title_key(self) -> str:
        return f"example_{self.key}"


def examples(base: str) -> list[Example]:
    p = sparql_prologue()
    return [
        Example(
            "positions",
            p
            + """SELECT ?person ?name ?title ?organization ?attested WHERE {
  ?pos org:member ?person ; org:role ?t ; org:organization ?o .
  ?person rdfs:label ?name . ?t skos:prefLabel ?title . ?o rdfs:label ?organization .
  OPTIONAL { ?pos jkg:attestedOn ?attested }
  FILTER CONTAINS(LCASE(STR(?name)), "tuấn")
} ORDER BY ?name ?attested LIMIT 100""",
        ),
        Example(
            "title_on_date",
            p
            + """SELECT ?name ?title ?organization ?attested WHERE {
  ?pos org:member ?person ; org:role ?t ; org:organization ?o ; jkg:attestedOn ?attested .
  ?person rdfs:label ?name . ?t skos:prefLabel ?title . ?o rdfs:label ?organization .
  OPTIONAL { ?pos schema:startDate ?start } OPTIONAL { ?pos schema:endDate ?end }
  BIND("2024-06-30"^^xsd:date AS ?day)
  FILTER((!BOUND(?start) || ?start <= ?day) && (!BOUND(?end) || ?end >= ?day))
  FILTER CONTAINS(LCASE(STR(?title)), "cục trưởng")
} ORDER BY ?organization LIMIT 100""",
        ),
        Example(
            "awards_by_province",
            p
            + """SELECT ?province ?year (COUNT(DISTINCT ?d) AS ?awards) WHERE {
  ?d jkg:recipient ?r ; jkg:award ?a .
  OPTIONAL { ?d jkg:year ?year }
  ?r jkg:province ?prov . ?prov rdfs:label ?province .
} GROUP BY ?province ?year ORDER BY ?province ?year""",
        ),
        Example(
            "events_attended",
            p
            + """SELECT ?name ?event ?date WHERE {
  ?part jkg:participant ?person ; jkg:atEvent ?e .
  ?person rdfs:label ?name . ?e rdfs:label ?event .
  OPTIONAL { ?e schema:startDate ?date }
} ORDER BY ?name ?date LIMIT 100""",
        ),
        Example(
            "co_participants",
            p
            + """SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?events) WHERE {
  ?p1 jkg:participant ?x ; jkg:atEvent ?e . ?p2 jkg:participant ?y ; jkg:atEvent ?e .
  FILTER(STR(?x) < STR(?y))
  ?x rdfs:label ?a . ?y rdfs:label ?b .
} GROUP BY ?a ?b ORDER BY DESC(?events) LIMIT 50""",
        ),
        Example(
            "kinds",
            "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class }\n"
            "GROUP BY ?class ORDER BY DESC(?n)",
        ),
    ]
