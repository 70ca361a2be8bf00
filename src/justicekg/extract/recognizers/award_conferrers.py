"""Whose award it is: the giver an award's name carries (``Bằng khen của Bộ trưởng Bộ Tư pháp``).

The giver is read after the award (``của`` and a body, a title and a body, a title standing
for the article's only body of its kind, the page's own provincial committee, or after what
the award is for: ``Giấy khen 3 năm … của UBND huyện A``), else before it as the subject of a
giving verb (``Thủ tướng Chính phủ tặng``), by title (``Cục trưởng … trao``) or authority
(``Thừa ủy quyền của Chủ tịch UBND tỉnh, …``), earlier in the sentence or in the line that
introduces the list the award is an item of; an award head with no giver of its own is the
one last named with a giver (``Thủ tướng tặng Bằng khen … Tập thể được tặng Bằng khen là A``).

The patterns of givers and of award names live in :mod:`.award_givers` and
:mod:`.award_names`; the award pass that asks, in :mod:`.awards`.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER
from justicekg.extract.recognizers.award_givers import (
    _BARE_HEAD,
    CONFERRER_ANY,
    CONFERRER_VERB,
    PROVINCIAL_GIVER,
    GiverReading,
    _head_of_title,
)
from justicekg.extract.recognizers.award_lists import list_intro_line
from justicekg.extract.recognizers.award_names import (
    AWARD_HEAD,
    AWARD_QUALIFIER,
    EXCELLENT,
    LEADING,
    OCCASION,
    OF_GIVER,
)
from justicekg.extract.scan import matches

#: a giver's title with an odd capital ("Tổng Cục trưởng", "Bộ Trưởng"), before its body
_CASED_TITLE = re.compile(
    r"(Tổng [Cc]ục [Tt]rưởng|Chi [Cc]ục [Tt]rưởng|Cục [Tt]rưởng|Bộ [Tt]rưởng|Giám [Đđ]ốc)[ \t]+"
)
#: the giver named after a short qualifier of the award: "Giấy khen năm 2021 của
#: UBND huyện A" (no verb, no sentence break in between)
_FAR_GIVER = re.compile(
    r"(?:\s+\d{1,2}\s+năm|\s+năm\s+\d{4}|\s*,?\s+giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|"
    r"\s+\(\d{4}\s*[-–]\s*\d{4}\))+\s+của\s+"
)
#: a giving verb, or the recognizing one a giving verb is coordinated with: "được UBND tỉnh
#: công nhận danh hiệu X và tặng Bằng khen" (the committee gives both)
_CONFERRER_ACTS = re.compile(
    CONFERRER_ANY.pattern.replace("(?:trao tặng|", "(?:công nhận|trao tặng|", 1)
)

#: "Bằng khen của Thủ tướng Chính phủ" where the government is no organization span
#: how far before an award another award is looked for, ending the authority's reach
_AUTHORITY_REACH = 400
#: the giver after an award as the agent of a giving verb or the source it comes from:
#: "Bằng khen do Chủ tịch UBND tỉnh trao tặng", "nhận Cờ thi đua từ Thủ tướng Chính phủ"
_BY_GIVER = re.compile(r"\s+(do|từ)\s+")
#: the giving verb "do <giver>" needs after the giver ("do Sở đề nghị" names no giver)
_GIVE_AFTER = re.compile(
    r"\s+(?:trao tặng|tặng thưởng|phong tặng|tặng|trao|khen thưởng|ký(?:\s+quyết định)?)(?![\w])"
)
_GOVERNMENT = re.compile(r"\s+Chính\s+phủ(?![\w])")
#: a flag for a province's emulation movement, no giver named: "Cờ thi đua trong phong trào
#: thi đua yêu nước thành phố A", "Cờ thi đua xuất sắc của phong trào thi đua của tỉnh"
_PROVINCIAL_MOVEMENT = re.compile(
    r"\s+(?:trong|của)\s+phong\s+trào\s+thi\s+đua(?:\s+yêu\s+nước)?(?:\s+của)?(?:\s+toàn)?"
    rf"\s+(?P<level>[Tt]ỉnh|[Tt]hành\s+phố)(?:\s+(?P<place>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}}))?"
    r"(?![\w])"
)

#: heads whose name needs a giver, and how far back (characters) a giver named for an
#: earlier mention of the same head still names a bare one
_GIVEN_HEADS = frozenset({"bằng khen", "giấy khen", "cờ thi đua"})
_GIVER_REACH = 1500
_OF_SOMEONE = re.compile(r"\s+của\s")
#: how far one attempt of ``CONFERRER_ANY`` reads (a giving verb and the words before it:
#: "đã ký Quyết định số 12/QĐ-BTP ngày 5/4/2023 tặng")
_CONFERRER_REACH = 400


#: a central organ named by the word "Trung ương" before its body ("Trung ương Hội Luật gia
#: Việt Nam"), which the organization's own name leaves out
_CENTRAL = re.compile(r"Trung ương\s+")


#: a body's executive organ written before it, which the organization's own name leaves out:
#: "Bằng khen của Ban Chấp hành Công đoàn Bộ Tư pháp", "… của Ban Thường vụ Tỉnh đoàn A", or
#: its board of leaders ("Ban Giám đốc Công an tỉnh A tặng giấy khen": the board, as written)
_ORGAN = re.compile(
    r"(Ban Chấp hành|Ban Thường vụ|Ban Thường trực|Ban Giám đốc|Ban Giám thị)"
    r"(?:\s+Trung ương)?\s+"
)


def _as_giver(text: str, o: Span) -> str:
    """The giver an organization names in an award's name: its name, with the ``Trung
    ương`` the page writes before it (``Bằng khen của Trung ương Hội Luật gia Việt Nam``: the
    association's central organ gives it, as written), or the executive organ of it the page
    names (``Ban Chấp hành Công đoàn Bộ Tư pháp``)."""
    central = _CENTRAL.match(text, o.start)
    if central is not None and not o.name.startswith("Trung ương"):
        return f"Trung ương {o.name}"
    organ = _organ_before(text, o)
    if organ is not None and not o.name.startswith("Ban "):
        return f"{' '.join(organ.group(0).split())} {o.name}"
    return o.name


def _organ_before(text: str, o: Span) -> re.Match[str] | None:
    """The executive organ written right before the organization ``o``, if any."""
    for m in _ORGAN.finditer(text, max(0, o.start - 40), o.start):
        if m.end() == o.start:
            return m
    return None


def _sharing_head(orgs: list[Span], t: Span) -> Span | None:
    """The organization that starts inside the title ``t`` and ends after it: the head noun
    the two share (``Trưởng Công an`` + ``Công an huyện A``)."""
    return next((o for o in orgs if t.start < o.start < t.end < o.end), None)


class _ConferrerReading(GiverReading):
    """Reads the giver of each award in turn (state set by the award pass)."""

    #: the giver last named for each head ("bằng khen" → (its end, qualifier, body)): a
    #: later mention with no giver of its own is the same award ("Thủ tướng tặng Bằng
    #: khen cho 2 tập thể … Tập thể được tặng Bằng khen là A và B")
    _givers: dict[str, tuple[int, str, str | None]]
    #: whether the giver of the award just read is written after its head
    _written: bool = False

    #: the first organization ending at each place (each cue looks it up), made once
    _ending: dict[int, Span] | None = None

    def _org_ending(self) -> dict[int, Span]:
        if self._ending is None:
            self._ending = {}
            for o in reversed(self._orgs):
                self._ending[o.end] = o
        return self._ending

    def _by_giver(self, end: int) -> re.Match[str] | None:
        """``do``/``từ`` right after an award and a giver the page names there (a title and
        its body, or a body), followed by a giving verb after ``do``; else None."""
        text = self._text
        by = _BY_GIVER.match(text, end)
        if by is None:
            return None
        at = by.end()
        o = next((o for o in self._orgs if o.start == at), None)
        t = None if o else next((t for t in self._titles if t.start == at), None)
        if t is not None:
            o = next((o for o in self._orgs if o.start in (t.end, t.end + 1)), None)
        if o is None:
            return None
        if by.group(1) == "do" and _GIVE_AFTER.match(text, o.end) is None:
            return None
        return by

    def _conferrer(
        self, doc: Doc, m: re.Match[str], sent_start: int, anchor: int
    ) -> tuple[str | None, str | None, int]:
        """The (qualifier, body, end) of the award head ``m``: the giver its name carries
        (``Chủ tịch Ủy ban nhân dân tỉnh``), the body that gives it, and where its name ends
        once the giver after it is read. ``anchor`` is where the first award conjoined with
        it starts (a giver before that governs both)."""
        text, orgs, titles = self._text, self._orgs, self._titles
        head, end = m.group(0), m.end()
        qualifier = None
        conferrer_org = None
        by_verb = False
        ex = EXCELLENT.match(text, end) if head.lower().startswith("cờ") else None
        if ex is not None:
            end = ex.end()  # "Cờ thi đua xuất sắc của Bộ Tư pháp": the flag of the giver
        lead = LEADING.match(text, end) if head.lower().startswith("cờ") else None
        if lead is not None:
            end = lead.end()  # "Cờ thi đua dẫn đầu Khối … của UBND tỉnh": the giver's flag
        if head.lower().startswith(("bằng khen", "giấy khen", "cờ")):
            oc = OCCASION.match(text, end)
            end = oc.end() if oc is not None else end  # "Bằng khen đột xuất của …"
        q = AWARD_QUALIFIER.match(text, end)
        #: "Cờ thi đua khối các cơ quan Nội chính": a bloc's flag is its giver's flag when the
        #: text names one ("Chủ tịch UBND tỉnh đã tặng Cờ thi đua khối …"), else as written
        bloc = None
        if q and head.lower().startswith("cờ") and q.group("q")[:4].lower() in ("khối", "cụm "):
            bloc, end = q.group("q"), q.end()  # its giver may still follow: "… của UBND tỉnh"
        if q and bloc is None:
            qualifier, end = q.group("q"), q.end()
        else:
            of = OF_GIVER.match(text, end)
            by = self._by_giver(end)
            if by is not None:
                # "nhận Bằng khen do Chủ tịch UBND tỉnh trao tặng": the subject of the giving
                # verb after the award, as "Chủ tịch UBND tỉnh tặng Bằng khen"
                of, by_verb = by, True
            at = of.end() if of else end
            o = next((o for o in orgs if o.start == at), None)
            organ = _ORGAN.match(text, at) if o is None else None
            if organ is not None:
                # "Bằng khen của Ban Chấp hành Công đoàn Bộ Tư pháp": the organ of the body
                o = next((o for o in orgs if o.start == organ.end()), None)
            if (
                o is not None
                and bloc is None
                and head.lower().startswith("cờ")
                and o.name[:4].lower() in ("khối", "cụm ")
                and "của" not in text[end:at]
            ):
                # "được Bộ trưởng … tặng Cờ thi đua Cụm thi đua số 4": a bloc's flag (not "của
                # Cụm …"), its giver's when one is named before
                bloc, end, o = o.name, o.end, None
            t = None if o else next((t for t in titles if t.start == at), None)
            shared = None
            if t is not None:
                o = next((o for o in orgs if o.start in (t.end, t.end + 1)), None)
                shared = None if o is not None else _sharing_head(orgs, t)
                o = o or shared
            bare = _BARE_HEAD.match(text, t.end) if t is not None and o is None else None
            unique = doc.meta.get("unique_by_head", {})
            if t is not None and bare is not None and bare.group(1) in unique:
                # "Giấy khen của Giám đốc Sở": the article's only Sở
                conferrer_org = unique[bare.group(1)]
                qualifier = f"{t.name} {conferrer_org}"
                end = bare.end()
            elif o is not None:
                if t is not None and o is shared:
                    # "Giấy khen của Trưởng Công an huyện A": the title shares its head noun
                    # with the body, named once (conventions: "Cục trưởng" + "Cục …")
                    qualifier = f"{text[t.start : o.start]}{o.name}"
                else:
                    qualifier = f"{t.name} {o.name}" if t else _as_giver(text, o)
                conferrer_org = o.name
                end = o.end
            elif t is not None and t.name in ("Bộ trưởng", "Thủ tướng", "Tổng cục trưởng"):
                qualifier, end = t.name, t.end
                gov = _GOVERNMENT.match(text, end) if t.name == "Thủ tướng" else None
                end = gov.end() if gov is not None else end  # its name ends after "Chính phủ"
            elif t is not None and (body := _head_of_title(doc.meta, t.name)) is not None:
                # "Giấy khen của Cục trưởng cho …": the head of the article's only Cục
                qualifier, conferrer_org, end = f"{t.name} {body}", body, t.end
            elif o is None and t is None and of is not None and _GOVERNMENT.match(text, at - 1):
                # "Cờ thi đua của Chính phủ năm 2023": the government, where its name is no
                # organization span of the page (a year follows it)
                gov = _GOVERNMENT.match(text, at - 1)
                qualifier, end = "Chính phủ", gov.end() if gov is not None else end
            else:
                pg = PROVINCIAL_GIVER.match(text, end)
                ct = _CASED_TITLE.match(text, at) if o is None and t is None else None
                co = next((o for o in orgs if ct and o.start == ct.end()), None)
                if ct is not None and co is not None:
                    # "Bằng khen của Tổng Cục trưởng Tổng cục THADS": a title cased
                    # otherwise than the title list writes it
                    title = ct.group(1)[:1] + ct.group(1)[1:].lower()
                    qualifier, conferrer_org, end = f"{title} {co.name}", co.name, co.end
                elif pg is not None:
                    # "Bằng khen của Chủ tịch UBND Thành phố": the page's own committee
                    level = "tỉnh" if pg.group("level").lower() == "tỉnh" else "thành phố"
                    chair = "Chủ tịch " if pg.group("chair") else ""
                    qualifier = f"{chair}Ủy ban nhân dân {level}"
                    end = pg.end()
        #: the giver is written after the head ("Bằng khen của UBND huyện A")
        self._written = qualifier is not None and not by_verb
        if qualifier is None and head.lower().startswith(("bằng khen", "giấy khen", "cờ")):
            # "Giấy khen 3 năm, giai đoạn 2020-2022 của UBND huyện A": the giver after
            # what the award is for
            far = _FAR_GIVER.match(text, end)
            o = next((o for o in orgs if far and o.start == far.end()), None)
            if o is not None:
                qualifier = conferrer_org = o.name
                self._written = True
        #: where the authority an award is handed over on is looked for, at the farthest
        reach_lo = max(sent_start, m.start() - _AUTHORITY_REACH)
        if qualifier is None:
            # "Thừa ủy quyền của Bộ trưởng Bộ Quốc phòng, Ban Chỉ huy Quân sự huyện A trao
            # Bằng khen": the award is the authorizing giver's, not the hands' that pass it
            # over (no other award named in between, and no farther back than the reach)
            prev = [h.end() for h in AWARD_HEAD.finditer(text, reach_lo, m.start())]
            authority = self._authorizing_giver(doc, prev[-1] if prev else reach_lo, m.start())
            if authority is not None:
                qualifier, conferrer_org = authority
        if qualifier is None:
            # "Thủ tướng Chính phủ tặng Bằng khen", "được Chính phủ tặng Cờ thi đua"
            left = text[max(sent_start, m.start() - 60) : m.start()]
            cv = CONFERRER_VERB.search(left)
            if cv:
                base = max(sent_start, m.start() - 60)
                before_verb = base + cv.start()
                o = next((o for o in orgs if o.end == before_verb), None)
                if o is not None:
                    t = next((t for t in titles if t.end in (o.start - 1, o.start)), None)
                    if t is not None and _organ_before(text, o) is not None:
                        t = None  # "Ban Giám đốc Công an tỉnh A tặng": the board's, not its head's
                    qualifier = f"{t.name} {o.name}" if t else _as_giver(text, o)
                    sharing = next((s for s in titles if s.start < o.start < s.end), None)
                    if t is None and sharing is not None and _organ_before(text, o) is None:
                        # "Trưởng Công an huyện A tặng giấy khen": the title sharing the body's
                        # head noun names the giver with it
                        qualifier = f"{text[sharing.start : o.start]}{o.name}"
                    conferrer_org = o.name
        if qualifier is None:
            # "Cục trưởng Hoàng Văn A trao Giấy khen", "Giám đốc Sở trao Giấy khen": the
            # giver's title, with the body it heads — also of an award conjoined to the
            # one the verb governs ("A trao Cờ thi đua của UBND tỉnh và Bằng khen cho B")
            giver = self._titled_giver(doc, max(sent_start, anchor - 90), anchor)
            if giver is None:
                # "Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí A trao Huân chương … cho B;
                # Bằng khen cho C": with no giver of its own (no verb's subject, no titled
                # giver), an award goes on under the authority of the clause before, so an
                # award in between may be crossed here; never farther back than the reach
                giver = self._authorizing_giver(doc, reach_lo, m.start())
            if giver is not None:
                qualifier, conferrer_org = giver
        if qualifier is None:
            # a conferrer stated earlier in the sentence carries over coordinated clauses:
            # "đề nghị Bộ trưởng Bộ Tư pháp tặng Cờ … cho A; tặng Bằng khen cho B"
            # — or in the line introducing the list the award is an item of:
            # "đề nghị Bộ trưởng Bộ Tư pháp xét tặng:\n- Bằng khen cho ông A"
            intro = list_intro_line(text, m.start())
            spans = [(sent_start, m.start())] + ([intro] if intro else [])
            ending = self._org_ending()
            for lo, hi in spans:
                for cv in matches(doc, _CONFERRER_ACTS, lo, hi, reach=_CONFERRER_REACH):
                    o = ending.get(cv.start())
                    if o is not None:
                        t = next((t for t in titles if t.end in (o.start - 1, o.start)), None)
                        qualifier = f"{t.name} {o.name}" if t else o.name
                        conferrer_org = o.name
                if qualifier is not None:
                    break
        if qualifier is None and head.lower().startswith("cờ"):
            # "nhận Cờ thi đua trong phong trào thi đua yêu nước thành phố A": a province's
            # emulation movement gives its committee's flag
            pm = _PROVINCIAL_MOVEMENT.match(text, end)
            if pm is not None:
                level = pm.group("level").lower()
                place = f" {pm.group('place')}" if pm.group("place") else ""
                qualifier = f"Ủy ban nhân dân {level}{place}"
        if qualifier is None and bloc is not None:
            qualifier = bloc  # no giver named: the bloc's flag, as written
        kind_of_head = " ".join(head.lower().split())
        if qualifier is not None:
            self._givers[kind_of_head] = (end, qualifier, conferrer_org)
        elif (
            kind_of_head in _GIVEN_HEADS
            and kind_of_head in self._givers
            and head[:1].isupper()  # "không nhận cờ thi đua": a generic mention
            and not _OF_SOMEONE.match(text, end)  # a giver of its own, unread
        ):
            given_end, given_q, given_body = self._givers[kind_of_head]
            if m.start() - given_end <= _GIVER_REACH:
                qualifier, conferrer_org = given_q, given_body
        return qualifier, conferrer_org, end
