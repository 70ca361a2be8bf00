"""Blueprint ``graph``: network analytics in the JSON API, the pages and the entity pictures.

JSON under ``/api/graph/``:

* ``projections`` — the projections and what they are;
* ``centrality?projection=coparticipation&by=betweenness&top=20&kind=&since=&at=``;
* ``communities?projection=&top=&since=&at=``, ``components?…`` (same options);
* ``path?a=&b=&at=`` — how A and B are connected, every hop with its fact and evidence;
* ``ego?entity=&radius=1&at=`` — the ego network of an entity on a date;
* ``scores?kind=person&top=20`` — the stored scores (the analytics graph);
* ``connectors?per=3`` — top connectors per province; ``awards?status=`` — award decisions
  per province and year;
* ``neighbourhood.svg?iri=`` — the picture drawn on person, organization and province pages.

Pages: ``/graph/path`` ("how are A and B connected") and ``/graph/overview`` (the sector).

Entities are given by IRI or exact name; an ambiguous name answers 400 with the candidates,
an unknown one 404. Nothing here recomputes between two ingests what can be kept: every
result is cached under the store's version, the analytics graph's time stamp (rewritten by
:func:`justicekg.analytics.recompute_scores` after every ingest) plus the web app's write
generation.
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, request
from markupsafe import Markup

from justicekg.analytics import drawing, overview, projections
from justicekg.analytics.cli_support import (
    AmbiguousEntityError,
    AnalysisError,
    UnknownEntityError,
    analyze,
    resolve_entity,
)
from justicekg.analytics.scores import analytics_version, cached, read_scores
from justicekg.catalogue import describe_error, format_day
from justicekg.config import Settings
from justicekg.web import graph_pictures
from justicekg.web.cache import ByteLRU
from justicekg.web.i18n import current as current_language
from justicekg.web.i18n import translate

bp = Blueprint("graph", __name__)

#: Bytes of neighbourhood pictures kept per store version (least recently shown dropped first).
MAX_PICTURE_BYTES = 32 << 20

#: The longest parameter value the API reads (an IRI or a name).
MAX_PARAM_CHARS = 1000

#: The parameters each ``/api/graph/<command>`` takes (anything else is a 400).
PARAMS = {
    "centrality": {"projection", "top", "since", "at", "by", "kind"},
    "communities": {"projection", "top", "since", "at"},
    "components": {"projection", "top", "since", "at"},
    "path": {"a", "b", "at"},
    "ego": {"entity", "radius", "at"},
}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_BY = ("betweenness", "degree", "eigenvector")


class ParamError(ValueError):
    """A query parameter the graph API does not take (HTTP 400)."""


def _state() -> Any:
    return current_app.extensions["justicekg"]


def _context() -> tuple[Any, Settings, str]:
    """The store, the settings and the version every cached value is keyed by."""
    state = _state()
    version = f"{getattr(state, 'generation', 0)}:{analytics_version(state.store, state.settings)}"
    return state.store, state.settings, version


def local_url(iri: str) -> str | None:
    """``/id/<kind>/<slug>`` for an IRI under the base (it redirects to the page)."""
    base = _state().settings.base_iri
    return "/" + iri[len(base) :] if iri.startswith(base + "id/") else None


def _error(exc: AnalysisError) -> tuple[Response, int]:
    body: dict[str, Any] = {"error": describe_error(exc, current_language())}
    if isinstance(exc, AmbiguousEntityError):
        body["candidates"] = [
            {"iri": c.iri, "label": c.label, "kind": c.kind} for c in exc.candidates
        ]
    status = 404 if isinstance(exc, UnknownEntityError) else 400
    return jsonify(body), status


def _int(name: str, default: int, *, low: int = 1, high: int = 500) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise ParamError(translate("error_whole_number", name=name, raw=raw[:50]))
    return max(low, min(high, int(raw)))


def _checked_params(allowed: set[str]) -> None:
    """400 for an unknown or oversized parameter (each one would be a cache key)."""
    for key, values in request.args.lists():
        if key not in allowed and key != "lang":
            raise ParamError(
                translate("error_unknown_parameter", param=key[:50], allowed=sorted(allowed))
            )
        if len(values) > 1:
            raise ParamError(translate("error_parameter_twice", param=key))
        if len(values[0]) > MAX_PARAM_CHARS:
            raise ParamError(translate("error_parameter_long", param=key, limit=MAX_PARAM_CHARS))


def _choice(name: str, default: str | None, allowed: Any) -> str | None:
    value = request.args.get(name) or default
    if value is not None and value not in allowed:
        raise ParamError(translate("error_one_of", name=name, allowed=", ".join(sorted(allowed))))
    return value


def _date(name: str) -> str | None:
    value = (request.args.get(name) or "").strip()
    if not value:
        return None
    if not _DATE.fullmatch(value):
        raise ParamError(translate("error_date_param", name=name))
    return value


def _param_error(exc: ParamError) -> tuple[Response, int]:
    return jsonify({"error": str(exc)}), 400


def _analysis(command: str, args: list[str], at: str | None) -> dict[str, Any]:
    """Run an analysis on the cached projections; whole-graph results are cached too, while
    paths and ego networks (cheap on the cached graph, one per pair of entities) are not."""
    store, settings, version = _context()
    if command in ("path", "ego"):
        return analyze(store, settings, command, args, at=at, version=version)
    key = f"analysis:{command}:{args!r}:{at}"
    return cached(
        store,
        settings,
        key,
        lambda: analyze(store, settings, command, args, at=at, version=version),
        version=version,
    )


def _at() -> str | None:
    return _date("at")


# -- JSON API ------------------------------------------------------------------------------


@bp.route("/api/graph/projections")
def api_projections() -> Any:
    return jsonify(
        [{"name": p.name, "description": p.doc} for p in projections.PROJECTIONS.values()]
    )


@bp.route("/api/graph/<command>")
def api_analysis(command: str) -> Any:
    if command not in PARAMS:
        return jsonify({"error": translate("error_unknown_analysis", name=command[:50])}), 404
    try:
        _checked_params(PARAMS[command])
        args = _analysis_args(command)
        at = _at()
    except ParamError as exc:
        return _param_error(exc)
    if args is None:
        if command == "path":
            return jsonify({"error": translate("error_path_needs")}), 400
        return jsonify({"error": translate("error_ego_needs")}), 400
    try:
        return jsonify(_analysis(command, args, at))
    except AnalysisError as exc:
        return _error(exc)


def _analysis_args(command: str) -> list[str] | None:
    """The analysis's arguments from validated parameters; entities come after ``--`` so
    that a value starting with ``-`` is never read as an option."""
    if command in ("centrality", "communities", "components"):
        projection = _choice("projection", "coparticipation", projections.PROJECTIONS)
        args = ["--top", str(_int("top", 20))]
        since = _date("since")
        if since:
            args += ["--since", since]
        if command == "centrality":
            args += ["--by", str(_choice("by", "betweenness", _BY))]
            kind = _choice("kind", None, set(projections.KINDS.values()))
            if kind:
                args += ["--kind", kind]
        return [*args, "--", str(projection)]
    if command == "path":
        a, b = request.args.get("a", ""), request.args.get("b", "")
        return ["--", a, b] if a and b else None
    entity = request.args.get("entity", "")
    return ["--radius", str(_int("radius", 1, high=3)), "--", entity] if entity else None


@bp.route("/api/graph/scores")
def api_scores() -> Any:
    store, settings, version = _context()
    try:
        _checked_params({"kind", "by", "top"})
        kind = _choice("kind", None, ("person", "organization", "province"))
        by = str(_choice("by", "betweenness", _BY))
        top = _int("top", 20, high=10_000)
    except ParamError as exc:
        return _param_error(exc)
    rows = cached(
        store,
        settings,
        f"scores:{kind}",
        lambda: read_scores(store, settings, kind=kind),
        version=version,
    )
    ranked = sorted(rows, key=lambda r: (-r[by], r["node"]))[:top]
    return jsonify({"version": version.split(":", 1)[1], "by": by, "rows": ranked})


@bp.route("/api/graph/connectors")
def api_connectors() -> Any:
    try:
        _checked_params({"per"})
        per = _int("per", 3, high=50)
    except ParamError as exc:
        return _param_error(exc)
    return jsonify(_connectors(per))


@bp.route("/api/graph/awards")
def api_awards() -> Any:
    try:
        _checked_params({"status"})
        status = _choice("status", None, _award_statuses())
    except ParamError as exc:
        return _param_error(exc)
    counts = _awards(status)
    return jsonify(
        [{"province": p, "year": y, "decisions": n} for (p, y), n in sorted(counts.items())]
    )


@bp.route("/api/graph/neighbourhood.svg")
def api_neighbourhood() -> Any:
    iri = request.args.get("iri", "")
    if not iri:
        return Response(
            translate("error_give_iri"), status=400, content_type="text/plain; charset=utf-8"
        )
    if len(iri) > MAX_PARAM_CHARS or not _is_iri(iri):
        return Response(
            translate("error_iri_absolute"),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    return Response(neighbourhood_svg(iri), content_type="image/svg+xml; charset=utf-8")


def _connectors(per: int) -> list[dict[str, Any]]:
    store, settings, version = _context()
    return cached(
        store,
        settings,
        f"connectors:{per}",
        lambda: overview.top_connectors(store, settings, per=per),
        version=version,
    )


def _award_statuses() -> set[str]:
    """The award statuses in the store (the only values ``status`` may take)."""
    store, settings, version = _context()
    return cached(
        store,
        settings,
        "award-statuses",
        lambda: {str(d["status"]) for d in projections.award_decisions(store) if d["status"]},
        version=version,
    )


def _is_iri(value: str) -> bool:
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


def _awards(status: str | None) -> dict[tuple[str, int], int]:
    store, settings, version = _context()
    return cached(
        store,
        settings,
        f"awards:{status}",
        lambda: overview.awards_by_province_year(store, status=status),
        version=version,
    )


def neighbourhood_svg(iri: str) -> str:
    """The neighbourhood picture of ``iri`` (SVG text), drawn once per store version.

    Raises:
        ValueError: ``iri`` is not an absolute IRI.
    """
    store, settings, version = _context()
    pictures: ByteLRU[str] = cached(
        store, settings, "neighbourhoods", lambda: ByteLRU(MAX_PICTURE_BYTES), version=version
    )
    lang = current_language()
    key = f"{lang}:{iri}"
    svg = pictures.get(key)
    if svg is not None:
        return svg
    graph = projections.entity_graph(store, focus=iri)
    if iri not in graph:
        graph = graph_pictures.award_graph(store, iri)
    svg = drawing.neighbourhood_svg(graph, iri, link=local_url, lang=lang)
    pictures.put(key, svg)
    return svg


def _heatmap(counts: dict[tuple[str, int], int], lang: str) -> str:
    store, _settings, _version = _context()
    return graph_pictures.heatmap(store, counts, lang)


@bp.app_context_processor
def _graph_helpers() -> dict[str, Any]:
    def graph_neighbourhood(iri: str) -> Markup:
        try:
            return Markup(neighbourhood_svg(iri))
        except Exception:  # a picture must never take the entity page down
            current_app.logger.exception("neighbourhood picture of %s", iri)
            return Markup("")

    def kind_label(kind: str | None) -> str:
        return drawing.kind_label(str(kind or ""), current_language())

    return {"graph_neighbourhood": graph_neighbourhood, "kind_label": kind_label}


# -- pages ---------------------------------------------------------------------------------


@bp.route("/graph/path")
def path_page() -> Any:
    a = (request.args.get("a") or "").strip()
    b = (request.args.get("b") or "").strip()
    at = _at()
    result: dict[str, Any] | None = None
    error: str | None = None
    candidates: list[dict[str, str]] = []
    which = ""
    status = 200
    picture = Markup("")
    if a and b:
        store, settings, version = _context()
        for name, ref in (("a", a), ("b", b)):
            try:
                resolve_entity(store, settings, ref, version=version)
            except AmbiguousEntityError as exc:
                candidates = [
                    {"iri": c.iri, "label": c.label, "kind": c.kind} for c in exc.candidates
                ]
                which, error, status = name, str(exc), 400
                break
            except AnalysisError as exc:
                error, status = str(exc), 404
                break
        if error is None:
            result = _analysis("path", [a, b], at)
            picture = Markup(_path_picture(result))
    html = render_template(
        "graph_path.html",
        a=_shown(a),
        b=_shown(b),
        at=at or "",
        result=result,
        error=error,
        candidates=candidates,
        which=which,
        picture=picture,
        local_url=local_url,
    )
    return Response(html, status=status, content_type="text/html; charset=utf-8")


def _shown(ref: str) -> str:
    """What a path form shows for an entity: its name, never its IRI (a name is looked up
    again on the next search; namesakes are then offered to choose from)."""
    if not ref.startswith(("http://", "https://")):
        return ref
    from justicekg.web.entities import index_of

    return index_of(current_app.extensions["justicekg"]).label(ref) or ref


def _path_picture(result: dict[str, Any]) -> str:
    if not result.get("found"):
        return ""
    store, settings, version = _context()
    graph = cached(
        store,
        settings,
        "projection:entity",
        lambda: projections.project(store, "entity"),
        version=version,
    )
    steps = []
    nodes = result["nodes"]
    for i, node in enumerate(nodes):
        data = graph.nodes[node] if node in graph else {}
        relation = ""
        if i + 1 < len(nodes) and graph.has_edge(node, nodes[i + 1]):
            relation = str(graph.edges[node, nodes[i + 1]].get("relation") or "")
        label = str(data.get("label") or node)
        if data.get("kind") == "event" and data.get("date"):
            label = f"{format_day(data['date'], current_language())} {label}"
        steps.append({"node": node, "label": label, "kind": data.get("kind"), "relation": relation})
    return drawing.path_svg(steps, link=local_url, lang=current_language())


@bp.route("/graph/overview")
def overview_page() -> Any:
    store, settings, version = _context()
    status = request.args.get("status") or None
    if status is not None and status not in _award_statuses():
        status = None  # an unknown status shows every decision (and is not a cache key)
    lang = current_language()
    chart = cached(
        store,
        settings,
        f"awards-svg:{status}:{lang}",
        lambda: _heatmap(_awards(status), lang) if _awards(status) else "",
        version=version,
    )
    top = []
    try:
        top = _analysis("centrality", ["coparticipation", "--top", "15"], None)["rows"]
    except AnalysisError:
        pass
    return render_template(
        "graph_overview.html",
        connectors=_connectors(3),
        chart=Markup(chart),
        top=top,
        top_score=max((float(r.get("betweenness") or 0) for r in top), default=0.0) or 1.0,
        computed=version.split(":", 1)[1],
        status=status or "",
        local_url=local_url,
    )
