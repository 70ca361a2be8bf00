"""Organizations by grammar: unit type + domain + place (+ parent), abbreviations expanded.

``Sở Tư pháp tỉnh Thanh Hoá`` → ``Sở Tư pháp tỉnh Thanh Hóa`` (provincial-department);
``Chi cục THADS huyện X`` → ``Chi cục Thi hành án dân sự huyện X`` (district-enforcement,
parent ``Cục Thi hành án dân sự tỉnh Y``); ``Phòng X Sở Tư pháp tỉnh Y`` keeps its parent in
its name; a provincial unit without a place (``UBND tỉnh``, ``Sở Tư pháp``) takes the
article's main province. Plural or generic mentions (``các Sở``, ``Phòng Tư pháp các huyện``,
``Tòa án hai cấp``) are not organizations.

This module runs the recognizer: it scans the text for heads, reads each with the grammar
in :mod:`.org_grammar`, re-reads the heads that needed the article's context, then merges
the bodies found apart from the grammar (:mod:`.org_unit_lists`, :mod:`.org_named`,
:mod:`.national`, :mod:`.org_lists`) and the ones on upper-case lines.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.foreign_chains import foreign_chain_bodies
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.recognizers import national, org_lists, org_press
from justicekg.extract.recognizers.base import register
from justicekg.extract.recognizers.org_bar import bare_bar_associations
from justicekg.extract.recognizers.org_bare_sector_lists import bare_sector_lists
from justicekg.extract.recognizers.org_boards import boards_of_bodies
from justicekg.extract.recognizers.org_congress_ordinals import without_ordinal
from justicekg.extract.recognizers.org_detention import numbered_detention
from justicekg.extract.recognizers.org_district_committees import (
    chain_district,
    place_district_committees,
)
from justicekg.extract.recognizers.org_district_lists import (
    listed_district_bodies,
    share_listed_place,
)
from justicekg.extract.recognizers.org_divisions import (
    committees_of_offices,
    divisions_of_the_procuracy,
)
from justicekg.extract.recognizers.org_each_units import units_of_each_listed_body
from justicekg.extract.recognizers.org_enforcement import listed_district_offices
from justicekg.extract.recognizers.org_enforcement_names import (
    civil_enforcement_name,
    implicit_provincial_offices,
    investigation_agencies,
    pre2009_bodies,
    supreme_units,
)
from justicekg.extract.recognizers.org_fronts import fronts_of_places
from justicekg.extract.recognizers.org_grammar import parse
from justicekg.extract.recognizers.org_grassroots import grassroots_bodies
from justicekg.extract.recognizers.org_group_repeats import name_group_repeats
from justicekg.extract.recognizers.org_head_lists import units_listed_by_domain
from justicekg.extract.recognizers.org_heads import _SCAN_RE
from justicekg.extract.recognizers.org_host_units import units_of_the_host
from justicekg.extract.recognizers.org_interagency import (
    interagency_members,
    listed_ministries,
)
from justicekg.extract.recognizers.org_jurors import juror_delegations
from justicekg.extract.recognizers.org_kind_examples import drop_kind_examples
from justicekg.extract.recognizers.org_long_names import long_named_bodies
from justicekg.extract.recognizers.org_named import (
    banks,
    embassies,
    military_units,
    named_institutions,
    numbered_units,
    universities_of_schools,
)
from justicekg.extract.recognizers.org_organs import (
    bodies_of_organs,
    organs_of_a_listed_body,
    party_organs_of_a_body,
)
from justicekg.extract.recognizers.org_parent_lists import units_of_listed_parent
from justicekg.extract.recognizers.org_party_boards import party_board_of_place
from justicekg.extract.recognizers.org_party_lists import organs_of_a_listed_committee
from justicekg.extract.recognizers.org_places import PLACE_WORDS, _bare_dept_suffix
from justicekg.extract.recognizers.org_plural_lists import (
    plural_bodies_of_provinces,
    plural_numbered_bodies,
)
from justicekg.extract.recognizers.org_same_level import same_level_bodies
from justicekg.extract.recognizers.org_shared_place import shared_place
from justicekg.extract.recognizers.org_short_offices import (
    ministries_of_sectors,
    short_justice_offices,
)
from justicekg.extract.recognizers.org_subunits import departments_of_central_bodies
from justicekg.extract.recognizers.org_supreme_units import supreme_named_units
from justicekg.extract.recognizers.org_type_lists import type_lists
from justicekg.extract.recognizers.org_unit_lists import (
    _unit_lists,
    commune_siblings,
    numbered_siblings,
)
from justicekg.extract.recognizers.org_venue_schools import drop_venue_schools

#: a line in upper case (a site header)
_UPPER_LINE = re.compile(rf"^[{UPPER}\d \t,.:\-–&()/]+$", re.MULTILINE)


def _sentence_case(line: str) -> str:
    """``SỞ TƯ PHÁP TỈNH HÀ TĨNH`` → ``Sở tư pháp tỉnh Hà Tĩnh``-like text with unit heads,
    abbreviations and place names capitalized as the grammar expects (same length)."""
    low = line.lower()
    chars = list(low)
    for m in re.finditer(r"(?<![\w])\w", low):  # capitalize every word …
        chars[m.start()] = chars[m.start()].upper()
    cased = "".join(chars)
    for m in PLACE_WORDS.finditer(low):  # … except the place words themselves
        cased = cased[: m.start(1)] + m.group(1) + cased[m.end(1) :]
    for abbr in ("UBND", "HĐND", "THADS", "TAND", "VKSND", "TP"):
        cased = re.sub(rf"(?<![\w]){abbr.title()}(?![\w])", abbr, cased)
    return cased


#: a body named with a bare level word, then more level words: one of each place ("VKSND
#: huyện, thị xã, thành phố")
_BARE_LEVEL_NAMES = (" tỉnh", " huyện", " quận", " thị xã", " thành phố")
_MORE_LEVELS = re.compile(
    r"[ \t]*(?:,|và|/)[ \t]*(?:huyện|quận|thị xã|thành phố|TP\.?|tỉnh|xã|phường)"
    r"(?![\w])(?![ \t]+[A-ZĐ])"
)
#: the level words a body is shortened to ("Phòng Tư pháp huyện")
_BARE_LEVEL = (" huyện", " quận", " thị xã", " xã", " phường", " thị trấn")
_DISTRICT_LEVEL = (" huyện", " quận", " thị xã")


def _sentence_district(doc: Doc, o: Span, orgs: list[Span]) -> str | None:
    """``o`` (named with a bare level word) completed with the one district of that level
    another body of its sentence names, if there is exactly one."""
    level = o.name.rsplit(" ", 2)[-1] if o.name.endswith(" thị xã") else o.name.split()[-1]
    sent = doc.sentence_of(o.start)
    named = {
        str(x.data["district"])
        for x in orgs
        if x is not o
        and sent.start <= x.start < sent.end
        and x.data.get("district")
        and x.name.endswith(f"{level} {x.data['district']}")
    }
    if len(named) != 1:
        return None
    o.data["district"] = next(iter(named))
    return f"{o.name} {o.data['district']}"


#: a district named with its level word: "huyện Kim Bảng", "thị xã Sa Pa"
_DISTRICT_MENTION = re.compile(
    rf"(?<![\w])(?P<level>huyện|quận|thị xã)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,2}})"
)


def _page_district(doc: Doc, o: Span, orgs: list[Span]) -> str | None:
    """``o`` (a district body named with a bare level word: ``Phòng Tư pháp huyện``)
    completed with the one district of that level the whole page names, if there is one."""
    level = o.name.rsplit(" ", 2)[-1] if o.name.endswith(" thị xã") else o.name.split()[-1]
    if level not in ("huyện", "quận", "xã") or (level == "xã" and not o.name.endswith("thị xã")):
        return None
    level = "thị xã" if o.name.endswith(" thị xã") else level
    lex = lexicon()
    main = doc.meta.get("main_province")
    named: set[str] = {
        str(x.data["district"])
        for x in orgs
        if x is not o
        and x.data.get("district")
        and x.name.endswith(f"{level} {x.data['district']}")
    }
    for m in _DISTRICT_MENTION.finditer(doc.text):
        if m.group("level") != level:
            continue
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            cands = [
                c for c in lex.districts(" ".join(words[:k])) if main is None or c.province == main
            ]
            if cands:
                named.add(" ".join(words[:k]))
                break
    if len(named) != 1:
        return None
    o.data["district"] = next(iter(named))
    return f"{o.name} {o.data['district']}"


#: a plural level word before one named place, left in a listed body's name
_SHARED_LEVEL = re.compile(rf" các (tỉnh|thành phố|huyện|quận|thị xã) (?=[{UPPER}])")


#: a military command below the province: a "Ban", the province's is the "Bộ" ("BCH Quân sự
#: huyện X", "Bộ CHQS huyện X" as some pages write it, is the district's Ban Chỉ huy Quân sự)
_LOCAL_COMMAND = re.compile(r"^Bộ (Chỉ huy Quân sự (?:huyện|quận|thị xã|xã|phường|thị trấn) )")


def _command_of_level(name: str) -> str:
    """``Bộ Chỉ huy Quân sự huyện X`` → ``Ban Chỉ huy Quân sự huyện X``; other names as given.

    >>> [_command_of_level(f"Bộ Chỉ huy Quân sự {p} A") for p in ("huyện", "tỉnh")]
    ['Ban Chỉ huy Quân sự huyện A', 'Bộ Chỉ huy Quân sự tỉnh A']
    """
    return _LOCAL_COMMAND.sub(r"Ban \1", name)


def _one_place(o: Span) -> str:
    """``o``'s name without the plural ``các`` before the one province or district it names
    (``Hội Liên hiệp Thanh niên các tỉnh A`` → ``… tỉnh A``); a region (``các tỉnh Tây
    Nguyên``) and an emulation group's name keep it."""
    m = _SHARED_LEVEL.search(o.name)
    if m is None or o.data.get("kind") == "emulation-group":
        return o.name
    rest, lex = o.name[m.end() :], lexicon()
    known = lex.province(rest) if m.group(1) in ("tỉnh", "thành phố") else lex.districts(rest)
    return f"{o.name[: m.start()]} {m.group(1)} {rest}" if known else o.name


