"""Blueprint ``sparql``: the SPARQL 1.1 Protocol query endpoint and the guarded update endpoint.

* ``GET /sparql?query=…``, ``POST /sparql`` (form or ``application/sparql-query``);
  ``default-graph-uri`` / ``named-graph-uri``; the default graph is the union of the articles.
* results by ``Accept`` (or ``format=``); a ``timeout`` parameter may only lower the limit;
  an answer longer than the row cap is a 400 naming the cap, unless the client takes a partial
  answer (``Prefer: handling=lenient``, RFC 7240): then it is cut, and the cut is reported in
  ``X-JusticeKG-Truncated``/``Warning``/``Preference-Applied`` and inside the body where the
  format has room (a JSON ``"warning"``, an XML comment, a Turtle/N-Triples/TriG/N-Quads comment;
  CSV, TSV and JSON-LD have none).
* ``GET /sparql`` without a query → the service description (HTML → the editor).
* ``POST /update`` with ``Authorization: Bearer <update_token>``; disabled when no token.
"""

from __future__ import annotations

import hmac
import math
from collections.abc import Callable

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from justicekg.catalogue import Message
from justicekg.errors import QueryError
from justicekg.web import conneg
from justicekg.web.cache import ByteLRU
from justicekg.web.errors import (
    BadRequestError,
    ForbiddenError,
    RowLimitError,
    UnauthorizedError,
    UnsupportedMediaTypeError,
)
from justicekg.web.executor import RDF_FORMATS, QueryJob, QueryOutcome
from justicekg.web.i18n import translate
from justicekg.web.plan import (
    PlanTooDeepError,
    QueryPlan,
    UpdatePlan,
    cached_plan,
    plan_update,
    refuse_remote,
    remember,
)
from justicekg.web.state import WebState
from justicekg.web.update_dataset import apply_dataset, check_dataset

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


def _state() -> WebState:
    state: WebState = current_app.extensions["justicekg"]
    return state


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequestError(Message("error_not_utf8", what=what, why=str(exc))) from exc


def read_query_request() -> tuple[str | None, MultiDict[str, str]]:
    """The query text and the protocol parameters of a query request.

    Raises:
        BadRequestError: two queries, query with update, an update sent here, non-UTF-8.
        UnsupportedMediaTypeError: a POST body that is neither a form nor a query.
    """
    params: MultiDict[str, str] = MultiDict(request.args)
    query: str | None
    if request.method == "POST":
        mimetype = request.mimetype
        if mimetype == FORM:
            _utf8(request.get_data(cache=True), "form")
            params = MultiDict(request.args)
            for key, values in request.form.lists():
                for value in values:
                    params.add(key, value)
            if "query" not in request.form:
                if "update" in request.form:
                    raise BadRequestError(
                        Message("error_update_here"), hint=Message("error_use_update")
                    )
                raise BadRequestError(Message("error_form_no_query"))
        elif mimetype == QUERY:
            params.setlist("query", [_utf8(request.get_data(), "query")])
        elif mimetype == UPDATE:
            raise BadRequestError(
                Message("error_update_here"), hint=Message("error_post_to_update")
            )
        else:
            raise UnsupportedMediaTypeError(
                Message("error_body_type", mimetype=mimetype),
                hint=Message("error_send_types", first=FORM, second=QUERY),
            )
    queries = params.getlist("query")
    if "update" in params:
        raise BadRequestError(
            Message("error_query_and_update" if queries else "error_update_here"),
            hint=Message("error_post_updates_to_update"),
        )
    if len(queries) > 1:
        raise BadRequestError(Message("error_many_queries"))
    query = queries[0] if queries else None
    return query, params


def effective_timeout(raw: str | None, limit: float) -> float:
    """The request's ``timeout`` (seconds), which may only lower the configured ``limit``.

    Raises:
        BadRequestError: not a positive number.

    >>> effective_timeout("2", 10.0), effective_timeout("60", 10.0), effective_timeout(None, 10.0)
    (2.0, 10.0, 10.0)
    """
    if raw is None or raw == "":
        return limit
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not value > 0 or math.isinf(value):
        raise BadRequestError(Message("error_bad_timeout", raw=raw))
    return min(value, limit)


