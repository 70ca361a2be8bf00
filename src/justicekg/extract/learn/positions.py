"""Learned position assembly: which title near a name is that person's, with which body.

The rules (:mod:`justicekg.extract.relations`) read each name's chain of titles. This component
scores every candidate pairing (:mod:`.position_pairs`) with a logistic regression trained on
the gold positions of the development corpus, and combines the two readings: a rule position
the model finds very unlikely is dropped, and a candidate the model is confident of that the
rules missed is added, or replaces the rules' reading of the same title (another body). The
thresholds are chosen inside the training folds (:mod:`.position_training`).

Off unless switched on (:func:`using`, ``positions`` in ``Settings.learned``, or in the
default set ``active.DEFAULT``; the switch is :mod:`.active`'s). The shipped model gains on the
held-out folds of the 769 dev items (session 16), with the present rules and with the readings
of checkouts that never saw them, but on the invented pages of the rule tests it would change,
an independent annotator agrees with it less than with the rules (``data/models/README.md``).

Commands::

    python -m justicekg.extract.learn.positions readings CORPUS OUT --map MAP  # old checkouts
    python -m justicekg.extract.learn.positions train CORPUS --unseen OUT  # the model file
    python -m justicekg.extract.learn.positions cv CORPUS --unseen OUT     # held-out tables
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from functools import cache, lru_cache
from itertools import chain, repeat
from operator import mul

from justicekg.config import DATA_DIR
from justicekg.extract import _score
from justicekg.extract.doc import Doc, Span
from justicekg.extract.learn import active, logreg
from justicekg.extract.learn.position_pairs import Candidate, candidates
from justicekg.extract.position_mentions import PersonFacts

MODEL_PATH = DATA_DIR / "models" / "positions.json"
#: the probability a rule position no candidate reads is taken to have
UNREAD = 0.5

Key = tuple[str | None, ...]


def using(model: logreg.Model | None) -> AbstractContextManager[None]:
    """Run the extractor with ``model`` (``None``: the rules alone, the default).

    ``with using(shipped_model()): extract(...)`` runs the shipped model
    (:func:`justicekg.extract.learn.active.using`).
    """
    return active.using("positions", model)


@cache
def shipped_model() -> logreg.Model:
    """The model file in ``data/models/positions.json``, read once.

    Raises:
        OntologyError: the file is missing or broken (the message names it).
    """
    return logreg.load(MODEL_PATH)


def active_model() -> logreg.Model | None:
    """The model set by :func:`using`, else the shipped one when ``positions`` is in the
    default set (``active.DEFAULT``), else ``None``: the rules alone."""
    return active.model("positions")


@lru_cache(maxsize=8192)
def key(person: str, title: str, org: str | None) -> Key:
    """The scorer's comparison key of one position."""
    return (_normalized(person), _normalized(title), _normalized(org))


@lru_cache(maxsize=8192)
def _normalized(value: str | None) -> str | None:
    # the scorer's key of one string, which depends on nothing else: the keys of the
    # candidates repeat the page's few names, titles and bodies (1,329 texts: 21,123 calls,
    # 2,813 values)
    return _score.normalize(value)


def refine_positions(doc: Doc, people: dict[str, PersonFacts]) -> dict[str, PersonFacts]:
    """The rules' positions combined with the active model's (the hook of the pipeline)."""
    model = active_model()
    if model is None:
        return people
    rule_keys = {key(f.name, t, o) for f in people.values() for t, o, _ in f.positions}
    t_drop, t_add, t_swap = (float(model.meta.get(n, d)) for n, d in _OFF)
    keep = None
    if t_drop < 0 and t_add > 1:
        # only swaps: only the titles the rules gave someone can change (read all their
        # holders, so that each span still goes to its best person)
        held = {k[1] for k in rule_keys}
        keep = lambda t: _normalized(str(t.data.get("written") or t.name)) in held  # noqa: E731
    cands = known_candidates(doc, people, keep)
    decided = RuleReadings(rule_keys)
    keys = [key(c.person, c.title, c.org) for c in cands]
    probs = scores(
        model, [(c.features, decided.features(k)) for c, k in zip(cands, keys, strict=True)]
    )
    scored = list(zip(cands, probs, strict=True))
    drop, add = combine(
        rule_keys,
        [(k, (c.person, id(c.span)), p) for k, (c, p) in zip(keys, scored, strict=True)],
        t_drop,
        t_add,
        t_swap,
    )
    for facts in people.values():
        if drop:
            facts.positions = [
                x for x in facts.positions if key(facts.name, x[0], x[1]) not in drop
            ]
    added: set[Key] = set()
    for c, _ in sorted(scored, key=lambda cp: -cp[1]):
        k = key(c.person, c.title, c.org)
        if k in add and k not in added:
            added.add(k)
            people[c.person].positions.append((c.title, c.org, c.span))
    return people


