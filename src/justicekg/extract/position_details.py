"""Position details read from a title's sentence: the term of office and a commune body.

An appointment sentence states when a position starts and ends (``được bổ nhiệm … kể từ ngày
01/10/2020 … đến ngày 30/9/2025``); a commune official's body is the commune's People's
Committee (``công chức tư pháp - hộ tịch xã X``). Both are stored in the title span's data.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from justicekg.extract.doc import Doc, Span
from justicekg.extract.position_units import committee_of_named_locality
from justicekg.extract.title_orgs import _org_after_title, _resolve_title_org
from justicekg.text.normalize import fold

_CHAIN = re.compile(
    r"\s*(?:,[ \t]*kiêm(?:[ \t]+nhiệm)?(?![\w])|,|và|kiêm(?:[ \t]+nhiệm)?|/"
    r"|(?<=[ \t])[-–](?=[ \t])|[-–](?=[A-ZĐ]))?\s*"
    r"(?:(?:(?:hiện\s+)?nay|hiện(?:\s+đang)?)\s+(?:là|giữ\s+chức(?:\s+vụ)?)\s+|đồng thời\s+là\s+"
    r"|là\s+)?"
)
_PARTY_BARE = re.compile(
    r"[ \t]+(?P<body>Đảng [uỦủ]y|Ban [cC]án [sS]ự [đĐ]ảng|BCS[ \t]+[đĐ]ảng|BCSĐ|Đảng đoàn|Chi bộ"
    r"|Công đoàn)"
    r"(?=[ \t]*(?:,|kiêm[ \t]|[-–][ \t]))"
)
#: member titles that hold the name of a party organ (``Ủy viên Đảng đoàn``)
_ORGAN_MEMBERS = ("uy vien dang doan", "uy vien ban can su dang")
#: the chain after a committee member's title (``Đảng ủy viên, …``): the body is in the title
_MEMBER_OF_COMMITTEE = re.compile(r"(?P<body>)(?=[ \t]*(?:,|kiêm[ \t]|[-–][ \t]))")


def _bare_party_role(
    doc: Doc, t: Span, o: Span | None, title_at: dict[int, Span], orgs: list[Span]
) -> tuple[Span, Span]:
    """``Bí thư Đảng ủy, Giám đốc Sở Tư pháp …``: a party role written with its bare committee
    word is of the body the next title names; returns the title (the committee word kept in
    it) and a span that ends where the chain goes on."""
    text = doc.text
    if o is not None and o.rule == "party-organ" and o.name.startswith("Đảng ủy "):
        # "Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh X": the committee word was read as the
        # body's party organ; the title keeps it as written, as when the body is resolved
        if fold(t.name) in _PARTY_ROLES:
            word = " ".join(text[o.start : o.start + len("Đảng ủy")].split())
            t = Span(t.start, t.end, t.label, f"{t.name} {word}", t.rule, t.data)
        return t, t
    party = _PARTY_BARE.match(text, t.end) if o is None else None
    member = fold(t.name) in ("dang uy vien", *_ORGAN_MEMBERS)
    if party is None and o is None and member:
        # "Đảng ủy viên, Phó Giám đốc Sở Tư pháp tỉnh X": a member of that body's committee;
        # "Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Tư pháp": of that body's party organ
        party = _MEMBER_OF_COMMITTEE.match(text, t.end)
    if party is None:
        return t, t
    # "Bí thư Đảng ủy, Chủ tịch UBND phường X": the ward's party committee
    joint = _CHAIN.match(text, party.end())
    t2 = title_at.get(joint.end()) if joint is not None else None
    nxt_o = _org_after_title(text, t2, orgs) if t2 is not None else None
    for _ in range(3):
        # "Bí thư Ban cán sự đảng, Bí thư Đảng ủy, Viện trưởng VKSND …", "Bí thư Ban cán sự
        # Đảng, Thẩm phán cao cấp, Chánh án …": past the next bare party role or rank to the
        # title that names the body
        if t2 is None or nxt_o is not None:
            break
        more = _PARTY_BARE.match(text, t2.end)
        if more is None and t2.data.get("head"):
            break
        joint = _CHAIN.match(text, more.end() if more else t2.end)
        t2 = title_at.get(joint.end()) if joint is not None else None
        nxt_o = _org_after_title(text, t2, orgs) if t2 is not None else None
    committee_word = "Đảng ủy"
    if fold(t.name) in _ORGAN_MEMBERS:
        committee_word = " ".join(text[t.start : t.end].split()[2:])  # as written
    abbreviated = party.group("body").startswith("BCS")
    if abbreviated:
        # "Bí thư BCS đảng, Viện trưởng …": the party organ written short, named in full
        committee_word = "Ban cán sự đảng"
    elif party.group("body") and fold(party.group("body")) != "dang uy":
        # "Bí thư Ban cán sự đảng, Viện trưởng VKSND tỉnh X", "Bí thư Đảng đoàn, Chủ tịch Hội
        # Luật gia tỉnh X": that body's party organ
        committee_word = party.group("body")
    if nxt_o is not None and nxt_o.data.get("district") and committee_word == "Đảng ủy":
        for body in ("Ủy ban nhân dân ", "Hội đồng nhân dân "):
            if nxt_o.name.startswith(body):
                t.data["commune_org"] = "Đảng ủy " + nxt_o.name.removeprefix(body)
                t.data["commune_org_kind"] = "party-committee"
    elif t2 is not None:
        # "Bí thư Đảng ủy, Giám đốc Sở Tư pháp": the party committee of the body the next
        # title names (or resolves to: "Bí thư Đảng ủy, Cục trưởng")
        body_name = nxt_o.name if nxt_o else _resolve_title_org(doc, t2, orgs, t2.start)
        if body_name and not body_name.startswith(("Đảng ủy", "Tỉnh ủy", "Thành ủy")):
            t.data["commune_org"] = committee_word + " " + body_name
            # "Chủ tịch Công đoàn, Phó Viện trưởng VKSND tỉnh X": the body's trade union
            union = committee_word == "Công đoàn"
            t.data["commune_org_kind"] = "other" if union else "party-committee"
    if not party.group("body") and not t.data.get("commune_org"):
        return t, t  # "Đảng ủy viên, Phó trưởng Ban …": left to the page's committee
    end_t = Span(t.start, party.end(), t.label, t.name, t.rule, t.data)
    if (
        t.data.get("commune_org")
        and fold(t.name).startswith(("bi thu", "pho bi thu"))
        and not abbreviated  # "Bí thư BCS đảng": the post as the gold names it, "Bí thư"
    ):
        # "Bí thư Đảng ủy, Chánh án …": the real-page gold keeps the committee word in the
        # title (as for "Trưởng Ban" + "Ban …")
        body_word = " ".join(party.group("body").split())
        t = Span(t.start, t.end, t.label, f"{t.name} {body_word}", t.rule, t.data)
    return t, end_t


#: a party role's committee written bare, no name and no next title after it: "Bí thư Đảng
#: ủy và các đồng chí …", "Phó Bí thư Đảng ủy;", "Bí thư Đảng ủy Khối đã trao …"
_COMMITTEE_BARE_AFTER = re.compile(
    r"[ \t]+Đảng [uủ]y(?P<bloc>[ \t]+Khối)?(?![\w])(?![ \t]*[A-ZĐ(]|[ \t]+(?:khối|các|cơ|tỉnh))"
)
_PARTY_ROLES = ("bi thu", "pho bi thu", "pho bi thu thuong truc")
#: a party cell written bare after a role, no name after it: "(Bí thư Chi bộ)", "Bí thư chi
#: bộ, Trưởng phòng …" is read by the chain first
_CELL_BARE_AFTER = re.compile(
    r"[ \t]+[Cc]hi bộ(?![\w])"
    r"(?![ \t]*[A-ZĐ(\d]"
    r"|[ \t]+(?:các|số|thôn|xóm|bản|ấp|khu|tổ|khối|cơ sở|phòng|văn phòng)(?![\w]))"
)


def _cell_on_page(doc: Doc, t: Span, cell: re.Match[str], orgs: list[Span]) -> tuple[Span, Span]:
    """``ông A (Bí thư Chi bộ)``: the one party cell the page names (``Chi bộ X``); the title
    keeps the cell word, as written."""
    names = {o.name for o in orgs if o.name.startswith("Chi bộ ")}
    if len(names) != 1:
        return t, t
    t.data["commune_org"] = names.pop()
    t.data["commune_org_kind"] = "party-committee"
    end_t = Span(t.start, cell.end(), t.label, t.name, t.rule, t.data)
    written = " ".join(doc.text[t.start : cell.end()].split())
    return Span(t.start, t.end, t.label, written, t.rule, t.data), end_t


def party_committee_on_page(
    doc: Doc, t: Span, o: Span | None, orgs: list[Span]
) -> tuple[Span, Span]:
    """``Phó Bí thư Đảng ủy;``, ``Đảng ủy viên,``: a party role whose committee is written bare
    (no name, no next title naming a body) is of the one party committee the page names in
    full (``Đảng ủy X``, or its ``Đảng bộ X``); ``Bí thư Đảng ủy Khối`` of the one bloc
    committee (the word kept in the title, as written). Returns the title and a span that
    ends past the committee word; both ``t`` when nothing is resolved."""
    if o is not None or t.data.get("commune_org"):
        return t, t
    tf = fold(t.name)
    bare = _COMMITTEE_BARE_AFTER.match(doc.text, t.end) if tf in _PARTY_ROLES else None
    cell = _CELL_BARE_AFTER.match(doc.text, t.end) if tf in _PARTY_ROLES else None
    if cell is not None:
        return _cell_on_page(doc, t, cell, orgs)
    if bare is None and tf != "dang uy vien":
        return t, t
    bloc = bare is not None and bare.group("bloc") is not None
    names = set()
    for x in orgs:
        for word in ("Đảng ủy ", "Đảng bộ "):
            if x.name.startswith(word):
                rest = x.name.removeprefix(word)
                if rest.startswith("Khối ") == bloc:
                    names.add("Đảng ủy " + rest)
    if len(names) != 1:
        return t, t
    t.data["commune_org"] = names.pop()
    t.data["commune_org_kind"] = "party-committee"
    end = bare.end() if bare is not None else t.end
    end_t = Span(t.start, end, t.label, t.name, t.rule, t.data)
    if bloc and bare is not None:
        written = " ".join(doc.text[t.start : bare.end()].split())
        t = Span(t.start, t.end, t.label, written, t.rule, t.data)
    return t, end_t


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
    ref = doc.published or doc.meta.get("dateline")
    key = ("term-dates", sent.start, sent.end, ref)  # once per sentence, not per title
    dates = doc._scans.get(key)
    if dates is None:
        text = doc.text[sent.start : sent.end]
        found = list(find_dates(text, reference=ref)) if _APPOINTMENT_CUE.search(text) else []
        dates = doc._scans[key] = (found, [d.start for d in found])
    if not dates[0]:
        return
    after = (o.end if o else t.end) - sent.start
    for d in dates[0][bisect_left(dates[1], after - 400) :]:  # dates left to right
        if len(d.iso) != 10 or d.start < after - 400:
            continue
        before = doc.text[sent.start + max(0, d.start - 24) : sent.start + d.start]
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


_LOWER_COMMITTEE_AFTER = re.compile(r"[ \t]+(tỉnh ủy|thành ủy)(?:[ \t]+(?:tỉnh|thành phố))?[ \t]+")


def _lower_party_committee(doc: Doc, t: Span) -> None:
    """``Bí thư tỉnh ủy tỉnh X``: a party role with its committee written in lower case is of
    that province's committee (``Tỉnh ủy X``)."""
    from justicekg.extract.lexicon import lexicon

    if not t.name.lower().startswith(("bí thư", "phó bí thư", "ủy viên")):
        return
    m = _LOWER_COMMITTEE_AFTER.match(doc.text, t.end)
    if m is None:
        return
    prov = lexicon().province_re.match(doc.text, m.end())
    rec = lexicon().province(prov.group(0)) if prov is not None else None
    if rec is None:
        return
    t.data["commune_org"] = f"{m.group(1).capitalize()} {rec.name}"
    t.data["commune_org_kind"] = "party-committee"


