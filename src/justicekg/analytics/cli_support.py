"""``justicekg analyze …``: the functions behind the CLI, returning text and an exit code.

``run_analyze(store, settings, "path", ["Lê Anh Tuấn", "Trần Tiến Dũng"], at=None,
fmt="table")`` returns ``(text, exit_code)``; the CLI prints the text and exits with the
code: 0 done, 1 no connection (``path``), 2 bad usage, an unknown or ambiguous entity (the
candidates are listed).

Commands:

* ``centrality [PROJECTION] [--top N] [--by degree|betweenness|eigenvector] [--kind K]
  [--since DATE]``
* ``communities [PROJECTION] [--top N] [--since DATE]``
* ``components [PROJECTION] [--top N] [--since DATE]``
* ``path A B``
* ``ego X [--radius N]``

``--at DATE`` restricts centrality/communities/components/path to facts dated on or before
``DATE`` and gives the ego network as it stood on ``DATE``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from justicekg.analytics import measures, paths, projections
from justicekg.analytics.scores import cached
from justicekg.config import Settings
from justicekg.errors import QueryError
from justicekg.rdf.build import typed_date
from justicekg.rdf.mint import name_key
from justicekg.store.base import Store
from justicekg.text.normalize import search_key

COMMANDS = ("centrality", "communities", "components", "path", "ego")
DEFAULT_PROJECTION = "coparticipation"


class AnalysisError(QueryError):
    """Bad arguments to an analysis (unknown command, projection or entity): exit 2, HTTP 400."""


@dataclass(frozen=True, slots=True)
class Candidate:
    iri: str
    label: str
    kind: str


class UnknownEntityError(AnalysisError):
    """No entity has this IRI or exact name."""


class AmbiguousEntityError(AnalysisError):
    """Several entities share the name; ``candidates`` lists them."""

    def __init__(self, message: str, candidates: list[Candidate]) -> None:
        super().__init__(message, hint="give the IRI of one of the candidates")
        self.candidates = candidates


def fold(name: str) -> str:
    """Compare key for exact names: the identity key of :func:`justicekg.rdf.mint.name_key`
    (case, spacing, tone-mark placement and dash style ignored; diacritics kept).

    >>> fold("  Lê  Anh TUẤN ") == fold("lê anh tuấn")
    True
    >>> fold("Thanh Hoá") == fold("Thanh Hóa"), fold("Hùng") == fold("Hưng")
    (True, False)
    """
    return name_key(name)


def labels(
    store: Store, settings: Settings, *, version: str | None = None
) -> dict[str, tuple[str, str]]:
    """IRI → (label, kind) of every entity, cached until the next score recomputation."""
    return cached(
        store, settings, "labels", lambda: projections.entity_labels(store), version=version
    )


def check_date(option: str, value: str | None) -> None:
    """Refuse a ``--at`` / ``--since`` that is not an ISO date, year-month or year.

    >>> check_date("--at", "2020-02"), check_date("--at", None)
    (None, None)
    >>> check_date("--at", "notadate")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    justicekg.analytics.cli_support.AnalysisError: --at 'notadate' is not a date ...
    """
    if value is None:
        return
    if typed_date(value).datatype is None or value != value.strip():
        raise AnalysisError(f"{option} {value!r} is not a date", hint="YYYY-MM-DD, YYYY-MM or YYYY")


def resolve_entity(
    store: Store, settings: Settings, ref: str, *, version: str | None = None
) -> str:
    """The IRI of the entity named by ``ref``: a full IRI, ``kind/slug`` under
    ``<base>id/``, or a name: exact (case and spacing aside), else without diacritics
    (``le anh tuan``, the key web search uses: :func:`justicekg.text.normalize.search_key`).

    Raises:
        UnknownEntityError: nothing matches.
        AmbiguousEntityError: the name is shared; the error lists the candidates.
    """
    known = labels(store, settings, version=version)
    ref = ref.strip()
    for iri in (ref, f"{settings.base_iri}id/{ref.lstrip('/')}", ref.strip("<>")):
        if iri in known:
            return iri
    key = fold(ref)
    found = [Candidate(iri, lab, kind) for iri, (lab, kind) in known.items() if fold(lab) == key]
    if not found:
        loose = search_key(ref)
        found = [
            Candidate(iri, lab, kind)
            for iri, (lab, kind) in known.items()
            if loose and search_key(lab) == loose
        ]
    if len(found) == 1:
        return found[0].iri
    if not found:
        raise UnknownEntityError(f"no entity is named or identified by {ref!r}")
    found.sort(key=lambda c: (c.kind, c.iri))
    raise AmbiguousEntityError(f"{len(found)} entities are named {ref!r}; give an IRI", found)


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A plain-text table: a header, a rule, one line per row; floats to 4 decimals.

    >>> print(render_table([{"a": "x", "b": 0.5}], ["a", "b"]))
    a  b
    -  ------
    x  0.5000
    """

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:.4f}"
        return "" if value is None else str(value)

    body = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(line[i]) for line in body]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() for line in body
    ]
    return "\n".join(lines)


