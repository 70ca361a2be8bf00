"""Who an event's report names without placing them at it.

A person named in the text that reports an event is a participant unless the mention only
cites them (``lời dạy của Chủ tịch Hồ Chí Minh``), says they sent a letter (``Bộ trưởng … đã
có Thư chúc mừng``), remembers them (``cố Bộ trưởng …``, ``Lễ
truy điệu nguyên Chủ tịch nước …``) or names them as a party to the case being enforced or
judged (``Quyết định buộc ông A và bà B trả cho bà C …``, ``trong vụ bà D có trách nhiệm hoàn
trả …``): the parties of a judgment are its subject, not people at the meeting or the
enforcement the page reports. Nor is someone whose name stands for an authority another person
carries there (``Thay mặt Bộ trưởng A, …``, ``chuyển lời thăm hỏi của đồng chí B``, ``Quyết
định … do ông C ký``), someone said to be away (``vắng mặt``) or named at another time (``ông D,
khi đó là …``). Which text an event owns: :func:`event_scopes`.
"""

from __future__ import annotations

import re

from justicekg.extract.lexicon import UPPER, lexicon
from justicekg.extract.participant_credits import is_credited
from justicekg.extract.participant_elected import is_elected
from justicekg.extract.participant_remote import is_remote
from justicekg.extract.participant_rosters import is_rostered
from justicekg.extract.recognizers.event_signals import cited_clause_end

__all__ = ["in_an_earlier_year", "is_absent", "is_defendant"]

