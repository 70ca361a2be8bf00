"""Grassroots (village-level) posts: party cells, front boards, mediation teams, association
branches and the heads of villages and residential groups.

Grammar (Vietnamese justice-sector news on grassroots mediation and legal outreach): a person is
given one or more village roles, in an apposition (``bà A, Phó Bí thư Chi bộ, Trưởng thôn, Tổ
trưởng tổ hòa giải thôn X``), after a copula or a career verb (``bà A là …``, ``được bầu làm
…``, ``giữ cương vị …``, ``tham gia 6 nhiệm vụ: …``), before the name (``Tổ trưởng tổ hòa giải
thôn X Nguyễn Văn A``) or with a pronoun for a person named before (``bà là …``). The roles of
one list are joined by commas, dashes, ``kiêm``, ``và``, ``rồi làm``, ``sau đó giữ cương vị``.

- A body role is a title and its body's words (``Bí thư`` + ``Chi bộ``, ``Trưởng ban`` + ``công
  tác mặt trận``, ``Tổ trưởng`` + ``tổ hòa giải``, ``Chi hội trưởng`` + ``Khuyến học``): the
  position is the title and the body with its place (``Chi bộ thôn X``, ``Ban công tác Mặt trận
  thôn X``, ``Tổ hòa giải thôn X``, ``Chi hội Khuyến học thôn X``). The place is the village
  (``thôn``, ``xóm``, ``ấp``, ``bản``, ``tiểu khu``, ``khu phố``, ``tổ dân phố`` …) written after
  the role, or after another role of the same list (it is shared: ``Bí thư Chi bộ, Trưởng thôn
  X`` is the party cell of village X), or else the one village the page names; a numbered
  residential group keeps its commune (``tổ dân phố số 10 phường Y``).
- The head of a village or residential group (``Trưởng thôn``, ``Trưởng ban thôn``, ``Tổ
  trưởng tổ dân phố``) holds a title with no organization: the village is a place.
- Roles with no body (``hòa giải viên``, ``tuyên truyền viên``) have organization null.

The lists of roles and associations are data: ``data/gazetteers/grassroots_roles.tsv`` and
``grassroots_associations.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import load_rows, read_by
from justicekg.extract.recognizers.persons import referent

#: a village or residential group's words (``data/gazetteers/village_words.tsv``) that ``reader``
#: reads: several words, one word, or a numbered one
_UNIT_NUMBERED = (
    rf"(?:{'|'.join(read_by('village_words', 'grassroots_number'))})(?=[ \t]+(?:số[ \t]+)?\d)"
)


def _units(reader: str) -> str:
    words = read_by("village_words", reader)
    phrases = "|".join(w.replace(" ", r"[ \t]+") for w in words if " " in w)
    single = "|".join(w for w in words if " " not in w)
    return rf"(?:{phrases}|{single}|{_UNIT_NUMBERED})"


_UNIT = _units("grassroots_posts")
_NAME = (
    r"(?-i:(?:số[ \t]+)?\d+[A-Za-z]?"
    r"|[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w'’]*"
    r"(?:[ \t]+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w'’]*){0,3}(?:[ \t]+\d+[A-Za-z]?)?)"
)
_PLACE = rf"{_UNIT}[ \t]+{_NAME}"
_COMMUNE = rf"[ \t]*,?[ \t]*(?P<commune>(?:xã|phường|thị[ \t]+trấn)[ \t]+{_NAME})"
#: a village named anywhere on the page (for a body whose list names none)
#: (not ``bản``, ``làng``, ``khối``, ``tổ`` with a name: ``bản Quy chế``, ``tổ Công tác``)
_PAGE_UNIT = _units("grassroots_page")
_PAGE_PLACE = re.compile(
    rf"(?<![\w])(?P<place>{_PAGE_UNIT}[ \t]+{_NAME})(?:{_COMMUNE})?", re.IGNORECASE
)


def _place_with_commune(place: str, commune: str | None) -> str:
    """A numbered residential group keeps its commune (``tổ dân phố số 10 phường Y``)."""
    numbered = re.search(r"(?<![\w])(?:số[ \t]+)?\d+[A-Za-z]?$", place) is not None
    named = re.search(r"[ \t](?-i:[A-ZĐ])", place) is not None
    return f"{place} {commune}" if commune and numbered and not named else place


#: what joins two roles of one list
_SEP = re.compile(
    r"[ \t]*(?:[,;–—-]|kiêm(?:[ \t]+nhiệm)?|và)?[ \t]*"
    r"(?:(?:rồi|sau[ \t]+đó|đồng[ \t]+thời|hiện|nay|cũng)[ \t]+)*"
    r"(?:(?:được[ \t]+)?(?:bầu[ \t]+)?(?:làm|giữ[ \t]+cương[ \t]+vị|giữ[ \t]+chức(?:[ \t]+vụ)?"
    r"|là|kiêm)[ \t]+)?",
    re.IGNORECASE,
)
_FORMER = re.compile(r"(?<![\w])[Nn]guyên[ \t]+$")
#: a pronoun standing for the person named before (``bà là Tổ trưởng …``)
_PRONOUN = re.compile(
    r"(?<![\w])(?<!ông )(?:[Bb]à|[Ôô]ng|[Aa]nh|[Cc]hị)(?![\w])(?![ \t]+(?:[A-ZĐ]|con|bà|em))"
)
#: a classifier or plural before a role: a description, not a post
_DESCRIPTIVE = re.compile(
    r"(?<![\w])(?:một|những|các|nhiều|người|vị)[ \t]+(?:(?:người|vị)[ \t]+)?$", re.IGNORECASE
)
#: between a role written before a name and that name
_BEFORE_NAME = re.compile(r"[ \t]*(?:(?:là|:)[ \t]*)?(?:(?:ông|bà|đồng chí)[ \t]+)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Role:
    kind: str  # body, place or role
    canonical: str  # the body's name before its place ("" for place and role)


def _alts(cell: str) -> str:
    words = sorted(cell.split("|"), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)


@gz.derived
def _associations() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = load_rows("grassroots_associations")
    return tuple(
        (re.compile(rf"(?:{_alts(r['written'])})(?![\w])", re.IGNORECASE), r["canonical"])
        for r in rows
    )


@gz.derived
def _roles() -> tuple[re.Pattern[str], tuple[_Role, ...]]:
    """One pattern with a named group per row (``r0``, ``r1`` …) and the rows."""
    rows = load_rows("grassroots_roles")
    assoc = "|".join(_alts(r["written"]) for r in load_rows("grassroots_associations"))
    parts: list[str] = []
    roles: list[_Role] = []
    for i, r in enumerate(rows):
        title = _alts(r["title"])
        if r["kind"] == "body":
            body = (
                rf"(?:(?:chi[ \t]+hội|hội)[ \t]+)?(?P<a{i}>{assoc})"
                if r["body"] == "@association"
                else rf"(?:{_alts(r['body'])})"
            )
            item = (
                rf"(?P<t{i}>{title})[ \t]+{body}(?![\w])"
                rf"(?:[ \t]+{_UNIT}(?![\w])(?![ \t]+{_NAME}))?"  # "… mặt trận thôn, …"
                rf"(?:[ \t]+(?:của[ \t]+)?(?P<p{i}>{_PLACE})"
                rf"(?:{_COMMUNE.replace('commune', f'c{i}')})?)?"
            )
        elif r["kind"] == "place":
            item = (
                rf"(?P<t{i}>(?:{title})[ \t]+(?P<u{i}>{_alts(r['body'])}))(?![\w])"
                rf"(?:[ \t]+(?P<p{i}>{_NAME})(?:{_COMMUNE.replace('commune', f'c{i}')})?)?"
            )
        else:
            item = (
                rf"(?P<t{i}>{title})(?![\w])"
                rf"(?:[ \t]+(?P<p{i}>{_PLACE}|(?:xã|phường|thị[ \t]+trấn)[ \t]+{_NAME}))?"
            )
        parts.append(rf"(?P<r{i}>{item})")
        roles.append(_Role(r["kind"], r["canonical"] if r["kind"] == "body" else ""))
    # every item starts with a title, whose first letter is one of these: a word starting
    # with another letter is passed over with one test, not the nine items (same matches)
    firsts = "".join(sorted({re.escape(w[0]) for r in rows for w in r["title"].split("|")}))
    pattern = re.compile(rf"(?<![\w])(?=[{firsts}])(?:{'|'.join(parts)})", re.IGNORECASE)
    return pattern, tuple(roles)


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    title: str
    role: _Role
    body: str  # the body's name before its place ("" when none)
    place: str | None  # the village written with this role (for a body, its place)


#: a body of an agency, not of a village: a capitalized name or an agency's word next
_AGENCY_NEXT = re.compile(
    r"[ \t]+(?:[A-ZĐ]|(?:cơ[ \t]+quan|cơ[ \t]+sở|trường|bộ[ \t]+phận|khối|văn[ \t]+phòng"
    r"|phòng|sở|cục|công[ \t]+ty|bệnh[ \t]+viện)(?![\w]))"
)


def _items(doc: Doc) -> list[_Item]:
    pattern, roles = _roles()
    text = doc.text
    person_starts = sorted(p.start for p in doc.by_label("person"))
    found: list[_Item] = []
    for m in pattern.finditer(text):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "r" and v is not None)
        role = roles[i]
        title = " ".join(m.group(f"t{i}").split())
        end = m.end()
        place = m.group(f"p{i}")
        if place is not None:
            # "Trưởng thôn Đông Hạ Nguyễn Văn A": the place ends where a name starts
            cut = next((s for s in person_starts if m.start(f"p{i}") < s < m.end(f"p{i}")), None)
            if cut is not None:
                place = text[m.start(f"p{i}") : cut].rstrip()
                end = m.start(f"p{i}") + len(place)
            else:
                commune = m.groupdict().get(f"c{i}")
                place = _place_with_commune(place, commune)
                if commune is not None and not place.endswith(commune):
                    end = m.end(f"p{i}")
            place = " ".join(place.split())
        elif role.kind == "body" and _AGENCY_NEXT.match(text, end):
            continue  # "Bí thư Chi bộ Cục THADS tỉnh X": an agency's body, not a village's
        body = role.canonical
        if role.kind == "body" and role.canonical == "Chi hội":
            written = m.group(f"a{i}")
            body = "Chi hội " + next(c for p, c in _associations() if p.fullmatch(written))
        if role.kind == "place":
            unit = m.group(f"u{i}").split()
            unit = unit[1:] if unit[0].lower() == "ban" else unit  # "Trưởng ban thôn X"
            place = f"{' '.join(unit)} {place}" if place else None
        found.append(_Item(m.start(), end, title, role, body, place))
    return found


def _groups(text: str, items: list[_Item]) -> list[list[_Item]]:
    groups: list[list[_Item]] = []
    for it in items:
        if groups:
            last = groups[-1][-1]
            gap = _SEP.fullmatch(text, last.end, it.start)
            if gap is not None and it.start - last.end <= 40:
                groups[-1].append(it)
                continue
        groups.append([it])
    return groups


#: an apposition or a copula between a name and its roles ("A, …", "A (SN 1960), …", "A - …",
#: "A hiện là …", "A (…)")
_APPOSED = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?"
    r"(?:,[ \t]*(?:SN|sinh[ \t]+năm)[ \t]*\d{4}[ \t]*)?"  # "bà A, SN 1958, Trưởng thôn …"
    r"(?:[,:(–—-][ \t]*)?"
    r"(?:(?:hiện|nay|vẫn|cũng|còn|đồng[ \t]+thời|từng)[ \t]+)*"
    r"(?:(?:là|làm|kiêm|giữ[ \t]+cương[ \t]+vị|giữ[ \t]+chức(?:[ \t]+vụ)?)[ \t]+)?"
    r"(?:nguyên[ \t]+)?",
    re.IGNORECASE,
)
#: a career verb or a list of duties that ends a longer stretch between a name and its roles
_CUE_END = re.compile(
    r"(?:(?<![\w])(?:là|làm|kiêm|giữ[ \t]+cương[ \t]+vị|giữ[ \t]+chức(?:[ \t]+vụ)?|đảm"
    r"[ \t]+(?:nhiệm|nhận))|nhiệm[ \t]+vụ[ \t]*:|chức[ \t]+vụ[ \t]*:)[ \t]*$",
    re.IGNORECASE,
)
#: a count or plural before the copula: the roles are of those people ("75 đại biểu là …")
_PLURAL_SUBJECT = re.compile(
    r"(?<![\w])(?:\d+|các|những|nhiều)[ \t]+\w+(?:[ \t]+\w+)?[ \t]+là[ \t]*$", re.IGNORECASE
)


def _leads_to(page: _Page, end: int, start: int) -> bool:
    """Whether the text between a name (or a pronoun) ending at ``end`` and roles starting at
    ``start`` gives it those roles: an apposition, or a short stretch ending in a career verb
    with no other post in it (``bà Cúc tham gia 5 nhiệm vụ: …``)."""
    text = page.doc.text
    if _APPOSED.fullmatch(text, end, start):
        return True
    gap = text[end:start]
    return (
        len(gap) <= 80
        and _CUE_END.search(gap) is not None
        and _PLURAL_SUBJECT.search(gap) is None
        and not page.titles_between(end, start)
    )


@dataclass(slots=True)
class _Page:
    """What every list of roles of one page looks up, computed once."""

    doc: Doc
    mentions: list[tuple[int, int, str]]  # (start, end, full name) of names and short ones
    ends: list[int]  # the mentions' ends, in the mentions' order
    count: Counter[str]
    title_starts: set[int]
    org_at: dict[int, Span]
    places: list[tuple[int, str]] | None = None

    @classmethod
    def of(cls, doc: Doc) -> _Page:
        full = doc.by_label("person")
        mentions = sorted(
            [(p.start, p.end, p.name) for p in full]
            + [
                (r.start, r.end, name)
                for r in doc.by_label("person_ref")
                if (name := referent(r, full, or_later=True)) is not None
            ],
            key=lambda m: (m[1], m[0]),
        )
        orgs: dict[int, Span] = {}
        for o in doc.by_label("org"):
            orgs.setdefault(o.start, o)
        return cls(
            doc,
            mentions,
            [m[1] for m in mentions],
            Counter(m[2] for m in mentions),
            {t.start for t in doc.by_label("title")},
            orgs,
        )

    def before(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The mentions that start at ``lo`` or later and end by ``hi``."""
        i = bisect_right(self.ends, hi)
        out = []
        while i > 0 and self.mentions[i - 1][1] > lo:
            i -= 1
            if self.mentions[i][0] >= lo:
                out.append(self.mentions[i])
        return out[::-1]

    def starting_at(self, pos: int) -> tuple[int, int, str] | None:
        return next((m for m in self.mentions if m[0] == pos), None)

    def titles_between(self, lo: int, hi: int) -> bool:
        return any(s in self.title_starts for s in range(lo, hi))