def _parser(command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"justicekg analyze {command}", add_help=False, exit_on_error=False
    )
    if command in ("centrality", "communities", "components"):
        p.add_argument("projection", nargs="?", default=DEFAULT_PROJECTION)
        p.add_argument("--top", type=int, default=20)
        p.add_argument("--since", default=None)
    if command == "centrality":
        p.add_argument(
            "--by", default="betweenness", choices=("betweenness", "degree", "eigenvector")
        )
        p.add_argument("--kind", default=None)
    if command == "path":
        p.add_argument("source")
        p.add_argument("target")
    if command == "ego":
        p.add_argument("entity")
        p.add_argument("--radius", type=int, default=1)
    return p


def _projection(
    store: Store,
    settings: Settings,
    name: str,
    at: str | None,
    version: str | None = None,
    since: str | None = None,
) -> nx.Graph:
    if name not in projections.PROJECTIONS:
        raise AnalysisError(
            f"unknown projection {name!r}; one of: {', '.join(projections.PROJECTIONS)}"
        )
    if at is None and since is None:
        return cached(
            store,
            settings,
            f"projection:{name}",
            lambda: projections.project(store, name),
            version=version,
        )
    return projections.project(store, name, window=projections.Window(start=since, end=at))


def analyze(
    store: Store,
    settings: Settings,
    command: str,
    args: Sequence[str],
    *,
    at: str | None = None,
    version: str | None = None,
) -> dict[str, Any]:
    """Run one analysis and return its machine view (what ``--format json`` prints).

    ``version`` keys the cached projections (default: the analytics graph's time stamp).

    Raises:
        AnalysisError: unknown command, projection or entity, or bad arguments.
    """
    if command not in COMMANDS:
        raise AnalysisError(f"unknown analysis {command!r}; one of: {', '.join(COMMANDS)}")
    try:
        opts, rest = _parser(command).parse_known_args(list(args))
    except (argparse.ArgumentError, SystemExit) as exc:
        raise AnalysisError(f"bad arguments for {command}: {exc}") from None
    if rest:
        raise AnalysisError(f"unexpected arguments for {command}: {' '.join(rest)}")
    check_date("--at", at)
    check_date("--since", getattr(opts, "since", None))
    result: dict[str, Any] = {"command": command, "at": at}
    if command in ("centrality", "communities", "components"):
        graph = _projection(store, settings, opts.projection, at, version, opts.since)
        if graph.is_directed():
            graph = graph.to_undirected()
        result.update(
            since=opts.since,
            projection=opts.projection,
            nodes=graph.number_of_nodes(),
            edges=graph.number_of_edges(),
        )
        if command == "centrality":
            sc = measures.scores(graph)
            result["approximate"] = sc.approximate
            result["rows"] = measures.centrality(
                graph, top=opts.top, by=opts.by, kind=opts.kind, precomputed=sc
            )
        elif command == "communities":
            comms = measures.communities(graph) if graph.number_of_edges() else []
            result["rows"] = measures.community_rows(graph, comms)[: opts.top]
            result["count"] = len(comms)
        else:
            comps = measures.components(graph)
            result["count"] = len(comps)
            result["rows"] = [
                {
                    "component": i,
                    "size": len(c),
                    "sample": [graph.nodes[n].get("label") or n for n in c[:5]],
                }
                for i, c in enumerate(comps[: opts.top])
            ]
        return result
    graph = _projection(store, settings, "entity", at if command == "path" else None, version)
    if command == "path":
        a = resolve_entity(store, settings, opts.source, version=version)
        b = resolve_entity(store, settings, opts.target, version=version)
        result.update(paths.find_path(store, graph, a, b).to_dict())
        return result
    node = resolve_entity(store, settings, opts.entity, version=version)
    sub = measures.ego(graph, node, radius=opts.radius, at=at)
    result.update(
        entity=node,
        label=graph.nodes[node].get("label") if node in graph else node,
        radius=opts.radius,
        nodes=[
            {"node": n, "label": d.get("label"), "kind": d.get("kind")}
            for n, d in sub.nodes(data=True)
        ],
        edges=[
            {
                "source": u,
                "target": v,
                "relation": d.get("relation"),
                "start": d.get("start"),
                "end": d.get("end"),
            }
            for u, v, d in sub.edges(data=True)
        ],
    )
    return result


