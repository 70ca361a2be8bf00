"""Deterministic, readable IRIs: the only place justicekg mints entity IRIs.

Every entity IRI is ``<base>id/<kind>/<slug>`` (kinds: :data:`KINDS`). The slug is built from
*parts* (a name, and the context that disambiguates it):

* each part is **folded** to ASCII: tone and vowel marks stripped, ``đ`` → ``d``, lowercase,
  every run of other characters → ``-`` (``Sở Tư pháp`` → ``so-tu-phap``);
* the parts of one entity are joined by ``--`` (``le-anh-tuan--thanh-hoa``);
* when a part is not plain ASCII, folding loses information (``Hùng`` and ``Hưng`` both fold to
  ``hung``), so a 6-character base32 digest of the parts' **keys** is appended
  (``nguyen-van-hung-x3k9qa``). The key of a name is NFC, case-folded, with tone marks moved to
  the end of their syllable (``Hoá`` = ``Hóa``, ``Thuỷ`` = ``Thủy``) and punctuation and white space
  folded (``Thi đua – Khen thưởng`` = ``Thi đua - Khen thưởng``). Two names get the same IRI iff
  their keys are equal (up to a 30-bit digest collision).
* facts that link entities (positions, participations, decisions, evidence) join the slugs of
  those entities with ``_`` (never produced by folding), so they are unique when their parts are.

Identity rules, so that the same articles ingested in any order give the same graph:

1. **Person** = key of the name + *context*: the province of their positions when they have a
   provincial one (the first alphabetically when several), else their national organization
   (the first alphabetically), else nothing (:func:`person_context`). Two people with the
   same name in different provinces and no shared organization stay apart; the same person seen
   in two articles with a position in the same province (or the same ministry) is one IRI.
2. **Organization** = key of the full name (names carry their province: ``Sở Tư pháp tỉnh X``).
3. **Province** = key of the name; a second unit with the same name gets its ``valid_from`` year
   (the GSO code is never used: codes were reused in 2025). **District** = name + province
   (+ ``valid_from`` year for a later unit of the same name, e.g. ``thị xã Sa Pa`` 2020).
4. **Event** = kind + date + place (the province, else the organizer, else the name) +
   organizer + name; an undated event also its article and the sentence that states it
   (:func:`event_iri`). Two events on one day in one province stay apart unless their names and
   organizers agree.
5. **Award type** = key of the canonical award name; **title** = key of the title as written.
6. **Position** = person + title + organization; **participation** = person + event;
   **award decision** = award + recipient + status + year; **evidence** = article + offsets.
7. **Article** = the article id; its named graph is ``<base>graph/<article slug>``.

>>> from justicekg.config import Settings
>>> str(mint_iri("org", "Bộ Tư pháp", settings=Settings()))
'https://w3id.org/justicekg/id/org/bo-tu-phap-o7up22'
>>> mint_iri("org", "Bo Tu phap") != mint_iri("org", "Bộ Tư pháp")
True
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rdflib import URIRef

from justicekg.config import DEFAULT_BASE_IRI, Settings

__all__ = [
    "KINDS",
    "compose",
    "event_iri",
    "fold",
    "graph_iri",
    "iri_slug",
    "mint_iri",
    "name_key",
    "person_context",
    "slug",
]

#: The kinds of entity IRIs (the second path segment after ``id/``).
KINDS = frozenset(
    {
        "person",
        "org",
        "province",
        "district",
        "event",
        "award",
        "title",
        "decision",
        "position",
        "post",
        "interval",
        "instant",
        "change",
        "participation",
        "article",
        "evidence",
        "activity",
        "agent",
    }
)

#: Organization kinds whose bodies are national (no province).
NATIONAL_KINDS = frozenset({"ministry", "general-department", "ministry-unit", "government"})

# The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot below).
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_KEY_SEP = re.compile(r"[\W_]+")
_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ı": "i", "ł": "l", "ø": "o", "ß": "ss"})
_DIGEST_LEN = 6


def name_key(name: str) -> str:
    """The identity key of a name: case- and tone-placement-insensitive, punctuation folded.

    >>> name_key("Thanh Hoá") == name_key("thanh  hóa")
    True
    >>> name_key("Nguyễn Văn Hùng") == name_key("Nguyễn Văn Hưng")
    False
    >>> name_key("Vụ Thi đua – Khen thưởng") == name_key("Vụ Thi đua - Khen thưởng")
    True
    """
    return _name_key(name)


# Pure and called for every mention while mapping: cached (the public function keeps its doctest).
@lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    text = unicodedata.normalize("NFC", name).casefold()
    words = []
    for word in _KEY_SEP.split(text):
        if not word:
            continue
        decomposed = unicodedata.normalize("NFD", word)
        tones = "".join(sorted(c for c in decomposed if c in _TONES))
        base = "".join(c for c in decomposed if c not in _TONES)
        words.append(unicodedata.normalize("NFC", base + tones))
    return " ".join(words)


def fold(name: str) -> str:
    """ASCII slug of one name: no marks, ``đ`` → ``d``, lowercase, hyphens.

    >>> fold("Phòng Tư pháp Quận 3")
    'phong-tu-phap-quan-3'
    >>> fold("Đắk Lắk")
    'dak-lak'
    """
    return _fold(name)


@lru_cache(maxsize=1 << 16)
def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub("-", text.translate(_FOLD)).strip("-")


def _digest(keys: Iterable[str]) -> str:
    raw = hashlib.sha1("\x1f".join(keys).encode("utf-8")).digest()
    return base64.b32encode(raw).decode("ascii")[:_DIGEST_LEN].lower()


def slug(*parts: str) -> str:
    """The slug of an entity named by ``parts`` (name first, then its context).

    >>> slug("Le Anh Tuan", "Thanh Hoa")
    'le-anh-tuan--thanh-hoa'
    >>> slug("Lê Anh Tuấn", "Thanh Hóa") == slug("Lê Anh Tuấn", "Thanh Hoá")
    True
    """
    if not parts:
        raise ValueError("a slug needs at least one part")
    return _slug(parts)


# Pure, and the same names recur across articles (provinces, bodies, officials): cached.
@lru_cache(maxsize=1 << 16)
def _slug(parts: tuple[str, ...]) -> str:
    keys = [name_key(p) for p in parts]
    folded = [fold(p) or "x" for p in parts]
    text = "--".join(folded)
    if any(not k.isascii() for k in keys) or any(not f for f in map(fold, parts)):
        text = f"{text}-{_digest(keys)}"
    return text


def compose(*slugs: str) -> str:
    """Join the slugs of linked entities (a position's person, title, organization) with ``_``.

    >>> compose("le-anh-tuan", "pho-chu-tich")
    'le-anh-tuan_pho-chu-tich'
    """
    return "_".join(slugs)


def _base(settings: Settings | None, base: str | None) -> str:
    value = base or (settings.base_iri if settings else DEFAULT_BASE_IRI)
    return value if value.endswith(("/", "#")) else value + "/"


def mint_iri(
    kind: str,
    *parts: str,
    settings: Settings | None = None,
    base: str | None = None,
    raw: bool = False,
) -> URIRef:
    """The IRI ``<base>id/<kind>/<slug>`` of an entity.

    Args:
        kind: one of :data:`KINDS`.
        parts: the name and its disambiguating context, or (``raw=True``) a ready slug.
        settings: gives ``base_iri`` (the default base when None).
        base: overrides the settings' base.
        raw: ``parts`` is one slug made by :func:`slug` / :func:`compose`; use it as is.

    Raises:
        ValueError: an unknown kind or no parts.

    >>> str(mint_iri("province", "Ha Noi", base="http://x/"))
    'http://x/id/province/ha-noi'
    """
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}; expected one of {sorted(KINDS)}")
    text = parts[0] if raw and len(parts) == 1 else slug(*parts)
    return _iri(f"{_base(settings, base)}id/{kind}/{text}")


@lru_cache(maxsize=1 << 16)
def _iri(text: str) -> URIRef:
    """One object per IRI: the mapping's sets and the validator's indexes then find a term by
    identity instead of calling rdflib's (Python) equality on a fresh copy."""
    return URIRef(text)


def iri_slug(iri: str) -> str:
    """The last path segment of an entity IRI (its slug).

    >>> iri_slug("https://w3id.org/justicekg/id/org/bo-tu-phap-o7up22")
    'bo-tu-phap-o7up22'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1]


def graph_iri(article_id: str, settings: Settings | None = None) -> str:
    """The named graph of an article: ``<base>graph/<slug of the article id>``.

    ``graph_iri("reference")`` is the graph of the shared reference entities.

    >>> graph_iri("seed-thanhhoa-2017-11-27")
    'https://w3id.org/justicekg/graph/seed-thanhhoa-2017-11-27'
    """
    return f"{_base(settings, None)}graph/{slug(article_id)}"


def event_iri(
    kind: str,
    date: str | None,
    place: str | None,
    *,
    name: str | None = None,
    organizer: str | None = None,
    article: str | None = None,
    text: str | None = None,
    settings: Settings | None = None,
) -> URIRef:
    """The IRI of an event: kind + date + place + organizer + name (identity rule 4).

    The slug reads ``kind--date--place`` and ends with a digest of the keys of all the parts,
    so two events of one kind on one day in one province stay apart when their names or
    organizers differ. An undated event is only known from its article: its ``article`` (the
    article id) and ``text`` (the sentence that states it) join the key.

    >>> str(event_iri("conference", "2017-11-27", "Thanh Hoa", name="Hoi nghi A"))
    'https://w3id.org/justicekg/id/event/conference--2017-11-27--thanh-hoa-pknxc7'
    >>> a = event_iri("meeting", "2017-11-27", "Thanh Hóa", name="Hội nghị A")
    >>> a != event_iri("meeting", "2017-11-27", "Thanh Hóa", name="Hội nghị B")
    True
    >>> u = event_iri("meeting", None, None, article="a1", text="Họp giao ban.")
    >>> u != event_iri("meeting", None, None, article="a1", text="Họp chi bộ.")
    True
    """
    readable = [kind, date or "undated"] + ([place] if place else [])
    keys = [name_key(p) for p in readable]
    keys += [name_key(organizer or ""), name_key(name or "")]
    if not date:
        keys += [article or "", name_key(text or "")]
    folded = "--".join(fold(p) or "x" for p in readable)
    return mint_iri("event", f"{folded}-{_digest(keys)}", settings=settings, raw=True)


def person_context(
    positions: Iterable[tuple[str | None, str | None, str | None]],
) -> str | None:
    """The context that disambiguates a person's name (identity rule 1).

    Args:
        positions: ``(organization name, organization province, organization kind)`` of each of
            the person's positions (``None`` where unknown).

    Returns:
        The province of their provincial positions (the first alphabetically when several),
        else their national organization (the first alphabetically), else None.
        Order-independent.

    >>> person_context([("Bộ Tư pháp", None, "ministry"), ("Sở Tư pháp tỉnh A", "A", None)])
    'A'
    >>> person_context([("Tổng cục Thi hành án dân sự", None, "general-department")])
    'Tổng cục Thi hành án dân sự'
    >>> person_context([]) is None
    True
    """
    provinces: dict[str, str] = {}
    national: dict[str, str] = {}
    for org, province, kind in positions:
        if province:
            provinces.setdefault(name_key(province), province)
        elif org and (kind is None or kind in NATIONAL_KINDS):
            national.setdefault(name_key(org), org)
    for found in (provinces, national):
        if found:
            # Alphabetical on the ASCII fold (``Đắk Nông`` before ``Lâm Đồng``), ties by key.
            return found[min(found, key=lambda k: (fold(k), k))]
    return None
