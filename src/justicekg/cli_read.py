"""The commands that read the store: ``query``, ``export``, ``stats`` and ``holders``.

Registered on the ``justicekg`` group by :mod:`justicekg.cli`.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import click
import pyoxigraph as ox

from justicekg.catalogue import Message
from justicekg.cli_common import (
    STORE_META,
    command_settings,
    handle_errors,
    open_command_store,
    open_store_with_data,
    store_option,
)
from justicekg.cli_lang import ENV as LANG_ENV
from justicekg.cli_lang import LocalizedCommand, current, tr
from justicekg.cli_output import compact_iri, read_query_file, render, table, user_positions
from justicekg.errors import InputError, QueryError


@click.command(cls=LocalizedCommand)
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
    settings = command_settings(store=store_url)
    if sparql.startswith("@"):
        sparql = read_query_file(Path(sparql[1:]), settings.max_body_bytes)
    elif sparql == "-" and os.environ.get(_CHILD_ENV):
        sparql = sys.stdin.read()
    if not os.environ.get(_CHILD_ENV):
        _query_in_child(sparql, store_url, fmt)
        return
    store = open_store_with_data(settings)
    try:
        from justicekg.namespaces import sparql_prologue

        prologue = sparql_prologue()
        try:
            results = store.query(prologue + sparql)
            text = render(results, fmt)
        except QueryError as exc:
            raise QueryError(_user_positions(exc.message, prologue), hint=exc.hint) from None
        except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
            # raised while the results are read: a SERVICE that fails, an evaluation error
            raise QueryError(Message("cli_query_failed", why=str(exc))) from None
        except BaseException as exc:  # pyo3's PanicException: an Oxigraph bug
            if type(exc).__name__ != "PanicException":
                raise
            raise QueryError(Message("cli_engine_crashed", why=str(exc))) from None
        click.echo(text, nl=False)
    finally:
        store.close()


def _user_positions(message: str, prologue: str) -> str:
    """:func:`user_positions` on an error message, kept a catalogue message when it is one
    (its details, the engine's own text, carry the positions)."""
    if isinstance(message, Message):
        values = {
            k: user_positions(v, prologue) if isinstance(v, str) else v
            for k, v in message.values.items()
        }
        return Message(message.key, **values)
    return user_positions(str(message), prologue)


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
    remembered = ctx.meta.get(STORE_META, {}) if ctx is not None else {}
    proc = subprocess.run(
        argv,
        input=sparql.encode("utf-8"),
        capture_output=True,
        env={
            **os.environ,
            **{f"JUSTICEKG_{k.upper()}": str(v) for k, v in remembered.items()},
            _CHILD_ENV: "1",
            LANG_ENV: current(),
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
            Message("cli_engine_killed", signal=name), hint=Message("cli_engine_killed_hint")
        )
    if proc.returncode:
        sys.exit(proc.returncode)


_EXPORT_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@click.command(cls=LocalizedCommand)
@store_option
@click.option("--format", "fmt", type=click.Choice(list(_EXPORT_FORMATS)), default="nquads")
@click.option("--out", "out_file", type=click.Path(dir_okay=False), help="File (default stdout).")
@handle_errors
def export(store_url: str | None, fmt: str, out_file: str | None) -> None:
    """Export the store: every named graph (nquads, trig, jsonld) or the merged graph (turtle)."""
    settings = command_settings(store=store_url)
    store = open_command_store(settings, read_only=True)
    try:
        if out_file:
            try:
                handle = open(out_file, "wb")
            except OSError as exc:
                raise InputError(
                    Message("cli_cannot_write_export", why=exc.strerror),
                    where=out_file,
                    hint=Message("cli_cannot_write_export_hint"),
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


@click.command(cls=LocalizedCommand)
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@handle_errors
def stats(store_url: str | None, fmt: str) -> None:
    """Counts per class and per article, and the store's size on disk."""
    settings = command_settings(store=store_url)
    store = open_command_store(settings, read_only=True)
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
        size = tr("cli_stats_on_disk", mb=f"{info.size_bytes / 1e6:.1f}")
    elif "://" in settings.store:
        size = tr("cli_stats_on_server", url=settings.store)
    else:
        size = tr("cli_stats_in_memory")
    click.echo(tr("cli_stats_summary", triples=info.triples, graphs=info.graphs, size=size) + "\n")
    heads = [tr("stats_col_class"), tr("stats_col_instances")]
    click.echo(table(heads, [[compact_iri(c), str(n)] for c, n in classes]))
    heads = [tr("stats_col_graph"), tr("stats_col_triples")]
    click.echo(table(heads, [[g, str(n)] for g, n in graphs]), nl=False)


@click.command(cls=LocalizedCommand)
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

    settings = command_settings(store=store_url)
    store = open_store_with_data(settings)
    try:
        iris, found = run_holders(store, settings.base_iri, org, at=at, title=title)
    finally:
        store.close()
    click.echo(render_holders(found, orgs=iris, at=at, fmt=fmt, lang=current()))
