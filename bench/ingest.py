"""Benchmark ``justicekg ingest``: ms per article for each stage, articles per second, peers.

    python bench/ingest.py [ARTICLES_DIR] [--copies 8] [--batch-size 32] [--peer-sample 32]

Copies every ``*.txt`` of ARTICLES_DIR (default: ``../shared/eval/articles``, else
``data/articles``) ``--copies`` times under distinct names (distinct article ids, shared
entities, as real articles about the same bodies) into a temporary folder, then runs the real
:func:`justicekg.pipeline.ingest_paths` into a temporary **on-disk** Oxigraph store, timing each
stage through thin wrappers: ``extract`` (read + extraction), ``build`` (report → rdflib triples),
``validate`` (:func:`justicekg.validate.validate_graphs`), ``convert`` (rdflib terms →
N-Triples bytes, or pyoxigraph terms), ``write`` (``load_new_graphs`` or ``replace_graphs``,
in the writer's thread: it overlaps the other stages),
and, once per ingest, ``reference`` (writing the reference
graph) and ``after`` (the analytics recompute).

Peers, on the same graphs in the same run:

* ``validate_graphs`` with the ``pyshacl`` engine and the ``compiled`` one (ingest's), on
  ``--peer-sample`` graphs in batches of 32;
* ``pyshacl.validate`` called per article, plainly (shapes graph passed each time, no
  inference), on the article graph plus the reference triples it links to — the same data the
  batched validation sees;
* pyoxigraph ``bulk_load`` of the same quads (each article graph plus the merged default
  graph, as N-Quads) into a fresh on-disk store.

Times are wall-clock (``perf_counter``) on one core; the peers run on ``--peer-sample``
articles and are reported per article.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)  # bench/http.py must not shadow the standard library's http

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph  # noqa: E402

import justicekg.pipeline as pipeline  # noqa: E402
import justicekg.store.convert as convert  # noqa: E402
import justicekg.validate as validation  # noqa: E402
from justicekg.config import Settings  # noqa: E402
from justicekg.rdf.mint import graph_iri  # noqa: E402
from justicekg.store.oxigraph import OxigraphStore  # noqa: E402

#: The unwrapped converter, for the bench's own use (not timed as a stage).
TRIPLES_TO_OX = convert.triples_to_ox
STAGES = ("reference", "extract", "build", "validate", "convert", "write", "after")


class Timer:
    """Seconds spent per stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.running: set[str] = set()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        self.running.add(name)
        try:
            yield
        finally:
            self.running.discard(name)
            if name != "-":
                self.seconds[name] += time.perf_counter() - start

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return fn(*args, **kwargs)

        return timed


