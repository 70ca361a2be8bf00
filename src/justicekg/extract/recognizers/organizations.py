"""Organizations by grammar: unit type + domain + place (+ parent), abbreviations expanded.

``Sở Tư pháp tỉnh Thanh Hoá`` → ``Sở Tư pháp tỉnh Thanh Hóa`` (provincial-department);
``Chi cục THADS huyện X`` → ``Chi cục Thi hành án dân sự huyện X`` (district-enforcement,
parent ``Cục Thi hành án dân sự tỉnh Y``); ``Phòng X Sở Tư pháp tỉnh Y`` keeps its parent in
its name; a provincial unit without a place (``UBND tỉnh``, ``Sở Tư pháp``) takes the
article's main province. Plural or generic mentions (``các Sở``, ``Phòng Tư pháp các huyện``,
``Tòa án hai cấp``) are not organizations.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, domain_key, lexicon
from justicekg.extract.recognizers import national, org_lists
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.org_places import (
    _BARE_PROVINCE,
    Place,
    _bare_dept_suffix,
    _country_name,
    _country_re,
    _local_province,
    _person_follows,
    _place_at,
    _place_suffix,
    _trim_name,
    historical_province_at,
)
from justicekg.text.normalize import fold

#: head → (canonical head, kind, needs) ; needs: "domain", "place", "parent", "name", ""
_HEADS: dict[str, tuple[str, str, str]] = {
    "thủ tướng chính phủ": ("Thủ tướng Chính phủ", "government", ""),
    "chủ tịch nước": ("Chủ tịch nước", "government", ""),
    "chính phủ": ("Chính phủ", "government", ""),
    "VKSNDTC": ("Viện kiểm sát nhân dân tối cao", "procuracy", ""),
    "TANDTC": ("Tòa án nhân dân tối cao", "court", ""),
    "quốc hội": ("Quốc hội", "other", ""),
    "ủy ban nhân dân": ("Ủy ban nhân dân", "peoples-committee", "place"),
    "ubnd": ("Ủy ban nhân dân", "peoples-committee", "place"),
    "hội đồng nhân dân": ("Hội đồng nhân dân", "peoples-council", "place"),
    # the council's standing board ("Thường trực HĐND tỉnh giám sát …")
    "Thường trực HĐND": ("Thường trực Hội đồng nhân dân", "peoples-council", "place"),
    "Thường trực Hội đồng nhân dân": ("Thường trực Hội đồng nhân dân", "peoples-council", "place"),
    "hđnd": ("Hội đồng nhân dân", "peoples-council", "place"),
    "tòa án nhân dân": ("Tòa án nhân dân", "court", "place"),
    "tand": ("Tòa án nhân dân", "court", "place"),
    "viện kiểm sát nhân dân": ("Viện kiểm sát nhân dân", "procuracy", "place"),
    "vksnd": ("Viện kiểm sát nhân dân", "procuracy", "place"),
    "công an": ("Công an", "police", "place"),
    "ủy ban mặt trận tổ quốc việt nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "Ủy ban MTTQ Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "Ủy ban MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "Ủy ban MTTQVN": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "liên đoàn lao động": ("Liên đoàn Lao động", "other", "place"),
    "đài phát thanh và truyền hình": ("Đài Phát thanh và Truyền hình", "other", "place"),
    "đài phát thanh - truyền hình": ("Đài Phát thanh - Truyền hình", "other", "place"),
    "Đài PT-TH": ("Đài Phát thanh - Truyền hình", "other", "place"),
    "Đài PT&TH": ("Đài Phát thanh và Truyền hình", "other", "place"),
    "đảng ủy khối các cơ quan": ("Đảng ủy Khối các cơ quan", "party-committee", "place"),
    "đảng ủy khối doanh nghiệp": ("Đảng ủy Khối doanh nghiệp", "party-committee", "place"),
    "ủy ban kiểm tra": ("Ủy ban Kiểm tra", "party-committee", "parent"),
    "hội liên hiệp phụ nữ": ("Hội Liên hiệp Phụ nữ", "other", "place"),
    "hội nông dân": ("Hội Nông dân", "other", "place"),
    "hội cựu chiến binh": ("Hội Cựu chiến binh", "other", "place"),
    # bodies named by a fixed phrase and their place (or parent for a grassroots union)
    "hội đồng phối hợp phổ biến, giáo dục pháp luật": (
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật",
        "other",
        "place",
    ),
    "hội đồng phối hợp phổ biến giáo dục pháp luật": (
        "Hội đồng phối hợp phổ biến giáo dục pháp luật",
        "other",
        "place",
    ),
    "văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân": (
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
        "other",
        "place",
    ),
    "văn phòng đoàn đbqh và hđnd": (
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
        "other",
        "place",
    ),
    "hội đồng phối hợp công tác phổ biến, giáo dục pháp luật": (
        "Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật",
        "other",
        "place",
    ),
    "hội đồng phối hợp công tác phổ biến giáo dục pháp luật": (
        "Hội đồng phối hợp công tác phổ biến giáo dục pháp luật",
        "other",
        "place",
    ),
    "hội đồng phối hợp pbgdpl": (
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật",
        "other",
        "place",
    ),
    "đoàn đại biểu quốc hội": ("Đoàn đại biểu Quốc hội", "other", "place"),
    "đoàn đbqh": ("Đoàn đại biểu Quốc hội", "other", "place"),
    # the stroke of Đ is often lost on real pages
    "đoàn dbqh": ("Đoàn đại biểu Quốc hội", "other", "place"),
    "đoàn ĐBQH": ("Đoàn đại biểu Quốc hội", "other", "place"),
    "bộ chỉ huy quân sự": ("Bộ Chỉ huy Quân sự", "other", "place"),
    "bộ chỉ huy bộ đội biên phòng": ("Bộ Chỉ huy Bộ đội Biên phòng", "other", "place"),
    "bộ đội biên phòng": ("Bộ đội Biên phòng", "other", "place"),
    "kho bạc nhà nước": ("Kho bạc Nhà nước", "other", "place"),
    "Viện KSND": ("Viện kiểm sát nhân dân", "procuracy", "place"),
    "công đoàn viên chức": ("Công đoàn Viên chức", "other", "place"),
    "công đoàn": ("Công đoàn", "other", "parent"),
    "đoàn thanh niên": ("Đoàn Thanh niên", "other", "parent"),
    "chi đoàn": ("Chi đoàn", "other", "parent"),
    "chi bộ": ("Chi bộ", "other", "parent"),
    "đảng ủy": ("Đảng ủy", "party-committee", "parent"),
    "công đoàn cơ sở": ("Công đoàn cơ sở", "other", "parent"),
    "bưu điện": ("Bưu điện", "other", "place"),
    "trung tâm phục vụ hành chính công": ("Trung tâm Phục vụ hành chính công", "other", "place"),
    # from 2025-03 the provincial enforcement bodies are named without "Cục"
    "thi hành án dân sự": ("Thi hành án dân sự", "provincial-enforcement", "place"),
    "tỉnh ủy": ("Tỉnh ủy", "party-committee", "name"),
    "tỉnh đoàn": ("Tỉnh đoàn", "other", "name"),
    "thành đoàn": ("Thành đoàn", "other", "name"),
    "thành ủy": ("Thành ủy", "party-committee", "name"),
    "huyện ủy": ("Huyện ủy", "party-committee", "name"),
    "quận ủy": ("Quận ủy", "party-committee", "name"),
    "thị ủy": ("Thị ủy", "party-committee", "name"),
    "tổng cục": ("Tổng cục", "general-department", "domain"),
    "chi cục": ("Chi cục", "district-enforcement", "domain"),
    "cục": ("Cục", "ministry-unit", "domain"),
    "bộ": ("Bộ", "ministry", "domain"),
    "vụ": ("Vụ", "ministry-unit", "domain"),
    "sở": ("Sở", "provincial-department", "domain"),
    "phòng công chứng": ("Phòng Công chứng", "other", "domain"),
    "phòng": ("Phòng", "other", "domain"),
    "văn phòng": ("Văn phòng", "other", "parent"),
    "thanh tra": ("Thanh tra", "other", "parent"),
    "trung tâm": ("Trung tâm", "other", "domain"),
    "ban": ("Ban", "other", "domain"),
    "đoàn": ("Đoàn", "other", "domain"),
    "hội": ("Hội", "other", "domain"),
    "học viện": ("Học viện", "other", "domain"),
    "khối": ("Khối", "emulation-group", "group"),
    "cụm": ("Cụm", "emulation-group", "group"),
    "khu vực": ("Khu vực", "emulation-group", "group"),
}
_HEADS_BY_KEY = {fold(k): v for k, v in _HEADS.items()}
_HEADS_BY_KEY.update(
    {
        fold(k): _HEADS[k.replace("uỷ", "ủy").replace("toà", "tòa")]
        for k in ("toà án nhân dân", "uỷ ban nhân dân", "tỉnh uỷ", "thành uỷ", "huyện uỷ", "thị uỷ")
    }
)
_HEAD_RE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
    + r"|toà án nhân dân|uỷ ban nhân dân|tỉnh uỷ|thành uỷ|huyện uỷ|thị uỷ)(?![\w])",
    re.IGNORECASE,
)
_BARE_PARENT = re.compile(r"(Tổng cục|Sở|Cục|Bộ)(?![\w])(?P<cap>\s+[A-ZĐ])?")


def _scan_pattern() -> re.Pattern[str]:
    """Case-sensitive candidates: capitalized, title-cased and upper-case heads, plus the
    lower-case sub-unit heads that follow a title (``Trưởng phòng …``, ``Chánh văn phòng``)."""
    forms: set[str] = set()
    for h in [*_HEADS, "toà án nhân dân", "uỷ ban nhân dân", "tỉnh uỷ", "thành uỷ"]:
        if h.isupper() or h in ("ubnd", "hđnd", "tand", "vksnd"):
            forms.add(h.upper())
            continue
        forms.update({h, h[0].upper() + h[1:], h.title(), h.upper()})
    forms.update(v[0] for v in _HEADS.values())
    # real pages capitalize inside short multi-word heads at will ("Toà án Nhân dân tỉnh")
    for h in [*_HEADS, "toà án nhân dân", "uỷ ban nhân dân"]:
        words = h.split(" ")
        if 2 <= len(words) <= 5 and not h.isupper():
            variants = [[words[0][:1].upper() + words[0][1:]]]
            for w in words[1:]:
                variants = [[*v, x] for v in variants for x in {w, w[:1].upper() + w[1:]}]
            forms.update(" ".join(v) for v in variants)
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    lower = (
        r"(?:(?<=Trưởng )|(?<=trưởng )|(?<=Chánh )|(?<=chánh ))(?:phòng|ban|văn phòng|thanh tra)"
    )
    return re.compile(rf"(?<![\w])(?:{alt}|{lower})(?![\w])")


_SCAN_RE = _scan_pattern()
_UNLISTED_HEADS = frozenset({"Sở", "Cục", "Chi cục", "Phòng", "Trung tâm", "Hội"})
#: "Hội Nghị …", "Hội Thảo …" in title case are events, not associations
_NOT_ASSOCIATION = re.compile(r"[ \t]+(?:Nghị|Thảo|Thi|Diễn|Chợ|Khỏe|Trại)(?![\w])")
#: a capitalized domain of at most 7 words, up to an explicit place word
_UNLISTED_DOMAIN = re.compile(
    rf"[ \t]+([{UPPER}][\w&]*(?:(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?!tỉnh |thành phố |huyện |quận "
    rf"|thị xã |TP)[\w&]+){{0,6}}?)(?=[ \t]*,?[ \t]*(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|"
    rf"thị xã)[ \t]+[{UPPER}\d])"
)
#: a capitalized domain of at most 9 words, up to its parent department or office
_UNLISTED_UNIT_DOMAIN = re.compile(
    rf"[ \t]+([{UPPER}][\w&]*(?:(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?!Sở |Cục |Tổng cục |Bộ )"
    rf"[\w&]+){{0,10}}?)([ \t]*,?[ \t]*(?:thuộc[ \t]+)?)"
    rf"(?=(?:Sở|Cục|Tổng cục|Bộ|Trung tâm)[ \t]+[{UPPER}])"
)
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
    rf"[ \t]+([{UPPER}][\w]*(?:(?:[ \t]*[\-–][ \t]*|[ \t]+)[\w]+){{0,7}})(?=[ \t]*[,;.()\n–])"
)
#: "Cục THADS địa phương", "Cục THADS Bộ Quốc phòng", "Cục THADS và …": not one province's
_NOT_A_PROVINCE_AFTER = re.compile(
    r"[ \t]*(?:\(THADS\)[ \t]*)?(?:(?:của|ở|tại)[ \t]+)?"
    r"(?:địa phương|Bộ[ \t]|Quân đội|quân đội|và|,[ \t]*Chi cục|"
    r"trên cả nước|cả nước|toàn quốc|các)"
)
_PLACE_KINDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "tp", "tp."})
#: verbs and prepositions that end a unit's name read up to the punctuation
_UNIT_NAME_STOP = frozenset(
    "chủ phát dự tham cho tổ làm đã đang sẽ được có là trình báo nêu nhấn khẳng yêu đề trao "
    "tặng nhận đến tại về với của trong cùng vừa".split()
)
_FUNCTION_WORDS = frozenset("các của những và tại trong thuộc cùng với là đã cho về".split())
_UPPER_LINE = re.compile(rf"^[{UPPER}\d \t,.:\-–&()/]+$", re.MULTILINE)
_PLACE_WORDS = re.compile(r"(?<![\w])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+")


def _sentence_case(line: str) -> str:
    """``SỞ TƯ PHÁP TỈNH HÀ TĨNH`` → ``Sở tư pháp tỉnh Hà Tĩnh``-like text with unit heads,
    abbreviations and place names capitalized as the grammar expects (same length)."""
    low = line.lower()
    chars = list(low)
    for m in re.finditer(r"(?<![\w])\w", low):  # capitalize every word …
        chars[m.start()] = chars[m.start()].upper()
    cased = "".join(chars)
    for m in _PLACE_WORDS.finditer(low):  # … except the place words themselves
        cased = cased[: m.start(1)] + m.group(1) + cased[m.end(1) :]
    for abbr in ("UBND", "HĐND", "THADS", "TAND", "VKSND", "TP"):
        cased = re.sub(rf"(?<![\w]){abbr.title()}(?![\w])", abbr, cased)
    return cased


_ABBR_PAREN = re.compile(r"\s*\((?:[A-ZĐ&\-]{2,10})\)")
_GENERIC_AFTER = re.compile(
    r"\s*(?:\d+(?=\s)|các|của các|những|hai cấp|2 cấp|cấp tỉnh|cấp huyện|cấp xã|các cấp|"
    r"trong|trên|thuộc|sáu|năm|bốn|ba)(?![\w])",
)
#: a group's name runs to punctuation; a comma goes on only before another unit of the name
#: ("Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh …")
_GROUP_TAIL = re.compile(
    r"(?:[^,.;:()\n]|,[ \t]*(?=(?:Thi hành án|THADS|Cục|Sở|Tòa án|Viện kiểm sát)[ \t]))"
    r"{0,140}"
)
_GROUP_STOP = re.compile(
    r"\s(?:đã|đang|sẽ|tổ chức|tổng kết|ký kết|ký|triển khai|họp|năm \d+|do|tại|vào|với|cho|"
    r"được|là|gồm|có|chủ trì|nhằm|để|nhân dịp|lần thứ|giai đoạn|phát động|trao|tặng|đón)(?![\w])"
)
#: lower-case words a group's name may end in (regions written in lower case: "đồng bằng bắc
#: bộ", "miền núi biên giới phía Bắc"); other lower-case words at the end are dropped
_GROUP_END_WORDS = frozenset(
    "sự dân bộ bắc nam trung tây đông nguyên long biên giới núi bằng hải phía miền".split()
)
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\d/.,])\d{1,3}|các|những|mỗi|từng|một số|nhiều|hai|ba|bốn|năm|sáu)\s*$", re.IGNORECASE
)
#: councils of a province or a ministry (as written, comma or not): the article's province
#: when no place is written
_COUNCIL_HEADS = frozenset(
    {
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật",
        "Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật",
        "Hội đồng phối hợp phổ biến giáo dục pháp luật",
        "Hội đồng phối hợp công tác phổ biến giáo dục pháp luật",
    }
)
_PROVINCIAL = {
    "Thường trực Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Liên đoàn Lao động",
    "Đài Phát thanh và Truyền hình",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Sở",
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Tòa án nhân dân",
    "Viện kiểm sát nhân dân",
    "Công an",
    "Trung tâm",
    "Đoàn",
    "Hội",
    "Phòng Công chứng",
    "Bưu điện",
    "Công đoàn Viên chức",
    "Trung tâm Phục vụ hành chính công",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
    "Đoàn đại biểu Quốc hội",
    *_COUNCIL_HEADS,
    "Đài Phát thanh - Truyền hình",
    "Đảng ủy Khối các cơ quan",
    "Đảng ủy Khối doanh nghiệp",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Bộ đội Biên phòng",
    "Kho bạc Nhà nước",
}
#: a list whose last body is plural ("Sở Tư pháp, Cục THADS các tỉnh"): generic as a whole
_SHARED_PLURAL = re.compile(
    r"[ \t]*(?:,|và)[ \t]*(?:Cục|Chi cục|Sở|Phòng)[^.;:,()\n]{0,40}?[ \t]+(?:của[ \t]+)?các"
    r"[ \t]+(?:tỉnh|huyện|địa phương)(?![\w])"
)
_FULL_UNIT_NEXT = re.compile(r"[ \t]+(?:Phòng|Văn phòng|Ban|Thanh tra)(?![\w])")
_UNIT_NUMBER = re.compile(r"[ \t]+(\d{1,2})[ \t]+(?=[A-ZĐ])")
_UNIT_NUMBER_COMMA = re.compile(r"[ \t]+(\d{1,2})[ \t]*,?[ \t]+(?=[A-ZĐ])")
_NUMBERED_PARENTS = frozenset({"procuracy", "court", "police", "provincial-department"})
_CENTRE_NUMBER = re.compile(r"[ \t]+số[ \t]+(\d{1,2})(?![\w])")
_ACTIVITY_BEFORE = re.compile(
    r"(?:công tác|lĩnh vực|hoạt động|về|Chỉ đạo|chỉ đạo|nhiệm vụ|kết quả)[ \t]+$"
)
_PROVINCE_COMMITTEES = {
    "Tỉnh ủy": ("Tỉnh ủy", "Thành ủy"),
    "Thành ủy": ("Tỉnh ủy", "Thành ủy"),
    "Tỉnh đoàn": ("Tỉnh đoàn", "Thành đoàn"),
    "Thành đoàn": ("Tỉnh đoàn", "Thành đoàn"),
}
_HIGH_COURT = re.compile(
    r"[ \t]+cấp cao[ \t]+tại[ \t]+(?P<seat>Hà Nội|Đà Nẵng|[Tt]hành phố Hồ Chí Minh|"
    r"TP\.?[ \t]?HCM|TP\.?[ \t]?Hồ Chí Minh)(?![\w])"
)
_NAMED_GROUP_NEXT = re.compile(r"[ \t]+thi đua[ \t]+(?:miền[ \t]+|số[ \t]+)?[A-ZĐ\dIVX]")
_ON_TERRITORY = re.compile(r"[ \t]+trên[ \t]+địa[ \t]+bàn(?=[ \t]+(?:tỉnh|thành phố))")
_CAPITAL_NEXT = re.compile(rf"[ \t]+[{UPPER}]")
_LOWER_HEAD_OK = re.compile(r"(?:Trưởng|trưởng|Chánh|chánh|Phó|phó)\s+$")


#: institutions known by a proper name (often a historical figure's): the head and the whole
#: capitalized name are one organization, never a person (``Trường THPT Lê Lợi``)
_NAMED_HEAD = re.compile(
    r"(?<![\w])(?P<head>Văn phòng [Cc]ông chứng|Văn phòng [Ll]uật sư|"
    r"Công ty [Ll]uật(?: TNHH| hợp danh)?|"
    r"Công ty (?:TNHH|[Cc]ổ phần|CP)(?: [Mm]ột thành viên| MTV)?|"
    r"Trường (?:THPT|THCS|PTDTNT|Tiểu học|Mầm non|Trung học phổ thông|Trung học cơ sở|"
    r"Phổ thông|Đại học|Cao đẳng|Trung cấp|Chính trị|Cán bộ|Quân sự)|Học viện|Đại học|"
    r"Bệnh viện|Đồn [Bb]iên phòng(?: [Cc]ửa khẩu)?)(?![\w])"
)
_NAMED_WORD = re.compile(
    rf"[ \t]+(?:[{UPPER}][\w'’]*|\d{{1,3}}|[-–&][ \t]*[{UPPER}][\w'’]*|"
    r"(?:và|quốc gia|quốc dân|nhân dân|cộng đồng|số|khu vực)(?=[ \t]+[\w\d]))"
)
_NAMED_LOWER = re.compile(
    rf"[ \t]+(?!và[ \t])([{LOWER}]+)"
    rf"(?=[ \t]+(?:[{UPPER}]|quốc gia|quốc dân|khu vực|tỉnh|thành phố|TP)|[ \t]*[,.;:)\n]"
    r"|[ \t]*$)"
)
_NAMED_NEEDS_NAME = ("Văn phòng", "Công ty", "Trường THPT", "Trường THCS", "Trường Tiểu", "Đồn")


#: numbered units: "Phòng Công chứng số 7", "Đội Thi hành án số 2"
_NUMBERED = re.compile(
    rf"(?<![\w])(?:Phòng [Cc]ông chứng|Đội[ \t]+[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}{LOWER}]+)"
    rf"{{0,4}}?|Tổ(?:[ \t]+[{LOWER}]+){{1,4}}?)[ \t]+số[ \t]+\d{{1,2}}(?![\w])"
)


_EMBASSY = re.compile(r"(?<![\w])(?:Đại sứ quán|Tổng Lãnh sự quán)(?=[ \t])")


def _embassies(doc: Doc) -> list[Span]:
    """``Đại sứ quán Nhật Bản``: a foreign mission, named with its country."""
    out: list[Span] = []
    for m in _EMBASSY.finditer(doc.text):
        country = _country_re().match(doc.text, m.end())
        if country is not None:
            name = f"{m.group(0)} {_country_name(country.group('c'))}"
            out.append(Span(m.start(), country.end(), "org", name, "foreign", {"kind": "other"}))
    return out


def _numbered_units(doc: Doc) -> list[Span]:
    """``Phòng Công chứng số 7 tỉnh X``, ``Đội Thi hành án số 2``: a unit head, a number and
    an optional place written right after it."""
    text = doc.text
    out: list[Span] = []
    for m in _NUMBERED.finditer(text):
        name, end = " ".join(m.group(0).split()), m.end()
        place = _place_at(doc, end)
        if (
            place is not None
            and place.level in ("province", "district")
            and re.match(r"[ \t]+(?:tỉnh|thành phố|TP|Tp|huyện|quận|thị xã)", text[end:])
        ):
            name += _place_suffix(place)
            end = place.end
        elif name.startswith("Phòng") and doc.meta.get("main_province"):
            rec = lexicon().province(str(doc.meta["main_province"]))
            name += f" {rec.kind if rec else 'tỉnh'} {doc.meta['main_province']}"
        out.append(Span(m.start(), end, "org", name, "numbered", {"kind": "other"}))
    return out


def _named_institutions(doc: Doc) -> list[Span]:
    """``Văn phòng công chứng Trần Hưng Đạo``, ``Trường Đại học Luật Hà Nội``, ``Học viện Tư
    pháp``, ``Trường Chính trị tỉnh Sơn La``: a head, capitalized name words (plus ``và``,
    ``quốc gia`` …) and an optional place."""
    from justicekg.text.normalize import expand_abbreviations

    text = doc.text
    out: list[Span] = []
    for m in _NAMED_HEAD.finditer(text):
        end = m.end()
        words = 0
        while True:
            w = _NAMED_WORD.match(text, end)
            if w is None or _PLACE_WORDS.match(w.group(0).strip() + " "):
                break
            token = w.group(0).strip()
            if token in ("TP", "TP.", "Tp", "Tp."):
                break
            nxt = (
                w.end()
                + len(text[w.end() : w.end() + 4])
                - len(text[w.end() : w.end() + 4].lstrip())
            )
            if token == "và" and (_NAMED_HEAD.match(text, nxt) or _HEAD_RE.match(text, nxt)):
                break  # "Học viện A và Trường B": two institutions
            end = w.end()
            words += 1
            if token[:1].isupper():
                # sentence-case compounds: "Chính trị", "Sư phạm" — one lower-case syllable
                # after a capitalized one, when the name goes on (or ends) right after it
                low = _NAMED_LOWER.match(text, end)
                if low is not None:
                    end = low.end(1)
        while words and text[:end].split()[-1] in ("và", "quốc", "nhân", "cộng", "số", "khu"):
            end = text.rfind(" ", 0, end)
            words -= 1
        place = _place_at(doc, end)
        if (
            place is not None
            and place.level != "implicit"
            and (re.match(r"[ \t]+(?:tỉnh|thành phố|TP|Tp|huyện|quận|thị xã)", text[end:]))
        ):
            name = text[m.start() : end] + _place_suffix(place)
            end = place.end
        elif words:
            name = text[m.start() : end]
        else:
            continue
        if not words and m.group("head").startswith(_NAMED_NEEDS_NAME):
            continue
        name = expand_abbreviations(" ".join(name.split()))
        out.append(
            Span(
                m.start(),
                end,
                "org",
                name,
                "named",
                {"kind": "other", "province": (place.province if place is not None else None)},
            )
        )
    return out


#: post-2025 regional enforcement offices: "Phòng Thi hành án dân sự khu vực 2 - Gia Lai"
_REGIONAL_BODY = re.compile(
    r"[ \t]+(?:khu vực|Khu vực)[ \t]+(?P<n>\d{1,2}|[IVX]{1,4})(?![\w])"
    rf"(?:[ \t]*[-–][ \t]*(?P<prov>{SYL}(?:{SP}{SYL}){{0,3}}))?"
)
_PARENT_AFTER = re.compile(
    r"[ \t]*[-–,][ \t]*(?:Cục[ \t]+)?(?:Thi hành án dân sự|THADS)[ \t]+(?:tỉnh|thành phố)"
    rf"[ \t]+(?P<prov>{SYL}(?:{SP}{SYL}){{0,3}})"
)
_REGIONAL_UNIT = re.compile(
    r"[ \t]+(?P<domain>Thi hành án dân sự|THADS)[ \t]+(?:khu vực|Khu vực)"
    r"[ \t]+(?P<n>\d{1,2}|[IVX]{1,4})"
    rf"(?![\w])(?:[ \t]*[-–][ \t]*(?P<prov>{SYL}(?:{SP}{SYL}){{0,3}}))?"
)


#: "các Chi cục THADS: huyện A, huyện B và thị xã C", "Chi cục THADS các huyện A, B":
#: one organization per listed place
_UNIT_LIST = re.compile(
    r"(?<![\w])(?:các|Các|\d{1,2})[ \t]+(?P<head>Chi cục|Phòng)[ \t]+"
    r"(?P<dom>Thi hành án dân sự|THADS|Tư pháp)"
    r"(?:[ \t]+(?:các|của các)[ \t]+(?P<lkind>huyện|quận|thị xã|thành phố))?[ \t]*"
    r"(?:\((?:gồm|là)?[ \t]*|:[ \t]*|gồm:?[ \t]*|là[ \t]+)?"
    r"|(?<![\w])(?P<head2>Chi cục|Phòng)[ \t]+(?P<dom2>Thi hành án dân sự|THADS|Tư pháp)"
    r"[ \t]+(?:các|của các)[ \t]+(?P<lkind2>huyện|quận|thị xã|thành phố)[ \t]*:?[ \t]*"
)
_LIST_ITEM_PLACE = re.compile(
    r"(?:(?P<kind>huyện|quận|thị xã|thành phố|TP\.?)[ \t]+)?"
    rf"(?P<name>{SYL}(?:{SP}{SYL}){{0,2}}|\d{{1,2}})"
)
_LIST_SEP = re.compile(r"[ \t]*(?:,|;|và)[ \t]*(?:và[ \t]+)?")


def _unit_lists(doc: Doc) -> list[Span]:
    """District units named in a list after a plural head (one span per listed place)."""
    lex = lexicon()
    text = doc.text
    out: list[Span] = []
    for m in _UNIT_LIST.finditer(text):
        head = m.group("head") or m.group("head2")
        dom = m.group("dom") or m.group("dom2")
        domain = "Tư pháp" if dom == "Tư pháp" else "Thi hành án dân sự"
        if head == "Phòng" and domain != "Tư pháp":
            continue
        list_kind = m.group("lkind") or m.group("lkind2")
        pos = m.end()
        items: list[Span] = []
        while True:
            it = _LIST_ITEM_PLACE.match(text, pos)
            if it is None:
                break
            name = it.group("name")
            kind = (it.group("kind") or list_kind or "").rstrip(".")
            kind = "thành phố" if kind == "TP" else kind
            if name.isdigit():
                if kind != "quận":
                    break
                name = f"Quận {name}"
            cands = lex.districts(name)
            if not kind:
                if not cands:
                    break
                kind = cands[0].kind
            if not cands and not it.group("kind"):
                if list_kind is None:
                    break
            prov = cands[0].province if len(cands) == 1 else doc.meta.get("main_province")
            place = name if name.startswith("Quận ") else f"{kind} {name}"
            data: dict[str, object] = {"province": prov, "district": name}
            if head == "Chi cục":
                data.update(kind="district-enforcement", parent=_enforcement_parent(prov))
            else:
                data.update(kind="other", parent=f"Ủy ban nhân dân {place}")
            items.append(
                Span(it.start(), it.end(), "org", f"{head} {domain} {place}", "list", data)
            )
            sep = _LIST_SEP.match(text, it.end())
            if sep is None or sep.end() == it.end():
                break
            pos = sep.end()
        if len(items) >= 1 and (m.group("head") is None or len(items) >= 1):
            out.extend(items)
    return out


@register("organizations")
class Organizations:
    """Organization spans (label ``org``) with kind, province, district and parent."""

    name = "organizations"

    def __call__(self, doc: Doc) -> Doc:
        failed: list[int] = []
        first = self._scan(doc, failed)
        depts = [s.name for s in first if s.data.get("kind") == "provincial-department"]
        depts = depts or [s.name for s in first if s.data.get("kind") == "provincial-enforcement"]
        by_head: dict[str, set[str]] = {}
        for s in first:
            head = {
                "general-department": "Tổng cục",
                "ministry": "Bộ",
                "provincial-department": "Sở",
                "provincial-enforcement": "Cục",
            }.get(str(s.data.get("kind")))
            if head and s.rule == "grammar":
                by_head.setdefault(head, set()).add(s.name)
        doc.meta["unique_by_head"] = {h: next(iter(n)) for h, n in by_head.items() if len(n) == 1}
        if depts and "main_dept" not in doc.meta:
            doc.meta["main_dept"] = max(depts, key=depts.count)
        # re-parse the heads that failed for want of the article context just computed
        # ("Văn phòng Tổng cục", "Trưởng phòng Hành chính tư pháp" → the article's Sở)
        for at in failed:
            span = self._parse(doc, at)
            if span is None:
                continue
            clash = [o for o in first if o.overlaps(span)]
            if all(span.end - span.start > o.end - o.start for o in clash):
                first = [o for o in first if o not in clash] + [span]
        for listed in _unit_lists(doc):
            if not any(listed.overlaps(o) for o in first):
                first.append(listed)
        for named in [*_numbered_units(doc), *_named_institutions(doc), *_embassies(doc)]:
            clash = [o for o in first if o.overlaps(named)]
            if all(named.end - named.start >= o.end - o.start for o in clash):
                first = [o for o in first if o not in clash] + [named]
        for body in [
            *national.national_bodies(doc),
            *national.press(doc),
            *national.military_bodies(doc),
        ]:
            clash = [o for o in first if o.overlaps(body)]
            if all(body.end - body.start > o.end - o.start for o in clash):
                first = [o for o in first if o not in clash] + [body]
        first = [national.government_of_title(doc, o) or o for o in first]
        items = [
            *org_lists.listed_provinces(doc),
            *org_lists.listed_communes(doc),
            *org_lists.listed_departments(doc, first, lambda pos: _bare_dept_suffix(doc, pos)),
            *org_lists.listed_high_courts(doc),
        ]
        for shared in org_lists.shared_place(doc, first):
            # a bare body read with the article's province gives way to the listed place
            clash = [o for o in first if o.overlaps(shared)]
            if all((o.start, o.end) == (shared.start, shared.end) for o in clash):
                first = [o for o in first if o not in clash] + [shared]
        before_items = list(first)
        for item in items:
            # two bodies may share one listed place ("Sở Tư pháp và Cục THADS các tỉnh: A")
            if not any(item.overlaps(o) for o in before_items):
                first.append(item)
        first.extend(
            o
            for o in org_lists.provinces_after_a_body(doc, first)
            if not any(o.overlaps(x) for x in first if x.label == "org")
        )
        first.extend(org_lists.elliptical_bodies(doc, first))
        first.extend(org_lists.party_organs_of_a_body(doc, first))
        first.extend(o for o in self._upper_lines(doc) if not any(o.overlaps(x) for x in first))
        # a regional office named once with its province keeps it where it is named without
        regional = {o.name for o in first if o.rule == "regional"}
        for o in first:
            if o.rule == "regional":
                longer = sorted(n for n in regional if n.startswith(o.name + " "))
                if len(longer) == 1:
                    o.name = longer[0]
        first.sort(key=lambda o: o.start)
        doc.spans.extend(first)
        return doc

    def _unlisted(self, doc: Doc, start: int, end: int, head: str) -> Span | None:
        """A provincial or district body whose domain is not in the gazetteer, recognized only
        when an explicit place follows: ``Cục Thuế tỉnh X``, ``Sở Ngoại vụ thành phố Y``."""
        if head in ("Vụ", "Cục") and not doc.meta.get("_upper_view"):
            unit = self._unlisted_ministry_unit(doc, start, end, head)
            if unit is not None:
                return unit
        if head not in _UNLISTED_HEADS or doc.meta.get("_upper_view"):
            return None  # never on a sentence-cased upper-case line: every word is capitalized
        if head == "Hội" and _NOT_ASSOCIATION.match(doc.text, end):
            return None
        fm = _UNLISTED_DOMAIN.match(doc.text, end)
        if fm is None:
            return self._unlisted_sub_unit(doc, start, end, head)
        from justicekg.text.normalize import expand_abbreviations

        domain = expand_abbreviations(" ".join(fm.group(1).split()))
        place = _place_at(doc, fm.end(1))
        if place is None or place.level == "implicit" or place.level == "commune":
            return None
        kind = "provincial-department" if head == "Sở" else "other"
        if place.level == "district" and head in ("Sở", "Cục"):
            return None
        return self._placed(start, f"{head} {domain}", kind, place)

    def _bare_general_department(self, doc: Doc, start: int, end: int) -> Span | None:
        """``Tổng cục giao``: a bare Tổng cục on an enforcement page before 2025 is the
        page's only named Tổng cục, else Tổng cục Thi hành án dân sự (read once the page's
        bodies are known)."""
        if "unique_by_head" not in doc.meta or _CAPITAL_NEXT.match(doc.text, end):
            return None
        if re.match(r"[ \t]+trưởng(?![\w])", doc.text[end : end + 10]):
            return None  # "Tổng cục trưởng": a title
        if _COUNT_BEFORE.search(doc.text, max(0, start - 12), start):
            return None
        unique = doc.meta["unique_by_head"].get("Tổng cục")
        if isinstance(unique, str):
            name = unique
        elif _ENFORCEMENT_PAGE.search(doc.text) and not _POST_2025_NAMES.search(doc.text):
            name = "Tổng cục Thi hành án dân sự"
        else:
            return None
        return Span(start, end, "org", name, "grammar", {"kind": "general-department"})

    def _bare_enforcement(self, doc: Doc, start: int, end: int) -> Span | None:
        """``Cục THADS`` with no place: the page's only provincial enforcement body, else the
        article's province's, else the bare name (read once the page's bodies are known)."""
        if "unique_by_head" not in doc.meta or _NOT_A_PROVINCE_AFTER.match(doc.text, end):
            return None
        unique = doc.meta["unique_by_head"].get("Cục")
        name: str | None = unique if isinstance(unique, str) else None
        province = doc.meta.get("main_province")
        if name is None:
            rec = lexicon().province(province) if province else None
            name = "Cục Thi hành án dân sự" + (f" {rec.kind} {rec.name}" if rec else "")
        return Span(
            start,
            end,
            "org",
            name,
            "grammar",
            {"kind": "provincial-enforcement", "province": province},
        )

    def _unlisted_ministry_unit(self, doc: Doc, start: int, end: int, head: str) -> Span | None:
        """A department of a ministry whose domain is not in the gazetteer, with its ministry
        right after it: ``Vụ Tổ chức - Biên chế, Bộ Tư pháp`` → ``Vụ Tổ chức - Biên chế`` (a
        unit of a ministry is named without the ministry)."""
        fm = _UNLISTED_MINISTRY_UNIT.match(doc.text, end)
        if fm is None and _HEAD_TITLE_BEFORE.search(doc.text, max(0, start - 14), start):
            # "Vụ trưởng Vụ Tổ chức - Biên chế, …": the title names the unit's head; the name
            # runs to the punctuation
            fm = _UNIT_AFTER_TITLE.match(doc.text, end)
        elif fm is not None:
            sub = self._parse(doc, fm.end(), 2)
            if sub is None or sub.data.get("kind") != "ministry":
                return None
        if fm is None:
            return None
        words = fm.group(1).split()
        cut = next((i for i, w in enumerate(words) if w in _UNIT_NAME_STOP), len(words))
        if cut == 0 or {w.lower() for w in words[:cut]} & (_FUNCTION_WORDS - {"và"} | _PLACE_KINDS):
            return None  # a place word: a provincial body, read by the placed grammar
        from justicekg.text.normalize import expand_abbreviations

        domain = expand_abbreviations(" ".join(words[:cut]))
        stop = fm.end(1) if cut == len(words) else doc.text.index(words[cut], fm.start(1))
        stop = len(doc.text[:stop].rstrip(" \t-–"))
        return Span(start, stop, "org", f"{head} {domain}", "grammar", {"kind": "ministry-unit"})

    def _unlisted_sub_unit(self, doc: Doc, start: int, end: int, head: str) -> Span | None:
        """A unit whose domain is not in the gazetteer, named with its department or office
        right after it: ``Phòng Văn bản và Theo dõi thi hành pháp luật Sở Tư pháp tỉnh X``."""
        if head not in ("Phòng", "Trung tâm"):
            return None
        fm = _UNLISTED_UNIT_DOMAIN.match(doc.text, end)
        if fm is None and doc.text[start].islower():
            # "Trưởng phòng nghiệp vụ Trung tâm …": a lower-case unit after a title
            fm = _LOWER_UNIT_DOMAIN.match(doc.text, end)
            if fm is not None and set(fm.group(1).split()) & _FUNCTION_WORDS:
                fm = None
        if fm is None:
            return None
        sub = self._parse(doc, fm.end(1) + len(fm.group(2)), 2)
        if sub is None or (
            sub.data.get("kind")
            not in (
                "provincial-department",
                "provincial-enforcement",
                "general-department",
                "ministry",
            )
            and not (head == "Phòng" and sub.name.startswith("Trung tâm "))
        ):
            return None
        from justicekg.text.normalize import expand_abbreviations

        domain = expand_abbreviations(" ".join(fm.group(1).split()))
        okind = (
            "ministry-unit"
            if sub.data.get("kind") in ("ministry", "general-department")
            else "other"
        )
        return Span(
            start,
            sub.end,
            "org",
            f"{head} {domain} {sub.name}",
            "sub-unit",
            {"kind": okind, "province": sub.data.get("province"), "parent": sub.name},
        )

    def _regional(self, doc: Doc, start: int, m: re.Match[str]) -> Span:
        """``Phòng Thi hành án dân sự khu vực N`` (district-enforcement), with the province
        as written after a dash or, else, an explicit ``tỉnh X`` that follows."""
        lex = lexicon()
        name = f"Phòng Thi hành án dân sự khu vực {m.group('n')}"
        end = m.end()
        province = None
        if m.group("prov"):
            words = m.group("prov").split()
            for k in range(len(words), 0, -1):
                rec = lex.province(" ".join(words[:k]))
                if rec:
                    province = rec.name
                    end = m.start("prov") + len(" ".join(words[:k]))
                    name += f" - {rec.name}"
                    break
            else:
                end = m.start("prov") - 1
                while text_is_space(doc.text[end - 1]):
                    end -= 1
                if doc.text[end - 1] in "-–":
                    end -= 1
                while text_is_space(doc.text[end - 1]):
                    end -= 1
        if province is None:
            place = _place_at(doc, end)
            if place is not None and place.level == "province":
                province = place.province
                end = place.end
                name += _place_suffix(place)
        if province is None:
            # "Phòng THADS khu vực 5 - Thi hành án dân sự tỉnh Đồng Nai": the parent's province
            # (the name stays as written); else the article's province
            pm = _PARENT_AFTER.match(doc.text, end)
            rec = lex.province(pm.group("prov")) if pm else None
            province = rec.name if rec else doc.meta.get("main_province")
        parent = None
        if province:
            rec = lex.province(province)
            parent = f"Thi hành án dân sự {rec.kind if rec else 'tỉnh'} {province}"
        return Span(
            start,
            end,
            "org",
            name,
            "regional",
            {"kind": "district-enforcement", "province": province, "parent": parent},
        )

    def _upper_lines(self, doc: Doc) -> list[Span]:
        """Organizations on upper-case lines (site headers: ``SỞ TƯ PHÁP TỈNH HÀ TĨNH``),
        read from a sentence-cased copy of the line with the same offsets."""
        text = doc.text
        out: list[Span] = []
        for m in _UPPER_LINE.finditer(text):
            line = m.group(0)
            if len(line) < 8 or not any(c.isalpha() for c in line):
                continue
            cased = _sentence_case(line)
            if len(cased) != len(line):
                continue
            view = Doc(
                text[: m.start()] + cased + text[m.end() :],
                published=doc.published,
                sentences=doc.sentences,
                paragraphs=doc.paragraphs,
                meta={**doc.meta, "_upper_view": True},
            )
            failed: list[int] = []
            for span in self._scan(view, failed, m.start(), m.end()):
                if m.start() <= span.start < m.end():
                    out.append(span)
        return out

    def _scan(
        self, doc: Doc, failed: list[int], start: int = 0, stop: int | None = None
    ) -> list[Span]:
        text = doc.text
        found: list[Span] = []
        pos = start
        while True:
            m = _SCAN_RE.search(text, pos, len(text) if stop is None else stop)
            if not m:
                break
            span = self._parse(doc, m.start())
            if span is not None:
                found.append(span)
                pos = span.end
            else:
                failed.append(m.start())
                # "Phó Chủ tịch Thường trực HĐND tỉnh": the council named inside the failed head
                inner = m.group(0).startswith(("Thường trực ", "thường trực "))
                pos = m.start() + len("Thường trực ") if inner else m.end()
        return found

    def _parse(self, doc: Doc, start: int, depth: int = 0) -> Span | None:
        text = doc.text
        m = _HEAD_RE.match(text, start)
        if not m:
            return None
        raw = m.group(0)
        found = _HEADS_BY_KEY.get(fold(raw))
        if found is None:
            return None
        head, kind, needs = found
        if head.startswith("Thường trực") and _CHAIR_BEFORE.search(text, max(0, start - 12), start):
            return None  # "Phó Chủ tịch Thường trực HĐND tỉnh": a title's qualifier
        # real pages write "ban Pháp chế HĐND …", "cục Thi hành án dân sự tỉnh X": a
        # lower-case head counts when a capitalized domain from the gazetteer follows
        lower_head = (
            raw in ("cục", "ban", "sở", "tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy")
            and _CAPITAL_NEXT.match(text, m.end()) is not None
        )
        if raw in ("khu vực", "cụm", "khối") and _NAMED_GROUP_NEXT.match(text, m.end()):
            lower_head = True  # "khu vực thi đua Tây Bắc", "cụm thi đua số 3": a named group
        if (
            not raw[0].isupper()
            and not lower_head
            and not (
                head in ("Phòng", "Ban", "Văn phòng", "Thanh tra", "Đoàn đại biểu Quốc hội")
                and _LOWER_HEAD_OK.search(text, max(0, start - 8), start)
            )
        ):
            return None
        if not raw[0].isupper() and re.match(
            r"[ \t]+(?:Phòng|Văn phòng|Ban|Thanh tra)(?![\w])", text[m.end() :]
        ):
            return None  # "Trưởng phòng Phòng Công chứng số 1": the unit is named in full next
        if depth == 0 and _COUNT_BEFORE.search(text, max(0, start - 12), start):
            return None
        if head in ("Vụ", "Cục") and depth < 2:
            num = _UNIT_NUMBER_COMMA.match(text, m.end())
            sub = self._parse(doc, num.end(), depth + 1) if num else None
            if num is not None and sub is not None and sub.data.get("kind") in _NUMBERED_PARENTS:
                # "Vụ 16, VKSND tối cao": a numbered department of a procuracy or court
                return Span(
                    start,
                    sub.end,
                    "org",
                    f"{head} {num.group(1)} {sub.name}",
                    "sub-unit",
                    {"kind": "other", "province": sub.data.get("province"), "parent": sub.name},
                )
        if head == "Phòng":
            region = _REGIONAL_UNIT.match(text, m.end())
            if region is not None:
                return self._regional(doc, start, region)
            num = _UNIT_NUMBER.match(text, m.end())
            sub = self._parse(doc, num.end(), depth + 1) if num and depth < 2 else None
            if num is not None and sub is not None and sub.data.get("kind") in _NUMBERED_PARENTS:
                # "Phòng 8 VKSND tỉnh X": a numbered division of a procuracy, court or police
                return Span(
                    start,
                    sub.end,
                    "org",
                    f"Phòng {num.group(1)} {sub.name}",
                    "sub-unit",
                    {"kind": "other", "province": sub.data.get("province"), "parent": sub.name},
                )
        if head == "Thi hành án dân sự":
            date = doc.published or doc.meta.get("dateline") or ""
            place = _place_at(doc, m.end())
            if place is None or place.level not in ("province", "implicit"):
                return None
            if date < "2025-03" if date else place.level != "province":
                # named so from 2025-03; an undated page needs the province written out
                return None
            if place.level == "implicit" and (
                not place.province or _ACTIVITY_BEFORE.search(text, max(0, start - 14), start)
            ):
                return None  # "công tác Thi hành án dân sự tỉnh": the activity, not the body
            return Span(
                start,
                place.end,
                "org",
                head + _place_suffix(place),
                "grammar",
                {"kind": kind, "province": place.province},
            )
        end = m.end()
        lex = lexicon()
        domain = ""
        data: dict[str, object] = {}
        if needs == "domain":
            dre = lex.domain_re.get(head)
            dm = dre.match(text, end) if dre else None
            if dm is None and head == "Tổng cục" and not lower_head:
                general = self._bare_general_department(doc, start, end)
                if general is not None:
                    return general
            if dm is None:
                return None if lower_head else self._unlisted(doc, start, end, head)
            if lower_head and not dm.group(0).strip()[:1].isupper():
                return None
            domain = lex.domain_canon.get((head, domain_key(dm.group(0))), dm.group(0).strip())
            end = dm.end()
            numbered = _CENTRE_NUMBER.match(text, end) if head == "Trung tâm" else None
            if numbered is not None:
                # "Trung tâm Trợ giúp pháp lý nhà nước số 2": one of several centres
                domain += f" số {numbered.group(1)}"
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
            return self._group(doc, start, end, head)
        am = _ABBR_PAREN.match(text, end)
        if am:
            end = am.end()
        if _GENERIC_AFTER.match(text, end) and not (
            head == "Ban" and _ON_TERRITORY.match(text, end)
        ):
            if head not in ("Bộ", "Tổng cục", "Vụ", "Cục") or fold(
                text[end : end + 6]
            ).strip().startswith("cac"):
                return None
        name = f"{head} {domain}".strip()
        province: str | None = None
        parent: str | None = None
        # sub-units named with their parent
        if (
            head
            in (
                "Văn phòng",
                "Thanh tra",
                "Phòng",
                "Ban",
                "Trung tâm",
                "Công đoàn cơ sở",
                "Công đoàn",
                "Đoàn Thanh niên",
                "Chi đoàn",
                "Chi bộ",
                "Đảng ủy",
                "Ủy ban Kiểm tra",
                *_COUNCIL_HEADS,
            )
            and depth < 2
        ):
            nxt = re.match(r",?\s+", text[end:])
            comma = nxt is not None and nxt.group(0).startswith(",")
            at = end + (nxt.end() if nxt else 0)
            bare = _BARE_PARENT.match(text, at) if nxt and not comma else None
            after_bare = text[bare.end(1) : bare.end(1) + 30].split()[:3] if bare else []
            if bare is not None and bare.group("cap") and not _person_follows(" ".join(after_bare)):
                bare = None  # "Đảng ủy Bộ Tư pháp": a named parent, not a bare one
            unique = doc.meta.get("unique_by_head", {})
            if bare and bare.group(1) in unique:
                # "Văn phòng Cục", "Công đoàn Cục", "Đảng ủy Sở": the article's only Cục / Sở
                parent_name = unique[bare.group(1)]
                if head in ("Văn phòng", "Thanh tra"):
                    kind = "ministry-unit" if bare.group(1) in ("Tổng cục", "Bộ") else "other"
                else:
                    kind = _HEADS_BY_KEY[fold(head)][1]
                return Span(
                    start,
                    bare.end(1),
                    "org",
                    f"{name} {parent_name}",
                    "sub-unit",
                    {"kind": kind, "parent": parent_name},
                )
            if nxt and _HEAD_RE.match(text, at):
                sub = self._parse(doc, at, depth + 1)
                if (
                    sub is not None
                    and sub.data.get("kind")
                    in (
                        "ministry",
                        "general-department",
                        "provincial-department",
                        "peoples-committee",
                        "peoples-council",
                        "party-committee",
                        "provincial-enforcement",
                        "ministry-unit",
                        "court",
                        "procuracy",
                        "police",
                        "government",
                    )
                    and (
                        # "Phòng Hộ tịch, quốc tịch, chứng thực, Sở Tư pháp tỉnh Yên Bái": a unit
                        # of a department or ministry named before it (a list has no such pairs)
                        not comma
                        or (
                            head == "Phòng"
                            and domain != "Tư pháp"
                            and sub.data.get("kind")
                            in ("ministry", "general-department", "provincial-department")
                        )
                    )
                ):
                    full = f"{name} {sub.name}"
                    pk = sub.data.get("kind")
                    okind = "ministry-unit" if pk in ("ministry", "general-department") else "other"
                    return Span(
                        start,
                        sub.end,
                        "org",
                        full,
                        "sub-unit",
                        {
                            "kind": okind,
                            "province": sub.data.get("province"),
                            "parent": sub.name,
                            "district": sub.data.get("district"),
                        },
                    )
            if head in ("Văn phòng", "Thanh tra"):
                place = _place_at(doc, end)
                if place is None or place.level == "commune":
                    return None
                return self._placed(start, name, kind, place)
        if head == "Chi cục":
            place = _place_at(doc, end)
            if place is None or place.level != "district":
                return None
            name += _place_suffix(place)
            province = place.province
            parent = _enforcement_parent(province)
            return Span(
                start,
                place.end,
                "org",
                name,
                "grammar",
                {
                    "kind": "district-enforcement",
                    "province": province,
                    "district": place.name,
                    "parent": parent,
                },
            )
        provincial_enforcement = "hành án" in domain and not domain.startswith("Quản lý")
        if head in ("Bộ", "Tổng cục", "Vụ") or (head == "Cục" and not provincial_enforcement):
            country = _country_re().match(text, end)
            if country is not None:
                # "Bộ Tư pháp Lào", "Bộ Tư pháp nước CHDCND Lào": a foreign body
                return Span(
                    start,
                    country.end(),
                    "org",
                    f"{name} {_country_name(country.group('c'))}",
                    "foreign",
                    {"kind": "other", "province": None},
                )
            return Span(start, end, "org", name, "grammar", {"kind": kind})
        if needs == "name":  # Tỉnh ủy X / Thành ủy X / Huyện ủy X
            old = historical_province_at(text, end) if head in ("Tỉnh ủy", "Tỉnh đoàn") else None
            if old is not None and text[end : end + 1] in " \t":
                return Span(start, old[1], "org", f"{head} {old[0]}", "grammar", {"kind": kind})
            numbered = _NUMBERED_DISTRICT.match(text, end) if head == "Quận ủy" else None
            if numbered is not None:  # "Quận ủy Quận 1"
                qname = "Quận " + numbered.group(1)
                return Span(
                    start,
                    numbered.end(),
                    "org",
                    f"{head} {qname}",
                    "grammar",
                    {"kind": kind, "province": doc.meta.get("main_province"), "district": qname},
                )
            pair = _PROVINCE_COMMITTEES.get(head)
            written = _place_at(doc, end) if pair is not None else None
            if (
                pair is not None
                and written is not None
                and written.level == "province"
                and written.province
            ):
                # "Thành ủy TP.HCM", "Tỉnh ủy tỉnh Hà Nam": the place written with its word
                wrec = lex.province(written.province)
                head2 = pair[1] if wrec and wrec.kind == "thành phố" else pair[0]
                return Span(
                    start,
                    written.end,
                    "org",
                    f"{head2} {written.province}",
                    "grammar",
                    {"kind": kind, "province": written.province},
                )
            pm = _BARE_PROVINCE.match(text, end)
            rec = None
            if pm:
                words = pm.group("name").split()
                for nw in range(len(words), 0, -1):
                    rec = lex.province(" ".join(words[:nw]))
                    if rec:
                        end = pm.start("name") + len(" ".join(words[:nw]))
                        break
            pair = _PROVINCE_COMMITTEES.get(head)
            if pair is not None:
                prov = rec.name if rec else doc.meta.get("main_province")
                prec = lex.province(prov) if prov else None
                if rec is None and (
                    prec is None or (prec.kind == "thành phố") != (head == pair[1])
                ):
                    # no province named, or the article's is of the other kind (a "Tỉnh ủy"
                    # is never a centrally-run city's): the committee stays bare
                    return Span(start, end, "org", head, "grammar", {"kind": kind})
                head2 = pair[1] if prec and prec.kind == "thành phố" else pair[0]
                return Span(
                    start,
                    end,
                    "org",
                    f"{head2} {prov}",
                    "grammar",
                    {"kind": kind, "province": prov},
                )
            if pm and rec is None:
                dname, dend = _trim_name(pm.group("name"), pm.start("name"), [])
                return Span(
                    start,
                    dend,
                    "org",
                    f"{head} {dname}",
                    "grammar",
                    {"kind": kind, "province": doc.meta.get("main_province")},
                )
            return None
        if needs == "":
            return Span(start, end, "org", head, "grammar", {"kind": kind})
        place = _place_at(doc, end)
        territory = _ON_TERRITORY.match(text, end) if place is None and head == "Ban" else None
        if territory is not None and domain.startswith("Chỉ đạo"):
            # "Ban Chỉ đạo THADS trên địa bàn tỉnh X": the steering committee of that province
            place = _place_at(doc, territory.end())
            if place is not None and place.level != "province":
                place = None
        if head == "Cục":  # Cục Thi hành án dân sự of a province
            ministry = _OF_THE_MINISTRY.match(text, end) if place is None else None
            if ministry is not None and domain == "Thi hành án dân sự":
                # "Cục Thi hành án dân sự, Bộ Tư pháp": the ministry's own department (named
                # Cục Quản lý Thi hành án dân sự from 2025-03)
                date = doc.published or doc.meta.get("dateline") or ""
                recent = date >= "2025-03" or _POST_2025_NAMES.search(text) is not None
                cname = "Cục Quản lý Thi hành án dân sự" if recent else f"Cục {domain}"
                return Span(start, end, "org", cname, "grammar", {"kind": "ministry-unit"})
            if place is None and domain == "Thi hành án dân sự" and depth == 0:
                return self._bare_enforcement(doc, start, end)
            if place is None or place.level not in ("province", "implicit"):
                return None
            if not place.province and not place.written:
                return None
            return Span(
                start,
                place.end,
                "org",
                f"Cục {domain}" + _place_suffix(place),
                "grammar",
                {"kind": "provincial-enforcement", "province": place.province},
            )
        if place is None and head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân"):
            rm = _REGIONAL_BODY.match(text, end)
            if rm is not None:
                # from 2025-07: "Tòa án nhân dân khu vực 5 - Đồng Nai"
                rname = f"{head} khu vực {rm.group('n')}"
                rprov = lex.province(rm.group("prov")) if rm.group("prov") else None
                rend = rm.end() if rprov else rm.end("n")
                if rprov is not None:
                    rname += f" - {rprov.name}"
                return Span(
                    start,
                    rend,
                    "org",
                    rname,
                    "regional",
                    {
                        "kind": kind,
                        "province": rprov.name if rprov else doc.meta.get("main_province"),
                    },
                )
        if place is None:
            high = _HIGH_COURT.match(text, end)
            if head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân") and high is not None:
                # "Tòa án nhân dân cấp cao tại Đà Nẵng": one of the three high courts
                seat = lex.province(high.group("seat"))
                seat_name = (
                    "Thành phố Hồ Chí Minh"
                    if seat and seat.name == "Hồ Chí Minh"
                    else (seat.name if seat else high.group("seat"))
                )
                return Span(
                    start,
                    high.end(),
                    "org",
                    f"{head} cấp cao tại {seat_name}",
                    "grammar",
                    {"kind": kind},
                )
            if head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân") and re.match(
                r"\s+[tT]ối [cC]ao", text[end:]
            ):
                e = end + len(re.match(r"\s+[tT]ối [cC]ao", text[end:]).group(0))  # type: ignore[union-attr]
                country = _country_re().match(text, e)
                if country is not None:
                    # "Tòa án nhân dân tối cao Lào": a foreign supreme court
                    name = f"{head} tối cao {_country_name(country.group('c'))}"
                    return Span(start, country.end(), "org", name, "foreign", {"kind": kind})
                return Span(start, e, "org", f"{head} tối cao", "grammar", {"kind": kind})
            if head == "Phòng Công chứng" and doc.meta.get("main_province"):
                # "Phòng Công chứng số 2" in an article about one province
                place = Place("implicit", "tỉnh", None, doc.meta["main_province"], end)
            elif head == "Học viện":
                return Span(start, end, "org", name, "grammar", {"kind": kind})
            elif head == "Sở":
                if _SHARED_PLURAL.match(text, end):
                    return None  # "Sở Tư pháp, Cục THADS các tỉnh": the plural is shared
                place = Place("implicit", "tỉnh", None, _local_province(doc, start), end)
            elif head in _COUNCIL_HEADS:
                place = Place("implicit", "tỉnh", None, _local_province(doc, start), end)
            elif (
                head in ("Tòa án nhân dân", "Viện kiểm sát nhân dân")
                and doc.meta.get("main_province")
                and _LIST_BEFORE.search(text, max(0, start - 6), start)
                and _LIST_AFTER.match(text, end)
            ):
                # "… phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân, Sở …": a court or
                # procuracy listed among the province's bodies is the province's
                place = Place("implicit", "tỉnh", None, _local_province(doc, start), end)
            elif (
                head in ("Phòng", "Ban", "Trung tâm")
                and doc.meta.get("main_dept")
                # a district's Phòng Tư pháp is never a unit of the Sở
                and not (head == "Phòng" and domain == "Tư pháp")
                and (head != "Ban" or _LOWER_HEAD_OK.search(text, max(0, start - 8), start))
            ):
                parent = str(doc.meta["main_dept"])
                if head == "Ban":
                    owner = _ban_owner(domain, doc.meta.get("main_province"))
                    if owner is None:
                        return None
                    parent = owner
                if head == "Trung tâm":
                    place = Place("implicit", "tỉnh", None, doc.meta.get("main_province"), end)
                else:
                    return Span(
                        start,
                        end,
                        "org",
                        f"{name} {parent}",
                        "implicit-parent",
                        {
                            "kind": "other",
                            "province": doc.meta.get("main_province"),
                            "parent": parent,
                        },
                    )
            else:
                return None
        if place.level == "implicit" and head not in _PROVINCIAL and head != "Ban":
            return None
        return self._placed(start, name, kind, place, data)

    def _placed(
        self, start: int, name: str, kind: str, place: Place, data: dict[str, object] | None = None
    ) -> Span | None:
        full = name + _place_suffix(place)
        info: dict[str, object] = {"kind": kind, "province": place.province}
        if place.level == "foreign":
            info["kind"] = "other"
            info["foreign"] = True
            info["foreign_place"] = place.name
        if place.level in ("district", "commune"):
            info["district"] = place.name
            if kind == "provincial-department":
                return None
            if name.startswith("Phòng"):
                info["parent"] = f"Ủy ban nhân dân {place.kind} {place.name}"
        return Span(start, place.end, "org", full, "grammar", info)

    def _group(self, doc: Doc, start: int, end: int, head: str) -> Span | None:
        text = doc.text
        rest = _GROUP_TAIL.match(text, end)
        tail = rest.group(0) if rest else ""
        if not re.match(r"\s+(?:thi đua|cơ quan)", tail, re.IGNORECASE):
            return None
        stop = _GROUP_STOP.search(tail)
        if stop:
            tail = tail[: stop.start()]
        tail = tail.rstrip(" -–")
        words = tail.split()
        while words and (words[-1][0].islower() and words[-1] not in _GROUP_END_WORDS):
            words.pop()
        if len(words) < 3:
            return None
        from justicekg.text.normalize import expand_abbreviations

        span_text = text[start:end] + " " + " ".join(words)
        e = text.find(words[-1], end) + len(words[-1])
        name = expand_abbreviations(" ".join(span_text.split()))
        name = name[:1].upper() + name[1:]
        return Span(start, e, "org", name, "group", {"kind": "emulation-group"})


