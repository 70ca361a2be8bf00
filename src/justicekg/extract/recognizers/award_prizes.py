"""Prizes of a contest the page reports: ``Giải <rank> <contest>`` to each named winner.

A contest is named ``Hội thi …`` or ``Cuộc thi …`` with a capitalized or quoted name (``Hội
thi Rung chuông vàng "Tìm hiểu kiến thức pháp luật"``, ``Cuộc thi Tìm hiểu pháp luật trực
tuyến về hộ tịch``, ``“Pháp luật học đường” là cuộc thi …``); a prize names it after its rank
(``giải Nhất Hội thi …``) or refers back to the page's contest (``giải nhất``, ``giải ba Cuộc
thi này``). Its winners are named after it (``trao giải nhất cho bà A``, ``giải Nhì thuộc về
ông B``, ``trao 3 giải nhì cho các thí sinh C (…), D (…) và E (…)``, a results list ``Giải
Nhất: bà A; Giải Nhì: ông B``) or before it (``thí sinh
F, sinh viên Trường … đạt giải ba``): the persons of that stretch, or the body when it names no
person (``Trường THPT số 1 … đạt giải Khuyến khích``). Counts (``1 giải Nhất, 3 giải Nhì``) and
unnamed teams (``đơn vị xã A``) yield nothing. Ranks are data: ``prize_ranks.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span

__all__ = ["add_prizes"]

_OPEN, _CLOSE = '"“«', '"”»'
#: the first letters of "Hội" and "Cuộc" (either case) and the rest of the word
_CONTEST_WORDS = (("H", "ội"), ("h", "ội"), ("C", "uộc"), ("c", "uộc"))
#: "Hội thi Rung chuông vàng "…"", "Cuộc thi Tìm hiểu pháp luật …": a contest and its name
_CONTEST = re.compile(
    # (one alternative per first letter, the look-behinds read after it: a search looks for
    # those letters instead of trying the look-behinds at every position)
    "(?:"
    + "|".join(rf"{c}(?<![\w][\s\S])(?<!Đại {c})(?<!đại {c}){rest}" for c, rest in _CONTEST_WORDS)
    + r") thi\s+(?=\S)"
)
#: "“Pháp luật học đường” là cuộc thi": a quoted name said to be a contest
_NAMED_CONTEST = re.compile(r"[\"“«]([^\"“”«»\n]{3,80})[\"”»]\s+là\s+(?:một\s+)?(?:cuộc|hội)\s+thi")
#: where a contest's unquoted name ends: a stop, or a word that goes on with the sentence
_NAME_END = re.compile(
    r"\s*[.,;:!?()\n|]|\s[–-]\s|\s(?:cho|do|được|đã|diễn ra|tại|với|vào|nhằm|thu hút|trong|và|"
    r"là|sẽ|đạt|vừa|chính thức|kết thúc|có|gồm|của|đến|theo)(?![\w])"
)
#: "trao giải nhất (tập thể) cho", "giải Nhì thuộc về", a results list "Giải Nhất: bà A; Giải
#: Nhì: ông B": the winners named after the prize
_TO = re.compile(
    r"\s*(?:(?:tập thể|cá nhân|của\s+(?:[Hh]ội|[Cc]uộc)\s+thi(?:\s+này)?|(?:[Hh]ội|[Cc]uộc)\s+thi"
    r"(?:\s+này)?)\s*)?(?:,\s*)?(?:được\s+trao\s+)?(?:(?:cho|thuộc về|về tay|là)\s|:[ \t]*)"
)
#: "… đạt giải ba", "… đoạt giải Nhất", "giành giải Nhì": the winners named before the prize
_WON = re.compile(
    r"(?<![\w])(?:đã\s+)?(?:xuất sắc\s+)?(?:đạt|đoạt|giành|giành được|đạt được|nhận|nhận được)"
    r"\s+(?:đồng\s+)?$"
)
#: a clause boundary between the prizes of one sentence
_CLAUSE = re.compile(r"[;.!?\n]")


@cache
def _ranks() -> dict[str, str]:
    """Written rank (folded to lower case) → canonical rank (``nhì`` → ``Nhì``)."""
    return {r["written"].lower(): r["rank"] for r in gz.load_rows("prize_ranks")}


@cache
def _kinds() -> re.Pattern[str]:
    """``trực tuyến``, ``viết`` …: the kind of a contest before its name (a word or two of
    ``contest_kinds.tsv``, lower case, then a capital or a quotation mark)."""
    return re.compile(rf"(?:(?:{gz.alternation('contest_kinds', 'words')})\s+){{1,2}}")


@cache
def _prize() -> re.Pattern[str]:
    """``đồng giải nhì``, ``giải Nhất``, ``giải khuyến khích``: a prize and its rank."""
    ranks = "|".join(re.escape(w) for w in sorted(_ranks(), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:đồng\s+)?[Gg]iải\s+(?P<rank>(?i:{ranks}))(?![\w])")


def _contest_at(text: str, start: int) -> tuple[str, int] | None:
    """The contest named at ``start`` and where its name ends.

    >>> _contest_at('tổ chức Hội thi Rung chuông vàng "Tìm hiểu Luật" cho 60 thí sinh', 8)
    ('Hội thi Rung chuông vàng "Tìm hiểu Luật"', 48)
    >>> _contest_at("Cuộc thi đã thu hút 200 thí sinh", 0) is None
    True
    """
    head = text[start : start + 200]
    m = _CONTEST.match(head)
    if m is None:
        return None
    body = m.end()
    kind = _kinds().match(head, body)
    if kind is not None and kind.end() < len(head):
        # "Cuộc thi trực tuyến Tìm hiểu Luật A", "Cuộc thi viết “B”": the kind of contest
        # before its name is part of the name
        body = kind.end()
    if body >= len(head) or not (head[body].isupper() or head[body] in _OPEN):
        return None  # "cuộc thi đã thu hút …", "Đại hội thi đua …": no name
    out = head[:body]
    rest = head[body:]
    q = next((i for i, c in enumerate(rest) if c in _OPEN), -1)
    end = _NAME_END.search(rest)
    stop = end.start() if end else len(rest)
    if 0 <= q < stop:
        close = next((i for i in range(q + 1, len(rest)) if rest[i] in _CLOSE), -1)
        if close < 0:
            return None
        stop = close + 1
    name = " ".join((out + rest[:stop]).split())
    return (name, start + body + stop) if len(name.split()) >= 3 else None


def _page_contest(text: str) -> str | None:
    """The first contest the page names."""
    found: list[tuple[int, str]] = []
    for m in _CONTEST.finditer(text):
        named = _contest_at(text, m.start())
        if named is not None:
            found.append((m.start(), named[0]))
            break
    n = _NAMED_CONTEST.search(text)
    if n is not None:
        found.append((n.start(), f"Cuộc thi “{n.group(1).strip()}”"))
    return min(found)[1] if found else None


def unquoted(award: str) -> str:
    """An award name without the quotation marks around a contest's name: award names are
    canonical (``Giải Nhất Cuộc thi “Em yêu pháp luật”`` → ``Giải Nhất Cuộc thi Em yêu pháp
    luật``).

    >>> unquoted('Giải Ba Hội thi Rung chuông vàng "Tìm hiểu Luật"')
    'Giải Ba Hội thi Rung chuông vàng Tìm hiểu Luật'
    """
    return " ".join("".join(c for c in award if c not in _OPEN + _CLOSE).split())


def _winners(doc: Doc, lo: int, hi: int) -> list[tuple[str, str, Span]]:
    """The persons named in ``text[lo:hi]``, or else the first body."""
    persons = [s for s in doc.by_label("person") if lo <= s.start < hi]
    if persons:
        seen: dict[str, Span] = {}
        for p in persons:
            seen.setdefault(p.name, p)
        return [(n, "person", s) for n, s in seen.items()]
    orgs = [s for s in doc.by_label("org") if lo <= s.start < hi]
    return [(orgs[0].name, "organization", orgs[0])] if orgs else []


def add_prizes(doc: Doc) -> None:
    """Add an ``award`` span per prize of a contest and winner the page names."""
    text = doc.text
    if "thi" not in text or not re.search(r"(?i)giải", text):
        return
    contest = _page_contest(text)
    if contest is None:
        return
    ranks = _ranks()
    prizes = list(_prize().finditer(text))
    for i, m in enumerate(prizes):
        rank = ranks[m.group("rank").lower()]
        after_rank = m.end()
        own = (
            _contest_at(text, after_rank + 1) if text[after_rank : after_rank + 1] == " " else None
        )
        award = unquoted(f"Giải {rank} {own[0] if own else contest}")
        sent = doc.sentence_of(m.start())
        nxt = prizes[i + 1].start() if i + 1 < len(prizes) else sent.end
        to = _TO.match(text, own[1] if own else after_rank)
        if to is not None:
            stop = _CLAUSE.search(text, to.end(), sent.end)
            hi = min(nxt, stop.start() if stop else sent.end)
            winners = _winners(doc, to.end(), hi)
        elif _WON.search(text, max(sent.start, m.start() - 40), m.start()):
            prev = (
                prizes[i - 1].end() if i > 0 and prizes[i - 1].start() >= sent.start else sent.start
            )
            stops = list(_CLAUSE.finditer(text, prev, m.start()))
            lo = stops[-1].end() if stops else prev
            winners = _winners(doc, lo, m.start())
        else:
            continue
        for name, kind, span in winners:
            doc.add(
                Span(
                    span.start,
                    span.end,
                    "award",
                    award,
                    "prize",
                    {
                        "recipient": name,
                        "recipient_kind": kind,
                        "status": "conferred",
                        "conferrer": None,
                        "year": None,
                        "sentence": (sent.start, sent.end),
                    },
                )
            )
