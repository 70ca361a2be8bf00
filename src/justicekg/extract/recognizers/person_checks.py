"""What a capitalized run must not be to be a person's name, and where a name ends.

A run is not a person's name when it follows a street, school or house number, opens a
contact line, continues a place name or a list of places (``các xã A, B, C``), names a
foreign place after a place word, is a lunar year, a nickname, a country, a withheld name
(``Lê Văn T.``) or a body's name; :func:`cut_name` stops a run where a title, an organization,
a place or an honorific begins. :mod:`.persons` finds the runs and asks these checks.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc
from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, lexicon

#: a one-letter syllable with a tone mark is a given name, never an initial ("Như Ý")
_TONED = frozenset("ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ")
#: place nouns a name can follow as the name of the place (any capitalization: "Khu Di tích",
#: "Nhà Tưởng niệm")
_STREET = gz.LazyPattern(
    lambda: re.compile(
        # ("Bộ Tư pháp Nhật Bản Tanaka …": the country Japan, not a village "bản")
        r"(?<!Nhật )(?<!NHẬT )"
        r"(?i:đường|(?<![Tt]hành )phố|Đại lộ|ngõ|hẻm|số|tên|mang tên|Trường|"
        rf"{'|'.join(gz.read_by('village_words', 'person_street'))}|xã|phường|thị trấn|"
        r"Giải|Quỹ|Khách sạn|Bệnh viện|Nhà văn hóa|Hội trường|"
        r"tư tưởng|phong cách|(?<!đốc )Trung tâm|Công ty|Lăng|"  # not "Giám đốc Trung tâm X"
        r"Cầu|Chợ|Công viên|Quảng trường|Khu đô thị|Sân vận động|Bảo tàng|Thư viện|Nghĩa trang|"
        r"Đền|Đền thờ|Chùa|Đình|Tượng đài|(?:Khu |Cụm )?[Dd]i tích|(?:Khu|Nhà) lưu niệm|"
        r"(?:Khu|Nhà|Đài) tưởng niệm)\s*(?:Chủ tịch\s+)?$"  # "Lăng Chủ tịch Hồ Chí Minh": the place
    )
)


#: schools and institutes named after people: "trường THCS Chu Văn An"
_SCHOOL = re.compile(
    r"(?:Trường|trường)[ \t]+(?:THCS|THPT|PTDTBT|PTDTNT|PTCS|TH|MN|Tiểu học|Mầm non|"
    r"Trung học cơ sở|Trung học phổ thông|Phổ thông|Phổ thông dân tộc nội trú|Chuyên|Đại học|"
    r"Cao đẳng|Trung cấp|Chính trị|Mẫu giáo)(?:[ \t]+(?:cơ sở|phổ thông|bán trú|nội trú|chuyên))*"
    r"[ \t]*$"
)


_PREV_WORD = re.compile(r"(\w+)[ \t]+$")
#: (not a numbered district or unit: "Quận ủy Quận 1 Hoàng Thị A", "khu vực 3 Lê Văn B")
_HOUSE_NUMBER = re.compile(
    r"(?<![\w/])(?<![Qq]uận )(?<![Pp]hường )(?<![Kk]hu vực )\d+[A-Za-z]?(?:\s*[-/]\s*\d+)*,?\s*$"
)
_CONTACT_LINE = re.compile(
    r"(?:Địa chỉ|Trụ sở|Điện thoại|ĐT|Tel|Fax|Email|E-mail|Website)\s*:", re.IGNORECASE
)


@gz.derived
def _place_noun_before() -> re.Pattern[str]:
    """``ngã tư X``, ``sân bay X``, ``khu X`` of an address: a place noun in lower case right
    before a run (data/gazetteers/name_place_nouns.tsv); not ``trưởng khu X``, a title, nor a
    body's capitalized head (``Giám đốc Cảng X``); capitalized only where a sentence begins.
    (A title right before the noun holds it: :func:`_title_before`.)"""
    low = gz.alternation("name_place_nouns")
    cap = "|".join(w[:1].upper() + w[1:] for w in low.split("|"))
    return re.compile(
        rf"(?:(?<![\w])(?<!rưởng )(?<!hó )(?:{low})|(?:^|(?<=[.!?…])[ \t]+)(?:{cap}))[ \t]+$",
        re.MULTILINE,
    )


@gz.derived
def _title_then_unit() -> re.Pattern[str]:
    """What may stand between a title and the place noun its title holds: nothing
    (``Giám đốc cảng``), or a grassroots body's words (``Bí thư chi bộ khu``; the ``body``
    rows of data/gazetteers/grassroots_roles.tsv)."""
    units = {
        w
        for r in gz.load_rows("grassroots_roles")
        if r["kind"] == "body"
        for w in r["body"].split("|")
        if not w.startswith("@")
    }
    alts = "|".join(re.escape(w) for w in sorted(units, key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:(?:{alts})[ \t]+)?$", re.IGNORECASE)


def _title_before(text: str, at: int) -> bool:
    """A title ends right before the place noun at ``at``, perhaps with its grassroots body
    between (``Giám đốc cảng X``, ``Bí thư chi bộ khu X``): the noun belongs to the title and
    a name follows."""
    lo = max(0, at - 48)
    return any(
        _title_then_unit().fullmatch(text, m.end(), at)
        for m in lexicon().title_re.finditer(text, lo, at)
    )


@gz.derived
def _common_words() -> frozenset[str]:
    return frozenset(gz.column("name_common_words", "word"))


@gz.derived
def _place_run_before() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w])(?:xã|phường|thị trấn|thị xã|huyện|quận|"
        rf"{'|'.join(gz.read_by('village_words', 'person_run'))}|"
        rf"đặc khu|tỉnh|thành phố|đường|phố){SP}{SYL}{SP}$"
    )


@gz.derived
def _place_words() -> str:
    return (
        r"(?:xã|phường|thị trấn|thị xã|huyện|quận|"
        rf"{'|'.join(gz.read_by('village_words', 'person_place'))}|"
        r"đặc khu|tỉnh|thành phố)"
    )


@gz.derived
def _place_list_before() -> re.Pattern[str]:
    """``06 xã (A, B, C``, ``các xã A, B và C``: the items of a list of places so far."""
    item = rf"{SYL}(?:{SP}{SYL}){{0,3}}"
    return re.compile(
        rf"(?<![\w]){_place_words()}(?P<open>[ \t]*[:(])?[ \t]*"
        rf"(?P<items>(?:{item}[ \t]*(?:,|;|[ \t]và(?![\w]))[ \t]*)+)$"
    )


_PLACE_LIST_OPEN = gz.LazyPattern(
    lambda: re.compile(rf"(?<![\w]){_place_words()}[ \t]*[:(][ \t]*$")
)
_SHORT_ITEM_NEXT = re.compile(rf"{SYL}(?:{SP}{SYL})?[ \t]*[,;][ \t]*{SYL}")


def is_in_place_list(doc: Doc, start: int) -> bool:
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
    if any(len(x.split()) >= 3 and vn_name_start().match(x) for x in items):
        return False  # "huyện: Lê Văn An, Hà Thị Bình": a list of people after all
    # ("tại các xã Tân Lộc, Phú Mỹ": a plural place word opens a list of places, one item will do)
    plural = _PLURAL_BEFORE.search(doc.text, max(0, m.start() - 10), m.start()) is not None
    return m.group("open") is not None or len(items) >= 2 or plural


#: "các", "những", "3", "hai" before a place word: several places named
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:các|những|\d+|hai|ba|bốn|năm|sáu)[ \t]+$")
_AFTER_PLACE_WORD = gz.LazyPattern(lambda: re.compile(rf"(?<![\w]){_place_words()}[ \t]+$"))


@gz.derived
def vn_name_start() -> re.Pattern[str]:
    """The first syllable of a Vietnamese or Tây Nguyên name (surname, ``Y``, ``H'``…)."""
    return re.compile(
        rf"(?:(?:{lexicon().surname_re}|Y)(?![{LOWER}])|[{UPPER}][{LOWER}]?'[{UPPER}])"
    )


def is_foreign_place(doc: Doc, start: int) -> bool:
    """``Sở Tư pháp tỉnh Hủa Phăn``: after a place word, a run that does not begin like a
    Vietnamese name is a (foreign) place, not the person the title belongs to."""
    if not _AFTER_PLACE_WORD.search(doc.text, max(0, start - 16), start):
        return False
    return vn_name_start().match(doc.text, start) is None


#: "Chủ tịch", "chủ tịch", "Chủ Tịch", "CHỦ TỊCH" right before a run that is a province's name
#: (a historical figure: "Chủ tịch Hồ Chí Minh")
PRESIDENT_BEFORE = r"(?i:chủ tịch)[ \t]+"
_PRESIDENT_BEFORE = re.compile(rf"{PRESIDENT_BEFORE}$")


#: surnames that are no other word: "Nguyễn Long An" is a name, not "Nguyễn" + a province
#: (unlike "Đoàn Hà Giang", a delegation)
_ONLY_SURNAMES = frozenset(
    "Nguyễn Trần Phạm Huỳnh Vũ Võ Đặng Bùi Đỗ Ngô Dương Trịnh Lê Phan Trương Quách Lưu Tạ".split()
)


def cut_name(doc: Doc, start: int, name: str) -> str:
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
        if doc.covered(at, at + 1, ("province",)) and not (
            words[0] in _ONLY_SURNAMES
            and not doc.covered(offsets[1] - 1, offsets[1], ("province",))
        ):
            return " ".join(words[:i])  # the run ends where a place begins ("Đoàn Hà Giang")
        if i < 2:
            continue
        if lex.title_re.match(doc.text, at) or doc.covered(at, at + 1, ("org",)):
            return " ".join(words[:i])
        if _AWARD_OPENS.match(doc.text, at):
            return " ".join(words[:i])  # "tặng ông A Bằng khen": the award the person is given
        if words[i] in ("Tỉnh", "Sở", "Thứ", "Chủ") and i == len(words) - 1:
            if ends_name(doc, at, at + len(words[i])):
                continue  # "Lê Văn Thứ, Chấp hành viên": the given name ends the run
        if words[i] in ("Ông", "Bà", "Tỉnh", "Sở", "Thứ", "Chủ", "Giám") or (
            # "Đồng Chí" begins an honorific; "Phan Đức Đồng" ends with a given name
            words[i] == "Đồng" and i + 1 < len(words) and words[i + 1] == "Chí"
        ):
            return " ".join(words[:i])
    return name


#: an award named right after the person given it ("tặng ông Lê Văn A Bằng khen", "… Huân
#: chương Lao động"): its first syllable is no given name ("ông Lê Văn Bằng khen ngợi" is)
_AWARD_OPENS = re.compile(
    r"(?:Bằng|Giấy)[ \t]+khen(?![ \t]+ngợi)|Huân[ \t]+chương|Huy[ \t]+chương"
    r"|Kỷ[ \t]+niệm[ \t]+chương|Cờ[ \t]+thi[ \t]+đua|Danh[ \t]+hiệu"
    r"|Chiến[ \t]+sĩ[ \t]+thi[ \t]+đua(?![\w])"
)
#: capitalized syllables of institutions and documents, never part of a personal name
NOT_NAME = frozenset(
    "Giám Sở Cục Bộ Phòng Ban Ủy Tỉnh Huyện Kiểm Tổng Viện Tòa Khối Cụm Đảng Luật "
    "Chỉ Xã Phường Quận Ngày Tháng Hội Đoàn Nhà Nước Phủ Sát".split()
)
#: a lower-case syllable that completes a body's name begun by a capitalized run
_BODY_WORD_AFTER = re.compile(r"[ \t]+(?:niên|tra|chiến binh|binh|nhân dân)(?![\w])")
#: the lower-case end of a two-word capitalized run that is a body's name ("Đoàn Đại biểu",
#: "Tổ Hòa giải", "Đoàn Công tác"), not a person's ("Hòa giải thích": explains)
_BODY_PAIR_AFTER = re.compile(
    r"(?<=Đại)[ \t]+biểu(?![ \t]+dương)(?![\w])|(?<=Hòa)[ \t]+giải(?![\w])"
    r"(?![ \t]+(?:thích|đáp|quyết|trình|tỏa|ngân|thưởng|nhất|nhì|ba))"
    # "Đoàn Công tác", "Vùng Cảnh sát biển", "Khoa Pháp luật": a unit's capitalized words
    r"|(?<=Công)[ \t]+tác(?![\w])(?![ \t]+(?:động|phẩm|giả|dụng|nghiệp|phong))"
    r"|(?<=Cảnh)[ \t]+sát(?![\w])(?![ \t]+(?:cánh|sao|hạch|với|nhập))"
    r"|(?<=Pháp)[ \t]+luật(?![\w])"
)
#: "Nghị" is a given name ("Phan Hữu Nghị") unless it begins "Nghị định" / "Nghị quyết"
_DECREE_AFTER = re.compile(r"\s+(?:định|quyết)(?![\w])", re.IGNORECASE)


#: punctuation (or a line end) right after a run: an institution word before it is a given
#: name that ends the run ("Cầm Văn Đoàn, Phó Giám đốc"), not the start of a body's name
_NAME_END = re.compile(r"[ \t]*(?:[,;:.)]|[ \t][-–—][ \t]|\n|$)")
#: a lower-case word right after a run: a verb ("Lê Văn Viện phát biểu") ends the name, a body's
#: or title's own lower-case word ("Tỉnh ủy", "Viện kiểm sát", "Đảng viên") does not
_LOWER_AFTER = re.compile(rf"[ \t]+([{LOWER}]+)(?![\w])")
_BODY_TAIL = frozenset(
    "viên ủy kiểm sát nhân trưởng phó tư cộng chính sản khen đoàn luật pháp vụ".split()
)


def ends_name(doc: Doc, at: int, end: int) -> bool:
    """Whether the institution word at ``at``–``end`` is the given name that ends a run:
    punctuation follows, or a lower-case word that continues no body or title."""
    if _NAME_END.match(doc.text, end) is not None:
        return True
    low = _LOWER_AFTER.match(doc.text, end)
    return (
        low is not None
        and low.group(1) not in _BODY_TAIL
        and lexicon().title_re.match(doc.text, at) is None
        and not doc.covered(at, at + 1, ("org",))
    )


@gz.derived
def _particles() -> dict[str, frozenset[str]]:
    by_role: dict[str, set[str]] = {}
    for r in gz.load_rows("name_particles"):
        by_role.setdefault(r["role"], set()).add(r["word"])
    return {role: frozenset(ws) for role, ws in by_role.items()}


@gz.derived
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
    if " ".join(words) in _countries():
        return True
    return place_named_first(words)


@gz.derived
def _geo_names() -> frozenset[str]:
    return frozenset(gz.column("geo_names"))


def place_named_first(words: list[str]) -> bool:
    """A run that begins with a country or a region of two syllables or more and not with a
    surname: ``Việt Nam Dân`` (of ``Việt Nam Dân chủ cộng hòa``), ``Ai-len`` after
    ``Đại sứ``, ``Miền Bắc`` after ``cán bộ`` (data/gazetteers/countries.tsv, geo_names.tsv)."""
    if words[0] in gz.surnames():
        return False
    places = _countries() | _geo_names()
    for k in range(1, len(words) + 1):
        head = " ".join(words[:k])
        if head in places and (k >= 2 or "-" in head):
            return True
    return False


def is_valid_name(doc: Doc, start: int, end: int, name: str) -> bool:
    """True when ``name`` read at ``start``–``end`` can be a person's name: no body's word
    inside it (``Đoàn Thanh niên``), no decree (``Nghị định``), no withheld initial."""
    lex = lexicon()
    words = [w for w in name.split() if w not in ("-", "–")]  # "Sổm Phăn - Vông Sa"
    inst = [i for i, w in enumerate(words[1:], 1) if w in NOT_NAME]
    if inst and (
        inst != [len(words) - 1] or len(words) < 3 or not ends_name(doc, end - len(words[-1]), end)
    ):
        return False
    if _not_a_name(words) or " ".join(words[:2]) in _common_words():
        return False  # "Hội Nông Dân", "Huân chương Lao động Hạng Ba": common words
    if _BODY_WORD_AFTER.match(doc.text, end):
        return False  # "Đoàn Thanh niên", "Hội Cựu chiến binh": a body cut at its lower case
    if len(words) == 2 and _BODY_PAIR_AFTER.match(doc.text, end):
        return False  # "Đoàn Đại biểu Quốc hội", "Tổ Hòa giải": a body's capitalized words
    for i, w in enumerate(words):
        # "Nghị" is a middle or given name ("Vưu Nghị Khang", "Phan Hữu Nghị") unless it
        # begins "Nghị định" / "Nghị quyết" (written small after the run or capitalized in it)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w == "Nghị" and (
            nxt in ("Định", "Quyết")
            or (nxt is None and _DECREE_AFTER.match(doc.text, end) is not None)
        ):
            return False
    # a one-letter syllable of a two-syllable surname ("Rơ Ô") is no initial, nor is a vowel
    # with a tone mark ("Lục Như Ý": an initial is written bare)
    surname_end = 2 if " ".join(words[:2]) in gz.surnames() else 1
    if (len(words) < 2 and "-" not in name and "'" not in name) or any(
        len(w) == 1 and w != "Y" and w not in _TONED and not (w == "A" and i < len(words) - 1)
        for i, w in enumerate(words[surname_end:], surname_end)
    ):
        return False  # withheld names: Lê Văn T. (but Hmông "Vàng A Dình")
    if end < len(doc.text) and doc.text[end] == "." and len(words[-1]) == 1:
        if words[-1] not in _TONED:
            return False
    if _STREET.search(doc.text, max(0, start - 24), start):
        return False
    noun = _place_noun_before().search(doc.text, max(0, start - 24), start)
    if noun is not None and not _title_before(doc.text, noun.start()):
        return False  # "ngã tư X", "sân bay X": the place's name
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
    if name in _geo_names():
        return False  # "Thái Bình Dương": the Pacific
    if lex.province(name) or lex.districts(name):
        return bool(_PRESIDENT_BEFORE.search(doc.text, max(0, start - 12), start))
    prev = _PREV_WORD.search(doc.text, max(0, start - 12), start)
    if prev and (
        lex.districts(f"{prev.group(1)} {name}") or lex.province(f"{prev.group(1)} {name}")
    ):
        return False  # "Buôn Ma Thuột": the tail of a place name
    if doc.covered(start, end, ("org",)) or doc.covered(start, start + 1, ("province",)):
        return False
    return not lex.title_re.fullmatch(name)
