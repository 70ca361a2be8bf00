"""Ingest: article files → extraction reports → named graphs → SHACL → store.

Each batch of articles is written in one transaction: every named graph is replaced whole or
not at all, so re-ingesting is idempotent and a process killed mid-ingest leaves every article
either as it was or fully updated. Files that cannot be read are *rejected* with a reason, while
the other articles go in. A graph that violates the shapes loses the violating facts, not the
whole article (:mod:`justicekg.gate`): it is rejected only when a violation is about the
article itself; ``force`` stores it as it is.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_SUFFIXES",
    "COMMIT_ARTICLES",
    "REPORT_SUFFIXES",
    "IngestSummary",
    "Prepared",
    "Rejected",
    "build",
    "collect_files",
    "collect_sources",
    "ensure_reference",
    "ingest_paths",
    "prepare_batch",
    "read_report",
]

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from justicekg.config import DEFAULT_MAX_ARTICLE_BYTES, Settings
from justicekg.errors import InputError, JusticeKGError
from justicekg.ingest_inputs import (
    ARTICLE_SUFFIXES,
    REPORT_SUFFIXES,
    collect_files,
    collect_sources,
)
from justicekg.ingest_summary import IngestSummary, Rejected, first_lines
from justicekg.model import Article, ExtractionReport
from justicekg.stored_articles import (
    IdentityError,
    articles_in_store,
    is_same_article,
    same_text_elsewhere,
)

if TYPE_CHECKING:
    from pyoxigraph import Triple
    from rdflib.term import Node

    from justicekg.gate import LeftOut
    from justicekg.harvest.pages import HarvestedPage
    from justicekg.store.base import Store

T = TypeVar("T")

#: Articles committed in one transaction at most (several batches, see :func:`ingest_paths`).
COMMIT_ARTICLES = 256


def read_report(
    path: Path, *, root: Path | None = None, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
) -> ExtractionReport:
    """Extract an article file, or read an extraction report (``.json``).

    An article's id comes from its URL when known, else from its path relative to ``root``
    (:func:`justicekg.identity.article_id`); a report keeps the id it states. Either way the
    source it publishes is never an absolute path of this machine.

    Raises:
        InputError: the file is unreadable, or larger than ``max_bytes`` (0: no limit).
    """
    from justicekg.harvest.pages import HarvestedPage
    from justicekg.identity import article_id, public_source, relative_source

    if isinstance(path, HarvestedPage):
        return _read_harvested(path, max_bytes=max_bytes)
    if path.suffix.lower() in REPORT_SUFFIXES:
        from justicekg.text.read import check_size

        check_size(path, max_bytes)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(
                f"not a readable JSON extraction report: {exc}", where=str(path)
            ) from exc
        report = ExtractionReport.from_dict(data, where=str(path))
        report.article.source = public_source(report.article.source)
        return report
    from justicekg.extract import extract_file

    report = extract_file(path, max_bytes=max_bytes)
    report.article.id = article_id(path, root, report.article.url)
    report.article.source = relative_source(path, root)
    return report


def _read_harvested(page: HarvestedPage, *, max_bytes: int) -> ExtractionReport:
    """Extract a harvested page: its URL is the article's id and ``url``."""
    from justicekg.extract import extract
    from justicekg.harvest.pages import read_page
    from justicekg.identity import url_id
    from justicekg.text.read import RawArticle

    raw = read_page(page, max_bytes=max_bytes)
    assert isinstance(raw, RawArticle)
    return extract(
        raw.text,
        article_id=url_id(page.url) or page.source,
        url=page.url,
        published=raw.published,
        title=raw.title,
        source=page.source,
        site_name=raw.site_name,
    )


