"""Persons: a surname from the gazetteer plus capitalized syllables, or any capitalized name
after an honorific (``đồng chí``, ``ông``, ``bà``); bylines and photo credits.

Never a title-only mention, a withheld name (``Lê Văn T.``), a street (``đường Lê Lợi``), a
place (``Lâm Đồng``, an item of ``các xã A, B, C``, a foreign ``tỉnh Hủa Phăn``), a lunar year
(``Nhâm Dần``), a nickname (``anh Hai Nghĩa``), a country or a name inside an organization.
Names in capitals after an honorific or opening a list line are title-cased; a foreign name may
go on after a dash (``ông Sổm Phăn - Vông Sa``). Short repeat mentions (``đồng chí Tuấn``)
become ``person_ref`` spans, resolved later; a byline that ends a full name on the page is
that person signing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, lexicon
from justicekg.extract.recognizers.base import register

_STREET = re.compile(
    r"(?:đường|Đường|(?<![Tt]hành )phố|Phố|Đại lộ|đại lộ|ngõ|hẻm|số|Số|tên|mang tên|Trường|trường|"
    r"thôn|xóm|ấp|bản|làng|khu phố|tổ dân phố|xã|phường|thị trấn|"
    r"Giải|giải|Quỹ|quỹ|Khách sạn|khách sạn|Bệnh viện|Nhà văn hóa|Hội trường|hội trường|"
    r"tư tưởng|phong cách|Trung tâm|Công ty|công ty|Lăng|lăng|"
    r"[Cc]ầu|[Cc]hợ|[Cc]ông viên|[Qq]uảng trường|[Kk]hu đô thị|[Ss]ân vận động|[Bb]ảo tàng|"
    r"[Đđ]ền|[Đđ]ền thờ|[Cc]hùa|[Tt]ượng đài|[Kk]hu di tích|[Kk]hu lưu niệm|[Nn]hà lưu niệm)\s*$"
)


#: schools and institutes named after people: "trường THCS Chu Văn An"
_SCHOOL = re.compile(
    r"(?:Trường|trường)[ \t]+(?:THCS|THPT|PTDTBT|PTDTNT|PTCS|TH|MN|Tiểu học|Mầm non|"
    r"Trung học cơ sở|Trung học phổ thông|Phổ thông|Phổ thông dân tộc nội trú|Chuyên|Đại học|"
    r"Cao đẳng|Trung cấp|Chính trị|Mẫu giáo)(?:[ \t]+(?:cơ sở|phổ thông|bán trú|nội trú|chuyên))*"
    r"[ \t]*$"
)


_HEADWORD = re.compile(
    r"(?:Sở|Cục|Bộ|Vụ|Phòng|Ban|Tỉnh|Huyện|Thành|Chi|Tổng|Ủy|Hội|Văn|Thanh|Trung|Công|Tòa|Viện|"
    r"Đoàn|Khối|Cụm|Đại|Phó|Trưởng|Chủ|Giám|Các|Những)\s"
)


_PREV_WORD = re.compile(r"(\w+)[ \t]+$")
#: (not a numbered district or unit: "Quận ủy Quận 1 Hoàng Thị A", "khu vực 3 Lê Văn B")
_HOUSE_NUMBER = re.compile(
    r"(?<![\w/])(?<![Qq]uận )(?<![Pp]hường )(?<![Kk]hu vực )\d+[A-Za-z]?(?:\s*[-/]\s*\d+)*,?\s*$"
)
_CONTACT_LINE = re.compile(
    r"(?:Địa chỉ|Trụ sở|Điện thoại|ĐT|Tel|Fax|Email|E-mail|Website)\s*:", re.IGNORECASE
)


@cache
def _place_run_before() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w])(?:xã|phường|thị trấn|thị xã|huyện|quận|thôn|ấp|bản|tổ dân phố|khu phố|"
        rf"đặc khu|tỉnh|thành phố|đường|phố){SP}{SYL}{SP}$"
    )


_PLACE_WORDS = (
    r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thôn|ấp|bản|buôn|làng|xóm|tổ dân phố|khu phố|"
    r"đặc khu|tỉnh|thành phố)"
)


@cache
def _place_list_before() -> re.Pattern[str]:
    """``06 xã (A, B, C``, ``các xã A, B và C``: the items of a list of places so far."""
    item = rf"{SYL}(?:{SP}{SYL}){{0,3}}"
    return re.compile(
        rf"(?<![\w]){_PLACE_WORDS}(?P<open>[ \t]*[:(])?[ \t]*"
        rf"(?P<items>(?:{item}[ \t]*(?:,|;|[ \t]và(?![\w]))[ \t]*)+)$"
    )


_PLACE_LIST_OPEN = re.compile(rf"(?<![\w]){_PLACE_WORDS}[ \t]*[:(][ \t]*$")
_SHORT_ITEM_NEXT = re.compile(rf"{SYL}(?:{SP}{SYL})?[ \t]*[,;][ \t]*{SYL}")


def _in_place_list(doc: Doc, start: int) -> bool:
    """A run that continues a list of places opened by a place word (with a colon or a
    parenthesis, or after two items at least) is a place: ``các xã Tân Lộc, Phú Mỹ, Hồ Sơn``;
    so is the first item right after ``xã:`` when a short item and another follow."""
    if _PLACE_LIST_OPEN.search(doc.text, max(0, start - 20), start) and _SHORT_ITEM_NEXT.match(
        doc.text, start
    ):
        return True
    lo = max(doc.text.rfind("\n", 0, start) + 1, start - 300)
    m = _place_list_before().search(doc.text, lo, start)
    if m is None:
        return False
    items = [x.strip() for x in re.split(r",|;|[ \t]và(?![\w])", m.group("items"))]
    items = [x for x in items if x]
    if any(len(x.split()) >= 3 and _vn_name_start().match(x) for x in items):
        return False  # "huyện: Lê Văn An, Hà Thị Bình": a list of people after all
    return m.group("open") is not None or len(items) >= 2


_AFTER_PLACE_WORD = re.compile(rf"(?<![\w]){_PLACE_WORDS}[ \t]+$")


@cache
def _vn_name_start() -> re.Pattern[str]:
    """The first syllable of a Vietnamese or Tây Nguyên name (surname, ``Y``, ``H'``…)."""
    return re.compile(
        rf"(?:(?:{lexicon().surname_re}|Y)(?![{LOWER}])|[{UPPER}][{LOWER}]?'[{UPPER}])"
    )


def _foreign_place(doc: Doc, start: int) -> bool:
    """``Sở Tư pháp tỉnh Hủa Phăn``: after a place word, a run that does not begin like a
    Vietnamese name is a (foreign) place, not the person the title belongs to."""
    if not _AFTER_PLACE_WORD.search(doc.text, max(0, start - 16), start):
        return False
    return _vn_name_start().match(doc.text, start) is None


#: a syllable, or a transliterated foreign word of hyphen-joined syllables ("Khăm-pheng"); the
#: syllables after a hyphen are lower-case, so "Bình-Phó Giám đốc" is a name and a title
#: a capitalized part after a hyphen is a name's unless a title or body begins there
#: ("Khăm-Pheng", but "Thành-Trưởng ban", "Bình-Phó Giám đốc")
_NOT_HYPHEN_PART = (
    r"(?!(?:Phó|Trưởng|Giám|Chủ|Bí|Thứ|Tổng|Chánh|Cục|Vụ|Sở|Phòng|Ban|Ủy|Tỉnh|Huyện|Thành|"
    r"Chi|Đội|Viện|Tòa|Bộ|Đại|Thượng|Trung|Thiếu|Hội|Đoàn|Kiểm|Chấp|Thẩm|Công|Trợ|Luật|"
    r"Giáo|Tiến|Thạc|Nguyên|Quyền|Cán|Chuyên|Ủy viên|Thư|Kế)(?![\w]))"
)
FOREIGN = rf"[{UPPER}][{LOWER}]+(?:-(?:[{LOWER}]+|{_NOT_HYPHEN_PART}[{UPPER}][{LOWER}]+))+"
HSYL = rf"(?:{FOREIGN}|{SYL})"
#: one-word Cơ Ho, Mạ, Ê Đê names with a glottal prefix: "K'Brể", "Ka'Sơ", "H'Hen"
GLOTTAL = rf"[{UPPER}][{LOWER}]?'[{UPPER}][{LOWER}]+"


@cache
def _after_title() -> re.Pattern[str]:
    return re.compile(
        rf"{SP}(?P<name>{HSYL}(?:{SP}{HSYL}){{1,3}}|{FOREIGN}(?:{SP}{HSYL}){{0,3}})(?![\w'])"
    )


#: a middle name written in lower case ("Lê thị Hoa"), named capitalized
_LOW_MIDDLE = rf"(?:{SP}(?:thị|văn)(?={SP}[{UPPER}]))?"
_LOW_MIDDLE_IN = re.compile(r"(?<= )(thị|văn)(?= )")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    full = re.compile(
        rf"(?<![\w'])(?:(?:{lex.surname_re}){_LOW_MIDDLE}(?:{SP}{SYL}){{1,4}}"
        # Ê Đê names: Y (men) or H' (women) and at least two more syllables
        rf"|Y(?:{SP}{SYL}){{2,4}}|H'[{UPPER}][{LOWER}]+(?:{SP}{SYL}){{1,3}})(?![\w'])"
    )
    cued = re.compile(
        rf"(?<![\w])(?:{lex.honorific_re}|{lex.rank_re}){SP}"
        rf"(?P<name>{HSYL}{_LOW_MIDDLE}(?:{SP}{HSYL}){{1,4}}"
        rf"|(?:{FOREIGN}|{GLOTTAL})(?:{SP}{HSYL}){{0,3}})(?![\w'])"
    )
    short = re.compile(
        rf"(?<![\w])(?:đồng chí|Đồng chí|đ/c|Đ/c|ông|Ông|bà|Bà){SP}(?P<name>{SYL})(?![\w'])"
        rf"(?!{SP}{SYL})"
    )
    return full, cued, short


@cache
def _dash_tail() -> re.Pattern[str]:
    """The second part of a foreign name written with a dash: ``Sổm - Phăn Vông Sa``."""
    return re.compile(rf"[ \t]?[-–][ \t]?(?P<tail>{HSYL}(?:{SP}{HSYL}){{0,3}})(?![\w'])")


def _dash_extended(doc: Doc, start: int, name: str) -> str:
    """A cued name that does not begin like a Vietnamese name and goes on after a dash with
    more name syllables (no title, body, place or honorific) is one foreign name: ``ông
    Xổm Phăn - Vông Sa Lít, Giám đốc …``; ``ông Lê Văn An - Giám đốc`` stays ``Lê Văn An``."""
    if _vn_name_start().match(doc.text, start) is not None:
        return name
    m = _dash_tail().match(doc.text, start + len(name))
    if m is None:
        return name
    t = m.start("tail")
    lex = lexicon()
    if (
        lex.title_re.match(doc.text, t)
        or _HEADWORD.match(doc.text, t)
        or re.match(lex.honorific_re, doc.text[t:])
        or doc.covered(t, t + 1, ("org", "province"))
    ):
        return name
    tail = _cut(doc, t, m.group("tail"))
    if any(w in _NOT_NAME or w in _CREDIT_WORDS for w in tail.split()):
        return name
    return doc.text[start : t + len(tail)]


#: one upper-case syllable, also with a glottal prefix (``H'NGUYÊN``)
USYL = rf"[{UPPER}](?:'[{UPPER}])?[{UPPER}]*"


def _minister_domain(text: str, at: int) -> int | None:
    """The end of a ministry's domain (and a country) written right after a minister's title."""
    from justicekg.extract.recognizers.org_places import _country_re
    from justicekg.extract.title_orgs import _ministry_domain

    dm = _ministry_domain().match(text, at)
    if dm is None:
        return None
    country = _country_re().match(text, dm.end())
    return country.end() if country else dm.end()


def title_case(name: str) -> str:
    """``NGUYỄN VĂN AN`` → ``Nguyễn Văn An``; ``H'NGUYÊN`` → ``H'Nguyên``.

    >>> title_case("H'NGUYÊN NIÊ")
    "H'Nguyên Niê"
    """
    return " ".join("'".join(p[:1] + p[1:].lower() for p in w.split("'")) for w in name.split())


@cache
def _upper_cued() -> re.Pattern[str]:
    """``ông NGUYỄN VĂN AN``: a name in capitals after an honorific or rank."""
    lex = lexicon()
    return re.compile(
        rf"(?<![\w])(?:{lex.honorific_re}|{lex.rank_re}){SP}"
        rf"(?P<name>{USYL}(?:{SP}{USYL}){{1,3}})(?![\w'])"
    )


#: "1. NGUYỄN VĂN AN - Chấp hành viên": a list line that begins with a name in capitals
_UPPER_LINE_NAME = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}[.)][ \t]*|[-–+•*][ \t]*)?(?P<name>{USYL}(?:{SP}{USYL}){{1,4}})"
    r"(?=[ \t]*(?:[,:(\t]|[-–][ \t]|$))",
    re.MULTILINE,
)


