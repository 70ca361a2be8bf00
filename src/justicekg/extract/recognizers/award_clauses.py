"""An award's clause: where it starts and ends in its sentence, and the status it states.

A clause starts after the previous award of the sentence (and its giver) or the last
semicolon, reaching back over subjects listed across semicolons before a receiving verb
(``Các đồng chí A - Trưởng ban …; B - Giám đốc … và C được trao tặng …``). It ends at the next
award, the sentence's end or a semicolon, unless a list of bare names runs on over semicolons
(``cho Phó Cục trưởng A; Chấp hành viên B và Chi cục C``, ``…: Phòng A; ông B; bà C``).

Its status (nominated, registered, conferred) is the clause's verb, the sentence's for an
elliptical or coordinated clause (``đề nghị … tặng Cờ … cho A, tặng Bằng khen cho B``), else
the status of the list, table or heading it is in, of a passive verb after the award, or a
headline's (``Huân chương Lao động hạng Nhì cho Cục A``). The verbs themselves are read in
:mod:`.award_lists`; the award pass that asks, in :mod:`.awards`.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract.doc import Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.award_givers import RECEIVING
from justicekg.extract.recognizers.award_lists import (
    LIST_LINE,
    _heading_status,
    _list_intro_status,
    _status,
    _table_intro_status,
)
from justicekg.extract.recognizers.award_recipients import _AFTER_CUE

_ELLIPTICAL = re.compile(
    r"[\"”]?\s*(?:và|đồng thời|cùng|)\s*(?:tặng|trao|công nhận|đề nghị)(?![\w])", re.IGNORECASE
)
#: a bare giving verb coordinated with an earlier clause ("đề nghị … tặng Cờ … cho A,
#: tặng Bằng khen cho B"): the status of the sentence's main verb carries over
_COORDINATED_VERB = re.compile(
    r"(?:,|;|\svà|\sđồng thời)\s*(?:tặng|trao tặng|trao|công nhận)(?:\s+danh hiệu)?\s*$"
)
#: "<award> cho <Name>" with no verb: a headline announcing the conferral
_FOR_NAMED = re.compile(r"(?:\s+năm\s+\d{4})?\s+cho\s+(?:ông\s+|bà\s+)?[A-ZĐ]")
#: a verb that makes a semicolon part a clause of its own, not a further name
_STOP_VERB = re.compile(r"(?<![\w])(?:được|đã|là|có|đạt|giành|nhận|xếp)(?![\w])")
#: a person's honorific before their name in a list part ("; bà A", "Các đồng chí B")
_HONORIFIC = re.compile(
    r"(?:[Cc]ác\s+)?(?:đồng chí|[Đđ]ồng chí|[ÔôBb]à|[Ôô]ng|[Đđ]/[Cc])(?:\s*:)?\s+"
)
_NAMED_AMONG = re.compile(r"\s*trong đó(?:\s+có)?(?![\w])")
#: "; 03 cá nhân là …", "; và 05 cá nhân gồm: …": a further counted group that names its members
_NEXT_GROUP = re.compile(
    r"\s*(?:và\s+)?(?:các\s+)?\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|người|cán bộ|"
    r"công chức|đồng chí)(?![\w])[^;:.]{0,40}?(?:\s(?:là|gồm có|gồm)(?![\w])|:)"
)


@cache
def _rank_lead() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon().rank_re})\s+")


def _past_rank(text: str, pos: int) -> int:
    """Where a name starts at ``pos`` once a rank or degree before it is passed over
    (``Thượng úy Lê Văn A`` → the position of ``Lê``)."""
    m = _rank_lead().match(text, pos)
    return m.end() if m is not None else pos


def find_clause_start(
    text: str, sent_start: int, award_start: int, after: int, orgs: list[Span], persons: list[Span]
) -> int:
    """Where the clause of the award starting at ``award_start`` starts: not before ``after``
    (the end of the sentence's previous award, or the sentence's start), nor before the last
    semicolon, unless the parts between semicolons are the subjects of its receiving verb."""
    prev_end = after
    semi = text.rfind(";", sent_start, award_start)
    start = max(prev_end, semi + 1 if semi >= 0 else sent_start)
    if semi >= 0 and RECEIVING.search(text, semi + 1, award_start):
        # "Các đồng chí A - Trưởng ban …; B - Giám đốc … và C được trao tặng …": the
        # subjects listed over semicolons before the receiving verb
        starts = {sp.start for sp in (*orgs, *persons)}
        while start == semi + 1:
            prev_semi = text.rfind(";", max(sent_start, prev_end), semi)
            lo = prev_semi + 1 if prev_semi >= 0 else max(sent_start, prev_end)
            part = text[lo:semi]
            lead = lo + len(part) - len(part.lstrip())
            hon = _HONORIFIC.match(text, lead)
            if (
                _past_rank(text, hon.end() if hon else lead) not in starts
                or _status(part) is not None
                or _STOP_VERB.search(part)
            ):
                break
            start = lo
            if prev_semi < 0:
                break
            semi = prev_semi
    return start


def find_clause_end(
    text: str,
    award_start: int,
    end: int,
    sent_end: int,
    nxt_start: int,
    orgs: list[Span],
    persons: list[Span],
    titles: list[Span],
) -> int:
    """Where the clause of the award ``[award_start, end)`` ends: at the next award
    (``nxt_start``), the sentence's end (``sent_end``) or a semicolon, unless the list of
    recipients runs on over semicolons (each part a name among ``orgs``, ``persons``,
    ``titles``, or one the organization list does not know)."""
    semi2 = text.find(";", end, sent_end)
    colon = text.find(":", end, semi2 if semi2 >= 0 else sent_end)
    if colon >= 0 and _AFTER_CUE.match(text[end : colon + 1]):
        # "… cho 02 tập thể và 03 cá nhân: Phòng A; ông B, Chuyên viên; bà C": the
        # list after the colon runs on over its semicolons
        semi2 = -1
    line_start = text.rfind("\n", 0, award_start) + 1
    item = LIST_LINE.match(text, line_start)
    if item is not None and not text[item.end() : award_start].strip():
        # "- Bằng khen … cho Phòng A; bà B và ông C, vì …": an item that opens with
        # its award lists the recipients over its semicolons
        semi2 = -1
    while semi2 >= 0 and (
        _NAMED_AMONG.match(text, semi2 + 1) or _NEXT_GROUP.match(text, semi2 + 1)
    ):
        # "cho 05 tập thể, 10 cá nhân; trong đó có A": the names the count covers;
        # "cho 02 tập thể là A và B; 03 cá nhân là C, D": another group it names
        semi2 = text.find(";", semi2 + 1, sent_end)
    if semi2 >= 0 and _AFTER_CUE.match(text[end:semi2]):
        # "cho Phó Cục trưởng A; Chấp hành viên B và Chi cục C": a list of names over
        # semicolons, each part a bare name (no verb, no award of its own)
        starts = {sp.start for sp in (*orgs, *persons, *titles)}
        while semi2 >= 0:
            nxt_semi = text.find(";", semi2 + 1, sent_end)
            part_end = nxt_semi if nxt_semi >= 0 else sent_end
            part = text[semi2 + 1 : part_end]
            lead = semi2 + 1 + len(part) - len(part.lstrip())
            hon = _HONORIFIC.match(text, lead)
            if hon is not None:
                lead = hon.end()  # "; bà A, Chủ tịch Hội B": the name after "bà"
            lead = _past_rank(text, lead)  # "; Đại úy A, …": the name after the rank
            unnamed = (
                # "; Hội C thành phố; …": a name the organization list does not know
                text[lead : lead + 1].isupper() and len(part) <= 60 and "," not in part
            )
            if (
                (lead not in starts and not unnamed)
                or part_end > nxt_start
                or _status(part) is not None
                or _STOP_VERB.search(part)
            ):
                break
            semi2 = nxt_semi
    return min(nxt_start, sent_end, semi2 if semi2 >= 0 else sent_end)


def find_status(
    text: str, sent_start: int, clause: tuple[int, int], award_start: int, end: int
) -> str | None:
    """The status (``nominated``, ``registered``, ``conferred``) stated for the award
    ``[award_start, end)`` in its clause ``clause`` (start, end) of the sentence starting at
    ``sent_start``; None when nothing states one."""
    start, stop = clause
    own = _status(text[start:end])
    sentence_status = _status(text[sent_start:end])
    elliptical = (
        _ELLIPTICAL.match(text, start) is not None
        or _COORDINATED_VERB.search(text, start, award_start) is not None
    )
    status = sentence_status if elliptical or not own else own
    if status is None:
        status = _list_intro_status(text, award_start)
    if status is None:
        status = _table_intro_status(text, award_start)
    if status is None:
        status = _heading_status(text, award_start)
    if status is None:  # passive: "Bằng khen … được trao cho …"
        status = _status(text[end:stop])
    if status is None and _FOR_NAMED.match(text, end):
        status = "conferred"  # a headline: "Huân chương Lao động hạng Nhì cho Cục A"
    return status
