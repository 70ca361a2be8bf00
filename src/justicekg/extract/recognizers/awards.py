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
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.persons import referent
from justicekg.text.normalize import fold

_HEAD = re.compile(
    r"(?<![\w])(?:Cờ thi đua|Bằng khen|Giấy khen|"
    r"Huân chương(?:\s+[A-ZĐ]\w*){1,3}\s+hạng\s+(?:Nhất|Nhì|Ba|III|II|I)|"
    r"Huân chương (?:Sao [Vv]àng|Hồ Chí Minh|Hữu [Nn]ghị|Tự [Dd]o)|"
    r"Kỷ niệm chương\s*[\"“]?[Vv]ì sự nghiệp(?:\s+[\w]+){1,4}?[\"”]?"
    r"(?=\s*(?:[,.;:()]|\s(?:cho|của|và|tại|được|nhằm|gồm|năm|đối với|tới|vì|do|lên|để)"
    r"(?![\w])|$))|"
    r"Chiến s[ĩỹ] thi đua|Tập thể lao động [xs]uất sắc|Tập thể lao động tiên tiến|"
    r"Lao động tiên tiến)(?![\w])",
    re.IGNORECASE,
)
_QUAL = re.compile(
    r"\s+(?:của\s+)?(?P<q>ngành Tư pháp|cấp tỉnh|cấp cơ sở|cơ sở|toàn quốc|cấp Bộ)(?![\w])",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+(?:của\s+)?")
#: between a giver and its verb: adverbs, or the decision it signs ("Bộ trưởng Bộ Tư pháp đã
#: ký Quyết định số 12/QĐ-BTP tặng Bằng khen")
_GIVER_GAP = (
    r"(?:\s+(?:đã|cũng|sẽ|vừa|trân trọng|ký|ban hành|[Qq]uyết định|về việc|số\s+[\w/.-]+))*"
)
_CONFERRER_VERB = re.compile(_GIVER_GAP + r"\s+(?:trao tặng|tặng thưởng|tặng|khen thưởng|trao)\s*$")
_CONFERRER_ANY = re.compile(
    r"(?:\s+(?:đã|cũng|sẽ|vừa|trân trọng|xét|ký|ban hành|[Qq]uyết định|về việc|số\s+[\w/.-]+))*"
    r"\s+(?:trao tặng|tặng thưởng|tặng|khen thưởng)(?![\w])"
)
_REPORTING = re.compile(
    r".*(?:cho biết|nhấn mạnh|khẳng định|thông tin|thông báo|phát biểu|Theo đó|theo đó|:)",
    re.DOTALL,
)
_ELLIPTICAL = re.compile(
    r"\s*(?:và|đồng thời|cùng|)\s*(?:tặng|trao|công nhận|đề nghị)(?![\w])", re.IGNORECASE
)
_AFTER_CUE = re.compile(
    r"^[^;]{0,60}?(?:\s(?:cho|gồm|gồm có|đối với|tới|trong đó có|trong đó|tặng(?: cho)?)"
    r"(?![\w])|:"
    # "… được tặng Bằng khen, như Chi cục A, Chi cục B": named examples of the recipients
    r"|\s(?:như|tiêu biểu là|tiêu biểu như|điển hình là|điển hình như)(?=\s+[A-ZĐ]))"
)
_STOP_AFTER = re.compile(
    r"(?:\s(?:vì|do|về thành tích|đã có thành tích|có thành tích|nhờ)(?![\w]))"
)
_LATE_LIST = re.compile(r"(?:\s(?:gồm|gồm có|cụ thể)\s*)?:")
_BARE_HEAD = re.compile(r"[ \t]+(Tổng cục|Sở|Cục|Bộ)(?![\w])(?![ \t]+[A-ZĐ])")
_LOWER_HEAD_GIVER = re.compile(r"\s+của\s+[A-ZĐ]")
_LIST_LINE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[./)]|[a-zđ][./)])[ \t]")
_COUNT = re.compile(
    r"(?<![\w/.,])\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|trường hợp|người|cán bộ|"
    r"công chức|đồng chí|[A-ZĐ])"
)
_GIVER_VERB = re.compile(
    r"\s*(?:đã\s+|cũng\s+|thay mặt[^,]{0,60},\s*)?(?:trao|trao tặng|gắn)(?![\w])"
)
#: a bare giving verb coordinated with an earlier clause ("đề nghị … tặng Cờ … cho A,
#: tặng Bằng khen cho B"): the status of the sentence's main verb carries over
_COORDINATED_VERB = re.compile(
    r"(?:,|;|\svà|\sđồng thời)\s*(?:tặng|trao tặng|trao|công nhận)(?:\s+danh hiệu)?\s*$"
)
#: "danh hiệu tập thể lao động xuất sắc": a lower-case head named as a title is specific
_TITLE_WORD = re.compile(r"danh hiệu\s*[\"“]?\s*$", re.IGNORECASE)
#: "nhiều Bằng khen", "nhiều danh hiệu Chiến sĩ thi đua": no one award
_VAGUE = re.compile(r"(?<![\w])nhiều\s+(?:danh hiệu\s+)?$", re.IGNORECASE)
_ROMAN_CLASS = {"I": "Nhất", "II": "Nhì", "III": "Ba"}
_PRESIDED_BY = re.compile(
    r"(?:chủ trì|chủ tọa|điều hành)(?:\s+của)?(?:\s+(?:đồng chí|ông|bà))?\s*$", re.IGNORECASE
)
_PROVINCIAL_GIVER = re.compile(
    r"\s+(?:của\s+)?Chủ tịch\s+(?:UBND|Ủy ban nhân dân)\s+"
    r"(?P<level>[Tt]ỉnh|[Tt]hành phố|TP\.?|Tp\.?)(?![\w.])(?!\s+[A-ZĐ])"
)
#: "đăng ký Bằng khen … và danh hiệu Tập thể lao động xuất sắc": awards joined in one clause
_CONJOINED = re.compile(r"\s*(?:,|và|cùng)\s*(?:\d{1,3}\s+)?(?:danh hiệu\s*)?[\"“]?")
#: a count of awards right before one ("01 Huân chương …, 02 Bằng khen …")
_AWARD_COUNT = re.compile(r"\d{1,3}\s+$")


