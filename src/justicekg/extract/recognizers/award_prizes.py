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

A prize with a name of its own (``Giải Báo chí … lần thứ nhất``, ``named_prizes.tsv``) is a
contest too: its ranks (``Giải A``, ``Giải B``) name it after them, and a winner named without a
rank (``Báo A đoạt giải báo chí … lần thứ nhất``) wins the prize itself. Winners listed on the
lines after the prize (``Giải Nhì gồm:`` then ``- Ông A;`` ``- Bà B.``) are read to the list's
end. A prize only to come (``sẽ trao giải Nhất cho``, ``dự kiến``) is not conferred: no award.
The giver before a winner (``ông A trao thưởng cho thí sinh B đạt giải Nhất``) is no winner, and
a contest launched after the results (``Dịp này, … phát động Cuộc thi …``) is not the page's.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.text.segment import Segment

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
    r"(?:\s+này)?)\s*)?(?:,\s*)?(?:được\s+trao\s+)?"
    r"(?:(?:cho|thuộc về|về tay|là)\s|(?:gồm(?:\s+có)?|bao gồm)(?:\s|[ \t]*:)|:[ \t]*"
    r"|[ \t][–-][ \t])"
)
#: "… đạt giải ba", "… đoạt giải Nhất", "giành giải Nhì": the winners named before the prize
_WON = re.compile(
    r"(?<![\w])(?:đã\s+)?(?:xuất sắc\s+)?(?:đạt|đoạt|giành|giành được|đạt được|nhận|nhận được|"
    r"được\s+trao|được\s+tặng)"
    r"\s+(?:đồng\s+)?$"
)
#: a clause boundary between the prizes of one sentence
_CLAUSE = re.compile(r"[;.!?\n]")
#: the items of a list on the lines after a prize ("Giải Nhì gồm:", "gồm các thí sinh:" then
#: "- Ông A;" "- Bà B.")
_ITEMS = re.compile(r"(?:[^\n]{0,40}:)?[ \t]*(?:\n[ \t]*[-–+•*][^\n]*)+")
#: what stands between two bodies listed as winners: "Phòng A và Phòng B", "Phòng A, Phòng B"
_LISTED = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")
#: a prize only to come: "sẽ trao giải Nhất cho", "dự kiến trao"
_TO_COME = re.compile(r"(?i)(?<![\w])(?:sẽ|dự kiến|sắp)(?![\w])")
#: "ông A trao thưởng cho thí sinh đạt giải Nhất": the giver before the winner (the winners
#: before the prize are read after the last "cho" of a giving verb)
_GIVEN_TO = re.compile(r"(?<![\w])(?:trao|tặng)(?![\w])[^.;!?\n]*?(?<![\w])cho(?![\w])")
#: a contest the page launches ("phát động Cuộc thi …") is not the one whose prizes it reports
_LAUNCHED = re.compile(r"(?i)(?<![\w])phát động(?![\w])")
#: where the sentence of a contest starts, read back from the contest
_SENT_BACK = re.compile(r"[.!?\n][^.!?\n]*$")


@gz.derived
def _ranks() -> dict[str, str]:
    """Written rank (folded to lower case) → canonical rank (``nhì`` → ``Nhì``)."""
    return {r["written"].lower(): r["rank"] for r in gz.load_rows("prize_ranks")}


@gz.derived
def _kinds() -> re.Pattern[str]:
    """``trực tuyến``, ``viết`` …: the kind of a contest before its name (a word or two of
    ``contest_kinds.tsv``, lower case, then a capital or a quotation mark)."""
    return re.compile(rf"(?:(?:{gz.alternation('contest_kinds', 'words')})\s+){{1,2}}")