#: the heads of a parent named inside a unit's name that count as the page's body of that head
_PARENT_HEADS = ("Sở ", "Bộ ")


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
                "district-enforcement": "Chi cục",
            }.get(str(s.data.get("kind")))
            if head and s.rule == "grammar":
                by_head.setdefault(head, set()).add(s.name)
            parent = str(s.data.get("parent") or "")
            if s.rule == "sub-unit" and parent.startswith(_PARENT_HEADS):
                # "Chánh Văn phòng Sở Tư pháp tỉnh X": the department named only as a parent
                by_head.setdefault(parent.split(" ", 1)[0], set()).add(parent)
        doc.meta["unique_by_head"] = {h: next(iter(n)) for h, n in by_head.items() if len(n) == 1}
        if depts and "main_dept" not in doc.meta:
            doc.meta["main_dept"] = max(depts, key=depts.count)
        # re-parse the heads that failed for want of the article context just computed
        # ("Văn phòng Tổng cục", "Trưởng phòng Hành chính tư pháp" → the article's Sở)
        for at in failed:
            span = parse(doc, at)
            if span is None:
                continue
            clash = [o for o in first if o.overlaps(span)]
            if all(span.end - span.start > o.end - o.start for o in clash):
                first = [o for o in first if o not in clash] + [span]
        for listed in _unit_lists(doc):
            if not any(listed.overlaps(o) for o in first):
                first.append(listed)
        for named in [
            *numbered_units(doc),
            *named_institutions(doc),
            *long_named_bodies(doc),
            *embassies(doc),
            *banks(doc),
            *military_units(doc),
            *grassroots_bodies(doc),
            *investigation_agencies(doc),
            *supreme_named_units(doc),
            *fronts_of_places(doc),
            *short_justice_offices(doc),
            *ministries_of_sectors(doc),
        ]:
            clash = [o for o in first if o.overlaps(named)]
            if all(named.end - named.start >= o.end - o.start for o in clash):
                first = [o for o in first if o not in clash] + [named]
        first.extend(universities_of_schools(first))
        for body in [
            *national.national_bodies(doc),
            *org_press.press(doc),
            *national.military_bodies(doc),
        ]:
            clash = [o for o in first if o.overlaps(body)]
            if all(body.end - body.start > o.end - o.start for o in clash):
                first = [o for o in first if o not in clash] + [body]
        first = [national.government_of_title(doc, o) or o for o in first]
        first = supreme_units(doc, first)
        first = units_of_listed_parent(doc, first)
        first.extend(pre2009_bodies(doc, first))
        first.extend(implicit_provincial_offices(doc, first))  # "Thi hành án dân sự tỉnh"
        items = [
            *org_lists.listed_provinces(doc),
            *org_lists.listed_communes(doc),
            *org_lists.listed_departments(doc, first, lambda pos: _bare_dept_suffix(doc, pos)),
            *org_lists.listed_high_courts(doc),
            *listed_ministries(doc),
            *listed_district_offices(doc),
        ]
        for shared in shared_place(doc, first):
            # a bare body read with the article's province gives way to the listed place
            clash = [o for o in first if o.overlaps(shared)]
            if all((o.start, o.end) == (shared.start, shared.end) for o in clash):
                first = [o for o in first if o not in clash] + [shared]
        for tl in type_lists(doc, first):
            # "Công an, Tòa án nhân dân các tỉnh: A, B": each type of each place; the bare
            # types the list expands (or a generic plural's) give way
            first = [
                o
                for o in first
                if not (o.label == "org" and any(a <= o.start and o.end <= b for a, b in tl.drop))
            ]
            first.extend(tl.bodies)
        before_items = list(first)
        for item in items:
            # two bodies may share one listed place ("Sở Tư pháp và Cục THADS các tỉnh: A")
            if not any(item.overlaps(o) for o in before_items):
                first.append(item)
        first.extend(plural_bodies_of_provinces(doc, first))
        first.extend(plural_numbered_bodies(doc, first))  # "các Tòa án khu vực 1, 2 và 3"
        first.extend(
            o
            for o in org_lists.provinces_after_a_body(doc, first)
            if not any(o.overlaps(x) for x in first if x.label == "org")
        )
        first.extend(org_lists.elliptical_bodies(doc, first))
        first.extend(units_listed_by_domain(doc, first))  # "các Vụ: Pháp chế, Tổ chức cán bộ"
        first.extend(bare_bar_associations(doc, first, lambda pos: _bare_dept_suffix(doc, pos)))
        first.extend(listed_district_bodies(doc, first))
        first.extend(party_organs_of_a_body(doc, first))
        first.extend(organs_of_a_listed_body(doc, first))
        first.extend(organs_of_a_listed_committee(doc, first))  # "Ban Chấp hành, Ban Thường vụ"
        first = boards_of_bodies(doc, first)
        first.extend(interagency_members(doc, first))
        first.extend(numbered_siblings(doc, first))
        first.extend(commune_siblings(doc, first))
        for facility in numbered_detention(doc):
            # "Trại tạm giam số 1, số 2 Công an tỉnh A": the heads and numbers it covers give way
            first = [o for o in first if not o.overlaps(facility)] + [facility]
        first.extend(o for o in self._upper_lines(doc) if not any(o.overlaps(x) for x in first))
        # a regional office named once with its province keeps it where it is named without
        regional = {
            o.name
            for o in first
            if o.rule == "regional" or (o.rule == "elliptical" and " khu vực " in o.name)
        }
        for o in first:
            if o.rule == "regional":
                longer = sorted(n for n in regional if n.startswith(o.name + " "))
                if len(longer) == 1:
                    o.name = longer[0]
        share_listed_place(doc, first)
        # "Phòng Tư pháp huyện" on a page that names one "Phòng Tư pháp huyện X": that body
        names = {o.name for o in first}
        for o in first:
            if o.name.endswith(_BARE_LEVEL):
                full = sorted(n for n in names if n.startswith(o.name + " "))
                if len(full) == 1:
                    if not o.data.get("district") and o.name.endswith(_DISTRICT_LEVEL):
                        o.data["district"] = full[0][len(o.name) + 1 :]  # its district's
                    o.name = full[0]
                else:
                    # "Viện trưởng VKSND thị xã, …, Phó trưởng Công an thị xã Cai Lậy": the
                    # one district of that level the sentence names
                    o.name = (
                        _sentence_district(doc, o, first) or _page_district(doc, o, first) or o.name
                    )
        # "Bí thư Huyện ủy": the page's district committee
        place_district_committees(doc, first, (chain_district, _page_district))
        # "VKSND huyện, thị xã, thành phố", "TAND tỉnh, TP trực thuộc trung ương": a body of
        # every place of those levels, no one body
        first = [
            o
            for o in first
            if not (
                o.label == "org"
                and o.name.endswith(_BARE_LEVEL_NAMES)
                and _MORE_LEVELS.match(doc.text, o.end)
            )
        ]
        for o in first:
            # "Hội Liên hiệp Thanh niên các tỉnh A và B": each body carries its own province
            o.name = _command_of_level(civil_enforcement_name(_one_place(o)))
            o.name = party_board_of_place(o.name, doc, o.start)  # "Ban Tuyên giáo huyện X"
            o.name = without_ordinal(o.name)  # "Hội Luật gia lần thứ IV tỉnh X": the congress's
        names = {o.name for o in first if o.label == "org"}
        for o in first:
            if o.name.startswith("Đại học ") and f"Trường {o.name}" in names:
                o.name = f"Trường {o.name}"  # "Đại học A" on a page of "Trường Đại học A"
        first.extend(bodies_of_organs(first))  # "Công đoàn Bộ Tư pháp": Bộ Tư pháp too
        first.extend(juror_delegations(doc, first))
        first.extend(divisions_of_the_procuracy(doc, first))  # "các Phòng 1, Phòng 7"
        first.extend(committees_of_offices(doc, first))  # "Phòng Tư pháp UBND huyện X"
        first.extend(units_of_the_host(doc, first))  # "Văn phòng Viện", "Tòa Hình sự"
        for same in same_level_bodies(doc, first):  # "VKSND huyện A … với TAND cùng cấp"
            clash = [o for o in first if o.label == "org" and o.rule != "same-level"]
            first = [o for o in first if o not in clash or not o.overlaps(same)] + [same]
        first.extend(bare_sector_lists(doc, first))  # "các ngành: Công an, Tòa án" of huyện A
        name_group_repeats(first)  # "Cụm thi đua số 1" after "Cụm thi đua số 1 VKSND tỉnh A"
        first = drop_venue_schools(doc, first)  # "phiên tòa giả định tại Trường THPT A"
        first = drop_kind_examples(doc, first)  # "các cơ quan bảo vệ pháp luật như Tòa án, …"
        each, owners = units_of_each_listed_body(doc, first)  # "các Thư viện: Bộ A, Viện B"
        first = [o for o in first if o not in owners] + each
        first.sort(key=lambda o: o.start)
        departments_of_central_bodies(doc, first)
        foreign_chain_bodies(doc, first)
        doc.spans.extend(first)
        return doc

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
            span = parse(doc, m.start())
            if span is not None:
                found.append(span)
                pos = span.end
            else:
                failed.append(m.start())
                # "Phó Chủ tịch Thường trực HĐND tỉnh": the council named inside the failed head
                inner = m.group(0).startswith(("Thường trực ", "thường trực "))
                pos = m.start() + len("Thường trực ") if inner else m.end()
        return found


__all__ = ["LOWER", "UPPER", "Organizations"]
