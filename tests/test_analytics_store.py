"""Projections, scores, paths and ``analyze`` on a small store built from hand-made reports.

The sector in the reports, with the answers known by hand:

* conference A in Thanh Hóa (2017-11-27): Tuấn, Dũng, Hoa — organized by the emulation group;
* meeting B in Nghệ An (2018-03-05): Hoa, Lan, Minh;
* training C in Nghệ An (2019-06-01): Lan, Minh;
* so Hoa is the only bridge between {Tuấn, Dũng} and {Lan, Minh}, and Tuấn reaches Minh in two
  co-participation hops (A then B); two persons named "Nguyễn Văn An" make an ambiguous name.
"""

from __future__ import annotations

import json

import pytest

from justicekg.analytics import measures, paths, projections, recompute_scores, run_analyze
from justicekg.analytics.scores import analytics_version, cached_projection, read_scores
from justicekg.config import Settings
from justicekg.model import (
    Article,
    AwardDecision,
    Event,
    Evidence,
    ExtractionReport,
    Organization,
    Person,
    Position,
)
from justicekg.store.oxigraph import OxigraphStore

GROUP = "Khu vực thi đua các tỉnh Bắc Trung Bộ"
SO_TH = "Sở Tư pháp tỉnh Thanh Hóa"
SO_NA = "Sở Tư pháp tỉnh Nghệ An"


class _Text:
    def __init__(self) -> None:
        self.text = ""

    def say(self, sentence: str) -> Evidence:
        start = len(self.text) + (1 if self.text else 0)
        self.text += (" " if self.text else "") + sentence
        return Evidence(start, start + len(sentence), sentence)