@gz.derived
def _prize() -> re.Pattern[str]:
    """``đồng giải nhì``, ``giải Nhất``, ``giải khuyến khích``: a prize and its rank."""
    words = sorted(_ranks(), key=len, reverse=True)
    ranks = "|".join(re.escape(w) for w in words if len(w) > 1)
    # a one-letter rank (a press award's "Giải A") only with its capital
    letters = "".join(w.upper() for w in words if len(w) == 1)
    return re.compile(rf"(?<![\w])(?:đồng\s+)?[Gg]iải\s+(?P<rank>(?i:{ranks})|[{letters}])(?![\w])")


@gz.derived
def _named_prize() -> re.Pattern[str]:
    """``Giải Báo chí …``, ``giải Báo chí …``: a prize with a name of its own (capital after
    ``Giải``; ``named_prizes.tsv``)."""
    return re.compile(rf"(?<![\w])[Gg]iải\s+(?={gz.alternation('named_prizes', 'words')})")


def _contest_at(text: str, start: int) -> tuple[str, int] | None:
    """The contest named at ``start`` and where its name ends.

    >>> _contest_at('tổ chức Hội thi Rung chuông vàng "Tìm hiểu Luật" cho 60 thí sinh', 8)
    ('Hội thi Rung chuông vàng "Tìm hiểu Luật"', 48)
    >>> _contest_at("Cuộc thi đã thu hút 200 thí sinh", 0) is None
    True
    """
    head = text[start : start + 200]
    m = _CONTEST.match(head)
    prize = _named_prize().match(head) if m is None else None
    if m is None and prize is None:
        return None
    body = m.end() if m is not None else prize.end() if prize is not None else 0
    kind = _kinds().match(head, body) if m is not None else None
    if kind is not None and kind.end() < len(head):
        # "Cuộc thi trực tuyến Tìm hiểu Luật A", "Cuộc thi viết “B”": the kind of contest
        # before its name is part of the name
        body = kind.end()
    if body >= len(head) or not (head[body].isupper() or head[body] in _OPEN):
        return None  # "cuộc thi đã thu hút …", "Đại hội thi đua …": no name
    # a named prize is written with its capital, "Giải Báo chí …", wherever the page writes "giải"
    out = head[:body] if m is not None else "Giải "
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


def _launched(text: str, start: int, first_prize: int) -> bool:
    """True when the contest at ``start`` is launched after the page's first prize
    (``first_prize``), in a sentence that launches it before naming it (``Dịp này, Ban Tổ
    chức phát động Cuộc thi …``): a new contest, whose prizes are still to come.

    >>> t = "Giải Nhất thuộc về bà A. Dịp này, Sở phát động Cuộc thi Tìm hiểu Luật B."
    >>> _launched(t, t.index("Cuộc"), 0)
    True
    >>> t = "Sở phát động Cuộc thi Tìm hiểu Luật B từ tháng 3. Giải Nhất thuộc về bà A."
    >>> _launched(t, t.index("Cuộc"), t.index("Giải"))
    False
    """
    if start < first_prize:
        return False  # launched before the results: the contest the page reports
    lo = max(0, start - 200)
    back = _SENT_BACK.search(text, lo, start)
    return _LAUNCHED.search(text, back.start() + 1 if back else lo, start) is not None


def _page_contest(text: str, first_prize: int) -> str | None:
    """The first contest the page names (not one it launches after its first prize, at
    ``first_prize``)."""
    found: list[tuple[int, str]] = []
    for m in _CONTEST.finditer(text):
        named = _contest_at(text, m.start())
        if named is not None and not _launched(text, m.start(), first_prize):
            found.append((m.start(), named[0]))
            break
    for m in _named_prize().finditer(text):
        named = _contest_at(text, m.start())
        if named is not None and not _launched(text, m.start(), first_prize):
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
    """The persons named in ``text[lo:hi]``, or else the first body and those listed with it."""
    persons = [s for s in doc.by_label("person") if lo <= s.start < hi]
    if persons:
        seen: dict[str, Span] = {}
        for p in persons:
            seen.setdefault(p.name, p)
        return [(n, "person", s) for n, s in seen.items()]
    orgs = sorted((s for s in doc.by_label("org") if lo <= s.start < hi), key=lambda s: s.start)
    if not orgs:
        return []
    # the first body and the bodies listed with it ("Phòng A và Phòng B"), not a parent
    # ("Trường A thuộc Phòng B")
    listed = [orgs[0]]
    for org in orgs[1:]:
        if org.start >= listed[-1].end and _LISTED.fullmatch(doc.text, listed[-1].end, org.start):
            listed.append(org)
    names = dict.fromkeys(o.name for o in listed)
    return [(n, "organization", next(o for o in listed if o.name == n)) for n in names]


