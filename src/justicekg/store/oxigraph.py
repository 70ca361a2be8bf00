"""The embedded backend: pyoxigraph on disk (``oxigraph:PATH`` or a bare path) or in memory.

Writes go through one SPARQL update per call, which Oxigraph applies as one transaction:
a process killed mid-ingest leaves the store as it was before that call.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from justicekg.catalogue import Message
from justicekg.errors import QueryError, StoreError
from justicekg.store.base import StoreStats, remove_graphs_update, replace_graphs_update


def _store_path(url: str) -> str | None:
    if url in ("memory:", "memory://", "memory"):
        return None
    if url.startswith("oxigraph:"):
        url = url[len("oxigraph:") :]
        if url.startswith("//"):
            url = url[2:]
    return url


def _new_graph_quads(
    graphs: Mapping[str, Iterable[ox.Triple]], store: ox.Store | None
) -> list[ox.Quad] | None:
    """Quads adding graphs to their named graph and to the merged default graph.

    The default graph is a set: a triple several graphs state is written once. With ``store``,
    a merged triple it already holds is not written again either (a transactional write costs
    more than a lookup); without it (a bulk write, where a key written twice is simply
    overwritten) no lookup is made. None when a triple has a blank node: keep the SPARQL
    update's fresh labels then.
    """
    quads: list[ox.Quad] = []
    merged: dict[ox.Triple, None] = {}
    for iri, triples in graphs.items():
        graph = ox.NamedNode(iri)
        for t in triples:
            s, p, o = t.subject, t.predicate, t.object
            if isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode):
                return None
            quads.append(ox.Quad(s, p, o, graph))
            merged[t] = None
    default = ox.DefaultGraph()
    for t in merged:
        quad = ox.Quad(t.subject, t.predicate, t.object, default)
        if store is None or quad not in store:
            quads.append(quad)
    return quads


#: The most quads one bulk write takes: Oxigraph's bulk writer hands each batch of up to a
#: million quads to RocksDB as one atomic ingestion, and splits larger ones (no longer atomic).
BULK_MAX_QUADS = 500_000


#: Merged lines :meth:`OxigraphStore.load_new_graphs` remembers at most (≈60 MB); past that
#: it forgets them all and starts again (a line written twice is only written twice).
MERGED_MEMORY = 250_000


def disk_size(path: str) -> int:
    """The bytes the files under ``path`` take (0 when it does not exist)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def store_folder(url: str) -> str | None:
    """The folder of an on-disk store URL (None for ``memory:`` and remote stores)."""
    return _store_path(url)


def _check_exists(path: str) -> None:
    """A store opened read-only must exist: say so plainly, not in RocksDB's words."""
    folder = Path(path)
    if not folder.exists():
        raise StoreError(
            Message("store_no_folder"),
            where=path,
            hint=Message("store_no_folder_hint"),
        )
    if not folder.is_dir() or not (folder / "CURRENT").is_file():
        raise StoreError(
            Message("store_not_a_store"),
            where=path,
            hint=Message("store_not_a_store_hint"),
        )