_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
_BARE_DISTRICT_BODY = re.compile(r"^.+ (?P<level>huyện|quận|thị xã)$")
_BARE_DISTRICT_COMMITTEE = re.compile(
    r"[ \t]+(?P<word>Huyện [uủ]y|Quận [uủ]y|Thị [uủ]y)(?![\w])(?![ \t]+[A-ZĐ])"
)
_COMMITTEE_LEVEL = {"huyen uy": "huyện", "quan uy": "quận", "thi uy": "thị xã"}


def _complete_district(
    doc: Doc, added: list[tuple[str, str | None, Span]], chain_orgs: list[Span]
) -> list[tuple[str, str | None, Span]]:
    """``Ủy viên BTV Huyện ủy, Phó Chủ tịch UBND huyện Xuân Lộc``: bodies written bare at a
    district level in one chain of posts are of the district another post of the chain
    names (``Ban Thường vụ Huyện ủy Xuân Lộc``)."""
    named: dict[str, set[str]] = {}
    for o in chain_orgs:
        district = o.data.get("district")
        if not district:
            continue
        for level in _LEVELS:
            if o.name.endswith(f" {level} {district}"):
                named.setdefault(level, set()).add(str(district))
    if not named:
        return added
    out: list[tuple[str, str | None, Span]] = []
    for title, org, span in added:
        bare = _BARE_DISTRICT_BODY.match(org) if org else None
        committee = _BARE_DISTRICT_COMMITTEE.match(doc.text, span.end) if org is None else None
        if bare is not None and len(named.get(bare.group("level"), ())) == 1:
            full = f"{org} {next(iter(named[bare.group('level')]))}"
            for o in chain_orgs:
                if o.name == org:
                    o.name = full  # the body written bare is that district's
            org = full
        elif (local := committee_of_named_locality(org, named)) is not None:
            for o in chain_orgs:
                if o.name == org:
                    o.name = local  # "Thành ủy, Chủ tịch UBND thành phố X": the city's
            org = local
        elif committee is not None:
            word = committee.group("word").split()[0] + " ủy"
            level = _COMMITTEE_LEVEL[fold(word)]
            if len(named.get(level, ())) == 1:
                org = f"{word} {next(iter(named[level]))}"
                if fold(span.name) == "uy vien ban thuong vu":
                    org = "Ban Thường vụ " + org
        out.append((title, org, span))
    return out


