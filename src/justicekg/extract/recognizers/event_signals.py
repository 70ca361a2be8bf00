"""Signals of a sentence about an activity: what reports one held (activity verbs, captions,
``Toàn cảnh …``), and what does not (a topic named, a plan, a directive, a duty, a document's
content, what should be done, a recurring practice, a document cited). Shared by the dated and
the undated passes of :mod:`justicekg.extract.recognizers.events`.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz

#: "Tập trung kiểm tra sâu vào …", "Tiếp tục đẩy mạnh …": a sentence of a plan or a directive
#: opens on its verb, a report on its subject or its time
DIRECTIVE = re.compile(
    # (after a connective: "Cùng với đó, tăng cường công tác tự kiểm tra …")
    r"\W*(?:(?:Cùng với đó|Bên cạnh đó|Đồng thời|Ngoài ra|Mặt khác)\s*,\s*)?"
    r"(?i:Tập trung|Tiếp tục|Đẩy mạnh|Tăng cường|Chú trọng|Phấn đấu|Bảo đảm|Đảm bảo|"
    r"Khẩn trương|Kịp thời|Nội dung)\s"
)
#: "Hội nghị sơ kết … được triển khai thường niên": a recurring practice, not one held
RECURRING = re.compile(
    r"(?<![\w])(?:thường niên|hằng năm|hàng năm|định kỳ|"
    # "Hội thi được tổ chức 2 năm một lần"
    r"(?:\d+|hai|ba|năm)\s+năm\s+(?:một|1)\s+lần|"
    # "Sở thường xuyên tổ chức tập huấn …": a standing practice, no one activity held
    r"(?:hằng|hàng)\s+(?:quý|tháng|tuần)|"
    # "Cơ quan THA nhiều lần mời ông A đến làm việc …": repeated, no one activity held
    r"(?:nhiều|nhiều\s+lượt|nhiều\s+đợt|không\s+ít)\s+lần|"
    # "Trước đây, Sở thường tổ chức Hội nghị …": a habit
    r"(?:thường|hay)\s+(?:được\s+)?(?:tổ chức|mở|kiểm tra|họp)|"
    r"thường xuyên\s+(?:phối hợp(?:\s+với[^.;,]{0,40}?)?\s+)?(?:tổ chức|mở|kiểm tra|"
    r"giám sát|tập huấn|bồi dưỡng)|"
    # "Sở thường xuyên làm việc với các sở, ngành …", "Chi cục đã chủ động làm việc với UBND
    # các xã …": a way of working a report describes, no one session held
    r"(?:thường xuyên|luôn luôn|luôn|thường|chủ động)\s+(?:chủ động\s+)?"
    r"(?:phối hợp(?:\s+với[^.;,]{0,40}?)?\s+)?(?:làm việc|trao đổi|đối thoại|gặp gỡ)\s+với)"
    r"(?![\w])",
    re.IGNORECASE,
)

#: a day of a document cited before it; the words that are also common nouns of prose
#: (``pháp luật``, ``báo cáo viên``, ``hướng dẫn``) name a document only capitalized, and
#: ``số`` only before a number (not ``dân tộc thiểu số huyện …``)
DOC_BEFORE = re.compile(
    r"(?:(?i:Quyết định|Nghị quyết|Nghị định|Thông tư|Công văn|Chỉ thị)|"
    r"(?<![\w])(?i:số)\s*:?\s*\d\S*|"
    # a document's number with its sign, written without "số" ("tờ trình 45/TTr-STP ngày",
    # "văn bản 517/TCTHADS-NV ngày", "31-HD/BTGTU ngày")
    r"(?<![\w/.\-])\d+(?:/(?:19|20)\d\d)?[/\-](?-i:[A-ZĐ])[\wĐ]*(?:[/\-](?-i:[A-ZĐ])[\wĐ]*)+|"
    # (not "Hội Luật gia", "Đoàn Luật sư": bodies, not laws)
    r"(?<![\w])(?:Kế hoạch|Luật(?!\s+(?:gia|sư)(?![\w]))|Báo cáo|Thông báo|Hướng dẫn|"
    r"Văn bản)(?![\w]))"
    r"[^.;]{0,40}?(?:ngày|,)?\s*$|"
    # a bulletin's day ("Tin hoạt động VKSND địa phương ngày 10/3/2025 gồm …", "Bản tin …
    # ngày 22/02"): the day it was issued, not an activity's; not past a colon ("Tin hoạt
    # động tuần qua: ngày 3/4, Sở … tổ chức …": the first item's day)
    r"(?<![\w])(?:Bản tin|Tin hoạt động)(?![\w])[^.;:]{0,40}?ngày\s*$"
)
_ACTIVITY = re.compile(
    # ("được tổ chức phân công …": the Party's organization that assigns, no activity)
    # ("cá nhân, tổ chức", "người dân, tổ chức bảo vệ quyền": bodies, no activity)
    r"(?<![\w])(?:(?<!nhân, )(?<!nhân và )(?<!dân, )(?<!dân và )(?<!quan, )"
    r"(?!(?<=được )tổ chức\s+(?:giao|cử)(?![\w]))"
    r"tổ chức(?!\s+(?:phân công|điều động|tin tưởng|bố trí|luân chuyển))"
    r"(?!\s*(?:,|và|hoặc)\s*cá nhân)|"
    # (not "dự thảo", "dự án", "dự toán", "dự báo": a draft, a project, an estimate)
    r"diễn ra|khai mạc|chủ trì|tham dự|"
    r"dự(?!\s+(?:thảo|án|toán|báo|kiến|phòng|trữ|luật|định|tính)(?![\w]))|"
    r"làm việc|đã có|tiến hành|"
    # a procuracy's check ("trực tiếp kiểm sát", "kiểm sát trực tiếp/định kỳ/đột xuất")
    r"(?<=trực tiếp )kiểm sát|kiểm sát\s+(?:trực tiếp|định kỳ|đột xuất)|"
    r"tham gia|phối hợp|thăm|kiểm tra|giám sát|(?<!đăng )ký kết(?! hôn)|cưỡng chế|công bố|"
    # "về thăm", "đến làm việc": a visit (not "báo cáo về công tác", "đến năm 2030")
    r"(?:đến|về|tới)\s+(?:thăm|làm việc|dự|tham dự|kiểm tra|giám sát|khảo sát|chúc|trao|"
    r"tặng|tiếp|gặp|viếng|dâng)|"
    # (not "tiếp tục", "tiếp theo", "tiếp đó", "tiếp thu", "tiếp cận": no one received)
    # (nor "tiếp chuyện phóng viên", "tiếp chúng tôi": a talk with the press; "tiếp nhận hồ
    # sơ": papers received; "đăng ký kết hôn": a marriage registered, nothing signed)
    r"họp|tập huấn|tổng kết|triển khai|gặp mặt|"
    r"(?<!trực )(?<!gián )(?<!liên )(?<!kế )"
    r"tiếp(?!\s+(?:tục|theo|đó|thu|cận|nhận|chuyện|chúng tôi|phóng viên|PV|giáp)(?![\w]))|"
    r"trao(?!\s+đổi)|"
    r"chúc mừng|cử hành|viếng|"
    # "… đã chào xã giao …", "hội đàm với …", "ký Quy chế phối hợp …": a visit, talks, a signing
    r"chào xã giao|hội đàm|hội kiến|tiếp kiến|"
    r"ký(?=\s+(?:quy chế|chương trình|kế hoạch|biên bản|thỏa thuận|giao ước|bản ghi nhớ|"
    r"cam kết|hiệp định))|"
    r"dâng hương|dâng hoa|thắp hương|"
    # a trial held ("đã đưa ra xét xử sơ thẩm vụ án …", "vừa mở phiên tòa xét xử lưu động …",
    # "đã xét xử phúc thẩm …"; not "công tác xét xử", "chất lượng xét xử": a field of work)
    # (not a tally: "đã xét xử sơ thẩm 350 vụ án")
    r"(?:(?:đưa\s+(?:vụ án\s+)?ra|đã|vừa)\s+xét xử|mở phiên tòa)"
    r"(?!(?:\s+(?:sơ thẩm|phúc thẩm|giám đốc thẩm|tái thẩm|xong|được|tổng số|tổng cộng)){0,2}"
    r"\s+\d)|"
    # "… đã tự nguyện giao tài sản thế chấp để thi hành án": a party's compliance done
    r"tự nguyện\s+(?:thi hành|giao|nộp|bàn giao|di chuyển|tháo dỡ|trả)|"
    # "… được Quốc hội bầu làm Chánh án", "HĐND tỉnh bầu bổ sung …": an election held
    # ("Quốc hội bầu ông A làm Chánh án …": the person between)
    r"bầu\s+(?:(?:ông|bà|đồng chí)\s+(?:[^\s,.;:]+\s+){1,4})?(?:làm|giữ|bổ sung|giữ chức|vào))"
    r"(?![\w])",
    re.IGNORECASE,
)
#: (also without "sẽ": "tới đây", "tuần tới", "theo lịch", "lên kế hoạch", "đang chuẩn bị")
FUTURE = re.compile(
    # (not "sắp xếp bộ máy": a reorganization, nothing ahead)
    r"(?<![\w])(?:sẽ|dự kiến|sắp(?!\s+(?:xếp|đặt))|thời gian tới|tới đây|tuần tới|theo lịch|"
    r"lên kế hoạch|đang chuẩn bị)(?![\w])",
    re.IGNORECASE,
)
#: a month's (or period's) tally: activities counted ("đã tiếp 312 lượt", "05 đoàn đông người",
#: "tổ chức 12 cuộc kiểm tra", "thụ lý 45 vụ", "giải quyết 120 việc", "số liệu"), not one activity
#: held; a count of the people at one activity ("150 đại biểu", "500 lượt người") is not a tally
ACTIVITY_TALLY = re.compile(
    r"(?<![\w])(?:\d[\d.]*|hàng chục|hàng trăm)\s+(?:"
    r"lượt(?!\s+(?:người|cán bộ|học sinh|sinh viên|đại biểu|khán giả|công chức|viên))|"
    r"cuộc|buổi|đoàn(?!\s+(?:viên|thanh niên|công tác))|vụ|việc|đơn(?!\s+vị)|hồ sơ|đợt|lớp)"
    r"(?![\w])|(?<![\w])số liệu(?![\w])",
    re.IGNORECASE,
)
#: "Hôm qua, các đại biểu đã bầu Ban Chấp hành …": a vote held, the activity of a congress
#: (data/gazetteers/vote_verbs.tsv)
VOTED = gz.LazyPattern(
    lambda: re.compile(rf"(?<![\w])đã\s+(?:{gz.alternation('vote_verbs')})(?![\w])", re.I)
)
#: a held verb after the day, not one a plan names ("ban hành kế hoạch tổ chức Hội thi")
HELD_AFTER = re.compile(
    # (not a plan's subject: "Kế hoạch … về (việc) tổ chức Hội nghị …")
    r"[^.;]{0,80}?(?<![\w])(?<!hoạch )(?<!về )(?<!việc )(?:tổ chức|diễn ra|khai mạc)(?![\w])",
    re.IGNORECASE,
)
#: "Thực hiện Kế hoạch …, Đoàn kiểm tra của Sở đã kiểm tra …": the main clause after a cited
#: plan reports an activity done
DONE_AFTER_CITE = re.compile(
    r",[^.;]{0,120}?(?<![\w])(?:đã|vừa)\s+(?:tiến hành\s+|trực tiếp\s+)?"
    # "…, Đoàn công tác đã có buổi làm việc với …"
    r"(?:có\s+(?:buổi|cuộc|chuyến)\s+)?(?:tổ chức|kiểm tra|"
    r"giám sát|thanh tra|làm việc|tập huấn|ký kết|tiếp(?!\s+tục)|thăm|phối hợp)(?![\w])",
    re.IGNORECASE,
)
ISSUES = re.compile(
    r"(?<![\w])(?:ban hành|phê duyệt|ký ban hành|"
    # "… đã ký văn bản gửi bảy bộ", "có Công văn số 12 gửi các Sở": a document sent, none held
    r"(?:ký|có|gửi|ban hành)\s+(?:văn bản|công văn|thông báo|tờ trình)(?:\s+số\s+\S+)?"
    r"(?:\s+(?:ngày|hướng dẫn|đôn đốc|đề nghị)[^,.;:]{0,60}?)?\s+gửi|"
    r"gửi\s+(?:văn bản|công văn)\s+(?:hướng dẫn|đôn đốc|đề nghị|tới|đến|cho)|"
    r"nhận được\s+(?:công văn|văn bản|thông báo))(?![\w])",
    re.IGNORECASE,
)
#: "tập huấn về kỹ năng soạn thảo và ban hành văn bản", "hội nghị về công tác ban hành văn bản":
#: issuing named as the topic of what is held, not done by the sentence
_ISSUE_TOPIC = re.compile(
    r"(?<![\w])(?:về|kỹ năng|công tác|việc|nghiệp vụ|quy trình|thẩm quyền|"
    r"xây dựng(?:\s*,|\s+và))\s+(?:[^\s,.;:]+\s+){0,3}$",
    re.IGNORECASE,
)


def issues(sentence: str) -> bool:
    """The sentence issues, approves or sends a document (``UBND tỉnh ban hành Kế hoạch …``),
    not only names issuing as the topic of what it holds (``tập huấn về kỹ năng soạn thảo và
    ban hành văn bản``).

    >>> issues("UBND tỉnh ban hành Kế hoạch tổ chức hội nghị tập huấn")
    True
    >>> issues("Sở vừa mở lớp tập huấn về kỹ năng soạn thảo và ban hành văn bản")
    False
    >>> issues("Số văn bản có sai sót về ban hành do cấp xã tự kiểm tra còn nhiều")
    True
    """
    return any(
        not (
            _ISSUE_TOPIC.search(sentence, max(0, m.start() - 60), m.start())
            and _HOLDS.search(sentence, 0, m.start())
        )
        for m in ISSUES.finditer(sentence)
    )


#: the sentence holds something before naming its topic: "Sở vừa tổ chức tập huấn về …"
_HOLDS = re.compile(r"(?<![\w])(?:tổ chức|khai mạc|diễn ra|mở)(?![\w])", re.IGNORECASE)


#: a sentence led by the conclusions or directions of an earlier activity it cites ("Thực hiện
#: Kết luận của đồng chí A, Chủ tịch UBND tỉnh tại buổi làm việc ngày 5/3/2024, Sở …")
_CITED_AT = re.compile(
    r"\W*(?:Thực hiện|Theo|Căn cứ|Triển khai|Quán triệt)\s+(?:(?:Thông báo\s+)?[Kk]ết luận|"
    r"(?:các\s+)?ý kiến chỉ đạo|(?:sự\s+)?chỉ đạo)(?![\w])"
    # (a comma only before the post of the person who concluded: "của đồng chí A, Chủ tịch …")
    r"(?:[^,;.]|,(?=\s*(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bộ trưởng|Thứ trưởng|Bí thư|Trưởng|"
    r"Cục trưởng|Chánh án|Viện trưởng|Tổng cục trưởng)(?![\w])))*?\s(?:tại|trong)\s"
)


def cited_clause_end(sentence: str) -> int:
    """Where the leading clause that cites an earlier activity's conclusions ends (its comma),
    or -1: the activity and day named in it are cited, not reported.

    >>> s = "Thực hiện Kết luận của ông A tại buổi làm việc ngày 5/3/2024, Sở đã ban hành …"
    >>> cited_clause_end(s) == s.index(",")
    True
    >>> cited_clause_end("Thực hiện chỉ đạo của Bộ, ngày 5/3/2024, Sở tổ chức Hội nghị …")
    -1
    """
    m = _CITED_AT.match(sentence)
    if m is None:
        return -1
    comma = sentence.find(",", m.end())
    return comma if comma != -1 else -1


#: "… nhận được Giấy mời của Bộ Tư pháp dự Hội nghị …": an invitation received, the activity
#: it names is still ahead (not "Thực hiện Giấy mời …, Sở đã cử đại diện dự …": attended)
INVITED = re.compile(r"(?<![\w])nhận được\s+(?:giấy|thư)\s+mời(?![\w])", re.IGNORECASE)
CITES_DOC = re.compile(
    r"\W*(?:Thực hiện|Căn cứ|Theo)\s+(?i:Kế hoạch|Công văn|Quyết định|Chỉ thị|Thông tư|"
    r"Nghị quyết|Văn bản|Hướng dẫn)(?![\w])"
)
#: "… được trao tặng Giải thưởng", "… được Chủ tịch nước trao tặng Huân chương": an award
#: received, no ceremony reported
PASSIVE_RECEIVED = re.compile(r"(?<![\w])được(?:\s+[^\s,.;:]+){0,5}\s+$", re.IGNORECASE)
#: "… chụp ảnh cùng các đại biểu tại Đại hội …": a person placed at a named event
AT_EVENT = re.compile(
    r"(?<![\w])tại\s+(?:hội nghị|hội thảo|tọa đàm|đại hội|buổi lễ|lễ|buổi làm việc|buổi họp|"
    r"(?:buổi|lớp|phiên|cuộc)\s+(?:kỷ niệm|gặp mặt|họp mặt|tập huấn|bồi dưỡng|tuyên truyền|"
    r"sinh hoạt|giao ban|kiểm tra|giám sát|làm việc|tiếp|hội đàm|ký kết|công bố|họp|"
    r"chất vấn|tọa đàm|trao)|"
    # "Tại Hội thi, đội … đã thực hiện 4 phần thi": at a contest
    r"hội thi|cuộc thi|hội thao|hội diễn)"
    r"(?![\w])",
    re.IGNORECASE,
)
#: a contest reported by its prizes or its run, with no verb that holds it: "đội … giành giải
#: Nhất tại Hội thi …", "đạt giải Ba Hội thi …", "Cuộc thi … có sự tham gia của 45 thí sinh",
#: "Hội thao … đã khép lại", "Giải bóng đá … có 8 đội tham gia" (not "Cuộc thi … thu hút hơn
#: 10.000 lượt người tham gia": a contest run online for months, a campaign)
CONTEST_HELD = re.compile(
    r"(?<![\w])(?<!từng )(?:giành|đạt|đoạt)\s+(?:được\s+)?(?:giải|huy chương)\s+[^.;]{0,60}?"
    r"(?:tại|trong|của)?\s*(?:hội thi|cuộc thi|hội thao|hội diễn|giải bóng)(?![\w])"
    r"|(?<![\w])(?:hội thi|cuộc thi|hội thao|hội diễn|giải bóng \w+)(?![\w])[^.;]{0,120}?"
    r"(?<![\w])(?:(?:đã\s+)?(?:khép lại|kết thúc|bế mạc)|có sự tham gia của|"
    r"có\s+\d+\s+(?:đội|thí sinh|đơn vị)\s+tham gia)(?![\w])",
    re.IGNORECASE,
)
#: "Toàn cảnh buổi Lễ.", "Quang cảnh hội nghị": a caption that shows the activity held
OVERVIEW = re.compile(
    r"\W*(?:Toàn|Quang) cảnh\s+(?:buổi\s+|cuộc\s+|phiên\s+)?(?:lễ|hội nghị|hội thảo|tọa đàm|"
    r"hội đàm|làm việc|họp|tập huấn|đại hội|hội thi)(?![\w])",
    re.IGNORECASE,
)
#: a photo caption describes a picture, not the report
CAPTION = re.compile(r"\((?:Ảnh|ảnh)[^()]{0,40}\)|(?<![\w])Ảnh\s*:")
#: a cue named as a field of work ("khó khăn trong công tác cưỡng chế") reports no activity
TOPIC_CUE = re.compile(
    # ("Đoàn công tác làm việc", "chuyến công tác": a team or a trip, not a field of work)
    r"(?:(?<![Đđ]oàn )(?<!chuyến )công tác|lĩnh vực|về việc|nghiệp vụ|việc|tăng cường|"
    r"đẩy mạnh|nâng cao|"
    # "Kế hoạch kiểm tra", "Quy chế kiểm tra": a document's name
    r"kế hoạch|quy chế|nội dung|kết quả|lịch|"
    # "ra Quyết định cưỡng chế số …", "Thông báo kiểm tra": a document's name
    r"quyết định|thông báo|công văn|tờ trình|đề án|"
    # "Để chuẩn bị cho Hội nghị tổng kết, …": an activity still ahead
    r"chuẩn bị(?:\s+cho)?(?:\s+tổ chức)?|"
    # "quy định mới liên quan đến tiếp công dân": the topic of rules
    r"liên quan đến|quy định về|"
    # "sau 3 ngày làm việc": working days, no session
    r"ngày|"
    # "được điều động về làm việc tại Sở": a career move, no working session
    r"(?:chuyển|điều động|luân chuyển|biệt phái|phân công|tuyển dụng)(?:\s+công tác)?"
    r"(?:\s+(?:về|đến|sang|vào))?)\s+(?:tự\s+)?$|"
    # "công tác kiểm tra và tự kiểm tra", "công tác thanh tra, kiểm tra, giám sát": a later
    # field of work of a list (also of one strengthened: "tăng cường kiểm tra, giám sát",
    # "công tác kiểm tra, tự kiểm tra và kiểm tra chuyên đề")
    r"(?:công tác|lĩnh vực|nghiệp vụ|tăng cường|đẩy mạnh|nâng cao)"
    r"(?:\s+[^\s,.;:]+){1,3}"
    r"(?:(?:\s*,|\s+và)(?:\s+[^\s,.;:]+){1,3}){0,3}(?:\s*,|\s+và)\s+(?:tự\s+)?$|"
    # "tham gia vào hoạt động lập pháp, giám sát và …": a member's fields of work, none held
    r"(?:vào|các|trong)\s+hoạt động(?:\s+[^\s,.;:]+){1,4}"
    r"(?:\s*(?:,|\s+và)(?:\s+[^\s,.;:]+){1,4})*\s*(?:,|\s+và)\s+$|"
    r"(?:vào|các|trong)\s+hoạt động\s+$",
    re.IGNORECASE,
)


#: "Ban Chỉ đạo có chức năng … cưỡng chế …": a body's duties, no activity reported
def has_activity(sentence: str) -> bool:
    """True when the sentence has an activity verb that is not a topic named (``về việc phối
    hợp liên ngành``, ``công tác kiểm tra``).

    >>> has_activity("Sở thống nhất thực hiện Quy định về việc phối hợp liên ngành")
    False
    >>> has_activity("Sở phối hợp")
    True
    """
    if _INTERVIEW.search(sentence):
        return False  # "Phóng viên đã có cuộc trao đổi với ông A …": an interview, no activity
    return any(
        not TOPIC_CUE.search(sentence, max(0, m.start() - 16), m.start())
        and not (_NOUN_OF.search(sentence, max(0, m.start() - 6), m.start()) and _CHECK.match(m[0]))
        for m in _ACTIVITY.finditer(sentence)
    )


#: "dưới sự giám sát của Quốc hội", "sự kiểm tra": a noun of oversight, no check held ("có sự
#: tham gia của …" still places people at an activity)
_NOUN_OF = re.compile(r"(?<![\w])sự\s+$", re.IGNORECASE)
_CHECK = re.compile(r"(?:kiểm tra|giám sát|phối hợp|tiến hành)$", re.IGNORECASE)


#: the press talking with someone: "phóng viên Báo X đã có cuộc trao đổi với ông A", "ông A trả
#: lời phỏng vấn", "trao đổi với PV": an interview the page prints, not an activity it reports
_PRESS = r"(?:phóng viên|PV|nhà báo|báo chí|(?:Báo(?!\s+cáo)|Tạp chí|Đài)\s+\S+|[A-Z]{2,}\.vn)"
_INTERVIEW = re.compile(
    rf"(?<![\w]){_PRESS}(?![\w])[^.;:]{{0,60}}?(?<![\w])(?:(?:đã\s+)?có\s+(?:cuộc|buổi)\s+)?"
    r"(?:trao đổi|phỏng vấn|trò chuyện)(?:\s+nhanh)?\s+với(?![\w])|"
    r"(?<![\w])(?:trả lời phỏng vấn|(?:cuộc|buổi)\s+phỏng vấn|"
    rf"(?:trao đổi|trò chuyện|chia sẻ)(?:\s+nhanh)?\s+với\s+{_PRESS})(?![\w])",
    re.IGNORECASE,
)


#: "Ngành cần tích cực triển khai …, chú trọng tổng kết": what should be done, not what was;
#: "Đồng chí chỉ đạo các phòng, ban … kiểm tra thực địa": what others are told to do
SHOULD = re.compile(r"(?<![\w])(?:cần|chỉ đạo\s+(?:các|cho))(?![\w])[^.;:]*$", re.IGNORECASE)
DUTIES = re.compile(
    r"(?<![\w])(?:có (?:chức năng|nhiệm vụ|trách nhiệm|thẩm quyền)|chịu trách nhiệm|"
    # "Quy chế gồm 3 chương, 28 điều, quy định …", "Thông tư này có hiệu lực từ …": a
    # document's content and force
    r"gồm\s+\d+\s+chương|có hiệu lực)(?![\w])"
    # "Hội nghị là diễn đàn hội tụ …", "Lễ hội được xem là dịp …": what an activity is, said
    # of it in general (a page that reports one held says so elsewhere)
    r"|^\W*(?:Hội nghị|Hội thảo|Tọa đàm|Diễn đàn|Lễ|Hội thi|Chương trình|Sự kiện|Đại hội)"
    r"(?:\s+[^\s,.;:]+){0,3}\s+(?:là|được\s+(?:xem|coi|đánh giá)\s+là)\s+(?:một\s+)?"
    r"(?:diễn đàn|dịp|cơ hội|sự kiện|hoạt động)(?![\w])"
    # "Trong năm 2020, Hội tiếp tục … giám sát …", "Thời gian tới, Sở tiếp tục tổ chức …": a
    # year's programme, no activity held
    r"|^\W*(?:Trong\s+)?(?:năm\s+(?:19|20)\d\d|năm tới|thời gian tới|giai đoạn tới)\s*,"
    r"[^.;]*(?<![\w])tiếp tục(?![\w])"
    # "Trong công tác tập huấn …, Sở … tập huấn cho 846 hòa giải viên": a field of work summed up
    r"|^\W*(?:Trong|Về|Đối với)\s+công tác\s[^,.;]{0,120},",
    re.IGNORECASE,
)


SAME_DAY = re.compile(
    r"[\W\d]*(?:cũng\s+)?(?:(?:trong|vào)\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|tối|trưa)[ \t]+)?"
    # "Chiều cùng ngày", "Cũng trong ngày", "Trong buổi chiều cùng ngày", "Ngay trong ngày"
    r"(?:cùng ngày|(?<=trong )ngày|(?<=ngay trong )ngày)(?![\w]|\s+\d)"
    # "Buổi chiều, Bộ trưởng làm việc với …", "Vào buổi tối, …": the rest of the day
    r"|[\W\d]*(?:(?:trong|vào)\s+)?buổi\s+(?:chiều|tối|trưa)(?=\s*,)",
    re.IGNORECASE,
)


def is_day(iso: str) -> bool:
    """A whole day: ``YYYY-MM-DD``, or ``--MM-DD`` when the text gives no year."""
    return len(iso) == 10 or (len(iso) == 7 and iso.startswith("--"))


#: a tier of government as the subject ("Riêng cấp xã đã thực hiện kiểm tra bản chính để chứng
#: thực trên 294 nghìn bản sao", "Các địa phương đã …"): routine work of all its units
LEVEL_LEAD = re.compile(
    r"\W*(?:(?:Riêng|Còn|Trong đó|Đối với)\s*,?\s*)?(?:(?:các|toàn bộ|100%)\s+)?"
    r"(?:cấp (?:xã|huyện|tỉnh)|xã, phường|địa phương|đơn vị|phòng tư pháp|tổ chức hành nghề)"
    r"(?![\w])",
    re.IGNORECASE,
)


#: the event already reported receiving its guests: "Đặc biệt, Đại hội đã vinh dự được đón
#: tiếp đồng chí A … đến dự" is about that event, no meeting of its own
HEAD_RECEIVES = re.compile(
    r"\W*(?:[^,.;]{0,20},\s*)?(?P<head>Đại hội|Hội nghị|Hội thảo|Hội thi|Lễ|Buổi lễ)\s+"
    r"(?:(?:đã|cũng|rất|vinh dự|vinh dự và|vui mừng|hân hạnh|được)\s+)*(?:đón tiếp|đón)(?![\w])"
)


#: "Luật … được Quốc hội khóa XIII, kỳ họp thứ 8 thông qua", "… thông qua tại kỳ họp thứ 4": the
#: session that passed a law the page cites, not a session the page reports
#: (also what the Quốc hội approved there: "… đã trình và được Quốc hội tại kỳ họp thứ 9, ngày
#: 26/6/2015 phê chuẩn 15 vị Thẩm phán")
LAW_PASSED = re.compile(
    r"(?:(?<![\w])(?:Luật|Bộ luật|Hiến pháp|Nghị quyết|Pháp lệnh)|(?<![\w])được\s+Quốc hội)"
    r"(?![\w])[^.;]{0,160}?"
    r"(?:(?<![\w])kỳ họp(?:\s+thứ)?\s+[\w]+[^.;]{0,40}?(?<![\w])(?:thông qua|phê chuẩn)"
    r"|(?<![\w])(?:thông qua|phê chuẩn)\s+(?:tại|trong)\s+kỳ họp)(?![\w])"
)
#: what a day's sentence reports after the day, when it dates a law, not an activity: "Ngày
#: 20/6/2012, tại kỳ họp thứ 3, Quốc hội đã thông qua Luật …", "Ngày 2/7/2012, Chủ tịch nước đã
#: ký Lệnh công bố Luật …" (not "Ngày 5/3, Sở tổ chức hội nghị quán triệt Luật … được Quốc hội
#: thông qua": an activity first)
LAW_DATED = re.compile(
    r"(?:(?!(?<![\w])(?:tổ chức|hội nghị|hội thảo|tọa đàm|lễ|tập huấn|họp báo|làm việc)(?![\w]))"
    r"[^.;!?\n]){0,160}?(?<![\w])(?P<law>(?:(?:đã|vừa)\s+)?(?:(?:thông qua|phê chuẩn|ban hành)\s+"
    r"(?:(?:dự án|các|dự thảo)\s+)?(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)"
    r"|ký\s+(?:Lệnh|lệnh)\s+công\s+bố))(?![\w])"
)
#: the law's passing as the topic or the time of something else ("thông tin về việc Quốc hội
#: đã thông qua Luật …", "sau khi Quốc hội thông qua Luật …")
_LAW_AS_TOPIC = re.compile(r"(?<![\w])(?:việc|về|sau khi|khi|trước khi)(?:\s+\w+){0,3}\s*$")


def dates_a_law(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when what follows ``start`` (up to ``end``) reports a law passed or promulgated
    (:data:`LAW_DATED`), not as the topic or the time of another clause.

    >>> dates_a_law(", tại kỳ họp thứ 3, Quốc hội đã thông qua Luật Đất đai.")
    True
    >>> dates_a_law(", Sở khai mạc lớp bồi dưỡng sau khi Quốc hội thông qua Luật Đất đai.")
    False
    >>> dates_a_law(", Đoàn gặp cử tri, thông tin về việc Quốc hội đã thông qua Luật Đất đai.")
    False
    """
    m = LAW_DATED.match(text, start, len(text) if end is None else end)
    if m is None:
        return False
    before = text[start : m.start("law")]
    return not _LAW_AS_TOPIC.search(before)


#: a sentence that opens with a quotation ("“Chúng tôi phải bám cơ sở …”, ông A nói"): a speech
#: quoted, and the activities it names are not reported as held
QUOTE_OPENS = re.compile(r"\W{0,3}[“\"«]")
