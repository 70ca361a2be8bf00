"""Blueprint ``resources``: linked data under the base IRI.

* ``/id/<kind>/<slug>`` → 303 to ``/page/…`` (HTML) or ``/data/<kind>/<slug>.<ext>`` by Accept
  (``Vary: Accept``, ``Link: rel="alternate"``); ``/id/…/<slug>.ttl`` answers directly;
* ``/data/<kind>/<slug>.{ttl,jsonld,nt,rdf,n3,trig}`` with ETag / Last-Modified / 304, paged
  (``?page=``, ``Link: <…>; rel="next"`` when cut): the entity's statements, its positions
  with their titles' and organizations' labels, and the document's ``foaf:primaryTopic`` and
  ``dcterms:license`` (:mod:`justicekg.web.documents`);
* ``/page/<kind>/<slug>`` the staff page (paged the same way);

Only slugs the minter can produce (:mod:`justicekg.web.slugs`) reach a query; any other path
is 404 at once.
* ``/ontology`` (HTML docs or RDF), ``/ontology/context.jsonld``, ``/.well-known/void``,
  ``/dumps/`` (N-Quads gzip + SHA-256).
"""

from __future__ import annotations

import gzip
import hashlib
import io
from typing import Any

import pyoxigraph as ox
from flask import (
    Blueprint,
    Response,
    current_app,
    json,
    render_template,
    request,
    url_for,
)

from justicekg.catalogue import Message, gettext
from justicekg.config import ONTOLOGY_DIR
from justicekg.web import conneg, documents, rdfdoc
from justicekg.web.errors import NotFoundError
from justicekg.web.i18n import current
from justicekg.web.slugs import is_entity_path
from justicekg.web.state import WebState

bp = Blueprint("resources", __name__)

#: Extension → data format, for ``/data/…`` and ``/id/….ext``.
EXTENSIONS = {
    "ttl": "turtle",
    "jsonld": "jsonld",
    "nt": "ntriples",
    "rdf": "rdfxml",
    "n3": "n3",
    "trig": "trig",
}
#: The formats of the ontology and the VoID description (no N3 or TriG there).
DATA_EXTENSIONS = {"ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples", "rdf": "rdfxml"}


def web_state() -> WebState:
    """The app's justicekg state (settings, store …) for the request being served."""
    state: WebState = current_app.extensions["justicekg"]
    return state


def entity_iri(kind: str, slug: str) -> str:
    """The IRI behind ``/…/<kind>/<slug>``; 404 unless the minter could have made it."""
    if not is_entity_path(kind, slug):
        raise NotFoundError(
            Message("error_no_entity", name=f"{kind}/{slug[:80]}"),
            hint=Message("error_entity_path_hint"),
        )
    return f"{web_state().settings.base_iri}id/{kind}/{slug}"


def page_number() -> int:
    """``?page=`` (1-based); a missing or unreadable value is page 1, far pages are capped."""
    try:
        return min(max(int(request.args.get("page", "1")), 1), MAX_PAGE)
    except ValueError:
        return 1


#: The last page number a request may ask for (each page is an OFFSET the store must skip).
MAX_PAGE = 10_000


def next_link(endpoint: str, page: int, **values: Any) -> str:
    """The ``Link`` header value pointing at the next page of a cut list."""
    url = url_for(endpoint, page=page + 1, **values, **lang_arg())
    return f'<{url}>; rel="next"'


def local_path(iri: str) -> str | None:
    """``/id/<kind>/<slug>`` for an IRI under the base, else None."""
    base = web_state().settings.base_iri
    return "/" + iri[len(base) :] if iri.startswith(base + "id/") else None


def page_url(iri: str) -> str | None:
    """The staff page of an entity IRI under the base."""
    base = web_state().settings.base_iri
    if not iri.startswith(base + "id/"):
        return None
    kind, _, slug = iri[len(base) + 3 :].partition("/")
    if not kind or not slug:
        return None
    return url_for("resources.page", kind=kind, slug=slug)


