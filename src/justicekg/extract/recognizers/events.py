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
events.
"""

from __future__ import annotations

import re
from collections.abc import Set
from datetime import date

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.event_kinds import (
    _HEADS,
    _NOT_CUES,
    _has_own_head,
    _held_clause,
    _named_later,
    _requested,
    classify,
)

#: a day this many years before the page's date is history the page recalls, not an event it
#: reports
_HISTORY = 5
#: "Tập trung kiểm tra sâu vào …", "Tiếp tục đẩy mạnh …": a sentence of a plan or a directive
#: opens on its verb, a report on its subject or its time
_DIRECTIVE = re.compile(
    r"\W*(?:Tập trung|Tiếp tục|Đẩy mạnh|Tăng cường|Chú trọng|Phấn đấu|Bảo đảm|Đảm bảo|"
    r"Khẩn trương|Kịp thời|Nội dung)\s"
)
#: "Hội nghị sơ kết … được triển khai thường niên": a recurring practice, not one held
_RECURRING = re.compile(
    r"(?<![\w])(?:thường niên|hằng năm|hàng năm|định kỳ)(?![\w])", re.IGNORECASE
)

#: a day of a document cited before it; the words that are also common nouns of prose
#: (``pháp luật``, ``báo cáo viên``, ``hướng dẫn``) name a document only capitalized, and
#: ``số`` only before a number (not ``dân tộc thiểu số huyện …``)
_DOC_BEFORE = re.compile(
    r"(?:(?i:Quyết định|Nghị quyết|Nghị định|Thông tư|Công văn|Chỉ thị)|"
    r"(?<![\w])(?i:số)\s*:?\s*\d\S*|"
    r"(?<![\w])(?:Kế hoạch|Luật|Báo cáo|Thông báo|Hướng dẫn|Văn bản)(?![\w]))"
    r"[^.;]{0,40}?(?:ngày|,)?\s*$"
)
_TIME_OF_DAY = re.compile(r"(?<![\w])(?:sáng|chiều|tối|trưa)\s+(?:ngày\s*)?$", re.IGNORECASE)
_ACTIVITY = re.compile(
    r"(?<![\w])(?:tổ chức|diễn ra|khai mạc|chủ trì|tham dự|dự|làm việc|đã có|tiến hành|"
    r"tham gia|phối hợp|thăm|kiểm tra|giám sát|ký kết|cưỡng chế|công bố|"
    # "về thăm", "đến làm việc": a visit (not "báo cáo về công tác", "đến năm 2030")
    r"(?:đến|về|tới)\s+(?:thăm|làm việc|dự|tham dự|kiểm tra|giám sát|khảo sát|chúc|trao|"
    r"tặng|tiếp|gặp|viếng|dâng)|"
    r"họp|tập huấn|tổng kết|triển khai|gặp mặt|tiếp|trao(?!\s+đổi)|chúc mừng|cử hành|viếng|"
    r"dâng hương|dâng hoa|thắp hương)(?![\w])",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?<![\w])(?:(sáng nay|chiều nay|tối nay|trưa nay|hôm nay)|vừa qua|mới đây|vừa diễn ra)"
    r"(?![\w])",
    re.IGNORECASE,
)
#: "Sáng nay (14/3),", "Hôm nay, …": the day adverb opens the report or stands apart
_TODAY_ADVERB = re.compile(r"\s*[,(–-]")
_FUTURE = re.compile(r"(?<![\w])(?:sẽ|dự kiến|sắp|thời gian tới)(?![\w])", re.IGNORECASE)
#: "Hội nghị … sẽ chính thức diễn ra", "Hoạt động sẽ diễn ra … (7-8/10)": the sentence's first
#: held verb is only announced, so its day is no event reported as held
_HELD_FIRST = re.compile(r"(?<![\w])(?:tổ chức|diễn ra|khai mạc)(?![\w])", re.IGNORECASE)
_WILL_BEFORE = re.compile(
    r"(?<![\w])(?:sẽ|dự kiến|sắp)(?:\s+(?:chính thức|được|sẽ)){0,2}\s+$", re.IGNORECASE
)
_WILL_NEAR = re.compile(r"(?<![\w])(?:sẽ|dự kiến|sắp)(?![\w])[^.;,()]{0,40}$", re.IGNORECASE)
_PLAN = re.compile(
    r"(?:sẽ|dự kiến|kế hoạch|đến hết|trước ngày|trước|chậm nhất(?: là)?|hạn chót|từ ngày|từ|"
    r"đến ngày|đến|kể từ ngày|"
    r"tính đến ngày|tính đến|thời hạn|giai đoạn|thời kỳ)\s*$",
    re.IGNORECASE,
)


#: a day written in a document reference (not a document number such as "04/2008/QĐ-BTP")
_DATED = re.compile(
    r"(?<![\d/.\-])\d{1,2}\s?[/.\-]\s?\d{1,2}(?![\d])|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}",
    re.IGNORECASE,
)
#: "Ngày 22/8/2017, Bộ trưởng đã ký ban hành …": the day of a document, not of an event
_ISSUED_AFTER = re.compile(
    r"[^.;:]{0,80}?(?<![\w])(?:ban hành|ký ban hành|ra Quyết(?:\s+định)?|ký Quyết(?:\s+định)?|"
    r"phê duyệt|"
    # "ngày 29/4, Bộ đã có Công văn số … hướng dẫn": a letter sent
    r"(?:có|gửi|ra)\s+(?:Công văn|Văn bản|Thông báo|Chỉ thị|Hướng dẫn)|"
    r"nhận được\s+(?:văn bản|công văn|đơn|thư|quyết định|thông báo|báo cáo))(?![\w])",
    re.IGNORECASE,
)
#: a held verb after the day, not one a plan names ("ban hành kế hoạch tổ chức Hội thi")
_HELD_AFTER = re.compile(
    r"[^.;]{0,80}?(?<![\w])(?<!hoạch )(?<!Kế hoạch )(?:tổ chức|diễn ra|khai mạc)(?![\w])",
    re.IGNORECASE,
)
#: "là ngày 19/7 hằng năm": a day that recurs every year
#: a campaign's span, not an event: "Tháng hành động … từ 1/11 đến 30/11/2021"
_CAMPAIGN_BEFORE = re.compile(
    r"(?<![\w])(?:[Tt]háng|[Tt]uần|[Đđ]ợt|[Nn]gày)\s+(?:cao điểm|hành động|thi đua)"
    r"[^.;]{0,70}$"
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
    r"công nhận|ký)\s+(?:vào\s+)?(?:ngày\s*)?$",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"\s*(?:hằng|hàng)\s+năm(?![\w])", re.IGNORECASE)
_HELD_VERB = re.compile(r"(?<![\w])(?:tổ chức|diễn ra|khai mạc|vào)(?![\w])", re.IGNORECASE)
#: "kỷ niệm 60 năm ngày … ra lời kêu gọi … ngày 11/6/1948": the day an anniversary recalls
_ANNIVERSARY_BEFORE = re.compile(
    r"(?<![\w])(?:kỷ niệm\s+\d+\s+năm|ngày thành lập)[^,;.()]{0,80}$", re.IGNORECASE
)
_ISSUES = re.compile(r"(?<![\w])(?:ban hành|phê duyệt|ký ban hành)(?![\w])", re.IGNORECASE)
#: "Đến ngày 10/5, Chi cục tổ chức cưỡng chế": a sentence-initial "then on", not a deadline
_THEN_ON = re.compile(r"^\s*(?:Đến|Tới|Sau đó,?\s+đến)\s+(?:ngày\s+)?$")
_CITES_DOC = re.compile(
    r"\W*(?:Thực hiện|Căn cứ|Theo)\s+(?:Kế hoạch|Công văn|Quyết định|Chỉ thị|Thông tư|"
    r"Nghị quyết|Văn bản|Hướng dẫn)(?![\w])"
)
#: "… tổ chức Lễ kỷ niệm … và Đại hội …": a second named activity joined by "và"
_SECOND_EVENT = re.compile(
    rf"\s(?:(?:và|đồng thời)\s+(?:tổ chức\s+)?|(?:tiếp tục|tổ chức)\s+(?:(?i:chương trình)\s+)?)"
    rf"({_HEADS})(?![\w])"
)
_CLAUSE_END = re.compile(r"[,;:(]|\s(?:và|nhằm|để)\s")
#: "… được trao tặng Giải thưởng", "… được Chủ tịch nước trao tặng Huân chương": an award
#: received, no ceremony reported
_PASSIVE = re.compile(r"(?<![\w])được(?:\s+[^\s,.;:]+){0,5}\s+$", re.IGNORECASE)
#: "… chụp ảnh cùng các đại biểu tại Đại hội …": a person placed at a named event
_AT_EVENT = re.compile(
    r"(?<![\w])tại\s+(?:hội nghị|hội thảo|tọa đàm|đại hội|buổi lễ|lễ|buổi làm việc|buổi họp|"
    r"(?:buổi|lớp|phiên|cuộc)\s+(?:kỷ niệm|gặp mặt|họp mặt|tập huấn|bồi dưỡng|tuyên truyền|"
    r"sinh hoạt|giao ban|kiểm tra|giám sát|làm việc|tiếp|hội đàm|ký kết|công bố|họp|"
    r"chất vấn|tọa đàm|trao))"
    r"(?![\w])",
    re.IGNORECASE,
)
#: "Toàn cảnh buổi Lễ.", "Toàn cảnh hội nghị": a caption that shows the activity held
_OVERVIEW = re.compile(
    r"\W*Toàn cảnh\s+(?:buổi\s+|cuộc\s+|phiên\s+)?(?:lễ|hội nghị|hội thảo|tọa đàm|hội đàm|"
    r"làm việc|họp|tập huấn|đại hội|hội thi)(?![\w])",
    re.IGNORECASE,
)
#: a photo caption describes a picture, not the report
_CAPTION = re.compile(r"\((?:Ảnh|ảnh)[^()]{0,40}\)|(?<![\w])Ảnh\s*:")
#: a cue named as a field of work ("khó khăn trong công tác cưỡng chế") reports no activity
_TOPIC_CUE = re.compile(
    r"(?:công tác|lĩnh vực|về việc|nghiệp vụ|việc|tăng cường|đẩy mạnh|nâng cao|"
    # "Kế hoạch kiểm tra", "Quy chế kiểm tra": a document's name
    r"kế hoạch|quy chế|nội dung|kết quả|lịch)\s+(?:tự\s+)?$",
    re.IGNORECASE,
)


#: "Ban Chỉ đạo có chức năng … cưỡng chế …": a body's duties, no activity reported
def _acts(sentence: str) -> bool:
    """True when the sentence has an activity verb that is not a topic named (``về việc phối
    hợp liên ngành``, ``công tác kiểm tra``).

    >>> _acts("Sở thống nhất thực hiện Quy định về việc phối hợp liên ngành"), _acts("Sở phối hợp")
    (False, True)
    """
    return any(
        not _TOPIC_CUE.search(sentence, max(0, m.start() - 16), m.start())
        for m in _ACTIVITY.finditer(sentence)
    )


#: "Ngành cần tích cực triển khai …, chú trọng tổng kết": what should be done, not what was
_SHOULD = re.compile(r"(?<![\w])cần(?![\w])[^.;:]*$", re.IGNORECASE)
_DUTIES = re.compile(
    r"(?<![\w])(?:có (?:chức năng|nhiệm vụ|trách nhiệm|thẩm quyền)|chịu trách nhiệm|"
    # "Quy chế gồm 3 chương, 28 điều, quy định …", "Thông tư này có hiệu lực từ …": a
    # document's content and force
    r"gồm\s+\d+\s+chương|có hiệu lực)(?![\w])",
    re.IGNORECASE,
)


@register("events")
class Events:
    """Event spans (label ``event``; ``name`` = ISO date; ``data["kind"]``)."""

    name = "events"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        body_start = doc.meta.get("body_start", 0)
        body_end = doc.meta.get("body_end", len(text))
        published = doc.published or doc.meta.get("dateline")
        seen: dict[str, Span] = {}
        used_sentences: set[int] = set()
        issued: set[int] = set()
        for d in doc.by_label("date"):
            if not _is_day(d.name) or not (body_start <= d.start < body_end):
                continue
            if doc.covered(d.start, d.end, ("dateline",)):
                continue
            if published and d.name[:1] != "-" and d.name[: len(published)] > published:
                continue
            if published and d.name[:1] != "-" and int(d.name[:4]) < int(published[:4]) - _HISTORY:
                continue  # "Ngày 28/8/1945, Chính phủ lâm thời …" on a 2024 page: history
            sent = doc.sentence_of(d.start)
            if sent.start in used_sentences:
                continue
            stext = text[sent.start : sent.end]
            before = text[max(sent.start, d.start - 80) : d.start]
            # "… Luật Luật sư năm 2006, sáng ngày 07/5/2024, Cục …": a time of day starts a
            # report's day, never a document's
            doc_m = None if _TIME_OF_DAY.search(before) else _DOC_BEFORE.search(before)
            while doc_m is not None and (dated := _DATED.search(doc_m.group(0))) is not None:
                # "Kế hoạch số 12 ngày 05/3/2024 của Sở, ngày 14/3, …": dated already; but the
                # next document of a list may own this day ("Kết luận số 1 ngày 2/3, Kết luận
                # số 5 ngày 14/3")
                doc_m = _DOC_BEFORE.search(before, doc_m.start() + dated.end())
            if doc_m is not None or (
                _in_parens(text, d.start, sent.start)
                and not _reported_day(text, d)
                and not _own_days(text, d, sent.start)
            ):
                continue
            recalled = _ANNIVERSARY_BEFORE.search(text[max(sent.start, d.start - 120) : d.start])
            if recalled is not None and not _HELD_VERB.search(recalled.group(0)):
                continue  # "… kỷ niệm 60 năm ngày … ngày 11/6/1948": the day recalled
            if _OF_ISSUER.match(text, d.end):
                continue  # "… 28/10/2019 của UBND huyện về tổ chức Hội nghị …": a document's day
            if _DONE_TO.search(text, max(sent.start, d.start - 40), d.start):
                continue  # "Được phát động vào ngày 7/3/2024, phong trào …": background
            if _YEARLY.match(text, d.end) or (
                _ISSUED_AFTER.match(text, d.end) and not _HELD_AFTER.match(text, d.end)
            ):
                issued.add(sent.start)  # "Ngày 5/9, Sở nhận được văn bản …": no event there
                continue
            window = text[max(sent.start, d.start - 24) : d.start]
            if d.data.get("range"):
                # "Từ ngày 20 đến 22/6/2023, … tổ chức lớp tập huấn": a multi-day event
                if _FUTURE.search(window) or _is_period(d.name, d.data.get("range_end")):
                    continue  # "từ 01/10/2005 đến 31/3/2007": a period looked back on
                if _CAMPAIGN_BEFORE.search(text, max(sent.start, d.start - 90), d.start):
                    continue  # "Trong Tháng hành động … từ 1/11 đến 30/11": a campaign
            elif _PLAN.search(window) and not (
                _THEN_ON.match(text[sent.start : d.start])
                and not _FUTURE.search(stext)
                and any(c.search(stext) for c, _, p in lexicon().event_cues if p < 12)
            ):
                continue
            if _WILL_NEAR.search(text, max(sent.start, d.start - 50), d.start):
                continue  # "… 21 đơn vị còn lại sẽ thi vào chiều 12 và ngày 13/7": announced
            first_held = _HELD_FIRST.search(stext)
            if first_held is not None and _WILL_BEFORE.search(stext, 0, first_held.start()):
                continue  # "… từ ngày 11 đến 13/10, Hội nghị … sẽ chính thức diễn ra"
            strong_at = [
                m.start() for c, _, p in lexicon().event_cues if p < 12 for m in c.finditer(stext)
            ]
            if strong_at and all(_requested(stext, at) for at in strong_at):
                continue  # "… yêu cầu Sở tổ chức hội nghị …": asked for, not held
            strong = bool(strong_at)
            if not strong and (not _acts(stext) or _ISSUES.search(stext)):
                continue  # "UBND tỉnh ban hành Kế hoạch triển khai …": a document, no event
            used_sentences.add(sent.start)
            if d.name in seen:
                continue
            if any(
                e.data.get("range_end") and e.name < d.name <= e.data["range_end"]
                for e in seen.values()
            ):
                continue  # "Trong hai ngày 18 và 19/5 …" then "Ngày 19/5, Đoàn …": the same event
            # "… tổ chức Lễ … và Đại hội …", "sau khi tổ chức Lễ A, … tiếp tục Chương trình
            # Hội nghị B": two head nouns, two events
            second = next(
                (m for m in _SECOND_EVENT.finditer(stext) if _has_own_head(stext, m.start())),
                None,
            )
            if second is not None and _CITES_DOC.match(stext):
                second = None  # the heads before are named by the plan the sentence cites
            if second is not None:
                stext = stext[: second.start()]
            kind = classify(stext, doc.title if not seen else None)
            if _CITES_DOC.match(stext):
                # "Thực hiện Kế hoạch … về tổ chức Lễ kỷ niệm …, ngày 19/5, Phòng … tổ chức Hội
                # nghị …": the plan cited names other activities than the one held
                held = classify(stext[d.start - sent.start :])
                kind = held if held != "other" else kind
            own = _held_clause(stext, d.start - sent.start, d.end - sent.start)
            if own is not None:
                kind = classify(own)
            if kind == "other" and doc.title:
                kind = classify(doc.title) if not seen else kind
            if kind == "other":
                kind = _named_later(text, sent.end, body_end) or kind
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
        _month_events(doc, used_sentences, body_start, body_end)
        _same_day_events(doc, used_sentences, body_start, body_end)
        if seen:
            _later_signings(doc, used_sentences, body_start, body_end)
        first_dated = min((e.start for e in seen.values()), default=body_end)
        if not seen or first_dated > body_start:
            # undated reports: "Sáng nay, …" and "Vừa qua, …" take the page's date (none
            # without one). With dated events, only a lead sentence
            # before them reports another event ("Vừa qua, … Trước đó, ngày 06/5, …").
            for sent in doc.sentences:
                if not (body_start <= sent.start < body_end):
                    continue
                if seen and sent.start >= first_dated:
                    break
                stext = text[sent.start : sent.end]
                rel = _RELATIVE.search(stext)
                if rel is None or _FUTURE.search(stext):
                    continue
                if rel.group(1) and not _TODAY_ADVERB.match(stext[rel.end() :]):
                    if len(stext[: rel.start()].split()) > 3:
                        continue  # "ngành Tư pháp hôm nay": today's sector, no day reported
                kind = classify(stext)
                if kind == "other" and not _acts(stext):
                    continue
                # "Sáng nay": the page's date; "Vừa qua", "Mới đây": some day before it (null)
                date = (_delivered_on(text, sent.start) or published) if rel.group(1) else None
                if seen and date in seen:
                    break
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
                break
        if not doc.by_label("event"):
            lead = _undated_event(doc, body_start, body_end, issued)
            if lead is not None:  # "Cùng ngày, … dự buổi công bố …": the same undated day
                reported = {e.start for e in doc.by_label("event")}
                _same_day_events(doc, reported, body_start, body_end)
        return doc


#: a sentence that places what it says at an event named before ("Tại hội nghị, …")
_AT_NAMED = re.compile(
    r"\W*(?:(?:[^,.;]{0,40}\s)?(?:tại|trong|mở đầu|kết thúc|kết luận|khai mạc|bế mạc)\s+"
    rf"(?:buổi\s+|cuộc\s+)?(?:{_HEADS}|làm việc|họp|lễ|tập huấn)(?![\w])"
    # "Dịp này, Sở trao tặng Giấy khen …": done at the event already reported
    r"|(?:nhân\s+)?dịp này|tại đây|cũng tại)",
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
        if not cues:
            continue
        kind = classify(stext, doc.title if first is None else None)
        at = _AT_NAMED.match(stext)
        # a "Hội nghị" may be the signing or training reported ("Hội nghị ký kết giao ước")
        named = {classify(at.group(0))} if at is not None else set()
        if "conference" in named:
            named |= {"signing", "training"}
        if first is not None and (
            kind in kinds
            or kind == "other"
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
    return first


#: "… được tổ chức tại Đà Nẵng vào cuối tháng 12/2003": held in a month, no day given
_HELD_IN_MONTH = re.compile(
    r"(?<![\w])(?:tổ chức|diễn ra|khai mạc)(?![\w])[^;:]{0,80}?(?<![\w])vào\s+"
    r"(?:(?:cuối|đầu|giữa)\s+)?$",
    re.IGNORECASE,
)


def _month_events(doc: Doc, used: set[int], body_start: int, body_end: int) -> None:
    """An activity the text says was held in a month (``Hội nghị … được tổ chức … vào cuối
    tháng 12/2003``) and in no day: one event dated ``YYYY-MM``."""
    text = doc.text
    for d in doc.by_label("date"):
        if len(d.name) != 7 or d.name[:1] == "-" or not (body_start <= d.start < body_end):
            continue
        sent = doc.sentence_of(d.start)
        if sent.start in used or not _HELD_IN_MONTH.search(text, sent.start, d.start):
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
                d.name,
                "month",
                {"kind": kind, "date_start": d.start},
            )
        )


_TODAY_BEFORE = re.compile(
    r"(?<![\w])(?:nay|qua|hôm nay|hôm qua|hôm sau|ngày tiếp theo|"
    r"(?:sáng|chiều|tối|trưa|ngày)\s+(?:thứ\s+\w+|chủ nhật)|"
    r"trong\s+(?:\d{1,2}|hai|ba|bốn|năm)\s+ngày)"
    r"\s*\(\s*$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"\s*\)\s*,?\s*(?:đã\s+|đang\s+)?(?:tổ chức|diễn ra|khai mạc|làm việc|tiếp|kiểm tra|"
    r"giám sát|ký kết|họp|tập huấn|tổng kết|triển khai|gặp mặt|trao|tham dự|dự|chủ trì)(?![\w])",
    re.IGNORECASE,
)


#: "(Nhân) dịp này, Sở (cũng) tổ chức Hội thao …": another activity held on the same occasion
_OCCASION_HELD = re.compile(
    r"[\W\d]*(?:Nhân\s+)?[Dd]ịp này,?\s+[^.;:]{0,80}?(?<![\w])(?:cũng\s+)?tổ chức(?![\w])"
)


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
    for sent in doc.sentences:
        if not (body_start <= sent.start < body_end) or sent.start in used:
            continue
        occasion = _OCCASION_HELD.match(text, sent.start, sent.end)
        if not _SAME_DAY.match(text, sent.start) and occasion is None:
            continue
        before = [e for e in doc.by_label("event") if e.end <= sent.start]
        if not before:
            continue
        stext = text[sent.start : sent.end]
        kind = classify(stext)
        if kind == "other" and occasion is not None and _specific(stext):
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
                    sent.start,
                    sent.end,
                    "event",
                    before[-1].name,
                    "same-day",
                    {"kind": kind, "date_start": sent.start},
                )
            )
        )
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


#: an activity named or held right before a parenthesis ("Hội nghị … (06 - 07/01/2006)", "Đại
#: hội … diễn ra tại Hà Nội (từ 9/12 đến 10/12/2020)")
_NAMED_BEFORE_PARENS = re.compile(
    rf"(?:(?<![\w])(?:{_HEADS})(?![\w])|(?<![\w])(?:diễn ra|tổ chức|khai mạc)(?![\w]))"
    r"[^.;()]{0,100}\(\s*(?:từ\s+)?(?:ngày\s+)?$"
)
_RECALLED = re.compile(r"(?<![\w])(?:kỷ niệm|truyền thống|thành lập)(?![\w])", re.IGNORECASE)


def _own_days(text: str, d: Span, floor: int) -> bool:
    """A short range in parentheses right after the activity it dates (``Hội nghị triển khai
    công tác năm 2006 (06 - 07/01/2006)``), not an anniversary's span.

    >>> from justicekg.extract.doc import Span
    >>> t = "Hội nghị triển khai công tác năm 2006 (06 - 07/01/2006)"
    >>> d = Span(t.index("06 -"), len(t) - 1, "date", "2006-01-06", "dates",
    ...          {"range": True, "range_end": "2006-01-07"})
    >>> _own_days(t, d, 0)
    True
    """
    if not d.data.get("range") or _is_period(d.name, d.data.get("range_end")):
        return False
    m = _NAMED_BEFORE_PARENS.search(text, max(floor, d.start - 140), d.start)
    return m is not None and not _RECALLED.search(m.group(0))


#: "(Hà Nội, ngày 21/12/2020)" on a line of its own: where and when a speech was delivered
_DELIVERED = re.compile(
    r"^\(\s*[^()\n]{2,40},\s*ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\s*\)\s*$",
    re.MULTILINE,
)


def _delivered_on(text: str, before: int) -> str | None:
    """The day a speech's heading line gives, for its ``hôm nay``.

    >>> _delivered_on("PHÁT BIỂU KHAI MẠC\\n(Hà Nội, ngày 21/12/2020)\\nhôm nay, …", 60)
    '2020-12-21'
    """
    days = [m for m in _DELIVERED.finditer(text, 0, before)]
    if not days:
        return None
    d, mo, y = (int(g) for g in days[-1].groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _reported_day(text: str, d: Span) -> bool:
    """A day in parentheses that dates the report: after ``Sáng nay``/``hôm qua``
    (``Sáng nay (14/3), …``) or between the subject and its verb (``Sở Tư pháp (14/3) tổ chức``);
    not an anniversary's day (``Ngày Pháp luật (9/11)``)."""
    return bool(
        _TODAY_BEFORE.search(text, max(0, d.start - 24), d.start) or _VERB_AFTER.match(text, d.end)
    )


_SAME_DAY = re.compile(
    r"[\W\d]*(?:(?:Sáng|Chiều|Tối|Trưa|Buổi sáng|Buổi chiều)[ \t]+)?cùng ngày(?![\w])",
    re.IGNORECASE,
)


def _is_period(start: str, end: str | None) -> bool:
    """A range longer than a month is a period covered (a reporting or checking period), not a
    multi-day event.

    >>> _is_period("2005-10-01", "2007-03-31"), _is_period("2023-06-20", "2023-06-22")
    (True, False)
    """
    if not end or len(start) != 10 or len(end) != 10 or start[:1] == "-":
        return False
    try:
        return (date.fromisoformat(end) - date.fromisoformat(start)).days > 31
    except ValueError:
        return False


def _is_day(iso: str) -> bool:
    """A whole day: ``YYYY-MM-DD``, or ``--MM-DD`` when the text gives no year."""
    return len(iso) == 10 or (len(iso) == 7 and iso.startswith("--"))


def _in_parens(text: str, pos: int, floor: int) -> bool:
    left = text.rfind("(", floor, pos)
    return left != -1 and text.find(")", left, pos) == -1
