"""The ``justicekg`` command line.

Exit status: 0 success, 1 validation violations, 2 bad input or usage. Every command that
touches the store takes ``--store URL``, else ``$JUSTICEKG_STORE``, else the project's
default folder (``var/store``, git-ignored).
"""

from __future__ import annotations

import functools
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from justicekg import __version__
from justicekg.cli_output import (
    compact_iri,
    read_query_file,
    render,
    table,
    user_positions,
)
from justicekg.config import Settings, load_settings
from justicekg.errors import InputError, JusticeKGError, QueryError

EXIT_VIOLATIONS = 1
EXIT_BAD_INPUT = 2

_STORE_META = "justicekg.store_options"


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Keep a remote-store option for :func:`_settings` (the commands need not name it)."""
    if value is not None and param.name:
        ctx.meta.setdefault(_STORE_META, {})[param.name] = value
    return value


_STORE_OPTIONS = [
    click.option(
        "--store",
        "store_url",
        metavar="URL",
        default=None,
        help="Store: a folder, oxigraph:PATH, memory: or an http(s):// SPARQL query endpoint "
        "(default $JUSTICEKG_STORE).",
    ),
    click.option(
        "--update-url",
        metavar="URL",
        expose_value=False,
        callback=_remember,
        help="Remote store: the SPARQL update endpoint (default $JUSTICEKG_UPDATE_URL, else "
        "the query URL; Oxigraph's /update is found).",
    ),
    click.option(
        "--graph-store-url",
        metavar="URL",
        expose_value=False,
        callback=_remember,
        help="Remote store: the Graph Store Protocol endpoint, or 'none' "
        "(default $JUSTICEKG_GRAPH_STORE_URL; Oxigraph's and Virtuoso's are found).",
    ),
    click.option(
        "--store-user",
        metavar="NAME",
        expose_value=False,
        callback=_remember,
        help="Remote store: HTTP user (password in $JUSTICEKG_STORE_PASSWORD).",
    ),
    click.option(
        "--store-auth",
        type=click.Choice(["basic", "digest"]),
        expose_value=False,
        callback=_remember,
        help="Remote store: HTTP authentication scheme (default basic).",
    ),
]


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--store URL`` and the options of a remote store."""
    for option in reversed(_STORE_OPTIONS):
        func = option(func)
    return func