def _alternates(kind: str, slug: str) -> str:
    links = [
        f'<{url_for("resources.data", kind=kind, slug=slug, ext=ext)}>; rel="alternate"; '
        f'type="{conneg.BY_NAME[name].media_type}"'
        for ext, name in EXTENSIONS.items()
    ]
    links.append(
        f'<{url_for("resources.page", kind=kind, slug=slug)}>; rel="alternate"; type="text/html"'
    )
    return ", ".join(links)


def _require(iri: str) -> None:
    if not rdfdoc.exists(web_state(), iri):
        raise NotFoundError(
            Message("error_no_entity", name=iri), where=iri, hint=Message("error_try_search")
        )


def conditional(response: Response) -> Any:
    """``response`` made conditional: an ETag, the store's last change as Last-Modified,
    ``Cache-Control: no-cache``, ``Vary: Accept``; a 304 when the request's validators match."""
    response.add_etag()
    response.last_modified = web_state().modified  # type: ignore[assignment]
    response.headers["Cache-Control"] = "no-cache"
    # Every representation of an entity is reachable through Accept-dependent redirects, and
    # caches must not mix them up: say so on the final answers too.
    response.vary.add("Accept")
    return response.make_conditional(request)


@bp.route("/id/<kind>/<slug>")
def entity(kind: str, slug: str) -> Any:
    """303 to the page or the data document; ``slug.ext`` answers with that format directly."""
    stem, dot, ext = slug.rpartition(".")
    if dot and ext in EXTENSIONS:
        return data(kind, stem, ext)
    iri = entity_iri(kind, slug)
    try:
        _require(iri)
    except NotFoundError:
        response = _not_found_response(iri)
        return response
    chosen = conneg.negotiate(request.headers.get("Accept"), conneg.RESOURCE)
    if chosen.name == "html":
        target = url_for("resources.page", kind=kind, slug=slug, **lang_arg())
    else:
        target = url_for("resources.data", kind=kind, slug=slug, ext=chosen.extension)
    response = Response(status=303, headers={"Location": target})
    response.headers["Link"] = _alternates(kind, slug)
    response.vary.add("Accept")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def lang_arg() -> dict[str, Any]:
    """The request's ``lang`` argument, for links that keep it (empty when not given)."""
    lang = request.args.get("lang")
    return {"lang": lang} if lang else {}


def _not_found_response(iri: str) -> Response:
    from justicekg.web.errors import error_response

    response = error_response(404, gettext("error_no_entity", current(), name=iri))
    return response


@bp.route("/data/<kind>/<slug>.<ext>")
def data(kind: str, slug: str, ext: str) -> Any:
    """An entity's data document in one format."""
    fmt = EXTENSIONS.get(ext)
    if fmt is None:
        raise NotFoundError(
            Message("error_unknown_extension", ext=ext),
            hint=Message("error_use_extensions", extensions=".ttl, .jsonld, .nt, .rdf, .n3, .trig"),
        )
    iri = entity_iri(kind, slug)
    _require(iri)
    page = page_number()
    base = web_state().settings.base_iri
    triples, more = documents.document(
        web_state(),
        iri,
        document=f"{base}data/{kind}/{slug}",
        dataset=f"{base}void#dataset",
        page=page,
    )
    body = rdfdoc.serialize(triples, fmt)
    response = Response(body, content_type=conneg.BY_NAME[fmt].content_type)
    links = [_alternates(kind, slug)]
    if more:
        links.append(next_link("resources.data", page, kind=kind, slug=slug, ext=ext))
    response.headers["Link"] = ", ".join(links)
    return conditional(response)


@bp.route("/data/<kind>/<slug>")
def data_negotiated(kind: str, slug: str) -> Response:
    """``/data/<kind>/<slug>`` without an extension: 303 to the negotiated format."""
    iri = entity_iri(kind, slug)
    _require(iri)
    chosen = conneg.negotiate(request.headers.get("Accept"), conneg.DOCUMENT)
    response = Response(status=303)
    response.headers["Location"] = url_for(
        "resources.data", kind=kind, slug=slug, ext=chosen.extension
    )
    response.vary.add("Accept")
    return response