def _holder(page: _Page, group: list[_Item]) -> tuple[str, Span] | None:
    """The person a list of roles belongs to: the name right after it (a role written before
    the name), else the person named last before it in its sentence, else, for a pronoun,
    the person named last before it on the page."""
    doc = page.doc
    text = doc.text
    start, end = group[0].start, group[-1].end
    gap = _BEFORE_NAME.match(text, end)
    after = page.starting_at(gap.end()) if gap is not None else None
    if after is not None and text[start - 2 : start].strip() in ("", ".", ":", ",", ";"):
        return after[2], Span(start, end, "title", "", "grassroots")
    sent = doc.sentence_of(start)
    before = page.before(sent.start, start)
    if before and _leads_to(page, before[-1][1], start):
        return before[-1][2], Span(start, end, "title", "", "grassroots")
    pronoun = _PRONOUN.search(text, sent.start, start)
    if pronoun is not None and not before and _leads_to(page, pronoun.end(), start):
        # "bà là …": the person last named with that honorific ("bà A", "bà An")
        word = pronoun.group(0).lower()
        earlier = [
            m
            for m in page.before(0, sent.start)
            if re.search(rf"(?<![\w]){word}[ \t]+$", text[max(0, m[0] - 8) : m[0]].lower())
        ]
        if earlier:
            # the page's subject: the one of them named most often (a tie: the latest)
            best = max(reversed(earlier), key=lambda m: page.count[m[2]])
            return best[2], Span(start, end, "title", "", "grassroots")
    return None


