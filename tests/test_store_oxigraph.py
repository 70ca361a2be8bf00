"""The embedded store: merged default graph with set semantics, atomic replace, reopen."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from justicekg.cli_lang import describe
from justicekg.errors import ConfigError, QueryError, StoreError
from justicekg.store import open_store
from justicekg.store.oxigraph import OxigraphStore

XSD = "http://www.w3.org/2001/XMLSchema#"

EX = "https://example.org/"


def t(s: str, o: str = "v") -> ox.Triple:
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), ox.Literal(o, language="vi"))


def merged(store: OxigraphStore) -> set[str]:
    rows = store.query("SELECT ?s WHERE { ?s ?p ?o }")
    return {row["s"].value.removeprefix(EX) for row in rows}


def count(store: OxigraphStore, pattern: str = "?s ?p ?o") -> int:
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"))
    return int(rows[0]["n"].value)


def test_a_triple_stated_in_two_graphs_is_one_solution(store: OxigraphStore) -> None:
    store.replace_graphs({EX + "g1": [t("a"), t("b")], EX + "g2": [t("b")]})
    assert count(store) == 2  # not 3: the default graph is a set, not Oxigraph's bag union
    assert store.graph_names() == [EX + "g1", EX + "g2"]


def test_replacing_a_graph_keeps_triples_other_graphs_state(store: OxigraphStore) -> None:
    store.replace_graphs({EX + "g1": [t("a"), t("b")], EX + "g2": [t("b")]})
    store.replace_graphs({EX + "g1": [t("c")]})
    assert merged(store) == {"b", "c"}
    store.remove_graphs([EX + "g2"])
    assert merged(store) == {"c"}
    assert store.graph_names() == [EX + "g1"]


def test_replacing_two_graphs_that_share_a_triple_in_one_call(store: OxigraphStore) -> None:
    store.replace_graphs({EX + "g1": [t("a"), t("s")], EX + "g2": [t("s")]})
    store.replace_graphs({EX + "g1": [t("a")], EX + "g2": [t("b")]})
    assert merged(store) == {"a", "b"}


def test_replace_is_idempotent(store: OxigraphStore) -> None:
    triples = [t("a"), t("b", 'quote " and\nnewline')]
    store.replace_graphs({EX + "g": triples})
    first = sorted(str(q) for q in store._store)
    store.replace_graphs({EX + "g": triples})
    assert sorted(str(q) for q in store._store) == first


def test_named_graph_queries_and_dataset_arguments(store: OxigraphStore) -> None:
    store.replace_graphs({EX + "g1": [t("a")], EX + "g2": [t("b")]})
    assert count(store, f"GRAPH <{EX}g1> {{ ?s ?p ?o }}") == 1
    rows = store.query("SELECT ?s WHERE { ?s ?p ?o }", default_graph=[EX + "g2"])
    assert [r["s"].value for r in rows] == [EX + "b"]


def test_malformed_query_is_a_query_error(store: OxigraphStore) -> None:
    with pytest.raises(QueryError) as caught:
        store.query("SELECT WHERE {")
    assert describe(caught.value, "en").startswith("malformed SPARQL query: ")
    assert str(caught.value).startswith("SPARQL query sai cú pháp: ")  # Vietnamese first


def test_on_disk_store_survives_reopen_and_reports_its_size(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = open_store(str(path))
    store.replace_graphs({EX + "g": [t("a")]})
    store.close()
    again = open_store(f"oxigraph:{path}", read_only=True)
    info = again.stats()
    assert (info.triples, info.graphs) == (1, 1)
    assert info.size_bytes and info.size_bytes > 0
    with pytest.raises(StoreError, match="read-only"):
        again.replace_graphs({EX + "g": [t("b")]})


def test_unknown_scheme_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        open_store("ftp://example.org/store")
    assert describe(caught.value, "en").startswith("unknown store URL scheme 'ftp'")
    assert "lược đồ URL kho không rõ 'ftp'" in describe(caught.value, "vi")


def test_dump_writes_named_graphs_only(store: OxigraphStore) -> None:
    import io

    store.replace_graphs({EX + "g": [t("a")]})
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    lines = out.getvalue().decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith(f"<{EX}g> .")


def test_adding_new_graphs_stores_what_the_sparql_update_stores() -> None:
    from justicekg.store.base import replace_graphs_update

    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    graphs = {
        "https://example.org/g1": [
            ox.Triple(s, p, ox.Literal("Hà Nội", language="vi")),
            ox.Triple(s, p, ox.Literal("7", datatype=ox.NamedNode(XSD + "nonNegativeInteger"))),
        ],
        "https://example.org/g2": [ox.Triple(s, p, ox.Literal("Hà Nội", language="vi"))],
    }
    quick, plain = OxigraphStore("memory:"), OxigraphStore("memory:")
    quick.replace_graphs(graphs)  # new graphs: added as quads
    plain.update(replace_graphs_update(graphs))
    assert set(map(str, quick._store)) == set(map(str, plain._store))
    assert quick.graph_names() == plain.graph_names()
    quick.replace_graphs({"https://example.org/g1": []})  # an existing graph: SPARQL update
    assert quick.stats().triples == 1 and quick.graph_names() == ["https://example.org/g2"]


def test_new_graphs_given_as_iterators_with_a_blank_node_are_stored_whole() -> None:
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    triples = [ox.Triple(s, p, ox.Literal("a")), ox.Triple(s, p, ox.BlankNode())]
    store = OxigraphStore("memory:")
    store.replace_graphs({"https://example.org/g": iter(triples)})
    assert len(list(store.triples("https://example.org/g"))) == 2


def nt(*triples: ox.Triple) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def quads(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store._store}


def test_bulk_loaded_graphs_are_what_replace_stores(tmp_path: Path) -> None:
    graphs = {EX + "g1": [t("a"), t("b"), t("c", "x\ny .\n")], EX + "g2": [t("a"), t("d")]}
    bulk = OxigraphStore(str(tmp_path / "bulk"))
    assert bulk.bulk_loads
    assert bulk.load_new_graphs({g: nt(*ts) for g, ts in graphs.items()})
    plain = OxigraphStore("memory:")
    plain.replace_graphs(graphs)
    assert quads(bulk) == quads(plain)
    assert count(bulk) == 4  # the merged triple both graphs state is one solution
    assert not bulk.load_new_graphs({EX + "g2": nt(t("e"))})  # a stored graph: not bulk
    assert quads(bulk) == quads(plain)
    assert not OxigraphStore("memory:").load_new_graphs({EX + "g": nt(t("a"))})
    bulk.close()


def test_a_merged_triple_is_bulk_loaded_once_and_again_after_another_write(
    tmp_path: Path,
) -> None:
    store = OxigraphStore(str(tmp_path / "s"))
    assert store.load_new_graphs({EX + "g1": nt(t("a"), t("b"))})
    assert store._merged  # remembered as stored in the merged graph
    assert store.load_new_graphs({EX + "g2": nt(t("a"))})  # not written again: still there
    assert merged(store) == {"a", "b"}
    # Another write may remove merged triples: g1 and g2 dropped, the merge forgets "a" …
    store.replace_graphs({EX + "g1": [], EX + "g2": []})
    assert merged(store) == set() and not store._merged
    # … so a new graph stating it writes it again.
    assert store.load_new_graphs({EX + "g3": nt(t("a"))})
    assert merged(store) == {"a"} and count(store, "GRAPH ?g { ?s ?p ?o }") == 1
    store.close()


def test_a_failed_bulk_load_remembers_nothing(tmp_path: Path) -> None:
    class FullDisk:
        def __init__(self, store: ox.Store) -> None:
            self.contains_named_graph = store.contains_named_graph

        def bulk_load(self, *args: object, **kwargs: object) -> None:
            raise OSError("No space left on device")

    store = OxigraphStore(str(tmp_path / "s"))
    real, store._store = store._store, FullDisk(store._store)  # type: ignore[assignment]
    with pytest.raises(StoreError, match="No space left"):
        store.load_new_graphs({EX + "g1": nt(t("a"))})
    assert not store._merged
    store._store = real
    assert store.load_new_graphs({EX + "g1": nt(t("a"))}) and merged(store) == {"a"}
    store.close()


def test_a_read_only_view_sees_what_a_finished_ingest_wrote(tmp_path: Path) -> None:
    """`serve` holds the store read-only while `justicekg ingest` runs and ends."""
    path = str(tmp_path / "store")
    writer = OxigraphStore(path)
    writer.replace_graphs({EX + "g1": [t("a")]})
    writer.close()
    reader = OxigraphStore(path, read_only=True)
    assert merged(reader) == {"a"}
    writer = OxigraphStore(path)
    for i in range(30):  # each flush adds files; compactions remove some
        writer.replace_graphs({EX + f"g{i}": [t(f"x{i}")]})
        writer.flush()
    writer.bulk_load_merged()
    writer.close()
    assert "x29" in merged(reader)
    assert len(reader.graph_names()) == 30
