"""Events without a day of their own: an undated report (``Hội nghị do bà … chủ trì``), another
activity on the day of the one before (``Chiều cùng ngày, …``, ``Nhân dịp này, … tổ chức Hội
thao``), an activity held in a month (``vào cuối tháng 12/2003``) and a signing the report goes
on to after a dated visit.
"""

from __future__ import annotations

import re
from collections.abc import Set

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.event_kinds import (
    _HEADS,
    _NOT_CUES,
    _requested,
    classify,
    handover_only,
)
from justicekg.extract.recognizers.event_signals import (
    _AT_EVENT,
    _CAPTION,
    _CITES_DOC,
    _DIRECTIVE,
    _DOC_BEFORE,
    _DUTIES,
    _FUTURE,
    _HELD_AFTER,
    _ISSUES,
    _OVERVIEW,
    _PASSIVE,
    _RECURRING,
    _SAME_DAY,
    _SHOULD,
    _TOPIC_CUE,
    _acts,
    _is_day,
)

#: a sentence that places what it says at an event named before ("Tại hội nghị, …")
_AT_NAMED = re.compile(
    r"\W*(?:(?:[^,.;]{0,40}\s)?(?:tại|trong|mở đầu|kết thúc|kết luận|khai mạc|bế mạc)\s+"
    rf"(?:buổi\s+|cuộc\s+)?(?:{_HEADS}|làm việc|họp|lễ|tập huấn)(?![\w])"
    # "Dịp này, Sở trao tặng Giấy khen …": done at the event already reported
    r"|(?:nhân\s+)?dịp này|tại đây|cũng tại)",
    re.IGNORECASE,
)


#: "<Body> vừa tổ chức …", "vừa phối hợp với <Body> tổ chức …", "<Body> phối hợp với <Body>
#: vừa tuyên truyền và trợ giúp pháp lý miễn phí cho …": an activity just held, whatever it is
#: called (not "vừa là …, vừa …": both)
_JUST_HELD = re.compile(
    r"(?<![\w])vừa\s+(?:(?:phối hợp|kết hợp)(?:\s+với)?[^.;:]{0,80}?\s+)?(?:tổ chức|"
    r"tuyên truyền(?:,\s*phổ biến)?(?:\s+(?:và|,)\s+(?:trợ giúp pháp lý|TGPL|tư vấn))?|"
    r"trợ giúp pháp lý|tư vấn pháp luật|phổ biến pháp luật)(?![\w])(?![^.;]{0,60}(?<![\w])vừa\s)",
    re.IGNORECASE,
)
#: "Ông A đã tham gia hội nghị", "dự buổi lễ": someone joins an activity reported before
_JOINS = re.compile(
    r"(?<![\w])(?:tham gia|tham dự|dự|tại)\s+(?:buổi\s+|cuộc\s+)?"
    r"(?:hội nghị|hội thảo|tọa đàm|lễ|buổi làm việc|họp)(?![\w])"
)
#: "494 đơn thư", "1.179 người": a count of a work tally
_COUNTS = re.compile(
    r"(?<![\w.,])\d[\d.,]*\s+(?:vụ|việc|đơn|lượt|cuộc|người|văn bản|hồ sơ|trường hợp)(?![\w])"
)
#: "Hội thảo đánh giá cao …", "Hội nghị đã thảo luận …": the activity is the sentence's subject
_HEAD_SUBJECT = re.compile(
    r"\W*(?:Hội nghị|Hội thảo|Tọa đàm|Diễn đàn|Buổi lễ|Buổi làm việc)\s+(?:đã\s+|cũng\s+)?"
    r"(?:đánh giá|thảo luận|nghe|thống nhất|ghi nhận|kết thúc|diễn ra|thông qua|tập trung)(?![\w])"
)
#: kinds under which an undated page names one activity twice: "Hội nghị …" then "Tại cuộc
#: họp, …"; "Lễ ký kết …" then "… chủ trì buổi Lễ"
_SAME_EVENT = {
    "meeting": {"conference"},
    # "Tập huấn nghiệp vụ …" then "Tham dự hội nghị có …": the "Hội nghị tập huấn"
    "conference": {"meeting", "training", "signing"},
    "ceremony": {"signing"},
}


