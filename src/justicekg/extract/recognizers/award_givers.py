"""Award givers: who hands an award over, and who only presides, speaks of or receives it.

The giver is named by title and person (``Cục trưởng … trao Giấy khen``), by a bare head
standing for the article's only body of that kind (``Giám đốc Sở trao``), or as the authority
an award is handed over on (``Thừa ủy quyền của Chủ tịch UBND tỉnh, …``). The subject of a
giving, presiding or speaking verb is no recipient.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER
from justicekg.extract.scan import first_match

#: between a giver and its verb: adverbs, or the decision it signs ("Bộ trưởng Bộ Tư pháp đã
#: ký Quyết định số 12/QĐ-BTP tặng Bằng khen")
_GIVER_GAP = (
    r"(?:\s+(?:đã|cũng|sẽ|vừa|trân trọng|ký|ban hành|[Qq]uyết định|về việc|số\s+[\w/.-]+"
    # "đề nghị Thủ tướng Chính phủ xem xét, tặng Cờ thi đua": the giver asked to consider it
    r"|xem xét,?|xét,?"
    # "ban hành Quyết định 1766/QĐ-TTg ngày 5/4/2023 tặng": its number without "số", its date
    r"|\d[\w.]*/[\w/.-]+|ngày\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?))*"
)
CONFERRER_VERB = re.compile(_GIVER_GAP + r"\s+(?:trao tặng|tặng thưởng|tặng|khen thưởng|trao)\s*$")
CONFERRER_ANY = re.compile(
    r"(?:\s+(?:đã|cũng|sẽ|vừa|trân trọng|xem xét,?|xét,?|ký|ban hành|[Qq]uyết định|về việc"
    r"|số\s+[\w/.-]+"
    r"|\d[\w.]*/[\w/.-]+|ngày\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?))*"
    r"\s+(?:trao tặng|tặng thưởng|tặng|khen thưởng)(?![\w])"
)
_BARE_HEAD = re.compile(r"[ \t]+(Tổng cục|Sở|Cục|Bộ)(?![\w])(?![ \t]+[A-ZĐ])")
_GIVER_VERB = re.compile(
    r"\s*(?:đã\s+|cũng\s+|thay mặt[^,]{0,60},\s*)?(?:trao|trao tặng|gắn)(?![\w])"
)
_PRESIDED_BY = re.compile(
    r"(?:chủ trì|chủ tọa|điều hành)(?:\s+của)?(?:\s+(?:đồng chí|ông|bà))?\s*$", re.IGNORECASE
)
PROVINCIAL_GIVER = re.compile(
    r"\s+(?:của\s+)?(?P<chair>Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân)\s+"
    # (a stop may end the sentence after "tỉnh", never after "TP": "TP.Hồ Chí Minh")
    rf"(?P<level>(?:[Tt]ỉnh|[Tt]hành phố)(?![\w])|(?:TP|Tp)\.?(?![\w.]))(?!\s+[{UPPER}])"
)
#: the head of the body a title heads, for a giver named by title and person
_TITLE_HEADS = {
    "Giám đốc": "Sở",
    "Cục trưởng": "Cục",
    "Chi cục trưởng": "Chi cục",
    "Tổng cục trưởng": "Tổng cục",
    "Bộ trưởng": "Bộ",
}
#: on whose authority it is handed over: "Thừa ủy quyền của …", "Thay mặt Thủ tướng …,",
#: "Được (sự) ủy quyền của …", "Theo ủy quyền của …"
_AUTHORIZED = re.compile(
    r"(?:[Tt]hừa (?:ủy|uỷ) quyền|[Tt]hừa lệnh|[Tt]hay mặt|"
    r"(?:[Đđ]ược|[Tt]heo)(?: sự)? (?:ủy|uỷ) quyền)(?:\s+của)?\s+"
)

#: the body on whose behalf an award is handed over ends its clause: "Thay mặt UBND tỉnh, …"
_AFTER_BODY = re.compile(r"\s*,")
#: how far one attempt of ``_AUTHORIZED`` reads (a few words and their spaces)
_AUTHORIZED_REACH = 120

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
RECEIVING = re.compile(r"(?<![\w])(?:được|nhận|đạt|giành|đăng ký)(?![\w])")
#: "suy tôn A …, đề nghị tặng Cờ thi đua": a nomination names its nominee before the verb
_NOMINATING = re.compile(r"(?<![\w])(?:đề nghị|suy tôn|bình xét|bình chọn|xét)(?![\w])")


def _head_of_title(doc_meta: dict[str, object], title: str) -> str | None:
    """The article's only body headed by ``title`` (``Cục trưởng`` → its only Cục), if any."""
    unique = doc_meta.get("unique_by_head", {})
    head = _TITLE_HEADS.get(title.removeprefix("Phó "))
    if isinstance(unique, dict) and head in unique:
        return str(unique[head])
    return None


