"""The ``justicekg`` command line.

Exit status: 0 success, 1 validation violations, 2 bad input or usage. Every command that
touches the store takes ``--store URL``, else ``$JUSTICEKG_STORE``, else the project's
default folder (``var/store``, git-ignored).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from justicekg import __version__
from justicekg.catalogue import Message
from justicekg.cli_common import (
    EXIT_BAD_INPUT,
    EXIT_VIOLATIONS,
    command_settings,
    extract_settings,
    handle_errors,
    ingest_with_progress,
    learned_option,
    open_command_store,
    open_store_with_data,
    store_option,
)
from justicekg.cli_lang import LocalizedGroup, current, error_line, lang_option, tr
from justicekg.errors import InputError, JusticeKGError

__all__ = ["EXIT_BAD_INPUT", "EXIT_VIOLATIONS", "handle_errors", "main", "store_option"]


@click.group(cls=LocalizedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="justicekg", message="%(prog)s %(version)s")
@lang_option
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
@learned_option
@handle_errors
def extract(
    paths: tuple[str, ...], out_dir: str | None, no_text: bool, learned: str | None
) -> None:
    """Extract article files (.txt, .html) or folders into extraction reports (JSON).

    A single file without --out prints its report on stdout. Unreadable files are named on
    stderr and make the command exit 2; the other files are still written.
    """
    from justicekg.extract.learn.active import switched_on
    from justicekg.identity import relative_source
    from justicekg.pipeline import ARTICLE_SUFFIXES, collect_sources, read_report

    settings = extract_settings(learned)
    files = [
        (p, root) for p, root in collect_sources(paths) if p.suffix.lower() in ARTICLE_SUFFIXES
    ]
    if not files:
        raise InputError(Message("cli_no_article_files"), where=" ".join(paths))
    if out_dir is None and len(files) > 1:
        raise InputError(
            Message("cli_several_need_out"),
            hint=Message("cli_try_command", command="justicekg extract DIR --out OUT"),
        )
    failed = 0
    written: dict[Path, Path] = {}
    for path, root in files:
        try:
            with switched_on(settings.learned):
                report = read_report(path, root=root, max_bytes=settings.max_article_bytes)
        except JusticeKGError as exc:
            click.echo(error_line(exc), err=True)
            failed += 1
            continue
        text = json.dumps(report.to_dict(include_text=not no_text), ensure_ascii=False, indent=2)
        if out_dir is None:
            click.echo(text)
        else:
            # DIR mirrors the folders given: a/aa.txt and b/aa.txt do not overwrite each other
            target = Path(out_dir) / Path(relative_source(path, root)).with_suffix(".json")
            if target in written:
                clash = InputError(
                    Message("cli_already_written", target=target, source=written[target]),
                    where=str(path),
                    hint=Message("cli_already_written_hint"),
                )
                click.echo(error_line(clash), err=True)
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
@learned_option
@handle_errors
def ingest(
    paths: tuple[str, ...],
    store_url: str | None,
    force: bool,
    replace: bool,
    no_compact: bool,
    verbose: bool,
    workers: int | None,
    learned: str | None,
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
    settings = extract_settings(learned, store=store_url)
    store = open_command_store(settings)
    try:
        summary = ingest_with_progress(
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
    click.echo(summary.text(current()))
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
    return tr("cli_compacted", before=f"{before / 1e6:.1f}", after=f"{after / 1e6:.1f}")


@main.command()
@store_option
@handle_errors
def compact(store_url: str | None) -> None:
    """Compact the on-disk store: fold the write-ahead log and old files into compact ones.

    Repeated ingests leave several times the data's size on disk until RocksDB compacts in
    its own time; `ingest` compacts afterwards unless --no-compact.
    """
    from justicekg.store.oxigraph import disk_size, store_folder

    settings = command_settings(store=store_url)
    folder = store_folder(settings.store) if "://" not in settings.store else None
    before = disk_size(folder) if folder else None
    store = open_command_store(settings)
    try:
        line = _compact_store(store, before)
    finally:
        store.close()
    click.echo(line or tr("cli_nothing_to_compact"))


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

    settings = command_settings(store=store_url)
    store = open_command_store(settings, read_only=True)
    try:
        report = validate_store(store, settings=settings, engine=engine)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.text_in(current()))
    if not report.conforms:
        sys.exit(EXIT_VIOLATIONS)


@main.command()
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 5000).")
@store_option
@handle_errors
def serve(host: str | None, port: int | None, store_url: str | None) -> None:
    """Serve SPARQL, linked data and the staff pages (ingests the bundled data when empty)."""
    from justicekg.web import serve as run_server

    run_server(command_settings(host=host, port=port, store=store_url), lang=current())


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

    settings = command_settings(store=store_url)
    store = open_store_with_data(settings)
    try:
        text, code = run_analyze(
            store, settings, command, list(args), at=at, fmt=fmt, lang=current()
        )
    finally:
        store.close()
    click.echo(text)
    if code:
        sys.exit(code)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Articles to extract (default: GOLD_DIR/../articles, or GOLD_DIR/articles when "
    "GOLD_DIR holds gold/ and articles/; GOLD_DIR/texts for a corpus).",
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
    "--ci",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Also give 95% bootstrap intervals of F1 over N resamples of the articles "
    "(e.g. --ci 2000; default 0: none).",
)
@click.option(
    "--score-py",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="The scorer (default: the copy of the kit's score.py shipped with justicekg).",
)
@click.option(
    "--against",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    metavar="DIR",
    help="Extract nothing: score the reports in DIR (e.g. a second, independent annotation, "
    "data/eval/real/agreement) against the gold, i.e. how far two annotators agree; only the "
    "items DIR has a report for, no text needed.",
)
@learned_option
@handle_errors
def eval_(
    gold_dir: str,
    articles_dir: str | None,
    part: str | None,
    as_json: bool,
    verbose: bool,
    ci: int,
    score_py: str | None,
    against: str | None,
    learned: str | None,
) -> None:
    """Extract a folder of articles and score it against gold reports (P/R/F1 per fact set).

    GOLD_DIR is a folder of gold reports, or a corpus whose texts are kept outside git
    (data/eval/real: items <id>.json, texts in texts/<id>.txt); missing texts are named.
    """
    from justicekg.extract.evaluate import run_eval

    settings = extract_settings(learned)
    result = run_eval(
        articles_dir,
        gold_dir,
        score_py=score_py,
        verbose=verbose,
        echo=not as_json,
        part=part,
        ci=ci,
        learned=settings.learned,
        lang=current(),
        against=against,
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
    existing = target.read_text(encoding="utf-8") if target.exists() else ""
    if check:
        if existing != text:
            click.echo(tr("cli_out_of_date", path=target), err=True)
            sys.exit(EXIT_VIOLATIONS)
        return
    target.write_text(text, encoding="utf-8")
    click.echo(tr("cli_wrote", path=target))


def _add_commands() -> None:
    from justicekg.cli_read import export, holders, query, stats
    from justicekg.harvest.cli import harvest

    for command in (harvest, query, export, stats, holders):
        main.add_command(command)


_add_commands()
