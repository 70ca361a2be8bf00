"""The recipients named in one stretch of text, and the names there that only place them.

Every organization and person in the stretch receives the award except: a person's workplace
(``bà A, Cán bộ Khoa B, Bệnh viện C``) and the body of their post, the parent named inside or
after a sub-unit (``Phòng A, Sở Tư pháp …``), a body named in passing, the conferrer, the giver
or presiding person, and a body that only considers or counts. A unit written before its
parent (``Vụ Hợp tác quốc tế, TAND tối cao``, ``Vụ 9, TAND tối cao``) is named as written, a
collective whole (``Tập thể nữ cán bộ … Tổng cục A``) as a whole, and a body no organization
rule knows is read from its head word (:mod:`.award_unlisted`).

Where a clause names its recipients lives in :mod:`.award_recipients`; recipients referred to
rather than named, in :mod:`.award_referents`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from justicekg.extract.doc import Span
from justicekg.extract.recognizers.award_asides import (
    AGENT,
    HAS_COUNT,
    collective_name,
    description_ends,
    in_aside,
    is_post_gap,
)
from justicekg.extract.recognizers.award_collectives import place_collectives
from justicekg.extract.recognizers.award_givers import (
    _GIVER_VERB,
    CONFERRER_ANY,
    CONFERRER_VERB,
    RECEIVING,
    GiverReading,
    _gives,
    _speaks,
)
from justicekg.extract.recognizers.award_list_parents import heads, list_item_parents
from justicekg.extract.recognizers.award_lists import _CELL_SEP
from justicekg.extract.recognizers.award_unlisted import unlisted_bodies

#: between a person and the body of a post written with an abbreviated unit: ", Phó Chánh
#: VP.UBND tỉnh" (a capitalized title of up to four words, then the abbreviation)
_WORKPLACE_GAP = re.compile(r",[ \t][A-ZĐ]\w*(?:[ \t]\w+){0,3}[ \t]+[A-ZĐ]{1,4}\.[ \t]*")
#: a body that considers the award, not one that receives it: "A xét, tặng", "A xem xét tặng"
_CONSIDERS = re.compile(
    r"\s*(?:xét|xem xét)(?![\w])\s*,?\s*(?:và\s+)?(?:tặng|trao|đề nghị)(?![\w])"
)
#: a capitalized word of a post right before a name inside a person's description
_TITLED = re.compile(r"(?<![\w])[A-ZĐ]\w*(?:\s+[^\W\d_A-ZĐ]\w*)?\s+$")
#: a unit known by its number before its parent: "Vụ 9, TAND tối cao", "Cục 4 - Bộ Công an"
_NUMBERED_UNIT = re.compile(
    r"(?<![\w])(Vụ|Cục|Phòng|Văn phòng|Ban|Đội|Trại|Khoa)\s+(\d{1,2}|[IVX]{1,4})\s*(?:,|[-–])\s*$"
)
#: a unit the organization list does not know, before its parent: "Vụ Hợp tác quốc tế, A",
#: a court's tribunal "Tòa Hành chính, TAND tối cao"
_UNIT_BEFORE_PARENT = re.compile(
    r"\s*(?P<unit>(?:Vụ|Cục|Phòng|Văn phòng|Ban|Trường|Trung tâm|Viện|Tòa(?!\s+án))\s+"
    r"[A-ZĐ][^;:]{0,100}?)"
    r",\s*$"
)
#: what separates two recipients of a list: a comma, after the first one's place in
#: parentheses ("Phòng Tư pháp huyện A (tỉnh B), Phòng Tư pháp huyện C")
_BETWEEN_ITEMS = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*")
_UNIT_HEAD = re.compile(
    r"(?:Vụ|Cục|Văn phòng|Ban|Trường|Viện|Học viện|Báo|Tạp chí|Trung tâm|Trại giam|Trại tạm giam|"
    r"Nhà xuất bản)\s"
)
#: the people of a body, before its name: "các đồng chí lãnh đạo Sở A", "cán bộ Cục B" (the
#: body places them, it receives nothing)
_PEOPLE_OF = re.compile(
    r"(?<![\w])(?:lãnh đạo|cán bộ|công chức|viên chức|người lao động|đoàn viên|hội viên)\s+$"
)
#: the people of a body who stand for it: "đại diện lãnh đạo Phòng A nhận Bằng khen"
_FOR_PEOPLE_OF = re.compile(
    r"(?<![\w])(?:[Đđ]ại diện|[Tt]hay mặt)\s+(?:cho\s+)?(?:lãnh đạo|cán bộ)\s+$"
)
#: a unit named in lower case right before its parent, which the organization list reads
#: alone: "cho tập thể Phòng cảnh sát hình sự Công an tỉnh A" (the unit receives, not A)
_LOWER_UNIT = re.compile(
    r"(?<![\w])(?P<unit>(?:Phòng|Đội|Văn phòng|Trung tâm|Trại|Vụ|Cục|Khoa)"
    r"(?:\s+(?!(?:của|thuộc|trực|và|cho|tại|các|trong|với|về|là|được|đã)(?![\w]))"
    r"[^\W\d_A-ZĐ]\w*){1,8})\s+$"
)
_NATIONAL_BODY = re.compile(r"tối cao$|^(?:Bộ|Tổng cục)\s")
_LOCAL = re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\w])")

#: how far before a clause a person or title it is compared with can start
_NEAR = 300


def _opens_with_unit(name: str) -> bool:
    """True when a "name" opens with the head of a unit (``award_list_units.tsv``, role
    ``unit``): a word of a workplace, not a person.

    >>> _opens_with_unit("Đội Thi hành án số 1"), _opens_with_unit("Vi Thị Thắm")
    (True, False)
    """
    return any(name.startswith(word + " ") for word in heads("unit"))


def _starting_in(spans: list[Span], lo: int, hi: int) -> list[Span]:
    """The spans (sorted by start) that start in ``[lo, hi]``."""
    return spans[bisect_left(spans, lo, key=_start) : bisect_right(spans, hi, key=_start)]


def _start(span: Span) -> int:
    return span.start


class _NamedRecipientReading(GiverReading):
    """The recipients among the spans of a stretch of text (state set by the award pass)."""

    _refs: list[Span]

    def _collect(
        self,
        start: int,
        end: int,
        conferrer: str | None,
        *,
        before: bool = False,
        owner: bool = False,
        framed: bool = False,
    ) -> list[tuple[str, str, Span]]:
        """The recipients named in ``text[start:end]`` (``before``: the stretch precedes the
        award; ``framed``: it follows a reporting frame, ``Theo ông A,``, whose speaker is no
        one's workplace holder)."""
        text = self._text
        # only spans near the clause are ever compared (adjacency within a name's length): take
        # them by position, so a long page costs no more per award than a short one
        lo = text.rfind("\n", 0, start) + 1
        lo = max(0, min(lo, start - _NEAR))
        persons = _starting_in(self._persons, start if framed else lo, end)
        titles = _starting_in(self._titles, start - _NEAR, end)
        out: list[tuple[str, str, Span]] = []
        inside = [o for o in _starting_in(self._orgs, start, end) if o.end <= end]
        # "Vụ Kế hoạch và tài chính, TAND tối cao": a unit written before its parent,
        # named as written (the organization list may know only part of it, or nothing)
        units: dict[int, tuple[int, int]] = {}  # parent's start → the unit's (start, end)
        parents: set[int] = set()
        for o in inside:
            lo = max(start, text.rfind(";", 0, o.start) + 1, text.rfind(":", 0, o.start) + 1)
            unit = _UNIT_BEFORE_PARENT.match(text, lo, o.start)
            if unit is not None and not any(
                lo <= b.start and b.end < o.start and _BETWEEN_ITEMS.fullmatch(text, b.end, o.start)
                for b in inside
            ):
                u0 = unit.start("unit")
                units[o.start] = (u0, u0 + len(unit.group("unit").rstrip()))
        for b in inside:
            # "Vụ Hợp tác quốc tế, Bộ Tư pháp": a known unit, then the national body it is of
            body = next(
                (c for c in inside if c.start > b.end and not text[b.end : c.start].strip(" ,")),
                None,
            )
            if (
                body is not None
                and _UNIT_HEAD.match(b.name)
                and _NATIONAL_BODY.search(body.name)
                and not _LOCAL.search(b.name)
            ):
                parents.add(body.start)
        # "- Trường A, Sở Giáo dục và Đào tạo tỉnh B;": the body a unit belongs to, in one item
        parents |= list_item_parents(text, inside)
        for u0, u1 in units.values():
            name = text[u0:u1]
            out.append((name, "organization", Span(u0, u1, "org", name, "unit-as-written")))
        in_unit = {o.start for o in inside if any(u0 <= o.start < u1 for u0, u1 in units.values())}
        workplace: set[int] = set()  # the ends of bodies read as a person's workplace
        named = [(p.start, p.end) for p in persons if start <= p.start and p.end <= end]
        described = description_ends(text, named, end, subject=before)
        for o in inside:
            if o.start in units or o.start in in_unit or o.start in parents:
                continue  # the unit's parent, or a part of the unit's name
            if in_aside(text, o.start):
                continue  # "Ban An ninh A (tiền thân của Công an B)": a body named in passing
            if any(d0 < o.start < d1 for d0, d1 in described):
                continue  # "Đại úy A, Cán bộ Khoa B, Bệnh viện C, Bộ D": her workplace
            if any(text[e : o.start] in (", ", " - ", " – ") for e in workplace):
                # "bà A, Cán bộ Khoa B, Bệnh viện C, Bộ D": the rest of her workplace chain
                workplace.add(o.end)
                continue
            if o.rule != "type-list" and any(
                b is not o
                and b.start <= o.start
                and o.end <= b.end
                and b.end - b.start > o.end - o.start
                for b in inside
            ):
                # (not one body of an elliptical list, "Chi cục THADS huyện A, B và C", whose
                # spans are the shared head's)
                continue  # the parent named inside a sub-unit's name ("Phòng A, Sở Tư pháp …")
            if any(
                b.end <= o.start
                and b.name != o.name
                and (
                    (text[b.end : o.start].strip() == "(" and text[o.end : o.end + 1] == ")")
                    or (
                        text[b.end : o.start].strip() in (",", "-", "–") and b.name.endswith(o.name)
                    )
                )
                for b in inside
            ):
                continue  # the parent after a sub-unit: "Phòng A (Sở Tư pháp)"
            if (
                any(t.end in (o.start, o.start - 1) or t.start < o.start < t.end for t in titles)
                and collective_name(text, o.start, o.name) is None
            ):
                # (not a collective named by its members: "Tập thể cán bộ, công chức Sở A")
                workplace.add(o.end)
                continue  # the organization of a person's position
            row_start = text.rfind("\n", 0, o.start) + 1
            row_end = text.find("\n", o.end)
            if _CELL_SEP.search(text, row_start, row_end if row_end != -1 else len(text)) and any(
                row_start <= p.start < o.start for p in persons
            ):
                workplace.add(o.end)
                continue  # "| Trần Văn A | Cục THADS tỉnh B | Bằng khen … |": the person's unit
            if any(
                text[t.end : o.start] == ", "
                and any(text[p.end : t.start] in (", ", " - ", " – ", "-") for p in persons)
                for t in titles
            ):
                workplace.add(o.end)
                continue  # "bà A, Trợ giúp viên pháp lý, Trung tâm B": her workplace
            if any(text[p.end : o.start] in (", ", " - ", " – ", " (") for p in persons):
                workplace.add(o.end)
                continue  # "bà A, Cục THADS tỉnh B", "ông C (Chi cục D)": their workplace
            if any(
                0 < o.start - p.end <= 40
                and (
                    _WORKPLACE_GAP.fullmatch(text, p.end, o.start)
                    or is_post_gap(text[p.end : o.start])
                )
                for p in persons
            ):
                # "ông A, Phó Chánh VP.UBND tỉnh; …", "liệt sĩ B, nguyên Trưởng ty Công an
                # tỉnh C": his post's body, not a recipient
                workplace.add(o.end)
                continue
            if not (owner and o.start == start) and re.search(
                r"(?:của|thuộc)\s*$", text[max(0, o.start - 6) : o.start]
            ):
                continue
            unit = _NUMBERED_UNIT.search(text, max(start, o.start - 20), o.start)
            if unit is not None:
                # "tặng Vụ 9, TAND tối cao": a numbered unit, named with its parent
                name = f"{unit.group(1)} {unit.group(2)} {o.name}"
                out.append((name, "organization", Span(unit.start(), o.end, "org", name)))
                continue
            if o.name == conferrer:
                continue
            if before and CONFERRER_VERB.match(" " + text[o.end : o.end + 25].split(",")[0]):
                continue
            if before and re.search(
                r"(?:đề nghị|trình|giao)\s*$", text[max(0, o.start - 12) : o.start]
            ):
                continue
            if before and _CONSIDERS.match(text, o.end):
                continue  # "đề nghị Hội đồng Thi đua - Khen thưởng A xét, tặng …": who decides
            if before and AGENT.search(text, max(0, o.start - 8), o.start):
                continue  # "A được Bộ Tư pháp xếp hạng …": the agent of a passive verb
            if before and HAS_COUNT.match(text, o.end):
                continue  # "Cụm thi đua số 5 có 1 đơn vị được tặng …": its members, counted
            if before and (_gives(text, o.end, end) or _speaks(text, o.end, end, person=False)):
                continue  # "A, B và C đã tặng Bằng khen": the givers
            lower = _LOWER_UNIT.search(text, max(start, o.start - 80), o.start)
            if lower is not None:
                # "Phòng cảnh sát hình sự Công an tỉnh A": the unit written, with its parent
                u0 = lower.start("unit")
                name = f"{lower.group('unit')} {o.name}"
                out.append((name, "organization", Span(u0, o.end, "org", name, "unit-as-written")))
                continue
            whole = collective_name(text, o.start, o.name)
            if (
                whole is None
                and _PEOPLE_OF.search(text, max(0, o.start - 30), o.start)
                and not _FOR_PEOPLE_OF.search(text, max(0, o.start - 40), o.start)
            ):
                # (not "đại diện lãnh đạo Phòng A nhận …": the body receives, by its leaders)
                continue  # "cho các đồng chí lãnh đạo Sở A: ông B, bà C": where they work
            if whole is not None:
                # "Tập thể nữ cán bộ, công chức Tổng cục A": the collective, named whole
                out.append((whole, "organization", Span(o.start, o.end, "org", whole)))
                continue
            out.append((o.name, "organization", o))
        for r in self._refs:
            if start <= r.start and r.end <= end and not any(p.overlaps(r) for p in persons):
                out.append((r.data["resolved"], "person", r))
        for p in persons:
            if start <= p.start and p.end <= end:
                if any(d0 < p.start < d1 for d0, d1 in described) and (
                    _TITLED.search(text, max(0, p.start - 12), p.start) or _opens_with_unit(p.name)
                ):
                    # "bà A, Cán bộ Khoa B", "ông C, cán bộ Đội Thi hành án …": a word of her
                    # post or of her workplace read as a name
                    continue
                after = text[p.end : p.end + 25]
                if before and (
                    _gives_next(" " + after.split(" cho")[0][:20])
                    or CONFERRER_ANY.match(" " + after.lstrip(" ,"))
                    or _GIVER_VERB.match(after)
                    or _gives(text, p.end, end)
                    or _speaks(text, p.end, end, person=True)
                    or self._presides(p)
                ):
                    continue  # the person who hands the award over
                out.append((p.name, "person", p))
        for sp in place_collectives(text, start, end):
            # "cán bộ và Nhân dân xã A", "Đảng bộ, chính quyền và Nhân dân huyện B": a place's
            # people, one collective (as the subject too: "… xã A đón nhận Huân chương …")
            if not any(k.overlaps(sp) for k in (*inside, *persons)) and not in_aside(
                text, sp.start
            ):
                out.append((sp.name, "organization", sp))
        if not before and not owner:
            # "cho Ban Quản lý rừng phòng hộ huyện A, …": a body no organization rule knows
            # (a title inside the part is a word of its name: "Nhân dân và cán bộ xã A")
            known = [*inside, *persons, *self._refs, *(sp for _, _, sp in out)]
            for sp in unlisted_bodies(text, start, end, known):
                if not in_aside(text, sp.start):
                    out.append((sp.name, "organization", sp))
        return out


def _gives_next(window: str) -> bool:
    """True when a giving verb ends the short ``window`` after a name with no receiving verb
    before it (``A đã tặng``, not ``A đã được tặng thưởng``)."""
    cv = CONFERRER_VERB.search(window)
    return cv is not None and RECEIVING.search(window, 0, cv.start()) is None