@bp.route("/page/<kind>/<slug>")
def page(kind: str, slug: str) -> Any:
    """The staff page of an entity (Vietnamese first)."""
    from justicekg.web.entities import entity_context

    iri = entity_iri(kind, slug)
    _require(iri)
    page = page_number()
    context = entity_context(web_state(), kind, iri, page=page)
    at = request.args.get("at")
    if kind == "org" and at is not None:
        from justicekg.web.entities import holders_context

        context.update(holders_context(web_state(), iri, at))
    html = render_template(context["template"], **context)
    response = Response(html, content_type="text/html; charset=utf-8")
    links = [_alternates(kind, slug)]
    if context["more"]:
        links.append(next_link("resources.page", page, kind=kind, slug=slug))
    response.headers["Link"] = ", ".join(links)
    response.vary.add("Accept-Language")
    return conditional(response)


# -- the ontology ---------------------------------------------------------------------------


def _ontology_triples() -> list[ox.Triple]:
    def build() -> list[ox.Triple]:
        path = ONTOLOGY_DIR / "justicekg.ttl"
        if not path.exists():
            return []
        return [q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]

    triples: list[ox.Triple] = web_state().cached("ontology", build)
    return triples


ONTOLOGY_OFFERS = (conneg.HTML, *conneg.DATA)


@bp.route("/ontology")
@bp.route("/ontology.<ext>")
def ontology(ext: str | None = None) -> Any:
    """The ontology: HTML documentation of every class and property, or RDF."""
    triples = _ontology_triples()
    if not triples:
        raise NotFoundError(Message("error_ontology_missing"), where=str(ONTOLOGY_DIR))
    if ext is not None:
        if ext not in DATA_EXTENSIONS and ext != "html":
            raise NotFoundError(Message("error_unknown_extension", ext=ext))
        chosen = conneg.HTML if ext == "html" else conneg.BY_NAME[DATA_EXTENSIONS[ext]]
    else:
        chosen = conneg.negotiate(request.headers.get("Accept"), ONTOLOGY_OFFERS)
    if chosen.name == "html":
        from justicekg.web.entities import ontology_context

        response = Response(
            render_template("ontology.html", **ontology_context(triples)),
            content_type="text/html; charset=utf-8",
        )
    else:
        response = Response(
            rdfdoc.serialize(triples, chosen.name), content_type=chosen.content_type
        )
    links = [
        f'<{url_for("resources.ontology", ext=e)}>; rel="alternate"; '
        f'type="{conneg.BY_NAME[n].media_type}"'
        for e, n in DATA_EXTENSIONS.items()
    ]
    response.headers["Link"] = ", ".join(links)
    if ext is None:
        response.vary.add("Accept")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return conditional(response)


@bp.route("/ontology/context.jsonld")
def context() -> Any:
    """The published JSON-LD context."""
    body = json.dumps({"@context": rdfdoc.jsonld_context()}, ensure_ascii=False, indent=2)
    response = Response(body, content_type="application/ld+json; charset=utf-8")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return conditional(response)


# -- VoID and dumps ---------------------------------------------------------------------------

DUMP_NAME = "justicekg.nq.gz"


def _dump() -> tuple[bytes, str]:
    def build() -> tuple[bytes, str]:
        raw = io.BytesIO()
        web_state().store.dump(raw, ox.RdfFormat.N_QUADS)
        packed = gzip.compress(raw.getvalue(), mtime=0)
        return packed, hashlib.sha256(packed).hexdigest()

    dump: tuple[bytes, str] = web_state().cached("dump", build)
    return dump


@bp.route("/dumps/")
def dumps() -> Response:
    """The list of dumps with their checksums."""
    packed, digest = _dump()
    rows = [{"name": DUMP_NAME, "bytes": len(packed), "sha256": digest}]
    chosen = conneg.negotiate(
        request.headers.get("Accept"), (conneg.HTML, conneg.Format("json", "application/json"))
    )
    if chosen.name == "json":
        response = Response(json.dumps(rows), content_type="application/json")
    else:
        response = Response(
            render_template("dumps.html", dumps=rows), content_type="text/html; charset=utf-8"
        )
    response.vary.add("Accept")
    return response