#: a person named as the source of a teaching, an example or a work is cited, not present
_CITED = re.compile(
    r"(?<![\w])(?:(?:lời dạy|lời|gương|tư tưởng|di huấn|di chúc|mang tên)\s+(?:của\s+)?"
    r"(?:(?:Chủ tịch|Bác|cố|Cố|đồng chí|Đồng chí)\s+)?|của\s+(?:Chủ tịch|Bác)\s+"
    # a song's or poem's authors ("nhạc: A, lời: B"), someone mourned ("vĩnh biệt anh C")
    # ("mặc niệm tưởng nhớ đồng chí D, nguyên Giám đốc Sở": two words of address)
    r"|(?:nhạc|lời|thơ|sáng tác)\s*:\s*|(?:vĩnh biệt|tiễn biệt|tưởng nhớ)\s+(?:\w+\s+){0,2}"
    # a contest's or study's subject ("tìm hiểu về cuộc đời của đồng chí D")
    r"|(?:tìm hiểu|học tập|nghiên cứu)\s+về\s+(?:(?:thân thế|cuộc đời|sự nghiệp)[^.;]{0,30}?\s+"
    r"(?:của\s+)?)?(?:(?:Chủ tịch|Bác|cố|Cố|đồng chí|Đồng chí)\s+)?)$"
)
#: "cố Bộ trưởng Tư pháp <Name>": the late holder of a post (a capitalized title follows)
#: (capitalized too: "gia đình Cố Thứ trưởng …"; not "Cố vấn …", an adviser; not the second
#: syllable of "củng cố", "sự cố", "kiên cố", "cầm cố": "củng cố Tổ công tác gồm ông A")
_DECEASED = re.compile(
    r"(?<![\w])(?<![Cc]ủng\s)(?<![Ss]ự\s)(?<![Kk]iên\s)(?<![Cc]ầm\s)"
    r"[cC]ố\s+(\w+)(?:\s+[^\s,.;:()]+){0,4}\s+$"
)
#: "Lễ truy điệu nguyên Chủ tịch nước <Name>", "viếng đồng chí <Name>": the person mourned
_MOURNED = re.compile(
    r"(?<![\w])(?:truy điệu|lễ tang|tang lễ|an táng|viếng|phúng viếng)\s+"
    r"(?:[^\s,.;:()]+\s+){0,5}$",
    re.IGNORECASE,
)
#: "Bộ trưởng A đã có Thư chúc mừng …", "ông B gửi lẵng hoa chúc mừng": sent, not there
_SENT_GREETINGS = re.compile(
    r"[^.;:]{0,60}?(?<![\w])(?:đã\s+)?(?:có|gửi)\s+(?:thư|điện|lẵng hoa|lãng hoa|hoa)"
    r"(?:\s+chúc mừng|\s+chia buồn)?(?![\w])",
    re.IGNORECASE,
)
#: a sentence about a case: a judgment's or enforcement's parties are named in it
_CASE = re.compile(
    r"(?<![\w])(?:buộc|người phải thi hành án|người được thi hành án|người phải THA|"
    r"người được THA|đương sự|bị cáo|bị đơn|nguyên đơn|hoàn trả|bồi thường|trả nợ|"
    r"có trách nhiệm trả|trong vụ|điều kiện thi hành án|điều kiện THA|kê biên|"
    # "ông A phải thi hành 3 bản án": the judgment debtor
    r"phải thi hành|phải THA)(?![\w])",
    re.IGNORECASE,
)
#: "hướng dẫn bà con về việc bồi thường": a case word as the topic of what is said, not a case
_CASE_TOPIC = re.compile(r"(?<![\w])về(?:\s+(?:việc|vấn đề|nội dung))?\s+$", re.IGNORECASE)
#: "Nguyên Chủ tịch nước … an nghỉ tại đất mẹ": the person has died
_DIED_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa|mới)\s+)?(?:an nghỉ|từ trần|qua đời|trút hơi thở|tạ thế)(?![\w])"
    # "… từ khi bà A mất, …", "ông B mất năm 2010"
    r"|\s+(?:đã\s+)?mất(?=\s*[,.;]|\s+(?:năm|ngày|vào|tháng)(?![\w]))"
)
#: a bare honorific right before the name: a private party, not an official with a title
_PRIVATE = re.compile(r"(?<![\w])(?:ông|bà|anh|chị|hộ ông|hộ bà)\s+$")
#: "đại diện người phải thi hành án là bà A", "đại diện bên được thi hành án là ông B": a party's
#: representative, there to witness the enforcement
_PARTY_AGENT = re.compile(
    r"(?<![\w])(?:người\s+)?đại diện\s+(?:cho\s+|của\s+)?(?:người|bên)[^,;.()]{0,30}?\s+là\s+"
    r"(?:ông|bà|anh|chị)\s+$",
    re.IGNORECASE,
)
#: "… A phải thi hành 3 bản án", "… B đã thi hành xong hơn 4 tỷ đồng": the judgment debtor
_DEBTOR_AFTER = re.compile(
    # (a former post between: "ông A, nguyên Chủ tịch UBND tỉnh phải thi hành …")
    r"(?:\s*\([^()]{0,60}\))?(?:\s*,\s*(?:nguyên|cựu)\s[^,.;()]{0,60}?,?)?"
    r"\s*(?:hiện\s+)?(?:còn\s+)?(?:phải thi hành|đã thi hành xong|"
    r"chưa thi hành|phải bồi thường|phải trả|đang chấp hành hình phạt|đang thi hành án phạt|"
    # "Qua xác minh, ông A không còn tài sản nào khác": the debtor's assets verified
    r"không còn tài sản|không có tài sản)"
    r"(?![\w])",
    re.IGNORECASE,
)
#: "việc THADS của ông A", "thi hành án đối với bà B", "tài sản của ông C": whose judgment is
#: enforced
_DEBTOR_BEFORE = re.compile(
    r"(?<![\w])(?:(?:thi hành án|THADS|THA)(?:\s+dân sự)?|tài sản)\s+(?:của|đối với)\s+"
    r"(?:ông|bà)\s+$",
    re.IGNORECASE,
)
#: "… trong vụ Hà Văn A", "vụ án Lê Thị B": the case that bears the name
#: ("vụ án hình sự Hà Văn C giết người": the case's branch of law between)
_CASE_NAME = re.compile(
    r"(?<![\w])vụ\s+(?:án\s+|việc\s+)?(?:(?:hình sự|dân sự|hành chính|kinh tế|tham nhũng)\s+)?$",
    re.IGNORECASE,
)
#: "… vụ án Hà Văn A, Lê Văn B (sinh năm 1990) và …": a co-defendant in the case's name
_CASE_NAME_LIST = re.compile(
    rf"(?<![\w])vụ\s+(?:án\s+)?(?:(?:[{UPPER}]\w*\s+){{1,3}}[{UPPER}]\w*\s*"
    r"(?:\([^()]{0,40}\)\s*)?(?:,|và)\s+)+$"
)
#: "Trước đó, năm 2011, chị A mua …", "Năm 2015, ông B vay …": a sentence about an earlier year
#: (no day of its own) recalls what happened then
_EARLIER_YEAR = re.compile(
    r"\W*(?:Trước đó\s*,?\s*)?(?:(?:vào|từ)\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:năm|tháng\s+\d{1,2}"
    r"\s*/\s*|tháng\s+\d{1,2}\s+năm)\s*(?:19|20)\d\d\s*,",
    re.IGNORECASE,
)
#: "Trước đây, …", "Trước kia, …", "Những năm trước, …": the sentence tells of an earlier time
#: (not "Trước đó, …", which may open what was done before the event on its day)
_EARLIER_LEAD = re.compile(
    r"\W*(?:Trước đây|Trước kia|Thời gian trước|Những năm trước|Nhiều năm trước|Hồi đó)\s*,",
    re.IGNORECASE,
)
#: "nhắc lại lời căn dặn của đồng chí A", "ghi nhớ lời dặn dò của B": earlier words recalled
_RECALLED_WORDS = re.compile(
    r"(?<![\w])(?:nhắc lại|ghi nhớ|khắc ghi|khắc sâu|thấm nhuần|làm theo)\s+"
    r"(?:những\s+)?lời\s+(?:căn dặn|dặn dò|dạy|chỉ dẫn|huấn thị|khuyên)\s+(?:của\s+)?"
    r"(?:(?:đồng chí|Đồng chí|ông|bà|cố|nguyên)\s+)?(?:[^\s,.;:()]+\s+){0,6}$"
)
_DAY_IN = re.compile(r"(?<![\d/])\d{1,2}\s?[/.\-]\s?\d{1,2}(?![\d])|ngày\s+\d{1,2}", re.IGNORECASE)