def scores(
    model: logreg.Model, samples: Sequence[tuple[Mapping[str, float], Mapping[str, float]]]
) -> list[float]:
    """:meth:`.logreg.Model.score` of each sample's two parts merged (a candidate's features,
    then what the rules decided, :class:`RuleReadings`), without merging them: each feature
    looked up once in the model's weights, the terms summed in the merged features' order by
    the same ``sum``, so every score is the one the model gives, to the last bit.

    >>> m = logreg.Model({"a": 2.0, "r": -1.0}, bias=-1.0)
    >>> scores(m, [({"a": 1.0}, {"r": 1.0}), ({"a": 1.0}, {"a": 0.0})])
    [0.5, 0.2689414213699951]
    >>> _ == [m.score({"a": 1.0, "r": 1.0}), m.score({"a": 0.0})]
    True
    """
    get = model.weights.get
    bias = model.bias
    out = []
    for features, extra in samples:
        if any(name in features for name in extra):
            # (a part's feature in both: the merged dict's order, the second part's value)
            merged = {**features, **extra}
            features, extra = merged, {}
        z = bias + sum(
            chain(
                map(mul, map(get, features, repeat(0.0)), features.values()),
                map(mul, map(get, extra, repeat(0.0)), extra.values()),
            )
        )
        out.append(0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z)))
    return out


def rule_features(k: Key, rule_keys: set[Key]) -> dict[str, float]:
    """What the rules decided about a candidate reading ``k``: read it, read the same title
    with another body, gave that title and body to someone else, or gave the person nothing.

    >>> rule_features(("a", "t", "o"), {("a", "t", None), ("b", "t", "o")})
    {'rule_title_other_org': 1.0, 'rule_gave_other_person': 1.0}
    >>> rule_features(("a", "t", "o"), set())
    {'rule_person_bare': 1.0}
    """
    return RuleReadings(rule_keys).features(k)


class RuleReadings:
    """The rules' positions of a page, indexed for :func:`rule_features`."""

    def __init__(self, keys: set[Key]) -> None:
        self.keys = keys
        self.titles = {(p, t) for p, t, _ in keys}
        self.holders: dict[tuple[str | None, str | None], set[str | None]] = {}
        for p, t, o in keys:
            self.holders.setdefault((t, o), set()).add(p)
        self.people = {p for p, _, _ in keys}

    def features(self, k: Key) -> dict[str, float]:
        if k in self.keys:
            return {"rule_reads_this": 1.0}
        person, title, org = k
        f: dict[str, float] = {}
        if (person, title) in self.titles:
            f["rule_title_other_org"] = 1.0
        if self.holders.get((title, org), set()) - {person}:
            f["rule_gave_other_person"] = 1.0
        if person not in self.people:
            f["rule_person_bare"] = 1.0
        return f