def build(report: ExtractionReport, settings: Settings) -> list[tuple[Node, Node, Node]]:
    """The triples of an article's named graph (:func:`justicekg.rdf.build.build_triples`)."""
    from justicekg.rdf.build import build_triples

    return build_triples(report, settings)[1]


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def ensure_reference(store: Store, settings: Settings) -> int:
    """Write the reference graph (provinces, ministries, award types); returns its size.

    Skipped when the store already holds exactly these triples: replacing the ≈8 000 triples
    of the reference graph costs seconds, reading them back a tenth of that.
    """
    from justicekg.rdf.build import graph_iri
    from justicekg.reference import cached_reference_graph
    from justicekg.store.convert import triples_to_ox

    graph = cached_reference_graph(settings)  # the graph validation uses too
    iri = graph_iri("reference", settings)
    triples = list(triples_to_ox(graph))
    if set(store.triples(iri)) != set(triples):
        store.replace_graphs({iri: triples})
    return len(graph)


@dataclass(slots=True)
class Prepared:
    """One file after extraction, mapping and validation: what the writer needs to store it.

    Made by :func:`prepare_batch`, in a worker process or in the ingest process itself, with
    its graph as the mapping's (rdflib) triples. :meth:`packed` turns them into N-Triples bytes
    (to cross a process boundary, and for the store's bulk loader, which then makes no Python
    object per quad); :meth:`stored_triples` gives pyoxigraph triples for any other write.
    """

    source: str
    iri: str | None = None
    article: Article | None = None
    #: the graph as the mapping made it (until packed)
    rdf: list[tuple[Node, Node, Node]] | None = None
    triples: list[Triple] | None = None
    #: the graph as N-Triples (one statement per line), once packed
    ntriples: bytes | None = None
    #: triples in the graph (also when packed)
    size: int = 0
    rejected: Rejected | None = None
    forced: bool = False
    left_out: list[LeftOut] = field(default_factory=list)

    def packed(self) -> Prepared:
        """The same, with its triples as N-Triples bytes (pyoxigraph triples when a blank
        node is among them: the store relabels those)."""
        if self.rdf is not None:
            from rdflib import BNode

            from justicekg.store.convert import ntriples, triples_to_ox

            self.size = len(self.rdf)
            if any(isinstance(t[0], BNode) or isinstance(t[2], BNode) for t in self.rdf):
                self.triples = list(triples_to_ox(self.rdf))
            else:
                self.ntriples = ntriples(self.rdf)
            self.rdf = None
        return self

    def stored_triples(self) -> list[Triple]:
        """The triples to store, as pyoxigraph triples (parsed back when packed)."""
        if self.triples is None and self.rdf is not None:
            from justicekg.store.convert import triples_to_ox

            self.triples = list(triples_to_ox(self.rdf))
            self.rdf = None
        elif self.triples is None and self.ntriples is not None:
            from pyoxigraph import RdfFormat, parse

            self.triples = [q.triple for q in parse(self.ntriples, format=RdfFormat.N_TRIPLES)]
            self.ntriples = None
        return self.triples or []


