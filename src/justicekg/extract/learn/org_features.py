"""Tokens of an article and their features, for the organization-mention tagger.

The text (the extractor's normalized text) is cut into word and punctuation tokens with their
offsets. Each token gets features from itself (word, lower case, folded form, shape,
capitalization), from gazetteer classes (an organization head such as ``Sở`` / ``Ủy ban nhân
dân`` / ``Tòa án``, an administrative level word, a province name, a title) and from its
neighbours two tokens either way. The gazetteers are the project's data files and the rules'
head lexicon: the classes say what a phrase is, never which organization a page names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.text.normalize import fold

__all__ = ["Token", "classes", "features", "sentence_features", "tokenize"]

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark of the text, with its offsets."""

    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` (offsets into ``text``).

    >>> [t.text for t in tokenize("Sở Tư pháp (tỉnh A).")]
    ['Sở', 'Tư', 'pháp', '(', 'tỉnh', 'A', ')', '.']
    """
    return [
        Token(m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


#: administrative level words (one or two syllables), folded
_LEVELS = ("tinh", "thanh pho", "huyen", "quan", "thi xa", "xa", "phuong", "thi tran")


@cache
def _phrases() -> dict[str, dict[tuple[str, ...], int]]:
    """Gazetteer phrases by class, as folded syllable tuples (value: the phrase length)."""
    from justicekg.extract.recognizers.org_heads import _HEADS

    heads: set[str] = set(_HEADS)
    heads.update(h for r in gz.load_rows("titles") if (h := r.get("org_head", "")))
    heads.update(r["head"] for r in gz.load_rows("org_domains") if r.get("head"))
    heads.update(" ".join(r["name"].split()[:2]) for r in gz.load_rows("org_national"))
    provinces: set[str] = set()
    for p in gz.provinces():
        provinces.add(p.name)
        provinces.update(p.aliases)
    titles = {r["title"] for r in gz.load_rows("titles") if r.get("title")}
    out: dict[str, dict[tuple[str, ...], int]] = {}
    for name, words in (
        ("HEAD", heads),
        ("PROV", provinces),
        ("TITLE", titles),
        ("LEVEL", set(_LEVELS)),
    ):
        table: dict[tuple[str, ...], int] = {}
        for w in words:
            key = tuple(fold(w).split())
            if key:
                table[key] = len(key)
        out[name] = table
    return out


@cache
def _starts() -> dict[str, dict[str, tuple[int, ...]]]:
    """Per class, the phrase lengths (longest first) by the phrase's first folded word."""
    out: dict[str, dict[str, tuple[int, ...]]] = {}
    for name, table in _phrases().items():
        by_first: dict[str, set[int]] = {}
        for phrase, n in table.items():
            by_first.setdefault(phrase[0], set()).add(n)
        out[name] = {w: tuple(sorted(ns, reverse=True)) for w, ns in by_first.items()}
    return out


def phrase_at(name: str, folded: list[str], i: int) -> int:
    """The length of the longest phrase of gazetteer class ``name`` that starts at word ``i``
    of the folded words (0: none).

    >>> phrase_at("HEAD", ["uy", "ban", "nhan", "dan", "tinh"], 0)
    4
    """
    table = _phrases()[name]
    for n in _starts()[name].get(folded[i], ()):
        if i + n <= len(folded) and tuple(folded[i : i + n]) in table:
            return n
    return 0


def classes(words: list[str]) -> list[list[str]]:
    """Per token, the gazetteer classes it belongs to as ``B-CLASS`` / ``I-CLASS`` (the longest
    phrase of each class starting at a token wins; phrases do not overlap within a class).

    >>> classes(["Sở", "Tư", "pháp", "tỉnh", "Nghệ", "An"])[3:]
    [['B-LEVEL'], ['B-PROV'], ['I-PROV']]
    """
    folded = [fold(w) for w in words]
    out: list[list[str]] = [[] for _ in words]
    phrases = _phrases()
    for name, starts in _starts().items():
        table = phrases[name]
        i = 0
        while i < len(words):
            hit = 0
            for n in starts.get(folded[i], ()):
                if i + n <= len(words) and tuple(folded[i : i + n]) in table:
                    hit = n
                    break
            if hit:
                out[i].append(f"B-{name}")
                for k in range(i + 1, i + hit):
                    out[k].append(f"I-{name}")
                i += hit
            else:
                i += 1
    return out


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "p"
    if word.isupper():
        return "X" if len(word) > 1 else "Xx"
    return "Xx" if word[0].isupper() else "x"


def features(words: list[str], cls: list[list[str]], i: int) -> list[str]:
    """The features of token ``i`` (names only: every feature is an indicator).

    >>> f = features(["Sở", "Tư", "pháp"], [["B-HEAD"], [], []], 0)
    >>> "w=sở" in f and "c=B-HEAD" in f and "BOS" in f
    True
    """
    w = words[i]
    low = w.lower()
    f = [
        "bias",
        f"w={low}",
        f"f={fold(w)}",
        f"s={_shape(w)}",
        *(f"c={c}" for c in cls[i]),
    ]
    if i == 0:
        f.append("BOS")
    if i == len(words) - 1:
        f.append("EOS")
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(words):
            f.append(f"{d}:w={words[j].lower()}")
            f.append(f"{d}:s={_shape(words[j])}")
            f.extend(f"{d}:c={c}" for c in cls[j])
    if i > 0:
        f.append(f"-1|0={words[i - 1].lower()}|{low}")
    if i + 1 < len(words):
        f.append(f"0|1={low}|{words[i + 1].lower()}")
    return f


def sentence_features(words: list[str]) -> list[list[str]]:
    """Features of every token of one sentence (as :func:`features`, computed in one pass).

    >>> ws = ["Hội", "Luật", "gia", "tỉnh"]
    >>> sentence_features(ws) == [features(ws, classes(ws), i) for i in range(len(ws))]
    True
    """
    cls = classes(words)
    low = [w.lower() for w in words]
    shape = [_shape(w) for w in words]
    own = [
        ["bias", f"w={lw}", f"f={fold(w)}", f"s={sh}", *(f"c={c}" for c in cs)]
        for w, lw, sh, cs in zip(words, low, shape, cls, strict=True)
    ]
    n = len(words)
    out = []
    for i in range(n):
        f = list(own[i])
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"{d}:w={low[j]}")
                f.append(f"{d}:s={shape[j]}")
                f.extend(f"{d}:c={c}" for c in cls[j])
        if i > 0:
            f.append(f"-1|0={low[i - 1]}|{low[i]}")
        if i + 1 < n:
            f.append(f"0|1={low[i]}|{low[i + 1]}")
        out.append(f)
    return out
