"""What the store already holds of the articles being ingested.

Before a batch is written, :mod:`justicekg.pipeline` asks whether each article's graph already
holds an article (the same one re-ingested, or another one under the same id: an
:class:`IdentityError`) and whether the same text is stored under another id (the same file
ingested from another folder: stored, with a warning).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from justicekg.errors import InputError

if TYPE_CHECKING:
    from justicekg.model import Article
    from justicekg.store.base import Store


class IdentityError(InputError):
    """Two different articles under one id."""


_STORED_ARTICLES = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?text ?url ?source WHERE {{
  VALUES ?g {{ {graphs} }}
  GRAPH ?g {{ ?g prov:wasDerivedFrom ?a }}
  OPTIONAL {{ GRAPH ?g {{ ?a schema:text ?text }} }}
  OPTIONAL {{ GRAPH ?g {{ ?a schema:url ?url }} }}
  OPTIONAL {{ GRAPH ?g {{ ?a dcterms:source ?source }} }}
}}
"""
# Each OPTIONAL names its graph itself: with the OPTIONALs inside one GRAPH ?g block, Oxigraph
# read every article of the store for each batch (1.2 s a batch at 2 000 articles, ingest time
# growing with the square of the store); this way each is a lookup (2 ms).


def articles_in_store(store: Store, iris: list[str]) -> dict[str, dict[str, str]]:
    """What the store holds about the article of each graph in ``iris`` (text, url, source)."""
    if not iris:
        return {}
    query = _STORED_ARTICLES.format(graphs=" ".join(f"<{iri}>" for iri in iris))
    found: dict[str, dict[str, str]] = {}
    for row in store.query(query):
        values = {
            name: row[name].value for name in ("text", "url", "source") if row[name] is not None
        }
        found[row["g"].value] = values
    return found


_SAME_TEXT = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?text ?source WHERE {{
  VALUES ?text {{ {texts} }}
  GRAPH ?g {{ ?a schema:text ?text . ?g prov:wasDerivedFrom ?a .
             OPTIONAL {{ ?a dcterms:source ?source }} }}
}}
"""
# The text pattern comes first: Oxigraph then looks each text up in its object index. The
# other order scanned every article of the store for each batch (ingest time grew with the
# square of the store: 0.3 s a batch at 300 articles).


def same_text_elsewhere(store: Store, articles: dict[str, Article]) -> dict[str, tuple[str, str]]:
    """Graph IRI → (another graph, its source) already holding the same article text.

    The same file ingested from another folder gets another id (ids are relative to the
    folder given): it is stored, with a warning.
    """
    from rdflib import Literal

    texts = {article.text: iri for iri, article in articles.items() if article.text}
    if not texts:
        return {}
    values = " ".join(Literal(text, lang="vi").n3() for text in texts)
    found: dict[str, tuple[str, str]] = {}
    for row in store.query(_SAME_TEXT.format(texts=values)):
        iri = texts.get(row["text"].value)
        other = row["g"].value
        if iri is not None and other != iri:
            source = row["source"].value if row["source"] is not None else "another file"
            found.setdefault(iri, (other, source))
    return found


def is_same_article(stored: dict[str, str], article: Article) -> bool:
    """Whether the stored article is ``article`` (re-ingested): same URL, else same text."""
    if stored.get("url") and article.url:
        return _url_key(stored["url"]) == _url_key(article.url)
    if "text" in stored and article.text:
        return stored["text"] == article.text
    return stored.get("source") == (article.source or None)


def _url_key(url: str) -> str:
    from urllib.parse import unquote

    return unquote(url.strip())