def _cut(doc: Doc, start: int, name: str) -> str:
    """Drop syllables from where a title, organization or honorific begins."""
    lex = lexicon()
    words = name.split(" ")
    pos = start
    offsets = []
    for w in words:
        offsets.append(pos)
        pos += len(w) + 1
    for i in range(1, len(words)):
        at = offsets[i]
        if doc.covered(at, at + 1, ("province",)):
            return " ".join(words[:i])  # the run ends where a place begins ("Đoàn Hà Giang")
        if i < 2:
            continue
        if lex.title_re.match(doc.text, at) or doc.covered(at, at + 1, ("org",)):
            return " ".join(words[:i])
        if words[i] in ("Tỉnh", "Sở", "Thứ", "Chủ") and i == len(words) - 1:
            if _NAME_END.match(doc.text, at + len(words[i])):
                continue  # "Lê Văn Thứ, Chấp hành viên": the given name ends the run
        if words[i] in ("Ông", "Bà", "Tỉnh", "Sở", "Thứ", "Chủ", "Giám") or (
            # "Đồng Chí" begins an honorific; "Phan Đức Đồng" ends with a given name
            words[i] == "Đồng" and i + 1 < len(words) and words[i + 1] == "Chí"
        ):
            return " ".join(words[:i])
    return name


