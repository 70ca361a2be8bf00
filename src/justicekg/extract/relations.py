"""Link spans into facts: person–title–organization, event participants, award facts.

Positions come from appositions right of a name (``Lê Anh Tuấn, Tỉnh ủy viên, Phó Chủ tịch
UBND tỉnh Thanh Hóa``) and from titles left of it (``Thứ trưởng Bộ Tư pháp Trần Tiến Dũng``).
A title without an organization takes one from context by its head noun (``Giám đốc Sở`` →
the article's Sở), ``Tỉnh ủy viên`` the Tỉnh ủy of the province in the same apposition.
Short mentions (``đồng chí Tuấn``) resolve to the latest full name ending in that syllable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.persons import referent
from justicekg.text.normalize import fold

_SEP_RIGHT = re.compile(r"\s*(?:,|\(|-|–|—|:)\s*")
_CHAIN = re.compile(r"\s*(?:,|và|kiêm)?\s*(?:(?:hiện\s+)?nay\s+là\s+|đồng thời\s+là\s+)?")
_NEXT_NAME = re.compile(r"\s*(?:\(|,)?\s*")
_GAP_LEFT = re.compile(r"^\s*(?:(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ/c|Đ/c)\s+)?$")


@dataclass(slots=True)
class PersonFacts:
    name: str
    first: Span
    positions: list[tuple[str, str | None, Span]] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


_OF = re.compile(r"\s*(?:(?:của|thuộc)\s+)?")
_APPOINT = re.compile(
    r"\s*,?\s*(?:được\s+)?(?:(?:điều động|bổ nhiệm|bổ nhiệm lại|phân công)[, ]*)*"
    r"(?:giữ chức vụ|giữ chức|sang làm|làm|đảm nhiệm|về làm)\s+"
)


def _org_after_title(text: str, t: Span, orgs: list[Span]) -> Span | None:
    """The organization right after a title (``của``/``thuộc`` allowed), or one that starts
    inside it (``Trưởng phòng Tư pháp huyện X``: the org begins at ``phòng``)."""
    ws = _OF.match(text, t.end)
    at = ws.end() if ws else t.end
    for o in orgs:
        if o.start == at or (t.start < o.start < t.end and o.end > t.end):
            return o
    return None


_COMMA = re.compile(r"[ \t]*,[ \t]*")
_ITEM_END = re.compile(r"[^;,.\n]{0,40}(?:[;.\n]|$)")


def _org_after_rank_comma(text: str, t: Span, orgs: list[Span]) -> Span | None:
    """``bà A, Trợ giúp viên pháp lý, Trung tâm TGPL …;``: a professional rank (``… viên``)
    whose organization follows after a comma and closes the list item."""
    words = fold(t.name).split()
    if "vien" not in words[1:] and words[-1:] != ["vien"]:
        return None
    comma = _COMMA.match(text, t.end)
    if comma is None:
        return None
    o = _org_at(orgs, comma.end())
    if o is None or _ITEM_END.match(text, o.end) is None:
        return None
    return o


def _org_at(orgs: list[Span], pos: int) -> Span | None:
    for o in orgs:
        if o.start == pos:
            return o
    return None


_SPACE_ONLY = re.compile(r"[ \t]+")
_BARE_BODY_AFTER = re.compile(
    r"[ \t]+(Hội đồng|Ban Chỉ đạo|Ủy ban|Khối|Cụm)(?![\w])(?![ \t]+[A-ZĐ])"
)
_CITED_BEFORE = re.compile(r"(?<![\w])(?:của|theo|gương|tư tưởng|lời dạy)\s+$")
_PARTY_ROLE = re.compile(
    r"(?:Ủy viên|Bí thư|Phó Bí thư|Đại biểu|Thành viên)(?![\w])[^,;.()\n]{0,60},\s*"
)
_PARTY_BARE = re.compile(r"[ \t]+Đảng [uỦủ]y(?=[ \t]*,)")
_BARE_LOCAL_BODY = re.compile(
    r"[ \t]+(Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)[ \t]+(xã|phường|thị trấn|đặc khu)"
    r"(?![\w])(?![ \t]+[A-ZĐ0-9])"
)
_LIST_INTRO = re.compile(r"[ \t]+(?:là|gồm|gồm có)[ \t]+")
_PLURAL_BEFORE = re.compile(r"(?:các|Các|hai|Hai|ba|Ba|\d{1,2})\s+(?:đồng chí\s+|ông\s+|bà\s+)?$")
_BARE_HEAD_BEFORE = re.compile(r"[ \t]+(?:Sở|Bộ|Cục|Tổng cục)$")
_BARE_PARENT_AFTER = re.compile(r"[ \t]+(Sở|Bộ|Tổng cục|Cục)(?![\w])(?![ \t]+[A-ZĐ])")


def _party_committee(folded_title: str) -> str | None:
    """The party committee a membership title implies (``Tỉnh ủy viên``, ``Ủy viên Ban Chấp
    hành Đảng bộ tỉnh`` → ``Tỉnh ủy``; ``Ủy viên Thành ủy`` → ``Thành ủy``); ``""`` for a
    district committee (no bare form); None for other titles."""
    if folded_title.endswith(("thanh uy vien", "uy vien thanh uy", "dang bo thanh pho")):
        return "Thành ủy"
    if folded_title.endswith(("tinh uy vien", "uy vien tinh uy", "dang bo tinh")):
        return "Tỉnh ủy"
    if folded_title.endswith("huyen uy vien"):
        return ""
    return None


def _resolve_title_org(doc: Doc, title: Span, orgs: list[Span], near: int) -> str | None:
    """An organization for a title given without one, from its head noun."""
    head = title.data.get("head") or ""
    name = title.name
    written = _BARE_BODY_AFTER.match(doc.text, title.end)
    if written is not None:
        # "Phó Chủ tịch thứ Nhất Hội đồng": the body its head noun names, the page's only one
        # of that head (else the nearest before)
        named = [o for o in orgs if o.name.startswith(written.group(1) + " ")]
        if len({o.name for o in named}) == 1:
            return named[0].name
        before = [o for o in named if o.end <= near]
        if before:
            return before[-1].name
    if fold(name).endswith(("tinh uy vien", "thanh uy vien")):
        return None
    if not head:
        return None
    if head in ("Văn phòng", "Thanh tra"):
        # "Chánh Văn phòng Sở", "Chánh Thanh tra Bộ": the unit of the article's only Sở/Bộ
        bare = _BARE_PARENT_AFTER.match(doc.text, title.end)
        unique = doc.meta.get("unique_by_head", {})
        parent = unique.get(bare.group(1)) if bare is not None else None
        main_dept = str(doc.meta.get("main_dept") or "")
        if (
            bare is not None
            and parent is None
            and bare.group(1) == "Sở"
            and main_dept.startswith("Sở ")
        ):
            parent = main_dept  # the article's own department, other Sở named in side lists
        if bare is None and not doc.text[title.end : title.end + 2].strip()[:1].isupper():
            # a bare "Chánh Văn phòng", "Chánh Thanh tra": the unit of the article's own body,
            # its department (or provincial enforcement office), else its only ministry
            parent = main_dept or unique.get("Bộ")
        if parent:
            return f"{head} {parent}"
    # "Giám đốc Sở", "Cục trưởng Cục" — a bare head noun after the title
    cands = [o for o in orgs if o.name.startswith(head + " ") or o.name == head]
    sent = doc.sentence_of(title.start)
    abroad = [o for o in cands if o.rule == "foreign" or o.data.get("foreign")]
    abroad = [o for o in abroad if sent.start <= o.start < title.start]
    if abroad:  # "đoàn Sở Tư pháp tỉnh Attapeu do ông X, Phó Giám đốc Sở làm trưởng đoàn"
        return abroad[-1].name
    low = _BARE_LOCAL_BODY.match(doc.text, title.end)
    if low is not None:
        # "Phó Chủ tịch UBND xã": the article's only commune (ward, township) committee
        body = "Hội đồng nhân dân" if low.group(1) in ("Hội đồng nhân dân", "HĐND") else head
        local = {o.name for o in orgs if o.name.startswith(f"{body} {low.group(2)} ")}
        if body != head:
            local = {
                f"{body} {o.name.split(' ', 4)[-1]}"
                for o in orgs
                if o.name.startswith(f"Ủy ban nhân dân {low.group(2)} ")
            } | local
        return next(iter(local)) if len(local) == 1 else None
    if head == "Ủy ban nhân dân":
        main = doc.meta.get("main_province")
        cands = [o for o in cands if o.data.get("province") == main and not o.data.get("district")]
    if head == "Sở":
        cands = [o for o in cands if o.data.get("kind") == "provincial-department"]
    names = {o.name for o in cands}
    if len(names) == 1:
        return next(iter(names))
    if cands:
        # the nearest one before the title, else the first after
        prev = [o for o in cands if o.end <= near]
        return (prev[-1] if prev else cands[0]).name
    return None


@cache
def _employers() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Professional titles and the bodies that employ them (``title_employers.tsv``)."""
    from justicekg.extract import gazetteers as gz

    return tuple(
        (fold(r["title"]), tuple(r["employers"].split("|")))
        for r in gz.load_rows("title_employers")
    )


