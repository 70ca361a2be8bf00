"""Blueprint ``pages``: home, browse per kind, search and its JSON API, the SPARQL editor."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for

from justicekg.catalogue import Message, format_day
from justicekg.web.entities import KIND_KEYS, Presenter, index_of
from justicekg.web.errors import BadRequestError, NotFoundError
from justicekg.web.i18n import translate
from justicekg.web.search import SEARCH_KINDS
from justicekg.web.state import WebState

bp = Blueprint("pages", __name__)

BROWSE_KINDS = ("person", "org", "province", "event", "award", "article", "district", "title")

RECENT_ARTICLES = """
SELECT ?a ?headline ?published WHERE {
  ?a a <https://w3id.org/justicekg/ontology#Article> .
  OPTIONAL { ?a <https://schema.org/headline> ?headline }
  OPTIONAL { ?a <https://schema.org/datePublished> ?published }
} ORDER BY DESC(?published) LIMIT 10
"""


@bp.app_template_filter("web_link")
def web_link(url: str | None) -> str | None:
    """``url`` when it may become a link on a page (``http``/``https`` only), else None.

    >>> web_link("https://moj.gov.vn/a"), web_link("javascript:alert(1)"), web_link(" JavaScript:x")
    ('https://moj.gov.vn/a', None, None)
    """
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url if scheme in ("http", "https") and url == url.strip() else None


def _state() -> WebState:
    state: WebState = current_app.extensions["justicekg"]
    return state


def _html(body: str) -> Response:
    response = Response(body, content_type="text/html; charset=utf-8")
    response.vary.add("Accept-Language")
    return response


def home_counts(state: WebState) -> dict[str, int]:
    """Articles (one graph each; the reference and analytics graphs are not articles) and
    entities, computed once per store version (the VoID description's counts)."""
    from justicekg.web.void import count

    def build() -> dict[str, int]:
        counts = count(state.store, state.settings.base_iri)
        return {"articles": counts.articles, "entities": counts.entities}

    counts: dict[str, int] = state.cached("home_counts", build)
    return counts


@bp.route("/")
def home() -> Response:
    """What is in the graph, recent articles, a search box."""
    state = _state()
    index = index_of(state)
    stats = home_counts(state)
    presenter = Presenter(state)
    recent: list[dict[str, Any]] = []
    for row in state.store.query(RECENT_ARTICLES):
        cell = presenter.cell(row["a"])
        if row["headline"] is not None:
            cell.text = row["headline"].value
        recent.append(
            {
                "cell": cell,
                "published": format_day(row["published"].value, presenter.lang)
                if row["published"]
                else "",
            }
        )
    counts = index.counts()
    return _html(
        render_template(
            "index.html",
            stats=stats,
            counts=[(k, counts.get(k, 0)) for k in BROWSE_KINDS if counts.get(k)],
            recent=recent,
        )
    )


@bp.route("/browse/<kind>")
def browse(kind: str) -> Response:
    """One kind in label order, 50 per page, keyset pagination (``?after=`` cursor)."""
    if kind not in BROWSE_KINDS:
        raise NotFoundError(
            Message("error_nothing_to_browse", kind=kind),
            hint=Message("error_browse_kinds", kinds=", ".join(BROWSE_KINDS)),
        )
    try:
        limit = min(max(int(request.args.get("limit", "50")), 1), 500)
    except ValueError as exc:
        raise BadRequestError(Message("error_limit_number")) from exc
    state = _state()
    presenter = Presenter(state)
    rows, cursor = index_of(state).browse(kind, after=request.args.get("after"), limit=limit)
    items = [presenter.cell_for(e.iri, e.label) for e in rows]
    next_url = url_for("pages.browse", kind=kind, after=cursor, **_lang()) if cursor else None
    return _html(
        render_template(
            "browse.html",
            kind=kind,
            items=items,
            next_url=next_url,
            first=not request.args.get("after"),
        )
    )


def _lang() -> dict[str, Any]:
    lang = request.args.get("lang")
    return {"lang": lang} if lang else {}


def _hits(q: str, kind: str | None, limit: int) -> list[dict[str, str]]:
    state = _state()
    presenter = Presenter(state)
    return [
        {
            "iri": e.iri,
            "label": e.label,
            "kind": e.kind,
            "kind_label": translate(KIND_KEYS.get(e.kind, e.kind), presenter.lang),
            "url": presenter.href(e.iri) or "",
        }
        for e in index_of(state).search(q, kind=kind, limit=limit)
    ]


#: Per person: each title held, where, and the years it is attested (to tell namesakes apart).
HELD = """SELECT ?person ?title ?organization (MIN(?on) AS ?first) (MAX(?on) AS ?last) WHERE {
  PEOPLE
  ?fact <http://www.w3.org/ns/org#member> ?person ; <http://www.w3.org/ns/org#role> ?title ;
        <http://www.w3.org/ns/org#organization> ?organization .
  OPTIONAL { ?fact <https://w3id.org/justicekg/ontology#attestedOn> ?on }
} GROUP BY ?person ?title ?organization"""


def describe_hits(hits: list[dict[str, str]], presenter: Presenter) -> list[dict[str, Any]]:
    """Search hits with what tells namesakes apart: a person's latest title, its organization
    and the years it is attested (one query for the whole page of hits)."""
    from justicekg.web import lookup

    people = [h["iri"] for h in hits if h["kind"] == "person"]
    latest: dict[str, tuple[str, Any]] = {}
    if people:
        query = HELD.replace("PEOPLE", lookup.values("person", people))
        for row in lookup.select(presenter.state, query):
            last = row["last"].value if row["last"] is not None else ""
            person = row["person"].value
            if person not in latest or last > latest[person][0]:
                latest[person] = (last, row)
    out: list[dict[str, Any]] = []
    for hit in hits:
        described: dict[str, Any] = dict(hit)
        found = latest.get(hit["iri"])
        if found is not None:
            row = found[1]
            years = sorted({str(t.value)[:4] for t in (row["first"], row["last"]) if t is not None})
            described.update(
                title=presenter.cell(row["title"]).text,
                organization=presenter.cell(row["organization"]),
                years="–".join(years),
            )
        out.append(described)
    return out


@bp.route("/search")
def search() -> Response:
    """Search by name, ignoring diacritics and tone placement, understanding abbreviations."""
    q = (request.args.get("q") or "").strip()[:200]
    kind = request.args.get("kind") or None
    if kind is not None and kind not in SEARCH_KINDS:
        kind = None
    hits = describe_hits(_hits(q, kind, 100), Presenter(_state())) if q else []
    return _html(render_template("search.html", q=q, hits=hits))


@bp.route("/api/search")
def api_search() -> Response:
    """Autocomplete: ``[{"iri", "label", "kind", "kind_label", "url"}]`` for ``?q=``
    (``kind_label`` in the request's language)."""
    q = (request.args.get("q") or "").strip()[:200]
    try:
        limit = min(max(int(request.args.get("limit", "10")), 1), 50)
    except ValueError as exc:
        raise BadRequestError(Message("error_limit_number")) from exc
    kind = request.args.get("kind") or None
    response = jsonify(_hits(q, kind, limit) if q else [])
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.route("/editor")
def editor() -> Response:
    """The SPARQL editor (YASGUI, served from the package) with example queries."""
    from justicekg.web.sparql import editor_context

    return _html(render_template("sparql.html", **editor_context()))
