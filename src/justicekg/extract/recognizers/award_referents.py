"""Award recipients referred to, not named in full, and how each resolves to a name.

A short reference (``ông Long``) names the latest full name before it ending in that syllable
(``Vũ Đức Long``); a bare head as the subject of a receiving verb (``Chi cục đã được``) names
the latest organization with that head (``Đơn vị đã được``, ``cho đơn vị``: the latest unit
named shortly before, whatever its head; ``cho Sở.``: the latest Sở); a title alone as the
subject (``Cục trưởng Cục được tặng``) names the one person the page gives that title; and a
person who receives a flag on a body's behalf (``thay mặt tập thể Sở đón nhận``) stands for
that body.

Where a clause names its recipients lives in :mod:`.award_recipients`; which names in a stretch
of text receive, in :mod:`.award_named_recipients`.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.award_givers import _ACTIVE_GIVING, _WELCOMING, GiverReading
from justicekg.extract.recognizers.persons import referent

#: "thay mặt tập thể Sở", "thay mặt cho Cục THADS tỉnh A", "đại diện Sở": the body a person
#: stands for
_ON_BEHALF = re.compile(
    r"(?<![\w])(?:[Tt]hay mặt|[Đđ]ại diện)\s+(?:cho\s+)?(?:tập thể\s+|toàn thể\s+)?"
    r"(?:cán bộ[^,]{0,50}?\s+)?"
    r"(?:(?P<head>Chi cục|Tổng cục|Cục|Sở|Phòng)(?![\w])(?![ \t]+[A-ZĐ]))?"
)
_BARE_SUBJECT = re.compile(
    # (also lower-case mid-sentence: "Năm 2024, chi cục đã được đề nghị … tặng cờ thi đua")
    # (never a plural: "Các chi cục đã được …")
    r"(?<![\w])(?<![Cc]ác )(?<![Nn]hững )(?<![Nn]hiều )(?<![Cc]ả )"
    r"(Chi cục|Cục|Sở|Phòng|Trung tâm|Văn phòng|chi cục|(?<=, )cục|(?<=, )sở|"
    # "Đơn vị đã được … tặng": the unit the page has just named (any head)
    r"(?:(?<=^)|(?<=[.;:\n] )|(?<=, )|(?<=\n))(?:[Tt]ập thể\s+)?[Đđ]ơn vị(?:\s+(?:này|đã))?(?=\s))"
    r"(?=(?:\s+(?:đã|cũng|vinh dự|luôn|từng|lại|liên tục|nhiều năm liền|đều|còn))*\s+"
    r"(?:được|đón nhận|nhận)(?![\w]))"
)


#: the heads of a unit "Đơn vị" may stand for (not a giver: Bộ, Chính phủ, Ủy ban nhân dân)
_UNIT_HEADS = (
    "Sở ",
    "Cục ",
    "Chi cục ",
    "Phòng ",
    "Trung tâm ",
    "Văn phòng ",
    "Tòa án ",
    "Viện kiểm sát ",
    "Công an ",
    "Đoàn Luật sư ",
    "Hội Luật gia ",
    "Thanh tra ",
)


#: a bare head alone after the cue, up to the clause's end: "… cho Sở.", "cho đơn vị."
_BARE_OBJECT = re.compile(
    r"\s*(?:tập thể\s+)?(Chi cục|Cục|Sở|Trung tâm|[Đđ]ơn vị)(?:\s+(?:mình|này))?\s*"
    r"(?:$|[.;]|\s+(?:vì|do|về|nhân dịp|năm)(?![\w]))"
)


#: a title alone as the subject of a receiving verb: "…, Cục trưởng Cục được tặng …"
_TITLE_SUBJECT = re.compile(
    r"(?:^|[,;]\s*|\s)(?P<title>(?:Phó\s+)?(?:Giám đốc|Cục trưởng|Chi cục trưởng|Chánh án|"
    r"Viện trưởng|Trưởng phòng|Chánh Thanh tra|Chánh Văn phòng)(?:\s+(?:Sở|Cục|Chi cục|Phòng))?)"
    r"\s+(?:(?:đã|cũng|vinh dự|được)\s+)*(?:được|nhận|đón nhận)(?![\w])"
)
#: a pronoun as the subject of a receiving verb: "Bà đã được nhận Huân chương …" (a profile
#: goes on about the person it has named)
_PRONOUN_SUBJECT = re.compile(
    r"(?<![\w])(?P<p>[Bb]à|[Ôô]ng|[Aa]nh|[Cc]hị)"
    r"(?=(?:\s+(?:đã|cũng|vinh dự|luôn|từng|lại|còn|nhiều lần|liên tục))*\s+"
    r"(?:được|đón nhận|nhận)(?![\w]))"
)
#: what opens the clause a pronoun is the subject of ("…, bà được", "với … của mình bà được")
_CLAUSE_OPEN = re.compile(r"(?:[.;:,\n]|(?<![\w])mình)\s*$")
#: how far back (characters) the person a pronoun stands for may be named
_PRONOUN_REACH = 600
#: a title that heads a body (or deputizes for its head): who receives a body's award for it
_LEADING = re.compile(
    r"(?:Phó\s+)?(?:Giám đốc|Tổng cục trưởng|Chi cục trưởng|Cục trưởng|Viện trưởng|Chánh án|"
    r"Trưởng phòng|Trưởng ban|Chánh Văn phòng|Chánh Thanh tra|Chủ tịch|Thủ trưởng|Hiệu trưởng|"
    r"Giám đốc Trung tâm|Trưởng Công an|Giám đốc Công an)"
)
#: a bare head after such a title: "Giám đốc Sở", "Cục trưởng Cục" (the page's only one)
#: (a capital after it is a body's own name unless a person's name: "Giám đốc Sở Lê Văn A")
_BARE_BODY = re.compile(r" (Sở|Cục|Chi cục|Tổng cục|Phòng|Trung tâm)(?![\w])(?=( [A-ZĐ])?)")
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


class _ReferentReading(GiverReading):
    """Recipients referred to by a head, a title or a stand-in (state set by the award pass)."""

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

    def _on_behalf(self, doc: Doc, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Ông A, Giám đốc Sở, thay mặt tập thể Sở đón nhận Cờ thi đua``: the body a
        person receives a flag for (a flag is a body's, never a person's); failing a body
        named after ``thay mặt``, the body the receiving person heads."""
        text = self._text
        tm = _ON_BEHALF.search(text, start, end)
        if tm is None or not _WELCOMING.search(text, tm.end(), end):
            return self._headed_body(doc, start, end)
        if tm.group("head"):
            name = doc.meta.get("unique_by_head", {}).get(tm.group("head"))
            if not name:
                # "thay mặt tập thể Phòng": not the page's only body of that head, then the
                # one the receiving person heads
                return self._headed_body(doc, start, end)
            return [(name, "organization", Span(tm.start("head"), tm.end("head"), "org", name))]
        o = next((o for o in self._orgs if o.start == tm.end()), None)
        return (
            [(o.name, "organization", o)] if o is not None else self._headed_body(doc, start, end)
        )

    def _headed_body(self, doc: Doc, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Ông A - Giám đốc Sở Tư pháp nhận Cờ thi đua``, ``Viện trưởng VKSND tỉnh B đón
        nhận Cờ thi đua``: the head (or a deputy) of a body who receives a body's award right
        before it receives it for that body — the one body a leading title names in the
        clause (``Giám đốc`` + ``Sở Tư pháp …``, or a bare ``Giám đốc Sở`` for the page's only
        Sở)."""
        text = self._text
        verb = _WELCOMING.search(text, start, end)
        if verb is None or _ACTIVE_GIVING.search(text, start, verb.start()):
            return []  # "Ông A trao Cờ thi đua …": the giver, not the receiver
        found: dict[str, Span] = {}
        for t in self._titles:
            if not (start <= t.start and t.end <= verb.start()) or not _LEADING.fullmatch(t.name):
                continue
            # the body after the title, or sharing its head word ("Trưởng phòng Tư pháp …")
            o = next((o for o in self._orgs if t.start < o.start <= t.end + 1 < o.end), None)
            if o is not None and not text[t.end : o.start].strip():
                found.setdefault(o.name, o)
                continue
            bare = _BARE_BODY.match(text, t.end)
            if (
                bare is not None
                and bare.group(2)
                and not any(p.start == bare.end() + 1 for p in self._persons)
            ):
                bare = None  # "Giám đốc Sở Nội vụ": a body of its own, unread
            name = doc.meta.get("unique_by_head", {}).get(bare.group(1)) if bare else None
            if bare is not None and name:
                found.setdefault(name, Span(bare.start(1), bare.end(1), "org", name))
        if len(found) != 1:
            return []
        name, sp = next(iter(found.items()))
        return [(name, "organization", sp)]

    def _bare_subject(self, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Chi cục đã được … tặng Bằng khen``: a bare head noun as the subject of a
        receiving verb names the latest organization before it with that head."""
        m = _BARE_SUBJECT.search(self._text, start, end)
        if m is None or _TITLED_HEAD.search(self._text, max(start, m.start() - 12), m.start()):
            return []  # "Giám đốc Sở được tặng …": the head of the body, a person
        name = self._latest_with_head(m.group(1), m.start())
        if name is None:
            return []
        return [(name, "organization", Span(m.start(), m.end(1), "org", name, "bare-head"))]

    def _bare_object(self, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``… tặng Huân chương Lao động hạng Ba cho Sở.``: a bare head (or ``đơn vị``) alone
        after the cue names the latest unit before it with that head (any unit for ``đơn
        vị``); ``cho Sở và các phòng`` is a vague aggregate, not a bare object."""
        m = _BARE_OBJECT.match(self._text, start, end)
        if m is None:
            return []
        name = self._latest_with_head(m.group(1), m.start(1))
        if name is None:
            return []
        return [(name, "organization", Span(m.start(1), m.end(1), "org", name, "bare-head"))]

    def _latest_with_head(self, written: str, at: int) -> str | None:
        """The latest organization before ``at`` whose name starts with the bare head
        ``written`` (``Sở``, ``chi cục``); for ``(Tập thể) đơn vị``, the latest unit named
        shortly before, whatever its head."""
        if "ơn vị" in written:
            prior = [
                o
                for o in self._orgs
                if o.end <= at and at - o.end <= _PRONOUN_REACH and o.name.startswith(_UNIT_HEADS)
            ]
        else:
            head = written[:1].upper() + written[1:] + " "
            prior = [o for o in self._orgs if o.end <= at and o.name.startswith(head)]
        return prior[-1].name if prior else None

    def _pronoun_subject(self, start: int, end: int) -> list[tuple[str, str, Span]]:
        """``Bà Trần Thị A, … . Bà đã được nhận Huân chương …``: a pronoun as the subject of a
        receiving verb names the latest person named before it (within a few sentences), when
        that person was named with the same pronoun."""
        text = self._text
        m = next(
            (
                m
                for m in _PRONOUN_SUBJECT.finditer(text, start, end)
                if not text[start : m.start()].strip()
                or _CLAUSE_OPEN.search(text, max(0, m.start() - 8), m.start())
            ),
            None,
        )
        if m is None:
            return []
        prior = [
            p for p in self._persons if p.end <= m.start() and m.start() - p.start <= _PRONOUN_REACH
        ]
        if not prior:
            return []
        p = prior[-1]
        # "bà Đỗ Thị A A không chỉ …": a name run on into the next word is the one named before
        p = next((q for q in self._persons if p.name.startswith(q.name + " ")), p)
        word = m.group("p").lower()
        before = text[max(0, p.start - 12) : p.start].lower()
        if not re.search(rf"(?<![\w]){word}\s+$", before):
            return []  # named otherwise ("đồng chí A", a bare name): not sure it is the one
        return [(p.name, "person", Span(m.start("p"), m.end("p"), "person", p.name, "pronoun"))]