def choose_formats(form: str, accept: str | None, fmt: str | None) -> QueryJob:
    """The serializations for each possible result kind, negotiated for this query form.

    Cached by bytes: clients repeat the same few ``Accept`` headers (an unacceptable one
    raises and is not cached).
    """
    key = (form, accept or "", fmt or "")
    job = _FORMATS.get(key)
    if job is None:
        job = _choose_formats(form, accept, fmt)
        _FORMATS.put(key, job)
    return job


_FORMATS: ByteLRU[QueryJob] = ByteLRU(1 << 20)


def _choose_formats(form: str, accept: str | None, fmt: str | None) -> QueryJob:
    offers = {"select": conneg.RESULTS, "ask": conneg.BOOLEAN, "graph": conneg.GRAPH}

    def pick(kind: str) -> str:
        return conneg.choose(fmt, accept, offers[kind]).name

    def lenient(kind: str) -> str:
        try:
            return pick(kind)
        except conneg.NotAcceptableError:
            return offers[kind][0].name

    # Only the form the query really has must be acceptable; the others are fallbacks for a
    # query planned in a query process (a long text), whose form is not known here.
    kinds = {k: (pick(k) if k == form else lenient(k)) for k in offers}
    return QueryJob(
        "", results_format=kinds["select"], boolean_format=kinds["ask"], graph_format=kinds["graph"]
    )


@bp.route("/sparql", methods=["GET", "POST"])
def query_endpoint() -> Response:
    """The SPARQL 1.1 Protocol query operation."""
    state = _state()
    query, params = read_query_request()
    if query is None:
        return service_description()
    accept = request.headers.get("Accept")
    job, timeout = prepare_job(query, params.getlist, accept, state)
    fmt = params.getlist("format")
    outcome = answer(state, job, timeout, accept, fmt[0] if fmt else None)
    return result_response(
        outcome, state.settings.max_rows, partial_ok=takes_partial(request.headers.get("Prefer"))
    )


def prepare_job(
    query: str,
    getlist: Callable[[str], list[str]],
    accept: str | None,
    state: WebState,
) -> tuple[QueryJob, float]:
    """Check a query request and turn it into a :class:`QueryJob` and a time limit.

    A text this process has planned before is decided here, from its cached plan
    (:func:`~justicekg.web.plan.cached_plan`). A new text is never parsed in the HTTP
    worker (rdflib takes seconds on some short texts): the job goes unchecked to the
    killable query process, which plans it under the time limit, refuses SERVICE/LOAD,
    runs it, and hands the plan back for the cache (:func:`answer`). Relative IRIs resolve
    against the configured ``base_iri``, never the ``Host`` header.

    Raises:
        QueryError: refused before (malformed, an update, SERVICE or LOAD); BadRequestError:
        a bad timeout or graph IRI; NotAcceptableError: no acceptable result format.
    """
    plan: QueryPlan | None = cached_plan(query)
    if plan is not None:
        refuse_remote(plan)
    fmt = getlist("format")
    formats = choose_formats(plan.form if plan else "unknown", accept, fmt[0] if fmt else None)
    raw_timeout = getlist("timeout")
    timeout = effective_timeout(
        raw_timeout[0] if raw_timeout else None, state.settings.query_timeout
    )
    defaults = [graph_iri(v, "default-graph-uri") for v in getlist("default-graph-uri")]
    named = [graph_iri(v, "named-graph-uri") for v in getlist("named-graph-uri")]
    explicit = bool(defaults or named)
    job = QueryJob(
        query,
        results_format=formats.results_format,
        boolean_format=formats.boolean_format,
        graph_format=formats.graph_format,
        max_rows=state.settings.max_rows,
        default_graph=tuple(defaults) if explicit else None,
        named_graphs=tuple(named) if explicit else None,
        base_iri=state.settings.base_iri,
        checked=plan is not None,
        lookup=plan is not None and plan.lookup,
    )
    return job, timeout


