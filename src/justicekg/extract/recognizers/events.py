"""Events: a day-precise date in a body sentence that reports an activity.

The kind comes from cue words (``data/gazetteers/event_cues.tsv``): the cue with the best
priority in the sentence (``ký kết`` → signing beats ``hội nghị`` → conference); sentences
without a cue fall back on the title. Dates in parentheses (anniversaries), of documents
(``Quyết định số … ngày``) and after the publication date are not events, except a day in
parentheses that dates the report (``Sáng nay (14/3)``, ``Sở Tư pháp (14/3) tổ chức``); a range
(``ngày 20 và 21/8``) is one event on its first day, and a later day inside it reports the same
event. One event per date, plus a same-day activity
of another kind (``Chiều cùng ngày, … làm việc``); an undated lead (``Vừa qua, …``) before the
dated events takes the page's date. Sentences that only issue a document (``ban hành``) are not
events. What makes a sentence report, plan or cite an activity is in :mod:`.event_signals`;
checks on the day itself (in parentheses, a period, a document issued first, a day something
was done by) in :mod:`.event_day_checks`; the events without a day of their own (undated
reports, a headline's activity) in :mod:`.event_undated`, same-day and same-occasion activities
in :mod:`.event_same_day`, month-dated ones in :mod:`.event_months`, later signings in
:mod:`.event_signings`; which day a sentence reports when the page dated others (a caption's
yearless day, another activity on a day written again, ``Hôm qua``) in :mod:`.event_days`.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.event_announced import (
    announced_day,
    day_ahead,
    is_briefing,
    mark_announced,
    not_reported,
)
from justicekg.extract.recognizers.event_background import background_day
from justicekg.extract.recognizers.event_day_checks import (
    delivered_on,
    done_by,
    in_parens,
    is_period,
    issued_first,
    opening_day,
    own_days,
    reported_day,
)
from justicekg.extract.recognizers.event_days import (
    another_on_the_day,
    continues_recent,
    is_caption,
    known_year,
    subject_before,
    yesterday_of,
)
from justicekg.extract.recognizers.event_headline import headline_event
from justicekg.extract.recognizers.event_heads import held_other_head, visit_trip
from justicekg.extract.recognizers.event_history import latest_day
from justicekg.extract.recognizers.event_kinds import (
    EVENT_HEADS,
    anniversary_only,
    body_named,
    classify,
    handover_only,
    has_own_head,
    held_clause,
    is_requested,
    named_later,
    without_non_cues,
)
from justicekg.extract.recognizers.event_months import month_events
from justicekg.extract.recognizers.event_rounds import round_of
from justicekg.extract.recognizers.event_same_day import same_day_events
from justicekg.extract.recognizers.event_sent_documents import sent_about
from justicekg.extract.recognizers.event_signals import (
    CITES_DOC,
    DOC_BEFORE,
    FUTURE,
    INVITED,
    ISSUES,
    LAW_PASSED,
    VOTED,
    cited_clause_end,
    dates_a_law,
    has_activity,
    is_day,
)
from justicekg.extract.recognizers.event_signings import later_signings
from justicekg.extract.recognizers.event_undated import undated_event
from justicekg.extract.recognizers.event_undated_dates import held_year
from justicekg.extract.recognizers.event_visits import care_visit

#: a schedule page's heading line ("LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ", "Lịch làm việc …")
_SCHEDULE = re.compile(r"(?:^|\n)\s*(?:lịch công tác|lịch làm việc)(?![\w])", re.IGNORECASE)
#: a day this many years before the page's date is history the page recalls, not an event it
#: reports
_HISTORY = 5
#: a document named by its year, then a comma: the day after it is the report's, not its own
_YEAR_NAMED = re.compile(r"năm\s+(?:19|20)\d\d\s*,\s*(?:(?:vào\s+)?ngày\s*)?$")
#: a question-and-answer page ("PV: Thưa ông …", "Phóng viên: …", "Hỏi: …"): an interview or
#: a reader's question, with no activity reported on no day of its own
_QA = re.compile(r"(?:^|\n)[ \t]*(?:PV|P\.V|Phóng viên|Hỏi)[ \t]*:", re.IGNORECASE)
#: how far after a law's passage ("… thông qua tại kỳ họp thứ 5") a day is the day it passed
_PASSED_REACH = 40
#: how far into its sentence a day still leads it ("Sáng ngày 2/9/1970, …")
_LEAD_REACH = 20
#: the opening parenthesis of a report's own day: "(", "(Ngày ", "(Sáng ngày "
_OPENING_PAREN = re.compile(r"\(\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s*)?", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"(?<![\w])(?:sáng|chiều|tối|trưa)\s+(?:ngày\s*)?$", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?<![\w])(?:(sáng nay|chiều nay|tối nay|trưa nay|hôm nay)|"
    r"(hôm qua|sáng qua|chiều qua|tối qua)|vừa qua|mới đây|vừa diễn ra)"
    r"(?![\w])",
    re.IGNORECASE,
)
#: "năm vừa qua", "thời gian vừa qua", "6 tháng vừa qua": a period, not "lately"
_PERIOD_PAST = re.compile(
    r"(?<![\w])(?:năm|quý|tháng|tuần|thời gian|nhiệm kỳ|giai đoạn|những ngày)\s+$", re.IGNORECASE
)
#: "Sáng nay (14/3),", "Hôm nay, …": the day adverb opens the report or stands apart
_TODAY_ADVERB = re.compile(r"\s*[,(–-]")
_PLAN = re.compile(
    r"(?:sẽ|dự kiến|kế hoạch|đến hết|trước ngày|trước|chậm nhất(?: là)?|hạn chót|từ ngày|từ|"
    r"đến ngày|đến|kể từ ngày|"
    r"tính đến ngày|tính đến|thời hạn|giai đoạn|thời kỳ|"
    # "Hạn chót nộp hồ sơ là ngày 30/6": a day named as a predicate, not one reported
    r"là(?:\s+vào)?(?:\s+ngày)?)\s*$",
    re.IGNORECASE,
)


#: a day written in a document reference (not a document number such as "04/2008/QĐ-BTP")
_DATED = re.compile(
    r"(?<![\d/.\-])\d{1,2}\s?[/.\-]\s?\d{1,2}(?![\d])|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}",
    re.IGNORECASE,
)
#: "là ngày 19/7 hằng năm": a day that recurs every year
#: a campaign's span, not an event: "Tháng hành động … từ 1/11 đến 30/11/2021"
_CAMPAIGN_BEFORE = re.compile(
    r"(?<![\w])(?:[Tt]háng|[Tt]uần|[Đđ]ợt|[Nn]gày)\s+(?:cao điểm|hành động|thi đua)"
    r"[^.;]{0,70}$"
)
#: "Trong khuôn khổ chuyến thăm và làm việc tại Việt Nam từ ngày 20 đến 24/9/2009, …": a visit's
#: span framing the day of one of its activities given after it
_VISIT_BEFORE = re.compile(
    r"(?<![\w])(?:chuyến (?:thăm|công tác|làm việc)|khuôn khổ|đợt công tác)(?![\w])[^.;]{0,70}$",
    re.IGNORECASE,
)
#: "ngày 28/10/2019 của UBND huyện", "ngày 5/3 của Bộ trưởng": the day of an issuer's document
_OF_ISSUER = re.compile(
    r"\s*của\s+(?:UBND|Ủy ban|HĐND|Hội đồng|Bộ|Sở|Chính phủ|Thủ tướng|Ban|Tỉnh ủy|Thành ủy|"
    r"Huyện ủy|Tòa án|TAND|Viện|VKSND|Cục|Tổng cục|Chủ tịch|Quốc hội|Văn phòng|Giám đốc)(?![\w])"
)
#: the day something was launched, founded or passed, in a participle ("Được phát động vào
#: ngày 7/3, phong trào …", "được thành lập ngày 1/10/1993"): background, not an event held
_DONE_TO = re.compile(
    r"(?<![\w])(?:được|đã được)\s+(?:phát động|thành lập|ban hành|phê duyệt|thông qua|"
    r"công nhận|ký)\s+(?:vào\s+)?(?:ngày\s*)?$"
    # "… được Quốc hội thông qua tại Kỳ họp thứ 9 ngày 24/6/2025": the body between, the
    # session after
    r"|(?<![\w])được\s+(?:[^\s,.;]+\s+){1,3}?(?:thông qua|ban hành|phê duyệt|ký ban hành)"
    r"(?:\s+tại\s+[^,.;]{0,40}?)?\s+(?:vào\s+)?(?:ngày\s*)?$",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"\s*(?:hằng|hàng)\s+năm(?![\w])", re.IGNORECASE)
_HELD_VERB = re.compile(r"(?<![\w])(?:tổ chức|diễn ra|khai mạc|vào)(?![\w])", re.IGNORECASE)
#: "kỷ niệm 60 năm ngày … ra lời kêu gọi … ngày 11/6/1948": the day an anniversary recalls
_ANNIVERSARY_BEFORE = re.compile(
    r"(?<![\w])(?:kỷ niệm\s+\d+\s+năm|ngày thành lập)[^,;.()]{0,80}$", re.IGNORECASE
)
#: "Đến ngày 10/5, Chi cục tổ chức cưỡng chế": a sentence-initial "then on", not a deadline
#: ("Từ ngày 12/6, Sở tổ chức lớp tập huấn …": the first day of an activity, not a period's
#: start: the day is followed by its comma, not by "đến …")
_THEN_ON = re.compile(r"^\s*(?:Đến|Tới|Sau đó,?\s+đến|Từ)\s+(?:ngày\s+)?$")
#: "… tổ chức Lễ kỷ niệm … và Đại hội …": a second named activity joined by "và"
_SECOND_EVENT = re.compile(
    rf"\s(?:(?:và|đồng thời)\s+(?:tổ chức\s+)?|(?:tiếp tục|tổ chức)\s+(?:(?i:chương trình)\s+)?)"
    rf"({EVENT_HEADS})(?![\w])"
)
#: "đã tổ chức 10 hội nghị", "thi hành xong 120 việc": a tally over a span, no one activity
_COUNT_IN = re.compile(
    r"(?<![\w.,/])\d[\d.]*\s+(?:hội nghị|lớp|cuộc|buổi|việc|vụ|đợt|lượt)(?![\w])"
)
#: an earlier edition of the activity the page reports, recalled
_PRIOR = re.compile(
    r"(?<![\w])(?:(?:lần|kỳ|năm|đợt)\s+trước|năm ngoái|lần thứ nhất|lần đầu tiên)(?![\w])",
    re.IGNORECASE,
)


def _named_other(sentence: str) -> bool:
    """The sentence names an activity whose kind is ``other`` by a cue of its own
    (``tổ chức cưỡng chế``, ``mở phiên tòa``), not only a generic verb (``tổ chức``): the
    headline does not decide its kind."""
    return care_visit(sentence) or any(  # (a visit of care is "other" by its own words)
        k == "other" and p < 11 and c.search(without_non_cues(sentence))
        for c, k, p in lexicon().cues_in(sentence)
    )


_CLAUSE_END = re.compile(r"[,;:(]|\s(?:và|nhằm|để)\s")


@register("events")
class Events:
    """Event spans (label ``event``; ``name`` = ISO date; ``data["kind"]``)."""

    name = "events"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if _SCHEDULE.search(text, 0, 400):
            return doc  # "LỊCH CÔNG TÁC TUẦN …": a week's plan, nothing reported as held
        body_start = doc.meta.get("body_start", 0)
        body_end = doc.meta.get("body_end", len(text))
        published = doc.published or doc.meta.get("dateline")
        # with no date line, the page is no older than the latest whole day it writes
        # ("Ngày 28/8/1945, …" on a history page that goes on to 2013): the floor for history
        floor = published or latest_day(doc)
        seen: dict[str, Span] = {}
        used_sentences: set[int] = set()
        issued: set[int] = set()
        briefing: str | None = None  # the day of a press briefing the page reports
        for d in doc.by_label("date"):
            if not is_day(d.name) or not (body_start <= d.start < body_end):
                continue
            if doc.covered(d.start, d.end, ("dateline",)):
                continue
            if day_ahead(doc, d, published):
                continue  # after the page's date, or written elsewhere with a later year
            if floor and d.name[:1] != "-" and int(d.name[:4]) < int(floor[:4]) - _HISTORY:
                old = doc.sentence_of(d.start)
                if d.start - old.start <= _LEAD_REACH:  # "Ngày 2/9/1970, …" leads: all history
                    issued.add(old.start)  # (nor an undated event there)
                continue  # "Ngày 28/8/1945, Chính phủ lâm thời …" on a 2024 page: history
            sent = doc.sentence_of(d.start)
            rounds = round_of(doc, d, body_start)  # "…, đợt một vào ngày 4/10 tại xã A; …"
            if rounds == "payment":
                continue  # "chi trả làm hai đợt, đợt 1 vào ngày …": a payment's day, none held
            in_round = rounds == "activity"
            if sent.start in used_sentences and not in_round:
                continue
            stext = text[sent.start : sent.end]
            before = text[max(sent.start, d.start - 80) : d.start]
            # "… Luật Luật sư năm 2006, sáng ngày 07/5/2024, Cục …": a time of day starts a
            # report's day, never a document's
            doc_m = None if _TIME_OF_DAY.search(before) else DOC_BEFORE.search(before)
            if doc_m is not None and _YEAR_NAMED.search(doc_m.group(0)):
                doc_m = None  # "Thực hiện Kế hoạch công tác năm 2019, ngày 02/4/2019, …"
            while doc_m is not None and (dated := _DATED.search(doc_m.group(0))) is not None:
                # "Kế hoạch số 12 ngày 05/3/2024 của Sở, ngày 14/3, …": dated already; but the
                # next document of a list may own this day ("Kết luận số 1 ngày 2/3, Kết luận
                # số 5 ngày 14/3")
                doc_m = DOC_BEFORE.search(before, doc_m.start() + dated.end())
            if cited_clause_end(stext) > d.start - sent.start:
                continue  # "Thực hiện Kết luận của A tại buổi làm việc ngày 5/3, Sở đã …"
            if (
                doc_m is not None
                or (
                    in_parens(text, d.start, sent.start)
                    and not in_round
                    and not reported_day(text, d)
                    and not opening_day(text, sent.start, d)
                    # "(12/6/2024) Sở Tư pháp tổ chức …", "(Ngày 12/6/2024) …": a day that
                    # opens the report
                    and _OPENING_PAREN.fullmatch(text[sent.start : d.start].strip()) is None
                    and not own_days(text, d, sent.start)
                )
            ):
                continue
            recalled = _ANNIVERSARY_BEFORE.search(text[max(sent.start, d.start - 120) : d.start])
            if recalled is not None and not _HELD_VERB.search(recalled.group(0)):
                continue  # "… kỷ niệm 60 năm ngày … ngày 11/6/1948": the day recalled
            if _OF_ISSUER.match(text, d.end):
                continue  # "… 28/10/2019 của UBND huyện về tổ chức Hội nghị …": a document's day
            if _DONE_TO.search(text, max(sent.start, d.start - 90), d.start):
                issued.add(sent.start)  # (nor an undated event: the day says what it was)
                continue  # "Được phát động vào ngày 7/3/2024, phong trào …": background
            if background_day(text, sent.start, d.start, d.end):
                issued.add(sent.start)  # "… vừa từ trần vào ngày 30/3/2025": no event there
                continue
            if _YEARLY.match(text, d.end) or issued_first(text, d.end):
                issued.add(sent.start)  # "Ngày 5/9, Sở nhận được văn bản …": no event there
                continue
            window = text[max(sent.start, d.start - 24) : d.start]
            if d.data.get("range"):
                # "Từ ngày 20 đến 22/6/2023, … tổ chức lớp tập huấn": a multi-day event
                if FUTURE.search(window) or is_period(d.name, d.data.get("range_end")):
                    issued.add(sent.start)
                    continue  # "từ 01/10/2005 đến 31/3/2007": a period looked back on
                if _CAMPAIGN_BEFORE.search(text, max(sent.start, d.start - 90), d.start):
                    issued.add(sent.start)
                    continue  # "Trong Tháng hành động … từ 1/11 đến 30/11": a campaign
                if _VISIT_BEFORE.search(text, max(sent.start, d.start - 90), d.start) and any(
                    d.name <= e.name <= d.data.get("range_end", d.name)
                    for e in doc.by_label("date")
                    if d.end < e.start < sent.end and not e.data.get("range")
                ):
                    continue  # "Trong khuôn khổ chuyến thăm từ ngày 20 đến 24/9, … vào ngày 21/9"
            elif (
                _PLAN.search(window)
                and not (
                    _THEN_ON.match(text[sent.start : d.start])
                    and not FUTURE.search(stext)
                    and not (stext.lstrip()[:2] == "Từ" and not text.startswith(",", d.end))
                    and not _COUNT_IN.search(stext)
                    # (a cue that names a topic or a name is none: "Từ ngày 1/7, … áp dụng
                    # quy định mới liên quan đến tiếp công dân" starts a period)
                    and any(
                        c.search(without_non_cues(stext))
                        for c, _, _p in lexicon().cues_in(stext, strong=True)
                    )
                )
                and not done_by(text, window, d.end, sent.end)
            ):
                continue
            if (
                # a later day on a press briefing's page: the event it announced
                (briefing is not None and not published and d.name > briefing)
                or announced_day(text, sent.start, sent.end, d)
            ):
                # who the sentence names is invited to it, not at an event reported
                mark_announced(doc, sent.start)
                continue
            strong_at = [
                m.start()
                for c, k, _p in lexicon().cues_in(stext, strong=True)
                for m in c.finditer(stext)
                if not (k == "inspection" and body_named(stext, m))  # "Cục Kiểm tra văn bản"
                and not INVITED.search(stext, 0, m.start())
            ]
            if strong_at and all(is_requested(stext, at) for at in strong_at):
                continue  # "… yêu cầu Sở tổ chức hội nghị …": asked for, not held
            if strong_at and sent_about(stext, d.start - sent.start, strong_at):
                continue  # "… đã ký văn bản gửi các sở đôn đốc thực hiện kiểm tra …": its content
            strong = bool(strong_at)
            if (
                not strong
                and not in_round
                and (not has_activity(stext) or ISSUES.search(stext) or INVITED.search(stext))
            ):
                continue  # "UBND tỉnh ban hành Kế hoạch triển khai …": a document, no event
            passed = next(
                (
                    p
                    for p in LAW_PASSED.finditer(stext)
                    if p.start() <= d.start - sent.start <= p.end() + _PASSED_REACH
                ),
                None,
            )
            if passed is not None:
                continue  # "Luật … được Quốc hội thông qua tại kỳ họp thứ 5 ngày 18/1": a law's day
            if dates_a_law(text, d.end, sent.end):
                continue  # "Ngày 20/6/2012, tại kỳ họp thứ 3, Quốc hội đã thông qua Luật …"
            if seen and d.name < min(seen) and _PRIOR.search(stext):
                continue  # "Hội nghị lần trước được tổ chức vào ngày 15/6/2023": recalled
            used_sentences.add(sent.start)
            day = known_year(d.name, seen)
            if day in seen:
                again = another_on_the_day(stext, d.start - sent.start, seen[day])
                if again is not None:  # "Chiều 15/1, Đoàn … làm việc với …" after a conference
                    doc.add(Span(sent.start, sent.end, "event", day, "same-date", {"kind": again}))
                continue  # "… 21-22/11/2023 …" then a caption's "ngày 22/11": the same event
            if any(
                e.data.get("range_end") and e.name < day <= e.data["range_end"]
                for e in seen.values()
            ):
                continue  # "Trong hai ngày 18 và 19/5 …" then "Ngày 19/5, Đoàn …": the same event
            if continues_recent(stext, day, [(e.name, e.data["kind"]) for e in seen.values()]):
                # "Ngày 13/6, lớp tập huấn tiếp tục …", "Ngày 14/6, Hội thi bế mạc …": a later
                # day of the event reported, which takes its first day
                continue
            # "… tổ chức Lễ … và Đại hội …", "sau khi tổ chức Lễ A, … tiếp tục Chương trình
            # Hội nghị B": two head nouns, two events
            second = next(
                (m for m in _SECOND_EVENT.finditer(stext) if has_own_head(stext, m.start())),
                None,
            )
            if second is not None and CITES_DOC.match(stext):
                second = None  # the heads before are named by the plan the sentence cites
            at, upto = d.start - sent.start, d.end - sent.start
            if second is not None and second.start() > upto and has_own_head(stext, at):
                # "… phát biểu chỉ đạo Hội nghị A … ngày 08/01/2026, Viện tổ chức Hội nghị tập
                # huấn …" (a caption run into the lead): the day's clause holds one activity
                stext, second = " " * at + stext[at:], None  # (offsets kept)
            if second is not None:
                stext = stext[: second.start()]
            kind = classify(stext, doc.title if not seen else None)
            if CITES_DOC.match(stext) or cited_clause_end(stext) >= 0:
                # "Thực hiện Kế hoạch … về tổ chức Lễ kỷ niệm …, ngày 19/5, Phòng … tổ chức Hội
                # nghị …": the plan cited names other activities than the one held (as do the
                # conclusions of a working session cited: "Thực hiện Kết luận tại buổi làm
                # việc, ngày 5/6, Sở tổ chức kiểm tra …")
                held = classify(stext[d.start - sent.start :])
                kind = held if held != "other" else kind
            own = held_clause(stext, d.start - sent.start, d.end - sent.start)
            if own is not None:
                kind = classify(own)
            if kind == "other" and doc.title and not _named_other(stext):
                kind = classify(doc.title) if not seen else kind
            if (kind == "other" and not care_visit(stext) and not held_other_head(stext)) or (
                kind == "ceremony" and (handover_only(stext) or anniversary_only(stext))
            ):
                # "… trao Bằng khen …" then "… tại hội nghị": handed out at a conference
                later = named_later(text, sent.end, body_end)
                kind = later if later and (kind == "other" or later == "conference") else kind
            if kind == "meeting" and d.data.get("range_end") and visit_trip(stext):
                kind = "other"  # "chuyến thăm và làm việc tại … từ ngày 8-12/10": a trip
            if kind == "meeting" and briefing is None and is_briefing(stext):
                briefing = d.name
            seen[d.name] = doc.add(
                Span(
                    sent.start,
                    sent.end,
                    "event",
                    d.name,
                    "date-sentence",
                    {"kind": kind, "date_start": d.start, "range_end": d.data.get("range_end")},
                )
            )
            if second is not None:
                s2 = sent.start + second.start(1)
                other = classify(_CLAUSE_END.split(text[s2 : sent.end], 1)[0])
                if other != kind:
                    doc.add(
                        Span(
                            s2,
                            sent.end,
                            "event",
                            d.name,
                            "second-activity",
                            {"kind": other, "date_start": s2},
                        )
                    )
        month_events(doc, used_sentences, body_start, body_end)
        same_day_events(doc, used_sentences, body_start, body_end)
        if seen:
            later_signings(doc, used_sentences, body_start, body_end)
        first_dated = min((e.start for e in seen.values()), default=body_end)
        qa = _QA.search(text, 0, body_end) is not None
        if (not seen or first_dated > body_start) and not qa:
            # undated reports: "Sáng nay, …" and "Vừa qua, …" take the page's date (none
            # without one). With dated events, only a lead sentence
            # before them reports another event ("Vừa qua, … Trước đó, ngày 06/5, …").
            for sent in doc.sentences:
                if not (body_start <= sent.start < body_end):
                    continue
                if seen and sent.start >= first_dated:
                    break
                if sent.start in used_sentences:
                    continue  # ("Trong tháng 9/2023 vừa qua, …": dated by its month)
                stext = text[sent.start : sent.end]
                rel = _RELATIVE.search(stext)
                if rel is None or FUTURE.search(stext):
                    continue
                if _PERIOD_PAST.search(stext, 0, rel.start()):
                    continue  # "Trong năm vừa qua, …": the period just ended, no day reported
                if (rel.group(1) or rel.group(2)) and not _TODAY_ADVERB.match(stext[rel.end() :]):
                    if not subject_before(stext[: rel.start()]):
                        continue  # "ngành Tư pháp hôm nay": today's sector, no day reported
                kind = classify(stext)
                if kind == "other" and not has_activity(stext) and not VOTED.search(stext):
                    continue
                # "Sáng nay": the page's date; "Vừa qua", "Mới đây": some day before it (null)
                date = (delivered_on(text, sent.start) or published) if rel.group(1) else None
                if rel.group(2):  # "Hôm qua, …" on a page dated 16/01/2024: 15/01/2024
                    date = yesterday_of(published)
                if date is None:  # "Vừa qua, … tập huấn … đợt 1/2024": the year it was held
                    date = held_year(stext, published) or None
                if seen and date in seen:
                    break
                if date is None and any(
                    e.data["kind"] == kind and is_caption(text[e.start : e.end])
                    for e in seen.values()
                ):
                    break  # "Vừa qua, … Hội nghị …" + "Quang cảnh Hội nghị ngày 15/1/2024"
                doc.add(
                    Span(
                        sent.start,
                        sent.end,
                        "event",
                        date or "",
                        "relative",
                        {"kind": kind, "date_start": sent.start + rel.start()},
                    )
                )
                if not seen:  # "Vừa qua, … Hội nghị …" then "Cũng trong dịp này, … gặp mặt …"
                    same_day_events(doc, used_sentences | {sent.start}, body_start, body_end)
                break
        if not doc.by_label("event") and not qa:
            # (on a page that only announces, only what it says was done)
            skip = issued | not_reported(doc, body_start, body_end)
            lead = undated_event(doc, body_start, body_end, skip)
            if lead is None:  # "LỄ KỶ NIỆM …" over "Tham dự có ông …"
                lead = headline_event(doc, body_start, body_end)
            if lead is not None:  # "Cùng ngày, … dự buổi công bố …": the same undated day
                reported = {e.start for e in doc.by_label("event")}
                same_day_events(doc, reported, body_start, body_end)
        return doc
