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

from justicekg import catalogue
from justicekg.analytics import measures, paths, projections
from justicekg.analytics.scores import cached
from justicekg.catalogue import DEFAULT, Message, describe_error, translator
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
        super().__init__(message, hint=Message("analyze_ambiguous_hint"))
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
    justicekg.analytics.cli_support.AnalysisError: --at 'notadate' không phải là ngày ...
    """
    if value is None:
        return
    if typed_date(value).datatype is None or value != value.strip():
        raise AnalysisError(
            Message("analyze_not_a_date", option=option, value=repr(value)),
            hint=Message("analyze_date_forms"),
        )


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
        raise UnknownEntityError(Message("analyze_unknown_entity", ref=repr(ref)))
    found.sort(key=lambda c: (c.kind, c.iri))
    raise AmbiguousEntityError(Message("analyze_ambiguous", n=len(found), ref=repr(ref)), found)


def render_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], headers: Sequence[str] | None = None
) -> str:
    """A plain-text table: a header (``headers``, else the column keys), a rule, one line per
    row; floats to 4 decimals.

    >>> print(render_table([{"a": "x", "b": 0.5}], ["a", "b"]))
    a  b
    -  ------
    x  0.5000
    """

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:.4f}"
        return "" if value is None else str(value)

    heads = list(columns if headers is None else headers)
    body = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(line[i]) for line in body]) for i, c in enumerate(heads)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(heads, widths, strict=True)).rstrip()]
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
            Message(
                "analyze_unknown_projection",
                name=repr(name),
                names=", ".join(projections.PROJECTIONS),
            )
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
        raise AnalysisError(
            Message("analyze_unknown_command", name=repr(command), names=", ".join(COMMANDS))
        )
    try:
        opts, rest = _parser(command).parse_known_args(list(args))
    except (argparse.ArgumentError, SystemExit) as exc:
        raise AnalysisError(
            Message("analyze_bad_arguments", command=command, why=str(exc))
        ) from None
    if rest:
        raise AnalysisError(
            Message("analyze_unexpected_arguments", command=command, args=" ".join(rest))
        )
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


#: The keys of the rows each table shows (its headers: ``analyze_col_<key>`` in the catalogue).
CENTRALITY_COLUMNS = ("label", "kind", "degree", "betweenness", "eigenvector", "neighbours")
COMMUNITY_COLUMNS = ("community", "size", "members")
COMPONENT_COLUMNS = ("component", "size", "sample")
EGO_COLUMNS = ("relation", "neighbour", "since", "until")


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], lang: str) -> str:
    """:func:`render_table` with the column headers in ``lang`` (the keys stay the JSON's)."""
    tr = translator(lang)
    return render_table(rows, columns, [tr(f"analyze_col_{c}") for c in columns])


def _word(prefix: str, value: Any, lang: str) -> Any:
    """A kind or relation (``person``, ``participant``) as the pages name it in ``lang``;
    in English the key itself, as ``--format json`` gives it."""
    key = f"{prefix}_{value}"
    if lang == "en" or key not in catalogue.keys(lang):
        return value
    return catalogue.gettext(key, lang)


def render(result: dict[str, Any], lang: str = DEFAULT) -> str:
    """The human view of :func:`analyze`'s result, in ``lang``."""
    tr = translator(lang)
    command = result["command"]
    head = f"{command}"
    if "projection" in result:
        head += tr(
            "analyze_on_projection",
            projection=result["projection"],
            nodes=result["nodes"],
            edges=result["edges"],
        )
    if result.get("since"):
        head += tr("analyze_from", date=result["since"])
    if result.get("at"):
        head += tr("analyze_as_of", date=result["at"])
    if command == "centrality":
        note = tr("analyze_estimated") if result.get("approximate") else ""
        rows = [{**r, "kind": _word("kind", r.get("kind"), lang)} for r in result["rows"]]
        return f"{head}{note}\n" + _table(rows, CENTRALITY_COLUMNS, lang)
    if command == "communities":
        rows = [
            {
                "community": r["community"],
                "size": r["size"],
                "members": ", ".join(m["label"] for m in r["members"]),
            }
            for r in result["rows"]
        ]
        return (
            tr("analyze_communities", head=head, n=result["count"])
            + "\n"
            + _table(rows, COMMUNITY_COLUMNS, lang)
        )
    if command == "components":
        rows = [{**r, "sample": ", ".join(r["sample"])} for r in result["rows"]]
        return (
            tr("analyze_components", head=head, n=result["count"])
            + "\n"
            + _table(rows, COMPONENT_COLUMNS, lang)
        )
    if command == "path":
        return _path_text(result, lang)
    rows = [
        {
            "relation": _word("rel", e["relation"], lang),
            "neighbour": _other(result, e),
            "since": e["start"],
            "until": e["end"],
        }
        for e in result["edges"]
        if result["entity"] in (e["source"], e["target"])
    ]
    title = tr(
        "analyze_ego",
        label=result["label"],
        nodes=len(result["nodes"]),
        edges=len(result["edges"]),
    )
    if result.get("at"):
        title += tr("analyze_on_day", date=result["at"])
    return title + "\n" + _table(rows, EGO_COLUMNS, lang)


def _path_text(result: dict[str, Any], lang: str) -> str:
    """The path's hops, each fact in ``lang`` (ISO dates in the CLI's English) with its
    evidence under it."""
    tr = translator(lang)
    if not result["found"]:
        return tr("analyze_no_path", a=result["source"], b=result["target"])
    lines = [tr("analyze_steps", n=result["length"], a=result["source"], b=result["target"])]
    for i, hop in enumerate(result["hops"], 1):
        fact = hop["fact"] if lang == paths.FACT_LANGUAGE else hop["facts"].get(lang, hop["fact"])
        lines.append(f"{i}. {fact}")
        lines += [paths.Quote(**q).line(lang) for q in hop["evidence"]]
    return "\n".join(lines)


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
    lang: str = DEFAULT,
) -> tuple[str, int]:
    """Run ``justicekg analyze COMMAND ARGS…`` and return ``(output text, exit code)``; the
    text in ``lang`` (JSON keys and values stay the same in every language, error texts aside).

    Exit codes: 0 done; 1 ``path`` found no connection; 2 bad usage, unknown entity or an
    ambiguous name (the candidates are listed, one ``IRI  kind  label`` per line).
    """
    if fmt not in ("table", "json"):
        tr = translator(lang)
        return tr("analyze_unknown_format", format=repr(fmt)), 2
    try:
        result = analyze(store, settings, command, args, at=at)
    except AmbiguousEntityError as exc:
        message = describe_error(exc, lang)
        lines = [message] + [f"  {c.iri}  {c.kind}  {c.label}" for c in exc.candidates]
        if fmt == "json":
            payload = {
                "error": message,
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
            return json.dumps({"error": describe_error(exc, lang)}, ensure_ascii=False, indent=2), 2
        return describe_error(exc, lang), 2
    code = 1 if command == "path" and not result.get("found") else 0
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2), code
    return render(result, lang), code
