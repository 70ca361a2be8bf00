"""The organization tagger's model file and its hook into the extractor's report.

A model is the CRF (:mod:`.org_tagger`) plus two thresholds chosen on held-out tagging of
the training items: ``add`` (a tagged mention the rules did not report becomes an organization
when the tagger's confidence in it reaches it) and ``drop`` (an organization the rules found
only as text spans, and nothing else in the report refers to, is dropped when the tagger's
probability that any of its spans is an organization stays below it).

:func:`revise` is called where the pipeline assembles the report's organizations; it uses
the shipped model (``data/models/orgs.json``, loaded once) unless :func:`using` sets another
one (or ``None``: the rules alone).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from justicekg.config import DATA_DIR
from justicekg.errors import OntologyError
from justicekg.extract import _score
from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc
from justicekg.extract.learn import org_features
from justicekg.extract.learn.org_features import _TOKEN, tokenize
from justicekg.extract.learn.org_tagger import Tagger
from justicekg.extract.lexicon import UPPER
from justicekg.model import ExtractionReport, Organization
from justicekg.text.normalize import fold, normalize_name

__all__ = ["MODEL_PATH", "Candidates", "OrgModel", "candidates", "load", "revise", "using"]

MODEL_PATH = DATA_DIR / "models" / "orgs.json"
#: a threshold no confidence reaches (the add step off) / none falls below (drop off)
NEVER_ADD = 2.0
NEVER_DROP = -1.0


@dataclass(slots=True)
class OrgModel:
    """The tagger and the thresholds that decide what it changes."""

    tagger: Tagger
    add: float = NEVER_ADD
    drop: float = NEVER_DROP
    meta: dict[str, Any] = field(default_factory=dict)

    def save(self, path: str | Path) -> None:
        data = {
            "version": 1,
            "kind": "crfsuite organization tagger",
            "add": self.add,
            "drop": self.drop,
            "meta": self.meta,
            "crfsuite": base64.b64encode(self.tagger.data).decode("ascii"),
        }
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        Path(path).write_text(text + "\n", encoding="utf-8")


def load(path: str | Path) -> OrgModel:
    """Read a model file written by :meth:`OrgModel.save`.

    Raises:
        OntologyError: the file is missing or not an organization tagger model.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        tagger = Tagger(base64.b64decode(data["crfsuite"], validate=True))
        return OrgModel(tagger, float(data["add"]), float(data["drop"]), dict(data["meta"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise OntologyError(
            "unreadable organization tagger model",
            where=str(path),
            hint=f"retrain it: python -m justicekg.extract.learn.orgs train DEV_DIR ({error})",
        ) from error


@cache
def _shipped() -> OrgModel:
    return load(MODEL_PATH)


_override: list[OrgModel | None] = []


@contextmanager
def using(model: OrgModel | None) -> Iterator[None]:
    """Run the extractor with ``model`` (``None``: the rules alone) instead of the shipped one."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()


def current() -> OrgModel | None:
    return _override[-1] if _override else _shipped()


@dataclass(slots=True)
class Candidates:
    """What the tagger proposes for one article: names to add and rule names it can judge."""

    #: name → the tagger's confidence, for mentions no rule organization overlaps
    adds: dict[str, float] = field(default_factory=dict)
    #: rule organization name → the highest probability of its spans being an organization
    judged: dict[str, float] = field(default_factory=dict)


def _protected(report: ExtractionReport) -> set[str]:
    """Names the rest of the report refers to (never dropped: the closure rule)."""
    names = {p.organization for person in report.persons for p in person.positions}
    names |= {a.recipient for a in report.awards} | {a.conferrer for a in report.awards}
    names |= {e.organizer for e in report.events} | {report.article.publisher}
    return {n for n in names if n}


def _name_of(doc: Doc, start: int, end: int) -> str:
    """A tagged span's name, read by the rules' own grammar when it reads the whole span
    (abbreviations expanded, the article's province completed), else the span normalized."""
    from justicekg.extract.recognizers import base

    text = doc.text[start:end]
    view = Doc(text, published=doc.published)
    view.meta["main_province"] = doc.meta.get("main_province")
    for name in ("provinces", "organizations"):
        view = base.get(name)(view)
    for o in view.by_label("org"):
        if o.start <= 1 and o.end >= len(text) - 1:
            return o.name
    return normalize_name(text)


#: a plural or generic mention ("các Sở", "Tòa án hai cấp", "VKSND 2 cấp", "toàn tỉnh")
_GENERIC = re.compile(
    r"(?<![\w])(?:các|cấp|trong|toàn|nhiều|những|mỗi|từng|hai|ba|của|\d+\s+(?:tỉnh|cấp|huyện))"
    r"(?![\w])",
    re.IGNORECASE,
)


@cache
def _vocabulary() -> frozenset[str]:
    """Folded words of organization heads, domains and level words: a name made only of
    them names no particular body (``Tòa án nhân dân``, ``Hội Luật gia``, ``Sở Tư pháp``)."""
    words: set[str] = set()
    for cls in ("HEAD", "LEVEL"):
        for phrase in org_features._phrases()[cls]:
            words.update(phrase)
    for row in gz.load_rows("org_domains"):
        words.update(fold(row["domain"]).split())
    return frozenset(words)


def is_placed(name: str) -> bool:
    """True when a name has a word of its own: a number, or a capitalized word that is not
    an organization head, domain or level word (a place, a proper name).

    >>> is_placed("Sở Tư pháp tỉnh Nghệ An"), is_placed("Hội Luật gia"), is_placed("Vụ 13")
    (True, False, True)
    """
    vocab = _vocabulary()
    words = re.findall(r"\w+", name)
    if any("B-PROV" in c for c in org_features.classes(words)):
        return True
    for w in words:
        if w.isdigit() or (w[0].isupper() and fold(w) not in vocab):
            return True
    return False


def _plausible(doc: Doc, name: str, text: str, known: set[str]) -> bool:
    """A tagged name worth adding: not a plural, not a shortening of a body the report
    already names, and (on a page that names its province) a particular body."""
    key = _score.normalize(name) or ""
    if len(key) < 4 or key in known or _GENERIC.search(text):
        return False
    if any(key in k for k in known):  # a shortening: "THADS tỉnh P", "Hội Luật gia"
        return False
    return not doc.meta.get("main_province") or is_placed(name)


_CAPITALIZED = re.compile(rf"(?<![\w])[{UPPER}]\w*")
_PLURAL = frozenset({"các", "những", "mỗi", "từng", "nhiều"})
#: tokens tagged before and after an open head word (the features look two tokens away)
_BEFORE, _AFTER = 4, 24


def _windows(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of ``doc.text[start:end]`` around each capitalized organization head
    (a gazetteer head phrase, not a title's word such as ``Cục trưởng``, not after a plural
    word) that no rule organization covers: only there can the tagger find a body the rules
    missed. Ranges are merged when they meet."""
    firsts = org_features._starts()["HEAD"]
    out: list[tuple[int, int]] = []
    for m in _CAPITALIZED.finditer(doc.text, start, end):
        if fold(m.group()) not in firsts or doc.covered(m.start(), m.end(), ("org",)):
            continue
        if out and m.start() < out[-1][1] - 60:
            continue  # well inside the last range
        # the tokens around it (a title that ends on the head: "Phó Cục trưởng")
        before = [t.text for t in tokenize(doc.text, max(start, m.start() - 24), m.start())]
        if before and before[-1].lower() in _PLURAL:
            continue
        after = [x.group() for x in islice(_TOKEN.finditer(doc.text, m.start(), end), 10)]
        near, i = before + after, len(before)
        folded = [fold(t) for t in near]
        n = org_features.phrase_at("HEAD", folded, i)
        # a one-word head before a lower-case word is a common noun ("Hội nghị", "Ban hành")
        if not n or (n == 1 and i + 1 < len(near) and near[i + 1][0].islower()):
            continue
        if any(
            k + org_features.phrase_at("TITLE", folded, k) > i for k in range(max(0, i - 3), i + 1)
        ):
            continue  # a title's word ("Phó Cục trưởng", "Chủ tịch")
        tokens = tokenize(doc.text, max(start, m.start() - 80), min(end, m.end() + 300))
        i = next(k for k, t in enumerate(tokens) if t.start == m.start())
        a = tokens[max(0, i - _BEFORE)].start
        b = tokens[min(len(tokens), i + _AFTER) - 1].end
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def candidates(doc: Doc, tagger: Tagger, names: list[str], *, judge: bool = True) -> Candidates:
    """Tag the article around open head words; propose new names and (``judge``) judge the
    rule names ``names`` by the tagger's probability that their spans are organizations."""
    out = Candidates()
    rule_spans = doc.by_label("org")
    known = {k for n in names if (k := _score.normalize(n))}
    wanted = set(names)
    for seg in doc.sentences:
        for a, b in _windows(doc, seg.start, seg.end):
            for m in tagger.mentions(doc.text, a, b):
                if any(o.start < m.end and m.start < o.end for o in rule_spans):
                    continue
                name = _name_of(doc, m.start, m.end)
                if _plausible(doc, name, doc.text[m.start : m.end], known):
                    out.adds[name] = max(out.adds.get(name, 0.0), m.confidence)
        judged = [o for o in rule_spans if seg.start <= o.start < seg.end and o.name in wanted]
        if not (judge and judged):
            continue
        tokens, probs, _m = tagger.read(doc.text, seg.start, seg.end)
        for o in judged:
            inside = [p for t, p in zip(tokens, probs, strict=True) if o.start <= t.start < o.end]
            if inside:
                p = sum(inside) / len(inside)
                out.judged[o.name] = max(out.judged.get(o.name, 0.0), p)
    return out


def apply(
    orgs: list[Organization],
    found: Candidates,
    model: OrgModel,
    protected: AbstractSet[str] = frozenset(),
) -> list[Organization]:
    """The rules' organizations revised by the tagger's candidates and the model's thresholds."""
    from justicekg.extract.pipeline import _kind_of

    kept = [o for o in orgs if o.name in protected or found.judged.get(o.name, 1.0) >= model.drop]
    added = [
        Organization(name=n, kind=_kind_of(n))
        for n, conf in sorted(found.adds.items())
        if conf >= model.add
    ]
    return kept + added


def revise(doc: Doc, report: ExtractionReport, orgs: list[Organization]) -> list[Organization]:
    """The report's organizations after the current model (unchanged when there is none)."""
    model = current()
    if model is None or (model.add > 1.0 and model.drop < 0.0):
        return orgs
    found = candidates(doc, model.tagger, [o.name for o in orgs], judge=model.drop >= 0.0)
    return apply(orgs, found, model, _protected(report))