def prepare_batch(
    batch: list[tuple[Path, Path | None]], settings: Settings, *, force: bool = False
) -> list[Prepared]:
    """Extract, map and validate a batch of files (one SHACL run for the batch).

    Touches no store: identity checks and writing are the writer's (:func:`ingest_paths`).
    Files that cannot be read or mapped, and graphs the gate cannot save, come back rejected.
    Articles are extracted with the learned components of ``settings.learned``.
    """
    from rdflib import Graph, URIRef

    from justicekg.extract.learn.active import switched_on
    from justicekg.gate import trim
    from justicekg.rdf.build import graph_iri
    from justicekg.validate import validate_graphs

    out: list[Prepared] = []
    graphs: dict[str, tuple[Prepared, list[tuple[Node, Node, Node]]]] = {}
    for path, root in batch:
        item = Prepared(str(path))
        out.append(item)
        try:
            with switched_on(settings.learned):  # here: this may run in a worker process
                report = read_report(path, root=root, max_bytes=settings.max_article_bytes)
            item.iri = graph_iri(report.article.id, settings)
            item.article = report.article
            if item.iri in graphs:  # two files of one batch under one id: the writer says so
                continue
            graphs[item.iri] = (item, build(report, settings))
        except JusticeKGError as exc:
            item.rejected = Rejected(str(path), str(exc), _kind_of_error(exc))
    verdicts = validate_graphs(
        {iri: g for iri, (_item, g) in graphs.items()}, settings=settings, batch_size=len(batch)
    )
    for iri, (item, triples) in graphs.items():
        verdict = verdicts[iri]
        if not verdict.conforms:
            if force:
                item.forced = True
            else:
                graph = Graph(identifier=URIRef(iri))
                for triple in triples:
                    graph.add(triple)
                trimmed = trim(graph, verdict, settings=settings)
                if trimmed.graph is None:
                    item.rejected = Rejected(
                        item.source, first_lines(verdict.text), "validation", verdict
                    )
                    continue
                triples = list(trimmed.graph)
                item.left_out = list(trimmed.left_out)
        item.rdf = list(triples)
        item.size = len(item.rdf)
    return out


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    force: bool = False,
    replace: bool = False,
    batch_size: int = 32,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    on_stored: Callable[[str, int], None] | None = None,
) -> IngestSummary:
    """Extract, map, validate and store every article under ``paths``.

    Args:
        store: where to write.
        paths: files or folders (``.txt``, ``.html``, ``.json`` reports).
        settings: base IRI and friends.
        force: store graphs that violate the shapes anyway (still reported).
        replace: store an article even when its id already holds a different article (whose
            text and URL differ); without it such an article is rejected, naming both files.
        batch_size: articles prepared together (by one worker), and the unit of commits: the
            first batch is committed alone, then groups of 2, 4 … batches, up to
            :data:`COMMIT_ARTICLES` articles, each group in one transaction.
        workers: processes that extract, map and validate (:mod:`justicekg.workers`); this
            process alone writes (in a thread of its own), a group of batches per
            transaction, in the order of the files. 1 (or a single batch of files): everything
            in this process.
        progress: called with the number of files just processed.
        on_stored: called with each graph IRI and its size once it is committed.

    Raises:
        InputError: a path that does not exist (nothing is written then).
        ConfigError: ``settings.learned`` names an unknown component (nothing is written).
        OntologyError: a learned component's model file is missing or broken (idem).
    """
    from justicekg.extract.learn.active import switched_on
    from justicekg.workers import prepared_batches

    with switched_on(settings.learned):  # a bad name or model file: an error before any write
        pass

    files = collect_sources(paths)
    summary = IngestSummary()
    ensure_reference(store, settings)
    seen: dict[str, str] = {}  # graph IRI → the file read for it in this run
    batches = list(_batches(files, batch_size))
    # Batches are committed in groups that double up to COMMIT_ARTICLES: one bulk load has a
    # fixed cost (≈0.15 s on this machine) that 32 articles cannot pay for, while the first
    # articles are still stored after one batch.
    # A writer thread commits a group while this thread hands the next batches to the
    # workers (the store's bulk load releases the GIL); one group at a time, in order.
    most = max(1, COMMIT_ARTICLES // max(1, batch_size))
    group: list[Prepared] = []
    size, target = 0, 1
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="justicekg-writer") as writer:
        pending: Future[None] | None = None

        def commit(items: list[Prepared]) -> Future[None]:
            if pending is not None:
                pending.result()  # the previous group first (and its error, if any)
            return writer.submit(
                _commit, store, items, summary, seen, replace=replace, on_stored=on_stored
            )

        for prepared in prepared_batches(batches, settings, force=force, workers=workers):
            group.extend(prepared)
            size += 1
            if size >= target:
                pending = commit(group)
                group, size, target = [], 0, min(2 * target, most)
            if progress:
                progress(len(prepared))
        if group:
            pending = commit(group)
        if pending is not None:
            pending.result()
    after_ingest(store, settings, summary.stored)
    return summary


