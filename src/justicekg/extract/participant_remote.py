"""People an event's report names from afar: the authority behind it, a document's author or
signer, a complainant, a private household.

The conventions list as participants the people an article places at an event; a report of a
meeting also names people who are not there:

- the backing a body had over a period (``nhận được sự quan tâm, hỗ trợ kịp thời của Chủ
  tịch UBND tỉnh A``, ``Dưới sự lãnh đạo, chỉ đạo sát sao của đồng chí B``): not ``với sự
  tham dự của``, ``dưới sự chủ trì của`` (there), nor ``ý kiến chỉ đạo của`` (said there);
- a document's author (``Thực hiện Quyết định số 12 của Chủ tịch UBND tỉnh C``) or signer
  (``Chủ tịch UBND tỉnh D đã ký Quyết định số 15/QĐ-UBND``); the person a decision names
  (``Quyết định của Chủ tịch UBND tỉnh bổ nhiệm ông E``) is not its author;
- a complainant (``đơn khiếu nại của bà F``, ``F … đã gửi đơn khiếu nại``), the party who
  asked for an enforcement (``thi hành theo yêu cầu của ông F``), a predecessor (``kế nhiệm
  ông F``), the one a check is about (``liên quan đến cá nhân ông F``), and a private
  household visited or enforced against (``thăm và tặng quà gia đình ông G``, ``cưỡng chế đối
  với hộ bà H``):
  the subject of the activity, not people at it (an official the page gives a post is never
  taken for a household or a party asking for an enforcement);
- someone a plan names (``dự kiến Đoàn sẽ hội kiến Bộ trưởng J``): not met yet;
- someone quoted on what the activity is for (``Theo Chánh án K, lớp tập huấn nhằm …``);
- a bare title that is a predicate (``ông I là Chủ tịch Hội đồng``): the post someone takes,
  not a repeat mention of the one who holds another post of that title.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz

__all__ = ["is_remote"]


def _words(kind: str) -> str:
    """The words of ``kind`` in data/gazetteers/remote_words.tsv as one alternation."""
    return gz.alternation("remote_words", kind=kind)


@gz.derived
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The backing of an authority, a document's author, the signer after a name (their words
    in data/gazetteers/remote_words.tsv)."""
    # the title words between an authority and its holder's name ("Chủ tịch UBND tỉnh "), none
    # of them a verb or an honorific that starts another person's clause ("… bổ nhiệm ông E")
    title = rf"(?:(?!(?:{_words('not_title')})\s)[^\s,.;:()]+(?:\.[^\s,.;:()]+)*\s+){{0,8}}"
    # the backing nouns: "sự quan tâm, hỗ trợ kịp thời của", "sự lãnh đạo và chỉ đạo sát sao của"
    noun = rf"(?:{_words('backing')})(?:\s+(?:{_words('degree')}))*"
    backing = re.compile(
        rf"(?<![\w])sự\s+{noun}(?:\s*(?:,|và)\s*{noun})*\s+của\s+"
        rf"(?:(?:đồng chí|ông|bà)\s+)?{title}$",
        re.IGNORECASE,
    )
    # "Quyết định số 12/QĐ-UBND ngày 3/5/2024 của Chủ tịch UBND tỉnh ": a document's author
    author = re.compile(
        rf"(?<![\w])(?:{_words('authored')})"
        r"(?:\s+số\s+[^\s,;]+)?(?:\s+ngày\s+\d{1,2}\s?[/.\-]\s?\d{1,2}(?:\s?[/.\-]\s?\d{2,4})?)?"
        rf"\s+của\s+(?:(?:đồng chí|ông|bà)\s+)?{title}$",
        re.IGNORECASE,
    )
    # "… D, Chủ tịch UBND tỉnh đã ký Quyết định số 15": the signer of a numbered document (not
    # "ông A ký quyết định và trao" at a ceremony: no number)
    signer_after = re.compile(
        # (not across another person's honorific: "… có đồng chí A, Phó Chủ tịch, đồng chí B đã
        # ký")
        r"(?:(?!(?<![\w])(?:và|cùng|chủ trì|dự|tham dự|phát biểu|trao|đồng chí|ông|bà)(?![\w]))"
        r"[^.;:]){0,80}?"
        rf"(?<![\w])(?:đã\s+)?ký\s+(?:ban hành\s+)?(?:{_words('signed')})\s+số(?![\w])",
        re.IGNORECASE,
    )
    return backing, author, signer_after