def bare_district_committee(
    text: str, t: Span, later: list[Span], nxt: Span | None = None
) -> str | None:
    """The committee of a standing-board membership written bare, other than the province's:
    ``UVBTV Huyện ủy, Phó Chủ tịch UBND huyện`` (a chain that names no district) → the bare
    ``Huyện ủy``; ``Ủy viên Ban Thường vụ, Phó Bí thư Đảng ủy Khối X`` → the committee the
    next party role names (``Đảng ủy Khối X``). None when a district is named (completed
    later) or neither is written."""
    committee = _BARE_DISTRICT_COMMITTEE.match(text, t.end)
    if committee is None:
        party = nxt is not None and fold(nxt.name) in _PARTY_ROLES
        if party and later and later[0].name.startswith("Đảng ủy ") and later[0].start >= t.end:
            return later[0].name
        return None
    if any(x.data.get("district") for x in later):
        return None
    return committee.group("word").split()[0] + " ủy"


def district_committee(later: list[Span]) -> str:
    """The district committee a ``Huyện ủy viên`` sits on: that of the district the chain's
    next body names (``Trưởng phòng Tư pháp huyện X`` → ``Huyện ủy X``), else ``Huyện ủy``."""
    for x in later:
        district = x.data.get("district")
        if district and x.name.endswith(f" huyện {district}"):
            return f"Huyện ủy {district}"
    return "Huyện ủy"