def _report(
    article_id: str,
    date: str,
    kind: str,
    province: str,
    people: list[tuple[str, str, str]],
    *,
    organizer: str | None = None,
    awards: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> ExtractionReport:
    t = _Text()
    ev_event = t.say(f"Ngày {date}, tại tỉnh {province} diễn ra {kind}.")
    persons, part_ev = [], {}
    for name, title, org in people:
        sentence = t.say(f"Dự có đồng chí {name}, {title} {org}.")
        part_ev[name] = sentence
        persons.append(Person(name, [Position(title, org, evidence=sentence)], sentence))
    orgs = {o for _, _, o in people} | ({organizer} if organizer else set())
    organizations = [
        Organization(
            o,
            "emulation-group" if o == GROUP else "provincial-department",
            province=None if o == GROUP else o.rsplit("tỉnh ", 1)[-1],
        )
        for o in sorted(orgs)
    ]
    award_rows = []
    for award, recipient in awards:
        award_rows.append(
            AwardDecision(award, recipient, "conferred", int(date[:4]), evidence=t.say(
                f"{recipient} được tặng {award} vì thành tích năm {date[:4]}."
            ))
        )  # fmt: skip
        if recipient not in orgs:
            organizations.append(
                Organization(recipient, "provincial-department", province=province)
            )
    event = Event(
        kind,
        f"{kind.capitalize()} {article_id}",
        date,
        province=province,
        organizer=organizer,
        participants=[p[0] for p in people],
        evidence=ev_event,
        participant_evidence=part_ev,
    )
    return ExtractionReport(
        article=Article(id=article_id, published=date, title=f"Tin {article_id}", text=t.text),
        persons=persons,
        organizations=organizations,
        provinces=[province],
        events=[event],
        awards=award_rows,
    )


REPORTS = [
    _report(
        "a",
        "2017-11-27",
        "conference",
        "Thanh Hóa",
        [
            ("Lê Anh Tuấn", "Giám đốc", SO_TH),
            ("Trần Tiến Duẩn", "Phó Giám đốc", SO_TH),
            ("Phạm Thị Hoa", "Giám đốc", SO_NA),
        ],
        organizer=GROUP,
        awards=[("Cờ thi đua ngành Tư pháp", SO_TH)],
    ),
    _report(
        "b",
        "2018-03-05",
        "meeting",
        "Nghệ An",
        [
            ("Phạm Thị Hoa", "Giám đốc", SO_NA),
            ("Hồ Thị Lan", "Phó Giám đốc", SO_NA),
            ("Võ Văn Minh", "Chánh Văn phòng", SO_NA),
        ],
        awards=[("Cờ thi đua ngành Tư pháp", SO_NA)],
    ),
    _report(
        "c",
        "2019-06-01",
        "training",
        "Nghệ An",
        [("Hồ Thị Lan", "Phó Giám đốc", SO_NA), ("Võ Văn Minh", "Chánh Văn phòng", SO_NA)],
    ),
    _report("d", "2019-07-01", "meeting", "Thanh Hóa", [("Nguyễn Văn An", "Giám đốc", SO_TH)]),
    _report("e", "2019-08-01", "meeting", "Nghệ An", [("Nguyễn Văn An", "Chánh Văn phòng", SO_NA)]),
]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(store="memory:")


@pytest.fixture(scope="module")
def store(settings: Settings) -> OxigraphStore:
    from justicekg.rdf.build import build_graph, graph_iri
    from justicekg.store.convert import triples_to_ox

    s = OxigraphStore("memory:")
    s.replace_graphs(
        {
            graph_iri(r.article.id, settings): list(triples_to_ox(build_graph(r, settings)))
            for r in REPORTS
        }
    )
    recompute_scores(s, settings)
    return s


def _by_label(graph, label: str) -> str:  # type: ignore[no-untyped-def]
    found = [n for n, d in graph.nodes(data=True) if d.get("label") == label]
    assert len(found) == 1, (label, found)
    return found[0]


def test_participation_is_bipartite(store: OxigraphStore) -> None:
    g = projections.project(store, "participation")
    persons = [n for n, d in g.nodes(data=True) if d["kind"] == "person"]
    events = [n for n, d in g.nodes(data=True) if d["kind"] == "event"]
    assert len(persons) == 7 and len(events) == 5
    assert g.number_of_edges() == 3 + 3 + 2 + 1 + 1


def test_coparticipation_weights_and_date_range(store: OxigraphStore) -> None:
    g = projections.project(store, "coparticipation")
    lan, minh = _by_label(g, "Hồ Thị Lan"), _by_label(g, "Võ Văn Minh")
    assert g.edges[lan, minh]["weight"] == 2
    g2018 = projections.project(store, "coparticipation", window=projections.Window(end="2018"))
    assert g2018.edges[lan, minh]["weight"] == 1


def test_the_bridge_person(store: OxigraphStore) -> None:
    g = projections.project(store, "coparticipation")
    top = measures.centrality(g, top=1)[0]
    assert top["label"] == "Phạm Thị Hoa"


def test_award_decisions_carry_status_and_year(store: OxigraphStore) -> None:
    awards = projections.project(store, "awards")
    decisions = [d for _, d in awards.nodes(data=True) if d["kind"] == "award"]
    assert {(d["status"], d["year"]) for d in decisions} == {
        ("conferred", 2017),
        ("conferred", 2018),
    }


def test_provinces_linked_through_shared_event_and_group(store: OxigraphStore) -> None:
    g = projections.project(store, "provinces")
    th, na = _by_label(g, "Thanh Hóa"), _by_label(g, "Nghệ An")
    assert g.edges[th, na]["events"] >= 1  # Hoa of Nghệ An attended conference A in Thanh Hóa


def test_path_is_explained_with_evidence(store: OxigraphStore, settings: Settings) -> None:
    graph = cached_projection(store, settings, "entity")
    tuan, minh = _by_label(graph, "Lê Anh Tuấn"), _by_label(graph, "Võ Văn Minh")
    result = paths.find_path(store, graph, tuan, minh)
    assert [h.relation for h in result.hops] == ["co-participant", "co-participant"]
    first = result.hops[0]
    assert first.fact.startswith("Lê Anh Tuấn and Phạm Thị Hoa both attended the conference")
    assert first.fact.endswith("of 2017-11-27")
    assert [q.text for q in first.evidence] == [
        "Dự có đồng chí Lê Anh Tuấn, Giám đốc Sở Tư pháp tỉnh Thanh Hóa.",
        "Dự có đồng chí Phạm Thị Hoa, Giám đốc Sở Tư pháp tỉnh Nghệ An.",
    ]
    assert first.evidence[0].title == "Tin a"


def test_scores_graph_is_written_with_its_time(store: OxigraphStore, settings: Settings) -> None:
    assert analytics_version(store, settings) != "none"
    rows = {r["node"]: r for r in read_scores(store, settings, kind="person")}
    graph = projections.project(store, "coparticipation")
    hoa = _by_label(graph, "Phạm Thị Hoa")
    assert rows[hoa]["betweenness"] == max(r["betweenness"] for r in rows.values())
    ranked = store.query(
        "SELECT ?p WHERE { ?p <https://w3id.org/justicekg/ontology#betweennessCentrality> ?b } "
        "ORDER BY DESC(?b) LIMIT 1"
    )
    assert next(iter(ranked))[0].value == hoa


def test_cache_is_kept_until_the_scores_change(store: OxigraphStore, settings: Settings) -> None:
    a = cached_projection(store, settings, "entity")
    assert cached_projection(store, settings, "entity") is a


def test_analyze_path_table(store: OxigraphStore, settings: Settings) -> None:
    text, code = run_analyze(store, settings, "path", ["Lê Anh Tuấn", "võ văn minh"], lang="en")
    assert code == 0
    assert "both attended the conference" in text and "of 2017-11-27" in text
    assert '"Dự có đồng chí Lê Anh Tuấn, Giám đốc Sở Tư pháp tỉnh Thanh Hóa."' in text


def test_analyze_ambiguous_name_lists_candidates(store: OxigraphStore, settings: Settings) -> None:
    text, code = run_analyze(store, settings, "ego", ["Nguyễn Văn An"], lang="en")
    assert code == 2
    assert text.count("/id/person/") == 2


def test_analyze_unknown_entity_and_command(store: OxigraphStore, settings: Settings) -> None:
    assert run_analyze(store, settings, "ego", ["Nobody"])[1] == 2
    assert run_analyze(store, settings, "frobnicate", [])[1] == 2
    assert run_analyze(store, settings, "centrality", ["nosuch"])[1] == 2


def test_analyze_centrality_json(store: OxigraphStore, settings: Settings) -> None:
    text, code = run_analyze(store, settings, "centrality", ["--top", "2"], fmt="json", lang="en")
    data = json.loads(text)
    assert code == 0 and data["rows"][0]["label"] == "Phạm Thị Hoa" and len(data["rows"]) == 2


def test_analyze_ego_at_a_date(store: OxigraphStore, settings: Settings) -> None:
    text, code = run_analyze(
        store, settings, "ego", ["Hồ Thị Lan"], at="2018-12-31", fmt="json", lang="en"
    )
    data = json.loads(text)
    events = [n for n in data["nodes"] if n["kind"] == "event"]
    assert code == 0 and len(events) == 1  # the 2019 training had not happened yet


def test_analyze_communities_and_no_path(store: OxigraphStore, settings: Settings) -> None:
    text, code = run_analyze(store, settings, "communities", [], lang="en")
    assert code == 0 and "communities" in text
    iris = [
        line.split()[0]
        for line in run_analyze(store, settings, "ego", ["Nguyễn Văn An"])[0].splitlines()[1:]
    ]
    _, code = run_analyze(store, settings, "path", ["Lê Anh Tuấn", iris[0]], at="2010", lang="en")
    assert code == 1


@pytest.mark.parametrize("label", ["Phạm Thị Hoa", "Nghệ An", SO_NA, GROUP])
def test_focused_entity_graph_is_the_ego_network(store: OxigraphStore, label: str) -> None:
    full = projections.project(store, "entity")
    node = _by_label(full, label)
    focused = projections.entity_graph(store, focus=node)
    ego = measures.ego(full, node)
    assert set(focused) == set(ego)
    # the edges at the focus are the same (edges among neighbours are not fetched)
    assert {frozenset(e) for e in focused.edges(node)} == {frozenset(e) for e in ego.edges(node)}
    assert all(focused.nodes[n]["label"] == full.nodes[n]["label"] for n in focused)


def test_analyze_centrality_in_a_date_range(store: OxigraphStore, settings: Settings) -> None:
    text, code = run_analyze(
        store, settings, "centrality", ["--since", "2019", "--top", "5"], fmt="json"
    )
    data = json.loads(text)
    assert code == 0 and data["since"] == "2019"
    assert {r["label"] for r in data["rows"]} == {"Hồ Thị Lan", "Võ Văn Minh", "Nguyễn Văn An"}
