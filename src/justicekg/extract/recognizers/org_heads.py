"""The organization heads: the words an organization's name starts with, and what each needs.

``_HEADS`` (the rows of ``data/gazetteers/org_heads.tsv``) maps a head as written (``Sở``,
``UBND``, ``Chi cục``, ``Tỉnh ủy`` …) to its canonical head, its kind and what must follow it
(a gazetteer domain, a place, a parent, a name, or nothing). ``_SCAN_RE`` finds head
candidates in running text; the grammar in :mod:`.org_grammar` reads each one. The sets below
classify heads for that grammar: councils, provincial bodies (which take the article's
province when none is written), and the cues that make a head a plural or a title's word
rather than a body.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract.alternation import Alternation
from justicekg.extract.gazetteers import load_rows
from justicekg.extract.lexicon import UPPER, letter_trie, trie_pattern
from justicekg.text.normalize import fold


def _load_heads() -> dict[str, tuple[str, str, str]]:
    """head as written → (canonical head, kind, needs), from ``data/gazetteers/org_heads.tsv``."""
    return {r["head"]: (r["canonical"], r["kind"], r["needs"]) for r in load_rows("org_heads")}


#: head → (canonical head, kind, needs) ; needs: "domain", "place", "parent", "name", ""
_HEADS = _load_heads()
HEADS_BY_KEY = {fold(k): v for k, v in _HEADS.items()}
#: a court's chambers, named with their court only
COURT_CHAMBERS = frozenset(
    v[0] for v in _HEADS.values() if v[0].startswith("Tòa ") and v[2] == "parent"
)


def _spaced(head: str) -> str:
    """A head as a regex whose spaces match any run of spaces (pages double them)."""
    return r"[ \t]+".join(re.escape(w) for w in head.split(" "))


HEADS_BY_KEY.update(
    {
        fold(k): _HEADS[k.replace("uỷ", "ủy").replace("toà", "tòa")]
        for k in ("toà án nhân dân", "uỷ ban nhân dân", "tỉnh uỷ", "thành uỷ", "huyện uỷ", "thị uỷ")
    }
)
#: a head at a position (``HEAD_RE.match(text, pos)``): the heads, longest first, then the
#: old spellings, case aside; only the heads whose first letter is the text's are tried
HEAD_RE = Alternation(
    [(h[0], _spaced(h)) for h in sorted(_HEADS, key=len, reverse=True)]
    + [
        (h[0], h)
        for h in ("toà án nhân dân", "uỷ ban nhân dân", "tỉnh uỷ", "thành uỷ", "huyện uỷ", "thị uỷ")
    ],
    before=r"(?<![\w])",
    after=r"(?![\w])",
    flags=re.IGNORECASE,
)


#: lower-case sub-unit heads that follow a title: (the titles before, the head, what follows)
_LOWER_HEADS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    *(
        (("Trưởng ", "trưởng ", "Chánh ", "chánh "), w, "")
        for w in ("phòng", "ban", "văn phòng", "thanh tra")
    ),
    # "Chánh tòa Hình sự TAND tỉnh X": a court's chamber after its head's title
    *((("Chánh ", "chánh "), w, r"(?=[ \t]+[A-ZĐ])") for w in ("tòa", "toà")),
    # "Phó chi cục Thi hành án dân sự huyện X": the deputy named by the body's head
    (("Phó ", "phó "), "chi cục", r"(?=[ \t]+[A-ZĐ])"),
    # "Vụ phó vụ tổ chức cán bộ …": a department's head named by the department's head
    (("Vụ phó ", "Vụ trưởng "), "vụ", ""),
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
    # literal forms, as a trie: the scan tries each letter once, not each form; a head written
    # with doubled spaces is read in full by ``HEAD_RE`` from the shorter head it starts with.
    # One alternative per first letter, the forms before the lower-case heads (as in one
    # alternation of the trie, then the lower-case heads): the pattern starts with a letter,
    # so a search looks for those letters only; the word character that may not precede a
    # head, and the title that must, are read after that letter.
    rests = {ch: [trie_pattern(child)] for ch, child in letter_trie(forms).items()}
    for before, head, ahead in _LOWER_HEADS:
        behind = "|".join(f"(?<={re.escape(b + head[0])})" for b in before)
        rests.setdefault(head[0], []).append(f"(?:{behind}){re.escape(head[1:])}{ahead}")
    alts = "|".join(
        f"{re.escape(ch)}(?<![\\w][\\s\\S])(?:{'|'.join(r)})" for ch, r in sorted(rests.items())
    )
    return re.compile(rf"(?:{alts})(?![\w])")


_SCAN_RE = _scan_pattern()
#: a count or plural word before a head on its line: not one body ("2019-12" ends a date)
COUNT_BEFORE = re.compile(
    # ("Vụ Nghiệp vụ 2 Tổng cục …": a unit's number, not a count)
    r"(?:(?<![\d/.,\-–])(?<!thứ )(?<!số )(?<!vụ )\d{1,3}|"
    r"các|những|mỗi|từng|một số|nhiều|hai|ba|bốn|năm|sáu)[ \t]*$",
    re.IGNORECASE,
)
#: councils of a province or a ministry (as written, comma or not): the article's province
#: when no place is written
COUNCIL_HEADS = frozenset(
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
    "Trụ sở",  # "Trụ sở Tiếp công dân tỉnh": the province's citizen-reception office
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
    "Văn phòng Đoàn đại biểu Quốc hội",
    "Đoàn đại biểu Quốc hội",
    *COUNCIL_HEADS,
    "Đài Phát thanh - Truyền hình",
    "Đài Phát thanh – Truyền hình",
    "Đài Phát thanh Truyền hình",
    "Đảng ủy Khối các cơ quan",
    "Đảng ủy Khối các cơ quan và doanh nghiệp",
    "Đảng ủy Khối doanh nghiệp",
    "Đảng ủy Khối cơ quan và Doanh nghiệp",
    "Đảng ủy Khối cơ quan",
    # "Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh": the province's committee of its party
    # agencies, and that of its party, state and mass-organization agencies before 2020
    "Đảng ủy các cơ quan Đảng",
    "Đảng bộ các cơ quan Đảng",
    "Đảng ủy Khối Dân chính Đảng",
    "Đảng ủy Dân chính Đảng",
    "Hội Phụ nữ",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Bộ đội Biên phòng",
    "Kho bạc Nhà nước",
}
#: a capitalized word next (a lower-case head counts before one)
CAPITAL_NEXT = re.compile(rf"[ \t]+[{UPPER}]")
#: a title word before a lower-case unit head ("Trưởng phòng …")
LOWER_HEAD_OK = re.compile(r"(?:Trưởng|trưởng|Chánh|chánh|Phó|phó)\s+$")


@cache
def _name_kinds() -> tuple[tuple[str, str], ...]:
    """(head, kind) of ``org_name_kinds.tsv``, in the file's order."""
    return tuple((r["head"], r["kind"]) for r in load_rows("org_name_kinds"))


def kind_of_name(name: str) -> str:
    """The kind of a body known only by its name, from its head (``Sở …`` →
    ``provincial-department``); ``other`` when the head says nothing.

    >>> kind_of_name("Sở Tư pháp tỉnh A")
    'provincial-department'
    """
    for head, kind in _name_kinds():
        if name == head or name.startswith(head + " "):
            return kind
    return "other"
