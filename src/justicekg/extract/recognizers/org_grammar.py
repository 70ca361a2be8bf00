"""The head grammar: a unit head, its domain, then its place or parent, read at one offset.

``parse(doc, start)`` reads the organization whose head (see :mod:`.org_heads`) starts at
``start``: ``Sở Tư pháp tỉnh Thanh Hoá`` → ``Sở Tư pháp tỉnh Thanh Hóa``
(provincial-department). Plural or generic mentions (``các Sở``, ``Tòa án hai cấp``) give
None. The special cases live beside it: enforcement bodies, committees, emulation groups,
sub-units, bodies without a place and domains not in the gazetteer.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER, domain_key, lexicon
from justicekg.extract.recognizers.foreign_places import country_name, country_re
from justicekg.extract.recognizers.national import _named_after, after_own_body_title
from justicekg.extract.recognizers.org_committees import _committee
from justicekg.extract.recognizers.org_enforcement import (
    REGIONAL_UNIT,
    bare_general_department,
    district_enforcement,
    district_office_by_name,
    provincial_enforcement_body,
    provincial_office,
    regional_office,
)
from justicekg.extract.recognizers.org_groups import _group
from justicekg.extract.recognizers.org_heads import (
    _PROVINCIAL,
    CAPITAL_NEXT,
    COUNT_BEFORE,
    COURT_CHAMBERS,
    HEAD_RE,
    HEADS_BY_KEY,
    LOWER_HEAD_OK,
)
from justicekg.extract.recognizers.org_places import Place, place_at, placed_span
from justicekg.extract.recognizers.org_subunits import (
    _LINK,
    _NAMED_WITH_PARENT,
    _numbered_sub_unit,
    _with_parent,
)
from justicekg.extract.recognizers.org_unlisted import _unlisted
from justicekg.extract.recognizers.org_unplaced import _unplaced
from justicekg.text.normalize import expand_abbreviations, fold

#: an abbreviation in brackets after the name: part of the mention
_ABBR_PAREN = re.compile(r"\s*\((?:[A-ZĐ&\-]{2,10}\d{0,3})\)")
#: a plural or generic word after the name ("Tòa án hai cấp"): not one body
_GENERIC_AFTER = re.compile(
    r"\s*(?:\d+(?=\s)|các|của các|những|một số|nhiều|hai cấp|2 cấp|cấp tỉnh|cấp huyện|cấp xã|"
    r"các cấp|"
    r"trong|trên|thuộc|sáu|năm|bốn|ba)(?![\w])",
)
_CENTRE_NUMBER = re.compile(r"[ \t]+số[ \t]+(\d{1,2})(?![\w])")
_NAMED_GROUP_NEXT = re.compile(r"[ \t]+thi đua[ \t]+(?:miền[ \t]+|số[ \t]+)?[A-ZĐ\dIVX]")
_ON_TERRITORY = re.compile(r"[ \t]+trên[ \t]+địa[ \t]+bàn(?=[ \t]+(?:tỉnh|thành phố))")
_CHAIR_BEFORE = re.compile(r"(?:Chủ tịch|chủ tịch|Bí thư|bí thư|Trưởng ban|Trưởng Ban)[ \t]+$")
_TERM_OF = re.compile(
    r"[ \t]+(?:khóa|khoá|nhiệm kỳ)[ \t]+[IVXLC\d]+(?:[ \t]*[-–][ \t]*\d{4})?(?:[ \t]+của)?"
)
_INSPECTION_ACT = re.compile(r"(?:Đoàn|đoàn|Tổ|tổ|[Qq]uyết định|[Kk]ết luận|[Kk]ế hoạch)[ \t]+$")
#: units named with their parent only: alone they name no one body
_PARENT_ONLY = frozenset(
    {
        "Đảng bộ",
        "Chi hội Luật gia",
        "Đoàn cơ sở",
        "Thường trực",
        "Cơ quan Cảnh sát điều tra",
        "Cơ quan An ninh điều tra",
        "Cơ quan Thi hành án hình sự",
        "Trại tạm giam",
        "Nhà tạm giữ",
        "Hội đồng Thẩm phán",
        "Ủy ban Thẩm phán",
        *COURT_CHAMBERS,
    }
)
_ELECTED = frozenset({"Đoàn đại biểu Quốc hội", "Hội đồng nhân dân"})
_JOINED_DOMAIN = re.compile(r"[ \t]+(?:và|&)(?=[ \t])")


#: heads that may be written in lower case after a title made of them ("Trưởng phòng Tư pháp",
#: "Phó chi cục Thi hành án dân sự", "Vụ phó vụ Tổ chức cán bộ")
_LOWER_AFTER_TITLE = (
    "Phòng",
    "Ban",
    "Văn phòng",
    "Thanh tra",
    "Đoàn đại biểu Quốc hội",
    "Chi cục",
    "Vụ",
)


def _office_gives_award(doc: Doc, start: int, end: int) -> bool:
    """Whether ``Chủ tịch nước`` at ``start`` acts as the office (confers an award, signs a
    decision) rather than titles a person: not after ``Phó``, not before a person's name."""
    text = doc.text
    return (
        text[max(0, start - 4) : start].lower() != "phó "
        and not _named_after(text, end)
        and not after_own_body_title(text, start)  # "…, Ủy viên Bộ Chính trị, Chủ tịch nước"
    )


