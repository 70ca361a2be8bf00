"""rdflib's triple ordering, made linear for ground data, keeps rdflib's result."""

from __future__ import annotations

import random

import pytest
from flask import Flask
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.plugins.sparql import algebra as rdflib_algebra

from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app
from justicekg.web.rdflib_algebra import (
    algebra,
    rdflib_reorder_triples,
    rdflib_triples,
    reorder_triples,
    triples,
)

J = "https://w3id.org/justicekg/ontology#"


def _term(rng: random.Random, ground: bool) -> object:
    kind = rng.randrange(2 if ground else 4)
    if kind == 0:
        return URIRef(f"urn:t{rng.randrange(6)}")
    if kind == 1:
        return Literal(rng.choice(["a", "b", 3, 7]))
    if kind == 2:
        return Variable(f"v{rng.randrange(8)}")
    return BNode(f"b{rng.randrange(4)}")


def _block(rng: random.Random, size: int, ground: bool) -> list[tuple[object, object, object]]:
    return [
        (_term(rng, ground), URIRef(f"urn:p{rng.randrange(3)}"), _term(rng, ground))
        for _ in range(size)
    ]


@pytest.mark.parametrize("seed", range(60))
def test_the_order_is_rdflibs(seed: int) -> None:
    rng = random.Random(seed)
    block = _block(rng, rng.randrange(0, 40), ground=seed % 3 == 0)
    assert reorder_triples(iter(block)) == rdflib_reorder_triples(iter(block))


@pytest.mark.parametrize("seed", range(20))
def test_the_term_lists_join_as_rdflibs(seed: int) -> None:
    rng = random.Random(seed)
    block = _block(rng, rng.randrange(1, 30), ground=False)
    terms = [term for triple in block for term in triple]
    cuts = sorted(rng.sample(range(1, len(terms)), k=min(4, len(terms) - 1)))
    lists = [terms[a:b] for a, b in zip([0, *cuts], [*cuts, len(terms)], strict=True)]
    assert triples(lists) == rdflib_triples(lists)


def test_a_list_that_is_no_triples_is_refused_as_rdflib_does() -> None:
    with pytest.raises(Exception, match="these aint triples"):
        triples([[URIRef("urn:a"), URIRef("urn:b")]])


def test_ground_data_is_ordered_with_one_key_per_triple(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = rdflib_algebra._knownTerms

    def counted(*args: object) -> object:
        calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(rdflib_algebra, "_knownTerms", counted)
    block = [(URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(i)) for i in range(500)]
    reorder_triples(block)
    assert len(calls) == 500  # rdflib's own: one key per triple per step, 125,250
    calls.clear()
    rdflib_reorder_triples(block[:50])
    assert len(calls) == 50 * 51 // 2


def test_algebra_uses_the_replacements() -> None:
    module = algebra()
    assert module.reorderTriples is reorder_triples
    assert module.triples is triples
    assert algebra() is module


@pytest.fixture
def app() -> Flask:
    return create_app(
        {
            "TESTING": True,
            "STORE": OxigraphStore("memory:"),
            "STORE_URL": "memory:",
            "UPDATE_TOKEN": "s3cret",
        }
    )


def _insert(app: Flask, rows: list[str]) -> tuple[int, bytes]:
    text = "INSERT DATA { GRAPH <urn:g> { " + "\n".join(rows) + " } }"
    response = app.test_client().post(
        "/update",
        data=text.encode("utf-8"),
        content_type="application/sparql-update",
        headers={"Authorization": "Bearer s3cret", "Accept-Language": "en"},
    )
    return response.status_code, response.data


def test_a_large_insert_is_judged_whole(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = rdflib_algebra._knownTerms

    def counted(*args: object) -> object:
        calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(rdflib_algebra, "_knownTerms", counted)
    rows = [f'<urn:s{i}> <urn:p> "v{i}"@vi .' for i in range(3000)]
    bad = [*rows, f'<urn:e> <{J}endOffset> "late" .']
    status, body = _insert(app, bad)
    assert status == 400 and b"endOffset" in body  # the last of 3,001 triples is still read
    assert len(calls) <= 2 * len(bad)  # one sort of the block, not one per triple
    assert _insert(app, rows)[0] == 204