def combine(
    rule_keys: set[Key],
    scored: Sequence[tuple[Key, tuple[str, int], float]],
    t_drop: float,
    t_add: float,
    t_swap: float = 2.0,
) -> tuple[set[Key], set[Key]]:
    """(rule keys to drop, keys to add) from scored candidates ``(key, pair, probability)``.

    A rule position is dropped when its best candidate scores below ``t_drop`` (positions no
    candidate reads count as :data:`UNREAD`). The best reading of each (person, title span)
    pair is added when it scores at least ``t_add`` and the rules gave that person no title
    at all (a person with titles of their own rarely holds one more the rules missed: adding
    there cost precision with the present rules and on the written sets), or at least
    ``t_swap`` and more than the rules' readings of that title when those are other readings
    of the same title span (or a bare body the candidate's completes), which it then replaces
    (another organization for the same title). Only the best-scoring person of a title span
    takes it.

    >>> combine({("a", "t", None)}, [(("a", "t", None), ("a", 1), 0.01),
    ...     (("b", "u", "o"), ("b", 2), 0.9), (("a", "u", "o"), ("a", 3), 0.9)], 0.05, 0.8)
    ({('a', 't', None)}, {('b', 'u', 'o')})
    >>> combine({("a", "t", None)}, [(("a", "t", None), ("a", 1), 0.3),
    ...     (("a", "t", "o"), ("a", 2), 0.9)], 0.05, 0.95, 0.8)
    ({('a', 't', None)}, {('a', 't', 'o')})
    """
    best: dict[Key, float] = {}
    per_pair: dict[tuple[str, int], tuple[float, Key]] = {}
    readings: dict[tuple[str, int], set[Key]] = {}
    for k, pair, p in scored:
        best[k] = max(best.get(k, 0.0), p)
        readings.setdefault(pair, set()).add(k)
        if pair not in per_pair or p > per_pair[pair][0]:
            per_pair[pair] = (p, k)
    by_title: dict[tuple[str | None, str | None], list[Key]] = {}
    for k in rule_keys:
        by_title.setdefault((k[0], k[1]), []).append(k)
    owner: dict[int, float] = {}  # the best person's score per title span
    for (_, span), (p, _) in per_pair.items():
        owner[span] = max(owner.get(span, 0.0), p)
    drop = {k for k in rule_keys if best.get(k, UNREAD) < t_drop}
    holders = {k[0] for k in rule_keys}  # titles are added only to persons the rules left bare
    add: set[Key] = set()
    for (_, span), (p, k) in per_pair.items():
        if k in rule_keys or p < owner[span] or _shadowed(k, rule_keys):
            continue
        rivals = by_title.get((k[0], k[1]), [])
        if not rivals and p >= t_add and k[0] not in holders:
            add.add(k)
        elif (
            rivals
            and p >= t_swap
            # other readings of this very title span, or a body the candidate completes
            and all(r in readings[pair] or r[2] is None or _fuller(k[2], r[2]) for r in rivals)
            and p > max(best.get(r, UNREAD) for r in rivals)
            and not any(_fuller(r[2], k[2]) for r in rivals)
        ):
            add.add(k)
            drop.update(rivals)
    return drop, add


def _fuller(held: str | None, offered: str | None) -> bool:
    """The rules' body already extends the offered one (``Ban Thường vụ Tỉnh ủy X`` ⊃ ``Tỉnh ủy
    X``): the rules read more than the candidate does."""
    return bool(held and offered and offered in held and held != offered)


def _shadowed(k: Key, held: set[Key]) -> bool:
    """A reading the rules' clean-up would fold into a fuller one the person holds: the same
    title with no body, or a shortened title of the same body (``Phó Chủ tịch`` beside ``Phó
    Chủ tịch Thường trực``)."""
    person, title, org = k
    for other in held:
        if other[0] != person or other == k:
            continue
        if org is None and other[1] == title and other[2] is not None:
            return True
        if other[2] == org and str(other[1]).startswith(f"{title} "):
            return True
    return False


def known_candidates(
    doc: Doc, people: dict[str, PersonFacts], keep: Callable[[Span], bool] | None = None
) -> list[Candidate]:
    """The candidates (:func:`.position_pairs.candidates`) of the persons in ``people``, the
    rules' persons of ``doc``."""
    # the rules' own readings are not offered: they are fitted to the training items
    return [c for c in candidates(doc, keep, people) if c.person in people]


#: the thresholds' names and the values that turn them off
_OFF = (("drop", -1.0), ("add", 2.0), ("swap", 2.0))


def main(argv: Sequence[str] | None = None) -> int:
    """The commands (train, cv, readings): :func:`.position_training.main`."""
    from justicekg.extract.learn.position_training import main as run

    return run(argv)


if __name__ == "__main__":
    # run the imported module's main: the pipeline's hook reads that module's model variable
    from justicekg.extract.learn.positions import main as _main

    raise SystemExit(_main())