#: the honorifics before a private person's name
_PRIVATE_HONORIFIC = r"(?:ông|bà|anh|chị|cụ)"
#: "đơn khiếu nại của bà F", "tố cáo của ông G", "đơn kiến nghị, phản ánh của công dân H": a
#: complainant
_COMPLAINANT = re.compile(
    r"(?<![\w])(?:đơn(?:\s+thư)?(?:\s+(?:khiếu nại|tố cáo|kiến nghị|phản ánh|đề nghị|yêu cầu)"
    r"(?:\s*(?:,|và)\s*(?:khiếu nại|tố cáo|kiến nghị|phản ánh))*)?|khiếu nại|tố cáo)"
    rf"\s+của\s+(?:công dân\s+(?:{_PRIVATE_HONORIFIC}\s+)?|{_PRIVATE_HONORIFIC}\s+)$",
    re.IGNORECASE,
)
#: "gia đình ông G", "hộ bà H", "hộ gia đình ông I": a private household
_HOUSEHOLD = re.compile(
    r"(?<![\w])(?:gia đình|hộ(?:\s+gia đình)?)(?:\s+(?:chính sách|liệt sĩ|thương binh))?\s+"
    rf"{_PRIVATE_HONORIFIC}\s+$",
    re.IGNORECASE,
)


#: "thi hành theo yêu cầu của ông A": the party who asked for the enforcement
_REQUESTER = re.compile(
    rf"(?<![\w])yêu cầu(?:\s+thi hành án)?\s+của\s+{_PRIVATE_HONORIFIC}\s+$", re.IGNORECASE
)
#: "… A, Trưởng phòng … đã gửi đơn khiếu nại lên Sở": someone who complains elsewhere
_COMPLAINS_AFTER = re.compile(
    # (not across a report of others' complaints: "A, Chánh Thanh tra báo cáo các vụ việc công
    # dân gửi đơn khiếu nại", "A cho biết có 12 lượt người dân gửi đơn")
    r"(?:(?!(?<![\w])(?:báo cáo|cho biết|thông tin|trình bày|phát biểu|nêu|giải quyết|tiếp nhận|"
    r"công dân|người dân|nhân dân|đương sự|lượt|vụ việc|trường hợp|cá nhân|hộ\s+(?:gia đình|dân))"
    r"(?![\w]))"
    r"[^.;:!?\n]){0,100}?(?<![\w])(?:đã\s+|vừa\s+)?(?:làm|có|gửi|nộp)\s+đơn(?:\s+thư)?\s+"
    r"(?:khiếu nại|tố cáo|kiến nghị|phản ánh|khởi kiện)(?![\w])",
    re.IGNORECASE,
)
#: "ông B sẽ kế nhiệm ông A", "kế nhiệm đồng chí A": the predecessor, named for the post;
#: "xác minh nội dung liên quan đến cá nhân ông A": the one a check is about
_SUCCEEDED = re.compile(
    r"(?<![\w])(?:kế nhiệm\s+(?:cho\s+)?(?:(?:ông|bà|đồng chí)\s+)?|"
    r"liên quan (?:đến|tới)\s+(?:cá nhân\s+)?(?:ông|bà|anh|chị)\s+)$",
    re.IGNORECASE,
)
#: "dự kiến Đoàn sẽ hội kiến Bộ trưởng A", "Theo chương trình, Đoàn sẽ làm việc với B":
#: someone a plan names, not met yet
_PLANNED = re.compile(
    r"(?<![\w])(?:dự kiến|sẽ\s+(?:tháp tùng|hội kiến|hội đàm|"
    r"gặp(?:\s+gỡ)?|làm việc với|tiếp|thăm|chào))(?![\w])[^.;:!?\n]{0,160}$"
    # "Theo kế hoạch (chương trình), Đoàn sẽ …": a plan only with its future; "Theo chương
    # trình, hội nghị đã nghe A báo cáo" reports what was done as planned
    r"|(?<![\w])theo\s+(?:kế hoạch|chương trình)(?![\w])(?:(?!(?<![\w])(?:đã|vừa)(?![\w]))"
    r"[^.;:!?\n]){0,80}?(?<![\w])(?:sẽ|dự kiến)(?![\w])"
    r"(?:(?!(?<![\w])(?:đã|vừa)(?![\w]))[^.;:!?\n]){0,80}$",
    re.IGNORECASE,
)
#: "Phiên họp diễn ra dưới sự điều hành của A", "Lớp học diễn ra dưới sự hướng dẫn của B": the
#: one who leads the activity there, no backing from afar
_LED_THERE = re.compile(
    r"(?<![\w])(?:diễn ra|tiến hành|được tổ chức|làm việc|thảo luận|họp)\s+dưới\s+$",
    re.IGNORECASE,
)
#: "…, ông A, Phó Giám đốc Sở cho biết": the one who tells of a plan, there to tell it
_SAYS_AFTER = re.compile(
    r"[^.;:!?\n]{0,80}?(?<![\w])(?:cho biết|nói|chia sẻ|khẳng định|nhấn mạnh|thông tin|"
    r"phát biểu)(?![\w])"
)
#: "Theo Chánh án TAND tỉnh A, lớp tập huấn nhằm nâng cao …", "Theo Bí thư B, qua hoạt động
#: … nhằm …": someone who states what the activity is for, quoted, not placed at it
_AIM_SAID_LEAD = re.compile(r"\W*Theo\s+[^,.;:!?\n]{0,80}$")
_AIM_SAID_AFTER = re.compile(
    r"[^,.;:!?\n]{0,40}?,[^.;!?\n]{0,200}?(?<![\w])(?:nhằm|là dịp|là hoạt động)(?![\w])"
)
#: "ông A là Chủ tịch Hội đồng", "bà B giữ chức Phó Giám đốc": a title as a predicate
_PREDICATE = re.compile(r"(?<![\w])(?:là|làm|giữ chức(?:\s+vụ)?|giữ cương vị)\s+$")