def _speaks(text: str, start: int, end: int, *, person: bool) -> bool:
    """True when the name before an award is the subject of a speech act about it (``A chúc
    mừng Cục B đã đón nhận …``, ``ông C đề nghị các đơn vị phấn đấu đạt …``), with no
    receiving verb before that act; ``đề nghị`` counts for a person only (a body may ask for
    its own award)."""
    sp = (_SPEAKING_PERSON if person else _SPEAKING).search(text, start, end)
    return sp is not None and RECEIVING.search(text, start, sp.start()) is None


def _gives(text: str, start: int, end: int) -> bool:
    """True when the stretch between a name and the award it precedes has the name give
    the award or preside (``… chủ trì Lễ trao Bằng khen``, ``… đã tặng Bằng khen``), with
    no receiving verb (``được``, ``nhận``) before that verb."""
    a = _ACTIVE_GIVING.search(text, start, end)
    return (
        a is not None
        and RECEIVING.search(text, start, a.start()) is None
        and _NOMINATING.search(text, start, a.start()) is None
        and _WELCOMING.search(text, a.end(), end) is None  # "Lễ trao tặng và đón nhận …"
    )


class GiverReading:
    """Giver rules over one document's text and spans (state set by the award pass)."""

    _text: str
    _orgs: list[Span]
    _persons: list[Span]
    _titles: list[Span]

    def _titled_giver(self, doc: Doc, start: int, end: int) -> tuple[str, str | None] | None:
        """The (qualifier, body) of a giver named by a title before its giving verb, with a
        person (``Cục trưởng Hoàng Văn A trao``) or a bare head (``Giám đốc Sở trao``) that
        stands for the article's only body of that kind."""
        cv = CONFERRER_VERB.search(self._text, start, end)
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
            if t is None:
                # "Trưởng Công an huyện A Lê Văn B trao": a title sharing the body's head noun
                lead = next((t for t in self._titles if t.start < o.start < t.end), None)
                if lead is not None:
                    return f"{self._text[lead.start : o.start]}{o.name}", o.name
            return (f"{t.name} {o.name}" if t else o.name), o.name
        for t in self._titles:
            if t.end > at or t.end < at - 12:
                continue
            gap = self._text[t.end : at].strip()
            if gap and gap in unique:  # "Giám đốc Sở trao"
                return f"{t.name} {unique[gap]}", unique[gap]
            head = _TITLE_HEADS.get(t.name.removeprefix("Phó "))
            if not gap and head in unique and (p is not None or t.name != "Bộ trưởng"):
                # "Cục trưởng Hoàng Văn A trao", "Cục trưởng trao": the article's only Cục
                return f"{t.name} {unique[head]}", unique[head]
            if not gap and t.name in ("Bộ trưởng", "Thủ tướng", "Tổng cục trưởng"):
                # "Thủ tướng Nguyễn Văn A trao Bằng khen", "được Tổng cục trưởng tặng Bằng khen"
                return t.name, None
        return None

    def _authorizing_giver(self, doc: Doc, start: int, end: int) -> tuple[str, str] | None:
        """The giver on whose authority the award is handed over: ``Thừa ủy quyền của
        Chủ tịch UBND tỉnh, …``, ``Thừa ủy quyền Giám đốc Sở, …``, ``Thay mặt UBND tỉnh, …``."""
        a = first_match(doc, _AUTHORIZED, start, end, reach=_AUTHORIZED_REACH)
        if a is None:
            return None
        at = a.end()
        # the title may have swallowed "quyền" ("Thừa ủy quyền Bộ trưởng" read "Quyền Bộ trưởng")
        t = next((t for t in self._titles if a.start() < t.start <= at < t.end), None)
        if t is None:
            # "Thay mặt UBND tỉnh, ông A trao Bằng khen …": the body itself, as the subject of
            # the giving verb names it ("UBND tỉnh tặng Bằng khen")
            o = next((o for o in self._orgs if o.start == at), None)
            if o is not None and _AFTER_BODY.match(self._text, o.end):
                return o.name, o.name
            return None
        title = t.name.removeprefix("Quyền ") if t.start < at else t.name
        o = next((o for o in self._orgs if o.start in (t.end, t.end + 1)), None)
        if o is not None:
            return f"{title} {o.name}", o.name
        whole = next((o for o in self._orgs if o.start == t.start and o.end > t.end), None)
        if whole is not None and t.start == at:
            return whole.name, whole.name  # "Thay mặt Thủ tướng Chính phủ, …": one name
        bare = _BARE_HEAD.match(self._text, t.end)
        unique = doc.meta.get("unique_by_head", {})
        if bare is not None and bare.group(1) in unique:
            return f"{title} {unique[bare.group(1)]}", unique[bare.group(1)]
        return None

    def _presides(self, p: Span) -> bool:
        """``dưới sự chủ trì của Thứ trưởng A``: the person who presides, not a recipient."""
        at = p.start
        t = next((t for t in self._titles if t.end in (at - 1, at)), None)
        if t is not None:
            at = t.start
        return _PRESIDED_BY.search(self._text, max(0, at - 30), at) is not None