def _counts_recipients(text: str, start: int, head: int, end: int, after: int) -> bool:
    """True when the clause counts recipients (``05 tập thể và 20 cá nhân được tặng``), not
    awards (``được tặng 02 Bằng khen``)."""
    count = _AWARD_COUNT.search(text, start, head)
    before = count.start() if count is not None else head
    return bool(_COUNT.search(text, start, before) or _COUNT.search(text, after, end))


_EXCELLENT = re.compile(r"\s+xuất sắc(?![\w])")
_ONTO_FLAG = re.compile(
    r"(?:\s+(?:năm|lần thứ)\s+\w+)?\s+(?:lên|vào)\s+(?:lá\s+)?[Cc]ờ(?:\s+truyền thống)?"
    r"(?:\s+của)?\s+"
)
#: "<award> cho <Name>" with no verb: a headline announcing the conferral
_FOR_NAMED = re.compile(r"(?:\s+năm\s+\d{4})?\s+cho\s+(?:ông\s+|bà\s+)?[A-ZĐ]")
_NEXT_CLAUSE = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:năm|các năm)\s+\d{4}(?:\s*,\s*\d{4})*\s*)?(?:,|;|và\s)"
)
#: the head of the body a title heads, for a giver named by title and person
_TITLE_HEADS = {
    "Giám đốc": "Sở",
    "Cục trưởng": "Cục",
    "Tổng cục trưởng": "Tổng cục",
    "Bộ trưởng": "Bộ",
}
_AUTHORIZED = re.compile(r"[Tt]hừa (?:ủy|uỷ) quyền(?:\s+của)?\s+")
_NAMED_AMONG = re.compile(r"\s*trong đó(?:\s+có)?(?![\w])")
_STATUS_ORDER = {"nominated": 0, "registered": 1, "conferred": 2}


