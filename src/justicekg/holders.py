"""Who held the posts of an organization, and when: ``justicekg holders`` and ``?at=`` pages.

One query (:func:`holders_query`) fetches every position in the organization with the bounds
each article states for its interval (:mod:`justicekg.rdf.tenure`) and their evidence;
:func:`holders` folds those rows into one :class:`Holder` per position and, given a day,
keeps those the evidence says held their post on that day (:func:`justicekg.rdf.tenure.held_on`:
begun by then, not ended by then, and either appointed with no end known or still attested
later). The same rule, in SPARQL alone, is the README's "who held post X on date D" example.

Nothing from a request is pasted into the query text: the organization's IRI enters as a term
pyoxigraph serialized (it refuses an invalid IRI), and the day is checked as an ISO date.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyoxigraph as ox

from justicekg.catalogue import DEFAULT, Message, translator
from justicekg.errors import QueryError
from justicekg.namespaces import sparql_prologue
from justicekg.rdf.mint import name_key
from justicekg.rdf.tenure import Bound, held_on
from justicekg.text.normalize import search_key

__all__ = [
    "Holder",
    "HoldersError",
    "check_day",
    "holders",
    "holders_query",
    "org_until",
    "org_until_query",
    "organizations_query",
    "pick_organization",
    "render_holders",
    "run_holders",
]


class HoldersError(QueryError):
    """A bad ``holders`` request (unknown organization, malformed day): exit 2, HTTP 400."""


def check_day(value: str | None) -> str | None:
    """An ``--at`` / ``?at=`` value as an ISO day (``YYYY-MM-DD``); None stays None.

    >>> check_day("2021-01-01")
    '2021-01-01'
    >>> check_day("2021")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    justicekg.holders.HoldersError: --at '2021' không phải là ngày ...
    """
    if value is None:
        return None
    try:
        return (
            date.fromisoformat(value.strip()).isoformat()
            if len(value.strip()) == 10
            else _bad(value)
        )
    except ValueError:
        return _bad(value)


def _bad(value: str) -> str:
    raise HoldersError(
        Message("holders_not_a_day", value=repr(value)), hint=Message("holders_day_form")
    )


ORGANIZATIONS_QUERY = """SELECT ?org ?label WHERE { ?org a jkg:Organization ; rdfs:label ?label }"""


def organizations_query() -> str:
    """Every organization with its labels (to resolve a name)."""
    return sparql_prologue() + ORGANIZATIONS_QUERY


def pick_organization(ref: str, rows: Iterable[tuple[str, str]], base: str) -> list[str]:
    """The IRIs of the organization ``ref`` names: its IRI, ``org/<slug>``, its exact name (case,
    spacing and tone placement aside), else its name without diacritics (``so tu phap tinh
    nghe an``). One name can have several IRIs, one per period of its province (the Sở Tư pháp
    of Lào Cai before and after the 2025 merger): all are returned.

    Args:
        ref: what the user typed.
        rows: ``(IRI, label)`` of every organization.
        base: the base IRI (for ``org/<slug>``).

    Raises:
        HoldersError: nothing matches, or different names match a name without diacritics.

    >>> rows = [("http://x/id/org/a", "Sở Tư pháp tỉnh Nghệ An")]
    >>> pick_organization("so tu phap tinh nghe an", rows, "http://x/")
    ['http://x/id/org/a']
    """
    ref = ref.strip()
    labels: dict[str, set[str]] = {}
    for iri, label in rows:
        labels.setdefault(iri, set()).add(label)
    for iri in (ref.strip("<>"), f"{base}id/{ref.lstrip('/')}"):
        if iri in labels:
            return [iri]
    for key in (name_key, search_key):
        wanted = key(ref)
        found = {
            i: {name_key(x) for x in ls if key(x) == wanted}
            for i, ls in labels.items()
            if wanted and any(key(x) == wanted for x in ls)
        }
        if not found:
            continue
        names = set().union(*found.values())
        if len(names) > 1:
            raise HoldersError(
                Message(
                    "holders_ambiguous",
                    n=len(names),
                    ref=repr(ref),
                    iris=", ".join(sorted(found)),
                ),
                hint=Message("holders_ambiguous_hint"),
            )
        return sorted(found)
    raise HoldersError(Message("holders_unknown", ref=repr(ref)))


HOLDERS_QUERY = """SELECT ?org ?m ?person ?name ?title ?postTitle ?post ?acting ?attested
       ?side ?instant ?exact ?notBefore ?notAfter ?quote ?article ?published WHERE {
  VALUES ?org { ORG }
  ?m org:organization ?org ; org:member ?person ; org:role/skos:prefLabel ?title .
  OPTIONAL { ?person foaf:name ?name }
  OPTIONAL { ?m jkg:post ?post . ?post org:role/skos:prefLabel ?postTitle }
  OPTIONAL { ?m jkg:acting ?acting }
  OPTIONAL { ?m jkg:attestedOn ?attested }
  OPTIONAL {
    ?m org:memberDuring ?i .
    { ?i time:hasBeginning ?instant BIND ("begin" AS ?side) }
    UNION { ?i time:hasEnd ?instant BIND ("end" AS ?side) }
    OPTIONAL { ?instant time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?exact }
    OPTIONAL { ?instant jkg:notBefore ?notBefore }
    OPTIONAL { ?instant jkg:notAfter ?notAfter }
    OPTIONAL { ?instant jkg:evidence/jkg:quote ?quote }
    OPTIONAL { ?instant prov:wasDerivedFrom ?article
               OPTIONAL { ?article schema:datePublished ?published } }
  }
}"""


ORG_UNTIL_QUERY = """SELECT ?org ?province ?until WHERE {
  VALUES ?org { ORG } ?org jkg:province ?province . OPTIONAL { ?province jkg:validUntil ?until }
}"""


def _terms(org_iris: str | Iterable[str]) -> str:
    iris = [org_iris] if isinstance(org_iris, str) else list(org_iris)
    try:
        return " ".join(str(ox.NamedNode(i)) for i in iris)
    except ValueError as exc:
        raise HoldersError(Message("holders_not_an_iri", iris=repr(iris))) from exc


def org_until_query(org_iris: str | Iterable[str]) -> str:
    """The provinces of the organizations and the day each ceased (if it did)."""
    return sparql_prologue() + ORG_UNTIL_QUERY.replace("ORG", _terms(org_iris))


def org_until(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The day each organization ceased with its province: when every province it is in has
    ceased (Sở Tư pháp tỉnh Yên Bái with Yên Bái on 2025-07-01), the last of those days.

    >>> org = ox.NamedNode("http://x/o")
    >>> org_until([{"org": org, "until": ox.Literal("2025-07-01")}])
    {'http://x/o': '2025-07-01'}
    >>> org_until([{"org": org, "until": None}])
    {}
    """
    days: dict[str, list[str | None]] = {}
    for row in rows:
        days.setdefault(_value(row, "org") or "", []).append(_value(row, "until"))
    return {
        org: max(d for d in found if d is not None)
        for org, found in days.items()
        if found and all(d is not None for d in found)
    }


