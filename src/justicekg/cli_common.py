"""What every ``justicekg`` command shares: exit codes, the store options, settings, errors.

The commands live in :mod:`justicekg.cli` (extract, ingest, validate, serve …) and
:mod:`justicekg.cli_read` (query, export, stats, holders).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from justicekg.cli_lang import current, error_line, tr
from justicekg.config import Settings, load_settings
from justicekg.errors import JusticeKGError

EXIT_VIOLATIONS = 1
EXIT_BAD_INPUT = 2

#: where a command keeps the remote-store options it was given (``ctx.meta``)
STORE_META = "justicekg.store_options"


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Keep a remote-store option for :func:`command_settings` (the commands need not name it)."""
    if value is not None and param.name:
        ctx.meta.setdefault(STORE_META, {})[param.name] = value
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


#: ``--learned NAMES`` (extract, ingest, eval), read by :func:`extract_settings`
learned_option = click.option(
    "--learned",
    metavar="NAMES",
    default=None,
    help="Learned components to run, comma-separated: positions, events; none: the rules alone "
    "(default $JUSTICEKG_LEARNED, else the default set; see README).",
)


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--store URL`` and the options of a remote store."""
    for option in reversed(_STORE_OPTIONS):
        func = option(func)
    return func


def command_settings(**overrides: Any) -> Settings:
    """The settings of the running command: ``overrides`` over the remote-store options it
    was given (kept under :data:`STORE_META`) over the defaults, file and environment."""
    ctx = click.get_current_context(silent=True)
    remembered = ctx.meta.get(STORE_META, {}) if ctx is not None else {}
    return load_settings(overrides={**remembered, **overrides})


def extract_settings(learned: str | None, **overrides: Any) -> Settings:
    """The settings of a command that extracts, its learned components checked first (a bad
    name stops the command before any work; the other commands need not import the extractor).

    Raises:
        ConfigError: a malformed setting, or an unknown learned component.
    """
    from justicekg.extract.learn.active import names

    settings = command_settings(learned=learned, **overrides)
    names(settings.learned)
    return settings


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Print a JusticeKGError on one line and exit 2; anything else is a bug (traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except JusticeKGError as exc:
            click.echo(error_line(exc), err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper


def open_command_store(settings: Settings, *, read_only: bool = False) -> Any:
    """The store ``settings`` names, read-only when asked."""
    from justicekg.store import open_store

    options = {"read_only": True} if read_only else {}
    return open_store(settings.store, settings=settings, **options)


def ingest_with_progress(
    store: Any,
    paths: list[str],
    settings: Settings,
    *,
    force: bool = False,
    replace: bool = False,
    verbose: bool = False,
    workers: int | None = None,
) -> Any:
    """Ingest ``paths`` into ``store`` (:func:`justicekg.pipeline.ingest_paths`) with a progress
    bar on a terminal (articles per second, time left), each stored article named when
    ``verbose``; the summary."""
    import time

    from justicekg.pipeline import collect_files, ingest_paths
    from justicekg.workers import default_workers

    def stored(iri: str, size: int) -> None:
        click.echo(tr("cli_stored", iri=iri, size=size))
        sys.stdout.flush()

    total = len(collect_files(paths))
    show = total > 1 and sys.stderr.isatty() and not verbose
    start = time.monotonic()
    done = 0
    with click.progressbar(
        length=total,
        label=tr("cli_ingesting"),
        file=sys.stderr,
        hidden=not show,
        show_eta=True,
        item_show_func=lambda rate: rate,
    ) as bar:

        def progress(n: int) -> None:
            nonlocal done
            done += n
            rate = done / max(time.monotonic() - start, 1e-6)
            bar.update(n, tr("cli_rate", rate=f"{rate:.1f}"))

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


def open_store_with_data(settings: Settings) -> Any:
    """Open the store read-only when it holds data (so a running ``serve`` is undisturbed);
    an empty or missing store is opened writable and first filled from the bundled articles."""
    from justicekg.errors import StoreError

    try:
        store = open_command_store(settings, read_only=True)
    except StoreError:
        store = None
    if store is not None:
        if not store.is_empty():
            return store
        store.close()
    store = open_command_store(settings)
    _ensure_data(store, settings)
    return store


def _ensure_data(store: Any, settings: Settings) -> None:
    """On an empty store, first ingest the bundled articles (``settings.articles_dir``)."""
    if store.is_empty() and Path(settings.articles_dir).is_dir():
        click.echo(tr("cli_empty_store", folder=settings.articles_dir), err=True)
        summary = ingest_with_progress(store, [settings.articles_dir], settings)
        click.echo(summary.text(current()), err=True)