#: capitalized syllables of institutions and documents, never part of a personal name
_NOT_NAME = frozenset(
    "Giám Sở Cục Bộ Phòng Ban Ủy Tỉnh Huyện Kiểm Tổng Viện Tòa Khối Cụm Đảng Luật "
    "Chỉ Xã Phường Quận Ngày Tháng Hội Đoàn Nhà Nước Phủ Sát".split()
)
#: one more capitalized syllable (a foreign name longer than a Vietnamese one)
_MORE_SYL = re.compile(rf"{SP}{SYL}(?![\w'])")
#: a lower-case syllable that completes a body's name begun by a capitalized run
_BODY_WORD_AFTER = re.compile(r"[ \t]+(?:niên|tra|chiến binh|binh|nhân dân)(?![\w])")
#: words that open a photo or source credit after a dash ("X - Ảnh: VGP")
_CREDIT_WORDS = frozenset({"Ảnh", "Nguồn", "Theo", "Video", "Clip"})
#: "Nghị" is a given name ("Phan Hữu Nghị") unless it begins "Nghị định" / "Nghị quyết"
_DECREE_AFTER = re.compile(r"\s+(?:định|quyết)(?![\w])", re.IGNORECASE)


#: punctuation (or a line end) right after a run: an institution word before it is a given
#: name that ends the run ("Cầm Văn Đoàn, Phó Giám đốc"), not the start of a body's name
_NAME_END = re.compile(r"[ \t]*(?:[,;:.)]|[ \t][-–—][ \t]|\n|$)")


