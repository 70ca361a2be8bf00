"""Another activity on the day or the occasion of an event reported before it: ``Chiều cùng ngày, …
tiếp và làm việc với …``, ``Nhân dịp này, … tổ chức Hội thao``, ``Sau đó, Đoàn đã đến thăm …``,
a clause after a ``;`` that opens on the occasion (``…; sau buổi tọa đàm, … đã tổ chức …``), one
of a day's activities told after it (``Ngày 8/3, … tổ chức các hoạt động …`` then ``Sở tổ chức
buổi Tọa đàm …``). Such an event takes the day of the one before it (rule ``same-day``) when it
is of another kind; :mod:`.event_undated` reads the same leads to tell an undated page's second
activity from the one it already reported.
"""

from __future__ import annotations

import re
from collections.abc import Set

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.event_kinds import EVENT_HEADS, classify, without_non_cues
from justicekg.extract.recognizers.event_signals import FUTURE, SAME_DAY, has_activity

#: kinds under which an undated page names one activity twice: "Hội nghị …" then "Tại cuộc
#: họp, …"; "Lễ ký kết …" then "… chủ trì buổi Lễ"
SAME_EVENT = {
    "meeting": {"conference"},
    # "Tập huấn nghiệp vụ …" then "Tham dự hội nghị có …": the "Hội nghị tập huấn"
    "conference": {"meeting", "training", "signing"},
    "ceremony": {"signing"},
    # "Cũng trong dịp này, các đơn vị ký kết giao ước thi đua" after a conference: signed there
    "signing": {"conference"},
}


#: "(Nhân) dịp này, Sở (cũng) tổ chức Hội thao …": another activity held on the same occasion
_OCCASION_HELD = re.compile(
    r"[\W\d]*(?:"
    # "Nhân dịp này", "Cũng trong dịp này", "Trong khuôn khổ chương trình"
    r"(?P<dip>(?:[Cc]ũng\s+)?(?:(?:[Nn]hân|[Tt]rong|[Vv]ào)\s+)?(?:dịp|[Dd]ịp) này)"
    # "Bên lề Hội nghị", "Sau Hội thảo", "Kết thúc buổi làm việc", "Sau khi kết thúc Lễ …"
    r"|(?:[Bb]ên lề|(?:[Nn]gay\s+)?[Ss]au(?:\s+khi)?(?:\s+kết thúc)?|[Kk]ết thúc)\s+"
    rf"(?:buổi\s+|phần\s+|chương trình\s+)?(?:{EVENT_HEADS}|"
    # "Sau khi phiên tòa kết thúc, lãnh đạo đơn vị đã tổ chức họp rút kinh nghiệm"
    r"(?i:hội nghị|hội thảo|tọa đàm|hội thi|lễ|buổi lễ|làm việc|phiên tòa|phiên xét xử))"
    r"[^.;:,]{0,80}"
    # "Sau đó, Đoàn đã đến thăm và tặng quà …": the report goes on to the next activity
    r"|[Ss]au đó|[Tt]iếp đó|[Tt]iếp theo"
    r"),?\s+[^.;:]{0,80}?(?<![\w])(?:cũng\s+)?(?:đã\s+)?"
    # what is held: "tổ chức …", or a visit, a gift, an offering ("đến thăm và tặng quà …")
    # "Sau buổi Lễ, Thứ trưởng đã làm việc với …": a working session after it
    r"(?P<v>tổ chức|(?:đến\s+|tới\s+)?thăm(?:\s+hỏi)?|tặng quà|trao quà|dâng hương|dâng hoa|"
    r"làm việc(?=\s+(?:với|tại))|kiểm tra|giám sát)"
    r"(?![\w])"
)


#: a move of a person's job before "làm việc": "được chuyển về", "điều động", "biệt phái"
_JOB_MOVE = re.compile(
    r"(?<![\w])(?:chuyển|điều động|luân chuyển|biệt phái|phân công|tuyển dụng|bổ nhiệm)"
    r"(?:\s+(?:về|đến|sang|vào))?\s+(?:làm việc|công tác)?\s*$"
)


def occasion_lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """The lead of a sentence that goes on to another activity of the occasion (``Sau hội
    nghị, Đoàn đã đến thăm …``, ``Nhân dịp này, Sở tổ chức …``); on ``dịp này`` only a
    ``tổ chức`` (``Dịp này, đoàn đến thăm, tặng quà …`` is the visit reported)."""
    m = _OCCASION_HELD.match(text, start, end)
    if m is not None and m["dip"] and m["v"] != "tổ chức":
        return None
    if m is not None and _JOB_MOVE.search(text, m.start(), m.start("v")):
        return None  # "Sau đó, anh A được chuyển về làm việc tại …": a career, no visit
    return m


