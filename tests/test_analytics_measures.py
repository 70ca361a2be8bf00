"""Measures and paths on small hand-built graphs whose answers are known by hand."""

from __future__ import annotations

import networkx as nx
import pytest

from justicekg.analytics import measures, paths, projections
from justicekg.analytics.cli_support import fold, render_table


def two_teams() -> nx.Graph:
    """Two cliques of four persons, joined only through the bridge person ``bridge``."""
    g = nx.Graph()
    left = ["a1", "a2", "a3", "a4"]
    right = ["b1", "b2", "b3", "b4"]
    for team in (left, right):
        for i, u in enumerate(team):
            for v in team[i + 1 :]:
                g.add_edge(u, v, weight=3)
    g.add_edge("a1", "bridge", weight=1)
    g.add_edge("bridge", "b1", weight=1)
    for n in g:
        g.nodes[n].update(label=n.upper(), kind="person")
    return g


def test_bridge_person_has_the_highest_betweenness() -> None:
    rows = measures.centrality(two_teams(), top=3)
    assert rows[0]["node"] == "bridge"
    # a1 and b1 carry every cross-team path too, but share them with the bridge
    assert {rows[1]["node"], rows[2]["node"]} == {"a1", "b1"}
    assert rows[0]["betweenness"] == pytest.approx(
        16 / 28
    )  # all 4×4 cross pairs, of C(8,2) pairs among the others


def test_degree_ranking_and_kind_filter() -> None:
    g = two_teams()
    g.add_node("e", label="E", kind="event")
    rows = measures.centrality(g, by="degree", kind="person")
    assert rows[0]["node"] in ("a1", "b1")
    assert all(r["kind"] == "person" for r in rows)


def test_two_communities() -> None:
    comms = measures.communities(two_teams(), seed=1)
    assert len(comms) == 2
    teams = [set(c) - {"bridge"} for c in comms]
    assert {frozenset(t) for t in teams} == {
        frozenset({"a1", "a2", "a3", "a4"}),
        frozenset({"b1", "b2", "b3", "b4"}),
    }


def test_communities_are_seeded() -> None:
    g = nx.karate_club_graph()
    assert measures.communities(g, seed=3) == measures.communities(g, seed=3)


def test_components_largest_first() -> None:
    g = two_teams()
    g.add_edge("x", "y")
    g.add_node("z")
    assert [len(c) for c in measures.components(g)] == [9, 2, 1]


def test_eigenvector_matches_networkx_on_a_connected_graph() -> None:
    g = nx.karate_club_graph()
    ours = measures.scores(g).eigenvector
    ref = nx.eigenvector_centrality(g, max_iter=1000, tol=1e-8)
    assert max(abs(ours[n] - ref[n]) for n in g) < 1e-6


def test_eigenvector_of_a_small_component_does_not_outrank_a_hub() -> None:
    g = nx.star_graph(10)
    g.add_edge("x", "y")
    ev = measures.scores(g).eigenvector
    assert ev[0] > ev["x"]


def test_betweenness_is_sampled_on_big_graphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(measures, "EXACT_BETWEENNESS_MAX_NODES", 10)
    sc = measures.scores(nx.path_graph(50), seed=0)
    assert sc.approximate and sc.pivots is not None and sc.pivots <= 50
    assert measures.scores(nx.path_graph(50), seed=0).betweenness == sc.betweenness


def test_shortest_path_on_a_path() -> None:
    g = nx.path_graph(["a", "b", "c", "d"])
    assert paths.shortest_path(g, "a", "d") == ["a", "b", "c", "d"]
    g.add_node("z")
    assert paths.shortest_path(g, "a", "z") == []
    assert paths.shortest_path(g, "a", "missing") == []


def entity_graph() -> nx.Graph:
    g = nx.Graph()
    g.add_node("p:tuan", label="Lê Anh Tuấn", kind="person")
    g.add_node("p:dung", label="Trần Tiến Duẩn", kind="person")
    g.add_node("p:oanh", label="Nguyễn Oanh", kind="person")
    g.add_node("e:conf", label="Hội nghị", kind="event", event_kind="conference",
               date="2017-11-27", start="2017-11-27")  # fmt: skip
    g.add_node("o:so", label="Sở Tư pháp tỉnh Thanh Hóa", kind="organization")
    g.add_edge("p:tuan", "e:conf", relation="participant", start="2017-11-27")
    g.add_edge("p:dung", "e:conf", relation="participant", start="2017-11-27")
    g.add_edge("p:dung", "o:so", relation="position", title="Giám đốc", start="2019")
    g.add_edge("p:oanh", "o:so", relation="position", title="Phó Giám đốc", start="2015")
    return g