@cache
def _particles() -> dict[str, frozenset[str]]:
    by_role: dict[str, set[str]] = {}
    for r in gz.load_rows("name_particles"):
        by_role.setdefault(r["role"], set()).add(r["word"])
    return {role: frozenset(ws) for role, ws in by_role.items()}


@cache
def _countries() -> frozenset[str]:
    out = {"Việt Nam"}
    for r in gz.load_rows("countries"):
        out.update((r["country"], *(a for a in r["aliases"].split("|") if a)))
    return frozenset(out)


def _not_a_name(words: list[str]) -> bool:
    """A lunar year (``Nhâm Dần``), a nickname (``Hai Nghĩa``), a country (``Việt Nam``) or a
    name cut after its middle name (``Trần Thị``)."""
    parts = _particles()
    if words[-1] in parts["middle"] and (len(words) == 2 or words[-1] == "Thị"):
        # "Trần Thị" is cut; "Trần Quốc Văn" is a full name whose given name is "Văn"
        return True
    if len(words) == 2 and words[0] in parts["stem"] and words[1] in parts["branch"]:
        return True
    if len(words) == 2 and words[0] in parts["birth-order"]:
        return True
    return " ".join(words) in _countries()


def _valid(doc: Doc, start: int, end: int, name: str) -> bool:
    lex = lexicon()
    words = [w for w in name.split() if w not in ("-", "–")]  # "Sổm Phăn - Vông Sa"
    inst = [i for i, w in enumerate(words[1:], 1) if w in _NOT_NAME]
    if inst and (
        inst != [len(words) - 1] or len(words) < 3 or _NAME_END.match(doc.text, end) is None
    ):
        return False
    if _not_a_name(words):
        return False
    if _BODY_WORD_AFTER.match(doc.text, end):
        return False  # "Đoàn Thanh niên", "Hội Cựu chiến binh": a body cut at its lower case
    if "Nghị" in words[1:] and (
        words[-1] != "Nghị" or _DECREE_AFTER.match(doc.text, end) is not None
    ):
        return False
    if (len(words) < 2 and "-" not in name and "'" not in name) or any(
        len(w) == 1 and w != "Y" and not (w == "A" and i < len(words) - 1)
        for i, w in enumerate(words[1:], 1)
    ):
        return False  # withheld names: Lê Văn T. (but Hmông "Vàng A Dình")
    if end < len(doc.text) and doc.text[end] == "." and len(words[-1]) == 1:
        return False
    if _STREET.search(doc.text, max(0, start - 14), start):
        return False
    if _SCHOOL.search(doc.text, max(0, start - 48), start):
        return False
    if _HOUSE_NUMBER.search(doc.text, max(0, start - 12), start):
        return False
    if _place_run_before().search(doc.text, max(0, start - 40), start):
        # "xã An Ninh Đông": a place name has two syllables at least, so a run starting one
        # syllable after a place word is the tail of the place name, not a person
        return False
    line_start = doc.text.rfind("\n", 0, start) + 1
    if _CONTACT_LINE.match(doc.text, line_start):
        return False
    if lex.province(name) or lex.districts(name):
        return bool(re.search(r"Chủ tịch\s*$", doc.text[max(0, start - 12) : start]))
    prev = _PREV_WORD.search(doc.text, max(0, start - 12), start)
    if prev and (
        lex.districts(f"{prev.group(1)} {name}") or lex.province(f"{prev.group(1)} {name}")
    ):
        return False  # "Buôn Ma Thuột": the tail of a place name
    if doc.covered(start, end, ("org",)) or doc.covered(start, start + 1, ("province",)):
        return False
    return not lex.title_re.fullmatch(name)