#: the title words between an authority and its holder's name ("của Chủ tịch UBND tỉnh ",
#: "do Chánh án TAND TP.HCM "): a dot only inside a word
_TITLE_WORDS = r"(?:[^\s,.;:()]+(?:\.[^\s,.;:()]+)*\s+){0,8}"
#: "Thay mặt Bộ trưởng A, …", "Thừa ủy quyền của Chủ tịch UBND tỉnh B", "chuyển lời thăm hỏi
#: của đồng chí C", "gửi lời chúc mừng của D", "chỉ đạo của E", "Quyết định … do ông F … ký": the
#: holder's name stands for an authority someone else carries to the event
_ON_BEHALF = re.compile(
    r"(?<![\w])(?:[Tt]hay mặt|(?:[Tt]hừa|[Đđ]ược sự|[Tt]heo sự)?\s*ủy quyền(?:\s+của)?|"
    r"[Tt]hừa lệnh|"
    r"(?:chuyển|gửi)\s+(?:lời|thư)(?:\s+(?:thăm hỏi|chúc mừng|chào|chúc|động viên)){0,2}\s+của|"
    # (not "phát biểu chỉ đạo của Phó Thủ tướng A": a speech given there)
    r"(?:[Tt]hực hiện|[Tt]heo|[Dd]ưới)\s+(?:sự\s+)?chỉ đạo\s+của|"
    # (its number and issuing body between: "Quyết định số 688/QĐ-CCTHADS của Chi cục … TP.
    # Pleiku do ông A-Chi cục trưởng ký")
    r"(?:Quyết định|Công văn|Văn bản|Kế hoạch|Thông báo)(?:[^.;]|(?<=TP)\.){0,120}?\sdo)"
    rf"\s+{_TITLE_WORDS}$"
)
#: "quán triệt nội dung bài phát biểu của đồng chí Tổng Bí thư A", "học tập bài viết của B": a
#: speech or article studied, its author not there
_STUDIED = re.compile(
    r"(?<![\w])(?:quán triệt|học tập|nghiên cứu|tìm hiểu)\s+(?:nội dung\s+|toàn văn\s+)?"
    r"(?:(?:bài|các bài|những bài)\s+(?:phát biểu|viết|nói)|ý kiến chỉ đạo|kết luận|tác phẩm)"
    r"(?:\s+(?:quan trọng|chỉ đạo))?\s+của\s+"
    rf"{_TITLE_WORDS}$",
    re.IGNORECASE,
)
#: "Trao đổi với PV, ông A cho biết …", "Trả lời phỏng vấn Báo Pháp luật, bà B …", "PV đã liên
#: hệ với ông C": someone speaking to the press, not placed at the event the page reports (not
#: "Trao đổi với phóng viên bên lề hội nghị, ông D …": said at the event)
_TO_THE_PRESS = re.compile(
    r"(?<![\w])(?:(?:[Tt]rao đổi|[Tt]rả lời(?:\s+phỏng vấn)?|[Nn]ói|[Cc]hia sẻ|[Tt]âm sự)\s+"
    # (a whole word, and no "báo cáo": "trao đổi báo cáo chuyên đề, đồng chí A kết luận")
    r"(?:với\s+)?(?:PV|P\.V|phóng viên|báo chí|[Bb]áo(?!\s+cáo(?![\w]))|[Tt]ạp chí|[Đđ]ài|"
    r"chúng tôi|nhà báo)(?![\w])"
    r"[^.;:,]{0,60},\s*"
    r"|(?:PV|P\.V|[Pp]hóng viên)[^.;:,]{0,30}?\s(?:liên hệ|liên lạc|gọi điện)\s+(?:với\s+)?)"
    r"(?:(?:ông|bà|anh|chị|đồng chí)\s+)?"
    rf"{_TITLE_WORDS}$"
)
#: "… bà A không bình luận thêm với PV", "ông B cho biết với phóng viên …": the same, after
_TO_THE_PRESS_AFTER = re.compile(
    r"[^.;:]{0,60}?(?<![\w])(?:trả lời|bình luận|cho biết|chia sẻ|nói|trao đổi|khẳng định|"
    r"thông tin|tâm sự)(?:\s+thêm)?\s+với\s+(?:PV|P\.V|phóng viên|báo chí|nhà báo|[Bb]áo|"
    r"[Tt]ạp chí)(?![\w])"
)
#: "Bên lề hội nghị, trao đổi với phóng viên, …", "sau buổi làm việc": said at the event
_SIDELINES = re.compile(
    r"(?<![\w])(?:bên lề|sau|tại|trong)\s+(?:buổi\s+|cuộc\s+|phiên\s+|kỳ\s+)?"
    r"(?:hội nghị|hội thảo|tọa đàm|lễ|buổi|họp|làm việc|đại hội|lớp|phiên|kỳ họp|sự kiện|"
    r"chương trình|hoạt động)(?![\w])",
    re.IGNORECASE,
)
#: "Sở đã tham mưu cho đồng chí A, Chủ tịch UBND tỉnh ký ban hành 5 quyết định": someone a body
#: advises, or who signs a document, not placed at the event
_ADVISED = re.compile(
    r"(?<![\w])tham mưu\s+(?:cho\s+|với\s+)?(?:đồng chí\s+|ông\s+|bà\s+)?"
    rf"{_TITLE_WORDS}$",
    re.IGNORECASE,
)
#: the words between a name and its verb: its title, not another verb of its own ("ông A,
#: Giám đốc Sở chủ trì hội nghị và ký …", "ông A khẳng định Sở sẽ …": A is there) nor a second
#: person ("ông A và ông B đã ký …")
_OWN_CLAUSE = (
    r"(?:(?!(?<![\w])(?:và|cùng|đã|sau đó|rồi|chủ trì|dự|tham dự|phát biểu|trao|cho biết|"
    r"khẳng định|nhấn mạnh|đề nghị|yêu cầu|cho rằng|nêu|chia sẻ|thông tin|báo cáo|chỉ đạo|"
    r"đề xuất|lưu ý|giao|nói|mong)(?![\w]))[^.;:]){0,80}?"
)
#: a document's signer: "… tham mưu cho đồng chí A, Chủ tịch UBND tỉnh ký ban hành 5 quyết
#: định" (not "A đã ký văn bản thỏa thuận" at a signing, nor "ký quyết định và trao" at a
#: ceremony: they are there)
_SIGNS_AFTER = re.compile(_OWN_CLAUSE + r"(?<![\w])ký\s+ban\s+hành(?![\w])")
#: "Dự kiến, đồng chí A, Phó Chủ tịch UBND tỉnh sẽ dự và chỉ đạo Hội nghị tổng kết": someone
#: to attend a later activity, not at the one reported
_WILL_ATTEND = re.compile(
    _OWN_CLAUSE + r"(?<![\w])sẽ\s+(?:về\s+|đến\s+|tới\s+)?(?:dự|tham dự|chủ trì|phát biểu|"
    r"chỉ đạo|trao|làm việc)(?![\w])(?!\s+đổi)"
)
#: "… ông A, Phó Giám đốc Sở vắng mặt", "ông B, khi đó là Giám đốc Sở": not there, or another
#: time than the event's
_NOT_THERE_AFTER = re.compile(
    r"(?:,[^.;:(),]{0,50})?\s+(?:vắng mặt|đã qua đời|đã từ trần)(?![\w])|"
    # "… của bà A (đã mất năm 2004)", "ông B đã chết từ năm 2010": someone deceased
    # (not "(mất khả năng thanh toán)", "(chết lặng …)": a loss, a shock, no death)
    r"\s*\(\s*(?:đã\s+)?(?:qua đời|từ trần|(?:mất|chết)(?=\s*(?:[),]|\d|(?:năm|ngày|tháng|"
    r"từ|vào|cách|trước|lúc|khi|do|vì)(?![\w]))))|"
    r"\s+đã\s+(?:mất|chết)\s+(?:năm|từ|vào|cách|trước)(?![\w])|"
    r",?\s*(?:khi đó|lúc đó|thời điểm đó)(?:\s+là)?(?![\w])"
)


