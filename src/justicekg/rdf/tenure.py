"""When a position is held: its post and the bounds of its interval, from what an article says.

An article states a position in one of these ways (cues as data:
``data/reference/tenure_cues.tsv``):

* **attested** — ``ông B, Giám đốc Sở …`` in an article of day D: held on D, nothing known of its
  start or end. The interval's beginning is *not after* D and its end *not before* D + 1.
* **appointed** — ``bổ nhiệm ông C, Phó Giám đốc Sở …, giữ chức vụ Giám đốc Sở … kể từ ngày
  D``: the new post (the title after a *new-post* cue) begins on D; the post the person leaves
  (their other title in that sentence) ends on D. Without a cue to tell them apart every titled
  post of the sentence begins on D (the extractor's reading).
* **former** — ``ông A, nguyên Giám đốc Sở …``: the same post as ``Giám đốc``, ended on or before
  the article's day (the end is *not after* D); never attested on D.
* **acting** — ``Quyền Giám đốc``, ``Phó Giám đốc phụ trách``: the post ``Giám đốc`` held in an
  acting capacity (a membership of its own, flagged ``jkg:acting``).

Days are instants at the start of the day: an interval ``[begin, end)`` is held on every day from
``begin`` up to the day before ``end``. A bound is *exact* when the text gives the day, else known
only as ``notBefore`` / ``notAfter`` a day. :func:`held_on` decides, from these bounds, whether the
evidence says the post was held on a day — the rule the ``holders`` query applies in SPARQL.

>>> t = read_tenure("Nguyên Giám đốc", on="2021-03-15")
>>> (t.post_title, t.kind, t.end.not_after, t.attested)
('Giám đốc', 'former', '2021-03-15', False)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from justicekg.config import DATA_DIR
from justicekg.errors import OntologyError
from justicekg.model import Position

__all__ = [
    "Bound",
    "Tenure",
    "TitleReading",
    "held_on",
    "new_post_titles",
    "read_tenure",
    "read_title",
]

CUES_FILE = DATA_DIR / "reference" / "tenure_cues.tsv"
_KINDS = frozenset({"former", "acting", "acting-head", "new-post"})


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    try:
        text = CUES_FILE.read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"cannot read tenure cues: {exc}", where=str(CUES_FILE)) from exc
    found: dict[str, list[str]] = {k: [] for k in _KINDS}
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
    lines = [(n, ln) for n, ln in lines if not ln.startswith("#")]
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != 2 or cells[0] not in _KINDS or not cells[1].strip():
            raise OntologyError(
                "expected 'kind<TAB>text' with kind one of " + ", ".join(sorted(_KINDS)),
                where=f"{CUES_FILE}:{n}",
            )
        found[cells[0]].append(unicodedata.normalize("NFC", cells[1].strip()))
    # Longest first, so ``bổ nhiệm làm`` wins over ``bổ nhiệm``.
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


@dataclass(frozen=True, slots=True)
class TitleReading:
    """A title as written, read as a post and a capacity."""

    post_title: str
    former: bool = False
    acting: bool = False


def read_title(title: str) -> TitleReading:
    """The post a title names, and whether it is a former or an acting one.

    >>> read_title("Nguyên Phó Giám đốc")
    TitleReading(post_title='Phó Giám đốc', former=True, acting=False)
    >>> read_title("Quyền Cục trưởng")
    TitleReading(post_title='Cục trưởng', former=False, acting=True)
    >>> read_title("Phó Cục trưởng phụ trách")
    TitleReading(post_title='Cục trưởng', former=False, acting=True)
    >>> read_title("Giám đốc")
    TitleReading(post_title='Giám đốc', former=False, acting=False)
    """
    cues = _cues()
    words = title.split()
    former = acting = False
    changed = True
    while changed and len(words) > 1:
        changed = False
        for kind, flag in (("former", "former"), ("acting", "acting")):
            for cue in cues[kind]:
                n = len(cue.split())
                if len(words) > n and " ".join(words[:n]).casefold() == cue.casefold():
                    words = words[n:]
                    former, acting = (True, acting) if flag == "former" else (former, True)
                    changed = True
                    break
    for cue in cues["acting-head"]:
        n = len(cue.split())
        if len(words) > n and " ".join(words[-n:]).casefold() == cue.casefold():
            words = words[:-n]
            acting = True
            if words[0].casefold() == "phó" and len(words) > 1:
                words = words[1:]  # a deputy in charge of the unit acts as its head
            break
    post = " ".join(words)
    return TitleReading(post[:1].upper() + post[1:], former=former, acting=acting)


def new_post_titles(sentence: str, titles: list[str]) -> set[str]:
    """Which of a person's titles in an appointment sentence follow a *new-post* cue.

    An occurrence of a title inside a longer one (``Giám đốc`` in ``Phó Giám đốc``) is not one.

    >>> s = "bổ nhiệm ông C, Phó Giám đốc Sở X, giữ chức vụ Giám đốc Sở X kể từ ngày 01/10/2020"
    >>> sorted(new_post_titles(s, ["Phó Giám đốc", "Giám đốc"]))
    ['Giám đốc']
    """
    text = sentence.casefold()
    spans: list[tuple[int, int, str]] = []
    for title in set(titles):
        needle = title.casefold()
        for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
            spans.append((m.start(), m.end(), title))
    inside = {
        s
        for s in spans
        for o in spans
        if o != s and o[0] <= s[0] and s[1] <= o[1] and (o[1] - o[0]) > (s[1] - s[0])
    }
    cue_re = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(c.casefold()) for c in _cues()["new-post"]) + r")\s*$"
    )
    return {t for (s, _e, t) in spans if (s, _e, t) not in inside and cue_re.search(text[:s])}


@dataclass(frozen=True, slots=True)
class Bound:
    """What is known of one end of an interval: the exact value the text gives (an ISO day,
    month or year) and the closed range of days it lies in."""

    exact: str | None = None
    not_before: str | None = None
    not_after: str | None = None


@dataclass(frozen=True, slots=True)
class Tenure:
    """The reading of one position in one article."""

    post_title: str
    kind: str  # attested | appointed | left | former
    acting: bool
    begin: Bound
    end: Bound
    #: The article's day is a day the post is held (``jkg:attestedOn``).
    attested: bool


def _day_range(value: str) -> tuple[str, str] | None:
    """The first and last day of an ISO day, month or year (None if malformed)."""
    try:
        if len(value) == 10:
            date.fromisoformat(value)
            return value, value
        if len(value) == 7:
            first = date(int(value[:4]), int(value[5:7]), 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.isoformat(), (nxt - timedelta(days=1)).isoformat()
        if len(value) == 4:
            return f"{int(value):04d}-01-01", f"{int(value):04d}-12-31"
    except ValueError:
        return None
    return None


def _exact(value: str | None) -> Bound | None:
    if not value:
        return None
    days = _day_range(value)
    if days is None:
        return None
    return Bound(exact=value, not_before=days[0], not_after=days[1])


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def read_tenure(
    title: str,
    *,
    on: str | None,
    start: str | None = None,
    end: str | None = None,
    left: bool = False,
) -> Tenure:
    """The post and interval a position's title and dates state, in an article of day ``on``.

    Args:
        title: the title as extracted (``Nguyên Giám đốc``, ``Quyền Cục trưởng``).
        on: the article's day (ISO), or None when unknown.
        start: the day the text says the post starts (``kể từ ngày``).
        end: the day the text says it ends.
        left: the post is the one the person leaves in an appointment sentence; ``start`` is
            then the day the new post begins, so the day this one ends.

    >>> t = read_tenure("Phó Giám đốc", on="2020-09-30", start="2020-10-01", left=True)
    >>> (t.kind, t.begin.exact, t.end.exact, t.attested)
    ('left', None, '2020-10-01', True)
    >>> t = read_tenure("Giám đốc", on="2020-09-30", start="2020-10-01")
    >>> (t.kind, t.begin.exact, t.attested)
    ('appointed', '2020-10-01', False)
    """
    reading = read_title(title)
    day = on[:10] if on and _day_range(on[:10]) and len(on) >= 10 else None
    begin = Bound()
    finish = Bound()
    kind = "attested"
    if left and start:
        finish = _exact(start) or Bound()
        kind = "left"
    else:
        begin = _exact(start) or Bound()
        finish = _exact(end) or Bound()
        if begin.exact:
            kind = "appointed"
    if reading.former:
        kind = "former"
        if finish.exact is None and day:
            finish = Bound(not_after=day)
    attested = (
        day is not None
        and not reading.former
        and (begin.not_before is None or begin.not_before <= day)
        and (finish.not_after is None or finish.not_after > day)
    )
    if attested and day is not None:
        # Held on the article's day: begun by then, not ended before the next.
        if begin.not_after is None:
            begin = Bound(not_after=day)
        if finish.exact is None:
            finish = Bound(not_before=_next_day(day))
    return Tenure(reading.post_title, kind, reading.acting, begin, finish, attested)


def held_on(
    day: str, begins: list[Bound], ends: list[Bound], *, open_end: bool | None = None
) -> bool:
    """Whether the bounds an interval has gathered (from all articles) say it is held on ``day``.

    Held when some bound puts the beginning on or before ``day``, no bound puts the end on or
    before it, and either a start was stated (an appointment runs until an end is known) or
    some bound puts the end after ``day``.

    >>> a = read_tenure("Giám đốc", on="2019-05-01")
    >>> b = read_tenure("Giám đốc", on="2021-03-15")
    >>> held_on("2020-01-01", [a.begin, b.begin], [a.end, b.end])
    True
    >>> held_on("2022-01-01", [a.begin, b.begin], [a.end, b.end])
    False
    """
    if not any(b.not_after is not None and b.not_after <= day for b in begins):
        return False
    if any(e.not_after is not None and e.not_after <= day for e in ends):
        return False
    stated = any(b.exact for b in begins) if open_end is None else open_end
    return stated or any(e.not_before is not None and e.not_before > day for e in ends)


def left_posts(positions: list[Position]) -> set[int]:
    """The indexes of the positions a person leaves in an appointment sentence.

    Positions that share a sentence and a start day are one appointment: the ones whose title
    follows a *new-post* cue (``giữ chức vụ Giám đốc``) begin that day, the others end then. When
    no cue tells them apart, none is taken as left.
    """
    groups: dict[tuple[int, int, str], list[int]] = {}
    for n, pos in enumerate(positions):
        if pos.start and pos.evidence is not None:
            key = (pos.evidence.start, pos.evidence.end, pos.start)
            groups.setdefault(key, []).append(n)
    left: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        sentence = positions[members[0]].evidence
        assert sentence is not None
        new = new_post_titles(sentence.text, [positions[n].title for n in members])
        if new and any(positions[n].title not in new for n in members):
            left.update(n for n in members if positions[n].title not in new)
    return left
