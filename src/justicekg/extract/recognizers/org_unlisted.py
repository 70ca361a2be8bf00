"""Bodies whose domain is not in the gazetteer, read only where their context is explicit.

``Cục Thuế tỉnh X``, ``Sở Ngoại vụ thành phố Y`` (a place follows), ``Vụ Tổ chức - Biên chế,
Bộ Tư pháp`` (its ministry follows) and ``Phòng Văn bản … Sở Tư pháp tỉnh X`` (its parent
follows). The grammar that reads the parent is passed in as ``parse``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import load_rows
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.recognizers.org_places import place_at, placed_span
from justicekg.text.normalize import fold

#: the head grammar: ``parse(doc, start, depth)``
Parse = Callable[[Doc, int, int], Span | None]

#: heads read with an unlisted domain when a place follows
_UNLISTED_HEADS = frozenset({"Sở", "Cục", "Chi cục", "Phòng", "Trung tâm", "Hội", "Bộ môn", "Khoa"})
#: "Ban Chỉ đạo Chương trình 135 tỉnh X": a steering committee the gazetteer does not list,
#: read (like the other unlisted bodies) only when its place follows
_STEERING = re.compile(r"[ \t]+Chỉ đạo[ \t]+[A-ZĐ\d]")
#: centres that are buildings ("Trung tâm Hội nghị tỉnh X"): venues, no body
_VENUES = frozenset(fold(r["domain"]) for r in load_rows("org_venues"))
#: "Hội Nghị …", "Hội Thảo …" in title case are events, not associations
_NOT_ASSOCIATION = re.compile(r"[ \t]+(?:Nghị|Thảo|Thi|Diễn|Chợ|Khỏe|Trại)(?![\w])")
#: a capitalized domain of at most 7 words, up to an explicit place word
_UNLISTED_DOMAIN = re.compile(
    rf"[ \t]+([{UPPER}][\w&]*(?:(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?!tỉnh |thành phố |huyện |quận "
    # (not into a parent body: "Phòng Cảnh sát hình sự, Công an tỉnh X" is a unit of it)
    rf"|thị xã |TP|Công an |Sở |Cục )[\w&]+){{0,6}}?)"
    rf"(?=[ \t]*,?[ \t]*(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã)[ \t]+[{UPPER}\d])"
)
#: the parents a unit with an unlisted domain is named with (a court's or procuracy's
#: divisions, an academy's sections too)
_UNIT_PARENTS = r"Sở|Cục|Tổng cục|Bộ|Trung tâm|Học viện|Trường|Tòa án|TAND|Viện kiểm sát|VKSND"
#: a capitalized domain of at most 9 words, up to its parent department or office
_NEXT_UNIT = r"(?:Phòng|Văn phòng|Ban|Đội|Trung tâm|Chi cục|Cục)[ \t]"
_UNLISTED_UNIT_DOMAIN = re.compile(
    # (a comma before another unit's head ends the name: "Phòng A, Phòng B Công an tỉnh X")
    rf"[ \t]+([{UPPER}][\w&]*(?:(?:[ \t]*,[ \t]*(?!{_NEXT_UNIT})|[ \t]*[\-–][ \t]*|[ \t]+)"
    rf"(?!(?:{_UNIT_PARENTS}|Công an) )[\w&]+){{0,10}}?)"
    # "Phòng Nghiệp vụ của Trung tâm …": a word linking the unit to its parent is no name's
    # (a police division's code in brackets before it is no name's either: "(PC02)")
    rf"([ \t]*(?:\([A-ZĐ]{{1,4}}[ \t]?\d{{1,3}}\)[ \t]*)?(?:,|[-–])?[ \t]*"
    rf"(?:thuộc[ \t]+|của[ \t]+)?)"
    rf"(?=(?:{_UNIT_PARENTS})[ \t]+[{UPPER}\w]|Công an[ \t]+(?:tỉnh|thành phố|TP))"
)
#: a court's or procuracy's divisions are of a provincial or higher one (a district's has none)
_DIVIDED_KINDS = frozenset({"court", "procuracy"})
#: the units of an academy or school, read only with it after them
_SCHOOL_UNITS = frozenset({"Bộ môn", "Khoa"})
#: a lower-case domain of at most 4 words, up to its parent centre or department
_LOWER_UNIT_DOMAIN = re.compile(
    rf"[ \t]+([{LOWER}]+(?:[ \t]+[{LOWER}]+){{0,3}}?)([ \t]*,?[ \t]*(?:thuộc[ \t]+)?)"
    rf"(?=(?:Sở|Cục|Trung tâm)[ \t]+[{UPPER}{LOWER}])"
)
#: a capitalized domain of at most 8 words, up to the ministry it belongs to
_UNLISTED_MINISTRY_UNIT = re.compile(
    rf"[ \t]+([{UPPER}][\w]*(?:(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?!Bộ[ \t])[\w]+){{0,7}}?)"
    rf"[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]thuộc[ \t]+|)(?=Bộ[ \t]+[{UPPER}])"
)
_HEAD_TITLE_BEFORE = re.compile(r"(?:Vụ trưởng|Cục trưởng|Phó Vụ trưởng|Phó Cục trưởng)[ \t]+$")
_UNIT_AFTER_TITLE = re.compile(
    rf"[ \t]+([{UPPER}][\w]*(?:(?:[ \t]*[\-–][ \t]*|[ \t]+)[\w]+){{0,7}})"
    # up to punctuation, or to "kiêm" and the second office the person holds
    rf"(?=[ \t]*[,;.()\n–]|[ \t]+kiêm[ \t])"
)
_PLACE_KINDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "tp", "tp."})
#: verbs and prepositions that end a unit's name read up to the punctuation
_UNIT_NAME_STOP = frozenset(
    "chủ phát dự tham cho tổ làm đã đang sẽ được có là trình báo nêu nhấn khẳng yêu đề trao "
    "tặng nhận đến tại về với của trong cùng vừa thuộc trực kiêm".split()
)
_FUNCTION_WORDS = frozenset("các của những và tại trong thuộc cùng với là đã cho về".split())


def _unlisted(doc: Doc, start: int, end: int, head: str, parse: Parse) -> Span | None:
    """A provincial or district body whose domain is not in the gazetteer, recognized only
    when an explicit place follows: ``Cục Thuế tỉnh X``, ``Sở Ngoại vụ thành phố Y``."""
    if head in ("Vụ", "Cục") and not doc.meta.get("_upper_view"):
        unit = _unlisted_ministry_unit(doc, start, end, head, parse)
        if unit is not None:
            return unit
    steering = head == "Ban" and _STEERING.match(doc.text, end) is not None
    if (head not in _UNLISTED_HEADS and not steering) or doc.meta.get("_upper_view"):
        return None  # never on a sentence-cased upper-case line: every word is capitalized
    if head == "Hội" and _NOT_ASSOCIATION.match(doc.text, end):
        return None
    if head in _SCHOOL_UNITS:
        return _unlisted_sub_unit(doc, start, end, head, parse)
    fm = _UNLISTED_DOMAIN.match(doc.text, end)
    if fm is None and head in ("Sở", "Cục"):
        bare = _with_bare_province(doc, start, end, head)
        if bare is not None:
            return bare
    if fm is None:
        return _unlisted_sub_unit(doc, start, end, head, parse)
    from justicekg.text.normalize import expand_abbreviations

    domain = expand_abbreviations(" ".join(fm.group(1).split()))
    if head == "Trung tâm" and fold(domain.replace("–", "-")) in _VENUES:
        return None  # "tại Trung tâm Hội nghị tỉnh X": a building, a location
    place = place_at(doc, fm.end(1))
    if place is None or place.level == "implicit" or place.level == "commune":
        return None
    kind = "provincial-department" if head == "Sở" else "other"
    if place.level == "district" and head in ("Sở", "Cục"):
        return None
    return placed_span(start, f"{head} {domain}", kind, place)


#: a capitalized domain of at most 5 words (the province's name is read after it)
_DOMAIN_WORDS = re.compile(
    rf"[ \t]+([{UPPER}][\w&]*(?:(?:[ \t]*[,\-–][ \t]*|[ \t]+)[\w&]+){{0,4}})"
)
_PLACE_IN = re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|tp\.?)(?![\w])")
#: what may follow a body's name: punctuation or a lower-case word
_NAME_ENDS = re.compile(rf"[ \t]*(?:[,.;:()\n–-]|$)|[ \t]+[{LOWER}]")


def _with_bare_province(doc: Doc, start: int, end: int, head: str) -> Span | None:
    """``Cục Hải quan Tây Ninh``, ``Sở Ngoại vụ Lào Cai``: an unlisted domain and a province
    written without ``tỉnh``; the name ends right after the province."""
    text = doc.text
    lex = lexicon()
    fm = _DOMAIN_WORDS.match(text, end)
    if fm is None:
        return None
    words = fm.group(1).split(" ")
    for cut in range(1, len(words)):
        at = fm.start(1) + len(" ".join(words[:cut])) + 1
        pm = lex.province_re.match(text, at)
        rec = lex.province(pm.group(0)) if pm else None
        if pm is None or rec is None or not _NAME_ENDS.match(text, pm.end()):
            continue
        if {w.lower() for w in words[:cut]} & _FUNCTION_WORDS or _PLACE_IN.search(
            " ".join(words[:cut]).lower()
        ):
            return None
        domain = " ".join(words[:cut]).rstrip(",")
        kind = "provincial-department" if head == "Sở" else "other"
        return Span(
            start,
            pm.end(),
            "org",
            f"{head} {domain} {rec.kind} {rec.name}",
            "grammar",
            {"kind": kind, "province": rec.name},
        )
    return None


def _unlisted_ministry_unit(doc: Doc, start: int, end: int, head: str, parse: Parse) -> Span | None:
    """A department of a ministry whose domain is not in the gazetteer, with its ministry
    right after it: ``Vụ Tổ chức - Biên chế, Bộ Tư pháp`` → ``Vụ Tổ chức - Biên chế`` (a
    unit of a ministry is named without the ministry)."""
    fm = _UNLISTED_MINISTRY_UNIT.match(doc.text, end)
    if fm is None and _HEAD_TITLE_BEFORE.search(doc.text, max(0, start - 14), start):
        # "Vụ trưởng Vụ Tổ chức - Biên chế, …": the title names the unit's head; the name
        # runs to the punctuation
        fm = _UNIT_AFTER_TITLE.match(doc.text, end)
    elif fm is not None:
        sub = parse(doc, fm.end(), 2)
        if sub is None or sub.data.get("kind") != "ministry":
            return None
    if fm is None:
        return None
    words = fm.group(1).split()
    cut = next((i for i, w in enumerate(words) if w in _UNIT_NAME_STOP), len(words))
    while cut and words[cut - 1] in ("-", "–"):
        cut -= 1  # "Vụ trưởng Vụ X – chủ trì": the dash before the verb is no name's
    if cut == 0 or {w.lower() for w in words[:cut]} & (_FUNCTION_WORDS - {"và"} | _PLACE_KINDS):
        return None  # a place word: a provincial body, read by the placed grammar
    from justicekg.text.normalize import expand_abbreviations

    domain = expand_abbreviations(" ".join(words[:cut]))
    stop = fm.end(1) if cut == len(words) else doc.text.index(words[cut], fm.start(1))
    stop = len(doc.text[:stop].rstrip(" \t-–"))
    return Span(start, stop, "org", f"{head} {domain}", "grammar", {"kind": "ministry-unit"})


def _unlisted_sub_unit(doc: Doc, start: int, end: int, head: str, parse: Parse) -> Span | None:
    """A unit whose domain is not in the gazetteer, named with its department or office
    right after it: ``Phòng Văn bản và Theo dõi thi hành pháp luật Sở Tư pháp tỉnh X``."""
    if head not in ("Phòng", "Trung tâm", *_SCHOOL_UNITS):
        return None
    fm = _UNLISTED_UNIT_DOMAIN.match(doc.text, end)
    if fm is None and doc.text[start].islower():
        # "Trưởng phòng nghiệp vụ Trung tâm …": a lower-case unit after a title
        fm = _LOWER_UNIT_DOMAIN.match(doc.text, end)
        if fm is not None and set(fm.group(1).split()) & _FUNCTION_WORDS:
            fm = None
    if fm is None or fm.group(1).split()[-1].lower() in _PLACE_KINDS | {"phố", "xã"}:
        # "Phòng Cảnh sát giao thông tỉnh, Sở Tư pháp …": a unit placed by its own level word,
        # then the next body of a list, not its parent
        return None
    sub = parse(doc, fm.end(1) + len(fm.group(2)), 2)
    if sub is not None and head in _SCHOOL_UNITS:
        if not sub.name.startswith(("Học viện ", "Trường ")):
            return None
    elif sub is not None and sub.data.get("kind") in _DIVIDED_KINDS:
        if head != "Phòng" or sub.data.get("district"):
            return None
    elif sub is None or (
        sub.data.get("kind")
        not in (
            "provincial-department",
            "provincial-enforcement",
            "general-department",
            "ministry",
        )
        and not (head == "Phòng" and sub.name.startswith("Trung tâm "))
        # "Phòng Cảnh sát … Công an tỉnh X": a provincial police force's division
        and not (head == "Phòng" and sub.data.get("kind") == "police")
    ):
        return None
    from justicekg.text.normalize import expand_abbreviations

    domain = expand_abbreviations(" ".join(fm.group(1).split()))
    okind = (
        "ministry-unit" if sub.data.get("kind") in ("ministry", "general-department") else "other"
    )
    return Span(
        start,
        sub.end,
        "org",
        f"{head} {domain} {sub.name}",
        "sub-unit",
        {"kind": okind, "province": sub.data.get("province"), "parent": sub.name},
    )
