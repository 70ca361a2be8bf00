"""Event kinds from cue words, and what makes a cue the activity a sentence reports.

The kind comes from cue words (``data/gazetteers/event_cues.tsv``): the cue with the best
priority in the sentence (``ký kết`` → signing beats ``hội nghị`` → conference). A cue named as
a field of work (``công tác kiểm tra văn bản``), asked for (``yêu cầu … họp``), negated, only
announced (``… sẽ tổ chức``) or the time of another activity (``Trước khi khai mạc Hội nghị``)
is not the activity; head nouns (``Lễ``, ``Hội nghị`` …) name activities, not venues.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.lexicon import UPPER, lexicon
from justicekg.extract.recognizers.event_career_work import career_work
from justicekg.extract.recognizers.event_heads import bare_review_award, survey_session
from justicekg.extract.recognizers.event_tallies import tallied
from justicekg.extract.recognizers.event_visits import SOUVENIR_GIFT, care_visit

#: ("Hội nghị triển khai Kế hoạch kiểm tra …": a document's name, no check held)
_TOPIC_BEFORE = re.compile(
    r"(?:công tác|về|lĩnh vực|nghiệp vụ|kế hoạch|quy chế|đề cương|thông báo)\s+$", re.IGNORECASE
)
#: "kiểm tra văn bản", "kiểm tra, rà soát, hệ thống hóa văn bản": a field of work, no check
_TOPIC_AFTER = re.compile(
    r"(?:\s*,\s*(?:rà soát|hệ thống hóa|thẩm định|theo dõi|xử lý)|\s+và\s+(?:rà soát|xử lý))*"
    r"\s+(?:văn bản|và xử lý văn bản)",
    re.IGNORECASE,
)


#: a body whose name holds the check (``Ủy ban kiểm tra Huyện ủy``, ``Hội đồng tuyển chọn, giám
#: sát Thẩm phán``): its name, not the activity; a team (``Đoàn kiểm tra``) is the activity
_BODY_HEAD_BEFORE = re.compile(
    r"(?<![\w])(?:Ủy ban|Uỷ ban|Hội đồng)\s+(?:(?:\w+\s+){1,2}\w+,\s+)?$"
)
_WORK_MEETING = re.compile(r"(?<![\w])(?:buổi làm việc|làm việc với)(?![\w])", re.IGNORECASE)


#: a field of work named after a topic word, alone or in a list ("về công tác tập huấn, bồi
#: dưỡng", "kết quả kiểm tra", "phối hợp … trong kiểm tra, giám sát"): no check or training held
_TOPIC_RUN = re.compile(
    r"(?:(?<![\w])(?:công tác|lĩnh vực|nghiệp vụ|kết quả|báo cáo|quyết định|(?:về|trong)\s+"
    r"(?:công tác|việc|hợp tác|kết quả|tình hình|nội dung|phối hợp))\s+|(?<![\w])trong\s+)"
    r"(?:[^\s,.;:]+(?:\s+[^\s,.;:]+)?\s*(?:,|và)\s*){0,3}$",
    re.IGNORECASE,
)
#: an activity planned or prepared ("họp bàn kế hoạch tổ chức Hội nghị tập huấn", "chuẩn bị tổ
#: chức Hội nghị"): the object of another activity, not the one held
_PLANNED_HEAD = re.compile(
    r"(?<![\w])(?:kế hoạch|chuẩn bị|việc)\s+(?:tổ chức\s+)?(?:(?:hội nghị|lớp|buổi|lễ)\s+)?$",
    re.IGNORECASE,
)


#: a ceremony's head noun ("Lễ khai giảng Lớp bồi dưỡng …", "buổi lễ bế giảng khóa đào tạo …")
#: whose complement names a course or a check: the activity held is the ceremony (the kit: "Lễ"
#: → ceremony; only a signing outranks it, "Lễ ký kết" → signing); not "Sau Lễ …, …". Without
#: the head ("Sở khai giảng lớp bồi dưỡng …") the course is the activity: training.
_CEREMONY_GOVERNS = re.compile(
    r"(?<![\w])(?<!sau\s)(?<!Sau\s)(?<!khi\s)(?<!sau buổi\s)(?<!Sau buổi\s)"
    r"(?:buổi\s+)?(?:lễ|Lễ|LỄ)(?!\s+(?:hội|tân|phép)(?![\w]))(?![\w])[^.;:!?\n]{0,100}$"
)
#: what ends a ceremony's complement: another head noun, or a clause's own verb of holding
_OTHER_HEAD = re.compile(
    r"(?<![\w])(?:hội nghị|hội thảo|tọa đàm|diễn đàn|hội thi|đại hội|cuộc họp|buổi làm việc|"
    r"tổ chức|tiến hành|diễn ra|sau đó|đồng thời)(?![\w])",
    re.IGNORECASE,
)


def _under_ceremony(text: str, pos: int, *, clause: bool = False) -> bool:
    """True when the cue at ``pos`` is in the complement of a ``Lễ`` head (``Lễ bế giảng lớp
    tập huấn``), with no other head noun or verb of holding between (nor a comma, when
    ``clause``: ``Tại buổi lễ công bố quyết định kiểm tra, Đoàn đã kiểm tra …`` holds a check).

    >>> t = "Ngày 5/3, Trường tổ chức Lễ khai giảng lớp bồi dưỡng nghiệp vụ hộ tịch"
    >>> _under_ceremony(t, t.index("bồi dưỡng"))
    True
    >>> t = "Sở tổ chức Lễ phát động và Hội nghị tập huấn Luật Hòa giải"
    >>> _under_ceremony(t, t.index("tập huấn"))
    False
    """
    m = _CEREMONY_GOVERNS.search(text, max(0, pos - 110), pos)
    if m is None or (clause and "," in m.group(0)):
        return False
    return not _OTHER_HEAD.search(text, m.start() + 2, pos)


def body_named(text: str, m: re.Match[str]) -> bool:
    """A check word capitalized mid-sentence: a body's name (``Thanh tra Bộ``, ``Cục Kiểm tra
    văn bản``), not the activity; a team or a session (``Đoàn khảo sát``, ``Phiên giải
    trình``) is the activity.

    >>> t = "gửi thông báo cho Cục Kiểm tra văn bản; Sở tổ chức Phiên giải trình"
    >>> body_named(t, re.search("Kiểm tra", t)), body_named(t, re.search("Phiên giải", t))
    (True, False)
    """
    word = m.group(0)
    if word.lower().startswith(("đoàn", "phiên", "buổi")):
        return False
    before = text[max(0, m.start() - 12) : m.start()]
    return word[:1].isupper() and word[1:2].islower() and bool(re.search(r"[\w,;]\s+$", before))


def _is_activity(text: str, m: re.Match[str], kind: str) -> bool:
    """A check or a training named as a topic (``tổng kết công tác kiểm tra``, ``kiểm tra văn
    bản``, ``về công tác tập huấn, bồi dưỡng``), or any activity only planned or prepared
    (``kế hoạch tổ chức Hội nghị``), is not the event's activity.

    >>> t = "Đoàn giám sát làm việc với Sở về công tác tập huấn, bồi dưỡng hòa giải viên"
    >>> classify(t)
    'inspection'
    >>> classify("Lãnh đạo Sở họp bàn kế hoạch tổ chức Hội nghị tập huấn")
    'meeting'
    """
    if _PLANNED_HEAD.search(text, max(0, m.start() - 40), m.start()):
        return False
    if kind not in ("inspection", "training"):
        return True
    if _under_ceremony(text, m.start(), clause=kind == "inspection"):
        return False  # "Lễ bế giảng lớp bồi dưỡng …": the ceremony is what is held
    if _TOPIC_RUN.search(text, max(0, m.start() - 60), m.start()):
        return False
    if tallied(text, m.start()):
        return False  # "… đã tổ chức 23 Đoàn thanh tra tại …": checks tallied, none reported
    if kind != "inspection":
        return True
    before = text[max(0, m.start() - 12) : m.start()]
    if _WORK_MEETING.search(text, 0, m.start()):
        return False  # "làm việc với Chi cục … để kiểm tra công tác": a meeting about checks
    if body_named(text, m):
        return False
    if _BODY_HEAD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False
    return not (_TOPIC_BEFORE.search(before) or _TOPIC_AFTER.match(text, m.end()))


#: a team for checks ("đoàn liên ngành kiểm tra", "tổ công tác thẩm định"), as a body set up
#: ("thành lập …"): its checks are still to come (:mod:`.event_undated` reads it too)
TEAM_FOR_CHECKS = (
    r"(?:đoàn|tổ)(?:\s+công tác)?(?:\s+liên ngành)?\s+"
    r"(?:kiểm tra|giám sát|thanh tra|khảo sát|thẩm định)"
)

#: names that contain a cue word without being the activity: an award ("Kỷ niệm chương")
_NOT_CUES_FIXED = (
    # "Luật … được Quốc hội khóa X, kỳ họp thứ 11 thông qua", "Nghị quyết … của Quốc hội khóa
    # XIV, kỳ họp thứ 8", "… thông qua tại kỳ họp thứ 5": the session that passed a law, cited
    r"(?:(?:của|được|do)\s+Quốc hội(?:\s+(?:nước\s+)?(?:CHXHCN|Cộng hòa xã hội chủ nghĩa)"
    r"\s+Việt Nam)?\s+khóa\s+[XVIL\d]+,?\s+(?:tại\s+)?|thông qua\s+(?:tại|ở)\s+)"
    r"kỳ họp(?:\s+thứ\s+\w+)?|"
    # "Đại hội Thi đua yêu nước": a congress, not a contest ("hội thi")
    r"(?<=hội\s)thi đua|"
    # "dưới sự giám sát của Quốc hội", "sự kiểm tra của cấp trên": a noun of oversight
    r"(?<![\w])sự\s+(?:giám sát|kiểm tra|thanh tra)(?:\s*(?:,|và)\s*(?:giám sát|kiểm tra|"
    r"thanh tra))*(?![\w])|"
    r"(?<![\w])(?:kỷ niệm chương|(?:những|nhiều|một)\s+kỷ niệm|ngày lễ|"
    # "cảm xúc và kỷ niệm từ những ngày đầu", "kỷ niệm khó quên": memories, no ceremony
    r"(?:cảm xúc|ký ức|hồi ức|kỷ vật|tình cảm|niềm vui)\s+(?:và\s+)?kỷ niệm|"
    r"kỷ niệm\s+(?:đẹp|khó quên|sâu sắc|đáng nhớ|vui|buồn|(?:từ|về)\s+những)|"
    # "thi đua chào mừng thành công Đại hội …": the congress greeted, none held here
    # (not "buổi họp mặt chào mừng kỷ niệm 50 năm …": a get-together held for it, a ceremony)
    r"(?:tiến tới|hướng tới|(?<!họp mặt )(?<!gặp mặt )chào mừng)\s+(?:thành công\s+)?"
    r"(?:kỷ niệm|đại hội|hội nghị)|"
    # "Nhân dịp (Nhằm, Để) kỷ niệm 79 năm …, Chánh án gặp mặt …": the occasion, not the activity
    # (a frame before the clause; "họp mặt nhân kỷ niệm …" keeps its complement)
    # (also "Hưởng ứng kỷ niệm …", behind an outlet's tag: "ABC - Hưởng ứng kỷ niệm …")
    # (and the bare "Nhân kỷ niệm 35 năm …, đoàn … về thăm …")
    r"(?:^\W*(?-i:[A-ZĐ]{2,8}\s*[-–]\s*)?|(?<=[,;]\s))(?:nhân(?:\s+dịp)?|nhằm|để|hưởng ứng)"
    r"\s+kỷ niệm|"
    # "hưởng ứng “Tuần lễ áo dài”": a week (a campaign), no ceremony
    r"tuần\s+lễ|"
    # "tổng kết các hoạt động kỷ niệm 60 năm …": the anniversary's activities, a topic reviewed
    # or planned, not one ceremony
    r"hoạt động\s+(?:chào mừng\s+|hướng tới\s+)?kỷ niệm|"
    # "Chương trình “Gặp mặt đầu xuân”": a programme's name, the head noun is "Chương trình"
    r"chương trình\s+[“\"][^”\"]{0,80}[”\"]|"
    # a slogan ("với tinh thần “Bắt tay làm việc sớm”"): words, no activity
    r"(?:tinh thần|khẩu hiệu|phương châm|chủ đề|thông điệp)\s+[“\"][^”\"]{0,120}[”\"]|"
    # a venue ("tại Trung tâm Hội nghị tỉnh") or a body named after an activity ("làm việc với
    # Ban Tổ chức Hội thi …"): a name, not the activity
    r"(?:trung tâm|cung|nhà|hội trường)(?:\s+thông tin)?\s*(?:[-–]\s*)?hội nghị|"
    # a document said to be signed before ("… thực hiện Quy chế phối hợp đã ký kết với Công an
    # tỉnh"): its signing is not the activity reported
    r"(?:quy chế|chương trình|thỏa thuận|kế hoạch|biên bản|hiệp định|giao ước|bản ghi nhớ)"
    r"(?:\s+[^\s,.;]+){0,6}?\s+(?:đã|được)\s+ký(?:\s+kết)?"
    r"(?=\s*(?:với|giữa|ngày|năm|từ|[,.;)]|$))|"
    # "… nội dung trong Biên bản ghi nhớ (ký kết tháng 6/2020 tại Hội thảo …)": its signing
    # date in brackets, a document signed before (and where), cited
    r"(?:quy chế|chương trình|thỏa thuận|kế hoạch|biên bản|hiệp định|giao ước|bản ghi nhớ)"
    r"(?:\s+[^\s,.;()]+){0,4}?\s*\(\s*(?:đã\s+|được\s+)?ký(?:\s+kết)?"
    r"\s+(?:vào\s+)?(?:tháng|ngày|năm|từ)(?![\w])[^()]{0,120}\)|"
    # "… theo Biên bản ghi nhớ ký kết giữa Sở Tư pháp hai tỉnh": a document signed before, cited
    r"(?:theo|thực hiện|căn cứ|triển khai)(?:\s+(?:tốt|đúng|nghiêm túc|có hiệu quả))?"
    r"\s+(?:các\s+)?(?:biên bản|quy chế|thỏa thuận|"
    r"chương trình|kế hoạch|bản)(?:\s+(?:ghi nhớ|phối hợp|hợp tác|liên tịch))?"
    r"(?:\s+[^\s,.;]+){0,3}?\s+(?:đã\s+|được\s+)?ký(?:\s+kết)?(?=\s+(?:giữa|với|ngày|năm|từ)|[,.;)])|"
    # households pledging ("97% hộ ký cam kết thực hiện hương ước"): a campaign's result
    r"(?:hộ|hộ dân|hộ gia đình|gia đình|người dân|nhân dân)(?:\s+[^\s,.;]+){0,3}?\s+"
    r"(?:đã\s+)?ký\s+cam kết|"
    # "UBND tỉnh thành lập Đoàn kiểm tra …", "lập đoàn liên ngành kiểm tra …": a team set up
    # by decision, its checks still to come (not "thành lập đoàn …, tiến hành xác minh")
    rf"(?:thành lập|lập|kiện toàn)\s+(?:các\s+|\d+\s+)?{TEAM_FOR_CHECKS}|"
    # a title ("kiểm tra viên", "thanh tra viên", "tập huấn viên"), not the activity
    r"(?:kiểm tra|thanh tra|giám sát|tập huấn)\s+viên|"
    # a reporter's interview ("chúng tôi có cuộc trao đổi với bà A", "cuộc trò chuyện với
    # PV"): the page's own conversation, no activity of the sector
    r"(?:chúng tôi|phóng viên|PV|P\.V|nhà báo)\s+(?:đã\s+)?(?:có\s+)?(?:(?:buổi|cuộc)\s+)?"
    r"(?:trao đổi|trò chuyện|phỏng vấn|gặp gỡ)|"
    r"(?:buổi|cuộc)\s+(?:trao đổi|trò chuyện|phỏng vấn)\s+(?:với\s+)?(?:PV|phóng viên|báo chí|"
    r"chúng tôi|nhà báo)|"
    # "Tiếp nối thành công của Hội thi năm 2022, …": an earlier edition recalled
    r"(?:thành công|kết quả)\s+của\s+(?:hội nghị|hội thảo|hội thi|hội thao|lễ|đại hội|"
    r"cuộc thi|diễn đàn)|"
    r"ban\s+(?:tổ chức|chỉ đạo|giám khảo)\s+(?:hội nghị|hội thảo|hội thi|hội thao|hội diễn|"
    r"đại hội|lễ|cuộc thi|diễn đàn)|"
    # "Trong chuỗi hoạt động kỷ niệm … năm …, ngày 2/8, … tổng kết phong trào": the frame
    r"(?:nằm trong|trong|thuộc)\s+(?:chuỗi\s+|các\s+)?(?:các\s+)?hoạt động kỷ niệm|"
    r"hội nghị (?:lần thứ \w+|Trung ương \w+),?\s+ban chấp hành|"
    # ("quy chế làm việc", "lề lối làm việc": rules and ways of working, no session)
    r"(?:trụ sở|nơi|điều kiện|môi trường|chế độ|giờ|phương tiện|quy chế|lề lối|tác phong) "
    r"làm việc|"
    # "gồm 30 phòng học, phòng làm việc, hội trường": a room, not a meeting
    r"(?-i:phòng|nhà|khu|tòa nhà|văn phòng) làm việc(?!\s+(?:với|tại|của))|"
    # "Đại hội … tiếp tục phiên làm việc thứ hai", "Sau hai ngày làm việc": a session of the
    # activity the sentence names, no meeting of its own
    r"(?:phiên|ngày) làm việc|"
    # "trong một lần làm việc tại cơ sở", "qua các buổi làm việc": habitual, no one activity
    r"(?:một|những|các|mỗi|nhiều)\s+(?:lần|buổi|chuyến)\s+(?:làm việc|công tác)|"
    # the topic of rules ("áp dụng quy định mới liên quan đến tiếp công dân"): no activity
    r"(?:liên quan đến|quy định (?:mới\s+)?về|thủ tục về|quy trình)"
    r"[^.;:]{0,80}?(?:tiếp công dân|làm việc|kiểm tra|giám sát|tập huấn)|"
    # "được điều động về làm việc tại Sở", "về nhận công tác tại …": a career move
    r"(?:chuyển|điều động|luân chuyển|biệt phái|phân công|tuyển dụng)(?:\s+công tác)?"
    r"(?:\s+(?:về|đến|sang|vào))?(?:\s+[^\s,.;]+){0,6}?\s+(?:làm việc|nhận công tác)|"
    # "đăng ký kết hôn": a marriage registered, nothing signed ("ký kết")
    r"đăng ký kết hôn|"
    # "thôi làm việc tại trụ sở cũ", "ngừng làm việc": no session either
    r"(?:thôi|ngừng|dừng|nghỉ)\s+làm việc|"
    # the slogan "Sống và làm việc theo Hiến pháp và pháp luật"
    r"(?:sống và\s+)?làm việc theo (?:Hiến pháp|pháp luật)|"
    # "Sau khi tiến hành khảo sát tại các thôn, Cục đã bàn giao …", "Qua khảo sát thực tế, …":
    # a survey that prepared or informed the activity reported, not one held of its own
    r"(?:sau khi|qua|thông qua|qua việc|từ kết quả)\s+(?:tiến hành\s+|đi\s+)?khảo sát|"
    # "Trước khi khai mạc Hội nghị, … dâng hương": the time of another activity
    r"trước (?:khi|giờ|lúc)\s+(?:(?:tổ chức|khai mạc|bước vào|diễn ra)\s+)?"
    r"(?:hội nghị|hội thảo|lễ|đại hội|buổi làm việc))(?![\w])"
)
NOT_CUES = gz.LazyPattern(
    lambda: re.compile(
        _NOT_CUES_FIXED
        # "khi mới vào làm việc tại Chi cục", "từng làm việc": employment, no session
        + career_work()
        # "… và tặng quà lưu niệm": a visit's souvenirs, no gift-giving of its own
        + SOUVENIR_GIFT,
        re.IGNORECASE,
    )
)


@lru_cache(maxsize=1024)
def without_non_cues(text: str) -> str:
    """``text`` with :data:`NOT_CUES` blanked (each match one space): asked again of the same
    sentence by the kinds, the undated events, the headline and each cue of a sentence, so
    blanked once (the cache is cleared when the gazetteers are reloaded).

    >>> without_non_cues("Ông A nhận kỷ niệm chương")
    'Ông A nhận  '
    """
    return NOT_CUES.sub(" ", text)


gz.on_reload(without_non_cues.cache_clear)

#: the head noun of a named activity (``Lễ``, ``Hội nghị``, ``Đại hội`` …), capitalized
#: (also "Hội Nghị" and capitals: "HỘI NGHỊ", as the sector often writes them)
EVENT_HEADS = (
    r"(?:Lễ|LỄ|Hội [Nn]ghị|HỘI NGHỊ|Hội [Tt]hảo|HỘI THẢO|Tọa [Đđ]àm|TỌA ĐÀM|Đại [Hh]ội|ĐẠI HỘI|"
    r"Diễn [Đđ]àn|DIỄN ĐÀN)"
)
_HEAD_EVENT = re.compile(rf"(?<![\w]){EVENT_HEADS}(?![\w])")
#: "Tại Hội nghị, Sở tổ chức Lễ ký kết …": the first head places the second, not an event of
#: its own
_AT_HEAD = re.compile(rf"(?<![\w])[Tt]ại\s+{EVENT_HEADS}(?![\w])")


def classify(sentence: str, fallback: str | None = None) -> str:
    """The event kind for a sentence (cue words), else for ``fallback`` (e.g. the title).

    >>> classify("Hội nghị triển khai nhiệm vụ và ký kết giao ước thi đua")
    'signing'
    >>> classify("Chiều 10/1, đoàn công tác đã kiểm tra tại Chi cục")
    'inspection'
    >>> classify("Hội nghị tổng kết công tác kiểm tra văn bản năm 2022")
    'conference'
    >>> classify("Ngày 3/5, Chi cục phối hợp với Ủy ban kiểm tra Huyện ủy hỗ trợ thôn 2")
    'other'
    >>> classify("Chủ tịch chủ trì phiên họp Hội đồng tuyển chọn, giám sát Thẩm phán")
    'meeting'
    """
    return _classify(sentence, fallback)


@lru_cache(maxsize=64)  # the learned event model asks again about the rules' event sentences
def _classify(sentence: str, fallback: str | None) -> str:
    kind, text = _classify_in(sentence, fallback)
    if kind == "meeting" and care_visit(text):
        return "other"  # "đến thăm, chúc Tết và tặng quà các gia đình chính sách": care
    if kind == "ceremony" and bare_review_award(text):
        return "other"  # "… tổng kết công tác năm 2024 và đón nhận Cờ thi đua": a bare review
    if kind == "inspection" and survey_session(text):
        return "meeting"  # "Đoàn khảo sát … đã có buổi làm việc với …": its working session
    return kind


gz.on_reload(_classify.cache_clear)  # (kinds read with the cues of the gazetteers reloaded)


def _classify_in(sentence: str, fallback: str | None) -> tuple[str, str]:
    """The kind, and the text (the sentence or the fallback) whose cues decided it."""
    best: tuple[int, str] | None = None
    for text in _without_non_cues(sentence, fallback or ""):
        for cue, kind, prio in lexicon().cues_in(text):
            if best is not None and prio >= best[0]:
                continue
            if any(
                _is_activity(text, m, kind) and not is_requested(text, m.start())
                for m in cue.finditer(text)
            ):
                best = (prio, kind)
        if best and best[0] < 12:
            return best[1], text
    return (best[1] if best else "other"), sentence


def _without_non_cues(*texts: str) -> Iterator[str]:
    """Each of ``texts`` with :data:`NOT_CUES` blanked, each only when asked for (the
    fallback is read only when the sentence has no strong cue)."""
    for text in texts:
        yield without_non_cues(text)


#: "… yêu cầu Chi cục trưởng họp toàn thể công chức …": an activity asked for, not reported
_REQUEST = re.compile(r"(?<![\w])(?:yêu cầu|đề nghị|kiến nghị)(?![\w])[^,;:.]*$", re.IGNORECASE)
#: "không tổ chức cưỡng chế", "chưa tổ chức được hội nghị tập huấn": not held
#: (not "không khí", "không gian", "không chỉ … mà còn", "không ít": nothing negated)
_NEGATED = re.compile(
    r"(?<![\w])(?:không(?!\s+(?:khí|gian|chỉ|những|ít)(?![\w]))|chưa|chẳng)\s+(?:\w+\s+){0,5}$",
    re.IGNORECASE,
)
#: (also a session: "nhấn mạnh yêu cầu này tại Phiên họp thứ nhất …", "tại kỳ họp")
_AT_BEFORE = re.compile(
    r"(?<![\w])(?:tại|trong|ở)\s+(?:buổi\s+|cuộc\s+|phiên\s+|kỳ\s+)?$", re.IGNORECASE
)


#: a capitalized word right before a head makes it part of a name: "Trung tâm Hội nghị tỉnh"
#: (not a name's last word and the verb after it: "Thủ tướng A dự Lễ kỷ niệm … và Đại hội …")
_NAME_BEFORE = re.compile(
    rf"(?<![\w])[{UPPER}]\w*(?:\s+(?!(?:dự|tới dự|đến dự|tham dự|chủ trì|tổ chức|khai mạc)\s)\w+)?"
    r"\s+$"
)


def has_own_head(stext: str, end: int) -> bool:
    """True when ``stext[:end]`` names an activity by its head noun (``sau khi tổ chức Lễ
    …``), not a venue (``tại Trung tâm Hội nghị tỉnh``) nor the event a later one is held at
    (``Tại Hội nghị, …``).

    >>> has_own_head("sau khi tổ chức Lễ Khánh thành trụ sở, Tòa án tiếp tục", 40)
    True
    >>> has_own_head("tại Hội trường Trung tâm Hội nghị tỉnh, Sở tổ chức", 45)
    False
    """
    if _AT_HEAD.search(stext, 0, end):
        return False
    return any(
        not _NAME_BEFORE.search(stext, max(0, h.start() - 30), h.start())
        for h in _HEAD_EVENT.finditer(stext, 0, end)
    )


def is_requested(text: str, pos: int) -> bool:
    """A cue negated (``không tổ chức cưỡng chế``) or whose clause asks someone to hold it
    (``yêu cầu … họp``, ``đề nghị … tổ chức hội nghị``), unless the clause places the request
    at it (``đề nghị … tại hội nghị``).

    >>> t = "Cục yêu cầu Chi cục trưởng họp toàn thể công chức"
    >>> is_requested(t, t.index("họp"))
    True
    >>> t = "Ông Nam đề nghị các đơn vị tăng cường phối hợp tại hội nghị"
    >>> is_requested(t, t.index("hội nghị"))
    False
    >>> t = "chi cục ra thông báo kê biên nhưng không tổ chức cưỡng chế"
    >>> is_requested(t, t.index("cưỡng chế"))
    True
    """
    # (five words back: "không phải thực hiện biện pháp cưỡng chế")
    if _NEGATED.search(text, max(0, pos - 40), pos):
        return True  # "… nhưng không tổ chức cưỡng chế": not held
    return bool(_REQUEST.search(text, max(0, pos - 120), pos)) and not _AT_BEFORE.search(
        text, max(0, pos - 20), pos
    )


_NAMED_AT = re.compile(
    r"(?<![\w])(?:tại|Tại)\s+((?i:hội nghị|hội thảo|tọa đàm|buổi lễ|lễ|buổi làm việc|buổi họp))"
    r"(?![\w])"
    # "Hội nghị do ông A chủ trì", "Buổi lễ diễn ra …": the activity as a later sentence's
    # subject
    r"|(?:^|(?<=[.!?])\s+|(?<=\n))\s*(Hội nghị|Hội thảo|Tọa đàm|Buổi lễ|Buổi làm việc|Buổi họp)"
    r"\s+(?:do|được|đã|diễn ra|có sự|với sự|thống nhất|nghe|tiến hành|kết thúc)(?![\w])"
)


def named_later(text: str, start: int, end: int) -> str | None:
    """The kind of an event its report names later by its head noun: ``Chiều 19.11, Ban Chỉ đạo
    … đánh giá kết quả …`` then ``… phát biểu tại hội nghị`` (a conference)."""
    m = _NAMED_AT.search(text, start, min(end, start + 600))
    return classify(m.group(1) or m.group(2)) if m else None


_ANNOUNCED = re.compile(r"(?<![\w])(?:sẽ|dự kiến|sắp)(?![\w])", re.IGNORECASE)


def held_clause(stext: str, start: int, end: int) -> str | None:
    """The part of a sentence that reports the held activity when its last named activity is
    only announced (``… tại cuộc họp báo chiều 27-10, Lễ … dự kiến được tổ chức vào …``,
    ``Chiều 5/3, Sở tổ chức họp báo giới thiệu Hội thảo … sẽ diễn ra …``): the announced one
    (the cue right before ``sẽ``/``dự kiến``, in the same clause) does not decide the kind.

    >>> held_clause("Tại buổi họp chiều 5-3, Lễ ra mắt dự kiến tổ chức sau", 16, 19)
    'Tại buổi họp chiều 5-3, '
    >>> held_clause("Ngày 5/3, Sở tổ chức Hội nghị tập huấn, sẽ nhân rộng", 5, 8) is None
    True
    """
    future = _ANNOUNCED.search(stext, end)
    if future is None or _ANNOUNCED.search(stext, 0, start):
        return None
    head = NOT_CUES.sub(lambda m: " " * len(m.group(0)), stext[: future.start()])
    spans = sorted(
        (m.start(), m.end())
        for c, _, _p in lexicon().cues_in(head, strong=True)
        for m in c.finditer(head)
    )
    if not spans:
        return None
    # the last named activity: the cluster of overlapping cues ("hội nghị tập huấn") before it
    cut = spans[-1][0]
    for s0, s1 in reversed(spans[:-1]):
        if s1 + 1 >= cut and s0 < cut:
            cut = s0
    if cut <= end or re.search(r"[,;:]", head[cut:]):
        return None  # the date's own activity, or the announced one is in another clause
    held = stext[:cut]
    if not any(s1 <= cut for _, s1 in spans):
        return None
    return held


#: "ông A trao Bằng khen cho …", "trao tặng Cờ thi đua …": an award handed over, which a
#: conference named later may be the occasion of (the kit: a Hội nghị stays a conference even
#: when awards are handed out during it)
_HANDOVER = re.compile(
    r"(?<![\w])trao(?:\s+tặng)?\s+(?:(?:bằng|giấy)\s+khen|huân chương|kỷ niệm chương|"
    r"cờ(?:\s+thi đua)?|danh hiệu)(?![\w])",
    re.IGNORECASE,
)
_CEREMONY_HEAD = re.compile(r"(?<![\w])(?:lễ|buổi lễ)(?![\w])", re.IGNORECASE)


def handover_only(sentence: str) -> bool:
    """A ceremony kind that only an award handover gives (no ``Lễ`` named).

    >>> handover_only("Ông A trao Bằng khen cho các tập thể.")
    True
    >>> handover_only("Tại Lễ kỷ niệm, ông A trao Bằng khen cho các tập thể.")
    False
    """
    return bool(_HANDOVER.search(sentence)) and not _CEREMONY_HEAD.search(sentence)


#: "Phòng … tổ chức hoạt động kỷ niệm 78 năm …": an anniversary held, its form not yet named
_ANNIVERSARY_HELD = re.compile(
    r"(?<![\w])(?:tổ chức|hoạt động|chương trình)\s+(?:các\s+)?(?:hoạt động\s+)?kỷ niệm(?![\w])",
    re.IGNORECASE,
)


def anniversary_only(sentence: str) -> bool:
    """A ceremony kind that only an anniversary gives (no ``Lễ`` named): a head noun named
    later (``Hội nghị do ông A chủ trì``) may say what was held.

    >>> anniversary_only("Ngày 5/8, Phòng Tư pháp tổ chức hoạt động kỷ niệm 78 năm thành lập")
    True
    >>> anniversary_only("Ngày 5/8, Phòng Tư pháp tổ chức Lễ kỷ niệm 78 năm thành lập")
    False
    """
    return bool(_ANNIVERSARY_HELD.search(sentence)) and not _CEREMONY_HEAD.search(sentence)