def _undated_event(
    doc: Doc, body_start: int, body_end: int, skip: Set[int] = frozenset()
) -> Span | None:
    """A page that reports an activity but gives it no date (``Phát biểu khai mạc tại hội
    nghị, ông …``, ``Hội nghị do bà … chủ trì``): one undated event, from the first sentence
    with a strong cue and a reported (not planned) activity — and one more for each later
    sentence that reports an activity of another kind (``… dâng hương tại Đền thờ …`` before
    ``Mở đầu Hội nghị, …``). Returns the first."""
    text = doc.text
    first: Span | None = None
    kinds: set[str] = set()
    for sent in doc.sentences:
        if not (body_start <= sent.start < body_end) or sent.start in skip:
            continue
        stext = text[sent.start : sent.end]
        at_named = _AT_NAMED.match(stext)
        if (_FUTURE.search(stext) and at_named is None) or _ISSUES.search(stext):
            continue  # (what is said at a named event may be future: "Kết luận Hội thảo, … sẽ")
        if _DUTIES.search(stext):
            continue
        if _RECURRING.search(stext) or _DIRECTIVE.match(stext):
            continue  # "… được triển khai thường niên", "Tập trung kiểm tra sâu …": none held
        if not (
            _acts(stext)
            or _JUST_HELD.search(stext)
            or _AT_EVENT.search(stext)
            or at_named is not None
            or _OVERVIEW.match(stext)
            or _HEAD_SUBJECT.match(stext)
        ):
            continue
        if _CAPTION.search(stext) and not _OVERVIEW.match(stext):
            continue
        if _CITES_DOC.match(stext) and not _HELD_AFTER.search(stext):
            continue  # "Thực hiện Kế hoạch số … về việc … kỷ niệm …": a plan cited, none held
        plain = _NOT_CUES.sub(" ", stext)
        cues = [
            m
            for c, k, p in lexicon().event_cues
            if p < 12
            for m in c.finditer(plain)
            if not _TOPIC_CUE.search(plain, 0, m.start())
            and not _SHOULD.search(plain, max(0, m.start() - 200), m.start())
            and not (k == "ceremony" and _PASSIVE.search(plain, 0, m.start()))
            and not _requested(plain, m.start())
        ]
        if not cues and (first is not None or not _JUST_HELD.search(stext)):
            continue  # ("Sở vừa phối hợp với … tổ chức tuyên truyền …": a report, kind other)
        kind = classify(stext, doc.title if first is None else None)
        at = _AT_NAMED.match(stext)
        # a "Hội nghị" may be the signing or training reported ("Hội nghị ký kết giao ước")
        named = {classify(at.group(0))} if at is not None else set()
        if "conference" in named:
            named |= {"signing", "training"}
        if first is not None and {kind, first.data["kind"]} == {"meeting", "inspection"}:
            # "… phát biểu tại buổi làm việc" and "Tham gia giám sát có …": the working
            # session of a check is the check
            first.data["kind"] = "inspection"
            kinds = (kinds - {"meeting"}) | {"inspection"}
            continue
        if first is not None and kind == "training" and kinds == {"conference"}:
            kinds = {kind}  # "Tại Hội nghị, …" then "Qua lớp tập huấn, …": one training
            first.data["kind"] = kind
            continue
        if (
            first is not None
            and kind == "conference"
            and first.data["kind"] == "ceremony"
            and kinds == {"ceremony"}
            and handover_only(text[first.start : first.end])
        ):
            # a caption "Ông A trao Bằng khen cho …" then "Phát biểu tại hội nghị, …": the
            # awards were handed out at the conference reported
            first.data["kind"] = kind
            kinds = {kind}
            continue
        if first is not None and (
            kind in kinds
            # (a named activity held on the same occasion is one: "Nhân dịp này, … gặp mặt")
            or (kind == "other" and not (_occasion(stext, 0, len(stext)) and _specific(stext)))
            or named & kinds
            or _SAME_EVENT.get(kind, set()) & kinds
        ):
            continue  # "Tại hội nghị, …", "kết luận cuộc họp": the event already reported
        if first is not None and first.data["kind"] == "other" and _JOINS.search(stext):
            # "… vừa tổ chức tổng kết công tác năm 2019" then "Ông A đã tham gia hội nghị":
            # the activity reported first, named by its head noun
            first.data["kind"] = kind
            kinds.add(kind)
            continue
        if first is not None and len(_COUNTS.findall(stext)) >= 2:
            continue  # "… giám sát giải quyết 494 đơn thư, hòa giải 464 vụ việc": a tally
        kinds.add(kind)
        span = doc.add(
            Span(
                sent.start,
                sent.end,
                "event",
                "",
                "undated",
                {"kind": kind, "date_start": sent.start},
            )
        )
        first = first or span
    if first is not None and kinds == {"conference"}:
        # "Tại Hội nghị này, …" then "Thông qua, lớp tập huấn đã …": the one conference
        # reported was a training, as a "Hội nghị tập huấn" is
        for m in _TRAINING_CLASS.finditer(text, first.end, body_end):
            if not _FUTURE.search(text[doc.sentence_of(m.start()).start : m.start()]):
                first.data["kind"] = "training"
                break
    return first


