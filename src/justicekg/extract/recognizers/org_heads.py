"""The organization heads: the words an organization's name starts with, and what each needs.

``_HEADS`` maps a head as written (``Sở``, ``UBND``, ``Chi cục``, ``Tỉnh ủy`` …) to its
canonical head, its kind and what must follow it (a gazetteer domain, a place, a parent, a
name, or nothing). ``_SCAN_RE`` finds head candidates in running text; the grammar in
:mod:`.org_grammar` reads each one. The sets below classify heads for that grammar: councils,
provincial bodies (which take the article's province when none is written), and the cues
that make a head a plural or a title's word rather than a body.
"""

from __future__ import annotations

import re

from justicekg.extract.lexicon import UPPER
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
    "VKS": ("Viện kiểm sát nhân dân", "procuracy", "place"),
    "công an": ("Công an", "police", "place"),
    "ủy ban mặt trận tổ quốc việt nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "Ủy ban MTTQ Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "Ủy ban MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "Ủy ban MTTQVN": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "UBMTTQ Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "UBMTTQVN": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "UBMTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "UB MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "place"),
    "liên đoàn lao động": ("Liên đoàn Lao động", "other", "place"),
    "đài phát thanh và truyền hình": ("Đài Phát thanh và Truyền hình", "other", "place"),
    "đài phát thanh - truyền hình": ("Đài Phát thanh - Truyền hình", "other", "place"),
    "đài phát thanh truyền hình": ("Đài Phát thanh Truyền hình", "other", "place"),
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
    "Hội đồng phối hợp PBGDPL": (
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật",
        "other",
        "place",
    ),
    "Hội đồng PBGDPL": ("Hội đồng phối hợp phổ biến, giáo dục pháp luật", "other", "place"),
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
    # the council of the bodies that give legal aid in criminal proceedings
    "hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng": (
        "Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng",
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
    # the army's provincial commands, abbreviated
    "Bộ CHQS": ("Bộ Chỉ huy Quân sự", "other", "place"),
    "Bộ Chỉ huy BĐBP": ("Bộ Chỉ huy Bộ đội Biên phòng", "other", "place"),
    "Bộ CH BĐBP": ("Bộ Chỉ huy Bộ đội Biên phòng", "other", "place"),
    "BĐBP": ("Bộ đội Biên phòng", "other", "place"),
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
    "huyện đoàn": ("Huyện đoàn", "other", "name"),
    "quận đoàn": ("Quận đoàn", "other", "name"),
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
    # "BCĐ THADS tỉnh", "BCĐ Cải cách tư pháp tỉnh": a steering committee, abbreviated
    "BCĐ": ("Ban Chỉ đạo", "other", "domain"),
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
#: a count or plural word before a head: not one body
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\d/.,])\d{1,3}|các|những|mỗi|từng|một số|nhiều|hai|ba|bốn|năm|sáu)\s*$", re.IGNORECASE
)
#: councils of a province or a ministry (as written, comma or not): the article's province
#: when no place is written
_COUNCIL_HEADS = frozenset(
    {
        "Hội đồng phối hợp liên ngành về trợ giúp pháp lý trong hoạt động tố tụng",
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật",
        "Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật",
        "Hội đồng phối hợp phổ biến giáo dục pháp luật",
        "Hội đồng phối hợp công tác phổ biến giáo dục pháp luật",
    }
)
#: heads of provincial bodies: a bare one is the article's province's
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
    "Đài Phát thanh Truyền hình",
    "Đảng ủy Khối các cơ quan",
    "Đảng ủy Khối doanh nghiệp",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Bộ đội Biên phòng",
    "Kho bạc Nhà nước",
}
#: a capitalized word next (a lower-case head counts before one)
_CAPITAL_NEXT = re.compile(rf"[ \t]+[{UPPER}]")
#: a title word before a lower-case unit head ("Trưởng phòng …")
_LOWER_HEAD_OK = re.compile(r"(?:Trưởng|trưởng|Chánh|chánh|Phó|phó)\s+$")