def add_prizes(doc: Doc) -> None:
    """Add an ``award`` span per prize of a contest and winner the page names."""
    text = doc.text
    if not re.search(r"(?i)giải", text) or ("thi" not in text and not _named_prize().search(text)):
        return
    prizes = list(_prize().finditer(text))
    contest = _page_contest(text, prizes[0].start() if prizes else len(text))
    if contest is None:
        return
    ranks = _ranks()
    for i, m in enumerate(prizes):
        rank = ranks[m.group("rank").lower()]
        after_rank = m.end()
        own = (
            _contest_at(text, after_rank + 1) if text[after_rank : after_rank + 1] == " " else None
        )
        award = unquoted(f"Giải {rank} {own[0] if own else contest}")
        sent = doc.sentence_of(m.start())
        if _TO_COME.search(text, max(sent.start, m.start() - 30), m.start()):
            continue  # "sẽ trao giải Nhất cho …": a prize to come
        nxt = prizes[i + 1].start() if i + 1 < len(prizes) else len(text)
        to = _TO.match(text, own[1] if own else after_rank)
        winners: list[tuple[str, str, Span]] = []
        items = _ITEMS.match(text, to.end()) if to is not None else None
        if to is not None and items is not None:
            winners = _winners(doc, to.end(), min(nxt, items.end()))
        elif to is not None:
            stop = _CLAUSE.search(text, to.end(), sent.end)
            hi = min(nxt, stop.start() if stop else sent.end)
            winners = _winners(doc, to.end(), hi)
        if not winners and _WON.search(text, max(sent.start, m.start() - 40), m.start()):
            # "bà A đạt giải Nhất - một kết quả …": no winner after it, the winner before it
            prev = (
                prizes[i - 1].end() if i > 0 and prizes[i - 1].start() >= sent.start else sent.start
            )
            stops = list(_CLAUSE.finditer(text, prev, m.start()))
            lo = stops[-1].end() if stops else prev
            given = list(_GIVEN_TO.finditer(text, lo, m.start()))
            if given:
                lo = given[-1].end()  # "ông A trao thưởng cho thí sinh đạt giải": A gives it
            winners = _winners(doc, lo, m.start())
        _add(doc, award, winners, sent)
    if contest.startswith("Giải "):
        _add_unranked(doc, contest)


def _add_unranked(doc: Doc, prize: str) -> None:
    """``Báo A đoạt giải báo chí … lần thứ nhất``: a named prize won without a rank."""
    text = doc.text
    name = r"\s+".join(re.escape(w) for w in prize.split())
    for m in re.finditer(rf"(?i)(?<![\w]){name}(?![\w])", text):
        sent = doc.sentence_of(m.start())
        if not _WON.search(text, max(sent.start, m.start() - 40), m.start()):
            continue
        if _TO_COME.search(text, max(sent.start, m.start() - 30), m.start()):
            continue
        stops = list(_CLAUSE.finditer(text, sent.start, m.start()))
        _add(doc, prize, _winners(doc, stops[-1].end() if stops else sent.start, m.start()), sent)


def _add(doc: Doc, award: str, winners: list[tuple[str, str, Span]], sent: Segment) -> None:
    """An ``award`` span per winner of ``award``."""
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
