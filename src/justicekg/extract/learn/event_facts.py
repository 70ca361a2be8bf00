"""Features of an event fact for the learned event model: is it right, and of which kind?

An event fact is what a report says: a kind, a date (or none) and the sentence it stands on
(its evidence). The features describe that fact on the article as the present rules read it
(its dates, sentences, persons and title), whichever extractor proposed the fact, so the same
model can check the present rules' events and an older checkout's: the date's own features
(:func:`justicekg.extract.learn.event_candidates.candidates`: words around it, cue words, plan
and document words, its form and place), the evidence sentence's words and cue classes, the
title's cue classes, the fact's kind and whether the sentence's cue words agree with it, and
the report's shape (how many events, how many share the kind or the date, where this one
stands).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from justicekg.extract.doc import Doc
from justicekg.extract.learn.event_candidates import (
    Candidate,
    candidates,
    cue_features,
    mask_persons,
    words,
)
from justicekg.extract.recognizers.event_kinds import classify
from justicekg.text.apostrophes import straighten

__all__ = ["KINDS", "Fact", "doc_facts", "fact_features", "report_facts"]

#: the event kinds of the conventions
KINDS = ("conference", "meeting", "ceremony", "signing", "training", "inspection", "other")
_YEAR = re.compile(r"^\d{4}")


@dataclass(frozen=True, slots=True)
class Fact:
    """One event of a report: its kind, its date (``None``: undated), its evidence span."""

    kind: str
    date: str | None
    start: int
    end: int


def doc_facts(doc: Doc) -> list[Fact]:
    """The events of ``doc`` as its report will give them (a day of uncertain year undated).

    >>> from justicekg.extract.doc import Span
    >>> d = Doc("Ngày 3/5 họp.")
    >>> _ = d.add(Span(0, 13, "event", "--05-03", "x", {"kind": "meeting"}))
    >>> doc_facts(d)
    [Fact(kind='meeting', date=None, start=0, end=13)]
    """
    return [
        Fact(
            str(e.data["kind"]),
            e.name if e.name and not e.name.startswith("-") else None,
            e.start,
            e.end,
        )
        for e in doc.by_label("event")
    ]


def report_facts(report: dict[str, object], text: str) -> list[Fact]:
    """The events of an extraction report (a dict) placed on ``text`` (the article as the
    present rules read it): the evidence offsets when they hold the evidence's text there,
    else where that text first occurs, else nowhere (``start == end == -1``)."""
    out = []
    events = report.get("events")
    for e in events if isinstance(events, list) else []:
        if not isinstance(e, dict):
            continue
        ev = e.get("evidence") if isinstance(e.get("evidence"), dict) else {}
        assert isinstance(ev, dict)
        start, t = ev.get("start"), straighten(str(ev.get("text") or ""))
        s = start if isinstance(start, int) and start >= 0 else -1  # (null, "3": not offsets)
        if not (t and s >= 0 and text[s : s + len(t)] == t):
            s = text.find(t) if t else -1
        date = e.get("date")
        out.append(
            Fact(
                str(e.get("kind") or "other"),
                str(date) if date else None,
                s,
                s + len(t) if s >= 0 else -1,
            )
        )
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _date_candidate(fact: Fact, found: Sequence[Candidate]) -> Candidate | None:
    """The candidate of the fact's date: inside its evidence when one is, else the first."""
    same = [c for c in found if fact.date is not None and c.date == fact.date]
    inside = [c for c in same if fact.start <= c.start < max(fact.end, fact.start + 1)]
    chosen = inside or same
    return chosen[0] if chosen else None


def fact_features(doc: Doc, facts: Sequence[Fact]) -> list[dict[str, float]]:
    """The features of each of ``facts`` (one report's events) on ``doc``."""
    text = doc.text
    masked = mask_persons(doc)
    found = candidates(doc, {f.date for f in facts if f.date}, kinds=False, masked=masked)
    title = doc.title or ""
    title_cues = {"t" + k: v for k, v in cue_features(title).items()}
    kinds = Counter(f.kind for f in facts)
    dates = Counter(f.date for f in facts)
    dated = sorted({f.date for f in facts if f.date})
    out = []
    for i, fact in enumerate(facts):
        f: dict[str, float] = {"kind=" + fact.kind: 1.0}
        f.update(title_cues)
        f["r:events=" + _bucket(len(facts), (1, 2, 3, 5))] = 1.0
        f["r:index=" + _bucket(i, (0, 1, 3))] = 1.0
        f["r:same_kind=" + _bucket(kinds[fact.kind], (1, 2))] = 1.0
        if dates[fact.date] > 1:
            f["r:date_shared"] = 1.0
        if fact.date is None:
            f["date:none"] = 1.0
            f["date:none&kind=" + fact.kind] = 1.0
        else:
            if dated and fact.date == dated[0]:
                f["r:earliest"] = 1.0
            if dated and fact.date == dated[-1]:
                f["r:latest"] = 1.0
            c = _date_candidate(fact, found)
            if c is None:
                f["date:no_candidate"] = 1.0
            else:
                f.update(c.features)
                if not fact.start <= c.start < fact.end:
                    f["date:outside_evidence"] = 1.0
            if not _YEAR.match(fact.date):
                f["date:odd"] = 1.0
        if fact.start >= 0:
            sentence = text[fact.start : fact.end]
            for k, v in cue_features(sentence).items():
                f["e" + k] = v
            for w in dict.fromkeys(words(masked[fact.start : fact.end])[:60]):
                f["ew:" + w] = 0.5
            cued = classify(sentence, doc.title)
            f["ekind=" + cued] = 1.0
            if cued == fact.kind:
                f["ekind:agrees"] = 1.0
            elif cued == "other":
                f["ekind:silent"] = 1.0
        else:
            f["evidence:lost"] = 1.0
        out.append(f)
    return out