def _settings(**overrides: Any) -> Settings:
    ctx = click.get_current_context(silent=True)
    remembered = ctx.meta.get(_STORE_META, {}) if ctx is not None else {}
    return load_settings(overrides={**remembered, **overrides})


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Print a JusticeKGError on one line and exit 2; anything else is a bug (traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except JusticeKGError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper


def _open(settings: Settings, *, read_only: bool = False) -> Any:
    from justicekg.store import open_store

    options = {"read_only": True} if read_only else {}
    return open_store(settings.store, settings=settings, **options)


def _ingest(
    store: Any,
    paths: list[str],
    settings: Settings,
    *,
    force: bool = False,
    replace: bool = False,
    verbose: bool = False,
    workers: int | None = None,
) -> Any:
    import time

    from justicekg.pipeline import collect_files, ingest_paths
    from justicekg.workers import default_workers

    def stored(iri: str, size: int) -> None:
        click.echo(f"stored {iri} ({size} triples)")
        sys.stdout.flush()

    total = len(collect_files(paths))
    show = total > 1 and sys.stderr.isatty() and not verbose
    start = time.monotonic()
    done = 0
    with click.progressbar(
        length=total,
        label="ingesting",
        file=sys.stderr,
        hidden=not show,
        show_eta=True,
        item_show_func=lambda rate: rate,
    ) as bar:

        def progress(n: int) -> None:
            nonlocal done
            done += n
            rate = done / max(time.monotonic() - start, 1e-6)
            bar.update(n, f"{rate:.1f} articles/s")

        return ingest_paths(
            store,
            paths,
            settings,
            force=force,
            replace=replace,
            workers=default_workers() if workers is None else workers,
            progress=progress,
            on_stored=stored if verbose else None,
        )


def _open_with_data(settings: Settings) -> Any:
    """Open the store read-only when it holds data (so a running ``serve`` is undisturbed);
    an empty or missing store is opened writable and first filled from the bundled articles."""
    from justicekg.errors import StoreError

    try:
        store = _open(settings, read_only=True)
    except StoreError:
        store = None
    if store is not None:
        if not store.is_empty():
            return store
        store.close()
    store = _open(settings)
    _ensure_data(store, settings)
    return store


def _ensure_data(store: Any, settings: Settings) -> None:
    """On an empty store, first ingest the bundled articles (``settings.articles_dir``)."""
    if store.is_empty() and Path(settings.articles_dir).is_dir():
        click.echo(f"empty store: ingesting {settings.articles_dir} first", err=True)
        summary = _ingest(store, [settings.articles_dir], settings)
        click.echo(summary.text(), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="justicekg")
def main() -> None:
    """justicekg: a knowledge graph of Vietnam's justice sector, from news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    help="Write DIR/<path under the folder given>.json.",
)
@click.option("--no-text", is_flag=True, help="Leave the article text out of the reports.")
@handle_errors
def extract(paths: tuple[str, ...], out_dir: str | None, no_text: bool) -> None:
    """Extract article files (.txt, .html) or folders into extraction reports (JSON).

    A single file without --out prints its report on stdout. Unreadable files are named on
    stderr and make the command exit 2; the other files are still written.
    """
    from justicekg.identity import relative_source
    from justicekg.pipeline import ARTICLE_SUFFIXES, collect_sources, read_report

    files = [
        (p, root) for p, root in collect_sources(paths) if p.suffix.lower() in ARTICLE_SUFFIXES
    ]
    if not files:
        raise InputError("no article files (.txt, .html) found", where=" ".join(paths))
    if out_dir is None and len(files) > 1:
        raise InputError("several articles need --out DIR", hint="justicekg extract DIR --out OUT")
    settings = _settings()
    failed = 0
    written: dict[Path, Path] = {}
    for path, root in files:
        try:
            report = read_report(path, root=root, max_bytes=settings.max_article_bytes)
        except JusticeKGError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        text = json.dumps(report.to_dict(include_text=not no_text), ensure_ascii=False, indent=2)
        if out_dir is None:
            click.echo(text)
        else:
            # DIR mirrors the folders given: a/aa.txt and b/aa.txt do not overwrite each other
            target = Path(out_dir) / Path(relative_source(path, root)).with_suffix(".json")
            if target in written:
                click.echo(
                    f"error: {path}: {target} was already written from {written[target]}; "
                    "not overwritten (hint: extract the folders from their common parent)",
                    err=True,
                )
                failed += 1
                continue
            written[target] = path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + "\n", encoding="utf-8")
    if failed:
        sys.exit(EXIT_BAD_INPUT)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--force", is_flag=True, help="Store graphs that violate the shapes anyway.")
@click.option(
    "--replace", is_flag=True, help="Replace a different article stored under the same id."
)
@click.option("--no-compact", is_flag=True, help="Do not compact the on-disk store afterwards.")
@click.option("-v", "--verbose", is_flag=True, help="Print each graph as it is committed.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract, map and validate (default: one per core); one writer.",
)
@handle_errors
def ingest(
    paths: tuple[str, ...],
    store_url: str | None,
    force: bool,
    replace: bool,
    no_compact: bool,
    verbose: bool,
    workers: int | None,
) -> None:
    """Extract, map, validate and store articles (files or folders).

    Each article replaces its own named graph in one transaction. An article's id is its URL
    when known, else its path relative to the folder given (a file given itself: its stem);
    a different article already stored under that id is not replaced without --replace.
    An on-disk store is compacted afterwards (see `justicekg compact`). Prints a summary;
    exits 2 when any file was rejected (the good files are stored all the same).

    Extraction, mapping and validation run in --workers processes; this process alone
    writes, one batch per transaction, in the order of the files. A progress bar (on a
    terminal) shows articles/s and the time left.
    """
    settings = _settings(store=store_url)
    store = _open(settings)
    try:
        summary = _ingest(
            store,
            list(paths),
            settings,
            force=force,
            replace=replace,
            verbose=verbose,
            workers=workers,
        )
        compacted = None if no_compact else _compact_store(store)
    finally:
        store.close()
    click.echo(summary.text())
    if compacted:
        click.echo(compacted)
    if summary.rejected:
        sys.exit(EXIT_BAD_INPUT)


def _compact_store(store: Any, before: int | None = None) -> str | None:
    """Compact an on-disk store; a line saying what it did (None when there is nothing to do).

    ``before``: the size measured before the store was opened (opening it already folds in
    the write-ahead log of the last writer).
    """
    compact = getattr(store, "compact", None)
    if compact is None:
        return None
    measured, after = compact()
    before = before or measured
    if before is None or after is None:
        return None
    return f"store compacted: {before / 1e6:.1f} MB → {after / 1e6:.1f} MB on disk"


@main.command()
@store_option
@handle_errors
def compact(store_url: str | None) -> None:
    """Compact the on-disk store: fold the write-ahead log and old files into compact ones.

    Repeated ingests leave several times the data's size on disk until RocksDB compacts in
    its own time; `ingest` compacts afterwards unless --no-compact.
    """
    from justicekg.store.oxigraph import disk_size, store_folder

    settings = _settings(store=store_url)
    folder = store_folder(settings.store) if "://" not in settings.store else None
    before = disk_size(folder) if folder else None
    store = _open(settings)
    try:
        line = _compact_store(store, before)
    finally:
        store.close()
    click.echo(line or "nothing to compact: not an on-disk store")


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option(
    "--engine",
    type=click.Choice(["pyshacl", "compiled"]),
    default="pyshacl",
    show_default=True,
    help="pyshacl: the reference; compiled: the shapes as Python checks, as ingest runs them.",
)
@handle_errors
def validate(store_url: str | None, fmt: str, engine: str) -> None:
    """Validate the whole store against the SHACL shapes (exit 1 on violations)."""
    from justicekg.validate import validate_store

    settings = _settings(store=store_url)
    store = _open(settings, read_only=True)
    try:
        report = validate_store(store, settings=settings, engine=engine)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.text)
    if not report.conforms:
        sys.exit(EXIT_VIOLATIONS)


@main.command()
@click.argument("sparql")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv", "turtle"]),
    default="table",
    help="Output format (turtle for CONSTRUCT/DESCRIBE).",
)
@handle_errors
def query(sparql: str, store_url: str | None, fmt: str) -> None:
    """Run a SPARQL query (text, or @file.rq) over the store.

    On an empty store the bundled articles are ingested first. The query runs in a child
    process, so a crash of the query engine is reported on one line like any other error.
    """
    settings = _settings(store=store_url)
    if sparql.startswith("@"):
        sparql = read_query_file(Path(sparql[1:]), settings.max_body_bytes)
    elif sparql == "-" and os.environ.get(_CHILD_ENV):
        sparql = sys.stdin.read()
    if not os.environ.get(_CHILD_ENV):
        _query_in_child(sparql, store_url, fmt)
        return
    store = _open_with_data(settings)
    try:
        from justicekg.namespaces import sparql_prologue

        prologue = sparql_prologue()
        try:
            results = store.query(prologue + sparql)
            text = render(results, fmt)
        except QueryError as exc:
            raise QueryError(user_positions(exc.message, prologue), hint=exc.hint) from None
        except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
            # raised while the results are read: a SERVICE that fails, an evaluation error
            raise QueryError(f"the query failed: {exc}") from None
        except BaseException as exc:  # pyo3's PanicException: an Oxigraph bug
            if type(exc).__name__ != "PanicException":
                raise
            raise QueryError(f"the query engine crashed on this query: {exc}") from None
        click.echo(text, nl=False)
    finally:
        store.close()


#: Set in the child process that :func:`query` runs the query in.
_CHILD_ENV = "JUSTICEKG_QUERY_CHILD"


def _query_in_child(sparql: str, store_url: str | None, fmt: str) -> None:
    """Run ``justicekg query`` in a child process and relay its output and status; an engine
    abort (exit by a signal) becomes one error line and exit 2."""
    import signal
    import subprocess

    argv = [sys.executable, "-m", "justicekg", "query", "-", "--format", fmt]
    if store_url:
        argv += ["--store", store_url]
    ctx = click.get_current_context(silent=True)
    remembered = ctx.meta.get(_STORE_META, {}) if ctx is not None else {}
    proc = subprocess.run(
        argv,
        input=sparql.encode("utf-8"),
        capture_output=True,
        env={
            **os.environ,
            **{f"JUSTICEKG_{k.upper()}": str(v) for k, v in remembered.items()},
            _CHILD_ENV: "1",
        },
        check=False,
    )
    if proc.returncode >= 0:  # (an abort's stderr is the engine's panic trace)
        click.echo(proc.stderr.decode("utf-8", "replace"), nl=False, err=True)
    click.echo(proc.stdout.decode("utf-8", "replace"), nl=False)
    if proc.returncode < 0:
        try:
            name = signal.Signals(-proc.returncode).name
        except ValueError:
            name = f"signal {-proc.returncode}"
        raise QueryError(
            f"the query engine crashed on this query (killed by {name})",
            hint="a bug in Oxigraph, not in the query; see docs/upstream/",
        )
    if proc.returncode:
        sys.exit(proc.returncode)


_EXPORT_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(list(_EXPORT_FORMATS)), default="nquads")
@click.option("--out", "out_file", type=click.Path(dir_okay=False), help="File (default stdout).")
@handle_errors
def export(store_url: str | None, fmt: str, out_file: str | None) -> None:
    """Export the store: every named graph (nquads, trig, jsonld) or the merged graph (turtle)."""
    settings = _settings(store=store_url)
    store = _open(settings, read_only=True)
    try:
        if out_file:
            try:
                handle = open(out_file, "wb")
            except OSError as exc:
                raise InputError(
                    f"cannot write the export: {exc.strerror}",
                    where=out_file,
                    hint="the folder must exist and be writable",
                ) from exc
            with handle:
                store.dump(handle, _EXPORT_FORMATS[fmt])
        else:
            buffer = io.BytesIO()
            store.dump(buffer, _EXPORT_FORMATS[fmt])
            sys.stdout.buffer.write(buffer.getvalue())
    finally:
        store.close()


_STATS_QUERY = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }
GROUP BY ?class ORDER BY DESC(?n) ?class
"""
_PER_ARTICLE_QUERY = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g
"""


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@handle_errors
def stats(store_url: str | None, fmt: str) -> None:
    """Counts per class and per article, and the store's size on disk."""
    settings = _settings(store=store_url)
    store = _open(settings, read_only=True)
    try:
        info = store.stats()
        classes = [(r["class"].value, int(r["n"].value)) for r in store.query(_STATS_QUERY)]
        graphs = [(r["g"].value, int(r["n"].value)) for r in store.query(_PER_ARTICLE_QUERY)]
    finally:
        store.close()
    if fmt == "json":
        data = {
            "triples": info.triples,
            "graphs": info.graphs,
            "size_bytes": info.size_bytes,
            "classes": dict(classes),
            "graph_triples": dict(graphs),
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if info.size_bytes is not None:
        size = f"{info.size_bytes / 1e6:.1f} MB on disk"
    elif "://" in settings.store:
        size = f"on the SPARQL server {settings.store}"
    else:
        size = "in memory"
    click.echo(f"{info.triples} triples (merged), {info.graphs} named graphs, {size}\n")
    click.echo(table(["class", "instances"], [[compact_iri(c), str(n)] for c, n in classes]))
    click.echo(table(["graph", "triples"], [[g, str(n)] for g, n in graphs]), nl=False)


@main.command()
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 5000).")
@store_option
@handle_errors
def serve(host: str | None, port: int | None, store_url: str | None) -> None:
    """Serve SPARQL, linked data and the staff pages (ingests the bundled data when empty)."""
    from justicekg.web import serve as run_server

    run_server(_settings(host=host, port=port, store=store_url))


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument(
    "command", type=click.Choice(["centrality", "communities", "components", "path", "ego"])
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.option("--at", "at", metavar="DATE", default=None, help="Facts on or before DATE only.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@store_option
@handle_errors
def analyze(
    command: str, args: tuple[str, ...], at: str | None, fmt: str, store_url: str | None
) -> None:
    """Network analytics: centrality|communities|components|path A B|ego X.

    An entity is given by IRI or by its exact name; an ambiguous name lists the candidates
    (exit 2). `path` names each hop and the fact behind it (exit 1 when not connected).
    Options after the command: --top N, --by degree|betweenness|eigenvector, a projection
    name (coparticipation, participation, hierarchy, awards, provinces), --radius N (ego).
    """
    from justicekg.analytics.cli_support import run_analyze

    settings = _settings(store=store_url)
    store = _open_with_data(settings)
    try:
        text, code = run_analyze(store, settings, command, list(args), at=at, fmt=fmt)
    finally:
        store.close()
    click.echo(text)
    if code:
        sys.exit(code)


@main.command()
@click.argument("org")
@click.option("--title", "title", metavar="TITLE", default=None, help="Only this post title.")
@click.option("--at", "at", metavar="DATE", default=None, help="Held on DATE (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@store_option
@handle_errors
def holders(org: str, title: str | None, at: str | None, fmt: str, store_url: str | None) -> None:
    """Who held posts in ORG (a name, with or without diacritics, or an IRI), on --at DATE.

    Each holder comes with the interval the articles give (exact bounds when stated, else
    what the evidence bounds them by) and the evidence sentences.
    """
    from justicekg.holders import render_holders, run_holders

    settings = _settings(store=store_url)
    store = _open_with_data(settings)
    try:
        iris, found = run_holders(store, settings.base_iri, org, at=at, title=title)
    finally:
        store.close()
    click.echo(render_holders(found, orgs=iris, at=at, fmt=fmt))


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Articles to extract (default: GOLD_DIR/../articles; GOLD_DIR/texts for a corpus).",
)
@click.option(
    "--part",
    type=click.Choice(["dev", "blind"]),
    default=None,
    help="Score only this part of a corpus such as data/eval/real (default: every item).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="Also list missed and spurious facts.")
@click.option(
    "--score-py",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="The scorer (default: the copy of the kit's score.py shipped with justicekg).",
)
@handle_errors
def eval_(
    gold_dir: str,
    articles_dir: str | None,
    part: str | None,
    as_json: bool,
    verbose: bool,
    score_py: str | None,
) -> None:
    """Extract a folder of articles and score it against gold reports (P/R/F1 per fact set).

    GOLD_DIR is a folder of gold reports, or a corpus whose texts are kept outside git
    (data/eval/real: items <id>.json, texts in texts/<id>.txt); missing texts are named.
    """
    from justicekg.extract.evaluate import run_eval

    result = run_eval(
        articles_dir,
        gold_dir,
        score_py=score_py,
        verbose=verbose,
        echo=not as_json,
        part=part,
    )
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))


@main.command(name="gen-namespace")
@click.option("--check", is_flag=True, help="Exit 1 when the generated module is out of date.")
@handle_errors
def gen_namespace(check: bool) -> None:
    """Regenerate src/justicekg/_jkg_terms.py from ontology/justicekg.ttl."""
    from justicekg import namespaces

    target = Path(namespaces.__file__).with_name("_jkg_terms.py")
    text = namespaces.generate_terms_module()
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if check:
        if current != text:
            click.echo(f"{target} is out of date: run `justicekg gen-namespace`", err=True)
            sys.exit(EXIT_VIOLATIONS)
        return
    target.write_text(text, encoding="utf-8")
    click.echo(f"wrote {target}")


def _add_commands() -> None:
    from justicekg.harvest.cli import harvest

    main.add_command(harvest)


_add_commands()
