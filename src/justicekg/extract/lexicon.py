"""Compiled patterns built once from the gazetteers (cached per process)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias

from justicekg.extract import gazetteers as gz
from justicekg.text.normalize import fold

__all__ = ["LIST_SEP", "LOWER", "UPPER", "Lexicon", "lexicon", "list_sep"]


def _letters() -> tuple[str, str]:
    upper: list[str] = []
    lower: list[str] = []
    for cp in [*range(0x41, 0x250), *range(0x1EA0, 0x1EFA)]:
        ch = chr(cp)
        if ch.isalpha():
            (upper if ch.isupper() else lower).append(ch)
    return "".join(upper), "".join(lower)


UPPER, LOWER = _letters()
#: one capitalized syllable (``Tuấn``, ``Byă``) or a bare initial; a glottal prefix and its
#: apostrophe (``H'Nguyên``, ``R'Ô``, ``M'gar``; typographic apostrophes are straightened
#: before the recognizers run, :mod:`justicekg.text.apostrophes`); a cluster written with two
#: capitals (``KDăm``, ``ÊBan``, ``KBang``)
SYL = (
    rf"(?:[{UPPER}]'(?:[{UPPER}][{LOWER}]*|[{LOWER}]+)"
    rf"|[{UPPER}]{{2}}[{LOWER}]{{2,}}|[{UPPER}][{LOWER}]*)"
)
#: white space inside a name: spaces only, never a line end
SP = r"[ \t]+"


def list_sep(*, semicolon: bool = True) -> str:
    """The separator between two items of a list (``,``, ``;``, a ``và`` as a word, ``, và``),
    its spaces included; ``semicolon=False`` for lists a ``;`` ends (a clause's items).

    >>> re.fullmatch(list_sep(), ", và ") is not None
    True
    >>> re.match(list_sep(semicolon=False), "; ") is None, re.match(list_sep(), "vào") is None
    (True, True)
    """
    return rf"[ \t]*(?:,{'|;' if semicolon else ''}|và(?![\w]))[ \t]*(?:và[ \t]+)?"


#: a list's separator (see :func:`list_sep`)
LIST_SEP = list_sep()


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


def _case_variants(text: str) -> tuple[str, ...]:
    """As written, first letter lower/upper, all lower, sentence case, title case
    (``Trưởng Phòng``)."""
    low = text.lower()
    out = [
        text,
        text[:1].lower() + text[1:],
        text[:1].upper() + text[1:],
        low,
        low[:1].upper() + low[1:],
        " ".join(w[:1].upper() + w[1:] for w in text.split(" ")),
    ]
    words = text.split(" ")
    if 2 <= len(words) <= 3:
        # real pages capitalize inside short titles at will: "Tỉnh Ủy viên", "Chánh văn Phòng"
        forms = [[words[0][:1].upper() + words[0][1:]]]
        for w in words[1:]:
            forms = [[*f, x] for f in forms for x in (w[:1].lower() + w[1:], w[:1].upper() + w[1:])]
        out.extend(" ".join(f) for f in forms)
    return tuple(out)


_KEY_DASH = re.compile(r"\s*[-–—]\s*")
_KEY_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=8192)
def domain_key(text: str) -> str:
    """A lookup key for a domain phrase: folded, dashes and commas spaced one way (cached:
    the organization grammar asks for the same few phrases again and again).

    >>> domain_key("Thi đua – Khen thưởng") == domain_key("thi đua-khen thưởng")
    True
    """
    return fold(_KEY_COMMA.sub(", ", _KEY_DASH.sub(" - ", text)))


_DASH = re.compile(r" ?[-–] ?")
_Trie: TypeAlias = dict[str, "_Trie"]


def trie_alt(words: set[str], *, not_after: str = "") -> str:
    """One pattern for ``words`` as a character trie (a long alternation of literals is
    tried word by word at every position; a trie reads each character once). The longest
    word is preferred, as in an alternation sorted longest first; ``\\x00`` stands for a
    dash, spaced or not.

    ``not_after`` (a one-character class such as ``[\\w.]``): the words only where that
    class does not precede them, the same as ``(?<!not_after)`` before the trie, but read
    after each word's first letter, so that the pattern starts with a letter and a search
    looks for those first letters instead of trying the look-behind at every position.

    >>> p = re.compile(trie_alt({"Cục trưởng", "Chi cục trưởng", "Chi\\x00cục"}))
    >>> [p.match(w).group(0) for w in ("Chi cục trưởng", "Chi – cục", "Cục trưởng")]
    ['Chi cục trưởng', 'Chi – cục', 'Cục trưởng']
    >>> p = re.compile(trie_alt({"Nam", "Nam Định"}, not_after=r"[\\w.]"))
    >>> [m.group(0) for m in p.finditer("Nam Định, .Nam, xNam, Nam")]
    ['Nam Định', 'Nam']
    """
    return trie_pattern(letter_trie(words), not_after, first=True)


def _trie_branches(words: set[str], *, not_after: str = "") -> list[str]:
    """The alternatives of :func:`trie_alt`'s pattern, one per first letter: joined with
    ``|`` they are that pattern, and each starts with its letter (so the alternation may go
    into a longer one whose every alternative starts with a letter).

    >>> branches = _trie_branches({"Nam", "Nam Định", "Bắc"}, not_after=r"[\\w]")
    >>> [b[0] for b in branches], re.fullmatch("|".join(branches), "Nam Định") is not None
    (['B', 'N'], True)
    """
    trie = letter_trie(words)
    if "" in trie:
        raise ValueError("an empty word has no first letter")
    return [_trie_part(ch, child, not_after, first=True) for ch, child in sorted(trie.items())]


def letter_trie(words: set[str]) -> _Trie:
    """The letter trie of ``words`` (``""`` marks a word's end)."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_part(ch: str, child: _Trie, not_after: str, *, first: bool = False) -> str:
    return (
        (r"\s*[-–]\s*" if ch == "\x00" else re.escape(ch))
        + (rf"(?<!{not_after}[\s\S])" if first and not_after else "")
        + trie_pattern(child, not_after)
    )


def trie_pattern(node: _Trie, not_after: str = "", *, first: bool = False) -> str:
    """A regex matching exactly the words of a trie (node), the longest first where several
    match: a word's end is an optional group, tried after the longer words it begins."""
    parts = [
        _trie_part(ch, child, not_after, first=first) for ch, child in sorted(node.items()) if ch
    ]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


def _loose_alt(words: list[str]) -> str:
    """An alternation tolerant of dash variants and spacing (``Thi đua – Khen thưởng``)."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        pat = re.escape(w).replace("\\ \\-\\ ", "\x00").replace("\\-", "\x00")
        pat = pat.replace("\\ ", r"[ ]+").replace(",", r"\s*,")
        out.append(pat.replace("\x00", r"\s*[-–—]\s*"))
    return "|".join(out)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the recognizers look up, compiled."""

    province_re: re.Pattern[str]
    province_by_key: dict[str, gz.ProvinceRecord]
    district_by_key: dict[str, list[gz.DistrictRecord]]
    surname_re: str
    title_re: re.Pattern[str]
    title_head: dict[str, str]
    domain_re: dict[str, re.Pattern[str]]
    domain_canon: dict[tuple[str, str], str]
    honorific_re: str
    rank_re: str
    awards: dict[str, tuple[str, str | None, str | None]]
    event_cues: tuple[tuple[re.Pattern[str], str, int], ...]
    status_cues: tuple[tuple[re.Pattern[str], str, int], ...]
    #: the first word of each event cue, lowercased (a cue can match a text only if it is there)
    event_cue_heads: tuple[str, ...] = ()
    #: ``(?<![\w])(?:{honorific_re})`` and ``(?<![\w])(?:{honorific_re}|{rank_re})`` as
    #: alternations whose alternatives all start with a letter (a trie of each list, split by
    #: first letter, the look-behind read after it; the honorifics before the ranks, as in
    #: the alternation): the same matches, but a pattern that starts with one is searched for
    #: those letters instead of being tried at every position
    honorific_lead: str = ""
    honorific_rank_lead: str = ""

    def cues_in(
        self, text: str, *, strong: bool = False
    ) -> tuple[tuple[re.Pattern[str], str, int], ...]:
        """The event cues (``strong``: of priority < 12 only) that may match ``text``: those
        whose first word is in it, case aside. A cheap filter before the cue patterns run; it
        drops only cues that cannot match, so results are those of all cues."""
        low = text.lower()
        cues = self.event_cues
        # the cues of each first word in the text, in their order (57 words looked for, not 147)
        found = sorted(i for head, at in _cue_heads(self) if head in low for i in at)
        return tuple(cues[i] for i in found if not strong or cues[i][2] < 12)

    def province(self, name: str) -> gz.ProvinceRecord | None:
        """The province whose name or alias folds to ``fold(name)``."""
        return self.province_by_key.get(fold(name))

    def districts(self, name: str) -> list[gz.DistrictRecord]:
        """Districts whose name folds to ``fold(name)`` (a typographic apostrophe as ``'``:
        ``Đắk R’Lấp``)."""
        return self.district_by_key.get(fold(name.replace("’", "'")), [])


@lru_cache(maxsize=2)
def title_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every title of ``text`` (``lexicon().title_re.finditer``), found once per text: the
    person and title recognizers both read them (the scan is a tenth of an extraction).

    >>> [m.group(0) for m in title_matches("Giám đốc Sở Tư pháp và Phó Chánh án")]
    ['Giám đốc', 'Phó Chánh án']
    """
    return tuple(lexicon().title_re.finditer(text))


gz.on_reload(title_matches.cache_clear)

_HEADS: dict[int, tuple[Lexicon, tuple[tuple[str, tuple[int, ...]], ...]]] = {}


def _cue_heads(lex: Lexicon) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each first word of the event cues of ``lex`` once, with the places of its cues in
    ``event_cues`` (worked out once per lexicon).

    Raises:
        ValueError: the lexicon has not one first word per cue.
    """
    held = _HEADS.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    at: dict[str, list[int]] = {}
    for i, (_, head) in enumerate(zip(lex.event_cues, lex.event_cue_heads, strict=True)):
        at.setdefault(head, []).append(i)
    heads = tuple((head, tuple(places)) for head, places in at.items())
    if len(_HEADS) > 8:
        _HEADS.clear()
    _HEADS[id(lex)] = (lex, heads)
    return heads


@gz.derived
def lexicon() -> Lexicon:
    """The compiled lexicon (built once).

    >>> lexicon().province("Thanh Hoá").name
    'Thanh Hóa'
    """
    by_key: dict[str, gz.ProvinceRecord] = {}
    names: list[str] = []
    for p in gz.provinces():
        for n in (p.name, *p.aliases):
            by_key.setdefault(fold(n), p)
            names.append(n)
    cased = [v for n in names for v in (n, n.upper(), n.title())]
    # (a trie led by the names' first letters: see trie_alt)
    province_trie = trie_alt(set(cased), not_after=r"[\w.]")
    province_re = re.compile(rf"(?:{province_trie})(?![\w])")
    dist: dict[str, list[gz.DistrictRecord]] = {}
    for d in gz.districts():
        dist.setdefault(fold(d.name), []).append(d)

    surnames = gz.column("surnames", "surname")
    titles = gz.load_rows("titles")
    # a dash inside a title ("Công chức Tư pháp - Hộ tịch") is written "-" or "–", spaced or not
    base = trie_alt({_DASH.sub("\x00", v) for t in titles for v in _case_variants(t["title"])})
    title_re = re.compile(
        # "chức vụ phó chánh án": the noun "chức vụ" (post) is no "Vụ phó" (deputy head)
        rf"(?<![\w])(?!(?<=chức )vụ )"
        rf"(?:(?:Quyền|Nguyên|Phó|Tân|Cố|quyền|nguyên|phó|tân|cố)\s+|Q\.[ \t]?)*"
        rf"(?:{base})"
        rf"(?:\s+(?:Thường trực|thường trực|phụ trách|Phụ trách|thứ [Nn]hất|Thứ nhất|"
        rf"chuyên trách|Chuyên trách))?(?![\w])"
    )
    # keyed by the lower-cased title, marks kept: "Thứ trưởng" (Bộ) is not "Thủ trưởng"
    title_head = {" ".join(t["title"].lower().split()): t["org_head"] for t in titles}

    dom_rows = gz.load_rows("org_domains")
    by_head: dict[str, list[str]] = {}
    canon: dict[tuple[str, str], str] = {}
    for r in dom_rows:
        variants = [r["domain"], *(a for a in r["aliases"].split("|") if a)]
        by_head.setdefault(r["head"], []).extend(variants)
        for v in variants:
            canon[(r["head"], domain_key(v))] = r["domain"]
    domain_re = {
        head: re.compile(rf"\s*(?:{_loose_alt(vs)})(?![\w])", re.IGNORECASE)
        for head, vs in by_head.items()
    }
    honor = _alt(gz.column("honorifics", "honorific"))
    ranks = _alt(gz.column("ranks", "rank"))
    honor_lead = _trie_branches(
        {h for h in gz.column("honorifics", "honorific") if h}, not_after=r"[\w]"
    )
    rank_lead = _trie_branches({r for r in gz.column("ranks", "rank") if r}, not_after=r"[\w]")
    awards: dict[str, tuple[str, str | None, str | None]] = {}
    for r in gz.load_rows("awards"):
        value = (r["award"], r["conferrer"] or None, r["recipient"] or None)
        for n in (r["award"], *(a for a in r["aliases"].split("|") if a)):
            awards[fold(n)] = value
    cue_rows = gz.load_rows("event_cues")
    cues = tuple(
        (
            re.compile(_word_phrase(r["cue"]), re.IGNORECASE),
            r["kind"],
            int(r["priority"]),
        )
        for r in cue_rows
    )
    status = tuple(
        (
            re.compile(_word_phrase(r["verb"]), re.IGNORECASE),
            r["status"],
            int(r["priority"]),
        )
        for r in gz.load_rows("award_status")
    )
    return Lexicon(
        province_re=province_re,
        province_by_key=by_key,
        district_by_key=dist,
        # (a trie: the surname a name starts with is looked for letter by letter, not surname
        # by surname; the same surname is found, the longest first, see trie_alt)
        surname_re=trie_alt({s for s in surnames if s}),
        title_re=title_re,
        title_head=title_head,
        domain_re=domain_re,
        domain_canon=canon,
        honorific_re=honor,
        rank_re=ranks,
        awards=awards,
        event_cues=cues,
        status_cues=status,
        event_cue_heads=tuple(r["cue"].split()[0].lower() for r in cue_rows),
        honorific_lead="|".join(honor_lead),
        honorific_rank_lead="|".join(honor_lead + rank_lead),
    )


def _word_phrase(words: str) -> str:
    """``(?<![\\w]){_phrase(words)}(?![\\w])``: the phrase as whole words; the look-behind
    is read after the first letter (the same condition on the character before it), so a
    search tries the look-behind only where that letter is, not at every position (2.4x
    faster over a page).

    >>> p = re.compile(_word_phrase("giữ vững"), re.IGNORECASE)
    >>> [m.start() for m in p.finditer("Giữ vững, xgiữ vững, giữ\\nvững")]
    [0, 21]
    """
    phrase = _phrase(words)
    first = re.escape(words.split()[0][0])  # (re.escape works character by character)
    return first + r"(?<![\w][\s\S])" + phrase[len(first) :] + r"(?![\w])"


def _phrase(words: str) -> str:
    """A pattern for a cue of several words, a line break allowed between them (real pages
    wrap lines inside sentences: ``giữ\\nvững``).

    >>> bool(re.fullmatch(_phrase("giữ vững"), "giữ\\nvững"))
    True
    """
    return r"\s+".join(re.escape(w) for w in words.split())
