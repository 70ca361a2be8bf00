"""The extraction report: typed mirror of ``../shared/eval/SCHEMA.md``.

A report is what one article states, in plain names. ``to_dict()`` gives exactly the JSON
contract that ``score.py`` grades (plus extra keys the scorer ignores: ``evidence``,
``mentions``, ``article.text``); ``from_dict()`` reads it back, so reports written by
``justicekg extract`` can be mapped to RDF later.

Evidence offsets are character offsets into ``Article.text`` (the normalized NFC text the
extractor worked on): ``article.text[ev.start:ev.end] == ev.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from justicekg.errors import MappingError

ORG_KINDS = (
    "ministry",
    "general-department",
    "ministry-unit",
    "provincial-department",
    "provincial-enforcement",
    "district-enforcement",
    "peoples-committee",
    "peoples-council",
    "party-committee",
    "court",
    "procuracy",
    "police",
    "emulation-group",
    "government",
    "other",
)
EVENT_KINDS = ("conference", "ceremony", "meeting", "training", "inspection", "signing", "other")
AWARD_STATUSES = ("nominated", "conferred", "registered")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the article text that states a fact (usually its sentence)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """Read ``{"start", "end", "text"}``; the offsets must be JSON integers.

        Raises:
            ValueError: an offset that is not a non-negative integer (3.5, "3", true).
        """
        return cls(_offset(data, "start"), _offset(data, "end"), str(data["text"]))


def _offset(data: dict[str, Any], key: str) -> int:
    """A character offset of a report: a non-negative JSON integer, never coerced.

    >>> _offset({"start": 3}, "start")
    3
    >>> _offset({"start": 3.5}, "start")
    Traceback (most recent call last):
    ...
    ValueError: offset 'start' must be a non-negative integer, not 3.5
    """
    value = data[key]
    if type(value) is not int or value < 0:
        raise ValueError(f"offset {key!r} must be a non-negative integer, not {value!r}")
    return value


def _ev(data: Any) -> Evidence | None:
    return Evidence.from_dict(data) if isinstance(data, dict) else None


def _ev_dict(ev: Evidence | None) -> dict[str, Any] | None:
    return ev.to_dict() if ev else None


@dataclass(slots=True)
class Article:
    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    publisher: str | None = None
    author: str | None = None
    #: The normalized text that every evidence offset refers to.
    text: str = ""
    #: Where the article was read from (a file path), for messages and provenance.
    source: str | None = None

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "publisher": self.publisher,
            "author": self.author,
        }
        if self.source:
            data["source"] = self.source
        if include_text:
            data["text"] = self.text
        return data


@dataclass(slots=True)
class Position:
    title: str
    organization: str | None = None
    start: str | None = None  # ISO date when the text gives it (appointments)
    end: str | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "organization": self.organization}
        if self.start:
            data["start"] = self.start
        if self.end:
            data["end"] = self.end
        data["evidence"] = _ev_dict(self.evidence)
        return data


@dataclass(slots=True)
class Person:
    name: str
    positions: list[Position] = field(default_factory=list)
    evidence: Evidence | None = None  # first mention

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "positions": [p.to_dict() for p in self.positions],
            "evidence": _ev_dict(self.evidence),
        }


@dataclass(slots=True)
class Organization:
    name: str
    kind: str = "other"
    province: str | None = None
    #: Parent organization by name (``Chi cục THADS huyện X`` → ``Cục THADS tỉnh Y``).
    parent: str | None = None
    district: str | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "kind": self.kind, "province": self.province}
        if self.parent:
            data["parent"] = self.parent
        if self.district:
            data["district"] = self.district
        data["evidence"] = _ev_dict(self.evidence)
        return data


@dataclass(slots=True)
class Event:
    kind: str
    name: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    location: str | None = None
    province: str | None = None
    organizer: str | None = None
    participants: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    #: participant name → the sentence that places them at the event
    participant_evidence: dict[str, Evidence] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "date": self.date,
            "location": self.location,
            "province": self.province,
            "organizer": self.organizer,
            "participants": list(self.participants),
            "evidence": _ev_dict(self.evidence),
            "participant_evidence": {k: v.to_dict() for k, v in self.participant_evidence.items()},
        }


@dataclass(slots=True)
class AwardDecision:
    award: str
    recipient: str
    status: str  # one of AWARD_STATUSES
    year: int | None = None
    conferrer: str | None = None
    #: "organization" or "person": what kind of entity the recipient is.
    recipient_kind: str = "organization"
    #: index into Report.events of the event where it was decided, if any
    event: int | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "award": self.award,
            "recipient": self.recipient,
            "status": self.status,
            "year": self.year,
            "conferrer": self.conferrer,
            "recipient_kind": self.recipient_kind,
            "event": self.event,
            "evidence": _ev_dict(self.evidence),
        }


@dataclass(slots=True)
class Mention:
    """A recognized span, for highlighting the article text (label: person, organization…)."""

    start: int
    end: int
    label: str
    name: str  # the canonical name the span resolves to

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "name": self.name}


@dataclass(slots=True)
class ExtractionReport:
    article: Article
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    awards: list[AwardDecision] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    extractor: str = ""

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The JSON contract of SCHEMA.md plus the extra keys documented above."""
        return {
            "article": self.article.to_dict(include_text=include_text),
            "persons": [p.to_dict() for p in self.persons],
            "organizations": [o.to_dict() for o in self.organizations],
            "provinces": list(self.provinces),
            "districts": list(self.districts),
            "events": [e.to_dict() for e in self.events],
            "awards": [a.to_dict() for a in self.awards],
            "mentions": [m.to_dict() for m in self.mentions],
            "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, data: Any, *, where: str | None = None) -> ExtractionReport:
        """Read a report (as written by ``to_dict`` or a gold file).

        Raises:
            MappingError: the data is not a report.
        """
        if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
            raise MappingError("not an extraction report: no 'article' object", where=where)
        try:
            a = data["article"]
            article = Article(
                id=str(a["id"]),
                url=a.get("url"),
                title=a.get("title"),
                published=a.get("published"),
                publisher=a.get("publisher"),
                author=a.get("author"),
                text=a.get("text") or "",
                source=a.get("source"),
            )
            persons = [
                Person(
                    name=p["name"],
                    positions=[
                        Position(
                            title=q["title"],
                            organization=q.get("organization"),
                            start=q.get("start"),
                            end=q.get("end"),
                            evidence=_ev(q.get("evidence")),
                        )
                        for q in p.get("positions") or []
                    ],
                    evidence=_ev(p.get("evidence")),
                )
                for p in data.get("persons") or []
            ]
            orgs = [
                Organization(
                    name=o["name"],
                    kind=o.get("kind") or "other",
                    province=o.get("province"),
                    parent=o.get("parent"),
                    district=o.get("district"),
                    evidence=_ev(o.get("evidence")),
                )
                for o in data.get("organizations") or []
            ]
            events = [
                Event(
                    kind=e.get("kind") or "other",
                    name=e.get("name"),
                    date=e.get("date"),
                    location=e.get("location"),
                    province=e.get("province"),
                    organizer=e.get("organizer"),
                    participants=list(e.get("participants") or []),
                    evidence=_ev(e.get("evidence")),
                    participant_evidence={
                        k: Evidence.from_dict(v)
                        for k, v in (e.get("participant_evidence") or {}).items()
                    },
                )
                for e in data.get("events") or []
            ]
            awards = [
                AwardDecision(
                    award=w["award"],
                    recipient=w["recipient"],
                    status=w["status"],
                    year=w.get("year"),
                    conferrer=w.get("conferrer"),
                    recipient_kind=w.get("recipient_kind") or "organization",
                    event=w.get("event"),
                    evidence=_ev(w.get("evidence")),
                )
                for w in data.get("awards") or []
            ]
            mentions = [
                Mention(_offset(m, "start"), _offset(m, "end"), m["label"], m["name"])
                for m in data.get("mentions") or []
            ]
        except (KeyError, TypeError, ValueError) as exc:
            raise MappingError(f"malformed extraction report: {exc!r}", where=where) from exc
        return cls(
            article=article,
            persons=persons,
            organizations=orgs,
            provinces=list(data.get("provinces") or []),
            districts=list(data.get("districts") or []),
            events=events,
            awards=awards,
            mentions=mentions,
            extractor=str(data.get("extractor") or ""),
        )