class OxigraphStore:
    """A :class:`~justicekg.store.base.Store` on pyoxigraph.

    >>> store = OxigraphStore("memory:")
    >>> g = "https://example.org/graph/a"
    >>> t = ox.Triple(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
    ...               ox.Literal("o"))
    >>> store.replace_graphs({g: [t]})
    >>> store.stats().triples, store.graph_names()
    (1, ['https://example.org/graph/a'])
    """

    def __init__(
        self, url: str = "memory:", *, read_only: bool = False, settings: object = None
    ) -> None:
        # ``settings`` is accepted like every backend's; the embedded store needs none.
        self.url = url
        self.path = _store_path(url)
        self.read_only = read_only
        self._lock = threading.Lock()
        # Lines of the merged default graph this store has bulk-loaded since its last other
        # write (which may have removed some): load_new_graphs does not write them again.
        self._merged: set[bytes] = set()
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                _check_exists(self.path)
                self._store = ox.Store.read_only(self.path)
                self._seen = self._mtime()  # after opening: the open itself touches the folder
            else:
                Path(self.path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(self.path)
        except OSError as exc:
            hint = Message("store_locked_hint") if "lock" in str(exc).lower() else None
            raise StoreError(
                Message("store_cannot_open", why=str(exc)), where=self.path, hint=hint
            ) from exc

    # -- writes ------------------------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Triple]]) -> None:
        """Replace named graphs atomically and keep the merged default graph in step.

        Graphs the store does not hold yet (a first ingest) are added as quads: nothing to
        remove, and it skips parsing and planning a SPARQL update of the same size. On disk
        they go through Oxigraph's bulk writer (sorted files handed to RocksDB in one atomic
        ingestion: half the time of a transaction, which reads every key before writing it);
        in memory, through one transaction. Otherwise, or with blank nodes (which a SPARQL
        update would relabel), one SPARQL update does it all.
        """
        if not graphs:
            return
        if self.read_only:
            raise StoreError(Message("store_read_only"), where=self.path)
        # The triples may be one-shot iterators, and either path below may need a second look.
        lists = {iri: list(triples) for iri, triples in graphs.items()}
        graphs = lists
        # The lock keeps another thread's write from removing a merged triple between the
        # lookups of _new_graph_quads and the insert.
        with self._lock:
            self._merged.clear()
            if not any(self._store.contains_named_graph(ox.NamedNode(iri)) for iri in graphs):
                bulk = self.path is not None and sum(map(len, lists.values())) <= BULK_MAX_QUADS
                quads = _new_graph_quads(graphs, None if bulk else self._store)
                if quads is not None:
                    try:
                        if bulk:
                            self._store.bulk_extend(quads)
                        else:
                            self._store.extend(quads)
                    except OSError as exc:
                        raise StoreError(
                            Message("store_cannot_write", why=str(exc)), where=self.path
                        ) from exc
                    return
            self._write(replace_graphs_update(graphs))

    @property
    def bulk_loads(self) -> bool:
        """Whether :meth:`load_new_graphs` can write here (an on-disk store open for writes)."""
        return self.path is not None and not self.read_only

    def load_new_graphs(self, graphs: Mapping[str, bytes]) -> bool:
        """Bulk-load new named graphs, given as N-Triples bytes, and merge their triples.

        ``graphs`` maps each graph IRI to its triples as pyoxigraph writes N-Triples (one
        statement per line ending in `` .\\n``, as :func:`justicekg.store.convert.ntriples`
        makes them: they are loaded leniently, IRIs are not checked again). Each line goes to
        its named graph and, once, to the merged default graph, unless this store wrote it
        there since its last other write (a triple several articles state, e.g. a province's
        label, is written once, not once per article). One atomic RocksDB ingestion of sorted
        files, with no Python object per quad: the cheapest way in. Returns False, writing
        nothing, when the store is in memory or already holds one of the graphs (the caller
        then replaces them the usual way).

        Raises:
            StoreError: the store is read-only, or the write failed.
        """
        if self.read_only:
            raise StoreError(Message("store_read_only"), where=self.path)
        if self.path is None or sum(g.count(b"\n") for g in graphs.values()) > BULK_MAX_QUADS:
            return False
        named = b"".join(
            lines.replace(b" .\n", b" " + str(ox.NamedNode(iri)).encode() + b" .\n")
            for iri, lines in graphs.items()
        )
        with self._lock:
            if any(self._store.contains_named_graph(ox.NamedNode(iri)) for iri in graphs):
                return False
            merged = set(b"".join(graphs.values()).split(b"\n"))
            merged.discard(b"")
            merged -= self._merged
            data = named + b"".join(line + b"\n" for line in merged)
            try:
                # Lenient: the lines were written by pyoxigraph from terms it had checked
                # (convert.ntriples); checking every IRI again took 60 % of the load.
                self._store.bulk_load(data, ox.RdfFormat.N_QUADS, lenient=True)
            except (OSError, SyntaxError) as exc:
                raise StoreError(
                    Message("store_cannot_write", why=str(exc)), where=self.path
                ) from exc
            if len(self._merged) + len(merged) > MERGED_MEMORY:
                self._merged.clear()
            self._merged |= merged
        return True

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        text = remove_graphs_update(graph_iris)
        if text:
            with self._lock:
                self._merged.clear()
                self._write(text)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction.

        Raises:
            QueryError: a malformed update.
        """
        try:
            with self._lock:
                self._merged.clear()
                self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(Message("error_engine_syntax", what="update", why=str(exc))) from exc
        except OSError as exc:
            raise StoreError(Message("store_cannot_write", why=str(exc)), where=self.path) from exc

    def _write(self, sparql: str) -> None:
        self._merged.clear()
        if self.read_only:
            raise StoreError(Message("store_read_only"), where=self.path)
        try:
            self._store.update(sparql)
        except (SyntaxError, OSError) as exc:
            raise StoreError(Message("store_cannot_write", why=str(exc)), where=self.path) from exc

    def bulk_load_merged(self) -> None:
        """Flush and compact after a large ingest (no-op in memory)."""
        if self.path is not None and not self.read_only:
            self._store.optimize()

    # -- reads -------------------------------------------------------------------------------

    def graph_names(self) -> list[str]:
        self._refresh()
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def triples(self, graph_iri: str) -> Iterator[ox.Triple]:
        self._refresh()
        for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)):
            yield ox.Triple(q.subject, q.predicate, q.object)

    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> Any:
        """Run a SPARQL query over the merged default graph (or the graphs given).

        Raises:
            QueryError: a malformed query.
        """
        kwargs: dict[str, Any] = {}
        if default_graph is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if base_iri:
            kwargs["base_iri"] = base_iri
        self._refresh()
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(Message("error_engine_syntax", what="query", why=str(exc))) from exc
        except (OSError, ValueError) as exc:
            raise QueryError(Message("error_query_failed", why=str(exc))) from exc

    def _mtime(self) -> int:
        try:
            return os.stat(self.path or ".").st_mtime_ns
        except OSError:
            return 0

    def _refresh(self) -> None:
        """A read-only view is a snapshot: when another process has written since (files were
        added or compacted away in the folder), reopen it, so reads see the new data and never
        a file that is gone. One ``stat`` per read. (A compaction that runs *during* a read
        can still remove a file under it; the caller sees a QueryError then.)"""
        if not self.read_only or self.path is None:
            return
        seen = self._mtime()
        if seen != self._seen:
            with self._lock:
                if seen != self._seen:
                    self._store = ox.Store.read_only(self.path)
                    self._seen = self._mtime()

    def reopen(self) -> None:
        """Take a fresh snapshot now (read-only views; a no-op otherwise)."""
        if not self.read_only or self.path is None:
            return
        with self._lock:
            self._store = ox.Store.read_only(self.path)
            self._seen = self._mtime()

    def is_empty(self) -> bool:
        self._refresh()
        for _ in self._store.quads_for_pattern(None, None, None, None):
            return False
        return True

    def stats(self) -> StoreStats:
        triples = sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        return StoreStats(
            triples=triples, graphs=len(self.graph_names()), size_bytes=self._disk_size()
        )

    def _disk_size(self) -> int | None:
        return None if self.path is None else disk_size(self.path)

    def dump(self, output: Any, fmt: ox.RdfFormat) -> None:
        """Serialize the named graphs (dataset formats) or the merged graph (triple formats)."""
        if fmt.supports_datasets:
            quads = (
                q
                for q in self._store.quads_for_pattern(None, None, None, None)
                if not isinstance(q.graph_name, ox.DefaultGraph)
            )
            ox.serialize(quads, output, fmt)
        else:
            self._store.dump(output, fmt, from_graph=ox.DefaultGraph())

    def compact(self) -> tuple[int | None, int | None]:
        """Compact an on-disk store (RocksDB compaction; the write-ahead log is folded in).

        Returns:
            The size on disk before and after, in bytes ((None, None) in memory).

        Raises:
            StoreError: the store is read-only, or compaction failed.
        """
        if self.path is None:
            return None, None
        if self.read_only:
            raise StoreError(Message("store_compact_read_only"), where=self.path)
        before = self._disk_size()
        try:
            with self._lock:
                # RocksDB deletes a write-ahead log it no longer needs only when the database
                # is opened again (a flush alone leaves it: ≈40 MB per 50 articles ingested),
                # so close and reopen before compacting.
                self._store.flush()
                del self._store
                self._store = ox.Store(self.path)
                self._store.optimize()
                self._store.flush()
        except OSError as exc:
            raise StoreError(
                Message("store_cannot_compact", why=str(exc)), where=self.path
            ) from exc
        return before, self._disk_size()

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        self.flush()
        del self._store
