"""Every kind of page the site serves, found from the data (never named in a test)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

KINDS = ("person", "org", "province", "event", "award", "article")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def first_slug(client: Any, kind: str) -> str | None:
    html = client.get(f"/browse/{kind}").get_data(as_text=True)
    m = re.search(r'href="/page/' + kind + r'/([^"?#]+)"', html)
    return m.group(1) if m else None


def page_paths(client: Any) -> dict[str, str]:
    """``{page kind: path}`` for one page of each kind (entity pages taken from the lists)."""
    paths = {
        "home": "/",
        "browse": "/browse/person",
        "search": "/search?q=" + "tư pháp",
        "editor": "/sparql",
        "ontology": "/ontology",
        "void": "/.well-known/void",
        "dumps": "/dumps/",
        "overview": "/graph/overview",
        "not-found": "/page/person/khong-co-ai-o7up22",
    }
    people = []
    for kind in KINDS:
        slug = first_slug(client, kind)
        if slug:
            paths[f"page-{kind}"] = f"/page/{kind}/{slug}"
            if kind == "person":
                people = re.findall(
                    r'href="/page/person/([^"?#]+)"',
                    client.get("/browse/person").get_data(as_text=True),
                )
    names = re.findall(
        r'href="/page/person/[^"?#]+">([^<]+)</a>',
        client.get("/browse/person").get_data(as_text=True),
    )
    if names:
        paths["search-person"] = "/search?q=" + names[0]
    if len(people) >= 2:
        base = "https://w3id.org/justicekg/id/person/"
        paths["path"] = f"/graph/path?a={base}{people[0]}&b={base}{people[1]}"
    return paths


class VisibleText(HTMLParser):
    """The text a reader sees: no script, style, or collapsed technical details."""

    HIDDEN = ("script", "style", "template", "details", "noscript", "code", "pre", "textarea")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self._hidden += 1
        for key, value in attrs:
            if key in ("title", "placeholder", "aria-label", "alt") and value and not self._hidden:
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


#: What an IRI looks like in visible text.
IRI = re.compile(r"\b(?:https?|urn):[^\s<>\"]+")
#: A float with four or more decimals (a centrality score, not a reading).
FLOAT = re.compile(r"\b\d+[.,]\d{4,}\b")