def render(result: dict[str, Any]) -> str:
    """The human view of :func:`analyze`'s result."""
    command = result["command"]
    head = f"{command}"
    if "projection" in result:
        head += f" on {result['projection']} ({result['nodes']} nodes, {result['edges']} edges)"
    if result.get("since"):
        head += f" from {result['since']}"
    if result.get("at"):
        head += f" as of {result['at']}"
    if command == "centrality":
        note = " — betweenness estimated from a sample" if result.get("approximate") else ""
        table = render_table(
            result["rows"], ["label", "kind", "degree", "betweenness", "eigenvector", "neighbours"]
        )
        return f"{head}{note}\n{table}"
    if command == "communities":
        rows = [
            {
                "community": r["community"],
                "size": r["size"],
                "members": ", ".join(m["label"] for m in r["members"]),
            }
            for r in result["rows"]
        ]
        return f"{head}: {result['count']} communities\n" + render_table(
            rows, ["community", "size", "members"]
        )
    if command == "components":
        rows = [{**r, "sample": ", ".join(r["sample"])} for r in result["rows"]]
        return f"{head}: {result['count']} components\n" + render_table(
            rows, ["component", "size", "sample"]
        )
    if command == "path":
        if not result["found"]:
            return f"no connection between {result['source']} and {result['target']}"
        lines = [f"{result['length']} step(s) from {result['source']} to {result['target']}:"]
        for i, hop in enumerate(result["hops"], 1):
            lines.append(f"{i}. {hop['fact']}")
            lines += [paths.Quote(**q).line() for q in hop["evidence"]]
        return "\n".join(lines)
    rows = [
        {
            "relation": e["relation"],
            "neighbour": _other(result, e),
            "since": e["start"],
            "until": e["end"],
        }
        for e in result["edges"]
        if result["entity"] in (e["source"], e["target"])
    ]
    size = f"{len(result['nodes'])} nodes, {len(result['edges'])} edges"
    title = f"ego network of {result['label']} ({size})"
    if result.get("at"):
        title += f" on {result['at']}"
    return title + "\n" + render_table(rows, ["relation", "neighbour", "since", "until"])


def _other(result: dict[str, Any], edge: dict[str, Any]) -> str:
    other = edge["target"] if edge["source"] == result["entity"] else edge["source"]
    for n in result["nodes"]:
        if n["node"] == other:
            return str(n["label"] or other)
    return str(other)


def run_analyze(
    store: Store,
    settings: Settings,
    command: str,
    args: Sequence[str],
    *,
    at: str | None = None,
    fmt: str = "table",
) -> tuple[str, int]:
    """Run ``justicekg analyze COMMAND ARGS…`` and return ``(output text, exit code)``.

    Exit codes: 0 done; 1 ``path`` found no connection; 2 bad usage, unknown entity or an
    ambiguous name (the candidates are listed, one ``IRI  kind  label`` per line).
    """
    if fmt not in ("table", "json"):
        return f"unknown format {fmt!r}: table or json", 2
    try:
        result = analyze(store, settings, command, args, at=at)
    except AmbiguousEntityError as exc:
        lines = [str(exc)] + [f"  {c.iri}  {c.kind}  {c.label}" for c in exc.candidates]
        if fmt == "json":
            payload = {
                "error": str(exc),
                "candidates": [
                    c.__dict__
                    if hasattr(c, "__dict__")
                    else {"iri": c.iri, "label": c.label, "kind": c.kind}
                    for c in exc.candidates
                ],
            }
            return json.dumps(payload, ensure_ascii=False, indent=2), 2
        return "\n".join(lines), 2
    except AnalysisError as exc:
        if fmt == "json":
            return json.dumps({"error": str(exc)}, ensure_ascii=False, indent=2), 2
        return str(exc), 2
    code = 1 if command == "path" and not result.get("found") else 0
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2), code
    return render(result), code
