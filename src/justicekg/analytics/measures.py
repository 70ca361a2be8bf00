"""Measures on a projected networkx graph: centralities, components, communities, ego networks.

Every function takes a graph made by :mod:`justicekg.analytics.projections` (nodes are entity
IRIs carrying ``label`` and ``kind``; edges may carry ``weight``) and returns plain rows
(dicts of str/float/int) that the CLI, the JSON API and the pages show as they are.

>>> import networkx as nx
>>> g = nx.path_graph(["a", "b", "c"])
>>> [r["node"] for r in centrality(g)][:1]
['b']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

#: Above this many nodes, betweenness is estimated from a seeded sample of pivots.
EXACT_BETWEENNESS_MAX_NODES = 3000
#: Most pivots used for the estimate (Brandes & Pich); seeded, so results are repeatable.
BETWEENNESS_PIVOTS = 400
#: Edge visits the estimate may spend (pivots × edges): big graphs get fewer pivots, >= 16.
BETWEENNESS_BUDGET = 20_000_000


@dataclass(frozen=True, slots=True)
class Scores:
    """Degree, betweenness and eigenvector centrality of every node of a graph.

    ``approximate`` says whether betweenness was estimated from ``pivots`` sampled sources.
    """

    degree: dict[str, float]
    betweenness: dict[str, float]
    eigenvector: dict[str, float]
    approximate: bool
    pivots: int | None

    def row(self, node: str) -> dict[str, float]:
        return {
            "degree": self.degree.get(node, 0.0),
            "betweenness": self.betweenness.get(node, 0.0),
            "eigenvector": self.eigenvector.get(node, 0.0),
        }


def scores(graph: nx.Graph, *, seed: int = 0, weight: str | None = None) -> Scores:
    """Compute the three centralities of every node.

    Degree is normalized (networkx's ``degree_centrality``). Betweenness is exact up to
    :data:`EXACT_BETWEENNESS_MAX_NODES` nodes and nodes × edges within
    :data:`BETWEENNESS_BUDGET`, otherwise estimated from at most
    :data:`BETWEENNESS_PIVOTS` seeded pivots (fewer on big graphs, within
    :data:`BETWEENNESS_BUDGET`). Eigenvector centrality is computed per
    connected component (it is undefined across components) and scaled by the component's
    share of the nodes, so a pair of isolated nodes does not outrank a hub of a big component
    (see :func:`power_eigenvector`).

    Args:
        graph: an undirected projection.
        seed: the seed of the betweenness sample.
        weight: an edge attribute used as a distance for betweenness and as a strength for
            eigenvector centrality; None treats every edge alike.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return Scores({}, {}, {}, approximate=False, pivots=None)
    degree = nx.degree_centrality(graph) if n > 1 else dict.fromkeys(graph, 0.0)
    m = graph.number_of_edges()
    # Exact betweenness costs about n × m edge visits: sample pivots beyond the budget.
    approximate = n > EXACT_BETWEENNESS_MAX_NODES or n * m > BETWEENNESS_BUDGET
    budget = max(16, BETWEENNESS_BUDGET // max(m, 1))
    pivots = min(BETWEENNESS_PIVOTS, budget, n) if approximate else None
    betweenness = nx.betweenness_centrality(graph, k=pivots, seed=seed, normalized=True)
    eigenvector = power_eigenvector(graph, weight=weight)
    return Scores(degree, betweenness, eigenvector, approximate=approximate, pivots=pivots)


def power_eigenvector(
    graph: nx.Graph, *, weight: str | None = None, max_iter: int = 1000, tol: float = 1e-8
) -> dict[str, float]:
    """Eigenvector centrality by power iteration on numpy arrays, per connected component.

    The same iteration as networkx's ``eigenvector_centrality`` (``x ← (A + I) x``, L2
    normalization, stop when the L1 change is below ``n·tol``), but vectorized, so a graph of
    a million edges takes seconds instead of minutes; each component is normalized on its
    own and then scaled by its share of the nodes; isolated nodes score 0.
    """
    nodes = list(graph)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    comp = np.zeros(n, dtype=np.int64)
    for c, members in enumerate(nx.connected_components(graph)):
        for node in members:
            comp[index[node]] = c
    sizes = np.bincount(comp)
    m = graph.number_of_edges()
    u = np.empty(m, dtype=np.int64)
    v = np.empty(m, dtype=np.int64)
    w = np.ones(m, dtype=np.float64)
    for k, (a, b, data) in enumerate(graph.edges(data=True)):
        u[k], v[k] = index[a], index[b]
        if weight is not None:
            w[k] = float(data.get(weight, 1.0))
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        y = last + np.bincount(u, weights=w * last[v], minlength=n)
        y += np.bincount(v, weights=w * last[u], minlength=n)
        norms = np.sqrt(np.bincount(comp, weights=y * y))
        norms[norms == 0] = 1.0
        x = y / norms[comp]
        if np.abs(x - last).sum() < n * tol:
            break
    x = x * (sizes[comp] / n)
    x[sizes[comp] == 1] = 0.0  # an isolated node has no eigenvector centrality
    return {node: float(x[i]) for i, node in enumerate(nodes)}


def centrality(
    graph: nx.Graph,
    *,
    top: int | None = None,
    kind: str | None = None,
    by: str = "betweenness",
    seed: int = 0,
    precomputed: Scores | None = None,
) -> list[dict[str, Any]]:
    """Nodes ranked by a centrality, best first, as rows.

    Args:
        graph: a projection.
        top: keep this many rows (all when None).
        kind: keep only nodes of this ``kind`` attribute (e.g. ``"person"``).
        by: ``"betweenness"``, ``"degree"`` or ``"eigenvector"``; ties broken by the others,
            then by label.
        seed: see :func:`scores`.
        precomputed: reuse scores already computed on this graph.

    Returns:
        rows ``{node, label, kind, degree, betweenness, eigenvector, neighbours}``.

    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> [(r["node"], round(r["betweenness"], 2)) for r in centrality(g, top=2)]
    [('b', 0.67), ('c', 0.67)]
    """
    if by not in ("betweenness", "degree", "eigenvector"):
        raise ValueError(f"unknown centrality {by!r}")
    sc = precomputed or scores(graph, seed=seed)
    order = [by] + [m for m in ("betweenness", "degree", "eigenvector") if m != by]
    rows: list[dict[str, Any]] = []
    for node, data in graph.nodes(data=True):
        if kind and data.get("kind") != kind:
            continue
        row: dict[str, Any] = {
            "node": node,
            "label": data.get("label") or node,
            "kind": data.get("kind"),
        }
        row.update(sc.row(node))
        row["neighbours"] = graph.degree(node)
        rows.append(row)
    rows.sort(key=lambda r: (*(-r[m] for m in order), str(r["label"]), r["node"]))
    return rows[:top] if top else rows


def components(graph: nx.Graph) -> list[list[str]]:
    """Connected components, largest first, each a sorted list of nodes.

    >>> components(nx.Graph([("a", "b"), ("c", "d"), ("d", "e")]))
    [['c', 'd', 'e'], ['a', 'b']]
    """
    comps = [sorted(c) for c in nx.connected_components(graph)]
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def communities(
    graph: nx.Graph, *, seed: int = 0, weight: str | None = "weight", resolution: float = 1.0
) -> list[list[str]]:
    """Louvain communities (networkx), seeded, largest first, each a sorted list of nodes.

    >>> g = nx.barbell_graph(4, 0)
    >>> [len(c) for c in communities(g)]
    [4, 4]
    """
    found = nx.community.louvain_communities(graph, weight=weight, resolution=resolution, seed=seed)
    comms = [sorted(c, key=str) for c in found]
    comms.sort(key=lambda c: (-len(c), str(c[0])))
    return comms


def community_rows(graph: nx.Graph, comms: Iterable[list[str]], *, sample: int = 5) -> list[dict]:
    """One row per community: its size, the kinds it holds, and its best-connected members."""
    rows = []
    for i, members in enumerate(comms):
        ranked = sorted(members, key=lambda n: (-graph.degree(n, weight="weight"), str(n)))
        kinds: dict[str, int] = {}
        for m in members:
            k = str(graph.nodes[m].get("kind") or "?")
            kinds[k] = kinds.get(k, 0) + 1
        rows.append(
            {
                "community": i,
                "size": len(members),
                "kinds": kinds,
                "members": [
                    {"node": m, "label": graph.nodes[m].get("label") or m} for m in ranked[:sample]
                ],
            }
        )
    return rows


def is_valid_at(data: dict[str, Any], at: str | None) -> bool:
    """Whether an edge (or node) with optional ISO ``start``/``end`` holds on date ``at``.

    Dates compare as ISO strings prefix-wise, so ``"2017"`` holds on ``"2017-11-27"``: a fact
    with no start is always known; one with a start holds from its start onwards, and one
    with an end holds until its end (inclusive, at the end's precision).

    >>> is_valid_at({"start": "2017-11-27"}, "2017-12-01"), is_valid_at({"start": "2018"}, "2017")
    (True, False)
    >>> is_valid_at({"start": "2015", "end": "2016-06"}, "2016-06-30")
    True
    """
    if at is None:
        return True
    start = data.get("start")
    end = data.get("end")
    if start and str(start)[: len(at)] > at[: len(str(start))]:
        return False
    return not (end and str(end) < at[: len(str(end))])


def ego(graph: nx.Graph, node: str, *, radius: int = 1, at: str | None = None) -> nx.Graph:
    """The ego network of ``node``: its neighbourhood within ``radius`` hops on date ``at``.

    Edges (and nodes) whose ``start``/``end`` do not hold on ``at`` are left out first (see
    :func:`is_valid_at`), so the network is the one that stood on that date.

    >>> g = nx.Graph()
    >>> g.add_edge("p", "e1", start="2017-01-01"); g.add_edge("p", "e2", start="2019-01-01")
    >>> sorted(ego(g, "p", at="2018-01-01"))
    ['e1', 'p']
    """
    if at is not None:
        view = nx.subgraph_view(
            graph,
            filter_node=lambda n: n == node or is_valid_at(graph.nodes[n], at),
            filter_edge=lambda u, v: is_valid_at(graph.edges[u, v], at),
        )
    else:
        view = graph
    if node not in view:
        return nx.Graph()
    return nx.ego_graph(view, node, radius=radius).copy()