@bp.route(f"/dumps/{DUMP_NAME}")
def dump_file() -> Any:
    """All named graphs as gzipped N-Quads."""
    packed, digest = _dump()
    # The file itself is gzip (not a gzip transfer of N-Quads): clients save it as is.
    response = Response(packed, content_type="application/gzip")
    response.headers["Content-Disposition"] = f'attachment; filename="{DUMP_NAME}"'
    response.headers["Digest"] = "sha-256=" + _b64(digest)
    response.headers["X-Checksum-SHA256"] = digest
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.set_etag(digest)
    response.last_modified = web_state().modified  # type: ignore[assignment]
    return response.make_conditional(request)


@bp.route(f"/dumps/{DUMP_NAME}.sha256")
def dump_checksum() -> Response:
    _packed, digest = _dump()
    return Response(f"{digest}  {DUMP_NAME}\n", content_type="text/plain; charset=utf-8")


def _b64(hexdigest: str) -> str:
    import base64

    return base64.b64encode(bytes.fromhex(hexdigest)).decode("ascii")


#: RDF first (a client without Accept gets Turtle); a browser, asking for HTML, gets a page.
VOID_OFFERS = (*conneg.DATA, conneg.HTML)


@bp.route("/.well-known/void")
@bp.route("/.well-known/void.<ext>")
def void(ext: str | None = None) -> Any:
    """The VoID description (:mod:`justicekg.web.void`): RDF, or a page for a browser."""
    from justicekg.web import void as voiddesc

    state = web_state()
    base = state.settings.base_iri

    def build() -> tuple[voiddesc.DatasetCounts, list[ox.Triple]]:
        counts = voiddesc.count(state.store, base)
        graph = voiddesc.void_graph(
            counts,
            base=base,
            endpoint=url_for("sparql.query_endpoint", _external=True),
            dump=url_for("resources.dump_file", _external=True),
        )
        return counts, voiddesc.to_triples(graph)

    counts, triples = state.cached("void", build)
    if ext is not None:
        if ext not in DATA_EXTENSIONS:
            raise NotFoundError(
                Message("error_unknown_extension", ext=ext),
                hint=Message("error_use_extensions", extensions=".ttl, .jsonld, .nt, .rdf"),
            )
        chosen = conneg.BY_NAME[DATA_EXTENSIONS[ext]]
    else:
        chosen = conneg.negotiate(request.headers.get("Accept"), VOID_OFFERS)
    if chosen.name == "html":
        from justicekg.catalogue import keys
        from justicekg.web.i18n import translate

        response = Response(
            render_template(
                "void.html",
                counts=counts,
                classes=_class_rows(counts, base),
                support=[
                    (translate(f"void_{slug}") if f"void_{slug}" in keys(current()) else slug, n)
                    for slug, n in sorted(counts.support_triples.items())
                ],
                licence=documents.data_license(),
                formats=list(DATA_EXTENSIONS),
            ),
            content_type="text/html; charset=utf-8",
        )
    else:
        response = Response(
            rdfdoc.serialize(triples, chosen.name), content_type=chosen.content_type
        )
    if ext is None:
        response.vary.add("Accept")
    response.headers["Access-Control-Allow-Origin"] = "*"
    return conditional(response)


def _class_rows(counts: Any, base: str) -> list[tuple[str, int]]:
    """The VoID page's class table: the ontology's own classes, by their label in the page's
    language (other vocabularies' classes, which repeat them, stay in the RDF)."""
    from justicekg.web.entities import Presenter

    presenter = Presenter(web_state())
    rows = []
    for c in counts.classes:
        if c.iri.startswith(base + "ontology#"):
            rows.append((presenter.cell(ox.NamedNode(c.iri)).text, c.entities))
    return rows


def entity_kind_of(iri: str) -> str | None:
    base = web_state().settings.base_iri
    if not iri.startswith(base + "id/"):
        return None
    return iri[len(base) + 3 :].partition("/")[0]
