"""Network analytics on networkx: who works with whom, who connects whom, how the sector is shaped.

* :mod:`~justicekg.analytics.projections` — the store as networkx graphs, each defined once;
* :mod:`~justicekg.analytics.measures` — centralities, components, Louvain communities, ego;
* :mod:`~justicekg.analytics.paths` — how are A and B connected, every hop explained;
* :mod:`~justicekg.analytics.scores` — scores written back as RDF, and the cache keyed by them;
* :mod:`~justicekg.analytics.cli_support` — ``justicekg analyze …``;
* :mod:`~justicekg.analytics.synthetic` — seeded synthetic reports for the benchmark.
"""

from __future__ import annotations

from justicekg.analytics.cli_support import analyze, resolve_entity, run_analyze
from justicekg.analytics.scores import analytics_graph_iri, recompute_scores

__all__ = ["analytics_graph_iri", "analyze", "recompute_scores", "resolve_entity", "run_analyze"]