#: membership titles that name a board of the body after them (``Ủy viên BTV Tỉnh ủy X``)
_BOARD_OF = {
    "uy vien ban thuong vu": "Ban Thường vụ",
    "uy vien ban chap hanh": "Ban Chấp hành",
}
#: bodies that have such boards: party committees, mass organizations and associations
_BOARD_PARENTS = (
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng ủy",
    "Đảng bộ",
    "Hội ",
    "Liên đoàn",
)
_PARTY_PARENT = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy|Đảng bộ")


def board_of(title: str, org: str | None) -> tuple[str, str] | None:
    """The board a membership title places its holder on, with its kind, or None.

    >>> board_of("Ủy viên Ban Chấp hành", "Hội Luật gia tỉnh Kon Tum")
    ('Ban Chấp hành Hội Luật gia tỉnh Kon Tum', 'other')
    >>> board_of("Ủy viên Ban Thường vụ", "Tỉnh ủy Cà Mau")
    ('Ban Thường vụ Tỉnh ủy Cà Mau', 'party-committee')
    >>> board_of("Giám đốc", "Sở Tư pháp tỉnh Cà Mau") is None
    True
    """
    board = _BOARD_OF.get(fold(title))
    if board is None or not org or not org.startswith(_BOARD_PARENTS):
        return None
    kind = "party-committee" if _PARTY_PARENT.match(org) else "other"
    return f"{board} {org}", kind


