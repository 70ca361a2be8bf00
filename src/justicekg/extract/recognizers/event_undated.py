"""Events without a day of their own: an undated report (``Hội nghị do bà … chủ trì``, dated
``YYYY`` when the text gives its year and nothing finer). An activity a capitalized headline
names is read in :mod:`.event_headline`; another activity on the day or the occasion of the one
before (``Chiều cùng ngày, …``, ``Nhân dịp này, … tổ chức Hội thao``, ``Sau đó, …``) in
:mod:`.event_same_day`. The year or scheduled day such a report may still have is read in
:mod:`.event_undated_dates`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.event_captions import generic_caption
from justicekg.extract.recognizers.event_desk_checks import DESK_CHECKS
from justicekg.extract.recognizers.event_heads import held_other_head
from justicekg.extract.recognizers.event_kinds import (
    EVENT_HEADS,
    TEAM_FOR_CHECKS,
    body_named,
    classify,
    handover_only,
    is_requested,
    without_non_cues,
)
from justicekg.extract.recognizers.event_recommendations import reported_to as _reports_to
from justicekg.extract.recognizers.event_same_day import SAME_EVENT, is_specific, occasion_lead
from justicekg.extract.recognizers.event_signals import (
    AT_EVENT,
    CAPTION,
    CITES_DOC,
    CONTEST_HELD,
    DIRECTIVE,
    DONE_AFTER_CITE,
    DUTIES,
    FUTURE,
    HEAD_RECEIVES,
    HELD_AFTER,
    INVITED,
    LAW_PASSED,
    LEVEL_LEAD,
    OVERVIEW,
    PASSIVE_RECEIVED,
    QUOTE_OPENS,
    RECURRING,
    SHOULD,
    TOPIC_CUE,
    cited_clause_end,
    dates_a_law,
    has_activity,
    issues,
)
from justicekg.extract.recognizers.event_undated_dates import held_year, scheduled_day
from justicekg.extract.recognizers.event_verse import in_verse

_QUOTE_CLOSES = re.compile(r"[”\"»]")
_DONE = re.compile(r"(?<![\w])(?:đã|vừa)(?![\w])", re.IGNORECASE)
#: a sentence that places what it says at an event named before ("Tại hội nghị, …")
_AT_NAMED = re.compile(
    r"\W*(?:(?:[^,.;]{0,40}\s)?(?:tại|trong|mở đầu|kết thúc|kết luận|khai mạc|bế mạc)\s+"
    rf"(?:buổi\s+|cuộc\s+)?(?:{EVENT_HEADS}|làm việc|họp|lễ|tập huấn)(?![\w])"
    # "Dịp này, Sở trao tặng Giấy khen …": done at the event already reported
    r"|(?:nhân\s+)?dịp này|tại đây|cũng tại)",
    re.IGNORECASE,
)

#: an aim to win at a contest, none held yet: "Sở đặt mục tiêu giành giải cao tại Hội thi …",
#: "phấn đấu đạt giải …"
_AIM_TO_WIN = re.compile(
    r"(?<![\w])(?:mục tiêu|phấn đấu|quyết tâm)\s+(?:giành|đạt|đoạt)(?![\w])", re.IGNORECASE
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
    r"(?:hội nghị|hội thảo|tọa đàm|lễ|buổi làm việc|họp)(?![\w])",
    re.IGNORECASE,
)
#: "Trước khi khai mạc Hội nghị, đoàn … dâng hương …": an activity of its own held before the
#: one named, which the later "tại Hội nghị" does not rename
_BEFORE_HEAD = re.compile(
    r"(?<![\w])trước (?:khi|giờ|lúc)\s+(?:(?:tổ chức|khai mạc|bước vào|diễn ra)\s+)?"
    r"(?:hội nghị|hội thảo|lễ|đại hội|buổi làm việc)(?![\w])",
    re.IGNORECASE,
)
#: "Tham gia giám sát có ông A …", "tham gia kiểm tra gồm …": who took part in a check held
_MEMBERS_AFTER = re.compile(r"\s*(?:có|gồm|là)(?![\w])", re.IGNORECASE)
#: "tham gia giám sát", "tham gia kiểm tra, giám sát": checks a body joins in as its work
_JOINS_CHECKS = re.compile(
    r"(?<![\w])tham gia\s+(?:(?:kiểm tra|giám sát|thanh tra|phản biện)\s*(?:,|và)\s*){0,3}$",
    re.IGNORECASE,
)
#: "Báo cáo với Đoàn công tác, …", "Báo cáo với đồng chí Chánh án A, …": a working session the
#: excerpt reports from its middle, someone reporting to a visiting official or team
_REPORTED_TO = re.compile(
    r"\W*(?:Báo cáo|Trình bày|Kiến nghị|Đề xuất)\s+với\s+(?:Đoàn(?:\s+công tác)?|đồng chí|ông|bà|"
    r"(?:Phó\s+)?(?:Chủ tịch|Bộ trưởng|Thứ trưởng|Chánh án|Viện trưởng|Bí thư|Tổng cục trưởng|"
    r"Cục trưởng|Giám đốc|Trưởng đoàn))(?![\w])"
)
#: "Theo đó, Sở có những ý kiến, kiến nghị với Phó Chủ tịch: …", "Lãnh đạo Cục đã báo cáo với
#: Đoàn công tác …": the same, said mid-sentence, in the excerpt's opening sentence only (not
#: after a document: "có văn bản kiến nghị với Chủ tịch UBND tỉnh")
_REPORTED_TO_MID = re.compile(
    r"(?:(?!(?<![\w])(?:văn bản|công văn|tờ trình|báo cáo số)(?![\w]))[^.!?;])*?"
    r"(?<![\w])(?:[Bb]áo cáo|[Tt]rình bày|[Kk]iến nghị|[Đđ]ề xuất|[Đđ]ề đạt)\s+với\s+"
    r"(?:Đoàn(?:\s+công tác)?|đồng chí|(?:Phó\s+)?(?:Chủ tịch|Bộ trưởng|Thứ trưởng|Chánh án|"
    r"Viện trưởng|Bí thư|Tổng cục trưởng|Cục trưởng|Trưởng đoàn))(?![\w])"
)


#: a sentence or headline that names a document about an activity ("Kế hoạch tổ chức Hội nghị
#: tổng kết …", "Thông báo số 12/TB-STP về việc tổ chức Hội thi …", "Quyết định kiểm tra …")
_DOC_TITLE = re.compile(
    r"\W*(?:Kế hoạch|Thông báo|Quyết định|Công văn|Tờ trình|Giấy mời|Thư mời|Hướng dẫn)"
    r"(?:\s+số\s+\S+)?(?:\s+(?:về việc|v/v|về))?\s+"
    r"(?:tổ chức|triển khai|thực hiện|kiểm tra|giám sát|thanh tra)(?![\w])"
)
#: "494 đơn thư", "1.179 người": a count of a work tally
_COUNTS = re.compile(
    r"(?<![\w.,])\d[\d.,]*\s+(?:vụ|việc|đơn|lượt|cuộc|người|văn bản|hồ sơ|trường hợp)(?![\w])"
)
#: "Hội thảo đánh giá cao …", "Hội nghị đã thảo luận …": the activity is the sentence's subject
_HEAD_SUBJECT = re.compile(
    # ("Qua 2 ngày làm việc, Hội nghị đã …": its length first)
    r"\W*(?:Qua\s+(?:\d+|hai|ba|một)\s+(?:ngày|buổi)(?:\s+làm việc)?\s*,\s*)?"
    r"(?:Hội nghị|Hội thảo|Tọa đàm|Diễn đàn|Buổi lễ|Buổi làm việc)\s+(?:đã\s+|cũng\s+)?"
    r"(?:đánh giá|thảo luận|nghe|thống nhất|ghi nhận|kết thúc|diễn ra|thông qua|tập trung|"
    # "Hội thảo đã nhận được 25 tham luận", "Hội nghị đã hoàn thành chương trình", "Hội nghị
    # được kết nối trực tuyến đến 63 điểm cầu"
    r"nhận được|hoàn thành|được kết nối|kết nối|thu hút)(?![\w])"
)
#: "tổ chức 15 hội nghị tập huấn", "các hội nghị": many activities counted, not one reported
_COUNTED = re.compile(
    r"(?<![\w.,/])(?:\d+|nhiều|hàng chục|hàng trăm|một số)\s+(?:[^\s\d,.;:]+\s+){0,2}$"
    # "tổ chức bốn đợt trợ giúp pháp lý lưu động": rounds counted in words ("năm" aside, a
    # year; not "Hai bên đã ký …": the parties)
    r"|(?<![\w])(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+(?:đợt|buổi|cuộc|lớp|phiên|lần)\s+"
    r"(?:[^\s\d,.;:]+\s+){0,1}$"
    r"|(?<![\w])(?:các|những)\s+(?:(?:hội nghị|hội thảo|lớp|buổi|cuộc|đợt)\s+)?$"
    # "Nhiều hội nghị, hội thảo, tọa đàm đã …": the list goes on counting
    r"|(?<![\w])(?:nhiều|các|những)\s+(?:hội nghị|hội thảo|tọa đàm|lớp|buổi|cuộc|đợt)"
    r"(?:\s+[^\s\d,.;:]+){0,3}(?:\s*,\s*[^\s\d,.;:]+(?:\s+[^\s\d,.;:]+){0,3}){0,3}"
    r"\s*(?:,|và)\s*$",
    re.IGNORECASE,
)
#: "Năm 2023, …", "Giai đoạn 2021 - 2025, …", "Qua 6 tháng triển khai, …": a period looked back
#: on, whose sentence tallies what was done in it
_PERIOD_LEAD = re.compile(
    # ("Cũng trong năm 2024, …", "Riêng trong 6 tháng đầu năm, …": a connective first)
    # (after a source's tag: "VH- Từ đầu năm đến nay, …"; a tag is an acronym, ASCII capitals
    # and Đ, the one marked letter acronyms keep ("QĐND", "ĐBP"), so not lexicon.UPPER: a
    # capital word with marks before a dash, "ẢNH –", is a heading's word, no tag)
    r"\W*(?:[A-ZĐ]{2,8}\)?\s*[-–—]\s*)?"
    r"(?:(?:Cũng|Riêng|Tính riêng|Đồng thời|Ngoài ra)\s*,?\s+)?(?:(?:Trong|Qua|Sau)\s+)?"
    r"(?:năm\s+(?:19|20)\d\d|giai đoạn\s+(?:19|20)\d\d\s*[–-]\s*"
    r"(?:19|20)\d\d|\d+\s+(?:năm|tháng)(?:\s+đầu năm)?(?:\s+[^\s,]+){0,2}|nhiệm kỳ[^,]{0,30}|"
    r"từ đầu năm(?:\s+đến nay)?|thời gian(?:\s+vừa)?\s+qua|những năm qua|"
    # "Năm qua, …", "Trong năm vừa qua, …", "Quý qua, …": the period just ended
    r"(?:một\s+)?(?:năm|quý|tháng)(?:\s+vừa)?\s+qua|"
    # "Tháng 11-2023, …", "Trong tháng 9/2023 vừa qua, …", "Cuối tháng 12 năm 2023, …"
    r"(?:(?:cuối|đầu|giữa)\s+)?tháng\s+(?:0?[1-9]|1[0-2])\s*(?:[/.-]|\s+năm\s+)\s*(?:19|20)\d\d"
    r"(?:\s+(?:vừa qua|qua))?)\s*,",
    re.IGNORECASE,
)
#: "Theo Kết luận của Ủy ban Kiểm tra Trung ương, Ban cán sự đảng … đã vi phạm …": what a
#: document found, no activity held
_PER_FINDINGS = re.compile(
    # (after a source's tag: "TPO - ", "(PL)- ")
    r"\W*(?:[A-ZĐ]{2,8}\)?\s*[-–—]\s*)?(?:Theo|Căn cứ|Tại)\s+"
    # ("Theo Báo cáo số 12/BC-UBND ngày … của UBND tỉnh về tổng kết …, …": what it reports)
    r"(?:Kết luận|Thông báo kết luận|Báo cáo kết quả|Báo cáo|Quyết định)"
    r"(?:\s+(?:thanh tra|kiểm tra|giám sát))?(?:\s+số\s+[^\s,]+)?(?:\s+[^\s,]+){0,4}?\s+của\s+"
    r"[^,;]{3,80},"
    # "Báo cáo của Sở cho biết, ngày … Sở đã ký kết …": what a report recounts
    r"|\W*(?:Theo\s+)?báo cáo(?:\s+(?:của|tổng kết|sơ kết)[^,.;:]{0,80}?)?\s+(?:cho biết|nêu)\s*,",
    re.IGNORECASE,
)
#: "Theo Báo cáo số 12/BC-STP của Sở, Đoàn kiểm tra do ông A làm Trưởng đoàn đã kiểm tra …": a
#: check held by a named team, which the report recounts (not a finding, not a tally)
_TEAM_HELD = re.compile(
    r"(?<![\w])Đoàn\s+(?:kiểm tra|thanh tra|giám sát|công tác)(?![\w])[^.;]{0,160}?"
    r"(?<![\w])làm\s+[Tt]rưởng\s+đoàn(?![\w])[^.;]{0,20}?(?<![\w])(?:đã\s+)?"
    r"(?:kiểm tra|thanh tra|giám sát|làm việc)(?![\w])"
)
#: a count of things done ("tại 40 xã", "15 hội nghị"), not a year
_TALLY = re.compile(r"(?<![\w.,/–-])\d[\d.]*\s+(?!năm\b|tháng\b)[^\s\d,.;:/–-]")
#: "nhiều hội nghị", "các lớp tập huấn": many activities of a period, not one reported
_MANY = re.compile(
    r"(?<![\w])(?:nhiều|các|những|hàng chục|hàng trăm|một số)\s+(?:cuộc\s+|buổi\s+)?"
    r"(?:hội nghị|hội thảo|tọa đàm|lớp|buổi|cuộc|đợt|hoạt động)(?![\w])",
    re.IGNORECASE,
)
#: "Để chuẩn bị cho Hội nghị tổng kết, …", "chuẩn bị tổ chức Lễ kỷ niệm …": the activities
#: of the phrase are still ahead
_PREPARING = re.compile(
    r"(?<![\w])chuẩn bị(?:\s+[^\s,;.:]+){0,5}?\s+(?:cho|tổ chức|cho việc tổ chức|để tổ chức)\s"
    r"[^,;.:]*$",
    re.IGNORECASE,
)
#: "UBND tỉnh giao Sở Tư pháp chủ trì, phối hợp … tổ chức Lễ …", "được giao nhiệm vụ tổ chức
#: Hội thi": with no day, a task assigned, not an activity reported
_ASSIGNED = re.compile(
    r"(?<![\w])(?:được giao|được phân công|phân công|giao\s+(?:nhiệm vụ\s+)?(?:cho\s+)?"
    r"(?:Sở|Phòng|Cục|Chi cục|UBND|Ủy ban|Ban|Hội|Trung tâm|Văn phòng|các)(?![\w]))[^;:.]*$",
    re.IGNORECASE,
)
#: "Chương trình “Hội nghị Diên Hồng …”", "Chuyên mục “Tọa đàm pháp luật”": a cue inside the
#: quoted title of a programme, contest, column or scheme, no activity
_TITLED = re.compile(
    r"(?<![\w])(?:chương trình|cuộc thi|hội thi|chuyên mục|chuyên trang|đề án|dự án|phong trào|"
    r"mô hình|giải thưởng|tài liệu|cuốn sách|bộ sách|sách|phim|ấn phẩm)\s*[\"“«][^\"”»]*$",
    re.IGNORECASE,
)
#: "Một buổi họp nghiệp vụ tại Chi cục …", "Một phiên tòa xét xử lưu động …": a sentence led by
#: "one" (a photo's caption, an example), not the activity the page reports
_ILLUSTRATION = re.compile(r"\W*Một\s+(?:buổi|cuộc|phiên|lớp|đợt)(?![\w])")
#: "UBND tỉnh vừa có quyết định thành lập đoàn liên ngành kiểm tra …": a team set up by
#: decision; the checks the page then lists ("Đoàn còn kiểm tra …") are its tasks, not checks
#: reported as held (unless one says so: "đã kiểm tra")
_TEAM_FOUNDED = re.compile(
    rf"(?<![\w])quyết định(?![\w])[^.;]{{0,80}}?(?<![\w])thành lập\s+(?:các\s+)?{TEAM_FOR_CHECKS}",
    re.IGNORECASE,
)
#: how far before a cue a preparing / assigning / titling phrase is looked for
_REACH = 300


_SPACES = re.compile(r"\s+")


def _runs_back(spaces: list[int], end: int, runs: int = 10) -> int:
    """Where to start looking for ``TOPIC_CUE``/``PASSIVE_RECEIVED`` before ``end``: the start
    of the ``runs``-th run of white space (``spaces``: the starts of the runs) before ``end``,
    else 0.

    Both end at ``end`` (``$``) and hold at most seven runs (a few words; a list of fields of
    work, ``các hoạt động xây dựng pháp luật, giám sát và``, up to 16: its caller asks), so a
    match never starts before this point (their look-behinds still see the text before it):
    the same answer as searching from 0, which on a long sentence of cues was quadratic.
    """
    i = bisect_left(spaces, end) - runs
    return spaces[i] if i >= 0 else 0


def undated_event(
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
    review = _PERIOD_LEAD.match(text, body_start)  # "Trong 6 tháng đầu năm 2021, …": a review
    founded = _TEAM_FOUNDED.search(text, body_start, body_end)
    opening = True  # the body's first sentence, which may report a session from its middle
    for sent in doc.sentences:
        if not (body_start <= sent.start < body_end):
            continue
        reported = _REPORTED_TO if not opening else _REPORTED_TO_MID
        opening = False
        if sent.start in skip:
            continue
        stext = text[sent.start : sent.end]
        if in_verse(text, sent.start):
            continue  # "Anh em ngồi lại hội đàm": a line of a poem, no activity
        if _ILLUSTRATION.match(stext) or generic_caption(doc, sent.start, sent.end):
            continue  # "Một buổi họp nghiệp vụ tại Chi cục": a photo's example, no one activity
        at_named = _AT_NAMED.match(stext)
        if ((FUTURE.search(stext) or _AIM_TO_WIN.search(stext)) and at_named is None) or (
            issues(stext)
        ):
            continue  # (what is said at a named event may be future: "Kết luận Hội thảo, … sẽ")
        if (LAW_PASSED.search(stext) or dates_a_law(stext)) and not _JUST_HELD.search(stext):
            continue  # "Luật … được Quốc hội khóa XIII, kỳ họp thứ 8 thông qua": a law cited
        if DUTIES.search(stext) or (_PER_FINDINGS.match(stext) and not _TEAM_HELD.search(stext)):
            continue  # ("Theo Kết luận của Ủy ban Kiểm tra, …": a document's findings)
        if (_PERIOD_LEAD.match(stext) or LEVEL_LEAD.match(stext)) and (
            _TALLY.search(stext) or _MANY.search(stext)
        ):
            continue  # "Năm 2023, Sở đã tổ chức 15 hội nghị …", "Riêng cấp xã …": a tally
        if _DOC_TITLE.match(stext):
            continue  # "Kế hoạch tổ chức Hội nghị tổng kết …": a document's title, none held
        if RECURRING.search(stext) or DIRECTIVE.match(stext):
            continue  # "… được triển khai thường niên", "Tập trung kiểm tra sâu …": none held
        if not (
            has_activity(stext)
            or _JUST_HELD.search(stext)
            or AT_EVENT.search(stext)
            or CONTEST_HELD.search(stext)
            or at_named is not None
            or OVERVIEW.match(stext)
            or _HEAD_SUBJECT.match(stext)
            or (first is None and _reports_to(reported, stext))
        ):
            continue
        caption = CAPTION.search(stext)
        if (
            caption is not None
            and not OVERVIEW.match(stext)
            # (an excerpt led by the photo of what it reports: "Thủ tướng A đã tiếp Bộ trưởng
            # B - Ảnh: …")
            and not (first is None and _DONE_IN_CAPTION.search(stext, 0, caption.start()))
        ):
            continue
        if (
            CITES_DOC.match(stext)
            and not HELD_AFTER.search(stext)
            and not DONE_AFTER_CITE.search(stext)
        ):
            continue  # "Thực hiện Kế hoạch số … về việc … kỷ niệm …": a plan cited, none held
        # ("xác minh, kiểm tra tài sản": a desk check, no inspection held)
        plain = DESK_CHECKS.sub(" ", without_non_cues(stext))
        cited = cited_clause_end(plain)
        spaces = [w.start() for w in _SPACES.finditer(plain)]
        opens = QUOTE_OPENS.match(plain)
        # (a cue before the quotation that opens the sentence closes: a speech, nothing held,
        # unless the speaker says it was done: "“Huyện đã báo cáo tại cuộc họp giao ban …”")
        closes = _QUOTE_CLOSES.search(plain, opens.end()) if opens is not None else None
        quoted_end = (closes.start() if closes else len(plain)) if opens is not None else -1
        if _DONE.search(plain, 0, max(quoted_end, 0)):
            quoted_end = -1
        cues = [
            m
            for c, k, _p in lexicon().cues_in(plain, strong=True)
            for m in c.finditer(plain)
            if not TOPIC_CUE.search(plain, _runs_back(spaces, m.start(), 16), m.start())
            and not SHOULD.search(plain, max(0, m.start() - 200), m.start())
            and not (
                k == "ceremony"
                and PASSIVE_RECEIVED.search(plain, _runs_back(spaces, m.start()), m.start())
            )
            and not is_requested(plain, m.start())
            and not INVITED.search(plain, 0, m.start())  # "nhận được Giấy mời … dự Hội nghị"
            and not m.start() < cited  # "Theo ý kiến chỉ đạo … tại Hội nghị …, …": cited
            and not m.start() < quoted_end
            and not (k == "inspection" and body_named(plain, m))
            and not (
                k == "inspection"
                and founded is not None
                and founded.start() < sent.end
                and not _DONE.search(plain)
            )
            # ("Hội cũng tham gia giám sát thực hiện pháp luật": a share of a body's work, with
            # no team nor day; "tham gia Đoàn giám sát", "tham gia hội nghị" and "Tham gia giám
            # sát có ông A": those who took part in one, stay)
            and not (
                k == "inspection"
                and _JOINS_CHECKS.search(plain, max(0, m.start() - 40), m.start())
                and not _MEMBERS_AFTER.match(plain, m.end())
            )
            and not _COUNTED.search(plain, max(0, m.start() - 30), m.start())
            # (a window: each is anchored at the cue, so searching from 0 was cubic on a long
            # sentence of repeated cues)
            and not _PREPARING.search(plain, max(0, m.start() - _REACH), m.start())
            and not _ASSIGNED.search(plain, max(0, m.start() - _REACH), m.start())
            and not _TITLED.search(plain, max(0, m.start() - _REACH), m.start())
        ]
        reported_to = not (cues or first or review) and _reports_to(reported, stext)
        # (a contest reported by its prizes or run: "đội A giành giải Nhất tại Cuộc thi …")
        contest = first is None and not cues and CONTEST_HELD.search(plain) is not None
        if (
            not cues
            and not reported_to
            and not contest
            and (first is not None or not _JUST_HELD.search(stext))
        ):
            continue  # ("Sở vừa phối hợp với … tổ chức tuyên truyền …": a report, kind other)
        kind = classify(stext, doc.title if first is None else None)
        if reported_to and kind == "other":
            kind = "meeting"  # "Báo cáo với đồng chí Chánh án …, lãnh đạo Tòa án cho biết …"
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
        if first is not None and kind == "signing" and kinds == {"ceremony"}:
            kinds = {kind}  # "Tham gia buổi lễ có …" then "… chủ trì lễ ký kết": one signing
            first.data["kind"] = kind
            continue
        if first is not None and kind == "ceremony" and kinds == {"signing"}:
            continue  # "Lễ ký kết …" then "Phát biểu tại buổi lễ, …": the signing's ceremony
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
            or (
                kind == "other" and not (occasion_lead(stext, 0, len(stext)) and is_specific(stext))
            )
            or named & kinds
            or SAME_EVENT.get(kind, set()) & kinds
        ):
            continue  # "Tại hội nghị, …", "kết luận cuộc họp": the event already reported
        received = HEAD_RECEIVES.match(stext)
        if (
            first is not None
            and received is not None
            and received.group("head").lower() in text[first.start : first.end].lower()
        ):
            continue  # "Đặc biệt, Đại hội đã vinh dự được đón tiếp đồng chí A": its guest
        if first is None and received is not None:
            kind = classify(received.group("head"))  # the event receiving, not a meeting
        if (
            first is not None
            and first.data["kind"] == "other"
            and _JOINS.search(stext)
            and not _BEFORE_HEAD.search(text, first.start, first.end)
        ):
            # "… vừa tổ chức tổng kết công tác năm 2019" then "Ông A đã tham gia hội nghị":
            # the activity reported first, named by its head noun (not "diễn ra Hội thi …" then
            # "tại lễ khai mạc": its own head noun decides, the same activity)
            if not held_other_head(text[first.start : first.end]):
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
                held_year(stext, doc.published or doc.meta.get("dateline")),
                "undated",
                {"kind": kind, "date_start": sent.start},
            )
        )
        first = first or span
    if first is not None and not first.name:
        first.name = scheduled_day(doc, body_start, body_end) or first.name
    if first is not None and kinds == {"conference"}:
        # "Tại Hội nghị này, …" then "Thông qua, lớp tập huấn đã …": the one conference
        # reported was a training, as a "Hội nghị tập huấn" is
        for m in _TRAINING_CLASS.finditer(text, first.end, body_end):
            if not FUTURE.search(text[doc.sentence_of(m.start()).start : m.start()]):
                first.data["kind"] = "training"
                break
    return first


#: a caption that says what was done: "Thủ tướng A đã tiếp Bộ trưởng B - Ảnh: …"
_DONE_IN_CAPTION = re.compile(
    r"(?<![\w])đã\s+(?:tiếp|làm việc|hội kiến|hội đàm|ký kết|trao|thăm|chủ trì|tổ chức|"
    r"đến thăm|gặp)(?![\w])",
    re.IGNORECASE,
)

#: "lớp tập huấn", "khóa bồi dưỡng": the class a training is
_TRAINING_CLASS = re.compile(
    r"(?<![\w])(?:lớp|khóa|khoá)\s+(?:tập huấn|bồi dưỡng)(?![\w])", re.IGNORECASE
)