def is_specific(sentence: str) -> bool:
    """A named activity of kind ``other`` (``hội thao``, ``hội thi``, ``gặp mặt``, ``trao
    quà``), not a bare ``tổ chức`` or ``tổng kết``."""
    plain = without_non_cues(sentence)
    return any(c.search(plain) for c, k, p in lexicon().event_cues if k == "other" and p <= 7)


def same_day_events(doc: Doc, used: set[int], body_start: int, body_end: int) -> list[Span]:
    """``Chiều cùng ngày, … tiếp và làm việc với …``: another activity on the day of the
    event before it, when it is of another kind (a meeting after a conference)."""
    out: list[Span] = []
    text = doc.text
    for start, end in _pieces(doc, used, body_start, body_end):
        occasion = occasion_lead(text, start, end)
        before = [e for e in doc.by_label("event") if e.start < start]
        if not before:
            continue
        if (
            not SAME_DAY.match(text, start)
            and occasion is None
            and not _one_of_activities(text, before[-1], start, end)
        ):
            continue
        stext = text[start:end]
        if FUTURE.search(stext):
            continue  # "Sau Hội nghị, các đơn vị sẽ tổ chức kiểm tra …": announced
        # "Sau buổi tọa đàm, … tổ chức thi đấu …": what is held, not the occasion, is the kind
        held = text[occasion.start("v") : end] if occasion is not None else stext
        kind = classify(held)
        if kind == "other" and occasion is not None and is_specific(held):
            pass  # "Nhân dịp này, Viện tổ chức Hội thao …": an activity of its own
        elif kind == "other" or not has_activity(stext):
            continue
        if occasion and kind == "signing" and before[-1].data.get("kind") in SAME_EVENT[kind]:
            continue  # "Nhân dịp này, các đơn vị ký kết giao ước": signed at that conference
        if kind == before[-1].data.get("kind") or any(
            e.data.get("kind") == kind and e.name == before[-1].name for e in before
        ):
            continue
        out.append(
            doc.add(
                Span(
                    start,
                    end,
                    "event",
                    before[-1].name,
                    "same-day",
                    {"kind": kind, "date_start": start},
                )
            )
        )
    return out


#: "Ngày 8/3, Công đoàn Sở tổ chức các hoạt động …": a day of several activities, each reported
#: after it
_ACTIVITIES = re.compile(
    r"(?<![\w])tổ chức\s+(?:các|nhiều|chuỗi)\s+(?:các\s+)?hoạt động(?![\w])", re.IGNORECASE
)
#: "Sở tổ chức buổi Tọa đàm …": an activity named by its head noun, held (the sentence's
#: verb, not a topic: at most a subject before it)
_HEAD_HELD = re.compile(
    r"[^.;:,]{0,80}?(?<![\w])(?:đã\s+)?tổ chức\s+(?:buổi\s+|cuộc\s+)?"
    r"(?:hội nghị|hội thảo|tọa đàm|hội thi|hội thao|hội diễn|lễ)(?![\w])",
    re.IGNORECASE,
)
#: how far after the day's report its activities are told
_ACTIVITIES_SPAN = 600


def _one_of_activities(text: str, before: Span, start: int, end: int) -> bool:
    """``Ngày 8/3, … tổ chức các hoạt động …`` then ``Sở tổ chức buổi Tọa đàm …``: one of the
    activities of the day just reported, held on it."""
    return (
        start - before.end <= _ACTIVITIES_SPAN
        and _ACTIVITIES.search(text, before.start, before.end) is not None
        and _HEAD_HELD.match(text, start, end) is not None
    )


#: "…; sau buổi tọa đàm, hai cơ quan đã tổ chức thi đấu giao hữu …": a clause that goes on to
#: another activity of the occasion
_CLAUSE_OCCASION = re.compile(
    r";\s*(?=(?:[Nn]gay\s+)?(?:[Ss]au|[Bb]ên lề|[Kk]ết thúc|[Nn]hân dịp)\s)"
)


def _pieces(doc: Doc, used: Set[int], body_start: int, body_end: int) -> list[tuple[int, int]]:
    """The body's sentences not used yet, and in every sentence the clauses after a ``;`` that
    open on the occasion (``…; sau buổi tọa đàm, … đã tổ chức …``)."""
    out: list[tuple[int, int]] = []
    text = doc.text
    for sent in doc.sentences:
        if not (body_start <= sent.start < body_end):
            continue
        if sent.start not in used:
            out.append((sent.start, sent.end))
        for m in _CLAUSE_OCCASION.finditer(text, sent.start, sent.end):
            out.append((m.end(), sent.end))
    return out