def _articles(folder: Path, copies: int, into: Path) -> list[Path]:
    sources = sorted(folder.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no *.txt articles in {folder}")
    out = []
    for copy in range(copies):
        for src in sources:
            dst = into / f"{src.stem}-c{copy:03d}.txt"
            shutil.copyfile(src, dst)
            out.append(dst)
    return out


class Capture:
    """What the peers need from the run, kept outside the timed stages.

    Keeping every rdflib graph alive would slow the ingest itself (the garbage collector walks
    every live object), so only a sample of graphs and the N-Quads of all of them are kept.
    """

    def __init__(self, sample: int) -> None:
        self.sample = sample
        self.graphs: list[tuple[str, list[Any]]] = []
        self.nquads = io.BytesIO()
        self.merged: set[ox.Triple] = set()
        self.articles = 0
        self.triples = 0

    def add(self, iri: str, graph: list[Any]) -> None:
        self.articles += 1
        self.triples += len(graph)
        if len(self.graphs) < self.sample:
            self.graphs.append((iri, graph))
        name = ox.NamedNode(iri)
        quads = []
        for t in TRIPLES_TO_OX(graph):
            quads.append(ox.Quad(t.subject, t.predicate, t.object, name))
            self.merged.add(t)
        ox.serialize(quads, self.nquads, ox.RdfFormat.N_QUADS)

    def data(self) -> bytes:
        merged = [ox.Quad(t.subject, t.predicate, t.object) for t in self.merged]
        ox.serialize(merged, self.nquads, ox.RdfFormat.N_QUADS)
        return self.nquads.getvalue()


def run_ingest(
    files: list[Path], settings: Settings, store_dir: Path, batch_size: int, capture: Capture
) -> tuple[Timer, float, int]:
    """The real ingest, stage-timed; returns the timer, seconds (minus capture), articles."""
    timer = Timer()
    originals = (
        pipeline.read_report,
        pipeline.build,
        validation.validate_graphs,
        convert.triples_to_ox,
        pipeline.after_ingest,
        pipeline.ensure_reference,
        convert.ntriples,
    )

    def build(report: Any, settings: Settings) -> list[Any]:
        with timer.stage("build"):
            triples = originals[1](report, settings)
        with timer.stage("capture"):
            capture.add(graph_iri(report.article.id, settings), triples)
        return triples

    def to_ox(triples: Any) -> Iterator[ox.Triple]:
        with timer.stage("convert" if "reference" not in timer.running else "-"):
            converted = list(originals[3](triples))
        return iter(converted)

    def to_ntriples(triples: Any) -> bytes:
        with timer.stage("convert"):
            return originals[6](triples)

    pipeline.read_report = timer.wrap("extract", originals[0])  # type: ignore[assignment]
    pipeline.build = build  # type: ignore[assignment]
    validation.validate_graphs = timer.wrap("validate", originals[2])  # type: ignore[assignment]
    convert.triples_to_ox = to_ox  # type: ignore[assignment]
    convert.ntriples = to_ntriples  # type: ignore[assignment]
    pipeline.after_ingest = timer.wrap("after", originals[4])  # type: ignore[assignment]
    store = OxigraphStore(str(store_dir))
    replace = store.replace_graphs

    def replace_graphs(graphs: Any) -> None:
        once = {"reference", "after"} & timer.running
        with timer.stage("write" if graphs and not once else "-"):
            replace(graphs)

    store.replace_graphs = replace_graphs  # type: ignore[method-assign]
    load = store.load_new_graphs

    def load_new_graphs(graphs: Any) -> bool:
        with timer.stage("write"):
            return load(graphs)

    store.load_new_graphs = load_new_graphs  # type: ignore[method-assign]
    pipeline.ensure_reference = timer.wrap("reference", originals[5])  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        summary = pipeline.ingest_paths(store, files, settings, batch_size=batch_size)
        total = time.perf_counter() - start - timer.seconds.pop("capture", 0.0)
    finally:
        (
            pipeline.read_report,
            pipeline.build,
            validation.validate_graphs,
            convert.triples_to_ox,
            pipeline.after_ingest,
            pipeline.ensure_reference,
            convert.ntriples,
        ) = originals  # type: ignore[assignment]
        store.close()
    if summary.rejected:
        print(f"  ({len(summary.rejected)} rejected: {summary.rejected[0].reason[:120]} …)")
    return timer, total, summary.articles


def peer_engine(graphs: list[tuple[str, list[Any]]], settings: Settings, engine: str) -> float:
    """Seconds per article of ``validate_graphs`` with ``engine``, in batches of 32."""
    start = time.perf_counter()
    for first in range(0, len(graphs), 32):
        validation.validate_graphs(dict(graphs[first : first + 32]), engine=engine)
    return (time.perf_counter() - start) / len(graphs)


def peer_pyshacl(graphs: list[tuple[str, list[Any]]], settings: Settings) -> float:
    """Seconds per article for plain per-article ``pyshacl.validate`` on the same data."""
    import pyshacl
    from rdflib.namespace import RDF, SH

    from justicekg.validate.reference import default_reference, ref_index

    shapes = validation.shapes_graph()
    targeted = frozenset(shapes.objects(None, SH.targetClass))
    index = ref_index(default_reference(settings), targeted)
    datas = []
    for _iri, graph in graphs:
        data = Graph()
        nodes = set()
        for s, p, o in graph:
            data.add((s, p, o))
            nodes.add(s)
            if p != RDF.type:
                nodes.add(o)
        for node in index.reach(nodes):
            for t in index.triples[node]:
                data.add(t)
        datas.append(data)
    start = time.perf_counter()
    for data in datas:
        pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    return (time.perf_counter() - start) / len(datas)


def peer_bulk_load(data: bytes, articles: int, workdir: Path) -> float:
    """Seconds per article for ``bulk_load`` of the same quads (named + merged default)."""
    store = ox.Store(str(workdir / "bulk"))
    start = time.perf_counter()
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - start
    del store
    return seconds / articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    default = ROOT.parent / "shared" / "eval" / "articles"
    if not default.is_dir():
        default = ROOT / "data" / "articles"
    parser.add_argument("articles", nargs="?", type=Path, default=default)
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--peer-sample", type=int, default=32)
    args = parser.parse_args(argv)
    settings = Settings()

    with tempfile.TemporaryDirectory(prefix="jkg-bench-") as tmp:
        work = Path(tmp)
        (work / "articles").mkdir()
        files = _articles(args.articles, args.copies, work / "articles")
        # Warm caches (gazetteers, shapes, reference graph) outside the timed run.
        warm = files[:1]
        run_ingest(warm, settings, work / "warm-store", args.batch_size, Capture(0))
        print(
            f"ingest {len(files)} articles ({args.copies} copies of {args.articles}), "
            f"batch {args.batch_size}, on-disk store"
        )
        capture = Capture(args.peer_sample)
        timer, total, stored = run_ingest(files, settings, work / "store", args.batch_size, capture)
        n = len(files)
        print(f"  {stored} stored, {capture.triples / max(capture.articles, 1):.0f} triples/graph")
        print(f"  {'stage':<10}{'ms/article':>12}{'share':>8}")
        for name in STAGES:
            ms = timer.seconds[name] * 1000 / n
            print(f"  {name:<10}{ms:>12.2f}{timer.seconds[name] / total:>8.0%}")
        # The writer commits in a thread of its own (pipeline.ingest_paths): ``write`` overlaps
        # the other stages, and ``other`` (the rest of the wall clock) can come out negative.
        other = total - sum(timer.seconds.values())
        print(f"  {'other':<10}{other * 1000 / n:>12.2f}{other / total:>8.0%}")
        print(f"  {'total':<10}{total * 1000 / n:>12.2f}   → {n / total:.1f} articles/s")

        ours_validate = timer.seconds["validate"] / n
        ours_write = (timer.seconds["convert"] + timer.seconds["write"]) / n
        plain = peer_pyshacl(capture.graphs, settings)
        batched = peer_engine(capture.graphs, settings, "pyshacl")
        compiled = peer_engine(capture.graphs, settings, "compiled")
        bulk = peer_bulk_load(capture.data(), capture.articles, work)
        print("peers (same graphs, same run)")
        print(f"  pyshacl.validate per article   {plain * 1000:8.2f} ms/article")
        print(f"  validate_graphs, pyshacl engine {batched * 1000:7.2f} ms/article")
        print(f"  validate_graphs, compiled       {compiled * 1000:7.2f} ms/article")
        print(f"  ingest's validate stage        {ours_validate * 1000:8.2f} ms/article")
        print(f"    ratio plain / ingest's       {plain / ours_validate:8.2f}x")
        print(f"    ratio pyshacl engine / compiled {batched / compiled:5.2f}x")
        print(f"  pyoxigraph bulk_load           {bulk * 1000:8.2f} ms/article")
        print(f"  store write (convert+write)  {ours_write * 1000:8.2f} ms/article")
        print(f"    ratio ours / bulk_load       {ours_write / bulk:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