def graph_iri(value: str, name: str) -> str:
    """``value`` if it is an absolute IRI (a graph name), else a 400.

    >>> graph_iri("https://w3id.org/justicekg/graph/a", "default-graph-uri")
    'https://w3id.org/justicekg/graph/a'
    """
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        raise BadRequestError(
            Message("error_not_absolute_iri", name=name, value=value[:200], why=str(exc))
        ) from None
    return value


def answer(
    state: WebState, job: QueryJob, timeout: float, accept: str | None, fmt: str | None
) -> QueryOutcome:
    """Run ``job``; for a job planned by the query process, keep its plan and check that the
    client accepts a format for the form it turned out to have.

    Raises:
        NotAcceptableError: no acceptable format for the query's form (a new text).
    """
    outcome = state.execute(job, timeout)
    if not job.checked and outcome.plan is not None:
        remember(job.query, outcome.plan)
        choose_formats(outcome.plan.form, accept, fmt)
    return outcome


def takes_partial(prefer: str | None) -> bool:
    """Whether a ``Prefer`` header (RFC 7240) accepts an answer cut at the row cap.

    >>> takes_partial("handling=lenient"), takes_partial("return=minimal, handling=lenient")
    (True, True)
    >>> takes_partial(None), takes_partial("handling=strict")
    (False, False)
    """
    for part in (prefer or "").split(","):
        key, _, value = part.split(";")[0].partition("=")
        if key.strip().lower() == "handling" and value.strip().strip('"').lower() == "lenient":
            return True
    return False


def result_parts(
    outcome: QueryOutcome, max_rows: int, *, partial_ok: bool
) -> tuple[bytes, list[tuple[str, str]]]:
    """The body and headers of a 200 answer; a capped answer says so in headers and body.

    Raises:
        RowLimitError: the answer was cut at the row cap and the client did not accept a
        partial answer (``partial_ok``), so no client reads a cut answer as the whole one
        (rdflib's ``SPARQLStore.triples()`` reads no header or warning).
    """
    if outcome.truncated and not partial_ok:
        raise RowLimitError(
            Message("error_row_limit", rows=max_rows),
            hint=Message("error_row_limit_hint", rows=max_rows),
        )
    fmt = conneg.BY_NAME[outcome.format]
    body = outcome.body
    headers = [
        ("Content-Type", fmt.content_type),
        ("X-JusticeKG-Rows", str(outcome.rows)),
        ("Server-Timing", f"query;dur={outcome.elapsed * 1000:.1f}"),
        ("Vary", "Accept, Prefer"),
    ]
    if outcome.truncated:
        note = f"results truncated to the first {max_rows} rows (the server's row limit)"
        if outcome.format == "json" and body.startswith(b"{"):
            body = b'{"warning":"' + note.encode() + b'",' + body[1:]
        elif outcome.format in ("xml", "rdfxml") and body.startswith(b"<?xml"):
            end = body.index(b"?>") + 2
            body = body[:end] + b"<!-- " + note.encode() + b" -->" + body[end:]
        elif outcome.format in ("turtle", "ntriples", "trig", "nquads"):
            body = b"# " + note.encode() + b"\n" + body
        headers.append(("X-JusticeKG-Truncated", str(max_rows)))
        headers.append(("Warning", f'199 justicekg "{note}"'))
        headers.append(("Preference-Applied", "handling=lenient"))
    return body, headers


def result_response(outcome: QueryOutcome, max_rows: int, *, partial_ok: bool) -> Response:
    """:func:`result_parts` as a Flask response."""
    body, headers = result_parts(outcome, max_rows, partial_ok=partial_ok)
    return Response(body, status=200, headers=headers)