def test_path_explains_each_hop_and_merges_co_participation() -> None:
    g = entity_graph()
    result = paths.find_path(None, g, "p:tuan", "p:oanh")
    assert result.found and result.nodes == ("p:tuan", "e:conf", "p:dung", "o:so", "p:oanh")
    facts = [h.fact for h in result.hops]
    assert facts == [
        'Lê Anh Tuấn and Trần Tiến Duẩn both attended the conference "Hội nghị" of 2017-11-27',
        "Trần Tiến Duẩn is Giám đốc of Sở Tư pháp tỉnh Thanh Hóa",
        "Nguyễn Oanh is Phó Giám đốc of Sở Tư pháp tỉnh Thanh Hóa",
    ]
    assert [h.facts["vi"] for h in result.hops] == [  # the pages' language, from the catalogue
        "Lê Anh Tuấn và Trần Tiến Duẩn cùng tham dự hội nghị “Hội nghị” ngày 27/11/2017",
        "Trần Tiến Duẩn là Giám đốc của Sở Tư pháp tỉnh Thanh Hóa",
        "Nguyễn Oanh là Phó Giám đốc của Sở Tư pháp tỉnh Thanh Hóa",
    ]
    assert result.to_dict()["length"] == 4
    assert "1. Lê Anh Tuấn and Trần Tiến Duẩn both attended" in result.text()


def test_no_path() -> None:
    g = entity_graph()
    g.add_node("p:alone", label="Alone", kind="person")
    result = paths.find_path(None, g, "p:tuan", "p:alone")
    assert not result.found and result.to_dict()["hops"] == []


def test_ego_on_a_date_sees_the_network_as_it_stood() -> None:
    g = entity_graph()
    assert set(measures.ego(g, "o:so", at="2016-01-01")) == {"o:so", "p:oanh"}
    assert set(measures.ego(g, "o:so", at="2020-01-01")) == {"o:so", "p:oanh", "p:dung"}
    assert set(measures.ego(g, "p:dung", radius=2)) == set(g)
    assert measures.ego(g, "nobody").number_of_nodes() == 0


def test_position_end_date_closes_the_edge() -> None:
    g = entity_graph()
    g.edges["p:oanh", "o:so"]["end"] = "2018"
    assert "p:oanh" not in measures.ego(g, "o:so", at="2019-05-01")
    assert "p:oanh" in measures.ego(g, "o:so", at="2018-12-31")


def test_coparticipation_from_pairs_weights_and_window() -> None:
    pairs = [("a", "e1"), ("b", "e1"), ("c", "e1"), ("a", "e2"), ("b", "e2"), ("c", "e3")]
    dates = {"e1": "2017-11-27", "e2": "2018-03-01", "e3": "2019-01-01"}
    g = projections.coparticipation_from_pairs(pairs, dates)
    assert g.edges["a", "b"]["weight"] == 2 and g.edges["a", "c"]["weight"] == 1
    g2018 = projections.coparticipation_from_pairs(pairs, dates, projections.Window(start="2018"))
    assert g2018.edges["a", "b"]["weight"] == 1 and not g2018.has_edge("a", "c")


@pytest.mark.parametrize(
    "window,date,inside",
    [
        (projections.Window(), None, True),
        (projections.Window("2017"), None, False),
        (projections.Window("2017", "2017"), "2017-11-27", True),
        (projections.Window(end="2017-06"), "2017-11-27", False),
        (projections.Window(start="2017-11-28"), "2017-11-27", False),
    ],
)
def test_window(window: projections.Window, date: str | None, inside: bool) -> None:
    assert window.contains(date) is inside


def test_fold_and_table() -> None:
    assert fold("Lê  Anh Tuấn") == fold("LÊ ANH TUẤN")
    text = render_table([{"x": "Thanh Hóa", "y": 1.0}], ["x", "y"])
    assert text.splitlines()[2] == "Thanh Hóa  1.0000"


def test_isolated_nodes_have_no_eigenvector_centrality() -> None:
    g = nx.path_graph(3)
    g.add_node("alone")
    assert measures.scores(g).eigenvector["alone"] == 0.0


def test_event_first_in_a_hop_keeps_its_name_case() -> None:
    g = nx.Graph()
    g.add_node("e", kind="event", label="Hội nghị Tư pháp", event_kind="conference", date="2017")
    g.add_node("p", kind="province", label="Thanh Hóa")
    g.add_edge("e", "p", relation="province", subject="e")
    fact = paths.explain_path(None, g, ["e", "p"]).hops[0].fact
    assert fact == 'The conference "Hội nghị Tư pháp" of 2017 is in Thanh Hóa'
