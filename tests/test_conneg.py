"""Content negotiation as pure functions (no Flask)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from justicekg.web import conneg

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


@pytest.mark.parametrize(
    "accept,offers,expected",
    [
        (None, conneg.RESULTS, "json"),
        ("", conneg.GRAPH, "turtle"),
        ("*/*", conneg.RESULTS, "json"),
        ("application/sparql-results+xml", conneg.RESULTS, "xml"),
        (
            "application/sparql-results+xml;q=0.5, application/sparql-results+json;q=0.9",
            conneg.RESULTS,
            "json",
        ),
        ("text/csv", conneg.RESULTS, "csv"),
        ("text/tab-separated-values", conneg.RESULTS, "tsv"),
        ("application/json", conneg.RESULTS, "json"),
        ("text/*", conneg.RESULTS, "csv"),
        ("text/turtle", conneg.GRAPH, "turtle"),
        ("application/ld+json", conneg.GRAPH, "jsonld"),
        ("application/rdf+xml", conneg.GRAPH, "rdfxml"),
        ("application/n-triples", conneg.GRAPH, "ntriples"),
        ("application/trig", conneg.GRAPH, "trig"),
        ("application/n-quads", conneg.GRAPH, "nquads"),
        ("application/*", conneg.GRAPH, "ntriples"),
        (BROWSER, conneg.RESOURCE, "html"),
        ("text/turtle;q=0.5, application/ld+json", conneg.RESOURCE, "jsonld"),
        ("text/html;q=0.1, text/turtle", conneg.RESOURCE, "turtle"),
        ("*/*", conneg.RESOURCE, "html"),
        ("text/html;level=1;q=0.5, text/turtle;q=0.1", conneg.RESOURCE, "turtle"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_negotiate(accept: str | None, offers: tuple[conneg.Format, ...], expected: str) -> None:
    assert conneg.negotiate(accept, offers).name == expected


@pytest.mark.parametrize("accept", ["image/png", "text/html;q=0, */*;q=0", "application/pdf"])
def test_not_acceptable(accept: str) -> None:
    with pytest.raises(conneg.NotAcceptableError):
        conneg.negotiate(accept, conneg.GRAPH)


def test_a_range_with_parameters_is_not_the_plain_type() -> None:
    """RFC 9110 12.5.1: ``text/html;level=1`` names only level-1 HTML; the plain ``text/html``
    the server offers is ruled by ``text/html;q=0`` (read by Werkzeug's ``MIMEAccept``)."""
    with pytest.raises(conneg.NotAcceptableError):
        conneg.negotiate("text/html;level=1, text/html;q=0", conneg.RESOURCE)


def test_most_specific_range_decides() -> None:
    ranges = conneg.parse_accept("text/*;q=0.2, text/csv;q=0.9, */*;q=0.1")
    assert conneg.quality(ranges, "text/csv") == 0.9
    assert conneg.quality(ranges, "text/turtle") == 0.2
    assert conneg.quality(ranges, "application/json") == 0.1


def test_by_name() -> None:
    assert conneg.by_name("text/csv", conneg.RESULTS).name == "csv"
    with pytest.raises(conneg.NotAcceptableError):
        conneg.by_name("pdf", conneg.RESULTS)


@given(st.text(max_size=80))
def test_negotiate_never_crashes(accept: str) -> None:
    try:
        assert conneg.negotiate(accept, conneg.RESULTS) in conneg.RESULTS
    except conneg.NotAcceptableError:
        pass