def _place_key(place: str) -> str:
    """``tổ dân phố số 10 phường Y``, ``tổ dân phố 10, phường Y``: one key."""
    words = place.lower().replace(",", " ").split()
    return " ".join(w for w in words if w != "số")


def _page_place(page: _Page, at: int) -> str | None:
    """The village the page names most often (a tie: the one named last before ``at``), in
    its fullest written form."""
    if page.places is None:
        page.places = [
            (m.start(), " ".join(_place_with_commune(m.group("place"), m.group("commune")).split()))
            for m in _PAGE_PLACE.finditer(page.doc.text)
        ]
    if not page.places:
        return None
    count = Counter(_place_key(p) for _, p in page.places)
    last = {_place_key(p): s for s, p in page.places if s < at}
    key = max(count, key=lambda k: (count[k], last.get(k, -1)))
    return max((p for _, p in page.places if _place_key(p) == key), key=len)


_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _next_body(page: _Page, end: int) -> str | None:
    """``…, Hiệu trưởng Trường mầm non xã X``: the body of the post written next."""
    comma = _COMMA.match(page.doc.text, end)
    if comma is None or comma.end() not in page.title_starts:
        return None
    title = next(t for t in page.doc.by_label("title") if t.start == comma.end())
    org = page.org_at.get(title.end) or page.org_at.get(title.end + 1)
    return org.name if org is not None else None