def is_remote(
    text: str, start: int, end: int, sentence: tuple[int, int], *, official: bool
) -> bool:
    """True when the mention ``text[start:end]`` (a person's name, in ``sentence``) names
    someone the report places away from its event: an authority's backing, a document's
    author or signer, a complainant, a private household (never an ``official``).

    >>> t = "Sở nhận được sự quan tâm, hỗ trợ kịp thời của Chủ tịch UBND tỉnh Lê Văn Tám."
    >>> is_remote(t, t.index("Lê"), len(t) - 1, (0, len(t)), official=True)
    True
    >>> t = "Theo đó, ông Lê Văn Tám là Chủ tịch Hội đồng."
    >>> is_remote(t, t.index("Chủ"), len(t) - 1, (0, len(t)), official=True)
    True
    >>> t = "Hội nghị có sự tham dự của đồng chí Lê Văn Tám, Chủ tịch UBND tỉnh."
    >>> is_remote(t, t.index("Lê"), t.index(","), (0, len(t)), official=True)
    False
    """
    s0, s1 = sentence
    window = text[max(s0, start - 160) : start]
    if _PREDICATE.search(window[-24:]) and any(w[:1].islower() for w in text[start:s1].split()[:2]):
        return True  # "A là Chủ tịch Hội đồng": the post A takes, no mention of its holder
    backing_re, author, signer_after = _patterns()
    backing = backing_re.search(window)
    if backing is not None and not _LED_THERE.search(window, 0, backing.start()):
        return True
    if author.search(window):
        return True
    if signer_after.match(text, end, s1):
        return True
    if _PLANNED.search(window) and not _SAYS_AFTER.match(text, end, s1):
        return True  # (not "Dự kiến …, ông A, Phó Giám đốc Sở cho biết": A says it there)
    if _AIM_SAID_LEAD.fullmatch(text, s0, start) and _AIM_SAID_AFTER.match(text, end, s1):
        return True  # "Theo … A, lớp tập huấn nhằm …": the aim, said, not where A was
    if _COMPLAINANT.search(window[-60:]) or _SUCCEEDED.search(window[-40:]):
        return True
    if _COMPLAINS_AFTER.match(text, end, s1) and not re.search(
        r"(?<![\w])(?:tiếp|tiếp nhận|đối thoại)(?![\w])", text[s0:start]
    ):
        return True  # (not "Đoàn tiếp ông A, người đã gửi đơn …": received there)
    if not official and _REQUESTER.search(window[-50:]):
        return True
    return not official and _HOUSEHOLD.search(window[-40:]) is not None