#: "lớp tập huấn", "khóa bồi dưỡng": the class a training is
_TRAINING_CLASS = re.compile(
    r"(?<![\w])(?:lớp|khóa|khoá)\s+(?:tập huấn|bồi dưỡng)(?![\w])", re.IGNORECASE
)


#: "… được tổ chức tại Đà Nẵng vào cuối tháng 12/2003", "… diễn ra trong tháng 9/2023": held
#: in a month, no day given
_HELD_IN_MONTH = re.compile(
    r"(?<![\w])(?:tổ chức|diễn ra|khai mạc)(?![\w])[^;:]{0,80}?(?<![\w])(?:vào|trong)\s+"
    r"(?:(?:cuối|đầu|giữa)\s+)?$",
    re.IGNORECASE,
)
#: "Trong tháng 9/2023 (vừa qua), Sở … đã tổ chức …": the month leads the sentence
_MONTH_LEAD = re.compile(r"\W*(?:trong|vào)\s+(?:(?:cuối|đầu|giữa)\s+)?$", re.IGNORECASE)
_HELD_AFTER_MONTH = re.compile(
    r"(?:\s+vừa qua)?\s*,\s*[^.;:]{0,100}?(?<![\w])(?:đã\s+)?(?:tổ chức|diễn ra|khai mạc)"
    # "tổ chức 05 hội nghị", "tổ chức nhiều buổi": a month's tally, not one activity
    r"(?!\s+(?:được\s+)?(?:\d|các|nhiều|những|hàng|một số|\w+\s+(?:cuộc|buổi|lớp|đợt)\b))",
    re.IGNORECASE,
)
#: "… diễn ra trong tháng 9", no year: the page's year when its date line gives one
_BARE_MONTH = re.compile(
    r"(?<![\w])tháng\s+(?P<m>0?[1-9]|1[0-2])(?![\d/\-]|\.\d|\s+năm)", re.IGNORECASE
)