def envoy_before(text: str, titles: list[Span], edge: int) -> Span | None:
    """``Đại sứ Campuchia tại Việt Nam X``: an envoy's title whose country (and post) ends
    right before a name at ``edge``."""
    from justicekg.extract.recognizers.persons import mission_country

    for x in titles:
        if edge - 60 < x.end < edge:
            mission = mission_country(text, x.name, x.end)
            if mission is not None and mission[1] == edge:
                return x
    return None


def mission_of(text: str, t: Span) -> str | None:
    """``Đại sứ Lào (tại Việt Nam)``: the mission an envoy's title names by its country."""
    from justicekg.extract.recognizers.persons import mission_country

    mission = mission_country(text, t.name, t.end)
    if mission is None:
        return None
    t.data["implied_org"] = {"kind": "other", "province": None}
    return f"{t.data.get('head') or 'Đại sứ quán'} {mission[0]}"


#: a degree set apart before the titles: "Thạc sỹ luật, Trưởng phòng …", "Tiến sĩ - Phó Viện
#: trưởng …" (degrees are neither name nor title)
_DEGREE_ASIDE = re.compile(
    r"(?:(?:Phó[ \t]+)?Giáo sư|Tiến sĩ|Tiến sỹ|Thạc sĩ|Thạc sỹ|Cử nhân|GS|PGS|TS|ThS|Ths)\.?"
    r"(?:[ \t]*[.,][ \t]*(?:TS|ThS)\.?)?"
    r"(?:[ \t]+(?:ngành[ \t]+|chuyên ngành[ \t]+)?(?i:luật học|luật kinh tế|luật|kinh tế|"
    r"hành chính công|quản lý công))?"
    r"[ \t]*(?:,|[-–—])[ \t]*"
)
#: a membership set apart before the titles: "Hội viên Hội Luật gia tỉnh, Trưởng phòng …"
_MEMBER_ASIDE = re.compile(r"(?:Hội viên|hội viên|Đảng viên|đảng viên)[ \t]+")
_ASIDE_END = re.compile(r"[ \t]*(?:,|[-–—])[ \t]*")


def past_asides(text: str, pos: int, title_at: dict[int, Span], orgs: list[Span]) -> int:
    """Past degrees and memberships written between a name and its titles, when a title
    follows them; else ``pos``."""
    at = pos
    while at not in title_at:
        degree = _DEGREE_ASIDE.match(text, at)
        if degree is not None:
            at = degree.end()
            continue
        member = _MEMBER_ASIDE.match(text, at)
        body = next((o for o in orgs if member and o.start == member.end()), None)
        end = _ASIDE_END.match(text, body.end) if body is not None else None
        if end is None:
            return pos
        at = end.end()
    return at