@cache
def _name_before_re() -> re.Pattern[str]:
    """A surname and up to two capitalized syllables right before a position: a person's
    name goes on there (``Nguyễn Thành`` + ``Đoàn``)."""
    lex = lexicon()
    return re.compile(rf"(?<![\w])(?:{lex.surname_re})(?:[ \t]+[{UPPER}][{LOWER}]*){{0,2}}[ \t]+$")


def _inside_person_name(text: str, start: int) -> bool:
    """Whether the head at ``start`` is written with a capital inside a person's name."""
    word = text[start : start + 12].split(" ")
    if len(word) < 2 or not word[1][:1].isupper():
        return False  # "Thành đoàn", "Tỉnh đoàn": the bodies write their second word small
    return _name_before_re().search(text, max(0, start - 40), start) is not None


#: the enforcement system of a place rather than its office ("các cơ quan Thi hành án dân sự
#: tỉnh X", "ngành Thi hành án dân sự tỉnh X")
_SECTOR_BEFORE = re.compile(r"(?:(?<![\w])[Cc]ác[ \t]+[Cc]ơ[ \t]+quan|(?<![\w])[Nn]gành)[ \t]+$")
#: a member's title before a party organization ("Ủy viên Ban Chấp hành Đảng bộ tỉnh X"): the
#: title's body is read with the title
_MEMBER_BEFORE = re.compile(r"[Ủủ]y viên(?:[ \t]+[Dd]ự khuyết)?[ \t]+(?:Ban|BCH)[^,;.]{0,14}$")
#: the party organization's boards right before it ("Ban Chấp hành Đảng bộ tỉnh" with the
#: province left implicit: the page's province)
_BOARD_BEFORE = re.compile(r"(?<![\w])Ban (?:Chấp hành|Thường vụ)[ \t]+$")
#: the court and procuracy written short ("Viện kiểm sát Hà Nam, Nam Định", "Tòa án huyện X"):
#: a body only when a place of ours follows
_SHORT_HEADS = frozenset({fold("Viện kiểm sát"), fold("Tòa án")})
_PROVINCE_WORDS = ("tỉnh", "thành phố")


def _canonical_tail(text: str, pos: int, domain: str, written: str) -> int:
    """The length of the canonical domain's last words when the text writes them after the
    abbreviation in brackets (``Trung tâm Trợ giúp pháp lý (TGPL) nhà nước tỉnh X``), else 0.

    >>> _canonical_tail(" nhà nước tỉnh A", 0, "Trợ giúp pháp lý nhà nước", "Trợ giúp pháp lý")
    9
    >>> _canonical_tail(" tỉnh A", 0, "Trợ giúp pháp lý nhà nước", "Trợ giúp pháp lý")
    0
    """
    if not written or not fold(domain).startswith(fold(written) + " "):
        return 0
    rest = domain[len(written) :].split()
    tail = re.compile(
        r"[ \t]+" + r"[ \t]+".join(map(re.escape, rest)) + r"(?![\w])", re.IGNORECASE
    ).match(text, pos)
    return tail.end() - pos if tail else 0