def _add_person(doc: Doc, start: int, end: int, name: str, rule: str) -> None:
    """A person span; a name that is also a province's (``Chủ tịch Hồ Chí Minh``, accepted
    only after ``Chủ tịch``) is a historical figure: ``data["historical"]`` (its title has no
    present-day body and it attends no event the page reports)."""
    data = {"historical": True} if lexicon().province(name) else {}
    name = _LOW_MIDDLE_IN.sub(lambda m: m.group(1).capitalize(), name)
    doc.add(Span(start, end, "person", name, rule, data))


def referent(ref: Span, persons: list[Span], *, or_later: bool = False) -> str | None:
    """The full name a short reference stands for (``ông Long`` → ``Vũ Đức Long``): the latest
    person named before it whose name ends in that syllable; with ``or_later``, failing that,
    the last such person anywhere in the article."""
    found = [p for p in persons if p.start < ref.start and p.name.split()[-1] == ref.name]
    if not found and or_later:
        found = [p for p in persons if p.name.split()[-1] == ref.name]
    return found[-1].name if found else None


#: no person's name is longer than this (characters): overlaps are looked for this far back
_LONGEST = 120


@register("persons")
class Persons:
    """Person spans (label ``person``) and short references (label ``person_ref``)."""

    name = "persons"

    def __call__(self, doc: Doc) -> Doc:
        full, cued, short = _patterns()
        text = doc.text
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        for b in doc.by_label("byline"):
            doc.add(Span(b.start, b.end, "person", b.name, "byline"))
            taken.append((b.start, b.end))
        for m in cued.finditer(text):
            s = m.start("name")
            if lexicon().title_re.match(text, s) or _HEADWORD.match(text, s):
                continue
            raw = m.group("name")
            more = _MORE_SYL.match(text, m.end("name"))
            if more is not None and raw.count(" ") >= 4 and _vn_name_start().match(text, s) is None:
                raw += more.group(0)  # a long Lao name: "ông Khăm Phăn Sít Xay Nha Xăn"
            name = _cut(doc, s, raw)
            if name == raw:
                name = _dash_extended(doc, s, name)
            e = s + len(name)
            if free(s, e) and _valid(doc, s, e, name):
                _add_person(doc, s, e, name, "honorific")
                taken.append((s, e))
        upper = [*_upper_cued().finditer(text), *_UPPER_LINE_NAME.finditer(text)]
        for m in upper:
            s, e = m.start("name"), m.end("name")
            name = title_case(m.group("name"))
            if (
                _vn_name_start().match(name) is None
                or lexicon().title_re.match(name)
                or len(name.split()[-1]) < 2
                or not free(s, e)
                or not _valid(doc, s, e, name)
            ):
                continue
            _add_person(doc, s, e, name, "upper")
            taken.append((s, e))
        pos = 0
        while (fm := full.search(text, pos)) is not None:
            s = fm.start()
            name = _cut(doc, s, fm.group(0))
            e = s + len(name)
            if free(s, e) and _valid(doc, s, e, name) and not _in_place_list(doc, s):
                _add_person(doc, s, e, name, "surname")
                taken.append((s, e))
                pos = fm.end()
            else:
                # "thị trấn Lý Sơn Hoàng Văn Nam": a name may begin inside a long rejected run
                # (a place name then a person's); a short one is one name ("công viên Lý Thái Tổ")
                sp = text.find(" ", s, fm.end())
                long_run = fm.group(0).count(" ") >= 3
                pos = sp + 1 if sp != -1 and long_run else fm.end()
        # a name right after a title (and its organization), whatever the surname:
        # "Thứ trưởng Bộ Tư pháp Đặng Hoàng Oanh", "Giám đốc Y Blô Niê"
        org_end = {o.start: o.end for o in doc.by_label("org")}
        after_title = _after_title()
        for t in lexicon().title_re.finditer(text):
            at = t.end()
            if at + 1 in org_end:
                at = org_end[at + 1]
            elif (dm := _minister_domain(text, at)) is not None:
                at = dm  # "Bộ trưởng Tư pháp Lào X": past the ministry's domain and country
            m2 = after_title.match(text, at)
            if m2 is None:
                continue
            s = m2.start("name")
            if _HEADWORD.match(text, s) or lexicon().title_re.match(text, s):
                continue
            if _foreign_place(doc, s) or _in_place_list(doc, s):
                continue
            name = _cut(doc, s, m2.group("name"))
            if name == m2.group("name"):
                name = _dash_extended(doc, s, name)
            e = s + len(name)
            if free(s, e) and _valid(doc, s, e, name):
                _add_person(doc, s, e, name, "title-cue")
                taken.append((s, e))
        for m in short.finditer(text):
            s, e = m.start("name"), m.end("name")
            if free(s, e) and len(m.group("name")) > 1:
                doc.add(Span(s, e, "person_ref", m.group("name"), "short"))
        # a byline or credit that is the end of a full name the page gives ("Thanh Hà" after
        # "Lê Thanh Hà") is that person signing, not another person
        fulls = {p.name for p in doc.by_label("person") if p.rule not in ("byline", "credit")}
        doc.spans = [
            sp
            for sp in doc.spans
            if sp.label != "person"
            or sp.rule != "byline"
            or not any(f.endswith(" " + sp.name) for f in fulls)
        ]
        # drop province spans inside persons
        persons = doc.by_label("person")
        starts = [p.start for p in persons]
        doc.spans = [
            sp
            for sp in doc.spans
            if sp.label != "province"
            or not any(
                sp.overlaps(p)
                for p in persons[
                    bisect_left(starts, sp.start - _LONGEST) : bisect_left(starts, sp.end)
                ]
            )
        ]
        return doc