def canonical_award(head: str, qualifier: str | None) -> tuple[str, str | None, str | None] | None:
    """The canonical award (name, conferrer, recipient kind) for a head and a qualifier.

    >>> canonical_award("Bằng khen", "Thủ tướng Chính phủ")[0]
    'Bằng khen của Thủ tướng Chính phủ'
    >>> canonical_award("Cờ thi đua", "ngành Tư pháp")[0]
    'Cờ thi đua ngành Tư pháp'
    """
    head = " ".join(head.replace('"', " ").replace("“", " ").replace("”", " ").split())
    head = head[:1].upper() + head[1:].lower() if not head.startswith("Huân") else head
    head = head.replace("Chiến sỹ", "Chiến sĩ")
    if head.lower().startswith("huân chương"):
        head = "Huân chương" + head[len("huân chương") :]
        # "hạng III": the class in words, as the canonical name writes it
        head = re.sub(r"(?<=hạng )(I{1,3})$", lambda r: _ROMAN_CLASS[r.group(1)], head)
    table = lexicon().awards
    if qualifier:
        # a deputy hands over the head's award: "Phó Chủ tịch UBND tỉnh trao Bằng khen" is
        # the chairman's Bằng khen, "Thứ trưởng … trao Bằng khen" the minister's
        qualifier = re.sub(r"^(?:Phó |Thứ trưởng(?= Bộ))", _deputy_to_head, qualifier)
        for cand in (f"{head} {qualifier}", f"{head} của {qualifier}"):
            hit = table.get(fold(cand))
            if hit:
                return hit
        if head not in ("Bằng khen", "Giấy khen", "Cờ thi đua"):
            # a title (Tập thể lao động xuất sắc, Chiến sĩ thi đua) or an order (Huân chương):
            # the giver is not part of its name
            return table.get(fold(head))
        if qualifier.startswith(("Chủ tịch Ủy ban nhân dân", "Ủy ban nhân dân")):
            conferrer = qualifier.removeprefix("Chủ tịch ")
            if head == "Cờ thi đua":  # the giver as the text names it (rebuilt split wording)
                return f"{head} của {qualifier}", conferrer, "organization"
            if head == "Bằng khen":  # a provincial Bằng khen is the chairman's
                return f"{head} của Chủ tịch {conferrer}", conferrer, None
            return f"{head} của {qualifier}", conferrer, None
        if head in ("Bằng khen", "Giấy khen", "Cờ thi đua") and qualifier[:1].isupper():
            # "Giấy khen của Giám đốc Sở Tư pháp …": the giver as the text names it
            words = qualifier.split()
            title_words = 0
            for w in words:  # strip a leading title to name the conferring body
                if w[:1].isupper() and title_words and w in ("Sở", "Bộ", "Cục", "Ủy", "Tổng"):
                    break
                title_words += 1
            conferrer = " ".join(words[title_words:]) or qualifier
            return f"{head} của {qualifier}", conferrer, None
        # the giver is not part of the award's name (Huân chương, Chiến sĩ thi đua toàn quốc)
        return table.get(fold(head))
    return table.get(fold(head))


def _deputy_to_head(m: re.Match[str]) -> str:
    return "Bộ trưởng" if m.group(0).startswith("Thứ") else ""


@register("awards")
class Awards:
    """Award spans (label ``award``): ``name`` the award, ``data`` status/recipients."""

    name = "awards"

    def __call__(self, doc: Doc) -> Doc:
        return _AwardPass()(doc)  # per-document state lives in the pass, not in the recognizer