def _month_dates(doc: Doc, body_start: int, body_end: int) -> list[tuple[int, int, str]]:
    """(start, end, ``YYYY-MM``) of every month the body names: with its year, or a bare
    ``tháng 9`` taking the year of the page's date (the latest such month not after it)."""
    out = [
        (d.start, d.end, d.name)
        for d in doc.by_label("date")
        if len(d.name) == 7 and d.name[:1] != "-" and body_start <= d.start < body_end
    ]
    ref = doc.published or doc.meta.get("dateline")
    if ref and len(ref) >= 7:
        taken = [(a, b) for a, b, _ in out] + [(d.start, d.end) for d in doc.by_label("date")]
        for m in _BARE_MONTH.finditer(doc.text, body_start, body_end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            month = int(m["m"])
            year = int(ref[:4]) - (month > int(ref[5:7]))
            out.append((m.start(), m.end(), f"{year:04d}-{month:02d}"))
    return sorted(out)


def _month_events(doc: Doc, used: set[int], body_start: int, body_end: int) -> None:
    """An activity the text says was held in a month (``Hội nghị … được tổ chức … vào cuối
    tháng 12/2003``, ``Trong tháng 9/2023 vừa qua, Sở … đã tổ chức …``) and in no day: one
    event dated ``YYYY-MM``."""
    text = doc.text
    for start, end, month in _month_dates(doc, body_start, body_end):
        sent = doc.sentence_of(start)
        if sent.start in used:
            continue
        if not (
            _HELD_IN_MONTH.search(text, sent.start, start)
            or (
                _MONTH_LEAD.match(text, sent.start, start)
                and _HELD_AFTER_MONTH.match(text, end, sent.end)
            )
        ):
            continue
        stext = text[sent.start : sent.end]
        if _FUTURE.search(stext) or not any(
            c.search(stext) for c, _, p in lexicon().event_cues if p < 12
        ):
            continue
        used.add(sent.start)
        kind = classify(stext)
        doc.add(
            Span(
                sent.start,
                sent.end,
                "event",
                month,
                "month",
                {"kind": kind, "date_start": start},
            )
        )


#: "(Nhân) dịp này, Sở (cũng) tổ chức Hội thao …": another activity held on the same occasion
_OCCASION_HELD = re.compile(
    r"[\W\d]*(?:"
    # "Nhân dịp này", "Cũng trong dịp này", "Trong khuôn khổ chương trình"
    r"(?P<dip>(?:[Cc]ũng\s+)?(?:(?:[Nn]hân|[Tt]rong|[Vv]ào)\s+)?(?:dịp|[Dd]ịp) này)"
    # "Bên lề Hội nghị", "Sau Hội thảo", "Kết thúc buổi làm việc", "Sau khi kết thúc Lễ …"
    r"|(?:[Bb]ên lề|(?:[Nn]gay\s+)?[Ss]au(?:\s+khi)?(?:\s+kết thúc)?|[Kk]ết thúc)\s+"
    rf"(?:buổi\s+|phần\s+|chương trình\s+)?(?:{_HEADS}|"
    r"(?i:hội nghị|hội thảo|tọa đàm|hội thi|lễ|buổi lễ|làm việc))"
    r"[^.;:,]{0,80}"
    r"),?\s+[^.;:]{0,80}?(?<![\w])(?:cũng\s+)?(?:đã\s+)?"
    # what is held: "tổ chức …", or a visit, a gift, an offering ("đến thăm và tặng quà …")
    r"(?P<v>tổ chức|(?:đến\s+|tới\s+)?thăm(?:\s+hỏi)?|tặng quà|trao quà|dâng hương|dâng hoa)"
    r"(?![\w])"
)


def _occasion(text: str, start: int, end: int) -> re.Match[str] | None:
    """The lead of a sentence that goes on to another activity of the occasion (``Sau hội
    nghị, Đoàn đã đến thăm …``, ``Nhân dịp này, Sở tổ chức …``); on ``dịp này`` only a
    ``tổ chức`` (``Dịp này, đoàn đến thăm, tặng quà …`` is the visit reported)."""
    m = _OCCASION_HELD.match(text, start, end)
    if m is not None and m["dip"] and m["v"] != "tổ chức":
        return None
    return m


def _specific(sentence: str) -> bool:
    """A named activity of kind ``other`` (``hội thao``, ``hội thi``, ``gặp mặt``, ``trao
    quà``), not a bare ``tổ chức`` or ``tổng kết``."""
    plain = _NOT_CUES.sub(" ", sentence)
    return any(c.search(plain) for c, k, p in lexicon().event_cues if k == "other" and p <= 7)


def _same_day_events(doc: Doc, used: set[int], body_start: int, body_end: int) -> list[Span]:
    """``Chiều cùng ngày, … tiếp và làm việc với …``: another activity on the day of the
    event before it, when it is of another kind (a meeting after a conference)."""
    out: list[Span] = []
    text = doc.text
    for start, end in _pieces(doc, used, body_start, body_end):
        occasion = _occasion(text, start, end)
        if not _SAME_DAY.match(text, start) and occasion is None:
            continue
        before = [e for e in doc.by_label("event") if e.start < start]
        if not before:
            continue
        stext = text[start:end]
        # "Sau buổi tọa đàm, … tổ chức thi đấu …": what is held, not the occasion, is the kind
        held = text[occasion.start("v") : end] if occasion is not None else stext
        kind = classify(held)
        if kind == "other" and occasion is not None and _specific(held):
            pass  # "Nhân dịp này, Viện tổ chức Hội thao …": an activity of its own
        elif kind == "other" or not _acts(stext):
            continue
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


_PASSIVE_SIGNED = re.compile(r"(?<![\w])(?:đã\s+)?được\s+(?:\w+\s+){0,3}ký(?![\w])", re.IGNORECASE)
_SIGNED = re.compile(
    r"(?<![\w])(?:đã|cùng|chính thức|thống nhất)\s+(?:\w+\s+){0,2}ký(?![\w])", re.IGNORECASE
)
#: a signing done at a conference or ceremony reported already ("Hội nghị đã ký kết …")
_AT_HELD = re.compile(r"(?<![\w])(?:hội nghị|hội thảo|tọa đàm|đại hội|lễ)(?![\w])", re.IGNORECASE)


def _later_signings(doc: Doc, used: set[int], body_start: int, body_end: int) -> None:
    """``Cuối chuyến thăm, hai Thứ trưởng đã ký thỏa thuận …`` after a dated visit: a signing
    the report goes on to (no date of its own), on the latest day named before it."""
    text = doc.text
    days = [d for d in doc.by_label("date") if _is_day(d.name) and body_start <= d.start]
    for sent in doc.sentences:
        if not (body_start <= sent.start < body_end) or sent.start in used:
            continue
        stext = text[sent.start : sent.end]
        if not _SIGNED.search(stext) or _FUTURE.search(stext) or classify(stext) != "signing":
            continue  # (the cheap tests first: most sentences sign nothing)
        if _PASSIVE_SIGNED.search(stext):
            continue  # "… Dự án đã được ký kết giữa Bộ và Tổ chức X": a document cited
        if _AT_HELD.search(stext):
            continue  # "Tại hội nghị, lãnh đạo 05 Sở đã ký kết giao ước": the same event
        if _CAPTION.search(stext) or any(
            sent.start <= d.start < sent.end
            and not _DOC_BEFORE.search(text[max(sent.start, d.start - 80) : d.start])
            for d in days
        ):
            continue  # a day of its own (not a cited document's): the dated pass saw it
        events = doc.by_label("event")
        # the latest day before it that is a reported event's, or inside one's range
        before = [
            d
            for d in days
            if d.end <= sent.start
            and any(
                e.name == d.name
                or (e.data.get("range_end") and e.name <= d.name <= e.data["range_end"])
                for e in events
            )
        ]
        if not before:
            continue
        day = before[-1].name
        if any(e.name == day and e.data.get("kind") == "signing" for e in events):
            continue
        used.add(sent.start)
        doc.add(Span(sent.start, sent.end, "event", day, "later-signing", {"kind": "signing"}))