def service_description() -> Response:
    """The SPARQL service description (negotiated); a browser gets the query editor."""
    accept = request.headers.get("Accept")
    offers = (*conneg.GRAPH, conneg.HTML)
    chosen = conneg.negotiate(accept, offers)
    if chosen.name == "html" or (
        accept and conneg.quality(conneg.parse_accept(accept), "text/html") >= 1.0
    ):
        response = Response(render_template("sparql.html", **editor_context()))
        response.content_type = "text/html; charset=utf-8"
    else:
        from justicekg.web.void import service_graph, to_triples

        state = _state()
        graph = service_graph(
            endpoint=url_for("sparql.query_endpoint", _external=True),
            base=state.settings.base_iri,
            max_rows=state.settings.max_rows,
        )
        triples = to_triples(graph)
        fmt = next(f for f in conneg.GRAPH if f.name == chosen.name)
        oxfmt = RDF_FORMATS[fmt.name]
        prefixes = {n: str(ns) for n, ns in graph.namespaces() if n in ("sd", "dcterms", "void")}
        data = (
            ox.serialize(triples, format=oxfmt, prefixes=prefixes)
            if fmt.name in ("turtle", "trig")
            else ox.serialize(triples, format=oxfmt)
        )
        response = Response(data, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response


def editor_context() -> dict[str, object]:
    from justicekg.web.examples import examples

    state = _state()
    return {
        "examples": examples(state.settings.base_iri),
        "initial_query": request.args.get("query") or "",
        "endpoint": url_for("sparql.query_endpoint"),
    }


@bp.route("/update", methods=["POST"])
def update_endpoint() -> Response:
    """SPARQL 1.1 Update, only with ``Authorization: Bearer <update_token>``."""
    state = _state()
    token = state.settings.update_token
    if not token:
        raise ForbiddenError(
            Message("error_update_disabled"), hint=Message("error_update_disabled_hint")
        )
    auth = request.headers.get("Authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
        raise UnauthorizedError(Message("error_bearer_required"))
    mimetype = request.mimetype
    if mimetype == FORM:
        _utf8(request.get_data(cache=True), "form")
        if "query" in request.form:
            raise BadRequestError(Message("error_query_and_update"))
        updates = request.form.getlist("update")
        if len(updates) != 1:
            raise BadRequestError(Message("error_one_update"))
        text = updates[0]
    elif mimetype == UPDATE:
        text = _utf8(request.get_data(), "update")
    else:
        raise UnsupportedMediaTypeError(
            Message("error_update_body_type", mimetype=mimetype),
            hint=Message("error_send_types", first=FORM, second=UPDATE),
        )
    # Relative IRIs resolve against the configured base (Protocol §2.2.3: a service-defined
    # base), never the Host header; the client's own BASE, read after it, still wins. What is
    # planned and judged is exactly the text that runs: the base with the client's text.
    client_text = text
    text = f"BASE {ox.NamedNode(state.settings.base_iri)} {text}"
    plan = _planned(text, client_text)
    refuse_remote(plan, what="update")
    using = request.args.getlist("using-graph-uri") + request.form.getlist("using-graph-uri")
    named = request.args.getlist("using-named-graph-uri")
    named += request.form.getlist("using-named-graph-uri")
    if using or named:
        text = apply_dataset(text, plan, using, named)
        plan = plan_update(text)
        refuse_remote(plan, what="update")
        check_dataset(plan, using, named)
    if plan.unjudged:
        raise BadRequestError(
            translate("update_unjudged_offsets", why=plan.unjudged),
            hint=translate("update_unjudged_offsets_hint"),
        )
    if plan.bad_offsets:
        raise BadRequestError(
            translate("update_bad_offsets", found="; ".join(plan.bad_offsets[:5])),
            hint=translate("update_bad_offsets_hint"),
        )
    state.update(text)
    return Response(status=204)


def _planned(text: str, client_text: str) -> UpdatePlan:
    """The plan of ``text`` (the client's text after the service's ``BASE``); a syntax error
    is reported where it is in the client's own text."""
    try:
        return plan_update(text)
    except PlanTooDeepError:  # no place to report, and the client's text is as deep
        raise
    except QueryError as exc:
        try:
            plan_update(client_text)
        except QueryError as own:
            raise own from None
        raise exc from None