def holders_query(org_iris: str | Iterable[str]) -> str:
    """The query behind :func:`holders` for one organization (or its IRIs of several periods).

    Raises:
        HoldersError: an IRI is not valid.
    """
    return sparql_prologue() + HOLDERS_QUERY.replace("ORG", _terms(org_iris))


@dataclass
class BoundEvidence:
    """One bound an article states, with the sentence that states it."""

    side: str
    bound: Bound
    article: str | None
    published: str | None
    quote: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "exact": self.bound.exact,
            "not_before": self.bound.not_before,
            "not_after": self.bound.not_after,
            "article": self.article,
            "article_date": self.published,
            "evidence": self.quote,
        }


@dataclass
class Holder:
    """One person's holding of one post of the organization."""

    position: str
    organization: str
    person: str
    name: str
    title: str
    post_title: str
    post: str | None
    acting: bool
    attested_on: set[str] = field(default_factory=set)
    bounds: dict[str, BoundEvidence] = field(default_factory=dict)

    def sides(self, side: str) -> list[Bound]:
        return [b.bound for b in self.bounds.values() if b.side == side]

    def interval(self) -> dict[str, Any]:
        """The interval the bounds of all articles give: an exact begin / end when stated,
        else the bound the evidence gives (``not_after`` / ``not_before``), else None."""
        begins, ends = self.sides("begin"), self.sides("end")
        exact_b = sorted(b.exact for b in begins if b.exact)
        exact_e = sorted(e.exact for e in ends if e.exact)
        begin_na = sorted(b.not_after for b in begins if b.not_after)
        end_na = sorted(e.not_after for e in ends if e.not_after)
        end_nb = sorted(e.not_before for e in ends if e.not_before)
        return {
            "begin": exact_b[0] if exact_b else None,
            "begin_not_after": begin_na[0] if begin_na else None,
            "end": exact_e[0] if exact_e else None,
            "end_not_after": end_na[0] if end_na else None,
            "end_not_before": end_nb[-1] if end_nb else None,
        }

    def interval_text(self) -> str:
        """``2020-10-01 → ?``, ``≤2021-03-15 → ≥2021-03-16``, ``? → ≤2021-03-15``."""
        iv = self.interval()
        begin = iv["begin"] or (f"≤{iv['begin_not_after']}" if iv["begin_not_after"] else "?")
        if iv["end"]:
            end = iv["end"]
        elif iv["end_not_after"]:
            end = f"≤{iv['end_not_after']}"
        elif iv["end_not_before"]:
            end = f"≥{iv['end_not_before']}"
        else:
            end = "?"
        return f"{begin} → {end}"

    def held_on(self, day: str) -> bool:
        return held_on(day, self.sides("begin"), self.sides("end"))

    def evidence(self) -> list[str]:
        return sorted({b.quote for b in self.bounds.values() if b.quote})

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "name": self.name,
            "organization": self.organization,
            "post": self.post,
            "title": self.post_title,
            "title_as_written": self.title,
            "acting": self.acting,
            "position": self.position,
            "interval": self.interval(),
            "attested_on": sorted(self.attested_on),
            "bounds": [
                self.bounds[k].to_dict()
                for k in sorted(self.bounds, key=lambda k: (self.bounds[k].side, k))
            ],
            "evidence": self.evidence(),
        }