def parse(doc: Doc, start: int, depth: int = 0) -> Span | None:
    """The organization whose head starts at ``start``, or None (``depth`` counts the
    parents read inside another unit's name)."""
    text = doc.text
    m = HEAD_RE.match(text, start)
    if not m:
        return None
    raw = m.group(0)
    found = HEADS_BY_KEY.get(fold(raw))
    if found is None:
        return None
    head, kind, needs = found
    if head == "Chủ tịch nước" and not _office_gives_award(doc, start, m.end()):
        return None  # "Phó Chủ tịch nước X", "Chủ tịch nước X": a person's title
    if head.startswith("Thường trực") and _CHAIR_BEFORE.search(text, max(0, start - 12), start):
        return None  # "Phó Chủ tịch Thường trực HĐND tỉnh": a title's qualifier
    # real pages write "ban Pháp chế HĐND …", "cục Thi hành án dân sự tỉnh X": a
    # lower-case head counts when a capitalized domain from the gazetteer follows
    lower_head = (
        raw in ("cục", "ban", "sở", "tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy")
        and CAPITAL_NEXT.match(text, m.end()) is not None
    ) or (
        # "phòng Tư Pháp huyện X" with no title before it (after one, the unit's own rules)
        raw == "phòng"
        and CAPITAL_NEXT.match(text, m.end()) is not None
        and not LOWER_HEAD_OK.search(text, max(0, start - 8), start)
    )
    if raw in ("khu vực", "cụm", "khối") and _NAMED_GROUP_NEXT.match(text, m.end()):
        lower_head = True  # "khu vực thi đua Tây Bắc", "cụm thi đua số 3": a named group
    if (
        not raw[0].isupper()
        and not lower_head
        and not (
            (
                head in _LOWER_AFTER_TITLE
                # "Chánh tòa Hình sự TAND tỉnh X": a court's chamber after its head's title
                or head in COURT_CHAMBERS
            )
            and LOWER_HEAD_OK.search(text, max(0, start - 8), start)
        )
    ):
        return None
    if not raw[0].isupper() and re.match(
        r"[ \t]+(?:Phòng|Văn phòng|Ban|Thanh tra)(?![\w])", text[m.end() :]
    ):
        return None  # "Trưởng phòng Phòng Công chứng số 1": the unit is named in full next
    if depth == 0 and COUNT_BEFORE.search(text, max(0, start - 12), start):
        return None
    if needs == "name" and _inside_person_name(text, start):
        return None  # "Nguyễn Thành Đoàn": a given name, not the city's youth union
    if head in ("Vụ", "Cục") and depth < 2:
        unit = _numbered_sub_unit(doc, start, m.end(), head, depth, parse)
        if unit is not None:
            return unit
    if head == "Phòng":
        region = REGIONAL_UNIT.match(text, m.end())
        if region is not None:
            return regional_office(doc, start, region)
        unit = _numbered_sub_unit(doc, start, m.end(), head, depth, parse)
        if unit is not None:
            return unit
    if head == "Thi hành án dân sự":
        if _SECTOR_BEFORE.search(text, max(0, start - 16), start):
            return None  # "các cơ quan THADS tỉnh X", "ngành THADS tỉnh X": the system, no body
        if raw.isupper() and not (doc.published or doc.meta.get("dateline")):
            return None  # "THADS tỉnh X" on an undated page: mostly the sector, not the office
        # "Thi hành án dân sự (THADS) tỉnh X": the office's abbreviation in brackets
        am = _ABBR_PAREN.match(text, m.end())
        return provincial_office(doc, start, am.end() if am else m.end(), head, kind)
    if head == "Thanh tra" and _INSPECTION_ACT.search(text, max(0, start - 12), start):
        return None  # "Đoàn Thanh tra", "Quyết định Thanh tra": an inspection, not the body
    end = m.end()
    lex = lexicon()
    domain = ""
    written = ""  # the domain as the text writes it
    if needs == "domain":
        dre = lex.domain_re.get(head)
        dm = dre.match(text, end) if dre else None
        if dm is None and head == "Tổng cục" and not lower_head:
            general = bare_general_department(doc, start, end)
            if general is not None:
                return general
        if dm is None and head == "Chi cục" and not lower_head:
            office = district_office_by_name(doc, start, end)
            if office is not None:
                return office  # "Chi cục Quan Sơn" on an enforcement page
        if dm is None:
            return None if lower_head else _unlisted(doc, start, end, head, parse)
        if lower_head and not dm.group(0).strip()[:1].isupper():
            return None
        written = dm.group(0).strip()
        domain = lex.domain_canon.get((head, domain_key(written)), written)
        end = dm.end()
        numbered = _CENTRE_NUMBER.match(text, end) if head == "Trung tâm" else None
        if numbered is not None:
            # "Trung tâm Trợ giúp pháp lý nhà nước số 2": one of several centres, its domain
            # as written ("Trung tâm trợ giúp pháp lý số 2" is no state centre's short form)
            written = expand_abbreviations(" ".join(dm.group(0).split()))
            domain = f"{written} số {numbered.group(1)}"
            end = numbered.end()
        while head in ("Cục", "Vụ", "Phòng") and dre is not None:
            # merged units: "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"
            joined = _JOINED_DOMAIN.match(text, end)
            more = dre.match(text, joined.end()) if joined else None
            if more is None or not more.group(0).strip()[:1].isupper():
                break
            extra = more.group(0).strip()
            domain = f"{domain} và {lex.domain_canon.get((head, domain_key(extra)), extra)}"
            end = more.end()
    elif needs == "group":
        return _group(doc, start, end, head)
    am = _ABBR_PAREN.match(text, end)
    if am:
        end = am.end() + _canonical_tail(text, am.end(), domain, written)
    board = head in ("Ban", "Ban Chỉ đạo")
    linked = head in _NAMED_WITH_PARENT and _LINK.match(text, end) is not None
    if (
        _GENERIC_AFTER.match(text, end)
        and not (board and _ON_TERRITORY.match(text, end))
        and not linked
    ):
        if head not in ("Bộ", "Tổng cục", "Vụ", "Cục") or fold(
            text[end : end + 6]
        ).strip().startswith("cac"):
            return None
    name = f"{head} {domain}".strip()
    if head in _NAMED_WITH_PARENT and depth < 2:
        sub = _with_parent(doc, start, end, head, name, domain, depth, parse)
        if sub is not None:
            return sub
        if head == "Đảng bộ":
            # "Đại hội Đảng bộ tỉnh X", "Ban Chấp hành Đảng bộ tỉnh X": the province's party
            # organization, its province written (a district's or commune's is named by its
            # committee, Đảng ủy; a bare "Đảng bộ tỉnh" is mostly a title's word)
            place = place_at(doc, end)
            if (
                place is not None
                and (
                    (place.level == "province" and place.name)
                    or (
                        place.level == "implicit"
                        and place.kind == "tỉnh"
                        and place.province
                        and _BOARD_BEFORE.search(text, max(0, start - 16), start)
                    )
                )
                and not _MEMBER_BEFORE.search(text, max(0, start - 48), start)
            ):
                return placed_span(start, name, kind, place)
        if head in _PARENT_ONLY:
            return None  # "Đảng bộ huyện": no body of its own
        if head in ("Văn phòng", "Thanh tra"):
            place = place_at(doc, end)
            if place is None or place.level == "commune":
                return None
            return placed_span(start, name, kind, place)
    if head == "Chi cục":
        return district_enforcement(doc, start, end, name)
    provincial_enforcement = "hành án" in domain and not domain.startswith("Quản lý")
    if head in ("Bộ", "Tổng cục", "Vụ") or (head == "Cục" and not provincial_enforcement):
        country = country_re().match(text, end)
        if country is not None:
            # "Bộ Tư pháp Lào", "Bộ Tư pháp nước CHDCND Lào": a foreign body
            return Span(
                start,
                country.end(),
                "org",
                f"{name} {country_name(country.group('c'))}",
                "foreign",
                {"kind": "other", "province": None},
            )
        return Span(start, end, "org", name, "grammar", {"kind": kind})
    if needs == "name":  # Tỉnh ủy X / Thành ủy X / Huyện ủy X
        return _committee(doc, start, end, head, kind)
    if needs == "":
        return Span(start, end, "org", head, "grammar", {"kind": kind})
    place = place_at(doc, end)
    if fold(raw) in _SHORT_HEADS and (
        place is None
        or place.level not in ("province", "district", "implicit")
        or (place.level != "province" and not place.name and place.kind not in _PROVINCE_WORDS)
    ):
        # "Tòa án tuyên", "Tòa án Hiến pháp", "Tòa án huyện": the short head needs a place of
        # ours, or to be a high or regional body ("Viện kiểm sát cấp cao tại Đà Nẵng")
        own = _unplaced(doc, start, end, head, kind, f"{head} {domain}".strip(), domain)
        if (
            isinstance(own, Span)
            and own.rule in ("grammar", "regional")
            and "tối cao" not in own.name
        ):
            return own
        return None
    term = _TERM_OF.match(text, end) if place is None and head in _ELECTED else None
    if term is not None:
        # "Đoàn đại biểu Quốc hội khóa XIII của tỉnh": the term written before the place
        place = place_at(doc, term.end())
    territory = _ON_TERRITORY.match(text, end) if place is None and board else None
    if territory is not None and name.startswith("Ban Chỉ đạo"):
        # "Ban Chỉ đạo THADS trên địa bàn tỉnh X": the steering committee of that province
        place = place_at(doc, territory.end())
        if place is not None and place.level != "province":
            place = None
    if head == "Cục":  # Cục Thi hành án dân sự of a province
        return provincial_enforcement_body(doc, start, end, domain, place, depth)
    if place is None:
        unplaced = _unplaced(doc, start, end, head, kind, name, domain)
        if not isinstance(unplaced, Place):
            return unplaced
        place = unplaced
    if place.level == "implicit" and head not in _PROVINCIAL and not board:
        return None
    return placed_span(start, name, kind, place)
