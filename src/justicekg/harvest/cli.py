"""``justicekg harvest``: the command-line face of :mod:`justicekg.harvest`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from justicekg.catalogue import render
from justicekg.cli_lang import LocalizedCommand, current, error_line, tr

__all__ = ["harvest"]

DEFAULT_OUT = "var/harvest"
DEFAULT_DELAY = 2.0


@click.command(cls=LocalizedCommand)
@click.argument("targets", nargs=-1, metavar="[SOURCE|URL ...]")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder of the WARC files and the harvest state.",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Skip pages a sitemap or feed dates before DATE (YYYY-MM-DD).",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    help="Article pages to request in this run, at most.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=DEFAULT_DELAY,
    show_default=True,
    help="Seconds between two requests to one host.",
)
@click.option(
    "--contact",
    envvar="JUSTICEKG_HARVEST_CONTACT",
    default=None,
    help="URL or e-mail named in the User-Agent (env JUSTICEKG_HARVEST_CONTACT).",
)
@click.option("-v", "--verbose", is_flag=True, help="Print each page as it is handled.")
def harvest(
    targets: tuple[str, ...],
    out_dir: str,
    since: object,
    max_pages: int,
    delay: float,
    contact: str | None,
    verbose: bool,
) -> None:
    """Discover and fetch articles from the sector's websites into WARC files.

    SOURCE is an id of data/sources.tsv (none: every current source), URL a site to start
    from. Articles are found through robots.txt, sitemaps, feeds and listing pages; robots.txt
    is honoured, one request at a time per host with --delay between them, and pages already
    harvested into --out are asked for conditionally (only what changed is fetched again).
    Then: `justicekg ingest OUT`.
    """
    from justicekg.errors import JusticeKGError
    from justicekg.harvest.fetch import Fetcher, user_agent
    from justicekg.harvest.run import Harvester
    from justicekg.harvest.sources import resolve_targets

    def log(message: str) -> None:
        if verbose:
            click.echo(render(message, current()), err=True)

    try:
        sources = resolve_targets(list(targets))
    except JusticeKGError as exc:
        click.echo(error_line(exc), err=True)
        sys.exit(2)
    fetcher = Fetcher(agent=user_agent(contact), delay=delay)
    harvester = Harvester(
        Path(out_dir),
        fetcher,
        max_pages=max_pages,
        since=since.date() if since is not None else None,  # type: ignore[attr-defined]
        log=log,
    )
    summary = harvester.run(sources)
    click.echo(
        tr(
            "harvest_summary",
            stored=summary.stored,
            not_modified=summary.not_modified,
            duplicates=summary.duplicates,
            disallowed=summary.disallowed,
            old=summary.skipped_old,
            failed=len(summary.failures),
            requests=summary.requests,
            out=out_dir,
        )
    )
    for url, reason in summary.failures:
        click.echo("  " + tr("harvest_failed", url=url, reason=render(reason, current())), err=True)