def country_before(
    text: str, edge: int, title_end: dict[int, Span], orgs: list[Span]
) -> tuple[int, str] | None:
    """``Thủ tướng Lào X``, ``Chủ tịch Quốc hội Lào X``: a country written between a title (or
    its body) and the name at ``edge``; the title's (or body's) end and the country, else None.
    """
    from justicekg.extract.recognizers.foreign_places import country_any_re, country_name

    for m in _HOME_OR_ABROAD.finditer(text, max(0, edge - 48), edge):
        if m.end() != edge or m.start() == 0 or text[m.start() - 1] not in " \t":
            continue
        if m.group(0) != "Việt Nam" and country_any_re().fullmatch(m.group(0)) is None:
            continue
        if any(o.start < m.start() and o.end >= m.end() for o in orgs):
            continue  # "Chủ tịch Liên đoàn Luật sư Việt Nam X": the country ends a body's name
        left = text[: m.start()].rstrip()
        stripped = left[: -len("nước")].rstrip() if left.endswith(" nước") else left
        for end in dict.fromkeys((len(left), len(stripped))):
            if end in title_end or any(o.end == end for o in orgs):
                return end, country_name(m.group(0))
    return None


#: a country's name: Vietnam's own or one of the gazetteer's
_HOME_OR_ABROAD = re.compile(r"(?<![\w])[A-ZĐ][\w]*(?:[ \t]+[A-ZĐ][\w]*){0,5}")


def foreign_body(org: str | None, title: Span, country: str) -> str | None:
    """The body of a foreign post: ``Quốc hội`` → ``Quốc hội Lào``; ``Thủ tướng`` with no body
    → ``Chính phủ Lào``."""
    if country == "Việt Nam" or org == "Chủ tịch nước":
        return org  # the home body as named; "(Phó) Chủ tịch nước" names the office itself
    if org is None or org == "Chính phủ":
        return f"Chính phủ {country}" if fold(title.name).endswith("thu tuong") else None
    return org if org.endswith(country) else f"{org} {country}"


def _country_end(text: str, pos: int) -> int:
    """Past a country named at ``pos`` (``Bộ trưởng Tư pháp Lào``), else ``pos``."""
    from justicekg.extract.recognizers.foreign_places import country_re

    country = country_re().match(text, pos)
    return country.end() if country else pos


_BARE_LEVEL = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def _named_in_full(name: str, orgs: list[Span]) -> str:
    """``Trưởng phòng Tư pháp huyện`` on a page about one ``Phòng Tư pháp huyện X``: a body
    shortened to its level word is the one body of that kind the page names in full."""
    if not name.endswith(_BARE_LEVEL):
        return name
    full = {x.name for x in orgs if x.name.startswith(name + " ")}
    return full.pop() if len(full) == 1 else name


#: members of an association's boards, written before its officer's title
_BOARD_MEMBERS = ("uy vien thuong vu", "uy vien ban thuong vu", "uy vien ban chap hanh")
#: associations whose officers are written "Phó Chủ tịch kiêm Tổng Thư ký Hội …"
_ASSOCIATIONS = ("Hội ", "Liên đoàn ", "Đoàn Luật sư ", "Công đoàn ")
_KIEM = re.compile(r"[ \t]*(?:,[ \t]*)?(?:kiêm[ \t]+)?")


def shared_association(text: str, chain: list[tuple[Span, Span | None]]) -> None:
    """``Phó Chủ tịch kiêm Tổng Thư ký Hội Luật gia tỉnh X``: a head's title with no body of its
    own, joined to a generic officer's title (no head noun) that names an association, is of
    that association too."""
    for (t1, o1), (t2, o2) in pairwise(chain):
        office = (
            t2.data.get("head") == "Văn phòng"
            and o2 is not None
            and (o2.start >= t2.end or o2.name.startswith("Văn phòng "))
        )
        if o1 is not None or o2 is None or t1.data.get("commune_org"):
            continue
        member = fold(t1.name) in _BOARD_MEMBERS  # "Ủy viên Thường vụ, Phó Chủ tịch Hội X"
        if t2.data.get("head") and not office and not member:  # "…, Chánh Văn phòng Hội X"
            continue
        # the office may be read with its body ("Văn phòng Liên đoàn …"): the officer's is the body
        body = o2.name.removeprefix("Văn phòng ") if office else o2.name
        if not body.startswith(_ASSOCIATIONS) or t1.start >= t2.start:
            continue
        if _KIEM.fullmatch(text, t1.end, t2.start) is not None:
            t1.data["commune_org"] = body
            t1.data["commune_org_kind"] = "other"