_OF_THE_MINISTRY = re.compile(
    r"[ \t]*(?:,|\(|thuộc)[ \t]*(?:thuộc[ \t]+)?Bộ Tư pháp(?![ \t]+[A-ZĐ])"
)
#: bodies named so only from 2025 (the provincial office without "Cục", the regional offices)
_POST_2025_NAMES = re.compile(
    r"(?<![\w])(?<!Cục )(?<!cục )(?<!Chi cục )Thi hành án dân sự (?:tỉnh|thành phố)[ \t]+[A-ZĐ]"
    r"|Phòng Thi hành án dân sự [Kk]hu vực"
)
_CHAIR_BEFORE = re.compile(r"(?:Chủ tịch|chủ tịch|Bí thư|bí thư|Trưởng ban|Trưởng Ban)[ \t]+$")
_ENFORCEMENT_PAGE = re.compile(r"[Tt]hi hành án dân sự|THADS")
_NUMBERED_DISTRICT = re.compile(r"[ \t]+[Qq]uận[ \t]+(\d{1,2})(?![\w])")
_LIST_BEFORE = re.compile(r"(?:,|với|và)[ \t]+$")
_LIST_AFTER = re.compile(r"[ \t]*(?:,|;|và[ \t]+[A-ZĐ])")
_COUNCIL_BOARDS = frozenset({"Pháp chế", "Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Dân tộc"})
_PARTY_BOARDS = frozenset({"Nội chính", "Tổ chức", "Tuyên giáo", "Dân vận", "Thường vụ"})


_JOINED_DOMAIN = re.compile(r"[ \t]+(?:và|&)(?=[ \t])")


def text_is_space(ch: str) -> bool:
    """True for a space or tab."""
    return ch in " \t"


def _ban_owner(domain: str, province: str | None) -> str | None:
    """The body a provincial board (Ban) belongs to: the council's boards and the party's."""
    if not province:
        return None
    rec = lexicon().province(province)
    kind = rec.kind if rec else "tỉnh"
    if domain in _COUNCIL_BOARDS:
        return f"Hội đồng nhân dân {kind} {province}"
    if domain in _PARTY_BOARDS:
        return f"{'Thành ủy' if kind == 'thành phố' else 'Tỉnh ủy'} {province}"
    return None


def _enforcement_parent(province: str | None) -> str | None:
    if not province:
        return None
    rec = lexicon().province(province)
    kind = rec.kind if rec else "tỉnh"
    return f"Cục Thi hành án dân sự {kind} {province}"


__all__ = ["LOWER", "UPPER", "Organizations"]