#: "Sở đề nghị khen thưởng cho ông A", "được đề nghị tặng Giấy khen là bà B", "đề nghị công nhận
#: danh hiệu … cho đồng chí C": a nominee, named for an award not given there
_NOMINATED = re.compile(
    r"(?<![\w])(?:đề nghị|đề xuất|xét)\s+(?:khen thưởng|tặng|công nhận|trao tặng|suy tôn)"
    r"[^.;:]{0,80}?\s(?:cho|là|gồm)\s+(?:các\s+)?(?:cá nhân\s+)?(?:ông|bà|đồng chí|anh|chị)?\s*$"
    # "Hội nghị biểu quyết suy tôn ông A …": a nominee named before the award
    r"|(?<![\w])(?:suy tôn|bình chọn|bình xét)\s+(?:(?:các\s+)?(?:cá nhân|đồng chí)\s*:?\s*)?"
    r"(?:ông|bà|đồng chí|anh|chị)?\s*$",
    re.IGNORECASE,
)


def is_absent(text: str, start: int, sentence: tuple[int, int], *, official: bool = False) -> bool:
    """True when the mention of a person at ``start`` (in ``sentence``, offsets into ``text``)
    names someone who is not at the event the text reports; an ``official`` (a person the page
    gives a post) is never taken for a party to a case.

    >>> t = "Quyết định buộc ông Lê Văn Tám trả cho bà Phan Thị Chín số tiền 20 triệu đồng."
    >>> is_absent(t, t.index("Lê"), (0, len(t))), is_absent(t, t.index("Phan"), (0, len(t)))
    (True, True)
    >>> t = "Chấp hành viên Lê Văn Tám chủ trì buổi cưỡng chế, bà Phan Thị Chín dự."
    >>> is_absent(t, t.index("Lê"), (0, len(t))), is_absent(t, t.index("Phan"), (0, len(t)))
    (False, False)
    >>> t = "Ông Lê Văn Tám báo cáo việc người phải thi hành án khiếu nại."
    >>> is_absent(t, t.index("Lê"), (0, len(t)), official=True)
    False
    >>> t = "Tại Lễ công bố, Bộ trưởng Lưu Văn Tư đã có Thư chúc mừng Chương trình."
    >>> is_absent(t, t.index("Lưu"), (0, len(t)))
    True
    >>> t = "Lễ truy điệu nguyên Chủ tịch nước Hoàng Văn Mười được cử hành trọng thể."
    >>> is_absent(t, t.index("Hoàng"), (0, len(t)))
    True
    >>> t = "Cuộc thi tìm hiểu về cuộc đời của đồng chí Lê Văn Ba, Viện trưởng đầu tiên."
    >>> is_absent(t, t.index("Lê"), (0, len(t)))
    True
    >>> t = "Quyết định trên do Chánh án TAND TP.HCM Lâm Văn Tư ký."
    >>> is_absent(t, t.index("Lâm"), (0, len(t)))
    True
    >>> t = "Hội nghị đã quán triệt bài phát biểu của đồng chí Chủ tịch nước Lê Văn Tám."
    >>> is_absent(t, t.index("Lê"), (0, len(t)))
    True
    >>> t = "Có mặt đại diện người phải thi hành án là bà Lê Thị Tám."
    >>> is_absent(t, t.index("Lê"), (0, len(t)))
    False
    >>> t = "Trước đó, năm 2012, chị Lê Thị Tám mua thửa đất này."
    >>> is_absent(t, t.index("Lê"), (0, len(t)))
    True
    >>> t = "Dự kiến, đồng chí Lê Văn Tám, Phó Chủ tịch UBND tỉnh sẽ dự và chỉ đạo Hội nghị."
    >>> is_absent(t, t.index("Lê"), (0, len(t)))
    True
    """
    before = text[max(0, start - 50) : start]
    if _CASE_NAME.search(before[-30:]) or _CASE_NAME_LIST.search(text, max(0, start - 120), start):
        return True  # "… trong vụ Hà Văn A", "vụ án A và B phạm tội …": the case's name
    s0, s1 = sentence
    if _in_earlier_year(text, s0, s1):
        return True  # "Trước đó, năm 2011, chị A mua thửa đất": another time than the event's
    if _EARLIER_LEAD.match(text, s0, s1) and not _DAY_IN.search(text, s0, s1):
        return True  # "Trước đây, ông A từng giữ chức Giám đốc Sở": a past the page recalls
    if _RECALLED_WORDS.search(text, max(s0, start - 60), start):
        return True  # "Ông A nhắc lại lời căn dặn của đồng chí B": words said before, recalled
    if _NOMINATED.search(text, max(s0, start - 120), start):
        return True  # "Sở đề nghị khen thưởng cho ông A": a nominee, not placed there
    if is_credited(text, start, s1):
        return True  # "Người đăng: Lê Thị A", "Tác giả bài viết - chuyên viên B": a credit
    if is_elected(text, start, _name_end(text, start), sentence):
        return True  # "Hội nghị đã bầu ông A làm Trưởng đoàn": the result, not placed there
    if is_rostered(text, start, sentence):
        return True  # "Hiện Sở có 2 phó giám đốc là bà A và ông B": who holds a post now
    if _CITED.search(before) or _MOURNED.search(before):
        return True  # "lời dạy của Chủ tịch …", "Lễ truy điệu nguyên Chủ tịch nước …"
    if _DIED_AFTER.match(text, _name_end(text, start)):
        return True  # "… Trần Văn A an nghỉ tại quê nhà": mourned, not present
    if _STUDIED.search(text, max(sentence[0], start - 120), start):
        return True  # "quán triệt bài phát biểu của đồng chí A": A's speech studied
    press = _TO_THE_PRESS.search(text, max(sentence[0], start - 120), start) or (
        _TO_THE_PRESS_AFTER.match(text, _name_end(text, start), sentence[1])
    )
    if press is not None and not _SIDELINES.search(text, sentence[0], press.end()):
        return True  # "Trao đổi với PV, ông A cho biết": talks to the press, not there
    if _ON_BEHALF.search(text, max(sentence[0], start - 120), start):
        return True  # "Thay mặt Bộ trưởng A, Thứ trưởng B trao …": A stands for an authority
    if _NOT_THERE_AFTER.match(text, _name_end(text, start), sentence[1]):
        return True  # "ông A, Phó Giám đốc Sở vắng mặt", "ông B, khi đó là …"
    if start - s0 < cited_clause_end(text[s0:s1]):
        return True  # "Thực hiện Kết luận của đồng chí A tại buổi làm việc ngày …, Sở …": cited
    if _ADVISED.search(text, max(s0, start - 80), start) or _SIGNS_AFTER.match(
        text, _name_end(text, start), s1
    ):
        return True  # "tham mưu cho đồng chí A …", "… A ký ban hành 5 quyết định": not there
    if _WILL_ATTEND.match(text, _name_end(text, start), sentence[1]):
        return True  # "đồng chí A … sẽ dự và chỉ đạo Hội nghị …": to attend a later one
    greeting = _SENT_GREETINGS.match(text, start, sentence[1])
    if greeting is not None and not re.search(r"(?<![\w])(?:và|cùng)(?![\w])", greeting.group(0)):
        return True  # "Bộ trưởng A đã có Thư chúc mừng": a letter sent, not present
    late = _DECEASED.search(before)
    if late is not None and late.group(1)[:1].isupper():
        return True  # "thắp hương tưởng nhớ cố Bộ trưởng …": remembered, not present
    opened = text.count("“", s0, start) - text.count("”", s0, start)
    if opened > 0 and text.find("”", start, s1) >= 0:
        return True  # "Hội thảo “Đồng chí A với ngành Kiểm sát”": named in a quoted title
    if _DEBTOR_AFTER.match(text, _name_end(text, start), s1) or _DEBTOR_BEFORE.search(before):
        return True  # "ông A phải thi hành 3 bản án": the judgment debtor, even a former official
    if _PARTY_AGENT.search(text, max(s0, start - 80), start):
        return False  # "đại diện người phải thi hành án là bà A": there as a party's agent
    if is_remote(text, start, _name_end(text, start), sentence, official=official):
        return True  # "sự chỉ đạo của A", "đơn khiếu nại của bà B": not placed there
    return not official and bool(_PRIVATE.search(before[-12:]) and _case_sentence(text, s0, s1))