class _AwardPass:
    """One run over one document (it keeps the document's text and short references)."""

    _text: str
    _refs: list[Span]
    _orgs: list[Span]
    _persons: list[Span]
    _titles: list[Span]

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
        for i, m in enumerate(heads):
            if (
                not m.group(0)[0].isupper()
                and not m.group(0).lower().startswith("cờ")
                and not _LOWER_HEAD_GIVER.match(text, m.end())
                and not _TITLE_WORD.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # a lower-case "bằng khen" is generic unless its giver follows
            if _VAGUE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "đã tặng nhiều Bằng khen": a vague aggregate names no award
            sent = doc.sentence_of(m.start())
            head, end = m.group(0), m.end()
            qualifier = None
            conferrer_org = None
            ex = _EXCELLENT.match(text, end) if head.lower().startswith("cờ") else None
            if ex is not None:
                end = ex.end()  # "Cờ thi đua xuất sắc của Bộ Tư pháp": the flag of the giver
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
                else:
                    pg = _PROVINCIAL_GIVER.match(text, end)
                    if pg is not None:
                        # "Bằng khen của Chủ tịch UBND Thành phố": the page's own committee
                        level = "tỉnh" if pg.group("level").lower() == "tỉnh" else "thành phố"
                        qualifier = f"Chủ tịch Ủy ban nhân dân {level}"
                        end = pg.end()
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
                # giver's title, with the body it heads
                giver = self._titled_giver(doc, max(sent.start, m.start() - 90), m.start())
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
            semi = text.rfind(";", sent.start, m.start())
            clause_start = max(prev_end, semi + 1 if semi >= 0 else sent.start)
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
            while semi2 >= 0 and _NAMED_AMONG.match(text, semi2 + 1):
                # "cho 05 tập thể, 10 cá nhân; trong đó có A": the names the count covers
                semi2 = text.find(";", semi2 + 1, sent.end)
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
            ):
                # "A đạt danh hiệu X, năm 2019 được B tặng Cờ thi đua, được C tặng Bằng
                # khen": the subject of the sentence receives every coordinated award
                recipients = carried[1]
            if recipients:
                carried = (sent.start, recipients, end)
            year_m = re.search(r"năm\s+((?:19|20)\d\d)", text[sent.start : sent.end])
            for rname, rk, rs in recipients:
                if rkind == "person" and rk != "person":
                    continue
                if rkind == "organization" and rk == "person":
                    continue  # a flag is a body's: the person receives it on the body's behalf
                doc.add(
                    Span(
                        rs.start,
                        rs.end,
                        "award",
                        award,
                        "award",
                        {
                            "recipient": rname,
                            "recipient_kind": rk,
                            "status": status,
                            "conferrer": conferrer,
                            "year": int(year_m.group(1)) if year_m else None,
                            "sentence": (sent.start, sent.end),
                        },
                    )
                )
        return doc

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
        seg_end = clause_end
        if text[after:clause_end].rstrip().endswith(":"):
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
        if cue:
            start = after + cue.end()
            stop = _STOP_AFTER.search(text, start, clause_end)
            if stop:
                seg_end = stop.start()
            found = self._collect(start, seg_end, conferrer)
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
            found = self._collect(rep.end(), award_start, conferrer, before=True)
            if (
                found
                or text[rep.end() - 1] != ":"
                or not _LIST_LINE.match(text, text.rfind("\n", 0, award_start) + 1)
            ):
                return found
            # a list item "- Cục A và ông B, Chấp hành viên: đề nghị … tặng Bằng khen":
            # the recipients head the item, before its colon
            return self._collect(clause_start, rep.end() - 1, conferrer, before=True)
        found = self._collect(clause_start, award_start, conferrer, before=True)
        return found or self._bare_subject(clause_start, award_start)

    def _titled_giver(self, doc: Doc, start: int, end: int) -> tuple[str, str | None] | None:
        """The (qualifier, body) of a giver named by a title before its giving verb, with a
        person (``Cục trưởng Hoàng Văn A trao``) or a bare head (``Giám đốc Sở trao``) that
        stands for the article's only body of that kind."""
        cv = _CONFERRER_VERB.search(self._text, start, end)
        if cv is None:
            return None
        at = cv.start()
        p = next((p for p in self._persons if p.end == at), None)
        if p is not None:
            at = p.start - 1 if self._text[p.start - 1 : p.start] == " " else p.start
        unique = doc.meta.get("unique_by_head", {})
        o = next((o for o in self._orgs if o.end == at), None)
        if o is not None:
            if p is None:
                return None  # "Sở Tư pháp trao": the body itself, read elsewhere
            t = next((t for t in self._titles if t.end in (o.start - 1, o.start)), None)
            return (f"{t.name} {o.name}" if t else o.name), o.name
        for t in self._titles:
            if t.end > at or t.end < at - 12:
                continue
            gap = self._text[t.end : at].strip()
            if gap and gap in unique:  # "Giám đốc Sở trao"
                return f"{t.name} {unique[gap]}", unique[gap]
            head = _TITLE_HEADS.get(t.name)
            if not gap and p is not None and head in unique:  # "Cục trưởng Hoàng Văn A trao"
                return f"{t.name} {unique[head]}", unique[head]
            if not gap and p is not None and t.name in ("Bộ trưởng", "Thủ tướng"):
                return t.name, None  # "Thủ tướng Nguyễn Văn A trao Bằng khen"
        return None

    def _authorizing_giver(self, doc: Doc, start: int, end: int) -> tuple[str, str] | None:
        """The giver on whose authority the award is handed over: ``Thừa ủy quyền của
        Chủ tịch UBND tỉnh, …``, ``Thừa ủy quyền Giám đốc Sở, …``."""
        a = _AUTHORIZED.search(self._text, start, end)
        if a is None:
            return None
        at = a.end()
        # the title may have swallowed "quyền" ("Thừa ủy quyền Bộ trưởng" read "Quyền Bộ trưởng")
        t = next((t for t in self._titles if a.start() < t.start <= at < t.end), None)
        if t is None:
            return None
        title = t.name.removeprefix("Quyền ") if t.start < at else t.name
        o = next((o for o in self._orgs if o.start in (t.end, t.end + 1)), None)
        if o is not None:
            return f"{title} {o.name}", o.name
        bare = _BARE_HEAD.match(self._text, t.end)
        unique = doc.meta.get("unique_by_head", {})
        if bare is not None and bare.group(1) in unique:
            return f"{title} {unique[bare.group(1)]}", unique[bare.group(1)]
        return None

    def _bare_subject(self, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Chi cục đã được … tặng Bằng khen``: a bare head noun as the subject of a
        receiving verb names the latest organization before it with that head."""
        m = _BARE_SUBJECT.search(self._text, start, end)
        if m is None:
            return []
        head = m.group(1) + " "
        prior = [o for o in self._orgs if o.end <= m.start() and o.name.startswith(head)]
        if not prior:
            return []
        o = prior[-1]
        return [(o.name, "organization", Span(m.start(), m.end(1), "org", o.name, "bare-head"))]

    def _presides(self, p: Span) -> bool:
        """``dưới sự chủ trì của Thứ trưởng A``: the person who presides, not a recipient."""
        at = p.start
        t = next((t for t in self._titles if t.end in (at - 1, at)), None)
        if t is not None:
            at = t.start
        return _PRESIDED_BY.search(self._text, max(0, at - 30), at) is not None

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
            bullet = _LIST_LINE.match(text, pos + (text[pos] == "\n"))
            item = bullet.end() if bullet else pos
            seg_start, seg_end = item, line_end
            colon = text.find(":", item, line_end)
            if colon >= 0:
                if _COUNT.search(text, item, colon):
                    seg_start = colon + 1
                else:
                    seg_end = colon
            stop = _STOP_AFTER.search(text, seg_start, seg_end)
            if stop:
                seg_end = stop.start()
            out.extend(self._collect(seg_start, seg_end, conferrer))
            pos = line_end if line_end > pos else end
        return out

    def _collect(
        self,
        start: int,
        end: int,
        conferrer: str | None,
        *,
        before: bool = False,
        owner: bool = False,
    ) -> list[tuple[str, str, Span]]:
        orgs, persons, titles, text = self._orgs, self._persons, self._titles, self._text
        out: list[tuple[str, str, Span]] = []
        inside = [o for o in orgs if start <= o.start and o.end <= end]
        for o in orgs:
            if not (start <= o.start and o.end <= end):
                continue
            if any(
                b is not o
                and b.start <= o.start
                and o.end <= b.end
                and b.end - b.start > o.end - o.start
                for b in inside
            ):
                continue  # the parent named inside a sub-unit's name ("Phòng A, Sở Tư pháp …")
            if any(
                b.end <= o.start
                and b.name != o.name
                and (
                    (text[b.end : o.start].strip() == "(" and text[o.end : o.end + 1] == ")")
                    or (
                        text[b.end : o.start].strip() in (",", "-", "–") and b.name.endswith(o.name)
                    )
                )
                for b in inside
            ):
                continue  # the parent after a sub-unit: "Phòng A (Sở Tư pháp)"
            if any(t.end in (o.start, o.start - 1) or t.start < o.start < t.end for t in titles):
                continue  # the organization of a person's position
            row_start = text.rfind("\n", 0, o.start) + 1
            row_end = text.find("\n", o.end)
            if _CELL_SEP.search(text, row_start, row_end if row_end != -1 else len(text)) and any(
                row_start <= p.start < o.start for p in persons
            ):
                continue  # "| Trần Văn A | Cục THADS tỉnh B | Bằng khen … |": the person's unit
            if any(
                text[t.end : o.start] == ", "
                and any(text[p.end : t.start] in (", ", " - ", " – ", "-") for p in persons)
                for t in titles
            ):
                continue  # "bà A, Trợ giúp viên pháp lý, Trung tâm B": her workplace
            if any(text[p.end : o.start] in (", ", " - ", " – ", " (") for p in persons):
                continue  # "bà A, Cục THADS tỉnh B", "ông C (Chi cục D)": their workplace
            if not (owner and o.start == start) and re.search(
                r"(?:của|thuộc)\s*$", text[max(0, o.start - 6) : o.start]
            ):
                continue
            if o.name == conferrer:
                continue
            if before and _CONFERRER_VERB.match(" " + text[o.end : o.end + 25].split(",")[0]):
                continue
            if before and re.search(
                r"(?:đề nghị|trình|giao)\s*$", text[max(0, o.start - 12) : o.start]
            ):
                continue
            if before and (_gives(text, o.end, end) or _speaks(text, o.end, end, person=False)):
                continue  # "A, B và C đã tặng Bằng khen": the givers
            out.append((o.name, "organization", o))
        for r in self._refs:
            if start <= r.start and r.end <= end and not any(p.overlaps(r) for p in persons):
                out.append((r.data["resolved"], "person", r))
        for p in persons:
            if start <= p.start and p.end <= end:
                after = text[p.end : p.end + 25]
                if before and (
                    _CONFERRER_VERB.search(" " + after.split(" cho")[0][:20])
                    or _CONFERRER_ANY.match(" " + after.lstrip(" ,"))
                    or _GIVER_VERB.match(after)
                    or _gives(text, p.end, end)
                    or _speaks(text, p.end, end, person=True)
                    or self._presides(p)
                ):
                    continue  # the person who hands the award over
                out.append((p.name, "person", p))
        return out


#: verbs whose subject gives the award or presides over its handing-over
_ACTIVE_GIVING = re.compile(
    r"(?<![\w])(?:trao tặng|tặng thưởng|trao|tặng|gắn|chủ trì|chứng kiến|tham dự|đến dự)"
    r"(?![\w])"
)
_SPEECH = r"chúc mừng|biểu dương|khen ngợi|phát biểu|yêu cầu|mong muốn|kêu gọi|chỉ đạo|nhấn mạnh"
_SPEAKING = re.compile(rf"(?<![\w])(?:{_SPEECH})(?![\w])")
_SPEAKING_PERSON = re.compile(rf"(?<![\w])(?:{_SPEECH}|đề nghị)(?![\w])")
_WELCOMING = re.compile(r"(?<![\w])(?:đón nhận|nhận)(?![\w])")
#: verbs whose subject receives it
_RECEIVING = re.compile(r"(?<![\w])(?:được|nhận|đạt|giành|đăng ký)(?![\w])")
#: "suy tôn A …, đề nghị tặng Cờ thi đua": a nomination names its nominee before the verb
_NOMINATING = re.compile(r"(?<![\w])(?:đề nghị|suy tôn|bình xét|bình chọn|xét)(?![\w])")
_BARE_SUBJECT = re.compile(
    r"(?<![\w])(Chi cục|Cục|Sở|Phòng|Trung tâm|Văn phòng)"
    r"(?=(?:\s+(?:đã|cũng|vinh dự|luôn|từng|lại))*\s+(?:được|đón nhận|nhận)(?![\w]))"
)


def _speaks(text: str, start: int, end: int, *, person: bool) -> bool:
    """True when the name before an award is the subject of a speech act about it (``A chúc
    mừng Cục B đã đón nhận …``, ``ông C đề nghị các đơn vị phấn đấu đạt …``), with no
    receiving verb before that act; ``đề nghị`` counts for a person only (a body may ask for
    its own award)."""
    sp = (_SPEAKING_PERSON if person else _SPEAKING).search(text, start, end)
    return sp is not None and _RECEIVING.search(text, start, sp.start()) is None


def _gives(text: str, start: int, end: int) -> bool:
    """True when the stretch between a name and the award it precedes has the name give
    the award or preside (``… chủ trì Lễ trao Bằng khen``, ``… đã tặng Bằng khen``), with
    no receiving verb (``được``, ``nhận``) before that verb."""
    a = _ACTIVE_GIVING.search(text, start, end)
    return (
        a is not None
        and _RECEIVING.search(text, start, a.start()) is None
        and _NOMINATING.search(text, start, a.start()) is None
        and _WELCOMING.search(text, a.end(), end) is None  # "Lễ trao tặng và đón nhận …"
    )


#: a list item on its own line; web pages often put a blank line between items
_LIST_ITEM = re.compile(r"(?:\n[ \t]*)+(?:[-+•*–]|\d{1,2}[./)]|[a-zđ][./)])[ \t]*[^\n]*")


#: an unmarked list line: a recipient's name alone on its line ("Phòng Tư pháp huyện A")
_PLAIN_ITEM = re.compile(
    r"(?:\n[ \t]*)+(?:Phòng|Sở|Cục|Chi cục|Văn phòng|Thanh tra|Trung tâm|Ủy ban|UBND|Tòa án|TAND|"
    r"Viện kiểm sát|VKSND|Công an|Ban|Hội|Đoàn|Ông|Bà|Đồng chí|Đ/c)(?![\w])[^\n.]{0,150}\.?(?=\n|$)"
)


_LINE_BREAK = re.compile(r"(?:\n[ \t]*)+")
#: an unmarked list line that starts with a recognized name
_NAMED_LINE = re.compile(r"(?:\n[ \t]*)+[^\n]{1,200}(?=\n|$)")


#: a heading inside a list that groups its items: "Tập thể:", "Cá nhân (05):"
_GROUP_HEADING = re.compile(
    r"(?:\n[ \t]*)+(?:[-+•*–][ \t]*)?(?:Tập thể|Cá nhân|Đơn vị|Tổ chức)[^\n:]{0,30}:[ \t]*(?=\n)"
)


def _resolved_refs(doc: Doc, persons: list[Span]) -> list[Span]:
    """Short references (``ông Long``) that name the latest full name before them ending in
    that syllable (``Vũ Đức Long``), as spans carrying ``data["resolved"]``."""
    out = []
    for r in doc.by_label("person_ref"):
        name = referent(r, persons)
        if name is not None:
            out.append(Span(r.start, r.end, "person_ref", r.name, r.rule, {"resolved": name}))
    return out


def _list_end(text: str, pos: int, starts: frozenset[int] | set[int] = frozenset()) -> int:
    """The end of the list items that follow ``pos`` (one per line): bulleted or numbered
    items, or unmarked lines that each name a recipient — by a head word or by starting with
    a recognized name (``starts``: ``Nguyễn Văn A - Chấp hành viên …``); a line naming
    another award is the heading of the next list, not an item (``2. Tập thể lao động xuất
    sắc:``)."""
    end = pos
    while True:
        m = (
            _LIST_ITEM.match(text, end)
            or _PLAIN_ITEM.match(text, end)
            or _GROUP_HEADING.match(text, end)
        )
        if m is None:
            nl = _LINE_BREAK.match(text, end)
            if nl is not None and nl.end() in starts:
                m = _NAMED_LINE.match(text, end)
        if m is None or _HEAD.search(m.group(0)):
            return end
        end = m.end()


def _list_intro_line(text: str, pos: int) -> tuple[int, int] | None:
    """The line (start, end) introducing the list whose item holds ``pos``, if any: the
    nearest line above the items that ends with a colon."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _LIST_LINE.match(text, line_start):
        return None
    at = line_start
    for _ in range(40):  # walk up over the list's items
        if at <= 0:
            return None
        prev_start = text.rfind("\n", 0, at - 1) + 1
        line = text[prev_start : at - 1]
        if not line.strip() or _LIST_LINE.match(line):
            at = prev_start
            continue
        if line.rstrip().endswith(":"):
            return prev_start, at - 1
        return None
    return None


def _list_intro_status(text: str, pos: int) -> str | None:
    """The status stated by the line introducing a list (``… đăng ký thi đua như sau:``)
    for an award named in one of its items (``- Cờ thi đua của Chính phủ: Cục …``)."""
    intro = _list_intro_line(text, pos)
    return _status(text[intro[0] : intro[1]]) if intro else None


_CELL_SEP = re.compile(r"(?:^|[ \t])\|(?:[ \t]|$)", re.MULTILINE)


def _table_intro_status(text: str, pos: int) -> str | None:
    """The status stated above a table whose row names the award (``Danh sách đề nghị khen
    thưởng:`` over rows ``1 | Sở Tư pháp tỉnh A | Cờ thi đua ngành Tư pháp``)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if not _CELL_SEP.search(text[line_start : line_end if line_end != -1 else len(text)]):
        return None
    at = line_start
    for _ in range(60):  # walk up over the rows and the header
        if at <= 0:
            return None
        prev_start = text.rfind("\n", 0, at - 1) + 1
        line = text[prev_start : at - 1]
        if line.strip() and not _CELL_SEP.search(line):
            return _status(line)
        at = prev_start
    return None


#: "Theo đề nghị của Giám đốc Sở, Chủ tịch UBND tỉnh tặng …": whose proposal the decision
#: followed, not a nomination
_ON_PROPOSAL = re.compile(
    r"(?:[Tt]heo|[Xx]ét|[Tt]rên cơ sở|[Cc]ăn cứ)\s+(?:đề nghị|đề xuất|tờ trình)\s+của(?![\w])"
)


def _status(clause: str) -> str | None:
    clause = _ON_PROPOSAL.sub(" ", clause)
    best: tuple[int, int] | None = None
    status = None
    for cue, st, prio in lexicon().status_cues:
        if cue.search(clause):
            key = (_STATUS_ORDER[st], prio)
            if best is None or key < best:
                best, status = key, st
    return status
