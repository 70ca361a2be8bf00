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
            "holders_on_day",
            p
            + """SELECT ?name ?title ?acting ?begin ?end WHERE {
  VALUES (?orgName ?title ?day) {
    ("Sở Tư pháp tỉnh Hà Tĩnh"@vi "Giám đốc"@vi "2021-01-01"^^xsd:date) }
  ?org rdfs:label ?orgName . ?post org:postIn ?org ; org:role/skos:prefLabel ?title .
  ?m jkg:post ?post ; org:member/foaf:name ?name ; org:memberDuring ?i .
  # begun by that day (an appointment's day, or the day of an article that attests it) …
  FILTER EXISTS { ?i time:hasBeginning/jkg:notAfter ?b FILTER (?b <= ?day) }
  # … not ended by then (an end day, or an article calling it former: nguyên) …
  FILTER NOT EXISTS { ?i time:hasEnd/jkg:notAfter ?e FILTER (?e <= ?day) }
  # … and either appointed with no end known, or still attested on or after that day.
  FILTER (EXISTS { ?i time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?x }
          || EXISTS { ?i time:hasEnd/jkg:notBefore ?l FILTER (?l > ?day) })
  # … in an organization whose province still existed (Sở Tư pháp tỉnh Yên Bái ended with it).
  FILTER (NOT EXISTS { ?org jkg:province ?pv } || EXISTS { ?org jkg:province ?pv
          FILTER NOT EXISTS { ?pv jkg:validUntil ?u FILTER (?u <= ?day) } })
  OPTIONAL { ?m jkg:acting ?acting }
  OPTIONAL { ?i time:hasBeginning/time:inXSDDate ?begin }
  OPTIONAL { ?i time:hasEnd/time:inXSDDate ?end }
} ORDER BY ?name""",
        ),
        Example(
            "awards_of_year_in_province",
            p
            + """SELECT ?unit ?award ?status WHERE {
  VALUES (?year ?provinceName) { (2017 "Thanh Hóa"@vi) }
  ?d jkg:recipient ?r ; jkg:award/skos:prefLabel ?award ; jkg:awardStatus ?s ; jkg:year ?year .
  ?s skos:prefLabel ?status . FILTER (LANG(?status) = "vi")
  ?r rdfs:label ?unit ; jkg:province/rdfs:label ?provinceName .
} ORDER BY ?unit ?award""",
        ),
        Example(
            "province_2025",
            p
            + """SELECT ?province ?code ?change ?day ?result ?newCode WHERE {
  VALUES ?name { "Quảng Trị"@vi }
  ?p a jkg:Province ; rdfs:label ?name ; jkg:changedBy ?c .
  OPTIONAL { ?p jkg:gsoCode ?code }
  ?c dcterms:date ?day ; rdfs:label ?change . FILTER (YEAR(?day) = 2025 && LANG(?change) = "vi")
  ?r jkg:resultedFrom ?c ; rdfs:label ?result . OPTIONAL { ?r jkg:gsoCode ?newCode }
  BIND (STR(?name) AS ?province)
}""",
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
