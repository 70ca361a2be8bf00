"""Award decisions: award type (gazetteer), status (verbs) and named recipients.

``Thủ tướng Chính phủ tặng Bằng khen`` is rebuilt as ``Bằng khen của Thủ tướng Chính phủ``;
``Bằng khen của Chủ tịch UBND tỉnh`` names its body in full. Recipients are the organizations
and persons listed after ``cho``/``gồm``/``:`` or, failing that, the subject before the award
in the same clause; counts (``09 Chi cục``) and conferrers are not recipients. A list after a
colon runs on over semicolons, bullets and unmarked recipient lines until the next award; table
rows (``| 1 | Sở Tư pháp tỉnh A | Cờ thi đua … |``) take their status from the line above.

Real pages add: the giver named by title and person (``Cục trưởng … trao Giấy khen``), on
whose authority it is handed over (``Thừa ủy quyền của Chủ tịch UBND tỉnh, …``) or by a
deputy (``Phó Chủ tịch UBND tỉnh trao Bằng khen`` is the chairman's); the subject of a giving
or presiding verb is no recipient; coordinated and elliptical clauses keep the sentence's
recipient (``A đạt …, năm X được B tặng …, C tặng …``); a bare head (``Chi cục đã được``)
names the latest unit with that head; ``nhiều Bằng khen`` is a vague aggregate.

This module runs the pass over a document (award, giver, clause, status, recipients); the
rules live in :mod:`.award_names`, :mod:`.award_givers`, :mod:`.award_lists` and
:mod:`.award_recipients`.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.award_givers import (
    _BARE_HEAD,
    _CONFERRER_ANY,
    _CONFERRER_VERB,
    _PROVINCIAL_GIVER,
    _RECEIVING,
    _head_of_title,
)
from justicekg.extract.recognizers.award_lists import (
    _LIST_LINE,
    _heading_status,
    _list_intro_line,
    _list_intro_status,
    _status,
    _table_intro_status,
)
from justicekg.extract.recognizers.award_names import (
    _EXCELLENT,
    _HEAD,
    _LOWER_HEAD_GIVER,
    _OCCASION,
    _OF,
    _QUAL,
    _TITLE_WORD,
    _VAGUE,
    canonical_award,
)
from justicekg.extract.recognizers.award_recipients import (
    _AFTER_CUE,
    _counts_recipients,
    _RecipientReading,
)
from justicekg.extract.recognizers.award_referents import _resolved_refs
from justicekg.extract.recognizers.base import register

_ELLIPTICAL = re.compile(
    r"\s*(?:và|đồng thời|cùng|)\s*(?:tặng|trao|công nhận|đề nghị)(?![\w])", re.IGNORECASE
)
#: a bare giving verb coordinated with an earlier clause ("đề nghị … tặng Cờ … cho A,
#: tặng Bằng khen cho B"): the status of the sentence's main verb carries over
_COORDINATED_VERB = re.compile(
    r"(?:,|;|\svà|\sđồng thời)\s*(?:tặng|trao tặng|trao|công nhận)(?:\s+danh hiệu)?\s*$"
)
#: "đăng ký Bằng khen … và danh hiệu Tập thể lao động xuất sắc": awards joined in one clause
_CONJOINED = re.compile(r"\s*(?:,|và|cùng)\s*(?:\d{1,3}\s+)?(?:danh hiệu\s*)?[\"“]?")
#: between two awards of one enumeration: "…, chiến sĩ thi đua …", "… và danh hiệu …"
_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:danh hiệu\s*)?[\"“]?")
#: "<award> cho <Name>" with no verb: a headline announcing the conferral
_FOR_NAMED = re.compile(r"(?:\s+năm\s+\d{4})?\s+cho\s+(?:ông\s+|bà\s+)?[A-ZĐ]")
_NEXT_CLAUSE = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:năm|các năm)\s+\d{4}(?:\s*,\s*\d{4})*\s*)?(?:,|;|và\s)"
)
#: "A đăng ký Cờ thi đua, các phòng còn lại đăng ký …": a clause with its own (generic)
#: subject does not carry the sentence's recipient
_OWN_SUBJECT = re.compile(r"(?<![\w])(?:các|những|nhiều)\s+(?!năm(?![\w])|lần(?![\w]))\w")
#: a giver's title with an odd capital ("Tổng Cục trưởng", "Bộ Trưởng"), before its body
_CASED_TITLE = re.compile(
    r"(Tổng [Cc]ục [Tt]rưởng|Chi [Cc]ục [Tt]rưởng|Cục [Tt]rưởng|Bộ [Tt]rưởng|Giám [Đđ]ốc)[ \t]+"
)
#: further classes of the order just named: "hạng Ba (2013), hạng Nhì (2018)"
_MORE_CLASSES = re.compile(
    r"(?:\s*(?:\([^)]{0,20}\))?\s*(?:,|và)\s*hạng\s+(?:Nhất|Nhì|Ba|III|II|I)(?![\w]))*"
)
#: a verb that makes a semicolon part a clause of its own, not a further name
_STOP_VERB = re.compile(r"(?<![\w])(?:được|đã|là|có|đạt|giành|nhận|xếp)(?![\w])")
#: a person's honorific before their name in a list part ("; bà A", "Các đồng chí B")
_HONORIFIC = re.compile(
    r"(?:[Cc]ác\s+)?(?:đồng chí|[Đđ]ồng chí|[ÔôBb]à|[Ôô]ng|[Đđ]/[Cc])(?:\s*:)?\s+"
)
#: the giver named after a short qualifier of the award: "Giấy khen năm 2021 của
#: UBND huyện A" (no verb, no sentence break in between)
_FAR_GIVER = re.compile(
    r"(?:\s+\d{1,2}\s+năm|\s+năm\s+\d{4}|\s*,?\s+giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|"
    r"\s+\(\d{4}\s*[-–]\s*\d{4}\))+\s+của\s+"
)
#: a sentence with no subject before its receiving verb: "Năm 2020 được tặng …"
_SUBJECTLESS = re.compile(
    r"\W*(?:(?:Năm|Các năm|Trong năm)\s+\d{4}(?:\s*(?:,|và)\s*\d{4})*\s*,?\s*)?"
    r"(?:(?:đã|cũng|liên tục|vinh dự|tiếp tục)\s+)*(?:được|đạt|nhận)\s.*",
    re.DOTALL,
)
_NAMED_AMONG = re.compile(r"\s*trong đó(?:\s+có)?(?![\w])")
#: "; 03 cá nhân là …", "; và 05 cá nhân gồm: …": a further counted group that names its members
_NEXT_GROUP = re.compile(
    r"\s*(?:và\s+)?(?:các\s+)?\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|người|cán bộ|"
    r"công chức|đồng chí)(?![\w])[^;:.]{0,40}?(?:\s(?:là|gồm có|gồm)(?![\w])|:)"
)
#: "…; Phòng A được B tặng Bằng khen": a clause whose subject is a name of its own (one the
#: organization list may not know) does not carry the sentence's recipient
_CAPITALIZED = re.compile(
    r"(?<![\w])(?!(?:Năm|Trong|Đồng thời|Ngoài ra|Riêng|Cũng|Đặc biệt)(?![\w]))[A-ZĐ]"
)


#: heads whose name needs a giver, and how far back (characters) a giver named for an
#: earlier mention of the same head still names a bare one
_GIVEN_HEADS = frozenset({"bằng khen", "giấy khen", "cờ thi đua"})
_GIVER_REACH = 1500
_OF_SOMEONE = re.compile(r"\s+của\s")


@cache
def _rank_lead() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon().rank_re})\s+")


def _past_rank(text: str, pos: int) -> int:
    """Where a name starts at ``pos`` once a rank or degree before it is passed over
    (``Thượng úy Lê Văn A`` → the position of ``Lê``)."""
    m = _rank_lead().match(text, pos)
    return m.end() if m is not None else pos


#: the year the award is for: right after its name ("Cờ thi đua ngành Tư pháp năm 2022"),
#: or of the achievement ("thành tích xuất sắc năm 2022", "giai đoạn 2016 - 2020": its end)
_YEAR_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:năm|giai đoạn)\s+(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)"
)
_ACHIEVEMENT_YEAR = re.compile(
    r"thành tích[^.;]{0,80}?(?:năm|giai đoạn)\s+(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)"
)
_ANY_YEAR = re.compile(r"năm\s+((?:19|20)\d\d)")


def _achievement_year(text: str, end: int, s0: int, s1: int) -> int | None:
    """The year an award ending at ``end`` is for, from its sentence ``[s0, s1)``: the year
    written right after its name, else the year of the achievement it rewards, else the
    sentence's first year (the kit: the year of the achievement when stated, otherwise of the
    event).

    >>> t = "Năm 2023, Sở được tặng Cờ thi đua năm 2022."
    >>> _achievement_year(t, t.index(" năm 2022"), 0, len(t))
    2022
    >>> t = "Ngày 5/1/2023, A được tặng Bằng khen vì thành tích giai đoạn 2018 - 2022."
    >>> _achievement_year(t, t.index(" vì"), 0, len(t))
    2022
    """
    m = _YEAR_AFTER.match(text, end, s1) or _ACHIEVEMENT_YEAR.search(text, s0, s1)
    m = m or _ANY_YEAR.search(text, s0, s1)
    return int(m.group(1)) if m else None


def _named_subject(text: str, start: int, end: int) -> bool:
    """True when the clause ``[start, end)`` names a subject of its own before its receiving
    verb (``; Phòng Hộ tịch được … tặng``), not a bare continuation (``, năm 2019 được``)."""
    verb = _RECEIVING.search(text, start, end)
    return verb is not None and _CAPITALIZED.search(text, start, verb.start()) is not None


@register("awards")
class Awards:
    """Award spans (label ``award``): ``name`` the award, ``data`` status/recipients."""

    name = "awards"

    def __call__(self, doc: Doc) -> Doc:
        return _AwardPass()(doc)  # per-document state lives in the pass, not in the recognizer


class _AwardPass(_RecipientReading):
    """One run over one document (it keeps the document's text and short references)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        orgs = doc.by_label("org")
        titles = doc.by_label("title")
        persons = doc.by_label("person")
        self._refs = _resolved_refs(doc, persons)
        self._text, self._orgs, self._persons, self._titles = text, orgs, persons, titles
        heads = list(_HEAD.finditer(text))
        #: the sentence, recipients and end of the latest award with recipients
        carried: tuple[int, list[tuple[str, str, Span]], int] = (-1, [], 0)
        carried_to = 0  # the end of that award's sentence
        #: the latest award read: (start of the first award conjoined with it, its
        #: sentence's start, its end)
        chain: tuple[int, int, int] | None = None
        #: awards named before a conjoined one ("trao Cờ thi đua … và Bằng khen cho A"),
        #: waiting for its recipients: (award, conferrer, recipient kind, status, sentence)
        pending: list[tuple[str, str | None, str | None, str, int]] = []
        #: the giver last named for each head ("bằng khen" → (its end, qualifier, body)): a
        #: later mention with no giver of its own is the same award ("Thủ tướng tặng Bằng
        #: khen cho 2 tập thể … Tập thể được tặng Bằng khen là A và B")
        givers: dict[str, tuple[int, str, str | None]] = {}
        for i, m in enumerate(heads):
            if (
                not m.group(0)[0].isupper()
                and not m.group(0).lower().startswith(("cờ", "huân chương", "kỷ niệm chương"))
                and not _LOWER_HEAD_GIVER.match(text, m.end())
                and not _TITLE_WORD.search(text, max(0, m.start() - 12), m.start())
                and not (
                    # "danh hiệu Chiến sĩ thi đua cơ sở, chiến sĩ thi đua Tòa án": a lower-case
                    # head listed right after an award is one too
                    chain is not None
                    and chain[1] == doc.sentence_of(m.start()).start
                    and _LISTED.fullmatch(text, chain[2], m.start())
                )
            ):
                continue  # a lower-case "bằng khen" is generic unless its giver follows
            if _VAGUE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "đã tặng nhiều Bằng khen": a vague aggregate names no award
            sent = doc.sentence_of(m.start())
            head, end = m.group(0), m.end()
            joined = (
                (chain[0], chain[1])
                if chain is not None
                and chain[1] == sent.start
                and _CONJOINED.fullmatch(text, chain[2], m.start())
                else None
            )
            qualifier = None
            conferrer_org = None
            ex = _EXCELLENT.match(text, end) if head.lower().startswith("cờ") else None
            if ex is not None:
                end = ex.end()  # "Cờ thi đua xuất sắc của Bộ Tư pháp": the flag of the giver
            if head.lower().startswith(("bằng khen", "giấy khen", "cờ")):
                oc = _OCCASION.match(text, end)
                end = oc.end() if oc is not None else end  # "Bằng khen đột xuất của …"
            q = _QUAL.match(text, end)
            if q:
                qualifier, end = q.group("q"), q.end()
            else:
                of = _OF.match(text, end)
                at = of.end() if of else end
                o = next((o for o in orgs if o.start == at), None)
                t = None if o else next((t for t in titles if t.start == at), None)
                if t is not None:
                    o = next((o for o in orgs if o.start in (t.end, t.end + 1)), None)
                bare = _BARE_HEAD.match(text, t.end) if t is not None and o is None else None
                unique = doc.meta.get("unique_by_head", {})
                if t is not None and bare is not None and bare.group(1) in unique:
                    # "Giấy khen của Giám đốc Sở": the article's only Sở
                    conferrer_org = unique[bare.group(1)]
                    qualifier = f"{t.name} {conferrer_org}"
                    end = bare.end()
                elif o is not None:
                    qualifier = f"{t.name} {o.name}" if t else o.name
                    conferrer_org = o.name
                    end = o.end
                elif t is not None and t.name in ("Bộ trưởng", "Thủ tướng", "Tổng cục trưởng"):
                    qualifier, end = t.name, t.end
                elif t is not None and (body := _head_of_title(doc.meta, t.name)) is not None:
                    # "Giấy khen của Cục trưởng cho …": the head of the article's only Cục
                    qualifier, conferrer_org, end = f"{t.name} {body}", body, t.end
                else:
                    pg = _PROVINCIAL_GIVER.match(text, end)
                    ct = _CASED_TITLE.match(text, at) if o is None and t is None else None
                    co = next((o for o in orgs if ct and o.start == ct.end()), None)
                    if ct is not None and co is not None:
                        # "Bằng khen của Tổng Cục trưởng Tổng cục THADS": a title cased
                        # otherwise than the title list writes it
                        title = ct.group(1)[:1] + ct.group(1)[1:].lower()
                        qualifier, conferrer_org, end = f"{title} {co.name}", co.name, co.end
                    elif pg is not None:
                        # "Bằng khen của Chủ tịch UBND Thành phố": the page's own committee
                        level = "tỉnh" if pg.group("level").lower() == "tỉnh" else "thành phố"
                        chair = "Chủ tịch " if pg.group("chair") else ""
                        qualifier = f"{chair}Ủy ban nhân dân {level}"
                        end = pg.end()
            if qualifier is None and head.lower().startswith(("bằng khen", "giấy khen", "cờ")):
                # "Giấy khen 3 năm, giai đoạn 2020-2022 của UBND huyện A": the giver after
                # what the award is for
                far = _FAR_GIVER.match(text, end)
                o = next((o for o in orgs if far and o.start == far.end()), None)
                if o is not None:
                    qualifier = conferrer_org = o.name
            if qualifier is None:
                # "Thủ tướng Chính phủ tặng Bằng khen", "được Chính phủ tặng Cờ thi đua"
                left = text[max(sent.start, m.start() - 60) : m.start()]
                cv = _CONFERRER_VERB.search(left)
                if cv:
                    base = max(sent.start, m.start() - 60)
                    before_verb = base + cv.start()
                    o = next((o for o in orgs if o.end == before_verb), None)
                    if o is not None:
                        t = next((t for t in titles if t.end in (o.start - 1, o.start)), None)
                        qualifier = f"{t.name} {o.name}" if t else o.name
                        conferrer_org = o.name
            if qualifier is None:
                # "Cục trưởng Hoàng Văn A trao Giấy khen", "Giám đốc Sở trao Giấy khen": the
                # giver's title, with the body it heads — also of an award conjoined to the
                # one the verb governs ("A trao Cờ thi đua của UBND tỉnh và Bằng khen cho B")
                anchor = joined[0] if joined is not None else m.start()
                giver = self._titled_giver(doc, max(sent.start, anchor - 90), anchor)
                if giver is None:
                    # "Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí A trao Bằng khen"
                    giver = self._authorizing_giver(doc, sent.start, m.start())
                if giver is not None:
                    qualifier, conferrer_org = giver
            if qualifier is None:
                # a conferrer stated earlier in the sentence carries over coordinated clauses:
                # "đề nghị Bộ trưởng Bộ Tư pháp tặng Cờ … cho A; tặng Bằng khen cho B"
                # — or in the line introducing the list the award is an item of:
                # "đề nghị Bộ trưởng Bộ Tư pháp xét tặng:\n- Bằng khen cho ông A"
                intro = _list_intro_line(text, m.start())
                spans = [(sent.start, m.start())] + ([intro] if intro else [])
                for lo, hi in spans:
                    for cv in _CONFERRER_ANY.finditer(text, lo, hi):
                        o = next((o for o in orgs if o.end == cv.start()), None)
                        if o is not None:
                            t = next((t for t in titles if t.end in (o.start - 1, o.start)), None)
                            qualifier = f"{t.name} {o.name}" if t else o.name
                            conferrer_org = o.name
                    if qualifier is not None:
                        break
            kind_of_head = " ".join(head.lower().split())
            if qualifier is not None:
                givers[kind_of_head] = (end, qualifier, conferrer_org)
            elif (
                kind_of_head in _GIVEN_HEADS
                and kind_of_head in givers
                and head[:1].isupper()  # "không nhận cờ thi đua": a generic mention
                and not _OF_SOMEONE.match(text, end)  # a giver of its own, unread
            ):
                given_end, given_q, given_body = givers[kind_of_head]
                if m.start() - given_end <= _GIVER_REACH:
                    qualifier, conferrer_org = given_q, given_body
            last = chain  # the award read before this one
            chain = (joined[0] if joined is not None else m.start(), sent.start, end)
            hit = canonical_award(head, qualifier)
            if hit is None and qualifier and conferrer_org:
                hit = canonical_award(head, conferrer_org)
            if hit is None:
                continue
            award, conferrer, rkind = hit
            if conferrer and conferrer not in award and not any(o.name == conferrer for o in orgs):
                conferrer = None  # not named on the page
            if award.endswith(("nhân dân tỉnh", "nhân dân thành phố")):
                # a page that never names its province keeps the body bare (kit: real pages)
                prov = doc.meta.get("main_province")
                if prov:
                    award = f"{award} {prov}"
                    conferrer = f"{conferrer} {prov}" if conferrer else conferrer
            # clause boundaries
            prev_end = (
                heads[i - 1].end() if i > 0 and heads[i - 1].start() >= sent.start else sent.start
            )
            if last is not None and last[1] == sent.start and prev_end < last[2] <= m.start():
                # "… tặng Cờ thi đua ngành Tư pháp và được B tặng …": the clause starts after
                # the previous award's qualifier, not inside it
                prev_end = last[2]
            semi = text.rfind(";", sent.start, m.start())
            clause_start = max(prev_end, semi + 1 if semi >= 0 else sent.start)
            if semi >= 0 and _RECEIVING.search(text, semi + 1, m.start()):
                # "Các đồng chí A - Trưởng ban …; B - Giám đốc … và C được trao tặng …": the
                # subjects listed over semicolons before the receiving verb
                starts = {sp.start for sp in (*orgs, *persons)}
                while clause_start == semi + 1:
                    prev_semi = text.rfind(";", max(sent.start, prev_end), semi)
                    lo = prev_semi + 1 if prev_semi >= 0 else max(sent.start, prev_end)
                    part = text[lo:semi]
                    lead = lo + len(part) - len(part.lstrip())
                    hon = _HONORIFIC.match(text, lead)
                    if (
                        _past_rank(text, hon.end() if hon else lead) not in starts
                        or _status(part) is not None
                        or _STOP_VERB.search(part)
                    ):
                        break
                    clause_start = lo
                    if prev_semi < 0:
                        break
                    semi = prev_semi
            nxt_start = heads[i + 1].start() if i + 1 < len(heads) else sent.end
            semi2 = text.find(";", end, sent.end)
            colon = text.find(":", end, semi2 if semi2 >= 0 else sent.end)
            if colon >= 0 and _AFTER_CUE.match(text[end : colon + 1]):
                # "… cho 02 tập thể và 03 cá nhân: Phòng A; ông B, Chuyên viên; bà C": the
                # list after the colon runs on over its semicolons
                semi2 = -1
            line_start = text.rfind("\n", 0, m.start()) + 1
            item = _LIST_LINE.match(text, line_start)
            if item is not None and not text[item.end() : m.start()].strip():
                # "- Bằng khen … cho Phòng A; bà B và ông C, vì …": an item that opens with
                # its award lists the recipients over its semicolons
                semi2 = -1
            while semi2 >= 0 and (
                _NAMED_AMONG.match(text, semi2 + 1) or _NEXT_GROUP.match(text, semi2 + 1)
            ):
                # "cho 05 tập thể, 10 cá nhân; trong đó có A": the names the count covers;
                # "cho 02 tập thể là A và B; 03 cá nhân là C, D": another group it names
                semi2 = text.find(";", semi2 + 1, sent.end)
            if semi2 >= 0 and _AFTER_CUE.match(text[end:semi2]):
                # "cho Phó Cục trưởng A; Chấp hành viên B và Chi cục C": a list of names over
                # semicolons, each part a bare name (no verb, no award of its own)
                starts = {sp.start for sp in (*orgs, *persons, *titles)}
                while semi2 >= 0:
                    nxt_semi = text.find(";", semi2 + 1, sent.end)
                    part_end = nxt_semi if nxt_semi >= 0 else sent.end
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
            clause_end = min(nxt_start, sent.end, semi2 if semi2 >= 0 else sent.end)
            clause_status = _status(text[clause_start:end])
            sentence_status = _status(text[sent.start : end])
            elliptical = (
                _ELLIPTICAL.match(text, clause_start) is not None
                or _COORDINATED_VERB.search(text, clause_start, m.start()) is not None
            )
            status = sentence_status if elliptical or not clause_status else clause_status
            if status is None:
                status = _list_intro_status(text, m.start())
            if status is None:
                status = _table_intro_status(text, m.start())
            if status is None:
                status = _heading_status(text, m.start())
            if status is None:  # passive: "Bằng khen … được trao cho …"
                status = _status(text[end:clause_end])
            if status is None and _FOR_NAMED.match(text, end):
                status = "conferred"  # a headline: "Huân chương Lao động hạng Nhì cho Cục A"
            if status is None:
                continue
            recipients = self._recipients(
                doc, end, clause_end, clause_start, m.start(), conferrer_org
            )
            if (
                not recipients
                and carried[0] == sent.start
                and (
                    _RECEIVING.search(text, clause_start, m.start())
                    or _CONJOINED.fullmatch(text, carried[2], m.start())
                    # "A được X tặng P (năm 2018), Y tặng Q": the giver alone in its clause
                    or (conferrer_org is not None and _NEXT_CLAUSE.match(text, carried[2]))
                )
                and not _counts_recipients(text, clause_start, m.start(), clause_end, end)
                and not _OWN_SUBJECT.search(text, clause_start, m.start())
                and not _named_subject(text, clause_start, m.start())
            ):
                # "A đạt danh hiệu X, năm 2019 được B tặng Cờ thi đua, được C tặng Bằng
                # khen": the subject of the sentence receives every coordinated award
                recipients = carried[1]
            if (
                not recipients
                and carried[1]
                and not text[carried_to : sent.start].strip()
                and _SUBJECTLESS.fullmatch(text, sent.start, m.start())
            ):
                # "A luôn đạt danh hiệu X. Năm 2020 được tặng Bằng khen …": a
                # sentence without a subject goes on about the one before
                recipients = carried[1]
            recipients = recipients + self._more_groups(clause_end, conferrer_org)
            if rkind == "organization" and all(rk == "person" for _, rk, _ in recipients):
                # "Ông A thay mặt tập thể Sở đón nhận Cờ thi đua": the body he stands for
                recipients = self._on_behalf(doc, clause_start, m.start()) or recipients
            if recipients:
                carried = (sent.start, recipients, end)
                carried_to = sent.end
            elif (
                i + 1 < len(heads)
                and heads[i + 1].start() < sent.end
                and _CONJOINED.fullmatch(text, end, heads[i + 1].start())
            ):
                # "trao Cờ thi đua của UBND tỉnh và Bằng khen cho A": A receives both
                pending.append((award, conferrer, rkind, status, sent.start))
                continue
            year = _achievement_year(text, end, sent.start, sent.end)
            waiting = [p for p in pending if p[4] == sent.start] if recipients else []
            if award.startswith("Huân chương") and " hạng " in award:
                # "Huân chương Lao động hạng Ba, hạng Nhì": each class named is an award
                order = award.rsplit(" hạng ", 1)[0]
                more_m = _MORE_CLASSES.match(text, end)  # always matches (maybe empty)
                more_text = more_m.group(0) if more_m else ""
                for cls in re.finditer(r"hạng\s+(\w+)", more_text):
                    more = canonical_award(f"{order} hạng {cls.group(1)}", None)
                    if more is not None and more[0] != award:
                        waiting.append((more[0], conferrer, more[2], status, sent.start))
            pending = [] if recipients else pending
            for aw, conf, kind, st, _ in [(award, conferrer, rkind, status, 0), *waiting]:
                for rname, rk, rs in recipients:
                    if kind == "person" and rk != "person":
                        continue
                    if kind == "organization" and rk == "person":
                        continue  # a flag is a body's: a person receives it on its behalf
                    doc.add(
                        Span(
                            rs.start,
                            rs.end,
                            "award",
                            aw,
                            "award",
                            {
                                "recipient": rname,
                                "recipient_kind": rk,
                                "status": st,
                                "conferrer": conf,
                                "year": year,
                                "sentence": (sent.start, sent.end),
                            },
                        )
                    )
        return doc
