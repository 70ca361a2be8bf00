"""The sector overview: top connectors per province, award decisions per province and year.

Both read what is already computed (the scores graph) or cheap aggregates, so a page can
show them from :func:`~justicekg.analytics.scores.cached` values.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from justicekg.analytics import projections
from justicekg.analytics.scores import SCORE_PROPERTIES, analytics_graph_iri
from justicekg.config import Settings
from justicekg.store.base import Store

NATIONAL = "—"


def top_connectors(store: Store, settings: Settings, *, per: int = 3) -> list[dict[str, Any]]:
    """Per province, the persons with the highest stored betweenness (co-participation).

    A person counts for every province where they held a position in an organization of
    that province. Rows ``{province, label, people: [{node, label, betweenness, degree}]}``,
    provinces sorted by name.
    """
    query = (
        projections.PREFIXES
        + f"""SELECT ?prov ?provLabel ?p ?label ?b ?d WHERE {{
  GRAPH <{analytics_graph_iri(settings)}> {{
    ?p <{SCORE_PROPERTIES["betweenness"]}> ?b ; <{SCORE_PROPERTIES["degree"]}> ?d }}
  ?p a jkg:Person ; rdfs:label ?label .
  ?pos org:member ?p ; org:organization ?o .
  ?o jkg:province ?prov .
  OPTIONAL {{ ?prov rdfs:label ?provLabel }}
}}"""
    )
    people: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    names: dict[str, str] = {}
    for row in store.query(query):
        prov = row["prov"].value
        names[prov] = row["provLabel"].value if row["provLabel"] is not None else prov
        people[prov][row["p"].value] = {
            "node": row["p"].value,
            "label": row["label"].value,
            "betweenness": float(row["b"].value),
            "degree": float(row["d"].value),
        }
    out: list[dict[str, Any]] = []
    for prov, persons in people.items():
        ranked = sorted(
            persons.values(), key=lambda r: (-r["betweenness"], -r["degree"], r["label"])
        )
        out.append({"province": prov, "label": names[prov], "people": ranked[:per]})
    out.sort(key=lambda r: str(r["label"]))
    return out


def awards_by_province_year(
    store: Store, *, status: str | None = None
) -> dict[tuple[str, int], int]:
    """``(province label, year) → number of award decisions`` (recipients without a province
    count under :data:`NATIONAL`); ``status`` keeps one status (nominated, conferred…)."""
    decisions = list(projections.award_decisions(store))
    provinces = {d["province"] for d in decisions if d["province"]}
    labels = projections.entity_labels(store, provinces, kinds=("province",)) if provinces else {}
    counts: Counter[tuple[str, int]] = Counter()
    for d in decisions:
        if d["year"] is None or (status and d["status"] != status):
            continue
        name = labels.get(d["province"], (d["province"], ""))[0] if d["province"] else NATIONAL
        counts[(name, d["year"])] += 1
    return dict(counts)
