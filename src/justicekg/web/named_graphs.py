"""Blueprint ``named_graphs``: the article graphs' IRIs ``<base>graph/<slug>`` dereference.

* ``/graph/<slug>`` → 303 to the article's page (HTML) or to ``/graph/<slug>.<ext>`` by Accept
  (``Vary: Accept``);
* ``/graph/<slug>.{ttl,jsonld,nt,rdf,trig,nq}`` the graph's content (TriG and N-Quads keep the
  graph name), paged like entity documents (``?page=``, ``Link: <…>; rel="next"``).

Only slugs the minter can produce reach a query (bound as a validated term); the shared
``reference`` and ``analytics`` graphs are not served here (404), nor is a graph the store
does not hold. The literal pages ``/graph/path`` and ``/graph/overview`` (:mod:`.graph`) win
over this rule (Werkzeug ranks static rules first) and are refused here too.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, request, url_for

from justicekg.catalogue import Message
from justicekg.web import conneg, rdfdoc
from justicekg.web.errors import NotFoundError
from justicekg.web.lookup import ask, construct, term
from justicekg.web.resources import conditional, lang_arg, next_link, page_number, web_state
from justicekg.web.slugs import MAX_SLUG_LENGTH, SLUG_PATTERN

bp = Blueprint("named_graphs", __name__)

#: Extension → format of a graph document.
EXTENSIONS = {
    "ttl": "turtle",
    "jsonld": "jsonld",
    "nt": "ntriples",
    "rdf": "rdfxml",
    "trig": "trig",
    "nq": "nquads",
}
#: What ``/graph/<slug>`` negotiates: the article page first, then the RDF formats.
OFFERS: tuple[conneg.Format, ...] = (conneg.HTML, *conneg.DATA, conneg.TRIG, conneg.NQUADS)
#: Graph slugs that are not article graphs (or are pages of :mod:`.graph`).
RESERVED = frozenset({"reference", "analytics", "path", "overview"})


def graph_iri(slug: str) -> str:
    """The IRI of the article graph ``slug``; 404 unless the minter could have made it."""
    if slug in RESERVED or len(slug) > MAX_SLUG_LENGTH or not SLUG_PATTERN.fullmatch(slug):
        raise NotFoundError(
            Message("error_no_article_graph", slug=slug[:80]),
            hint=Message("error_no_article_graph_hint"),
        )
    return f"{web_state().settings.base_iri}graph/{slug}"


def _require(iri: str) -> None:
    if not ask(web_state(), f"ASK {{ GRAPH {term(iri)} {{ ?s ?p ?o }} }}"):
        raise NotFoundError(
            Message("error_no_graph", iri=iri), where=iri, hint=Message("error_try_search")
        )


def _alternates(slug: str) -> str:
    links = [
        f'<{url_for("named_graphs.named_graph", slug=f"{slug}.{ext}")}>; rel="alternate"; '
        f'type="{conneg.BY_NAME[name].media_type}"'
        for ext, name in EXTENSIONS.items()
    ]
    links.append(
        f'<{url_for("resources.page", kind="article", slug=slug)}>; rel="alternate"; '
        'type="text/html"'
    )
    return ", ".join(links)


@bp.route("/graph/<slug>")
def named_graph(slug: str) -> Any:
    """303 to the article page or a graph document; ``slug.ext`` answers with the document."""
    stem, dot, ext = slug.rpartition(".")
    if dot and ext in EXTENSIONS:
        return _document(stem, ext)
    iri = graph_iri(slug)
    _require(iri)
    chosen = conneg.negotiate(request.headers.get("Accept"), OFFERS)
    if chosen.name == "html":
        target = url_for("resources.page", kind="article", slug=slug, **lang_arg())
    else:
        target = url_for("named_graphs.named_graph", slug=f"{slug}.{chosen.extension}")
    response = Response(status=303, headers={"Location": target})
    response.headers["Link"] = _alternates(slug)
    response.vary.add("Accept")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _document(slug: str, ext: str) -> Any:
    fmt = EXTENSIONS[ext]
    iri = graph_iri(slug)
    _require(iri)
    page = page_number()
    offset = (page - 1) * rdfdoc.DOC_PAGE
    query = (
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {term(iri)} {{ ?s ?p ?o }} }}\n"
        f"ORDER BY ?s ?p ?o LIMIT {rdfdoc.DOC_PAGE + 1}" + (f" OFFSET {offset}" if offset else "")
    )
    triples, truncated = construct(web_state(), query, max_rows=rdfdoc.DOC_PAGE + 1)
    more = len(triples) > rdfdoc.DOC_PAGE or truncated
    triples = sorted(triples[: rdfdoc.DOC_PAGE], key=str)
    if fmt in ("trig", "nquads"):
        name = ox.NamedNode(iri)
        quads = [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]
        options: dict[str, Any] = {"prefixes": rdfdoc.PREFIXES} if fmt == "trig" else {}
        body = ox.serialize(quads, format=rdfdoc.OX_FORMATS[fmt], **options) or b""
    else:
        body = rdfdoc.serialize(triples, fmt)
    response = Response(body, content_type=conneg.BY_NAME[fmt].content_type)
    links = [_alternates(slug)]
    if more:
        links.append(next_link("named_graphs.named_graph", page, slug=f"{slug}.{ext}"))
    response.headers["Link"] = ", ".join(links)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return conditional(response)
