"""A sequence labeller for organization mentions (CRF, BIO tags), learned from gold reports.

Training data: the gold organizations of each item, found in its text. A text span whose
normalized form (the evaluation kit's normalization: case, abbreviations such as ``UBND``,
tone marks, spacing and punctuation aside) equals a gold name, or that name without its province
(``Sở Tư pháp`` for ``Sở Tư pháp tỉnh P``: a mention the page shortens), is tagged ``B-ORG``
``I-ORG`` …; every other token ``O``. Gold names that appear as no span (expanded from an
elliptical list, rebuilt from a title) are not forced on the tagger: the rules' normalization
completes them.

The model is python-crfsuite's CRF (L-BFGS, L1 + L2); tagging gives each predicted span a
confidence (the lowest marginal probability of its tags) and any span a probability of being
inside an organization (the mean of ``1 - P(O)`` over its tokens).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from justicekg.extract import _score
from justicekg.extract import gazetteers as gz
from justicekg.extract.learn.org_features import Token, sentence_features, tokenize
from justicekg.text.normalize import fold, normalize
from justicekg.text.segment import sentences, unwrap

__all__ = ["Mention", "Tagger", "gold_keys", "labelled_sentences", "train_tagger"]

#: at most this many tokens in one mention
MAX_TOKENS = 40


@dataclass(frozen=True, slots=True)
class Mention:
    """A tagged span of the text with the tagger's confidence in it."""

    start: int
    end: int
    confidence: float


def key(text: str) -> str:
    """The comparison key of a name: the kit's normalization, letters and digits only.

    >>> key("UBND tỉnh Thanh Hoá") == key("Ủy ban nhân dân tỉnh Thanh Hóa")
    True
    """
    return "".join(ch for ch in (_score.normalize(text) or "") if ch.isalnum())


_PLACED = re.compile(r"^(.*\S)\s+((?:tỉnh|thành phố)\s+)?(\S.*)$")


def _province_names() -> set[str]:
    names: set[str] = set()
    for p in gz.provinces():
        names.add(fold(p.name))
        names.update(fold(a) for a in p.aliases)
    return names


def gold_keys(names: Iterable[str]) -> set[str]:
    """Keys of the gold names and of their forms without the province.

    >>> sorted(gold_keys(["Sở Tư pháp tỉnh Nghệ An"]))
    ['sởtưpháp', 'sởtưpháptỉnh', 'sởtưpháptỉnhnghệan']
    """
    provinces = _province_names()
    out: set[str] = set()
    for name in names:
        out.add(key(name))
        words = name.split()
        for n in (3, 2, 1):  # a province of one to three syllables ends the name
            if len(words) <= n or fold(" ".join(words[-n:])) not in provinces:
                continue
            rest = words[:-n]
            out.add(key(" ".join(rest)))
            if rest and rest[-1] in ("tỉnh", "phố"):
                cut = 2 if rest[-1] == "phố" and len(rest) > 1 and rest[-2] == "thành" else 1
                if len(rest) > cut:
                    out.add(key(" ".join(rest[:-cut])))
            break
    out.discard("")
    return out


def _is_word(token: Token) -> bool:
    return token.text[0].isalnum()


def label(tokens: Sequence[Token], keys: set[str]) -> list[str]:
    """BIO tags: the longest span from each start whose key is one of ``keys``.

    >>> toks = tokenize("Ông A, Giám đốc Sở Tư pháp tỉnh Nghệ An phát biểu")
    >>> label(toks, gold_keys(["Sở Tư pháp tỉnh Nghệ An"]))[3:]
    ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O']
    """
    prefixes = {k[:n] for k in keys for n in range(1, len(k) + 1)}
    parts = [key(t.text) if _is_word(t) else "" for t in tokens]
    tags = ["O"] * len(tokens)
    i = 0
    while i < len(tokens):
        first = tokens[i].text[0]
        best = 0
        if _is_word(tokens[i]) and (first.isupper() or first.isdigit()):
            acc = ""
            for j in range(i, min(i + MAX_TOKENS, len(tokens))):
                acc += parts[j]
                if acc and acc not in prefixes:
                    break
                if parts[j] and acc in keys:
                    best = j + 1
        if best:
            tags[i] = "B-ORG"
            for k in range(i + 1, best):
                tags[k] = "I-ORG"
            i = best
        else:
            i += 1
    return tags


def prepared(text: str) -> str:
    """The text as the extractor sees it (its offsets are the pipeline's)."""
    return unwrap(normalize(text))


def labelled_sentences(text: str, gold: dict[str, Any]) -> list[tuple[list[str], list[str]]]:
    """(words, tags) per sentence of an item's text, tags from its gold organizations."""
    norm = prepared(text)
    keys = gold_keys(str(o["name"]) for o in gold.get("organizations") or [] if o.get("name"))
    out = []
    for seg in sentences(norm):
        tokens = tokenize(norm, seg.start, seg.end)
        if tokens:
            out.append(([t.text for t in tokens], label(tokens, keys)))
    return out


class Tagger:
    """A trained CRF, held in memory (its bytes are what a model file stores)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(data)

    def read(
        self, text: str, start: int = 0, end: int | None = None, *, inside: bool = True
    ) -> tuple[list[Token], list[float], list[Mention]]:
        """Tokens of ``text[start:end]``, each token's P(inside an organization) (empty unless
        ``inside``) and the mentions the tagger finds there (each with its confidence)."""
        tokens = tokenize(text, start, len(text) if end is None else end)
        if not tokens:
            return [], [], []
        tagger = self._tagger
        tagger.set(sentence_features([t.text for t in tokens]))
        tags = list(tagger.tag())
        probs = [1.0 - tagger.marginal("O", i) for i in range(len(tokens))] if inside else []
        found = []
        i = 0
        while i < len(tokens):
            if tags[i] == "B-ORG":
                j = i + 1
                while j < len(tokens) and tags[j] == "I-ORG":
                    j += 1
                conf = min(tagger.marginal(tags[k], k) for k in range(i, j))
                found.append(Mention(tokens[i].start, tokens[j - 1].end, conf))
                i = j
            else:
                i += 1
        return tokens, probs, found

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """The organization mentions the tagger finds in ``text[start:end]``."""
        return self.read(text, start, end, inside=False)[2]


def train_tagger(
    samples: Iterable[tuple[list[str], list[str]]],
    *,
    c1: float = 0.05,
    c2: float = 0.05,
    iterations: int = 80,
) -> Tagger:
    """Train a CRF on (words, tags) sentences."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in samples:
        trainer.append(sentence_features(words), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    with tempfile.TemporaryDirectory(prefix="justicekg-crf-") as tmp:
        path = Path(tmp) / "orgs.crfsuite"
        trainer.train(str(path))
        return Tagger(path.read_bytes())