def _value(row: Mapping[str, Any], key: str) -> str | None:
    term = row.get(key)
    return None if term is None else str(term.value)


def holders(
    rows: Iterable[Mapping[str, Any]],
    *,
    at: str | None = None,
    title: str | None = None,
    until: Mapping[str, str] | None = None,
) -> list[Holder]:
    """Fold the rows of :func:`holders_query` into holders, kept when held on ``at``.

    Args:
        rows: solutions (pyoxigraph terms by variable name, None where unbound).
        at: an ISO day; None keeps every holder.
        title: keep only posts with this title (case and diacritics aside; ``Giám đốc`` is not
            ``Phó Giám đốc``).
        until: the day each organization ceased (:func:`org_until`): no post of it is held
            from that day on.
    """
    found: dict[str, Holder] = {}
    for row in rows:
        m = _value(row, "m")
        if m is None:
            continue
        holder = found.get(m)
        if holder is None:
            written = _value(row, "title") or ""
            holder = found[m] = Holder(
                position=m,
                organization=_value(row, "org") or "",
                person=_value(row, "person") or "",
                name=_value(row, "name") or "",
                title=written,
                post_title=_value(row, "postTitle") or written,
                post=_value(row, "post"),
                acting=_value(row, "acting") == "true",
            )
        attested = _value(row, "attested")
        if attested:
            holder.attested_on.add(attested)
        instant = _value(row, "instant")
        if instant and instant not in holder.bounds:
            holder.bounds[instant] = BoundEvidence(
                side=_value(row, "side") or "begin",
                bound=Bound(
                    _value(row, "exact"), _value(row, "notBefore"), _value(row, "notAfter")
                ),
                article=_value(row, "article"),
                published=_value(row, "published"),
                quote=_value(row, "quote"),
            )
    result = list(found.values())
    if title:
        wanted = search_key(title)
        result = [h for h in result if search_key(h.post_title) == wanted]
    if at:
        ended = until or {}
        result = [
            h
            for h in result
            if h.held_on(at) and not (h.organization in ended and ended[h.organization] <= at)
        ]
    result.sort(key=lambda h: (search_key(h.post_title), h.interval_text(), h.name, h.position))
    return result


def render_holders(
    found: list[Holder],
    *,
    orgs: list[str],
    at: str | None,
    fmt: str = "table",
    lang: str = DEFAULT,
) -> str:
    """The holders as JSON (``{"organization", "organizations", "at", "holders": […]}``:
    ``organization`` is the first IRI, ``organizations`` every period's; the same in every
    language) or a plain table, its headers in ``lang``."""
    if fmt == "json":
        payload = {
            "organization": orgs[0] if orgs else None,
            "organizations": orgs,
            "at": at,
            "holders": [h.to_dict() for h in found],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2)
    from justicekg.analytics.cli_support import render_table

    rows = [
        {
            "name": h.name,
            "title": h.post_title,
            "acting": "✓" if h.acting else "",
            "interval": h.interval_text(),
            "evidence": " | ".join(h.evidence())[:160],
        }
        for h in found
    ]
    columns = ["name", "title", "acting", "interval", "evidence"]
    tr = translator(lang)
    return render_table(rows, columns, [tr(f"holders_col_{c}") for c in columns])


def _solutions(results: Any) -> list[dict[str, Any]]:
    names = [v.value for v in results.variables]
    return [{n: sol[n] for n in names} for sol in results]


def run_holders(
    store: Any, base: str, org: str, *, at: str | None = None, title: str | None = None
) -> tuple[list[str], list[Holder]]:
    """Resolve ``org`` in the store and return its IRIs and its holders (on ``at``).

    Raises:
        HoldersError: an unknown or ambiguous organization, or a malformed day.
    """
    day = check_day(at)
    orgs = [
        (r["org"].value, r["label"].value) for r in _solutions(store.query(organizations_query()))
    ]
    iris = pick_organization(org, orgs, base)
    until = org_until(_solutions(store.query(org_until_query(iris))))
    rows = _solutions(store.query(holders_query(iris)))
    return iris, holders(rows, at=day, title=title, until=until)