def _commit(
    store: Store,
    prepared: list[Prepared],
    summary: IngestSummary,
    seen: dict[str, str],
    *,
    replace: bool,
    on_stored: Callable[[str, int], None] | None,
) -> None:
    """Check a prepared batch's identities against this run and the store, then write it in
    one transaction (one request to a remote store)."""
    ready: dict[str, Prepared] = {}
    for item in prepared:
        if item.rejected is not None:
            summary.rejected.append(item.rejected)
            continue
        assert item.iri is not None and item.article is not None
        if item.iri in seen:
            error = IdentityError(
                f"article id {item.article.id!r} already read from {seen[item.iri]}",
                where=item.source,
                hint="ingest both folders from their common parent: ids are paths "
                "relative to the folder given",
            )
            summary.rejected.append(Rejected(item.source, str(error), "identity"))
            continue
        seen[item.iri] = item.source
        ready[item.iri] = item
    if not replace:
        for iri, stored in articles_in_store(store, list(ready)).items():
            article = ready[iri].article
            assert article is not None
            if not is_same_article(stored, article):
                other = ready.pop(iri).source
                error = IdentityError(
                    f"article id {article.id!r} already holds a different "
                    f"article, read from {stored.get('source') or 'another file'}; "
                    "not replaced",
                    where=other,
                    hint="ingest from a folder that gives distinct ids, or pass --replace",
                )
                summary.rejected.append(Rejected(other, str(error), "identity"))
    articles = {iri: item.article for iri, item in ready.items() if item.article is not None}
    for iri, (twin, source) in same_text_elsewhere(store, articles).items():
        summary.warnings.append(
            (
                ready[iri].source,
                f"the same text is already stored as <{twin}> (read from {source}); "
                "now under two ids (hint: ingest from the same folder as before)",
            )
        )
    for item in ready.values():
        if item.forced:
            summary.forced.append(item.source)
        summary.left_out.extend((item.source, left) for left in item.left_out)
    sizes = _write(store, ready)
    for iri, size in sizes.items():
        summary.stored.append(iri)
        summary.triples += size
        if on_stored:
            on_stored(iri, size)


def _write(store: Store, ready: dict[str, Prepared]) -> dict[str, int]:
    """Write a batch in one transaction; graph IRI → triples written.

    A store that bulk-loads new graphs (``bulk_loads``, ``load_new_graphs``) gets them as
    N-Triples bytes, as the workers sent them (:meth:`Prepared.packed`); anything else, or a
    batch replacing a stored graph, goes through ``replace_graphs``.
    """
    if ready and getattr(store, "bulk_loads", False):
        items = [item.packed() for item in ready.values()]
        if all(item.ntriples is not None for item in items):
            graphs = {iri: item.ntriples or b"" for iri, item in ready.items()}
            if store.load_new_graphs(graphs):  # type: ignore[attr-defined]
                return {iri: item.size for iri, item in ready.items()}
    accepted = {iri: item.stored_triples() for iri, item in ready.items()}
    store.replace_graphs(accepted)
    return {iri: len(triples) for iri, triples in accepted.items()}


def _kind_of_error(exc: JusticeKGError) -> str:
    if isinstance(exc, IdentityError):
        return "identity"
    return "input" if isinstance(exc, InputError) else "mapping"


def after_ingest(store: Store, settings: Settings, stored: list[str] | None = None) -> None:
    """Bring what is derived from the whole store (network scores) up to date, if available:
    incrementally for the graphs just ``stored`` (:mod:`justicekg.analytics.incremental`)."""
    try:
        from justicekg.analytics.incremental import refresh_scores
    except ImportError:
        return
    if stored is None:
        from justicekg.analytics import recompute_scores

        recompute_scores(store, settings)
        return
    refresh_scores(store, settings, stored)