def _implied_employer(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """``Chấp hành viên Lê Minh Quang`` with no body named: the enforcement office the article
    names nearest before the title (else the first after); ``Trợ giúp viên pháp lý``: the
    legal-aid centre. Nothing when the article names no such body, or when that body is an
    item of the same list (``cho Phòng A; ông B, Chấp hành viên``: co-recipients)."""
    key = fold(title.name)
    prefixes = next((e for t, e in _employers() if key == t or key.startswith(t + " ")), None)
    if prefixes is None:
        return None
    cands = [o for o in orgs if o.name.startswith(prefixes)]
    if not cands:
        return None
    before = [o for o in cands if o.end <= title.start]
    chosen = before[-1] if before else cands[0]
    lo, hi = sorted((chosen.end, title.start))
    sent = doc.sentence_of(title.start)
    if sent.start <= chosen.start < sent.end and ";" in doc.text[lo:hi]:
        return None
    return chosen.name


_TERM_START = re.compile(r"(?<![\w])(?:kể từ|tính từ|từ)\s+(?:ngày\s+)?$")
_TERM_END = re.compile(r"(?<![\w])(?:đến|tới|cho đến)\s+(?:hết\s+)?(?:ngày\s+)?$")
_APPOINTMENT_CUE = re.compile(
    r"bổ nhiệm|điều động|giao quyền|phân công|giữ chức|nghỉ hưu|thôi giữ|kéo dài thời gian"
)


def _term_dates(doc: Doc, t: Span, o: Span | None) -> None:
    """Start (and end) of a position stated in its appointment sentence: ``được bổ nhiệm …
    kể từ ngày 01/10/2020``, ``… đến ngày 30/9/2025``."""
    from justicekg.text.dates import find_dates

    sent = doc.sentence_of(t.start)
    text = doc.text[sent.start : sent.end]
    if not _APPOINTMENT_CUE.search(text):
        return
    ref = doc.published or doc.meta.get("dateline")
    after = (o.end if o else t.end) - sent.start
    for d in find_dates(text, reference=ref):
        if len(d.iso) != 10 or d.start < after - 400:
            continue
        before = text[max(0, d.start - 24) : d.start]
        if _TERM_START.search(before) and "start" not in t.data:
            t.data["start"] = d.iso
            if d.is_range and d.range_end:  # "kể từ ngày 01/10/2020 đến ngày 30/9/2025"
                t.data["end"] = d.range_end
        elif _TERM_END.search(before) and "end" not in t.data and "start" in t.data:
            t.data["end"] = d.iso


_COMMUNE_AFTER = re.compile(
    r"[ \t]+(?P<kind>xã|phường|thị trấn|đặc khu)[ \t]+(?P<name>[A-ZĐ\w][\w'’]*(?:[ \t]+[A-ZĐ]"
    r"[\w'’]*){0,3})"
)


def _commune_body(doc: Doc, t: Span) -> None:
    """``công chức tư pháp - hộ tịch xã X``: a commune official's body is the commune's
    People's Committee (``Ủy ban nhân dân xã X``)."""
    m = _COMMUNE_AFTER.match(doc.text, t.end)
    if m is None or not m.group("name")[:1].isupper():
        return
    t.data["commune_org"] = f"Ủy ban nhân dân {m.group('kind')} {m.group('name')}"


_ON_BEHALF = re.compile(
    r"(?:của|thay mặt|Thay mặt|thừa lệnh|Thừa lệnh|ủy quyền|đại diện|Đại diện|lãnh đạo)\s*$"
)
_PLURAL_CUE = re.compile(r"(?:các|Các)\s+(?:đồng chí|ông|bà)?\s*$")
_LIST_BETWEEN = re.compile(r"[\s,;]*(?:và\s+)?(?:(?:ông|bà|đồng chí)\s+)?$")


def _listed_under_title(
    doc: Doc, p: Span, title_end: dict[int, Span], orgs: list[Span]
) -> tuple[Span, Span | None] | None:
    """``Các đồng chí Phó Cục trưởng: A, B``: names listed after a plural title and a colon
    hold that title (and its organization)."""
    text = doc.text
    sent = doc.sentence_of(p.start)
    colon = text.rfind(":", sent.start, p.start)
    intro = None if colon >= 0 else _LIST_INTRO.search(text, sent.start, p.start)
    if intro is not None:  # "Hai Phó Giám đốc Sở là ông A và bà B"
        colon = intro.start()
    if colon < 0:
        return None
    persons = [q for q in doc.by_label("person") if colon < q.start < p.start]
    pos = intro.end() if intro is not None else colon + 1
    for q in persons:  # only names and separators between the colon and this name
        if not _LIST_BETWEEN.match(text[pos : q.start]):
            return None
        pos = q.end
    if not _LIST_BETWEEN.match(text[pos : p.start]):
        return None
    head_end = colon
    while head_end > 0 and text[head_end - 1] in " \t":
        head_end -= 1
    o = next((o for o in orgs if o.end == head_end), None)
    at = o.start if o else head_end
    while o and at > 0 and text[at - 1] in " \t":
        at -= 1
    t = title_end.get(at)
    if t is None and o is None:
        bare = _BARE_HEAD_BEFORE.search(text, max(0, at - 12), at)
        t = title_end.get(bare.start()) if bare is not None else None
    if t is None or not _PLURAL_BEFORE.search(text, max(0, t.start - 20), t.start):
        return None
    return t, o


_LEFT_JOIN = re.compile(r"\s*(?:,|và|kiêm)\s*$")


def _left_chain(
    text: str,
    t: Span,
    orgs: list[Span],
    titles: list[Span],
    title_end: dict[int, Span],
    chain: list[tuple[Span, Span | None]],
) -> None:
    """``Bí thư Huyện ủy X, Trưởng Ban Chỉ đạo … Name``: a party role with its committee
    chained by a comma before the title next to the name is the person's too."""
    for _ in range(3):
        join = _LEFT_JOIN.search(text, max(0, t.start - 8), t.start)
        if join is None:
            return
        o = next((x for x in orgs if x.end == join.start()), None)
        if o is None:
            return
        ws = len(text[: o.start]) - len(text[: o.start].rstrip())
        prev = title_end.get(o.start - ws)
        if prev is None:
            prev = next((x for x in titles if x.start < o.start < x.end < o.end), None)
        if prev is None:
            return
        if o.data.get("kind") != "party-committee" and not prev.name.startswith(
            ("Bí thư", "Phó Bí thư", "Ủy viên")
        ):
            return  # "có Giám đốc Sở Tư pháp, Phó Chủ tịch UBND tỉnh X": a list, not one person
        chain.insert(0, (prev, o))
        t = prev


def link_positions(doc: Doc) -> dict[str, PersonFacts]:
    """Persons (by full name) with their positions and mentions."""
    text = doc.text
    orgs = doc.by_label("org")
    titles = doc.by_label("title")
    title_at = {t.start: t for t in titles}
    title_end = {t.end: t for t in titles}
    people: dict[str, PersonFacts] = {}
    person_at = {p.start for p in doc.by_label("person")}
    claimed: set[int] = set()  # titles already read as someone's apposition
    for p in doc.by_label("person"):
        facts = people.setdefault(p.name, PersonFacts(p.name, p))
        facts.mentions.append(p)
        if p.rule in ("byline",) or p.rule == "credit":
            continue
        chain: list[tuple[Span, Span | None]] = []
        # right: "Name, Title Org, Title Org"
        sep = _SEP_RIGHT.match(text, p.end)
        pos = sep.end() if sep else p.end
        if sep is None and _SPACE_ONLY.match(text, p.end):
            # "ông A Chủ tịch UBND xã X": a capitalized title right after the name is A's
            gap = _SPACE_ONLY.match(text, p.end)
            at = gap.end() if gap else p.end
            if at in title_at and text[at : at + 1].isupper():
                pos = at
        if pos not in title_at:
            # "ông X được bổ nhiệm giữ chức Phó Cục trưởng Cục …"
            app0 = _APPOINT.match(text, p.end)
            if app0 is not None and app0.end() in title_at:
                pos = app0.end()
            elif sep is not None:
                # "X, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh": a party or
                # assembly role the gazetteer lacks does not hide the title after it
                role = _PARTY_ROLE.match(text, pos)
                if role is not None and role.end() in title_at:
                    pos = role.end()
        while True:
            rank = re.match(rf"(?:{lexicon().rank_re})\s+", text[pos:])
            if rank:
                pos += rank.end()
            t = title_at.get(pos)
            if t is None:
                break
            o = _org_after_title(text, t, orgs)
            if o is None:
                o = _org_after_rank_comma(text, t, orgs)
            if o is None:
                _commune_body(doc, t)
            party = _PARTY_BARE.match(text, t.end) if o is None else None
            if party is not None:
                # "Bí thư Đảng ủy, Chủ tịch UBND phường X": the ward's party committee
                joint = _CHAIN.match(text, party.end())
                t2 = title_at.get(joint.end()) if joint is not None else None
                nxt_o = _org_after_title(text, t2, orgs) if t2 is not None else None
                if nxt_o is not None and nxt_o.data.get("district"):
                    for body in ("Ủy ban nhân dân ", "Hội đồng nhân dân "):
                        if nxt_o.name.startswith(body):
                            t.data["commune_org"] = "Đảng ủy " + nxt_o.name.removeprefix(body)
                            t.data["commune_org_kind"] = "party-committee"
                elif t2 is not None:
                    # "Bí thư Đảng ủy, Giám đốc Sở Tư pháp": the party committee of the body
                    # the next title names (or resolves to: "Bí thư Đảng ủy, Cục trưởng")
                    body_name = nxt_o.name if nxt_o else _resolve_title_org(doc, t2, orgs, t2.start)
                    if body_name and not body_name.startswith(("Đảng ủy", "Tỉnh ủy", "Thành ủy")):
                        t.data["commune_org"] = "Đảng ủy " + body_name
                        t.data["commune_org_kind"] = "party-committee"
                end_t = Span(t.start, party.end(), t.label, t.name, t.rule, t.data)
            else:
                end_t = t
            nn = _NEXT_NAME.match(text, o.end if o else end_t.end)
            if nn and nn.end() in person_at and nn.end() != p.start:
                # "…; Tổng cục trưởng Tổng cục THADS Nguyễn Văn Sơn", "Thứ trưởng A, Chủ tịch
                # UBND tỉnh B": a title that a name follows is that next person's
                break
            chain.append((t, o))
            claimed.add(t.start)
            pos = o.end if o else end_t.end
            nxt = _CHAIN.match(text, pos)
            if nxt is None or (nxt.end() == pos and not text[pos : pos + 1].isspace()):
                break
            pos = nxt.end()
            if "và" in text[o.end if o else end_t.end : pos] and text[pos : pos + 1].islower():
                break  # "…, Phó Cục trưởng Cục X và công chức, viên chức": a plural, not hers
            if pos not in title_at:
                app = _APPOINT.match(text, o.end if o else t.end)
                if app is None or app.end() not in title_at:
                    break
                pos = app.end()
        # left: "Title Org Name" (also beside an apposition: "Thứ trưởng A, Phó Chủ tịch …")
        gap_end = p.start
        gmatch = re.search(
            r"(?:(?:,|\s[-–—])\s*(?=(?:đồng chí|ông|bà|đ/c|Đồng chí|Ông|Bà|Đ/c)\s))?"
            r"(?:(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|đ/c|Đ/c)\s+)?"
            rf"(?:(?:{lexicon().rank_re})\s+)?$",
            text[max(0, p.start - 40) : p.start],
        )
        if gmatch:
            gap_end = p.start - len(gmatch.group(0))
        trail = len(text[:gap_end]) - len(text[:gap_end].rstrip())
        edge = gap_end - trail
        if chain and (trail == 0 or (gmatch and gmatch.group(0)[:2].strip())):
            edge = -1  # beside an apposition only a title written right before the name
        o = next((o for o in orgs if o.end == edge), None)
        listed = _listed_under_title(doc, p, title_end, orgs) if o is None and not chain else None
        if listed is not None:
            chain.append(listed)
        elif o is not None:
            ws2 = len(text[: o.start]) - len(text[: o.start].rstrip())
            t = title_end.get(o.start - ws2)
            if t is None:  # "Trưởng phòng Hành chính tư pháp": the org starts in the title
                t = next((x for x in titles if x.start < o.start < x.end < o.end), None)
            if t is None:  # "Thủ tướng Chính phủ X": an office named by its title
                t = next((x for x in titles if x.start == o.start and x.end < o.end), None)
            if t is not None and gmatch and gmatch.group(0)[:2].strip() in (",", "-", "–", "—"):
                if _ON_BEHALF.search(text, max(0, t.start - 30), t.start):
                    t = None  # "thừa ủy quyền của Bộ trưởng Bộ Tư pháp, bà X": not X's
            if t is not None and t.start in claimed:
                t = None  # "ông A Chủ tịch UBND xã, ông B …": A's title, not B's
            if t is not None:
                chain.append((t, o))
                _left_chain(text, t, orgs, titles, title_end, chain)
        else:
            t = title_end.get(edge)
            if t is None:
                # "Phó Giám đốc Sở Lê Hòa": a bare head noun between title and name
                bare = _BARE_HEAD_BEFORE.search(text, max(0, edge - 12), edge)
                t = title_end.get(bare.start()) if bare is not None else None
            if t is not None:
                chain.append((t, None))
        for t, o in chain:
            _term_dates(doc, t, o)
        for i, (t, o) in enumerate(chain):
            org_name = o.name if o else None
            if org_name is None:
                tf = fold(t.name)
                committee = _party_committee(tf)
                if committee is not None:
                    prov = next((x.data.get("province") for _, x in chain[i + 1 :] if x), None)
                    prov = prov or doc.meta.get("main_province")
                    if prov:
                        rec = lexicon().province(prov)
                        head = "Thành ủy" if rec and rec.kind == "thành phố" else "Tỉnh ủy"
                        org_name = f"{head} {prov}"
                    elif committee:  # the page names no province: the committee stays bare
                        org_name = committee
                    if org_name:
                        t.data["implied_org"] = {"kind": "party-committee", "province": prov}
                elif t.data.get("commune_org"):
                    org_name = str(t.data["commune_org"])
                    t.data["implied_org"] = {
                        "kind": t.data.get("commune_org_kind", "peoples-committee"),
                        "province": doc.meta.get("main_province"),
                    }
                elif not (
                    t.name == "Chủ tịch"
                    and _CITED_BEFORE.search(text, max(0, t.start - 16), t.start)
                ):
                    # ("lời dạy của Chủ tịch X": a head of state cited, no body of this page)
                    org_name = _resolve_title_org(doc, t, orgs, t.start)
                    if org_name is None:
                        org_name = _implied_employer(doc, t, orgs)
            if p.data.get("historical"):
                org_name = None  # "Chủ tịch Hồ Chí Minh": no present-day body
            if org_name in ("Thủ tướng Chính phủ", None) and fold(t.name).endswith("thu tuong"):
                org_name = "Chính phủ"  # "(Phó) Thủ tướng (Chính phủ) X": the title's body
                t.data["implied_org"] = {"kind": "government", "province": None}
            facts.positions.append((t.name, org_name, t))
    # repeat mentions: "đồng chí Tuấn" → the latest full name ending in "Tuấn"
    full = doc.by_label("person")
    for r in doc.by_label("person_ref"):
        target = referent(r, full, or_later=True)
        if target is not None:
            r.data["resolved"] = target
            people[target].mentions.append(r)
    # clean: a null-organization title that the person also holds with an organization, and
    # a shortened title of a post named in full elsewhere ("Phó Chủ tịch" beside "Phó Chủ tịch
    # Thường trực" of the same body)
    for facts in people.values():
        seen: dict[tuple[str, str | None], tuple[str, str | None, Span]] = {}
        with_org = {fold(title) for title, org, _ in facts.positions if org}
        named = {(fold(title), org) for title, org, _ in facts.positions}
        for title, org, sp in facts.positions:
            if org is None and fold(title) in with_org:
                continue
            if any(o == org and f.startswith(fold(title) + " ") for f, o in named):
                continue
            seen.setdefault((fold(title), org), (title, org, sp))
        facts.positions = list(seen.values())
    _title_references(doc, people, orgs)
    return people


def _title_references(doc: Doc, people: dict[str, PersonFacts], orgs: list[Span]) -> None:
    """``Thứ trưởng``, ``đồng chí Phó Chủ tịch UBND tỉnh``: a title without a name that only
    one person in the article holds is a mention of that person."""
    used = {id(sp) for f in people.values() for _, _, sp in f.positions}
    by_title: dict[str, set[str]] = {}
    by_pair: dict[tuple[str, str], set[str]] = {}
    for f in people.values():
        for title, org, _ in f.positions:
            by_title.setdefault(fold(title), set()).add(f.name)
            if org:
                by_pair.setdefault((fold(title), org), set()).add(f.name)
    for t in doc.by_label("title"):
        if id(t) in used or doc.text[t.start].islower():
            continue  # lower-case role nouns are generic ("cán bộ, công chức")
        o = _org_after_title(doc.text, t, orgs)
        names = by_pair.get((fold(t.name), o.name), set()) if o else by_title.get(fold(t.name))
        if names and len(names) == 1:
            name = next(iter(names))
            ref = Span(t.start, o.end if o else t.end, "person_ref", name, "title-ref")
            people[name].mentions.append(ref)