def grassroots_posts(doc: Doc) -> list[tuple[str, tuple[str, str | None, Span]]]:
    """(person, (title, organization, evidence span)) of each grassroots role on the page."""
    out: list[tuple[str, tuple[str, str | None, Span]]] = []
    groups = _groups(doc.text, _items(doc))
    if not groups:
        return out
    page = _Page.of(doc)
    for group in groups:
        if _DESCRIPTIVE.search(doc.text, max(0, group[0].start - 30), group[0].start):
            continue  # "là một người Trưởng thôn năng động", "những hòa giải viên": no post
        holder = _holder(page, group)
        if holder is None:
            continue
        name, span = holder
        places = [it.place for it in group]
        agency = _next_body(page, group[-1].end)
        for k, it in enumerate(group):
            org: str | None = None
            if it.role.kind == "body":
                place = it.place
                if place is None and agency and k == len(group) - 1 and it.body.startswith("Chi "):
                    org = f"{it.body} {agency}"  # "Bí thư Chi bộ, Hiệu trưởng Trường X"
                elif place is None:
                    later: list[str | None] = [p for p in places[k + 1 :] if p]
                    earlier: list[str | None] = [p for p in places[:k] if p]
                    place = (later[:1] or earlier[-1:] or [_page_place(page, group[0].start)])[0]
                    org = f"{it.body} {place}" if place else None
                else:
                    org = f"{it.body} {place}"
            if it.role.kind == "body" and org is None:
                continue  # "Bí thư Chi bộ" of no village the page names: left to the chain
            title = it.title
            if k == 0 and _FORMER.search(doc.text, max(0, it.start - 8), it.start):
                title = f"Nguyên {title}"  # "nguyên Trưởng thôn X": a former post
            ev = Span(it.start, it.end, "title", title, "grassroots", dict(span.data))
            out.append((name, (title, org, ev)))
    return out
