"""Content negotiation as pure functions: an ``Accept`` header → a supported format.

No Flask here: the views pass the header text in and get a :class:`Format` back, or a
:class:`NotAcceptableError` error (mapped to 406 by the app's error handler). The header is
read by Werkzeug (``MIMEAccept``: q-values, wildcards, the most specific range deciding); this
module only adds the server's offers, their aliases and the SPARQL clients' ``format=`` names.

>>> negotiate("application/sparql-results+xml;q=0.5, application/json;q=0.9", RESULTS).name
'json'
>>> negotiate(None, GRAPH).name
'turtle'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from justicekg.catalogue import Message
from justicekg.errors import JusticeKGError


class NotAcceptableError(JusticeKGError):
    """No offered format is acceptable to the client (HTTP 406)."""


@dataclass(frozen=True, slots=True)
class Format:
    """A representation the server can produce.

    ``name`` is the short name (also the ``format=`` parameter and the file extension key),
    ``media_type`` what goes into ``Content-Type``, ``aliases`` other media types that select it.
    """

    name: str
    media_type: str
    extension: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        if self.media_type.startswith("text/") or self.media_type.endswith(
            ("+json", "+xml", "/json", "/xml", "/n-triples", "/n-quads", "/trig")
        ):
            return f"{self.media_type}; charset=utf-8"
        return self.media_type


JSON = Format("json", "application/sparql-results+json", "srj", ("application/json",))
XML = Format("xml", "application/sparql-results+xml", "srx", ("application/xml", "text/xml"))
CSV = Format("csv", "text/csv", "csv")
TSV = Format("tsv", "text/tab-separated-values", "tsv")
TURTLE = Format("turtle", "text/turtle", "ttl", ("application/x-turtle",))
NTRIPLES = Format("ntriples", "application/n-triples", "nt", ("text/plain",))
JSONLD = Format("jsonld", "application/ld+json", "jsonld", ("application/json",))
RDFXML = Format("rdfxml", "application/rdf+xml", "rdf", ("application/xml", "text/xml"))
TRIG = Format("trig", "application/trig", "trig")
NQUADS = Format("nquads", "application/n-quads", "nq")
#: Notation3: entity documents are written in Turtle, which is a subset of N3.
N3 = Format("n3", "text/n3", "n3", ("text/rdf+n3",))
HTML = Format("html", "text/html", "html", ("application/xhtml+xml",))

#: SELECT results, in server preference order (the first is the default).
RESULTS: tuple[Format, ...] = (JSON, XML, CSV, TSV)
#: ASK results (CSV and TSV hold the bare ``true``/``false``, as Oxigraph and Fuseki write it).
BOOLEAN: tuple[Format, ...] = (JSON, XML, CSV, TSV)
#: CONSTRUCT / DESCRIBE results and the service description; Turtle is the default.
GRAPH: tuple[Format, ...] = (TURTLE, NTRIPLES, JSONLD, RDFXML, TRIG, NQUADS)
#: Entity data documents (linked data): triples only.
DATA: tuple[Format, ...] = (TURTLE, JSONLD, RDFXML, NTRIPLES)
#: Entity data documents in every format an entity is served in (N3 and TriG too).
DOCUMENT: tuple[Format, ...] = (*DATA, N3, TRIG)
#: Entity resources: an HTML page first, then the data formats.
RESOURCE: tuple[Format, ...] = (HTML, *DOCUMENT)

BY_NAME: dict[str, Format] = {
    f.name: f
    for f in (JSON, XML, CSV, TSV, TURTLE, NTRIPLES, JSONLD, RDFXML, TRIG, NQUADS, N3, HTML)
}
BY_EXTENSION: dict[str, Format] = {f.extension: f for f in DOCUMENT}


def parse_accept(header: str | None) -> MIMEAccept:
    """Parse an ``Accept`` header with Werkzeug (``MIMEAccept``); elements that are no media
    range are dropped, so a malformed header never raises.

    >>> [(v, q) for v, q in parse_accept("text/*;q=0.3, text/html, nonsense")]
    [('text/html', 1), ('text/*', 0.3)]
    """
    parsed = parse_accept_header(header or "", MIMEAccept)
    kept = [(value, q) for value, q in parsed if _is_media_range(value)]
    return MIMEAccept(kept)


def _is_media_range(value: str) -> bool:
    main, slash, sub = value.partition(";")[0].strip().partition("/")
    return bool(slash and main and sub and "/" not in sub) or value.strip() == "*"


def quality(accept: MIMEAccept, media_type: str) -> float:
    """The q-value the client gives ``media_type``: the most specific range decides."""
    try:
        return float(accept.quality(media_type))
    except ValueError:  # a range Werkzeug cannot compare
        return 0.0


def negotiate(accept: str | None, offers: tuple[Format, ...]) -> Format:
    """Choose the best of ``offers`` for an ``Accept`` header; no header → the first offer.

    Ties go to the server's order. Aliases (``application/json``) count like the main type.

    Raises:
        NotAcceptableError: every offer has q=0 for this client.

    >>> negotiate("*/*", RESULTS).name
    'json'
    >>> negotiate("text/csv;q=0.1, text/*", RESULTS).name
    'tsv'
    >>> negotiate("image/png", GRAPH)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    NotAcceptableError: no acceptable format
    """
    return _negotiate(accept or "", offers)


@lru_cache(maxsize=256)
def _negotiate(accept: str, offers: tuple[Format, ...]) -> Format:
    ranges = parse_accept(accept)
    if not len(ranges):
        return offers[0]
    best: Format | None = None
    best_q = 0.0
    for offer in offers:
        q = quality(ranges, offer.media_type)
        for alias in offer.aliases:
            q = max(q, _alias_quality(ranges, alias))
        if q > best_q:
            best, best_q = offer, q
    if best is None:
        raise NotAcceptableError(
            Message("error_not_acceptable", accept=accept),
            hint=Message("error_offered", offered=", ".join(o.media_type for o in offers)),
        )
    return best


def _alias_quality(ranges: MIMEAccept, alias: str) -> float:
    # An alias is chosen only by an explicit mention, never through a wildcard, so that
    # ``application/*`` does not pick JSON-LD because of its ``application/json`` alias.
    for value, q in ranges:
        if value.partition(";")[0].strip().lower() == alias:
            return float(q) * 0.99
    return 0.0


#: ``format=`` names sent by SPARQL clients (SPARQLWrapper, Fuseki, Virtuoso), each with its
#: candidates in order: the first one among the offers wins (``xml`` is SPARQL XML for SELECT/ASK
#: and RDF/XML for CONSTRUCT/DESCRIBE; N3 is served as Turtle, a subset of it).
CLIENT_NAMES: dict[str, tuple[Format, ...]] = {
    "json": (JSON, JSONLD),
    "xml": (XML, RDFXML),
    "rdf": (RDFXML,),
    "rdf+xml": (RDFXML,),
    "json-ld": (JSONLD,),
    "n3": (TURTLE,),
    "text/n3": (TURTLE,),
    "ttl": (TURTLE,),
    "nt": (NTRIPLES,),
    "n-triples": (NTRIPLES,),
    "n-quads": (NQUADS,),
}


def named(name: str, offers: tuple[Format, ...]) -> Format | None:
    """The offer a ``format=`` value names (a client's name, short name, extension or media
    type), or ``None`` if it names none of ``offers`` (unknown, or for another query form).

    >>> named("rdf+xml", GRAPH).name, named("xml", RESULTS).name, named("xml", GRAPH).name
    ('rdfxml', 'xml', 'rdfxml')
    >>> named("csv", GRAPH) is None
    True
    """
    key = name.strip().lower()
    for candidate in CLIENT_NAMES.get(key, ()):
        if candidate in offers:
            return candidate
    for offer in offers:
        if key in (offer.name, offer.media_type, offer.extension, *offer.aliases):
            return offer
    return None


def by_name(name: str, offers: tuple[Format, ...]) -> Format:
    """The offer called ``name`` (a ``format=`` parameter), see :func:`named`.

    Raises:
        NotAcceptableError: ``name`` is not among the offers.

    >>> by_name("csv", RESULTS).media_type
    'text/csv'
    """
    chosen = named(name, offers)
    if chosen is None:
        raise NotAcceptableError(
            Message("error_unknown_format_name", name=name),
            hint=Message("error_use_one_of", names=", ".join(o.name for o in offers)),
        )
    return chosen


def choose(fmt: str | None, accept: str | None, offers: tuple[Format, ...]) -> Format:
    """The format for a ``format=`` value and an ``Accept`` header: a ``format`` that names
    one of ``offers`` wins; an unknown one, or one for another query form, never beats the
    ``Accept`` header, which then decides (:func:`negotiate`).

    Raises:
        NotAcceptableError: neither gives one of ``offers``.

    >>> choose("rdf+xml", "application/rdf+xml", GRAPH).name
    'rdfxml'
    >>> choose("pdf", "text/csv", RESULTS).name, choose("csv", "text/turtle", GRAPH).name
    ('csv', 'turtle')
    """
    if fmt:
        chosen = named(fmt, offers)
        if chosen is not None:
            return chosen
        try:
            return negotiate(accept, offers)
        except NotAcceptableError:
            raise NotAcceptableError(
                Message("error_format_not_offered", fmt=fmt, accept=accept),
                hint=Message("error_use_one_of", names=", ".join(o.name for o in offers)),
            ) from None
    return negotiate(accept, offers)