def _case_sentence(text: str, s0: int, s1: int) -> bool:
    """Whether ``text[s0:s1]`` is about a case: a case word in it that is not only the topic
    of what someone says there (``hướng dẫn bà con về việc bồi thường``)."""
    return any(
        not _CASE_TOPIC.search(text, max(s0, m.start() - 16), m.start())
        for m in _CASE.finditer(text, s0, s1)
    )


#: "bị cáo A", "Bị can B", "đối tượng C": a person the case accuses
_ACCUSED = re.compile(r"(?<![\w])(?:bị cáo|bị can|bị hại|đối tượng|phạm nhân)\s+$", re.IGNORECASE)


def is_defendant(text: str, start: int, kind: str) -> bool:
    """True when the mention at ``start`` names an accused person (``Bị cáo A - Ảnh: …``, ``vụ
    bị cáo B``) and the event is not a trial or an enforcement (``kind`` other): the accused is
    the subject of a case talked about at a conference or a meeting, not someone at it.

    >>> t = "Bị cáo Lê Văn Tám tại phiên tòa."
    >>> is_defendant(t, t.index("Lê"), "conference"), is_defendant(t, t.index("Lê"), "other")
    (True, False)
    """
    return kind != "other" and _ACCUSED.search(text, max(0, start - 16), start) is not None


