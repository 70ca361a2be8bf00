"""Emulation groups (Cụm, Khối, Khu vực thi đua): a group's name runs to the punctuation.

``Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh miền núi phía Bắc`` is one
organization of kind ``emulation-group``.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.recognizers.org_heads import HEADS_BY_KEY
from justicekg.text.normalize import fold

#: a group's name runs to punctuation; a comma goes on only before another unit of the name
#: ("Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh …"; not after a number: "Khối thi đua
#: số 3, Sở Tư pháp là Khối phó" names the group, then a member) or of a list of sectors
#: ("Khối thi đua các bộ, ban, ngành Nội chính Trung ương")
_GROUP_TAIL = re.compile(
    r"(?:[^,.;:()\n]|(?<![\d]),[ \t]*(?=(?:Thi hành án|THADS|Cục|Sở|Tòa án|Viện kiểm sát)[ \t])"
    r"|(?:(?<=[ \t]bộ)|(?<=[ \t]ban)|(?<=[ \t]sở)),[ \t]*(?=(?:ban|ngành|sở|đoàn thể)(?![\w])))"
    r"{0,140}"
)


@gz.derived
def _group_stop() -> re.Pattern[str]:
    """What ends a group's name: a verb, a preposition, a date, what the group decides (``Cụm
    thi đua số 3 thống nhất đề nghị khen thưởng …``: data/gazetteers/org_group_stops.tsv); and
    ``Khối thi đua số 3 và đại diện chính quyền …``, ``… số 3 và Khối …``: a numbered group
    ends before a lower-case phrase or another group joined to it."""
    return re.compile(
        rf"\s(?:{'|'.join(gz.column('org_group_stops', 'word'))}"
        rf"|(?<=\d\s)và(?=[ \t]+(?:[{LOWER}]|Khối|Cụm))"
        # "Cụm thi đua số 1 Sở Tư pháp tỉnh A và Cụm thi đua số 1 …": two groups
        r"|và(?=[ \t]+(?:Khối|Cụm|Khu[ \t]+vực)[ \t]+thi[ \t]+đua))(?![\w])"
    )


#: "cụm thi đua" followed by a lower-case word that starts no name (a number, a capital, a
#: region or a body's word would)
_GENERIC_NEXT = re.compile(
    r"\s+(?:thi đua|cơ quan)\s+(?!số|miền|khu|vùng|đồng|các|khối|cụm|ngành|tư pháp|nội chính|"
    # (the capital a name starts with is checked case-blind nowhere else: "thống nhất" is none)
    r"thi hành|(?-i:[A-ZĐ\d]))[a-zđ\w]",
    re.IGNORECASE,
)
#: lower-case words a group's name may end in (regions written in lower case: "đồng bằng bắc
#: bộ", "miền núi biên giới phía Bắc"); other lower-case words at the end are dropped
_GROUP_END_WORDS = frozenset(
    "sự dân bộ bắc nam trung tây đông nguyên long biên giới núi bằng hải phía miền chính"
    " pháp ương ngành".split()
)


def _group(doc: Doc, start: int, end: int, head: str) -> Span | None:
    """The emulation group whose head is at ``start`` (``head`` ends at ``end``)."""
    text = doc.text
    rest = _GROUP_TAIL.match(text, end)
    tail = rest.group(0) if rest else ""
    if not re.match(r"\s+(?:thi đua|cơ quan)", tail, re.IGNORECASE):
        return None
    if _GENERIC_NEXT.match(tail):
        return None  # "Cụm thi đua cần tập trung …": the group of the page, not a name
    stop = _group_stop().search(tail)
    if stop:
        tail = tail[: stop.start()]
    tail = tail.rstrip(" -–")
    words = _cut_after_number(tail.split())
    while words and (words[-1][0].islower() and words[-1] not in _GROUP_END_WORDS):
        if words[-1] == "tỉnh" and len(words) > 1 and words[-2] in ("chính", "Chính"):
            break  # "Khối cơ quan Nội chính tỉnh": the province's group ("cấp tỉnh" is not)
        if words[-2:] == ["tối", "cao"]:
            break  # "Khối thi đua số 5 VKSND tối cao": the supreme body it belongs to
        if any(fold(" ".join(words[-k:])) in HEADS_BY_KEY for k in (2, 3) if len(words) > k):
            break  # "Cụm thi đua số 1 Bộ Công an": a body's name ends in lower case
        words.pop()
    if len(words) < 3:
        return None
    from justicekg.text.normalize import expand_abbreviations

    span_text = text[start:end] + " " + " ".join(words)
    e = text.find(words[-1], end) + len(words[-1])
    name = expand_abbreviations(" ".join(span_text.split()))
    # "Cụm thi đua số 3 (trực) thuộc VKSND tỉnh X": the group is named with its body, as a
    # unit is ("Phòng Tư pháp thuộc UBND huyện" → "Phòng Tư pháp huyện")
    name = _BELONGS.sub(" ", name)
    name = _ZERO_LED.sub(r"\1", name[:1].upper() + name[1:])  # "Cụm thi đua số 03": số 3
    if _PROVINCE_BLOC.match(name) and doc.meta.get("main_province"):
        # "Khối thi đua số 3", "Khối thi đua Nội chính (tỉnh)": a bloc of the page's province
        rec = lexicon().province(str(doc.meta["main_province"]))
        if rec is not None:
            name = f"{name.removesuffix(' tỉnh')} {rec.kind} {rec.name}"
    return Span(start, e, "org", name, "group", {"kind": "emulation-group"})


#: "thuộc" / "trực thuộc" between a numbered group and its body
_BELONGS = re.compile(rf"(?<=[\dIVX]) (?:trực )?thuộc (?=[{UPPER}])")
#: a group's number: digits, or a Roman numeral
_NUMBER = re.compile(r"\d{1,2}|[IVX]{1,5}")


#: lower-case words that may go on after a group's number
@gz.derived
def _after_number() -> frozenset[str]:
    return frozenset(gz.column("org_group_after_number", "word"))


def _cut_after_number(words: list[str]) -> list[str]:
    """The words of a group's name, cut after its number when a lower-case word that goes on no
    name follows it (``số 3 đánh giá cao …``: the sentence goes on).

    >>> _cut_after_number("thi đua số 3 đánh giá cao".split())
    ['thi', 'đua', 'số', '3']
    >>> _cut_after_number("thi đua số 3 các tỉnh Tây Nguyên".split())
    ['thi', 'đua', 'số', '3', 'các', 'tỉnh', 'Tây', 'Nguyên']
    """
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if (
            _NUMBER.fullmatch(w)
            and (i == 0 or words[i - 1] in ("số", "đua"))
            and nxt[:1].islower()
            and nxt not in _after_number()
        ):
            return words[: i + 1]
    return words


#: a number written with a leading zero ("số 03")
_ZERO_LED = re.compile(r"(?<=số )0+(\d)")
#: a province's bloc named without its province: numbered, or its internal-affairs bloc
_PROVINCE_BLOC = re.compile(r"^Khối thi đua (?:số \d{1,2}|[Nn]ội chính)(?: tỉnh)?$")
