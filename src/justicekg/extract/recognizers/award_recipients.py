"""Award recipients: where an award clause names those receiving it.

Recipients are listed after ``cho``/``gồm``/``:`` (on the same line, in a list on the lines
after a colon, item by item, or in further groups on the following lines), after a count and
its reason (``…, gồm: A; B``), onto a flag (``lên lá cờ truyền thống của Cục A``) or, failing
that, are the subject before the award in the same clause (after a reporting verb, when there
is one); a clause that counts its recipients (``cho 03 tập thể``) and names none has none.
They may also stand on the list items under an award that ends its line (``Bằng khen của Thủ
tướng Chính phủ`` over ``- Phòng A``), after the reason the award is given for (``trao Bằng
khen … vì đã có thành tích … cho Phòng A``), in brackets after the award when the clause
counts them or names no one (``01 tập thể được … tặng Bằng khen (Phòng A)``), or be a bare
head after the cue (``cho Sở.``); a photo's credit (``(Ảnh: B)``) names no recipient.

Which names in a stretch of text receive lives in :mod:`.award_named_recipients`; recipients
referred to rather than named (a short reference, a bare head, a title alone, the body a person
stands for), in :mod:`.award_referents`.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.award_lists import (
    _GROUP_LABEL,
    _LIST_ITEM,
    LIST_LINE,
    _group_lines,
    _list_end,
    _name_paragraphs,
    list_intro_line,
)
from justicekg.extract.recognizers.award_named_recipients import _NamedRecipientReading
from justicekg.extract.recognizers.award_referents import _ReferentReading

#: a reporting frame before the award's clause: its speaker is no recipient ("Theo ông A,
#: Phòng B từng được … tặng bằng khen", "Bà A chia sẻ, Sở B được … tặng": B; review 14, S6)
_REPORTING = re.compile(
    r".*(?:cho biết|nhấn mạnh|khẳng định|thông tin|thông báo|phát biểu|Theo đó|theo đó|:"
    r"|chia sẻ(?=[ \t]*,|[ \t]+rằng)|(?<![\w])Theo[ \t][^,;:.\n]{1,60}(?=,))",
    re.DOTALL,
)
_AFTER_CUE = re.compile(
    r"^[^;]{0,60}?(?:\s(?:cho|gồm|gồm có|đối với|tới|trong đó có|trong đó|tặng(?: cho)?)"
    r"(?![\w])|:"
    # "… được tặng Bằng khen, như Chi cục A, Chi cục B": named examples of the recipients
    r"|\s(?:như|tiêu biểu là|tiêu biểu như|điển hình là|điển hình như)(?=\s+[A-ZĐ])"
    # "02 cá nhân được tặng danh hiệu Chiến sĩ thi đua … là ông A và bà B": the names
    r"|\slà(?=\s+(?:ông|bà|đồng chí|các đồng chí|[A-ZĐ])))"
)
#: the names a clause with no named subject has after the award: "… được tặng Bằng khen (lần
#: này) có ông A, bà B" (never a reason: "có thành tích", lower-case)
_HAS_NAMES = re.compile(r"[^;:.()]{0,40}?\scó(?=\s+(?:ông|bà|đồng chí|các đồng chí|[A-ZĐ]))")
_STOP_AFTER = re.compile(
    r"(?:\s(?:vì|do|về thành tích|đã có thành tích|có thành tích|nhờ)(?![\w]))"
)
#: the names after a count and its reason: "…, gồm: A; B", "…, trong đó có A và B"
_LATE_LIST = re.compile(r"(?:\s(?:gồm|gồm có|cụ thể)\s*)?:|(?<![\w])trong đó(?:\s+có)?(?![\w])")
_COUNT = re.compile(
    r"(?<![\w/.,])\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|trường hợp|người|cán bộ|"
    r"công chức|đồng chí|[A-ZĐ])"
)
#: a count right after the cue: "cho 05 tập thể, 10 cá nhân …"
_LEAD_COUNT = re.compile(
    r"\s*(?:các\s+)?\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|trường hợp|người|cán bộ|"
    r"công chức|đồng chí)(?![\w])"
)
#: what opens the names a count covers: "03 tập thể gồm A, B", "02 cá nhân: ông A, bà B"
_COUNT_INTRO = re.compile(
    r"(?<![\w])(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể|trong đó có|trong đó|là)(?![\w])\s*:?"
    r"|:"
)
#: what places a count ("3 cá nhân thuộc Sở A, Cục B"): the bodies after it are no members
_COUNT_QUAL = re.compile(r"(?<![\w])(?:thuộc|của|tại|trong)(?![\w])")
#: "…, gồm:" far after the award (a long reason in between)
_FAR_LIST = re.compile(r"(?:,\s*|\s)(?:gồm|gồm có|bao gồm)\s*:")
_FAR = 240
#: verbs of a reason that take "cho" themselves ("tham mưu cho UBND tỉnh", "hỗ trợ cho Sở")
_REASON_VERBS = (
    "tham mưu",
    "hỗ trợ",
    "góp phần",
    "phục vụ",
    "đóng góp",
    "giúp",
    "giúp đỡ",
    "tư vấn",
    "hướng dẫn",
    "phối hợp",
)
#: the reason an award is given for, before the recipients: "… vì đã có thành tích xuất sắc
#: trong công tác năm 2023 cho Phòng A" (a named recipient, or a person's honorific, after it)
_REASON_THEN_FOR = re.compile(
    r"(?:\s+năm\s+\d{4})?\s*,?\s*(?:vì|do|về|nhờ|đã có|có)\s[^;:()]{0,200}?"
    # (not a "cho" the reason's own verb governs: "về thành tích tham mưu cho UBND tỉnh")
    + "".join(f"(?<!{v})" for v in _REASON_VERBS)
    + r"\scho(?=\s+(?:ông|bà|đồng chí|các đồng chí|[A-ZĐ]))"
)
#: a photo's credit after a caption's award: "(Ảnh: A)", "Ảnh: A", "(Nguồn: …)"
_CREDIT = re.compile(r"\(?[ \t]*(?<![\w])(?:[Ảả]nh|ẢNH|Nguồn)[ \t]*:")
#: names in brackets right after an award (its year before them at most), not a photo's credit
_PAREN_NAMES = re.compile(
    r"(?:\s+(?:năm\s+)?\d{4})?\s*\((?!\s*(?:[Ảả]nh|[Nn]guồn|[Tt]heo|năm|[Hh]ạng|[Ll]ần))"
    r"(?P<names>[^()\n]{3,300})\)"
)
_BRACKETS = re.compile(r"\([^()\n]*\)")
#: a clause before the award that counts its recipients, or names no one (a list's colon,
#: the brackets of the award before it)
_COUNT_ONLY = re.compile(
    r"(?<![\w/.,])\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|người|cán bộ|công chức|đồng chí)"
    r"(?![\w])"
)


def _names_in_paren(text: str, clause_start: int, award_start: int) -> bool:
    """True when the clause before an award leaves its recipients to the brackets after it:
    it counts them (``01 tập thể được … tặng``) or holds nothing but a list's punctuation
    once the brackets of an award before it are taken out (``Khen thưởng: … (Phòng A), ``)."""
    lead = text[clause_start:award_start]
    if _COUNT_ONLY.search(lead):
        return True
    bare = _BRACKETS.sub(" ", lead).strip(" \t\n-–+•*")
    if not bare or bare[-1] in ",;":
        return True
    return bare[-1] == ":" and _RECEIVED.search(bare) is None  # a label, not "A được tặng:"


#: the clause's subject receives ("A được tặng", "A nhận"), not "Được sự ủy quyền của …"
_RECEIVED = re.compile(
    r"(?<![\w])(?:(?<![Gg]hi )(?<![Tt]iếp )nhận|được(?!\s+(?:sự\s+)?(?:ủy|uỷ)\s+quyền))(?![\w])"
)
#: a count of awards right before one ("01 Huân chương …, 02 Bằng khen …")
_AWARD_COUNT = re.compile(r"\d{1,3}\s+$")


#: a receiving verb before a colon that opens the awards received ("đã được Đảng, Nhà nước
#: tặng thưởng nhiều phần thưởng cao quý:", "đã vinh dự đón nhận các danh hiệu:")
_AWARDS_INTRO = re.compile(r"(?<![\w])(?:được|đón nhận|nhận|đạt)(?![\w])[^:;.]*:$")


def _opens_awards(text: str, clause_start: int, colon_end: int, award_start: int) -> bool:
    """True when the colon ending at ``colon_end`` follows a receiving verb of the clause and
    the award comes right after it (a bullet at most between them)."""
    if _AWARDS_INTRO.search(text, clause_start, colon_end) is None:
        return False
    return not text[colon_end:award_start].strip(' \t\n-–•+*"“')


def _counts_recipients(text: str, start: int, head: int, end: int, after: int) -> bool:
    """True when the clause counts recipients (``05 tập thể và 20 cá nhân được tặng``), not
    awards (``được tặng 02 Bằng khen``)."""
    count = _AWARD_COUNT.search(text, start, head)
    before = count.start() if count is not None else head
    return bool(_COUNT.search(text, start, before) or _COUNT.search(text, after, end))


_ONTO_FLAG = re.compile(
    r"(?:\s+(?:năm|lần thứ)\s+\w+)?\s+(?:lên|vào)\s+(?:lá\s+)?[Cc]ờ(?:\s+truyền thống)?"
    r"(?:\s+của)?\s+"
)


#: what may follow an award that ends its line: a year, a closing quote, the count of the
#: recipients listed below ("Huân chương Lao động hạng Ba: 02 tập thể")
_LINE_TAIL = re.compile(
    r"[ \t]*(?:\(?(?:năm\s+)?\d{4}\)?)?[ \t\"”]*"
    r"(?:[:(][ \t]*\d{1,3}[ \t]+(?:tập thể|cá nhân|đơn vị|tổ chức)\)?[ \t:]*)?(?=\n)"
)


#: what may stand before an award heading on its line: a bullet or number (a Roman numeral or a
#: capital letter too: "I. Huân chương …", "B. Bằng khen …"), "(Được/Đề nghị)
#: (phong, truy) tặng", "Danh hiệu" (not "Thủ tục đề nghị tặng Bằng khen …", a procedure's title)
_HEADING_BEFORE = re.compile(
    r"[ \t\-–+•*]*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4}|[A-ZĐ])[.)][ \t]*)?"
    r"(?:(?:[Đđ]ược|[Đđ]ề nghị)[ \t]+)?"
    r"(?:(?:[Tt]rao[ \t]+|[Pp]hong[ \t]+|[Tt]ruy[ \t]+)?[Tt]ặng[ \t]+)?"
    r"(?:[Dd]anh hiệu[ \t]+|DANH HIỆU[ \t]+)?[\"“]?[ \t]*"
)


def _ends_line_over_items(text: str, award_start: int, after: int) -> bool:
    """True when the award ending at ``after`` ends its line, the line holds nothing but the
    award (a bullet and ``Danh hiệu`` or ``Tặng`` before it at most), and list items follow:
    ``Bằng khen của Thủ tướng Chính phủ`` over ``- Phòng Tư pháp huyện A``."""
    tail = _LINE_TAIL.match(text, after)
    if tail is None or _LIST_ITEM.match(text, tail.end()) is None:
        return False
    line_start = text.rfind("\n", 0, after) + 1
    if not _HEADING_BEFORE.fullmatch(text, line_start, max(line_start, award_start)):
        return False
    # (the heading's own words: "1." numbers the heading)
    words = text[max(line_start, award_start) : after]
    return len(text[line_start:after]) <= 120 and not any(c in words for c in ".;")


class _RecipientReading(_NamedRecipientReading, _ReferentReading):
    """Recipient reading over one document's text and spans (state set by the award pass)."""

    def _recipients(
        self,
        doc: Doc,
        after: int,
        clause_end: int,
        clause_start: int,
        award_start: int,
        conferrer: str | None,
    ) -> list[tuple[str, str, Span]]:
        text = doc.text
        credit = _CREDIT.search(text, after, clause_end)
        if credit is not None:
            clause_end = credit.start()  # "… (Ảnh: B)": a photo's credit names no recipient
        seg_end = clause_end
        if text[after:clause_end].rstrip().endswith(":") or _ends_line_over_items(
            text, award_start, after
        ):
            # a list on the following lines: "gồm:\n- Sở Tư pháp tỉnh A;\n- …"
            starts = {s.start for s in self._persons} | {o.start for o in self._orgs}
            list_start, clause_end = clause_end, _list_end(text, clause_end, starts)
            items = self._collect_items(list_start, clause_end, conferrer)
            if items:
                return items
            seg_end = clause_end
        flag = _ONTO_FLAG.match(text, after, clause_end)
        if flag is not None:
            # "gắn Huân chương … lên lá cờ truyền thống của Cục A": the unit whose flag it is
            found = self._collect(flag.end(), clause_end, conferrer, owner=True)
            if found:
                return found
        cue = _AFTER_CUE.match(text[after:clause_end])
        paren = _PAREN_NAMES.match(text, after, clause_end)
        if paren is not None and _names_in_paren(text, clause_start, award_start):
            # "… 01 tập thể được Thủ tướng Chính phủ tặng Bằng khen (Phòng A)", "Khen thưởng:
            # Bằng khen … (Phòng A), Cờ thi đua … (Phòng B)": the names in the brackets
            found = self._collect(paren.start("names"), paren.end("names"), conferrer)
            if found:
                return found
        received = _RECEIVED.search(text, clause_start, award_start) is not None
        if (
            cue is not None
            and received
            and _STOP_AFTER.search(text, after, after + cue.end()) is not None
        ):
            # "A được tặng Cờ thi đua do có thành tích dẫn đầu, góp phần cho B": a "cho"
            # inside the reason; the subject receives
            cue = None
        late_for = _REASON_THEN_FOR.match(text, after, clause_end) if cue is None else None
        if late_for is not None and not received:
            # "trao Bằng khen … vì đã có thành tích xuất sắc trong công tác … cho Phòng A":
            # the recipients after the reason the award is given for (not when the clause's
            # subject receives it: "A được tặng Cờ … do …, góp phần cho B")
            stop = _STOP_AFTER.search(text, late_for.end(), clause_end)
            found = self._collect(late_for.end(), stop.start() if stop else clause_end, conferrer)
            if found:
                return found
        if cue is None:
            # "… đề nghị tặng Huân chương … trong phong trào … giai đoạn …, gồm: A và B": a
            # list the clause opens with "gồm:" further on than a cue right after the award
            late = _FAR_LIST.search(text, after, min(clause_end, after + _FAR))
            if late is not None:
                stop = _STOP_AFTER.search(text, late.end(), clause_end)
                found = self._collect(late.end(), stop.start() if stop else clause_end, conferrer)
                if found:
                    return found
        if cue:
            start = after + cue.end()
            if _LEAD_COUNT.match(text, start):
                # "cho 2 tập thể và 3 cá nhân thuộc Công an tỉnh A, Bộ B": the bodies that
                # place a count are not its members; a list it opens names them
                intro = _COUNT_INTRO.search(text, start, clause_end)
                if intro is not None:
                    stop = _STOP_AFTER.search(text, intro.end(), clause_end)
                    end_at = stop.start() if stop else clause_end
                    return self._collect(intro.end(), end_at, conferrer)
                qual = _COUNT_QUAL.search(text, start, clause_end)
                if qual is not None:
                    return self._collect(start, qual.start(), conferrer)
            stop = _STOP_AFTER.search(text, start, clause_end)
            if stop:
                seg_end = stop.start()
            found = self._collect(start, seg_end, conferrer) or self._bare_object(start, seg_end)
            if not found and seg_end < clause_end:
                # "cho 02 tập thể và 03 cá nhân có thành tích xuất sắc, gồm: A; B": the names
                # come after the reason, in the list the colon opens
                intro = _LATE_LIST.search(text, seg_end, clause_end)
                if intro is not None:
                    found = self._collect(intro.end(), clause_end, conferrer)
            if found or _COUNT.search(text, start, seg_end):
                return found  # "cho 03 tập thể và 07 cá nhân": counted, not named
        rep = _REPORTING.match(text, clause_start, award_start)
        if rep:
            found = self._collect(rep.end(), award_start, conferrer, before=True, framed=True)
            if found:
                return found
            if text[rep.end() - 1] == ":" and _opens_awards(
                text, clause_start, rep.end(), award_start
            ):
                # "A đã được tặng thưởng nhiều phần thưởng cao quý: Huân chương …, Cờ …":
                # the colon opens the awards, and their recipient is the subject before it
                colon = rep.end() - 1
                found = self._collect(clause_start, colon, conferrer, before=True)
                if found:
                    return found
                return self._bare_subject(clause_start, colon) or self._pronoun_subject(
                    clause_start, colon
                )
            if text[rep.end() - 1] != ":" or not LIST_LINE.match(
                text, text.rfind("\n", 0, award_start) + 1
            ):
                # "A cho biết chi cục đã được đề nghị tặng …": a reference after the verb
                return self._bare_subject(rep.end(), award_start) or self._pronoun_subject(
                    rep.end(), award_start
                )
            # a list item "- Cục A và ông B, Chấp hành viên: đề nghị … tặng Bằng khen":
            # the recipients head the item, before its colon
            return self._collect(clause_start, rep.end() - 1, conferrer, before=True)
        found = self._collect(clause_start, award_start, conferrer, before=True)
        return (
            found
            or self._bare_subject(clause_start, award_start)
            or self._titled_subject(clause_start, award_start)
            or self._pronoun_subject(clause_start, award_start)
            or self._had_by(after, clause_end, conferrer)
            or self._intro_subject(award_start, conferrer)
        )

    def _had_by(
        self, after: int, clause_end: int, conferrer: str | None
    ) -> list[tuple[str, str, Span]]:
        """``Trong số các tập thể được tặng Bằng khen có A, B``, ``Được tặng Bằng khen lần này
        có ông C``: a clause whose subject names no one, then ``có`` and the names."""
        has = _HAS_NAMES.match(self._text, after, clause_end)
        if has is None:
            return []
        stop = _STOP_AFTER.search(self._text, has.end(), clause_end)
        return self._collect(has.end(), stop.start() if stop else clause_end, conferrer)

    def _intro_subject(
        self, award_start: int, conferrer: str | None
    ) -> list[tuple[str, str, Span]]:
        """``A đã được tặng thưởng các phần thưởng:`` then ``- Huân chương …;`` ``- Cờ thi
        đua …``: an award that opens an item of a list of awards is the subject's whom the
        line introducing the list names before its receiving verb."""
        text = self._text
        line_start = text.rfind("\n", 0, award_start) + 1
        bullet = LIST_LINE.match(text, line_start)
        if bullet is None or text[bullet.end() : award_start].strip(' \t"“'):
            return []
        intro = list_intro_line(text, award_start)
        if intro is None:
            return []
        lo = intro[0]
        colon_end = lo + len(text[lo : intro[1]].rstrip())
        verb = _AWARDS_INTRO.search(text, lo, colon_end)
        if verb is None:
            return []
        cut = max(text.rfind(". ", lo, verb.start()), text.rfind("; ", lo, verb.start()))
        lo = cut + 2 if cut >= 0 else lo  # the intro's own sentence
        return (
            self._collect(lo, verb.start(), conferrer, before=True)
            or self._bare_subject(lo, colon_end)
            or self._pronoun_subject(lo, colon_end)
        )

    def _more_groups(self, clause_end: int, conferrer: str | None) -> list[tuple[str, str, Span]]:
        """Recipients on the lines after a list that ends its line, each naming another group
        (``… cho các tập thể: A; B.`` then ``Các cá nhân: ông C, Phó Giám đốc; bà D.``)."""
        text = self._text
        line_end = text.find("\n", clause_end)
        if line_end < 0 or text[clause_end:line_end].strip(" \t.;") != "":
            return []
        out: list[tuple[str, str, Span]] = []
        for lo, hi in _group_lines(text, line_end):
            out.extend(self._collect(lo, hi, conferrer))
        if ";" in text[text.rfind("\n", 0, clause_end) + 1 : clause_end]:
            # "… gồm: A; B." then paragraphs "C; D." and "E; F.": the list goes on
            for lo, hi in _name_paragraphs(text, line_end - 1):
                out.extend(self._collect(lo, hi, conferrer))
        return out

    def _collect_items(
        self,
        start: int,
        end: int,
        conferrer: str | None,
    ) -> list[tuple[str, str, Span]]:
        """Recipients of a list, item by item: each item names its recipients before its
        reason (``- Phòng A: có thành tích …``, ``- Bà B, Trưởng phòng …, vì …``), or after
        a count (``- 02 Sở Tư pháp: Sở A, Sở B``)."""
        text = self._text
        out: list[tuple[str, str, Span]] = []
        pos = start
        while pos < end:
            line_end = text.find("\n", pos + 1)
            line_end = end if line_end == -1 or line_end > end else line_end
            bullet = LIST_LINE.match(text, pos + (text[pos] == "\n"))
            item = bullet.end() if bullet else pos
            seg_start, seg_end = item, line_end
            colon = text.find(":", item, line_end)
            if colon >= 0:
                counted = _COUNT.search(text, item, colon)
                if counted or _GROUP_LABEL.fullmatch(text, item, colon + 1):
                    seg_start = colon + 1  # "- 02 Sở: A, B", "- Cá nhân: ông C, bà D"
                else:
                    seg_end = colon
            stop = _STOP_AFTER.search(text, seg_start, seg_end)
            if stop:
                seg_end = stop.start()
            out.extend(self._collect(seg_start, seg_end, conferrer))
            pos = line_end if line_end > pos else end
        return out
