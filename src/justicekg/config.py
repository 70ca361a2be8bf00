"""Settings: defaults < ``justicekg.toml`` < environment ``JUSTICEKG_*``.

Nothing else in the package reads ``os.environ``; a frozen :class:`Settings` is passed
explicitly wherever configuration is needed.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from justicekg.errors import ConfigError

#: The repository root when running from a source checkout (``pip install -e .``).
PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: Bundled data (articles, gazetteers) shipped with the checkout.
DATA_DIR = PROJECT_ROOT / "data"
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"

DEFAULT_BASE_IRI = "https://w3id.org/justicekg/"
#: Largest article file read (2 MB: a long news article is ~50 kB).
DEFAULT_MAX_ARTICLE_BYTES = 2_000_000


def _default_store() -> str:
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return str(PROJECT_ROOT / "var" / "store")
    return str(Path.home() / ".local" / "share" / "justicekg" / "store")


@dataclass(frozen=True, slots=True)
class Settings:
    """All configuration of justicekg in one immutable value.

    >>> Settings().base_iri
    'https://w3id.org/justicekg/'
    """

    #: Base under which every entity, graph and ontology IRI is minted.
    base_iri: str = DEFAULT_BASE_IRI
    #: Store URL: ``memory:``, ``oxigraph:PATH`` (or a bare path), ``http(s)://…``.
    store: str = field(default_factory=_default_store)
    #: Remote store: the SPARQL 1.1 update endpoint ("": the query URL, or Oxigraph's
    #: ``/update`` beside its ``/query``).
    update_url: str = ""
    #: Remote store: the SPARQL 1.1 Graph Store endpoint used to write whole article graphs
    #: with ``PUT`` ("": found for Oxigraph and Virtuoso; ``none``: updates only).
    graph_store_url: str = ""
    #: Remote store: HTTP user and password (HTTP basic or digest, see ``store_auth``).
    store_user: str = ""
    store_password: str = ""
    #: Remote store: ``basic`` or ``digest`` (Virtuoso's ``/sparql-auth``).
    store_auth: str = "basic"
    #: Remote store: a bearer token sent with every request.
    store_token: str = ""
    #: Remote store: request time limit in seconds.
    store_timeout: float = 120.0
    #: Remote store: most triples in one ``INSERT DATA`` (Virtuoso fails above ≈1,200).
    store_batch_triples: int = 1000
    #: Remote store: where the merged default graph lives: ``auto`` (a named graph on
    #: Virtuoso, which has no writable default graph; the default graph elsewhere),
    #: ``default`` or a graph IRI.
    merged_graph: str = "auto"
    #: Remote store: the server's row limit when it does not announce it (0: unknown).
    store_max_rows: int = 0
    #: Folder of articles ingested into an empty store by ``query`` and ``serve``.
    articles_dir: str = str(DATA_DIR / "articles")
    #: SPARQL query time limit in seconds (a request may only lower it).
    query_timeout: float = 10.0
    #: Maximum number of result rows returned by the SPARQL endpoint.
    max_rows: int = 10000
    #: Bearer token enabling SPARQL Update at /update (disabled when empty).
    update_token: str = ""
    #: Largest request body accepted by the web app, in bytes.
    max_body_bytes: int = 1_000_000
    #: Largest article (or extraction report) file read by extract, ingest and eval, in bytes.
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    #: Learned components of extraction (extract, ingest, eval, serve's first ingest),
    #: comma-separated: ``positions``, ``events``, exactly those on; ``none``: the rules alone;
    #: "" (the default): the default set, ``justicekg.extract.learn.active.DEFAULT``.
    learned: str = ""
    #: A TriG file loaded into the store at start-up (SPARQL protocol conformance runs).
    load_fixture: str = ""
    #: Folder of the on-disk search index shared by the server's processes ("": the store's
    #: folder name plus ``.search``, next to it).
    search_dir: str = ""
    host: str = "127.0.0.1"
    port: int = 5000
    workers: int = 2

    def replace(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


_ENV_PREFIX = "JUSTICEKG_"


def _coerce(name: str, raw: object) -> object:
    kind = {f.name: f.type for f in dataclasses.fields(Settings)}[name]
    if isinstance(raw, list) and kind in ("str", str):  # a TOML list: learned = ["events"]
        # (an empty list names no component: "none", not "nothing chosen")
        return ",".join(str(item) for item in raw) or ("none" if name == "learned" else "")
    try:
        if kind in ("int", int):
            return int(str(raw))
        if kind in ("float", float):
            return float(str(raw))
    except ValueError as exc:
        raise ConfigError(f"setting {name!r} must be a number, got {raw!r}") from exc
    return str(raw)


def load_settings(
    *,
    environ: Mapping[str, str] | None = None,
    config_file: str | Path | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Settings:
    """Build :class:`Settings` from defaults, a TOML file, the environment and overrides.

    Args:
        environ: the environment to read (``os.environ`` when None).
        config_file: a ``justicekg.toml``; when None, ``./justicekg.toml`` if it exists.
        overrides: values that win over everything (e.g. CLI options); None values are ignored.

    Raises:
        ConfigError: an unknown key or a malformed value.

    >>> load_settings(environ={"JUSTICEKG_STORE": "memory:"}).store
    'memory:'
    """
    env = os.environ if environ is None else environ
    names = {f.name for f in dataclasses.fields(Settings)}
    values: dict[str, object] = {}
    path = Path(config_file) if config_file else Path("justicekg.toml")
    if config_file or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings: {exc}", where=str(path)) from exc
        for key, value in data.items():
            if key not in names:
                raise ConfigError(f"unknown setting {key!r}", where=str(path))
            values[key] = _coerce(key, value)
    for name in names:
        raw = env.get(_ENV_PREFIX + name.upper())
        if raw:
            values[name] = _coerce(name, raw)
    for key, value in (overrides or {}).items():
        if value is not None:
            if key not in names:
                raise ConfigError(f"unknown setting {key!r}")
            values[key] = _coerce(key, value)
    return Settings(**values)  # type: ignore[arg-type]
