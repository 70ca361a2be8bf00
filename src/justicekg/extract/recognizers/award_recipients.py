"""Award recipients: the organizations and persons an award clause names as receiving it.

Recipients are listed after ``cho``/``gồm``/``:`` or, failing that, are the subject before
the award in the same clause; counts (``09 Chi cục``), conferrers, a person's workplace and
the parent named inside a sub-unit are not recipients; a bare head (``Chi cục đã được``)
names the latest unit with that head; short references resolve to full names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.award_asides import (
    _AGENT,
    _HAS_COUNT,
    _in_aside,
    _is_post_gap,
    collective_name,
    description_ends,
)
from justicekg.extract.recognizers.award_givers import (
    _CONFERRER_ANY,
    _CONFERRER_VERB,
    _GIVER_VERB,
    _WELCOMING,
    _GiverReading,
    _gives,
    _speaks,
)
from justicekg.extract.recognizers.award_lists import (
    _CELL_SEP,
    _GROUP_LABEL,
    _LIST_LINE,
    _group_lines,
    _list_end,
    _name_paragraphs,
)
from justicekg.extract.recognizers.award_unlisted import unlisted_bodies
from justicekg.extract.recognizers.persons import referent

#: between a person and the body of a post written with an abbreviated unit: ", Phó Chánh
#: VP.UBND tỉnh" (a capitalized title of up to four words, then the abbreviation)
_WORKPLACE_GAP = re.compile(r",[ \t][A-ZĐ]\w*(?:[ \t]\w+){0,3}[ \t]+[A-ZĐ]{1,4}\.[ \t]*")
_REPORTING = re.compile(
    r".*(?:cho biết|nhấn mạnh|khẳng định|thông tin|thông báo|phát biểu|Theo đó|theo đó|:)",
    re.DOTALL,
)
_AFTER_CUE = re.compile(
    r"^[^;]{0,60}?(?:\s(?:cho|gồm|gồm có|đối với|tới|trong đó có|trong đó|tặng(?: cho)?)"
    r"(?![\w])|:"
    # "… được tặng Bằng khen, như Chi cục A, Chi cục B": named examples of the recipients
    r"|\s(?:như|tiêu biểu là|tiêu biểu như|điển hình là|điển hình như)(?=\s+[A-ZĐ])"
    # "02 cá nhân được tặng danh hiệu Chiến sĩ thi đua … là ông A và bà B": the names
    r"|\slà(?=\s+(?:ông|bà|đồng chí|các đồng chí|[A-ZĐ])))"
)
_STOP_AFTER = re.compile(
    r"(?:\s(?:vì|do|về thành tích|đã có thành tích|có thành tích|nhờ)(?![\w]))"
)
#: the names after a count and its reason: "…, gồm: A; B", "…, trong đó có A và B"
_LATE_LIST = re.compile(r"(?:\s(?:gồm|gồm có|cụ thể)\s*)?:|(?<![\w])trong đó(?:\s+có)?(?![\w])")
_COUNT = re.compile(
    r"(?<![\w/.,])\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|trường hợp|người|cán bộ|"
    r"công chức|đồng chí|[A-ZĐ])"
)
#: a count right after the cue: "cho 05 tập thể, 10 cá nhân …"
_LEAD_COUNT = re.compile(
    r"\s*(?:các\s+)?\d{1,4}\s+(?:tập thể|cá nhân|đơn vị|tổ chức|trường hợp|người|cán bộ|"
    r"công chức|đồng chí)(?![\w])"
)
#: "…, gồm:" far after the award (a long reason in between)
#: what opens the names a count covers: "03 tập thể gồm A, B", "02 cá nhân: ông A, bà B"
_COUNT_INTRO = re.compile(
    r"(?<![\w])(?:gồm có|bao gồm|gồm|cụ thể là|cụ thể|trong đó có|trong đó|là)(?![\w])\s*:?"
    r"|:"
)
#: what places a count ("3 cá nhân thuộc Sở A, Cục B"): the bodies after it are no members
_COUNT_QUAL = re.compile(r"(?<![\w])(?:thuộc|của|tại|trong)(?![\w])")
_FAR_LIST = re.compile(r"(?:,\s*|\s)(?:gồm|gồm có|bao gồm)\s*:")
_FAR = 240
#: a body that considers the award, not one that receives it: "A xét, tặng", "A xem xét tặng"
_CONSIDERS = re.compile(
    r"\s*(?:xét|xem xét)(?![\w])\s*,?\s*(?:và\s+)?(?:tặng|trao|đề nghị)(?![\w])"
)
#: a capitalized word of a post right before a name inside a person's description
_TITLED = re.compile(r"(?<![\w])[A-ZĐ]\w*(?:\s+[^\W\d_A-ZĐ]\w*)?\s+$")
#: a count of awards right before one ("01 Huân chương …, 02 Bằng khen …")
_AWARD_COUNT = re.compile(r"\d{1,3}\s+$")


#: a unit known by its number before its parent: "Vụ 9, TAND tối cao", "Cục 4 - Bộ Công an"
_NUMBERED_UNIT = re.compile(
    r"(?<![\w])(Vụ|Cục|Phòng|Văn phòng|Ban|Đội|Trại|Khoa)\s+(\d{1,2}|[IVX]{1,4})\s*(?:,|[-–])\s*$"
)


#: a unit the organization list does not know, before its parent: "Vụ Hợp tác quốc tế, A"
_UNIT_BEFORE_PARENT = re.compile(
    r"\s*(?P<unit>(?:Vụ|Cục|Phòng|Văn phòng|Ban|Trường|Trung tâm|Viện)\s+[A-ZĐ][^;:]{0,100}?)"
    r",\s*$"
)


_UNIT_HEAD = re.compile(r"(?:Vụ|Cục|Văn phòng|Ban|Trường|Viện|Báo|Tạp chí|Trung tâm)\s")
_NATIONAL_BODY = re.compile(r"tối cao$|^(?:Bộ|Tổng cục)\s")
_LOCAL = re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\w])")


def _counts_recipients(text: str, start: int, head: int, end: int, after: int) -> bool:
    """True when the clause counts recipients (``05 tập thể và 20 cá nhân được tặng``), not
    awards (``được tặng 02 Bằng khen``)."""
    count = _AWARD_COUNT.search(text, start, head)
    before = count.start() if count is not None else head
    return bool(_COUNT.search(text, start, before) or _COUNT.search(text, after, end))


#: "thay mặt tập thể Sở", "thay mặt cho Cục THADS tỉnh A", "đại diện Sở": the body a person
#: stands for
_ON_BEHALF = re.compile(
    r"(?<![\w])(?:[Tt]hay mặt|[Đđ]ại diện)\s+(?:cho\s+)?(?:tập thể\s+|toàn thể\s+)?"
    r"(?:cán bộ[^,]{0,50}?\s+)?"
    r"(?:(?P<head>Chi cục|Tổng cục|Cục|Sở|Phòng)(?![\w])(?![ \t]+[A-ZĐ]))?"
)
_ONTO_FLAG = re.compile(
    r"(?:\s+(?:năm|lần thứ)\s+\w+)?\s+(?:lên|vào)\s+(?:lá\s+)?[Cc]ờ(?:\s+truyền thống)?"
    r"(?:\s+của)?\s+"
)
_BARE_SUBJECT = re.compile(
    r"(?<![\w])(Chi cục|Cục|Sở|Phòng|Trung tâm|Văn phòng)"
    r"(?=(?:\s+(?:đã|cũng|vinh dự|luôn|từng|lại))*\s+(?:được|đón nhận|nhận)(?![\w]))"
)


#: a title alone as the subject of a receiving verb: "…, Cục trưởng Cục được tặng …"
_TITLE_SUBJECT = re.compile(
    r"(?:^|[,;]\s*|\s)(?P<title>(?:Phó\s+)?(?:Giám đốc|Cục trưởng|Chi cục trưởng|Chánh án|"
    r"Viện trưởng|Trưởng phòng|Chánh Thanh tra|Chánh Văn phòng)(?:\s+(?:Sở|Cục|Chi cục|Phòng))?)"
    r"\s+(?:(?:đã|cũng|vinh dự|được)\s+)*(?:được|nhận|đón nhận)(?![\w])"
)
_TITLED_HEAD = re.compile(r"(?:Giám đốc|Phó Giám đốc|[Tt]rưởng|Chánh|Thủ trưởng)\s+$")


def _resolved_refs(doc: Doc, persons: list[Span]) -> list[Span]:
    """Short references (``ông Long``) that name the latest full name before them ending in
    that syllable (``Vũ Đức Long``), as spans carrying ``data["resolved"]``."""
    out = []
    for r in doc.by_label("person_ref"):
        name = referent(r, persons)
        if name is not None:
            out.append(Span(r.start, r.end, "person_ref", r.name, r.rule, {"resolved": name}))
    return out


#: how far before a clause a person or title it is compared with can start
_NEAR = 300


def _starting_in(spans: list[Span], lo: int, hi: int) -> list[Span]:
    """The spans (sorted by start) that start in ``[lo, hi]``."""
    return spans[bisect_left(spans, lo, key=_start) : bisect_right(spans, hi, key=_start)]


def _start(span: Span) -> int:
    return span.start


class _RecipientReading(_GiverReading):
    """Recipient reading over one document's text and spans (state set by the award pass)."""

    _refs: list[Span]

    def _recipients(
        self,
        doc: Doc,
        after: int,
        clause_end: int,
        clause_start: int,
        award_start: int,
        conferrer: str | None,
    ) -> list[tuple[str, str, Span]]:
        text = doc.text
        seg_end = clause_end
        if text[after:clause_end].rstrip().endswith(":"):
            # a list on the following lines: "gồm:\n- Sở Tư pháp tỉnh A;\n- …"
            starts = {s.start for s in self._persons} | {o.start for o in self._orgs}
            list_start, clause_end = clause_end, _list_end(text, clause_end, starts)
            items = self._collect_items(list_start, clause_end, conferrer)
            if items:
                return items
            seg_end = clause_end
        flag = _ONTO_FLAG.match(text, after, clause_end)
        if flag is not None:
            # "gắn Huân chương … lên lá cờ truyền thống của Cục A": the unit whose flag it is
            found = self._collect(flag.end(), clause_end, conferrer, owner=True)
            if found:
                return found
        cue = _AFTER_CUE.match(text[after:clause_end])
        if cue is None:
            # "… đề nghị tặng Huân chương … trong phong trào … giai đoạn …, gồm: A và B": a
            # list the clause opens with "gồm:" further on than a cue right after the award
            late = _FAR_LIST.search(text, after, min(clause_end, after + _FAR))
            if late is not None:
                stop = _STOP_AFTER.search(text, late.end(), clause_end)
                found = self._collect(late.end(), stop.start() if stop else clause_end, conferrer)
                if found:
                    return found
        if cue:
            start = after + cue.end()
            if _LEAD_COUNT.match(text, start):
                # "cho 2 tập thể và 3 cá nhân thuộc Công an tỉnh A, Bộ B": the bodies that
                # place a count are not its members; a list it opens names them
                intro = _COUNT_INTRO.search(text, start, clause_end)
                if intro is not None:
                    stop = _STOP_AFTER.search(text, intro.end(), clause_end)
                    end_at = stop.start() if stop else clause_end
                    return self._collect(intro.end(), end_at, conferrer)
                qual = _COUNT_QUAL.search(text, start, clause_end)
                if qual is not None:
                    return self._collect(start, qual.start(), conferrer)
            stop = _STOP_AFTER.search(text, start, clause_end)
            if stop:
                seg_end = stop.start()
            found = self._collect(start, seg_end, conferrer)
            if not found and seg_end < clause_end:
                # "cho 02 tập thể và 03 cá nhân có thành tích xuất sắc, gồm: A; B": the names
                # come after the reason, in the list the colon opens
                intro = _LATE_LIST.search(text, seg_end, clause_end)
                if intro is not None:
                    found = self._collect(intro.end(), clause_end, conferrer)
            if found or _COUNT.search(text, start, seg_end):
                return found  # "cho 03 tập thể và 07 cá nhân": counted, not named
        rep = _REPORTING.match(text, clause_start, award_start)
        if rep:
            found = self._collect(rep.end(), award_start, conferrer, before=True)
            if (
                found
                or text[rep.end() - 1] != ":"
                or not _LIST_LINE.match(text, text.rfind("\n", 0, award_start) + 1)
            ):
                return found
            # a list item "- Cục A và ông B, Chấp hành viên: đề nghị … tặng Bằng khen":
            # the recipients head the item, before its colon
            return self._collect(clause_start, rep.end() - 1, conferrer, before=True)
        found = self._collect(clause_start, award_start, conferrer, before=True)
        return (
            found
            or self._bare_subject(clause_start, award_start)
            or self._titled_subject(clause_start, award_start)
        )

    def _titled_subject(self, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Cục trưởng Cục được tặng Bằng khen …``: a title alone as the subject names
        the one person the page gives that title (``Trần Văn A - Cục trưởng Cục``)."""
        text = self._text
        m = _TITLE_SUBJECT.search(text, start, end)
        if m is None:
            return []
        title = re.escape(m.group("title")).replace(r"\ ", r"\s+")
        holder = re.compile(rf"\s*(?:,|-|–)\s*(?:đồng chí\s+)?{title}(?![\w])")
        names = {p.name for p in self._persons if holder.match(text, p.end)}
        if len(names) != 1:
            return []
        name = names.pop()
        return [(name, "person", Span(m.start("title"), m.end("title"), "person", name))]

    def _more_groups(self, clause_end: int, conferrer: str | None) -> list[tuple[str, str, Span]]:
        """Recipients on the lines after a list that ends its line, each naming another group
        (``… cho các tập thể: A; B.`` then ``Các cá nhân: ông C, Phó Giám đốc; bà D.``)."""
        text = self._text
        line_end = text.find("\n", clause_end)
        if line_end < 0 or text[clause_end:line_end].strip(" \t.;") != "":
            return []
        out: list[tuple[str, str, Span]] = []
        for lo, hi in _group_lines(text, line_end):
            out.extend(self._collect(lo, hi, conferrer))
        if ";" in text[text.rfind("\n", 0, clause_end) + 1 : clause_end]:
            # "… gồm: A; B." then paragraphs "C; D." and "E; F.": the list goes on
            for lo, hi in _name_paragraphs(text, line_end - 1):
                out.extend(self._collect(lo, hi, conferrer))
        return out

    def _on_behalf(self, doc: Doc, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Ông A, Giám đốc Sở, thay mặt tập thể Sở đón nhận Cờ thi đua``: the body a
        person receives a flag for (a flag is a body's, never a person's)."""
        text = self._text
        tm = _ON_BEHALF.search(text, start, end)
        if tm is None or not _WELCOMING.search(text, tm.end(), end):
            return []
        if tm.group("head"):
            name = doc.meta.get("unique_by_head", {}).get(tm.group("head"))
            if not name:
                return []
            return [(name, "organization", Span(tm.start("head"), tm.end("head"), "org", name))]
        o = next((o for o in self._orgs if o.start == tm.end()), None)
        return [(o.name, "organization", o)] if o is not None else []

    def _bare_subject(self, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Chi cục đã được … tặng Bằng khen``: a bare head noun as the subject of a
        receiving verb names the latest organization before it with that head."""
        m = _BARE_SUBJECT.search(self._text, start, end)
        if m is None or _TITLED_HEAD.search(self._text, max(start, m.start() - 12), m.start()):
            return []  # "Giám đốc Sở được tặng …": the head of the body, a person
        head = m.group(1) + " "
        prior = [o for o in self._orgs if o.end <= m.start() and o.name.startswith(head)]
        if not prior:
            return []
        o = prior[-1]
        return [(o.name, "organization", Span(m.start(), m.end(1), "org", o.name, "bare-head"))]

    def _collect_items(
        self,
        start: int,
        end: int,
        conferrer: str | None,
    ) -> list[tuple[str, str, Span]]:
        """Recipients of a list, item by item: each item names its recipients before its
        reason (``- Phòng A: có thành tích …``, ``- Bà B, Trưởng phòng …, vì …``), or after
        a count (``- 02 Sở Tư pháp: Sở A, Sở B``)."""
        text = self._text
        out: list[tuple[str, str, Span]] = []
        pos = start
        while pos < end:
            line_end = text.find("\n", pos + 1)
            line_end = end if line_end == -1 or line_end > end else line_end
            bullet = _LIST_LINE.match(text, pos + (text[pos] == "\n"))
            item = bullet.end() if bullet else pos
            seg_start, seg_end = item, line_end
            colon = text.find(":", item, line_end)
            if colon >= 0:
                counted = _COUNT.search(text, item, colon)
                if counted or _GROUP_LABEL.fullmatch(text, item, colon + 1):
                    seg_start = colon + 1  # "- 02 Sở: A, B", "- Cá nhân: ông C, bà D"
                else:
                    seg_end = colon
            stop = _STOP_AFTER.search(text, seg_start, seg_end)
            if stop:
                seg_end = stop.start()
            out.extend(self._collect(seg_start, seg_end, conferrer))
            pos = line_end if line_end > pos else end
        return out

    def _collect(
        self,
        start: int,
        end: int,
        conferrer: str | None,
        *,
        before: bool = False,
        owner: bool = False,
    ) -> list[tuple[str, str, Span]]:
        text = self._text
        # only spans near the clause are ever compared (adjacency within a name's length): take
        # them by position, so a long page costs no more per award than a short one
        lo = text.rfind("\n", 0, start) + 1
        lo = max(0, min(lo, start - _NEAR))
        persons = _starting_in(self._persons, lo, end)
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
                lo <= b.start and b.end < o.start and not text[b.end : o.start].strip(" ,")
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
        for u0, u1 in units.values():
            name = text[u0:u1]
            out.append((name, "organization", Span(u0, u1, "org", name, "unit-as-written")))
        in_unit = {o.start for o in inside if any(u0 <= o.start < u1 for u0, u1 in units.values())}
        workplace: set[int] = set()  # the ends of bodies read as a person's workplace
        named = [(p.start, p.end) for p in persons if start <= p.start and p.end <= end]
        described = description_ends(text, named, end) if not before else []
        for o in inside:
            if o.start in units or o.start in in_unit or o.start in parents:
                continue  # the unit's parent, or a part of the unit's name
            if _in_aside(text, o.start):
                continue  # "Ban An ninh A (tiền thân của Công an B)": a body named in passing
            if any(d0 < o.start < d1 for d0, d1 in described):
                continue  # "Đại úy A, Cán bộ Khoa B, Bệnh viện C, Bộ D": her workplace
            if any(text[e : o.start] in (", ", " - ", " – ") for e in workplace):
                # "bà A, Cán bộ Khoa B, Bệnh viện C, Bộ D": the rest of her workplace chain
                workplace.add(o.end)
                continue
            if any(
                b is not o
                and b.start <= o.start
                and o.end <= b.end
                and b.end - b.start > o.end - o.start
                for b in inside
            ):
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
            if any(t.end in (o.start, o.start - 1) or t.start < o.start < t.end for t in titles):
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
                    or _is_post_gap(text[p.end : o.start])
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
            if before and _CONFERRER_VERB.match(" " + text[o.end : o.end + 25].split(",")[0]):
                continue
            if before and re.search(
                r"(?:đề nghị|trình|giao)\s*$", text[max(0, o.start - 12) : o.start]
            ):
                continue
            if before and _CONSIDERS.match(text, o.end):
                continue  # "đề nghị Hội đồng Thi đua - Khen thưởng A xét, tặng …": who decides
            if before and _AGENT.search(text, max(0, o.start - 8), o.start):
                continue  # "A được Bộ Tư pháp xếp hạng …": the agent of a passive verb
            if before and _HAS_COUNT.match(text, o.end):
                continue  # "Cụm thi đua số 5 có 1 đơn vị được tặng …": its members, counted
            if before and (_gives(text, o.end, end) or _speaks(text, o.end, end, person=False)):
                continue  # "A, B và C đã tặng Bằng khen": the givers
            whole = collective_name(text, o.start, o.name)
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
                if any(d0 < p.start < d1 for d0, d1 in described) and _TITLED.search(
                    text, max(0, p.start - 12), p.start
                ):
                    continue  # "bà A, Cán bộ Khoa B": a word of her post read as a name
                after = text[p.end : p.end + 25]
                if before and (
                    _CONFERRER_VERB.search(" " + after.split(" cho")[0][:20])
                    or _CONFERRER_ANY.match(" " + after.lstrip(" ,"))
                    or _GIVER_VERB.match(after)
                    or _gives(text, p.end, end)
                    or _speaks(text, p.end, end, person=True)
                    or self._presides(p)
                ):
                    continue  # the person who hands the award over
                out.append((p.name, "person", p))
        if not before and not owner:
            # "cho Ban Quản lý rừng phòng hộ huyện A, …": a body no organization rule knows
            # (a title inside the part is a word of its name: "Nhân dân và cán bộ xã A")
            known = [*inside, *persons, *self._refs, *(sp for _, _, sp in out)]
            for sp in unlisted_bodies(text, start, end, known):
                if not _in_aside(text, sp.start):
                    out.append((sp.name, "organization", sp))
        return out
