"""Provinces and centrally-run cities, by gazetteer (names, aliases, historical names).

A name preceded by ``huyện``/``quận``/``thị xã``/``xã``/``phường``/``đường`` is not the
province, nor is ``thành phố X`` when X is a province (``tỉnh``) — that is its capital city.
``doc.meta["main_province"]`` is the province the article is about: the most mentioned one,
header and title mentions counting double; when none is mentioned twice, its capital city
(``thành phố Lào Cai``) and districts named on the page vote too.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, lexicon
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.province_history import historical_provinces

_BEFORE = re.compile(
    r"(?:(?P<city>thành phố|TP\.?|Tp\.?)|(?P<prov>tỉnh)|(?P<sub>huyện|quận|thị xã|thị trấn|xã|"
    # ("núi X" is a mountain; "miền núi X", "vùng núi X" the province's uplands)
    r"phường|đường|phố|Đại lộ|đại lộ|khách sạn|Khách sạn|sông|(?<!miền )(?<!vùng )núi|đèo|cầu|"
    r"Chủ tịch|phong cách|"
    r"tư tưởng|Lăng|lăng|Bác|Trường|trường|Đại học|Học viện))\s*$",
    re.IGNORECASE,
)


@cache
def _name_prefix() -> re.Pattern[str]:
    """A person-name head ending right before a place: a surname and up to two syllables,
    itself not preceded by another capitalized word (``Lê Thị`` + ``Hà Giang``)."""
    return re.compile(
        rf"(?<![\w'])(?:{lexicon().surname_re})(?:{SP}{SYL}){{0,2}}"
        rf"{SP}$"
    )


def _inside_person_name(text: str, start: int, end: int) -> bool:
    """True when the place name ends a person's name (``Lê Thị Hà Giang``, ``Trần Thái
    Bình``): a surname-led capitalized run runs into it and the run is not followed by more
    capitalized syllables; a place is never the tail of a name after a place word."""
    m = _name_prefix().search(text, max(0, start - 24), start)
    if m is None:
        return False
    if re.match(rf"{SP}[{UPPER}]", text[end : end + 3]):
        return False
    prev = re.search(
        rf"(^|[.!?:;\n]\s*|\s)([{UPPER}][{LOWER}]*){SP}$", text[max(0, m.start() - 14) : m.start()]
    )
    sentence_initial = prev is not None and (
        prev.group(1).strip() != "" or (prev.start() == 0 and m.start() <= 14)
    )
    if prev and not sentence_initial and not re.fullmatch(lexicon().honorific_re, prev.group(2)):
        lo = max(0, m.start() - 30)
        ends = {t.end() for t in lexicon().title_re.finditer(text, lo, m.start())}
        if not ends & {m.start() - 1, m.start() - 2}:
            return False  # more capitalized words before: an organization or place name
    prefix = m.group(0).split()
    rec = lexicon().province(" ".join(prefix))
    if rec is not None or lexicon().districts(" ".join(prefix)):
        return False  # two places side by side
    if _BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return False
    # a cue that a person is named: a middle name (two words before the place), an honorific,
    # rank or title right before the run, or an apposition right after it; else a bare
    # surname-like word before a province ("Đoàn Hà Giang") stays a province
    before = text[max(0, m.start() - 40) : m.start()]
    cue_before = bool(
        re.search(rf"(?:{lexicon().honorific_re}|{lexicon().rank_re})\s+$", before)
    ) or bool({t.end() for t in lexicon().title_re.finditer(before)} & {len(before) - 1})
    cue_after = re.match(r"\s*(?:,|[-–]\s|\()", text[end : end + 3]) is not None
    return len(prefix) >= 2 or cue_before or cue_after


@cache
def _geo_re() -> re.Pattern[str]:
    names = sorted(gz.column("geo_names"), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")


#: a district named with its level word
_DISTRICT = re.compile(
    rf"(?<![\w])(?:huyện|quận|thị xã)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,2}})"
)


def _district_provinces(text: str) -> Counter[str]:
    """One vote per district mention for the province it lies in (a name of one province)."""
    lex = lexicon()
    out: Counter[str] = Counter()
    for m in _DISTRICT.finditer(text):
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            provs = {d.province for d in lex.districts(" ".join(words[:k]))}
            if provs:
                if len(provs) == 1:
                    out[provs.pop()] += 1
                break
    return out


@register("provinces")
class Provinces:
    """Province mentions (label ``province``) and the article's main province."""

    name = "provinces"

    def __call__(self, doc: Doc) -> Doc:
        lex = lexicon()
        text = doc.text
        counts: Counter[str] = Counter()
        local: Counter[str] = Counter()
        published = doc.published or ""
        geo = [(g.start(), g.end()) for g in _geo_re().finditer(text)] if "Dương" in text else []
        old = historical_provinces(text)
        # an author whose name is spelt as a province signs, no place is mentioned
        signed = [(b.start, b.end) for b in doc.by_label("byline")]
        for start, end, name in old:
            doc.add(Span(start, end, "province", name, "gazetteer"))
        for m in lex.province_re.finditer(text):
            if any(a <= m.start() < b for a, b, _ in old):
                continue  # "Quảng Nam" of "Quảng Nam - Đà Nẵng" (1976-1997)
            if not m.group(0)[0].isupper():
                continue
            rec = lex.province(m.group(0))
            if rec is None:
                continue
            if _inside_person_name(text, m.start(), m.end()):
                continue
            if any(a <= m.start() < b for a, b in signed):
                continue
            if any(a <= m.start() < b for a, b in geo):
                continue  # "châu Á - Thái Bình Dương": the Pacific, not the province
            before = _BEFORE.search(text, max(0, m.start() - 14), m.start())
            if before and before.group("sub"):
                continue
            if before and before.group("city") and rec.kind != "thành phố":
                local[rec.name] += 1  # the provincial capital: a sign of its province
                continue  # the provincial capital (TP Thanh Hóa), not the province
            if published and rec.valid_from and published < rec.valid_from:
                if before and before.group("city"):
                    continue  # "thành phố Huế" before 2025: the provincial capital
                # a name not yet in force at the article's date (Huế before 2025): the city
                succ = [p for p in lex.province_by_key.values() if p.successor == rec.name]
                if not succ:
                    continue
                rec = succ[0]
            doc.add(Span(m.start(), m.end(), "province", rec.name, "gazetteer"))
            weight = 2 if m.start() < doc.meta.get("body_start", 0) + 200 else 1
            counts[rec.name] += weight
        if counts:
            top = counts.most_common(1)[0]
            if top[1] == 1:
                # one passing mention: the places below the province the page names decide
                # ("thành phố Lào Cai", "thị xã Sa Pa" … "hướng đi tỉnh Lai Châu")
                local.update(_district_provinces(text))
                best = (counts + local).most_common(2)
                if len(best) == 1 or best[0][1] > best[1][1]:
                    top = best[0]
            doc.meta["main_province"] = top[0]
        return doc