def in_an_earlier_year(days: list[str], date: str | None) -> bool:
    """True when a sentence writes a whole day (``days``: ISO names of its dates) of a year
    before the event's ``date``: ``Ngày 5/4/1993, …, ông A là Giám đốc đầu tiên`` on a page that
    reports a day of 2018 tells of another time, and A is not placed at the event.

    >>> in_an_earlier_year(["1993-04-05"], "2018-04-09")
    True
    >>> in_an_earlier_year(["2018-04-08"], "2018-04-09")
    False
    """
    return bool(date) and any(len(d) == 10 and d[:1] != "-" and d[:4] < str(date)[:4] for d in days)


def _in_earlier_year(text: str, s0: int, s1: int) -> bool:
    """The sentence ``text[s0:s1]``, or one before it in its paragraph, recalls an earlier year
    (``Trước đó, năm 2011, …``), and no day is written from there on: the paragraph tells
    what happened then (``… Sau đó, chị A được cấp …``).

    >>> t = "Trước đó, năm 2012, chị Lê Thị Tám mua đất. Sau đó, chị Tám được cấp giấy."
    >>> _in_earlier_year(t, t.index("Sau"), len(t))
    True
    >>> t = "Trước đó, năm 2012, chị Tám mua đất. Ngày 3/5, chị Tám dự buổi cưỡng chế."
    >>> _in_earlier_year(t, t.index("Ngày"), len(t))
    False
    """
    para = text.rfind("\n", 0, s0) + 1
    starts = [para, *(m.end() for m in _SENTENCE_BREAK.finditer(text, para, s0 + 1))]
    for at in reversed(starts):
        if _EARLIER_YEAR.match(text, at, s1):
            return not _DAY_IN.search(text, at, s1)
    return False


