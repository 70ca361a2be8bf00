"""Persons: a surname from the gazetteer plus capitalized syllables, or any capitalized name
after an honorific (``đồng chí``, ``ông``, ``bà``); bylines and photo credits.

Never a title-only mention, a withheld name (``Lê Văn T.``), a street (``đường Lê Lợi``), a
place (``Lâm Đồng``, an item of ``các xã A, B, C``, a foreign ``tỉnh Hủa Phăn``), a lunar year
(``Nhâm Dần``), a nickname (``anh Hai Nghĩa``), a country or a name inside an organization.
Names in capitals after an honorific or opening a list line are title-cased; a foreign name may
go on after a dash (``ông Sổm Phăn - Vông Sa``). Short repeat mentions (``đồng chí Tuấn``)
become ``person_ref`` spans, resolved later; a byline that ends a full name on the page is
that person signing.

This module holds the name patterns and the recognizer; the checks a run must pass to be a
name (and where it ends) are in :mod:`.person_checks`.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right, insort
from functools import cache

from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import column
from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, lexicon, title_matches
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.person_checks import (
    NOT_NAME,
    PRESIDENT_BEFORE,
    cut_name,
    is_foreign_place,
    is_in_place_list,
    is_valid_name,
    vn_name_start,
)
from justicekg.extract.recognizers.person_foreign import (
    BODY_HEADWORD,
    FAMILY_HEADWORD,
    MORE_SYLLABLE,
    initialed,
    long_foreign,
    single_word_repeat,
    tail_of_long_name,
)
from justicekg.extract.recognizers.person_mentions import complete_short_mentions
from justicekg.text.excerpts import cut_short

#: a syllable, or a transliterated foreign word of hyphen-joined syllables ("Khăm-pheng"); the
#: syllables after a hyphen are lower-case, so "Bình-Phó Giám đốc" is a name and a title
#: a capitalized part after a hyphen is a name's unless a title or body begins there
#: ("Khăm-Pheng", but "Thành-Trưởng ban", "Bình-Phó Giám đốc"; the words that begin one:
#: data/gazetteers/name_hyphen_stops.tsv)
_NOT_HYPHEN_PART = rf"(?!(?:{'|'.join(column('name_hyphen_stops', 'word'))})(?![\w]))"
_TITLE_OPENS = re.compile(rf"(?:{'|'.join(column('name_hyphen_stops', 'word'))})(?![\w])")
FOREIGN = rf"[{UPPER}][{LOWER}]+(?:-(?:[{LOWER}]+|{_NOT_HYPHEN_PART}[{UPPER}][{LOWER}]+))+"
HSYL = rf"(?:{FOREIGN}|{SYL})"
#: one-word Cơ Ho, Mạ, Ê Đê names with a glottal prefix: "K'Brể", "Ka'Sơ", "H'Hen"
GLOTTAL = rf"[{UPPER}][{LOWER}]?'[{UPPER}][{LOWER}]+"


@cache
def _after_title() -> re.Pattern[str]:
    # "Thứ trưởng Bounmy SIPHANDONE": a foreign family name in capitals after the given name
    # (not an abbreviation: "… Hoa UBND")
    abbr = "|".join(re.escape(a) for a in column("abbreviations", "abbr"))
    caps = rf"{SP}(?!(?:{abbr})(?![\w]))[{UPPER}]{{4,}}"
    return re.compile(
        rf"{SP}(?P<name>{HSYL}(?:{SP}{HSYL}){{1,3}}|(?:{FOREIGN}|{GLOTTAL})(?:{SP}{HSYL}){{0,3}}"
        rf"|{SYL}(?:{SP}{SYL}){{0,2}}{caps})(?![\w'])"
    )


#: a middle name written in lower case ("Lê thị Hoa"), named capitalized
_LOW_MIDDLE = rf"(?:{SP}(?:thị|văn)(?={SP}[{UPPER}]))?"
_LOW_MIDDLE_IN = re.compile(r"(?<= )(thị|văn)(?= )")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    full = re.compile(
        rf"(?<![\w'])(?:(?:{lex.surname_re}){_LOW_MIDDLE}(?:{SP}{SYL}){{1,4}}"
        # Ê Đê names: Y (men) or H' (women) and at least two more syllables; the Y also
        # hyphened to the next syllable ("Y-Krông Niê Kdăm")
        rf"|Y(?:{SP}{SYL}){{2,4}}|Y-{SYL}(?:{SP}{SYL}){{1,3}}"
        rf"|H'[{UPPER}][{LOWER}]+(?:{SP}{SYL}){{1,3}})(?![\w'])"
    )
    cued = re.compile(
        rf"(?:{lex.honorific_rank_lead}){SP}"
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


#: a degree or profession that opens a foreign name's apposition after a dash: "ông Morita
#: Kenji - Giáo sư danh dự Đại học X"
_PROFESSION_AFTER_DASH = re.compile(
    r"(?:Phó[ \t]+)?Giáo[ \t]+sư|Tiến[ \t]+s[ĩỹ]|Thạc[ \t]+s[ĩỹ]|Luật[ \t]+sư|Nhà[ \t]+báo"
    r"|Chuyên[ \t]+gia|Cố[ \t]+vấn|Kỹ[ \t]+sư|Bác[ \t]+sĩ(?![\w])"
)


def _dash_extended(doc: Doc, start: int, name: str) -> str:
    """A cued name that does not begin like a Vietnamese name and goes on after a dash with
    more name syllables (no title, body, place or honorific) is one foreign name: ``ông
    Xổm Phăn - Vông Sa Lít, Giám đốc …``; ``ông Lê Văn An - Giám đốc`` stays ``Lê Văn An``."""
    if vn_name_start().match(doc.text, start) is not None:
        return name
    m = _dash_tail().match(doc.text, start + len(name))
    if m is None:
        return name
    t = m.start("tail")
    lex = lexicon()
    if (
        lex.title_re.match(doc.text, t)
        # "ông Sato Takeshi - Giáo sư Đại học …": a title, degree or body opens there
        or _TITLE_OPENS.match(doc.text, t)
        or BODY_HEADWORD.match(doc.text, t)
        or re.match(lex.honorific_re, doc.text[t:])
        or _PROFESSION_AFTER_DASH.match(doc.text, t)
        or doc.covered(t, t + 1, ("org", "province"))
    ):
        return name
    tail = cut_name(doc, t, m.group("tail"))
    if any(w in NOT_NAME or w in _CREDIT_WORDS for w in tail.split()):
        return name
    return doc.text[start : t + len(tail)]


#: one upper-case syllable, also with a glottal prefix (``H'NGUYÊN``)
USYL = rf"[{UPPER}](?:'[{UPPER}])?[{UPPER}]*"


#: a mission's title, the country it represents written right after it
_ENVOY = re.compile(r"(?i:(?:phó[ \t]+)?(?:đại sứ|tổng lãnh sự|lãnh sự|tham tán))$")
#: "Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam X": the envoy's rank, read past for the
#: name only (the post's body is the positions' to decide)
_PLENIPOTENTIARY = re.compile(r"(?i:[ \t]+đặc mệnh toàn quyền)$")
#: "… tại Việt Nam", "… tại Hà Nội": where the mission is posted
_POSTED_AT = re.compile(r"[ \t]+tại[ \t]+")
_HOME_MISSION = re.compile(r"[ \t]+Việt Nam[ \t]+tại[ \t]+")


def mission_country(text: str, title: str, at: int) -> tuple[str, int] | None:
    """``Đại sứ Campuchia (tại Việt Nam)``: the country an envoy's title names right after
    it, and the end of that country (and of the post named with it), else None."""
    from justicekg.extract.recognizers.foreign_places import (
        country_any_re,
        country_name,
        country_re,
    )

    if _ENVOY.search(title) is None:
        return None
    country = country_re().match(text, at)
    if country is None:
        # "Đại sứ Việt Nam tại Lào X": Vietnam's mission, named with the country it is in
        home = _HOME_MISSION.match(text, at)
        abroad = country_any_re().match(text, home.end()) if home is not None else None
        if abroad is None:
            return None
        return f"Việt Nam tại {country_name(abroad.group(0))}", abroad.end()
    end = country.end()
    posted = _POSTED_AT.match(text, end)
    if posted is not None:
        where = posted.end()
        place = lexicon().province_re.match(text, where) or country_any_re().match(text, where)
        if text.startswith("Việt Nam", where):
            end = where + len("Việt Nam")
        elif place is not None:
            end = place.end()
    return country_name(country.group("c")), end


def _country_after(text: str, at: int) -> int | None:
    """The end of a country named right after a title or body (``Thủ tướng Lào``), else None."""
    from justicekg.extract.recognizers.foreign_places import country_re

    country = country_re().match(text, at) or (
        country_re().match(text, form.end()) if (form := _STATE_FORM.match(text, at)) else None
    )
    return country.end() if country else None


#: a state's form written short before its country's name ("Thủ tướng CHLB Đức X")
_STATE_FORM = re.compile(r"[ \t]+(?:CHLB|CHDCND|CHND|CHXHCN|CHDC)(?=[ \t])")


def minister_domain(text: str, at: int) -> int | None:
    """The end of a ministry's domain (and a country) written right after a minister's title."""
    from justicekg.extract.recognizers.foreign_places import country_re
    from justicekg.extract.title_orgs import ministry_domain_after

    dm = ministry_domain_after().match(text, at)
    if dm is None:
        return None
    country = country_re().match(text, dm.end())
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
        rf"(?:{lex.honorific_rank_lead}){SP}"
        rf"(?P<name>{USYL}(?:{SP}{USYL}){{1,3}})(?![\w'])"
    )


@cache
def _foreign_capitals() -> re.Pattern[str]:
    """``ông SUZUKI Kenji``, ``bà Keiko YAMADA``: after an honorific, a romanized name (no
    Vietnamese letters) whose family name is in capitals, before or after the given name."""
    caps = r"[A-Z]*[AEIOUY][A-Z]*"
    given = r"[A-Z][a-z]+"
    return re.compile(
        rf"(?:{lexicon().honorific_lead}){SP}"
        rf"(?P<name>(?=[A-Z]{{3}}){caps}(?:{SP}{given}){{1,2}}|{given}(?:{SP}{given})?{SP}"
        rf"(?=[A-Z]{{3}}){caps})(?![\w'])"
    )


@cache
def _historic() -> re.Pattern[str]:
    """``CHỦ TỊCH HỒ CHÍ MINH``, ``chủ tịch Hồ CHí Minh``: after ``Chủ tịch`` in any case, a run
    in any case whose first syllables, title-cased, are a province's name (a historical figure
    named like the city: the surname rule reads only the title-cased form)."""
    w = rf"[{UPPER}][{UPPER}{LOWER}]*"
    return re.compile(rf"(?<![\w]){PRESIDENT_BEFORE}(?P<name>{w}(?:{SP}{w}){{1,3}})(?![\w'])")


def _historic_name(run: str) -> str | None:
    """The title-cased province name of three syllables ``run`` begins with (a surname, a
    middle and a given name; not ``Chủ tịch ĐÀ NẴNG``), else None."""
    head = " ".join(title_case(run).split()[:3])
    return head if head.count(" ") == 2 and lexicon().province(head) else None


#: "1. NGUYỄN VĂN AN - Chấp hành viên": a list line that begins with a name in capitals
_UPPER_LINE_NAME = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}[.)][ \t]*|[-–+•*][ \t]*)?(?P<name>{USYL}(?:{SP}{USYL}){{1,4}})"
    r"(?=[ \t]*(?:[,:(\t]|[-–][ \t]|$))",
    re.MULTILINE,
)


#: words that open a photo or source credit after a dash ("X - Ảnh: VGP")
_CREDIT_WORDS = frozenset({"Ảnh", "Nguồn", "Theo", "Video", "Clip"})


def _title_in_name(text: str, s: int, e: int, name: str) -> bool:
    """``Từ Phó Bí thư huyện …``, ``Lăng Chủ tịch …``: a two-syllable run whose second syllable
    opens a title that goes on past it is a word and a title, not a name."""
    if name.count(" ") != 1:
        return False
    title = lexicon().title_re.match(text, s + name.index(" ") + 1)
    return title is not None and title.end() > e


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
        taken = _Taken()
        free = taken.free

        for b in doc.by_label("byline"):
            doc.add(Span(b.start, b.end, "person", b.name, "byline"))
            taken.append((b.start, b.end))
        for m in cued.finditer(text):
            s = m.start("name")
            if lexicon().title_re.match(text, s) or (
                BODY_HEADWORD.match(text, s) and not FAMILY_HEADWORD.match(text, s)
            ):
                continue
            raw = m.group("name")
            more = MORE_SYLLABLE.match(text, m.end("name"))
            if more is not None and raw.count(" ") >= 4 and vn_name_start().match(text, s) is None:
                raw += more.group(0)  # a long Lao name: "ông Khăm Phăn Sít Xay Nha Xăn"
            name = cut_name(doc, s, raw)
            if name == raw:
                name = _dash_extended(doc, s, name)
            e = s + len(name)
            if free(s, e) and is_valid_name(doc, s, e, name):
                _add_person(doc, s, e, name, "honorific")
                taken.append((s, e))
        upper = [*_upper_cued().finditer(text), *_UPPER_LINE_NAME.finditer(text)]
        for m in upper:
            s, e = m.start("name"), m.end("name")
            name = title_case(m.group("name"))
            if (
                vn_name_start().match(name) is None
                or lexicon().title_re.match(name)
                or len(name.split()[-1]) < 2
                or not free(s, e)
                or not is_valid_name(doc, s, e, name)
            ):
                continue
            _add_person(doc, s, e, name, "upper")
            taken.append((s, e))
        for m in _historic().finditer(text):
            s = m.start("name")
            historic = _historic_name(m.group("name"))
            if historic is None or historic == m.group("name")[: len(historic)]:
                continue  # title-cased as written: the surname rule reads it
            e = s + len(historic)
            if free(s, e) and is_valid_name(doc, s, e, historic):
                _add_person(doc, s, e, historic, "upper")
                taken.append((s, e))
        for m in initialed().finditer(text):
            s, e = m.start("name"), m.end("name")
            if free(s, e) and not doc.covered(s, e, ("org",)):
                _add_person(doc, s, e, m.group("name"), "honorific")
                taken.append((s, e))
        for m in _foreign_capitals().finditer(text):
            # "ông SUZUKI Kenji": a foreign name with its family name in capitals, as written
            s, e = m.start("name"), m.end("name")
            if free(s, e) and is_valid_name(doc, s, e, m.group("name")):
                _add_person(doc, s, e, m.group("name"), "upper")
                taken.append((s, e))
        pos = 0
        # where a title (and the body written right after it) ends: a name may begin there
        title_ends = {t.end() for t in title_matches(text)}
        title_ends |= {o.end for o in doc.by_label("org") if o.start - 1 in title_ends}
        while (fm := full.search(text, pos)) is not None:
            s = fm.start()
            name = cut_name(doc, s, fm.group(0))
            e = s + len(name)
            if tail_of_long_name(doc, s, title_ends):
                pos = fm.end()  # "Phó Chánh án Xổm Xạ Vẳn Phôm Ma Xay": read after the title
                continue
            if (
                free(s, e)
                and is_valid_name(doc, s, e, name)
                and not is_in_place_list(doc, s)
                and not _title_in_name(text, s, e, name)
            ):
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
        # "Thứ trưởng Bộ Tư pháp Đặng Hoàng Quyên", "Giám đốc Y Blô Niê"
        org_end = {o.start: o.end for o in doc.by_label("org")}
        after_title = _after_title()
        for t in title_matches(text):
            at = t.end()
            if at + 1 in org_end:
                at = org_end[at + 1]
            elif (dm := minister_domain(text, at)) is not None:
                at = dm  # "Bộ trưởng Tư pháp Lào X": past the ministry's domain and country
            elif (
                mission := mission_country(text, _PLENIPOTENTIARY.sub("", t.group(0)), at)
            ) is not None:
                at = mission[1]  # "Đại sứ Nhật Bản tại Việt Nam X": past country and post
            if (abroad := _country_after(text, at)) is not None:
                at = abroad  # "Thủ tướng Lào X", "Chủ tịch Quốc hội Lào X": past the country
            m2 = after_title.match(text, at)
            if m2 is None:
                continue
            s = m2.start("name")
            if BODY_HEADWORD.match(text, s) or lexicon().title_re.match(text, s):
                continue
            if is_foreign_place(doc, s) or is_in_place_list(doc, s):
                continue
            name = cut_name(doc, s, m2.group("name"))
            if name == m2.group("name"):
                name = long_foreign(doc, s, _dash_extended(doc, s, name))
            e = s + len(name)
            if free(s, e) and is_valid_name(doc, s, e, name):
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
        # "bà Đỗ Thị Hoa Hoa": a given name written twice by mistake, of a person the page
        # names in full without the repeat, is that person
        for person in doc.by_label("person"):
            words = person.name.split()
            if len(words) >= 3 and words[-1] == words[-2] and " ".join(words[:-1]) in fulls:
                person.name = " ".join(words[:-1])
        for person in doc.by_label("person"):
            if full_name := single_word_repeat(person.name, fulls):
                person.name = full_name  # "Chủ tịch Díaz-Ruiz" after "… Pedro Díaz-Ruiz"
        complete_short_mentions(doc)
        # an excerpt cut inside a word: "… bà Lê Thị Than" (for "Thanh", named before)
        doc.spans = [
            sp
            for sp in doc.spans
            if sp.label not in ("person", "person_ref") or not cut_short(text, sp.start, sp.end)
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


class _Taken:
    """The stretches of text already read as names, sorted by start, with the longest one's
    length: a stretch overlapping ``[a, b)`` starts before ``b`` and after ``a - longest``, so
    only those are looked at (a page listing thousands of names stays linear)."""

    __slots__ = ("longest", "spans")

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.longest = 0

    def append(self, span: tuple[int, int]) -> None:
        insort(self.spans, span)
        self.longest = max(self.longest, span[1] - span[0])

    def free(self, a: int, b: int) -> bool:
        """No stretch taken overlaps ``[a, b)``."""
        lo = bisect_right(self.spans, (a - self.longest, sys.maxsize))
        hi = bisect_left(self.spans, (b, -sys.maxsize))
        return all(b <= s or a >= e for s, e in self.spans[lo:hi])
