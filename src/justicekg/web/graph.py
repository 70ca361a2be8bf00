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

import threading
from collections import OrderedDict
from typing import Any

from flask import Blueprint, Response, current_app, g, jsonify, render_template, request
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
from justicekg.config import Settings

bp = Blueprint("graph", __name__)

#: Neighbourhood pictures kept per store version (least recently shown dropped first).
MAX_PICTURES = 5000
_PICTURES_LOCK = threading.Lock()

#: Interface strings of these pages: key → (Vietnamese, English).
STRINGS = {
    "neighbourhood": ("Quan hệ trực tiếp", "Neighbourhood"),
    "how_connected": ("Hai đối tượng liên hệ với nhau thế nào?", "How are A and B connected?"),
    "connected_to": ("Liên hệ với…", "Connected to…"),
    "from": ("Từ", "From"),
    "to": ("Đến", "To"),
    "on_date": ("Tính đến ngày", "As of"),
    "find": ("Tìm", "Find"),
    "no_connection": ("Không tìm thấy liên hệ.", "No connection found."),
    "steps": ("bước", "steps"),
    "candidates": (
        "Có nhiều đối tượng trùng tên; chọn một:",
        "Several entities share the name; pick one:",
    ),
    "overview": ("Tổng quan mạng lưới ngành", "Sector overview"),
    "connectors": ("Người kết nối hàng đầu theo tỉnh", "Top connectors per province"),
    "awards_chart": (
        "Quyết định khen thưởng theo tỉnh và năm",
        "Award decisions per province and year",
    ),
    "top_people": ("Người kết nối hàng đầu", "Top connectors"),
    "computed_at": ("Tính lúc", "Computed at"),
    "not_computed": ("Chưa tính điểm mạng lưới.", "Network scores not computed yet."),
    "betweenness": ("Trung gian", "Betweenness"),
    "degree": ("Bậc", "Degree"),
    "province": ("Tỉnh", "Province"),
    "people": ("Cán bộ", "People"),
}


def gt(key: str) -> str:
    vi, en = STRINGS.get(key, (key, key))
    return en if getattr(g, "lang", "vi") == "en" else vi


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
    body: dict[str, Any] = {"error": str(exc)}
    if isinstance(exc, AmbiguousEntityError):
        body["candidates"] = [
            {"iri": c.iri, "label": c.label, "kind": c.kind} for c in exc.candidates
        ]
    status = 404 if isinstance(exc, UnknownEntityError) else 400
    return jsonify(body), status


def _int(name: str, default: int, *, low: int = 1, high: int = 500) -> int:
    try:
        return max(low, min(high, int(request.args.get(name, default))))
    except ValueError:
        return default


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
    at = (request.args.get("at") or "").strip()
    return at or None


# -- JSON API ------------------------------------------------------------------------------


@bp.route("/api/graph/projections")
def api_projections() -> Any:
    return jsonify(
        [{"name": p.name, "description": p.doc} for p in projections.PROJECTIONS.values()]
    )


@bp.route("/api/graph/<command>")
def api_analysis(command: str) -> Any:
    args: list[str] = []
    if command in ("centrality", "communities", "components"):
        args = [request.args.get("projection", "coparticipation"), "--top", str(_int("top", 20))]
        if request.args.get("since"):
            args += ["--since", request.args["since"]]
        if command == "centrality":
            args += ["--by", request.args.get("by", "betweenness")]
            if request.args.get("kind"):
                args += ["--kind", request.args["kind"]]
    elif command == "path":
        args = [request.args.get("a", ""), request.args.get("b", "")]
        if not all(args):
            return jsonify({"error": "give two entities: ?a=…&b=… (IRI or exact name)"}), 400
    elif command == "ego":
        if not request.args.get("entity"):
            return jsonify({"error": "give an entity: ?entity=… (IRI or exact name)"}), 400
        args = [request.args["entity"], "--radius", str(_int("radius", 1, high=3))]
    else:
        return jsonify({"error": f"unknown analysis {command!r}"}), 404
    try:
        return jsonify(_analysis(command, args, _at()))
    except AnalysisError as exc:
        return _error(exc)


@bp.route("/api/graph/scores")
def api_scores() -> Any:
    store, settings, version = _context()
    kind = request.args.get("kind") or None
    if kind not in (None, "person", "organization", "province"):
        return jsonify({"error": "kind: person, organization or province"}), 400
    by = request.args.get("by", "betweenness")
    if by not in ("betweenness", "degree", "eigenvector"):
        return jsonify({"error": "by: betweenness, degree or eigenvector"}), 400
    rows = cached(
        store,
        settings,
        f"scores:{kind}",
        lambda: read_scores(store, settings, kind=kind),
        version=version,
    )
    ranked = sorted(rows, key=lambda r: (-r[by], r["node"]))[: _int("top", 20, high=10_000)]
    return jsonify({"version": version.split(":", 1)[1], "by": by, "rows": ranked})


@bp.route("/api/graph/connectors")
def api_connectors() -> Any:
    return jsonify(_connectors(_int("per", 3, high=50)))


@bp.route("/api/graph/awards")
def api_awards() -> Any:
    counts = _awards(request.args.get("status") or None)
    return jsonify(
        [{"province": p, "year": y, "decisions": n} for (p, y), n in sorted(counts.items())]
    )


@bp.route("/api/graph/neighbourhood.svg")
def api_neighbourhood() -> Any:
    iri = request.args.get("iri", "")
    if not iri:
        return Response("give ?iri=…", status=400, content_type="text/plain; charset=utf-8")
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
    """The neighbourhood picture of ``iri`` (SVG text), drawn once per store version."""
    store, settings, version = _context()
    pictures: OrderedDict[str, str] = cached(
        store, settings, "neighbourhoods", OrderedDict, version=version
    )
    with _PICTURES_LOCK:
        svg = pictures.get(iri)
        if svg is not None:
            pictures.move_to_end(iri)
            return svg
    graph = projections.entity_graph(store, focus=iri)
    svg = drawing.neighbourhood_svg(graph, iri, link=local_url)
    with _PICTURES_LOCK:
        pictures[iri] = svg
        while len(pictures) > MAX_PICTURES:
            pictures.popitem(last=False)
    return svg


@bp.app_context_processor
def _graph_helpers() -> dict[str, Any]:
    def graph_neighbourhood(iri: str) -> Markup:
        try:
            return Markup(neighbourhood_svg(iri))
        except Exception:  # a picture must never take the entity page down
            current_app.logger.exception("neighbourhood picture of %s", iri)
            return Markup("")

    return {"graph_neighbourhood": graph_neighbourhood, "gt": gt}


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
        a=a,
        b=b,
        at=at or "",
        result=result,
        error=error,
        candidates=candidates,
        which=which,
        picture=picture,
        local_url=local_url,
    )
    return Response(html, status=status, content_type="text/html; charset=utf-8")


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
            label = f"{data['date']} {label}"
        steps.append({"node": node, "label": label, "kind": data.get("kind"), "relation": relation})
    return drawing.path_svg(steps, link=local_url)


@bp.route("/graph/overview")
def overview_page() -> Any:
    store, settings, version = _context()
    status = request.args.get("status") or None
    chart = cached(
        store,
        settings,
        f"awards-svg:{status}",
        lambda: drawing.heatmap_svg(_awards(status)) if _awards(status) else "",
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
        computed=version.split(":", 1)[1],
        status=status or "",
        local_url=local_url,
    )