_SENTENCE_BREAK = re.compile(r"[.!?]\s+")


def _name_end(text: str, start: int) -> int:
    """The end of the capitalized words of the name at ``start``.

    >>> _name_end("ông Lê Văn Tám an nghỉ", 4)
    14
    """
    end = start
    for w in re.finditer(r"\S+", text[start : start + 60]):
        token = w.group(0)
        if not token[:1].isupper():
            break
        bare = token.rstrip(",.;:()")
        end = start + w.start() + len(bare)
        if bare != token:
            break
    return end


#: "Trước đó, ngày 14/5, Đoàn đã …", "Thứ trưởng cho biết, trước đó, …": a flashback to an
#: earlier activity inside the report of a later one
_FLASHBACK = re.compile(r"(?:^|[,:;]\s*)[Tt]rước đó\s*,?\s+[^.;]{0,60}$")


#: "…, ông A cho biết, ngày 3/4, …": a speaker's verb before the day of what they report
_SAID = re.compile(
    r"(?<![\w])(?:cho biết|báo cáo|thông tin|khẳng định|nêu rõ|chia sẻ)(?:\s+(?:thêm|rằng))?"
    r"\s*[,:]\s*(?:[^\s,.;]+\s*){0,3}$"
)


def event_scopes(
    text: str,
    events: list[tuple[int, int]],
    bounds: list[tuple[int, int]],
    paragraph_end: list[int],
    kinds: list[str] | None = None,
) -> list[list[tuple[int, int]]]:
    """The text each event owns, as intervals: ``bounds`` (from an event to the next), except
    that a flashback (``Trước đó, ngày 14/5, …``) owns only up to the end of its paragraph, and
    the paragraphs after it, up to the next event, return to the event reported before it when
    they name that event's activity (``Tiếp Đoàn có …`` after a visit). ``events`` are
    (sentence start, day start), ``paragraph_end`` the end of each event's paragraph and
    ``kinds`` their kinds.

    >>> t = "Ngày 15/5, Đoàn làm việc.\\nTrước đó, ngày 14/5, Đoàn kiểm tra.\\nTiếp Đoàn có ông A."
    >>> s2, p2 = t.index("Trước"), t.index("\\nTiếp")
    >>> ev, bounds = [(0, 5), (s2, t.index("14/5"))], [(0, s2), (s2, len(t))]
    >>> sc = event_scopes(t, ev, bounds, [s2, p2], ["meeting", "inspection"])
    >>> sc == [[(0, s2), (p2, len(t))], [(s2, p2)]]
    True
    """
    scopes = [[b] for b in bounds]
    for i in range(1, len(events)):
        start, day = events[i]
        said = _SAID.search(text[start : max(start, day)])
        if said is not None and bounds[i][0] <= start:
            # "Báo cáo tại buổi làm việc, ông A cho biết, ngày 3/4, Sở đã tổ chức …": A speaks
            # at the event reported before; the day is of what A reports
            scopes[i] = [(start + said.end(), bounds[i][1])]
            scopes[i - 1].append((bounds[i][0], start + said.end()))
    for i in range(1, len(events)):
        start, day = events[i]
        lo, hi = bounds[i]
        end = paragraph_end[i]
        if not (lo <= end < hi) or not _FLASHBACK.search(text[start : max(start, day)]):
            continue
        rest = text[end:hi].strip()
        if not rest or kinds is None:
            continue
        first = re.split(r"(?<=[.!?])\s|\n", rest, maxsplit=1)[0]
        if kinds[i - 1] == kinds[i] or not any(
            k == kinds[i - 1] and p < 12 and c.search(first) for c, k, p in lexicon().event_cues
        ):
            continue  # (the paragraph after goes on about the flashback's activity)
        scopes[i] = [(max(lo, scopes[i][0][0]), end)]
        scopes[i - 1].append((end, hi))
    return scopes
